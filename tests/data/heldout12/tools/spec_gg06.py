import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg06_melbourne_legionnaires_outbreak")

LOW = dict(aliases=["Lowe", "Chief Health Officer Dr Catherine Lowe"], role="Chief Health Officer")
CQT = dict(stype="ORG")
NGU = dict(aliases=["Nguyen", "Prof. Minh Nguyen"], role="who runs the intensive care unit")
PET = dict(aliases=["Health Minister Sam Petridis", "the minister"], role="Health Minister")
d.Q("Catherine Lowe", "If you were in the city in the first half of March and you now have a fever, a cough or shortness "
    "of breath, please see a doctor today. Do not wait for it to pass.", **LOW, open_end=True,
    cue="Lowe told a news conference at 2pm:",
    note="Colon-introduced multi-paragraph quote, first paragraph (no closing mark).")
d.Q("Catherine Lowe", "The incubation period is two to 10 days, so we expect more cases before this is over.", **LOW,
    attribution="implicit", cue="(second paragraph of the quote)")
d.Q("Collins Quarter Property Trust", "devastated", **CQT, syntax="phrase",
    cue="Collins Quarter Property Trust said in a statement that it was", note="Organisation statement; one-word fragment.")
d.Q("Collins Quarter Property Trust", "the responsibility of our contractor,", **CQT, syntax="phrase",
    cue="It said maintenance of the tower was",
    note="'It' = Collins Quarter Property Trust (subject of the sentence before). 5-word fragment; 'our contractor' = "
         "AquaCool, named after the quote.")
d.Q("AquaCool Maintenance Pty Ltd", "cooperating fully.", stype="ORG", aliases=["AquaCool"], syntax="phrase",
    cue="A spokeswoman for AquaCool said the company had serviced the tower on February 26 and was",
    note="Unnamed spokeswoman: the quote goes to the company. Fragment.")
d.Q("Minh Nguyen", "About one in 10 people who get this disease die, even with the best care,", **NGU, cue="Nguyen said",
    note="Surname-only attribution after 'Prof.' + name with a relative-clause role.")
d.Q("Minh Nguyen", "For the frail, it is worse.", **NGU, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Sam Petridis", "Two people are dead because of a dirty water tank on a roof. That is not bad luck,", **PET,
    cue="he said", note="'he' = Petridis, the only person named in the paragraph.")
d.Q("Sam Petridis", "That is negligence, and someone will answer for it,", **PET, cue="the minister added",
    note="Role-only person attribution ('the minister' = Health Minister Sam Petridis).")
d.Q("Ross Kelleher", "written for a different century.", aliases=["Dr Ross Kelleher"],
    role="The Australian Medical Association’s Victorian president", syntax="phrase",
    cue="said the state’s 2001 cooling tower rules were", note="Possessive organisation in the role. Fragment.")
d.Q("Clearair Foundation", "most of them from frightened people who just need reassurance.", stype="ORG",
    syntax="phrase", cue="The Clearair Foundation, a lung health charity, said its helpline had taken about 600 calls "
                         "since Thursday,",
    note="Quoted words continue reported speech after a comma; the quote goes to the charity. 10-word phrase -> full.")
d.Q("Joan Kostas", "I thought it was the flu. Then I couldn’t breathe,", aliases=["Kostas"], role="her neighbour",
    cue="she said",
    note="Pronoun trap: two women are named in the sentence before last ('Whitfield and her neighbour, Joan Kostas, "
         "fell ill'); 'she' = Kostas, the subject of the sentence before ('Kostas, 71, who was discharged on Friday, "
         "said'). Role owned by another person ('her neighbour' = Whitfield's), written as stated.")

d.F("two", 2, "count", "deaths in the outbreak (headline)", ctx="kills two")
d.F("43", 43, "count", "cases in the outbreak (headline)")
d.F("Two", 2, "count", "people who have died", ctx="Two people have died")
d.F("41", 41, "count", "people in hospital")
d.F("70s", [70, 79], "years", "age of the man who died", note="A decade of age as a range ('in his 70s').")
d.F("88", 88, "years", "age of the woman who died", ctx="aged 88")
d.F("Nine", 9, "count", "patients in intensive care")
d.F("three-quarters", 0.75, "fraction", "share of cases over 60")
d.F("over 60", 60, "years", "age of three-quarters of the cases", qualifier="over")
d.F("between March 2 and March 9", "2026-03-02/2026-03-09", "date", "when most cases had been near Spencer Street",
    value_inferred=True, note="A date range as a string; year not written, the set's year 2026.")
d.F("64", 64, "count", "cooling towers tested")
d.F("1.5-kilometre", 1.5, "km", "radius of the testing zone")
d.F("2pm", "14:00", "time", "time of Lowe's news conference")
d.F("first half of March", "2026-03-01/2026-03-15", "date", "exposure period Lowe names (in a quote)",
    value_inferred=True, note="Half a month as a date range (as dev10b's half-year); year not written, 2026.")
d.F("two to 10 days", [2, 10], "days", "incubation period (in a quote)")
d.F("up to A$1.1 million", 1100000, "AUD", "fine for failing to maintain cooling towers", qualifier="up to")
d.F("February 26", "2026-02-26", "date", "when AquaCool last serviced the tower", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("23", 23, "count", "patients admitted to Yarra General Hospital", ctx="admitted 23")
d.F("between 25C and 45C", [25, 45], "celsius", "water temperatures in which the bacteria thrive")
d.F("About one in 10", 0.1, "fraction", "share of patients who die (in a quote)", qualifier="About")
d.F("Two", 2, "count", "people dead (Petridis, in a quote)", ctx="“Two people are dead")
d.F("2001", 2001, "year", "year of the state's cooling tower rules")
d.F("about 600", 600, "count", "calls to the Clearair Foundation's helpline", qualifier="about")
d.F("88-year-old", 88, "years", "age of Whitfield's mother")
d.F("two", 2, "count", "streets between Whitfield's home and the tower", ctx="two streets")
d.F("71", 71, "years", "age of Joan Kostas", ctx="Kostas, 71,")
d.F("14 days", 14, "days", "case-free period before daily reporting stops")

d.NF("1", ctx="serogroup 1", reason="Numeral inside the name of a bacterial strain ('serogroup 1').")
d.NF("3PX", reason="Radio station call sign (a name).")
d.NF("Quarter", ctx="owned by Collins Quarter", reason="Number word inside a name ('Collins Quarter Property Trust').")
d.NF("Quarter", ctx="disinfected. Collins Quarter", reason="Number word inside a name ('Collins Quarter Property Trust').")

d.RT("on Saturday", resolved=None)
d.RT("today", resolved=None, note="Inside a quote.")
d.RT("since Thursday", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("the same weekend", resolved=None)

d.P("Department of Health", "ORG", None, "Victoria’s Department of Health said on Saturday", ["cited", "actor"],
    note="Victoria's health department; later 'the department said' (twice).")
d.P("Catherine Lowe", "PERSON", "Chief Health Officer", "Chief Health Officer Dr Catherine Lowe said", ["quoted", "cited"],
    aliases=["Lowe"])
d.P("Collins Quarter Property Trust", "ORG", None, "an office building owned by Collins Quarter Property Trust",
    ["quoted", "actor"], note="Owner of the building; later 'It said'.")
d.P("AquaCool Maintenance Pty Ltd", "ORG", None, "“the responsibility of our contractor,” AquaCool Maintenance Pty Ltd",
    ["quoted", "actor"], aliases=["AquaCool"], note="Legal form 'Pty Ltd'; named after a quote that calls it 'our "
                                                    "contractor'; later 'A spokeswoman for AquaCool', 'the company'.")
d.P("WorkSafe Victoria", "ORG", None, "WorkSafe Victoria said it had opened an investigation", ["cited", "actor"])
d.P("Yarra General Hospital", "ORG", None, "At Yarra General Hospital, which has admitted 23", ["actor"])
d.P("Minh Nguyen", "PERSON", "who runs the intensive care unit", "Prof. Minh Nguyen, who runs the intensive care unit",
    ["quoted", "cited"], aliases=["Nguyen"])
d.P("Sam Petridis", "PERSON", "Health Minister", "Health Minister Sam Petridis told Melbourne radio station 3PX",
    ["quoted", "cited"], note="Later 'the minister'.")
d.P("3PX", "ORG", "Melbourne radio station", "told Melbourne radio station 3PX", ["actor"],
    note="Broadcaster told (dev3 broadcaster convention). Unsure. A call sign with a numeral.")
d.P("Ross Kelleher", "PERSON", "The Australian Medical Association’s Victorian president",
    "The Australian Medical Association’s Victorian president, Dr Ross Kelleher, said", ["quoted"])
d.P("Clearair Foundation", "ORG", "a lung health charity", "The Clearair Foundation, a lung health charity, said",
    ["quoted", "cited"], note="A charity whose name has no charity noun beyond 'Foundation'.")
d.P("Sarah Whitfield", "PERSON", None, "Sarah Whitfield, whose 88-year-old mother was among the dead", ["actor"],
    aliases=["Whitfield"], note="'fell ill'.")
d.P("Joan Kostas", "PERSON", "her neighbour", "Whitfield and her neighbour, Joan Kostas, fell ill", ["quoted", "actor"],
    aliases=["Kostas"])
d.M("Australian Medical Association", "ORG", "Only as a possessor inside Kelleher's role.")
d.P("Victoria", "GPE", None, "the government would make monthly testing of every cooling tower compulsory", ["actor"],
    note="The state acts through its government ('Victoria’s Department of Health', 'the government would make … "
         "compulsory', 'the state’s 2001 cooling tower rules'), as dev13a's Nova Scotia. Unsure: could be a place only.")
d.M("Melbourne", "GPE", "Location.")
d.M("Spencer Street", "LOC", "Location of exposure.")
d.write()
