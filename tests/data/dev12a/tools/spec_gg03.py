import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg03_nz_specialist_waiting_lists")
d.B("*By Mere Tapsell, health reporter — 14 May 2026*", "byline")

REP = dict(stype="DOCUMENT", aliases=["the report"])
ASH = dict(aliases=["Ashby", "Dr Graeme Ashby"], role="Health New Zealand’s chief executive")
NGA = dict(aliases=["Ngata", "Dr Aroha Ngata"],
           role="a Hamilton orthopaedic surgeon who chairs the Specialist Doctors Association (SDA)")
TAM = dict(role="a truck driver from Te Awamutu who has waited 19 months for a hip replacement")
d.Q("Still Waiting", "The system is not failing everywhere, but where it fails, it fails the same people again and again,",
    **REP, cue="the report said",
    note="Document speaker: the report (titled “Still Waiting”, written by the CHSR for Health New Zealand) is the "
         "subject of the attribution. Unsure: could also go to the CHSR.")
d.Q("Still Waiting", "a postcode lottery with waiting rooms.", **REP, syntax="phrase",
    cue="It called the gap between regions",
    note="'It' = the report (sentence before). 6-word phrase -> fragment, period inside.")
d.Q("Graeme Ashby", "We are not going to argue with our own numbers,", **ASH, cue="he said",
    note="'he' = Ashby, the subject of the sentence before ('Health New Zealand’s chief executive, Dr Graeme Ashby, "
         "said the agency accepted').")
d.Q("Graeme Ashby", "The question is how fast we can move.", **ASH, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tania Rāwiri", "Every patient on that list has a name, and most of them have a job they cannot do,",
    aliases=["Rāwiri", "Health Minister Tania Rāwiri", "the minister"], role="Health Minister", cue="the minister said",
    note="Role-only person attribution: 'the minister' = Health Minister Tania Rāwiri (sentence before).")
d.Q("Aroha Ngata", "You cannot buy your way out of a workforce crisis,", **NGA, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Ngata and Rāwiri met in Hamilton'); 'she' = "
         "Ngata, the subject of 'Ngata said the minister had listened'.")
d.Q("Aroha Ngata", "Private hospitals use the same surgeons we do.", **NGA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Kevin Tamati", "I have lost my licence, my job and most of my savings. I get around the house on two sticks.", **TAM,
    open_end=True,
    cue="Kevin Tamati, 58, a truck driver from Te Awamutu who has waited 19 months for a hip replacement, said:",
    note="Colon-introduced multi-paragraph quote, first paragraph (no closing mark). Long apposition before 'said:'.")
d.Q("Kevin Tamati", "Every three months someone rings to ask if I still need the operation. I tell them I need it more "
    "than ever.", **TAM, attribution="implicit", cue="(second paragraph of the quote)")
d.Q("Judith Hemi", "People think if they stop complaining, they will stop being a nuisance. It is the other way round,",
    role="the group’s coordinator", cue="the group’s coordinator, Judith Hemi, 71, told the Waikato Sentinel",
    note="Attribution after the quote, role before the name, outlet told. 'the group' = Friends of Waikato Hospital.")
d.Q("Graeme Ashby", "A queue this long is not a queue any more,", **ASH, cue="Ashby added",
    note="Surname-only 'X added', six paragraphs after Ashby's first quote.")
d.Q("Graeme Ashby", "It is a second health system, and nobody chose it.", **ASH, attribution="implicit",
    cue="(continuation of the previous quote)")

d.NQ("Still Waiting", reason="Title of the report.")

d.F("Nearly 40,000", 40000, "count", "New Zealanders waiting too long for specialist care (headline)",
    qualifier="Nearly")
d.F("More than 39,400", 39400, "count", "patients waiting longer than four months for a first specialist appointment",
    qualifier="More than")
d.F("four months", 4, "months", "waiting-time threshold for a first specialist appointment", ctx="longer than four months")
d.F("22%", 22, "percent", "rise in patients waiting too long on a year earlier")
d.F("about one in four", 0.25, "fraction", "share of orthopaedic referrals waiting more than 12 months", qualifier="about")
d.F("more than 12 months", 12, "months", "wait for a quarter of orthopaedic referrals", qualifier="more than")
d.F("61%", 61, "percent", "share of Waikato patients seen within four months")
d.F("four months", 4, "months", "waiting-time threshold (Waikato)", ctx="seen within four months")
d.F("6.5 percentage points", 6.5, "percentage points", "gap between Waikato and the national rate")
d.F("211 days", 211, "days", "median wait for a hip or knee assessment at Waikato Hospital")
d.F("187 days", 187, "days", "median wait for a hip or knee assessment at Middlemore Hospital")
d.F("14", 14, "count", "CHSR recommendations Health New Zealand accepted", ctx="all 14 of")
d.F("$48 million", 48000000, "NZD", "extra spending on operations from private providers",
    note="A bare '$' in a New Zealand story is NZD.")
d.F("two years", 2, "years", "period of the extra spending", ctx="over two years")
d.F("roughly one in six", 0.1666666667, "fraction", "share of senior medical posts vacant at Waikato Hospital",
    qualifier="roughly")
d.F("58", 58, "years", "age of Kevin Tamati", ctx="Tamati, 58,")
d.F("19 months", 19, "months", "Tamati's wait for a hip replacement")
d.F("two", 2, "count", "sticks Tamati walks on (in a quote)", ctx="on two sticks")
d.F("three months", 3, "months", "interval between calls to Tamati (in a quote)", note="'Every three months'.")
d.F("more than 2,600", 2600, "count", "trips Friends of Waikato Hospital made last year", qualifier="more than")
d.F("140km", 140, "km", "length of some round trips")
d.F("5.45am", "05:45", "time", "when volunteers leave Taumarunui")
d.F("71", 71, "years", "age of Judith Hemi", ctx="Hemi, 71,")
d.F("about $310 million", 310000000, "NZD", "yearly cost of lost work among patients on the list", qualifier="about",
    note="Per year.")
d.F("dozens", None, "count", "SDA members who have left for Australia", vague=True)

d.NF("14", ctx="— 14 May", reason="Date in the byline.")
d.NF("2026", ctx="May 2026*", reason="Year in the byline.")
d.NF("first", ctx="a first specialist appointment", reason="Part of the term 'first specialist appointment'.")
d.NF("second", ctx="a second health system", reason="Idiom inside a quote ('a second health system').")

d.RT("a year earlier", resolved="2025")
d.RT("on Wednesday", resolved="2026-05-13", note="Byline date 14 May 2026 is a Thursday.")
d.RT("on Tuesday", resolved="2026-05-12")
d.RT("last year", resolved="2025")

d.P("Centre for Health System Research", "ORG", None,
    "was written by the Wellington-based Centre for Health System Research (CHSR)", ["actor", "cited"],
    aliases=["CHSR"], note="Wrote the report; later 'the CHSR’s recommendations', 'The CHSR estimated'.")
d.P("Health New Zealand", "ORG", None, "for Health New Zealand", ["actor", "cited"],
    note="Possessor: 'Health New Zealand’s chief executive'; later 'the agency'.")
d.P("Graeme Ashby", "PERSON", "Health New Zealand’s chief executive",
    "Health New Zealand’s chief executive, Dr Graeme Ashby, said", ["quoted", "cited"], aliases=["Ashby"])
d.P("Tania Rāwiri", "PERSON", "Health Minister", "Health Minister Tania Rāwiri said", ["quoted", "cited", "actor"],
    aliases=["Rāwiri"], note="Later 'the minister'.")
d.P("Government", "ORG", None, "said the Government would spend", ["actor"],
    note="The New Zealand Government, in the minister's reported speech. Unsure.")
d.P("Kōwhai Surgical Group", "ORG", None, "private providers such as Kōwhai Surgical Group", ["actor"],
    note="Object: a private provider the money would buy operations from.")
d.P("Aroha Ngata", "PERSON", "a Hamilton orthopaedic surgeon who chairs the Specialist Doctors Association (SDA)",
    "Dr Aroha Ngata, a Hamilton orthopaedic surgeon", ["quoted", "cited", "actor"], aliases=["Ngata"])
d.P("Specialist Doctors Association", "ORG", None, "The SDA says dozens of its members", ["cited"], aliases=["SDA"],
    note="Named with its acronym inside Ngata's role, then cited alone ('The SDA says').")
d.P("Kevin Tamati", "PERSON", "a truck driver from Te Awamutu who has waited 19 months for a hip replacement",
    "Kevin Tamati, 58, a truck driver", ["quoted"])
d.P("Friends of Waikato Hospital", "ORG", "a volunteer group that drives rural patients to appointments",
    "Friends of Waikato Hospital, a volunteer group", ["actor"],
    note="Name spaCy may miss; later 'Its volunteers', 'the group’s coordinator'.")
d.P("Judith Hemi", "PERSON", "the group’s coordinator", "the group’s coordinator, Judith Hemi, 71", ["quoted"])
d.P("Waikato Sentinel", "ORG", None, "told the Waikato Sentinel", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.M("Waikato Hospital", "ORG", "Hospital (place of the waits and vacancies); also inside 'Friends of Waikato Hospital'.")
d.M("Middlemore Hospital", "ORG", "Hospital (place of the waits).")
d.M("Still Waiting", "DOCUMENT", "Title of the CHSR report (a not_quote); the DOCUMENT speaker of two quotes.")
d.M("New Zealand", "GPE", "Country (inside 'Health New Zealand' and 'New Zealanders').")
d.M("Mere Tapsell", "PERSON", "Byline author (boilerplate).")
d.M("New Zealanders", "NORP", "Headline.")
d.M("Wellington", "GPE", "In the CHSR's description ('Wellington-based').")
d.M("Waikato", "GPE", "Region.")
d.M("Counties Manukau", "GPE", "Region.")
d.M("Hamilton", "GPE", "Location.")
d.M("Te Awamutu", "GPE", "Location.")
d.M("Taumarunui", "GPE", "Location.")
d.M("Australia", "GPE", "Where SDA members have gone.")
d.write()
