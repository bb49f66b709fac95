import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ib04_zambia_indonesia_vaccine_deal")

MW = dict(aliases=["Mwansa", "Health Minister Dr Chileshe Mwansa"], role="Health Minister")
d.Q("Chileshe Mwansa", "For the first time, a Zambian child’s vaccine will be bought by Zambia, not sent by a "
    "well-wisher,", **MW, cue="Mwansa said at the signing")
d.Q("Rahmat Hidayat", "We built our plant for exactly this kind of partnership,", aliases=["Hidayat"],
    role="the company’s president director", cue="he told reporters")
d.Q("Bambang Sutrisno", "Africa should not have to wait at the back of the line,",
    role="Indonesia’s deputy health minister", cue="he said",
    note="Pronoun trap: Sutrisno and Hidayat are both named in the sentence before; 'he' = Sutrisno, its subject.")
d.Q("Zambia Medicines Regulatory Authority", "We did not cut corners. We cut queues,", stype="ORG",
    aliases=["ZAMRA", "the regulator"], cue="the regulator said in a statement",
    note="Role-only organisation attribution, statement.")
d.Q("African Development Bank", "a model for regional manufacturing", stype="ORG", aliases=["The lender"],
    syntax="phrase", cue="The lender called the arrangement",
    note="Organisation fragment; 'The lender' = the African Development Bank (the $40m loan).")
d.Q("Mutale Banda", "left out of the sums", aliases=["Dr Mutale Banda"],
    role="a former permanent secretary at the health ministry who now chairs the Lusaka think tank Zambia Health Watch",
    syntax="phrase", cue="said the cost of syringes and cold storage had been")
d.Q("Joseph Mwale", "A vaccine in a fridge is not a vaccine in an arm,", role="the union’s general secretary",
    cue="the union’s general secretary, Joseph Mwale, said")
d.Q("Chileshe Mwansa", "Yes, gratefully. But not as a plan.", **MW,
    cue="Asked whether Zambia would still accept donated doses, Mwansa replied:", note="Question-and-answer, colon.")
d.Q("Grace Lungu", "Every mother in Mongu knows which week the clinic fridge broke down.",
    role="who founded the charity Mothers First Zambia in 2019", cue="That was how Grace Lungu ... described",
    note="Quote attributed in the following sentence.")

d.F("$62m", 62000000, "USD", "vaccine deal (headline)", ctx="signs $62m")
d.F("up to 9 million", 9000000, "count", "vaccine doses Zambia will buy", qualifier="up to")
d.F("three years", 3, "years", "length of the supply deal")
d.F("$62m", 62000000, "USD", "vaccine deal", ctx="in a $62m deal")
d.F("$40m", 40000000, "USD", "African Development Bank loan")
d.F("1.2 million", 1200000, "count", "doses in the first delivery")
d.F("March 2027", "2027-03", "date", "arrival of the first doses")
d.F("12 weeks", 12, "weeks", "ZAMRA's review time")
d.F("six months", 6, "months", "usual review time")
d.F("$3.90", 3.9, "USD", "price per malaria dose", note="Per dose.")
d.F("about $4.75", 4.75, "USD", "price per dose paid through UNICEF last year", qualifier="about", note="Per dose.")
d.F("520 million kwacha", 520000000, "ZMW", "government's own contribution")
d.F("about $19m", 19000000, "USD", "dollar value of the government's contribution", qualifier="about")
d.F("5.4%", 5.4, "percent", "rise in Nusantara shares")
d.F("2,340 rupiah", 2340, "IDR", "Nusantara share price")
d.F("about 18 trillion rupiah", 18000000000000, "IDR", "Nusantara market value", qualifier="about")
d.F("2025", 2025, "year", "year the malaria vaccine was prequalified", ctx="(WHO) in 2025")
d.F("2,850", 2850, "count", "measles cases in Zambia in 2025")
d.F("2025", 2025, "year", "year of 2,850 measles cases", ctx="2,850 in 2025")
d.F("410", 410, "count", "measles cases in 2023")
d.F("2023", 2023, "year", "year of 410 measles cases")
d.F("second", 2, "ordinal", "vaccine dose whose coverage fell", ctx="second dose")
d.F("64%", 64, "percent", "coverage of the second measles dose")
d.F("about 1,100", 1100, "count", "nurses rural clinics in Western Province are short of", qualifier="about")
d.F("2019", 2019, "year", "year Mothers First Zambia was founded")
d.F("about £85,000", 85000, "GBP", "raised from donors in Britain", qualifier="about")
d.F("40", 40, "count", "solar-powered fridges to be installed", ctx="install 40 of")
d.F("four months", 4, "months", "interval between deliveries", note="'every four months'.")
d.F("2029", 2029, "year", "end of the contract")

d.NF("first", ctx="For the first time", reason="Idiom inside a quote ('For the first time').")
d.NF("first", ctx="the first 1.2 million", reason="'the first 1.2 million doses' (first batch); the count is the figure.")
d.NF("First", ctx="Mothers First Zambia", reason="Inside an organisation name.")

d.RT("on Thursday", resolved=None)
d.RT("last year", resolved="2025")

d.P("Zambia", "GPE", None, "Zambia has agreed to buy", ["actor"], note="'The government will put up'.")
d.P("PT Nusantara Biologics Tbk", "ORG", "a state-backed drugmaker based in Bandung",
    "The agreement with PT Nusantara Biologics Tbk", ["actor"], aliases=["Nusantara"],
    note="Later 'the company’s president director', 'Nusantara’s Bandung plant', 'Nusantara shares'.")
d.P("Chileshe Mwansa", "PERSON", "Health Minister", "Health Minister Dr Chileshe Mwansa", ["quoted", "actor"],
    aliases=["Mwansa"])
d.P("Rahmat Hidayat", "PERSON", "the company’s president director", "the company’s president director, Rahmat Hidayat",
    ["quoted", "actor", "cited"], aliases=["Hidayat"])
d.P("African Development Bank", "ORG", None, "a $40m loan from the African Development Bank", ["actor", "quoted"],
    note="Later 'The lender'.")
d.P("Bambang Sutrisno", "PERSON", "Indonesia’s deputy health minister", "Indonesia’s deputy health minister, Bambang "
    "Sutrisno", ["quoted", "actor"])
d.P("Zambia Medicines Regulatory Authority", "ORG", None, "The Zambia Medicines Regulatory Authority (ZAMRA) said",
    ["actor", "quoted"], aliases=["ZAMRA"], note="Later 'the regulator'.")
d.P("health ministry", "ORG", None, "the health ministry said, compared with", ["cited"],
    note="Zambia's health ministry, lower-case kind only.")
d.P("World Health Organization", "ORG", None, "prequalified by the World Health Organization (WHO)", ["actor"],
    aliases=["WHO"])
d.P("Copperbelt Institute for Health Research", "ORG", None, "A study by the Copperbelt Institute for Health Research",
    ["cited"])
d.P("Mutale Banda", "PERSON",
    "a former permanent secretary at the health ministry who now chairs the Lusaka think tank Zambia Health Watch",
    "Dr Mutale Banda, a former permanent secretary", ["quoted", "cited"])
d.P("Nurses and Midwives Union of Zambia", "ORG", None, "The Nurses and Midwives Union of Zambia (NMUZ) welcomed",
    ["actor", "cited"], aliases=["NMUZ"], note="Later 'the union’s general secretary'.")
d.P("Joseph Mwale", "PERSON", "the union’s general secretary", "the union’s general secretary, Joseph Mwale, said",
    ["quoted"])
d.P("Grace Lungu", "PERSON", "who founded the charity Mothers First Zambia in 2019", "That was how Grace Lungu",
    ["quoted", "cited"])
d.P("Mothers First Zambia", "ORG", "charity", "Her group has raised about £85,000", ["actor"],
    note="'Her group has raised ... and will install 40'.")
d.M("UNICEF", "ORG", "Past procurement channel ('paid through UNICEF’s Supply Division'). Unsure.")
d.M("Zambia Health Watch", "ORG", "Only in Banda's role.")
d.M("Malvaxa", "PRODUCT", "The malaria vaccine.")
d.M("Indonesia", "GPE", "Background; in Sutrisno's role.")
d.M("Bandung", "GPE", "Location.")
d.M("Lusaka", "GPE", "Location.")
d.M("Jakarta", "GPE", "Location; also metonym for Indonesia in 'Jakarta’s exports'.")
d.M("Western Province", "GPE", "Location.")
d.M("Mongu", "GPE", "Location (in a quote).")
d.M("Britain", "GPE", "Location of donors.")
d.write()
