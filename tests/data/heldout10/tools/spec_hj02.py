import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj02_leeds_insulin_pump_sentencing")

HAR = dict(aliases=["Judge Nicholas Harrowby", "the judge"], role="Judge")
VER = dict(stype="ORG", aliases=["Veridose", "the company"])
CQC = dict(stype="ORG", aliases=["CQC", "the regulator"])
d.Q("Nicholas Harrowby", "These were not unforeseeable accidents. They were warnings that went unanswered,", **HAR,
    cue="the judge said", note="Role-only attribution of a person ('Judge Nicholas Harrowby' in the paragraph before).")
d.Q("Nicholas Harrowby", "slow, defensive and, at times, evasive", **HAR, syntax="phrase",
    cue="He called the trust’s early response")
d.Q("Fiona Strachan", "a nuisance rather than a signal", aliases=["Fiona Strachan KC"], role="Prosecuting for the CQC",
    syntax="phrase", cue="said managers had treated the reports as")
d.Q("Ngozi Okafor-Reid", "Mum went in to have her foot dressed and never came home. A judge has now said what we have "
    "been saying for two and a half years.", role="Okafor’s daughter", cue="read a statement for both families:",
    note="Colon-introduced statement read on behalf of both families; the speaker is the reader.")
d.Q("Alison Freer", "There is nothing I can say that makes this right, and I will not try,",
    aliases=["Freer", "Dr Alison Freer"], role="The trust’s chief executive", cue="she said",
    note="Pronoun trap: two women are named ('Dr Alison Freer, and its chief nurse, Rachel Amos'); 'she' = Freer, "
         "the subject of the sentence just before ('Freer apologised to the families afterwards').")
d.Q("Mark Ellery", "learned painful lessons", aliases=["Mark Ellery KC"], role="for the trust", syntax="phrase",
    cue="told the court it had")
d.Q("Veridose Medical Ltd", "fixed the fault in 2024", **VER, syntax="phrase",
    cue="Veridose said in a statement that it had", note="Organisation fragment from a statement.")
d.Q("Veridose Medical Ltd", "We accept the court’s judgment and we are deeply sorry,", **VER, cue="the company said",
    note="Role-only organisation attribution.")
d.Q("Care Quality Commission", "a clear message to every board in the country", **CQC, syntax="phrase",
    cue="The CQC said the sentence sent", note="9-word noun phrase -> full by the length rule.")
d.Q("Care Quality Commission", "Staff told managers what was wrong. Managers chose not to hear it,", **CQC,
    cue="the regulator said", note="Role-only organisation attribution.")
d.Q("Priya Khatri", "ignored, then blamed", role="Its regional organiser", syntax="phrase",
    cue="said members had been", note="'Its' = the Health and Care Staff Union.")

d.NQ("duty to listen", reason="Name of a proposed legal duty, not anyone's words. Unsure: could be read as the union's "
     "fragment.")

d.F("£2.3m", 2300000, "GBP", "combined fines (headline)", ctx="fined £2.3m over")
d.F("two", 2, "count", "patients killed by the overdoses (headline)", ctx="killed two patients")
d.F("£2.3m", 2300000, "GBP", "combined fines", ctx="combined £2.3m")
d.F("two", 2, "count", "patients who died", ctx="after two patients died")
d.F("more than a year", 1, "years", "how long nurses had warned about the overdoses", qualifier="more than",
    note="'a year' = 1, as dev4a's 'a week'.")
d.F("£1.5m", 1500000, "GBP", "fine on Aire Valley Hospitals NHS Foundation Trust")
d.F("£800,000", 800000, "GBP", "fine on Veridose Medical")
d.F("September", "2026-09", "date", "when both admitted the offence", value_inferred=True,
    note="Year not written; the set's year 2026 (sentencing on Monday 30 November 2026).")
d.F("up to ten times", 10, "times", "overdose the VP-40 pumps could deliver", qualifier="up to")
d.F("2.5ml", 2.5, "ml", "insulin released by one pump")
d.F("under four minutes", 4, "minutes", "time in which the 2.5ml was released", qualifier="under")
d.F("0.25ml", 0.25, "ml", "prescribed insulin dose")
d.F("60 minutes", 60, "minutes", "period for the prescribed dose")
d.F("71", 71, "years", "age of Margaret Okafor")
d.F("March 2024", "2024-03", "date", "death of Margaret Okafor")
d.F("34", 34, "years", "age of Daniel Pryce", ctx="Pryce, 34,")
d.F("eight days", 8, "days", "time between Pryce's overdose and death")
d.F("July", "2024-07", "date", "Pryce's overdose", value_inferred=True,
    note="'that July': the year of the sentence before (March 2024).")
d.F("at least 17", 17, "count", "incident reports filed by nurses before Okafor's death", qualifier="at least")
d.F("two and a half years", 2.5, "years", "how long the families have been saying it (in a quote)")
d.F("340", 340, "count", "pumps the trust withdrew")
d.F("about £1.2m", 1200000, "GBP", "spent on replacement pumps", qualifier="about")
d.F("£38m", 38000000, "GBP", "trust's forecast deficit for 2026-27")
d.F("2026-27", [2026, 2027], "year", "financial year of the forecast deficit",
    note="NHS financial year (April 2026 to March 2027), stored as dev5a's '2026-2027'.")
d.F("2024", 2024, "year", "when Veridose says it fixed the fault (in a quote)", ctx="fault in 2024")
d.F("£96,000", 96000, "GBP", "costs Veridose must pay")
d.F("November 2023", "2023-11", "date", "MHRA safety alert")
d.F("about 3,200", 3200, "count", "pumps in use at the time of the alert", qualifier="about")
d.F("41", 41, "count", "NHS trusts using the pumps", ctx="across 41 NHS")
d.F("at least six", 6, "count", "other countries where similar pumps are sold", qualifier="at least")

d.NF("VP-40", ctx="Veridose VP-40 pumps", reason="Numeral inside a product name.")
d.NF("VP-40", ctx="no VP-40 in use", reason="Numeral inside a product name.")
d.NF("one", ctx="In one case", reason="'In one case' (a single example), not a reported quantity.")

d.RT("on Monday", resolved="2026-11-30")
d.RT("afterwards", resolved=None)

d.P("Aire Valley Hospitals NHS Foundation Trust", "ORG", "An NHS trust in West Yorkshire",
    "fined Aire Valley Hospitals NHS Foundation Trust £1.5m", ["actor"],
    note="Later 'the trust', possessor ('The trust’s chief executive').")
d.P("Veridose Medical Ltd", "ORG", "a Cambridge-based device maker", "Veridose Medical Ltd, a Cambridge-based device maker",
    ["actor", "quoted"], aliases=["Veridose"], note="Later 'the company', 'The firm'.")
d.P("Leeds Crown Court", "ORG", None, "At Leeds Crown Court on Monday", ["actor"],
    note="Court that sentenced ('The court heard', 'told the court'). Unsure, as dev8b's Commonwealth Court.")
d.P("Nicholas Harrowby", "PERSON", "Judge", "Judge Nicholas Harrowby fined", ["actor", "quoted"],
    note="Later 'the judge'.")
d.P("Care Quality Commission", "ORG", None, "a prosecution brought by the Care Quality Commission (CQC)",
    ["actor", "quoted"], aliases=["CQC"], note="Later 'the regulator'.")
d.P("Margaret Okafor", "PERSON", "a retired teacher from Bradford", "Margaret Okafor, 71, a retired teacher", ["actor"],
    aliases=["Okafor"], note="Victim.")
d.P("Daniel Pryce", "PERSON", "a bus driver", "Daniel Pryce, 34, a bus driver, died", ["actor"], note="Victim.")
d.P("Fiona Strachan", "PERSON", "Prosecuting for the CQC", "Prosecuting for the CQC, Fiona Strachan KC said",
    ["quoted"], aliases=["Fiona Strachan KC"])
d.P("Ngozi Okafor-Reid", "PERSON", "Okafor’s daughter", "Okafor’s daughter, Ngozi Okafor-Reid, read a statement",
    ["quoted"])
d.P("Alison Freer", "PERSON", "The trust’s chief executive", "The trust’s chief executive, Dr Alison Freer",
    ["quoted", "actor"], aliases=["Freer"])
d.P("Rachel Amos", "PERSON", "its chief nurse", "its chief nurse, Rachel Amos, sat in the public gallery", ["actor"],
    note="Named only as the trap before Freer's 'she said'.")
d.P("Mark Ellery", "PERSON", "for the trust", "Mark Ellery KC, for the trust, told the court", ["quoted"],
    aliases=["Mark Ellery KC"])
d.P("Medicines and Healthcare products Regulatory Agency", "ORG", None,
    "According to the Medicines and Healthcare products Regulatory Agency (MHRA)", ["cited", "actor"],
    aliases=["MHRA"], note="Issued the 2023 safety alert.")
d.P("Health and Care Staff Union", "ORG", None, "The Health and Care Staff Union, which represents", ["cited"],
    note="Possessor of 'Its regional organiser'.")
d.P("Priya Khatri", "PERSON", "Its regional organiser", "Its regional organiser, Priya Khatri, said", ["quoted"])
d.P("Safer Hands", "ORG", "charity", "The charity Safer Hands said", ["cited"])
d.M("Halden Ridge Capital", "ORG", "Owner of Veridose (background).")
d.M("St Wilfrid’s Hospital", "ORG", "Where Okafor died (place).")
d.M("NHS", "ORG", "Background ('An NHS trust', '41 NHS trusts').")
d.M("VP-40", "PRODUCT", "The pump model.")
d.M("West Yorkshire", "GPE", "Location.")
d.M("Leeds", "GPE", "Location.")
d.M("Cambridge", "GPE", "Location.")
d.M("Bradford", "GPE", "Location.")
d.M("Keighley", "GPE", "Location.")
d.M("Boston", "GPE", "Location.")
d.write()
