import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ff03_nordvik_aurora_phone_launch")
d.B("*By Elise Marchand, technology correspondent — 12 March 2026*", "byline")

SAN = dict(aliases=["Sandell"], role="Nordvik’s chief executive")
WHI = dict(aliases=["Whitcombe"], role="whose consumer director")
d.Q("Henrik Sandell", "Nobody needs a faster phone. People need a phone that is still fast five years from now,", **SAN,
    cue="said Nordvik’s chief executive, Henrik Sandell, at the launch in Stockholm")
d.Q("Henrik Sandell", "That is the product.", **SAN, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Gemma Whitcombe", "the phone our customers keep longest.", **WHI, syntax="phrase",
    cue="the carrier Orbis Mobile, whose consumer director, Gemma Whitcombe, called it",
    note="'whose' = Orbis Mobile (role as stated, like dev8's 'whose principal analyst'). 6-word phrase -> fragment.")
d.Q("Amira Haddad", "At €1,199, Nordvik is not competing on price. It is competing on patience,", aliases=["Haddad"],
    role="an analyst at Canalvue",
    cue="said Amira Haddad, an analyst at Canalvue, who expects the company to sell between 900,000 and 1.1 million units",
    note="Long apposition after the name.")
d.Q("Nordvik Mobile", "We would rather be big in 37 countries than small in 80,", stype="ORG",
    aliases=["Nordvik", "the company"], cue="the company said when asked about the United States",
    note="Role-only organisation attribution ('the company' = Nordvik, the only company in the section so far).")
d.Q("Consumer Voice Europe", "hard to justify for most families.", stype="ORG", aliases=["CVE"], syntax="phrase",
    cue="Consumer Voice Europe (CVE), an alliance of national consumer groups, welcomed the update pledge but called "
        "the price", note="Organisation fragment (6 words).")
d.Q("Gemma Whitcombe", "Trade-ins are where the real price gets set,", **WHI, cue="she said",
    note="Pronoun trap: two women are named ('Haddad and Whitcombe both pointed to trade-ins'); 'she' = Whitcombe, the "
         "subject of the sentence before ('Whitcombe said Orbis would pay').")
d.Q("Henrik Sandell", "Rivals add cameras,", **SAN, syntax="clause", cue="he said",
    note="Split quote, first half. 'he' = Sandell, the subject of the sentence before ('Sandell shrugged it off').")
d.Q("Henrik Sandell", "we add years.", **SAN, syntax="clause", cue="he said", note="Split quote, second half.")

d.F("€1,199", 1199, "EUR", "Aurora 3 Pro starting price (headline)", ctx="from €1,199 with")
d.F("seven years", 7, "years", "software update promise (headline)", ctx="with seven years of updates")
d.F("€1,199", 1199, "EUR", "Aurora 3 Pro starting price in the eurozone", ctx="from €1,199 in the eurozone")
d.F("£1,049", 1049, "GBP", "Aurora 3 Pro starting price in Britain")
d.F("seven years", 7, "years", "software update promise", ctx="updates for seven years")
d.F("6.7-inch", 6.7, "inches", "screen size")
d.F("120Hz", 120, "Hz", "screen refresh rate")
d.F("256GB", 256, "GB", "storage of the base model")
d.F("5,000mAh", 5000, "mAh", "battery capacity")
d.F("two days", 2, "days", "battery life Nordvik claims")
d.F("209g", 209, "g", "weight of the Aurora 3 Pro")
d.F("about 12g", 12, "g", "weight saved against last year's model", qualifier="about")
d.F("512GB", 512, "GB", "storage of the larger version")
d.F("€1,349", 1349, "EUR", "price of the 512GB version")
d.F("£1,179", 1179, "GBP", "price of the 512GB version in Britain")
d.F("five years", 5, "years", "how long a phone should stay fast (in a quote)")
d.F("27 March", "2026-03-27", "date", "on-sale date", value_inferred=True,
    note="Year not written; the byline date is 12 March 2026.")
d.F("37", 37, "count", "countries where the phone goes on sale", ctx="in 37 countries.")
d.F("36 months", 36, "months", "instalment period in Britain (Orbis Mobile)")
d.F("£29.14", 29.14, "GBP", "monthly instalment over 36 months", note="Per month.")
d.F("4.8 million", 4800000, "count", "phones Nordvik shipped in 2025")
d.F("2025", 2025, "year", "year of the 4.8 million shipments")
d.F("3.1%", 3.1, "percent", "Nordvik's share of the European market (Canalvue Research)")
d.F("fifth", 5, "ordinal", "Nordvik's rank among brands in Europe", ctx="fifth-largest")
d.F("12 months", 12, "months", "how often rivals release a new flagship", note="'every 12 months'.")
d.F("€1,199", 1199, "EUR", "Aurora 3 Pro starting price (in a quote)", ctx="At €1,199")
d.F("between 900,000 and 1.1 million", [900000, 1100000], "count", "units of the new model Haddad expects Nordvik to sell")
d.F("at least seven years", 7, "years", "how long spare parts must be available under EU ecodesign rules",
    qualifier="at least")
d.F("€69", 69, "EUR", "price of a replacement battery")
d.F("€129", 129, "EUR", "price of a replacement screen")
d.F("under 20 minutes", 20, "minutes", "time a repair shop needs to swap the battery or screen", qualifier="under")
d.F("37", 37, "count", "countries Nordvik would rather be big in (in a quote)", ctx="big in 37 countries")
d.F("80", 80, "count", "countries Nordvik would rather not be small in (in a quote)", ctx="small in 80")
d.F("six months", 6, "months", "free news subscriptions for buyers")
d.F("three", 3, "count", "publishers offering the news subscriptions", ctx="from three publishers")
d.F("14p", 14, "GBX", "rise in Brightwell Retail's share price")
d.F("386p", 386, "GBX", "Brightwell Retail's share price after the rise")
d.F("up to £400", 400, "GBP", "Orbis trade-in price for an older Aurora", qualifier="up to")
d.F("a fifth", 0.2, "fraction", "Talon Mobile's price cut on the Vertex 9")

d.NF("12", ctx="— 12 March", reason="Date in the byline.")
d.NF("2026", ctx="March 2026*", reason="Year in the byline.")
d.NF("Aurora 3 Pro", ctx="Nordvik’s Aurora 3 Pro arrives", reason="Model name (headline).")
d.NF("Aurora 3 Pro", ctx="the Aurora 3 Pro on Wednesday", reason="Model name.")
d.NF("Aurora 3 Pro", ctx="The Aurora 3 Pro goes", reason="Model name.")
d.NF("Vertex 9", reason="Model name.")

d.RT("on Wednesday", resolved="2026-03-11", note="Byline date 12 March 2026 is a Thursday.")
d.RT("last year", resolved="2025")
d.RT("now", ctx="years from now", resolved=None, note="Inside a quote.")
d.RT("now", ctx="must now be", resolved=None)
d.RT("last week", resolved=None)

d.P("Nordvik Mobile", "ORG", "Swedish phone maker", "Swedish phone maker Nordvik Mobile unveiled", ["actor", "quoted"],
    aliases=["Nordvik"], note="Later possessor 'Nordvik’s chief executive' and 'the company'.")
d.P("Henrik Sandell", "PERSON", "Nordvik’s chief executive", "said Nordvik’s chief executive, Henrik Sandell",
    ["quoted", "actor"], aliases=["Sandell"])
d.P("Orbis Mobile", "ORG", "the carrier", "through the carrier Orbis Mobile", ["actor"], aliases=["Orbis"],
    note="'Whitcombe said Orbis would pay up to £400'.")
d.P("Gemma Whitcombe", "PERSON", "whose consumer director", "whose consumer director, Gemma Whitcombe, called it",
    ["quoted", "cited"], aliases=["Whitcombe"])
d.P("Canalvue Research", "ORG", None, "according to Canalvue Research", ["cited"], aliases=["Canalvue"],
    note="Also inside Haddad's role.")
d.P("Amira Haddad", "PERSON", "an analyst at Canalvue", "said Amira Haddad, an analyst at Canalvue", ["quoted", "cited"],
    aliases=["Haddad"])
d.P("Seorin Display", "ORG", None, "The screen comes from Seoul-based Seorin Display", ["actor"], note="Supplier.")
d.P("Halvard Silicon", "ORG", None, "the processor from Halvard Silicon of Eindhoven", ["actor"], note="Supplier.")
d.P("Consumer Voice Europe", "ORG", "an alliance of national consumer groups", "Consumer Voice Europe (CVE), an alliance",
    ["quoted", "actor"], aliases=["CVE"])
d.P("Brightwell Retail", "ORG", "the British electronics chain that will stock the phone", "Shares in Brightwell Retail, "
    "the British electronics chain", ["actor"], note="Its shares rose; it will stock the phone.")
d.P("Talon Mobile", "ORG", "Rival", "Rival Talon Mobile cut the price", ["actor"])
d.M("European Union", "ORG", "Owner of the ecodesign rules (background).")
d.M("Aurora 3 Pro", "PRODUCT", "The phone (its numeral is a not_figure); later 'an older Aurora'.")
d.M("Vertex 9", "PRODUCT", "Talon's phone (its numeral is a not_figure).")
d.M("Elise Marchand", "PERSON", "Byline author (boilerplate).")
d.M("Britain", "GPE", "Market.")
d.M("Stockholm", "GPE", "Location of the launch.")
d.M("Europe", "LOC", "Market.")
d.M("United States", "GPE", "Market Nordvik will not enter.")
d.M("Seoul", "GPE", "Location.")
d.M("Eindhoven", "GPE", "Location.")
d.write()
