import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj01_chile_copper_tailings_selloff")
d.B("SANTIAGO, Dec 1 -", "dateline", partial=True)
d.B("(Reporting by Tomás Irarrázaval; Editing by Paul Landry)", "credit")

S = dict(marks="straight")
ACS = dict(stype="ORG", aliases=["Andes Cobre"])
SMA = "Superintendencia del Medio Ambiente"
ORT = dict(role="a mining analyst at the bank")
OLA = dict(aliases=["Mining Minister Beatriz Olave", "the minister"], role="Mining Minister")
d.Q("Rodrigo Valdés Arce", "We have stopped the flow, we have stopped the plant, and we will not restart until the "
    "regulator is satisfied,", aliases=["Valdés Arce", "Chief Executive Rodrigo Valdés Arce"], role="Chief Executive",
    **S, cue="Chief Executive Rodrigo Valdés Arce told analysts on a call")
d.Q("Andes Cobre SA", "contained but not resolved,", **ACS, **S, syntax="phrase",
    cue="according to a filing by Andes Cobre with the Financial Market Commission (CMF)",
    note="Organisation fragment from a regulatory filing, introduced by 'according to'; comma inside the marks.")
d.Q(SMA, "The company notified us within the legal window. What we need to know now is what was in that water,",
    stype="ORG", aliases=["SMA", "the regulator"], **S, cue="the regulator said in a statement",
    note="Role-only organisation attribution ('Chile's environmental regulator, the Superintendencia ... (SMA)').")
d.Q("Camila Ortúzar", "The market is pricing in a much longer outage than three weeks,", **ORT, **S,
    cue="said Camila Ortúzar, a mining analyst at the bank")
d.Q("Camila Ortúzar", "If the SMA orders the dam emptied, you are looking at months, not weeks.", **ORT, **S,
    attribution="implicit", cue="(continuation after 'said Camila Ortúzar')")
d.Q("Meridian Base Metals Corp", "fully supportive", stype="ORG", **S, syntax="phrase", cue="said it was",
    note="Organisation fragment.")
d.Q("Héctor Molina", "We will hold them to every word of that,", aliases=["Molina", "Union president Héctor Molina"],
    role="Union president", **S, cue="he said",
    note="Pronoun trap: two men are named ('Héctor Molina met Valdés Arce'); 'he' = Molina, the subject of the "
         "sentence just before ('Molina said the company had promised').")
d.Q("Juana Tapia", "asking for an audit of that wall since 2019.", role="who heads the village's water committee", **S,
    syntax="phrase", cue="said residents had been", note="9-word verb phrase -> full by the length rule.")
d.Q("Beatriz Olave", "full transparency", **OLA, **S, syntax="phrase", cue="said the government expected")
d.Q("Beatriz Olave", "Chile sells copper to the world on the promise that it is mined responsibly,", **OLA, **S,
    cue="the minister said", note="Role-only attribution of a person.")

d.F("14%", 14, "percent", "fall in Andes Cobre shares (headline)", ctx="sink 14%")
d.F("as much as 14%", 14, "percent", "intraday fall in Andes Cobre shares", qualifier="as much as")
d.F("roughly $1.1 billion", 1100000000, "USD", "market value wiped off Andes Cobre", qualifier="roughly")
d.F("at least three weeks", 3, "weeks", "minimum halt of the Quebrada Honda mine", qualifier="at least")
d.F("11.6%", 11.6, "percent", "Andes Cobre's closing fall")
d.F("4,870 pesos", 4870, "CLP", "Andes Cobre closing share price")
d.F("March 2023", "2023-03", "date", "last time the shares were this low")
d.F("0.8%", 0.8, "percent", "fall in the IPSA index")
d.F("1.9%", 1.9, "percent", "rise in benchmark copper in London")
d.F("$11,240", 11240, "USD", "copper price", note="Per tonne.")
d.F("about 38,000 cubic metres", 38000, "cubic metres", "water and sediment that escaped", qualifier="about")
d.F("roughly 6 km", 6, "km", "distance the spill ran down the creek", qualifier="roughly")
d.F("about 4,000 tonnes", 4000, "tonnes", "copper output lost per week of stoppage", qualifier="about",
    note="Per week.")
d.F("12", 12, "count", "groundwater test points ordered by the SMA", ctx="at 12 points")
d.F("about 8 billion pesos", 8000000000, "CLP", "maximum fine for serious breaches", qualifier="about")
d.F("$8.4 million", 8400000, "USD", "dollar value of the maximum fine")
d.F("third", 3, "ordinal", "tailings incident in the region since 2020 (Observatorio Minero del Norte)")
d.F("2020", 2020, "year", "start of the period with three tailings incidents")
d.F("212,000 tonnes", 212000, "tonnes", "Quebrada Honda copper output in 2025")
d.F("2025", 2025, "year", "year of the 212,000-tonne output")
d.F("41%", 41, "percent", "Quebrada Honda's share of group output")
d.F("2026", 2026, "year", "year of the core earnings hit")
d.F("between $90 million and $120 million", [90000000, 120000000], "USD",
    "estimated cut to Andes Cobre's 2026 core earnings (Banco Cordillera)")
d.F("three weeks", 3, "weeks", "outage the market is not pricing (in a quote)", ctx="than three weeks")
d.F("54.5%", 54.5, "percent", "Meridian's stake in Andes Cobre")
d.F("about 870", 870, "count", "site workers the union represents", qualifier="about")
d.F("1,400", 1400, "count", "workers and contractors at the site")
d.F("about 900", 900, "count", "population of Caimanes Alto", qualifier="about")
d.F("63", 63, "years", "age of Juana Tapia")
d.F("2019", 2019, "year", "since when residents asked for an audit (in a quote)")

d.NF("1", ctx="Dec 1 -", reason="Date in the dateline.")
d.NF("2", ctx="No. 2 Quebrada", reason="Numeral inside the union's name (Sindicato No. 2 Quebrada Honda).")

d.RT("on Tuesday", resolved="2026-12-01")
d.RT("late on Saturday", resolved="2026-11-28")
d.RT("on Monday", resolved="2026-11-30")

d.P("Andes Cobre SA", "ORG", "Chilean copper miner", "Shares in Chilean copper miner Andes Cobre SA fell",
    ["actor", "quoted", "cited"], aliases=["Andes Cobre"], note="Later 'the company', 'it said', 'the group'.")
d.P("Rodrigo Valdés Arce", "PERSON", "Chief Executive", "Chief Executive Rodrigo Valdés Arce told analysts",
    ["quoted", "cited"], aliases=["Valdés Arce"])
d.P(SMA, "ORG", "Chile's environmental regulator", "the Superintendencia del Medio Ambiente (SMA), said it had opened",
    ["actor", "quoted"], aliases=["SMA"], note="Later 'the regulator'.")
d.P("Observatorio Minero del Norte", "ORG", "a Coquimbo-based watchdog", "According to the Observatorio Minero del Norte",
    ["cited"])
d.P("Aseguradora Pacífico Sur", "ORG", None, "Insurers led by Aseguradora Pacífico Sur have been notified",
    ["actor"], note="Lead insurer (notified). Unsure, as dev8b's lender: could be a mentioned entity.")
d.P("Banco Cordillera", "ORG", None, "Analysts at Banco Cordillera estimated", ["cited"], note="Later 'the bank'.")
d.P("Camila Ortúzar", "PERSON", "a mining analyst at the bank", "said Camila Ortúzar, a mining analyst", ["quoted"])
d.P("Meridian Base Metals Corp", "ORG", "the Toronto-listed company that owns 54.5% of Andes Cobre",
    "Meridian Base Metals Corp, the Toronto-listed company", ["quoted"])
d.P("Héctor Molina", "PERSON", "Union president", "Union president Héctor Molina met Valdés Arce",
    ["quoted", "actor", "cited"], aliases=["Molina"])
d.P("Sindicato No. 2 Quebrada Honda", "ORG", None, "His union, Sindicato No. 2 Quebrada Honda, represents", ["actor"],
    note="'His union' = Molina's.")
d.P("Juana Tapia", "PERSON", "who heads the village's water committee", "Juana Tapia, 63, who heads", ["quoted"])
d.P("Beatriz Olave", "PERSON", "Mining Minister", "Mining Minister Beatriz Olave said", ["quoted", "cited"])
d.M("Financial Market Commission", "ORG", "Recipient of the filing (object only); also 'CMF'. Unsure.")
d.M("Kurose Metals Corp", "ORG", "A customer hit by force majeure (object only). Unsure.")
d.M("Quebrada Honda", "FAC", "The mine.")
d.M("Los Pumas", "FAC", "The tailings dam.")
d.M("IPSA", "PRODUCT", "Stock index.")
d.M("Caimanes Alto", "GPE", "Village.")
d.M("Chile", "GPE", "Background (also in a quote).")
d.M("SANTIAGO", "GPE", "Dateline.")
d.M("London", "GPE", "Copper market location.")
d.M("Japan", "GPE", "Background.")
d.M("Coquimbo", "GPE", "Region.")
d.M("Toronto", "GPE", "Listing location.")
d.M("Tomás Irarrázaval", "PERSON", "Reporter in the credit line (boilerplate).")
d.M("Paul Landry", "PERSON", "Editor in the credit line (boilerplate).")
d.write()
