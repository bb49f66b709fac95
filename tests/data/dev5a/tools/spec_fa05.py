import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fa05_oil_gold_copper_markets")
d.B("LONDON/SINGAPORE, Sept 8 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
OLS = dict(aliases=["Olsberg"], role="head of commodities research at Kessler Bank AG in Frankfurt")
d.Q("Priya Raman", "The market was already tight on light sweet grades, and this takes barrels out at exactly the wrong "
    "moment,", role="an analyst at Harbourline Securities in Singapore", **S, cue="told Reuters")
d.Q("Henrik Olsberg", "Gold has had a spectacular run and some investors are simply taking profits,", **OLS, **S,
    cue="said Henrik Olsberg")
d.Q("Henrik Olsberg", "Nothing about the reasons for owning gold has changed,", **OLS, **S, cue="he said")
d.Q("metals trader in Shanghai", "sitting on their hands", role="metals trader in Shanghai", stype="ANONYMOUS", **S,
    syntax="phrase", cue="A metals trader in Shanghai, who asked not to be identified ..., said buyers were")
d.Q("Western Pilbara Iron Ltd", "Our customers have been told and we expect no lasting impact on contracts,",
    stype="ORG", aliases=["the company"], **S, cue="the company said in a statement")

d.F("roughly a sixth", 0.1666666667, "fraction", "share of U.S. Gulf of Mexico output shut in", qualifier="roughly")
d.F("94 cents", 0.94, "USD", "rise in Brent crude futures", note="Cents stored in full currency units.")
d.F("1.4%", 1.4, "percent", "rise in Brent crude futures")
d.F("$67.12", 67.12, "USD", "Brent price per barrel")
d.F("1422 GMT", "14:22", "time", "time of the Brent quote", note="Reuters time style (HHMM GMT).")
d.F("81 cents", 0.81, "USD", "rise in WTI crude", note="Cents stored in full currency units.")
d.F("1.3%", 1.3, "percent", "rise in WTI crude", ctx="or 1.3%, to")
d.F("$63.40", 63.4, "USD", "WTI price per barrel")
d.F("60mph", 60, "mph", "Tropical Storm Dolores wind speed")
d.F("47", 47, "count", "platforms evacuated", ctx="from 47 platforms")
d.F("310,000 barrels per day", 310000, "barrels per day", "crude production shut in")
d.F("between $62 and $68", [62, 68], "USD", "Raman's expected Brent range for the rest of the year",
    note="Per barrel.")
d.F("3.1 million barrels", 3100000, "barrels", "fall in U.S. crude inventories last week")
d.F("1.2 million-barrel", 1200000, "barrels", "analysts' forecast inventory draw")
d.F("Oct. 4", "2026-10-04", "date", "OPEC+ meeting", value_inferred=True,
    note="Year inferred (the dateline month is September of the 2026/27 financial year).")
d.F("November", "2026-11", "date", "month of the expected OPEC+ output increase", ctx="targets for November",
    value_inferred=True)
d.F("137,000 bpd", 137000, "barrels per day", "expected OPEC+ output target increase")
d.F("0.6%", 0.6, "percent", "fall in spot gold")
d.F("$3,412.80", 3412.8, "USD", "spot gold price per ounce")
d.F("$3,447.10", 3447.1, "USD", "record gold price per ounce (Monday)")
d.F("about 28%", 28, "percent", "gold's gain this year", qualifier="about")
d.F("2007", 2007, "year", "since when Olsberg has covered metals")
d.F("1.1%", 1.1, "percent", "fall in three-month copper")
d.F("$9,615", 9615, "USD", "copper price per metric ton")
d.F("412,000 tons", 412000, "tonnes", "China's unwrought copper imports in August")
d.F("August", "2026-08", "date", "month of the copper imports", ctx="tons in August", value_inferred=True)
d.F("February 2024", "2024-02", "date", "last time copper imports were this low")
d.F("2.2%", 2.2, "percent", "rise in iron ore futures")
d.F("$104.50", 104.5, "USD", "iron ore price per ton")
d.F("2026/27", "2026/2027", "date", "financial year of Western Pilbara's shipment forecast",
    note="Australian financial year, July to June.")
d.F("between 62 million and 66 million tons", [62000000, 66000000], "tonnes", "Western Pilbara's shipment forecast")
d.F("10.5 million Australian dollars", 10500000, "AUD", "cost of repairs at Port Hedland")
d.F("November", "2026-11", "date", "delivery month of the palm oil contract", ctx="for November delivery",
    value_inferred=True)
d.F("37 ringgit", 37, "MYR", "fall in palm oil futures")
d.F("4,012 ringgit", 4012, "MYR", "palm oil price per ton")
d.F("$951", 951, "USD", "palm oil price per ton in dollars")
d.F("-1.3%", -1.3, "percent", "palm oil contract's year-to-date change")
d.F("4.6%", 4.6, "percent", "rise in Malaysian palm oil stocks")
d.F("2.2 million tons", 2200000, "tonnes", "Malaysian palm oil stocks")
d.F("August", "2026-08", "date", "month-end of the palm oil stock figure", ctx="end of August.", value_inferred=True,
    note="'at the end of August': the relation is not in the surface.")
d.F("12 cents", 0.12, "USD", "rise in Chicago wheat", note="Cents stored in full currency units.")
d.F("$5.84", 5.84, "USD", "Chicago wheat price per bushel")
d.F("two months", 2, "months", "period over which wheat is at its highest")
d.F("two-thirds", 0.6666666667, "fraction", "share of global futures volume the Harbourline index tracks")
d.F("0.4%", 0.4, "percent", "rise in the Harbourline Commodity 20 index")

d.NF("8", ctx="Sept 8 (Reuters)", reason="Date in the dateline.")
d.NF("Three-month", reason="Contract name (benchmark three-month copper), not a reported duration.")
d.NF("20", ctx="Commodity 20 index", reason="Number inside an index name.")

d.RT("on Tuesday", resolved="2026-09-08")
d.RT("late on Wednesday", resolved="2026-09-09")
d.RT("the rest of the year", resolved="2026")
d.RT("last week", resolved=None)
d.RT("on Monday", resolved="2026-09-07")
d.RT("this year", resolved="2026")

d.P("National Hurricane Center", "ORG", None, "the U.S. National Hurricane Center said", ["cited"])
d.P("Bureau of Safety and Environmental Enforcement", "ORG", None,
    "the Bureau of Safety and Environmental Enforcement said", ["cited"])
d.P("Priya Raman", "PERSON", "an analyst at Harbourline Securities in Singapore", "Priya Raman, an analyst",
    ["quoted", "cited"])
d.P("Energy Information Administration", "ORG", None, "Energy Information Administration data showed", ["cited"])
d.P("OPEC+", "ORG", None, "Traders are also watching OPEC+, which meets", ["actor"])
d.P("Henrik Olsberg", "PERSON", "head of commodities research at Kessler Bank AG in Frankfurt", "said Henrik Olsberg",
    ["quoted", "cited"], aliases=["Olsberg"])
d.P("Western Pilbara Iron Ltd", "ORG", None, "after Western Pilbara Iron Ltd cut its forecast", ["actor", "quoted", "cited"],
    note="Later 'it said' and 'the company said in a statement'.")
d.P("Malaysian Palm Oil Board", "ORG", None, "Malaysian Palm Oil Board (MPOB) data show", ["cited"], aliases=["MPOB"])
d.M("Harbourline Securities", "ORG", "Only in Raman's role.")
d.M("Kessler Bank AG", "ORG", "Only in Olsberg's role.")
d.M("Harbourline Commodity 20 index", "INDEX", "Commodity index.")
d.M("Tropical Storm Dolores", "EVENT", "The storm (later 'Dolores').")
d.M("Gulf of Mexico", "LOC", "Producing region.")
d.M("West Texas Intermediate", "PRODUCT", "Crude benchmark (WTI).")
d.M("Port Hedland", "GPE", "Location of Western Pilbara's terminal.")
d.M("China", "GPE", "Copper imports (customs data, unnamed agency).")
d.M("Reuters", "ORG", "News agency (dateline, 'told Reuters').")
d.write()
