import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ea03_castleton_fraud_trial")

ABN = dict(aliases=["Judge Caroline Abney"], role="Judge")
REE = dict(aliases=["Daniel Rees KC", "Mr Rees", "the prosecutor"], role="the prosecutor")
VAR = dict(aliases=["Mr Varma"], role="a new chairman")
d.Q("Caroline Abney", "betrayed a community", **ABN, syntax="phrase",
    cue="Sentencing him on Friday, Judge Caroline Abney said Pettifer had")
d.Q("Caroline Abney", "This was not a moment of madness. It was a calculated and sustained deceit, carried out over four "
    "and a half years against an institution that trusted you completely.", **ABN, cue="She told him:",
    note="Colon-introduced; pronoun speaker.")
d.Q("Daniel Rees", "He lied to everyone around him, and he lied with great confidence,", **REE, cue="the prosecutor said",
    note="Trap: the last person named before the quote is the auditor Neil Garside; 'the prosecutor' is Daniel Rees KC.")
d.Q("Sunil Varma", "I asked a simple question and got three different answers,", **VAR, cue="said Mr Varma")
d.Q("Sunil Varma", "Every penny of that was supporters' money.", **VAR, cue="Speaking outside court, he added:",
    note="Pronoun speaker, colon-introduced.")
d.Q("Helen Mostyn", "consumed by addiction", role="defending", syntax="phrase",
    cue="Helen Mostyn, defending, said her client had been")
d.Q("Graham Pettifer", "I am ashamed of what I did to a club I have loved since I was a boy.", aliases=["Pettifer"],
    role="former finance director", cue="In a letter read to the court, Pettifer wrote:",
    note="Written statement read in court; colon-introduced.")
d.Q("Karen Wolstenholme", "This was painstaking work, but the numbers told the story,",
    aliases=["Det Insp Karen Wolstenholme"], role="Det Insp", cue="she said")
d.Q("Bev Hollins", "a line drawn under a dark chapter", role="Its chairwoman", syntax="phrase",
    cue="Its chairwoman, Bev Hollins, called the sentence",
    note="7-word noun phrase -> 'full' by the length rule.")
d.NQ("emergency pitch drainage", reason="Description written on an invoice (a label), not speech.")

d.F("£1.4m", 1400000, "GBP", "amount of the fraud (headline)", ctx="jailed for £1.4m fraud")
d.F("£1.4m", 1400000, "GBP", "amount siphoned from the club", ctx="siphoned £1.4m")
d.F("six years and eight months", 80, "months", "prison sentence",
    note="Two units written; converted to months (6 x 12 + 8).")
d.F("52", 52, "years", "age of Graham Pettifer")
d.F("14", 14, "count", "counts of fraud by abuse of position admitted")
d.F("one", 1, "count", "count of money laundering admitted", ctx="and one of")
d.F("August 2019", "2019-08", "date", "start of the fraudulent transfers")
d.F("February 2024", "2024-02", "date", "end of the fraudulent transfers")
d.F("213", 213, "count", "transfers from club accounts")
d.F("two", 2, "count", "companies Pettifer secretly controlled", ctx="to two companies")
d.F("four and a half years", 4.5, "years", "duration of the deceit (judge)")
d.F("2023-24", "2023/2024", "date", "season in which the club neared administration")
d.F("three", 3, "count", "occasions on which staff wages were paid late", ctx="on three occasions")
d.F("about £310,000", 310000, "GBP", "spent on online betting", qualifier="about")
d.F("€265,000", 265000, "EUR", "cost of the villa near Albufeira")
d.F("£226,000", 226000, "GBP", "sterling equivalent of the villa's cost")
d.F("42ft", 42, "feet", "length of Pettifer's motor cruiser")
d.F("March 2024", "2024-03", "date", "when the fraud came to light")
d.F("£48,500", 48500, "GBP", "invoice for 'emergency pitch drainage'")
d.F("two days", 2, "days", "how soon after the question Pettifer resigned ('two days later')")
d.F("three", 3, "count", "different answers Varma got", ctx="got three different")
d.F("76%", 76, "percent", "stake in the club Varma bought")
d.F("2023", 2023, "year", "when Varma bought his stake", ctx="club in 2023")
d.F("£212,000", 212000, "GBP", "amount Pettifer has repaid since his arrest")
d.F("more than 9,000", 9000, "count", "pages of bank records examined", qualifier="more than")
d.F("3 March 2026", "2026-03-03", "date", "confiscation hearing")
d.F("9%", 9, "percent", "Castleton Supporters' Trust's share of the club")
d.F("£86,000", 86000, "GBP", "money fans raised to keep the club running")
d.F("2024", 2024, "year", "year fans raised £86,000", ctx="running in 2024")

d.NF("two", ctx="a two-bedroom villa", reason="Fixed descriptive term ('two-bedroom').")
d.NF("3-1", reason="Sports score (match result); not treated as a figure in this set. Unsure.")
d.NF("quarter", ctx="quarter-finals", reason="Part of a competition round name ('quarter-finals').")
d.NF("2002", ctx="Crime Act 2002", reason="Year inside the name of an Act.")

d.RT("on Friday", resolved=None)
d.RT("later", ctx="two days later", resolved=None, note="Relation only; 'two days' is a figure.")

d.P("Graham Pettifer", "PERSON", "former finance director", "Graham Pettifer, 52, of Heywood", ["actor", "quoted"],
    aliases=["Pettifer"], note="'A former finance director of Castleton Athletic FC' in the first sentence.")
d.P("Castleton Athletic FC", "ORG", None, "A former finance director of Castleton Athletic FC who siphoned", ["actor"],
    note="Victim of the fraud; later 'the club'.")
d.P("Manchester Crown Court", "ORG", None, "at Manchester Crown Court", ["actor"])
d.P("Caroline Abney", "PERSON", "Judge", "Judge Caroline Abney said", ["quoted", "actor"], aliases=["Judge Caroline Abney"])
d.P("Daniel Rees", "PERSON", "the prosecutor", "Prosecuting, Daniel Rees KC said", ["quoted", "cited"],
    aliases=["Daniel Rees KC", "Mr Rees"])
d.P("Neil Garside", "PERSON", "the club's auditor", "the club's auditor, Neil Garside", ["actor"],
    note="Was assured by Pettifer that the payments were legitimate. Unsure whether this counts as taking part.")
d.P("Sunil Varma", "PERSON", "a new chairman", "a new chairman, Sunil Varma, asked", ["quoted", "actor"], aliases=["Mr Varma"])
d.P("Helen Mostyn", "PERSON", "defending", "Helen Mostyn, defending, said", ["quoted", "cited"])
d.P("Karen Wolstenholme", "PERSON", "Det Insp", "Det Insp Karen Wolstenholme, of Greater Manchester Police",
    ["quoted", "cited"], aliases=["Det Insp Karen Wolstenholme"])
d.P("Greater Manchester Police", "ORG", None, "The force said it would seek", ["cited", "actor"],
    note="In Wolstenholme's role and then acting as 'The force'.")
d.P("Castleton Supporters' Trust", "ORG", None, "The Castleton Supporters' Trust, which owns", ["cited", "actor"])
d.P("Bev Hollins", "PERSON", "Its chairwoman", "Its chairwoman, Bev Hollins", ["quoted"])
d.P("National League", "ORG", None, "The National League said it had no comment", ["cited"],
    note="Also in 'National League North' (the division).")
d.M("Heywood", "GPE", "Pettifer's home town.")
d.M("Greater Manchester", "GPE", "Location.")
d.M("Portugal", "GPE", "Location of the villa.")
d.M("Albufeira", "GPE", "Location of the villa.")
d.M("Conwy", "GPE", "Marina location.")
d.M("Ashbourne Town", "ORG", "Opponent in a match (background).")
d.M("FA Trophy", "EVENT", "Competition.")
d.M("Proceeds of Crime Act 2002", "LAW", "Act under which confiscation is sought.")
d.write()
