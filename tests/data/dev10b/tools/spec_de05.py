import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("de05_nz_tui_air_loan_fiscal_update")

S = dict(marks="straight")
MAT = dict(aliases=["Matagi", "Finance Minister Helen Matagi"], role="Finance Minister")
WAL = dict(aliases=["Walker", "Tui Air chief executive Mereana Walker"], role="Tui Air chief executive")
d.Q("Treasury", "The fiscal position has less room for surprises than at any time since 2020,", stype="ORG", **S,
    cue="Treasury said in the update", note="Organisation quote from a published document (the update).")
d.Q("Helen Matagi", "Without this, at least 11 towns would have lost their only scheduled air link by Easter,", **MAT,
    **S, cue="Matagi told reporters at Parliament shortly after 1pm")
d.Q("Helen Matagi", "With it, the airline has 18 months to show it can stand on its own.", **MAT, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Mereana Walker", "We tried to be a national carrier. That was the mistake,", **WAL, **S, cue="she said")
d.Q("Daniel Ashby", "a parachute stitched from taxpayers' money", role="The opposition's finance spokesman", **S,
    syntax="phrase", cue="called the loan", note="Fragment (6 words, a noun phrase).")
d.Q("Mereana Walker", "Our accounts are audited like anyone else's,", **WAL, **S, cue="she said",
    note="Pronoun speaker: 'a demand Walker rejected' in the sentence before; Ashby, the subject, is male.")
d.Q("Aroha Tane", "Two cuts in a row tells you the Reserve Bank is worried about jobs, not prices,",
    role="chief economist at Kauri Bank", **S, cue="said Aroha Tane, chief economist at Kauri Bank")
d.Q("Sam Fifita", "Our members kept this airline flying through every winter of cancellations,",
    role="its national secretary", **S, cue="said its national secretary, Sam Fifita",
    note="'its' = the Aviation and Airports Workers Union.")

d.F("NZ$80 million", 80000000, "NZD", "government loan to Tui Air (headline)", ctx="lends NZ$80 million")
d.F("NZ$80 million", 80000000, "NZD", "government loan to Tui Air", ctx="lend NZ$80 million")
d.F("a year", 1, "years", "delay to the return to surplus", ctx="back by a year", note="'pushed ... back by a year'.")
d.F("1.9%", 1.9, "percent", "forecast economic growth in the year to March 2027")
d.F("March 2027", "2027-03", "date", "end of the forecast growth year")
d.F("0.4 percentage points", 0.4, "percentage points", "cut in the growth forecast since the Budget",
    note="'down 0.4 percentage points'; a fall, stored as a size.")
d.F("May", "2026-05", "date", "month of the Budget", ctx="Budget in May", value_inferred=True,
    note="Year inferred: the 2026 Budget (the update forecasts to March 2027).")
d.F("NZ$9.4 billion", 9400000000, "NZD", "forecast operating deficit")
d.F("2026/27", [2026, 2027], "year", "financial year of the NZ$9.4 billion deficit",
    note="New Zealand government financial year (July 2026 to June 2027), stored as a year range like dev6a/dev7a.")
d.F("2020", 2020, "year", "comparison year for the fiscal room (in a quote)", note="'since 2020'; 'since' left out.")
d.F("22", 22, "count", "turboprops Tui Air flies")
d.F("31", 31, "count", "routes Tui Air flies")
d.F("NZ$46.2 million", 46200000, "NZD", "Tui Air's loss")
d.F("June 30", "2026-06-30", "date", "end of Tui Air's financial year", value_inferred=True,
    note="Year inferred: the latest June 30 before the half-year update (2026).")
d.F("18%", 18, "percent", "rise in Tui Air's fuel costs")
d.F("1.7 million", 1700000, "count", "Tui Air passengers in the latest year")
d.F("1.9 million", 1900000, "count", "Tui Air passengers the year before")
d.F("About a quarter", 0.25, "fraction", "Tui Air passengers who travel for hospital appointments", qualifier="About")
d.F("seven years", 7, "years", "term of the loan")
d.F("150 basis points", 150, "basis points", "loan margin above the government's borrowing cost")
d.F("two", 2, "count", "Tui Air directors the Ministry of Transport will appoint", ctx="appoint two of")
d.F("seven", 7, "count", "directors on Tui Air's board", ctx="seven directors")
d.F("at least 11", 11, "count", "towns that would have lost their only air link (in a quote)", qualifier="at least")
d.F("shortly after 1pm", "13:00", "time", "when Matagi spoke to reporters", qualifier="shortly after")
d.F("18 months", 18, "months", "time Tui Air has to show it can stand alone (in a quote)")
d.F("49", 49, "years", "age of Mereana Walker", ctx="Walker, 49")
d.F("four", 4, "count", "Airbus A320 jets Tui Air had planned to lease", ctx="lease four")
d.F("between NZ$99 and NZ$149", [99, 149], "NZD", "new fares on Tui Air's busiest routes")
d.F("NZ$25 million", 25000000, "NZD", "money Tui Air already received in 2024")
d.F("2024", 2024, "year", "year of the earlier NZ$25 million")
d.F("50 basis points", 50, "basis points", "official cash rate cut", ctx="by 50 basis points")
d.F("2.75%", 2.75, "percent", "official cash rate after the cut")
d.F("Two", 2, "count", "consecutive rate cuts (in a quote)", ctx="Two cuts in a row")
d.F("as low as 2.25%", 2.25, "percent", "where Tane expects the rate to fall", qualifier="as low as")
d.F("May", "2027-05", "date", "when Tane expects the rate at 2.25%", ctx="by May", value_inferred=True,
    note="'by May': the next May after the late-2026 update (2027). Unsure.")
d.F("about 640", 640, "count", "Tui Air staff the union represents", qualifier="about")
d.F("1,150", 1150, "count", "Tui Air staff")
d.F("14", 14, "count", "member airports of the Regional Airports Alliance", ctx="its 14 member")
d.F("NZ$3.8 million", 3800000, "NZD", "landing fees Tui Air owes")
d.F("more than twice", 2, "times", "landing fees owed relative to a year earlier", qualifier="more than")

d.NF("Half", ctx="The Half-Year", reason="Inside a document name ('Half-Year Economic and Fiscal Update').")
d.NF("2030", ctx="Vision 2030", reason="Numeral inside a plan name ('Vision 2030').")
d.NF("A320", reason="Aircraft model name ('Airbus A320').")

d.RT("on Wednesday", resolved=None)
d.RT("by Easter", resolved="2027", note="In a quote; Easter 2027.")
d.RT("last month", resolved=None)
d.RT("a year earlier", resolved=None)

d.P("Tui Air", "ORG", "the struggling regional airline", "lend NZ$80 million to the struggling regional airline Tui Air",
    ["actor", "cited"], note="Later 'the airline'.")
d.P("Helen Matagi", "PERSON", "Finance Minister", "Finance Minister Helen Matagi said on Wednesday",
    ["quoted", "actor", "cited"], aliases=["Matagi"])
d.P("Treasury", "ORG", None, "Treasury cut its growth forecast", ["actor", "quoted", "cited"])
d.P("Ministry of Transport", "ORG", None, "the Ministry of Transport will appoint", ["actor"])
d.P("Mereana Walker", "PERSON", "Tui Air chief executive", "Tui Air chief executive Mereana Walker, 49, said",
    ["quoted", "cited", "actor"], aliases=["Walker"])
d.P("Daniel Ashby", "PERSON", "The opposition's finance spokesman", "The opposition's finance spokesman, Daniel Ashby",
    ["quoted", "cited"])
d.P("Reserve Bank of New Zealand", "ORG", None, "The Reserve Bank of New Zealand cut the official cash rate",
    ["actor"], aliases=["Reserve Bank"], note="'the Reserve Bank' in Tane's quote.")
d.P("Aroha Tane", "PERSON", "chief economist at Kauri Bank", "said Aroha Tane, chief economist at Kauri Bank",
    ["quoted", "cited"])
d.P("Aviation and Airports Workers Union", "ORG", None, "The Aviation and Airports Workers Union, which represents",
    ["actor", "cited"], note="Later 'its national secretary'.")
d.P("Sam Fifita", "PERSON", "its national secretary", "said its national secretary, Sam Fifita", ["quoted"])
d.P("Regional Airports Alliance", "ORG", None, "The Regional Airports Alliance said Tui Air owes", ["cited"])
d.P("Graham Pike", "PERSON", "Its chair", "Its chair, Graham Pike, said", ["cited"])
d.M("Kauri Bank", "ORG", "Only in Tane's role.")
d.M("Parliament", "ORG", "Where Matagi spoke (place).")
d.M("Auditor-General", "ORG", "Office the opposition wants to see the books (object only).")
d.M("Airbus A320", "PRODUCT", "Aircraft type Tui Air had planned to lease.")
d.M("Half-Year Economic and Fiscal Update", "DOCUMENT", "Treasury's forecast document; later 'the update'.")
d.M("Vision 2030", "PLAN", "Tui Air's dropped plan.")
d.write()
