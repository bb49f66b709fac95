import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk02_valencia_heat_then_floods")
d.B("*By Clara Montesinos, climate correspondent — 2 September 2026*", "byline")
# Byline date Wednesday 2 September 2026: undated dates take their year from it.

DEL = dict(role="a spokesman for AEMET in Valencia")
d.Q("Rubén del Pino", "The atmosphere over the Mediterranean was loaded like a spring, and on Tuesday it went off,",
    **DEL, cue="said Rubén del Pino, a spokesman for AEMET in Valencia",
    note="Named spokesperson: he is the speaker (not AEMET).")
d.Q("Rubén del Pino", "a temperature we used to see once in a lifetime.", **DEL, syntax="phrase",
    cue="He said the sea off the coast had reached 29.4C,",
    note="Quoted phrase after reported speech; 9 words -> full.")
d.Q("Amparo Soler", "We had crews on the fire lines for 30 hours straight, and the next morning the same crews were "
    "pulling people out of cars,", role="who heads the regional emergencies agency",
    cue="said Amparo Soler, who heads the regional emergencies agency")
d.Q("Marta Ibáñez", "A hotter sea is a bigger fuel tank for these storms,", aliases=["Dr. Marta Ibáñez", "Dr. Ibáñez"],
    role="a climatologist at the University of Valencia", cue="Dr. Ibáñez said")
d.Q("Vicente Llorca", "My father farmed here for 50 years and never lost a harvest twice in one week,",
    role="grows oranges on 12 hectares near Alzira", cue="he said",
    note="'he' = Llorca, the subject of the two sentences before. His role is given as a predicate in a sentence of "
         "its own ('Vicente Llorca, 63, grows oranges on 12 hectares near Alzira.').")
d.Q("Valencian Citrus Growers Association", "the worst we have ever recorded.", stype="ORG", syntax="phrase",
    cue="The Valencian Citrus Growers Association put early losses at €35 million and called the week",
    note="'called X “…”'; 6-word phrase -> fragment.")
d.Q("Consorcio de Compensación de Seguros", "Our assessors are already on the ground,", stype="ORG", aliases=["Consorcio"],
    cue="the Consorcio said in a statement", note="Statement under the short name.")
d.Q("Pilar Gisbert", "We are asking 1970s pipes to carry 2026 rain,", aliases=["Mayor Pilar Gisbert", "the mayor"],
    role="Mayor of Alzira", cue="the mayor said",
    note="Role-only person attribution ('the mayor' = Mayor Pilar Gisbert of Alzira, sentence before).")

d.F("46.2C", 46.2, "celsius", "record temperature in the Valencia region (headline)", ctx="from 46.2C heat")
d.F("212 mm", 212, "mm", "rainfall of the storms (headline)", ctx="heat to 212 mm")
d.F("four days", 4, "days", "time between the heat record and the storms (headline)", ctx="rain in four days")
d.F("up to 212 mm", 212, "mm", "rainfall of the storms in parts of the region", qualifier="up to")
d.F("less than eight hours", 8, "hours", "time in which the rain fell", qualifier="less than")
d.F("hundreds", None, "count", "homes flooded", vague=True, qualifier="hundreds", note="Vague amount ('hundreds of homes').")
d.F("four days", 4, "days", "time between the heat record and the storms", ctx="motorway, four days after")
d.F("46.2C", 46.2, "celsius", "record temperature recorded in Xàtiva", ctx="recorded 46.2C")
d.F("115.2F", 115.2, "fahrenheit", "record temperature in Fahrenheit")
d.F("45.8C", 45.8, "celsius", "previous regional temperature record")
d.F("2023", 2023, "year", "year the previous record was set", note="'had stood since 2023' ('since' left out).")
d.F("40C", 40, "celsius", "threshold inland towns stayed above")
d.F("18 days", 18, "days", "days in a row inland towns stayed above 40C", note="'18 days in a row'.")
d.F("August", "2026-08", "date", "month of the 18-day hot spell", value_inferred=True, note="Year from the byline (2 September 2026).")
d.F("2.7C", 2.7, "celsius", "August average temperature above the 1991-2020 norm", note="A temperature anomaly (difference).")
d.F("1991-2020", [1991, 2020], "year", "reference period of the temperature norm", note="Year span as a year range.")
d.F("29.4C", 29.4, "celsius", "sea temperature off the coast (del Pino)")
d.F("up to 110 km/h", 110, "km/h", "strongest wind gusts", qualifier="up to")
d.F("68 mph", 68, "mph", "strongest wind gusts in miles per hour")
d.F("about 1,300", 1300, "count", "people moved from low-lying streets", qualifier="about")
d.F("more than 4,000", 4000, "count", "emergency calls taken", qualifier="more than")
d.F("six hours", 6, "hours", "period of the 4,000 emergency calls")
d.F("a week", 1, "weeks", "duration of the wildfires before the storms", note="No numeral; 'a' stands for one, as 'a decade'.")
d.F("about 3,400 hectares", 3400, "hectares", "area burned in the Serra de Corbera", qualifier="about")
d.F("roughly 8,400 acres", 8400, "acres", "area burned in acres", qualifier="roughly")
d.F("30 hours", 30, "hours", "time crews spent on the fire lines (Soler, in a quote)")
d.F("dozens", None, "count", "volunteers who joined the emergency crews", vague=True, qualifier="dozens",
    note="Vague amount ('dozens of volunteers').")
d.F("1980", 1980, "year", "start of the measurements by Ibáñez's team", note="'since 1980' ('since' left out).")
d.F("more than 100 mm", 100, "mm", "rainfall threshold of heavy downpours", qualifier="more than", note="In a day.")
d.F("nearly three times", 3, "times", "rise in the frequency of heavy downpours", qualifier="nearly")
d.F("63", 63, "years", "age of Vicente Llorca")
d.F("12 hectares", 12, "hectares", "size of Llorca's orange farm")
d.F("a third", 0.3333333333, "fraction", "share of Llorca's crop lost in the heat")
d.F("50 years", 50, "years", "time Llorca's father farmed there (in a quote)")
d.F("twice", 2, "times", "harvests lost in one week (Llorca, in a quote)")
d.F("one week", 1, "weeks", "period of the two lost harvests (Llorca, in a quote)")
d.F("€35 million", 35000000, "EUR", "early losses estimated by the citrus growers")
d.F("between €150 million and €200 million", [150000000, 200000000], "EUR", "expected insurance claims")
d.F("60 mm", 60, "mm", "rainfall Alzira's drains were built for", note="Per hour ('an hour').")
d.F("1970s", "1970/1979", "date", "decade of Alzira's drains (Gisbert, in a quote)", note="A decade as a date range, as the seeds' '1990s'.")
d.F("2026", 2026, "year", "year of the rain (Gisbert, in a quote)", ctx="carry 2026 rain")
d.F("80 mm", 80, "mm", "further rainfall possible on Thursday", note="'a further 80 mm'.")
d.F("about 24C", 24, "celsius", "temperature expected by the weekend", qualifier="about")

d.NF("7", ctx="A-7 motorway", reason="Numeral inside a road name ('A-7').")
d.NF("112", reason="Emergency phone number (a name, not a quantity).")
d.NF("2", ctx="— 2 September", reason="Date in the byline.")
d.NF("2026", ctx="September 2026*", reason="Year in the byline.")

d.RT("on Tuesday", ctx="eight hours on Tuesday", resolved="2026-09-01")
d.RT("on Tuesday", ctx="and on Tuesday it went off", resolved="2026-09-01", note="Inside a quote.")
d.RT("on Saturday", resolved="2026-08-29")
d.RT("the next morning", resolved=None, note="Inside a quote.")
d.RT("for Thursday", resolved="2026-09-03")
d.RT("by the weekend", resolved="2026-09-05/2026-09-06")

d.P("AEMET", "ORG", "Spain’s state weather agency", "Spain’s state weather agency, AEMET, said the old regional record",
    ["cited", "actor"], note="Later 'the agency said'; also inside del Pino's role.")
d.P("Rubén del Pino", "PERSON", "a spokesman for AEMET in Valencia", "said Rubén del Pino, a spokesman for AEMET",
    ["quoted", "cited"])
d.P("Amparo Soler", "PERSON", "who heads the regional emergencies agency", "said Amparo Soler, who heads the regional",
    ["quoted", "cited"])
d.P("Marta Ibáñez", "PERSON", "a climatologist at the University of Valencia",
    "Dr. Marta Ibáñez, a climatologist at the University of Valencia, said", ["cited", "quoted"], aliases=["Ibáñez"])
d.P("Vicente Llorca", "PERSON", "grows oranges on 12 hectares near Alzira", "Vicente Llorca, 63, grows oranges",
    ["cited", "quoted"])
d.P("Valencian Citrus Growers Association", "ORG", None, "The Valencian Citrus Growers Association put early losses",
    ["cited", "quoted"])
d.P("Consorcio de Compensación de Seguros", "ORG", "Spain’s public insurance pool",
    "Spain’s public insurance pool, the Consorcio de Compensación de Seguros, said", ["cited", "quoted"],
    aliases=["Consorcio"])
d.P("Pilar Gisbert", "PERSON", "Mayor of Alzira", "Mayor Pilar Gisbert of Alzira said", ["cited", "quoted"],
    aliases=["Gisbert"])
d.M("Clara Montesinos", "PERSON", "Byline author (boilerplate).")
d.M("University of Valencia", "ORG", "Only inside Ibáñez's role.")
d.M("Mediterranean", "LOC", "Sea (in a quote).")
d.M("Serra de Corbera", "LOC", "Mountain range where the fire burned.")
d.M("A-7", "FAC", "Motorway closed by the floods.")
d.M("Valencia", "GPE", "Region and city.")
d.M("Xàtiva", "GPE", "Town of the record reading.")
d.M("Alzira", "GPE", "Flooded town.")
d.M("Algemesí", "GPE", "Flooded town.")
d.M("Spain", "GPE", "Country (possessor).")
d.write()
