import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ib05_scotland_sda_leadership_race")

S = dict(marks="straight")
DRU = dict(aliases=["Drummond", "Former Scotland rugby captain Fiona Drummond"], role="Former Scotland rugby captain")
MAC = dict(aliases=["Prof Ewan Macleod"], role="a political scientist at Glenmore University")
d.Q("Fiona Drummond", "This party has spent too long apologising for existing. I want it to start winning arguments "
    "again,", **DRU, **S, cue="she said", note="'she' = Drummond, the only person in the paragraph.")
d.Q("Fiona Drummond", "a lot to learn", **DRU, **S, syntax="phrase", cue="She admitted she still had")
d.Q("Callum Reid", "We don't need a celebrity. We need someone who knows where the levers are,", aliases=["Reid"],
    role="the deputy leader", **S, cue="he told Forth & Clyde TV")
d.Q("Aisha Rahman", "Members want a leader who has knocked on doors, not just run through them,", aliases=["Rahman"],
    role="who leads the SDA group on Glasgow City Council", **S, cue="she posted on X", note="Social-media post.")
d.Q("Morag Baillie", "The members will decide, and they will decide well,", aliases=["Baillie", "Acting leader Morag Baillie"],
    role="Acting leader", **S, cue="she said",
    note="Pronoun trap: 'Baillie and Drummond shared a platform'; 'she' = Baillie, the subject of 'refused to be drawn'.")
d.Q("Derek Lowrie", "Three words. Pay, housing, buses.", role="its general secretary", **S,
    cue="Asked what members wanted to hear, its general secretary, Derek Lowrie, said:",
    note="Question-and-answer, colon. 'its' = the SPSF.")
d.Q("Electoral Commission", "We are aware of the reports and are making inquiries,", stype="ORG",
    aliases=["the watchdog"], **S, cue="the watchdog said", note="Quote in its own paragraph; role-only organisation.")
d.Q("Gordon Muir", "entirely personal", aliases=["Muir"], role="the club's owner", **S, syntax="phrase",
    cue="Muir, 58, the club's owner, described the gift as")
d.Q("Iain Munro", "a leader who can be heard over the noise of a very crowded room.", aliases=["Munro"], role=None, **S,
    syntax="phrase", cue="wrote in a letter to members that the party needed",
    note="Letter; 12-word noun phrase -> full by the length rule.")
d.Q("Ewan Macleod", "Celebrity gets you a hearing,", **MAC, **S, syntax="clause", cue="said Prof Ewan Macleod",
    note="Split quote, first half.")
d.Q("Ewan Macleod", "but it does not get you a manifesto, and members know the difference.", **MAC, **S,
    syntax="clause", cue="said Prof Ewan Macleod", note="Split quote, second half.")

d.F("three-way", 3, "count", "candidates in the leadership contest")
d.F("9", 9, "count", "Holyrood seats the SDA lost", ctx="lost 9 of")
d.F("21", 21, "count", "SDA seats before the election", ctx="its 21 seats")
d.F("May", "2026-05", "date", "Holyrood election", ctx="Holyrood in May", value_inferred=True,
    note="Year not written; the May 2026 Scottish Parliament election (nominations close 18 September).")
d.F("41", 41, "years", "age of Fiona Drummond", ctx="Drummond, 41,")
d.F("64", 64, "count", "Drummond's Scotland caps", ctx="won 64")
d.F("about 300", 300, "count", "supporters at Drummond's launch", qualifier="about")
d.F("56", 56, "years", "age of Callum Reid", ctx="Reid, 56")
d.F("seven", 7, "count", "SDA MSPs backing Reid")
d.F("12", 12, "count", "SDA MSPs in total", ctx="party's 12 MSPs")
d.F("38", 38, "years", "age of Aisha Rahman", ctx="Rahman, 38")
d.F("18 September", "2026-09-18", "date", "close of nominations", value_inferred=True)
d.F("About 14,300", 14300, "count", "members who can vote", qualifier="About")
d.F("30 October", "2026-10-30", "date", "end of the ballot", value_inferred=True)
d.F("2 November", "2026-11-02", "date", "announcement of the winner", value_inferred=True)
d.F("41%", 41, "percent", "Drummond's support in the members' poll", ctx="Drummond on 41%")
d.F("35%", 35, "percent", "Reid's support in the members' poll")
d.F("17%", 17, "percent", "Rahman's support in the members' poll")
d.F("7%", 7, "percent", "undecided members in the poll", ctx="with 7% undecided")
d.F("812", 812, "count", "members surveyed", ctx="surveyed 812")
d.F("between 1 and 5 September", "2026-09-01/2026-09-05", "date", "poll fieldwork", value_inferred=True)
d.F("9 October", "2026-10-09", "date", "SPSF hustings in Glasgow", value_inferred=True)
d.F("£12,000", 12000, "GBP", "donation to Drummond's campaign from Thistle Park Holdings")
d.F("58", 58, "years", "age of Gordon Muir", ctx="Muir, 58")
d.F("8.2%", 8.2, "percent", "SDA vote share in May")
d.F("May", "2026-05", "date", "election with the 8.2% vote share", ctx="8.2% in May", value_inferred=True)
d.F("11.5%", 11.5, "percent", "SDA vote share in 2021")
d.F("2021", 2021, "year", "previous Holyrood election")

d.NF("Three", ctx="Three words", reason="Trivial count inside a quote ('Three words').")

d.RT("last month", resolved="2026-08")
d.RT("on Saturday", resolved=None)
d.RT("on Friday", resolved=None)

d.P("Scottish Democratic Alliance", "ORG", "the opposition party", "to lead the Scottish Democratic Alliance", ["actor"],
    aliases=["SDA"], note="Later 'the party', 'The SDA's share of the vote'.")
d.P("Fiona Drummond", "PERSON", "Former Scotland rugby captain", "Former Scotland rugby captain Fiona Drummond has launched",
    ["quoted", "actor"], aliases=["Drummond"], note="Also 'the MSP for Ayr East'.")
d.P("Iain Munro", "PERSON", None, "to replace Iain Munro, who quit last month", ["quoted", "actor"], aliases=["Munro"],
    note="The departing leader (role implied, not written).")
d.P("Callum Reid", "PERSON", "the deputy leader", "the deputy leader, Callum Reid, 56", ["quoted", "cited"],
    aliases=["Reid"])
d.P("Aisha Rahman", "PERSON", "who leads the SDA group on Glasgow City Council", "and Aisha Rahman, who leads",
    ["quoted"], aliases=["Rahman"])
d.P("Forth & Clyde TV", "ORG", None, "he told Forth & Clyde TV", ["actor"], note="Broadcaster (dev3 convention).")
d.P("Morag Baillie", "PERSON", "Acting leader", "Acting leader Morag Baillie, who chairs", ["quoted", "actor"],
    aliases=["Baillie"])
d.P("Caledonian Research", "ORG", None, "A poll of SDA members by Caledonian Research", ["cited"])
d.P("The Lowland Herald", "ORG", None, "by Caledonian Research for The Lowland Herald", ["cited"],
    note="Newspaper that commissioned the poll. Unsure.")
d.P("Scottish Public Services Federation", "ORG", "the party's largest affiliated union",
    "The Scottish Public Services Federation (SPSF), the party's largest affiliated union", ["actor"], aliases=["SPSF"])
d.P("Derek Lowrie", "PERSON", "its general secretary", "its general secretary, Derek Lowrie, said", ["quoted"])
d.P("Electoral Commission", "ORG", None, "The Electoral Commission is looking at", ["actor", "quoted"],
    note="Later 'the watchdog'.")
d.P("Thistle Park Holdings Ltd", "ORG", "a property firm", "from Thistle Park Holdings Ltd, a property firm", ["actor"],
    aliases=["Thistle Park"], note="Donor; later modifier 'Thistle Park executives'.")
d.P("Gordon Muir", "PERSON", "the club's owner", "Muir, 58, the club's owner, described", ["quoted", "actor"],
    aliases=["Muir"], note="Also 'the businessman who also owns Kilmarnock Thistle FC'.")
d.P("Ewan Macleod", "PERSON", "a political scientist at Glenmore University", "said Prof Ewan Macleod", ["quoted"])
d.M("Glasgow City Council", "ORG", "Only in Rahman's role.")
d.M("Kilmarnock Thistle FC", "ORG", "Football club owned by Muir (in his description).")
d.M("Glenmore University", "ORG", "Only in Macleod's role.")
d.M("Holyrood", "ORG", "The Scottish Parliament (metonym).")
d.M("X", "ORG", "Social-media platform.")
d.M("Scotland", "GPE", "In Drummond's role.")
d.M("Ayr East", "GPE", "Constituency.")
d.M("Ayr", "GPE", "Location.")
d.M("Kilmarnock", "GPE", "Location.")
d.M("Perth", "GPE", "Location.")
d.M("Glasgow", "GPE", "Location.")
d.write()
