import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ia04_bayside_mercy_cyber_attack")

S = dict(marks="straight")
CAR = dict(aliases=["Dr Fiona Carmody"], role="the group's chief executive")
NGU = dict(role="a 34-year-old nurse in the emergency department at St Aldric's")
d.Q("Fiona Carmody", "We are treating this as a critical incident, and patient safety is our only priority,", **CAR, **S,
    cue="said Dr Fiona Carmody, the group's chief executive")
d.Q("Fiona Carmody", "We will not pay a ransom.", **CAR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Australian Cyber Security Centre", "working closely", stype="ORG", aliases=["The centre"], **S, syntax="phrase",
    cue="The centre said it was", note="Organisation fragment; 'The centre' = the Australian Cyber Security Centre.")
d.Q("Ros Kiely", "Not about this group, and not about this attack.", aliases=["Kiely", "Health Minister Ros Kiely"],
    role="Health Minister", **S, cue="Asked whether the government had been warned, she replied:",
    note="Answer to a question, colon-introduced. Elliptical but complete, so 'sentence'; 9 words, full either way.")
d.Q("Leanne Tu'ipulotu", "The minister was told this was coming and she took the money away,", aliases=["Tu'ipulotu"],
    role="Opposition health spokeswoman", **S, cue="she said",
    note="Pronoun speaker after two women are named ('Leanne Tu'ipulotu and Kiely'); 'she' = Tu'ipulotu, the subject "
         "of the sentence before; the quote's 'she' is Kiely.")
d.Q("Jess Nguyen", "pen, paper and prayer", **NGU, **S, syntax="phrase", cue="said staff had gone back to")
d.Q("Jess Nguyen", "We were writing drug charts by hand at three in the morning,", **NGU, **S,
    cue="she told Port Phillip TV", note="Pronoun in the next paragraph; Nguyen is the only person in the one before.")
d.Q("Helix Clinical Systems Inc.", "no evidence", stype="ORG", aliases=["Helix"], **S, syntax="phrase",
    cue="which said in a statement that there was")
d.Q("Martin Achterberg", "A card can be cancelled in a minute. Your medical history is yours for life,",
    aliases=["Prof Martin Achterberg"],
    role="who leads the cyber resilience lab at the Yarra Institute of Technology", **S, cue="he said",
    note="After 'Prof Martin Achterberg ... warned that ...'.")

d.F("three", 3, "count", "Melbourne hospitals diverting ambulances", ctx="from three Melbourne")
d.F("2.40am", "02:40", "time", "when the attack was detected")
d.F("about 640", 640, "count", "patients whose surgery was postponed", qualifier="about")
d.F("1.3 terabytes", 1.3, "TB", "data BlackTide says it stole")
d.F("23", 23, "count", "ambulances redirected")
d.F("about nine hours", 9, "hours", "period over which ambulances were redirected", qualifier="about")
d.F("US$4.5 million", 4500000, "USD", "ransom demanded by BlackTide", note="In cryptocurrency.")
d.F("up to 210,000", 210000, "count", "patients whose records were taken (claimed)", qualifier="up to")
d.F("$12 million", 12000000, "AUD", "security program the government cut")
d.F("2024", 2024, "year", "when the security program was cut")
d.F("34-year-old", 34, "years", "age of Jess Nguyen", note="'-year-old' kept in the surface, as dev6b's '16-year-old'.")
d.F("three in the morning", "03:00", "time", "when staff wrote drug charts by hand (Nguyen)")
d.F("12-hour", 12, "hours", "length of the shifts worked")
d.F("4%", 4, "percent", "fall in Helix shares")
d.F("about 4,800", 4800, "count", "Bayside Mercy staff", qualifier="about")
d.F("$1.1 billion", 1100000000, "AUD", "Bayside Mercy revenue last financial year")

d.NF("one", ctx="one of Victoria's", reason="'one of Victoria's largest' (not a quantity).")
d.NF("first", ctx="chaotic first night", reason="Trivial ordinal ('a chaotic first night').")
d.NF("1800 555 017", reason="Telephone number.")

d.RT("on Wednesday", resolved=None)
d.RT("Monday", ctx="at least Monday", resolved=None)
d.RT("overnight", ctx="extra patients overnight", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("overnight", ctx="New York overnight", resolved=None)
d.RT("last financial year", resolved=None)

d.P("Bayside Mercy Health Group", "ORG", "one of Victoria's largest private hospital operators",
    "across Bayside Mercy Health Group", ["actor", "cited"], aliases=["Bayside Mercy"],
    note="First after a preposition ('across ...'); later 'The group', possessive 'Bayside Mercy's systems'.")
d.P("Fiona Carmody", "PERSON", "the group's chief executive", "said Dr Fiona Carmody", ["quoted"])
d.P("Ambulance Victoria", "ORG", None, "Ambulance Victoria said 23 ambulances were redirected", ["cited"])
d.P("BlackTide", "ORG", "A criminal group", "A criminal group calling itself BlackTide claimed responsibility",
    ["actor", "cited"])
d.P("Victoria Police", "ORG", None, "Victoria Police and the Australian Federal Police (AFP) are investigating", ["actor"])
d.P("Australian Federal Police", "ORG", None, "Victoria Police and the Australian Federal Police (AFP) are investigating",
    ["actor"], aliases=["AFP"])
d.P("Australian Cyber Security Centre", "ORG", None, "the Australian Cyber Security Centre has sent a team",
    ["actor", "quoted"], note="Later 'The centre'.")
d.P("Ros Kiely", "PERSON", "Health Minister", "Health Minister Ros Kiely said", ["quoted", "cited", "actor"],
    aliases=["Kiely"])
d.P("Leanne Tu'ipulotu", "PERSON", "Opposition health spokeswoman", "Opposition health spokeswoman Leanne Tu'ipulotu",
    ["quoted", "cited", "actor"], aliases=["Tu'ipulotu"])
d.P("Jess Nguyen", "PERSON", "a 34-year-old nurse in the emergency department at St Aldric's",
    "Jess Nguyen, a 34-year-old nurse", ["quoted", "cited"])
d.P("Port Phillip TV", "ORG", None, "she told Port Phillip TV", ["actor"],
    note="Broadcaster spoken to; it also saw BlackTide's screenshots ('seen by Port Phillip TV').")
d.P("Health Workers Union of Victoria", "ORG", None, "The Health Workers Union of Victoria said", ["cited"])
d.P("Dimitri Pappas", "PERSON", "The union's state secretary", "The union's state secretary, Dimitri Pappas, argued",
    ["cited"])
d.P("Helix Clinical Systems Inc.", "ORG", "US supplier", "software from US supplier Helix Clinical Systems Inc.",
    ["actor", "quoted"], aliases=["Helix"], note="After a preposition ('software from'); modifier 'Helix shares'.")
d.P("Martin Achterberg", "PERSON", "who leads the cyber resilience lab at the Yarra Institute of Technology",
    "Prof Martin Achterberg, who leads", ["quoted", "cited"])
d.P("Office of the Australian Information Commissioner", "ORG", None,
    "The Office of the Australian Information Commissioner confirmed", ["actor", "cited"])
d.P("Coral Mutual", "ORG", "Insurer", "Insurer Coral Mutual, which covers the group, declined to comment", ["actor"])
d.M("Harbour Bridge Capital Partners", "ORG", "Owner of Bayside Mercy (background), as dev6b's Auerbach Partners.")
d.M("St Aldric's Hospital", "ORG", "Hospital where surgery is postponed (place); also in Nguyen's role.")
d.M("Bayside Mercy Sandringham", "ORG", "Hospital (place).")
d.M("Bayside Mercy Geelong", "ORG", "Hospital (place).")
d.M("Yarra Institute of Technology", "ORG", "Only in Achterberg's role.")
d.M("Notifiable Data Breaches scheme", "MISC", "Legal scheme.")
d.M("Victoria", "GPE", "Background.")
d.M("Melbourne", "GPE", "Location.")
d.M("Frankston", "GPE", "Location.")
d.M("Cheltenham", "GPE", "Location of the data centre.")
d.M("New York", "GPE", "Stock market location.")
d.M("Sydney", "GPE", "Location.")
d.write()
