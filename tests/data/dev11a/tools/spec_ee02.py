import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ee02_georgia_7th_district_recount")

PRU = dict(aliases=["Pruitt", "Secretary of State Howard Pruitt"], role="Secretary of State")
AMB = dict(aliases=["Ambler"], role="a former state senator and the Republican Party’s nominee")
d.Q("Howard Pruitt", "Every ballot was counted twice", "‘Every ballot was counted twice’:", **PRU, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in single curly marks; the same words open Pruitt's quote in the body.")
d.Q("Howard Pruitt", "Every ballot was counted twice, by hand and by machine, and the answer did not change,", **PRU,
    cue="Secretary of State Howard Pruitt said", note="Title before the name (role 'Secretary of State').")
d.Q("Howard Pruitt", "That is how this is supposed to work.", **PRU, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Gwen Oduya", "We made a mistake, we caught it, and we told the public the same day.", aliases=["Oduya"],
    role="who chairs the Gwinnett County Board of Registration and Elections",
    cue="That was how Gwen Oduya, who chairs the Gwinnett County Board of Registration and Elections, described",
    note="Quote attributed in the following sentence (as dev7b's 'That was the reaction of').")
d.Q("Stephen Kroll", "a very expensive rubber stamp", role="Ambler’s lawyer", syntax="phrase",
    cue="Ambler’s lawyer, Stephen Kroll, called the recount", note="Fragment (5 words) in reported speech.")
d.Q("Curtis Ambler", "The voters have spoken, even if they whispered,", **AMB, cue="he told the Gwinnett Courier",
    note="Pronoun trap: two men are named (Kroll and Ambler); 'he' = Ambler, the subject of the sentence before "
         "('Ambler himself was less combative').")
d.Q("Marcus Whitby", "Twenty-seven ballots is not fraud. It is sloppiness, and sloppiness is how people stop trusting "
    "elections,", aliases=["Whitby", "State Sen. Marcus Whitby"],
    role="State Sen., R-Cumming, who chairs the Senate Ethics Committee", cue="Whitby said",
    note="Surname-only attribution after reported speech ('said he would hold hearings').")
d.Q("Nadine Hale", "I am going to Washington to represent every one of the people in this district, including the ones "
    "who voted for Curtis,", aliases=["Hale"], role="a former public school principal", cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Hale said she and Oduya had spoken'); 'she' = "
         "Hale, its subject. 'Curtis' in the quote is Ambler.")
d.Q("Frontline Majority Fund", "We will be back in this district in two years, and we will bring a better map of where "
    "the votes are,", stype="ORG", aliases=["FMF"], cue="an FMF spokesman said in a statement",
    note="Unnamed spokesman: the quote goes to the organisation (acronym only in the attribution).")
d.Q("Lydia Baines", "a rebuke to anyone who still thinks Georgia is red.",
    role="The Georgia Democratic Party’s chairwoman", syntax="phrase",
    cue="The Georgia Democratic Party’s chairwoman, Lydia Baines, wrote on social media that the result was",
    note="Social-media post in reported speech; 10-word phrase -> full by the length rule.")

d.F("twice", 2, "times", "times every ballot was counted (headline, in a quote)", ctx="counted twice’:")
d.F("7th", 7, "ordinal", "congressional district (headline)", ctx="Hale’s 7th District")
d.F("214", 214, "count", "Hale's winning margin in votes (headline)", ctx="by 214 votes\n")
d.F("7th", 7, "ordinal", "Georgia's 7th Congressional District", ctx="Georgia’s 7th Congressional")
d.F("214", 214, "count", "Hale's winning margin in votes after the recount", ctx="by 214 votes out")
d.F("318,406", 318406, "count", "votes cast")
d.F("about 0.07 percentage points", 0.07, "percentage points", "Hale's margin as a share of the vote",
    qualifier="about")
d.F("187", 187, "count", "Hale's margin in votes on election night")
d.F("0.5-point", 0.5, "percentage points", "margin below which a trailing candidate may request a recount",
    note="A vote-share threshold: 'points' are percentage points.")
d.F("52", 52, "years", "age of Curtis Ambler", ctx="Ambler, 52,")
d.F("Nov. 9", "2026-11-09", "date", "when Ambler requested the recount", value_inferred=True,
    note="Year not written; the set's year 2026 (after the Nov. 3 election).")
d.F("twice", 2, "times", "times every ballot was counted (Pruitt, in a quote)", ctx="counted twice, by hand")
d.F("nine days", 9, "days", "length of the recount")
d.F("about 600", 600, "count", "workers on the recount", qualifier="about")
d.F("three", 3, "count", "counties in the district", ctx="district’s three counties")
d.F("roughly $410,000", 410000, "USD", "cost of the recount", qualifier="roughly")
d.F("27", 27, "count", "unscanned ballots found in Gwinnett", ctx="found 27 ballots")
d.F("January", "2027-01", "date", "when Whitby will hold hearings on the unscanned ballots", value_inferred=True,
    note="Year not written; the January after the November 2026 recount, so 2027.")
d.F("Twenty-seven", 27, "count", "unscanned ballots (Whitby, in a quote)")
d.F("44", 44, "years", "age of Nadine Hale", ctx="Hale, 44,")
d.F("about 200", 200, "count", "supporters Hale thanked", qualifier="about")
d.F("219", 219, "count", "Republican House seats after Hale's win")
d.F("216", 216, "count", "Democratic House seats after Hale's win")
d.F("Jan. 3", "2027-01-03", "date", "when the new Congress is sworn in", value_inferred=True,
    note="Year not written; the new Congress after the 2026 election is sworn in in 2027.")
d.F("$6.2 million", 6200000, "USD", "Frontline Majority Fund's spending for Ambler")
d.F("two years", 2, "years", "when FMF will be back in the district (in a quote)")

d.NF("one", ctx="every one of the people", reason="Idiom inside a quote ('every one of the people').")

d.RT("Tuesday", ctx="ended Tuesday", resolved="2026-11-17", note="Nine-day recount requested on Monday, Nov. 9.")
d.RT("election night", resolved="2026-11-03")
d.RT("the same day", resolved=None, note="Inside a quote.")
d.RT("on Monday", resolved="2026-11-16")
d.RT("earlier in the day", resolved=None)
d.RT("this cycle", resolved="2026")
d.RT("until Friday", resolved="2026-11-20")

d.P("Nadine Hale", "PERSON", "a former public school principal", "with Democrat Nadine Hale still ahead",
    ["quoted", "actor"], aliases=["Hale"], note="Also 'Democrat'.")
d.P("Curtis Ambler", "PERSON", "a former state senator and the Republican Party’s nominee",
    "Ambler, 52, a former state senator", ["quoted", "actor"], aliases=["Ambler"], note="Also 'Republican'.")
d.P("Howard Pruitt", "PERSON", "Secretary of State", "Secretary of State Howard Pruitt said", ["quoted"],
    aliases=["Pruitt"])
d.P("Gwen Oduya", "PERSON", "who chairs the Gwinnett County Board of Registration and Elections",
    "That was how Gwen Oduya", ["quoted", "actor"], aliases=["Oduya"])
d.P("Gwinnett County Board of Registration and Elections", "ORG", None, "The board has since ordered a review",
    ["actor"], note="Named inside Oduya's role, then acts as 'The board'.")
d.P("Stephen Kroll", "PERSON", "Ambler’s lawyer", "Ambler’s lawyer, Stephen Kroll, called", ["quoted", "cited"])
d.P("Gwinnett Courier", "ORG", None, "he told the Gwinnett Courier", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Marcus Whitby", "PERSON", "State Sen., R-Cumming, who chairs the Senate Ethics Committee",
    "State Sen. Marcus Whitby, R-Cumming", ["quoted", "cited", "actor"], aliases=["Whitby"])
d.P("Frontline Majority Fund", "ORG", "a super PAC aligned with House Republicans",
    "Frontline Majority Fund (FMF), a super PAC", ["actor", "quoted"], aliases=["FMF"])
d.P("Lydia Baines", "PERSON", "The Georgia Democratic Party’s chairwoman", "The Georgia Democratic Party’s chairwoman, "
    "Lydia Baines, wrote", ["quoted"])
d.M("Republican Party", "ORG", "Only in Ambler's role ('the Republican Party’s nominee').")
d.M("Georgia Democratic Party", "ORG", "Only in Baines's role (possessor).")
d.M("Senate Ethics Committee", "ORG", "Only in Whitby's role.")
d.M("Fulton County Superior Court", "ORG", "Where Ambler might file a challenge (object only).")
d.M("House Republicans", "ORG", "In FMF's description.")
d.M("Congress", "ORG", "'the new Congress' (background).")
d.M("7th Congressional District", "LOC", "The district.")
d.M("Georgia", "GPE", "State (background).")
d.M("Atlanta", "GPE", "Location.")
d.M("Gwinnett", "GPE", "County.")
d.M("Forsyth", "GPE", "County.")
d.M("Barrow", "GPE", "County.")
d.M("Lawrenceville", "GPE", "Location.")
d.M("Cumming", "GPE", "In Whitby's party-and-town tag.")
d.M("Washington", "GPE", "In a quote.")
d.write()
