import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h902_kenya_kilele_mara_merger_review")
d.B("NAIROBI, March 4 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
OTI = dict(aliases=["Otieno"], role="Mara's Kenya chief executive")
MOH = dict(role="a telecoms analyst at Simba Capital in Nairobi")
LAM = dict(role="Mara Connect's group chief executive")
d.Q("Wanjiru Kamau", "We are not against consolidation, but we will not approve a deal that makes it costlier for a farmer "
    "in Kitui to send money to her daughter,", role="director-general of the Competition Authority of Kenya", **S,
    cue="said Wanjiru Kamau, director-general of the Competition Authority of Kenya (CAK)")
d.Q("Brian Otieno", "We will build where nobody else is building,", **OTI, **S, cue="Otieno told the committee")
d.Q("Brian Otieno", "If we are forced to sell the mobile money business, the numbers stop working,", **OTI, **S,
    cue="he added, conceding that")
d.Q("Communications Authority of Kenya", "Spectrum is a public resource. It does not change hands with a share "
    "certificate,", stype="ORG", aliases=["the regulator"], **S, cue="the regulator said in a filing to the CAK",
    note="'the regulator' here is the Communications Authority (the filing is addressed to the CAK, the competition "
         "regulator of the lead).")
d.Q("Kilele Communications Plc", "the best available outcome for shareholders", stype="ORG",
    aliases=["Kilele", "Kilele's board"], **S, syntax="phrase", cue="Kilele's board ... called it ... in a statement",
    note="Board statement goes to the company. 6-word noun phrase -> fragment.")
d.Q("Joseph Kiprono", "Competition is not just a count of companies. It is whether a student in Garissa can afford to get "
    "online,", aliases=["Kiprono", "Treasury Cabinet Secretary Joseph Kiprono"], role="Treasury Cabinet Secretary", **S,
    cue="he said",
    note="Pronoun speaker after two men are named ('Joseph Kiprono and ... Daniel Mwangi'); 'he' = Kiprono, the "
         "subject of the sentence just before ('Kiprono told reporters').")
d.Q("Peter Njoroge", "They call it synergies. Our members call it a letter on a Friday afternoon,",
    aliases=["the union's general secretary"], role="general secretary", **S,
    cue="the union's general secretary warned", note="Role-only attribution; named in the paragraph before.")
d.Q("Aisha Mohamed", "Consolidation was always coming to this market,", **MOH, **S, syntax="clause",
    cue="said Aisha Mohamed", note="Split quote, first half.")
d.Q("Aisha Mohamed", "and the watchdog knows it cannot say no forever.", **MOH, **S, syntax="clause",
    cue="said Aisha Mohamed", note="Split quote, second half; 'the watchdog' = the CAK.")
d.Q("Sophie Lambert", "reasonable conditions", **LAM, **S, syntax="phrase",
    cue="told Reuters by phone from Luxembourg that she would accept")
d.Q("Sophie Lambert", "Kenya is the market where everything we do elsewhere gets tested first,", **LAM, **S,
    cue="she said")

d.F("$376 million", 376000000, "USD", "Mara Connect's bid for Kilele (headline)", ctx="Connect's $376 million")
d.F("48.6 billion shilling", 48600000000, "KES", "Mara Connect's offer for Kilele")
d.F("$376 million", 376000000, "USD", "dollar value of the offer", ctx="($376 million)")
d.F("60 days", 60, "days", "extension of the CAK review")
d.F("May 3", "2026-05-03", "date", "new deadline for the CAK ruling", value_inferred=True,
    note="Year from the dateline context (March 4, a Wednesday in 2026); 60 days after March 4.")
d.F("six", 6, "count", "African markets Mara Connect operates in")
d.F("January", "2026-01", "date", "when Mara agreed to buy Kilele", value_inferred=True)
d.F("100%", 100, "percent", "share of Kilele Mara agreed to buy")
d.F("third", 3, "ordinal", "Kilele's rank among Kenyan mobile operators", ctx="third-largest")
d.F("about 7.2 million", 7200000, "count", "Kilele subscribers", qualifier="about")
d.F("2.1%", 2.1, "percent", "rise in Kilele shares")
d.F("14.35 shillings", 14.35, "KES", "Kilele share price")
d.F("21 billion shillings", 21000000000, "KES", "planned spending on masts")
d.F("five years", 5, "years", "period of the mast spending")
d.F("about 9%", 9, "percent", "Pesa Haraka's share of mobile transfers (Central Bank of Kenya)", qualifier="about")
d.F("38%", 38, "percent", "Baobab Infrastructure Fund's stake in Kilele")
d.F("up to 1,400", 1400, "count", "Kilele jobs that could go (TAWU)", qualifier="up to")
d.F("3,100", 3100, "count", "Kilele staff")
d.F("as much as 15%", 15, "percent", "possible rise in consumer prices (KMUA)", qualifier="as much as")
d.F("$1.9 billion", 1900000000, "USD", "Mara Connect revenue in 2025")
d.F("2025", 2025, "year", "year of the $1.9 billion revenue")
d.F("a third", 0.3333333333, "fraction", "share of Mara's revenue from East Africa")

d.NF("4", ctx="March 4 (Reuters)", reason="Date in the dateline.")
d.NF("4G", reason="Network technology name ('4G and 5G masts').")
d.NF("5G", reason="Network technology name ('4G and 5G masts').")
d.NF("first", ctx="gets tested first", reason="Adverb inside a quote ('gets tested first').")

d.RT("on Wednesday", resolved="2026-03-04")
d.RT("on Tuesday", ctx="committee on Tuesday", resolved="2026-03-03")
d.RT("on Tuesday", ctx="statement on Tuesday", resolved="2026-03-03")
d.RT("on Monday", resolved="2026-03-02")

d.P("Competition Authority of Kenya", "ORG", None, "Kenya's competition regulator on Wednesday extended",
    ["actor", "cited"], aliases=["CAK"], note="Named in Kamau's role; later 'The authority' and 'the watchdog'.")
d.P("Mara Connect SA", "ORG", None, "Mara Connect SA's 48.6 billion shilling", ["actor", "cited"],
    aliases=["Mara Connect", "Mara"])
d.P("Kilele Communications Plc", "ORG", "Kenya's third-largest mobile operator", "offer for Kilele Communications Plc",
    ["actor", "quoted"], aliases=["Kilele"])
d.P("Wanjiru Kamau", "PERSON", "director-general of the Competition Authority of Kenya", "said Wanjiru Kamau", ["quoted"])
d.P("Brian Otieno", "PERSON", "Mara's Kenya chief executive", "Mara's Kenya chief executive, Brian Otieno, told",
    ["quoted", "cited"], aliases=["Otieno"])
d.P("National Assembly", "ORG", None, "told the National Assembly's communications committee", ["actor"],
    note="Owned form only: 'the National Assembly's communications committee' heard Otieno ('told the committee').")
d.P("Pesa Haraka Ltd", "ORG", "Kilele's mobile money unit", "Kilele's mobile money unit, Pesa Haraka Ltd, handles",
    ["actor"], note="Later 'the mobile money unit'.")
d.P("Central Bank of Kenya", "ORG", None, "according to the Central Bank of Kenya, which said", ["cited"])
d.P("Communications Authority of Kenya", "ORG", None, "The Communications Authority of Kenya, which licenses spectrum",
    ["quoted", "cited"], note="Later 'the regulator said'.")
d.P("Baobab Infrastructure Fund", "ORG", "Its largest shareholder", "Its largest shareholder, the Baobab Infrastructure Fund",
    ["actor", "cited"], note="'Its' = Kilele.")
d.P("Joseph Kiprono", "PERSON", "Treasury Cabinet Secretary", "Treasury Cabinet Secretary Joseph Kiprono and",
    ["quoted", "actor"], aliases=["Kiprono"])
d.P("Daniel Mwangi", "PERSON", "ICT Cabinet Secretary", "ICT Cabinet Secretary Daniel Mwangi have both spoken", ["actor"],
    note="Named together with Kiprono right before the 'he said' quote, which is Kiprono's.")
d.P("Telecommunication and Allied Workers Union", "ORG", None, "The Telecommunication and Allied Workers Union (TAWU)",
    ["actor", "cited"], aliases=["TAWU"], note="Later 'the union's general secretary'.")
d.P("Peter Njoroge", "PERSON", "general secretary", "led by general secretary Peter Njoroge", ["quoted"])
d.P("Kenya Mobile Users Association", "ORG", None, "according to the Kenya Mobile Users Association (KMUA)", ["cited"],
    aliases=["KMUA"])
d.P("Aisha Mohamed", "PERSON", "a telecoms analyst at Simba Capital in Nairobi", "said Aisha Mohamed", ["quoted"])
d.P("Sophie Lambert", "PERSON", "Mara Connect's group chief executive",
    "Mara Connect's group chief executive, Sophie Lambert, told Reuters", ["quoted", "cited"])
d.M("Simba Capital", "ORG", "Only in Mohamed's role.")
d.M("Nairobi Securities Exchange", "ORG", "Where Kilele shares trade (place).")
d.M("Reuters", "ORG", "News agency (dateline, 'told Reuters').")
d.M("Kenya", "GPE", "Background.")
d.M("Luxembourg", "GPE", "Location.")
d.M("Nairobi", "GPE", "Location.")
d.M("NAIROBI", "GPE", "Dateline.")
d.M("Kitui", "GPE", "Location, in a quote.")
d.M("Garissa", "GPE", "Location, in a quote.")
d.M("East Africa", "LOC", "Region.")
d.write()
