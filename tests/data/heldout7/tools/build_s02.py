from goldlib import Doc

d = Doc("s02_hospital_galway_trolleys", "Galway hospital to open 40-bed “surge” ward as trolley numbers hit record")
INF = dict(value_inferred=True, note="Year not written; from the date line (Tuesday 17 November 2026).")

d.B("Health Desk | Tuesday 17 November 2026", "section label and date line")
d.NF("17 November 2026", reason="Publication date in the boilerplate date line.")

# quotes
d.OQ("surge", attribution="none", reason="Authorial scare quotes in the headline.")
MOL = dict(role="the hospital’s chief executive")
d.Q("Ciarán Molloy",
    "We are running at 112% occupancy on most days. That means every bed that empties is filled within the hour, and there is no slack at all when the flu season arrives.",
    **MOL, cue="He told reporters:", layout="multi-paragraph", open_end=True,
    note="First paragraph of a two-paragraph quotation introduced by a colon; the paragraph ends without a closing mark, the next opens with a new mark.")
d.Q("Ciarán Molloy",
    "The new ward gives us breathing space. What it does not give us is the 200 permanent beds this region was promised in 2019.",
    **MOL, cue="He told reporters:", layout="multi-paragraph",
    note="Second paragraph of the same quotation; same cue.")
KEA = dict(role="the INU’s industrial relations officer for the west")
d.Q("Bríd Kearney", "Staff are exhausted and patients are being treated in corridors,", **KEA, cue="said Bríd Kearney")
d.Q("Bríd Kearney", "A modular ward is welcome, but it is a sticking plaster.", **KEA, attribution="implicit",
    cue="continuation after 'said Bríd Kearney'")
d.Q("Pádraig", "Nobody was unkind. They simply had nowhere to put her,", role="Her son", cue="he said",
    note="Pronoun attribution; 'he' = Pádraig, the patient's son, named only by first name.")
FEN = dict(aliases=["Fennessy"], role="Minister for Health")
d.Q("Orla Fennessy", "before Christmas", **FEN, syntax="phrase",
    cue="Fennessy ... said the government would publish a review of bed capacity",
    note="Quoted fragment inside indirect speech.")
d.Q("Orla Fennessy", "I am not going to pretend that one ward fixes Galway,", **FEN, cue="the minister said",
    note="Speaker referred to by role only.")
d.Q("Orla Fennessy", "But it is a start, and there will be more.", **FEN, attribution="implicit",
    cue="continuation after 'the minister said'")

# figures
d.F("40-bed", 40, "count", "beds in the new surge ward (headline)", ctx="open 40-bed “surge”")
d.F("40-bed", 40, "count", "beds in the modular ward", ctx="open a 40-bed modular")
d.F("96", 96, "count", "record number of patients waiting on trolleys")
d.F("11 weeks", 11, "weeks", "time taken to build the unit")
d.F("€6.2 million", 6200000, "EUR", "cost of the modular unit")
d.F("first", 1, "ordinal", "the unit is the first of three planned", ctx="the first of three")
d.F("three", 3, "count", "modular units planned under the winter plan", ctx="first of three planned")
d.F("€38m", 38000000, "EUR", "winter plan budget")
d.F("September", "2026-09", "date", "month the winter plan was announced", **INF)
d.F("52", 52, "count", "nurses and healthcare assistants staffing the ward")
d.F("about half", 0.5, "fraction", "share of ward staff recruited through agencies", qualifier="about")
d.F("112%", 112, "percent", "bed occupancy on most days")
d.F("200", 200, "count", "permanent beds promised to the region")
d.F("2019", 2019, "year", "year the 200 beds were promised")
d.F("1,214", 1214, "count", "patients on trolleys at St Enda’s in October")
d.F("October", "2026-10", "date", "month of the 1,214 trolley count", ctx="at St Enda’s in October", **INF)
d.F("23%", 23, "percent", "year-on-year rise in trolley numbers")
d.F("11,870", 11870, "count", "patients on trolleys nationally in October")
d.F("2,100", 2100, "count", "INU members in the region to be balloted")
d.F("January", "2027-01", "date", "deadline for staffing improvement", value_inferred=True,
    note="Year not written; the next January after November 2026.")
d.F("86", 86, "count", "additional posts approved by the HSE")
d.F("61", 61, "count", "approved posts filled")
d.F("9.4 hours", 9.4, "hours", "average wait for admission from the emergency department")
d.F("11.1 hours", 11.1, "hours", "average wait a year earlier")
d.F("84", 84, "years", "age of Máire Ní Fhlatharta")
d.F("31 hours", 31, "hours", "time Máire Ní Fhlatharta spent on a trolley")
d.F("October", "2026-10", "date", "month of her trolley wait", ctx="corridor in October", **INF)
d.F("14 hours", 14, "hours", "time she had only a chair")
d.F("roughly one in four", 0.25, "fraction", "share of ED attendees aged 75 or over", qualifier="roughly")
d.F("75 or over", 75, "years", "age threshold of the older ED attendees", qualifier="or over")
d.F("2,600", 2600, "count", "national target of additional acute beds")
d.F("2031", 2031, "year", "deadline for the 2,600 beds")
d.F("December 8", "2026-12-08", "date", "date the new ward takes its first patients", **INF)

d.NF("first", ctx="for the first 14 hours", reason="'the first 14 hours': ordinary ordinal, the figure is '14 hours'.")
d.NF("one", ctx="that one ward fixes", reason="Trivial count inside a quote.")
d.NF("first", ctx="its first patients", reason="Trivial ordinal ('first patients').")
d.NF("First", ctx="Patients First Ireland", reason="Word inside an organisation name.")

d.RT("next month", resolved="2026-12")
d.RT("last Thursday", resolved="2026-11-12")
d.RT("the same month last year", resolved="2025-10")
d.RT("this year", resolved="2026")
d.RT("a year earlier", resolved="2025-11")
d.RT("last year", ctx="at St Enda’s last year", resolved="2025")
d.RT("Tuesday", ctx="Dáil on Tuesday", resolved="2026-11-17")
d.RT("Christmas", resolved="2026-12-25")

d.P("St Enda’s University Hospital", "ORG", None, "St Enda’s University Hospital in Galway will open", ["actor"],
    aliases=["St Enda’s"])
d.P("Orla Fennessy", "PERSON", "Minister for Health", "announced by Minister for Health Orla Fennessy",
    ["quoted", "actor"], aliases=["Fennessy"])
d.P("Ciarán Molloy", "PERSON", "the hospital’s chief executive", "Dr. Ciarán Molloy, the hospital’s chief executive",
    ["quoted"])
d.P("Irish Nursing Union", "ORG", None, "Figures from the Irish Nursing Union (INU)", ["cited", "actor"], aliases=["INU"])
d.P("Bríd Kearney", "PERSON", "the INU’s industrial relations officer for the west", "said Bríd Kearney", ["quoted"])
d.P("Health Service Executive", "ORG", None, "The Health Service Executive said in a statement", ["cited", "actor"],
    aliases=["HSE"])
d.P("Máire Ní Fhlatharta", "PERSON", None, "Máire Ní Fhlatharta, 84, from Oughterard", ["actor"],
    note="Patient whose trolley wait is described.")
d.P("Pádraig", "PERSON", "Her son", "Her son, Pádraig, said", ["quoted", "cited"])
d.P("Patients First Ireland", "ORG", "advocacy charity", "The advocacy charity Patients First Ireland said", ["cited"])

d.M("Dáil", "ORG", "Venue of the minister's remarks.")
d.M("Galway", "GPE", "Location.")
d.M("Oughterard", "GPE", "Home town of the patient.")

d.write()
