import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ib01_fraser_river_diesel_cleanup")
d.B("VANCOUVER —", "dateline", partial=True)

S = dict(marks="straight")
SAN = dict(aliases=["Sandhu", "Environment Minister Harjit Sandhu"], role="Environment Minister")
CAS = dict(stype="ORG", aliases=["Cascade", "the company"])
KWAN = dict(aliases=["Kwan"], role="who chairs the co-operative's board")
d.Q("Harjit Sandhu", "We are past the emergency, but we are nowhere near the end,", **SAN, **S,
    cue="Environment Minister Harjit Sandhu told reporters in Victoria")
d.Q("Harjit Sandhu", "Every one of those kilometres will be walked by somebody with a clipboard.", **SAN, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Cascade Midstream Ltd.", "accepts full responsibility", **CAS, **S, syntax="phrase",
    cue="Cascade said in a statement that it", note="Organisation fragment.")
d.Q("Cascade Midstream Ltd.", "We will not walk away from this river or its people,", **CAS, **S,
    cue="the company said", note="Role-only organisation attribution.")
d.Q("Doreen Kwan", "Our members have had their nets out of the water since the day the sheen appeared,", **KWAN, **S,
    cue="said Doreen Kwan, 61, who chairs the co-operative's board")
d.Q("Doreen Kwan", "He listened, and then he read us a press release,", **KWAN, **S, cue="she said",
    note="Pronoun trap: two women are named ('Kwan and the co-op's treasurer, Marcy Tallis'); 'she' = Kwan, the "
         "subject of the sentence before ('Kwan described the meeting as short').")
d.Q("Graham Voss", "regrettable but fair.", aliases=["Albright Hale's chief executive, Graham Voss"],
    role="Albright Hale's chief executive", **S, syntax="phrase",
    cue="wrote in a letter to shareholders that the penalty was", note="Letter; fragment with the period inside.")
d.Q("Canada Energy Regulator", "The operator was told, in writing, to dig up that pipe,", stype="ORG",
    aliases=["the regulator"], **S, cue="the regulator said", note="Role-only organisation attribution.")
d.Q("Elena Marchetti", "People think diesel evaporates and that's the end of it. It isn't,",
    aliases=["Prof. Elena Marchetti"],
    role="an aquatic toxicologist at Coast Mountain University who advises the charity", **S,
    cue="warned Prof. Elena Marchetti")
d.Q("Tom Okereke", "Nobody should be breathing that for 14 hours a day,", role="the union's regional secretary", **S,
    cue="the union's regional secretary, Tom Okereke, said")
d.Q("Alan Pruitt", "failed at the worst possible moment.", role="Its interim chief executive", **S, syntax="phrase",
    cue="conceded on Tuesday that the company's leak detection system had", note="'Its' = Cascade.")

d.F("$48 million", 48000000, "CAD", "cost of the clean-up (headline)", ctx="clean-up at $48 million")
d.F("about $48 million", 48000000, "CAD", "cost of the clean-up", qualifier="about")
d.F("October", "2026-10", "date", "month by whose end the clean-up should last", ctx="end of October",
    value_inferred=True, note="Year not written; the set's year 2026 (the 2023 corrosion warning is past).")
d.F("About 1.9 million litres", 1900000, "litres", "diesel leaked", qualifier="About")
d.F("Aug. 11", "2026-08-11", "date", "date of the rupture", value_inferred=True)
d.F("roughly 34 kilometres", 34, "km", "shoreline fouled", qualifier="roughly")
d.F("about 61 per cent", 61, "percent", "share of the fuel recovered", qualifier="about")
d.F("about 400", 400, "count", "licence holders the co-operative represents", qualifier="about")
d.F("$75 million", 75000000, "CAD", "damages sought by the fishers")
d.F("61", 61, "years", "age of Doreen Kwan", ctx="Kwan, 61,")
d.F("Aug. 12", "2026-08-12", "date", "when the regulator ordered the line shut", value_inferred=True)
d.F("$1.2 million", 1200000, "CAD", "fine on Cascade")
d.F("two hours", 2, "hours", "deadline for reporting the rupture")
d.F("3.8 per cent", 3.8, "percent", "fall in Albright Hale shares")
d.F("$27.15", 27.15, "CAD", "Albright Hale share price")
d.F("2023", 2023, "year", "when inspectors flagged corrosion")
d.F("Sept. 30", "2026-09-30", "date", "earliest reopening of the salmon fishery", value_inferred=True)
d.F("at least 260", 260, "count", "oiled birds found (Friends of the Fraser)", qualifier="at least")
d.F("80", 80, "count", "oiled birds found dead")
d.F("22", 22, "count", "sediment sampling sites")
d.F("$340,000", 340000, "CAD", "ministry contract for sediment sampling")
d.F("10 hours", 10, "hours", "new shift length on skimming boats")
d.F("two", 2, "count", "workers treated for fume exposure", ctx="after two workers")
d.F("14 hours", 14, "hours", "shift length criticised by the union (in a quote)")
d.F("$200 million", 200000000, "CAD", "drawn from Cascade's credit line")
d.F("Oct. 6", "2026-10-06", "date", "legislative committee hearing", value_inferred=True)

d.NF("one", ctx="Every one of those", reason="Idiom inside a quote ('Every one of those kilometres').")

d.RT("last month", resolved="2026-08")
d.RT("Wednesday", ctx="Ministry said Wednesday", resolved=None)
d.RT("a day after", resolved=None)
d.RT("on Tuesday", ctx="Supreme Court on Tuesday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("on Tuesday", ctx="conceded on Tuesday", resolved=None)

d.P("Environment Ministry", "ORG", None, "British Columbia's Environment Ministry said Wednesday", ["actor", "cited"],
    note="Later 'the ministry' (sampling contract).")
d.P("Cascade Midstream Ltd.", "ORG", "pipeline operator", "a ruptured line owned by Cascade Midstream Ltd.",
    ["actor", "quoted"], aliases=["Cascade"], note="Later 'the company', 'the operator' (in a quote).")
d.P("Harjit Sandhu", "PERSON", "Environment Minister", "Environment Minister Harjit Sandhu told reporters",
    ["quoted", "actor"], aliases=["Sandhu"])
d.P("Fraser Valley Fishermen's Co-operative", "ORG", None, "The Fraser Valley Fishermen's Co-operative, which represents",
    ["actor"], note="Later 'the co-operative', 'the co-op'; sued Cascade.")
d.P("Albright Hale Energy Inc.", "ORG", "parent", "sued Cascade and its parent, Albright Hale Energy Inc.", ["actor"],
    aliases=["Albright Hale"], note="Sued (object); possessor ('Albright Hale's chief executive'); modifier "
    "('Albright Hale shares fell').")
d.P("Doreen Kwan", "PERSON", "who chairs the co-operative's board", "said Doreen Kwan, 61", ["quoted", "actor"],
    aliases=["Kwan"])
d.P("Marcy Tallis", "PERSON", "the co-op's treasurer", "the co-op's treasurer, Marcy Tallis, met Sandhu", ["actor"],
    note="Named only as the trap before Kwan's 'she said'.")
d.P("Canada Energy Regulator", "ORG", None, "The Canada Energy Regulator, which ordered the line shut",
    ["actor", "quoted"], note="Later 'the regulator'; fined Cascade.")
d.P("Graham Voss", "PERSON", "Albright Hale's chief executive", "Albright Hale's chief executive, Graham Voss, wrote",
    ["quoted"])
d.P("Fisheries and Oceans Canada", "ORG", None, "Fisheries and Oceans Canada has closed the river", ["actor"])
d.P("Friends of the Fraser", "ORG", "a Vancouver-based charity", "According to Friends of the Fraser", ["cited"],
    note="Later 'the charity'.")
d.P("Elena Marchetti", "PERSON", "an aquatic toxicologist at Coast Mountain University who advises the charity",
    "warned Prof. Elena Marchetti", ["quoted", "actor"], aliases=["Marchetti"])
d.P("Pacific Marine Workers Union", "ORG", None, "The Pacific Marine Workers Union, whose members crew",
    ["actor", "cited"], note="Later 'the union'.")
d.P("Tom Okereke", "PERSON", "the union's regional secretary", "the union's regional secretary, Tom Okereke, said",
    ["quoted"])
d.P("Northshore Trust Bank", "ORG", None, "a credit line with Northshore Trust Bank", ["actor"],
    note="Lender (object of a preposition). Unsure: could be a mentioned entity.")
d.P("Alan Pruitt", "PERSON", "Its interim chief executive", "Its interim chief executive, Alan Pruitt", ["quoted"])
d.M("B.C. Supreme Court", "ORG", "Court where the suit was filed (object only).")
d.M("Coast Mountain University", "ORG", "Only in Marchetti's role.")
d.M("Chilliwack General Hospital", "ORG", "Where workers were treated (place).")
d.M("Fraser River", "LOC", "Location.")
d.M("British Columbia", "GPE", "Background.")
d.M("B.C.", "GPE", "Short form of British Columbia.")
d.M("Chilliwack", "GPE", "Location.")
d.M("Victoria", "GPE", "Location.")
d.M("Toronto", "GPE", "Stock market location.")
d.M("VANCOUVER", "GPE", "Dateline.")
d.write()
