import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("eb03_medford_runway")
d.B("MEDFORD, Ore. —", "dateline", partial=True)

DEL = dict(role="a nurse", marks="straight")
VAU = dict(aliases=["Vaughn", "the investigator"], role="investigator-in-charge", marks="straight")
CAS = dict(stype="ORG", aliases=["the airline"], marks="straight")
d.Q("Mariah Delgado", "It felt like we hit the ground and then just kept going,", **DEL, cue="said Mariah Delgado, 34")
d.Q("Mariah Delgado", "Somebody screamed that we were going to flip. We didn't, thank God.", **DEL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Karl Vaughn", "It is far too early to talk about cause,", **VAU, cue="he said",
    note="Pronoun speaker; Vaughn named in the previous paragraph.")
d.Q("Karl Vaughn", "We will look at the airplane, the runway, the weather and the people.", **VAU, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Karl Vaughn", "Ground speed is not airspeed, especially with a tailwind.", **VAU, cue="The investigator urged caution:",
    note="Colon-introduced; role-only reference ('The investigator'). FlightGrid is the last name before it.")
d.Q("Cascade Skyways", "Our first concern is for the people who were on board and their families,", **CAS,
    cue="the airline said in a statement", note="Organisation speaker ('the airline').")
d.Q("Cascade Skyways", "precautionary inspections.", **CAS, syntax="phrase", cue="said it had begun",
    note="US style: the period sits inside the closing mark.")
d.Q("airport worker", "Everybody out here knows that end holds water,", stype="ANONYMOUS", marks="straight",
    cue="he said", note="Anonymous airport worker, introduced in the previous sentence.")
d.Q("Susan Whitcombe", "speculation.", role="Airport director", marks="straight", syntax="phrase",
    cue="She called the suggestion of a drainage problem")
d.Q("Tina Kovac", "Oregonians deserve answers, and they deserve them quickly,", aliases=["Gov. Tina Kovac", "the governor"],
    role="Gov.", marks="straight", cue="the governor said")

d.F("11", 11, "count", "people injured (headline)", ctx="Oregon, injuring 11")
d.F("58", 58, "count", "passengers on board", ctx="carrying 58 passengers")
d.F("four", 4, "count", "crew members on board", ctx="four crew members")
d.F("11", 11, "count", "people injured", ctx="evening, injuring 11")
d.F("two", 2, "count", "people seriously injured", ctx="two of them seriously")
d.F("7:48 p.m.", "19:48", "time", "when Flight 2217 touched down")
d.F("up to 40 mph", 40, "mph", "wind gusts at landing", qualifier="up to")
d.F("about 300 feet", 300, "feet", "how far beyond the paved surface the aircraft stopped", qualifier="about")
d.F("34", 34, "years", "age of passenger Mariah Delgado", ctx="Delgado, 34,")
d.F("25 minutes", 25, "minutes", "time to get all passengers off the aircraft",
    note="'within' is a temporal relation and stays out of the surface.")
d.F("nine", 9, "count", "people treated at Bear Creek Medical Center", ctx="treated nine people")
d.F("about 270 miles", 270, "miles", "distance from Medford to Portland", qualifier="about")
d.F("seven", 7, "count", "NTSB investigators sent", ctx="team of seven")
d.F("11 a.m.", "11:00", "time", "time of the NTSB briefing")
d.F("about 152 knots", 152, "knots", "speed at the runway threshold", qualifier="about")
d.F("roughly 20 knots", 20, "knots", "how much faster than typical the aircraft was", qualifier="roughly")
d.F("2,500 feet", 2500, "feet", "height the aircraft descended from")
d.F("a little under four minutes", 4, "minutes", "time taken to descend from 2,500 feet", qualifier="a little under")
d.F("51", 51, "years", "age of the captain", ctx="captain, 51,")
d.F("more than 12,000 flight hours", 12000, "hours", "captain's flying experience", qualifier="more than",
    note="'flight hours' is the unit (hours).")
d.F("about 3,400", 3400, "hours", "first officer's flying experience", qualifier="about",
    note="Unit elided: '... and the first officer about 3,400' (flight hours).")
d.F("22", 22, "count", "AT-640 aircraft in the Cascade Skyways fleet", ctx="its 22 AT-640s")
d.F("8,800-foot", 8800, "feet", "length of the runway")
d.F("2021", 2021, "year", "when the runway was resurfaced")
d.F("6 a.m.", "06:00", "time", "when the airport reopened")
d.F("7,000 feet", 7000, "feet", "shortened runway length after reopening")
d.F("30 days", 30, "days", "when the NTSB preliminary report is expected",
    note="'within' is a temporal relation and stays out of the surface.")
d.F("12 to 24 months", [12, 24], "months", "how long a final NTSB report typically takes")

d.NF("2217", reason="Flight number (an identifier).")
d.NF("32", ctx="Runway 32", reason="Runway designator.")
d.NF("AT-640", ctx="an Avira AT-640,", reason="Aircraft model number.")
d.NF("AT-640s", reason="Aircraft model number (plural).")
d.NF("two", ctx="the two seriously injured", reason="Trivial back-reference to the two seriously injured.")
d.NF("first", ctx="the first officer", reason="Job title ('first officer').")
d.NF("first", ctx="Our first concern", reason="Idiom inside a quote ('Our first concern').")

d.RT("on Sunday evening", resolved=None)
d.RT("on Monday morning", resolved=None)
d.RT("for years", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("on Monday", ctx="Center on Monday", resolved=None)
d.RT("Monday", ctx="6 a.m. Monday", resolved=None)

d.P("Cascade Skyways", "ORG", None, "Cascade Skyways, a subsidiary of", ["actor", "quoted"])
d.P("Bear Creek Regional Airport", "ORG", None, "The airport reopened at 6 a.m.", ["actor"],
    note="Evidence uses 'The airport'; its director Susan Whitcombe is quoted.")
d.P("Federal Aviation Administration", "ORG", None, "according to the Federal Aviation Administration", ["cited"])
d.P("Mariah Delgado", "PERSON", "a nurse", "said Mariah Delgado, 34, a nurse", ["quoted"])
d.P("Dale Prentiss", "PERSON", "Jackson County Sheriff", "said Jackson County Sheriff Dale Prentiss", ["cited"])
d.P("Bear Creek Medical Center", "ORG", None, "Bear Creek Medical Center said it treated", ["actor", "cited"])
d.P("National Transportation Safety Board", "ORG", None, "The National Transportation Safety Board (NTSB) sent",
    ["actor"], aliases=["NTSB"])
d.P("Karl Vaughn", "PERSON", "investigator-in-charge", "led by investigator-in-charge Karl Vaughn", ["quoted", "actor"],
    aliases=["Vaughn"])
d.P("FlightGrid", "ORG", None, "Data from the flight-tracking service FlightGrid", ["cited"])
d.P("Regional Pilots Association", "ORG", None, "The Regional Pilots Association (RPA), which represents", ["actor", "cited"],
    aliases=["RPA"])
d.P("Susan Whitcombe", "PERSON", "Airport director", "Airport director Susan Whitcombe", ["cited", "quoted"])
d.P("Tina Kovac", "PERSON", "Gov.", "Gov. Tina Kovac, who visited patients", ["actor", "quoted"],
    aliases=["Gov. Tina Kovac"])
d.P("Oregon", "GPE", None, "said the state would pay for any additional inspections", ["actor"],
    note="'the state would pay' (Oregon).")
d.M("Northline Air Group", "ORG", "Parent company, only in Cascade Skyways' description ('Northline Air Group Inc.').")
d.M("Avira", "ORG", "Aircraft maker, only in the model name 'Avira AT-640'.")
d.M("Cascadia University Hospital", "ORG", "Destination of two patients; no action.")
d.M("Jackson County", "GPE", "Inside the sheriff's title.")
d.M("Seattle", "GPE", "Origin of the flight.")
d.M("Portland", "GPE", "Location.")
d.M("MEDFORD", "GPE", "Dateline.")
d.write()
