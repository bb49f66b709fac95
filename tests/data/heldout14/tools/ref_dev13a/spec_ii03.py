import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii03_nova_scotia_rural_er_closures")
d.B("*By Claire Boudreau, health reporter — 18 November 2026*", "byline")

MAC = dict(aliases=["MacPhee", "Dr. Lauren MacPhee", "Dr. MacPhee"], role="Nova Scotia Health’s acting president and CEO")
d.Q("Danielle Arsenault", "the last thing we wanted.", aliases=["Arsenault", "Health Minister Danielle Arsenault"],
    role="Health Minister", syntax="phrase", cue="Health Minister Danielle Arsenault called the closures",
    note="Title before the name; 'called X “…”'. 5-word phrase -> fragment, period inside.")
d.Q("Lauren MacPhee", "We are not going to staff an emergency department with one nurse and a phone,", **MAC,
    cue="said Nova Scotia Health’s acting president and CEO, Dr. Lauren MacPhee, who took over in June",
    note="Speaker introduced after the quote; 'acting' role with a possessive organisation. Later 'Dr. MacPhee' "
         "(honorific + surname) and 'MacPhee'.")
d.Q("Lauren MacPhee", "People are tired, and tired people make mistakes,", **MAC, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('MacPhee, who toured the Springhill site with "
         "Arsenault on Friday, said'); 'she' = MacPhee, its subject.")
d.Q("Atlantic Nurses Federation", "pay people to leave one hospital for another.", stype="ORG", aliases=["ANF"],
    syntax="phrase",
    cue="The Atlantic Nurses Federation (ANF), which represents about 7,200 nurses in the province, said the bonuses would",
    note="Organisation in reported speech; 7-word phrase -> full.")
d.Q("Linda Tremblay", "I was doing 140 on the highway with him grey in the passenger seat,", aliases=["Linda"],
    role=None, cue="Linda said",
    note="Two people share the surname Tremblay; the reporter uses first names ('Linda said'). 'him' = Marc.")
d.Q("Marc Tremblay", "But I shouldn’t have needed that drive,", aliases=["Marc"], role="her husband", cue="he said",
    note="'he' = Marc, the subject of the sentence before ('Marc, who had suffered a heart attack, said'); first name "
         "used to tell the Tremblays apart.")
d.Q("Marguerite Doucet", "Our drivers are mostly in their seventies. We cannot be the night shift for the health system,",
    aliases=["Sister Marguerite Doucet", "Sister Marguerite"],
    role="who founded the Cumberland Outreach Mission, a charity that drives patients to appointments",
    cue="Sister Marguerite said", note="Religious title + first name ('Sister Marguerite'), not the surname.")
d.Q("Kwame Boateng", "We warned in 2022 that this would happen by 2026. Nobody wanted to hear it,",
    aliases=["Boateng", "Dr. Kwame Boateng"],
    role="an emergency physician in Truro who was appointed to lead the province’s rural emergency care task force in 2021",
    cue="Boateng said", note="Surname-only attribution after a long apposition ('who was appointed … in 2021').")
d.Q("Ian Chisholm", "You cannot run a town of 1,900 people on a 12-hour emergency room,",
    aliases=["Mayor Ian Chisholm", "the mayor"], role="Mayor of Middleton", cue="the mayor said",
    note="Role-only person attribution ('the mayor' = Mayor Ian Chisholm of Middleton, sentence before).")
d.Q("Nova Scotia Health", "not ruling anything out.", stype="ORG", aliases=["the authority"], syntax="phrase",
    cue="A spokesperson for Nova Scotia Health said the closures would be reviewed in March and that the authority was",
    note="Unnamed spokesperson: the quote goes to the organisation. 4-word phrase -> fragment.")

d.F("Six", 6, "count", "rural emergency rooms staying closed overnight (headline)", ctx="Six rural Nova Scotia")
d.F("Six", 6, "count", "rural emergency departments staying closed overnight", ctx="Six rural emergency departments")
d.F("April", "2027-04", "date", "earliest reopening of the departments overnight", value_inferred=True,
    note="'until at least April'; after the byline date (18 November 2026), so April 2027.")
d.F("23", 23, "count", "vacant nursing positions filled by the recruitment drive", ctx="only 23 of 61")
d.F("61", 61, "count", "vacant nursing positions targeted")
d.F("8 p.m.", "20:00", "time", "nightly closing time")
d.F("8 a.m.", "08:00", "time", "morning reopening time")
d.F("up to 140 kilometres", 140, "km", "distance to regional hospitals", qualifier="up to")
d.F("$14 million", 14000000, "CAD", "extra spending on signing bonuses", note="A bare '$' in a Canadian story is CAD.")
d.F("up to $25,000", 25000, "CAD", "signing bonus per nurse", qualifier="up to", note="Per nurse.")
d.F("two years", 2, "years", "rural commitment required for the bonus")
d.F("one", 1, "count", "nurse (MacPhee, in a quote)", ctx="with one nurse")
d.F("June", "2026-06", "date", "when MacPhee took over", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("14", 14, "count", "new hires from outside Canada", ctx="said 14 of")
d.F("23", 23, "count", "new hires", ctx="of the 23 new hires")
d.F("300 hours", 300, "hours", "overtime logged at the Springhill site in October")
d.F("October", "2026-10", "date", "month of the 300 hours of overtime", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 7,200", 7200, "count", "nurses the ANF represents", qualifier="about")
d.F("one in five", 0.2, "fraction", "ANF members planning to quit")
d.F("a year", 1, "years", "time within which the members plan to quit", note="'within a year'.")
d.F("68", 68, "years", "age of Linda Tremblay", ctx="Tremblay, 68,")
d.F("71", 71, "years", "age of Marc Tremblay", ctx="Tremblay, 71,")
d.F("Oct. 12", "2026-10-12", "date", "Marc Tremblay's chest pains and drive to Amherst", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("40 minutes", 40, "minutes", "length of the drive to Amherst")
d.F("140", 140, "km/h", "Linda Tremblay's speed on the highway (in a quote)", ctx="doing 140 on",
    note="Unit implied (km/h).")
d.F("79", 79, "years", "age of Sister Marguerite Doucet")
d.F("about 1,100", 1100, "count", "trips made by Cumberland Outreach Mission volunteers this year", qualifier="about")
d.F("seventies", [70, 79], "years", "age of most of the charity's drivers (in a quote)",
    note="A decade of age as a range ('in their seventies'), as dev12a's '60s'.")
d.F("2021", 2021, "year", "when Boateng was appointed to lead the task force")
d.F("2022", 2022, "year", "when the task force warned of closures (in a quote)")
d.F("2026", 2026, "year", "year by which closures were predicted (in a quote)", ctx="by 2026.")
d.F("second", 2, "ordinal", "extra ambulance Middleton wants stationed overnight", ctx="a second ambulance")
d.F("1,900", 1900, "count", "population of Middleton (in a quote)")
d.F("12-hour", 12, "hours", "daily opening of the emergency room (in a quote)")
d.F("March", "2027-03", "date", "review of the closures", value_inferred=True,
    note="'reviewed in March'; after the byline date, so March 2027 (before the April reopening).")

d.NF("18", ctx="— 18 November", reason="Date in the byline.")
d.NF("2026", ctx="November 2026*", reason="Year in the byline.")
d.NF("one", ctx="leave one hospital for another", reason="Idiom inside a quote ('one hospital for another').")

d.RT("on Tuesday", resolved="2026-11-17", note="The byline date, 18 November 2026, is a Wednesday.")
d.RT("each night", resolved=None)
d.RT("on Friday", resolved="2026-11-13")
d.RT("for the night", resolved=None)
d.RT("this year", ctx="trips this year", resolved="2026")
d.RT("overnight", ctx="ambulance there overnight", resolved=None)

d.P("Nova Scotia", "GPE", None, "the provincial government said on Tuesday", ["actor", "cited"],
    note="The province acts through its government ('the provincial government said', 'the province would spend', "
         "'ask the province'). Unsure: could be treated as background.")
d.P("Danielle Arsenault", "PERSON", "Health Minister", "Health Minister Danielle Arsenault called", ["quoted", "cited"],
    aliases=["Arsenault"])
d.P("Nova Scotia Health", "ORG", None, "said Nova Scotia Health’s acting president and CEO", ["quoted", "cited"],
    note="Provincial health authority; possessor in MacPhee's role, later 'A spokesperson for Nova Scotia Health' and "
         "'the authority'.")
d.P("Lauren MacPhee", "PERSON", "Nova Scotia Health’s acting president and CEO",
    "said Nova Scotia Health’s acting president and CEO, Dr. Lauren MacPhee", ["quoted", "cited", "actor"],
    aliases=["MacPhee"], note="Also 'who took over in June'; later 'Dr. MacPhee'.")
d.P("Atlantic Nurses Federation", "ORG", "which represents about 7,200 nurses in the province",
    "The Atlantic Nurses Federation (ANF), which represents", ["quoted", "actor"], aliases=["ANF"],
    note="Later 'Its president', 'a federation survey'.")
d.P("Joyce Whitlock", "PERSON", "Its president", "Its president, Joyce Whitlock, said one in five", ["cited"])
d.P("Linda Tremblay", "PERSON", None, "Linda Tremblay, 68, drove her husband", ["quoted", "actor"], aliases=["Linda"],
    note="Shares the surname Tremblay with her husband; first name used in follow-ups. No 'Tremblay' alias.")
d.P("Marc Tremblay", "PERSON", "her husband", "drove her husband, Marc Tremblay, 71", ["quoted", "cited"],
    aliases=["Marc"], note="First name used in follow-ups. No 'Tremblay' alias.")
d.P("Marguerite Doucet", "PERSON", "who founded the Cumberland Outreach Mission, a charity that drives patients to appointments",
    "Sister Marguerite Doucet, 79, who founded", ["quoted", "cited"], aliases=["Sister Marguerite"])
d.P("Cumberland Outreach Mission", "ORG", "a charity that drives patients to appointments",
    "said its volunteers had made about 1,100 trips", ["actor"],
    note="Named first inside Doucet's role; its volunteers act ('its volunteers had made about 1,100 trips').")
d.P("Kwame Boateng", "PERSON",
    "an emergency physician in Truro who was appointed to lead the province’s rural emergency care task force in 2021",
    "Dr. Kwame Boateng, an emergency physician in Truro", ["quoted", "cited"], aliases=["Boateng"])
d.P("Ian Chisholm", "PERSON", "Mayor of Middleton", "Mayor Ian Chisholm of Middleton said", ["quoted", "cited"],
    note="Later 'the mayor'.")
d.M("Claire Boudreau", "PERSON", "Byline author (boilerplate).")
d.M("Province House", "FAC", "Where Arsenault spoke to reporters (the legislature building).")
d.M("Springhill", "GPE", "Town with a closing department.")
d.M("Middleton", "GPE", "Town with a closing department.")
d.M("Digby", "GPE", "Town with a closing department.")
d.M("Canada", "GPE", "In 'outside Canada'.")
d.M("Amherst", "GPE", "Where Marc Tremblay was treated.")
d.M("Truro", "GPE", "In Boateng's role.")
d.write()
