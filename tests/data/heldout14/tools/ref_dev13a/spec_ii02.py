import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii02_hanbit_smart_ring_recall")

PARK = dict(aliases=["Park", "Mr. Park"], role="Hanbit’s chief executive")
YOON = dict(aliases=["Mr. Yoon", "the company’s founder", "Hanbit’s founder"], role="Hanbit’s founder")
d.Q("Park Ji-hoon", "We let our customers down, and there is no excuse for that,", **PARK,
    cue="Park Ji-hoon, Hanbit’s chief executive, said at a news conference in Seoul",
    note="Korean name, family name first (Park = family name); later 'Mr. Park' (honorific + family name).")
d.Q("Choi Eun-ji", "a process failure, pure and simple,", aliases=["Ms. Choi"], role="Hanbit’s head of quality",
    syntax="phrase", cue="according to Hanbit’s head of quality, Choi Eun-ji",
    note="'according to' + 'Y's head of Z, X'. 6-word phrase -> fragment, trailing comma inside.")
d.Q("Daejin Cell Co.", "cooperating fully with the authorities.", stype="ORG", aliases=["Daejin"],
    syntax="phrase", cue="Daejin said in a statement that it was",
    note="Company statement in reported speech. 5-word phrase -> fragment, period inside.")
d.Q("Korea Consumer Agency", "stop charging the rings today, not tomorrow,", stype="ORG", aliases=["The agency"],
    syntax="phrase", cue="The agency said owners should",
    note="Role-only organisation attribution: 'The agency' = the Korea Consumer Agency, named in the sentence before "
         "(trap: KATS, also an agency, is named in the paragraph before). 7-word phrase -> full.")
d.Q("Lee Soo-jin", "A company that puts a battery on someone’s finger has a special duty of care,",
    aliases=["Rep. Lee Soo-jin", "Ms. Lee"], role="Rep., who sits on the National Assembly’s trade and industry committee",
    cue="Ms. Lee said", note="Title before a family-name-first name, then honorific + family name.")
d.Q("Kim Hye-won", "I bought it as a health device. Now I am afraid to wear it,", aliases=["Ms. Kim"],
    role="a nurse at Seobu General Hospital in Incheon", cue="Ms. Kim said",
    note="Two people share the family name Kim; the honorific ('Ms.') tells them apart: Kim Hye-won, the nurse.")
d.Q("Kim Tae-hoon", "The bigger bill is trust, and you cannot book that in a single quarter,", aliases=["Mr. Kim"],
    role="an analyst at Mirae Haneul Securities", cue="Mr. Kim said",
    note="Shared family name: 'Mr. Kim' = Kim Tae-hoon, the analyst (the paragraph before quotes 'Ms. Kim').")
d.Q("Yoon Sang-woo", "I built this company on a promise that our products are safe. Today that promise is broken,",
    **YOON, cue="the company’s founder said",
    note="Role-only person attribution ('the company’s founder' = Yoon); quote from an interview with Hangang TV.")
d.Q("Yoon Sang-woo", "I told him to take back every ring, not just the first batch,", **YOON, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Mr. Yoon said he had spoken to Mr. Park'); "
         "'he' = Yoon, its subject; 'him' inside the quote is Park.")

d.F("410,000", 410000, "count", "smart rings Hanbit is recalling (headline)", ctx="recalls 410,000")
d.F("9.2%", 9.2, "percent", "fall in Hanbit's shares (headline)", ctx="fall 9.2%")
d.F("third", 3, "ordinal", "Hanbit's rank among South Korean wearable makers", note="'third-largest'.")
d.F("about 410,000", 410000, "count", "Orbit R2 rings being recalled", qualifier="about")
d.F("14", 14, "count", "countries where the rings were sold", ctx="in 14 countries")
d.F("37", 37, "count", "reports of overheating")
d.F("11", 11, "count", "burns among the overheating reports", ctx="including 11 burns")
d.F("March 2025", "2025-03", "date", "when the ring went on sale")
d.F("128 billion won", 128000000000, "KRW", "expected cost of the recall")
d.F("$93 million", 93000000, "USD", "expected cost of the recall (dollar conversion)")
d.F("about 40%", 40, "percent", "recall cost as a share of last year's operating profit", qualifier="about")
d.F("9.2%", 9.2, "percent", "fall in Hanbit's shares in Seoul", ctx="fell 9.2%")
d.F("2020", 2020, "year", "last time the shares fell this steeply", note="'since 2020'.")
d.F("349,000 won", 349000, "KRW", "full price of the ring (refund)")
d.F("three", 3, "count", "smaller brands whose rings KATS will test", ctx="three smaller brands")
d.F("62%", 62, "percent", "rise in complaints about wearable devices last year")
d.F("4,870", 4870, "count", "complaints about wearable devices last year")
d.F("230", 230, "count", "Hanbit service centers")
d.F("June 30", "2026-06-30", "date", "deadline for returning the rings", value_inferred=True,
    note="Year not written; the set's year 2026 (the rings went on sale in March 2025; the fault dates from 'late last "
         "year').")
d.F("34", 34, "years", "age of Kim Hye-won", ctx="Hye-won, 34,")
d.F("15%", 15, "percent", "cut in Kim Tae-hoon's price target")
d.F("52,000 won", 52000, "KRW", "Kim Tae-hoon's new price target for the shares")
d.F("2023", 2023, "year", "when Yoon stepped down as chairman")
d.F("18%", 18, "percent", "Yoon's stake in Hanbit")

d.NF("R2", reason="Product name ('Orbit R2').")
d.NF("one", ctx="one of Hanbit’s", reason="'one of' (any of the service centers).")
d.NF("quarter", ctx="a single quarter", reason="Reporting period inside a quote ('in a single quarter'), not a fraction.")
d.NF("first", ctx="the first batch", reason="Idiom inside a quote ('not just the first batch').")

d.RT("on Monday", resolved=None)
d.RT("last year", ctx="last year’s operating profit", resolved="2025")
d.RT("late last year", resolved="2025")
d.RT("on Friday", resolved=None)
d.RT("last year", ctx="62% last year", resolved="2025")
d.RT("today", ctx="rings today,", resolved=None, note="Inside a quote.")
d.RT("next month", resolved=None)
d.RT("Today", ctx="Today that promise", resolved=None, note="Inside a quote.")
d.RT("on Sunday night", resolved=None)

d.P("Hanbit Electronics", "ORG", "South Korea’s third-largest maker of wearable devices",
    "Hanbit Electronics, South Korea’s third-largest maker", ["actor", "cited"], aliases=["Hanbit"],
    note="Later 'The company', possessor ('Hanbit’s chief executive', 'Hanbit’s head of quality', 'Hanbit’s founder').")
d.P("Park Ji-hoon", "PERSON", "Hanbit’s chief executive", "Park Ji-hoon, Hanbit’s chief executive, said",
    ["quoted", "cited", "actor"], aliases=["Park"], note="Family name first; later 'Mr. Park'.")
d.P("Choi Eun-ji", "PERSON", "Hanbit’s head of quality", "according to Hanbit’s head of quality, Choi Eun-ji",
    ["quoted", "cited"], aliases=["Choi"], note="Later 'Ms. Choi'.")
d.P("Daejin Cell Co.", "ORG", None, "battery cells supplied by Daejin Cell Co.", ["actor", "quoted"], aliases=["Daejin"],
    note="Supplier of the faulty cells; also modifier 'Daejin cells'.")
d.P("Korean Agency for Technology and Standards", "ORG", "which oversees product safety",
    "The Korean Agency for Technology and Standards (KATS), which oversees product safety", ["actor", "cited"],
    aliases=["KATS"], note="Acronym in brackets, then alone ('KATS said').")
d.P("Korea Consumer Agency", "ORG", None, "Complaints about wearable devices to the Korea Consumer Agency",
    ["cited", "quoted"], note="Later 'The agency'.")
d.P("Lee Soo-jin", "PERSON", "Rep., who sits on the National Assembly’s trade and industry committee",
    "Rep. Lee Soo-jin, who sits on", ["quoted", "cited"], aliases=["Lee"], note="Later 'Ms. Lee'.")
d.P("Kim Hye-won", "PERSON", "a nurse at Seobu General Hospital in Incheon",
    "Kim Hye-won, 34, a nurse at Seobu General Hospital", ["quoted", "cited"],
    note="Shares the family name Kim with the analyst; later 'Ms. Kim'. No 'Kim' alias (it would name both).")
d.P("Kim Tae-hoon", "PERSON", "an analyst at Mirae Haneul Securities", "Kim Tae-hoon, an analyst at Mirae Haneul",
    ["quoted", "cited", "actor"], note="Later 'Mr. Kim'. No 'Kim' alias (it would name both).")
d.P("Yoon Sang-woo", "PERSON", "Hanbit’s founder", "Hanbit’s founder, Yoon Sang-woo, who stepped down",
    ["quoted", "actor"], aliases=["Yoon"],
    note="Also 'who stepped down as chairman in 2023 but still owns 18% of the company'; later 'the company’s founder' "
         "and 'Mr. Yoon'.")
d.P("Hangang TV", "ORG", "the broadcaster", "in an interview with the broadcaster Hangang TV", ["actor"],
    note="Broadcaster giving the interview (dev3 broadcaster convention). Unsure.")
d.M("Orbit R2", "PRODUCT", "The recalled smart ring.")
d.M("South Korea", "GPE", "Country (in Hanbit's description).")
d.M("Seoul", "GPE", "Stock market and news conference location.")
d.M("National Assembly", "ORG", "Only as possessor inside Lee's role ('the National Assembly’s trade and industry committee').")
d.M("Seobu General Hospital", "ORG", "Only in Kim Hye-won's role.")
d.M("Incheon", "GPE", "In Kim Hye-won's role.")
d.M("Mirae Haneul Securities", "ORG", "Only in Kim Tae-hoon's role.")
d.write()
