import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh02_kwena_dithaba_platinum_merger")
d.B("JOHANNESBURG —", "dateline", partial=True)

KWE = dict(stype="ORG", aliases=["Kwena", "the firm", "the miner"])
DLA = dict(role="who heads the NUPW")
MOL = dict(aliases=["Moloi"], role="of Jacaranda Securities")
d.Q("Nomvula Dlamini", "A merger built on our backs", "‘A merger built on our backs’:", **DLA, marks="single",
    syntax="phrase", cue="(headline; the speaker is named only in the body)",
    note="Headline quote in curly single marks. The headline says 'union vows', but the words are Dlamini's ('This is "
         "a merger built on our backs.' in her rally speech), so it goes to her, as dev11a's headline quotes. Unsure: "
         "an extractor may give it to the NUPW. 6-word phrase -> fragment.")
d.Q("Pieter van Wyk", "Mid-sized miners with the same problems do not need separate head offices, smelters and lawyers. "
    "Together we can survive a low price,", aliases=["Van Wyk"], role="Kwena’s chief executive",
    cue="said Kwena’s chief executive, Pieter van Wyk", note="'Y's chief executive, X' after the quote.")
d.Q("Kwena Platinum Holdings", "unlock savings of R1.5 billion a year within three years.", **KWE, syntax="phrase",
    cue="The firm said in a statement that the deal would",
    note="'The firm' = Kwena (its chief executive quoted in the paragraph before). 11-word phrase -> full (goldlib counts 'R1.5' as two tokens).")
d.Q("Sipho Mahlangu", "I am not retiring. I am reloading,", aliases=["Mahlangu"], role="Dithaba’s chairman",
    cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Van Wyk and Mahlangu will jointly chair'); 'he' = "
         "Mahlangu, the subject of the last clause ('Mahlangu, 58, will become deputy chairman').")
d.Q("Nomvula Dlamini", "This is a merger built on our backs. The savings they are promising shareholders will be paid for "
    "by families in Mooinooi and Northam.", **DLA, open_end=True,
    cue="Nomvula Dlamini, who heads the NUPW, told a rally of about 2,000 miners outside Dithaba’s No. 4 shaft near "
        "Rustenburg:",
    note="Colon-introduced multi-paragraph speech, first paragraph (no closing mark).")
d.Q("Nomvula Dlamini", "We will not sign a single retrenchment notice before we have seen every number.", **DLA,
    attribution="implicit", cue="(second paragraph of the speech)")
d.Q("National Union of Platinum Workers", "Shareholders get a premium. Workers get a pink slip,", stype="ORG",
    aliases=["NUPW", "the union"], cue="the union said", note="Role-only organisation attribution.")
d.Q("Kwena Platinum Holdings", "no current plans", **KWE, syntax="phrase", cue="The miner said it had",
    note="Role-only organisation attribution: 'The miner' = Kwena (the buyer; 'unless Kwena agrees' in the paragraph before). "
         "Fragment.")
d.Q("Competition Commission", "the effect on employment and on historically disadvantaged shareholders.", stype="ORG",
    aliases=["the regulator", "the commission"], syntax="phrase",
    cue="A spokesman for the Competition Commission said the regulator would weigh",
    note="Unnamed spokesman: the quote goes to the organisation ('the regulator'). 9-word phrase -> full.")
d.Q("Thandeka Moloi", "Kwena is paying for Dithaba’s smelter, not its mines,", **MOL,
    cue="said Thandeka Moloi of Jacaranda Securities", note="'X of Y' with no other role.")
d.Q("Thandeka Moloi", "The shafts are old and deep, and someone was going to close them either way,", **MOL,
    cue="Moloi added", note="'X added' in its own paragraph: explicit.")
d.Q("Hendrik Botha", "It is the right deal at the wrong point in the cycle.",
    role="a portfolio manager at Masakhane Asset Management",
    cue="That was the verdict of Hendrik Botha, a portfolio manager at Masakhane Asset Management",
    note="Next-sentence attribution (the quote stands alone; the speaker is named in the sentence after), as dev11a's "
         "Oduya. Explicit.")

d.F("R38.4 billion", 38400000000, "ZAR", "value of the all-share deal (headline)", ctx="Platinum’s R38.4 billion deal")
d.F("R38.4 billion", 38400000000, "ZAR", "value of the all-share deal", ctx="worth R38.4 billion")
d.F("$2.1 billion", 2100000000, "USD", "value of the deal in dollars")
d.F("second", 2, "ordinal", "rank of the combined group among South African platinum producers", ctx="second-largest")
d.F("0.62", 0.62, "ratio", "Kwena shares per Dithaba share", note="Share-exchange ratio.")
d.F("27%", 27, "percent", "premium to Dithaba's closing price")
d.F("about 1.9 million ounces", 1900000, "ounces", "combined annual production of platinum-group metals",
    qualifier="about", note="Per year ('a year').")
d.F("11", 11, "count", "shafts of the combined group", ctx="from 11 shafts")
d.F("about 41,000", 41000, "count", "employees of the combined group", qualifier="about")
d.F("R1.5 billion", 1500000000, "ZAR", "annual savings from the deal (in a quote)", note="Per year ('a year').")
d.F("three years", 3, "years", "period within which the savings come (in a quote)", ctx="within three years")
d.F("4.6%", 4.6, "percent", "fall in Kwena's share price", note="'fell 4.6%': stored as a size (dev10b).")
d.F("11am", "11:00", "time", "time by which Kwena shares had fallen 4.6%")
d.F("19%", 19, "percent", "rise in Dithaba's share price")
d.F("26%", 26, "percent", "Mothong's stake in Dithaba")
d.F("58", 58, "years", "age of Sipho Mahlangu", ctx="Mahlangu, 58,")
d.F("about 23,000", 23000, "count", "workers at the two companies the NUPW represents", qualifier="about")
d.F("up to 3,200", 3200, "count", "jobs the merger could cost", qualifier="up to")
d.F("hundreds", None, "count", "further jobs at risk among contractors", vague=True, qualifier="hundreds")
d.F("about 2,000", 2000, "count", "miners at the rally", qualifier="about")
d.F("five-year", 5, "years", "moratorium on forced retrenchments the union wants")
d.F("40 business days", 40, "days", "time the Competition Commission has to investigate",
    note="Business days, not calendar days.")
d.F("about R21,000", 21000, "ZAR", "combined group's cost per ounce after the merger (Jacaranda Securities)",
    qualifier="about", note="Per ounce ('an ounce').")
d.F("roughly a fifth", 0.2, "fraction", "how far the new cost is below Dithaba's current level", qualifier="roughly")
d.F("18%", 18, "percent", "fall in the platinum price since January")
d.F("January", "2026-01", "date", "start of the platinum price fall", value_inferred=True,
    note="'since January'; year not written, the set's year 2026.")
d.F("9 percentage points", 9, "percentage points", "fall in Kwena's operating margin last year",
    note="'shrank by': stored as a size.")
d.F("14%", 14, "percent", "Kwena's operating margin after the fall")
d.F("4.1%", 4.1, "percent", "Masakhane Asset Management's stake in Kwena")
d.F("first half of 2027", "2027-01/2027-06", "date", "expected closing of the deal")

d.NF("two", ctx="the two companies’", reason="Trivial count ('the two companies').")
d.NF("4", ctx="No. 4 shaft", reason="Numeral inside a name ('No. 4 shaft').")

d.RT("on Monday", resolved=None)
d.RT("Friday’s", resolved=None, note="'Friday’s closing price': the last trading day before the announcement.")
d.RT("last year", resolved="2025")

d.P("Kwena Platinum Holdings", "ORG", None, "Kwena Platinum Holdings has agreed to buy its rival", ["actor", "quoted"],
    aliases=["Kwena"], note="Later 'The firm', 'The miner', possessor 'Kwena’s chief executive', modifier 'Kwena shares'.")
d.P("Dithaba Minerals", "ORG", "its rival", "has agreed to buy its rival Dithaba Minerals", ["actor"],
    aliases=["Dithaba"], note="Object of 'buy'; later modifier 'Dithaba shareholders', possessor 'Dithaba’s chairman'.")
d.P("Pieter van Wyk", "PERSON", "Kwena’s chief executive", "said Kwena’s chief executive, Pieter van Wyk",
    ["quoted", "actor"], aliases=["Van Wyk"])
d.P("Sipho Mahlangu", "PERSON", "Dithaba’s chairman", "Dithaba’s chairman, Sipho Mahlangu, said", ["quoted", "cited"],
    aliases=["Mahlangu"], note="Also 'will become deputy chairman of the combined group'.")
d.P("Mothong", "ORG", "a community trust that owns 26% of Dithaba", "Mothong, a community trust", ["cited"],
    note="A one-word name with no organisational noun; an NER model may miss it.")
d.P("National Union of Platinum Workers", "ORG", None, "The National Union of Platinum Workers (NUPW), which represents",
    ["quoted", "cited", "actor"], aliases=["NUPW"], note="Later 'the union'; inside Dlamini's role ('who heads the NUPW').")
d.P("Nomvula Dlamini", "PERSON", "who heads the NUPW", "Nomvula Dlamini, who heads the NUPW, told a rally", ["quoted"])
d.P("Competition Commission", "ORG", None, "The NUPW will ask the Competition Commission to block the deal",
    ["quoted", "actor"], note="Object first, then 'A spokesman for the Competition Commission', 'the regulator', "
                              "'The commission has 40 business days'.")
d.P("Jacaranda Securities", "ORG", None, "According to Jacaranda Securities, the merger would cut", ["cited"],
    note="'According to X'; also in Moloi's 'X of Y'.")
d.P("Thandeka Moloi", "PERSON", "of Jacaranda Securities", "said Thandeka Moloi of Jacaranda Securities", ["quoted"],
    aliases=["Moloi"])
d.P("Hendrik Botha", "PERSON", "a portfolio manager at Masakhane Asset Management", "That was the verdict of Hendrik Botha",
    ["quoted"])
d.M("Johannesburg Stock Exchange", "ORG", "Venue where Kwena shares trade ('on the Johannesburg Stock Exchange').")
d.M("Competition Tribunal", "ORG", "Object only: where the commission would refer the merger.")
d.M("Masakhane Asset Management", "ORG", "Only inside Botha's role (with a 'which holds 4.1% of Kwena' clause). Unsure: "
    "a shareholder with a vote could be counted as a participant.")
d.M("JOHANNESBURG", "GPE", "Dateline.")
d.M("South Africa", "GPE", "Background.")
d.M("North West", "GPE", "Province (location).")
d.M("Limpopo", "GPE", "Province (location).")
d.M("Rustenburg", "GPE", "Location.")
d.M("Mooinooi", "GPE", "Location (in a quote).")
d.M("Northam", "GPE", "Location (in a quote).")
d.write()
