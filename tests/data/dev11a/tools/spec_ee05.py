import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ee05_nevada_governor_primary_poll")

S = dict(marks="straight")
NAV = dict(aliases=["Navarro", "Lt. Gov. Celia Navarro", "the lieutenant governor"], role="Lt. Gov.")
WHI = dict(aliases=["Whitcombe", "Secretary of State Miles Whitcombe", "the secretary of state"],
           role="Secretary of State")
CAS = dict(role="the firm's chief pollster")
d.Q("Celia Navarro", "We're not done", "'We're not done':", **NAV, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in straight single marks; the same words open Navarro's quote in the body.")
d.Q("Brenda Castillo", "Miles has had a very good spring, and Celia has had a quiet one,", **CAS, **S,
    cue="said Brenda Castillo, the firm's chief pollster",
    note="Pollster quoted; the quote names both candidates by first name. 'the firm' = Silver State Research.")
d.Q("Brenda Castillo", "Most of the undecideds are older Latino voters in Clark County. Those are exactly the voters "
    "her campaign was counting on.", **CAS, **S, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Celia Navarro", "a snapshot, not a verdict.", **NAV, **S, syntax="phrase",
    cue="Navarro, 54, standing beside Park, told the crowd at a rally in North Las Vegas on Tuesday that the poll was",
    note="'told the crowd at a rally'; fragment (5 words), period inside the marks.")
d.Q("Celia Navarro", "We're not done. We haven't even started talking to voters on television,", **NAV, **S,
    cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Navarro, 54, standing beside Park'; Park, her "
         "campaign manager, is the subject of the sentence before that); 'she' = Navarro, who told the crowd.")
d.Q("Miles Whitcombe", "People in this state are tired of campaigns that run on biography,", **WHI, **S,
    cue="Whitcombe said in an interview with Nevada Now", note="'in an interview with' an outlet.")
d.Q("Miles Whitcombe", "I am running on what I did with the election system.", **WHI, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Celia Navarro", "taking a victory lap for a software upgrade.", **NAV, **S, syntax="phrase",
    cue="Navarro has accused him of", note="8-word phrase -> full by the length rule.")
d.Q("Celia Navarro", "He wants credit for the counting machines. I want credit for the people who got to vote,", **NAV,
    **S, cue="the lieutenant governor said at the rally",
    note="Role-only person attribution: 'the lieutenant governor' = Lt. Gov. Celia Navarro. 'He' = Whitcombe.")
d.Q("Miles Whitcombe", "She can call it what she likes. Voters noticed,", **WHI, **S, cue="the secretary of state said",
    note="Role-only person attribution: 'the secretary of state' = Whitcombe, subject of the sentence before "
         "('Whitcombe shrugged off the jab'). 'She' = Navarro.")
d.Q("Harlan campaign", "auditioning for the same failed playbook.", stype="ORG", aliases=["The Harlan campaign"], **S,
    syntax="phrase", cue="The Harlan campaign said in a statement that both Democrats were",
    note="Campaign statement in reported speech; 6-word phrase -> fragment.")
d.Q("Owen Feeney", "Nobody should be printing inauguration invitations yet,",
    role="who teaches political science at High Desert University in Reno", **S, cue="he said",
    note="'he' = Feeney, the only person in the paragraph (reported speech first: 'said Owen Feeney').")

d.F("6 points", 6, "percentage points", "Whitcombe's poll lead over Navarro (headline)",
    note="Poll 'points' are percentage points.")
d.F("6 percentage points", 6, "percentage points", "Whitcombe's poll lead over Navarro")
d.F("three weeks", 3, "weeks", "time between the poll and the primary")
d.F("June 9", "2026-06-09", "date", "Nevada primary election", value_inferred=True,
    note="Year not written; the set's year 2026 (June 9, 2026 is a Tuesday).")
d.F("604", 604, "count", "likely Democratic primary voters surveyed")
d.F("41%", 41, "percent", "Whitcombe's support (Silver State Research poll)")
d.F("35%", 35, "percent", "Navarro's support (Silver State Research poll)")
d.F("19%", 19, "percent", "undecided voters (Silver State Research poll)")
d.F("plus or minus 4 percentage points", 4, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("February", "2026-02", "date", "earlier Silver State Research poll", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("2 points", 2, "percentage points", "Navarro's lead in the February poll", note="Poll 'points' are percentage points.")
d.F("$1.2 million", 1200000, "USD", "Navarro campaign's television buy")
d.F("54", 54, "years", "age of Celia Navarro", ctx="Navarro, 54,")
d.F("47", 47, "years", "age of Miles Whitcombe", ctx="Whitcombe, 47,")
d.F("15", 15, "count", "Nevada counties Whitcombe carried in 2022", ctx="carried 15 of")
d.F("17", 17, "count", "counties in Nevada", ctx="Nevada's 17 counties")
d.F("2022", 2022, "year", "Whitcombe's re-election")
d.F("$3.4 million", 3400000, "USD", "Whitcombe's fundraising since January")
d.F("$2.9 million", 2900000, "USD", "Navarro's fundraising since January")
d.F("January", "2026-01", "date", "start of the fundraising period", value_inferred=True,
    note="'since January'; year not written, the set's year 2026.")
d.F("about 38,000", 38000, "count", "casino and hotel workers the SHWU represents", qualifier="about")
d.F("2024", 2024, "year", "election Whitcombe oversaw")
d.F("four days", 4, "days", "time Nevada took to count mail ballots in 2024")
d.F("12", 12, "days", "time Nevada needed to count mail ballots two years earlier", ctx="the 12 it",
    note="Unit from 'four days' in the same sentence.")
d.F("two years", 2, "years", "gap between the two elections compared ('two years earlier')")
d.F("61", 61, "years", "age of Dwight Harlan", ctx="Harlan, 61,")
d.F("as much as 8 points", 8, "percentage points", "largest miss of Nevada primary polls", qualifier="as much as",
    note="Poll 'points' are percentage points.")
d.F("2018", 2018, "year", "Nevada's last open-seat Democratic primary for governor")
d.F("about 23%", 23, "percent", "turnout in the 2018 primary", qualifier="about")
d.F("between 25% and 30%", [25, 30], "percent", "turnout Feeney expects in this primary")

d.NF("one", ctx="a quiet one", reason="Pronoun inside a quote ('a quiet one' = a quiet spring).")

d.RT("Monday", ctx="released Monday", resolved="2026-05-18", note="About three weeks before Tuesday, June 9.")
d.RT("spring", resolved="2026", note="Inside a quote.")
d.RT("starting Thursday", resolved="2026-05-21")
d.RT("on Tuesday", resolved="2026-05-19")
d.RT("yet", ctx="invitations yet", resolved=None, note="Inside a quote.")

d.P("Celia Navarro", "PERSON", "Lt. Gov.", "Lt. Gov. Celia Navarro trails", ["quoted", "actor"], aliases=["Navarro"],
    note="Later 'the lieutenant governor'.")
d.P("Miles Whitcombe", "PERSON", "Secretary of State", "trails Secretary of State Miles Whitcombe", ["quoted", "actor"],
    aliases=["Whitcombe"], note="Later 'the secretary of state'.")
d.P("Silver State Research", "ORG", None, "according to a Silver State Research poll released Monday", ["cited"],
    note="Modifier only ('a Silver State Research poll'); later 'the same firm', 'the firm's chief pollster'.")
d.P("Brenda Castillo", "PERSON", "the firm's chief pollster", "said Brenda Castillo, the firm's chief pollster",
    ["quoted"])
d.P("Jolene Park", "PERSON", "Navarro's campaign manager", "Navarro's campaign manager, Jolene Park, said",
    ["cited", "actor"], aliases=["Park"])
d.P("Sierra Hospitality Workers Union", "ORG", None, "the endorsement of the Sierra Hospitality Workers Union (SHWU)",
    ["actor"], aliases=["SHWU"], note="Acronym in brackets after a preposition, then alone ('The SHWU has promised').")
d.P("Nevada Now", "ORG", "a Las Vegas political podcast", "in an interview with Nevada Now", ["actor"],
    note="Outlet that interviewed Whitcombe (dev3 broadcaster convention). Unsure.")
d.P("Dwight Harlan", "PERSON", "The likely Republican nominee", "The likely Republican nominee, Reno businessman "
    "Dwight Harlan", ["actor"], note="Also 'Reno businessman'.")
d.P("Harlan campaign", "ORG", None, "The Harlan campaign said in a statement", ["quoted"])
d.P("Owen Feeney", "PERSON", "who teaches political science at High Desert University in Reno", "said Owen Feeney",
    ["quoted", "cited"])
d.M("High Desert University", "ORG", "Only in Feeney's role.")
d.M("Nevada", "GPE", "State (background).")
d.M("Clark County", "GPE", "In a quote; also 'Clark and Washoe counties'.")
d.M("Washoe", "GPE", "County.")
d.M("North Las Vegas", "GPE", "Location of the rally.")
d.M("Las Vegas", "GPE", "Location.")
d.M("Reno", "GPE", "Location.")
d.write()
