import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk04_vaal_ridge_tender_fraud")
d.B("JOHANNESBURG -", "dateline", partial=True)

S = dict(marks="straight")
KHU = dict(aliases=["Khumalo", "Judge Nomvula Khumalo", "the judge", "judge"], role="Judge")
PRE = dict(aliases=["Pretorius"], role="Mokoena's advocate")
NKO = dict(aliases=["Nkosi", "Warrant Officer Thabo Nkosi"], role="Warrant Officer")
MAH = dict(aliases=["Mahlangu"], role="Its chair")
d.Q("Nomvula Khumalo", "You sold them dry taps", '"You sold them dry taps":', **KHU, **S,
    cue="(headline: 'judge jails …'; the judge is named only in the body)",
    note="Headline quote; the same words are inside the judge's quote in the body.")
d.Q("Nomvula Khumalo", "You were trusted with the most basic thing a government owes its people. You sold them dry taps "
    "and called it progress,", **KHU, **S, cue="the judge said",
    note="Role-only person attribution: 'the judge' = Judge Nomvula Khumalo, named in the paragraph before.")
d.Q("Johan Pretorius", "a signature, not a mastermind.", **PRE, **S, syntax="phrase",
    cue="Mokoena's advocate, Johan Pretorius, argued that his client had been", note="Reported speech with a fragment.")
d.Q("Nomvula Khumalo", "A signature is exactly how this money left the municipality,", **KHU, **S, cue="she said",
    note="'she' = Khumalo, the subject of the sentence before ('Khumalo rejected that'); Pretorius is a man.")
d.Q("Thabo Nkosi", "They thought nobody would bother to follow the money,", **NKO, **S, syntax="clause",
    cue="Nkosi said", note="Split quote, first half (attribution in the middle).")
d.Q("Thabo Nkosi", "but we are very patient people.", **NKO, **S, syntax="clause", cue="Nkosi said",
    note="Split quote, second half.")
d.Q("National Prosecuting Authority", "This sends a clear message to every official who thinks a tender is a personal "
    "bank account,", stype="ORG", aliases=["NPA"], **S, cue="the NPA said",
    note="Spokesperson named in the sentence before ('A spokesperson for the National Prosecuting Authority (NPA) "
         "welcomed the sentences'); the quote goes to the organisation.")
d.Q("Grace Mahlangu", "For two winters my grandchildren washed in a basin. Today somebody finally said it out loud.", **MAH,
    **S, open_end=True, cue="She said:",
    note="Colon-introduced two-paragraph quote, first paragraph (no closing mark). Pronoun trap: two women are named "
         "('Mahlangu hugged Dlamini's mother'); 'She' = Mahlangu, the subject of the sentence before.")
d.Q("Grace Mahlangu", "But the pipe is still not finished, and a judgment does not carry water.", **MAH, **S,
    attribution="implicit", cue="(second paragraph of the quote)")
d.Q("Johan Pretorius", "We respect the court, but 15 years for an administrator is out of all proportion.", **PRE, **S,
    cue="That was all he would say outside court.",
    note="Attribution in the next sentence ('That was all he would say'); 'he' = Pretorius, the subject of the sentence "
         "before ('Pretorius said both accused would appeal').")

d.F("15 years", 15, "years", "Mokoena's prison sentence (headline)", ctx="for 15 years over")
d.F("R86m", 86000000, "ZAR", "value of the pipeline tender (headline)")
d.F("15 years", 15, "years", "Mokoena's prison sentence", ctx="sentenced to 15 years")
d.F("R86 million", 86000000, "ZAR", "value of the pipeline contract")
d.F("barely a quarter", 0.25, "fraction", "share of the paid-for pipes the company laid", qualifier="barely")
d.F("thousands", None, "count", "households left without running water", vague=True, qualifier="thousands")
d.F("52", 52, "years", "age of Sipho Mokoena", ctx="Mokoena, 52,")
d.F("2017 to 2022", [2017, 2022], "year", "years Mokoena ran water services at the municipality")
d.F("May", "2026-05", "date", "when Mokoena was convicted", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("five", 5, "count", "counts of fraud and corruption", ctx="on five counts")
d.F("47", 47, "years", "age of Lerato Dlamini", ctx="Dlamini, 47,")
d.F("12 years", 12, "years", "Dlamini's prison sentence")
d.F("about R1.9 million", 1900000, "ZAR", "bribes Mokoena took", qualifier="about")
d.F("2020", 2020, "year", "when Highveld Pipe Solutions was paid in full")
d.F("14 km", 14, "km", "length of the contracted pipeline")
d.F("3.6 km", 3.6, "km", "length of pipeline actually laid")
d.F("R4.2 million", 4200000, "ZAR", "house in Midrand bought with the money")
d.F("two", 2, "count", "German sports cars bought with the money", ctx="two German")
d.F("almost three years", 3, "years", "Nkosi's time on the case", qualifier="almost")
d.F("214", 214, "count", "payments traced")
d.F("11", 11, "count", "bank accounts the payments went through", ctx="through 11 bank")
d.F("63", 63, "years", "age of Grace Mahlangu", ctx="Mahlangu, 63,")
d.F("2021", 2021, "year", "year Mahlangu carried water in buckets")
d.F("two winters", 2, "years", "how long Mahlangu's grandchildren washed in a basin (in a quote)",
    note="Unit stated as 'winters' (as 'two seasons' = 2 years, dev3).")
d.F("2024", 2024, "year", "when a new contractor was appointed")
d.F("about 68%", 68, "percent", "share of the pipeline now complete", qualifier="about")
d.F("March 2027", "2027-03", "date", "expected completion of the pipeline ('by March 2027')")
d.F("15 years", 15, "years", "the sentence Pretorius calls disproportionate (in a quote)", ctx="but 15 years for")
d.F("R31 million", 31000000, "ZAR", "frozen assets ordered forfeited to the state")
d.F("30 days", 30, "days", "time Dlamini has to lodge her appeal")

d.NF("9", ctx="Extension 9", reason="Numeral inside a township name ('Extension 9').")

d.RT("on Thursday", resolved=None)
d.RT("Today", ctx="Today somebody", resolved=None, note="Inside a quote: the day of sentencing.")
d.RT("now", ctx="was now complete", resolved=None)

d.P("Nomvula Khumalo", "PERSON", "Judge", "Judge Nomvula Khumalo told the Gauteng High Court", ["quoted", "actor"],
    aliases=["Khumalo"], note="Headline 'judge'; later 'the judge'.")
d.P("Sipho Mokoena", "PERSON", "former municipal water manager",
    "Sipho Mokoena, 52, who ran water services at the Vaal Ridge Local Municipality", ["actor"], aliases=["Mokoena"],
    note="Headline 'former Vaal Ridge water boss'; 'A former municipal water manager' in the lead.")
d.P("Vaal Ridge Local Municipality", "ORG", None, "who ran water services at the Vaal Ridge Local Municipality",
    ["actor", "cited"], aliases=["Vaal Ridge"],
    note="First inside Mokoena's description; later 'The municipality said in a statement', 'It expects'.")
d.P("Lerato Dlamini", "PERSON", "The contractor's sole director", "The contractor's sole director, Lerato Dlamini, 47",
    ["actor"], aliases=["Dlamini"])
d.P("Highveld Pipe Solutions (Pty) Ltd", "ORG", "Dlamini's company", "Dlamini's company, Highveld Pipe Solutions (Pty) Ltd",
    ["actor"], note="'The contractor' in Dlamini's role.")
d.P("Auditor-General of South Africa", "ORG", None, "according to a forensic audit by the Auditor-General of South Africa",
    ["cited"])
d.P("Johan Pretorius", "PERSON", "Mokoena's advocate", "Mokoena's advocate, Johan Pretorius, argued", ["quoted", "cited"],
    aliases=["Pretorius"])
d.P("Directorate for Priority Crime Investigation", "ORG", None, "The case was built by the Directorate for Priority Crime",
    ["actor"], aliases=["Hawks"], note="'known as the Hawks'.")
d.P("Thabo Nkosi", "PERSON", "Warrant Officer", "Warrant Officer Thabo Nkosi, who spent almost three years on it",
    ["quoted", "cited"], aliases=["Nkosi"])
d.P("National Prosecuting Authority", "ORG", None, "A spokesperson for the National Prosecuting Authority (NPA) welcomed",
    ["quoted", "actor"], aliases=["NPA"], note="Possessor later: 'the NPA's Asset Forfeiture Unit'.")
d.P("Vaal Ridge Residents' Forum", "ORG", None, "The Vaal Ridge Residents' Forum, whose complaint started the investigation",
    ["actor"])
d.P("Grace Mahlangu", "PERSON", "Its chair", "Its chair, Grace Mahlangu, 63", ["quoted", "actor"], aliases=["Mahlangu"],
    note="'Its' = the Vaal Ridge Residents' Forum.")
d.P("Asset Forfeiture Unit", "ORG", None, "frozen by the NPA's Asset Forfeiture Unit", ["actor"],
    note="A unit of the NPA, named with the possessor.")
d.M("Gauteng High Court", "ORG", "Court where the sentencing took place (object of 'told'; later 'the court').")
d.M("JOHANNESBURG", "GPE", "Dateline.")
d.M("Johannesburg", "GPE", "Location.")
d.M("Gauteng", "GPE", "Province (background).")
d.M("Midrand", "GPE", "Location.")
d.M("South Africa", "GPE", "In the Auditor-General's name.")
d.write()
