import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg02_brackley_store_closures")

GRE = dict(aliases=["Gresley"], role="Brackley’s chief executive")
RDWU = dict(stype="ORG", aliases=["RDWU", "the union"])
d.Q("Fiona Gresley", "We have too many big shops in places where people no longer shop,", **GRE,
    cue="said Brackley’s chief executive, Fiona Gresley", note="Possessive role in an apposition after the name.")
d.Q("Fiona Gresley", "Keeping them open would put the other 164 at risk.", **GRE, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Fiona Gresley", "None of this is a judgement on the people who work in those stores. It is a judgement on the rent.",
    **GRE, cue="Gresley, 52, who joined from the supermarket group Penrose Foods in 2023, wrote in a letter to staff:",
    note="Colon-introduced quote from a letter.")
d.Q("Neil Ashdown", "painful but necessary.", aliases=["Ashdown"], role="Its finance director", syntax="phrase",
    cue="Its finance director, Neil Ashdown, told analysts on a call that cutting the interim dividend to 2.4p a share, "
        "from 5.1p, was",
    note="'Its' = Brackley. Reported speech ending in a 3-word fragment, period inside.")
d.Q("Tom Reddaway", "Every quarter they dithered cost shareholders money,", aliases=["Reddaway"],
    role="analyst of Fenwick Lane Capital", cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Ashdown and analyst Tom Reddaway of Fenwick Lane "
         "Capital clashed'); 'he' = Reddaway, the subject of 'Reddaway argued that the chain had waited'.")
d.Q("Retail and Distribution Workers’ Union", "less than a day’s notice.", **RDWU, syntax="phrase",
    cue="The Retail and Distribution Workers’ Union (RDWU), which represents about a third of Brackley’s 19,000 staff, "
        "said it had been given", note="Organisation fragment in reported speech.")
d.Q("Retail and Distribution Workers’ Union",
    "Our members built this company’s profits over 40 years, and they deserve better than a spreadsheet,", **RDWU,
    cue="the union said in a statement", note="Role-only organisation attribution (statement), own paragraph.")
d.Q("Greyfriars Property Trust", "disappointed but not surprised", stype="ORG", aliases=["the landlord"],
    syntax="phrase", cue="A spokeswoman for the landlord said it was",
    note="Unnamed spokeswoman for a role-only 'the landlord' (= Greyfriars, named in the sentence before): the quote "
         "goes to the organisation. Fragment.")
d.Q("Rachel Okoro", "Every one of these jobs is a family’s income, and I expect Brackley to treat its staff with respect,",
    aliases=["Business Minister Rachel Okoro", "the minister"], role="Business Minister", cue="the minister said",
    note="Role-only person attribution: 'the minister' = Business Minister Rachel Okoro (sentence before).")
d.Q("Fiona Gresley", "After that, we stop shrinking and start fixing,", **GRE, cue="she told Shopfloor Weekly",
    note="'she' = Gresley, the subject of the sentence before ('Gresley said the closures would be finished'); two "
         "other women (Okoro, Sandhu) are named in the two paragraphs before.")

d.F("23", 23, "count", "stores Brackley will shut (headline)", ctx="shut 23 stores")
d.F("1,150", 1150, "count", "jobs Brackley will cut (headline)", ctx="cut 1,150 jobs as")
d.F("38%", 38, "percent", "fall in interim profit (headline)", ctx="slumps 38%")
d.F("23", 23, "count", "stores Brackley will close", ctx="close 23 of")
d.F("187", 187, "count", "Brackley's shops")
d.F("about 1,150", 1150, "count", "jobs Brackley will cut", qualifier="about")
d.F("38%", 38, "percent", "fall in pre-tax profit", ctx="fell 38% to")
d.F("£41.2m", 41200000, "GBP", "pre-tax profit for the six months")
d.F("six months", 6, "months", "reporting period of the interim results")
d.F("31 August", "2026-08-31", "date", "end of the reporting period", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("4.6%", 4.6, "percent", "fall in revenue")
d.F("£1.37bn", 1370000000, "GBP", "revenue for the six months")
d.F("3.1%", 3.1, "percent", "fall in like-for-like sales")
d.F("1.8 percentage points", 1.8, "percentage points", "narrowing of the gross margin")
d.F("14%", 14, "percent", "fall in Brackley's shares")
d.F("96p", 96, "GBX", "Brackley's share price after the fall")
d.F("164", 164, "count", "stores that stay open (Gresley, in a quote)")
d.F("52", 52, "years", "age of Fiona Gresley", ctx="Gresley, 52,")
d.F("2023", 2023, "year", "when Gresley joined from Penrose Foods")
d.F("£35m", 35000000, "GBP", "yearly savings expected from the closures", note="Per year ('£35m a year').")
d.F("about £12m", 12000000, "GBP", "redundancy cost of the closures", qualifier="about")
d.F("2.4p", 2.4, "GBX", "new interim dividend per share")
d.F("5.1p", 5.1, "GBX", "previous interim dividend per share")
d.F("two years", 2, "years", "how long too long Brackley waited (Reddaway's argument)")
d.F("about a third", 0.3333333333, "fraction", "share of Brackley's staff the RDWU represents", qualifier="about")
d.F("19,000", 19000, "count", "Brackley's staff")
d.F("40 years", 40, "years", "how long RDWU members built the company's profits (in a quote)")
d.F("Nine", 9, "count", "closing stores in Greyfriars shopping centres")
d.F("11", 11, "count", "Brackley stores in Ireland")
d.F("7%", 7, "percent", "fall in sales at the Irish stores")
d.F("€48m", 48000000, "EUR", "sales at the Irish stores")
d.F("38", 38, "count", "chains that have announced closures this year", ctx="38 chains")
d.F("hundreds of millions of pounds", None, "GBP", "added to retailers' costs by employer national insurance",
    vague=True)
d.F("January", "2027-01", "date", "when the closures will be finished", value_inferred=True,
    note="'by the end of January' after results for the six months to 31 August 2026, so January 2027. Unsure.")

d.NF("250", ctx="FTSE 250", reason="Index name ('the FTSE 250 retailer').")
d.NF("quarter", ctx="Every quarter they dithered", reason="Reporting period inside a quote ('Every quarter'), not a fraction.")
d.NF("one", ctx="Every one of these jobs", reason="Idiom inside a quote ('Every one of').")

d.RT("next month", resolved=None)
d.RT("next week", resolved=None)
d.RT("this year", resolved="2026")

d.P("Brackley Stores plc", "ORG", "the homeware and clothing chain", "Brackley Stores plc, the homeware and clothing chain",
    ["actor", "cited"], aliases=["Brackley"],
    note="Later 'the FTSE 250 retailer', 'The company', 'the chain' and possessor 'Brackley’s chief executive'.")
d.P("Fiona Gresley", "PERSON", "Brackley’s chief executive", "said Brackley’s chief executive, Fiona Gresley",
    ["quoted", "cited", "actor"], aliases=["Gresley"])
d.P("Neil Ashdown", "PERSON", "Its finance director", "Its finance director, Neil Ashdown, told analysts",
    ["quoted", "actor"], aliases=["Ashdown"])
d.P("Tom Reddaway", "PERSON", "analyst of Fenwick Lane Capital", "Ashdown and analyst Tom Reddaway of Fenwick Lane",
    ["quoted", "cited", "actor"], aliases=["Reddaway"])
d.P("Retail and Distribution Workers’ Union", "ORG", None, "The Retail and Distribution Workers’ Union (RDWU), which",
    ["quoted", "actor"], aliases=["RDWU"], note="Acronym in brackets, then alone ('The RDWU will ballot'); 'the union'.")
d.P("Greyfriars Property Trust", "ORG", None, "shopping centres owned by Greyfriars Property Trust", ["quoted", "actor"],
    note="Later 'the landlord'.")
d.P("Rachel Okoro", "PERSON", "Business Minister", "Business Minister Rachel Okoro said", ["quoted", "cited"],
    note="Later 'the minister'.")
d.P("Department for Business and Trade", "ORG", None, "officials from the Department for Business and Trade would meet",
    ["actor"])
d.P("High Street Retailers Association", "ORG", None, "According to the High Street Retailers Association", ["cited"],
    note="Later 'Its director general'.")
d.P("Priya Sandhu", "PERSON", "Its director general", "Its director general, Priya Sandhu, said", ["cited"])
d.P("Shopfloor Weekly", "ORG", None, "she told Shopfloor Weekly", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.M("Penrose Foods", "ORG", "Only in Gresley's description ('joined from the supermarket group Penrose Foods').")
d.M("Fenwick Lane Capital", "ORG", "Only in Reddaway's role ('analyst Tom Reddaway of Fenwick Lane Capital').")
d.M("FTSE 250", "INDEX", "Stock index (modifier: 'the FTSE 250 retailer').")
d.M("Ireland", "GPE", "Location of 11 stores.")
d.M("Daventry", "GPE", "Location of the distribution centre.")
d.write()
