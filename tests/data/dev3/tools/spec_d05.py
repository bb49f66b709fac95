from goldlib import Doc
d = Doc("d05_calder_trial")

CBT = dict(stype="ORG", aliases=["CBT", "the company"])
MAR = dict(aliases=["Dr. Helen Marsh"], role="CBT's chief medical officer")
WIL = dict(aliases=["Prof. Tomasz Wilk"], role="a neurologist at Northgate University")
SID = dict(aliases=["Dr. Farah Siddiqui"], role="The trial's lead UK investigator")
PRY = dict(role="director of research at the charity Memory Matters Trust")
d.NQ("HORIZON-2", reason="Name of the study in quotation marks.")
d.Q("Calder BioTherapeutics", "We are disappointed, but the totality of the data gives us reason to keep going,", **CBT,
    cue="the company said in a statement", note="'the company said'.")
d.Q("Helen Marsh", "clinically meaningful", **MAR, syntax="phrase",
    cue="Dr. Helen Marsh, CBT's chief medical officer, argued that the effect in patients under 70 was")
d.Q("Helen Marsh", "In younger patients we saw a slowing of about 35%, and that is not a number we can ignore,", **MAR,
    cue="she told analysts on a conference call", note="Pronoun speaker.")
d.Q("Tomasz Wilk", "A 17% slowing that does not reach significance is, frankly, a negative result,", **WIL,
    cue="said Prof. Tomasz Wilk")
d.Q("Tomasz Wilk", "Subgroups are where hope goes to hide.", **WIL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Farah Siddiqui", "Patients and families are realistic,", **SID, cue="she said")
d.Q("Farah Siddiqui", "They are not expecting miracles, but they want options.", **SID, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Owen Pryce", "a blow, not a dead end", **PRY, syntax="phrase", cue="said the result was")
d.Q("Owen Pryce", "Every failed trial teaches the field something, and the people taking part in them deserve enormous credit,",
    **PRY, cue="he said")

d.F("14%", 14, "percent", "fall in Calder BioTherapeutics shares (headline)", ctx="slump 14%")
d.F("14%", 14, "percent", "fall in Calder BioTherapeutics shares", ctx="fell 14%")
d.F("1,284p", 1284, "GBX", "CBT share price after the fall")
d.F("18-month", 18, "months", "length of the HORIZON-2 study")
d.F("1,946", 1946, "count", "patients enrolled in the trial")
d.F("60 to 85", [60, 85], "years", "age range of enrolled patients")
d.F("212", 212, "count", "trial sites")
d.F("14", 14, "count", "countries with trial sites", ctx="in 14 countries")
d.F("40mg", 40, "mg", "highest daily dose of CB-217")
d.F("1.9 points", 1.9, "points", "decline on the memory scale with the highest dose")
d.F("2.3 points", 2.3, "points", "decline on the memory scale with placebo")
d.F("17%", 17, "percent", "difference between high dose and placebo", ctx="difference of 17%")
d.F("-21.4%", -21.4, "percent", "change in amyloid levels in the high-dose group")
d.F("+1.2%", 1.2, "percent", "change in amyloid levels on placebo")
d.F("one in eight", 0.125, "fraction", "high-dose patients with brain swelling")
d.F("2%", 2, "percent", "placebo patients with brain swelling", ctx="against 2% of")
d.F("under 70", 70, "years", "age limit of the subgroup with a 'clinically meaningful' effect", qualifier="under")
d.F("about 35%", 35, "percent", "slowing of decline in younger patients (Marsh)", qualifier="about")
d.F("17%", 17, "percent", "slowing cited by Wilk", ctx="A 17% slowing")
d.F("about a quarter", 0.25, "fraction", "Siddiqui's patients asking to continue on the drug", qualifier="about")
d.F("1,450p", 1450, "GBX", "Harcourt Lowe Securities' new price target")
d.F("2,600p", 2600, "GBX", "Harcourt Lowe Securities' previous price target")
d.F("at least three years", 3, "years", "estimated length of a further trial", qualifier="at least")
d.F("between $250 million and $300 million", [250000000, 300000000], "USD", "estimated cost of a further trial")
d.F("about £1.1bn", 1100000000, "GBP", "market value wiped off CBT", qualifier="about")
d.F("about $680 million", 680000000, "USD", "CBT's spending on the programme since 2019", qualifier="about")
d.F("2019", 2019, "year", "start of CBT's spending on the programme")
d.F("£412m", 412000000, "GBP", "CBT's cash at the end of March 2026")
d.F("March 2026", "2026-03", "date", "date of CBT's cash figure ('the end of March 2026')")
d.F("2028", 2028, "year", "how far CBT's cash funds operations")
d.F("About 982,000", 982000, "count", "people in the UK living with dementia", qualifier="about")

d.NF("CB-217", reason="Drug code name.")
d.NF("3", ctx="Phase 3 study", reason="Trial phase label.")
d.NF("HORIZON-2", reason="Numeral in the study name.")

d.RT("on Monday", resolved=None)
d.RT("in the coming weeks", resolved=None)

d.P("Calder BioTherapeutics", "ORG", None, "Shares in Calder BioTherapeutics (CBT) fell", ["actor", "quoted"], aliases=["CBT"])
d.P("Helen Marsh", "PERSON", "CBT's chief medical officer", "Dr. Helen Marsh, CBT's chief medical officer", ["quoted"],
    aliases=["Dr. Helen Marsh"])
d.P("Tomasz Wilk", "PERSON", "a neurologist at Northgate University", "said Prof. Tomasz Wilk", ["quoted"],
    aliases=["Prof. Tomasz Wilk"])
d.P("Farah Siddiqui", "PERSON", "The trial's lead UK investigator", "The trial's lead UK investigator, Dr. Farah Siddiqui",
    ["quoted", "cited"], aliases=["Dr. Farah Siddiqui"])
d.P("Harcourt Lowe Securities", "ORG", None, "Analysts at Harcourt Lowe Securities cut", ["cited", "actor"])
d.P("Owen Pryce", "PERSON", "director of research at the charity Memory Matters Trust", "Owen Pryce, director of research",
    ["quoted"])
d.P("Memory Matters Trust", "ORG", None, "according to the charity", ["cited"],
    note="Named in Pryce's role and then cited as 'the charity'.")
d.M("Northgate University", "ORG", "Only in Wilk's role.")
d.M("St Brendan's Hospital", "ORG", "Only in Siddiqui's description.")
d.M("London", "GPE", "Stock market location.")
d.M("Leeds", "GPE", "Hospital location.")
d.M("UK", "GPE", "Background.")
d.write()
