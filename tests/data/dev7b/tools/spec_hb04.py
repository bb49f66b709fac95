import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hb04_geelong_hollowell_housing_vote")

S = dict(marks="straight")
CAL = dict(aliases=["Mayor Trent Callaghan", "The mayor"], role="Mayor")
RAM = dict(aliases=["Raman", "Greens councillor Priya Raman"], role="Greens councillor")
FIT = dict(aliases=["Fitzroy", "Deputy Mayor Ellen Fitzroy"], role="Deputy Mayor")
d.Q("Marcus Webb", "a lifeline", role="Its interim chief executive", **S, syntax="phrase",
    cue="Its interim chief executive, Marcus Webb, said in a statement that the homes would be",
    note="'Its' = Barwon Community Housing Ltd. Fragment from a statement.")
d.Q("Trent Callaghan", "We have more than 4,000 households on the social housing waiting list in this region. Doing "
    "nothing is also a decision,", **CAL, **S, cue="Mayor Trent Callaghan told the chamber")
d.Q("Priya Raman", "This land was given to the people of Geelong in 1926. Once it is concreted over, it is gone for good.",
    **RAM, **S, open_end=True, cue="Greens councillor Priya Raman, who moved ..., said:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark. Colon-introduced.")
d.Q("Priya Raman", "Build the homes, yes. But build them on the car parks and empty lots this council already owns.",
    **RAM, **S, layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph (reopened, closed).")
d.Q("Ellen Fitzroy", "scaring residents", **FIT, **S, syntax="phrase", cue="Fitzroy ... accused opponents of",
    note="Attribution verb 'accused'.")
d.Q("Ellen Fitzroy", "Every suburb says it wants more housing until the housing is down the road,", **FIT, **S,
    cue="she said",
    note="Pronoun speaker after two women are named ('Raman and Deputy Mayor Ellen Fitzroy clashed'); 'she' = "
         "Fitzroy, the subject of the sentence before.")
d.Q("Shane Duggan", "Nobody asked the kids who train on that ground.",
    role="president of the Hollowell Rovers Football Club", **S,
    cue="That was the reaction of Shane Duggan", note="Quote attributed in the following sentence.")
d.Q("Luke Petrakis", "sensible, modest and overdue", role="Corio Bay's managing director", **S, syntax="phrase",
    cue="He called the plan", note="'He' = Petrakis (the only person named in the paragraph).")
d.Q("Hollowell Reserve Friends Group", "We will see the council at VCAT, and we expect to win,", stype="ORG",
    aliases=["the group"], **S, cue="a spokeswoman for the group told Bellarine Radio 96.1",
    note="Spokesperson quote goes to the organisation (not to its chair, Helen Drysdale, who is named after it).")
d.Q("Trent Callaghan", "bruising", **CAL, **S, syntax="phrase", cue="The mayor admitted the night had been",
    note="Role-only attribution ('The mayor'); verb 'admitted'.")

d.F("640", 640, "count", "homes in the Hollowell Reserve plan (headline)", ctx="backs 640-home")
d.F("7", 7, "count", "councillors voting for the plan (headline)", ctx="plan 7-4", note="'7-4' vote, split into two counts.")
d.F("4", 4, "count", "councillors voting against the plan (headline)", ctx="7-4 despite")
d.F("$310 million", 310000000, "AUD", "value of the housing plan")
d.F("640", 640, "count", "homes to be built", ctx="build 640 homes")
d.F("7", 7, "count", "councillors voting for the plan", ctx="voting 7-4")
d.F("4", 4, "count", "councillors voting against the plan", ctx="7-4 on")
d.F("four-hour", 4, "hours", "length of the council meeting")
d.F("twice", 2, "times", "how often protesters interrupted the meeting", note="As dev5c/dev6a store 'twice'.")
d.F("two", 2, "count", "people escorted from the gallery by police", ctx="escorted two people")
d.F("at least 20%", 20, "percent", "share of social and affordable homes", qualifier="at least")
d.F("128", 128, "count", "social and affordable rentals")
d.F("up to six", 6, "count", "storeys of the buildings", qualifier="up to")
d.F("3.2 hectares", 3.2, "hectares", "area the buildings will cover")
d.F("11-hectare", 11, "hectares", "size of Hollowell Reserve")
d.F("more than 4,000", 4000, "count", "households on the social housing waiting list (Callaghan)", qualifier="more than")
d.F("1926", 1926, "year", "when the land was given to the people of Geelong (Raman)")
d.F("October", "2026-10", "date", "when the planning committee recommended approval", value_inferred=True,
    note="Year not written; the set's year is 2026 and construction could start in mid-2027. Unsure.")
d.F("31", 31, "count", "conditions attached to the approval", ctx="to 31 conditions")
d.F("$2.5 million", 2500000, "AUD", "upgrade of the remaining sports ground")
d.F("300", 300, "count", "junior players at Hollowell Rovers")
d.F("two", 2, "count", "other clubs sharing the upgraded oval", ctx="with two other")
d.F("mid-2027", 2027, "year", "when construction could start", qualifier="mid")
d.F("late 2028", 2028, "year", "when residents move in", qualifier="late")
d.F("$185 million", 185000000, "AUD", "Corio Mutual Bank loan for the first stage")
d.F("first", 1, "ordinal", "stage financed by the bank", ctx="the first stage")
d.F("about 1,100", 1100, "count", "objections collected by the friends group", qualifier="about")
d.F("2010", 2010, "year", "year the lower field flooded")
d.F("2016", 2016, "year", "year the lower field flooded")
d.F("2022", 2022, "year", "year the lower field flooded")
d.F("$42 million", 42000000, "AUD", "Homes Victoria contribution to the social homes")
d.F("1.1%", 1.1, "percent", "Geelong rental vacancy rate in September")
d.F("September", "2026-09", "date", "month of the 1.1% vacancy rate", value_inferred=True)
d.F("38%", 38, "percent", "rise in median rents in five years")
d.F("five years", 5, "years", "period of the 38% rent rise")
d.F("$540", 540, "AUD", "median weekly rent", note="Per week.")
d.F("about 450", 450, "count", "construction jobs the project will support", qualifier="about")

d.NF("96.1", reason="Radio frequency in the station name 'Bellarine Radio 96.1'.")

d.RT("on Tuesday night", resolved=None)

d.P("City of Greater Geelong", "ORG", None, "City of Greater Geelong councillors have approved", ["actor"],
    note="Later 'the council'.")
d.P("Victoria Police", "ORG", None, "Victoria Police escorted two people from the gallery", ["actor"])
d.P("Corio Bay Developments Pty Ltd", "ORG", None, "Under the plan by Corio Bay Developments Pty Ltd", ["actor"],
    aliases=["Corio Bay"])
d.P("Barwon Community Housing Ltd", "ORG", "a not-for-profit provider", "managed by Barwon Community Housing Ltd",
    ["actor"])
d.P("Marcus Webb", "PERSON", "Its interim chief executive", "Its interim chief executive, Marcus Webb", ["quoted"])
d.P("Trent Callaghan", "PERSON", "Mayor", "Mayor Trent Callaghan told the chamber", ["quoted", "actor"],
    note="Later 'The mayor'.")
d.P("Priya Raman", "PERSON", "Greens councillor", "Greens councillor Priya Raman, who moved", ["quoted", "actor"],
    aliases=["Raman"])
d.P("Ellen Fitzroy", "PERSON", "Deputy Mayor", "Raman and Deputy Mayor Ellen Fitzroy clashed", ["quoted", "actor"],
    aliases=["Fitzroy"])
d.P("planning committee", "ORG", None, "The council's planning committee recommended approval", ["actor"],
    note="Owned form only: 'The council's planning committee'.")
d.P("Shane Duggan", "PERSON", "president of the Hollowell Rovers Football Club", "That was the reaction of Shane Duggan",
    ["quoted"])
d.P("Hollowell Rovers Football Club", "ORG", None, "whose 300 junior players will share", ["actor"],
    note="Its players will share the upgraded oval. Unsure: it is also in Duggan's role.")
d.P("Luke Petrakis", "PERSON", "Corio Bay's managing director", "Corio Bay's managing director, Luke Petrakis, told",
    ["quoted", "cited"])
d.P("Corio Mutual Bank", "ORG", None, "said Corio Mutual Bank had agreed to lend", ["actor"])
d.P("Hollowell Reserve Friends Group", "ORG", None, "The Hollowell Reserve Friends Group, which says",
    ["actor", "quoted", "cited"])
d.P("Bellarine Radio 96.1", "ORG", None, "a spokeswoman for the group told Bellarine Radio", ["actor"],
    note="Broadcaster a speaker talks on (dev3 convention).")
d.P("Helen Drysdale", "PERSON", "Its chair, former mayor", "Its chair, former mayor Helen Drysdale, noted", ["cited"])
d.P("Homes Victoria", "ORG", "the state housing agency", "Homes Victoria, the state housing agency, has committed",
    ["actor", "cited"], note="'According to the agency'; 'The agency expects'.")
d.M("Greens", "ORG", "Party, only in Raman's role.")
d.M("Bellarine District Football League", "ORG", "League of the clubs sharing the oval (background).")
d.M("Victorian Civil and Administrative Tribunal", "ORG", "VCAT; appeal target (object only).")
d.M("Hollowell Reserve", "LOC", "The site.")
d.M("Bellarine Highway", "LOC", "Road.")
d.M("Geelong", "GPE", "Location.")
d.write()
