import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("de03_harcastle_homes_results")
d.B("*By Eleanor Pryce, property correspondent — 15 September 2026*", "byline")

d.Q("Martin Ashdown", "We are building for the buyer who is coming back, not the one who has already left,",
    role="chief executive", cue="chief executive Martin Ashdown told analysts")
d.Q("Priya Chandran", "Buyers will trade a bedroom for a garden every time,", role="Finance director", cue="she said")
d.Q("Tom Reddaway", "Rates have come down about as fast as a glacier,", role="chief economist at the building society",
    cue="said Tom Reddaway, chief economist at the building society",
    note="'the building society' = Pennine Mutual Building Society.")
d.Q("New Homes Council", "The pipeline is thinning, and that will show up in 2028,", stype="ORG",
    aliases=["the council"], cue="the council said", note="Role-only organisation attribution.")
d.Q("Rachel Okonjo", "We will not hit our target by waiting for the market to feel brave,",
    aliases=["Housing Minister Rachel Okonjo"], role="Housing Minister", cue="she said")
d.Q("Nadia Brook", "Every landlord who sells is a family looking for somewhere else to live,",
    role="chief executive of the housing charity Roofline",
    cue="said Nadia Brook, chief executive of the housing charity Roofline")
d.Q("Oliver Stainton", "Harcastle is cheap for a reason, and the reason is the mortgage market,",
    role="an analyst at Corbridge Securities", cue="said Oliver Stainton, an analyst at Corbridge Securities")

d.F("£350m", 350000000, "GBP", "Harcastle's pre-tax profit (headline)", ctx="falls to £350m")
d.F("12%", 12, "percent", "fall in pre-tax profit", note="'a 12% fall'.")
d.F("£350m", 350000000, "GBP", "Harcastle's pre-tax profit", ctx="profit to £350m")
d.F("June 30", "2026-06-30", "date", "end of Harcastle's financial year", value_inferred=True,
    note="'the year to June 30'; year from the byline (September 2026).")
d.F("2026-27", [2026, 2027], "year", "financial year in which completions will be flat",
    note="Harcastle's year to June 2027, stored as a year range like dev6a/dev7a.")
d.F("4%", 4, "percent", "fall in revenue", ctx="fell 4%")
d.F("£2.31bn", 2310000000, "GBP", "Harcastle's revenue")
d.F("9,480", 9480, "count", "homes completed")
d.F("£312,000", 312000, "GBP", "average selling price")
d.F("about 52,000", 52000, "count", "plots in the land bank", qualifier="about")
d.F("38p", 38, "GBX", "fall in Harcastle's share price")
d.F("3.3%", 3.3, "percent", "fall in Harcastle's share price")
d.F("1,104p", 1104, "GBX", "Harcastle's share price after the fall")
d.F("21.4 pence", 21.4, "GBX", "final dividend per share")
d.F("27 pence", 27, "GBX", "previous final dividend per share")
d.F("45", 45, "count", "sites Harcastle plans to open next year", ctx="the 45 sites")
d.F("40 to 60", [40, 60], "count", "homes on each new site")
d.F("6%", 6, "percent", "rise in build costs")
d.F("1,150 sq ft", 1150, "sq ft", "average house type now")
d.F("about 1,200 sq ft", 1200, "sq ft", "average house type before", qualifier="about")
d.F("About a third", 0.3333333333, "fraction", "share of Harcastle's buyers who were first-time buyers last year",
    qualifier="About")
d.F("nearly half", 0.5, "fraction", "share of first-time buyers in 2022", qualifier="nearly")
d.F("2022", 2022, "year", "year of the first-time buyer comparison")
d.F("25 basis points", 25, "basis points", "Bank of England base rate cut")
d.F("3.75%", 3.75, "percent", "Bank of England base rate after the cut")
d.F("4.9%", 4.9, "percent", "average two-year fixed mortgage rate (Pennine Mutual)")
d.F("between 3% and 4%", [3, 4], "percent", "expected rise in mortgage approvals next year (Pennine Mutual)")
d.F("-2.1%", -2.1, "percent", "year-on-year change in private housing starts in England (New Homes Council)")
d.F("second quarter", "2026-04/2026-06", "date", "quarter of the -2.1% housing starts figure", value_inferred=True,
    note="Year from the byline (September 2026).")
d.F("2028", 2028, "year", "when the thinning pipeline will show (in a quote)")
d.F("1.2 million", 1200000, "count", "homes the government says it will deliver")
d.F("2031", 2031, "year", "deadline of the 1.2 million homes target", note="'by 2031'; 'by' left out.")
d.F("April", "2027-04", "date", "deadline for abolishing Section 21 evictions", value_inferred=True,
    note="'by April': the next April after the September 2026 story. Unsure.")
d.F("7.2%", 7.2, "percent", "rise in rents for new lets in England (Keyhaven)")
d.F("August", "2026-08", "date", "end of the 12-month rent period", value_inferred=True, note="Year from the byline.")
d.F("one in five", 0.2, "fraction", "Lettings Alliance members planning to sell")
d.F("about 0.8 times", 0.8, "times", "Harcastle's share price relative to its asset value", qualifier="about")
d.F("a decade", 10, "years", "period over which the share valuation is the lowest", note="'the lowest in a decade'.")
d.F("1,250p", 1250, "GBX", "Corbridge Securities' new price target (Stainton)")
d.F("1,400p", 1400, "GBX", "Corbridge Securities' previous price target (Stainton)")

d.NF("15", ctx="— 15 September", reason="Date in the byline.")
d.NF("2026", ctx="September 2026*", reason="Year in the byline.")
d.NF("250", ctx="FTSE 250", reason="Numeral inside an index name ('FTSE 250').")
d.NF("first", ctx="keeping first-time", reason="Descriptor ('first-time buyers').")
d.NF("one", ctx="not the one", reason="Pronoun inside a quote ('not the one who has already left').")
d.NF("one", ctx="any one site", reason="Idiom ('any one site').")
d.NF("first", ctx="were first-time", reason="Descriptor ('first-time buyers').")
d.NF("two", ctx="average two-year fixed", reason="Product term ('two-year fixed mortgage').")
d.NF("21", ctx="Section 21", reason="Numeral inside a legal name ('Section 21').")

d.RT("next year", ctx="open next year", resolved="2027")
d.RT("in the past", resolved=None)
d.RT("last year", ctx="buyers last year", resolved="2025-26", note="Harcastle's previous financial year (to June 2026).")
d.RT("last month", resolved="2026-08")
d.RT("next year", ctx="4% next year", resolved="2027")

d.P("Harcastle Homes", "ORG", "the FTSE 250 housebuilder", "Harcastle Homes, the FTSE 250 housebuilder, reported",
    ["actor", "cited"], aliases=["Harcastle"], note="Later 'The group', 'the company said'.")
d.P("Martin Ashdown", "PERSON", "chief executive", "chief executive Martin Ashdown told analysts", ["quoted", "cited"])
d.P("Priya Chandran", "PERSON", "Finance director", "Finance director Priya Chandran said", ["quoted", "cited"])
d.P("Bank of England", "ORG", None, "The Bank of England cut its base rate", ["actor"])
d.P("Pennine Mutual Building Society", "ORG", None, "according to Pennine Mutual Building Society", ["cited"],
    note="Later 'the building society'.")
d.P("Tom Reddaway", "PERSON", "chief economist at the building society", "said Tom Reddaway, chief economist",
    ["quoted"])
d.P("New Homes Council", "ORG", "the industry’s trade body", "The New Homes Council, the industry’s trade body, said",
    ["cited", "quoted"], note="Later 'the council'.")
d.P("Rachel Okonjo", "PERSON", "Housing Minister", "Housing Minister Rachel Okonjo said", ["quoted", "cited"])
d.P("Keyhaven", "ORG", "the property portal", "according to the property portal Keyhaven", ["cited"])
d.P("Lettings Alliance", "ORG", None, "the Lettings Alliance said one in five", ["cited"])
d.P("Nadia Brook", "PERSON", "chief executive of the housing charity Roofline", "said Nadia Brook, chief executive",
    ["quoted"])
d.P("Oliver Stainton", "PERSON", "an analyst at Corbridge Securities", "said Oliver Stainton, an analyst",
    ["quoted", "actor"], note="Cut his price target.")
d.M("Roofline", "ORG", "Only in Brook's role.")
d.M("Corbridge Securities", "ORG", "Only in Stainton's role.")
d.M("London", "GPE", "Location (trading).")
d.M("England", "GPE", "Background.")
d.M("Eleanor Pryce", "PERSON", "Byline author (boilerplate).")
d.write()
