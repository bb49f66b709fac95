import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg01_corpus_christi_mayoral_runoff")
d.B("CORPUS CHRISTI, Texas —", "dateline", partial=True)

S = dict(marks="straight")
SAL = dict(aliases=["Salinas"], role="Corpus Christi City Council member")
HUT = dict(aliases=["Hutchins"], role="former police chief")
TRE = dict(aliases=["Treviño"], role="Its founder")
d.Q("Maritza Salinas", "We earned every vote", "'We earned every vote':", **SAL, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in straight single marks; the same words open Salinas's quote in the body.")
d.Q("Maritza Salinas", "We earned every vote in this city, one porch at a time,", **SAL, **S,
    cue="Salinas told about 300 supporters at a union hall on Ocean Drive")
d.Q("Dale Hutchins", "The voters wanted a different direction,", **HUT, **S, syntax="clause", cue="he said",
    note="Split quote, first half (attribution in the middle). 'he' = Hutchins, the subject of the sentence before.")
d.Q("Dale Hutchins", "and I intend to hold her to every promise she made.", **HUT, **S, syntax="clause", cue="he said",
    note="Split quote, second half. 'her' inside the quote is Salinas.")
d.Q("Dale Hutchins", "a blank check with pipes attached,", **HUT, **S, syntax="phrase",
    cue="Hutchins called the deal", note="Scare-quoted 6-word phrase -> fragment (at the length limit); trailing comma inside.")
d.Q("Bayline Water Partners LLC", "looks forward to working with the new mayor on a fair deal", stype="ORG",
    aliases=["Bayline"], **S, syntax="phrase", cue="A spokesman for Bayline said the company",
    note="Unnamed spokesman: the quote goes to the organisation. 12-word verb phrase -> full.")
d.Q("Gloria Treviño", "not a mandate for anything.", **TRE, **S, syntax="phrase",
    cue="Its founder, Gloria Treviño, a retired chemistry teacher whose group has filed two lawsuits over the site, "
        "said the result was",
    note="'Its' = Save Our Bayfront. Long apposition; reported speech ending in a 5-word fragment.")
d.Q("Gloria Treviño", "She listened, which is more than the last council did,", **TRE, **S, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Treviño and Salinas met privately'); 'she' = "
         "Treviño, the subject of 'Treviño said the mayor-elect had promised'. 'She' inside the quote is Salinas.")
d.Q("Coastal Bend Police Union", "work with whoever sits in the big chair.", stype="ORG", aliases=["CBPU"], **S,
    syntax="phrase", cue="The Coastal Bend Police Union (CBPU), which endorsed Hutchins and spent about $410,000 on "
                         "mailers and radio ads, said it would",
    note="Organisation in reported speech; 8-word phrase -> full.")
d.Q("Arturo Peña", "Austin is not going to write Corpus Christi a check for a plant the city could not afford,",
    aliases=["Peña", "State Sen. Arturo Peña"],
    role="State Sen., D-Corpus Christi, who chairs the Senate Committee on Water and Rural Affairs", **S,
    cue="Peña told the Coastal Bend Ledger", note="Surname-only follow-up to an outlet ('told the Coastal Bend Ledger').")
d.Q("Wade Kessler", "keep the water flowing and the tax rate flat.", aliases=["Gov. Wade Kessler"], role="Gov.", **S,
    syntax="phrase",
    cue="Gov. Wade Kessler, who campaigned with Hutchins in April, wrote in a letter to Salinas that the state expected "
        "the city to",
    note="Letter, in reported speech; 9-word phrase -> full.")
d.Q("Leticia Ramos", "This was a referendum on a pipe, and thousands of people voted on their water bill instead.",
    role="who teaches political science at Gulf Coast State University", **S,
    cue="That was how Leticia Ramos, who teaches political science at Gulf Coast State University, summed up the night",
    note="Quote attributed in the following sentence (as dev11a's 'That was how Gwen Oduya … described').")

d.F("$1.2 billion", 1200000000, "USD", "cost of the planned seawater desalination plant")
d.F("47", 47, "years", "age of Maritza Salinas", ctx="Salinas, 47,")
d.F("53.8%", 53.8, "percent", "Salinas's share of the runoff vote")
d.F("46.2%", 46.2, "percent", "Hutchins's share of the runoff vote")
d.F("7.6 percentage points", 7.6, "percentage points", "Salinas's winning margin")
d.F("31,402", 31402, "count", "votes for Salinas")
d.F("26,977", 26977, "count", "votes for Hutchins")
d.F("about 17%", 17, "percent", "runoff turnout", qualifier="about")
d.F("21%", 21, "percent", "turnout on May 2")
d.F("May 2", "2026-05-02", "date", "first-round election", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 300", 300, "count", "supporters at Salinas's victory party", qualifier="about")
d.F("61", 61, "years", "age of Dale Hutchins", ctx="Hutchins, 61,")
d.F("9:40 p.m.", "21:40", "time", "when Hutchins conceded")
d.F("30-year", 30, "years", "length of Bayline's contract to build and run the plant")
d.F("about a third", 0.3333333333, "fraction", "share of the city's water the plant would supply", qualifier="about")
d.F("2032", 2032, "year", "when the plant would supply a third of the city's water", note="'by 2032'.")
d.F("between 8% and 12%", [8, 12], "percent", "possible rise in water bills (Hutchins's warning)")
d.F("June 23", "2026-06-23", "date", "when Salinas takes office", value_inferred=True,
    note="Year not written; the set's year 2026 (after the May 2 first round).")
d.F("more than 11,000", 11000, "count", "signatures Save Our Bayfront collected against the plant's site",
    qualifier="more than")
d.F("two", 2, "count", "lawsuits Save Our Bayfront has filed over the site", ctx="filed two lawsuits")
d.F("about $410,000", 410000, "USD", "CBPU spending on mailers and radio ads", qualifier="about")
d.F("14 months", 14, "months", "time CBPU members have worked without a contract")
d.F("April", "2026-04", "date", "when Kessler campaigned with Hutchins", value_inferred=True,
    note="Year not written; the set's year 2026 (before the May 2 first round).")
d.F("thousands", None, "count", "people who voted on their water bill (Ramos, in a quote)", vague=True)
d.F("nine-member", 9, "count", "members of the city council")
d.F("July 14", "2026-07-14", "date", "council vote on the revised contract", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.NF("one", ctx="one porch at a time", reason="Idiom inside a quote ('one porch at a time').")
d.NF("37", ctx="Interstate 37", reason="Highway name.")

d.RT("on Saturday", resolved=None, note="Runoff day; its date is not written.")
d.RT("later", ctx="later thanked", resolved=None)
d.RT("last week", resolved=None)
d.RT("the night", ctx="summed up the night", resolved=None, note="Election night.")

d.P("Maritza Salinas", "PERSON", "Corpus Christi City Council member",
    "Corpus Christi City Council member Maritza Salinas was elected", ["quoted", "actor"], aliases=["Salinas"],
    note="Later 'the mayor-elect' and, inside quotes, 'the new mayor' and 'She'.")
d.P("Dale Hutchins", "PERSON", "former police chief", "beating former police chief Dale Hutchins", ["quoted", "actor"],
    aliases=["Hutchins"])
d.P("Corpus Christi City Council", "ORG", None, "The nine-member council is scheduled to vote", ["actor"],
    note="Named first inside Salinas's role, then acts as 'the council'.")
d.P("Nueces County Elections Department", "ORG", None,
    "according to unofficial results from the Nueces County Elections Department", ["cited"])
d.P("Bayline Water Partners LLC", "ORG", None, "which Bayline Water Partners LLC would build and run",
    ["actor", "quoted"], aliases=["Bayline"], note="Later 'A spokesman for Bayline', 'the company'.")
d.P("Save Our Bayfront", "ORG", "a residents' group", "Save Our Bayfront, a residents' group that collected",
    ["actor"], note="Name spaCy may miss (sentence-initial 'Save'). Later 'Its founder', 'whose group'.")
d.P("Gloria Treviño", "PERSON", "Its founder", "Its founder, Gloria Treviño, a retired chemistry teacher",
    ["quoted", "cited", "actor"], aliases=["Treviño"], note="Also 'a retired chemistry teacher whose group has filed "
                                                              "two lawsuits over the site'.")
d.P("Coastal Bend Police Union", "ORG", None, "The Coastal Bend Police Union (CBPU), which endorsed Hutchins",
    ["quoted", "actor"], aliases=["CBPU"], note="Acronym in brackets, then alone as a modifier ('CBPU members').")
d.P("Arturo Peña", "PERSON", "State Sen., D-Corpus Christi, who chairs the Senate Committee on Water and Rural Affairs",
    "State Sen. Arturo Peña, D-Corpus Christi", ["quoted", "cited"], aliases=["Peña"])
d.P("Coastal Bend Ledger", "ORG", None, "Peña told the Coastal Bend Ledger", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Wade Kessler", "PERSON", "Gov.", "Gov. Wade Kessler, who campaigned with Hutchins in April", ["quoted", "actor"],
    note="Also 'who campaigned with Hutchins in April'.")
d.P("Leticia Ramos", "PERSON", "who teaches political science at Gulf Coast State University",
    "That was how Leticia Ramos", ["quoted"])
d.M("Senate Committee on Water and Rural Affairs", "ORG", "Only in Peña's role.")
d.M("Legislature", "ORG", "Texas Legislature, inside Peña's reported speech (background).")
d.M("Gulf Coast State University", "ORG", "Only in Ramos's role.")
d.M("CORPUS CHRISTI", "GPE", "Dateline.")
d.M("Corpus Christi", "GPE", "The city (also inside the council's name and Peña's party-and-place tag).")
d.M("Texas", "GPE", "Dateline.")
d.M("Austin", "GPE", "In a quote (metonym for the state government).")
d.M("Ocean Drive", "LOC", "Street (venue of the victory party).")
d.M("Interstate 37", "FAC", "Highway (location of Hutchins's campaign office).")
d.write()
