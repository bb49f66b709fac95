from goldlib import Doc

d = Doc("s08_tasmania_budget_housing", "Tasmanian budget bets $1.4 billion on housing as deficit widens")
INF = dict(value_inferred=True, note="Year not written; from the date line (Friday 20 November 2026).")
AUD = "Australian article: bare '$' is Australian dollars."

d.B("By Callum Reid, State Political Reporter", "byline")
d.B("Friday 20 November 2026", "date line")
d.NF("20 November 2026", reason="Publication date in boilerplate.")

ASH = dict(aliases=["Ms Ashby"], role="Treasurer")
d.Q("Bronwyn Ashby", "This is a budget for the people who have been locked out,", **ASH, cue="she said",
    note="Pronoun attribution after 'Ms Ashby told parliament'.")
d.Q("Bronwyn Ashby",
    "For a couple in their thirties in Hobart, the dream of owning a home has become a rental receipt every week.",
    **ASH, attribution="implicit", cue="continuation after 'she said'")
d.Q("Dale Whitford", "We could have balanced the books by Christmas and left another generation renting forever. We chose homes.",
    role="Premier", cue="he framed the choice this way:", note="Colon-introduced quotation; 'he' = Premier Dale Whitford.")
TR = dict(aliases=["Mr Tran"], role="Shadow Treasurer")
d.Q("Nick Tran", "fantasy numbers", **TR, syntax="phrase", cue="Shadow Treasurer Nick Tran said the forecasts rested on")
d.Q("Nick Tran", "They cannot build what they have already promised, so they have promised more,", **TR,
    cue="Mr Tran said")
RA = dict(role="The alliance’s chief executive")
d.Q("Priya Raman", "Grants for buyers are lovely if you already have a deposit,", **RA, cue="she said")
d.Q("Priya Raman", "Most of the people we see have never had one.", **RA, attribution="implicit",
    cue="continuation after 'she said'")

d.F("$1.4 billion", 1400000000, "AUD", "housing package (headline)", ctx="bets $1.4 billion", note=AUD)
d.F("$1.4 billion", 1400000000, "AUD", "housing package", ctx="unveiled a $1.4 billion", note=AUD)
d.F("10,000", 10000, "count", "new homes promised")
d.F("2032", 2032, "year", "deadline for the 10,000 homes")
d.F("$312 million", 312000000, "AUD", "state deficit", note=AUD)
d.F("past $5.9 billion", 5900000000, "AUD", "state net debt", qualifier="past", note=AUD)
d.F("July", "2026-07", "date", "month of the election that delayed the budget", **INF)
d.F("up to $750,000", 750000, "AUD", "property value cap for first-home buyer stamp duty relief", qualifier="up to")
d.F("$600,000", 600000, "AUD", "previous cap")
d.F("$15,000", 15000, "AUD", "grant for buyers of newly built homes")
d.F("thirties", [30, 39], "years", "age of the couple in Ashby's example",
    note="Decade of age written as a word; range value.")
d.F("$560", 560, "AUD", "median weekly rent in Greater Hobart")
d.F("September", "2026-09", "date", "month of the median rent figure", **INF)
d.F("4,870", 4870, "count", "applications on the social housing waiting list")
d.F("roughly one in three", 0.3333333333, "fraction", "share of applications from people aged 25 to 34",
    qualifier="roughly")
d.F("25 to 34", [25, 34], "years", "age band of applicants")
d.F("$118 million", 118000000, "AUD", "projected deficit in 2027-28")
d.F("2027-28", "2027/2028", "date", "financial year of the $118 million deficit")
d.F("$41 million", 41000000, "AUD", "projected surplus the following year")
d.F("fewer than 1,300", 1300, "count", "homes built of those promised", qualifier="fewer than")
d.F("3,500", 3500, "count", "homes promised at the previous election")
d.F("Roughly 4%", 4, "percent", "share of Hobart dwellings listed on short-stay platforms", qualifier="roughly")
d.F("27", 27, "count", "community groups in the Tasmanian Housing Alliance", ctx="coalition of 27")
d.F("at least 2,000", 2000, "count", "social homes needed a year", qualifier="at least")
d.F("650", 650, "count", "social homes a year funded by the budget", ctx="not the 650")
d.F("about 900", 900, "count", "employers represented by Business Hobart", qualifier="about")
d.F("400", 400, "count", "extra apprenticeships sought", ctx="fund 400 extra")
d.F("1.6%", 1.6, "percent", "forecast economic growth this financial year")
d.F("-0.2%", -0.2, "percent", "population growth in the year to June")
d.F("June", "2026-06", "date", "end of the year for the population figure", **INF)
d.F("first", 1, "ordinal", "first population fall since 2005", ctx="the first fall")
d.F("2005", 2005, "year", "previous population fall")
d.F("December 7", "2026-12-07", "date", "start of budget estimates hearings", **INF)

d.NF("first", ctx="for first-home buyers", reason="Part of the compound 'first-home buyers'.")
d.NF("one", ctx="never had one", reason="Pronoun 'one', not a count.")

d.RT("Thursday", resolved="2026-11-19")
d.RT("every week", resolved=None, note="Frequency, not a date.")
d.RT("Christmas", resolved="2026-12-25")
d.RT("the following year", resolved="2028/2029", note="Financial year after 2027-28.")
d.RT("this financial year", resolved="2026/2027")

d.P("Bronwyn Ashby", "PERSON", "Treasurer", "Tasmania’s Treasurer, Bronwyn Ashby, has unveiled", ["quoted", "actor"],
    aliases=["Ms Ashby"])
d.P("Australian Bureau of Statistics", "ORG", None, "according to the Australian Bureau of Statistics", ["cited"])
d.P("Dale Whitford", "PERSON", "Premier", "Premier Dale Whitford was more direct", ["quoted"])
d.P("Nick Tran", "PERSON", "Shadow Treasurer", "Shadow Treasurer Nick Tran said", ["quoted"], aliases=["Mr Tran"])
d.P("Rosalind Carr", "PERSON", "Independent MP", "Independent MP Rosalind Carr, whose vote", ["cited", "actor"])
d.P("Tasmanian Housing Alliance", "ORG", "a coalition of 27 community groups", "according to the Tasmanian Housing Alliance",
    ["cited"])
d.P("Priya Raman", "PERSON", "The alliance’s chief executive", "The alliance’s chief executive, Dr. Priya Raman, welcomed",
    ["quoted"])
d.P("Business Hobart", "ORG", None, "Business Hobart, which represents about 900 employers", ["cited"])
d.P("Kingsfield Ratings", "ORG", "The ratings agency", "The ratings agency Kingsfield Ratings kept", ["actor"])

d.M("Tasmania", "GPE", "The state; its government acts through named ministers.")
d.M("Hobart", "GPE", "Location.")
d.M("Greater Hobart", "GPE", "Statistical area.")

d.write()
