import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ga03_brightwell_fraud_sentencing")
d.B("CHICAGO (AP) —", "dateline", partial=True)

MAR = dict(aliases=["Marsh", "U.S. District Judge Helen Marsh"], role="U.S. District Judge")
OKA = dict(aliases=["Assistant U.S. Attorney Dana Okafor"], role="Assistant U.S. Attorney")
d.Q("Helen Marsh", "You did not just take their money,", **MAR, syntax="clause", cue="Marsh told Whitford",
    note="Split quote, first half.")
d.Q("Helen Marsh", "you took their trust in every honest company that will come after you.", **MAR, syntax="clause",
    cue="Marsh told Whitford", note="Split quote, second half.")
d.Q("Dana Okafor", "He was warned, in writing, at least 11 times,", **OKA, cue="she said",
    note="'she' = Okafor, the subject of the previous paragraph.")
d.Q("Dana Okafor", "He chose the next funding round every time.", **OKA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marcus Delaney", "The sentence is out of all proportion to what the evidence showed. We will be asking the appeals "
    "court to look very hard at how this jury was instructed,", aliases=["Delaney"], role="His lead attorney",
    cue="Delaney said")
d.Q("Gail Petrakis", "a start", role="Its director", syntax="phrase", cue="Its director, Gail Petrakis, called the sentence",
    note="'Its' = the Midwest Investor Protection League.")
d.Q("Rosa Jimenez", "I trusted a box on my kitchen table because a billionaire told me to,", role="One patient",
    cue="she said in a victim statement read by prosecutors", note="Written victim statement read out in court.")

d.F("9 years", 9, "years", "Whitford's prison sentence (headline)")
d.F("nine years", 9, "years", "Whitford's prison sentence")
d.F("about 40%", 40, "percent", "share of cases in which the kit gave wrong results (prosecutors)", qualifier="about")
d.F("47", 47, "years", "age of Caleb Whitford")
d.F("$38.5 million", 38500000, "USD", "restitution Whitford must pay")
d.F("$6.2 million", 6200000, "USD", "value of Whitford's forfeited Evanston home")
d.F("October", "2026-10", "date", "when the jury convicted Whitford", value_inferred=True,
    note="Year inferred: the October before 'Feb. 2, 2027'.")
d.F("four", 4, "count", "counts of wire fraud")
d.F("one", 1, "count", "count of conspiracy", ctx="and one count of")
d.F("five-week", 5, "weeks", "length of the trial")
d.F("14 years", 14, "years", "sentence prosecutors asked for")
d.F("more than $210 million", 210000000, "USD", "money Whitford raised from investors", qualifier="more than")
d.F("between 2019 and 2023", [2019, 2023], "year", "period in which Whitford raised the money")
d.F("at least 11", 11, "count", "written warnings Whitford received", qualifier="at least")
d.F("March 2023", "2023-03", "date", "FDA warning letter to Brightwell")
d.F("about 310,000", 310000, "count", "kits Brightwell recalled", qualifier="about")
d.F("2024", 2024, "year", "when Brightwell filed for bankruptcy")
d.F("about 420", 420, "count", "Brightwell employees at the bankruptcy", qualifier="about")
d.F("$1.75 million", 1750000, "USD", "SEC civil penalty")
d.F("more than 2 million", 2000000, "count", "emails and text messages reviewed by the FBI", qualifier="more than")
d.F("between $15,000 and $90,000", [15000, 90000], "USD", "losses per individual investor")
d.F("about 1,800", 1800, "count", "investors the Midwest Investor Protection League represents", qualifier="about")
d.F("fewer than one in five", 0.2, "fraction", "share of victims who recovered any money", qualifier="fewer than")
d.F("62", 62, "years", "age of Rosa Jimenez")
d.F("five months", 5, "months", "how long Jimenez delayed cancer treatment")
d.F("Feb. 2, 2027", "2027-02-02", "date", "deadline for Whitford to report to prison")
d.F("three years", 3, "years", "supervised release")
d.F("39", 39, "years", "age of Priya Nandakumar")
d.F("June", "2026-06", "date", "when Nandakumar pleaded guilty", value_inferred=True,
    note="Year inferred: before the October 2026 conviction.")
d.F("Jan. 12", "2027-01-12", "date", "Nandakumar's sentencing date", value_inferred=True,
    note="Year inferred: the next Jan. 12 after a late-2026 story.")

d.NF("7th", reason="Court name (7th U.S. Circuit Court of Appeals).")
d.NF("One", ctx="One patient", reason="Trivial count introducing a person.")

d.RT("on Thursday", ctx="judge on Thursday", resolved=None)
d.RT("weeks later", resolved=None)
d.RT("last year", resolved="2025")
d.RT("on Thursday", ctx="statement on Thursday", resolved=None)

d.P("Brightwell Diagnostics Inc.", "ORG", None, "the founder of Brightwell Diagnostics Inc.", ["actor"],
    aliases=["Brightwell"], note="Recalled kits, filed for bankruptcy; 'the Chicago company'.")
d.P("Caleb Whitford", "PERSON", "the founder of Brightwell Diagnostics Inc.", "ordered Caleb Whitford, 47", ["actor"],
    aliases=["Whitford"])
d.P("Helen Marsh", "PERSON", "U.S. District Judge", "U.S. District Judge Helen Marsh also ordered", ["quoted", "actor"],
    aliases=["Marsh"])
d.P("U.S. Attorney's Office for the Northern District of Illinois", "ORG", None,
    "Prosecutors from the U.S. Attorney's Office", ["actor"], note="Prosecutors asked for 14 years.")
d.P("Dana Okafor", "PERSON", "Assistant U.S. Attorney", "Assistant U.S. Attorney Dana Okafor told the court",
    ["quoted", "cited"])
d.P("Hollis Crane LLP", "ORG", None, "Whitford's lawyers at Hollis Crane LLP", ["actor"],
    note="Defence lawyers asked for probation.")
d.P("Marcus Delaney", "PERSON", "His lead attorney", "His lead attorney, Marcus Delaney", ["quoted", "cited"],
    aliases=["Delaney"])
d.P("Food and Drug Administration", "ORG", None, "The Food and Drug Administration (FDA) issued", ["actor"],
    aliases=["FDA"])
d.P("Securities and Exchange Commission", "ORG", None, "The Securities and Exchange Commission brought", ["actor", "cited"],
    note="Later 'The agency said in a statement'.")
d.P("FBI", "ORG", None, "The FBI's Chicago field office, which led", ["actor", "cited"],
    note="Its Chicago field office led the investigation.")
d.P("Midwest Investor Protection League", "ORG", None, "according to the Midwest Investor Protection League", ["cited"])
d.P("Gail Petrakis", "PERSON", "Its director", "Its director, Gail Petrakis", ["quoted", "cited"])
d.P("Rosa Jimenez", "PERSON", "One patient", "One patient, Rosa Jimenez, 62", ["quoted", "cited"])
d.P("Priya Nandakumar", "PERSON", "former chief operating officer", "former chief operating officer Priya Nandakumar",
    ["actor"], note="Co-defendant; pleaded guilty.")
d.M("7th U.S. Circuit Court of Appeals", "ORG", "Appeal target (object only).")
d.M("Northern District of Illinois", "GPE", "Judicial district, inside the U.S. Attorney's Office name.")
d.M("Evanston", "GPE", "Location of the forfeited home.")
d.M("Joliet", "GPE", "Jimenez's home town.")
d.M("Oxford", "GPE", "Prison location (Oxford, Wisconsin).")
d.M("Wisconsin", "GPE", "Prison location.")
d.M("CHICAGO", "GPE", "Dateline.")
d.M("AP", "ORG", "News agency in the dateline.")
d.write()
