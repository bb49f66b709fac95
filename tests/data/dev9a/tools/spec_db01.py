import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("db01_northcoast_airways_engine_groundings")
d.B("DETROIT —", "dateline", partial=True)

S = dict(marks="straight")
WHI = dict(aliases=["Whitlock"], role="Northcoast's chief executive")
d.Q("Federal Aviation Administration", "No aircraft with that engine history will carry passengers until we are satisfied "
    "it is safe,", stype="ORG", aliases=["FAA", "the agency"], **S, cue="the agency said in a statement",
    note="Role-only organisation attribution ('the agency' = the FAA, named in the sentence before).")
d.Q("Dana Whitlock", "I would rather disappoint our customers this week than explain an accident to them for the rest of "
    "my life,", **WHI, **S, cue="Whitlock told reporters at the airport")
d.Q("Midwest Turbine Services", "followed the manual to the letter.", stype="ORG", aliases=["Midwest Turbine"], **S,
    syntax="phrase", cue="Midwest Turbine said in a statement that its technicians had",
    note="Organisation fragment (6 words), period inside.")
d.Q("Luis Ortega", "We wrote it up, and we were told it was within limits,", aliases=["Ortega"],
    role="a Northcoast captain who chairs the airline's branch of the Allied Pilots Guild", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before last (Ortega and the guild's safety officer, Brian "
         "Kettering); 'he' = Ortega, the subject of 'Ortega said crews had reported vibration'.")
d.Q("Teresa Vance", "unacceptable", aliases=["Michigan Gov. Teresa Vance"], role="Michigan Gov.", **S, syntax="phrase",
    cue="Michigan Gov. Teresa Vance called the disruption", note="Scare-quoted one-word fragment.")
d.Q("Paul Brennan", "Every family on that plane deserves a straight answer, and so does everyone booked to fly next week,",
    aliases=["Sen. Paul Brennan"], role="Sen., D-Mich., who sits on the Senate Commerce Committee", **S, cue="he said",
    note="'he' = Brennan, the only person in the paragraph.")
d.Q("Rachel Imbert", "exactly what the checklist asks.", role="who teaches aviation safety at Huron Ridge University",
    **S, syntax="phrase", cue="said the crew had done", note="Fragment (5 words), period inside.")

d.F("a third", 0.3333333333, "fraction", "share of its jets Northcoast grounded (headline)", ctx="grounds a third")
d.F("14", 14, "count", "jets pulled from service", ctx="pulled 14 of")
d.F("42", 42, "count", "jets in Northcoast's fleet", ctx="its 42 jets")
d.F("dozens", None, "count", "people stranded overnight at Detroit Metropolitan Airport", vague=True)
d.F("9:35 p.m.", "21:35", "time", "when Flight 418 turned back")
d.F("31,000 feet", 31000, "feet", "altitude at which the crew shut down the engine")
d.F("131", 131, "count", "passengers on Flight 418")
d.F("six", 6, "count", "crew on Flight 418", ctx="six crew")
d.F("2019-2023", "2019/2023", "date", "period of the engine maintenance deal with Midwest Turbine Services")
d.F("$800,000 to $1.3 million", [800000, 1300000], "USD", "cost of each engine inspection", note="Per inspection.")
d.F("10 to 12 days", [10, 12], "days", "time each inspection takes")
d.F("tens of thousands of dollars", None, "USD", "nightly cost of hotel and meal vouchers", vague=True,
    note="'a night'.")
d.F("two", 2, "count", "affected engines on which crews reported vibration", ctx="on two of the")
d.F("about 600", 600, "count", "Northcoast pilots the Allied Pilots Guild represents", qualifier="about")
d.F("About two-thirds", 0.6666666667, "fraction", "share of daily passengers on routes served by the grounded jets",
    qualifier="About")
d.F("3,200", 3200, "count", "Northcoast's daily passengers")
d.F("7.4%", 7.4, "percent", "fall in Meridian Air Group shares")
d.F("$18.25", 18.25, "USD", "Meridian Air Group share price")
d.F("four", 4, "count", "extra flights added by Lakeland Express", ctx="added four flights")
d.F("between $62 and $68", [62, 68], "USD", "cap on Lakeland Express one-way fares Detroit-Traverse City",
    note="Per one-way fare.")
d.F("Nov. 2", "2026-11-02", "date", "when Northcoast expects to restore its full schedule", value_inferred=True,
    note="Year not written; the set's year 2026. 'by Nov. 2' (temporal relation left out).")

d.NF("737", ctx="Boeing 737", reason="Numeral in an aircraft type name (Boeing 737).")
d.NF("418", ctx="Flight 418 from", reason="Flight number (a name).")
d.NF("500", ctx="S&P 500", reason="Index name (S&P 500).")
d.NF("one", ctx="one-way fares", reason="Fixed term 'one-way' (fare type), not a count.")

d.RT("on Wednesday", ctx="from service on Wednesday", resolved=None)
d.RT("overnight", ctx="stranded overnight", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("this week", resolved=None, note="Inside a quote.")
d.RT("on Wednesday morning", resolved=None)
d.RT("this spring", resolved=None)
d.RT("next week", resolved=None, note="Inside a quote.")
d.RT("until Sunday", resolved=None)

d.P("Northcoast Airways", "ORG", None, "Northcoast Airways pulled 14 of its 42 jets", ["actor", "cited"],
    aliases=["Northcoast"], note="Later 'the airline said', 'the carrier's maintenance base'; possessor "
    "('Northcoast's chief executive', 'Northcoast's parent') and modifier ('a Northcoast captain').")
d.P("Federal Aviation Administration", "ORG", None, "The Federal Aviation Administration said it had sent inspectors",
    ["actor", "quoted"], aliases=["FAA"], note="Later 'the agency'; object of 'ask the FAA for a briefing'.")
d.P("Dana Whitlock", "PERSON", "Northcoast's chief executive", "Northcoast's chief executive, Dana Whitlock, said",
    ["quoted", "cited"], aliases=["Whitlock"])
d.P("Midwest Turbine Services", "ORG", "contractor", "the same contractor, Midwest Turbine Services", ["actor", "quoted"],
    aliases=["Midwest Turbine"])
d.P("Luis Ortega", "PERSON", "a Northcoast captain who chairs the airline's branch of the Allied Pilots Guild",
    "Luis Ortega, a Northcoast captain", ["quoted", "cited", "actor"], aliases=["Ortega"])
d.P("Allied Pilots Guild", "ORG", None, "The guild, which represents about 600 Northcoast pilots", ["actor"],
    note="Union; first inside Ortega's role, then 'the guild's safety officer' and 'The guild ... has asked the FAA'.")
d.P("Brian Kettering", "PERSON", "the guild's safety officer", "the guild's safety officer, Brian Kettering, met",
    ["actor"], note="Named only as the trap before Ortega's 'he said'.")
d.P("Huron Capital Markets", "ORG", None, "according to analysts at Huron Capital Markets", ["cited"])
d.P("Meridian Air Group", "ORG", "Northcoast's parent", "Shares of Northcoast's parent, Meridian Air Group, fell",
    ["actor"])
d.P("Teresa Vance", "PERSON", "Michigan Gov.", "Michigan Gov. Teresa Vance called the disruption", ["quoted", "actor"])
d.P("Michigan Department of Transportation", "ORG", None, "ordered the Michigan Department of Transportation to lay on "
    "buses", ["actor"], note="Object of 'ordered'; lays on the buses.")
d.P("Paul Brennan", "PERSON", "Sen., D-Mich., who sits on the Senate Commerce Committee", "Sen. Paul Brennan, D-Mich.",
    ["quoted", "cited"])
d.P("Lakeland Express", "ORG", "Rival carrier", "Rival carrier Lakeland Express added four flights", ["actor", "cited"],
    note="'a spokesman said'.")
d.P("Wayne County Airport Authority", "ORG", None, "The Wayne County Airport Authority said volunteers", ["cited"])
d.P("Lakes Welcome Fund", "ORG", "a Detroit charity", "volunteers from the Lakes Welcome Fund, a Detroit charity",
    ["actor"])
d.P("Rachel Imbert", "PERSON", "who teaches aviation safety at Huron Ridge University", "Rachel Imbert, who teaches",
    ["quoted"])
d.M("Senate Commerce Committee", "ORG", "Only in Brennan's role.")
d.M("Huron Ridge University", "ORG", "Only in Imbert's role.")
d.M("Boeing", "ORG", "Aircraft maker, inside the type name 'Boeing 737' (not acting).")
d.M("Detroit Metropolitan Airport", "FAC", "Place where passengers were stranded.")
d.M("Lake Huron", "LOC", "Location.")
d.M("Michigan", "GPE", "In Vance's role; background.")
d.M("Detroit", "GPE", "Location.")
d.M("DETROIT", "GPE", "Dateline.")
d.M("Traverse City", "GPE", "Location.")
d.M("Grand Rapids", "GPE", "Location.")
d.M("Marquette", "GPE", "Location.")
d.M("New York", "GPE", "Stock market location.")
d.write()
