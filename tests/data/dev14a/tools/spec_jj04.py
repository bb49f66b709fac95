import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj04_california_prop41_wildfire_insurance")
d.B("THE CAPITOL BRIEF | Thursday, Oct. 8, 2026", "dateline", note="Newsletter name and issue date.")
d.B("By Nina Alvarez", "byline")

S = dict(marks="straight")
RUIZ = dict(aliases=["Ruiz", "state Sen. Ana Ruiz", "the senator"], role="state Sen. (D-Fresno)")
TAP = dict(stype="ORG", aliases=["the No campaign"], role="the No campaign")
OLIN = dict(aliases=["Olin"], role="a spokesman for Taxpayers Against Proposition 41")
TIL = dict(aliases=["Tillman", "Assemblymember Greg Tillman"], role="Assemblymember (R-Redding)")

d.Q("Ana Ruiz", "a lifeline", 'calls it "a lifeline"', **RUIZ, **S, syntax="phrase",
    cue="(headline) Ruiz calls it",
    note="Headline quote with a surname-only attribution in the headline ('Ruiz calls it'); the full name comes in "
         "the body. 2-word phrase -> fragment.")
d.Q("Ana Ruiz", "a lifeline for a million families who can't buy a policy at any price.", **RUIZ, **S,
    syntax="phrase", cue="Its author, state Sen. Ana Ruiz (D-Fresno), calls it",
    note="AP title before the name with a party-hometown tag for a state legislator ('D-Fresno'). 13-word phrase -> "
         "full.")
d.Q("Taxpayers Against Proposition 41",
    "Proposition 41 puts a new tax on every homeowner in California, even if you live nowhere near a forest.", **TAP, **S,
    cue="The No campaign's first TV ad, which began airing Monday ..., has a narrator warning:",
    note="Quote from a campaign ad read by an unnamed narrator -> the committee that runs the ad ('The No campaign' = "
         "Taxpayers Against Proposition 41, named in the paragraph before). Colon-introduced. Unsure: an extractor "
         "may leave an unnamed narrator unattributed.")
d.Q("Ana Ruiz", "It's a 1.5% surcharge, not a new tax, and the insurers writing these checks know the difference,",
    **RUIZ, **S, cue="the senator said at a news conference in Fresno on Tuesday",
    note="Role-only person attribution ('the senator' = state Sen. Ana Ruiz; 'Ruiz isn't having it.' just before).")
d.Q("Derek Olin", "We'd love to spend less. The other side keeps pretending this costs nothing,", **OLIN, **S,
    cue="said Derek Olin, a spokesman for Taxpayers Against Proposition 41",
    note="Named spokesperson -> the person, introduced after the quote.")
d.Q("Derek Olin", "Then the surcharge goes up, and nobody voted for that,", **OLIN, **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Olin, who debated Ruiz's chief of staff, Marco "
         "Bell, ... said'); 'he' = Olin, its subject, not Bell, the last man named.")
d.Q("Pacific Crest Mutual", "make coverage more expensive for the 90% of Californians who face little wildfire risk.",
    stype="ORG", **S, syntax="phrase", cue="Pacific Crest Mutual said in a statement that the measure would",
    note="Company statement; 13-word phrase -> full.")
d.Q("Californians for Fire-Safe Homes", "by at least 2 to 1", stype="ORG", aliases=["the Yes side"],
    role="The Yes side", **S, syntax="phrase",
    cue="A spokeswoman for Californians for Fire-Safe Homes said the Yes side expected to be outspent",
    note="Unnamed spokeswoman -> the organisation. 6-word phrase -> fragment.")
d.Q("Greg Tillman", "Who pays when the fund runs dry?", **TIL, **S, cue="Tillman asked at a Redding town hall last week",
    note="Question quote. AP-style party-hometown tag at first mention ('Assemblymember Greg Tillman (R-Redding)').")
d.Q("Greg Tillman", "Not the insurers. You do.", **TIL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Carla Mendes", "I'd pay the surcharge tomorrow. I can't pay $9,800 a year for a last-resort policy,",
    role="whose insurer dropped her home in Paradise in 2024", **S,
    cue="said Carla Mendes, 64, whose insurer dropped her home in Paradise in 2024")
d.Q("Luis Echeverria", "Our members see what happens to a town that can't get insured,", role="the alliance's president",
    **S, cue="said the alliance's president, Luis Echeverria",
    note="'the alliance' = the Sierra Firefighters Alliance (sentence before); speaker introduced after the quote.")
d.Q("Teresa Albright", "I'll say where I am when I've read the actuarial report, not the ads.",
    aliases=["Gov. Teresa Albright"], role="Gov.", **S,
    cue="Gov. Teresa Albright, who has not taken a position, told reporters in Sacramento:",
    note="Colon-introduced quote.")

d.OQ("fire tax.", attributed_to="Opponents", attribution="vague-collective", marks="straight",
     reason="Label used by unnamed opponents ('Opponents have taken to calling the surcharge a \"fire tax.\"').")
d.NQ("Wildfire Insurance Affordability Act.", marks="straight",
     reason="Title of the ballot measure in quotation marks (period inside the marks).")

d.F("$31 million", 31000000, "USD", "insurers' money against Proposition 41 (headline)")
d.F("26 days", 26, "days", "time left until the election")
d.F("Nov. 3", "2026-11-03", "date", "election day", value_inferred=True, note="Year from the issue date (Oct. 8, 2026).")
d.F("1.5%", 1.5, "percent", "surcharge on every homeowners policy", ctx="a 1.5% surcharge on")
d.F("a million", 1000000, "count", "families who can't buy a policy (Ruiz, in a quote)")
d.F("$31.2 million", 31200000, "USD", "money raised by the No campaign")
d.F("$24 million", 24000000, "USD", "money from two insurers to the No campaign")
d.F("two", 2, "count", "insurers giving the $24 million", ctx="from two insurers")
d.F("$18.4 million", 18400000, "USD", "money raised by the Yes side")
d.F("first", 1, "ordinal", "the No campaign's TV ad", ctx="first TV ad")
d.F("1.5%", 1.5, "percent", "surcharge (Ruiz, in a quote)", ctx="It's a 1.5% surcharge")
d.F("one", 1, "count", "bad fire seasons before the fund would be empty (Olin's claim)", ctx="after one bad fire season")
d.F("90%", 90, "percent", "Californians who face little wildfire risk (Pacific Crest Mutual, in a quote)")
d.F("at least 2 to 1", 2, "ratio", "how far the Yes side expects to be outspent (in a quote)", qualifier="at least",
    note="2:1.")
d.F("twice", 2, "times", "fires in Tillman's district")
d.F("five years", 5, "years", "period in which Tillman's district burned twice")
d.F("1,050", 1050, "count", "likely voters surveyed by Golden State Survey")
d.F("September", "2026-09", "date", "when the poll was taken", value_inferred=True, note="Year from the issue date.")
d.F("52%", 52, "percent", "voters in favor of Proposition 41")
d.F("38%", 38, "percent", "voters opposed to Proposition 41")
d.F("plus or minus 3.5 percentage points", 3.5, "percentage points", "poll's margin of error", qualifier="plus or minus")
d.F("$9,800", 9800, "USD", "yearly cost of a last-resort policy (Mendes, in a quote)", note="Per year ('a year').")
d.F("64", 64, "years", "age of Carla Mendes")
d.F("2024", 2024, "year", "when Mendes's insurer dropped her home")
d.F("about 11,000", 11000, "count", "firefighters the Sierra Firefighters Alliance represents", qualifier="about")

d.NF("41", ctx="against Proposition 41;", reason="Number in the measure's name (headline).")
d.NF("8", ctx="Oct. 8, 2026", reason="Issue date (boilerplate).")
d.NF("2026", ctx="8, 2026", reason="Issue year (boilerplate).")
d.NF("41", ctx="It's Proposition 41,", reason="Number in the measure's name.")
d.NF("41", ctx="Against Proposition 41, has", reason="Number in the committee's name.")
d.NF("41", ctx="\"Proposition 41 puts", reason="Number in the measure's name (in a quote).")
d.NF("41", ctx="Against Proposition 41.\n", reason="Number in the committee's name.")

d.RT("Monday", ctx="airing Monday", resolved="2026-10-05")
d.RT("on Tuesday", ctx="in Fresno on Tuesday", resolved="2026-10-06")
d.RT("Wednesday", ctx="radio show Wednesday", resolved="2026-10-07")
d.RT("last week", resolved="2026-09-28/2026-10-04")
d.RT("tomorrow", resolved=None, note="Inside a quote; hypothetical.")
d.RT("Tuesday", ctx="the measure Tuesday", resolved="2026-10-06")

d.P("Ana Ruiz", "PERSON", "state Sen. (D-Fresno)", "Its author, state Sen. Ana Ruiz (D-Fresno), calls it",
    ["quoted", "actor"], aliases=["Ruiz"], note="The measure's author; later 'the senator'.")
d.P("Taxpayers Against Proposition 41", "ORG", "the No campaign", "the No campaign, Taxpayers Against Proposition 41, has raised",
    ["quoted", "actor"], note="Ballot measure committee opposing the measure; its ad is quoted.")
d.P("Pacific Crest Mutual", "ORG", None, "including $24 million from two insurers, Pacific Crest Mutual and Sierra",
    ["quoted", "actor"], note="Insurer; donor to the No campaign.")
d.P("Sierra Shield Insurance", "ORG", None, "Pacific Crest Mutual and Sierra Shield Insurance", ["actor"],
    note="Insurer; donor to the No campaign.")
d.P("Californians for Fire-Safe Homes", "ORG", "The Yes side", "The Yes side, Californians for Fire-Safe Homes, has raised",
    ["quoted", "actor"])
d.P("Derek Olin", "PERSON", "a spokesman for Taxpayers Against Proposition 41", "said Derek Olin, a spokesman for",
    ["quoted", "actor"], aliases=["Olin"])
d.P("Marco Bell", "PERSON", "Ruiz's chief of staff", "Ruiz's chief of staff, Marco Bell, on a Sacramento radio show",
    ["actor"], note="Debated Olin; the trap name before 'he said'.")
d.P("Greg Tillman", "PERSON", "Assemblymember (R-Redding)", "Assemblymember Greg Tillman (R-Redding), whose district",
    ["quoted", "actor"], aliases=["Tillman"])
d.P("Golden State Survey", "ORG", None, "A Golden State Survey poll of 1,050 likely voters", ["cited"])
d.P("Carla Mendes", "PERSON", "whose insurer dropped her home in Paradise in 2024", "said Carla Mendes, 64", ["quoted"])
d.P("Sierra Firefighters Alliance", "ORG", "which represents about 11,000 firefighters",
    "The Sierra Firefighters Alliance, which represents about 11,000 firefighters, endorsed", ["actor"],
    note="Later 'the alliance's president'.")
d.P("Luis Echeverria", "PERSON", "the alliance's president", "said the alliance's president, Luis Echeverria", ["quoted"])
d.P("Teresa Albright", "PERSON", "Gov.", "Gov. Teresa Albright, who has not taken a position", ["quoted"])
d.M("THE CAPITOL BRIEF", "ORG", "The newsletter (boilerplate).")
d.M("Nina Alvarez", "PERSON", "Byline author (boilerplate).")
d.M("Proposition 41", "LAW", "The ballot measure (also in the No committee's name).")
d.M("Wildfire Insurance Affordability Act", "LAW", "Title of Proposition 41 (a not_quote).")
d.M("California", "GPE", "The state (background).")
d.M("Los Angeles", "GPE", "Ad market.")
d.M("Sacramento", "GPE", "Ad market; where Albright spoke.")
d.M("Fresno", "GPE", "Where Ruiz spoke; in her tag.")
d.M("Redding", "GPE", "Tillman's town hall; in his tag.")
d.M("Paradise", "GPE", "Mendes's town.")
d.M("Republican", "NORP", "Party label.")
d.M("Californians", "NORP", "In Pacific Crest Mutual's statement.")
d.write()
