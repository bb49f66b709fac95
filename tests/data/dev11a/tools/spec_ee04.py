import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ee04_pennsylvania_super_pac_complaint")

SAL = dict(aliases=["Sallow"], role="a former Army captain who was a Lackawanna County commissioner from 2019 to 2023")
ASH = dict(aliases=["Ashgrove", "Rep. Kevin Ashgrove"], role="Rep. (D-Calif.)")
d.Q("Marcia Feld", "A super PAC run by the candidate’s own fundraiser is not independent in any sense a voter would "
    "recognize,", role="CIP’s director of litigation", cue="said Marcia Feld, CIP’s director of litigation",
    note="Role with an organisation acronym as possessor.")
d.Q("Marcia Feld", "It is a campaign with a second bank account.", role="CIP’s director of litigation",
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Brent Sallow", "a press release with footnotes.", **SAL, syntax="phrase",
    cue="Sallow, 39, a former Army captain who was a Lackawanna County commissioner from 2019 to 2023, dismissed the "
        "complaint as",
    note="Fragment (5 words), period inside the marks.")
d.Q("Craig Osterhout", "Anything a campaign puts on the internet belongs to the world,", aliases=["Osterhout"],
    role="Dunmore’s lawyer", cue="he said",
    note="Pronoun trap: two men are named in the sentence before last (His campaign manager, Evan Tierney, and "
         "Dunmore’s lawyer, Craig Osterhout); 'he' = Osterhout, the subject of the sentence before ('Osterhout said "
         "the footage had been posted').")
d.Q("Brent Sallow", "I have not spoken to Rachel since she left my campaign in April,", **SAL,
    cue="Sallow told the Anthracite Herald", note="'Rachel' in the quote is Rachel Dunmore.")
d.Q("Brent Sallow", "If the FEC wants my phone records, it can have them.", **SAL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Luke Brannigan", "Brent Sallow wants the money of a super PAC and the deniability of a stranger,",
    role="a spokesman for the Mercado campaign", cue="said Luke Brannigan, a spokesman for the Mercado campaign",
    note="Named campaign spokesman: the quote goes to him. The quote opens with another candidate's name.")
d.Q("Federal Election Commission", "does not comment on open matters.", stype="ORG",
    aliases=["FEC", "the commission", "the agency"], syntax="phrase",
    cue="A spokeswoman for the FEC said the commission",
    note="Unnamed spokeswoman: the quote goes to the organisation. Fragment (6 words).")
d.Q("Kevin Ashgrove", "lost the will to referee.", **ASH, syntax="phrase",
    cue="Rep. Kevin Ashgrove (D-Calif.) said the agency had",
    note="Party-and-state tag in brackets after the name. Fragment (5 words).")
d.Q("Kevin Ashgrove", "The rules are fine,", **ASH, cue="Ashgrove, the top Democrat on the House Administration "
    "Committee, said in a floor speech last week",
    note="Attribution in the middle, with a long apposition after the surname.")
d.Q("Kevin Ashgrove", "Nobody is enforcing them.", **ASH, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Sal DeMarco", "junk mail with a soundtrack.", role="Its president", syntax="phrase",
    cue="Its president, Sal DeMarco, called the PAC’s ads",
    note="'Its' = the Coal Region Trades Alliance. Fragment (5 words).")
d.Q("Sallow campaign", "Joan Mercado has spent 10 years in Washington learning to file paperwork instead of bills,",
    stype="ORG", aliases=["The Sallow campaign", "the campaign"], cue="the campaign said in a statement",
    note="Role-only organisation attribution: 'the campaign' = the Sallow campaign, subject of the sentence before. "
         "The quote opens with the rival's name.")

d.F("$3.1 million", 3100000, "USD", "super PAC ad spending for Sallow (headline)", ctx="coordinating $3.1 million")
d.F("8th", 8, "ordinal", "Pennsylvania's 8th Congressional District")
d.F("$3.1 million", 3100000, "USD", "Keystone Forward's television ad spending", ctx="spent $3.1 million")
d.F("six weeks", 6, "weeks", "period of the $3.1 million ad spending")
d.F("May", "2026-05", "date", "when Keystone Forward PAC was set up", ctx="set up in May", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("14 seconds", 14, "seconds", "campaign footage used in the PAC's ads")
d.F("no more than $3,500", 3500, "USD", "legal limit on donations to a candidate", qualifier="no more than",
    note="Per donor, per election.")
d.F("$150,000 to $200,000", [150000, 200000], "USD", "cost of broadcast time in the Scranton market",
    note="Per week ('a week'), according to media buyers.")
d.F("39", 39, "years", "age of Brent Sallow", ctx="Sallow, 39,")
d.F("2019 to 2023", [2019, 2023], "year", "Sallow's years as a Lackawanna County commissioner",
    note="'from 2019 to 2023'; 'from' left out (year range as dev6a/dev7a).")
d.F("April", "2026-04", "date", "when Dunmore left Sallow's campaign (in a quote)", value_inferred=True,
    note="Year not written; the set's year 2026 (before the PAC was set up in May).")
d.F("$4.7 million", 4700000, "USD", "Mercado's fundraising this cycle")
d.F("$2.8 million", 2800000, "USD", "Mercado's cash on hand at the end of June")
d.F("June", "2026-06", "date", "date of Mercado's cash-on-hand figure ('at the end of June')", ctx="end of June",
    value_inferred=True, note="Year not written; the set's year 2026.")
d.F("$1.6 million", 1600000, "USD", "Sallow's fundraising")
d.F("$5.2 million", 5200000, "USD", "Keystone Forward's reported fundraising")
d.F("$250,000", 250000, "USD", "donation from Black Diamond Logistics to Keystone Forward")
d.F("six-member", 6, "count", "members of the Federal Election Commission")
d.F("two years", 2, "years", "how long the FEC has lacked a quorum for much of ('the past two years')")
d.F("about 18,000", 18000, "count", "union workers the Coal Region Trades Alliance represents", qualifier="about")
d.F("July", "2026-07", "date", "when the Coal Region Trades Alliance endorsed Mercado", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("10 years", 10, "years", "Mercado's time in Washington (Sallow campaign, in a quote)")

d.NF("second", ctx="a second bank account", reason="Idiom inside a quote ('a second bank account' = another one).")

d.RT("on Tuesday", resolved=None)
d.RT("months earlier", resolved=None)
d.RT("this cycle", resolved="2026")
d.RT("last week", resolved=None)
d.RT("on Wednesday", resolved=None)

d.P("Brent Sallow", "PERSON", "a former Army captain who was a Lackawanna County commissioner from 2019 to 2023",
    "A super PAC supporting Republican Brent Sallow", ["quoted", "actor"], aliases=["Sallow"],
    note="Also 'Republican'; modifier in 'the Sallow campaign', 'a longtime Sallow donor'.")
d.P("Campaign Integrity Project", "ORG", "a nonpartisan group based in Washington",
    "The Campaign Integrity Project (CIP), a nonpartisan group", ["actor", "cited"], aliases=["CIP"],
    note="Filed the complaint; acronym in brackets, then as possessor ('CIP’s director of litigation').")
d.P("Federal Election Commission", "ORG", None, "asked the Federal Election Commission (FEC) to investigate",
    ["actor", "quoted"], aliases=["FEC"], note="Object of 'asked'; later 'the commission', 'the agency'.")
d.P("Keystone Forward PAC", "ORG", None, "to investigate Keystone Forward PAC, which was set up in May", ["actor"],
    aliases=["Keystone Forward"], note="Object first, then subject ('Keystone Forward used', 'has reported raising').")
d.P("Rachel Dunmore", "PERSON", "Sallow’s former finance director", "Sallow’s former finance director, Rachel Dunmore",
    ["actor"], aliases=["Dunmore"], note="Set up the PAC; possessor in 'Dunmore’s lawyer'.")
d.P("Marcia Feld", "PERSON", "CIP’s director of litigation", "said Marcia Feld, CIP’s director", ["quoted"])
d.P("Sallow campaign", "ORG", None, "The Sallow campaign filed a complaint of its own", ["actor", "quoted"],
    note="Also 'the same Scranton media buyer as the Sallow campaign'; later 'the campaign said in a statement'.")
d.P("Ridgeline Media Group", "ORG", "the same Scranton media buyer", "the Sallow campaign, Ridgeline Media Group, and",
    ["actor"], note="Media buyer for both the PAC and the campaign (apposition after the object).")
d.P("Evan Tierney", "PERSON", "His campaign manager", "His campaign manager, Evan Tierney, referred questions",
    ["actor"])
d.P("Craig Osterhout", "PERSON", "Dunmore’s lawyer", "Osterhout said the footage", ["quoted", "cited"],
    aliases=["Osterhout"])
d.P("Anthracite Herald", "ORG", None, "Sallow told the Anthracite Herald", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Joan Mercado", "PERSON", "Rep.", "The district’s incumbent, Rep. Joan Mercado, has raised", ["actor"],
    note="'The district’s incumbent'; modifier in 'the Mercado campaign', 'a Mercado mailer'. Named in quotes.")
d.P("Luke Brannigan", "PERSON", "a spokesman for the Mercado campaign", "said Luke Brannigan, a spokesman", ["quoted"])
d.P("Black Diamond Logistics", "ORG", "a Hazleton trucking company", "including $250,000 from Black Diamond Logistics",
    ["actor"], note="Donor to the PAC; later 'The company did not respond'.")
d.P("Kevin Ashgrove", "PERSON", "Rep. (D-Calif.)", "Rep. Kevin Ashgrove (D-Calif.) said", ["quoted", "cited"],
    aliases=["Ashgrove"], note="Also 'the top Democrat on the House Administration Committee'.")
d.P("Coal Region Trades Alliance", "ORG", None, "The Coal Region Trades Alliance, which represents", ["actor"],
    note="Endorsed Mercado; later 'Its president'.")
d.P("Sal DeMarco", "PERSON", "Its president", "Its president, Sal DeMarco, called", ["quoted"])
d.M("Mercado campaign", "ORG", "Only in Brannigan's role ('a spokesman for the Mercado campaign').")
d.M("House Administration Committee", "ORG", "Only in Ashgrove's description.")
d.M("Army", "ORG", "Only in Sallow's description ('a former Army captain').")
d.M("Gordon Pike", "PERSON", "Chief executive of Black Diamond Logistics and a Sallow donor (background).")
d.M("8th Congressional District", "LOC", "The district.")
d.M("Pennsylvania", "GPE", "State (background).")
d.M("Lackawanna County", "GPE", "In Sallow's description.")
d.M("Washington", "GPE", "Location (CIP's base; also in a quote).")
d.M("Scranton", "GPE", "Location.")
d.M("Hazleton", "GPE", "Location.")
d.write()
