import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk06_velostrant_migraine_trial")
d.B("LONDON —", "dateline", partial=True)
# Dateline without a date; the only year written is 2021 and the article has no undated month or day dates.

SOL = dict(aliases=["Solheim", "Professor Ingrid Solheim"], role="a neurologist at the University of Oslo who led the trial")
HAD = dict(aliases=["Dr. Amir Haddad"], role="Calvera’s chief medical officer")
ODU = dict(aliases=["Dr. Lucy Oduya"], role="a headache specialist at St Aldhelm’s Hospital in Bristol")
d.Q("Ingrid Solheim", "For people who lose a third of every month to pain, this is a different life,", **SOL,
    cue="said Professor Ingrid Solheim, a neurologist at the University of Oslo who led the trial")
d.Q("Ingrid Solheim", "I have waited 20 years to say that to a patient.", **SOL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Amir Haddad", "We have built a factory in Runcorn that can make 400 million tablets a year,", **HAD, cue="he said",
    note="'he' = Haddad, the subject of the sentence before.")
d.Q("Amir Haddad", "Supply will not be the problem.", **HAD, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Anjali Nandakumar", "A pill at half the price of a jab changes who gets treated,", role="an analyst at the firm",
    cue="said Anjali Nandakumar, an analyst at the firm",
    note="'the firm' = Burnham Health Partners (two sentences before).")
d.Q("Lucy Oduya", "The drug works, but the headline number flatters it,", **ODU, cue="she said",
    note="'she' = Oduya, the only person named in the paragraph.")
d.Q("Lucy Oduya", "Six months is not a lifetime.", **ODU, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Rebecca Tandy", "I got my Tuesdays back. I did not know how much I had missed them,",
    role="a nurse from Leeds who took part in the trial", cue="she said",
    note="'she' = Tandy, the subject of the sentence before.")
d.Q("Migraine Relief Alliance", "the best news our members have had in years.", stype="ORG", syntax="phrase",
    cue="The Migraine Relief Alliance, a charity that says one in seven adults in the UK lives with the condition, "
        "called the results", note="'called X “…”'; 8-word phrase -> full.")

d.F("two-thirds", 0.6666666667, "fraction", "cut in migraine days (headline)", ctx="days by two-thirds")
d.F("first", 1, "ordinal", "velostrant is the first new class of migraine drug in 25 years (headline)",
    ctx="the first new class of drug")
d.F("a quarter century", 25, "years", "time since the last new class of migraine drug (headline)",
    ctx="of drug in a quarter century", note="'A quarter century' = 25 years; the 'a' stands for one, as 'A decade'.")
d.F("about two-thirds", 0.6666666667, "fraction", "cut in the number of days people spent with migraine",
    qualifier="about")
d.F("first", 1, "ordinal", "velostrant would be the first new class of preventive migraine drug in 25 years",
    ctx="the first new class of preventive")
d.F("a quarter century", 25, "years", "time since the last new class of preventive migraine drug",
    ctx="migraine drug in a quarter century")
d.F("3,912", 3912, "count", "adults in the trial")
d.F("214", 214, "count", "clinics in the trial")
d.F("37", 37, "count", "countries in the trial")
d.F("1800 GMT", "18:00", "time", "release time of the results", note="24-hour clock time in GMT.")
d.F("25 mg", 25, "mg", "lower daily dose of velostrant")
d.F("50 mg", 50, "mg", "higher daily dose of velostrant", ctx="or 50 mg of")
d.F("24 weeks", 24, "weeks", "length of treatment in the trial")
d.F("9.6", 9.6, "days", "average monthly migraine days before treatment on the higher dose",
    note="Migraine days a month ('an average of 9.6 a month'); the unit comes from 'migraine days'.")
d.F("3.1", 3.1, "days", "average monthly migraine days after treatment on the higher dose", note="Per month.")
d.F("one in four", 0.25, "fraction", "patients on the higher dose with no migraine in the last 12 weeks")
d.F("12 weeks", 12, "weeks", "final period of the study in which one in four had no migraine")
d.F("50 mg", 50, "mg", "higher dose compared with placebo", ctx="on 50 mg were")
d.F("two and a half times", 2.5, "times", "how much more likely patients on 50 mg were to halve migraine days")
d.F("a third", 0.3333333333, "fraction", "share of every month migraine patients lose to pain (Solheim, in a quote)",
    ctx="lose a third of")
d.F("20 years", 20, "years", "how long Solheim has waited (in a quote)")
d.F("8%", 8, "percent", "patients on the higher dose reporting nausea")
d.F("3%", 3, "percent", "patients on placebo reporting nausea")
d.F("41", 41, "count", "people who stopped treatment because of side effects")
d.F("about 1%", 1, "percent", "share of enrolled patients who stopped treatment", qualifier="about")
d.F("2021", 2021, "year", "year the trial began")
d.F("about eight months", 8, "months", "delay to the trial from COVID-19 restrictions", qualifier="about")
d.F("400 million", 400000000, "count", "tablets the Runcorn factory can make a year (Haddad, in a quote)",
    note="Per year.")
d.F("about $900", 900, "USD", "expected US price of velostrant (Burnham Health Partners)", qualifier="about",
    note="Per month ('a month').")
d.F("roughly half", 0.5, "fraction", "velostrant's expected price as a share of monthly injections", qualifier="roughly")
d.F("140 mg", 140, "mg", "dose of the monthly injections now used")
d.F("half", 0.5, "fraction", "price of a pill relative to a jab (Nandakumar, in a quote)", ctx="at half the price")
d.F("about a third", 0.3333333333, "fraction", "improvement of patients on the dummy pill", qualifier="about")
d.F("Six months", 6, "months", "length of the trial treatment (Oduya, in a quote)")
d.F("38", 38, "years", "age of Rebecca Tandy")
d.F("two or three days", [2, 3], "days", "work days a week Tandy lost before the trial",
    note="Two alternatives ('two or three days') stored as a range [low, high]; per week. Unsure.")
d.F("one in seven", 0.1428571429, "fraction", "adults in the UK living with migraine (the Migraine Relief Alliance)")

d.NF("3", ctx="Phase 3", reason="Numeral inside a trial-phase name ('Phase 3').")
d.NF("2", ctx="HALCYON-2", reason="Numeral inside a study name ('HALCYON-2').")
d.NF("19", ctx="COVID-19", reason="Numeral inside a disease name ('COVID-19').")

d.RT("on Wednesday", resolved=None)
d.RT("before the end of the year", resolved=None, note="The current year; no date line.")

d.P("Calvera Therapeutics", "ORG", "the British biotech", "made by the British biotech Calvera Therapeutics",
    ["actor"], aliases=["Calvera"], note="Later 'the company'.")
d.P("Ingrid Solheim", "PERSON", "a neurologist at the University of Oslo who led the trial",
    "said Professor Ingrid Solheim, a neurologist", ["quoted", "cited", "actor"], aliases=["Solheim"])
d.P("Amir Haddad", "PERSON", "Calvera’s chief medical officer", "Dr. Amir Haddad, Calvera’s chief medical officer, said",
    ["cited", "quoted"], aliases=["Haddad"])
d.P("Burnham Health Partners", "ORG", None, "analysts at Burnham Health Partners expect about $900 a month",
    ["cited"], note="Later 'the firm'.")
d.P("Anjali Nandakumar", "PERSON", "an analyst at the firm", "said Anjali Nandakumar, an analyst at the firm", ["quoted"])
d.P("Lucy Oduya", "PERSON", "a headache specialist at St Aldhelm’s Hospital in Bristol",
    "Dr. Lucy Oduya, a headache specialist at St Aldhelm’s Hospital in Bristol, said", ["cited", "quoted"],
    aliases=["Oduya"])
d.P("Rebecca Tandy", "PERSON", "a nurse from Leeds who took part in the trial", "Rebecca Tandy, 38, a nurse from Leeds",
    ["cited", "quoted", "actor"])
d.P("Migraine Relief Alliance", "ORG", "a charity", "The Migraine Relief Alliance, a charity that says",
    ["cited", "quoted"])
d.M("European Journal of Neurotherapeutics", "ORG", "Journal where the results were released (venue).")
d.M("University of Oslo", "ORG", "Only inside Solheim's role.")
d.M("St Aldhelm’s Hospital", "ORG", "Only inside Oduya's role.")
d.M("velostrant", "PRODUCT", "The drug.")
d.M("HALCYON-2", "MISC", "Study name.")
d.M("COVID-19", "MISC", "Disease (restrictions delayed the trial).")
d.M("Europe", "LOC", "Place.")
for g in ["LONDON", "Runcorn", "Bristol", "Leeds", "US", "UK"]:
    d.M(g, "GPE", "Place.")
d.write()
