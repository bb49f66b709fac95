import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh04_glasgow_cairnhill_damp_ruling")

KIN = dict(aliases=["the judge"], role="the judge")
BRA = dict(aliases=["Brannock"], role="a solicitor advocate at Macfarlane Bryce")
CAI = dict(stype="ORG", aliases=["Cairnhill", "the association"])
LEN = dict(aliases=["Lennox"], role="Its chief executive")
d.Q("Lord Kinnell", "known for years and done the minimum", **KIN, syntax="phrase",
    cue="In a written judgment published at 10am on Tuesday, Lord Kinnell said the association had",
    note="Reported speech ending in a quoted phrase; 7 words -> full by the length rule. A written judgment still "
         "counts as 'said'.")
d.Q("Lord Kinnell", "That argument does not survive contact with the evidence,", **KIN, cue="the judge wrote",
    note="Role-only person attribution: 'the judge' = Lord Kinnell (Court of Session judges take the title 'Lord').")
d.Q("Fiona Brannock", "Our clients have been scraping mould off their children’s bedroom walls since 2021,", **BRA,
    cue="said Fiona Brannock, a solicitor advocate at Macfarlane Bryce, the Glasgow law firm that brought the case with "
        "funding from the Scottish Legal Aid Board",
    note="Long apposition with a nested apposition for the firm.")
d.Q("Fiona Brannock", "Today a judge has said out loud what they have been saying for five years.", **BRA,
    attribution="implicit", cue="(continuation of the previous quote)",
    note="'a judge' inside the quote is not the speaker.")
d.Q("Lorna Haig", "Nobody should need a surveyor to tell them a wall is wet,", aliases=["Haig", "Dr Lorna Haig"],
    role="a chartered building surveyor", cue="she said",
    note="Pronoun trap: two women are named just before ('Brannock and Haig spoke to tenants'); 'she' = Haig, the "
         "subject of 'Haig said the repairs could take longer'.")
d.Q("Cairnhill Housing Association", "disappointed", **CAI, syntax="phrase",
    cue="Cairnhill said in a statement that it was", note="Organisation statement, one-word fragment.")
d.Q("Graham Lennox", "Nobody at Cairnhill set out to harm anyone,", **LEN, syntax="clause", cue="Lennox said",
    note="Split quote, first half (attribution in the middle).")
d.Q("Graham Lennox", "but we were too slow, and I am sorry for that.", **LEN, syntax="clause", cue="Lennox said",
    note="Split quote, second half.")
d.Q("Agnes McRory", "I raised three children in that flat. I wanted someone to admit it was rotten,",
    role="who chairs the East End Tenants’ Forum", cue="she said",
    note="'she' = McRory, the only person named in the paragraph.")
d.Q("Scottish Housing Regulator", "study the judgment and ask Cairnhill what it now intends to do.", stype="ORG",
    aliases=["SHR"], syntax="phrase", cue="A spokeswoman for the Scottish Housing Regulator (SHR) said it would",
    note="Unnamed spokeswoman: the quote goes to the organisation. 12-word phrase -> full.")
d.Q("Ross Duthie", "This ruling is a warning to every landlord in Scotland, not just one,",
    aliases=["Duthie", "Cllr Ross Duthie"], role="Glasgow City Council’s housing convener", cue="Duthie said",
    note="Title 'Cllr' plus a possessive role ('Y's convener'); then surname-only.")

d.F("Forty-eight", 48, "count", "tenants who won the ruling")
d.F("thousands", None, "count", "social housing tenants the case could affect", vague=True, qualifier="thousands")
d.F("10am", "10:00", "time", "time the judgment was published")
d.F("212", 212, "count", "flats with black mould at Cairnhill Court")
d.F("two", 2, "count", "tower blocks at Cairnhill Court", ctx="two 14-storey")
d.F("14-storey", 14, "count", "storeys of each block")
d.F("1960s", [1960, 1969], "year", "decade the blocks were built", note="A decade as a year range.")
d.F("about 3,100", 3100, "count", "homes Cairnhill owns", qualifier="about")
d.F("between £2,400 and £11,750", [2400, 11750], "GBP", "damages awarded to each household")
d.F("about £310,000", 310000, "GBP", "total damages", qualifier="about")
d.F("26 weeks", 26, "weeks", "deadline for finishing repairs", ctx="within 26 weeks")
d.F("2021", 2021, "year", "year the tenants started scraping off mould (in a quote)")
d.F("five years", 5, "years", "how long the tenants have been complaining (in a quote)")
d.F("March", "2026-03", "date", "when Haig gave evidence", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("38%", 38, "percent", "flats failing the Scottish Housing Quality Standard")
d.F("26 weeks", 26, "weeks", "period Haig says the repairs could exceed", ctx="longer than 26 weeks")
d.F("2023", 2023, "year", "year Strathkelvin Building Services went into administration")
d.F("2024", 2024, "year", "year Lennox joined the association")
d.F("71", 71, "years", "age of Agnes McRory")
d.F("33 years", 33, "years", "how long McRory has lived in her flat")
d.F("three", 3, "count", "children McRory raised in the flat (in a quote)")
d.F("2025", 2025, "year", "year the SHR placed Cairnhill under closer monitoring")
d.F("6.9%", 6.9, "percent", "Cairnhill's rent rise")
d.F("2.4 percentage points", 2.4, "percentage points", "how far the rent rise exceeded inflation")
d.F("30 June", "2026-06-30", "date", "deadline for the council's damp and mould survey", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("21 days", 21, "days", "time Cairnhill has to lodge an appeal")

d.NF("2001", ctx="Act 2001", reason="Year inside a law's name ('Housing (Scotland) Act 2001').")
d.NF("one", ctx="not just one", reason="Idiom inside a quote ('not just one').")

d.RT("on Tuesday", resolved=None)
d.RT("Today", resolved=None, note="Inside a quote: the day of the judgment.")
d.RT("now", ctx="it now intends", resolved=None, note="Inside a quote.")

d.P("Cairnhill Housing Association", "ORG", None, "Cairnhill Housing Association broke its legal duty",
    ["actor", "quoted"], aliases=["Cairnhill"], note="Later 'the association', 'The association, which owns', "
                                                      "'Its chief executive'.")
d.P("Lord Kinnell", "PERSON", "the judge", "Lord Kinnell said the association had", ["quoted", "actor"],
    note="'Lord' is a Court of Session judge's judicial title; later 'the judge', 'He awarded'.")
d.P("Fiona Brannock", "PERSON", "a solicitor advocate at Macfarlane Bryce", "said Fiona Brannock", ["quoted", "actor"],
    aliases=["Brannock"], note="'Brannock called Dr Lorna Haig … as an expert witness'.")
d.P("Macfarlane Bryce", "ORG", "the Glasgow law firm that brought the case with funding from the Scottish Legal Aid Board",
    "a solicitor advocate at Macfarlane Bryce, the Glasgow law firm", ["actor"],
    note="Named inside Brannock's role, but its own apposition says it brought the case. Unsure (as dev10a's Pacific "
         "Crest Capital).")
d.P("Lorna Haig", "PERSON", "a chartered building surveyor", "Brannock called Dr Lorna Haig", ["quoted", "cited"],
    aliases=["Haig"])
d.P("Strathkelvin Building Services", "ORG", "its former contractor", "its former contractor, Strathkelvin Building",
    ["actor"], note="Object of 'blamed … on'; 'which went into administration in 2023'.")
d.P("Graham Lennox", "PERSON", "Its chief executive", "Its chief executive, Graham Lennox, who joined",
    ["quoted", "actor"], aliases=["Lennox"], note="'Its' = Cairnhill.")
d.P("Agnes McRory", "PERSON", "who chairs the East End Tenants’ Forum", "Agnes McRory, 71, who chairs", ["quoted"])
d.P("Scottish Housing Regulator", "ORG", None, "A spokeswoman for the Scottish Housing Regulator (SHR) said",
    ["quoted", "actor"], aliases=["SHR"], note="Acronym in brackets, then alone ('The SHR placed the association').")
d.P("Ross Duthie", "PERSON", "Glasgow City Council’s housing convener", "Cllr Ross Duthie, Glasgow City Council’s",
    ["quoted", "cited"], aliases=["Duthie"])
d.P("Glasgow City Council", "ORG", None, "said the council had written to every housing association", ["actor"],
    note="Named as a possessor inside Duthie's role, then acts as 'the council'.")
d.P("Scottish Government", "ORG", None, "The Scottish Government said it was considering", ["cited"])
d.M("Court of Session", "ORG", "The court (venue of the ruling).")
d.M("Scottish Legal Aid Board", "ORG", "Only inside the description of Macfarlane Bryce (funder). Unsure.")
d.M("East End Tenants’ Forum", "ORG", "Only inside McRory's role.")
d.M("Scottish Housing Quality Standard", "LAW", "A standard, not an organisation.")
d.M("Housing (Scotland) Act 2001", "LAW", "Law the case was brought under.")
d.M("Cairnhill Court", "LOC", "The two tower blocks (place).")
d.M("Glasgow", "GPE", "Location.")
d.M("Scotland", "GPE", "Background.")
d.write()
