import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ia02_chua_seng_bank_mas_fine")
d.B("*By Grace Lim, Asia Risk Desk — 9 July 2026*", "byline")
d.B("SINGAPORE –", "dateline", partial=True)

NG = dict(aliases=["Ng"], role="Its chief executive")
CS = dict(stype="ORG", aliases=["Chua Seng", "Chua Seng Bank", "the lender", "the bank"])
d.Q("Loh Wei Ming", "Banks are the gatekeepers of our financial centre, and Chua Seng left the gate open for years,",
    role="assistant managing director for financial supervision at MAS", cue="said Loh Wei Ming")
d.Q("Monetary Authority of Singapore", "The penalty reflects the seriousness and the duration of the breaches,",
    stype="ORG", aliases=["MAS", "the regulator"], cue="the regulator said in its notice",
    note="Role-only organisation attribution ('the regulator' = MAS).")
d.Q("Chua Seng Bank Ltd", "accepts the findings in full", **CS, syntax="phrase",
    cue="Chua Seng said in a statement that it", note="Organisation fragment from a statement.")
d.Q("Ng Pei Shan", "We were too slow, and we were too proud to say so. That ends this week.", **NG,
    cue="Its chief executive, Ng Pei Shan, 49, wrote in a letter to staff:",
    note="Letter, colon-introduced, quote in its own paragraph; 'Its' = Chua Seng Bank.")
d.Q("Ng Pei Shan", "Not this year.", **NG, syntax="sentence", cue="Asked ... whether the lender would cut its dividend, Ng said:",
    note="Answer to a question. A complete (elliptical) answer, so 'sentence' and full. **Unsure**: by wording alone it "
         "is a 3-word phrase, which would make it a fragment.")
d.Q("Marcus Tan", "We had 4,000 alerts nobody had opened. Some were 18 months old,",
    role="the bank’s interim head of financial crime", cue="he said",
    note="Pronoun speaker after two men are named (Marcus Tan and Daniel Seah); 'he' = Tan, the subject of the sentence "
         "before, who says he inherited the alerts.")
d.Q("Bergmann Treuhand AG", "regrettable but contained", stype="ORG", aliases=["Bergmann Treuhand"], syntax="phrase",
    cue="its Swiss parent, Bergmann Treuhand AG, ... called the lapses")
d.Q("Rachel Koh", "The fine is manageable. The remediation bill is not,", role="a senior analyst at Meridian Ratings",
    cue="according to Rachel Koh")
d.Q("Priya Raman", "Every board in the city will read this notice tonight, and every compliance head will get the budget "
    "they asked for,", aliases=["Raman"], role="who chairs the Singapore Compliance Officers’ Forum",
    cue="Raman told Lion City Radio")
d.Q("Ng Pei Shan", "If that sounds like a lot, it is,", **NG, syntax="clause", cue="she conceded",
    note="Pronoun speaker after two women are named (Raman, then Ng); 'she' = Ng, the subject of the sentence before "
         "(her hiring promise is 'a lot').")
d.Q("Ng Pei Shan", "It is also what we should have done in 2021.", **NG, attribution="implicit",
    cue="(continuation of the previous quote)")

d.F("S$27.5 million", 27500000, "SGD", "MAS fine on Chua Seng Bank (headline)", ctx="Bank S$27.5 million over")
d.F("S$27.5 million", 27500000, "SGD", "MAS fine on Chua Seng Bank", ctx="Ltd S$27.5 million")
d.F("about S$1.1 billion", 1100000000, "SGD", "value of the suspicious transfers", qualifier="about")
d.F("Between 2021 and 2024", [2021, 2024], "year", "period in which the bank processed the payments")
d.F("S$40 million", 40000000, "SGD", "money set aside for remediation")
d.F("49", 49, "years", "age of Ng Pei Shan")
d.F("March", "2026-03", "date", "when Daniel Seah left", value_inferred=True, note="Year from the byline (2026).")
d.F("4,000", 4000, "count", "alerts nobody had opened (Tan)")
d.F("18 months", 18, "months", "age of the oldest alerts (Tan)")
d.F("at least two years", 2, "years", "period of the monitor's quarterly reports", qualifier="at least")
d.F("3.2%", 3.2, "percent", "fall in Chua Seng shares")
d.F("S$6.84", 6.84, "SGD", "Chua Seng share price")
d.F("61%", 61, "percent", "Bergmann Treuhand's stake in the lender")
d.F("1.1%", 1.1, "percent", "fall in Bergmann Treuhand shares")
d.F("2025", 2025, "year", "year of the bank's S$612 million profit")
d.F("S$612 million", 612000000, "SGD", "the bank's 2025 profit")
d.F("second", 2, "ordinal", "Orchard Pension Fund's rank among outside shareholders", ctx="second-largest")
d.F("4.5%", 4.5, "percent", "Orchard Pension Fund's stake")
d.F("120", 120, "count", "compliance staff Ng promised to hire")
d.F("December", "2026-12", "date", "deadline for hiring the compliance staff", value_inferred=True,
    note="'by December'; year from the byline.")
d.F("2021", 2021, "year", "when the bank should have hired the staff (Ng)", ctx="done in 2021")

d.NF("9", ctx="— 9 July", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("three", ctx="three firms", reason="Trivial back-reference to the three firms just listed.")
d.NF("quarter", reason="Frequency ('every quarter'), not a quantity.")

d.RT("on Thursday", resolved="2026-07-09")
d.RT("this week", ctx="That ends this week", resolved="2026-07-06/2026-07-12", note="Inside a quote.")
d.RT("this year", ctx="Not this year", resolved="2026", note="Inside a quote.")
d.RT("next year", resolved="2027")
d.RT("tonight", resolved="2026-07-09", note="Inside a quote.")

d.P("Monetary Authority of Singapore", "ORG", None, "The Monetary Authority of Singapore (MAS) on Thursday fined",
    ["actor", "quoted"], aliases=["MAS"], note="Later 'the regulator'.")
d.P("Chua Seng Bank Ltd", "ORG", None, "fined Chua Seng Bank Ltd S$27.5 million", ["actor", "quoted"],
    aliases=["Chua Seng Bank", "Chua Seng"], note="Object of 'fined'; later 'the bank', 'the lender', and a modifier "
    "('Chua Seng shares', 'the Chua Seng board').")
d.P("Jade Meridian Trading", "ORG", None, "the bank processed payments for Jade Meridian Trading", ["actor"],
    note="In a list of three firms linked to a gambling syndicate.")
d.P("Polar Star Logistics", "ORG", None, "the bank processed payments for Jade Meridian Trading", ["actor"])
d.P("Sunrise Maritime Services", "ORG", None, "the bank processed payments for Jade Meridian Trading", ["actor"])
d.P("Commercial Affairs Department", "ORG", None, "The case has been referred to the Commercial Affairs Department",
    ["actor"], note="Object of 'referred to'; it takes the case. **Unsure.**")
d.P("Loh Wei Ming", "PERSON", "assistant managing director for financial supervision at MAS", "said Loh Wei Ming",
    ["quoted"])
d.P("Ng Pei Shan", "PERSON", "Its chief executive", "Its chief executive, Ng Pei Shan, 49", ["quoted", "actor"],
    aliases=["Ng"])
d.P("Marcus Tan", "PERSON", "the bank’s interim head of financial crime", "Marcus Tan, the bank’s interim head",
    ["quoted", "cited"])
d.P("Daniel Seah", "PERSON", "the former chief compliance officer", "from Daniel Seah, the former chief compliance officer",
    ["actor"], note="Named only as the he-trap before Tan's quote; he left in March.")
d.P("Blue Lantern Advisory Pte Ltd", "ORG", None, "it has hired Blue Lantern Advisory Pte Ltd", ["actor"],
    note="Object of 'hired'; later 'The monitor'.")
d.P("Bergmann Treuhand AG", "ORG", "its Swiss parent", "its Swiss parent, Bergmann Treuhand AG", ["quoted", "actor"],
    aliases=["Bergmann Treuhand"])
d.P("Rachel Koh", "PERSON", "a senior analyst at Meridian Ratings", "according to Rachel Koh", ["quoted"])
d.P("Meridian Ratings", "ORG", None, "which put the bank’s A- rating on watch", ["actor"])
d.P("Orchard Pension Fund", "ORG", "the bank’s second-largest outside shareholder",
    "The Orchard Pension Fund, the bank’s second-largest outside shareholder", ["actor", "cited"])
d.P("Lion City Radio", "ORG", None, "its chief investment officer told Lion City Radio", ["actor"],
    note="Broadcaster spoken to, as dev3's broadcaster convention.")
d.P("Financial Action Task Force", "ORG", None, "will be assessed by the Financial Action Task Force (FATF)", ["actor"],
    aliases=["FATF"])
d.P("Priya Raman", "PERSON", "who chairs the Singapore Compliance Officers’ Forum", "Priya Raman, who chairs",
    ["quoted", "cited"], aliases=["Raman"])
d.M("Singapore Compliance Officers’ Forum", "ORG", "Only in Raman's role.")
d.M("Singapore", "GPE", "Background; in the regulator's name.")
d.M("Zurich", "GPE", "Location.")
d.M("Grace Lim", "PERSON", "Byline author (boilerplate).")
d.M("Asia Risk Desk", "ORG", "Desk in the byline (boilerplate).")
d.write()
