import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ea01_california_blackouts")
d.B("FRESNO, Calif. (AP) —", "dateline", partial=True)

S = dict(marks="straight")
FEL = dict(aliases=["Feld"], role="the council's chief operating officer")
MAR = dict(aliases=["Gov. Elena Marquez", "Marquez", "the governor"], role="Gov.")
SCE = dict(stype="ORG", aliases=["the company"])
d.Q("Marcus Feld", "We ran out of road,", **FEL, **S, cue="said Marcus Feld")
d.Q("Marcus Feld", "Every megawatt we could buy, we bought.", **FEL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Elena Marquez", "Nobody in this state should have to choose between their medicine and their air conditioning,",
    **MAR, **S, cue="she said",
    note="Trap: the last person named before the quote is Sen. Daniel Whitcomb; 'she' is Gov. Marquez.")
d.Q("Daniel Whitcomb", "unacceptable", aliases=["Sen. Daniel Whitcomb", "Whitcomb"], role="Sen.", **S, syntax="phrase",
    cue="Whitcomb called the outages")
d.Q("Sierra Crest Electric Co.", "to the letter.", **SCE, **S, syntax="phrase",
    cue="It said in a statement that it had followed the council's orders",
    note="Fragment with the period inside the marks (US style); 'It' = Sierra Crest Electric Co.")
d.Q("Sierra Crest Electric Co.", "We know how hard tonight was,", **SCE, **S, cue="the company said")
d.Q("Sierra Crest Electric Co.", "Crews will be working through the night.", **SCE, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tom Albrecht", "You can't run the world's fifth-largest economy on hope and a weather forecast.",
    aliases=["Rep. Tom Albrecht"], role="Rep.", **S, cue="That was the verdict of Rep. Tom Albrecht",
    note="Quote attributed in the following sentence.")
d.Q("official at the council", "Everyone saw this coming,", aliases=["the official"], role="official at the council",
    stype="ANONYMOUS", **S, cue="the official said",
    note="'An official at the council, who spoke on condition of anonymity'.")
d.Q("Elena Marquez", "This is the new normal,", **MAR, **S, syntax="clause", cue="the governor said",
    note="Split quote, first half; role-only reference to Gov. Marquez.")
d.Q("Elena Marquez", "and we have to build for it.", **MAR, **S, syntax="clause", cue="the governor said",
    note="Split quote, second half.")

d.F("1.2 million", 1200000, "count", "California customers hit by rolling blackouts (headline)", ctx="hit 1.2 million")
d.F("about 1.2 million", 1200000, "count", "homes and businesses left without power", qualifier="about")
d.F("114 degrees", 114, "fahrenheit", "temperature reached in Fresno")
d.F("60-minute", 60, "minutes", "length of the blocks in which service was cut")
d.F("5:40 p.m.", "17:40", "time", "when the rolling cuts started")
d.F("47,300 megawatts", 47300, "MW", "peak electricity demand")
d.F("Sept. 6, 2022", "2022-09-06", "date", "date of the demand record")
d.F("about 6,500 MW", 6500, "MW", "power imported from neighboring states", qualifier="about")
d.F("two", 2, "count", "gas-fired units lost at the Kern Bluff Generating Station", ctx="lost two gas-fired")
d.F("10:15 p.m.", "22:15", "time", "when power was back for most customers", note="'by 10:15 p.m.'")
d.F("14", 14, "count", "counties under a state of emergency", ctx="in 14 counties")
d.F("$300 million", 300000000, "USD", "emergency grid funds Whitcomb wants the Energy Department to release")
d.F("second", 2, "ordinal", "Sierra Crest's rank among the state's utilities ('second-largest')", ctx="second-largest utility")
d.F("410,000", 410000, "count", "Sierra Crest customers who lost power")
d.F("2.9 million", 2900000, "count", "Sierra Crest customers in total")
d.F("more than three hours", 3, "hours", "longest outages for some Sierra Crest customers", qualifier="more than")
d.F("nearly 2,000", 2000, "count", "calls logged by Fresno's 911 center", qualifier="nearly")
d.F("two hours", 2, "hours", "period in which the 911 center logged the calls")
d.F("Two", 2, "count", "people who died in the heat", ctx="Two people died")
d.F("81-year-old", 81, "years", "age of a man found dead in his apartment")
d.F("46-year-old", 46, "years", "age of a farmworker who collapsed near Selma")
d.F("up to 35 mph", 35, "mph", "wind gusts", qualifier="up to")
d.F("about 600 acres", 600, "acres", "area burned by a grass fire near Coalinga", qualifier="about")
d.F("fifth", 5, "ordinal", "California's rank among the world's economies (Albrecht, 'fifth-largest')")
d.F("Jan. 12", "2026-01-12", "date", "when council staff first warned about reserves", value_inferred=True,
    note="Year not written; the current year (2026) is assumed. 'as early as' is a temporal relation, not in the surface.")
d.F("below 3%", 3, "percent", "level reserves could fall to in a major heat wave", qualifier="below")
d.F("$1,850", 1850, "USD", "peak wholesale spot price per megawatt-hour", note="Price per megawatt-hour.")
d.F("roughly 20 times", 20, "times", "spot price relative to the typical summer price", qualifier="roughly")
d.F("above 45,000 MW", 45000, "MW", "expected demand through Friday", qualifier="above")
d.F("78 degrees or higher", 78, "fahrenheit", "recommended thermostat setting", qualifier="or higher")
d.F("4 p.m.", "16:00", "time", "start of the window for higher thermostat settings")
d.F("9 p.m.", "21:00", "time", "end of the window for higher thermostat settings")
d.F("$1.1 billion", 1100000000, "USD", "state spending on battery storage")
d.F("five years", 5, "years", "period of the battery-storage spending")
d.F("about 2,000 MW", 2000, "MW", "battery capacity to be added", qualifier="about")
d.F("2029", 2029, "year", "target year for the new battery capacity")

d.NF("99", ctx="Highway 99", reason="Numeral in a road name.")
d.NF("911", reason="Emergency number in the name of Fresno's 911 center.")

d.RT("Tuesday evening", resolved=None)
d.RT("tonight", resolved=None, note="Inside a quote.")
d.RT("through the night", resolved=None, note="Inside a quote.")
d.RT("through Friday", resolved=None)

d.P("Pacific Grid Coordination Council", "ORG", None, "The Pacific Grid Coordination Council, which runs", ["actor", "cited"],
    note="Later 'the council'; cited for the spot price ('according to the council').")
d.P("Marcus Feld", "PERSON", "the council's chief operating officer", "said Marcus Feld", ["quoted", "cited"], aliases=["Feld"])
d.P("Elena Marquez", "PERSON", "Gov.", "Gov. Elena Marquez declared", ["quoted", "actor"],
    aliases=["Gov. Elena Marquez", "Marquez"], note="Also 'the governor'.")
d.P("Daniel Whitcomb", "PERSON", "Sen.", "Sen. Daniel Whitcomb, D-Calif.", ["quoted", "actor"],
    aliases=["Sen. Daniel Whitcomb", "Whitcomb"])
d.P("Sierra Crest Electric Co.", "ORG", "the state's second-largest utility", "Sierra Crest Electric Co., the state's",
    ["quoted", "cited", "actor"])
d.P("Fresno County coroner's office", "ORG", None, "the Fresno County coroner's office said", ["cited"])
d.P("Tom Albrecht", "PERSON", "Rep.", "That was the verdict of Rep. Tom Albrecht", ["quoted"], aliases=["Rep. Tom Albrecht"])
d.P("California", "GPE", None, "Marquez said the state would spend", ["actor"],
    note="'the state' declares an emergency and will spend $1.1 billion on batteries.")
d.M("Energy Department", "ORG", "Only as the target of Whitcomb's lobbying.")
d.M("Kern Bluff Generating Station", "FAC", "Power station where two units failed.")
d.M("Fresno", "GPE", "Dateline / location.")
d.M("Arizona", "GPE", "Source of imported power.")
d.M("Nevada", "GPE", "Source of imported power.")
d.M("Pacific Northwest", "GPE", "Source of imported power.")
d.M("Highway 99", "FAC", "Road.")
d.M("Selma", "GPE", "Location.")
d.M("Coalinga", "GPE", "Location.")
d.M("San Joaquin Valley", "GPE", "Albrecht's district (background).")
d.write()
