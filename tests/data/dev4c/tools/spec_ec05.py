import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ec05_dyfrig_flu")
d.B("CARDIFF —", "dateline", partial=True)

TVB = dict(stype="ORG", aliases=["the health board"])
PRI = dict(aliases=["Dr. Siân Pritchard"], role="the hospital's clinical director for emergency medicine")
POW = dict(aliases=["Health Secretary Gareth Powell", "the health secretary"], role="Health Secretary")
LLO = dict(role="Opposition health spokesperson")
ASH = dict(aliases=["Chief Constable Helen Ashworth"], role="Chief Constable")
EVA = dict(role="chief executive of the charity Patient Voice Wales")

d.Q("Taff Valley University Health Board", "Our staff are working incredibly hard in extremely difficult circumstances,", **TVB,
    cue="the health board said in a statement")
d.Q("Taff Valley University Health Board", "for genuine emergencies", **TVB, syntax="phrase",
    cue="It asked people to use the emergency department only", note="'It' = the health board.")
d.Q("Siân Pritchard", "Last night we had 41 patients on trolleys in corridors,", **PRI, cue="she said")
d.Q("Siân Pritchard", "Some of them were in their nineties. That is not care. That is storage.", **PRI,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Gareth Powell", "I'm not going to pretend this is a normal winter,", **POW, cue="the health secretary said",
    note="Role-only reference.")
d.Q("Gareth Powell", "a bridge, not a cure", **POW, syntax="phrase", cue="He later told Valleys Radio that the money was")
d.Q("Carys Lloyd", "about three winters too late", **LLO, syntax="phrase", cue="said the announcement came")
d.Q("Helen Ashworth", "unsustainable", **ASH, syntax="phrase", cue="She called the situation")
d.Q("nurse", "We are doing corridor care as standard now. Nobody trained for this,", stype="ANONYMOUS", role="one nurse",
    cue="said one nurse", note="Anonymous source ('did not want to be named').")
d.Q("Rhodri Evans", "People are frightened to call an ambulance for their parents because they think it won't come,", **EVA,
    cue="he said")

d.F("212", 212, "count", "flu patients admitted in a single week")
d.F("a single week", 1, "weeks", "period in which 212 flu patients were admitted")
d.F("more than 30 hours", 30, "hours", "longest waits for a bed", qualifier="more than")
d.F("up to nine hours", 9, "hours", "how long ambulances queued outside", qualifier="up to")
d.F("1,050", 1050, "count", "beds at St Dyfrig's University Hospital")
d.F("104%", 104, "percent", "bed occupancy at St Dyfrig's")
d.F("7.30am", "07:30", "time", "time by which occupancy reached 104%")
d.F("38%", 38, "percent", "emergency patients seen within four hours")
d.F("four hours", 4, "hours", "emergency department waiting-time standard")
d.F("95%", 95, "percent", "target share seen within four hours")
d.F("6 hours 40 minutes", 400, "minutes", "median wait for admission")
d.F("41", 41, "count", "patients on trolleys in corridors (Pritchard)")
d.F("nineties", [90, 99], "years", "age of some corridor patients (Pritchard)", note="'in their nineties' - an age range.")
d.F("£14m", 14000000, "GBP", "money announced for temporary beds")
d.F("120", 120, "count", "temporary beds across Wales")
d.F("36", 36, "count", "temporary beds at St Dyfrig's")
d.F("about three winters", 3, "years", "how late the announcement came (Lloyd)", qualifier="about",
    note="Winters counted as years, as dev3 did with 'three seasons'.")
d.F("43", 43, "count", "patients driven to hospital in police vans")
d.F("December", "2025-12", "date", "month in which police drove 43 patients to hospital", ctx="vans in December",
    value_inferred=True, note="Year not written; December of the 2025-26 season.")
d.F("79-year-old", 79, "years", "age of the woman with a broken hip")
d.F("five and a half hours", 5.5, "hours", "how long the 79-year-old woman waited on a pavement")
d.F("28 days", 28, "days", "deadline for the Welsh Ambulance Trust's report")
d.F("1 in 4", 0.25, "fraction", "ambulance crews held outside hospitals for more than an hour")
d.F("more than an hour", 1, "hours", "time crews were held outside hospitals", qualifier="more than")
d.F("over-65s", 65, "years", "age group for flu vaccine uptake", qualifier="over")
d.F("3.1 percentage points", 3.1, "percentage points", "fall in flu vaccine uptake among over-65s")
d.F("71.4%", 71.4, "percent", "flu vaccine uptake among over-65s")
d.F("2025-26", "2025/2026", "date", "flu season")
d.F("one in five", 0.2, "fraction", "eligible children vaccinated")
d.F("75mg", 75, "mg", "standard adult dose of oseltamivir per capsule")
d.F("twice", 2, "times", "daily oseltamivir doses")
d.F("five days", 5, "days", "length of an oseltamivir course")
d.F("less than 40kg", 40, "kg", "weight below which children get a lower dose", qualifier="less than")
d.F("30 mg", 30, "mg", "lower children's dose")
d.F("45 mg", 45, "mg", "higher children's dose")
d.F("a fortnight", 2, "weeks", "period in which the hospital's oxygen use doubled")
d.F("almost 9,000 litres", 9000, "litres", "daily oxygen use at the hospital", qualifier="almost")
d.F("more than 900 times", 900, "times", "calls to Patient Voice Wales's helpline since 1 December", qualifier="more than")
d.F("1 December", "2025-12-01", "date", "since when the helpline calls were counted", value_inferred=True,
    note="Year not written; December of the 2025-26 season.")
d.F("2009", 2009, "year", "when records of flu admissions began")

d.NF("one", ctx="In one case", reason="'In one case' - trivial.")
d.NF("one", ctx="said one nurse", reason="Determiner-like 'one nurse'.")
d.NF("H3N2", reason="Flu strain code.")

d.RT("on Monday", ctx="incident on Monday", resolved=None)
d.RT("Last night", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("on Monday", ctx="an hour on Monday", resolved=None)
d.RT("this season", resolved="2025/2026")

d.P("St Dyfrig's University Hospital", "ORG", None, "St Dyfrig's University Hospital, which has 1,050 beds", ["actor"])
d.P("Taff Valley University Health Board", "ORG", None, "according to Taff Valley University Health Board",
    ["cited", "quoted"])
d.P("Siân Pritchard", "PERSON", "the hospital's clinical director for emergency medicine",
    "Dr. Siân Pritchard, the hospital's clinical director", ["quoted"], aliases=["Dr. Siân Pritchard"])
d.P("Gareth Powell", "PERSON", "Health Secretary", "Health Secretary Gareth Powell visited", ["quoted", "actor"],
    aliases=["Health Secretary Gareth Powell"])
d.P("Valleys Radio", "ORG", None, "He later told Valleys Radio", ["actor"], note="Broadcaster Powell spoke to (dev3 convention).")
d.P("Carys Lloyd", "PERSON", "Opposition health spokesperson", "Opposition health spokesperson Carys Lloyd", ["quoted"])
d.P("Helen Ashworth", "PERSON", "Chief Constable", "Chief Constable Helen Ashworth of South Wales Police", ["quoted", "cited"],
    aliases=["Chief Constable Helen Ashworth"])
d.P("South Wales Police", "ORG", None, "Chief Constable Helen Ashworth of South Wales Police", ["actor"],
    note="Its officers drove 43 patients to hospital.")
d.P("Welsh Ambulance Trust", "ORG", None, "The trust said 1 in 4", ["cited"])
d.P("Welsh Health Protection Agency", "ORG", None, "The Welsh Health Protection Agency (WHPA) said", ["cited"],
    aliases=["WHPA"])
d.P("World Health Organization", "ORG", None, "The World Health Organization has said", ["cited"])
d.P("Rhodri Evans", "PERSON", "chief executive of the charity Patient Voice Wales", "Rhodri Evans, chief executive",
    ["quoted", "cited"])
d.P("Patient Voice Wales", "ORG", None, "families had called its helpline", ["cited"],
    note="Named in Evans's role; its helpline figures are cited.")
d.M("Cardiff", "GPE", "Location.")
d.M("Wales", "GPE", "Background.")
d.M("Ely", "GPE", "Cardiff district where the woman waited.")
d.write()
