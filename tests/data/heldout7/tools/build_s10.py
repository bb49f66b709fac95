from goldlib import Doc

d = Doc("s10_fisheries_summit_lisbon",
        "Lisbon summit agrees 20% cut in high-seas tuna catch, but no deal on fuel subsidies")

for line, cat in [("<!DOCTYPE html>", "html markup"), ('<html lang="en">', "html markup"), ("<head>", "html markup"),
                  ('<meta charset="utf-8">', "html markup"),
                  ("<title>Lisbon summit agrees tuna catch cut | Tidewater Report</title>", "html page title (metadata)"),
                  ("</head>", "html markup"), ("<body>", "html markup"), ("<article>", "html markup"),
                  ('<p class="byline">By Inês Carvalho and Tom Adeyemi · <time datetime="2026-11-27">27 November 2026</time></p>',
                   "byline and date"),
                  ("</article>", "html markup"), ("<footer>", "html markup"), ("<p>© 2026 Tidewater Report</p>", "copyright"),
                  ("<p>Related: Why tuna prices doubled in 10 years</p>", "related-article link"),
                  ("</footer>", "html markup"), ("</body>", "html markup"), ("</html>", "html markup")]:
    d.B(line, cat)
d.B("LISBON —", "dateline", partial=True, note="Inline city dateline inside the first <p>.")
d.NF("2026-11-27", reason="Date in the byline's <time> attribute (boilerplate).")
d.NF("27 November 2026", reason="Publication date in the byline (boilerplate).")
d.NF("2026", ctx="© 2026 Tidewater", reason="Copyright year (boilerplate).")
d.NF("10", ctx="doubled in 10 years", reason="Number in a related-article link (boilerplate).")

d.Q("Lisbon Declaration on High Seas Stocks",
    "Countries that fish these waters will share the burden in proportion to what they take,",
    stype="DOCUMENT", marks="straight", cue="the declaration said")
RM = dict(role="Portugal's sea minister")
d.Q("Rui Andrade Matos", "the most serious step on tuna in a generation.", **RM, marks="straight", syntax="phrase",
    cue="called the outcome", note="8-word phrase, so 'full'.")
d.Q("Rui Andrade Matos",
    "Three years ago we could not even agree to count the fish. Tonight we agreed to leave some of them in the water.",
    **RM, marks="straight", cue="He said:", note="Colon-introduced; pronoun attribution.")
HS = dict(role="The programme's chief scientist")
d.Q("Haruka Ilunga-Sato", "We are not asking for miracles,", **HS, marks="straight", cue="she said")
d.Q("Haruka Ilunga-Sato", "We are asking for the catch to match what the ocean can replace.", **HS, marks="straight",
    attribution="implicit", cue="continuation after 'she said'")
d.Q("Kenji Hayashida", "cannot accept a cap that ignores coastal communities,", role="Japan's vice-minister for fisheries",
    marks="straight", syntax="clause", cue="said his government",
    note="Partial quote completing indirect speech ('his government cannot accept ...').")
d.Q("European negotiator", "gutted at 4 a.m. and buried by breakfast.", stype="ANONYMOUS", marks="straight",
    syntax="phrase", cue="One European negotiator, who asked not to be named ..., said the subsidy text had been",
    note="Unnamed individual; speaker string is the head noun phrase.")
d.Q("Norway and Iceland", "a floor, not a ceiling", stype="JOINT", members=["Norway", "Iceland"], marks="straight",
    syntax="phrase", cue="In a joint statement, Norway and Iceland said the catch cut was")
d.Q("Awa Ndiaye Sarr", "For us this is not an environmental issue. It is a food issue,",
    role="Senegal's fisheries minister", marks="straight", cue="said Senegal's fisheries minister, Awa Ndiaye Sarr")
d.Q("Blue Ledger", "a cut on paper", stype="ORG", role="The campaign group", marks="straight", syntax="phrase",
    cue="said the summit had produced")

d.F("20%", 20, "percent", "cut in high-seas tuna catch (headline)", ctx="agrees 20% cut")
d.F("46", 46, "count", "countries whose ministers agreed")
d.F("20%", 20, "percent", "cut in bigeye and yellowfin catch", ctx="by 20% over")
d.F("three", 3, "count", "seasons over which the cut is phased", ctx="over three seasons")
d.F("19 hours", 19, "hours", "overrun of the talks past their scheduled close")
d.F("six-page", 6, "count", "pages of the Lisbon Declaration")
d.F("1.3 million tonnes", 1300000, "tonnes", "current combined annual limit")
d.F("about 1.04 million tonnes", 1040000, "tonnes", "new combined annual limit by 2029", qualifier="about")
d.F("2029", 2029, "year", "year the new limit applies")
d.F("Three years", 3, "years", "time since countries could not agree to count the fish",
    note="'Three years ago'; 'ago' excluded.")
d.F("almost two-thirds", 0.6666666667, "fraction", "share of assessed high-seas tuna stocks fished at or beyond sustainable levels",
    qualifier="almost")
d.F("about 35%", 35, "percent", "fall in bigeye numbers since 2010", qualifier="about")
d.F("2010", 2010, "year", "base year of the bigeye decline")
d.F("more than 200 nautical miles", 200, "nautical miles", "distance from home ports defining distant-water vessels",
    qualifier="more than")
d.F("$2 billion", 2000000000, "USD", "proposed annual cap on fuel support")
d.F("$7.4 billion", 7400000000, "USD", "estimated current fuel support", note="Preceded by 'an estimated'.")
d.F("about a dozen", 12, "count", "countries blocking the subsidy cap", qualifier="about")
d.F("¥15 billion", 15000000000, "JPY", "Japan's pledge for monitoring equipment")
d.F("five years", 5, "years", "period of Japan's pledge")
d.F("4 a.m.", "04:00", "time", "time the subsidy text was gutted (in quote)")
d.F("2028", 2028, "year", "year Norway and Iceland want the cut reviewed")
d.F("€340 million", 340000000, "EUR", "donor pledges to the monitoring fund")
d.F("€500 million", 500000000, "EUR", "target for the monitoring fund")
d.F("one in five", 0.2, "fraction", "share of landed tuna that is illegal or unreported (Blue Ledger estimate)")
d.F("June 2027", "2027-06", "date", "next commission meeting in Dakar")
d.F("31", 31, "count", "members of the Ocean Stocks Commission")

d.NF("two", ctx="the two species", reason="Trivial count ('the two species').")
d.NF("One", ctx="One European negotiator", reason="Determiner-like 'One' for an unnamed person.")

d.RT("Friday", resolved="2026-11-27")
d.RT("Tonight", resolved="2026-11-26", note="Night of the final session before the early-Friday agreement.")
d.RT("Tuesday", resolved="2026-11-24")

d.P("Ocean Stocks Commission", "ORG", "the treaty body that sets quotas outside national waters",
    "will be enforced through the Ocean Stocks Commission (OSC)", ["actor"], aliases=["OSC"])
d.P("Rui Andrade Matos", "PERSON", "Portugal's sea minister", "Portugal's sea minister, Rui Andrade Matos, who chaired",
    ["quoted", "actor"])
d.P("UN Marine Resources Programme", "ORG", None, "Scientists at the UN Marine Resources Programme (UNMRP) estimate",
    ["cited"], aliases=["UNMRP"])
d.P("Haruka Ilunga-Sato", "PERSON", "The programme's chief scientist", "chief scientist, Dr. Haruka Ilunga-Sato, told",
    ["quoted", "cited"])
d.P("Japan", "GPE", None, "led by Japan and South Korea", ["actor"])
d.P("South Korea", "GPE", None, "led by Japan and South Korea.", ["actor"])
d.P("Kenji Hayashida", "PERSON", "Japan's vice-minister for fisheries", "vice-minister for fisheries, Kenji Hayashida, said",
    ["quoted", "actor"])
d.P("Norway", "GPE", None, "In a joint statement, Norway and Iceland said", ["quoted"])
d.P("Iceland", "GPE", None, "In a joint statement, Norway and Iceland said", ["quoted"])
d.P("Atlantic Development Bank", "ORG", None, "to be run by the Atlantic Development Bank", ["actor", "cited"])
d.P("Awa Ndiaye Sarr", "PERSON", "Senegal's fisheries minister", "said Senegal's fisheries minister, Awa Ndiaye Sarr",
    ["quoted"])
d.P("Blue Ledger", "ORG", "The campaign group", "The campaign group Blue Ledger said", ["quoted", "cited"])

d.M("Lisbon Declaration on High Seas Stocks", "DOCUMENT", "Quoted document (speaker type DOCUMENT).")
d.M("Tidewater Report", "ORG", "Publisher, boilerplate only.")
d.M("Portugal", "GPE", "Host country; only in a role.")
d.M("Senegal", "GPE", "Only in a role.")
d.M("Lisbon", "GPE", "Venue.")
d.M("Dakar", "GPE", "Venue of the next meeting.")

d.write()
