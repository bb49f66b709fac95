import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h905_port_kotuku_berth_expansion")
d.B("By Grace Tuhoe | 22 September 2026", "byline")

d.Q("Aroha Ngata", "This is the first new container berth on the west coast of the North Island in 40 years,",
    aliases=["Ngata"], role="Port Kōtuku’s chief executive", cue="said Aroha Ngata")
d.Q("Yuko Tanabe", "We will bring the ships; the port has to bring the cranes,", aliases=["Tanabe"],
    role="Shiokaze’s New Zealand representative", cue="she said",
    note="Pronoun speaker after two women are named ('Ngata and ... Yuko Tanabe'); 'she' = Tanabe, the subject of "
         "the sentence just before ('Tanabe said the line planned').")
d.Q("Kenji Moriyama", "a second door", aliases=["Shiokaze president Kenji Moriyama"], role="Shiokaze president",
    syntax="phrase", cue="told reporters in Tokyo that Japanese buyers ... wanted")
d.Q("Taranaki Regional Council", "workable and enforceable", stype="ORG", syntax="phrase",
    cue="The Taranaki Regional Council said the conditions were", note="Inside a list of submissions.")
d.Q("Ngā Tai Environmental Trust", "a start, not a solution", stype="ORG", syntax="phrase",
    cue="Ngā Tai Environmental Trust, a coastal charity, called the dredging cap", note="Inside a list of submissions.")
d.Q("Simon Hartley", "doing exactly what it was designed to do", aliases=["Transport Minister Simon Hartley"],
    role="Transport Minister", syntax="phrase", cue="said in a statement that the consent showed the fast-track regime",
    note="Statement. 8-word verb phrase -> 'full' by the length rule.")
d.Q("Fiona McKenzie", "New Zealand does not have a port shortage. It has a rail shortage,",
    aliases=["Prof Fiona McKenzie"], role="a freight economist at the University of Taranaki",
    cue="argued Prof Fiona McKenzie")
d.Q("Taranaki Dairy Exporters Association", "a meaningful share", stype="ORG", syntax="phrase",
    cue="The Taranaki Dairy Exporters Association ... said it would move")
d.Q("James Whitcombe", "We have told the board that, and we have told our lenders,",
    role="The port’s interim chief financial officer", cue="he said",
    note="After 'James Whitcombe, acknowledged that ...'; the only man named in the paragraph.")

d.F("NZ$780m", 780000000, "NZD", "berth expansion (headline)")
d.F("25%", 25, "percent", "Shiokaze's stake in Port Kōtuku (headline)", ctx="takes 25% stake")
d.F("NZ$780 million", 780000000, "NZD", "cost of the expansion")
d.F("420-metre", 420, "metres", "length of the new container berth")
d.F("650,000 TEU", 650000, "TEU", "annual capacity after the expansion", note="Per year.")
d.F("2031", 2031, "year", "when capacity reaches 650,000 TEU")
d.F("94", 94, "count", "conditions attached by the panel")
d.F("1.2 million cubic metres", 1200000, "cubic metres", "cap on dredging")
d.F("¥21 billion", 21000000000, "JPY", "price Shiokaze pays for its stake")
d.F("NZ$236 million", 236000000, "NZD", "NZ dollar value of Shiokaze's payment")
d.F("25%", 25, "percent", "Shiokaze's stake in Port Kōtuku", ctx="for a 25% stake")
d.F("up to US$150 million", 150000000, "USD", "JBIC loan", qualifier="up to")
d.F("first", 1, "ordinal", "new container berth on the North Island's west coast in 40 years (Ngata)",
    ctx="the first new container")
d.F("40 years", 40, "years", "since the last new container berth on the west coast (Ngata)")
d.F("up to 8,000 TEU", 8000, "TEU", "largest ship size the berth takes", qualifier="up to")
d.F("14.5 metres", 14.5, "metres", "draught at the new berth")
d.F("11.8 metres", 11.8, "metres", "draught at the existing wharves")
d.F("2029", 2029, "year", "start of Shiokaze's weekly service")
d.F("at least 60%", 60, "percent", "share of new jobs the PWUA wants for local workers", qualifier="at least")
d.F("310", 310, "count", "new jobs from the project", ctx="the 310 new jobs")
d.F("about 12%", 12, "percent", "rail's share of freight by tonne-kilometre (McKenzie)", qualifier="about")
d.F("about 310,000 tonnes", 310000, "tonnes", "exporters' volume shipped through Tauranga last year", qualifier="about")
d.F("2022", 2022, "year", "year of the steel price spike")
d.F("about NZ$60 million", 60000000, "NZD", "extra cost if the steel price spike repeats", qualifier="about")
d.F("four", 4, "count", "lenders in Pacifica Bank's syndicate")
d.F("NZ$300 million", 300000000, "NZD", "construction facility from the syndicate")
d.F("March", "2027-03", "date", "start of reclamation work", value_inferred=True,
    note="Next March after the September 2026 byline.")
d.F("first", 1, "ordinal", "crane to arrive from Shanghai", ctx="the first crane")
d.F("late 2028", 2028, "year", "arrival of the first crane", qualifier="late")

d.NF("22", ctx="22 September", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("second", ctx="a second door", reason="Metaphor inside a quote ('a second door').")

d.RT("on Monday", resolved="2026-09-21")
d.RT("last week", resolved=None)
d.RT("last year", resolved="2025")

d.P("Port Kōtuku Ltd", "ORG", None, "New Plymouth’s Port Kōtuku Ltd has won approval", ["actor", "cited"],
    aliases=["Port Kōtuku"])
d.P("Environmental Protection Authority", "ORG", None, "convened by the Environmental Protection Authority (EPA)",
    ["actor"], aliases=["EPA"])
d.P("Shiokaze Kaiun Co.", "ORG", None, "Tokyo-based Shiokaze Kaiun Co. will pay", ["actor", "cited"],
    aliases=["Shiokaze"], note="Later 'the line'.")
d.P("Japan Bank for International Cooperation", "ORG", None, "the Japan Bank for International Cooperation (JBIC) will lend",
    ["actor"], aliases=["JBIC"])
d.P("Aroha Ngata", "PERSON", "Port Kōtuku’s chief executive", "said Aroha Ngata, Port Kōtuku’s chief executive",
    ["quoted", "actor"], aliases=["Ngata"])
d.P("Yuko Tanabe", "PERSON", "Shiokaze’s New Zealand representative", "Shiokaze’s New Zealand representative, Yuko Tanabe",
    ["quoted", "actor", "cited"], aliases=["Tanabe"])
d.P("Kenji Moriyama", "PERSON", "Shiokaze president", "Shiokaze president Kenji Moriyama told reporters", ["quoted"])
d.P("Taranaki Regional Council", "ORG", None, "The Taranaki Regional Council said", ["quoted"])
d.P("Ngā Tai Environmental Trust", "ORG", "a coastal charity", "Ngā Tai Environmental Trust, a coastal charity", ["quoted"])
d.P("Port Workers Union of Aotearoa", "ORG", None, "The Port Workers Union of Aotearoa (PWUA) backed", ["actor"],
    aliases=["PWUA"])
d.P("Simon Hartley", "PERSON", "Transport Minister", "Transport Minister Simon Hartley said in a statement", ["quoted"])
d.P("Fiona McKenzie", "PERSON", "a freight economist at the University of Taranaki", "argued Prof Fiona McKenzie",
    ["quoted", "cited"])
d.P("Taranaki Dairy Exporters Association", "ORG", None, "The Taranaki Dairy Exporters Association, whose members",
    ["quoted", "cited"])
d.P("James Whitcombe", "PERSON", "The port’s interim chief financial officer",
    "The port’s interim chief financial officer, James Whitcombe, acknowledged", ["quoted", "cited"])
d.P("Pacifica Bank", "ORG", None, "Pacifica Bank, which leads a syndicate", ["actor"])
d.M("New Plymouth District Council", "ORG", "Owner of the port through its investment arm (background).")
d.M("University of Taranaki", "ORG", "Only in McKenzie's role.")
d.M("Fast-track Approvals Act", "LAW", "Law under which consent was granted.")
d.M("North Island", "LOC", "Inside Ngata's quote.")
d.M("New Zealand", "GPE", "Background.")
d.M("New Plymouth", "GPE", "Location.")
d.M("Tokyo", "GPE", "Location.")
d.M("Yokohama", "GPE", "Location.")
d.M("Busan", "GPE", "Location.")
d.M("Tauranga", "GPE", "Location (rival port city).")
d.M("Shanghai", "GPE", "Location.")
d.M("Grace Tuhoe", "PERSON", "Byline author (boilerplate).")
d.write()
