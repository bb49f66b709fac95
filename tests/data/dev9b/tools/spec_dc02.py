import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dc02_ambulance_strike_tabloid")

WHI = dict(aliases=["Whitlock", "Union boss Donna Whitlock"], role="Union boss")
CAR = dict(aliases=["Carver", "Health Secretary Nadine Carver"], role="Health Secretary")
BEV = dict(aliases=["Shadow health secretary Rhys Bevan", "the shadow health secretary"], role="Shadow health secretary")
ECW = dict(stype="ORG", aliases=["ECWU", "the union"])
d.Q("Donna Whitlock", "We’re running on fumes", "‘We’re running on fumes’:", **WHI, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in single marks; the same words open Whitlock's quote in the body.")
d.Q("Donna Whitlock", "We’re running on fumes. My members are sleeping in their cars between shifts because they "
    "can’t afford the petrol home.", **WHI, cue="She said:",
    note="Colon-introduced; 'She' = Whitlock, the only person in the paragraph.")
d.Q("Nadine Carver", "reckless", **CAR, syntax="phrase", cue="branded the walkout", note="Scare-quoted fragment.")
d.Q("Nadine Carver", "I have put more money on the table than any of my predecessors,", **CAR, cue="she said",
    note="Pronoun trap: two women are named ('Carver met Whitlock'); 'she' = Carver, the subject of the sentence "
         "before ('Carver later accused the union').")
d.Q("Rhys Bevan", "lost control of the NHS", **BEV, syntax="phrase", cue="told MPs the government had",
    note="Fragment (5 words).")
d.Q("Rhys Bevan", "Patients are paying the price for this government’s pride,", **BEV,
    cue="the shadow health secretary said", note="Role-only attribution of a person, in its own paragraph.")
d.Q("Keith Tate", "Mum was shouting for help all night. Nobody came until breakfast.", role="Her son",
    cue="Her son, Keith Tate, 61, fumed:", note="Colon-introduced.")
d.Q("Funmi Okafor", "We are sending ambulances to cardiac arrests, strokes and serious injuries, and very little else,",
    aliases=["Dr Funmi Okafor", "Dr Okafor"], role="the service’s medical director",
    cue="said Dr Funmi Okafor, the service’s medical director")
d.Q("NHS England", "Anyone whose life is at risk will still get an ambulance.", stype="ORG",
    cue="A spokeswoman for NHS England said:", note="Unnamed spokesperson: the quote goes to the organisation.")
d.Q("Leanne Price", "I love this work, but I can’t pay my rent with love,", aliases=["Paramedic Leanne Price"],
    role="Paramedic", cue="she said")
d.Q("Marcus Feld", "well into next year", role="The institute’s deputy director", syntax="phrase",
    cue="warned the dispute could drag on", note="Fragment; 'The institute' = the Harbourne Institute.")
d.Q("Emergency Care Workers Union", "Every shift we don’t cover is a shift the government chose not to pay for,", **ECW,
    cue="the union said", note="Role-only organisation attribution ('the union' = the ECWU).")

d.F("three", 3, "count", "regions hit by the strike (headline)", ctx="hits three regions")
d.F("THOUSANDS", None, "count", "ambulance workers who walked out", vague=True, qualifier="thousands")
d.F("nine hours", 9, "hours", "time the great-grandmother was left on the floor")
d.F("first", 1, "ordinal", "first of the planned strikes", ctx="the first of five")
d.F("five", 5, "count", "planned 24-hour strikes", ctx="of five 24-hour")
d.F("24-hour", 24, "hours", "length of each strike")
d.F("52", 52, "years", "age of Donna Whitlock")
d.F("around 31,000", 31000, "count", "ECWU members in the three regions", qualifier="around")
d.F("9%", 9, "percent", "pay rise the ECWU wants")
d.F("4.5%", 4.5, "percent", "pay rise ministers have offered")
d.F("5%", 5, "percent", "ceiling Treasury officials set on an offer", ctx="above 5%", note="'anything above 5%'.")
d.F("two hours", 2, "hours", "length of the Carver-Whitlock talks", ctx="for two hours on Monday")
d.F("600", 600, "count", "military drivers put on standby")
d.F("87", 87, "years", "age of Joan Tate")
d.F("9am", "09:00", "time", "time Joan Tate was reached (on the floor from midnight)")
d.F("61", 61, "years", "age of Keith Tate")
d.F("46", 46, "count", "NCAS crews on the road during the strike")
d.F("130", 130, "count", "NCAS crews on the road on a usual night")
d.F("212", 212, "count", "patients who waited more than four hours")
d.F("more than four hours", 4, "hours", "ambulance wait of the 212 patients", qualifier="more than")
d.F("38", 38, "count", "patients waiting more than four hours on an average day")
d.F("34", 34, "years", "age of Leanne Price")
d.F("11 years", 11, "years", "Price's time in the job")
d.F("14%", 14, "percent", "real-terms fall in ambulance pay since 2010 (Harbourne Institute)")
d.F("2010", 2010, "year", "base year of the pay fall")
d.F("2,300", 2300, "count", "calls to the Elder Voices UK helpline")
d.F("double", 2, "times", "helpline calls relative to normal")
d.F("3 December", "2026-12-03", "date", "next walkout", value_inferred=True,
    note="Year not written; the set's year 2026 ('before Christmas').")
d.F("two", 2, "count", "further walkouts planned before Christmas", ctx="with two more")

d.NF("999", reason="Emergency telephone number ('999 crews').")
d.NF("three", ctx="in the three regions", reason="Back-reference to the three regions.")
d.NF("111", reason="Telephone number of the non-emergency line.")

d.RT("yesterday", ctx="walked out yesterday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("all night", resolved=None, note="Inside a quote.")
d.RT("last night", resolved=None)
d.RT("yesterday", ctx="waited more than four hours for an ambulance yesterday", resolved=None)
d.RT("next year", resolved="2027", note="Inside a quote.")
d.RT("yesterday", ctx="2,300 calls yesterday", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("before Christmas", resolved="2026-12-25")

d.P("Emergency Care Workers Union", "ORG", None, "call handlers in the Emergency Care Workers Union (ECWU) staged",
    ["actor", "quoted"], aliases=["ECWU"], note="Later 'the union'.")
d.P("Donna Whitlock", "PERSON", "Union boss", "Union boss Donna Whitlock, 52", ["quoted", "actor"],
    aliases=["Whitlock"])
d.P("Treasury", "ORG", None, "Treasury officials are understood to have blocked", ["actor"],
    note="Compound modifier ('Treasury officials').")
d.P("Department of Health and Social Care", "ORG", None, "The Department of Health and Social Care said 600",
    ["actor", "cited"], note="Carver's department; no acronym.")
d.P("Acas", "ORG", "the conciliation service", "at the conciliation service Acas on Friday", ["actor"],
    note="Venue of the resumed talks (after a preposition). Unsure: could be a mentioned entity.")
d.P("Nadine Carver", "PERSON", "Health Secretary", "Health Secretary Nadine Carver branded", ["quoted", "actor"],
    aliases=["Carver"])
d.P("Rhys Bevan", "PERSON", "Shadow health secretary", "Shadow health secretary Rhys Bevan told MPs", ["quoted"],
    note="Later 'the shadow health secretary'.")
d.P("Joan Tate", "PERSON", None, "Joan Tate, 87, lay on her kitchen floor", ["actor"],
    note="The 'great-grandmother' of the lead.")
d.P("Keith Tate", "PERSON", "Her son", "Her son, Keith Tate, 61, fumed", ["quoted"])
d.P("Northern Counties Ambulance Service", "ORG", None, "Northern Counties Ambulance Service (NCAS) said",
    ["actor", "cited"], aliases=["NCAS"], note="Later 'NCAS bosses' (modifier), 'the service’s medical director'.")
d.P("Funmi Okafor", "PERSON", "the service’s medical director", "said Dr Funmi Okafor", ["quoted", "actor"],
    aliases=["Okafor"], note="Also 'Dr Okafor' (title + surname).")
d.P("NHS England", "ORG", None, "A spokeswoman for NHS England said", ["quoted"])
d.P("Leanne Price", "PERSON", "Paramedic", "Paramedic Leanne Price, 34", ["quoted"])
d.P("Harbourne Institute", "ORG", "a health think tank", "According to the Harbourne Institute", ["cited"],
    note="Later possessor 'The institute’s deputy director'.")
d.P("Marcus Feld", "PERSON", "The institute’s deputy director", "The institute’s deputy director, Marcus Feld, warned",
    ["quoted"])
d.P("Elder Voices UK", "ORG", "a charity for older people", "Elder Voices UK, a charity for older people, said",
    ["cited"])
d.M("NHS", "ORG", "In Bevan's quoted fragment.")
d.M("North West", "LOC", "Region.")
d.M("Yorkshire", "LOC", "Region.")
d.M("West Midlands", "LOC", "Region.")
d.M("Wakefield", "GPE", "Location.")
d.M("Barnsley", "GPE", "Location.")
d.M("Leeds", "GPE", "Location.")
d.write()
