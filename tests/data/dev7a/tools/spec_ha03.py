import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ha03_karoo_platinum_strike")

KAR = dict(stype="ORG", aliases=["Karoo Platinum", "the company"])
KHU = dict(aliases=["Khumalo", "Mineral Resources and Energy Minister Nomvula Khumalo"],
           role="Mineral Resources and Energy Minister")
MOK = dict(role="a winch operator at the No. 4 shaft")
d.Q("Sipho Mahlangu", "Our members are not asking for luxury. They are asking to feed a family on a single wage,",
    aliases=["the union’s general secretary"], role="the union’s general secretary",
    cue="the union’s general secretary, Sipho Mahlangu, told a rally")
d.Q("Karoo Platinum Ltd", "The offer on the table is fair, affordable and final,", **KAR, cue="the company said",
    note="Role-only organisation attribution after 'Karoo Platinum said in a statement'.")
d.Q("Annelie Venter", "No. That would only pour petrol on this.", aliases=["Venter", "Chief executive Annelie Venter"],
    role="Chief executive", cue="Asked whether Karoo would hire contractors, she said:",
    note="Question-and-answer; colon-introduced.")
d.Q("Commission for Conciliation, Mediation and Arbitration", "no movement on either side", stype="ORG",
    aliases=["CCMA"], syntax="phrase", cue="according to the CCMA")
d.Q("Nomvula Khumalo", "The law gives the parties a process, and I expect them to use it,", **KHU, cue="she said",
    note="Pronoun speaker after two women are named ('Venter, 52, and Khumalo met'); 'she' = Khumalo, the subject of "
         "the sentence before, speaking for the government.")
d.Q("Sello Moloi", "for as long as it takes", aliases=["Lt Col Sello Moloi"], role="Police spokesperson",
    syntax="phrase", cue="Police spokesperson Lt Col Sello Moloi said officers would stay at the mine",
    note="A named spokesperson is the speaker himself.")
d.Q("Johannes Pretorius", "would close shafts, not open wallets", role="Its president", syntax="phrase",
    cue="Its president, Johannes Pretorius, argued that the NURMW demand", note="'Its' = the UMF. 6 words -> fragment.")
d.Q("Lerato Mokoena", "We go down at 4am,", **MOK, syntax="clause", cue="said Lerato Mokoena",
    note="Split quote, first half.")
d.Q("Lerato Mokoena", "and we come up not knowing if there will be a job next year.", **MOK, syntax="clause",
    cue="said Lerato Mokoena", note="Split quote, second half.")
d.Q("Chamber of Platinum Producers", "weeks away from shaft closures", stype="ORG", syntax="phrase",
    cue="wrote in a letter to Khumalo that older operations were")
d.Q("Ruan Botha", "A strike of three weeks is a rounding error for the market. A strike of three months is not,",
    role="a mining analyst at Highveld Capital in Johannesburg", cue="said Ruan Botha")

d.F("second", 2, "ordinal", "week of the strike (headline)", ctx="enters second week")
d.F("R1,200", 1200, "ZAR", "Karoo's monthly pay offer (headline)", ctx="rejects R1,200")
d.F("about a quarter", 0.25, "fraction", "output as a share of normal levels", qualifier="about")
d.F("some 14,500", 14500, "count", "striking workers", qualifier="some")
d.F("second", 2, "ordinal", "week of the strike", ctx="its second week")
d.F("R1,300", 1300, "ZAR", "monthly gap between the company and the union")
d.F("R2,500", 2500, "ZAR", "monthly increase the union wants")
d.F("about R14,800", 14800, "ZAR", "monthly pay of entry-level workers", qualifier="about", note="Per month.")
d.F("three years", 3, "years", "period of the demanded increase")
d.F("R1,200", 1200, "ZAR", "Karoo's monthly pay offer", ctx="offered R1,200")
d.F("about 2,300 ounces", 2300, "ounces", "platinum-group metals output lost per day", qualifier="about",
    note="Per day.")
d.F("roughly R48 million", 48000000, "ZAR", "revenue lost per day", qualifier="roughly")
d.F("500 metres", 500, "metres", "exclusion zone around the shaft heads (interdict)")
d.F("52", 52, "years", "age of Annelie Venter")
d.F("11", 11, "count", "people arrested after the bus was torched")
d.F("about 2,100", 2100, "count", "UMF members at Karoo", qualifier="about")
d.F("4am", "04:00", "time", "when Mokoena's shift goes underground")
d.F("34", 34, "years", "age of Lerato Mokoena")
d.F("up to 9,000", 9000, "count", "jobs at risk (Chamber of Platinum Producers)", qualifier="up to")
d.F("about a third", 0.3333333333, "fraction", "share of Karoo's output bought by Rhein Autokat", qualifier="about")
d.F("roughly six weeks", 6, "weeks", "how long Rhein Autokat's metal stocks last", qualifier="roughly")
d.F("$1,040", 1040, "USD", "platinum price", note="Per ounce.")
d.F("3.1%", 3.1, "percent", "weekly rise in the platinum price")
d.F("17%", 17, "percent", "fall in Karoo's shares this month")
d.F("three weeks", 3, "weeks", "hypothetical strike length (Botha)")
d.F("three months", 3, "months", "hypothetical strike length (Botha)")
d.F("14.2%", 14.2, "percent", "stake of the Sechaba Mineworkers Pension Fund")

d.NF("4", ctx="No. 4 shaft on", reason="Shaft name ('No. 4 shaft').")
d.NF("4", ctx="the No. 4 shaft,", reason="Shaft name ('No. 4 shaft').")

d.RT("on Monday", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("last Thursday", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("on Sunday", resolved=None)
d.RT("next year", resolved=None, note="Inside a quote.")
d.RT("on Thursday", ctx="ounce on Thursday", resolved=None)
d.RT("this month", resolved=None)

d.P("Karoo Platinum Ltd", "ORG", None, "Johannesburg-listed Karoo Platinum Ltd has offered", ["actor", "quoted", "cited"],
    aliases=["Karoo Platinum", "Karoo"], note="Later 'the company'.")
d.P("National Union of Rock and Metal Workers", "ORG", None, "the National Union of Rock and Metal Workers (NURMW)",
    ["actor"], aliases=["NURMW"], note="Later 'The union'.")
d.P("Sipho Mahlangu", "PERSON", "the union’s general secretary", "the union’s general secretary, Sipho Mahlangu",
    ["quoted"])
d.P("Annelie Venter", "PERSON", "Chief executive", "Chief executive Annelie Venter conceded", ["quoted", "actor", "cited"],
    aliases=["Venter"])
d.P("Commission for Conciliation, Mediation and Arbitration", "ORG", None,
    "Talks at the Commission for Conciliation, Mediation and Arbitration (CCMA) collapsed", ["quoted", "actor"],
    aliases=["CCMA"], note="Later 'the commission'.")
d.P("Labour Court", "ORG", None, "won a Labour Court interdict", ["actor"], note="Granted the interdict.")
d.P("Nomvula Khumalo", "PERSON", "Mineral Resources and Energy Minister",
    "Mineral Resources and Energy Minister Nomvula Khumalo has urged", ["quoted", "actor", "cited"], aliases=["Khumalo"])
d.P("South African Police Service", "ORG", None, "The South African Police Service said", ["cited"])
d.P("Sello Moloi", "PERSON", "Police spokesperson", "Police spokesperson Lt Col Sello Moloi said", ["quoted"])
d.P("United Mineworkers Front", "ORG", None, "The smaller United Mineworkers Front (UMF)", ["actor"], aliases=["UMF"])
d.P("Johannes Pretorius", "PERSON", "Its president", "Its president, Johannes Pretorius, argued", ["quoted"])
d.P("Lerato Mokoena", "PERSON", "a winch operator at the No. 4 shaft", "said Lerato Mokoena, 34", ["quoted"])
d.P("Chamber of Platinum Producers", "ORG", None, "The Chamber of Platinum Producers wrote", ["quoted"],
    note="Trade body; letter to the minister.")
d.P("Rhein Autokat AG", "ORG", "the German catalytic-converter maker", "Rhein Autokat AG, the German", ["cited"])
d.P("Ruan Botha", "PERSON", "a mining analyst at Highveld Capital in Johannesburg", "said Ruan Botha", ["quoted"])
d.P("Sechaba Mineworkers Pension Fund", "ORG", "Karoo’s largest shareholder",
    "Karoo’s largest shareholder, the Sechaba Mineworkers Pension Fund", ["actor"])
d.M("Highveld Capital", "ORG", "Only in Botha's role.")
d.M("Rustenburg", "GPE", "Location.")
d.M("Johannesburg", "GPE", "Location.")
d.M("Pretoria", "GPE", "Location.")
d.write()
