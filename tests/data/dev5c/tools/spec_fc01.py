import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fc01_wisconsin_senate_race")
d.B("JANESVILLE, Wis. (AP) —", "dateline", partial=True)

S = dict(marks="straight")
OKO = dict(aliases=["Okonjo"], role="a former state treasurer")
VES = dict(aliases=["Vessey"], role="Republican")
QUI = dict(aliases=["Quill"], role="Okonjo's campaign manager")
d.Q("Rachel Okonjo", "Grant Vessey sat on the board that voted to close this place,", **OKO, **S,
    cue="she told a crowd of about 300", note="Pronoun speaker; the quoted sentence names Vessey, who is not the speaker.")
d.Q("Rachel Okonjo", "He can't run from that.", **OKO, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Grant Vessey", "a cheap smear", **VES, **S, syntax="phrase", cue="Vessey, 58, ..., called the charge")
d.Q("Grant Vessey", "My opponent has been on a government payroll since she was 26,", **VES, **S, cue="Vessey said")
d.Q("Grant Vessey", "I've signed the front of a paycheck.", **VES, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Lyle Ambrose", "a coin toss with a slight lean.", aliases=[], role="The institute's director", **S, syntax="phrase",
    cue="The institute's director, Lyle Ambrose, called the race",
    note="A 7-word noun phrase, so 'full' by the length rule; the period sits inside the marks.")
d.Q("Tessa Quill", "We're not going to win this in Madison,", **QUI, **S, syntax="clause", cue="Quill said",
    note="Split quote, first half.")
d.Q("Tessa Quill", "we're going to win it in Racine and Wausau.", **QUI, **S, syntax="clause", cue="Quill said",
    note="Split quote, second half.")
d.Q("Vessey campaign", "more than enough", aliases=["The Vessey campaign"], stype="ORG", **S, syntax="phrase",
    cue="The Vessey campaign said in a statement that it had",
    note="Fragment from a written statement; the campaign organisation is the speaker.")
d.Q("Rachel Okonjo", "I have never voted to raise the gas tax, not once,", **OKO, **S, cue="she said",
    note="Trap: the last person named before the quote is Rep. Dale Hutchins; 'she' is Okonjo.")
d.Q("Grant Vessey", "would rather hold a press conference than hold a job.", **VES, **S, syntax="clause",
    cue="Vessey later wrote on social media that Okonjo", note="Quote from a social media post.")
d.Q("senior Republican strategist", "Nobody on our side is comfortable,", aliases=["the strategist"],
    role="senior Republican strategist", stype="ANONYMOUS", **S, cue="the strategist said",
    note="'A senior Republican strategist who asked not to be named'.")
d.Q("Darlene Pruitt", "My insulin costs more than my car payment,", aliases=[],
    role="a retired nurse at Rock River Memorial Hospital", **S, cue="she said")
d.Q("Ray Castellano", "He's a businessman. This country needs one.", aliases=[], role=None, **S,
    cue="Ray Castellano, 71, of Kenosha, put it more bluntly:", note="Colon-introduced quote; 'He' is Vessey.")
d.Q("woman leaving a Janesville polling site", "like the same ad on repeat.", aliases=[],
    role="woman leaving a Janesville polling site", stype="ANONYMOUS", **S, syntax="phrase",
    cue="One woman leaving a Janesville polling site said both candidates sounded",
    note="Anonymous voter; 6-word phrase, so a fragment.")

d.F("first", 1, "ordinal", "day of early voting on which the candidates campaigned", ctx="the first day")
d.F("three weeks", 3, "weeks", "time left before the election")
d.F("Nov. 3", "2026-11-03", "date", "election day", value_inferred=True,
    note="Year not written next to the date; 2026 from 'the 2026 cycle'.")
d.F("47", 47, "years", "Okonjo's age")
d.F("1,140", 1140, "count", "workers who lost their jobs when the Brindle Axle plant closed")
d.F("2019", 2019, "year", "year the Brindle Axle plant closed")
d.F("about 300", 300, "count", "crowd at Okonjo's first stop", qualifier="about")
d.F("58", 58, "years", "Vessey's age")
d.F("eight months", 8, "months", "how long after the closure vote Vessey joined Brindle's board")
d.F("26", 26, "years", "Okonjo's age when she went on a government payroll (Vessey)", ctx="she was 26")
d.F("46%", 46, "percent", "Vessey's support among likely voters (Badger Civic Institute poll)")
d.F("44%", 44, "percent", "Okonjo's support among likely voters (Badger Civic Institute poll)")
d.F("plus or minus 3.4 percentage points", 3.4, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("5 points", 5, "percentage points", "Okonjo's gain among independents since September",
    note="Poll 'points' are percentage points.")
d.F("September", "2026-09", "date", "start of the period of Okonjo's gain among independents", value_inferred=True,
    note="'since' is a temporal relation; year 2026 inferred.")
d.F("0.4 percentage points", 0.4, "percentage points", "fall in Vessey's favorability",
    note="A fall; stored as the size of the change, not signed (dev3 convention).")
d.F("more than $92 million", 92000000, "USD", "outside spending on the race", qualifier="more than")
d.F("2026", 2026, "year", "election cycle in which the race is the most expensive")
d.F("Roughly two-thirds", 0.6666666667, "fraction", "share of outside money backing Vessey", qualifier="roughly")
d.F("A week", 1, "weeks", "unit of Milwaukee broadcast time priced at $1.3m-$1.8m", ctx="A week of Milwaukee")
d.F("between $1.3 million and $1.8 million", [1300000, 1800000], "USD", "cost of a week of Milwaukee broadcast time")
d.F("$14.6 million", 14600000, "USD", "Okonjo's third-quarter fundraising")
d.F("third quarter", "2026-07/2026-09", "date", "quarter in which Okonjo raised $14.6 million", value_inferred=True,
    note="Calendar third quarter of 2026 (FEC reporting quarter).")
d.F("nearly double", 2, "times", "Okonjo's haul relative to Vessey's", qualifier="nearly")
d.F("Oct. 15", "2026-10-15", "date", "deadline for the Vessey campaign's report", value_inferred=True,
    note="'by' is a temporal relation; year 2026 inferred.")
d.F("12,000", 12000, "count", "United Foundry Workers members in Wisconsin", ctx="union's 12,000")
d.F("tens of thousands", None, "count", "doors union members will knock on", vague=True, qualifier="tens of thousands")
d.F("63", 63, "years", "Darlene Pruitt's age")
d.F("71", 71, "years", "Ray Castellano's age")
d.F("212,000", 212000, "count", "absentee ballots requested by Monday")
d.F("8%", 8, "percent", "rise in absentee-ballot requests compared with 2022")
d.F("2022", 2022, "year", "comparison year for absentee-ballot requests")

d.NF("94", reason="Numeral in a road name (Interstate 94).")
d.NF("one", ctx="needs one.", reason="Pronoun 'one' inside a quote ('This country needs one').")
d.NF("One", ctx="One woman", reason="Trivial count introducing an anonymous voter.")

d.RT("Tuesday", ctx="early voting on Tuesday", resolved="2026-10-13",
     note="Three weeks before Tuesday, Nov. 3, 2026.")
d.RT("Monday", ctx="released Monday", resolved="2026-10-12")
d.RT("Election Day", resolved="2026-11-03")
d.RT("Monday", ctx="requested by Monday", resolved="2026-10-12")

d.P("Rachel Okonjo", "PERSON", "a former state treasurer", "Democrat Rachel Okonjo and Republican Grant Vessey",
    ["quoted", "actor"], aliases=["Okonjo"], note="Also 'Democrat' and 'the Democrat'.")
d.P("Grant Vessey", "PERSON", "Republican", "Democrat Rachel Okonjo and Republican Grant Vessey", ["quoted", "actor"],
    aliases=["Vessey"], note="Founder of Vessey Freight; role kept as the title before his name.")
d.P("Brindle Axle Co.", "ORG", None, "the shuttered Brindle Axle Co. plant", ["actor"], aliases=["Brindle"],
    note="Its board voted to close the plant.")
d.P("Lakeshore State University", "ORG", None, "A poll released Monday by Lakeshore State University", ["cited"],
    note="Joint pollster with the Badger Civic Institute.")
d.P("Badger Civic Institute", "ORG", "a nonpartisan think tank", "A poll released Monday by Lakeshore State University",
    ["cited"], note="Later 'The institute'.")
d.P("Lyle Ambrose", "PERSON", "The institute's director", "The institute's director, Lyle Ambrose", ["quoted"])
d.P("OpenLedger", "ORG", "a campaign finance watchdog", "according to OpenLedger", ["cited"])
d.P("Tessa Quill", "PERSON", "Okonjo's campaign manager", "Okonjo's campaign manager, Tessa Quill", ["quoted", "cited"],
    aliases=["Quill"])
d.P("Vessey campaign", "ORG", None, "The Vessey campaign said in a statement", ["quoted", "actor"])
d.P("United Foundry Workers", "ORG", None, "The United Foundry Workers union endorsed Okonjo", ["actor"],
    note="Later 'the union's 12,000 Wisconsin members' (possessive reference).")
d.P("Mike Dravecky", "PERSON", "Its president", "Its president, Mike Dravecky", ["cited"])
d.P("Dale Hutchins", "PERSON", "Rep.", "Rep. Dale Hutchins, R-Wis.", ["actor"], aliases=["Rep. Dale Hutchins"],
    note="His ads accuse Okonjo; not the speaker of the following quote.")
d.P("Darlene Pruitt", "PERSON", "a retired nurse at Rock River Memorial Hospital", "Darlene Pruitt, 63", ["quoted"])
d.P("Ray Castellano", "PERSON", None, "Ray Castellano, 71", ["quoted"])
d.P("Wisconsin Elections Commission", "ORG", None, "The Wisconsin Elections Commission said", ["cited"])

d.M("Vessey Freight", "ORG", "Only inside Vessey's description ('who founded').")
d.M("Rock River Memorial Hospital", "ORG", "Only inside Pruitt's role.")
d.M("Senate", "ORG", "Headline and 'Senate race'.")
d.M("Election Day", "EVENT", "Nov. 3.")
d.M("Interstate 94", "FAC", "Road.")
d.M("Wisconsin", "GPE", "State (background).")
d.M("Janesville", "GPE", "Dateline / location.")
d.M("Kenosha", "GPE", "Location.")
d.M("Madison", "GPE", "Location.")
d.M("Milwaukee", "GPE", "Media market.")
d.M("Racine", "GPE", "Inside a quote.")
d.M("Wausau", "GPE", "Inside a quote.")
d.write()
