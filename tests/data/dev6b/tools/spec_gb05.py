import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gb05_tasmania_flights_ferries_strike")
d.B("HOBART, Nov 19 (AAP) -", "dateline", partial=True)

S = dict(marks="straight")
WHI = dict(role="chief executive")
BAR = dict(role="Its Tasmanian secretary")
TB = dict(stype="ORG", aliases=["Tasman Blue", "The airline"])
d.Q("Angus Mallory", "We have not seen anything yet that points to a wider problem with the engine type, but we are going "
    "to find out,", aliases=["ATSB chief commissioner Angus Mallory"], role="ATSB chief commissioner", **S,
    cue="told reporters in Canberra")
d.Q("Tasman Blue Airlines", "at least until Sunday", **TB, **S, syntax="phrase",
    cue="The airline said ... the checks ... would take")
d.Q("Karen Whitlock", "Safety is the only thing that matters this week,", **WHI, **S,
    cue="chief executive Karen Whitlock said in a video", note="Quote from a video on the company's website.")
d.Q("Karen Whitlock", "I am sorry, and I know sorry doesn't get you home.", **WHI, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Derwent Airports Group Pty Ltd", "Our terminals are open and our staff are there to help,", stype="ORG",
    aliases=["the operator"], **S, cue="a spokeswoman for the operator said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Colleen Barwick", "taken for granted for a decade", **BAR, **S, syntax="phrase",
    cue="Its Tasmanian secretary, Colleen Barwick, 58, said crews had been", note="'Its' = the MCUA. 6 words -> fragment.")
d.Q("Colleen Barwick", "We gave the company three months' notice. They have had every chance.", **BAR, **S,
    cue="she said:", note="Colon-introduced; pronoun speaker.")
d.Q("TasLink Ferries", "reckless", stype="ORG", aliases=["TasLink"], **S, syntax="phrase",
    cue="TasLink ... called the timing of the action")
d.Q("Rhys Cadogan", "Tasmanians need to know this is being fixed, not argued about,", aliases=["Cadogan",
    "State Infrastructure Minister Rhys Cadogan"], role="State Infrastructure Minister", **S, cue="he said",
    note="Pronoun speaker after two ministers are named (Cadogan and Alana Brierley); 'he' = Cadogan, the subject "
         "of the sentence before.")
d.Q("Civil Aviation Safety Authority", "monitoring closely", stype="ORG", **S, syntax="phrase",
    cue="The Civil Aviation Safety Authority said it was")

d.F("Thousands", None, "count", "travellers stranded in Tasmania", vague=True)
d.F("14", 14, "count", "Tasman Blue turboprop aircraft grounded", ctx="all 14 of")
d.F("48 hours", 48, "hours", "length of the ferry strike")
d.F("one", 1, "count", "engines that lost power", ctx="in one engine")
d.F("68", 68, "count", "passengers on the incident flight")
d.F("four", 4, "count", "crew on the incident flight", ctx="four crew")
d.F("30 days", 30, "days", "deadline for the ATSB preliminary report", note="'within 30 days'.")
d.F("about 9,500", 9500, "count", "passengers affected", qualifier="about")
d.F("up to $389", 389, "AUD", "refund per one-way ticket", qualifier="up to")
d.F("10 business days", 10, "days", "time within which refunds are paid", note="Business days.")
d.F("about 40%", 40, "percent", "fall in departures at Derwent airports", qualifier="about")
d.F("two hours", 2, "hours", "queues at Hobart rental-car desks")
d.F("6.15am", "06:15", "time", "time by which queues reached two hours")
d.F("3.5%", 3.5, "percent", "yearly pay offer to ferry crews")
d.F("6%", 6, "percent", "yearly pay rise the union is seeking")
d.F("14-day", 14, "days", "roster length the union wants to end", ctx="14-day rosters")
d.F("58", 58, "years", "age of Colleen Barwick")
d.F("a decade", 10, "years", "how long crews have been taken for granted (Barwick)")
d.F("three months", 3, "months", "strike notice the union gave")
d.F("11-hour", 11, "hours", "Devonport-Geelong crossing")
d.F("up to 1,400", 1400, "count", "ferry passengers a night", qualifier="up to")
d.F("about 3,200 tonnes", 3200, "tonnes", "freight waiting at Devonport", qualifier="about")
d.F("second", 2, "ordinal", "berth opened for cargo ships")
d.F("about $4.5 million", 4500000, "AUD", "daily cost of disruption to the visitor economy", qualifier="about")
d.F("December", "2026-12", "date", "month of the slipping bookings", value_inferred=True,
    note="Year from the dateline context (Nov 19, a Thursday in 2026).")
d.F("8%", 8, "percent", "fall in December bookings")
d.F("up to 45 knots", 45, "knots", "forecast winds on Bass Strait", qualifier="up to")

d.NF("19", ctx="Nov 19 (AAP)", reason="Date in the dateline.")
d.NF("ATR 72", reason="Aircraft model name.")
d.NF("one", ctx="one-way", reason="Part of the compound 'one-way ticket'.")

d.RT("on Thursday", ctx="Tasmania on Thursday", resolved="2026-11-19")
d.RT("on Tuesday", resolved="2026-11-17")
d.RT("Sunday", resolved="2026-11-22", note="Inside a quote.")
d.RT("this week", resolved=None, note="Inside a quote.")
d.RT("on Thursday morning", resolved="2026-11-19")
d.RT("on Saturday", resolved="2026-11-21")

d.P("Tasman Blue Airlines", "ORG", "regional carrier", "regional carrier Tasman Blue Airlines grounded", ["actor", "quoted"],
    aliases=["Tasman Blue"], note="Later 'The airline'.")
d.P("Australian Transport Safety Bureau", "ORG", None, "The Australian Transport Safety Bureau (ATSB) said", ["actor", "cited"],
    aliases=["ATSB"], note="Later 'the bureau said' (safety board).")
d.P("Angus Mallory", "PERSON", "ATSB chief commissioner", "ATSB chief commissioner Angus Mallory told", ["quoted"])
d.P("Halvorsen Aero Engines Inc.", "ORG", "engine maker", "Montreal-based engine maker Halvorsen Aero Engines Inc.",
    ["actor"])
d.P("Karen Whitlock", "PERSON", "chief executive", "chief executive Karen Whitlock said", ["quoted"])
d.P("Derwent Airports Group Pty Ltd", "ORG", None, "Derwent Airports Group Pty Ltd, which runs", ["actor", "quoted", "cited"],
    note="Airport operator; later 'the operator'.")
d.P("Maritime Crews Union of Australia", "ORG", None, "members of the Maritime Crews Union of Australia (MCUA)", ["actor"],
    aliases=["MCUA"], note="Later 'The union'.")
d.P("TasLink Ferries", "ORG", None, "both TasLink Ferries vessels", ["actor", "quoted", "cited"], aliases=["TasLink"])
d.P("Colleen Barwick", "PERSON", "Its Tasmanian secretary", "Its Tasmanian secretary, Colleen Barwick, 58", ["quoted"])
d.P("Bass Strait Ports Authority", "ORG", None, "The Bass Strait Ports Authority said", ["cited", "actor"],
    note="Later 'The port authority'.")
d.P("Island Tourism Alliance", "ORG", None, "According to the Island Tourism Alliance", ["cited"])
d.P("Peter Lethbridge", "PERSON", "Its chair", "Its chair, Peter Lethbridge", ["cited"])
d.P("Rhys Cadogan", "PERSON", "State Infrastructure Minister", "State Infrastructure Minister Rhys Cadogan and",
    ["quoted", "actor", "cited"], aliases=["Cadogan"])
d.P("Alana Brierley", "PERSON", "federal Transport Minister", "federal Transport Minister Alana Brierley spoke", ["actor"],
    note="Named right before Cadogan's 'he said' quote.")
d.P("Civil Aviation Safety Authority", "ORG", None, "The Civil Aviation Safety Authority said", ["quoted"])
d.P("Bureau of Meteorology", "ORG", None, "the Bureau of Meteorology said", ["cited"])
d.M("Fair Work Commission", "ORG", "Asked to help broker talks (object only).")
d.M("Kestrel Line Shipping NV", "ORG", "Runs cargo ships (background).")
d.M("ATR 72", "PRODUCT", "Aircraft type.")
d.M("Bass Strait", "LOC", "Location.")
d.M("Tasmania", "GPE", "Location.")
d.M("Devonport", "GPE", "Location.")
d.M("Canberra", "GPE", "Location.")
d.M("HOBART", "GPE", "Dateline.")
d.M("AAP", "ORG", "News agency in the dateline.")
d.write()
