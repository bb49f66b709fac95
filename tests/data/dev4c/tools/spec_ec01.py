import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ec01_inchcape_wind")
d.B("ABERDEEN —", "dateline", partial=True)

REN = dict(aliases=["Net Zero Secretary Fiona Rennick"], role="Net Zero Secretary")
NLR = dict(stype="ORG", aliases=["Northlight", "the company"])
MUN = dict(aliases=["the chief executive"], role="Its chief executive")
LES = dict(aliases=["Dr Morag Leslie"], role="The regulator's chief executive")
FAI = dict(role="energy spokesman for the opposition Caledonian Reform Party")

d.Q("Fiona Rennick", "This is the single biggest step we have taken towards a grid that runs on Scottish wind rather than imported gas,",
    **REN, cue="said Net Zero Secretary Fiona Rennick")
d.Q("Fiona Rennick", "around 1,400 jobs", **REN, syntax="phrase", cue="She said construction would support",
    note="Pronoun speaker; fragment attributed inside the sentence.")
d.Q("Northlight Renewables plc", "Once complete, Inchcape Deep will avoid about 2.6 million tonnes of CO2 a year, roughly what 1.3 million cars emit,",
    **NLR, cue="the company said", note="'the company said'; Northlight named in the previous sentence.")
d.Q("Alasdair Munro", "We are not going to pretend the supply chain is fixed,", **MUN, cue="the chief executive said",
    note="Role-only reference to Munro, named in the previous sentence.")
d.Q("Alasdair Munro", "But this is the first order of this size that Scottish fabricators can genuinely compete for.", **MUN,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Douglas Fairlie", "a lottery", **FAI, syntax="phrase", cue="who has called the consent process",
    note="Scare-quoted fragment attributed in the sentence.")
d.Q("Fiona Rennick", "We consulted for three years and we listened to every harbour,", **REN, cue="she said",
    note="Trap: the last person named is Douglas Fairlie; 'she' is Rennick, the subject of the sentence before.")
d.Q("Morag Leslie", "steep but not unexpected", **LES, syntax="phrase", cue="said the fall was")
d.Q("Morag Leslie", "The basin is not running dry, but it is running down.", **LES, cue="That was Leslie's verdict",
    note="Attributed in the following sentence.")
d.Q("senior engineer", "optimistic by at least a year", stype="ANONYMOUS", role="A senior engineer at one of Kestrel's suppliers",
    syntax="phrase", cue="said the 2030 start date was", note="Anonymous source ('asked not to be named').")
d.Q("Fiona Rennick", "realistic", **REN, syntax="phrase", cue="Rennick said the government's own timetable was")

d.F("1.8GW", 1.8, "GW", "capacity of the Inchcape Deep wind farm (headline)", ctx="approves 1.8GW")
d.F("1.8GW", 1.8, "GW", "capacity of the Inchcape Deep wind farm", ctx="a 1.8GW offshore")
d.F("2022", 2022, "year", "since when no larger consent of its kind was granted")
d.F("fifth", 5, "ordinal", "consecutive year of falling North Sea gas production")
d.F("120", 120, "count", "turbines in the Inchcape Deep project")
d.F("15 MW", 15, "MW", "rating of each turbine")
d.F("up to 300 metres", 300, "metres", "height of the turbines above the sea", qualifier="up to")
d.F("984 feet", 984, "feet", "height of the turbines above the sea (imperial)")
d.F("between 38km and 45km", [38, 45], "km", "distance of the wind farm from shore")
d.F("around 1,400", 1400, "count", "construction jobs (Rennick)", qualifier="around")
d.F("2030", 2030, "year", "when the first turbines should be turning", ctx="turning by 2030")
d.F("£6.2bn", 6200000000, "GBP", "cost of the Inchcape Deep project")
d.F("15-year", 15, "years", "length of the project's contract")
d.F("£58.30", 58.3, "GBP", "guaranteed price per megawatt hour")
d.F("about 2.6 million tonnes", 2600000, "tonnes", "CO2 emissions avoided per year (Northlight)", qualifier="about")
d.F("1.3 million", 1300000, "count", "cars emitting the equivalent CO2 per year", qualifier="roughly",
    note="'roughly what 1.3 million cars emit': the qualifier precedes 'what', so it is kept in qualifier, not in the surface.")
d.F("about two-thirds", 0.6667, "fraction", "share of the steel to come from UK yards", qualifier="about")
d.F("first", 1, "ordinal", "the first order of this size Scottish fabricators can compete for (Munro)", ctx="the first order")
d.F("three years", 3, "years", "length of the consultation (Rennick)")
d.F("9%", 9, "percent", "fall in UK continental shelf gas output last year")
d.F("31.4 bcm", 31.4, "bcm", "UK continental shelf gas output last year")
d.F("612,000 barrels", 612000, "barrels", "average oil production per day")
d.F("680,000", 680000, "barrels", "average oil production per day in 2024")
d.F("2024", 2024, "year", "year of the 680,000 barrels a day figure")
d.F("14", 14, "count", "platforms that could shut by 2030", ctx="14 of the 31")
d.F("31", 31, "count", "platforms still producing", ctx="the 31 platforms")
d.F("2030", 2030, "year", "when 14 platforms could shut", ctx="shut by 2030")
d.F("38.6%", 38.6, "percent", "share of Scotland's electricity supplied by wind in 2025")
d.F("2025", 2025, "year", "year of the 38.6% wind share")
d.F("4.2 percentage points", 4.2, "percentage points", "rise in wind's share of Scotland's electricity")
d.F("about 2,700 kWh", 2700, "kWh", "typical household electricity use per year", qualifier="about")
d.F("27.4p", 27.4, "GBX", "price per kWh paid in January")
d.F("January", "2026-01", "date", "month of the 27.4p price", value_inferred=True,
    note="Year not written; the article reports 2025 as the last full year ('in 2025', 'last year').")
d.F("24.5p", 24.5, "GBX", "price per kWh a year earlier")
d.F("2030", 2030, "year", "target start date of the wind farm", ctx="the 2030 start")
d.F("at least a year", 1, "years", "how far the 2030 date is optimistic (anonymous engineer)", qualifier="at least")

d.NF("K15-240", reason="Turbine model number.")
d.NF("first", ctx="the first turbines", reason="'the first turbines should be turning' - no fact stated by the ordinal.")
d.NF("CO2", reason="Chemical formula.")
d.NF("one", ctx="is one of decline", reason="Pronoun 'one'.")
d.NF("21/4", reason="Licence block code ('Block 21/4'), not a fraction.")
d.NF("one", ctx="at one of Kestrel's", reason="Trivial 'one of'.")

d.RT("on Tuesday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("last year", resolved="2025")
d.RT("a year earlier", resolved="2025-01")

d.P("Scotland", "GPE", None, "Scottish ministers on Tuesday approved", ["actor"],
    note="'Scotland approves' (headline); Scottish ministers grant the consent.")
d.P("Northlight Renewables plc", "ORG", None, "a joint venture between Northlight Renewables plc", ["actor", "quoted"],
    aliases=["Northlight"])
d.P("Kestrel Energy ASA", "ORG", None, "a joint venture between Northlight Renewables plc", ["actor"], aliases=["Kestrel"])
d.P("Fiona Rennick", "PERSON", "Net Zero Secretary", "said Net Zero Secretary Fiona Rennick", ["quoted"],
    aliases=["Net Zero Secretary Fiona Rennick"])
d.P("Alasdair Munro", "PERSON", "Its chief executive", "Its chief executive, Alasdair Munro", ["quoted", "cited"])
d.P("Caledonia Radio", "ORG", None, "told Caledonia Radio", ["actor"], note="Broadcaster Munro spoke to (dev3 convention).")
d.P("Douglas Fairlie", "PERSON", "energy spokesman for the opposition Caledonian Reform Party",
    "criticism from Douglas Fairlie", ["quoted"])
d.P("Offshore Energy Regulator", "ORG", None, "Figures published on Monday by the Offshore Energy Regulator (OER)",
    ["cited"], aliases=["OER"])
d.P("Morag Leslie", "PERSON", "The regulator's chief executive", "The regulator's chief executive, Dr Morag Leslie",
    ["quoted", "actor"], aliases=["Dr Morag Leslie"])
d.P("Warm Homes Scotland", "ORG", None, "The charity Warm Homes Scotland said", ["cited"])
d.M("Caledonian Reform Party", "ORG", "Only inside Fairlie's role.")
d.M("Inchcape Deep", "FAC", "Name of the wind farm project.")
d.M("North Sea", "LOC", "Background place.")
d.M("Norway", "GPE", "Kestrel's home country.")
d.M("Angus", "GPE", "Coast off which the farm is built.")
d.M("Aberdeen", "GPE", "Dateline / briefing location.")
d.M("Shetland", "GPE", "Location of Block 21/4.")
d.M("UK", "GPE", "Background ('UK yards', 'UK continental shelf').")
d.write()
