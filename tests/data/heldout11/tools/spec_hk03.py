import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk03_galway_hospital_trolleys")
d.B("*By Aoife Brennan, health correspondent — 14 May 2026*", "byline")

NOL = dict(aliases=["Nolan", "Dr Fergal Nolan"], role="the hospital’s chief executive")
KEA = dict(aliases=["Keane"], role="a ward sister and the union’s Galway branch secretary")
OKO = dict(aliases=["Dr Ruth Okonjo"], role="a GP in Oranmore who chairs the Western Primary Care Network")
FUR = dict(aliases=["Minister for Health Declan Furlong", "the minister"], role="Minister for Health")
d.Q("Health Information and Quality Authority",
    "Patients were cared for in conditions that did not respect their dignity or, at times, their safety,", stype="ORG",
    aliases=["HIQA", "The watchdog"], cue="HIQA said in its report", note="Organisation quoted from its report.")
d.Q("Fergal Nolan", "hard but fair.", **NOL, syntax="phrase", cue="said the findings were",
    note="Reported speech with a quoted fragment.")
d.Q("Fergal Nolan", "We have a building designed for the Galway of 1998, and we are asking staff to run it for the Galway "
    "of today,", **NOL, cue="Nolan said", note="Surname-only attribution.")
d.Q("Fergal Nolan", "That is not their failure.", **NOL, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Siobhán Keane", "You spend a 12-hour shift apologising,", **KEA, cue="Keane said")
d.Q("Siobhán Keane", "Apologising to patients, to families, to the paramedics you can’t release.", **KEA,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Majella Quinn", "He asked me at 4am whether he had done something wrong to be left there,", aliases=["Quinn"],
    role="whose 86-year-old father spent 31 hours on a trolley in March", cue="she said",
    note="Pronoun trap: two women are named ('Quinn and Keane met at a public meeting'); 'she' = Quinn, the subject "
         "of the clause before ('Quinn read her letter aloud'). The 'He' inside the quote is her father.")
d.Q("Health Service Executive", "recruiting aggressively", stype="ORG", aliases=["HSE"], syntax="phrase",
    cue="A spokeswoman said the HSE was", note="Unnamed spokeswoman of the HSE: the quote goes to the organisation. Fragment.")
d.Q("Ruth Okonjo", "Half my older patients can’t get a home-care package,", **OKO, syntax="clause", cue="she said",
    note="Split quote, first half; 'she' = Okonjo, the only person in the paragraph.")
d.Q("Ruth Okonjo", "so they end up in the one place that never closes.", **OKO, syntax="clause", cue="she said",
    note="Split quote, second half.")
d.Q("Declan Furlong", "difficult reading.", **FUR, syntax="phrase",
    cue="told the Oireachtas health committee the report made for", note="Reported speech with a quoted fragment.")
d.Q("Declan Furlong", "Money alone will not fix this, but nothing gets fixed without it,", **FUR, cue="the minister said",
    note="Role-only person attribution: 'the minister' = Minister for Health Declan Furlong.")

d.F("up to 41 hours", 41, "hours", "longest trolley wait (headline)", ctx="for up to 41 hours, watchdog", qualifier="up to")
d.F("up to 41 hours", 41, "hours", "longest trolley wait in the emergency department", ctx="waited up to 41 hours",
    qualifier="up to")
d.F("February", "2026-02", "date", "HIQA's unannounced visit", value_inferred=True,
    note="Year not written; byline May 2026.")
d.F("97", 97, "count", "patients waiting for a bed on the day of the visit")
d.F("23", 23, "count", "patients over 75 waiting more than 24 hours")
d.F("over 75", 75, "years", "age threshold of the 23 patients", qualifier="over", note="'aged over 75'.")
d.F("more than 24 hours", 24, "hours", "how long the 23 patients had waited", qualifier="more than")
d.F("180", 180, "count", "patients a day the department was built for", note="Per day.")
d.F("about 310", 310, "count", "patients a day the department now treats", qualifier="about", note="Per day.")
d.F("January", "2026-01", "date", "when Nolan became chief executive", value_inferred=True,
    note="Year not written; byline May 2026.")
d.F("12 years", 12, "years", "Nolan's time running hospitals in Scotland")
d.F("60-bed", 60, "count", "beds in the modular ward")
d.F("December", "2026-12", "date", "when the modular ward opens", value_inferred=True,
    note="'by December'; year not written, byline May 2026.")
d.F("€28 million", 28000000, "EUR", "cost of the modular ward")
d.F("1998", 1998, "year", "the Galway the building was designed for (in a quote)")
d.F("one in six", 0.1666666667, "fraction", "share of nursing posts at the hospital that are vacant (INA)")
d.F("about 140", 140, "count", "vacant nursing jobs", qualifier="about")
d.F("2009", 2009, "year", "since when Keane has worked in the department")
d.F("12-hour", 12, "hours", "length of a shift (in a quote)")
d.F("86-year-old", 86, "years", "age of Majella Quinn's father")
d.F("31 hours", 31, "hours", "how long Quinn's father spent on a trolley")
d.F("March", "2026-03", "date", "when Quinn's father waited on a trolley", value_inferred=True,
    note="Year not written; byline May 2026.")
d.F("4am", "04:00", "time", "when Quinn's father asked her the question (in a quote)")
d.F("9.5%", 9.5, "percent", "rise in emergency department attendances in the west")
d.F("2025", 2025, "year", "year of the 9.5% rise")
d.F("six hours", 6, "hours", "admission target ('admitted within six hours')")
d.F("4 percentage points", 4, "percentage points", "fall in the share of patients admitted within six hours")
d.F("45", 45, "count", "new nursing posts approved for Galway")
d.F("Half", 0.5, "fraction", "share of Okonjo's older patients who cannot get a home-care package (in a quote)")
d.F("€1.2 billion", 1200000000, "EUR", "money promised for hospital beds nationally")
d.F("five years", 5, "years", "period of the €1.2 billion promise")
d.F("over 65", 65, "years", "age group Older Voices Ireland works for", qualifier="over", note="'people over 65'.")
d.F("six months", 6, "months", "when HIQA will return ('within six months')")

d.NF("14", ctx="— 14 May", reason="Date in the byline.")
d.NF("2026", ctx="May 2026*", reason="Year in the byline.")
d.NF("one", ctx="the one place", reason="'the one place that never closes' inside a quote (not a count).")

d.RT("on Wednesday", resolved="2026-05-13", note="Byline date 14 May 2026 is a Thursday.")
d.RT("today", ctx="the Galway of today", resolved="2026", note="Inside a quote.")
d.RT("last week", resolved="2026-05-04/2026-05-10")

d.P("Corrib University Hospital", "ORG", None, "Patients at Corrib University Hospital in Galway waited", ["actor"],
    aliases=["Corrib"], note="Headline 'Galway hospital'; later 'the hospital', possessor 'the hospital’s chief executive'.")
d.P("Health Information and Quality Authority", "ORG", None, "The Health Information and Quality Authority (HIQA) found",
    ["quoted", "actor", "cited"], aliases=["HIQA"], note="Headline and later 'watchdog'; 'HIQA will return'.")
d.P("Fergal Nolan", "PERSON", "the hospital’s chief executive", "Dr Fergal Nolan, who became the hospital’s chief executive",
    ["quoted", "cited"], aliases=["Nolan"])
d.P("Claddagh Modular Ltd", "ORG", None, "built by Claddagh Modular Ltd at a cost of", ["actor"])
d.P("Irish Nursing Alliance", "ORG", None, "The Irish Nursing Alliance (INA) says one in six", ["cited"], aliases=["INA"],
    note="Later 'the union’s Galway branch secretary'.")
d.P("Siobhán Keane", "PERSON", "a ward sister and the union’s Galway branch secretary", "Siobhán Keane, a ward sister",
    ["quoted"], aliases=["Keane"])
d.P("Majella Quinn", "PERSON", "whose 86-year-old father spent 31 hours on a trolley in March",
    "Majella Quinn, whose 86-year-old father", ["quoted", "actor"], aliases=["Quinn"])
d.P("Health Service Executive", "ORG", None, "The Health Service Executive (HSE) said attendances", ["cited", "quoted"],
    aliases=["HSE"], note="'A spokeswoman said the HSE was …'.")
d.P("Ruth Okonjo", "PERSON", "a GP in Oranmore who chairs the Western Primary Care Network", "Dr Ruth Okonjo, a GP in Oranmore",
    ["quoted", "cited"])
d.P("Declan Furlong", "PERSON", "Minister for Health", "Minister for Health Declan Furlong told the Oireachtas",
    ["quoted", "cited", "actor"], note="'He promised €1.2 billion'; later 'the minister'.")
d.P("Older Voices Ireland", "ORG", "a charity for people over 65", "Older Voices Ireland, a charity for people over 65",
    ["actor"], note="'called for a legal limit on trolley waits'.")
d.M("Western Primary Care Network", "ORG", "Only in Okonjo's description.")
d.M("Oireachtas", "ORG", "'the Oireachtas health committee' (body Furlong spoke to).")
d.M("Aoife Brennan", "PERSON", "Byline author (boilerplate).")
d.M("Galway", "GPE", "Location.")
d.M("Scotland", "GPE", "Background (Nolan's career).")
d.M("Salthill", "GPE", "Location.")
d.M("Oranmore", "GPE", "Location (in Okonjo's description).")
d.write()
