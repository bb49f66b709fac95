import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dd02_maumee_bay_school_closures")

WHI = dict(aliases=["Whitaker", "Supt. Lorraine Whitaker", "the superintendent"], role="Supt.")
MBEA = dict(stype="ORG", aliases=["MBEA", "the union"])
RUIZ = dict(aliases=["Prof. Elena Ruiz-Hart", "the professor", "the economist"],
            role="an economist at Erie Shore University who studies school finance")
d.Q("Lorraine Whitaker", "We are heating empty classrooms while we cut reading teachers,", **WHI,
    cue="said Supt. Lorraine Whitaker")
d.Q("Lorraine Whitaker", "That is not a trade I’m willing to keep making.", **WHI, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marcus Dell", "Every year we wait, we spend more on boilers than on books,",
    aliases=["Dell", "Board president Marcus Dell"], role="Board president", cue="he said",
    note="Pronoun trap: two men are named ('Board president Marcus Dell and board member Raymond Ochoa clashed'); "
         "'he' = Dell, the subject of the sentence before ('Dell said the board had already delayed').")
d.Q("Raymond Ochoa", "a decision made on a spreadsheet.", aliases=["Ochoa"], role="board member", syntax="phrase",
    cue="Ochoa, 67, one of two members who voted no, called the plan", note="6-word phrase -> fragment.")
d.Q("Denise Kowalczyk", "relieved but not celebrating.", role="Its president", syntax="phrase",
    cue="Its president, Denise Kowalczyk, said teachers were", note="'Its' = the MBEA. Reported speech with a fragment.")
d.Q("Maumee Bay Education Association", "Our members will be the ones holding crying children at the new school gates,",
    **MBEA, cue="the union said in a statement", note="Role-only organisation attribution (statement).")
d.Q("Maumee Bay Education Association", "The district owes them more than a memo.", **MBEA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tamika Greene", "They told us in the spring this was a conversation. Tonight they read us a verdict,",
    role="a mother of three who founded the parents’ group Save Our Neighborhood Schools when a draft closure list "
         "leaked in March", cue="she said", note="Long apposition; 'she' = Greene, the only person in the paragraph.")
d.Q("Ohio Department of Education and Workforce", "no role in local building decisions", stype="ORG", syntax="phrase",
    cue="The Ohio Department of Education and Workforce said in a statement that it had",
    note="Organisation fragment (5 words).")
d.Q("Elena Ruiz-Hart", "Those projections assume nothing changes,", **RUIZ, cue="the professor said",
    note="Role-only person attribution: 'the professor' = Prof. Elena Ruiz-Hart.")
d.Q("Elena Ruiz-Hart", "Closing a school is exactly the kind of thing that changes,", **RUIZ, cue="the economist added",
    note="Own paragraph; role-only person attribution ('the economist').")
d.Q("Lorraine Whitaker", "Not this year. I would be lying if I said never.", **WHI,
    cue="Asked whether more closures would follow, the superintendent said:",
    note="Question-and-answer with a role-only colon attribution.")

d.F("four", 4, "count", "elementary schools to close (headline)", ctx="close four elementary")
d.F("four", 4, "count", "elementary schools to close", ctx="close four of its")
d.F("13", 13, "count", "elementary schools in the district")
d.F("June", "2027-06", "date", "when the schools close", ctx="next June", value_inferred=True,
    note="'next June' after a 2026 vote (levy 'in November', leak 'in March').")
d.F("more than three hours", 3, "hours", "testimony at the board meeting", qualifier="more than")
d.F("about 2,900", 2900, "count", "students the district has lost since 2015", qualifier="about")
d.F("2015", 2015, "year", "start of the enrollment fall")
d.F("$6.8 million", 6800000, "USD", "yearly savings from the closures", note="Per year.")
d.F("$21 million", 21000000, "USD", "district deficit")
d.F("April", "2026-04", "date", "Keel Ratings downgrade", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("450", 450, "count", "pupils some buildings were designed for")
d.F("fewer than 200", 200, "count", "pupils those buildings now hold", qualifier="fewer than")
d.F("2024", 2024, "year", "year Whitaker arrived")
d.F("11 years", 11, "years", "Whitaker's time running schools in Akron")
d.F("40", 40, "count", "reading specialists the savings would pay for")
d.F("nine", 9, "count", "elementary schools that remain open")
d.F("two years", 2, "years", "how long the board delayed the decision")
d.F("67", 67, "years", "age of Raymond Ochoa")
d.F("two", 2, "count", "board members who voted no", ctx="of two members")
d.F("November", "2026-11", "date", "proposed levy vote", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("About 1,800", 1800, "count", "children who will change schools", qualifier="About")
d.F("about 1,050", 1050, "count", "teachers the MBEA represents", qualifier="about")
d.F("three", 3, "count", "Tamika Greene's children", ctx="mother of three")
d.F("March", "2026-03", "date", "when the draft closure list leaked", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("14", 14, "count", "buses Lakeshore Student Transit must add")
d.F("about 30", 30, "count", "drivers Lakeshore Student Transit must add", qualifier="about")
d.F("9%", 9, "percent", "further enrollment fall projected by Brightline")
d.F("2030", 2030, "year", "end of the enrollment projection")

d.NF("one", ctx="one of two members", reason="'one of two members' (the count is 'two').")

d.RT("Tuesday night", resolved=None)
d.RT("last month", resolved=None)
d.RT("in the spring", resolved="2026", note="Inside a quote.")
d.RT("Tonight", resolved=None, note="Inside a quote: the night of the vote.")
d.RT("this year", resolved="2026", note="Inside a quote.")

d.P("Maumee Bay City Schools", "ORG", None, "The Maumee Bay City Schools board voted", ["actor", "cited"],
    aliases=["Maumee Bay"], note="'Maumee Bay board' (headline); later 'the district', 'the board'.")
d.P("Keel Ratings", "ORG", None, "that led Keel Ratings to downgrade its bonds", ["actor"])
d.P("Lorraine Whitaker", "PERSON", "Supt.", "said Supt. Lorraine Whitaker", ["quoted", "cited"], aliases=["Whitaker"],
    note="Later 'the superintendent'.")
d.P("Marcus Dell", "PERSON", "Board president", "Board president Marcus Dell and board member Raymond Ochoa clashed",
    ["quoted", "cited", "actor"], aliases=["Dell"])
d.P("Raymond Ochoa", "PERSON", "board member", "Board president Marcus Dell and board member Raymond Ochoa clashed",
    ["quoted", "actor"], aliases=["Ochoa"], note="Also 'one of two members who voted no'.")
d.P("Maumee Bay Education Association", "ORG", None, "The Maumee Bay Education Association (MBEA), which represents",
    ["quoted", "cited"], aliases=["MBEA"], note="Later 'Its president', 'the union'.")
d.P("Denise Kowalczyk", "PERSON", "Its president", "Its president, Denise Kowalczyk, said", ["quoted", "cited"])
d.P("Tamika Greene", "PERSON",
    "a mother of three who founded the parents’ group Save Our Neighborhood Schools when a draft closure list leaked in March",
    "Tamika Greene, a mother of three", ["quoted", "cited"])
d.P("Save Our Neighborhood Schools", "ORG", "the parents’ group", "said her group would ask a court to block the vote",
    ["actor"], note="First inside Greene's role, then acts ('her group would ask a court').")
d.P("Ohio Department of Education and Workforce", "ORG", None, "The Ohio Department of Education and Workforce said",
    ["quoted", "actor"])
d.P("Lakeshore Student Transit", "ORG", "the district’s bus contractor", "That plan depends on Lakeshore Student Transit",
    ["actor", "cited"], note="Later 'The company said'.")
d.P("Brightline Planning Group", "ORG", "a Columbus consulting firm", "A study for the district by Brightline Planning Group",
    ["cited"], aliases=["Brightline"], note="Possessor: 'Brightline’s projections'.")
d.P("Elena Ruiz-Hart", "PERSON", "an economist at Erie Shore University who studies school finance",
    "challenged by Prof. Elena Ruiz-Hart", ["quoted", "actor"], note="Later 'the professor', 'the economist'.")
d.M("Navarre Heights High School", "ORG", "Venue of the meeting (place).")
d.M("Erie Shore University", "ORG", "Only in Ruiz-Hart's role.")
d.M("Akron", "GPE", "Location.")
d.M("Columbus", "GPE", "Location.")
d.write()
