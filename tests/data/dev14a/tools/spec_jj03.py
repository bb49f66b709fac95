import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj03_marathon_county_canvass_dispute")
d.B("By Kyle Jansen, NewsChannel 7 | Nov. 12, 2026", "byline", partial=True,
    note="Byline and date inside a <p> element (tags not part of the line text).")
d.B("WAUSAU —", "dateline", partial=True)

HAR = dict(aliases=["Harkness", "Marathon County Clerk Linda Harkness", "the county clerk", "the clerk"],
           role="Marathon County Clerk")
OST = dict(aliases=["Ostrowski", "Democratic canvasser Ruth Ostrowski"], role="Democratic canvasser")
WEC = dict(stype="ORG", aliases=["the agency", "The commission"])
BER = dict(aliases=["Berg"], role="a retired nurse from Rib Mountain")

d.Q("Linda Harkness", "We are not going to certify a guess", "“We are not going to certify a guess”:", **HAR,
    cue="(headline; the speaker is named in the body: 'said Marathon County Clerk Linda Harkness')",
    note="Headline quote in curly double marks; the same words open Harkness's body quote.")
d.Q("Linda Harkness", "We are not going to certify a guess, and right now that is all we would be certifying,", **HAR,
    cue="said Marathon County Clerk Linda Harkness, who chairs the board",
    note="Speaker introduced after the quote with her title before the name.")
d.Q("Ruth Ostrowski", "inventing a crisis", **OST, syntax="phrase", cue="Ostrowski accused Harkness of",
    note="Short quoted phrase attributed in the sentence; the object (Harkness) is not the speaker. Fragment.")
d.Q("Ruth Ostrowski", "The law gives us a deadline, not a suggestion,", **OST, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Ostrowski accused Harkness of ... a result the "
         "clerk did not like'); 'she' = Ostrowski, its subject, not Harkness ('the clerk'), the last woman mentioned.")
d.Q("Linda Harkness", "We will meet every day until it is done if we have to,", **HAR, cue="the county clerk said after the vote",
    note="Role-only person attribution: 'the county clerk' = Marathon County Clerk Linda Harkness (not the Rib "
         "Mountain town clerk or the former county clerk, both named later).")
d.Q("Dale Kuehn", "until every one of those envelopes is explained.", aliases=["Kuehn", "Republican canvasser Dale Kuehn"],
    role="Republican canvasser", syntax="clause", cue="Kuehn said he would not sign anything",
    note="Quoted subordinate clause in reported speech -> full (8 words).")
d.Q("Paul Zimmer", "That’s on me. I’ve been doing this job for 22 years and I’ve never had a day like this,",
    aliases=["Zimmer", "Rib Mountain Town Clerk Paul Zimmer"], role="Rib Mountain Town Clerk",
    cue="Zimmer told NewsChannel 7", note="Told the publishing station (local TV site).")
d.Q("Wisconsin Elections Commission", "monitoring the situation closely.", **WEC, syntax="phrase",
    cue="A spokesperson for the Wisconsin Elections Commission said the agency was",
    note="Unnamed spokesperson -> the organisation ('the agency'). 4-word phrase -> fragment.")
d.Q("Wisconsin Elections Commission", "no authority to order a county to certify early, or late.", **WEC, syntax="phrase",
    cue="The commission said in a written statement that it had",
    note="Role-only organisation attribution ('The commission'); written statement. 10-word phrase -> full.")
d.Q("Brian Schultz", "Count every legal ballot. That’s all we have ever asked for.",
    aliases=["Schultz", "Republican Rep. Brian Schultz"], role="Rep.",
    cue="Schultz, who has held the seat since 2020, posted on Facebook:", note="Colon-introduced social media post.")
d.Q("Mark Tessmer", "No one is trying to steal anything. We are trying to count,",
    role="a Wausau attorney who represents Schultz", cue="said Mark Tessmer, a Wausau attorney who represents Schultz",
    note="Must not go to Schultz, the last person named (inside Tessmer's role) and the subject of the paragraph "
         "before.")
d.Q("Friends of Megan Lor", "a stunt dressed up as diligence", stype="ORG", aliases=["Lor’s campaign committee"],
    role="Lor’s campaign committee", syntax="phrase",
    cue="Lor’s campaign committee, Friends of Megan Lor, called the delay ... in a statement",
    note="Campaign committee statement -> ORG, not the candidate. 6-word phrase -> fragment.")
d.Q("Joanne Berg", "How does a ballot end up in a storage bin in the first place?", **BER,
    cue="That was the question from Joanne Berg (next paragraph)",
    note="Question quote standing alone as a paragraph; the speaker is named only in the next paragraph.")
d.Q("Joanne Berg", "I did everything right,", **BER, cue="Berg said")
d.Q("Sharon Dietz", "It’s the same fight with better lawyers,", role="former county clerk",
    aliases=["former county clerk Sharon Dietz"], cue="said former county clerk Sharon Dietz, who oversaw that recount",
    note="A second (former) county clerk, introduced after the quote.")

d.F("212", 212, "count", "uncounted ballots (headline)", ctx="over 212 uncounted")
d.F("three-member", 3, "count", "members of the board of canvassers")
d.F("2", 2, "count", "canvassers voting to delay certification", ctx="voted 2-1", note="'2-1' vote, split into two counts.")
d.F("1", 1, "count", "canvassers voting against the delay", ctx="voted 2-1", note="'2-1' vote, split into two counts.")
d.F("212", 212, "count", "absentee ballots found in a storage bin", ctx="after 212 absentee")
d.F("37", 37, "count", "vote margin in the state Assembly race", ctx="decided by 37 votes")
d.F("Nov. 17", "2026-11-17", "date", "deadline for Wisconsin counties to finish their canvass", value_inferred=True,
    note="Year from the byline date (Nov. 12, 2026).")
d.F("9 a.m.", "09:00", "time", "time the board meets again on Friday")
d.F("14,882", 14882, "count", "unofficial votes for Megan Lor")
d.F("14,845", 14845, "count", "unofficial votes for Brian Schultz")
d.F("about 0.12%", 0.12, "percent", "vote margin as a share of the total", qualifier="about")
d.F("22 years", 22, "years", "Zimmer's time doing the job (in a quote)")
d.F("212", 212, "count", "ballots whose counting is unclear", ctx="of the 212 ballots")
d.F("at least 30", 30, "count", "envelopes missing a witness signature", qualifier="at least")
d.F("2020", 2020, "year", "since when Schultz has held the seat")
d.F("71", 71, "years", "age of Joanne Berg")
d.F("Oct. 20", "2026-10-20", "date", "when Berg mailed her ballot", value_inferred=True, note="Year from the byline date.")
d.F("2016", 2016, "year", "earlier recount in the county")

d.NF("7", ctx="Jansen, NewsChannel 7", reason="Number in the station's name, in the byline.")
d.NF("12", ctx="Nov. 12, 2026", reason="Date in the byline.")
d.NF("2026", ctx="Nov. 12, 2026", reason="Year in the byline.")
d.NF("85th", reason="Part of the district's name ('85th Assembly District').")
d.NF("one", ctx="every one of those", reason="Idiom inside a quote ('every one of').")
d.NF("7", ctx="told NewsChannel 7", reason="Number in the station's name.")
d.NF("one", ctx="No one is", reason="Pronoun inside a quote ('No one').")
d.NF("first", ctx="the first place", reason="Idiom inside a quote ('in the first place').")

d.RT("on Thursday", ctx="2-1 on Thursday", resolved="2026-11-12", note="The byline date, a Thursday.")
d.RT("last week", ctx="last week’s election", resolved="2026-11-02/2026-11-08", note="The general election, Nov. 3, 2026.")
d.RT("right now", resolved=None, note="Inside a quote.")
d.RT("Friday", ctx="again Friday", resolved="2026-11-13")
d.RT("after the vote", resolved=None)
d.RT("on election night", resolved="2026-11-03")
d.RT("on Wednesday", resolved="2026-11-11")

d.P("board of canvassers", "ORG", None, "Marathon County’s three-member board of canvassers voted 2-1 on Thursday",
    ["actor"], note="The Marathon County Board of Canvassers; later 'the board'.")
d.P("Linda Harkness", "PERSON", "Marathon County Clerk", "said Marathon County Clerk Linda Harkness, who chairs the board",
    ["quoted", "actor"], aliases=["Harkness"], note="Chairs the board; later 'the clerk', 'the county clerk'.")
d.P("Dale Kuehn", "PERSON", "Republican canvasser", "Harkness and Republican canvasser Dale Kuehn voted for the delay",
    ["quoted", "actor"], aliases=["Kuehn"])
d.P("Ruth Ostrowski", "PERSON", "Democratic canvasser", "Democratic canvasser Ruth Ostrowski voted against it",
    ["quoted", "actor"], aliases=["Ostrowski"])
d.P("Megan Lor", "PERSON", "Democrat", "show Democrat Megan Lor with 14,882 votes", ["actor"], aliases=["Lor"],
    note="Candidate leading the unofficial count.")
d.P("Brian Schultz", "PERSON", "Rep.", "Republican Rep. Brian Schultz with 14,845", ["quoted", "actor"],
    aliases=["Schultz"], note="Republican incumbent.")
d.P("Paul Zimmer", "PERSON", "Rib Mountain Town Clerk", "Rib Mountain Town Clerk Paul Zimmer said", ["quoted", "cited"],
    aliases=["Zimmer"])
d.P("Wisconsin Elections Commission", "ORG", None, "A spokesperson for the Wisconsin Elections Commission said",
    ["quoted"], note="Later 'the agency', 'The commission'.")
d.P("Mark Tessmer", "PERSON", "a Wausau attorney who represents Schultz", "said Mark Tessmer, a Wausau attorney",
    ["quoted"])
d.P("Friends of Megan Lor", "ORG", "Lor’s campaign committee", "Lor’s campaign committee, Friends of Megan Lor, called",
    ["quoted", "cited"])
d.P("Joanne Berg", "PERSON", "a retired nurse from Rib Mountain", "That was the question from Joanne Berg, 71",
    ["quoted", "actor"], aliases=["Berg"])
d.P("Sharon Dietz", "PERSON", "former county clerk", "said former county clerk Sharon Dietz", ["quoted"])
d.M("Kyle Jansen", "PERSON", "Byline author (boilerplate).")
d.M("NewsChannel 7", "ORG", "The publishing station (byline) and the outlet Zimmer told (Unsure: not listed as a "
                            "participant because it is the article's own outlet, like an author).")
d.M("WAUSAU", "GPE", "Dateline.")
d.M("Wausau", "GPE", "In Tessmer's role.")
d.M("Marathon County", "GPE", "The county (possessor of the board; in Harkness's title).")
d.M("Rib Mountain", "GPE", "Town where the ballots were found.")
d.M("Wisconsin", "GPE", "The state (background).")
d.M("85th Assembly District", "LOC", "The district in dispute.")
d.M("Facebook", "ORG", "Platform of Schultz's post.")
d.M("Republican", "NORP", "Party label.")
d.M("Democratic", "NORP", "Party label.")
d.write()
