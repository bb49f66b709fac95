from goldlib import Doc

d = Doc("s01_central_bank_accra", "Bank of Ghana cuts key rate for first time in 18 months as inflation cools")
INF = dict(value_inferred=True, note="Year not written; 2026/2027 from the dateline context (decision on Monday 23 November 2026).")

# boilerplate
d.B("By Efua Owusu-Ansah, Economics Correspondent", "byline")
d.B("ACCRA, Nov. 23 —", "dateline", partial=True, note="Inline city dateline; first content sentence starts after it.")
d.NF("Nov. 23", reason="Date inside the dateline (publication metadata).")

# quotes
GOV = dict(aliases=["Asamoah-Boateng"], role="Governor")
d.Q("Kwabena Asamoah-Boateng",
    "This is not a victory lap. Inflation is still more than double our target, and we will not hesitate to reverse course if the cedi comes under renewed pressure.",
    **GOV, cue="Asamoah-Boateng was blunt about the limits of the move:", note="Colon-introduced quotation of two sentences.")
DARKO = dict(aliases=["Darko"], role="chief economist at Kumasi Trust Bank (KTB)")
d.Q("Nana Yaa Darko", "They have gone further than the market priced,", **DARKO, cue="said Nana Yaa Darko")
d.Q("Nana Yaa Darko", "I think that is a signal the committee now worries more about growth than about the exchange rate.",
    **DARKO, attribution="implicit", cue="continuation after 'said Nana Yaa Darko'")
d.Q("Nana Yaa Darko", "several months", **DARKO, syntax="phrase", cue="Darko added that ... would take",
    note="Scare-quoted fragment attributed in the same sentence.")
d.Q("Ghana Manufacturers’ Forum", "a good first step", stype="ORG", syntax="phrase", cue="called the cut")
d.Q("Kofi Mensah-Bonsu", "Cutting before the budget is a gamble,", role="a former deputy governor", cue="he said",
    note="Pronoun attribution; 'he' = Kofi Mensah-Bonsu from the previous sentence.")
d.Q("Ministry of Finance",
    "The fiscal anchor remains intact, and we expect the primary surplus to reach 1.5% of GDP next year,",
    stype="ORG", cue="the ministry said", note="'Ghana’s Ministry of Finance' referred to as 'the ministry'.")
d.Q("Kwabena Asamoah-Boateng", "We will be guided by the data, not by the calendar,", **GOV, cue="he said",
    note="Pronoun attribution after 'Asamoah-Boateng said further cuts were possible'.")

# figures
d.F("first", 1, "ordinal", "first rate cut in 18 months (headline)", ctx="cuts key rate for first time")
d.F("18 months", 18, "months", "time since the previous rate cut (headline)", ctx="first time in 18 months as")
d.F("150 basis points", 150, "basis points", "size of the policy rate cut")
d.F("24.5%", 24.5, "percent", "new benchmark policy rate")
d.F("first", 1, "ordinal", "first cut in 18 months", ctx="its first cut in")
d.F("18 months", 18, "months", "time since the previous cut", ctx="its first cut in 18 months")
d.F("17.8%", 17.8, "percent", "consumer price inflation in October")
d.F("October", "2026-10", "date", "month of 17.8% inflation", ctx="17.8% in October", **INF)
d.F("21.3%", 21.3, "percent", "consumer price inflation in July")
d.F("July", "2026-07", "date", "month of 21.3% inflation", ctx="21.3% in July", **INF)
d.F("between 12% and 14%", [12, 14], "percent", "expected inflation range by end of 2027", qualifier="between")
d.F("2027", 2027, "year", "inflation forecast horizon", ctx="by the end of 2027")
d.F("roughly 9%", 9, "percent", "cedi gain against the US dollar since June", qualifier="roughly")
d.F("June", "2026-06", "date", "start of the cedi's gain", ctx="since June and", **INF)
d.F("11.62", 11.62, "GHS", "cedi exchange rate per US dollar on Friday", note="Cedis per dollar.")
d.F("$8.9 billion", 8900000000, "USD", "gross international reserves at end of October")
d.F("October", "2026-10", "date", "date of the reserves figure", ctx="at the end of October,", **INF)
d.F("3.8 months", 3.8, "months", "import cover of the reserves")
d.F("14", 14, "count", "economists polled by The Meridian", ctx="Of 14 economists")
d.F("nine", 9, "count", "economists expecting a 100bp cut", ctx="nine expected")
d.F("100 basis points", 100, "basis points", "cut expected by most polled economists")
d.F("five", 5, "count", "economists forecasting no change", ctx="and five forecast")
d.F("31.4%", 31.4, "percent", "average commercial bank lending rate in September")
d.F("September", "2026-09", "date", "month of the average lending rate", ctx="31.4% in September", **INF)
d.F("several months", None, "months", "time for lending rates to follow the policy rate", vague=True)
d.F("around 28%", 28, "percent", "mortgage rates", qualifier="around")
d.F("about 1,800", 1800, "count", "firms represented by the Ghana Manufacturers’ Forum", qualifier="about")
d.F("GH₵1.9", 1.9, "GHS", "industrial power price per kilowatt-hour", note="Per kilowatt-hour.")
d.F("nearly a third", 0.3333333333, "fraction", "rise in industrial power price over a year", qualifier="nearly")
d.F("2022", 2022, "year", "year the cedi lost almost half its value")
d.F("almost half", 0.5, "fraction", "share of value the cedi lost in 2022", qualifier="almost")
d.F("2027", 2027, "year", "budget year", ctx="present the 2027 budget")
d.F("Dec. 3", "2026-12-03", "date", "date the 2027 budget is presented", **INF)
d.F("1.5%", 1.5, "percent", "expected primary surplus as share of GDP next year")
d.F("Jan. 26–28", "2027-01-26/2027-01-28", "date", "next Monetary Policy Committee meeting", **INF)
d.F("2027", 2027, "year", "year-end of KTB policy rate forecast", ctx="rate to end 2027 at")
d.F("20%", 20, "percent", "KTB forecast for the policy rate at end-2027")
d.F("450 basis points", 450, "basis points", "cumulative easing implied by KTB forecast")

d.NF("double", reason="'more than double our target': comparative idiom, not a stated figure (old-set convention).")
d.NF("first", ctx="a good first step", reason="Idiom inside a quote ('a good first step').")

# relative time
d.RT("Monday", ctx="24.5% on Monday", resolved="2026-11-23")
d.RT("Friday", ctx="per dollar on Friday", resolved="2026-11-20")
d.RT("last week", resolved="2026-11-16/2026-11-22")
d.RT("a year ago", resolved="2025-11")
d.RT("Monday evening", resolved="2026-11-23")
d.RT("next year", resolved="2027")
d.RT("today’s", resolved="2026-11-23")

# participants
d.P("Bank of Ghana", "ORG", None, "The Bank of Ghana lowered", ["actor"])
d.P("Monetary Policy Committee", "ORG", None, "Monetary Policy Committee was unanimous", ["actor"])
d.P("Kwabena Asamoah-Boateng", "PERSON", "Governor", "Governor Kwabena Asamoah-Boateng told", ["quoted", "actor"],
    aliases=["Asamoah-Boateng"])
d.P("Ghana Statistical Service", "ORG", None, "according to the Ghana Statistical Service", ["cited"])
d.P("The Meridian", "ORG", "the Accra business daily", "business daily The Meridian", ["cited"],
    note="Newspaper that ran the poll of economists.")
d.P("Nana Yaa Darko", "PERSON", "chief economist at Kumasi Trust Bank (KTB)", "said Nana Yaa Darko", ["quoted"],
    aliases=["Darko"])
d.P("Kumasi Trust Bank", "ORG", None, "Economists at KTB now expect", ["cited"], aliases=["KTB"],
    note="First appears in Darko's role; cited in its own right in the last paragraph.")
d.P("Ghana Manufacturers’ Forum", "ORG", None, "The Ghana Manufacturers’ Forum, which represents", ["quoted"])
d.P("Kofi Mensah-Bonsu", "PERSON", "a former deputy governor", "Kofi Mensah-Bonsu, a former deputy governor", ["quoted"])
d.P("Ministry of Finance", "ORG", None, "the ministry backed the central bank", ["quoted", "actor"])

d.M("Volta School of Economics", "ORG", "Only inside Mensah-Bonsu's description.")
d.M("Ghana", "GPE", "Country of the central bank; does not act itself.")
d.M("Accra", "GPE", "Dateline / location.")

d.write()
