import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx03_lydholm_audiva_takeover")
d.B("COPENHAGEN (Reuters) —", "dateline", partial=True)

S = dict(marks="straight")
KRA = dict(aliases=["Kragsbjerg", "Lydholm Chief Executive Mette Kragsbjerg"], role="Lydholm Chief Executive")
BEC = dict(aliases=["Chief Financial Officer Anders Bech"], role="Chief Financial Officer")
d.Q("Mette Kragsbjerg", "We have admired Audiva's engineering for a long time, and now our customers will get the best of both,",
    **KRA, **S, cue="Lydholm Chief Executive Mette Kragsbjerg told analysts on a conference call",
    note="Reuters-style capitalised title before the name.")
d.Q("Anders Bech", "The financing is fully committed,", **BEC, **S, syntax="clause",
    cue="Chief Financial Officer Anders Bech said", note="Split quote, first part.")
d.Q("Anders Bech", "and we expect to keep our investment-grade rating.", **BEC, **S, syntax="clause",
    cue="Chief Financial Officer Anders Bech said", note="Split quote, second part.")
d.Q("Ruedi Tschanz", "This is a fair price for our shareholders and a secure future for our people in Biel,",
    aliases=["Audiva Chairman Ruedi Tschanz"], role="Audiva Chairman", **S, cue="Audiva Chairman Ruedi Tschanz said in a statement")
d.Q("Priya Narang", "They are paying a full price at the top of the cycle, and the savings look optimistic to me.",
    role="an analyst at Hollis Marlowe Securities in London", **S,
    cue="That was the verdict of Priya Narang (next paragraph)",
    note="Quote in its own paragraph, attributed by the next sentence.")
d.Q("Nordhav Capital", "not made the case", stype="ORG", aliases=["Nordhav"], **S, syntax="phrase",
    cue="A Nordhav spokesman said the board had", note="Unnamed spokesman: the quote goes to the fund. Fragment.")
d.Q("Beatrice Kälin", "We have heard promises like these before,", role="the union's regional secretary", **S,
    cue="said Beatrice Kälin, the union's regional secretary", note="'the union' = Arbeit Plus.")
d.Q("Mette Kragsbjerg", "Biel is where some of the best hearing engineers in the world work, and we intend to keep them there,",
    **KRA, **S, cue="she said", note="'she' = Kragsbjerg, the only person named in the paragraph.")

d.F("$2.6 billion", 2600000000, "USD", "price of Audiva (headline)", ctx="Audiva for $2.6 billion")
d.F("2.3 billion Swiss francs", 2300000000, "CHF", "price of Audiva in cash")
d.F("$2.6 billion", 2600000000, "USD", "price of Audiva in dollars", ctx="($2.6 billion)")
d.F("84 francs", 84, "CHF", "price per Audiva share")
d.F("31%", 31, "percent", "premium to Friday's closing price")
d.F("27%", 27, "percent", "rise in Audiva shares in Zurich")
d.F("6.4%", 6.4, "percent", "fall in Lydholm shares", note="'fell 6.4%': stored as a size.")
d.F("412 Danish crowns", 412, "DKK", "Lydholm share price after the fall")
d.F("about £400 million", 400000000, "GBP", "planned sterling bond", qualifier="about")
d.F("€150 million", 150000000, "EUR", "expected annual cost savings", note="Per year ('annual').")
d.F("2029", 2029, "year", "year by which the savings are expected")
d.F("4.8%", 4.8, "percent", "Nordhav Capital's stake in Lydholm")
d.F("about 9,300", 9300, "count", "employees of the combined group", qualifier="about")
d.F("second half of next year", "2027-07/2027-12", "date", "expected closing of the deal", value_inferred=True,
    note="Half-year as a date range; 'next year' from a 2026 story is 2027.")
d.F("3.1%", 3.1, "percent", "rise in Sonora Hearing shares in New York")

d.NQ("hold", "\"hold\"", reason="Name of an analyst rating in quotation marks, not speech.", marks="straight")
d.NQ("buy", "\"buy\"", reason="Name of an analyst rating in quotation marks, not speech.", marks="straight")

d.RT("on Monday", resolved=None)
d.RT("Friday's", resolved=None)

d.P("Lydholm A/S", "ORG", "Danish hearing-aid maker", "Danish hearing-aid maker Lydholm A/S said on Monday", ["actor", "cited"],
    aliases=["Lydholm"], note="Legal form A/S; later 'The company'.")
d.P("Audiva AG", "ORG", "Swiss rival", "agreed to buy Swiss rival Audiva AG", ["actor"], aliases=["Audiva"],
    note="Legal form AG; board recommends the offer.")
d.P("Mette Kragsbjerg", "PERSON", "Lydholm Chief Executive", "Lydholm Chief Executive Mette Kragsbjerg told analysts",
    ["quoted", "cited"], aliases=["Kragsbjerg"])
d.P("Anders Bech", "PERSON", "Chief Financial Officer", "Chief Financial Officer Anders Bech said", ["quoted"])
d.P("Nordvik Bank", "ORG", None, "a bridge loan from Nordvik Bank and Halberg & Cie", ["actor"])
d.P("Halberg & Cie", "ORG", None, "a bridge loan from Nordvik Bank and Halberg & Cie", ["actor"])
d.P("Ruedi Tschanz", "PERSON", "Audiva Chairman", "Audiva Chairman Ruedi Tschanz said in a statement", ["quoted"])
d.P("Priya Narang", "PERSON", "an analyst at Hollis Marlowe Securities in London", "That was the verdict of Priya Narang",
    ["quoted", "actor"])
d.P("Nordhav Capital", "ORG", "an activist fund", "Nordhav Capital, an activist fund that owns 4.8% of Lydholm",
    ["actor", "quoted"], aliases=["Nordhav"])
d.P("Arbeit Plus", "ORG", "The union", "The union Arbeit Plus, which represents many of Audiva's workers", ["actor"])
d.P("Beatrice Kälin", "PERSON", "the union's regional secretary", "said Beatrice Kälin, the union's regional secretary",
    ["quoted"])
d.P("Ellerby Partners", "ORG", None, "Lydholm was advised by Ellerby Partners", ["actor"])
d.P("Mont-Blanc Conseil SA", "ORG", None, "Audiva was advised by Mont-Blanc Conseil SA", ["actor"],
    aliases=["Mont-Blanc Conseil"])
d.P("Sonora Hearing Inc.", "ORG", "a U.S. rival", "Shares in Sonora Hearing Inc., a U.S. rival", ["actor"],
    aliases=["Sonora"], note="'Sonora declined to comment'.")
d.M("Hollis Marlowe Securities", "ORG", "Only in Narang's role.")
d.M("Reuters", "ORG", "Agency credit in the dateline (boilerplate).")
d.M("COPENHAGEN", "GPE", "Dateline.")
d.M("Copenhagen", "GPE", "Exchange location.")
d.M("Zurich", "GPE", "Exchange location.")
d.M("Biel", "GPE", "Audiva's plant.")
d.M("London", "GPE", "In Narang's role.")
d.M("Europe", "LOC", "Place.")
d.M("United States", "GPE", "Place.")
d.M("New York", "GPE", "Exchange location.")
d.write()
