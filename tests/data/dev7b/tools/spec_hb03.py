import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hb03_halberg_lorvastan_recall")

BFARM = "Federal Institute for Drugs and Medical Devices"
KRE = dict(role="Halberg’s chief executive")
d.Q(BFARM, "The risk from a few months of exposure is very low. The risk of stopping blood-pressure treatment abruptly "
    "is not,", stype="ORG", aliases=["BfArM", "the institute"], cue="the institute said in a statement",
    note="Role-only organisation attribution ('the institute') in a statement.")
d.Q("Matthias Kreuzer", "too slow", **KRE, syntax="phrase",
    cue="Halberg’s chief executive, Matthias Kreuzer, conceded that the company had been",
    note="Attribution verb 'conceded'.")
d.Q("Matthias Kreuzer", "We are sorry, and we will replace every pack free of charge,", **KRE, cue="he added")
d.Q("Renata Vasconcelos", "The line stays closed until we understand how this happened,",
    role="Anvisa’s director of inspections", cue="said Renata Vasconcelos, Anvisa’s director of inspections")
d.Q("Farmacêutica Serra Azul SA", "all Brazilian and European standards", stype="ORG", aliases=["Serra Azul"],
    syntax="phrase", cue="In a statement, Serra Azul said its processes met")
d.Q("Jana Oberhoff", "Europe cannot keep buying its medicines from the cheapest bidder and then act surprised,",
    aliases=["Oberhoff", "Health Minister Jana Oberhoff"], role="Health Minister", cue="Oberhoff told the committee")
d.Q("Klaus Reinholt", "People read the word carcinogen and throw their pills in the bin. That is the real danger,",
    aliases=["Reinholt", "Prof Klaus Reinholt"], role="head of cardiology at Elbufer University Hospital in Hamburg",
    cue="he said",
    note="Pronoun speaker after two men are named (Prof Klaus Reinholt and Dr Wolfgang Essig); 'he' = Reinholt, "
         "the subject of the sentence before.")
d.Q("Heart Patients Germany", "Some of our members have been to four pharmacies this week,", stype="ORG",
    aliases=["the charity"], cue="a spokeswoman for the charity said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Association of Independent Pharmacists", "Keep taking your tablets until your pharmacist swaps them,", stype="ORG",
    aliases=["AUP"], cue="the Association of Independent Pharmacists (AUP) advised on its website",
    note="Answer to the article's own question ('So what should patients do?'); verb 'advised', website post.")

d.F("1.2 million", 1200000, "count", "packs recalled (headline)", ctx="recalls 1.2 million")
d.F("about 1.2 million", 1200000, "count", "packs recalled", qualifier="about")
d.F("14", 14, "count", "contaminated Lorvastan batches")
d.F("between June and September", "2026-06/2026-09", "date", "when the affected batches were made",
    value_inferred=True, note="Year not written; revenue is given for 2025 (last year), so the story is in 2026.")
d.F("up to three times", 3, "times", "NDMA level relative to the permitted limit", qualifier="up to")
d.F("About 410,000", 410000, "count", "patients in Germany taking the drug (NordVita)", qualifier="About")
d.F("third", 3, "ordinal", "NordVita's rank among statutory health insurers", ctx="third-largest")
d.F("March", "2026-03", "date", "when the supplier changed a solvent", value_inferred=True,
    note="Same inferred year as the June-September batches.")
d.F("between €60 million and €75 million", [60000000, 75000000], "EUR", "cost of the recall (Kreuzer)")
d.F("30-day", 30, "days", "Anvisa inspection of the Campinas plant")
d.F("about 1,900", 1900, "count", "Serra Azul employees", qualifier="about")
d.F("18", 18, "count", "countries Serra Azul exports to")
d.F("R$2.3 billion", 2300000000, "BRL", "Serra Azul revenue in 2025")
d.F("2025", 2025, "year", "year of the Serra Azul revenue")
d.F("640", 640, "count", "Serra Azul workers sent home on full pay")
d.F("more than 200", 200, "count", "calls Reinholt's clinic took in two days", qualifier="more than")
d.F("two days", 2, "days", "period of the 200 calls")
d.F("four", 4, "count", "pharmacies some members visited this week (charity)")
d.F("about 300", 300, "count", "patients Brenner Voss represents in the claim", qualifier="about")
d.F("8.3%", 8.3, "percent", "fall in Halberg shares")
d.F("€46.10", 46.1, "EUR", "Halberg share price")
d.F("roughly €410 million", 410000000, "EUR", "market value wiped off Halberg", qualifier="roughly")

d.RT("on Monday", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("this week", resolved=None, note="Inside a quote.")

d.P("Halberg Pharma AG", "ORG", None, "Halberg Pharma AG, based in Darmstadt, said", ["actor", "cited"],
    aliases=["Halberg"], note="'A German drugmaker'; later 'the company'.")
d.P("NordVita", "ORG", "the country’s third-largest statutory health insurer", "according to NordVita", ["cited"])
d.P(BFARM, "ORG", None, "The Federal Institute for Drugs and Medical Devices (BfArM) urged", ["actor", "quoted"],
    aliases=["BfArM"], note="Later 'the institute'.")
d.P("Matthias Kreuzer", "PERSON", "Halberg’s chief executive", "Halberg’s chief executive, Matthias Kreuzer, conceded",
    ["quoted", "cited"])
d.P("Farmacêutica Serra Azul SA", "ORG", None, "made under contract by Farmacêutica Serra Azul SA",
    ["actor", "quoted", "cited"], aliases=["Serra Azul"], note="Later 'The company'.")
d.P("Anvisa", "ORG", "Brazil’s health regulator", "Brazil’s health regulator, Anvisa, suspended", ["actor"])
d.P("Renata Vasconcelos", "PERSON", "Anvisa’s director of inspections", "said Renata Vasconcelos", ["quoted"])
d.P("Campinas Chemical Workers’ Union", "ORG", None, "The Campinas Chemical Workers’ Union said", ["cited"])
d.P("Jana Oberhoff", "PERSON", "Health Minister", "Health Minister Jana Oberhoff told", ["quoted", "cited"],
    aliases=["Oberhoff"])
d.P("Klaus Reinholt", "PERSON", "head of cardiology at Elbufer University Hospital in Hamburg",
    "Prof Klaus Reinholt, head of cardiology", ["quoted", "cited"], aliases=["Reinholt"])
d.P("Wolfgang Essig", "PERSON", "interim director of the Rhine-Main Institute for Pharmacovigilance",
    "Dr Wolfgang Essig, interim director", ["cited"], note="Named together with Reinholt before the 'he said' quote.")
d.P("Heart Patients Germany", "ORG", "charity", "The charity Heart Patients Germany said", ["cited", "quoted"])
d.P("Association of Independent Pharmacists", "ORG", None, "the Association of Independent Pharmacists (AUP) advised",
    ["quoted"], aliases=["AUP"])
d.P("Brenner Voss", "ORG", "a Hamburg law firm", "Brenner Voss, a Hamburg law firm, said", ["actor", "cited"])
d.M("Bundestag", "ORG", "Its health committee heard Oberhoff (audience only).")
d.M("Elbufer University Hospital", "ORG", "Only in Reinholt's role.")
d.M("Rhine-Main Institute for Pharmacovigilance", "ORG", "Only in Essig's role.")
d.M("Hamburg Regional Court", "ORG", "Court where the claim will be filed (venue only).")
d.M("Lorvastan", "PRODUCT", "The recalled drug.")
d.M("NDMA", "SUBSTANCE", "The impurity.")
d.M("Germany", "GPE", "Background.")
d.M("Brazil", "GPE", "Background.")
d.M("Darmstadt", "GPE", "Location.")
d.M("Campinas", "GPE", "Location.")
d.M("São Paulo", "GPE", "State.")
d.M("Hamburg", "GPE", "Location.")
d.M("Frankfurt", "GPE", "Stock market location.")
d.M("Europe", "LOC", "Inside a quote.")
d.write()
