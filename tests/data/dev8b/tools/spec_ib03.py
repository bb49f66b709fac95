import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ib03_italy_supermarket_price_probe")
d.B("*By Chiara Benedetti, Milan correspondent — 4 November 2026*", "byline")

AGCM = "Autorità Garante della Concorrenza e del Mercato"
d.Q(AGCM, "Prices for pasta, olive oil and coffee moved in the same direction, within the same week, again and again,",
    stype="ORG", aliases=["AGCM", "the authority"], cue="the authority said",
    note="Role-only organisation attribution ('Italy’s competition authority', defined as AGCM).")
d.Q("Lorenzo Ferri", "We have nothing to hide, and we will show it,", role="Its chief executive",
    cue="he told analysts on a call", note="'Its' = Supermercati Aurora SpA.")
d.Q("Casa Fontana Distribuzione", "never shared a single price list with anyone.", stype="ORG",
    aliases=["Casa Fontana", "the group"], syntax="phrase", cue="A spokeswoman for Casa Fontana said the group had",
    note="Spokesperson quote goes to the organisation; 8-word verb phrase -> full by the length rule.")
d.Q("Davide Russo", "If that is a cartel, then so is the weather forecast,", role="Prezzi Chiari’s founder",
    cue="he argued")
d.Q("Maria Greco", "The farmer sells at a loss, the shopper buys at a record, and somebody in the middle is smiling,",
    aliases=["Greco"], role="Its president", cue="she said",
    note="Pronoun trap: two women are named ('Its president, Maria Greco, and the economist Sofia Marini'); 'she' = "
         "Greco ('Greco did most of the talking'). 'Its' = Coltivatori Uniti.")
d.Q("Famiglie in Cassa", "long overdue", stype="ORG", syntax="phrase", cue="It called the raids",
    note="Organisation fragment; 'It' = the consumer group.")
d.Q("Paolo Vitale", "Everything is on the table, except doing nothing.",
    aliases=["Enterprise Minister Paolo Vitale", "the minister"], role="Enterprise Minister",
    cue="Asked on Rai whether a price cap was possible, the minister said:",
    note="Question-and-answer with a role-only colon attribution.")
d.Q("AIDM", "turning a data contract into a crime", stype="ORG", syntax="phrase", cue="warned against",
    note="Trade association; 7-word phrase -> full by the length rule.")
d.Q("Giulia Conti", "The legal risk is real, but the bigger cost is a year of headlines,",
    role="a retail analyst at the bank", cue="said Giulia Conti, a retail analyst at the bank",
    note="'the bank' = Banca Lanterna.")

d.F("three", 3, "count", "grocers raided (headline)", ctx="raids three grocers")
d.F("three", 3, "count", "supermarket chains under investigation", ctx="by three of the country")
d.F("between January 2024 and June 2026", "2024-01/2026-06", "date", "period of suspected data exchange")
d.F("about 31%", 31, "percent", "combined share of Italy's grocery market", qualifier="about")
d.F("up to 10%", 10, "percent", "maximum fine as a share of worldwide turnover", qualifier="up to")
d.F("€9.6 billion", 9600000000, "EUR", "Aurora's revenue last year")
d.F("6.2%", 6.2, "percent", "fall in Aurora shares")
d.F("€14.35", 14.35, "EUR", "Aurora share price")
d.F("47", 47, "years", "age of Davide Russo")
d.F("more than 200", 200, "count", "clients of Prezzi Chiari", qualifier="more than")
d.F("about 8%", 8, "percent", "cut in prices paid to durum wheat producers", qualifier="about")
d.F("2025", 2025, "year", "year of the lower wheat prices", ctx="wheat in 2025")
d.F("500g", 500, "g", "spaghetti packet size")
d.F("roughly 19 cents", 0.19, "EUR", "rise in the retail price of a spaghetti packet", qualifier="roughly",
    note="Euro cents, stored in euros as dev5a's cents.")
d.F("4.1%", 4.1, "percent", "food price inflation (Istat)")
d.F("September", "2026-09", "date", "end of the 12-month inflation period", value_inferred=True,
    note="Year from the byline (November 2026).")
d.F("1.8%", 1.8, "percent", "overall inflation")
d.F("four", 4, "count", "size of the average family", ctx="family of four")
d.F("€640", 640, "EUR", "extra grocery spending per family (Famiglie in Cassa)")
d.F("2025", 2025, "year", "year of the higher grocery spending", ctx="groceries in 2025")
d.F("2023", 2023, "year", "base year of the grocery comparison")
d.F("14", 14, "count", "supermarket chains AIDM represents", ctx="represents 14 supermarket")
d.F("€13", 13, "EUR", "Banca Lanterna's new target price for Aurora")
d.F("€400 million", 400000000, "EUR", "possible fine (Banca Lanterna)")
d.F("18 months", 18, "months", "time the AGCM has to complete the investigation")

d.NF("4", ctx="— 4 November", reason="Date in the byline.")
d.NF("2026", ctx="November 2026*", reason="Year in the byline.")
d.NF("three", ctx="The three control", reason="Back-reference to the three chains (trivial).")
d.NF("three", ctx="all three under", reason="Back-reference ('all three under investigation').")

d.RT("on Tuesday", resolved="2026-11-03")
d.RT("last year", resolved="2025")
d.RT("last month", resolved="2026-10")

d.P(AGCM, "ORG", None, "The Autorità Garante della Concorrenza e del Mercato (AGCM) said", ["actor", "quoted"],
    aliases=["AGCM"], note="First as 'Italy’s competition authority'; later 'the authority'.")
d.P("Guardia di Finanza", "ORG", None, "officers from the Guardia di Finanza searched", ["actor"])
d.P("Supermercati Aurora SpA", "ORG", None, "whether Supermercati Aurora SpA, Gruppo Bellandi", ["actor", "cited"],
    aliases=["Aurora"], note="Later possessor ('Its chief executive'), modifier ('Aurora shares').")
d.P("Gruppo Bellandi", "ORG", None, "Bellandi, which is family-owned, declined to comment", ["actor"],
    aliases=["Bellandi"])
d.P("Casa Fontana Distribuzione", "ORG", None, "A spokeswoman for Casa Fontana said", ["actor", "quoted"],
    aliases=["Casa Fontana"])
d.P("Prezzi Chiari Srl", "ORG", "a shared analytics supplier", "a shared analytics supplier, Prezzi Chiari Srl",
    ["actor"], aliases=["Prezzi Chiari"])
d.P("Lorenzo Ferri", "PERSON", "Its chief executive", "Its chief executive, Lorenzo Ferri, insisted",
    ["quoted", "cited"])
d.P("Davide Russo", "PERSON", "Prezzi Chiari’s founder", "Prezzi Chiari’s founder, Davide Russo, 47, said",
    ["quoted", "cited"])
d.P("Coltivatori Uniti", "ORG", "the farmers’ federation", "Coltivatori Uniti, the farmers’ federation, says",
    ["cited"])
d.P("Maria Greco", "PERSON", "Its president", "Its president, Maria Greco, and the economist", ["quoted", "actor"],
    aliases=["Greco"])
d.P("Sofia Marini", "PERSON", "who chairs the price-monitoring committee at the Ministry of Enterprises and Made in Italy",
    "the economist Sofia Marini, who chairs", ["actor"], note="Named only as the trap before Greco's 'she said'.")
d.P("Istat", "ORG", None, "According to Istat", ["cited"])
d.P("Famiglie in Cassa", "ORG", "Consumer group", "Consumer group Famiglie in Cassa estimates", ["cited", "quoted"])
d.P("Paolo Vitale", "PERSON", "Enterprise Minister", "Enterprise Minister Paolo Vitale said", ["quoted", "cited"])
d.P("Rai", "ORG", None, "Asked on Rai whether", ["actor"], note="Broadcaster the minister spoke on (dev3 convention).")
d.P("AIDM", "ORG", "The trade association", "The trade association AIDM, which represents", ["quoted"])
d.P("Banca Lanterna", "ORG", None, "Analysts at Banca Lanterna cut their target price", ["cited"],
    note="Later 'the bank'.")
d.P("Giulia Conti", "PERSON", "a retail analyst at the bank", "said Giulia Conti", ["quoted"])
d.M("Ministry of Enterprises and Made in Italy", "ORG", "Only in Marini's role.")
d.M("Italy", "GPE", "Background.")
d.M("Milan", "GPE", "Location.")
d.M("Bologna", "GPE", "Location.")
d.M("Rome", "GPE", "Location.")
d.M("Chiara Benedetti", "PERSON", "Byline author (boilerplate).")
d.write()
