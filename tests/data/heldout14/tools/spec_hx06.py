import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx06_brightwater_energy_penalty")
d.B("SYDNEY —", "dateline", partial=True)

S = dict(marks="straight")
COL = dict(aliases=["Justice Harriet Colquhoun", "Justice Colquhoun", "the judge"], role="Justice")
OKO = dict(aliases=["Okonkwo"], role="The commission's chair")
d.Q("Harriet Colquhoun", "A company that profits from the silence of its own customers cannot expect the court to be silent in return,",
    **COL, **S, cue="the judge said in her judgment", note="Role-only person attribution ('the judge' = Colquhoun); judgment.")
d.Q("Meredith Okonkwo", "deliberate", "\"deliberate\"", **OKO, **S, syntax="phrase", cue="described the conduct as",
    note="Quotes in a series; British-style punctuation outside the marks.")
d.Q("Meredith Okonkwo", "sustained", **OKO, **S, syntax="phrase", cue="described the conduct as", note="Quotes in a series.")
d.Q("Meredith Okonkwo", "entirely avoidable", **OKO, **S, syntax="phrase", cue="described the conduct as",
    note="Quotes in a series.")
d.Q("Meredith Okonkwo", "Today's result sends a message to every retailer in the country,", **OKO, **S,
    cue="Okonkwo told reporters outside the court")
d.Q("Brightwater Energy Pty Ltd", "accepts the court's findings", stype="ORG", aliases=["Brightwater", "the company"], **S,
    syntax="phrase", cue="In a statement, the company said it", note="Statement; 4 words -> fragment.")
d.Q("Harriet Colquhoun", "The software did exactly what Brightwater's managers designed it to do,", **COL, **S,
    cue="Justice Colquhoun wrote", note="Written judgment.")
d.Q("a man in the public gallery", "What about the people who couldn't pay their bills?", stype="ANONYMOUS", **S,
    cue="a man in the public gallery called out,", note="Unnamed heckler: ANONYMOUS speaker.")
d.Q("Lucinda Agyeman", "For a company of this size, A$14.5 million is a rounding error,", role="its director", **S,
    cue="said its director, Lucinda Agyeman", note="'its' = Power Fair Australia.")
d.Q("Maureen Tullock", "I trusted them because I'd been with them for so long,",
    role="a retired nurse from Wollongong", **S, cue="she said")

d.F("A$14.5 million", 14500000, "AUD", "penalty (headline)", ctx="pay A$14.5 million for")
d.F("A$14.5 million", 14500000, "AUD", "penalty ordered by the court", ctx="penalty of A$14.5 million")
d.F("about 212,000", 212000, "count", "customers moved onto more expensive plans", qualifier="about")
d.F("up to 18%", 18, "percent", "how much more long-standing customers paid than new ones", qualifier="up to")
d.F("2023", 2023, "year", "when the AEFC began investigating")
d.F("A$38 million", 38000000, "AUD", "refunds already paid")
d.F("no more than A$6 million", 6000000, "AUD", "penalty Brightwater's lawyer argued for", qualifier="no more than")
d.F("at least three times", 3, "times", "times staff raised concerns", qualifier="at least")
d.F("between 2019 and 2022", [2019, 2022], "year", "period in which staff raised concerns")
d.F("A$14.5 million", 14500000, "AUD", "penalty (Agyeman, in a quote)", ctx="size, A$14.5 million")
d.F("74", 74, "years", "age of Maureen Tullock")
d.F("about A$900", 900, "AUD", "how much Tullock overpaid", qualifier="about")
d.F("two years", 2, "years", "period of Tullock's overpayment")
d.F("two", 2, "count", "other retailers under investigation", ctx="investigating two other")
d.F("28 days", 28, "days", "time Brightwater has to appeal")

d.RT("on Wednesday", resolved=None)
d.RT("Today's", resolved=None, note="Inside a quote: the day of the judgment.")
d.RT("now", ctx="members now sent", resolved=None)

d.P("Brightwater Energy Pty Ltd", "ORG", "electricity retailer", "ordered electricity retailer Brightwater Energy Pty Ltd to pay",
    ["actor", "quoted"], aliases=["Brightwater", "Brightwater Energy"], note="Later 'the company'.")
d.P("Harriet Colquhoun", "PERSON", "Justice", "Justice Harriet Colquhoun said Brightwater had breached", ["quoted", "actor"],
    aliases=["Colquhoun"], note="Later 'the judge', 'Justice Colquhoun'.")
d.P("Australian Energy Fairness Commission", "ORG", None,
    "The case was brought by the Australian Energy Fairness Commission (AEFC)", ["actor"], aliases=["AEFC"],
    note="Later 'the commission'.")
d.P("Meredith Okonkwo", "PERSON", "The commission's chair", "The commission's chair, Meredith Okonkwo, described",
    ["quoted", "cited"], aliases=["Okonkwo"])
d.P("Tanjong Utilities Group", "ORG", "Singapore-listed", "which is owned by the Singapore-listed Tanjong Utilities Group",
    ["actor"], note="Owner of Brightwater.")
d.P("Nathaniel Prescott-Hay", "PERSON", "Its lawyer", "Its lawyer, Nathaniel Prescott-Hay of Garrick Lowe Lawyers",
    ["actor"], note="'Its' = Brightwater's.")
d.P("Power Fair Australia", "ORG", "Consumer group", "Consumer group Power Fair Australia said the penalty was too small.",
    ["cited"])
d.P("Lucinda Agyeman", "PERSON", "its director", "said its director, Lucinda Agyeman", ["quoted"])
d.P("Maureen Tullock", "PERSON", "a retired nurse from Wollongong", "Among those affected was Maureen Tullock, 74",
    ["quoted", "cited"])
d.P("Energy Retailers Council", "ORG", "an industry body", "The Energy Retailers Council, an industry body, said", ["cited"])
d.M("Garrick Lowe Lawyers", "ORG", "Only in Prescott-Hay's description.")
d.M("Federal Court", "ORG", "The court ('A Federal Court judge').")
d.M("SYDNEY", "GPE", "Dateline.")
d.M("Singapore", "GPE", "In Tanjong's description.")
d.M("New South Wales", "GPE", "Place.")
d.M("Victoria", "GPE", "Place.")
d.M("Queensland", "GPE", "Place.")
d.M("Wollongong", "GPE", "Place.")
d.write()
