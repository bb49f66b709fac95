import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gb04_asthma_tablet_trial")

OKA = dict(aliases=["Okafor", "Prof Hannah Okafor"], role="the study’s lead author and a respiratory physician at the university")
PET = dict(aliases=["Dr Graham Pettigrew"], role="Its medical director")
d.Q("Hannah Okafor", "For a drug that costs less than a sandwich a week, that is a remarkable result,", **OKA,
    cue="said Prof Hannah Okafor")
d.Q("Hannah Okafor", "We think it could keep thousands of people a year out of hospital.", **OKA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Graham Pettigrew", "quiet conversations", **PET, syntax="phrase", cue="said the trust had already begun",
    note="'Its' = North Tyne Valley Hospitals NHS Foundation Trust.")
d.Q("Graham Pettigrew", "We need to see the full cost model first. But if the numbers hold up, this goes on the formulary,",
    **PET, cue="he said")
d.Q("Calloway Pharma Plc", "delighted", stype="ORG", aliases=["The company"], syntax="phrase",
    cue="The company ... said in a statement that it was")
d.Q("Farida Qureshi", "A pill is not a substitute for a nurse who has time to watch you use your inhaler.",
    role="the charity’s chief executive", cue="That was the verdict of Farida Qureshi",
    note="Quote attributed in the following sentence.")
d.Q("Tomasz Wrona", "well run", aliases=["Dr Tomasz Wrona"],
    role="a statistician at the Oresund Institute of Biostatistics in Copenhagen", syntax="phrase",
    cue="said the trial was")
d.Q("Medicines and Healthcare products Regulatory Agency", "We will assess any application on its merits,", stype="ORG",
    aliases=["MHRA"], cue="an MHRA spokesperson said", note="Spokesperson quote goes to the organisation.")

d.F("a third", 0.3333333333, "fraction", "fall in asthma admissions (headline)", ctx="admissions by a third, UK")
d.F("about £4.20", 4.2, "GBP", "monthly cost of the tablet", qualifier="about", note="Per month.")
d.F("a third", 0.3333333333, "fraction", "fall in asthma admissions", ctx="asthma by a third in")
d.F("two-year", 2, "years", "length of the trial")
d.F("3,412", 3412, "count", "patients in the trial")
d.F("26", 26, "count", "clinics running the trial")
d.F("12 to 75", [12, 75], "years", "age range of the patients")
d.F("10mg", 10, "mg", "dose of the tablet")
d.F("between March 2023 and February 2025", "2023-03/2025-02", "date", "trial period")
d.F("412", 412, "count", "admissions in the placebo group", ctx="from 412 in")
d.F("276", 276, "count", "admissions in the drug group")
d.F("33%", 33, "percent", "drop in admissions")
d.F("About a fifth", 0.2, "fraction", "patients on the tablet reporting mild side-effects", qualifier="About")
d.F("thousands", None, "count", "people a year kept out of hospital (Okafor)", vague=True)
d.F("9.30am", "09:30", "time", "time of the briefing")
d.F("41%", 41, "percent", "fall in admissions among children and teenagers")
d.F("£2.6m", 2600000, "GBP", "NIHR grant for the trial")
d.F("about 9,000", 9000, "count", "asthma patients the trust treats a year", qualifier="about")
d.F("January", "2026-01", "date", "when Calloway agreed the US licence", value_inferred=True,
    note="Year not written; the set's stories are 2026 and the trial ended in February 2025.")
d.F("$45m", 45000000, "USD", "US licence deal for the drug")
d.F("7.8%", 7.8, "percent", "rise in Calloway shares")
d.F("312p", 312, "GBX", "Calloway share price")
d.F("about 5.4 million", 5400000, "count", "people with asthma in the UK", qualifier="about")
d.F("14%", 14, "percent", "patients who dropped out")
d.F("late 2027", 2027, "year", "when NICE is expected to review the drug", qualifier="late")
d.F("7 in 10", 0.7, "fraction", "Respiratory Nurses Forum members who would prescribe it")
d.F("18 months", 18, "months", "further follow-up of the patients")

d.NF("first", ctx="cost model first", reason="Adverb ('see the full cost model first'), inside a quote.")

d.RT("on Wednesday", resolved=None)

d.P("Annals of Airway Medicine", "ORG", None, "published on Wednesday in the Annals of Airway Medicine", ["cited"],
    note="Journal.")
d.P("University of Wearmouth", "ORG", None, "led by the University of Wearmouth", ["actor"])
d.P("Hannah Okafor", "PERSON", "the study’s lead author and a respiratory physician at the university",
    "said Prof Hannah Okafor", ["quoted", "cited"], aliases=["Okafor"])
d.P("National Institute for Health and Care Research", "ORG", None, "grant from the National Institute for Health and Care Research",
    ["actor", "cited"], aliases=["NIHR"], note="Later 'The government-funded agency said'.")
d.P("North Tyne Valley Hospitals NHS Foundation Trust", "ORG", None, "recruited through North Tyne Valley Hospitals",
    ["actor"], note="Later 'the trust'.")
d.P("Graham Pettigrew", "PERSON", "Its medical director", "Its medical director, Dr Graham Pettigrew", ["quoted", "cited"])
d.P("Calloway Pharma Plc", "ORG", None, "Brevalast is made by Calloway Pharma Plc", ["actor", "quoted"],
    note="Later 'The company'.")
d.P("Breathe North", "ORG", "charity", "the charity Breathe North said", ["cited"])
d.P("Farida Qureshi", "PERSON", "the charity’s chief executive", "That was the verdict of Farida Qureshi", ["quoted"])
d.P("Tomasz Wrona", "PERSON", "a statistician at the Oresund Institute of Biostatistics in Copenhagen",
    "Dr Tomasz Wrona, a statistician", ["quoted", "cited"])
d.P("Medicines and Healthcare products Regulatory Agency", "ORG", None,
    "The Medicines and Healthcare products Regulatory Agency (MHRA)", ["actor", "quoted"], aliases=["MHRA"])
d.P("National Institute for Health and Care Excellence", "ORG", None,
    "The National Institute for Health and Care Excellence is expected", ["actor"])
d.P("Respiratory Nurses Forum", "ORG", None, "In a poll by the Respiratory Nurses Forum", ["cited"])
d.M("Oresund Institute of Biostatistics", "ORG", "Only in Wrona's role.")
d.M("Brevalast", "PRODUCT", "The drug.")
d.M("UK", "GPE", "Background.")
d.M("England", "GPE", "Location.")
d.M("Cambridge", "GPE", "Location.")
d.M("London", "GPE", "Stock market location.")
d.write()
