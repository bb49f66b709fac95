import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg04_rheinstrom_power_price_rise")

S = dict(marks="straight")
KES = dict(aliases=["Kessler", "chief executive Martin Kessler"], role="chief executive")
d.Q("Martin Kessler", "We are passing on costs we do not control,", **KES, **S,
    cue="chief executive Martin Kessler told analysts on a call",
    note="Lowercase role before the name; the company ('Rheinstrom AG') is in the paragraphs before.")
d.Q("Martin Kessler", "Wholesale power is cheaper than a year ago. The wires are not.", **KES, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Federal Network Agency", "reflect the real cost of the energy transition.", stype="ORG",
    aliases=["Bundesnetzagentur", "the regulator"], **S, syntax="phrase",
    cue="A spokeswoman for the Bundesnetzagentur said the regulator had approved fees that",
    note="Unnamed spokeswoman for the regulator under its German name (given in brackets in the lead): the quote goes "
         "to the organisation. 8-word phrase -> full.")
d.Q("Klaus Wendt", "peak around 2028.", role="The agency's president", **S, syntax="phrase",
    cue="The agency's president, Klaus Wendt, told the Ruhr Kurier that grid fees would",
    note="Possessive role with a description of the organisation; quoted fragment in reported speech told to a paper.")
d.Q("Federation of German Energy Consumers", "A 9% rise in a month when wholesale prices fell is hard to explain at the "
    "kitchen table,", stype="ORG", aliases=["BDEV", "the federation"], **S, cue="the federation said",
    note="Role-only organisation attribution: 'the federation' = the BDEV (sentence before).")
d.Q("Sabine Roth", "not on the table this year.", role="Economy Minister", **S, syntax="phrase",
    cue="Economy Minister Sabine Roth said more help was", note="6-word phrase -> fragment.")
d.Q("Tobias Brandt", "At these prices, the next furnace gets built in Spain,", role="its managing director", **S,
    cue="said Tobias Brandt, its managing director", note="'its' = Vestfalia Stahl GmbH (sentence before).")
d.Q("Jonas Vogel", "Rheinstrom is a toll collector that has been told to build more toll roads,", aliases=["Vogel"],
    role="an analyst at Hanseatic Equity Research", **S,
    cue="said Jonas Vogel, an analyst at Hanseatic Equity Research")
d.Q("Martin Kessler", "Not before the cables are in the ground,", **KES, **S, cue="he said",
    note="Pronoun trap: two men are named just before ('Vogel and Kessler will both speak'); 'he' = Kessler, the "
         "subject of 'Kessler said last week that prices could fall again in 2027'.")

d.F("9%", 9, "percent", "average rise in Rheinstrom's household power prices (headline)", ctx="prices 9% as")
d.F("€1.4 billion", 1400000000, "EUR", "KfW loan for new cables (headline)", ctx="lends €1.4 billion")
d.F("fourth", 4, "ordinal", "Rheinstrom's rank among German electricity suppliers", ctx="fourth-largest")
d.F("9%", 9, "percent", "average rise in Rheinstrom's household power prices", ctx="average of 9%")
d.F("April 1", "2026-04-01", "date", "when the price rise takes effect", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("3,500 kWh", 3500, "kWh", "yearly use of a typical household", note="Per year ('a year').")
d.F("about €142", 142, "EUR", "extra yearly cost for a typical household", qualifier="about",
    note="Per household per year.")
d.F("38.6 cents", 0.386, "EUR", "new standard tariff", note="Euro cents stored in euros; per kilowatt hour.")
d.F("35.4 cents", 0.354, "EUR", "old standard tariff", note="Euro cents stored in euros; per kilowatt hour.")
d.F("11.8 cents", 0.118, "EUR", "grid charges within the new tariff", note="Euro cents stored in euros; per kWh.")
d.F("€87.40", 87.4, "EUR", "average wholesale power price on the European Energy Exchange in January",
    note="Per megawatt hour.")
d.F("January", "2026-01", "date", "month of the €87.40 average", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("14%", 14, "percent", "fall in wholesale prices on a year earlier", note="'down 14%': stored as a size.")
d.F("€1.4 billion", 1400000000, "EUR", "loan Rheinstrom Netz will borrow from KfW", ctx="borrow €1.4 billion")
d.F("about 640 km", 640, "km", "underground cable to be laid", qualifier="about")
d.F("1,200 MW", 1200, "MW", "onshore wind to be connected")
d.F("between 2026 and 2031", [2026, 2031], "year", "period of the cable and connection work")
d.F("15-year", 15, "years", "term of the KfW loan")
d.F("€9 billion", 9000000000, "EUR", "size of KfW's programme")
d.F("fourth quarter of 2025", "2025-10/2025-12", "date", "when KfW opened the programme",
    note="Quarter as a date range (dev10b).")
d.F("around 2028", 2028, "year", "when grid fees will peak (Wendt, in a quote)", qualifier="around")
d.F("about 2.1 million", 2100000, "count", "Rheinstrom customers affected (BDEV)", qualifier="about")
d.F("9%", 9, "percent", "the price rise (BDEV, in a quote)", ctx="A 9% rise")
d.F("about 400,000", 400000, "count", "customers of nordwatt", qualifier="about")
d.F("June 30", "2026-06-30", "date", "date until which nordwatt holds its prices", value_inferred=True,
    note="'until at least June 30'; year not written, the set's year 2026.")
d.F("2026", 2026, "year", "year of the power nordwatt bought in advance", ctx="its 2026 power")
d.F("between €70 and €78", [70, 78], "EUR", "price nordwatt paid for most of its 2026 power",
    note="Per megawatt hour.")
d.F("€6.5 billion", 6500000000, "EUR", "federal money toward transmission fees this year")
d.F("about 3.2 cents", 0.032, "EUR", "cut in transmission fees from the federal money", qualifier="about",
    note="Euro cents stored in euros; per kilowatt hour.")
d.F("two", 2, "count", "electric arc furnaces Vestfalia Stahl runs", ctx="runs two electric")
d.F("about 860 GWh", 860, "GWh", "Vestfalia Stahl's yearly power use", qualifier="about", note="Per year.")
d.F("between €11 million and €13 million", [11000000, 13000000], "EUR", "rise in Vestfalia Stahl's power bill")
d.F("about a fifth", 0.2, "fraction", "share of Rheinstrom's power bought from Alpenstrom Handel", qualifier="about")
d.F("210 million Swiss francs", 210000000, "CHF", "yearly value of the Alpenstrom Handel contract",
    note="Per year ('a year').")
d.F("2025", 2025, "year", "year of the €612 million operating profit", ctx="a 2025 operating")
d.F("€612 million", 612000000, "EUR", "Rheinstrom's 2025 operating profit")
d.F("3.1%", 3.1, "percent", "fall in Rheinstrom's operating profit", note="'down 3.1%': stored as a size.")
d.F("2.4%", 2.4, "percent", "fall in Rheinstrom's shares", note="'fell 2.4%': stored as a size.")
d.F("€41.85", 41.85, "EUR", "Rheinstrom share price after the fall")
d.F("2027", 2027, "year", "year prices could fall again (Kessler)")

d.NF("3", ctx="Rheinkabel 3", reason="Numeral inside a project name ('Rheinkabel 3').")

d.RT("on Monday", resolved=None)
d.RT("a year ago", resolved=None, note="Inside a quote.")
d.RT("a year earlier", resolved=None)
d.RT("this year", ctx="transmission fees this year", resolved=None)
d.RT("this year", ctx="on the table this year", resolved=None, note="Inside a quote.")
d.RT("on Thursday", resolved=None)
d.RT("last week", resolved=None)

d.P("Rheinstrom AG", "ORG", "Germany's fourth-largest electricity supplier", "Rheinstrom AG, Germany's fourth-largest",
    ["actor", "cited"], aliases=["Rheinstrom"],
    note="Legal form AG; later 'the Düsseldorf-based company', 'Its standard tariff', possessor 'Rheinstrom's grid arm', "
         "modifier 'Rheinstrom customers'.")
d.P("Federal Network Agency", "ORG", None, "approved by the Federal Network Agency (Bundesnetzagentur)",
    ["actor", "quoted"], aliases=["Bundesnetzagentur"],
    note="After a passive 'by', with its German name in brackets; later 'A spokeswoman for the Bundesnetzagentur', "
         "'the regulator', and the possessor 'The agency's president'.")
d.P("Martin Kessler", "PERSON", "chief executive", "chief executive Martin Kessler told analysts", ["quoted", "cited"],
    aliases=["Kessler"])
d.P("Rheinstrom Netz GmbH", "ORG", "Rheinstrom's grid arm", "Rheinstrom's grid arm, Rheinstrom Netz GmbH, said",
    ["actor", "cited"], note="Subsidiary with the legal form GmbH, introduced after a possessive description.")
d.P("KfW", "ORG", "the state development bank", "from KfW, the state development bank", ["actor"],
    note="Acronym-only name after 'from'; later 'the lender'.")
d.P("Klaus Wendt", "PERSON", "The agency's president", "The agency's president, Klaus Wendt, told", ["quoted"])
d.P("Ruhr Kurier", "ORG", None, "told the Ruhr Kurier", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as dev10a's Dairy Week.")
d.P("Federation of German Energy Consumers", "ORG", None, "The Federation of German Energy Consumers (BDEV) said",
    ["cited", "quoted"], aliases=["BDEV"], note="Later 'the federation'.")
d.P("nordwatt", "ORG", "a Hamburg online supplier", "nordwatt, a Hamburg online supplier", ["actor", "cited"],
    note="Lowercase brand name at the start of a sentence and paragraph; later 'Its co-founder'.")
d.P("Jana Petersen", "PERSON", "Its co-founder", "Its co-founder, Jana Petersen, said", ["cited"])
d.P("Federal Ministry for Economic Affairs and Energy", "ORG", None,
    "The Federal Ministry for Economic Affairs and Energy said", ["cited", "actor"],
    note="A name with 'for' and 'and'.")
d.P("Sabine Roth", "PERSON", "Economy Minister", "Economy Minister Sabine Roth said", ["quoted"])
d.P("Vestfalia Stahl GmbH", "ORG", None, "Vestfalia Stahl GmbH, which runs two electric arc furnaces",
    ["cited", "actor"], note="Later 'its managing director'.")
d.P("Tobias Brandt", "PERSON", "its managing director", "said Tobias Brandt, its managing director", ["quoted"])
d.P("Alpenstrom Handel AG", "ORG", "the Swiss trader", "from the Swiss trader Alpenstrom Handel AG", ["actor"],
    note="Supplier after 'from' (as dev11b's suppliers after a preposition).")
d.P("Jonas Vogel", "PERSON", "an analyst at Hanseatic Equity Research", "said Jonas Vogel, an analyst",
    ["quoted", "actor"], aliases=["Vogel"])
d.M("Rheinkabel 3", "MISC", "Name of Rheinstrom Netz's cable project.")
d.M("European Energy Exchange", "ORG", "Venue of wholesale trading ('on the European Energy Exchange in Leipzig').")
d.M("Hanseatic Equity Research", "ORG", "Only inside Vogel's role.")
d.M("Germany", "GPE", "Country (background).")
d.M("Düsseldorf", "GPE", "Location ('the Düsseldorf-based company').")
d.M("Leipzig", "GPE", "Location.")
d.M("Hamburg", "GPE", "Location.")
d.M("Dortmund", "GPE", "Location.")
d.M("Spain", "GPE", "In a quote.")
d.M("Frankfurt", "GPE", "Location (stock market).")
d.M("Essen", "GPE", "Location of the conference.")
d.write()
