import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fb02_waterford_trolleys")
d.B("*Thu 14 May 2026, 05:00*", "dateline", note="Publication timestamp (Markdown italics); gives the year 2026.")

HSP = dict(stype="ORG", aliases=["St Declan’s"])
DOL = dict(role="Minister for Health")
TUO = dict(aliases=["Gráinne Tuohy TD"], role="The Opposition’s health spokeswoman")
KAV = dict(aliases=["Cullinane"], role="a clinical nurse manager at St Declan’s")
d.Q("Health Service Executive", "accepts the findings in full", stype="ORG", aliases=["HSE"], syntax="phrase",
    cue="In a statement, the Health Service Executive (HSE) said it", note="Written statement; fragment.")
d.Q("Ciarán Dolan", "difficult reading", **DOL, syntax="phrase", cue="Minister for Health Ciarán Dolan said the report made for")
d.Q("Ciarán Dolan", "No one should be on a trolley for 41 hours in a modern hospital, and nobody in Government thinks "
    "otherwise,", **DOL, cue="he told the Dáil")
d.Q("Gráinne Tuohy", "This did not come out of nowhere,", **TUO, cue="she said")
d.Q("Gráinne Tuohy", "Staff in Waterford have been raising the alarm since before Covid-19, and they were told to be patient.",
    **TUO, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Mary Cullinane", "There were nights when we had people on chairs in the corridor because we had run out of trolleys,",
    **KAV, cue="said Mary Cullinane, 54, ...")
d.Q("Mary Cullinane", "You do your best for every one of them. But you go home knowing somebody’s mother spent the night "
    "under a strip light with no curtain around her.", **KAV, attribution="implicit", open_end=True,
    cue="(continuation: new paragraph, no closing mark)", note="Multi-paragraph quote, paragraph 2 of 3.")
d.Q("Mary Cullinane", "That is not the job any of us trained for.", **KAV, attribution="implicit", layout="multi-paragraph",
    cue="(continuation: final paragraph)", note="Multi-paragraph quote, paragraph 3 of 3.")
d.Q("Fiachra Moran", "on most days", aliases=["Dr Fiachra Moran"], role="the hospital’s acting clinical director",
    syntax="phrase", cue="patients were now discharged before 11am ..., he said")
d.Q("St Declan’s General Hospital", "working through every recommendation", **HSP, syntax="phrase",
    cue="A spokeswoman for St Declan’s ... said managers were", note="Spokesperson quote goes to the hospital.")
d.Q("Orla Devine", "found what every family in the south-east already knows", role="Its chief executive", syntax="phrase",
    cue="Its chief executive, Orla Devine, wrote on social media that Hiqa had",
    note="Social media post; 'Its' = Bedside Ireland. 8-word phrase -> 'full'.")

d.F("up to 41 hours", 41, "hours", "longest trolley wait (headline)", ctx="waited up to 41 hours on trolleys at", qualifier="up to")
d.F("up to 41 hours", 41, "hours", "longest trolley wait at St Declan’s", ctx="waited up to 41 hours on trolleys in",
    qualifier="up to")
d.F("one in five", 0.2, "fraction", "patients who spent more than 24 hours in the emergency department")
d.F("more than 24 hours", 24, "hours", "time spent in the emergency department by one in five", qualifier="more than")
d.F("3 and 4 March", "2026-03-03/2026-03-04", "date", "dates of the unannounced inspection", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("four", 4, "count", "national standards the hospital complied with", ctx="just four of")
d.F("11", 11, "count", "national standards assessed", ctx="the 11 national")
d.F("five", 5, "count", "standards partially complied with", ctx="compliant with five")
d.F("two", 2, "count", "standards not complied with", ctx="non-compliant with two")
d.F("63", 63, "count", "patients in the emergency department on the first morning")
d.F("2007", 2007, "year", "when the emergency department was built")
d.F("50,000", 50000, "count", "yearly attendances the emergency department was built for")
d.F("78,600", 78600, "count", "emergency department attendances in 2025")
d.F("2025", 2025, "year", "year of 78,600 attendances")
d.F("almost a quarter", 0.25, "fraction", "rise in attendances since 2019", qualifier="almost")
d.F("2019", 2019, "year", "comparison year for the attendance rise")
d.F("41 hours", 41, "hours", "longest trolley wait (key findings)", ctx="Longest trolley wait: 41 hours")
d.F("over 75", 75, "years", "age group in the nine-hour admission measure", qualifier="over")
d.F("nine hours", 9, "hours", "admission target time for patients over 75")
d.F("58%", 58, "percent", "patients over 75 admitted within nine hours")
d.F("99%", 99, "percent", "target share of over-75s admitted within nine hours")
d.F("8,412", 8412, "count", "people on the outpatient waiting list")
d.F("-1.3%", -1.3, "percent", "change in the outpatient waiting list on a year earlier")
d.F("January to March", "2026-01/2026-03", "date", "period of the agency nursing bill", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("€2.1 million", 2100000, "EUR", "agency nursing bill, January to March")
d.F("96-bed", 96, "count", "beds in the new ward block")
d.F("€62 million", 62000000, "EUR", "cost of the new ward block")
d.F("second half of 2027", "2027-07/2027-12", "date", "when the new ward block opens")
d.F("41 hours", 41, "hours", "trolley wait the minister condemned (in a quote)", ctx="trolley for 41 hours")
d.F("2024", 2024, "year", "when the minister was warned in writing (Tuohy)")
d.F("54", 54, "years", "age of Mary Cullinane")
d.F("1,140", 1140, "count", "patients waiting for a bed across the State on Tuesday (INMG count)")
d.F("96", 96, "count", "patients waiting for a bed at St Declan’s on Tuesday", ctx="96 of them")
d.F("between €1,100 and €1,350", [1100, 1350], "EUR", "cost of each night on a trolley (Hiqa estimate)")
d.F("38", 38, "count", "nurses hired since January")
d.F("January", "2026-01", "date", "start of the nurse hiring period", ctx="hired since January", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("12-bed", 12, "count", "beds in the new acute medical unit")
d.F("February", "2026-02", "date", "when the acute medical unit opened", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("11am", "11:00", "time", "discharge time on most days", note="'before' is a temporal relation, not in the surface.")
d.F("nine", 9, "count", "Model 4 hospitals in the State", ctx="State’s nine Model")
d.F("30 September", "2026-09-30", "date", "deadline for the progress report", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("six months", 6, "months", "when Hiqa will return", note="'within' is a temporal relation.")
d.F("21 days", 21, "days", "time the hospital has to submit a compliance plan")

d.NF("14", ctx="Thu 14 May", reason="Date in the publication line (boilerplate).")
d.NF("2026", ctx="May 2026,", reason="Year in the publication line (boilerplate).")
d.NF("05:00", reason="Time in the publication line (boilerplate).")
d.NF("first", ctx="On the first morning", reason="'the first morning' of the inspection: trivial ordinal.")
d.NF("one", ctx="No one should", reason="Pronoun 'No one'.")
d.NF("19", ctx="Covid-19", reason="Numeral in a name (Covid-19).")
d.NF("one", ctx="every one of them", reason="Idiom 'every one of them'.")
d.NF("4", ctx="Model 4", reason="Hospital category name (Model 4).")

d.NF("one", ctx="St Declan’s, one of", reason="'one of the State’s nine' - the figure is nine.")
d.RT("a year earlier", resolved="2025")
d.RT("on Tuesday", resolved="2026-05-12", note="Tuesday before the Thursday 14 May publication.")
d.RT("now", ctx="were now discharged", resolved=None)

d.P("St Declan’s General Hospital", "ORG", None, "Patients at St Declan’s General Hospital in Waterford waited",
    ["actor", "quoted"], aliases=["St Declan’s"], note="Quoted through its spokeswoman.")
d.P("Health Information and Quality Authority", "ORG", None, "according to a report by the Health Information and Quality Authority (Hiqa)",
    ["cited", "actor"], aliases=["Hiqa"])
d.P("Health Service Executive", "ORG", None, "In a statement, the Health Service Executive (HSE) said", ["quoted"], aliases=["HSE"])
d.P("Ciarán Dolan", "PERSON", "Minister for Health", "Minister for Health Ciarán Dolan said", ["quoted"])
d.P("Gráinne Tuohy", "PERSON", "The Opposition’s health spokeswoman", "The Opposition’s health spokeswoman, Gráinne Tuohy TD, said",
    ["quoted", "cited"], aliases=["Gráinne Tuohy TD"], note="'TD' (Teachta Dála) is an abbreviated title after the name.")
d.P("Mary Cullinane", "PERSON", "a clinical nurse manager at St Declan’s", "said Mary Cullinane, 54,", ["quoted"],
    aliases=["Cullinane"], note="Second role: a branch officer with the INMG.")
d.P("Irish Nursing and Midwifery Guild", "ORG", None, "a branch officer with the Irish Nursing and Midwifery Guild (INMG)",
    ["cited"], aliases=["INMG"], note="Cited for its daily count ('according to the union’s daily count').")
d.P("Seán Fitzgerald", "PERSON", "The INMG’s general secretary", "The INMG’s general secretary, Seán Fitzgerald, said", ["cited"])
d.P("Fiachra Moran", "PERSON", "the hospital’s acting clinical director", "Dr Fiachra Moran, the hospital’s acting clinical director",
    ["quoted", "cited"], aliases=["Dr Fiachra Moran"])
d.P("Bedside Ireland", "ORG", "a patients’ charity", "Bedside Ireland, a patients’ charity, was less measured",
    ["cited"])
d.P("Orla Devine", "PERSON", "Its chief executive", "Its chief executive, Orla Devine, wrote", ["quoted"])
d.M("Waterford", "GPE", "Location.")
d.M("Dáil", "ORG", "Where the minister spoke.")
d.M("Government", "ORG", "Inside Dolan's quote.")
d.M("Covid-19", "EVENT", "Inside Tuohy's quote.")
d.write()
