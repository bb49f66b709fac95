import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj05_kaihong_rugged_phone_launch")
d.B("*By Elaine Sutcliffe, devices editor — 26 November 2026*", "byline")

LIN = dict(role="chairwoman", aliases=["chairwoman Lin Mei-hua"])
CHEN = dict(aliases=["Chen"], role="Kaihong’s president")
d.Q("Kaihong Technology Corp.", "Every X7 is assembled and drop-tested at our plant in Taoyuan,", stype="ORG",
    aliases=["Kaihong", "the company"], cue="the company said", note="Role-only organisation attribution.")
d.Q("Lin Mei-hua", "Our customers don’t buy phones, they buy uptime,", **LIN,
    cue="chairwoman Lin Mei-hua said at the launch in Taipei")
d.Q("Lin Mei-hua", "A lineman in Norway at minus twenty does not care how thin the phone is.", **LIN,
    attribution="implicit", cue="(continuation after 'Lin Mei-hua said')")
d.Q("Jens Kröger", "We tested five rugged phones for 18 months, and this was the one our engineers stopped "
    "complaining about,", role="Nordwerk’s head of field operations", cue="said Jens Kröger")
d.Q("Claire Dunmore", "the first rugged phone our sales team can pitch without apologising", aliases=["Dunmore"],
    role="Orbis Telecom’s enterprise director", syntax="phrase", cue="called the device",
    note="10-word noun phrase -> full by the length rule.")
d.Q("Aisha Varma", "Price is the whole story here, and Kaihong is finally pricing like a mainstream brand,",
    aliases=["Varma"], role="whose principal analyst", cue="she said",
    note="Pronoun trap: two women are named ('Varma, who shared a panel with Dunmore'); 'she' = Varma, the subject "
         "of the sentence just before. 'whose' = Northbridge Insight.")
d.Q("Chen Wei-ting", "under pressure well into next year", **CHEN, syntax="phrase",
    cue="conceded that margins would be")
d.Q("Chen Wei-ting", "Not this year. Maybe next. We will go where our customers are.", **CHEN,
    cue="Asked whether Kaihong would build phones outside Taiwan, Chen said:", note="Question-and-answer, colon.")

d.F("€899", 899, "EUR", "price of the FieldPro X7 (headline)", ctx="with €899 FieldPro")
d.F("20 January", "2027-01-20", "date", "European sale date of the X7", value_inferred=True,
    note="Year not written; the next 20 January after the November 2026 byline.")
d.F("€899", 899, "EUR", "price of the 256GB X7", ctx="at €899 for")
d.F("256GB", 256, "GB", "storage of the base X7")
d.F("512GB", 512, "GB", "storage of the larger X7")
d.F("€1,049", 1049, "EUR", "price of the 512GB X7")
d.F("£779", 779, "GBP", "UK starting price of the X7")
d.F("NT$29,990", 29990, "TWD", "Taiwan price of the X7")
d.F("6.8-inch", 6.8, "inches", "X7 screen size")
d.F("10,100mAh", 10100, "mAh", "X7 battery capacity")
d.F("65W", 65, "W", "X7 wired charging power")
d.F("50-megapixel", 50, "megapixels", "X7 main camera resolution")
d.F("2.4 metres", 2.4, "metres", "drop height the X7 survives")
d.F("between -25C and 60C", [-25, 60], "celsius", "X7 operating temperature range")
d.F("minus twenty", -20, "celsius", "temperature a lineman in Norway works in (in a quote)")
d.F("about 1.8 million", 1800000, "count", "rugged phones and tablets Kaihong shipped in 2025", qualifier="about")
d.F("2025", 2025, "year", "year of the 1.8 million shipments")
d.F("24%", 24, "percent", "rise in Kaihong's shipments")
d.F("NT$21.5 billion", 21500000000, "TWD", "Kaihong's expected revenue this year")
d.F("+3.4%", 3.4, "percent", "Kaihong's share price change on launch day")
d.F("+0.6%", 0.6, "percent", "benchmark change on launch day")
d.F("18%", 18, "percent", "National Development Fund's stake in Kaihong")
d.F("12,000", 12000, "count", "X7 units ordered by Nordwerk Energie")
d.F("February", "2027-02", "date", "when Orbis Telecom starts selling the X7", value_inferred=True,
    note="Next February after the November 2026 byline.")
d.F("300", 300, "count", "X7 units the Scottish Ambulance Service will trial")
d.F("five", 5, "count", "rugged phones Nordwerk tested (in a quote)", ctx="tested five")
d.F("18 months", 18, "months", "Nordwerk's test period (in a quote)")
d.F("five years", 5, "years", "Android security updates promised for the X7")
d.F("two", 2, "years", "extra years of updates compared with the previous flagship", ctx="two more than",
    note="'two more' (years) than on the X5.")
d.F("roughly 9.5 million", 9500000, "count", "global rugged phone shipments this year (Northbridge Insight)",
    qualifier="roughly")
d.F("about 11%", 11, "percent", "Kaihong's share of rugged phone shipments", qualifier="about")
d.F("a fifth", 0.2, "fraction", "Kestrel Mobile's price cut on its flagship")
d.F("October", "2026-10", "date", "Kestrel Mobile's price cut", value_inferred=True)
d.F("12-inch", 12, "inches", "screen size of the planned FieldPro T12 tablet")
d.F("second quarter of 2027", "2027-04/2027-06", "date", "planned launch of the FieldPro T12")

d.NF("26", ctx="— 26 November", reason="Date in the byline.")
d.NF("2026", ctx="November 2026*", reason="Year in the byline.")
d.NF("X7", ctx="FieldPro X7 rugged", reason="Product name (headline).")
d.NF("X7", ctx="the FieldPro X7, a 5G", reason="Product name.")
d.NF("5G", reason="Network technology name.")
d.NF("X7", ctx="The X7 will", reason="Product name.")
d.NF("IP69", reason="Rating name (ingress protection code).")
d.NF("MIL-STD-810H", reason="Name of a test standard.")
d.NF("X7", ctx="Every X7 is", reason="Product name (inside a quote).")
d.NF("first", ctx="Carriers and first customers", reason="Adjective in the subheading ('first customers').")
d.NF("X7", ctx="sell the X7", reason="Product name.")
d.NF("one", ctx="was the one our", reason="Pronoun inside a quote ('the one our engineers ...').")
d.NF("first", ctx="the first rugged phone", reason="Rhetorical claim inside a quote, not a ranking. Unsure: heldout9 "
     "counts a factual 'the first new container berth' as ordinal 1.")
d.NF("X7", ctx="The X7 runs", reason="Product name.")
d.NF("X5", reason="Product name (previous flagship).")
d.NF("T12", reason="Product name.")

d.RT("a year earlier", resolved="2024")
d.RT("this year", ctx="NT$21.5 billion this year", resolved="2026")
d.RT("the day", ctx="ended the day", resolved=None)
d.RT("this year", ctx="9.5 million units this year", resolved="2026")
d.RT("next year", resolved="2027", note="Inside a quote.")
d.RT("this year", ctx="Not this year", resolved="2026", note="Inside a quote.")

d.P("Kaihong Technology Corp.", "ORG", "Taiwanese rugged-device maker",
    "Taiwanese rugged-device maker Kaihong Technology Corp. has unveiled", ["actor", "quoted"], aliases=["Kaihong"],
    note="Later 'the company', possessor ('Kaihong’s president').")
d.P("Lin Mei-hua", "PERSON", "chairwoman", "chairwoman Lin Mei-hua said at the launch", ["quoted"])
d.P("Nordwerk Energie AG", "ORG", "German utility", "German utility Nordwerk Energie AG has ordered", ["actor"],
    aliases=["Nordwerk"], note="Possessor in 'Nordwerk’s head of field operations'.")
d.P("Orbis Telecom", "ORG", "British network operator", "British network operator Orbis Telecom will sell", ["actor"],
    note="Possessor in 'Orbis Telecom’s enterprise director'.")
d.P("Ruggedline Ltd", "ORG", "Distributor", "Distributor Ruggedline Ltd will supply", ["actor"])
d.P("Scottish Ambulance Service", "ORG", None, "the Scottish Ambulance Service has agreed to trial", ["actor"])
d.P("Jens Kröger", "PERSON", "Nordwerk’s head of field operations", "said Jens Kröger", ["quoted"])
d.P("Claire Dunmore", "PERSON", "Orbis Telecom’s enterprise director", "Orbis Telecom’s enterprise director, Claire "
    "Dunmore, called", ["quoted", "actor"], aliases=["Dunmore"])
d.P("Tien Lung Semiconductor", "ORG", None, "a chip from Hsinchu-based Tien Lung Semiconductor", ["actor"],
    note="Chip supplier (after a preposition). Unsure.")
d.P("Northbridge Insight", "ORG", "research firm", "according to research firm Northbridge Insight", ["cited"])
d.P("Aisha Varma", "PERSON", "whose principal analyst", "whose principal analyst, Aisha Varma, put", ["quoted", "cited"],
    aliases=["Varma"])
d.P("Kestrel Mobile Oy", "ORG", "Finnish rival", "Finnish rival Kestrel Mobile Oy cut the price", ["actor"])
d.P("Chen Wei-ting", "PERSON", "Kaihong’s president", "Kaihong’s president, Chen Wei-ting, conceded", ["quoted"],
    aliases=["Chen"])
d.M("National Development Fund", "ORG", "Shareholder of Kaihong (owner, background), as heldout9's owners.")
d.M("FieldPro X7", "PRODUCT", "The phone.")
d.M("X7", "PRODUCT", "Short form of FieldPro X7.")
d.M("FieldPro T12", "PRODUCT", "The planned tablet.")
d.M("Android", "PRODUCT", "Operating system.")
d.M("Europe", "LOC", "Market.")
d.M("UK", "GPE", "Market.")
d.M("Taiwan", "GPE", "Market / location.")
d.M("Taoyuan", "GPE", "Plant location (in a quote).")
d.M("Taipei", "GPE", "Launch location.")
d.M("Norway", "GPE", "In a quote.")
d.M("Hsinchu", "GPE", "Location.")
d.M("Elaine Sutcliffe", "PERSON", "Byline author (boilerplate).")
d.write()
