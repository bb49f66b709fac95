import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h901_tumalo_ridge_fire_evacuations")

S = dict(marks="straight")
CRP = dict(stype="ORG", aliases=["Cascade Ridge", "The utility", "the company"])
PUC = dict(stype="ORG", aliases=["the regulator"])
JEN = dict(aliases=["Jennings"], role="Its director")
d.Q("Dana Ortiz", "If you are in a Level 3 zone, do not wait for a knock on the door. Leave now,",
    aliases=["Ortiz", "Deschutes County Sheriff Dana Ortiz"], role="Deschutes County Sheriff", **S,
    cue="Deschutes County Sheriff Dana Ortiz told reporters")
d.Q("Luis Barragán", "extreme and erratic.", role="the ODF incident commander", **S, syntax="phrase",
    cue="Luis Barragán, the ODF incident commander, called the fire's behavior",
    note="Scare-quote fragment; US-style period inside the marks.")
d.Q("Luis Barragán", "We had spot fires three-quarters of a mile ahead of the main front. You cannot put people in front "
    "of that,", role="the ODF incident commander", **S, cue="he said",
    note="Next paragraph; 'he' = Barragán, the only man just named.")
d.Q("Cascade Ridge Power Co.", "cooperating fully", **CRP, **S, syntax="phrase",
    cue="The utility said in a statement that it ... was", note="Organisation fragment from a statement.")
d.Q("Cascade Ridge Power Co.", "It is too early to say what caused this fire, and we will not speculate,", **CRP, **S,
    cue="the company said")
d.Q("Rob Whitacre", "In 2023 this company promised to bury its lines in the highest-risk canyons. It has buried 12 miles,",
    aliases=["State Sen. Rob Whitacre"], role="State Sen.", **S, cue="he posted on X",
    note="Social-media post. 'this company' = Cascade Ridge Power Co.")
d.Q("Oregon Public Utility Commission", "We have asked Cascade Ridge for the inspection records of every line in the burn "
    "area,", **PUC, **S, cue="the regulator said")
d.Q("Oregon Public Utility Commission", "within 10 days.", **PUC, **S, syntax="phrase",
    cue="the regulator said, adding that it expected them", note="Organisation fragment; period inside the marks.")
d.Q("Priya Raman", "Smoke, not flames, is our main worry right now,", aliases=["Dr. Priya Raman"],
    role="the hospital's chief medical officer", **S, cue="said Dr. Priya Raman")
d.Q("Carla Jennings", "close to full.", **JEN, **S, syntax="phrase", cue="Jennings warned that the shelter was",
    note="Scare-quote fragment; 'Its' = High Desert Relief Network.")
d.Q("Carla Jennings", "We have families sleeping in their trucks in the lot because they brought their horses,", **JEN,
    **S, cue="she said",
    note="Pronoun speaker after two women are named ('Its director, Carla Jennings, and deputy director Amy "
         "Soto'); 'she' = Jennings, the subject of the sentence just before ('Jennings warned').")

d.NQ("Go Now", reason="Name of the evacuation level (Level 3 'Go Now').", marks="straight")
d.NQ("very unhealthy.", reason="Name of an air-quality category on the federal index, not anyone's words.",
     marks="straight")

d.F("6,200", 6200, "count", "people forced from their homes (headline)", ctx="forces 6,200")
d.F("About 6,200", 6200, "count", "people under evacuation orders", qualifier="About")
d.F("roughly 14,300 acres", 14300, "acres", "size of the Tumalo Ridge Fire", qualifier="roughly")
d.F("5%", 5, "percent", "containment of the fire")
d.F("up to 45 mph", 45, "mph", "forecast wind gusts", qualifier="up to")
d.F("7 a.m.", "07:00", "time", "time of the sheriff's briefing")
d.F("about 1,900", 1900, "count", "homes deputies have gone to since midnight", qualifier="about")
d.F("two", 2, "count", "hikers lifted off a ridge by helicopter", ctx="lifted two hikers")
d.F("about 640", 640, "count", "firefighters on the line", qualifier="about")
d.F("three-quarters of a mile", 0.75, "miles", "distance of spot fires ahead of the main front (Barragán)")
d.F("about 11,000", 11000, "count", "customers whose power Cascade Ridge cut", qualifier="about")
d.F("9.4%", 9.4, "percent", "fall in Juniper Energy Holdings shares")
d.F("$31.12", 31.12, "USD", "Juniper Energy Holdings share price")
d.F("2023", 2023, "year", "when the company promised to bury its lines (Whitacre)")
d.F("12 miles", 12, "miles", "length of lines buried (Whitacre)")
d.F("10 days", 10, "days", "deadline for the inspection records (PUC)", note="'within 10 days'.")
d.F("up to $40 million", 40000000, "USD", "state money freed by the Emergency Conflagration Act", qualifier="up to")
d.F("48", 48, "count", "patients moved out of a rehabilitation wing")
d.F("23", 23, "count", "people treated for smoke inhalation", ctx="treated 23 people")
d.F("two", 2, "count", "firefighters among those treated", ctx="including two firefighters")
d.F("2 a.m.", "02:00", "time", "when the Redmond shelter opened")
d.F("350", 350, "count", "cots set up at the shelter")
d.F("four", 4, "count", "schools kept closed", ctx="keep four schools")
d.F("212", 212, "points", "air-quality index reading in Bend", note="Index value on the federal air-quality index.")
d.F("July", "2026-07", "date", "driest July on record since 1991", value_inferred=True,
    note="Year not written; the set's year (2026), the fire being in the summer after this July.")
d.F("1991", 1991, "year", "last July as dry as this one")
d.F("0.02 inches", 0.02, "inches", "rain at Bend's airport in July")

d.NF("Level 3", reason="Name of the evacuation level ('a Level 3 zone'), inside a quote.")

d.RT("Wednesday morning", resolved=None, note="No date is written in the story.")
d.RT("overnight", ctx="grew overnight", resolved=None)
d.RT("Thursday evening", resolved=None)
d.RT("midnight", resolved=None, note="'since midnight'.")
d.RT("Monday afternoon", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("late Tuesday", resolved=None)
d.RT("right now", resolved=None, note="Inside a quote.")
d.RT("Wednesday", ctx="2 a.m. Wednesday", resolved=None)
d.RT("Friday", resolved=None, note="'through Friday'.")

d.P("National Weather Service", "ORG", None, "The National Weather Service forecast gusts", ["cited", "actor"])
d.P("Dana Ortiz", "PERSON", "Deschutes County Sheriff", "Deschutes County Sheriff Dana Ortiz told", ["quoted", "cited"],
    aliases=["Ortiz"])
d.P("Deschutes County Sheriff's Office", "ORG", None, "a Deschutes County Sheriff's Office helicopter lifted",
    ["actor"])
d.P("Oregon Department of Forestry", "ORG", None, "The Oregon Department of Forestry (ODF) is running", ["actor"],
    aliases=["ODF"])
d.P("U.S. Forest Service", "ORG", None, "with the U.S. Forest Service", ["actor"])
d.P("Luis Barragán", "PERSON", "the ODF incident commander", "Luis Barragán, the ODF incident commander", ["quoted"])
d.P("Cascade Ridge Power Co.", "ORG", None, "a power line owned by Cascade Ridge Power Co.", ["actor", "quoted"],
    aliases=["Cascade Ridge"], note="Later 'The utility' and 'the company'.")
d.P("Juniper Energy Holdings Inc.", "ORG", "its parent", "Shares of its parent, Juniper Energy Holdings Inc., fell",
    ["actor"], note="Parent of Cascade Ridge Power Co.; its shares fell (as dev3's Pacific Gateway).")
d.P("Rob Whitacre", "PERSON", "State Sen.", "State Sen. Rob Whitacre, a Bend Democrat", ["quoted"],
    note="'a Bend Democrat'.")
d.P("Oregon Public Utility Commission", "ORG", None, "The Oregon Public Utility Commission said it had opened an inquiry",
    ["actor", "quoted"], note="Later 'the regulator said'.")
d.P("Teresa Ocampo", "PERSON", "Gov.", "Gov. Teresa Ocampo invoked", ["actor"])
d.P("St. Aldric Medical Center", "ORG", None, "At St. Aldric Medical Center in Bend", ["actor"],
    note="Moved 48 patients; later 'the hospital' (in Raman's role) and 'The emergency department'.")
d.P("Priya Raman", "PERSON", "the hospital's chief medical officer", "said Dr. Priya Raman", ["quoted", "cited"])
d.P("High Desert Relief Network", "ORG", "a local charity", "the High Desert Relief Network, a local charity, opened",
    ["actor"])
d.P("Carla Jennings", "PERSON", "Its director", "Its director, Carla Jennings, and deputy director", ["quoted", "actor"],
    aliases=["Jennings"])
d.P("Amy Soto", "PERSON", "deputy director", "deputy director Amy Soto set up", ["actor"],
    note="Named together with Jennings right before the 'she said' quote, which is Jennings's.")
d.P("Tumalo Valley School District", "ORG", None, "The Tumalo Valley School District said", ["cited", "actor"])
d.P("Oregon Department of Environmental Quality", "ORG", None, "the Oregon Department of Environmental Quality rates",
    ["cited"])
d.P("Cascadia Institute for Fire Science", "ORG", None, "Researchers at the Cascadia Institute for Fire Science said",
    ["cited"])
d.M("Go Now", "MISC", "Name of the evacuation level (also a not_quote).")
d.M("Tumalo Ridge Fire", "EVENT", "The fire.")
d.M("Emergency Conflagration Act", "LAW", "Invoked by the governor.")
d.M("X", "PRODUCT", "Social network Whitacre posted on.")
d.M("Deschutes County", "GPE", "Location; in the sheriff's title.")
d.M("Bend", "GPE", "Location.")
d.M("Redmond", "GPE", "Location.")
d.M("New York", "GPE", "Stock market location.")
d.M("Central Oregon", "LOC", "Region.")
d.M("Oregon", "GPE", "Background.")
d.write()
