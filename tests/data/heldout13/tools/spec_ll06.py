import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll06_kenya_hiv_injection_trial")
d.B("By Wanjiru Kamau, health correspondent — 10 June 2026", "byline")

OTI = dict(aliases=["Dr Achieng Otieno"], role="the trial’s lead investigator")
ADH = dict(role="a hairdresser in Kisumu")
d.Q("Achieng Otieno", "Most of the young women never missed an injection, and that is the whole point,", **OTI,
    cue="said Dr Achieng Otieno, the trial’s lead investigator", note="Speaker introduced after the quote; 'Dr' "
                                                                     "without a period (British/Kenyan style).")
d.Q("Achieng Otieno", "A pill has to be remembered every morning. This has to be remembered twice a year.", **OTI,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Joseph Mwangi", "We will not wait ten years for this, as we did with earlier medicines,",
    aliases=["Health Cabinet Secretary Joseph Mwangi"], role="Health Cabinet Secretary", cue="he said",
    note="'he' = Mwangi, the only person named in the paragraph.")
d.Q("Aldane Pharmaceuticals", "at least three", stype="ORG", aliases=["Aldane"], syntax="phrase",
    cue="Aldane said in a statement that it would … and would license",
    note="Company statement under its short name; 3-word phrase -> fragment.")
d.Q("Esther Nyambura", "the closest thing to a vaccine we have.", role="who heads the UNAIDS office in Kenya",
    syntax="phrase", cue="Esther Nyambura, who heads the UNAIDS office in Kenya, called the results",
    note="'called' introduces the quote. 8-word phrase -> full.")
d.Q("David Kiprono", "Two years tells us it works. It does not tell us what happens after ten,",
    aliases=["Prof David Kiprono"], role="an epidemiologist at the University of Nairobi who was not involved in the study",
    cue="he said", note="'he' = Kiprono, the only person named in the paragraph; 'Prof' without a period.")
d.Q("Faith Adhiambo", "With the pills, my boyfriend would find them and ask questions,", **ADH, cue="she said",
    note="'she' = Adhiambo, the only person named in the paragraph.")
d.Q("Faith Adhiambo", "Nobody finds an injection.", **ADH, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Brian Ouma", "An injection is wonderful, but it does not stop a pregnancy,", aliases=["Ouma"],
    role="Its coordinator", cue="Ouma said", note="'Its' = Sauti ya Vijana (sentence before).")

d.F("Twice-yearly", 2, "times", "doses of the injection a year (headline)",
    note="Frequency: two injections a year; hyphenated to its noun, so the hyphen is kept in the surface.")
d.F("89%", 89, "percent", "cut in new HIV infections compared with daily pills (headline)", ctx="by 89%,")
d.F("six months", 6, "months", "interval between injections", note="'once every six months'.")
d.F("89%", 89, "percent", "cut in new HIV infections compared with daily pills", ctx="by 89% compared")
d.F("thousands", None, "count", "teenage girls infected each year", vague=True, note="Vague amount ('thousands of').")
d.F("4,200", 4200, "count", "women enrolled in the trial")
d.F("16 to 30", [16, 30], "years", "age range of the women enrolled", note="'aged 16 to 30'.")
d.F("between March 2023 and August 2024", "2023-03/2024-08", "date", "enrolment period of the trial",
    note="A range of months is a date-range string (dev5c, dev13a).")
d.F("Half", 0.5, "fraction", "share of women who received the injection", ctx="Half received")
d.F("half", 0.5, "fraction", "share of women who took a daily pill", ctx="and half took")
d.F("two years", 2, "years", "length of follow-up", ctx="Over two years")
d.F("three", 3, "count", "women in the injection group who caught HIV", ctx="three women")
d.F("27", 27, "count", "women in the pill group who caught HIV", ctx="against 27 in")
d.F("twice", 2, "times", "how often the injection must be remembered (Otieno, in a quote)", ctx="remembered twice a",
    note="Per year ('twice a year').")
d.F("about 41%", 41, "percent", "women in the pill group who took enough tablets to be protected", qualifier="about")
d.F("97%", 97, "percent", "women who received both injections on time")
d.F("about 1.4 million", 1400000, "count", "people living with HIV in Kenya", qualifier="about")
d.F("about 16,000", 16000, "count", "new infections among women aged 15 to 24 in 2025 (NACC)", qualifier="about")
d.F("15 to 24", [15, 24], "years", "age range of the women in the NACC figure", note="'aged 15 to 24'.")
d.F("2025", 2025, "year", "year of the 16,000 new infections")
d.F("roughly one in three", 0.3333333333, "fraction", "young women's share of new infections nationally",
    qualifier="roughly")
d.F("July 2027", "2027-07", "date", "target for adding the injection to public clinics",
    note="'by July 2027'; temporal relation left out.")
d.F("ten years", 10, "years", "wait the government will not accept (Mwangi, in a quote)")
d.F("$60", 60, "USD", "Aldane's price for the drug in low-income countries", note="Per person per year.")
d.F("at least three", 3, "count", "generic manufacturers Aldane will license (in a quote)", qualifier="at least")
d.F("KSh 4.5 billion", 4500000000, "KES", "Treasury money for HIV prevention in the 2026-27 budget")
d.F("2026-27", [2026, 2027], "year", "budget year of the KSh 4.5 billion",
    note="Kenyan financial year July 2026 to June 2027, stored as a year range.")
d.F("250,000", 250000, "count", "doses the Global Fund will help pay for")
d.F("Two years", 2, "years", "length of the trial's evidence (Kiprono, in a quote)")
d.F("ten", 10, "years", "longer period the trial does not cover (Kiprono, in a quote)", ctx="after ten,",
    note="'after ten' = ten years (the unit carried over from 'Two years').")
d.F("23", 23, "years", "age of Faith Adhiambo", ctx="Adhiambo, 23,")
d.F("20", 20, "years", "Adhiambo's age when she joined the trial", ctx="at 20.")
d.F("more than 8 km", 8, "km", "distance girls in rural areas walk to the nearest clinic", qualifier="more than")

d.NF("10", ctx="— 10 June", reason="Date in the byline.")
d.NF("2026", ctx="June 2026\n", reason="Year in the byline.")
d.NF("first", ctx="the first 250,000", reason="'the first 250,000 doses' marks which doses, not a rank (as dev13a's "
                                               "'the first batch').")

d.RT("on Tuesday", resolved="2026-06-09", note="The byline date, 10 June 2026, is a Wednesday.")

d.P("Kenya Medical Research Institute", "ORG", None, "The trial, run by the Kenya Medical Research Institute (KEMRI)",
    ["actor"], aliases=["KEMRI"], note="After a passive 'run by'.")
d.P("Aldane Pharmaceuticals", "ORG", "the US drug maker", "with the US drug maker Aldane Pharmaceuticals", ["actor",
    "quoted"], aliases=["Aldane"], note="Later 'Aldane said in a statement'.")
d.P("Achieng Otieno", "PERSON", "the trial’s lead investigator", "said Dr Achieng Otieno, the trial’s lead investigator",
    ["quoted"])
d.P("National AIDS Control Council", "ORG", None, "According to the National AIDS Control Council", ["cited"])
d.P("Joseph Mwangi", "PERSON", "Health Cabinet Secretary", "Health Cabinet Secretary Joseph Mwangi said",
    ["quoted", "cited"])
d.P("National Treasury", "ORG", None, "The National Treasury has set aside KSh 4.5 billion", ["actor"])
d.P("Esther Nyambura", "PERSON", "who heads the UNAIDS office in Kenya",
    "Esther Nyambura, who heads the UNAIDS office in Kenya, called the results", ["quoted"])
d.P("Global Fund to Fight AIDS, Tuberculosis and Malaria", "ORG", None,
    "The Global Fund to Fight AIDS, Tuberculosis and Malaria said it would help pay", ["cited", "actor"],
    aliases=["Global Fund"], note="Short form 'Global Fund' added as an alias (it is not used alone in the text).")
d.P("David Kiprono", "PERSON", "an epidemiologist at the University of Nairobi who was not involved in the study",
    "Prof David Kiprono, an epidemiologist at the University of Nairobi", ["quoted", "cited"])
d.P("Faith Adhiambo", "PERSON", "a hairdresser in Kisumu", "Faith Adhiambo, 23, a hairdresser in Kisumu, joined the trial",
    ["quoted", "actor"])
d.P("Sauti ya Vijana", "ORG", "a Kisumu youth health group", "Sauti ya Vijana, a Kisumu youth health group, said",
    ["cited"], note="Later 'Its coordinator'.")
d.P("Brian Ouma", "PERSON", "Its coordinator", "Its coordinator, Brian Ouma, said girls", ["quoted", "cited"],
    aliases=["Ouma"])
d.M("UNAIDS", "ORG", "Only in Nyambura's role.")
d.M("University of Nairobi", "ORG", "Only in Kiprono's role.")
d.M("Journal of African Clinical Research", "ORG", "Journal where the results were published (venue). Unsure: a "
                                                   "publication could be read as an actor participant.")
d.M("Wanjiru Kamau", "PERSON", "Byline author (boilerplate).")
d.M("Kenya", "GPE", "Background ('western Kenya', 'Kenya has about 1.4 million people living with HIV').")
d.M("Kisumu", "GPE", "Trial county; Adhiambo's town; Sauti ya Vijana's base.")
d.M("Homa Bay", "GPE", "Trial county.")
d.M("Siaya", "GPE", "Trial county.")
d.M("Nairobi", "GPE", "Where the results were presented; in the university's name.")
d.M("US", "GPE", "In Aldane's description.")
d.M("HIV", "MISC", "The virus (not an entity in the events).")
d.write()
