import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg04_winnipeg_credit_union_fraud_verdict")
d.B("WINNIPEG —", "dateline", partial=True)

S = dict(marks="straight")
MAR = dict(aliases=["Marchand", "Justice Lise Marchand", "the judge"], role="Justice of the Court of King's Bench")
FEI = dict(aliases=["Feist"], role="who was the credit union's chief financial officer from 2017 to 2023")
OLA = dict(aliases=["Olafson", "Det. Sgt. Mark Olafson"],
           role="Det. Sgt. of the Winnipeg Police Service, who led the investigation")
RRP = dict(stype="ORG", aliases=["Red River Prairie", "the credit union"])
d.Q("Lise Marchand", "a fiction built after the fact.", **MAR, **S, syntax="phrase",
    cue="after a judge ruled that his account of a secret, board-approved investment fund was",
    note="Ruling, in reported speech in the lead; 'a judge' is named in the next paragraph (Justice Lise Marchand). "
         "6-word phrase -> fragment, period inside.")
d.Q("Lise Marchand", "Mr. Feist was a careful man with numbers and a careless man with the truth.", **MAR, **S,
    open_end=True, cue="In a 64-page decision, Marchand wrote:",
    note="Quote from the written ruling; colon-introduced multi-paragraph quote, first paragraph (no closing mark).")
d.Q("Lise Marchand", "No board member, no auditor and no regulator ever saw the fund he described, because it did not "
    "exist.", **MAR, **S, attribution="implicit", cue="(second paragraph of the quote from the ruling)")
d.Q("Gordon Feist", "legacy fund", **FEI, **S, syntax="phrase", cue="Feist told the court the money went into a",
    note="The defendant's own term, quoted in reported testimony. 2-word fragment.")
d.Q("Lise Marchand", "There is no minute, no email and no witness,", **MAR, **S, cue="the judge wrote",
    note="Role-only person attribution from the ruling: 'the judge' = Justice Lise Marchand.")
d.Q("Lise Marchand", "There is only Mr. Feist.", **MAR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Amrit Dhaliwal", "a relief for every member of that credit union.", aliases=["Dhaliwal",
    "Crown prosecutor Amrit Dhaliwal"], role="Crown prosecutor", **S, syntax="phrase",
    cue="Crown prosecutor Amrit Dhaliwal said outside the courthouse that the verdict was",
    note="Title-like role before the name; 9-word phrase -> full.")
d.Q("Daniel Brisebois", "review the decision carefully", aliases=["Brisebois"], role="Feist's lawyer", **S,
    syntax="phrase",
    cue="Feist's lawyer, Daniel Brisebois of Brisebois Lavoie LLP, said his client would",
    note="Reported speech with a 4-word fragment; 'X of Y' after a possessive role.")
d.Q("Mark Olafson", "Follow the money long enough and it always buys something,", **OLA, **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Brisebois and Det. Sgt. Mark Olafson … were later "
         "asked'); 'he' = Olafson, the subject of 'Olafson said about $1.1 million had been recovered'.")
d.Q("Red River Prairie Credit Union", "Our members' money was taken by someone they trusted,", **RRP, **S,
    cue="the credit union said in a statement", note="Role-only organisation attribution (statement).")
d.Q("Red River Prairie Credit Union", "Today a court agreed.", **RRP, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Manitoba Financial Services Agency", "reviewing governance at the credit union", stype="ORG",
    aliases=["the regulator"], **S, syntax="phrase",
    cue="A spokeswoman for the Manitoba Financial Services Agency said it was",
    note="Unnamed spokeswoman: the quote goes to the organisation. 6-word phrase -> fragment.")

d.F("$3.4-million", 3400000, "CAD", "amount Feist was found guilty of defrauding (headline)",
    note="Hyphenated Canadian Press style; a bare '$' in a Canadian story is CAD.")
d.F("$3.4 million", 3400000, "CAD", "amount Feist defrauded the credit union of")
d.F("four years", 4, "years", "period over which the fraud ran")
d.F("56", 56, "years", "age of Gordon Feist", ctx="Feist, 56,")
d.F("nine-week", 9, "weeks", "length of the trial")
d.F("2017 to 2023", [2017, 2023], "year", "Feist's years as chief financial officer", note="'from' left out.")
d.F("64-page", 64, "count", "pages in the written decision")
d.F("2023", 2023, "year", "when the case began", ctx="The case began in 2023")
d.F("41", 41, "count", "payments to the numbered company", ctx="found 41 payments")
d.F("2022", 2022, "year", "when the board's former chair died")
d.F("between six and eight years", [6, 8], "years", "sentence the Crown will seek")
d.F("14 years", 14, "years", "maximum sentence for fraud over $5,000")
d.F("23", 23, "count", "witnesses the Crown called", ctx="called 23 witnesses")
d.F("about $1.1 million", 1100000, "CAD", "money recovered", qualifier="about")
d.F("US$410,000", 410000, "USD", "proceeds of the sale of the Scottsdale condo")
d.F("2,400-square-foot", 2400, "sq ft", "size of the condo in Scottsdale")
d.F("about 38,000", 38000, "count", "members of Red River Prairie", qualifier="about")
d.F("14", 14, "count", "Red River Prairie branches", ctx="and 14 branches")
d.F("40%", 40, "percent", "cut in the dividend to members")
d.F("2024", 2024, "year", "year of the dividend cut")
d.F("$250,000", 250000, "CAD", "fine the regulator imposed on the credit union")
d.F("Dozens", None, "count", "members in the public gallery", vague=True)
d.F("almost two hours", 2, "hours", "time the judge took to read the verdict", qualifier="almost")
d.F("Sept. 21", "2026-09-21", "date", "sentencing arguments", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.NF("$5,000", ctx="fraud over $5,000 and", reason="Part of the offence's name ('fraud over $5,000'). Unsure.")
d.NF("$5,000", ctx="fraud over $5,000 is", reason="Part of the offence's name ('fraud over $5,000'). Unsure.")
d.NF("5218734", reason="Numbered company's name ('5218734 Alberta Ltd.').")

d.RT("Thursday", resolved=None)
d.RT("later", ctx="were later asked", resolved=None)
d.RT("Today", resolved=None, note="Inside a quote: the day of the verdict.")
d.RT("last year", resolved="2025")

d.P("Red River Prairie Credit Union", "ORG", None, "A former finance chief at Red River Prairie Credit Union",
    ["actor", "quoted", "cited"], aliases=["Red River Prairie"],
    note="Later 'the lender', 'the credit union'; defrauded party.")
d.P("Lise Marchand", "PERSON", "Justice of the Court of King's Bench",
    "Justice Lise Marchand of the Court of King's Bench convicted", ["quoted", "actor"], aliases=["Marchand"],
    note="First 'a judge' (lead), later 'the judge'.")
d.P("Gordon Feist", "PERSON", "who was the credit union's chief financial officer from 2017 to 2023",
    "convicted Gordon Feist, 56,", ["quoted", "actor", "cited"], aliases=["Feist"],
    note="Also 'A former finance chief at Red River Prairie Credit Union' (lead).")
d.P("Dunmore Keane LLP", "ORG", None, "forensic accountants from Dunmore Keane LLP found 41 payments", ["actor"])
d.P("5218734 Alberta Ltd.", "ORG", "a numbered company in Calgary controlled by Feist's brother-in-law",
    "found 41 payments to 5218734 Alberta Ltd.", ["actor"], note="Numbered company (a number as its name).")
d.P("Amrit Dhaliwal", "PERSON", "Crown prosecutor", "Crown prosecutor Amrit Dhaliwal said", ["quoted", "actor"],
    aliases=["Dhaliwal"])
d.P("Crown", "ORG", None, "The Crown will seek a sentence", ["actor"],
    note="The prosecution (also in 'Crown prosecutor'). Unsure.")
d.P("Daniel Brisebois", "PERSON", "Feist's lawyer", "Feist's lawyer, Daniel Brisebois of Brisebois Lavoie LLP",
    ["quoted", "cited", "actor"], aliases=["Brisebois"])
d.P("Mark Olafson", "PERSON", "Det. Sgt. of the Winnipeg Police Service, who led the investigation",
    "Brisebois and Det. Sgt. Mark Olafson of the Winnipeg Police Service", ["quoted", "cited", "actor"],
    aliases=["Olafson"])
d.P("Manitoba Financial Services Agency", "ORG", None, "A spokeswoman for the Manitoba Financial Services Agency",
    ["quoted", "actor"], note="Later 'The regulator fined the lender'.")
d.M("Court of King's Bench", "ORG", "Only in Marchand's role; the court ('told the court').")
d.M("Brisebois Lavoie LLP", "ORG", "Only in Brisebois's description ('Daniel Brisebois of Brisebois Lavoie LLP').")
d.M("Winnipeg Police Service", "ORG", "Only in Olafson's role.")
d.M("WINNIPEG", "GPE", "Dateline.")
d.M("Winnipeg", "GPE", "Headline.")
d.M("Calgary", "GPE", "Location of the numbered company.")
d.M("Alberta", "GPE", "Province (inside the numbered company's name).")
d.M("Scottsdale", "GPE", "Location of the condo.")
d.write()
