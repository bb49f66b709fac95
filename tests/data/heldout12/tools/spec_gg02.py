import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg02_serra_dourada_iron_ore_results")
d.B("RIO DE JANEIRO —", "dateline", partial=True)

CAS = dict(aliases=["Castro", "chief executive Rodrigo Almeida Castro"], role="chief executive")
MSD = dict(stype="ORG", aliases=["Serra Dourada"])
d.Q("Rodrigo Almeida Castro", "We are not selling the family silver", "‘We are not selling the family silver’:", **CAS,
    marks="single", syntax="clause", cue="(headline; the speaker is named only in the body)",
    note="Headline quote in curly single marks; the words open Castro's body quote, which is its own entry. The "
         "headline names only the company ('Serra Dourada profit falls'). Clause -> full.")
d.Q("Rodrigo Almeida Castro", "We are not selling the family silver to please the market. We are polishing it,", **CAS,
    cue="chief executive Rodrigo Almeida Castro told analysts on a conference call",
    note="Lower-case title before the name. Brazilian name: two surnames, the follow-up uses the last ('Castro').")
d.Q("Fernanda Lins", "comfortable, not complacent.", aliases=["finance director Fernanda Lins"],
    role="finance director", syntax="phrase", cue="according to finance director Fernanda Lins, who called the level",
    note="'according to' + lower-case title; the quoted words follow 'who called'. Fragment.")
d.Q("Marcelo Tavares", "The dividend is the story. The market was braced for a cut of a third, and it got nothing of the sort,",
    aliases=["Tavares"], role="who covers mining at Banco Ipê in São Paulo",
    cue="said Marcelo Tavares, who covers mining at Banco Ipê in São Paulo",
    note="Role is a relative clause after the name.")
d.Q("Antônio Batista Silva", "When the price is high, they pay shareholders. When the price is low, they ask us to tighten our belts,",
    aliases=["Silva"], role="its president", cue="said its president, Antônio Batista Silva",
    note="'its' = Sindimita (sentence before). Speaker introduced after the quote.")
d.Q("Rodrigo Almeida Castro", "Nobody is losing a job because of a bad few months,", **CAS, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Castro, 61, who met Silva in Itabira on Monday, "
         "said'); 'he' = Castro, its subject.")
d.Q("National Mining Agency", "stable but under close watch.", stype="ORG", aliases=["ANM", "The agency"],
    syntax="phrase", cue="The agency said on Wednesday that the dam was",
    note="Role-only organisation attribution ('The agency' = the ANM, sentence before). 5-word phrase -> fragment.")
d.Q("Mineração Serra Dourada S.A.", "remove the risk at Córrego Fundo by the end of 2027.", **MSD, syntax="phrase",
    cue="Serra Dourada said in a securities filing that it would spend R$3.4 billion over 16 months to",
    note="Quote from a securities filing; goes to the company. 11-word phrase -> full.")
d.Q("Patrícia Guedes", "Nobody in Itabira sleeps well when it rains,", aliases=["Mayor Patrícia Guedes", "the mayor"],
    role="Mayor of Itabira", cue="the mayor said",
    note="Role-only person attribution ('the mayor' = Mayor Patrícia Guedes of Itabira, sentence before).")
d.Q("Instituto Rio Doce Vivo", "promised in 2022 and delivered to nobody.", stype="ORG", syntax="phrase",
    cue="Instituto Rio Doce Vivo, an environmental group, wrote in a letter to the ANM that relocation had been",
    note="Quote from a letter; goes to the organisation. 7-word phrase (goldlib counts '2022') -> full.")

d.F("22%", 22, "percent", "fall in Serra Dourada's net profit (headline)", ctx="profit falls 22%")
d.F("second", 2, "ordinal", "Serra Dourada's rank among Brazilian iron ore producers", ctx="second-largest")
d.F("22%", 22, "percent", "fall in net profit in the quarter", ctx="profit fell 22%")
d.F("second quarter", "2026-04/2026-06", "date", "quarter of the results", value_inferred=True,
    note="A quarter as a date range (dev5c/dev10b); year not written, the set's year 2026 (quarter to June 30).")
d.F("R$2.8 billion", 2800000000, "BRL", "quarterly net profit")
d.F("$510 million", 510000000, "USD", "quarterly net profit (dollar conversion)")
d.F("2023", 2023, "year", "last time iron ore prices were this low", note="'since 2023'.")
d.F("78.4 million tonnes", 78400000, "tonnes", "iron ore shipped in the quarter")
d.F("three months", 3, "months", "period of the shipments", ctx="the three months")
d.F("June 30", "2026-06-30", "date", "end of the quarter", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("3.1%", 3.1, "percent", "rise in shipments on a year earlier")
d.F("US$96", 96, "USD", "average realised price per tonne", note="Per tonne ('a tonne').")
d.F("US$118", 118, "USD", "average realised price per tonne a year earlier", note="Per tonne.")
d.F("9%", 9, "percent", "fall in revenue", note="'slipped 9%': stored as a size.")
d.F("R$21.6 billion", 21600000000, "BRL", "quarterly revenue")
d.F("4.7%", 4.7, "percent", "rise in Serra Dourada's shares")
d.F("11 a.m.", "11:00", "time", "time by which the shares had risen 4.7%")
d.F("R$1.35", 1.35, "BRL", "dividend per share", note="Per share ('a share').")
d.F("2026", 2026, "year", "year of the production target", ctx="its 2026 production")
d.F("between 320 million and 335 million tonnes", [320000000, 335000000], "tonnes", "production target for 2026")
d.F("two", 2, "count", "large funds calling for the nickel unit to be sold", ctx="two large funds")
d.F("R$14.2 billion", 14200000000, "BRL", "net debt")
d.F("1.1 times", 1.1, "times", "net debt as a multiple of core earnings")
d.F("a third", 0.3333333333, "fraction", "dividend cut the market had expected (in a quote)",
    note="'a cut of a third'.")
d.F("between US$1.5 billion and US$2 billion", [1500000000, 2000000000], "USD",
    "Tavares's estimate of what the nickel unit could fetch")
d.F("about two-thirds", 0.6666666667, "fraction", "share of Brazil's iron ore exports bought by Chinese mills",
    qualifier="about")
d.F("fifth", 5, "ordinal", "consecutive month of falling Chinese steel output")
d.F("July", "2026-07", "date", "month of the fifth fall in Chinese steel output", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 19,000", 19000, "count", "Serra Dourada employees", qualifier="about")
d.F("about 7,500", 7500, "count", "employees Sindimita represents", qualifier="about")
d.F("61", 61, "years", "age of Rodrigo Almeida Castro", ctx="Castro, 61,")
d.F("second", 2, "ordinal", "alert level at the Córrego Fundo dam ('second-highest')", ctx="second-highest")
d.F("June", "2026-06", "date", "when the ANM raised the alert", ctx="level in June", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("R$3.4 billion", 3400000000, "BRL", "spending to remove the risk at Córrego Fundo")
d.F("16 months", 16, "months", "period of the dam spending")
d.F("2027", 2027, "year", "deadline for removing the risk at Córrego Fundo (in a quote)",
    note="'by the end of 2027'; the temporal relation is left out.")
d.F("about 113,000", 113000, "count", "population of Itabira", qualifier="about")
d.F("about 340", 340, "count", "families living in the flood zone", qualifier="about")
d.F("30 minutes", 30, "minutes", "time in which the area would flood if the dam failed")
d.F("2022", 2022, "year", "when relocation was promised (in a quote)")

d.NF("B3", reason="Numeral inside a name (the São Paulo exchange 'B3').")

d.RT("on Wednesday", ctx="said on Wednesday that its", resolved=None)
d.RT("a year earlier", resolved="2025-04/2025-06", note="The same quarter of 2025 (the results quarter is inferred as 2026).")
d.RT("next month", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("on Wednesday", ctx="The agency said on Wednesday", resolved=None)

d.P("Mineração Serra Dourada S.A.", "ORG", "Brazil’s second-largest iron ore producer",
    "Mineração Serra Dourada S.A., Brazil’s second-largest iron ore producer", ["actor", "quoted"],
    aliases=["Serra Dourada"], note="Legal form 'S.A.'; later 'The Belo Horizonte-based miner', 'Its shares', 'The "
                                    "miner', 'the company’s'.")
d.P("Rodrigo Almeida Castro", "PERSON", "chief executive", "chief executive Rodrigo Almeida Castro told analysts",
    ["quoted", "cited", "actor"], aliases=["Castro"], note="Two surnames; the last one ('Castro') is used alone.")
d.P("Fernanda Lins", "PERSON", "finance director", "according to finance director Fernanda Lins", ["quoted", "cited"])
d.P("Marcelo Tavares", "PERSON", "who covers mining at Banco Ipê in São Paulo", "said Marcelo Tavares, who covers mining",
    ["quoted", "cited"], aliases=["Tavares"])
d.P("Sindicato dos Trabalhadores na Mineração de Itabira", "ORG", "which represents about 7,500 of them",
    "The Sindicato dos Trabalhadores na Mineração de Itabira (Sindimita), which represents", ["actor", "cited"],
    aliases=["Sindimita"], note="Portuguese name with an acronym in brackets; later 'its president'.")
d.P("Antônio Batista Silva", "PERSON", "its president", "said its president, Antônio Batista Silva", ["quoted", "actor"],
    aliases=["Silva"], note="'its' = Sindimita. Met Castro ('who met Silva in Itabira').")
d.P("National Mining Agency", "ORG", None, "The National Mining Agency (ANM) raised the alert", ["actor", "quoted"],
    aliases=["ANM"], note="English name with the Portuguese acronym (Agência Nacional de Mineração); later 'The "
                          "agency' and 'the ANM'.")
d.P("Patrícia Guedes", "PERSON", "Mayor of Itabira", "Mayor Patrícia Guedes of Itabira", ["quoted", "cited"],
    note="Title before the name with 'of Y' after it (dev13a convention); later 'the mayor'.")
d.P("Instituto Rio Doce Vivo", "ORG", "an environmental group", "Instituto Rio Doce Vivo, an environmental group, wrote",
    ["quoted"], note="Portuguese name without an English organisational noun.")
d.M("Banco Ipê", "ORG", "Only inside Tavares's role.")
d.M("B3", "ORG", "Stock exchange (venue).")
d.M("Córrego Fundo", "FAC", "The tailings dam (place; also in a quote).")
d.M("RIO DE JANEIRO", "GPE", "Dateline.")
d.M("Brazil", "GPE", "Background.")
d.M("Belo Horizonte", "GPE", "Serra Dourada's base.")
d.M("São Paulo", "GPE", "Location.")
d.M("Pará", "GPE", "Location of the nickel unit.")
d.M("China", "GPE", "Background (steel output).")
d.M("Itabira", "GPE", "Location.")
d.write()
