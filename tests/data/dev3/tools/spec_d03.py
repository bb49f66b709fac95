from goldlib import Doc
d = Doc("d03_lagos_kobolink")
d.B("LAGOS —", "dateline", partial=True)

OKA = dict(aliases=["Ms Okafor"], role="Its chief executive")
d.Q("Adaeze Okafor", "The naira has lost almost half its value against the dollar in two years, and our merchants feel that every single morning when they restock.",
    **OKA, open_end=True, cue="She told reporters in Lagos:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark. Colon-introduced, pronoun speaker.")
d.Q("Adaeze Okafor", "What we are building is a way for a woman selling tomatoes in Mushin to be paid instantly, to save, and to borrow against her own sales history. That is not a luxury. It is the economy.",
    **OKA, layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph (reopened with a mark, closed).")
d.Q("Central Bank of Nigeria", "protect depositors, not punish innovation", stype="ORG", aliases=["CBN"], syntax="phrase",
    cue="A spokesperson for the CBN said the rules were meant to",
    note="Spokesperson quote attributed to the organisation.")
d.Q("Tunde Adeyemi-Cole", "Regulation is not our enemy. Unpredictable regulation is.",
    role="KoboLink's co-founder and chief technology officer",
    cue="Those were the words of Tunde Adeyemi-Cole",
    note="Quote attributed in the following sentence.")
d.Q("Moussa Diallo", "KoboLink was the only one that was profitable in naira and in dollar terms,",
    role="a partner at Sahel Capital Partners", cue="he said",
    note="Pronoun speaker; Diallo named in the previous paragraph.")
d.Q("African Digital Finance Alliance", "serious money", stype="ORG", syntax="phrase",
    role=None, cue="welcomed the deal as a sign that")

d.F("$40m", 40000000, "USD", "funding raised by KoboLink (headline)")
d.F("$40 million", 40000000, "USD", "funding raised by KoboLink")
d.F("four-year-old", 4, "years", "age of KoboLink")
d.F("about $310 million", 310000000, "USD", "valuation of KoboLink in the round", qualifier="about")
d.F("₦1.9 trillion", 1900000000000, "NGN", "value of transactions KoboLink processed in 2025")
d.F("2025", 2025, "year", "year of ₦1.9 trillion in transactions")
d.F("₦740 billion", 740000000000, "NGN", "value of transactions processed the year before (2024)")
d.F("2.3m", 2300000, "count", "merchants KoboLink serves")
d.F("31", 31, "count", "Nigerian states where KoboLink has merchants", ctx="in 31 of")
d.F("36", 36, "count", "states in Nigeria", ctx="Nigeria's 36 states")
d.F("420", 420, "count", "KoboLink employees", ctx="employs 420")
d.F("70", 70, "count", "KoboLink engineers", ctx="70 of them")
d.F("almost half", 0.5, "fraction", "value the naira has lost against the dollar in two years", qualifier="almost")
d.F("two years", 2, "years", "period of the naira's fall (Okafor)", ctx="dollar in two years")
d.F("₦1,540", 1540, "NGN", "naira per US dollar on Monday")
d.F("₦820", 820, "NGN", "naira per US dollar two years earlier")
d.F("two years", 2, "years", "time since the naira traded at ₦820", ctx="₦820 two years ago")
d.F("March", "2026-03", "date", "when the CBN raised minimum capital for payment service banks",
    ctx="In March, the", value_inferred=True, note="Year not written; 2026 from context (2025 figures are 'last year').")
d.F("₦5 billion", 5000000000, "NGN", "new minimum capital for payment service banks")
d.F("₦1 billion", 1000000000, "NGN", "previous minimum capital for payment service banks")
d.F("18 months", 18, "months", "time firms have to meet the new capital rules")
d.F("as many as a third", 0.3333333333, "fraction", "share of licensed operators that could fail the capital threshold",
    qualifier="as many as")
d.F("60", 60, "count", "licensed payment operators", ctx="the 60 licensed")
d.F("December 31", "2026-12-31", "date", "deadline for the CBN's list of compliant firms", value_inferred=True,
    note="Year not written; 2026 from context.")
d.F("0.5%", 0.5, "percent", "KoboLink's fee per transaction")
d.F("₦1,000", 1000, "NGN", "cap on KoboLink's per-transaction fee")
d.F("62%", 62, "percent", "KoboLink users who had never had a bank account")
d.F("more than 60", 60, "count", "African payments companies Sahel Capital Partners looked at", qualifier="more than")
d.F("2024", 2024, "year", "difficult year for Nigerian start-up funding")
d.F("48%", 48, "percent", "fall in funding for Nigerian start-ups in 2024")
d.F("36", 36, "years", "age of Adaeze Okafor", ctx="Ms Okafor, 36,")
d.F("first", 1, "ordinal", "quarter of next year when KoboLink opens in Accra", ctx="the first quarter")

d.NF("two", ctx="two people familiar", reason="Count of anonymous sources, not a quiz figure.")
d.NF("one", ctx="the only one that", reason="'the only one' inside a quote.")
d.NF("First", ctx="First Atlantic Bank", reason="Ordinal inside a bank's name.")

d.RT("on Monday", ctx="said on Monday", resolved=None)
d.RT("a year earlier", resolved="2024")
d.RT("on Monday", ctx="dollar on Monday", resolved=None)
d.RT("last month", resolved=None)
d.RT("next year", resolved="2027")

d.P("KoboLink", "ORG", None, "KoboLink processed ₦1.9 trillion", ["actor", "cited"])
d.P("Sahel Capital Partners", "ORG", None, "a funding round led by Sahel Capital Partners", ["actor"])
d.P("Adaeze Okafor", "PERSON", "Its chief executive", "Its chief executive, Adaeze Okafor", ["quoted", "actor"],
    aliases=["Ms Okafor"])
d.P("Central Bank of Nigeria", "ORG", None, "the Central Bank of Nigeria (CBN) raised", ["actor", "quoted"], aliases=["CBN"])
d.P("Meridian Trust Securities", "ORG", None, "Analysts at Lagos brokerage Meridian Trust Securities", ["cited"])
d.P("Tunde Adeyemi-Cole", "PERSON", "KoboLink's co-founder and chief technology officer", "Those were the words of Tunde Adeyemi-Cole",
    ["quoted"])
d.P("Moussa Diallo", "PERSON", "a partner at Sahel Capital Partners", "Moussa Diallo, a partner", ["quoted", "cited"])
d.P("First Atlantic Bank", "ORG", None, "including First Atlantic Bank", ["actor"])
d.P("Nordlys Impact", "ORG", None, "the Norwegian fund Nordlys Impact", ["actor"])
d.P("African Digital Finance Alliance", "ORG", None, "The African Digital Finance Alliance, an industry body", ["quoted"])
d.M("Nigerian Exchange", "ORG", "Possible listing venue; not an actor.")
d.M("Nigeria", "GPE", "Background.")
d.M("Ghana", "GPE", "Expansion target.")
d.M("Kenya", "GPE", "Expansion target.")
d.M("Mushin", "GPE", "Lagos district inside a quote.")
d.M("Abuja", "GPE", "Summit venue.")
d.M("Accra", "GPE", "Planned office.")
d.M("Lagos", "GPE", "Dateline / location.")
d.M("Dakar", "GPE", "Base of Sahel Capital Partners ('Dakar-based').")
d.write()
