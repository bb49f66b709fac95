import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fb03_harbourlight_poverty")
d.B("<p>Posted Mon 8 Jun 2026 at 5:30am</p>", "dateline", note="ABC-style publication line; gives the year 2026.")

NGU = dict(aliases=["Dr Leah Nguyen", "Dr Nguyen"], role="Harbourlight chief executive")
CAS = dict(role="Social Services Minister")
HAR = dict(role="a single mother of two in Elizabeth")
d.Q("Leah Nguyen", "We are seeing working families at our food pantries who have never needed us before,", **NGU,
    cue="Harbourlight chief executive Dr Leah Nguyen told ABC Radio Sydney")
d.Q("Leah Nguyen", "They have jobs. What they don’t have is anything left after the rent.", **NGU, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tom Vlahos", "done more than any in a decade", **CAS, syntax="phrase",
    cue="Social Services Minister Tom Vlahos said the Government had", note="7-word phrase -> 'full'.")
d.Q("Tom Vlahos", "Nobody pretends the job is finished,", **CAS, cue="he said",
    note="Pronoun speaker in a one-sentence paragraph.")
d.Q("Bridget Kemp", "reading from a script written before the rent went up", role="Opposition families spokeswoman",
    syntax="phrase", cue="Opposition families spokeswoman Bridget Kemp said the minister was", note="10-word phrase -> 'full'.")
d.Q("Jess Harper", "I skip dinner most nights so the kids can have seconds,", **HAR, cue="she said")
d.Q("Jess Harper", "It’s the same on every street round here,", **HAR, cue="she added",
    note="Trap: the last person named before the quote is her neighbour Colin Ward (he); 'she' is Jess Harper.")
d.Q("pensioner at a Harbourlight centre in Hobart", "You can’t eat the rent receipt.", stype="ANONYMOUS",
    role="pensioner at a Harbourlight centre in Hobart",
    cue="One pensioner at a Harbourlight centre in Hobart was more direct:", note="Anonymous; colon-introduced quote.")
d.Q("senior government source", "in the normal budget process", stype="ANONYMOUS", role="senior government source",
    syntax="phrase", cue="A senior government source, who asked not to be named, said the request would be considered")

d.OQ("an insult", attributed_to="welfare groups", attribution="vague-collective",
     reason="Unnamed welfare groups; no identifiable speaker.")
d.NQ("Doing Without", reason="Title of the report.")

d.F("One in eight", 0.125, "fraction", "Australians living in poverty (headline)")
d.F("More than 3.3 million", 3300000, "count", "Australians living below the poverty line", qualifier="More than")
d.F("761,000", 761000, "count", "children living below the poverty line")
d.F("2024-25", "2024/2025", "date", "financial year of the ABS data", note="Australian financial year (July to June).")
d.F("half", 0.5, "fraction", "poverty line as a share of median household income")
d.F("$579", 579, "AUD", "poverty line for a single adult, per week")
d.F("one in eight", 0.125, "fraction", "Australians who are poor on the report's measure", ctx="one in eight Australians and")
d.F("one in six", 0.1666666667, "fraction", "children who are poor on the report's measure")
d.F("dozens", None, "count", "people Harbourlight turns away every week", vague=True)
d.F("140", 140, "count", "Harbourlight centres")
d.F("about 40 per cent", 40, "percent", "rise in demand for emergency relief", qualifier="about")
d.F("two years", 2, "years", "period of the rise in demand for emergency relief")
d.F("between $62 and $68", [62, 68], "AUD", "weekly rise in advertised rents for a two-bedroom unit in western Sydney")
d.F("95 cents", 0.95, "AUD", "daily rise in the base rate of JobSeeker", note="Cents stored in full units (AUD 0.95).")
d.F("March", "2026-03", "date", "when JobSeeker went up", ctx="a day in March", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("a decade", 10, "years", "period in which no government did more (Vlahos, in a quote)")
d.F("10 per cent", 10, "percent", "rise in Commonwealth Rent Assistance")
d.F("at least $80", 80, "AUD", "daily JobSeeker rate the opposition wants", qualifier="at least")
d.F("$6.2 billion", 6200000000, "AUD", "yearly cost of the opposition's JobSeeker rise (Treasury costing)")
d.F("34", 34, "years", "age of Jess Harper")
d.F("two", 2, "count", "Jess Harper's children", ctx="mother of two")
d.F("$430", 430, "AUD", "Jess Harper's weekly rent")
d.F("$690", 690, "AUD", "Jess Harper's weekly income")
d.F("fourth", 4, "ordinal", "Australia's child poverty rank among G20 nations ('fourth-highest')")
d.F("Tens of thousands", None, "count", "households spending more than 30 per cent of income on housing", vague=True)
d.F("more than 30 per cent", 30, "percent", "share of income spent on housing by tens of thousands of households",
    qualifier="more than")
d.F("$10.5 million", 10500000, "AUD", "money Harbourlight wants from Canberra")
d.F("20 September", "2026-09-20", "date", "date from which Harbourlight wants the income test indexed", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("3.6 per cent", 3.6, "percent", "RBA cash rate")
d.F("May", "2026-05", "date", "RBA meeting at which the cash rate was held", ctx="its May meeting", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("2:30pm", "14:30", "time", "time of the next RBA decision")
d.F("7 July", "2026-07-07", "date", "date of the next RBA meeting", value_inferred=True,
    note="Year from the publication line (2026).")

d.NF("8", ctx="Mon 8 Jun", reason="Date in the publication line (boilerplate).")
d.NF("2026", ctx="Jun 2026 at", reason="Year in the publication line (boilerplate).")
d.NF("5:30am", reason="Time in the publication line (boilerplate).")
d.NF("two", ctx="two-bedroom", reason="Descriptor ('two-bedroom unit').")
d.NF("G20", reason="Numeral in a name (G20).")

d.NF("One", ctx="One pensioner", reason="Indefinite determiner ('One pensioner').")
d.RT("over the year", resolved=None)
d.RT("every week", resolved=None)

d.P("Harbourlight Australia", "ORG", None, "according to a report by the charity Harbourlight Australia", ["cited", "actor"],
    aliases=["Harbourlight"])
d.P("Banksia University", "ORG", None, "was prepared with researchers at Banksia University’s Social Policy Centre",
    ["actor"], note="Co-author of the report through its Social Policy Centre. Unsure: could be a mentioned entity.")
d.P("Australian Bureau of Statistics", "ORG", None, "draws on Australian Bureau of Statistics (ABS) data", ["cited"],
    aliases=["ABS"], note="Also 'ABS data show'.")
d.P("Leah Nguyen", "PERSON", "Harbourlight chief executive", "Harbourlight chief executive Dr Leah Nguyen told ABC Radio Sydney",
    ["quoted", "cited"], aliases=["Dr Leah Nguyen", "Dr Nguyen"])
d.P("ABC Radio Sydney", "ORG", None, "Dr Leah Nguyen told ABC Radio Sydney", ["actor"],
    note="Broadcaster a speaker talks on (dev3 convention).")
d.P("Tom Vlahos", "PERSON", "Social Services Minister", "Social Services Minister Tom Vlahos said", ["quoted"])
d.P("Bridget Kemp", "PERSON", "Opposition families spokeswoman", "Opposition families spokeswoman Bridget Kemp said",
    ["quoted", "cited"])
d.P("Treasury", "ORG", None, "which Treasury has costed at $6.2 billion a year", ["actor"])
d.P("Jess Harper", "PERSON", "a single mother of two in Elizabeth", "Jess Harper, 34, a single mother of two", ["quoted", "cited"])
d.P("Reserve Bank of Australia", "ORG", None, "The Reserve Bank of Australia, which held the cash rate", ["actor"])
d.M("Colin Ward", "PERSON", "Jess Harper's neighbour; only present (trap for the 'she added' quote). Unsure.")
d.M("Social Policy Centre", "ORG", "Unit of Banksia University.")
d.M("Doing Without", "WORK", "Report title.")
d.M("Government", "ORG", "Australian Government, inside Vlahos's paraphrase.")
d.M("JobSeeker", "PROGRAM", "Income support payment.")
d.M("Commonwealth Rent Assistance", "PROGRAM", "Payment.")
d.M("Family Tax Benefit Part A", "PROGRAM", "Payment.")
d.M("Canberra", "GPE", "Metonym for the federal government, object of Harbourlight's request.")
d.M("Australia", "GPE", "Country ranked by child poverty.")
d.M("Tasmania", "GPE", "State with the highest poverty rate.")
d.M("Sydney", "GPE", "Location.")
d.M("Elizabeth", "GPE", "Adelaide suburb.")
d.M("Adelaide", "GPE", "Location.")
d.M("Hobart", "GPE", "Location.")
d.M("US", "GPE", "Comparison country.")
d.M("Turkey", "GPE", "Comparison country.")
d.M("Mexico", "GPE", "Comparison country.")
d.M("G20", "ORG", "Group of countries.")
d.write()
