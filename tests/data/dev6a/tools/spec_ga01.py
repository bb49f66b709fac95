import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ga01_galway_hospital_trolleys")

S = dict(marks="straight")
BRE = dict(aliases=["Brennan"], role="the union's industrial relations officer for the west")
HSE = dict(stype="ORG", aliases=["HSE", "the executive"])
KEA = dict(aliases=["Keating", "Health Minister Orla Keating"], role="Health Minister")
d.Q("Aoife Brennan", "Our members are treating people in corridors, in car parks, in the ambulance bay,", **BRE, **S,
    cue="said Aoife Brennan")
d.Q("Aoife Brennan", "This is not a winter surge any more. It is the whole year.", **BRE, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Health Service Executive", "fully recognises the pressure", **HSE, **S, syntax="phrase",
    cue="An HSE spokeswoman said the executive", note="Spokesperson quote goes to the organisation.")
d.Q("Health Service Executive", "Recruitment is under way and we expect the first of these nurses to start within six weeks,",
    **HSE, **S, cue="she said", note="'she' = the HSE spokeswoman; spokesperson quote goes to the organisation.")
d.Q("Orla Keating", "We are building our way out of this, but I accept that does not help a patient on a trolley tonight,",
    **KEA, **S, cue="she said",
    note="Trap: two women are named in the paragraph (Keating, then Siobhan Ruane); 'she' is Keating, the subject of "
         "the sentence before the quote.")
d.Q("Care Before Corridors", "Victorian", stype="ORG", **S, syntax="phrase", cue="described conditions as",
    note="Scare-quote fragment of the charity.")
d.Q("Tom Kilbride", "No one in that hospital is failing. The system is failing them.", role="Its founder", **S,
    cue="said:", note="Colon-introduced. 'Its' = Care Before Corridors.")
d.Q("Health Information and Quality Authority", "a high risk", stype="ORG", aliases=["HIQA", "The regulator"], **S,
    syntax="phrase", cue="The regulator said in 2024 that overcrowding there posed",
    note="Role-only organisation form ('The regulator').")

d.F("112", 112, "count", "patients on trolleys at Corrib University Hospital (headline)", ctx="record 112 patients")
d.F("112", 112, "count", "patients on trolleys at Corrib University Hospital on Monday", ctx="had 112 patients")
d.F("March 3", "2026-03-03", "date", "start of the nurses' work-to-rule", value_inferred=True,
    note="Year inferred from 'this year' and the HSE's 2026 service plan.")
d.F("at least 45", 45, "count", "extra nursing posts the union demands", qualifier="at least")
d.F("1998", 1998, "year", "when the emergency department was built")
d.F("90", 90, "count", "patients a day the emergency department was built for")
d.F("up to 13 hours", 13, "hours", "length of nurses' shifts", qualifier="up to")
d.F("one in four", 0.25, "fraction", "share of posts filled by agency staff")
d.F("€9.4 million", 9400000, "EUR", "cost of agency staff last year (Brennan)")
d.F("18", 18, "count", "nursing posts the HSE has approved since October")
d.F("October", "2025-10", "date", "since when the HSE approved 18 posts", value_inferred=True,
    note="The October before an early-2026 story: 2025.")
d.F("six weeks", 6, "weeks", "when the first new nurses should start ('within six weeks')")
d.F("58", 58, "years", "age of Declan Moriarty")
d.F("31", 31, "count", "patients on trolleys aged over 75")
d.F("over 75", 75, "years", "age threshold of the 31 trolley patients", ctx="aged over 75", qualifier="over")
d.F("19.5 hours", 19.5, "hours", "average wait for a bed")
d.F("60-bed", 60, "count", "beds in the new ward block")
d.F("€48 million", 48000000, "EUR", "EIB loan part-funding the ward block")
d.F("April 2027", "2027-04", "date", "when the new ward block opens")
d.F("350-space", 350, "count", "spaces in the planned car park")
d.F("74,200", 74200, "count", "emergency department attendances in 2025")
d.F("2025", 2025, "year", "year of the 74,200 attendances")
d.F("8%", 8, "percent", "rise in attendances on 2024", ctx="up 8% on")
d.F("2024", 2024, "year", "comparison year for the attendance rise", ctx="8% on 2024")
d.F("22", 22, "count", "beds the hospital lost")
d.F("38%", 38, "percent", "share of patients over 75 admitted or discharged within 24 hours")
d.F("over 75", 75, "years", "age threshold in the 38% statistic", ctx="patients over 75 were", qualifier="over")
d.F("24 hours", 24, "hours", "national target time for admission or discharge ('within 24 hours')")
d.F("95%", 95, "percent", "national target share")
d.F("84", 84, "years", "age of Tom Kilbride's mother")
d.F("41 hours", 41, "hours", "time Kilbride's mother waited on a trolley")
d.F("January", "2026-01", "date", "when Kilbride's mother waited on a trolley", value_inferred=True,
    note="Year inferred: the January of the story's year (2026).")
d.F("a fortnight", 2, "weeks", "when HIQA is due to inspect ('within a fortnight')")
d.F("2024", 2024, "year", "when HIQA said overcrowding posed a high risk", ctx="said in 2024")
d.F("91%", 91, "percent", "union members at Corrib who voted for industrial action")
d.F("76%", 76, "percent", "turnout in the union ballot")
d.F("2026", 2026, "year", "year of the HSE service plan")
d.F("between 1,400 and 1,650", [1400, 1650], "count", "new nursing posts allowed nationally in the 2026 service plan")
d.F("roughly two-thirds", 0.6666666667, "fraction", "share of the new posts in emergency care", qualifier="roughly")

d.NF("first", ctx="the first of these", reason="'the first of these nurses' (trivial ordinal inside a quote; the fact "
     "is the six weeks).")
d.NF("No one", reason="Idiom ('No one in that hospital is failing') inside a quote.")

d.RT("on Monday morning", resolved=None)
d.RT("this year", resolved="2026")
d.RT("last year", resolved="2025")
d.RT("on Friday", resolved=None)
d.RT("tonight", resolved=None, note="Inside a quote.")
d.RT("last week", resolved=None)

d.P("Corrib University Hospital", "ORG", None, "Corrib University Hospital in Galway had 112 patients", ["actor"],
    aliases=["Corrib"], note="Later 'the hospital'.")
d.P("Irish Nursing and Care Workers' Union", "ORG", None, "according to figures compiled by the Irish Nursing",
    ["actor", "cited"], aliases=["INCWU"], note="Later 'The union'.")
d.P("Health Service Executive", "ORG", None, "unless the Health Service Executive (HSE) approved", ["actor", "quoted"],
    aliases=["HSE"], note="Later 'the executive'; quoted through a spokeswoman.")
d.P("Aoife Brennan", "PERSON", "the union's industrial relations officer for the west", "said Aoife Brennan",
    ["quoted", "cited"], aliases=["Brennan"])
d.P("MedLink Staffing Ltd", "ORG", None, "Dublin-based MedLink Staffing Ltd", ["actor"])
d.P("Declan Moriarty", "PERSON", "The hospital's chief executive", "The hospital's chief executive, Declan Moriarty",
    ["cited"])
d.P("WestWave Radio", "ORG", "regional broadcaster", "told regional broadcaster WestWave Radio", ["actor"],
    note="Broadcaster the speaker talks on (dev3 convention).")
d.P("Orla Keating", "PERSON", "Health Minister", "Health Minister Orla Keating visited", ["quoted", "actor"],
    aliases=["Keating"])
d.P("Siobhan Ruane", "PERSON", "the cathaoirleach of Galway County Council", "with Siobhan Ruane, the cathaoirleach",
    ["actor"], note="Visited the hospital with Keating; named right before Keating's 'she said' (trap).")
d.P("Galway County Council", "ORG", None, "The council said last week", ["cited"],
    note="Named in Ruane's role; then 'The council said ... it would fast-track planning permission'.")
d.P("European Investment Bank", "ORG", None, "loan from the European Investment Bank (EIB)", ["actor"], aliases=["EIB"])
d.P("Atlantic Health Policy Institute", "ORG", "a Limerick-based think tank", "A report by the Atlantic Health Policy",
    ["cited"], note="'A report by X' and 'Institute data show'.")
d.P("Care Before Corridors", "ORG", "The patients' charity", "The patients' charity Care Before Corridors",
    ["quoted"])
d.P("Tom Kilbride", "PERSON", "Its founder", "Its founder, Tom Kilbride", ["quoted"])
d.P("Health Information and Quality Authority", "ORG", None, "The Health Information and Quality Authority (HIQA)",
    ["actor", "quoted"], aliases=["HIQA"], note="Later 'The regulator'.")
d.M("Galway", "GPE", "Location.")
d.M("Dublin", "GPE", "In 'Dublin-based'.")
d.M("Limerick", "GPE", "In 'Limerick-based'.")
d.write()
