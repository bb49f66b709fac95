import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj01_ohio_senate_primary_debate")
d.B("CLEVELAND —", "dateline", partial=True)

S = dict(marks="straight")
KAR = dict(aliases=["Karch", "Lt. Gov. Denise Karch"], role="Lt. Gov.")
HAL = dict(aliases=["Halvorsen", "former state Treasurer Mark Halvorsen"], role="former state Treasurer")
DUN = dict(aliases=["Dunmore", "businessman Rick Dunmore"], role="businessman")
MAR = dict(aliases=[], role="a political scientist at the University of Akron")

d.Q("Denise Karch", "I voted to keep the lights on", "'I voted to keep the lights on':", **KAR, marks="single",
    cue="(headline; 'Karch and Halvorsen clash' names both, the body gives the line to Karch: 'Karch shot back')",
    note="Headline quote in straight single marks. The headline names two candidates after it; the speaker is known "
         "from the body, where the same words are Karch's retort. Short sentence -> full.")
d.Q("Mark Halvorsen", "You voted for that budget twice, and it grew by $4 billion,", **HAL, **S, cue="he told her",
    note="'he' = Halvorsen, subject of the sentence before ('Halvorsen opened by attacking Karch's eight years'); "
         "'her' = Karch. Debate exchange.")
d.Q("Denise Karch", "I voted to keep the lights on,", **KAR, **S, cue="Karch shot back",
    note="Debate retort ('shot back').")
d.Q("Denise Karch", "You voted for nothing, because you've never had to.", **KAR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Pam Whitcomb", "Can either of you name one Ohio farmer who is better off this year than last?",
    aliases=["The moderator"], role="The moderator", **S, cue="she asked",
    note="Question quote. 'she' = the moderator, Pam Whitcomb, subject of the sentence before (Karch is not named "
         "in that sentence).")
d.Q("Mark Halvorsen", "Tariffs are a tool, not a religion.", **HAL, **S,
    cue="That line, from Halvorsen, drew the loudest applause (next paragraph)",
    note="The quote stands alone as a paragraph; its speaker is given only in the next paragraph ('That line, from "
         "Halvorsen'). The sentence before ('Halvorsen defended the tariffs.') also points to him.")
d.Q("Mark Halvorsen", "Denise Karch has been in Columbus for 16 years. I've spent mine building things.", **HAL, **S,
    cue="began airing a 30-second ad on Monday. In it, he tells viewers:",
    note="Quote from a campaign ad in which the candidate speaks; colon-introduced. 'Denise Karch' inside is not the "
         "speaker.")
d.Q("Tyler Benson", "a cartoon with a budget.", role="Karch's spokesman", **S, syntax="phrase",
    cue="Karch's spokesman, Tyler Benson, called the ad",
    note="Named spokesperson -> the quote goes to the person. 'called the ad \"...\"'. 5-word phrase -> fragment.")
d.Q("Halvorsen for Ohio", "spent 16 years voting for every tax Columbus could invent.", stype="ORG",
    role="Halvorsen's campaign committee", **S, syntax="phrase",
    cue="Halvorsen for Ohio, Halvorsen's campaign committee, said in a statement that Karch had",
    note="Campaign committee statement -> ORG speaker, kept separate from the candidate. 9-word phrase -> full.")
d.Q("Rick Dunmore", "creatures of Columbus.", **DUN, **S, syntax="phrase", cue="dismissed both rivals as",
    note="Short scare-quoted phrase attributed in the sentence ('Dunmore ... dismissed both rivals as'). Fragment.")
d.Q("Rick Dunmore", "They spent 90 minutes fighting over a budget neither of them read,", **DUN, **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Dunmore, who watched the debate ... with state Rep. "
         "Gary Lutz, dismissed'); 'he' = Dunmore, its subject, not Lutz, the last man named.")
d.Q("Denise Karch",
    "Ohio does not need a senator who auditions for cable television every night. It needs one who answers the phone "
    "when a plant closes in Mansfield.", **KAR, **S, open_end=True,
    cue="Karch used her closing statement to make the race about temperament. ... she said (end of the next paragraph)",
    note="AP-style multi-paragraph quote, first paragraph: opened, not closed; the next paragraph reopens the quote and "
         "ends with 'she said'. Subject of the sentence before is Karch.")
d.Q("Denise Karch", "I have answered that phone for eight years, and I'm not going to stop now,", **KAR, **S,
    layout="multi-paragraph", cue="she said",
    note="Second (last) paragraph of the multi-paragraph quote, reopened with a mark.")
d.Q("Harold Voss",
    "Either of them would be a better senator than anyone the Democrats can offer. I intend to stay out of it.",
    aliases=["Voss", "Sen. Harold Voss"], role="Sen. (R-Ohio)", **S,
    cue="Voss, who has held the seat since 2009 and has not endorsed, said in a statement after the debate:",
    note="Colon-introduced statement. AP title + party-state tag at first mention ('retiring Sen. Harold Voss "
         "(R-Ohio)').")
d.Q("Ellen Marsh", "Karch needed a draw, and she got one,", **MAR, **S,
    cue="said Ellen Marsh, a political scientist at the University of Akron",
    note="Speaker introduced after the quote; 'Karch' and 'she' inside the quote are not the speaker.")
d.Q("Ellen Marsh", "Whether it holds for three weeks depends on Halvorsen's checkbook.", **MAR, **S,
    attribution="implicit", cue="(continuation of the previous quote)")

d.F("90-minute", 90, "minutes", "length of the debate")
d.F("May 5", "2026-05-05", "date", "Ohio primary", value_inferred=True,
    note="No date line; the latest year the article writes is 2026 ('the first major Senate contest of 2026'). "
         "May 5, 2026 is a Tuesday.")
d.F("first", 1, "ordinal", "the primary's place among the year's major Senate contests", ctx="the first major Senate")
d.F("2026", 2026, "year", "year of the Senate contests")
d.F("third", 3, "ordinal", "candidate (Dunmore) not invited to the debate", ctx="A third candidate")
d.F("10%", 10, "percent", "polling threshold for a debate invitation")
d.F("eight years", 8, "years", "Karch's time in the state Senate", ctx="Karch's eight years")
d.F("twice", 2, "times", "times Karch voted for the budget (Halvorsen, in a quote)")
d.F("$4 billion", 4000000000, "USD", "growth of the state budget (Halvorsen, in a quote)")
d.F("about $40,000", 40000, "USD", "loss per soybean grower in Wood County (Karch)", qualifier="about",
    note="Per grower ('each').")
d.F("roughly 400", 400, "count", "people in the debate hall", qualifier="roughly")
d.F("$6 million", 6000000, "USD", "Halvorsen's own money put into the race")
d.F("30-second", 30, "seconds", "length of Halvorsen's ad")
d.F("16 years", 16, "years", "Karch's time in Columbus (Halvorsen's ad, in a quote)", ctx="Columbus for 16 years")
d.F("16 years", 16, "years", "Karch's tax votes (Halvorsen campaign statement, in a quote)", ctx="spent 16 years voting")
d.F("90 minutes", 90, "minutes", "length of the debate (Dunmore, in a quote)")
d.F("34%", 34, "percent", "Karch's support (Buckeye Public Media poll)")
d.F("29%", 29, "percent", "Halvorsen's support (Buckeye Public Media poll)")
d.F("27%", 27, "percent", "undecided Republican primary voters (poll)")
d.F("812", 812, "count", "likely Republican primary voters surveyed")
d.F("plus or minus 3.9 percentage points", 3.9, "percentage points", "poll's margin of error",
    qualifier="plus or minus")
d.F("eight years", 8, "years", "how long Karch has 'answered that phone' (in a quote)", ctx="phone for eight years")
d.F("2009", 2009, "year", "since when Voss has held the seat")
d.F("three weeks", 3, "weeks", "time left before the primary (Marsh, in a quote)")

d.NF("two", ctx="The two leading Republicans", reason="Trivial count ('the two leading Republicans').")
d.NF("one", ctx="name one Ohio farmer", reason="'one' meaning 'a single' in a question (quote); not a fact.")
d.NF("one", ctx="Neither named one", reason="Pronoun.")
d.NF("one", ctx="It needs one who", reason="Pronoun inside a quote.")
d.NF("one", ctx="she got one", reason="Pronoun inside a quote.")

d.RT("on Tuesday night", resolved=None, note="The debate night; about three weeks before May 5, 2026, but no date is given.")
d.RT("this year", ctx="better off this year", resolved="2026", note="Inside a quote.")
d.RT("on Monday", resolved=None)
d.RT("last week", resolved=None)
d.RT("every night", resolved=None, note="Inside a quote.")
d.RT("now", ctx="stop now", resolved=None, note="Inside a quote.")
d.RT("after the debate", resolved=None)

d.P("Denise Karch", "PERSON", "Lt. Gov.", "as Lt. Gov. Denise Karch and former state Treasurer Mark Halvorsen fought",
    ["quoted", "actor"], aliases=["Karch"], note="A former state senator ('Karch's eight years in the state Senate').")
d.P("Mark Halvorsen", "PERSON", "former state Treasurer", "former state Treasurer Mark Halvorsen fought",
    ["quoted", "actor"], aliases=["Halvorsen"])
d.P("Harold Voss", "PERSON", "Sen. (R-Ohio)", "who should succeed retiring Sen. Harold Voss (R-Ohio)",
    ["quoted", "actor"], aliases=["Voss"], note="Retiring; AP title and party-state tag.")
d.P("Rick Dunmore", "PERSON", "businessman", "A third candidate, businessman Rick Dunmore", ["quoted", "actor"],
    aliases=["Dunmore"])
d.P("Pam Whitcomb", "PERSON", "The moderator", "The moderator, Pam Whitcomb of Buckeye Public Media, pressed",
    ["quoted", "actor"])
d.P("Buckeye Public Media", "ORG", None, "A Buckeye Public Media poll released last week", ["cited"],
    note="Broadcaster whose journalist moderated; its poll is cited.")
d.P("Tyler Benson", "PERSON", "Karch's spokesman", "Karch's spokesman, Tyler Benson, called the ad", ["quoted"])
d.P("Halvorsen for Ohio", "ORG", "Halvorsen's campaign committee", "Halvorsen for Ohio, Halvorsen's campaign committee",
    ["quoted"], note="Campaign committee, kept separate from the candidate.")
d.P("Gary Lutz", "PERSON", "state Rep.", "with state Rep. Gary Lutz", ["actor"],
    note="Watched the debate with Dunmore; the trap name before 'he said'.")
d.P("Ellen Marsh", "PERSON", "a political scientist at the University of Akron",
    "said Ellen Marsh, a political scientist at the University of Akron", ["quoted"])
d.M("CLEVELAND", "GPE", "Dateline.")
d.M("Ohio", "GPE", "The state (background; also in 'R-Ohio').")
d.M("Cleveland State University", "ORG", "Debate venue.")
d.M("University of Akron", "ORG", "Only in Marsh's role.")
d.M("Columbus", "GPE", "State capital; metonym for state government (in quotes).")
d.M("Wood County", "GPE", "Karch's native county.")
d.M("Parma", "GPE", "Where Dunmore watched the debate.")
d.M("Mansfield", "GPE", "In Karch's quote.")
d.M("Senate", "ORG", "The U.S. Senate seat and the state Senate (background).")
d.M("Republicans", "NORP", "Party label (no party organisation acts).")
d.M("Democrats", "NORP", "Party label inside Voss's statement.")
d.write()
