import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h803_ohr_energy_funding")
d.B('<p class="byline">By Noa Ben-Ami, Tel Aviv · 18 November 2026</p>', "byline and date line")

MIZ = dict(aliases=["Mizrahi"], role="Ohr’s co-founder and chief executive")
d.Q("Yael Mizrahi", "Every war and every heatwave has shown us how fragile the grid is,", **MIZ,
    cue="Yael Mizrahi, Ohr’s co-founder and chief executive, told the public broadcaster Kan",
    note="Speaker named after the quote, with the broadcaster.")
d.Q("Yael Mizrahi", "People want to keep the lights on without waiting for anyone.", **MIZ, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Yael Mizrahi", "We were three people and a borrowed oscilloscope in a garage in Holon,", **MIZ, cue="she said",
    note="Trap: the last person named before the quote is Amir Katz; 'she' is Mizrahi.")
d.Q("Daniel Hirsch", "We looked at 40 storage companies on three continents. This is the one with the best unit economics.",
    role="Cedar Peak partner", cue="Cedar Peak partner Daniel Hirsch, who will join Ohr’s board, said:",
    note="Colon-introduced quote of two sentences; one entry.")
d.Q("senior official at the Bank of Israel", "watching the currency closely", stype="ANONYMOUS",
    role="senior official at the Bank of Israel", syntax="phrase",
    cue="A senior official at the Bank of Israel, who asked not to be named, said the central bank was",
    note="Anonymous source; fragment.")
d.Q("Israel Tech Exporters Forum", "a slow-motion tax on innovation", stype="ORG", syntax="phrase",
    cue="The Israel Tech Exporters Forum, an industry group, called the shekel’s rise")
d.Q("Israel Innovation Authority", "at a stage when few others would", stype="ORG", aliases=["IIA", "the authority"],
    syntax="phrase", cue="An IIA spokesman said the authority was proud to have backed the company",
    note="Spokesperson quote goes to the organisation. 7-word phrase -> 'full' by the length rule.")
d.Q("Yael Mizrahi", "not on the table before 2028", **MIZ, syntax="phrase",
    cue="Mizrahi said an initial public offering in Tel Aviv or New York was")

d.NQ("Ohr Guard", reason="Product (subscription) name.")

d.F("$140 million", 140000000, "USD", "size of the funding round (headline)", ctx="raises $140 million")
d.F("$1.1 billion", 1100000000, "USD", "valuation (headline)", ctx="at $1.1 billion valuation")
d.F("$140 million", 140000000, "USD", "size of the Series C round", ctx="raised $140 million")
d.F("four-year-old", 4, "years", "age of Ohr Energy")
d.F("about $1.1 billion", 1100000000, "USD", "valuation of Ohr Energy", qualifier="about")
d.F("roughly 455 million shekels", 455000000, "ILS", "shekel value of the round", qualifier="roughly")
d.F("NIS 790 million", 790000000, "ILS", "Ohr's total funding")
d.F("16 kWh", 16, "kWh", "storage capacity of the Ohr 8")
d.F("up to 8.5 kW", 8.5, "kW", "power output of the Ohr 8", qualifier="up to")
d.F("about a day", 1, "days", "how long the Ohr 8 can run an average apartment", qualifier="about",
    note="'a day' stands for one day (cf. the shared README's 'A decade' rule).")
d.F("₪29,900", 29900, "ILS", "installed price of the Ohr 8")
d.F("around a quarter", 0.25, "fraction", "how much cheaper the Ohr 8 is than imported systems", qualifier="around")
d.F("₪39", 39, "ILS", "monthly price of the Ohr Guard subscription", note="Price per month; 'a month' is not a figure.")
d.F("38", 38, "years", "age of Yael Mizrahi", ctx="Mizrahi, 38,")
d.F("2022", 2022, "year", "when Ohr was founded")
d.F("2024", 2024, "year", "when Amir Katz left", ctx="who left in 2024")
d.F("three", 3, "count", "founders in the garage (Mizrahi)", ctx="We were three people")
d.F("$38 million", 38000000, "USD", "Ohr revenue last year")
d.F("$11.5 million", 11500000, "USD", "Ohr revenue in 2024")
d.F("2024", 2024, "year", "year of the $11.5 million revenue", ctx="$11.5 million in 2024")
d.F("between $62 million and $68 million", [62000000, 68000000], "USD", "expected revenue in 2026")
d.F("2026", 2026, "year", "year of the revenue forecast", ctx="$68 million in 2026")
d.F("about 210", 210, "count", "Ohr employees", qualifier="about")
d.F("120", 120, "count", "planned new hires")
d.F("2027", 2027, "year", "deadline for the new hires", ctx="end of 2027")
d.F("Roughly a fifth", 0.2, "fraction", "share of staff called up for reserve duty", qualifier="Roughly")
d.F("two years", 2, "years", "period of the reserve call-ups ('in the past two years')")
d.F("40", 40, "count", "storage companies Cedar Peak looked at (Hirsch)", ctx="looked at 40")
d.F("three", 3, "count", "continents Cedar Peak searched (Hirsch)", ctx="on three continents")
d.F("$2.9 billion", 2900000000, "USD", "funding raised by Israeli start-ups in the third quarter")
d.F("third quarter", "2026-Q3", "date", "quarter of the start-up funding figure", value_inferred=True,
    note="Year from the date line (2026).")
d.F("11%", 11, "percent", "fall in start-up funding from the second quarter")
d.F("second quarter", "2026-Q2", "date", "comparison quarter for start-up funding", value_inferred=True)
d.F("about 6%", 6, "percent", "rise of the shekel against the dollar", qualifier="about")
d.F("January", "2026-01", "date", "start of the shekel's rise", value_inferred=True)
d.F("₪12.5 million", 12500000, "ILS", "Israel Innovation Authority grant to Ohr")
d.F("2023", 2023, "year", "year of the IIA grant")
d.F("mid-2027", 2027, "year", "when households may start selling stored power to the grid", qualifier="mid",
    note="'mid-' kept in the surface; the value is the year.")
d.F("48 agorot", 0.48, "ILS", "proposed tariff per kilowatt-hour", note="100 agorot = 1 shekel; price per kilowatt-hour.")
d.F("2028", 2028, "year", "earliest possible listing (Mizrahi)", ctx="before 2028")

d.NF("18 November 2026", reason="Date line (boilerplate).")
d.NF("8", ctx="the Ohr 8,", reason="Product name (Ohr 8).")
d.NF("one", ctx="is the one with", reason="Pronoun ('the one with the best unit economics').")

d.RT("on Wednesday", resolved="2026-11-18")
d.RT("last year", resolved="2025")

d.P("Ohr Energy", "ORG", "a Tel Aviv-based maker of home batteries", "Ohr Energy, a Tel Aviv-based maker of home batteries",
    ["actor", "cited"], aliases=["Ohr"])
d.P("Cedar Peak Capital", "ORG", "the U.S. growth fund", "led by the U.S. growth fund Cedar Peak Capital", ["actor"],
    aliases=["Cedar Peak"])
d.P("Negev Horizon Partners", "ORG", None, "Existing backers Negev Horizon Partners", ["actor"])
d.P("Galil Ventures", "ORG", None, "and Galil Ventures also took part", ["actor"])
d.P("Yael Mizrahi", "PERSON", "Ohr’s co-founder and chief executive", "Yael Mizrahi, Ohr’s co-founder and chief executive",
    ["quoted", "actor"], aliases=["Mizrahi"])
d.P("Kan", "ORG", "the public broadcaster", "told the public broadcaster Kan", ["actor"],
    note="Broadcaster the speaker talks on (dev3 convention).")
d.P("Eitan Levi", "PERSON", "a former battery researcher at Tel Aviv University", "with Eitan Levi, a former battery researcher",
    ["actor"], note="Co-founder.")
d.P("Amir Katz", "PERSON", None, "and Amir Katz, who left in 2024", ["actor"], note="Co-founder who left.")
d.P("Daniel Hirsch", "PERSON", "Cedar Peak partner", "Cedar Peak partner Daniel Hirsch", ["quoted"])
d.P("Zinc Analytics", "ORG", "the Tel Aviv research firm", "according to a report by the Tel Aviv research firm Zinc Analytics",
    ["cited"])
d.P("Bank of Israel", "ORG", None, "A senior official at the Bank of Israel", ["cited"],
    note="Cited through an anonymous official.")
d.P("Israel Tech Exporters Forum", "ORG", "an industry group", "The Israel Tech Exporters Forum, an industry group", ["quoted"])
d.P("Israel Innovation Authority", "ORG", "the government agency that funds research and development",
    "from the Israel Innovation Authority (IIA)", ["actor", "quoted"], aliases=["IIA"])
d.P("Ministry of Energy", "ORG", None, "A spokeswoman for the Ministry of Energy said", ["cited"])
d.M("Tel Aviv University", "ORG", "Only in Levi's role.")
d.M("Tel Aviv", "GPE", "Location (Ohr's base, possible listing).")
d.M("Holon", "GPE", "Location of the founders' garage.")
d.M("New York", "GPE", "Possible listing venue.")
d.M("U.S.", "GPE", "In Cedar Peak's description.")
d.M("Noa Ben-Ami", "PERSON", "Reporter (byline).")
d.write()
