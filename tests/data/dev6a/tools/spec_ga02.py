import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ga02_saola_motors_ipo")
d.B("*By Linh Tran and Marcus Yeo — 12 May 2026*", "byline")
d.B("HO CHI MINH CITY –", "dateline", partial=True)

SAO = dict(stype="ORG", aliases=["Saola", "the company"])
d.Q("Nguyen Thi Hoa", "Vietnam sold 2.6 million motorbikes last year and fewer than one in ten were electric. That is the "
    "opportunity,", role="chief executive", aliases=["chief executive Nguyen Thi Hoa"], cue="told reporters")
d.Q("Saola Motors JSC", "We expect to break even at the operating level in the fourth quarter,", **SAO,
    cue="the company said")
d.Q("State Securities Commission", "irregular", stype="ORG", aliases=["the regulator"], syntax="phrase",
    cue="The State Securities Commission said in March it had fined two brokers ... for",
    note="Scare-quote fragment inside reported speech of the regulator.")
d.Q("Rohan Mehta", "The valuation assumes Saola keeps its lead. It will not keep it for free,",
    role="a Singapore-based analyst at Kestrel Ratings Pte Ltd", cue="said Rohan Mehta")
d.Q("Asian Development Bank", "does not intend to sell", stype="ORG", aliases=["ADB", "the bank"], syntax="phrase",
    cue="An ADB spokesperson said the bank", note="Spokesperson quote goes to the organisation.")
d.Q("Pham Quoc Bao", "If Saola prices well, at least three more companies will come to market within 18 months.",
    role="Its chairman", cue="said:", note="Colon-introduced. 'Its' = VCMA.")

d.F("$310 million", 310000000, "USD", "planned Saola IPO size (headline)", ctx="targets $310 million")
d.F("up to 7.9 trillion dong", 7900000000000, "VND", "planned Saola IPO size", qualifier="up to")
d.F("$310 million", 310000000, "USD", "dollar value of the planned IPO", ctx="($310 million)")
d.F("2019", 2019, "year", "year of the last larger Vietnamese listing ('since 2019')")
d.F("between 31 trillion and 34 trillion dong", [31000000000000, 34000000000000], "VND",
    "valuation range of Saola in the prospectus")
d.F("2.6 million", 2600000, "count", "motorbikes sold in Vietnam last year")
d.F("fewer than one in ten", 0.1, "fraction", "share of motorbikes sold last year that were electric",
    qualifier="fewer than")
d.F("about 60%", 60, "percent", "share of IPO proceeds for the second factory", qualifier="about")
d.F("second", 2, "ordinal", "Saola's planned factory in Hai Phong")
d.F("400,000", 400000, "count", "yearly scooter capacity of the new factory")
d.F("1,150", 1150, "count", "battery-swap stations Saola operates")
d.F("5,000", 5000, "count", "battery-swap stations Saola wants")
d.F("2028", 2028, "year", "deadline for 5,000 stations ('by the end of 2028')")
d.F("212,000", 212000, "count", "scooters Saola sold in 2025")
d.F("2025", 2025, "year", "year of the 212,000 sales")
d.F("46%", 46, "percent", "rise in Saola scooter sales")
d.F("420 billion dong", 420000000000, "VND", "Saola net loss in 2025")
d.F("1.1 trillion dong", 1100000000000, "VND", "Saola net loss a year earlier")
d.F("fourth quarter", "2026-10/2026-12", "date", "when Saola expects to break even at the operating level",
    value_inferred=True, note="Year inferred: the current year (IPO in 2026).")
d.F("two", 2, "count", "brokers fined by the State Securities Commission", ctx="fined two brokers")
d.F("850 million dong", 850000000, "VND", "combined fine on the two brokers")
d.F("March", "2026-03", "date", "when the commission announced the fines", value_inferred=True,
    note="Year inferred: earlier in the year of the May 2026 story.")
d.F("a third", 0.3333333333, "fraction", "share of new sales electric two-wheelers will make up by 2030 (Mekong Policy Lab)")
d.F("2030", 2030, "year", "year of the one-third forecast")
d.F("July 2026", "2026-07", "date", "start of Hanoi's petrol motorbike ban in inner districts")
d.F("under 15 million dong", 15000000, "VND", "price of Chinese rival scooters", qualifier="under")
d.F("$590", 590, "USD", "dollar value of 15 million dong")
d.F("12%", 12, "percent", "Vietnamese import tariff on scooters")
d.F("5%", 5, "percent", "level the import tariff is due to fall to", ctx="to 5%.")
d.F("$45 million", 45000000, "USD", "ADB loan to Saola")
d.F("2024", 2024, "year", "year of the ADB loan")
d.F("2.5%", 2.5, "percent", "stake covered by the ADB's warrants")
d.F("86", 86, "count", "VCMA member companies")
d.F("at least three", 3, "count", "more companies that will list if Saola prices well", qualifier="at least")
d.F("18 months", 18, "months", "period in which more companies will list ('within 18 months')")
d.F("June 18", "2026-06-18", "date", "first trading day of Saola shares", value_inferred=True,
    note="Year inferred: 'next month' in a May 2026 story.")
d.F("15%", 15, "percent", "share of the offering reserved for retail investors", ctx="with 15% of")
d.F("2%", 2, "percent", "share of the offering reserved for employees", ctx="and 2% for")
d.F("3,400", 3400, "count", "Saola employees")
d.F("44", 44, "years", "age of Tran Minh Duc")
d.F("38%", 38, "percent", "Tran Minh Duc's current stake in Saola")
d.F("about 29%", 29, "percent", "stake Tran Minh Duc will keep", qualifier="about")
d.F("a year", 1, "years", "lock-up period for the founder", ctx="not to sell for a year")

d.NF("two", ctx="electric two-wheelers", reason="Part of the noun 'two-wheelers'.")
d.NF("12", ctx="— 12 May", reason="Date in the byline.")
d.NF("2026", ctx="May 2026*", reason="Year in the byline.")

d.RT("next month", resolved="2026-06")
d.RT("on Monday", resolved="2026-05-11")
d.RT("last year", resolved="2025", note="Inside a quote.")
d.RT("a year earlier", resolved="2024")

d.P("Saola Motors JSC", "ORG", "Vietnam’s biggest maker of electric scooters", "Saola Motors JSC, Vietnam’s biggest maker",
    ["actor", "quoted"], aliases=["Saola"], note="Later 'The company' / 'the company said'.")
d.P("State Securities Commission", "ORG", None, "the State Securities Commission had approved its prospectus",
    ["actor", "quoted"], note="Also 'the regulator'.")
d.P("Straits Meridian Bank Ltd", "ORG", None, "Singapore’s Straits Meridian Bank Ltd", ["actor"],
    note="Joint bookrunner.")
d.P("Hoan Kiem Capital Securities", "ORG", None, "Hanoi-based Hoan Kiem Capital Securities are joint bookrunners", ["actor"])
d.P("Nguyen Thi Hoa", "PERSON", "chief executive", "chief executive Nguyen Thi Hoa told reporters",
    ["quoted", "cited"], note="'She added that ...' (reported).")
d.P("Mekong Policy Lab", "ORG", "a Hanoi think tank", "A report by the Mekong Policy Lab", ["cited"])
d.P("Hanoi People’s Committee", "ORG", None, "a Hanoi People’s Committee plan", ["actor"],
    note="City authority planning the petrol motorbike ban.")
d.P("Rohan Mehta", "PERSON", "a Singapore-based analyst at Kestrel Ratings Pte Ltd", "said Rohan Mehta",
    ["quoted", "cited"])
d.P("Vietnam", "GPE", None, "a 12% import tariff that Vietnam is due to cut to 5%", ["actor"])
d.P("Asian Development Bank", "ORG", None, "The Asian Development Bank (ADB) lent Saola", ["actor", "quoted"],
    aliases=["ADB"])
d.P("Vietnam Clean Mobility Association", "ORG", "an industry group with 86 member companies",
    "The Vietnam Clean Mobility Association (VCMA)", ["actor"], aliases=["VCMA"], note="Welcomed the listing.")
d.P("Pham Quoc Bao", "PERSON", "Its chairman", "Its chairman, Pham Quoc Bao", ["quoted"])
d.P("Tran Minh Duc", "PERSON", "Founder", "Founder Tran Minh Duc, 44", ["actor"])
d.M("Ho Chi Minh City Stock Exchange", "ORG", "Listing venue (HOSE), object only.")
d.M("Kestrel Ratings Pte Ltd", "ORG", "Only in Mehta's role.")
d.M("Ho Chi Minh City", "GPE", "Headline and dateline.")
d.M("Binh Duong", "GPE", "Factory location.")
d.M("Hai Phong", "GPE", "Location of the second factory.")
d.M("Hanoi", "GPE", "In 'Hanoi-based' and 'a Hanoi think tank'.")
d.M("Singapore", "GPE", "In 'Singapore’s' and 'Singapore-based'.")
d.M("Linh Tran", "PERSON", "Byline author (boilerplate).")
d.M("Marcus Yeo", "PERSON", "Byline author (boilerplate).")
d.write()
