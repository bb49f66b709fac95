import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dc01_arizona_rural_clinics_ruling")
d.B("PHOENIX (AP) —", "dateline", partial=True)

S = dict(marks="straight")
REY = dict(aliases=["Reyes", "Gov. Reyes", "Arizona Gov. Marisol Reyes"], role="Arizona Gov.")
LANG = dict(aliases=["Lang", "Sen. Lang", "Sen. Travis Lang"],
            role="Sen., a Prescott Republican who chairs the Senate Appropriations Committee")
d.Q("Teresa Villanueva", "The department may close clinics. It may not do so by skipping the steps the Legislature "
    "wrote down,", aliases=["Judge Teresa Villanueva"], role="Judge", **S,
    cue="Judge Teresa Villanueva wrote for the unanimous panel", note="Written opinion of the court.")
d.Q("Marisol Reyes", "We lost, and we will fix the process,", **REY, **S, cue="Reyes told reporters at the Capitol")
d.Q("Marisol Reyes", "But the money problem did not go away this morning.", **REY, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Arizona Department of Health Services", "Patients should keep their appointments,", stype="ORG",
    aliases=["ADHS", "the agency"], **S, cue="the agency said in a statement",
    note="Role-only organisation attribution ('the agency' = ADHS, introduced with the acronym in brackets).")
d.Q("Ramon Ortega", "This is a good day for anyone who lives two hours from a hospital,", aliases=["Dr. Ramon Ortega"],
    role="the coalition's medical director", **S, cue="said Dr. Ramon Ortega, the coalition's medical director")
d.Q("Travis Lang", "a gift to trial lawyers", **LANG, **S, syntax="phrase", cue="called the ruling",
    note="Scare-quoted fragment.")
d.Q("Victor Salas", "You cannot cut a budget by a third and then blame the doctors,",
    aliases=["Salas", "Sen. Victor Salas"], role="Sen., a Democrat from Yuma", **S, cue="he said",
    note="Pronoun trap: Lang and Salas (two men) are named in the sentence before the one before; 'he' = Salas, the "
         "subject of the sentence before ('Salas, whose district includes four of the 11, accused').")
d.Q("Travis Lang", "Not with this budget, and not with this governor.", **LANG, **S,
    cue="Asked whether lawmakers would restore the funding, Sen. Lang said:",
    note="Question-and-answer, colon; title + surname ('Sen. Lang').")
d.Q("Dana Whitfield", "The court has spoken. The state will comply, fully and promptly,",
    aliases=["Whitfield", "Attorney General Dana Whitfield"], role="Attorney General", **S, cue="Whitfield wrote on X",
    note="Social-media post.")
d.Q("Southwest Health Care Workers Union", "Our members can unpack their desks,", stype="ORG", aliases=["the union"],
    **S, cue="the union said", note="Role-only organisation attribution.")
d.Q("Lorraine Pike", "I was going to have to choose between my insulin and my gas money,",
    role="a retired rancher in Willcox", **S, cue="she said", note="'she' = Pike, the only person in the paragraph.")

d.F("11", 11, "count", "rural clinics the state planned to close (headline)", ctx="close 11 rural")
d.F("11", 11, "count", "rural clinics the court kept open", ctx="closing 11 rural")
d.F("$38 million", 38000000, "USD", "yearly savings the closure plan aimed at", note="Per year.")
d.F("three-judge", 3, "count", "judges on the appeals panel")
d.F("Dec. 31", "2026-12-31", "date", "earliest date the clinics may close", value_inferred=True,
    note="Year not written; the set's year 2026 (closures announced in June, layoff notices in August).")
d.F("about 64,000", 64000, "count", "patients the clinics saw last year", qualifier="about")
d.F("60 days", 60, "days", "deadline for ADHS's revised plan")
d.F("three", 3, "count", "clinics the Sonoran Rural Health Coalition runs", ctx="runs three of")
d.F("two hours", 2, "hours", "distance from a hospital (in a quote)")
d.F("18%", 18, "percent", "rise in emergency room visits at Cochise Valley Regional Hospital")
d.F("June", "2026-06", "date", "when the closures were announced", value_inferred=True)
d.F("four", 4, "count", "clinics in Salas's district", ctx="includes four of")
d.F("a decade", 10, "years", "period over which Republicans starved the department (Salas)")
d.F("a third", 0.3333333333, "fraction", "budget cut (in a quote)")
d.F("about $590", 590, "USD", "cost per patient per year (Saguaro Policy Center)", qualifier="about",
    note="Per patient, per year.")
d.F("roughly twice", 2, "times", "clinic cost relative to the state average", qualifier="roughly")
d.F("roughly 240", 240, "count", "clinic workers", qualifier="roughly")
d.F("August", "2026-08", "date", "when layoff notices were sent", value_inferred=True)
d.F("72", 72, "years", "age of Lorraine Pike")
d.F("80 miles", 80, "miles", "drive to Tucson for diabetes checkups")
d.F("about $410,000", 410000, "USD", "legal costs the coalition will seek", qualifier="about")

d.NF("11", ctx="four of the 11", reason="Back-reference to the 11 clinics ('four of the 11').")
d.NF("117", reason="Numeral in the union local's name (Local 117).")

d.RT("on Tuesday", resolved=None)
d.RT("last year", resolved="2025")
d.RT("this morning", resolved=None, note="Inside a quote.")
d.RT("last week", resolved=None)

d.P("Arizona Department of Health Services", "ORG", None,
    "ruling that the Arizona Department of Health Services (ADHS) ignored", ["actor", "quoted"], aliases=["ADHS"],
    note="Later 'the department' (in a quote), 'ADHS officials' (modifier), 'the agency'.")
d.P("Arizona Court of Appeals", "ORG", None, "A three-judge panel of the Arizona Court of Appeals ordered", ["actor"],
    note="First 'An Arizona appeals court'; after a preposition ('panel of').")
d.P("Teresa Villanueva", "PERSON", "Judge", "Judge Teresa Villanueva wrote", ["quoted"])
d.P("Marisol Reyes", "PERSON", "Arizona Gov.", "Arizona Gov. Marisol Reyes, a Democrat", ["quoted", "actor"],
    aliases=["Reyes"], note="Also 'Gov. Reyes' (title + surname).")
d.P("Sonoran Rural Health Coalition", "ORG", "a Tucson nonprofit that runs three of the clinics",
    "The suit was brought by the Sonoran Rural Health Coalition", ["actor"], note="Later 'the coalition'.")
d.P("Douglas", "GPE", None, "and by the city of Douglas", ["actor"], note="Co-plaintiff ('the city of Douglas').")
d.P("Ramon Ortega", "PERSON", "the coalition's medical director", "said Dr. Ramon Ortega", ["quoted"])
d.P("Cochise Valley Regional Hospital", "ORG", None, "Cochise Valley Regional Hospital in Sierra Vista", ["cited"],
    note="'says its visits have risen 18%'.")
d.P("Travis Lang", "PERSON", "Sen., a Prescott Republican who chairs the Senate Appropriations Committee",
    "Sen. Travis Lang, a Prescott Republican", ["quoted", "actor"], aliases=["Lang"], note="Also 'Sen. Lang'.")
d.P("Victor Salas", "PERSON", "Sen., a Democrat from Yuma", "Lang and Sen. Victor Salas, a Democrat from Yuma",
    ["quoted", "actor"], aliases=["Salas"])
d.P("Dana Whitfield", "PERSON", "Attorney General", "Attorney General Dana Whitfield, whose office", ["quoted"],
    aliases=["Whitfield"])
d.P("Saguaro Policy Center", "ORG", "a conservative think tank in Phoenix", "According to the Saguaro Policy Center",
    ["cited"], note="Later possessor 'the center's analysts'.")
d.P("Southwest Health Care Workers Union", "ORG", None, "represented by Local 117 of the Southwest Health Care Workers Union",
    ["actor", "quoted", "cited"], note="Later 'the union'.")
d.P("Lorraine Pike", "PERSON", "a retired rancher in Willcox", "Lorraine Pike, 72, a retired rancher", ["quoted"])
d.P("Haskell & Ybarra LLP", "ORG", None, "The coalition's lawyers at Haskell & Ybarra LLP said", ["actor", "cited"],
    note="The coalition's law firm (after a preposition).")
d.M("Senate Appropriations Committee", "ORG", "Only in Lang's role.")
d.M("Legislature", "ORG", "The Arizona Legislature (in a quote and 'the Legislature would not find new money'); no "
    "full name.")
d.M("Republicans", "ORG", "Party members accused by Salas (background); also 'a Prescott Republican' in Lang's role.")
d.M("Medicaid", "ORG", "Health programme (background).")
d.M("Capitol", "FAC", "Where Reyes spoke.")
d.M("X", "ORG", "Social-media platform.")
d.M("AP", "ORG", "News agency in the dateline (boilerplate).")
d.M("Arizona", "GPE", "The state (object of 'blocked the state'); background.")
d.M("Phoenix", "GPE", "Location.")
d.M("Tucson", "GPE", "Location.")
d.M("Sierra Vista", "GPE", "Location.")
d.M("Prescott", "GPE", "In Lang's role.")
d.M("Yuma", "GPE", "In Salas's role.")
d.M("Willcox", "GPE", "In Pike's role.")
d.write()
