import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ea02_harlow_vale_warning")

ACH = dict(aliases=["Mr Achebe", "the chief executive"], role="chief executive")
ELL = dict(aliases=["Ms Ellery"], role="The company’s finance director")
CMA = dict(stype="ORG", aliases=["CMA"])
HBA = dict(stype="ORG", aliases=["the alliance"])
d.Q("Martin Achebe", "brutal", "after ‘brutal’ spring", **ACH, syntax="phrase", marks="single",
    cue="shares slide after", note="Headline fragment in single marks; the speaker is named only in the body.")
d.Q("Martin Achebe", "brutal", "had been “brutal”", **ACH, syntax="phrase",
    cue="Martin Achebe, chief executive, said the spring market had been")
d.Q("Martin Achebe", "Buyers are there, they are just not ready to commit at today’s rates. We have had people walk away "
    "from reservations two days before exchange,", **ACH, cue="he said")
d.Q("Martin Achebe", "at this stage", **ACH, syntax="phrase", cue="Mr Achebe ... said there would be no redundancies")
d.Q("Martin Achebe", "We will be ready when the market turns,", **ACH, cue="the chief executive said",
    note="Role-only reference to Mr Achebe.")
d.Q("Ruth Ellery", "Our balance sheet is one of the strongest in the sector,", **ELL, cue="Ms Ellery said")
d.Q("Tom Hadley", "This is the third downgrade in nine months, and the market has simply run out of patience,",
    aliases=["Mr Hadley"], role="of Carrick Stockbrokers", cue="Mr Hadley said")
d.Q("top-20 shareholder", "The board needs to stop waiting for a rate cut and start running the business for the world as it is.",
    stype="ANONYMOUS", role="top-20 shareholder", cue="One top-20 shareholder, who asked not to be named, was blunter:",
    note="Anonymous source; colon-introduced quote.")
d.Q("Competition and Markets Authority", "in the autumn", **CMA, syntax="phrase",
    cue="The CMA said last week that it expected to reach a decision")
d.Q("Housebuilders’ Alliance", "slipping out of reach", **HBA, syntax="phrase",
    cue="The Housebuilders’ Alliance, the industry’s trade body, warned that the government’s target ... was")
d.Q("Housebuilders’ Alliance", "Planning delays and the cost of borrowing are a toxic combination. Smaller builders are "
    "being squeezed hardest.", **HBA, cue="A spokeswoman for the alliance said:",
    note="Spokesperson quote goes to the organisation; colon-introduced.")
d.Q("Alan Prior", "anxious but not surprised", role="Its general secretary", syntax="phrase",
    cue="Its general secretary, Alan Prior, said members on Harlow Vale sites were")

d.F("almost a fifth", 0.2, "fraction", "fall in Harlow Vale Homes shares", qualifier="almost")
d.F("between £180m and £195m", [180000000, 195000000], "GBP", "expected pre-tax profit for the year to June 30")
d.F("June 30", "2026-06-30", "date", "end of Harlow Vale's financial year", value_inferred=True,
    note="Year not written; 2026 from context (current trading to May 9, results on September 16).")
d.F("£262m", 262000000, "GBP", "pre-tax profit a year earlier")
d.F("87p", 87, "GBX", "fall in the share price")
d.F("18.6 per cent", 18.6, "percent", "fall in the share price")
d.F("381p", 381, "GBX", "closing share price")
d.F("March 2020", "2020-03", "date", "last time the shares were this low")
d.F("0.4 per cent", 0.4, "percent", "fall in the FTSE 250 index")
d.F("two days", 2, "days", "how long before exchange buyers walked away (Achebe)")
d.F("0.48", 0.48, "count", "sales rate, homes per outlet per week", note="A rate: homes per outlet per week.")
d.F("10 weeks", 10, "weeks", "period of the sales-rate figure")
d.F("May 9", "2026-05-09", "date", "end of the 10-week period", value_inferred=True, note="Year inferred (2026).")
d.F("0.61", 0.61, "count", "sales rate a year earlier, homes per outlet per week")
d.F("about 4,200", 4200, "count", "homes Harlow Vale builds a year", qualifier="about")
d.F("96", 96, "count", "sites Harlow Vale builds from")
d.F("600", 600, "count", "cut in planned completions")
d.F("340-acre", 340, "acres", "size of the site near Ashford put on hold")
d.F("2023", 2023, "year", "when Achebe joined Harlow Vale")
d.F("11 years", 11, "years", "Achebe's time at Brackenfield Group")
d.F("£143m", 143000000, "GBP", "net cash")
d.F("21.5p", 21.5, "GBX", "final dividend per share")
d.F("420p", 420, "GBX", "Carrick Stockbrokers' new price target")
d.F("610p", 610, "GBX", "Carrick Stockbrokers' previous price target")
d.F("third", 3, "ordinal", "downgrade count (Hadley)", ctx="the third downgrade")
d.F("nine months", 9, "months", "period of the three downgrades (Hadley)")
d.F("5.12 per cent", 5.12, "percent", "average two-year fixed mortgage rate last month")
d.F("0.3 percentage points", 0.3, "percentage points", "rise in the average two-year fixed rate since January")
d.F("January", "2026-01", "date", "start of the mortgage-rate comparison", value_inferred=True, note="Year inferred (2026).")
d.F("4.5 per cent", 4.5, "percent", "Bank of England interest rate")
d.F("one", 1, "count", "further rate cuts traders price in this year", ctx="only one more cut")
d.F("eight", 8, "count", "housebuilders under CMA investigation")
d.F("1.5 million", 1500000, "count", "government target for new homes in England")
d.F("2029", 2029, "year", "deadline of the government's housing target")
d.F("about 2,800", 2800, "count", "Harlow Vale employees", qualifier="about")
d.F("September 16", "2026-09-16", "date", "full-year results date", value_inferred=True, note="Year inferred (2026).")

d.NF("250", ctx="The FTSE 250 group", reason="Index name (FTSE 250).")
d.NF("250", ctx="wider FTSE 250 index", reason="Index name (FTSE 250).")
d.NF("one", ctx="is one of the strongest", reason="Idiom 'one of the strongest' inside a quote.")
d.NF("top-20", reason="Descriptor of the anonymous shareholder, not a reported quantity.")
d.NF("two", ctx="average two-year fixed", reason="Product term ('two-year fixed mortgage rate').")
d.NF("One", ctx="One top-20", reason="Indefinite determiner ('One top-20 shareholder').")
d.NF("one", ctx="is also one of eight", reason="'one of eight' - the figure is eight.")

d.RT("yesterday", resolved=None)
d.RT("a year earlier", ctx="against £262m a year earlier", resolved=None)
d.RT("a year earlier", ctx="from 0.61 a year earlier", resolved=None)
d.RT("last month", resolved=None)
d.RT("this month", resolved=None)
d.RT("this year", resolved="2026")
d.RT("last week", resolved=None)
d.RT("in the autumn", resolved=None, note="Inside a quote.")

d.P("Harlow Vale Homes", "ORG", None, "Shares in Harlow Vale Homes fell", ["actor", "cited"], aliases=["Harlow Vale"])
d.P("Martin Achebe", "PERSON", "chief executive", "Martin Achebe, chief executive, said", ["quoted"], aliases=["Mr Achebe"])
d.P("Ruth Ellery", "PERSON", "The company’s finance director", "The company’s finance director, Ruth Ellery", ["quoted", "cited"],
    aliases=["Ms Ellery"])
d.P("Tom Hadley", "PERSON", "of Carrick Stockbrokers", "Tom Hadley of Carrick Stockbrokers", ["quoted", "actor"],
    aliases=["Mr Hadley"], note="Role in the 'X of Y' form; an analyst ('Analysts were less forgiving').")
d.P("Ratewatch UK", "ORG", None, "according to the data provider Ratewatch UK", ["cited"])
d.P("Bank of England", "ORG", None, "The Bank of England held interest rates", ["actor"])
d.P("Competition and Markets Authority", "ORG", None, "under investigation by the Competition and Markets Authority",
    ["actor", "quoted"], aliases=["CMA"])
d.P("Housebuilders’ Alliance", "ORG", "the industry’s trade body", "The Housebuilders’ Alliance, the industry’s trade body",
    ["quoted"])
d.P("Construction Workers’ Guild", "ORG", None, "The Construction Workers’ Guild said", ["cited"])
d.P("Alan Prior", "PERSON", "Its general secretary", "Its general secretary, Alan Prior", ["quoted"])
d.M("Carrick Stockbrokers", "ORG", "Only in Hadley's role.")
d.M("Brackenfield Group", "ORG", "Achebe's previous employer (background).")
d.M("FTSE 250", "INDEX", "Stock index.")
d.M("South East", "GPE", "Region (background).")
d.M("Ashford", "GPE", "Location of the site put on hold.")
d.M("England", "GPE", "Scope of the housing target.")
d.write()
