import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh05_sisters_oregon_wildfire_evacuation")
d.B("SISTERS, Ore. —", "dateline", partial=True)

S = dict(marks="straight")
HUT = dict(aliases=["Hutchins", "Sheriff Dale Hutchins", "the sheriff"], role="Sheriff of the Deschutes County Sheriff's Office")
TOL = dict(aliases=["Tollefson", "Incident commander Greg Tollefson"], role="Incident commander, who leads an ODF team from Salem")
MAR = dict(aliases=["Gov. Elena Marchetti"], role="Gov.")
d.Q("Dale Hutchins", "If you are in a Level 3 zone, you leave now. We are not coming back to ask again,", **HUT, **S,
    cue="Sheriff Dale Hutchins of the Deschutes County Sheriff's Office said at a 7 a.m. briefing at Sisters High School",
    note="Title before the name plus 'of Y'.")
d.Q("Dale Hutchins", "Some people were still packing photo albums when the smoke reached them,", **HUT, **S,
    cue="the sheriff said", note="Role-only person attribution: 'the sheriff' = Sheriff Dale Hutchins.")
d.Q("Deschutes County Sheriff's Office", "leave the horses if you cannot load them in 10 minutes.", stype="ORG",
    aliases=["His office"], **S, syntax="phrase", cue="His office said in a post on X that residents should",
    note="'His office' = the sheriff's office (ORG). Posted on X. 11-word phrase -> full ('10' counts as a word).")
d.Q("Greg Tollefson", "This fire is making its own weather,", **TOL, **S, cue="Tollefson said",
    note="Reported speech first ('said the fire had grown …'), then surname-only.")
d.Q("Greg Tollefson", "We saw spotting three-quarters of a mile ahead of the front.", **TOL, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Greg Tollefson", "If the wind does what it did yesterday, that line will not hold,", **TOL, **S, cue="he said",
    note="Pronoun trap: two men are named just before ('Hutchins and Tollefson, standing beside her'); 'he' = "
         "Tollefson, the subject of 'Tollefson said crews would try to hold the fire'.")
d.Q("Elena Marchetti", "I saw whole hillsides go up in seconds. The people who got out last night did the right thing.",
    **MAR, **S, open_end=True, cue="After flying over the fire on Wednesday, she said:",
    note="Colon-introduced multi-paragraph statement, first paragraph (no closing mark). 'she' = Marchetti, the subject "
         "of the sentence before (Ortiz and Carver, also women, are named in earlier paragraphs).")
d.Q("Elena Marchetti", "To everyone still waiting to see what happens: please do not wait. Homes can be rebuilt.", **MAR,
    **S, attribution="implicit", cue="(second paragraph of the statement)")
d.Q("Central Cascades Electric Cooperative", "We would rather have people angry in the dark than trapped by a downed line,",
    stype="ORG", aliases=["the cooperative"], **S, cue="a spokeswoman for the cooperative said",
    note="Unnamed spokeswoman: the quote goes to the organisation ('the cooperative', named in the sentence before).")
d.Q("Karen Doyle", "I drove out through smoke so thick I could not see the hood of my car,", aliases=["Doyle"], **S,
    cue="Doyle told reporters", note="'told reporters', surname-only.")

d.F("6,000", 6000, "count", "people forced to flee (headline)", ctx="forces 6,000 to")
d.F("45 mph", 45, "mph", "wind gusts (headline)", ctx="as 45 mph gusts")
d.F("about 6,000", 6000, "count", "people forced from their homes", qualifier="about")
d.F("up to 45 mph", 45, "mph", "wind gusts", qualifier="up to")
d.F("14,300 acres", 14300, "acres", "area burned", ctx="across 14,300 acres")
d.F("8%", 8, "percent", "containment of the fire on Wednesday morning")
d.F("More than 640", 640, "count", "firefighters assigned", qualifier="More than")
d.F("12", 12, "count", "helicopters assigned", ctx="12 helicopters")
d.F("four", 4, "count", "air tankers assigned", ctx="four air tankers")
d.F("7 a.m.", "07:00", "time", "time of the sheriff's briefing")
d.F("10 minutes", 10, "minutes", "time to load horses before leaving them (in a quote)")
d.F("about 300 acres", 300, "acres", "size of the fire before it grew", qualifier="about")
d.F("14,300 acres", 14300, "acres", "size of the fire after it grew", ctx="to 14,300 acres")
d.F("less than 24 hours", 24, "hours", "time the fire took to grow", qualifier="less than")
d.F("three-quarters of a mile", 0.75, "miles", "distance of spot fires ahead of the front (in a quote)")
d.F("near 98 degrees", 98, "fahrenheit", "forecast temperature", qualifier="near",
    note="Degrees Fahrenheit (US weather forecast).")
d.F("as low as 9%", 9, "percent", "forecast humidity", qualifier="as low as")
d.F("11 p.m.", "23:00", "time", "end of the red flag warning")
d.F("two", 2, "count", "homes burned near Whychus Creek", ctx="two homes")
d.F("22", 22, "count", "structural task forces sent under the Emergency Conflagration Act")
d.F("about 2,100", 2100, "count", "customers whose power was cut", qualifier="about")
d.F("310", 310, "count", "people who spent Tuesday night at the shelter")
d.F("64", 64, "years", "age of Karen Doyle", ctx="Doyle, 64,")
d.F("two", 2, "count", "dogs Doyle left with", ctx="two dogs")
d.F("$3.8 million", 3800000, "USD", "state spending on the fire so far")
d.F("Aug. 2", "2026-08-02", "date", "earliest end of the evacuation orders", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.NF("3", ctx="Level 3", reason="Evacuation level inside a name ('Level 3' = 'Go now'), inside a quote.")
d.NF("242", ctx="Highway 242", reason="Numeral inside a road name.")
d.NF("16", ctx="Forest Road 16", reason="Numeral inside a road name.")
d.NF("Three", ctx="the Three Sisters Fire District", reason="Number word inside a name ('Three Sisters Fire District').")

d.RT("Tuesday", ctx="homes Tuesday as", resolved=None)
d.RT("Wednesday morning", resolved=None)
d.RT("overnight", resolved=None)
d.RT("on Monday afternoon", resolved=None)
d.RT("through Thursday", resolved=None)
d.RT("yesterday", resolved=None, note="Inside a quote: Tuesday.")
d.RT("on Tuesday night", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("last night", resolved=None, note="Inside a quote: Tuesday night.")
d.RT("Tuesday night", ctx="spent Tuesday night", resolved=None)
d.RT("so far", resolved=None)

d.P("Oregon Department of Forestry", "ORG", None, "according to the Oregon Department of Forestry (ODF)",
    ["cited", "actor"], aliases=["ODF"], note="Acronym in brackets, then inside Tollefson's role ('an ODF team') and "
                                              "alone ('the ODF said').")
d.P("U.S. Forest Service", "ORG", None, "which is managing the fire with the U.S. Forest Service", ["actor"])
d.P("Dale Hutchins", "PERSON", "Sheriff of the Deschutes County Sheriff's Office", "Sheriff Dale Hutchins of the Deschutes",
    ["quoted", "actor"], aliases=["Hutchins"], note="Later 'the sheriff'.")
d.P("Deschutes County Sheriff's Office", "ORG", None, "His office said in a post on X", ["quoted", "actor"],
    note="Named inside Hutchins's role ('of Y'), then speaks as 'His office'.")
d.P("Greg Tollefson", "PERSON", "Incident commander, who leads an ODF team from Salem", "Incident commander Greg Tollefson",
    ["quoted", "cited"], aliases=["Tollefson"])
d.P("National Weather Service", "ORG", None, "The National Weather Service forecast temperatures", ["cited"])
d.P("Ramona Ortiz", "PERSON", "Chief of the Three Sisters Fire District", "Chief Ramona Ortiz of the Three Sisters",
    ["cited"])
d.P("Mia Carver", "PERSON", "Det. Sgt. of the Oregon State Police", "Det. Sgt. Mia Carver of the Oregon State Police",
    ["cited"])
d.P("Elena Marchetti", "PERSON", "Gov.", "Gov. Elena Marchetti invoked", ["quoted", "actor"])
d.P("Central Cascades Electric Cooperative", "ORG", None, "Central Cascades Electric Cooperative cut power",
    ["actor", "quoted"], note="Later 'the cooperative'.")
d.P("Cascade Relief Network", "ORG", "a Bend nonprofit", "The Cascade Relief Network, a Bend nonprofit, opened",
    ["actor"])
d.P("Karen Doyle", "PERSON", None, "Among them was Karen Doyle, 64", ["quoted"], aliases=["Doyle"],
    note="Evacuee; no role ('who left with two dogs and her late husband's guitar').")
d.M("Three Sisters Fire District", "ORG", "Only inside Ortiz's role.")
d.M("Oregon State Police", "ORG", "Only inside Carver's role.")
d.M("Sisters High School", "ORG", "Venue of the briefing.")
d.M("X", "ORG", "Social-media platform.")
d.M("Emergency Conflagration Act", "LAW", "State law invoked by the governor.")
d.M("Whychus Ridge Fire", "EVENT", "The fire.")
d.M("Whychus Creek", "LOC", "Location.")
d.M("Forest Road 16", "LOC", "Road (location).")
d.M("Highway 242", "LOC", "Road (location).")
d.M("Cascade", "LOC", "'the Cascade foothills'.")
d.M("SISTERS", "GPE", "Dateline.")
d.M("Sisters", "GPE", "Location.")
d.M("Oregon", "GPE", "Location.")
d.M("Salem", "GPE", "Location.")
d.M("Bend", "GPE", "Location.")
d.M("Redmond", "GPE", "Location.")
d.M("Deschutes County", "GPE", "Inside the sheriff's office's name; 'the county fairgrounds'.")
d.write()
