import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ha02_leeds_hospital_trust_inspection")
d.B("*By Rachel Oduya — 12 November 2026*", "byline")

VEN = dict(aliases=["Venner", "Mr Venner"], role="The trust’s chief executive")
d.Q("Miriam Castell", "Too many patients are being cared for in places that were never designed for care,",
    aliases=["Dr Miriam Castell"], role="deputy chief inspector of hospitals at the CQC", cue="said Dr Miriam Castell")
d.Q("Care Quality Commission", "exhausted but committed", stype="ORG", aliases=["CQC", "the regulator"], syntax="phrase",
    cue="the regulator said", note="Inspection-report finding; role-only organisation attribution.")
d.Q("Paul Venner", "We are sorry. Patients and their families deserved better from us this summer, and I take "
    "responsibility for that.", **VEN, open_end=True, cue="In a statement, he added:",
    note="Multi-paragraph statement, first paragraph: opening mark, no closing mark. Colon-introduced.")
d.Q("Paul Venner", "We have already opened 36 extra beds and recruited 58 nurses since the inspection.", **VEN,
    layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same statement)",
    note="Multi-paragraph quote, final paragraph (reopened, closed).")
d.Q("Paul Venner", "No. Walking away now would be the easy thing to do.", **VEN,
    cue="Asked by the Evening Courier whether he would resign, Mr Venner replied:",
    note="Question-and-answer; colon-introduced.")
d.Q("Dawn Ilesanmi", "Our members have been filling rota gaps with goodwill for three years. Goodwill has run out,",
    aliases=["Ms Ilesanmi"], role="the union’s regional secretary", cue="said Dawn Ilesanmi")
d.Q("Janet Firth", "I want names, dates and a plan, not another action log,", aliases=["Councillor Janet Firth"],
    role="Councillor who chairs Leeds City Council’s health scrutiny board", cue="she said",
    note="Pronoun speaker after two women are named (Firth wrote to Ms Ilesanmi); 'she' = Firth, the subject of the "
         "sentence.")
d.Q("Graham Sutcliffe", "Nobody was unkind. There just wasn’t anybody there.", cue="said the report rang true:",
    note="Colon-introduced, in the same paragraph.")
d.Q("NHS England", "working closely", stype="ORG", syntax="phrase",
    cue="a spokesperson for its regional team said it was", note="Spokesperson fragment goes to the organisation.")
d.Q("Arun Mehta", "Roughly one in five beds is occupied by someone who is medically fit to leave but has nowhere to go,",
    aliases=["Prof Arun Mehta"], role="a health economist at Pennine University", cue="argued Prof Arun Mehta")
d.Q("Department of Health and Social Care", "Ministers expect the trust to act on every one of the CQC’s findings "
    "without delay.", stype="ORG", cue="A Department of Health and Social Care spokesperson said:",
    note="Spokesperson quote goes to the organisation.")

d.NQ("requires improvement", reason="Name of a CQC rating category.")
d.NQ("inadequate", reason="Name of a CQC rating category.")

d.F("up to 19 hours", 19, "hours", "longest corridor wait (headline)", ctx="left up to 19 hours", qualifier="up to")
d.F("up to 19 hours", 19, "hours", "longest corridor wait", ctx="for up to 19 hours", qualifier="up to")
d.F("more than three hours", 3, "hours", "how late some medicines were given", qualifier="more than")
d.F("June", "2026-06", "date", "first month of the unannounced visits", value_inferred=True,
    note="Year from the byline (12 November 2026).")
d.F("July", "2026-07", "date", "second month of the unannounced visits", ctx="June and July", value_inferred=True)
d.F("31 January", "2027-01-31", "date", "deadline of the CQC warning notice", value_inferred=True,
    note="The next 31 January after the November 2026 report.")
d.F("64%", 64, "percent", "emergency patients admitted, transferred or discharged within four hours in July")
d.F("four hours", 4, "hours", "emergency-department target window")
d.F("July", "2026-07", "date", "month of the 64% figure", ctx="four hours in July", value_inferred=True)
d.F("78%", 78, "percent", "national four-hour target")
d.F("41", 41, "count", "nurse vacancies in the emergency department")
d.F("36", 36, "count", "extra beds opened since the inspection (Venner)")
d.F("58", 58, "count", "nurses recruited since the inspection (Venner)")
d.F("2024", 2024, "year", "since when HCWU members raised warnings")
d.F("three years", 3, "years", "how long members have filled rota gaps (Ilesanmi)")
d.F("3 December", "2026-12-03", "date", "scrutiny board hearing", value_inferred=True, note="A Thursday in 2026.")
d.F("71", 71, "years", "age of Graham Sutcliffe")
d.F("19 hours", 19, "hours", "how long Sutcliffe's wife waited in a corridor", ctx="waited 19 hours")
d.F("July", "2026-07", "date", "month of Sutcliffe's wife's fall", ctx="fall in July", value_inferred=True)
d.F("1,140", 1140, "count", "beds the trust runs")
d.F("about 9,800", 9800, "count", "staff the trust employs", qualifier="about")
d.F("£38.5m", 38500000, "GBP", "trust's underlying deficit this year")
d.F("£4.2m", 4200000, "GBP", "extra funding from NHS England")
d.F("37", 37, "count", "police call-outs to the emergency department")
d.F("between January and September", "2026-01/2026-09", "date", "period of the 37 police call-outs",
    value_inferred=True)
d.F("Roughly one in five", 0.2, "fraction", "beds occupied by medically fit patients (Mehta)", qualifier="Roughly")
d.F("212", 212, "count", "complaints about the trust logged this year (Patients Voice Yorkshire)")
d.F("131", 131, "count", "complaints about the trust logged in 2025")
d.F("2025", 2025, "year", "year of the 131 complaints")

d.NF("12", ctx="— 12 November", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("one", ctx="every one of", reason="Idiom inside a quote ('every one of').")

d.RT("on Thursday", resolved="2026-11-12")
d.RT("this summer", resolved="2026-06/2026-08", note="Inside a quote.")
d.RT("this year", ctx="£38.5m this year", resolved="2026")
d.RT("this year", ctx="trust this year", resolved="2026")

d.P("Care Quality Commission", "ORG", None, "The Care Quality Commission (CQC) downgraded", ["actor", "quoted"],
    aliases=["CQC"], note="Later 'the regulator said'.")
d.P("Aire Valley Teaching Hospitals NHS Trust", "ORG", None, "downgraded Aire Valley Teaching Hospitals NHS Trust",
    ["actor", "cited"], note="Later 'the trust'.")
d.P("Miriam Castell", "PERSON", "deputy chief inspector of hospitals at the CQC", "said Dr Miriam Castell",
    ["quoted"])
d.P("Paul Venner", "PERSON", "The trust’s chief executive", "The trust’s chief executive, Paul Venner, said",
    ["quoted", "cited"], aliases=["Venner"], note="Later 'Mr Venner'.")
d.P("Evening Courier", "ORG", None, "Asked by the Evening Courier whether he would resign", ["actor"],
    note="Newspaper that put the question, as dev3's broadcaster convention. Unsure.")
d.P("Lorraine Pickles", "PERSON", "The trust’s acting chief nurse", "The trust’s acting chief nurse, Lorraine Pickles",
    ["cited"])
d.P("Health and Care Workers’ Union", "ORG", None, "The Health and Care Workers’ Union (HCWU) said", ["cited"],
    aliases=["HCWU"])
d.P("Dawn Ilesanmi", "PERSON", "the union’s regional secretary", "said Dawn Ilesanmi, the union’s regional secretary",
    ["quoted"], aliases=["Ilesanmi"], note="Later 'Ms Ilesanmi'.")
d.P("Janet Firth", "PERSON", "Councillor who chairs Leeds City Council’s health scrutiny board",
    "Councillor Janet Firth, who chairs", ["quoted", "actor", "cited"])
d.P("Graham Sutcliffe", "PERSON", None, "Graham Sutcliffe, 71, whose wife waited", ["quoted"],
    note="Relative of a patient; no role.")
d.P("NHS England", "ORG", None, "NHS England will send an improvement director", ["actor", "quoted"],
    note="Quoted through 'a spokesperson for its regional team'.")
d.P("West Yorkshire Police", "ORG", None, "West Yorkshire Police said officers", ["cited"])
d.P("Arun Mehta", "PERSON", "a health economist at Pennine University", "argued Prof Arun Mehta", ["quoted"])
d.P("Patients Voice Yorkshire", "ORG", "charity", "The charity Patients Voice Yorkshire said", ["cited"])
d.P("Department of Health and Social Care", "ORG", None, "A Department of Health and Social Care spokesperson said",
    ["quoted"])
d.M("Kirkstall General Hospital", "ORG", "The hospital inspected (place/object).")
d.M("Leeds City Council", "ORG", "Only in Firth's role ('Leeds City Council’s health scrutiny board').")
d.M("Pennine University", "ORG", "Only in Mehta's role.")
d.M("Leeds", "GPE", "Location.")
d.M("Rachel Oduya", "PERSON", "Byline author (boilerplate).")
d.write()
