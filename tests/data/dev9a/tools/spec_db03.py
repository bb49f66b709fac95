import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("db03_kestrel_aria_phone_launch")
d.B("*By Nurul Izzah Rahim, Kuala Lumpur — 14 October 2026*", "byline")

LIM = dict(aliases=["Lim"], role="Kestrel’s co-founder and chief executive")
KES = dict(stype="ORG", aliases=["Kestrel", "the company"])
d.Q("Lim Wei Ling", "Nobody asked for a bigger screen", **LIM, marks="single",
    cue="‘…’: Kestrel bets on battery life (headline)",
    note="Headline quote in single marks; the speaker is named only in the body, where she says 'Nobody asked us for a "
         "bigger screen.'")
d.Q("Lim Wei Ling", "Nobody asked us for a bigger screen. They asked for a phone that gets them through two days,", **LIM,
    cue="said Lim Wei Ling, Kestrel’s co-founder and chief executive")
d.Q("Ahmad Faris", "We sold more phones during Covid-19 than in the three years before it, and most of them are now in "
    "drawers.", role="Kestrel’s finance chief",
    cue="The admission came from Kestrel’s finance chief, Ahmad Faris (next sentence)",
    note="Quote attributed in the following sentence, without a verb of saying.")
d.Q("Kestrel Mobile", "Every Aria sold in Malaysia will be repaired in Malaysia, and every part will be available for "
    "seven years,", **KES, cue="the company said", note="Role-only organisation attribution.")
d.Q("Siti Rahmah", "The pricing is aggressive, but the margin is thinner than they admit,", aliases=["Rahmah"],
    role="a technology analyst at the bank", cue="said Siti Rahmah, a technology analyst at the bank",
    note="'the bank' = Perdana Investment Bank.")
d.Q("Lim Wei Ling", "We are not a charity, and we are not a discount shop,", **LIM, cue="she said",
    note="Pronoun trap: two women are named ('Lim later joined Rahmah ... the analyst pressed her'); 'she' = Lim, the "
         "subject of the sentence before ('Lim said Kestrel would make a profit').")
d.Q("Consumers’ Voice Malaysia", "confusing", stype="ORG", syntax="phrase",
    cue="a shoppers’ group, called the subscription pricing", note="Organisation scare-quoted one-word fragment.")
d.Q("Hafiz Osman", "the cheapest way to cut electronic waste", aliases=["Prof Hafiz Osman"], role="Its author",
    syntax="phrase", cue="Its author, Prof Hafiz Osman, said longer-lasting phones were",
    note="'Its' = the Universiti Teknologi Kinabalu study. 7 words -> full by the length rule.")

d.F("37", 37, "count", "countries where the Aria was launched")
d.F("6.1-inch", 6.1, "inches", "Aria display size")
d.F("256GB", 256, "GB", "Aria storage")
d.F("two and a half times", 2.5, "times", "Aria battery life relative to Kestrel's previous model")
d.F("RM1,899", 1899, "MYR", "Aria price in Malaysia")
d.F("USD 549", 549, "USD", "Aria price in the United States")
d.F("November", "2026-11", "date", "when Bluepeak Wireless starts selling the Aria", value_inferred=True,
    note="Year not written; from the byline (14 October 2026).")
d.F("up to USD 200", 200, "USD", "trade-in credit for an old phone", qualifier="up to")
d.F("two days", 2, "days", "battery life customers asked for (in a quote)")
d.F("12 months", 12, "months", "free Kestrel Plus subscription with every Aria", ctx="with 12 months")
d.F("three", 3, "count", "news publishers in Kestrel Plus", ctx="from three publishers")
d.F("more than 400", 400, "count", "brands offering discounts through Kestrel Plus", qualifier="more than")
d.F("RM23.50", 23.5, "MYR", "monthly Kestrel Plus price in Malaysia", note="Per month.")
d.F("C$6", 6, "CAD", "monthly Kestrel Plus price in Canada", note="Per month.")
d.F("three years", 3, "years", "period before Covid-19 Kestrel compares its sales with (in a quote)")
d.F("seven years", 7, "years", "how long Aria parts will be available (in a quote)")
d.F("350", 350, "count", "workers Lumut Precision hired for the Aria line")
d.F("4.2%", 4.2, "percent", "rise in Kestrel shares")
d.F("RM3.18", 3.18, "MYR", "Kestrel share price")
d.F("about RM2.9 billion", 2900000000, "MYR", "Kestrel's market value", qualifier="about")
d.F("between 800,000 and 1 million", [800000, 1000000], "count", "Arias Perdana Investment Bank expects Kestrel to sell")
d.F("12 months", 12, "months", "period of the sales forecast", ctx="next 12 months")
d.F("August", "2026-08", "date", "when the MCMC certified the phone", value_inferred=True,
    note="Year not written; from the byline (October 2026).")
d.F("2.7 years", 2.7, "years", "average time before Malaysians replace their phones (study)")
d.F("6.7-inch", 6.7, "inches", "screen size of the Nuvo model whose price was cut")
d.F("RM300", 300, "MYR", "price cut on Nuvo's 6.7-inch model")

d.NF("14", ctx="— 14 October", reason="Date in the byline.")
d.NF("2026", ctx="October 2026*", reason="Year in the byline.")
d.NF("19", ctx="Covid-19", reason="Numeral in a name (Covid-19).")

d.RT("on Tuesday", ctx="Kuala Lumpur on Tuesday.", resolved="2026-10-13")
d.RT("on Wednesday", resolved="2026-10-14")
d.RT("on Tuesday", ctx="Kuala Lumpur on Tuesday,", resolved="2026-10-13")
d.RT("next year", resolved="2027")
d.RT("on the same day", resolved="2026-10-13")

d.P("Kestrel Mobile", "ORG", "Malaysian phone maker", "Malaysian phone maker Kestrel Mobile has launched",
    ["actor", "quoted"], aliases=["Kestrel"],
    note="Later 'the company said'; possessor ('Kestrel’s co-founder'), modifier ('Kestrel shares', 'Kestrel Plus').")
d.P("Bluepeak Wireless", "ORG", "the carrier", "where the carrier Bluepeak Wireless will sell it", ["actor"])
d.P("Lim Wei Ling", "PERSON", "Kestrel’s co-founder and chief executive", "said Lim Wei Ling, Kestrel’s co-founder",
    ["quoted", "cited", "actor"], aliases=["Lim"])
d.P("Ahmad Faris", "PERSON", "Kestrel’s finance chief", "The admission came from Kestrel’s finance chief, Ahmad Faris",
    ["quoted"])
d.P("Hsinchu Semicon Corp", "ORG", None, "The phone’s chip comes from Taiwan’s Hsinchu Semicon Corp", ["actor"],
    note="Chip supplier (after a preposition).")
d.P("Lumut Precision Sdn Bhd", "ORG", None, "it is assembled by Penang-based Lumut Precision Sdn Bhd", ["actor"],
    note="Assembler; 'which hired 350 workers'.")
d.P("Perdana Investment Bank", "ORG", None, "Analysts at Perdana Investment Bank expect", ["cited"],
    note="Later 'the bank'.")
d.P("Siti Rahmah", "PERSON", "a technology analyst at the bank", "said Siti Rahmah, a technology analyst",
    ["quoted", "actor"], aliases=["Rahmah"], note="Also 'the analyst pressed her on margins'.")
d.P("Suara TV", "ORG", None, "on a panel broadcast by Suara TV", ["actor"],
    note="Broadcaster of the panel (dev3 convention).")
d.P("Malaysian Communications and Multimedia Commission", "ORG", None,
    "The Malaysian Communications and Multimedia Commission (MCMC) certified", ["actor"], aliases=["MCMC"])
d.P("Consumers’ Voice Malaysia", "ORG", "a shoppers’ group", "Consumers’ Voice Malaysia, a shoppers’ group, called",
    ["quoted", "actor"])
d.P("Universiti Teknologi Kinabalu", "ORG", None, "A study by Universiti Teknologi Kinabalu found", ["cited"])
d.P("Hafiz Osman", "PERSON", "Its author", "Its author, Prof Hafiz Osman, said", ["quoted"])
d.P("Nuvo", "ORG", "Rival brand", "Rival brand Nuvo, owned by Shenzhen’s Hailan Group, cut the price", ["actor"])
d.M("Hailan Group", "ORG", "Nuvo's owner (background, object of 'owned by').")
d.M("Kestrel Plus", "PRODUCT", "Kestrel's subscription.")
d.M("Aria", "PRODUCT", "The phone.")
d.M("Nurul Izzah Rahim", "PERSON", "Byline author (boilerplate).")
d.M("Malaysia", "GPE", "Background.")
d.M("Kuala Lumpur", "GPE", "Location.")
d.M("United States", "GPE", "Market.")
d.M("Canada", "GPE", "Market.")
d.M("Singapore", "GPE", "Location.")
d.M("Taiwan", "GPE", "Location.")
d.M("Penang", "GPE", "Location.")
d.M("Shenzhen", "GPE", "Location.")
d.write()
