import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg06_hoshizora_methanol_ship_order")
d.B("TOKYO —", "dateline", partial=True)

S = dict(marks="straight")
HOS = dict(stype="ORG", aliases=["Hoshizora"])
TAN = dict(aliases=["Tan"], role="head of transport research at Merlion Securities")
d.Q("Kenji Arakawa", "Our customers want a carbon number on every container. These ships give them a smaller one,",
    aliases=["Arakawa"], role="Hoshizora's president", **S, cue="said Hoshizora's president, Kenji Arakawa",
    note="Possessive role with the company's short name.")
d.Q("Farid Ismail", "well into 2029.", role="Perdana's managing director", **S, syntax="phrase",
    cue="Perdana's managing director, Farid Ismail, said the order would keep its plant busy",
    note="Malay name (no surname-only form is used). 3-word fragment.")
d.Q("Maritime and Port Authority of Singapore", "where green methanol is as ordinary as diesel.", stype="ORG",
    aliases=["MPA", "the authority"], **S, syntax="phrase", cue="An MPA spokesman said the authority wanted a port",
    note="Spokesman named by the acronym as a modifier ('An MPA spokesman'); the quote goes to the organisation. "
         "8-word phrase -> full.")
d.Q("Shipyard Workers' Union of Singapore", "New ships should mean new skills for Singaporeans,", stype="ORG",
    aliases=["SWUS", "the union"], **S, cue="the union said", note="Role-only organisation attribution.")
d.Q("Tan Wei Ling", "Methanol ships cost about 15% more to build, and green methanol costs two to three times as much as "
    "fuel oil,", **TAN, **S, cue="said Tan Wei Ling, head of transport research at Merlion Securities",
    note="Chinese name order: the surname 'Tan' comes first.")
d.Q("Tan Wei Ling", "Someone in the supply chain will pay for that. Today it is Hoshizora,", **TAN, **S,
    cue="Tan added", note="'X added' with the surname, same paragraph: explicit. 'Hoshizora' inside is not the speaker.")
d.Q("Lim Boon Keng", "We have waited 10 years for an order like this,", aliases=["Lim"],
    role="Straits Marine's chief executive", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Arakawa and Straits Marine's chief executive, Lim "
         "Boon Keng, signed'); 'he' = Lim, the subject of 'Lim said steel cutting would begin in Q3'.")
d.Q("Hoshizora Kisen Kaisha Ltd", "the same boxes with a lighter conscience.", **HOS, **S, syntax="phrase",
    cue="Hoshizora said in a statement that the ships would carry", note="Company statement; 7-word phrase -> full.")

d.F("eight", 8, "count", "ships ordered (headline)", ctx="orders eight methanol")
d.F("¥380 billion", 380000000000, "JPY", "value of the order (headline)", ctx="in ¥380 billion deal")
d.F("third", 3, "ordinal", "Hoshizora's rank among Japanese container lines", ctx="third-largest")
d.F("eight", 8, "count", "ships ordered", ctx="ordered eight 16,000-TEU")
d.F("16,000-TEU", 16000, "TEU", "capacity of each new ship", note="Twenty-foot equivalent units, per ship.")
d.F("¥380 billion", 380000000000, "JPY", "value of the order", ctx="for ¥380 billion (")
d.F("about US$2.5 billion", 2500000000, "USD", "value of the order in dollars", qualifier="about")
d.F("between 2028 and 2030", [2028, 2030], "year", "delivery period of the ships")
d.F("up to 21 knots", 21, "knots", "cruising speed of the ships", qualifier="up to")
d.F("about 40%", 40, "percent", "cut in carbon emissions against the ships they replace", qualifier="about")
d.F("3 p.m.", "15:00", "time", "release of Hoshizora's filing")
d.F("About ¥150 billion", 150000000000, "JPY", "JBIC loan toward the cost", qualifier="About")
d.F("12-year", 12, "years", "term of the JBIC loan")
d.F("1.5 trillion yen", 1500000000000, "JPY", "Hoshizora's order book", note="Currency written as a name.")
d.F("¥212 billion", 212000000000, "JPY", "Hoshizora's net profit forecast for fiscal 2025")
d.F("fiscal 2025", [2025, 2026], "year", "financial year of the profit forecast",
    note="Japanese fiscal year April 2025 to March 2026 ('which ends in March'), stored as a year range like dev11b's "
         "'FY2026'. Unsure: dev5c stored 'fiscal 2027' as the single year 2027.")
d.F("March", "2026-03", "date", "end of fiscal 2025", value_inferred=True,
    note="'which ends in March'; the year follows from fiscal 2025 (April 2025 to March 2026).")
d.F("18%", 18, "percent", "fall in profit in the October-December quarter", note="'fell 18%': stored as a size.")
d.F("October-December quarter", "2025-10/2025-12", "date", "quarter of the 18% profit fall", value_inferred=True,
    note="The third quarter of fiscal 2025, before the year ends in March 2026, so 2025 (dev11b convention). Unsure.")
d.F("-2.1%", -2.1, "percent", "change in Hoshizora's shares in Tokyo", note="A written minus sign is kept.")
d.F("7.4%", 7.4, "percent", "rise in Straits Marine's shares")
d.F("S$2.19", 2.19, "SGD", "Straits Marine's share price after the rise")
d.F("RM640 million", 640000000, "MYR", "value of Perdana Propulsion's engine contract")
d.F("2029", 2029, "year", "how long the order keeps Perdana's plant busy (in a quote)",
    note="'well into 2029'; 'well into' left out.")
d.F("about 1,200", 1200, "count", "workers Straits Marine will hire", qualifier="about")
d.F("S$1.2m", 1200000, "SGD", "MPA training grant to Straits Marine")
d.F("about two-thirds", 0.6666666667, "fraction", "share of the yard's staff who are foreign contract workers (SWUS)",
    qualifier="about")
d.F("about 300,000 tonnes", 300000, "tonnes", "green methanol Hoshizora will buy a year", qualifier="about",
    note="Per year ('a year').")
d.F("eight", 8, "count", "ships being replaced", ctx="The eight ships being")
d.F("2009", 2009, "year", "build year of some of the ships being replaced")
d.F("2010", 2010, "year", "build year of the other ships being replaced")
d.F("about 2.4 million barrels", 2400000, "barrels", "fuel oil the old ships burn a year", qualifier="about",
    note="Per year ('a year'); the whitelist has 'barrels per day' but no per-year unit, so plain 'barrels' as dev10b's "
         "'about 9 tonnes' a day.")
d.F("¥9.6 billion", 9600000000, "JPY", "ministry subsidy toward the extra cost")
d.F("October", "2026-10", "date", "when the IMO votes on a global carbon levy", ctx="in October on", value_inferred=True,
    note="'in October', after a story from early 2026 (fiscal 2025 not yet ended), so 2026.")
d.F("about 15%", 15, "percent", "extra build cost of methanol ships (in a quote)", qualifier="about")
d.F("two to three times", [2, 3], "times", "cost of green methanol relative to fuel oil (in a quote)")
d.F("Q3", "2026-07/2026-09", "date", "when steel cutting begins", value_inferred=True,
    note="Quarter as a date range (dev10b); Straits Marine reports by calendar year, the set's year 2026.")
d.F("10 years", 10, "years", "how long Straits Marine waited for an order like this (in a quote)")

d.NF("one", ctx="a smaller one", reason="Pronoun 'one' (a smaller number), not a count; in a quote.")

d.RT("on Friday", resolved=None)
d.RT("now", ctx="order book now stands", resolved=None)
d.RT("Today", resolved=None, note="Inside a quote.")
d.RT("on Thursday", resolved=None)

d.P("Hoshizora Kisen Kaisha Ltd", "ORG", "Japan's third-largest container line", "Hoshizora Kisen Kaisha Ltd, Japan's",
    ["actor", "quoted", "cited"], aliases=["Hoshizora"],
    note="Headline and later short form 'Hoshizora'; 'The line's order book', possessor 'Hoshizora's president'.")
d.P("Straits Marine Engineering Pte Ltd", "ORG", None, "from Straits Marine Engineering Pte Ltd of Singapore",
    ["actor"], aliases=["Straits Marine"],
    note="Object after 'from' with the Singapore legal form 'Pte Ltd'; later 'the yard's history', 'Straits Marine "
         "jumped', 'Straits Marine's chief executive'.")
d.P("Japan Bank for International Cooperation", "ORG", None, "a 12-year loan from the Japan Bank for International",
    ["actor"], aliases=["JBIC"], note="Development bank after 'a loan from', acronym in brackets.")
d.P("Kenji Arakawa", "PERSON", "Hoshizora's president", "said Hoshizora's president, Kenji Arakawa",
    ["quoted", "actor"], aliases=["Arakawa"])
d.P("Perdana Propulsion Bhd", "ORG", None, "Engines will come from Perdana Propulsion Bhd of Johor", ["actor"],
    aliases=["Perdana"], note="Malaysian legal form Bhd; later possessor 'Perdana's managing director'.")
d.P("Farid Ismail", "PERSON", "Perdana's managing director", "Perdana's managing director, Farid Ismail, said",
    ["quoted"])
d.P("Maritime and Port Authority of Singapore", "ORG", None,
    "a S$1.2m training grant from the Maritime and Port Authority of Singapore (MPA)", ["actor", "quoted"],
    aliases=["MPA"], note="After 'from'; later 'An MPA spokesman' and 'the authority'.")
d.P("Shipyard Workers' Union of Singapore", "ORG", None, "The Shipyard Workers' Union of Singapore (SWUS) welcomed",
    ["actor", "cited", "quoted"], aliases=["SWUS"], note="Later 'the union'.")
d.P("Pasir Green Fuels", "ORG", "a Singapore venture of Bayou Methanol Inc. of Houston",
    "from Pasir Green Fuels, a Singapore venture", ["actor"], note="Supplier after 'from'.")
d.P("Ministry of Land, Infrastructure, Transport and Tourism", "ORG", None,
    "Japan's Ministry of Land, Infrastructure, Transport and Tourism said", ["cited", "actor"],
    note="A name with commas and 'and', after a country possessive.")
d.P("International Maritime Organization", "ORG", "the UN shipping agency",
    "The International Maritime Organization (IMO), the UN shipping agency, is due to vote", ["actor"],
    aliases=["IMO"])
d.P("Tan Wei Ling", "PERSON", "head of transport research at Merlion Securities", "said Tan Wei Ling, head of",
    ["quoted"], aliases=["Tan"])
d.P("Lim Boon Keng", "PERSON", "Straits Marine's chief executive", "Arakawa and Straits Marine's chief executive, Lim",
    ["quoted", "cited", "actor"], aliases=["Lim"])
d.M("Singapore Exchange", "ORG", "Venue where Straits Marine shares trade.")
d.M("Bayou Methanol Inc.", "ORG", "Only inside the description of Pasir Green Fuels (its parent, legal form Inc., placed mid-sentence so the splitter does not run on).")
d.M("Merlion Securities", "ORG", "Only inside Tan's role.")
d.M("UN", "ORG", "In 'the UN shipping agency' (the IMO).")
d.M("TOKYO", "GPE", "Dateline.")
d.M("Tokyo", "GPE", "Location (stock market).")
d.M("Japan", "GPE", "Country (background; possessor of the ministry).")
d.M("Singapore", "GPE", "Location.")
d.M("Johor", "GPE", "Location.")
d.M("Houston", "GPE", "Inside a description (Bayou Methanol's home city).")
d.write()
