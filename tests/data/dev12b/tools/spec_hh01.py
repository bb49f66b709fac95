import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh01_wisconsin_senate_primary_debate")
d.B("APPLETON, Wis. —", "dateline", partial=True)

S = dict(marks="straight")
LIN = dict(aliases=["Lindgren", "Lt. Gov. Teresa Lindgren", "the lieutenant governor"], role="Lt. Gov.")
OST = dict(aliases=["Ostrowski", "U.S. Rep. Caleb Ostrowski"], role="U.S. Rep.")
MAR = dict(role="a political scientist who has directed the ICR poll since 2014")
ELL = dict(aliases=["Ellery", "Sen. Ruth Ellery", "the senator"], role="Sen., D-Wis.")
REE = dict(aliases=["Reeves"], role="a Milwaukee trucking executive who founded Reeves Freight Lines in 1994")

d.Q("Teresa Lindgren", "Wisconsin does not need another senator who learned about dairy from a briefing book,", **LIN,
    **S, syntax="clause", cue="Lindgren, 52, said in her opening answer",
    note="Split quote, first half (attribution in the middle, with an age and a place of saying).")
d.Q("Teresa Lindgren", "and I grew up milking 80 cows in Marathon County.", **LIN, **S, syntax="clause",
    cue="Lindgren, 52, said in her opening answer", note="Split quote, second half.")
d.Q("Caleb Ostrowski", "a subsidy for lawyers and accountants.", **OST, **S, syntax="phrase",
    cue="Ostrowski, 47, who has represented the 3rd District since 2019, called her plan to pay farmers up to $2,000 a "
        "month during price slumps",
    note="Quoted fragment after 'called' (6 words -> fragment); 'her' = Lindgren, not the speaker.")
d.Q("Caleb Ostrowski", "She wants to write checks. I want to fix the milk price,", **OST, **S, cue="Ostrowski said",
    note="Surname-only attribution; follows the fragment directly on the same line.")
d.Q("Ellen Marsh", "Nearly a quarter of the electorate has not made up its mind, and most of them live north of Highway 29,",
    **MAR, **S, cue="said Ellen Marsh, a political scientist who has directed the ICR poll since 2014",
    note="Long apposition after the name.")
d.Q("Ellen Marsh", "The farm vote is still there for whoever asks for it.", **MAR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Ruth Ellery", "Teresa has been in the barns when nobody was filming,", **ELL, **S, cue="the senator said",
    note="Role-only person attribution: 'the senator' = Sen. Ruth Ellery, the only sitting senator (Lindgren and "
         "Ostrowski are running for the seat; 'senator' inside Lindgren's quote is a trap).")
d.Q("Ostrowski campaign", "a favor between old friends.", stype="ORG", aliases=["The Ostrowski campaign"], **S,
    syntax="phrase", cue="The Ostrowski campaign said in a statement that the endorsement was",
    note="Campaign statement: the quote goes to the campaign (ORG), not the candidate, as dev11a. Fragment.")
d.Q("Northwoods Forward", "We are simply reading voters her record,", stype="ORG", **S,
    cue="a spokesman for Northwoods Forward said", note="Unnamed spokesman: the quote goes to the organisation.")
d.Q("Darnell Reeves", "I'm not here to be anybody's spoiler,", **REE, **S, cue="he said",
    note="Pronoun trap: two men are named just before ('He and Ostrowski shook hands'); 'he' = Reeves, the subject "
         "of 'Reeves said he would not drop out'.")
d.Q("Darnell Reeves", "a lot of noise about cows and not one word about rent.", **REE, **S, syntax="phrase",
    cue="Reeves later wrote on social media that the debate had been",
    note="Written on social media; 12-word phrase -> full by the length rule.")
d.Q("Teresa Lindgren", "I'd rather be up three than down five. Ask me again in August.", **LIN, **S,
    cue="the lieutenant governor told reporters:",
    note="Role-only person attribution, colon-introduced: 'the lieutenant governor' = Lt. Gov. Teresa Lindgren.")

d.F("3-point", 3, "percentage points", "Lindgren's poll lead over Ostrowski (headline)",
    note="Poll 'points' are percentage points (dev11a).")
d.F("90-minute", 90, "minutes", "length of the debate")
d.F("7 p.m.", "19:00", "time", "start of the debate")
d.F("61", 61, "years", "age of Darnell Reeves", ctx="Reeves, 61,")
d.F("1994", 1994, "year", "year Reeves founded Reeves Freight Lines")
d.F("52", 52, "years", "age of Teresa Lindgren", ctx="Lindgren, 52,")
d.F("80", 80, "count", "cows Lindgren milked growing up (in a quote)")
d.F("47", 47, "years", "age of Caleb Ostrowski", ctx="Ostrowski, 47,")
d.F("3rd", 3, "ordinal", "congressional district Ostrowski represents", note="District number as an ordinal (dev11a).")
d.F("2019", 2019, "year", "year Ostrowski began representing the 3rd District")
d.F("up to $2,000", 2000, "USD", "monthly payment to farmers under Lindgren's plan", qualifier="up to",
    note="Per month ('a month'), during price slumps.")
d.F("34%", 34, "percent", "Lindgren's poll share")
d.F("31%", 31, "percent", "Ostrowski's poll share")
d.F("712", 712, "count", "likely primary voters surveyed")
d.F("12%", 12, "percent", "Reeves's poll share")
d.F("23%", 23, "percent", "undecided voters in the poll")
d.F("plus or minus 3.7 percentage points", 3.7, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("March", "2026-03", "date", "month of the earlier ICR poll", ctx="In March,", value_inferred=True,
    note="Year not written; the set's year 2026 (primary on Aug. 11).")
d.F("5 points", 5, "percentage points", "Ostrowski's lead in the March poll", note="Poll 'points' are percentage points.")
d.F("Nearly a quarter", 0.25, "fraction", "share of the electorate still undecided (in a quote)", qualifier="Nearly")
d.F("2014", 2014, "year", "year Marsh began directing the ICR poll")
d.F("18 years", 18, "years", "Ellery's time in the Senate")
d.F("May", "2026-05", "date", "when Ellery endorsed Lindgren", ctx="Lindgren in May.", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 6,400", 6400, "count", "farms the Great Lakes Dairy Cooperative speaks for", qualifier="about")
d.F("$4.2 million", 4200000, "USD", "money Ostrowski has raised since January")
d.F("January", "2026-01", "date", "start of the fundraising period", value_inferred=True,
    note="'since January'; year not written, the set's year 2026 (election year). Unsure: could be 2025.")
d.F("$3.1 million", 3100000, "USD", "money Lindgren has raised")
d.F("$1.6 million", 1600000, "USD", "Northwoods Forward's spending on ads attacking Lindgren")
d.F("Aug. 11", "2026-08-11", "date", "date of the primary", value_inferred=True,
    note="Year not written; the set's year 2026 (11 August 2026 is a Tuesday, Wisconsin's primary day).")
d.F("three", 3, "percentage points", "lead Lindgren would rather have (in a quote)", ctx="up three than",
    note="'up three' = ahead by 3 points in the poll.")
d.F("five", 5, "percentage points", "deficit Lindgren would rather avoid (in a quote)", ctx="down five.",
    note="'down five' = behind by 5 points, as Ostrowski's March lead.")
d.F("August", "2026-08", "date", "when Lindgren says to ask her again (in a quote)", ctx="again in August",
    value_inferred=True, note="Month of the primary; year not written, the set's year 2026.")

d.NF("29", ctx="Highway 29", reason="Numeral inside a road name ('Highway 29'), inside a quote.")
d.NF("one", ctx="not one word", reason="Idiom inside a quote ('not one word').")

d.RT("on Thursday night", resolved=None)

d.P("Teresa Lindgren", "PERSON", "Lt. Gov.", "Lt. Gov. Teresa Lindgren and U.S. Rep. Caleb Ostrowski clashed",
    ["quoted", "actor"], aliases=["Lindgren"], note="Later 'the lieutenant governor'.")
d.P("Caleb Ostrowski", "PERSON", "U.S. Rep.", "Lt. Gov. Teresa Lindgren and U.S. Rep. Caleb Ostrowski clashed",
    ["quoted", "actor"], aliases=["Ostrowski"], note="Also 'who has represented the 3rd District since 2019'.")
d.P("Fox River College", "ORG", None, "The 90-minute debate at Fox River College", ["actor"],
    note="Hosts the debate (after 'at') and the ICR ('at Fox River College').")
d.P("Badger State Public Media", "ORG", None, "was broadcast by Badger State Public Media", ["actor"],
    note="Broadcaster, after a passive 'by'.")
d.P("Darnell Reeves", "PERSON", "a Milwaukee trucking executive who founded Reeves Freight Lines in 1994",
    "also featured Darnell Reeves, 61", ["quoted", "actor"], aliases=["Reeves"])
d.P("Institute for Civic Research", "ORG", None, "A survey by the Institute for Civic Research (ICR)", ["cited", "actor"],
    aliases=["ICR"], note="Acronym in brackets, then alone ('the ICR had Ostrowski ahead') and as a modifier "
                          "('the ICR poll').")
d.P("Ellen Marsh", "PERSON", "a political scientist who has directed the ICR poll since 2014", "said Ellen Marsh",
    ["quoted"])
d.P("Ruth Ellery", "PERSON", "Sen., D-Wis.", "Sen. Ruth Ellery, D-Wis., is retiring", ["quoted", "actor"],
    aliases=["Ellery"], note="Also 'who chairs the Senate Agriculture Committee'; later 'the senator'.")
d.P("Ostrowski campaign", "ORG", None, "The Ostrowski campaign said in a statement", ["quoted"],
    note="Campaign as a separate ORG from the candidate (dev11a).")
d.P("Great Lakes Dairy Cooperative", "ORG", None, "Ostrowski has the backing of the Great Lakes Dairy Cooperative",
    ["actor"], note="Object of 'the backing of'; 'which speaks for about 6,400 farms'.")
d.P("Federal Election Commission", "ORG", None, "according to Federal Election Commission filings", ["cited"],
    note="Only as a modifier ('Federal Election Commission filings').")
d.P("Northwoods Forward", "ORG", "a super PAC funded partly by cheese makers", "Northwoods Forward, a super PAC",
    ["quoted", "actor"], note="A name without an organisational noun (no 'Inc', 'Fund', 'PAC' in the name).")
d.M("Reeves Freight Lines", "ORG", "Only inside Reeves's description.")
d.M("Senate Agriculture Committee", "ORG", "Only inside Ellery's description ('who chairs').")
d.M("U.S. Senate", "ORG", "The chamber the candidates are running for (background).")
d.M("APPLETON", "GPE", "Dateline.")
d.M("Wisconsin", "GPE", "Background.")
d.M("Milwaukee", "GPE", "Location.")
d.M("Marathon County", "GPE", "Location (in a quote).")
d.write()
