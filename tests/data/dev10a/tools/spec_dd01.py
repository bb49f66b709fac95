import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dd01_leeds_cash_depot_sentencing")
d.B("LEEDS, England —", "dateline", partial=True)

S = dict(marks="straight")
ASH = dict(aliases=["Judge Helen Ashworth", "the judge"], role="Judge")
OSEI = dict(aliases=["Osei"], role="The guard")
HOLT = dict(aliases=["Holt", "Det. Sgt. Karen Holt"], role="Det. Sgt. of West Yorkshire Police, who led the investigation")
d.Q("Helen Ashworth", "military precision and not a shred of conscience.", **ASH, **S, syntax="phrase",
    cue="Judge Helen Ashworth told Leeds Crown Court the gang had planned the raid with",
    note="Reported speech ending in a quoted phrase; 8-word noun phrase -> full by the length rule.")
d.Q("Helen Ashworth", "You treated a man doing an ordinary night shift as an obstacle to be removed,", **ASH, **S,
    cue="the judge said", note="Role-only person attribution: 'the judge' = Judge Helen Ashworth.")
d.Q("Helen Ashworth", "He has not worked since.", **ASH, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Michael Osei", "I still wake up at the same minute every night. My wife sleeps with the landing light on because I "
    "cannot bear the dark.", **OSEI, **S, open_end=True,
    cue="In a statement read to the court by the prosecutor, Rebecca Lowe, he said:",
    note="Colon-introduced multi-paragraph victim statement, first paragraph (no closing mark). 'he' = Osei, the "
         "subject of the sentence before; the prosecutor is a woman.")
d.Q("Michael Osei", "I gave Sentinel 19 years. I do not know who I am without that job.", **OSEI, **S,
    attribution="implicit", cue="(second paragraph of the statement)")
d.Q("Tom Reddy", "shown genuine remorse", role="Voss's barrister", **S, syntax="phrase",
    cue="Voss's barrister, Tom Reddy, said his client had", note="Reported speech with a quoted fragment.")
d.Q("Karen Holt", "Nobody in this gang,", **HOLT, **S, syntax="clause", cue="said Det. Sgt. Karen Holt",
    note="Split quote, first half (attribution in the middle).")
d.Q("Karen Holt", "expected a detective to read a car dealer's accounts.", **HOLT, **S, syntax="clause",
    cue="said Det. Sgt. Karen Holt", note="Split quote, second half.")
d.Q("Karen Holt", "He gave us the number plate before he could tell us his own name,", **HOLT, **S, cue="she said",
    note="Pronoun trap: two women are named ('Holt and Lowe both praised Osei'); 'she' = Holt, the subject of the "
         "sentence before ('Holt said officers had examined').")
d.Q("National Crime Agency", "not vanished, merely travelled.", stype="ORG", aliases=["NCA"], **S, syntax="phrase",
    cue="A spokeswoman for the National Crime Agency (NCA) said the missing money had",
    note="Unnamed spokesperson: the quote goes to the organisation. Fragment.")
d.Q("Paul Garside", "We failed Michael that night, and we have told him so,", role="Sentinel's managing director", **S,
    cue="he said", note="'he' = Garside, the only person in the paragraph.")
d.Q("Security Workers' Union", "A guard alone with a vault is a robber's dream,", stype="ORG", aliases=["the union"], **S,
    cue="the union said", note="Role-only organisation attribution.")

d.F("Six", 6, "count", "men jailed (headline)", ctx="Six jailed")
d.F("58 years", 58, "years", "combined sentences (headline)", ctx="for 58 years over")
d.F("£14.2 million", 14200000, "GBP", "money stolen from the depot (headline)", ctx="over £14.2 million")
d.F("Six", 6, "count", "men jailed", ctx="— Six men")
d.F("£14.2 million", 14200000, "GBP", "money stolen from the depot", ctx="stole £14.2 million")
d.F("58 years", 58, "years", "combined sentences", ctx="combined 58 years")
d.F("2006", 2006, "year", "last time Yorkshire saw a bigger robbery")
d.F("44", 44, "years", "age of Darren Voss", ctx="Voss, 44,")
d.F("14 years", 14, "years", "Voss's sentence")
d.F("five", 5, "count", "other gang members sentenced", ctx="The other five")
d.F("between seven and 11 years", [7, 11], "years", "sentences of the other five men")
d.F("January 2025", "2025-01", "date", "month of the raid")
d.F("2:40 a.m.", "02:40", "time", "time the robbers cut the power")
d.F("26 minutes", 26, "minutes", "time before the robbers left")
d.F("two", 2, "count", "stolen vans used in the getaway", ctx="in two stolen vans")
d.F("five weeks", 5, "weeks", "time within which police arrested the gang")
d.F("58", 58, "years", "age of Michael Osei", ctx="Osei, 58,")
d.F("19 years", 19, "years", "Osei's service with Sentinel (in a quote)")
d.F("about £3.1 million", 3100000, "GBP", "money laundered through DV Prestige Motors", qualifier="about")
d.F("£4.6 million", 4600000, "GBP", "money recovered")
d.F("more than 9,000 hours", 9000, "hours", "CCTV footage examined", qualifier="more than")
d.F("£2.3 million", 2300000, "GBP", "Sentinel's spending on new alarms")
d.F("about 4,000", 4000, "count", "guards the Security Workers' Union represents", qualifier="about")
d.F("Sept. 14", "2026-09-14", "date", "confiscation hearing", value_inferred=True,
    note="Year not written; the set's year 2026 (sentencing 'on Friday', raid in January 2025).")

d.RT("on Friday", resolved=None)
d.RT("every night", resolved=None, note="Inside a quote.")
d.RT("that night", resolved="2025-01", note="Inside a quote: the night of the raid.")

d.P("Sentinel Cash Logistics Ltd", "ORG", None, "The depot, run by Sentinel Cash Logistics Ltd", ["actor", "cited"],
    aliases=["Sentinel"], note="Later possessor ('Sentinel's managing director') and 'the company'.")
d.P("Helen Ashworth", "PERSON", "Judge", "Judge Helen Ashworth told Leeds Crown Court", ["quoted", "actor"],
    note="Later 'the judge'.")
d.P("Darren Voss", "PERSON", "the ringleader", "She gave the ringleader, Darren Voss, 44", ["actor"], aliases=["Voss"],
    note="Also 'a car dealer from Wakefield'.")
d.P("Northgate Bank", "ORG", None, "Northgate Bank said its customers had not lost any money", ["cited"],
    note="Owner of the stolen notes.")
d.P("West Yorkshire Police", "ORG", None, "Officers from West Yorkshire Police arrested the gang", ["actor"],
    note="Also inside Holt's role.")
d.P("Michael Osei", "PERSON", "The guard", "The guard, Michael Osei, 58, was bound", ["quoted"], aliases=["Osei"])
d.P("Rebecca Lowe", "PERSON", "the prosecutor", "read to the court by the prosecutor, Rebecca Lowe", ["actor", "cited"],
    aliases=["Lowe"], note="'Lowe told the court the gang had rehearsed'.")
d.P("DV Prestige Motors Ltd", "ORG", "Voss's firm", "through Voss's firm, DV Prestige Motors Ltd", ["actor"],
    note="Used to launder money (after a preposition).")
d.P("Harrowfield Insurance", "ORG", None, "Harrowfield Insurance investigators traced a payment", ["actor"],
    note="Only as a modifier ('Harrowfield Insurance investigators').")
d.P("Tom Reddy", "PERSON", "Voss's barrister", "Voss's barrister, Tom Reddy, said", ["quoted", "cited"])
d.P("Karen Holt", "PERSON", "Det. Sgt. of West Yorkshire Police, who led the investigation", "said Det. Sgt. Karen Holt",
    ["quoted", "cited", "actor"], aliases=["Holt"])
d.P("National Crime Agency", "ORG", None, "A spokeswoman for the National Crime Agency (NCA) said", ["quoted", "actor"],
    aliases=["NCA"], note="'The NCA is working with authorities in the United Arab Emirates'.")
d.P("Paul Garside", "PERSON", "Sentinel's managing director", "Sentinel's managing director, Paul Garside, said",
    ["quoted", "cited"])
d.P("Security Workers' Union", "ORG", None, "The Security Workers' Union, which represents about 4,000 guards",
    ["quoted", "actor"], note="Later 'the union'.")
d.M("Leeds Crown Court", "ORG", "Court where the sentencing took place (object of 'told'; later 'the court').")
d.M("United Arab Emirates", "GPE", "Its authorities are asked to freeze the account (background).")
d.M("LEEDS", "GPE", "Dateline.")
d.M("England", "GPE", "Dateline / background.")
d.M("Leeds", "GPE", "Location.")
d.M("Yorkshire", "GPE", "Region.")
d.M("Wakefield", "GPE", "Location.")
d.M("Bradford", "GPE", "Location.")
d.M("Dubai", "GPE", "Location.")
d.M("Harrogate", "GPE", "Location.")
d.write()
