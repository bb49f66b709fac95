from goldlib import Doc
d = Doc("d02_dublin_rents")

DOY = dict(aliases=["Mr Doyle", "the minister"], role="The Minister for Housing")
BRE = dict(aliases=["Ms Brennan"], role="chief executive of the charity Safe Harbour Ireland")
d.Q("Ciarán Doyle", "decisive", "promises 'decisive' action", **DOY, syntax="phrase", marks="single",
    cue="minister promises", note="Headline quote in single marks; the speaker is named only in the body.")
d.Q("Ciarán Doyle", "unacceptable", **DOY, syntax="phrase", cue="Ciarán Doyle, said the figures were")
d.Q("Ciarán Doyle", "decisive", "promised “decisive” measures", **DOY, syntax="phrase", cue="promised")
d.Q("Ciarán Doyle", "We will build more, we will build faster, and we will stop treating a home as a financial asset.",
    **DOY, cue="the minister set out his priorities:", note="Colon-introduced quote; speaker by role.")
d.Q("Aoife Brennan", "Every month we see families who have done everything right and still cannot find anywhere to live,",
    **BRE, cue="said Aoife Brennan")
d.Q("Aoife Brennan", "One in four of the people who contact us now is in full-time work.", **BRE,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Rory Kavanagh", "The maths has not changed in a decade. We are simply not building enough,",
    aliases=["Mr Kavanagh"], role="chief economist at Liffey Mutual Bank", cue="he said",
    note="Pronoun speaker; Kavanagh named in the previous paragraph.")
d.Q("Ciarán Doyle", "Nobody in this Government is pretending the problem is solved,", **DOY, cue="the minister said",
    note="Speaker referred to only by role.")
d.Q("Ciarán Doyle", "But a freeze would stop building overnight, and we have seen that film before.", **DOY,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Aoife Brennan", "People deserve to know what is really happening behind the averages,", **BRE, cue="she said")

d.F("€2,310", 2310, "EUR", "average monthly Dublin rent for new tenancies (headline)", ctx="hit €2,310")
d.F("€2,310", 2310, "EUR", "average monthly Dublin rent for new tenancies", ctx="rose to €2,310")
d.F("second", 2, "ordinal", "quarter of the year covered by the rent figures", ctx="the second quarter")
d.F("8.7%", 8.7, "percent", "annual rise in Dublin rents")
d.F("€1,465", 1465, "EUR", "average monthly rent outside Dublin")
d.F("11.2%", 11.2, "percent", "rise in Galway rents")
d.F("9.9%", 9.9, "percent", "rise in Cork rents")
d.F("85 sq m", 85, "sq m", "floor area of the example Dublin 8 apartment")
d.F("about €2,600", 2600, "EUR", "monthly rent of an 85 sq m two-bedroom apartment in Dublin 8", qualifier="about")
d.F("4,000", 4000, "count", "cost-rental homes the Department of Housing will fund next year")
d.F("€1.2bn", 1200000000, "EUR", "credit line from the Irish Homes Investment Agency")
d.F("25%", 25, "percent", "cap on cost-rental rents below market levels")
d.F("One in four", 0.25, "fraction", "share of Safe Harbour Ireland's contacts in full-time work")
d.F("21,400", 21400, "count", "calls to Safe Harbour Ireland's advice line last year")
d.F("a third", 0.3333333333, "fraction", "rise in calls to the advice line ('up by a third')")
d.F("1,870", 1870, "count", "households the charity helped avoid homelessness")
d.F("between 50,000 and 60,000", [50000, 60000], "count", "new homes the State needs a year (Kavanagh)")
d.F("32,695", 32695, "count", "homes completed last year")
d.F("a decade", 10, "years", "period over which 'the maths has not changed'")
d.F("roughly 30%", 30, "percent", "rise in construction costs since 2020", qualifier="roughly")
d.F("2020", 2020, "year", "base year for the construction-cost rise")
d.F("at least €2,900", 2900, "EUR", "monthly rent a typical apartment scheme needs to break even", qualifier="at least")
d.F("up to four times", 4, "times", "maximum mortgage for first-time buyers as a multiple of gross income",
    qualifier="up to")
d.F("three-year", 3, "years", "length of the emergency rent freeze sought by opposition TDs")
d.F("6,112", 6112, "count", "tenancies ended in the quarter because landlords were selling")
d.F("14%", 14, "percent", "rise in tenancies ended by landlords selling, year on year")
d.F("2,000", 2000, "count", "renters in Safe Harbour Ireland's planned survey", ctx="of 2,000 renters")
d.F("six weeks", 6, "weeks", "time within which the charity will publish its survey")

d.NF("8", ctx="in Dublin 8 now", reason="Numeral in a postal district name (Dublin 8).")
d.NF("two", ctx="two-bedroom", reason="Property type descriptor ('two-bedroom'), not a quiz figure.")
d.NF("first", ctx="first-time buyers", reason="Fixed term ('first-time buyers').")

d.RT("a year earlier", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("before the Dáil rises for the summer", resolved=None)
d.RT("next year", resolved=None)
d.RT("last year", ctx="advice line rose to 21,400 last year", resolved=None)
d.RT("last year", ctx="32,695 completed last year", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("the same period last year", resolved=None)

d.P("Private Tenancies Authority", "ORG", None, "by the Private Tenancies Authority (PTA)", ["cited"], aliases=["PTA"])
d.P("Ciarán Doyle", "PERSON", "The Minister for Housing", "The Minister for Housing, Ciarán Doyle", ["quoted", "actor"],
    aliases=["Mr Doyle"])
d.P("Department of Housing", "ORG", None, "the Department of Housing would fund", ["actor"])
d.P("Irish Homes Investment Agency", "ORG", None, "from the Irish Homes Investment Agency (IHIA)", ["actor"],
    aliases=["IHIA"])
d.P("Aoife Brennan", "PERSON", "chief executive of the charity Safe Harbour Ireland", "said Aoife Brennan",
    ["quoted"], aliases=["Ms Brennan"])
d.P("Safe Harbour Ireland", "ORG", None, "The charity said calls to its advice line", ["cited"],
    note="Named in Brennan's role, and also cited on its own ('The charity said').")
d.P("Rory Kavanagh", "PERSON", "chief economist at Liffey Mutual Bank", "Rory Kavanagh, chief economist", ["quoted", "cited"],
    aliases=["Mr Kavanagh"])
d.P("Central Bank of Ireland", "ORG", None, "The Central Bank of Ireland, which sets", ["cited"])
d.P("Shannon Radio", "ORG", None, "Speaking on Shannon Radio", ["actor"], note="Broadcaster on which the minister spoke.")
d.M("Liffey Mutual Bank", "ORG", "Only in Kavanagh's role.")
d.M("Dáil", "ORG", "Parliament, only as a time reference.")
d.M("Government Buildings", "ORG", "Venue.")
d.M("Dublin", "GPE", "Location.")
d.M("Galway", "GPE", "Location.")
d.M("Cork", "GPE", "Location.")
d.write()
