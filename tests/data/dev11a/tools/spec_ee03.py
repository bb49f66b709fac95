import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ee03_michigan_drop_box_bill")
d.B("*By Carla Jennings, Capitol bureau — March 12, 2026*", "byline")

BRA = dict(aliases=["Brandvold", "Gov. Helen Brandvold", "the governor"], role="Gov.")
LIN = dict(aliases=["Lindqvist", "state Sen. Gary Lindqvist", "the senator"],
           role="state Sen., R-Traverse City, the bill’s sponsor")
d.Q("Helen Brandvold", "a disaster", "bill “a disaster”", **BRA, syntax="phrase", cue="governor calls bill (headline)",
    note="Headline fragment; the governor is named only in the body ('Brandvold called the bill “a disaster dressed "
         "up as housekeeping”').")
d.Q("Gary Lindqvist", "Clerks have told us for years that the last-night rush is where mistakes happen,", **LIN,
    cue="said state Sen. Gary Lindqvist, R-Traverse City, the bill’s sponsor",
    note="Lower-case 'state Sen.' with a party-and-town tag.")
d.Q("Gary Lindqvist", "This is a bill about sleep, not suspicion.", **LIN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Helen Brandvold", "a disaster dressed up as housekeeping", **BRA, syntax="phrase",
    cue="Brandvold called the bill ... in a statement", note="6-word phrase -> fragment.")
d.Q("Helen Brandvold", "the minute it reaches my desk.", **BRA, syntax="phrase",
    cue="The governor told reporters in Grand Rapids that she would veto it",
    note="Role-only subject ('The governor'); 6-word phrase -> fragment, period inside the marks.")
d.Q("Helen Brandvold", "More than 140,000 Michiganders used a drop box on the last day in 2024,", **BRA,
    cue="the governor added", note="Role-only person attribution.")
d.Q("Helen Brandvold", "I am not going to tell them their ballots are suddenly late.", **BRA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Darnell Price", "picked the one day working people actually vote.", aliases=["Lt. Gov. Darnell Price"],
    role="Lt. Gov.", syntax="phrase",
    cue="Lt. Gov. Darnell Price, who presided over the vote and is running to succeed the term-limited Brandvold in "
        "November, said Republicans had", note="8-word verb phrase -> full by the length rule.")
d.Q("Tom Haskell", "I trust my clerks more than I trust a press release from Lansing,",
    aliases=["Haskell", "state Sen. Tom Haskell"], role="state Sen.", cue="he said",
    note="Pronoun trap: two men are named (state Sens. Reyes and Haskell, and Reyes is the subject two sentences "
         "before); 'he' = Haskell, the subject of the sentence before ('Haskell, 68, was blunter').")
d.Q("Anita Kowalski", "I count votes. I don’t punish them,", aliases=["Senate Majority Leader Anita Kowalski"],
    role="Senate Majority Leader", cue="she said", note="'she' = Kowalski, the only woman in the paragraph.")
d.Q("Denise Farrow", "Whatever you pass, pass it by June. We cannot retrain every clerk in October.",
    role="its president", cue="But its president, Denise Farrow, the clerk in Alpena Township, had a warning for "
    "lawmakers:", note="Colon-introduced quote without a verb of saying. 'its' = the GLCA.")
d.Q("Kevin Oyelaran", "Voters treat drop boxes the way they treat libraries. They may not use them, but they do not "
    "want them closed,", role="who directs the poll", cue="said Kevin Oyelaran, who directs the poll",
    note="Pollster quoted; 'the poll' = the Huron Valley University poll.")
d.Q("Gary Lindqvist", "The governor’s door is open. I plan to walk through it,", **LIN, cue="the senator said",
    note="Role-only person attribution: 'the senator' = Lindqvist, named in the sentence before ('In an interview "
         "with Lakeshore Public Radio, Lindqvist said'). 'The governor' inside the quote is a trap.")

d.F("20", 20, "count", "Senate votes for the bill", ctx="voted 20-18", note="'20-18' vote, split into its two counts.")
d.F("18", 18, "count", "Senate votes against the bill", ctx="20-18 on")
d.F("5 p.m.", "17:00", "time", "proposed drop-box closing time on the day before an election")
d.F("Two", 2, "count", "Democrats who voted for the bill", ctx="Two Democrats joined")
d.F("18", 18, "count", "Republicans who voted for the bill", ctx="joined 18 Republicans")
d.F("1,520", 1520, "count", "Michigan cities and townships with clerks")
d.F("7 a.m.", "07:00", "time", "when polls open")
d.F("More than 140,000", 140000, "count", "Michiganders who used a drop box on the last day in 2024 (in a quote)",
    qualifier="More than")
d.F("2024", 2024, "year", "election in which 140,000 voters used a drop box on the last day (in a quote)")
d.F("November", "2026-11", "date", "election in which Price is running for governor", value_inferred=True,
    note="Year not written; the set's year 2026 (byline March 12, 2026).")
d.F("31", 31, "count", "clerks Reyes met before deciding")
d.F("68", 68, "years", "age of Tom Haskell")
d.F("about 1,100", 1100, "count", "local election officials the GLCA represents", qualifier="about")
d.F("June", "2026-06", "date", "deadline Farrow asks lawmakers to meet (in a quote)", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("October", "2026-10", "date", "month when clerks could not be retrained (in a quote)", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("February", "2026-02", "date", "when the GLCA surveyed its members", value_inferred=True,
    note="Year not written; the set's year 2026 (before the March 12 byline).")
d.F("62%", 62, "percent", "GLCA members supporting an earlier drop-box deadline")
d.F("900", 900, "count", "registered voters in the Huron Valley University poll")
d.F("41%", 41, "percent", "voters supporting the deadline (Huron Valley University poll)")
d.F("52%", 52, "percent", "voters opposing the deadline (Huron Valley University poll)")
d.F("3.3 percentage points", 3.3, "percentage points", "poll margin of error")
d.F("two-thirds", 0.6666666667, "fraction", "majority of both chambers needed to override a veto")
d.F("26", 26, "count", "Senate votes needed to override a veto", ctx="or 26 votes")

d.NF("12", ctx="March 12,", reason="Date in the byline.")
d.NF("2026", ctx="12, 2026*", reason="Year in the byline.")
d.NF("412", reason="Bill number in a name (Senate Bill 412).")
d.NF("one", ctx="the one day", reason="Idiom inside a quote ('the one day' = the very day).")

d.RT("on Wednesday", resolved="2026-03-11", note="Byline date March 12, 2026 is a Thursday.")
d.RT("for years", resolved=None, note="Inside a quote.")
d.RT("on the last day", resolved=None, note="Inside a quote: the last day of the 2024 election.")

d.P("Michigan Senate", "ORG", None, "The Michigan Senate voted 20-18", ["actor"], aliases=["Senate"],
    note="Also 'Senate Bill 412', 'Senate Majority Leader', '26 votes in the Senate'.")
d.P("Helen Brandvold", "PERSON", "Gov.", "setting up a clash with Gov. Helen Brandvold", ["quoted", "actor"],
    aliases=["Brandvold"], note="Later 'The governor', 'the governor added'.")
d.P("Gary Lindqvist", "PERSON", "state Sen., R-Traverse City, the bill’s sponsor", "said state Sen. Gary Lindqvist",
    ["quoted", "actor", "cited"], aliases=["Lindqvist"], note="Later 'the senator'.")
d.P("Darnell Price", "PERSON", "Lt. Gov.", "Lt. Gov. Darnell Price, who presided over the vote", ["quoted", "actor"])
d.P("Rafael Reyes", "PERSON", "state Sen.", "state Sen. Rafael Reyes of Flint", ["actor", "cited"], aliases=["Reyes"],
    note="Voted for the bill; 'Reyes said he had met 31 clerks'.")
d.P("Tom Haskell", "PERSON", "state Sen.", "state Sen. Tom Haskell of Marquette", ["quoted", "actor"],
    aliases=["Haskell"])
d.P("Anita Kowalski", "PERSON", "Senate Majority Leader", "Senate Majority Leader Anita Kowalski, a Democrat",
    ["quoted", "cited"])
d.P("Great Lakes Clerks Association", "ORG", None, "The Great Lakes Clerks Association (GLCA), which represents",
    ["actor", "cited"], aliases=["GLCA"], note="Acronym in brackets, then alone ('The GLCA surveyed its members').")
d.P("Denise Farrow", "PERSON", "its president", "its president, Denise Farrow", ["quoted"],
    note="Also 'the clerk in Alpena Township'.")
d.P("Huron Valley University", "ORG", None, "A poll of 900 registered voters by Huron Valley University", ["cited"])
d.P("Kevin Oyelaran", "PERSON", "who directs the poll", "said Kevin Oyelaran, who directs the poll", ["quoted"])
d.P("Michigan Votes Forward", "ORG", "a voting rights group", "Michigan Votes Forward, a voting rights group, said",
    ["cited", "actor"])
d.P("Lakeshore Public Radio", "ORG", None, "In an interview with Lakeshore Public Radio", ["actor"],
    note="Outlet that interviewed Lindqvist (dev3 broadcaster convention). Unsure.")
d.M("Senate Bill 412", "LAW", "Bill name.")
d.M("House", "ORG", "'the state House' (object only: the bill now goes to it).")
d.M("Republicans", "ORG", "Party members in the Senate (background).")
d.M("Carla Jennings", "PERSON", "Byline author (boilerplate).")
d.M("Michigan", "GPE", "State (background).")
d.M("Grand Rapids", "GPE", "Location.")
d.M("Traverse City", "GPE", "In Lindqvist's party-and-town tag.")
d.M("Flint", "GPE", "Location.")
d.M("Marquette", "GPE", "Location.")
d.M("Lansing", "GPE", "In a quote.")
d.M("Dearborn", "GPE", "Location.")
d.M("Alpena Township", "GPE", "In Farrow's description.")
d.write()
