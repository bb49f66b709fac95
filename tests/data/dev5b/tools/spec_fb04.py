import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fb04_manchester_bus_strike")
d.B("Published 10 March 2026", "dateline", note="BBC-style publication line; gives the year 2026.")

S = dict(marks="straight")
TCW = dict(stype="ORG", aliases=["TCWU", "their union"])
WAL = dict(aliases=["Mr Mossop"], role="TCWU regional organiser")
PEN = dict(stype="ORG", aliases=["Pennine Omnibus", "Pennine", "the company"])
OKO = dict(aliases=["Cllr Hannah Oyelaran"], role="who chairs the combined authority's bus committee")
d.Q("Transport and Civic Workers' Union", "insulting", "over 'insulting' pay", **TCW, syntax="phrase", marks="single",
    cue="over 'insulting' pay offer", note="Headline fragment in single marks; the union's word ('their union called').")
d.Q("Transport and Civic Workers' Union", "insulting", 'called "insulting"', **TCW, **S, syntax="phrase", cue="a pay offer their union called",
    note="Scare-quote fragment; 'their union' = the TCWU, named in the next sentence.")
d.Q("Kieran Mossop", "They have been told for three years that the money isn't there,", **WAL, **S,
    cue="said TCWU regional organiser Kieran Mossop")
d.Q("Kieran Mossop", "Then they read that Harrowgate paid its chief executive £2.4m last year.", **WAL, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Pennine Omnibus Ltd", "fair, affordable and final", **PEN, **S, syntax="phrase",
    cue="Pennine Omnibus said in a statement that the offer was", note="Company statement; fragment.")
d.Q("Pennine Omnibus Ltd", "We will do everything we can to keep Greater Manchester moving,", **PEN, **S, cue="the company said")
d.Q("Transport for Greater Manchester", "deeply disappointed", stype="ORG", aliases=["TfGM"], **S, syntax="phrase",
    cue="A spokesperson for TfGM said it was", note="Spokesperson quote goes to the organisation.")
d.Q("Lisa Brennan", "I love this job. But I'm doing 10-hour shifts and I still can't cover my gas bill.",
    role="who has driven the 50 route for 19 years", **S, cue="told BBC Radio Manchester:", note="Colon-introduced quote.")
d.Q("Mark Doyle", "They zoom in on you eating a sandwich at a red light,", role="a driver", **S, cue="he said")
d.Q("Priya Desai", "a test of whether franchising delivers for workers as well as passengers", role="Its deputy general secretary",
    **S, syntax="phrase", cue="Its deputy general secretary, Priya Desai, said on Tuesday the dispute was",
    note="'Its' = the TUC. 12-word phrase -> 'full'.")
d.Q("Hannah Oyelaran", "Nobody wants to see a mother with a pram stood at a stop in the rain for an hour.", **OKO, **S,
    cue="That was the view of Cllr Hannah Oyelaran", note="Quote attributed in the following sentence.")
d.Q("Hannah Oyelaran", "If we lose them, we lose the network,", **OKO, **S, cue="she said")
d.Q("Harrowgate source", "without cutting routes", stype="ANONYMOUS", role="Harrowgate source", **S, syntax="phrase",
    cue="A Harrowgate source, who asked not to be named, said the company could not match the union's demand")

d.F("48 hours", 48, "hours", "length of the strike (headline)", ctx="to strike for 48 hours")
d.F("More than 2,300", 2300, "count", "bus drivers who will walk out", qualifier="More than")
d.F("48 hours", 48, "hours", "length of the strike", ctx="will strike for 48 hours")
d.F("04:00 GMT", "04:00", "time", "when the strike starts")
d.F("Monday 16 March", "2026-03-16", "date", "when the strike starts", value_inferred=True,
    note="Year from the publication line (2026).")
d.F("94%", 94, "percent", "TCWU members backing the strike")
d.F("71%", 71, "percent", "ballot turnout")
d.F("about 40%", 40, "percent", "share of the region's franchised services Pennine runs", qualifier="about")
d.F("£15.80", 15.8, "GBP", "drivers' current hourly rate")
d.F("3.2%", 3.2, "percent", "pay rise offered")
d.F("£16.31", 16.31, "GBP", "hourly rate under the offer")
d.F("£17.25", 17.25, "GBP", "hourly rate the union wants")
d.F("about 9%", 9, "percent", "rise the union wants", qualifier="about")
d.F("three years", 3, "years", "how long drivers have been told the money isn't there (Mossop)")
d.F("£2.4m", 2400000, "GBP", "pay of Harrowgate's chief executive last year (Mossop)")
d.F("6.1-inch", 6.1, "inches", "screen size of the new ticket machines")
d.F("256GB", 256, "GB", "storage of the cab cameras")
d.F("eight times", 8, "times", "meetings between Pennine and the union since January")
d.F("January", "2026-01", "date", "start of the talks period", value_inferred=True, note="Year from the publication line (2026).")
d.F("about 15%", 15, "percent", "share of normal timetables Pennine expects to run", qualifier="about")
d.F("56mph", 56, "mph", "speed limit for replacement coaches on the M60")
d.F("About 1.1 million", 1100000, "count", "bus journeys in the region on an average weekday (TfGM)", qualifier="About")
d.F("47", 47, "years", "age of Lisa Brennan")
d.F("19 years", 19, "years", "how long Lisa Brennan has driven the 50 route")
d.F("10-hour", 10, "hours", "length of Brennan's shifts (in a quote)")
d.F("six years", 6, "years", "how long Mark Doyle has been a driver")
d.F("a quarter", 0.25, "fraction", "share of the region's drivers over 60 (Oyelaran)")
d.F("over 60", 60, "years", "age of a quarter of drivers", qualifier="over")
d.F("12%", 12, "percent", "fall in recruitment since 2023")
d.F("2023", 2023, "year", "start of the recruitment fall", ctx="since 2023")
d.F("8%", 8, "percent", "how far bus use is below 2019 levels")
d.F("2019", 2019, "year", "comparison year for bus use")
d.F("2023", 2023, "year", "year of the last strike at Pennine", ctx="in 2023, lasted")
d.F("11 days", 11, "days", "length of the last strike")
d.F("£3.5m to £4m", [3500000, 4000000], "GBP", "estimated cost of the last strike to the company", qualifier="an estimated")
d.F("30 and 31 March", "2026-03-30/2026-03-31", "date", "dates of further walkouts", value_inferred=True,
    note="Year from the publication line (2026).")

d.NF("10", ctx="Published 10 March", reason="Date in the publication line (boilerplate).")
d.NF("2026", ctx="March 2026", reason="Year in the publication line (boilerplate).")
d.NF("X50", reason="Route name (X50).")
d.NF("192", reason="Bus route number.")
d.NF("M60", reason="Motorway name (M60).")
d.NF("50", ctx="the 50 route", reason="Bus route number.")

d.RT("last year", resolved="2025", note="Inside a quote.")
d.RT("on Tuesday", resolved="2026-03-10", note="Publication day.")

d.P("Transport and Civic Workers' Union", "ORG", None, "Members of the Transport and Civic Workers' Union (TCWU)",
    ["actor", "quoted"], aliases=["TCWU"])
d.P("Pennine Omnibus Ltd", "ORG", None, "at Pennine Omnibus Ltd backed the strike", ["actor", "quoted"],
    aliases=["Pennine Omnibus", "Pennine"], note="Also 'the company'.")
d.P("Harrowgate Transit plc", "ORG", None, "a subsidiary of the Leeds-based Harrowgate Transit plc", ["actor"],
    aliases=["Harrowgate"], note="Parent company; paid its chief executive £2.4m.")
d.P("Transport for Greater Manchester", "ORG", None, "franchised services for Transport for Greater Manchester (TfGM)",
    ["quoted", "cited"], aliases=["TfGM"], note="Also 'TfGM figures show'.")
d.P("Kieran Mossop", "PERSON", "TCWU regional organiser", "said TCWU regional organiser Kieran Mossop", ["quoted", "cited"],
    aliases=["Mr Mossop"])
d.P("Lisa Brennan", "PERSON", "who has driven the 50 route for 19 years", "Lisa Brennan, 47, who has driven the 50 route",
    ["quoted"])
d.P("BBC Radio Manchester", "ORG", None, "told BBC Radio Manchester:", ["actor"],
    note="Broadcaster a speaker talks on (dev3 convention).")
d.P("Mark Doyle", "PERSON", "a driver", "Her colleague, Mark Doyle, a driver for six years", ["quoted", "cited"])
d.P("Trades Union Congress", "ORG", "the federation to which the TCWU is affiliated", "The Trades Union Congress (TUC), the federation",
    ["actor"], aliases=["TUC"])
d.P("Priya Desai", "PERSON", "Its deputy general secretary", "Its deputy general secretary, Priya Desai, said", ["quoted"])
d.P("Hannah Oyelaran", "PERSON", "who chairs the combined authority's bus committee", "That was the view of Cllr Hannah Oyelaran",
    ["quoted", "cited"], aliases=["Cllr Hannah Oyelaran"])
d.M("Acas", "ORG", "Conciliation service the sides are urged to use.")
d.M("Greater Manchester", "GPE", "Region.")
d.M("Leeds", "GPE", "Harrowgate's base.")
d.M("Manchester", "GPE", "Route end.")
d.M("Hazel Grove", "GPE", "Route end.")
d.M("M60", "FAC", "Motorway.")
d.write()
