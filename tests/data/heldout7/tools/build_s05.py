from goldlib import Doc

d = Doc("s05_coffee_brazil_drought", "Arabica jumps to 14-month high as drought wrecks Brazil’s flowering")
INF = dict(value_inferred=True, note="Year not written; from the dateline (Wednesday 18 November 2026).")

d.B("SÃO PAULO/LONDON, Nov 18 (Meridian Commodities) –", "dateline", partial=True,
    note="Wire dateline with agency name.")
d.NF("Nov 18", reason="Date inside the dateline (publication metadata).")

d.NQ("C", ctx="“C” contract", reason="Traders' name of the contract, not reported speech.")
d.Q("Minas Gerais Coffee Growers’ Federation", "the worst in a generation.", aliases=["FECAM"], stype="ORG",
    syntax="phrase", cue="It cut its forecast ..., calling the situation",
    note="'It' = FECAM; the period sits inside the closing mark.")
ROG = dict(role="sits on the federation’s board")
d.Q("Rogério Tavares Lima", "In 30 years of farming I have never seen the trees look like this in November,", **ROG,
    cue="said Rogério Tavares Lima", note="Introduced with a relative clause: grows arabica on 180 hectares near Três Pontas.")
d.Q("Rogério Tavares Lima", "The flowers came, and then the heat burned them off in three days.", **ROG,
    attribution="implicit", cue="continuation after 'said Rogério Tavares Lima'")
VO = dict(aliases=["Voss"], role="head of softs research at Marchetti Commodities")
d.Q("Hannah Voss", "The market is pricing the worst case right now,", **VO, cue="said Hannah Voss")
d.Q("Hannah Voss",
    "If the rains arrive in the next fortnight, some of the second flowering could be saved, and we could give back a good part of this rally.",
    **VO, attribution="implicit", cue="continuation after 'said Hannah Voss'")
VA = dict(role="chief executive")
d.Q("Pieter van Aalst", "We absorbed as much as we could for as long as we could,", **VA,
    cue="chief executive Pieter van Aalst told the Dutch broadcaster RTV Lage Landen")
d.Q("Pieter van Aalst", "At these prices there is simply nothing left to absorb.", **VA, attribution="implicit",
    cue="continuation after 'Pieter van Aalst told'")
d.Q("Hannah Voss", "sitting on their hands.", **VO, syntax="phrase", cue="Voss said",
    note="Attribution inserted mid-sentence ('This time, Voss said, many were ...'); fragment.")

d.F("14-month", 14, "months", "period since arabica was last this high (headline)")
d.F("14 months", 14, "months", "period since arabica was last this high")
d.F("March", "2027-03", "date", "delivery month of the benchmark arabica contract", ctx="benchmark March arabica", value_inferred=True,
    note="Contract month; the March contract traded in November 2026 is March 2027.")
d.F("6.4 cents", 0.064, "USD", "rise in the arabica contract per pound", note="US cents normalised to dollars; per pound.")
d.F("2.7%", 2.7, "percent", "rise in the arabica contract")
d.F("$2.418", 2.418, "USD", "arabica price per pound")
d.F("1:30 p.m.", "13:30", "time", "time of the arabica price (ET)")
d.F("$2.452", 2.452, "USD", "session high per pound")
d.F("$112", 112, "USD", "robusta gain per tonne")
d.F("$4,385", 4385, "USD", "robusta price per tonne")
d.F("between 35% and 40%", [35, 40], "percent", "share of flowers aborted in southern Minas Gerais", qualifier="between")
d.F("67 days", 67, "days", "period without significant rain")
d.F("2027-28", "2027/2028", "date", "arabica harvest season forecast")
d.F("24.1 million", 24100000, "count", "new FECAM harvest forecast in bags")
d.F("60-kg", 60, "kg", "size of a coffee bag", ctx="million 60-kg bags")
d.F("28.5 million", 28500000, "count", "previous FECAM harvest forecast in bags")
d.F("30 years", 30, "years", "Tavares Lima's years of farming")
d.F("November", "2026-11", "date", "month of the failed flowering (in quote)", ctx="like this in November", **INF)
d.F("180 hectares", 180, "hectares", "area Tavares Lima farms")
d.F("three days", 3, "days", "time for the heat to burn off the flowers")
d.F("R$410,000", 410000, "BRL", "fertiliser orders cancelled")
d.F("roughly 37%", 37, "percent", "Brazil's share of world coffee supply", qualifier="roughly")
d.F("about half", 0.5, "fraction", "Brazil's share of world arabica", qualifier="about")
d.F("2026-27", "2026/2027", "date", "season of Brazil's 66.2 million-bag output")
d.F("66.2 million", 66200000, "count", "Brazil's total output in bags")
d.F("1.8%", 1.8, "percent", "fall in Brazil's output on the previous season")
d.F("2 million to 3 million", [2000000, 3000000], "count", "possible global deficit in bags")
d.F("3,180", 3180, "count", "fall in exchange-certified stocks in bags")
d.F("412,530", 412530, "count", "exchange-certified arabica stocks in bags")
d.F("2000", 2000, "year", "last time stocks were this low")
d.F("60-kg", 60, "kg", "bag size for the domestic price", ctx="A 60-kg bag")
d.F("R$2,310", 2310, "BRL", "price of a bag of fine-cup arabica in Varginha")
d.F("R$1,540", 1540, "BRL", "price a year earlier")
d.F("6,800", 6800, "count", "members of the Serra Verde cooperative")
d.F("about 90,000 tonnes", 90000, "tonnes", "green coffee Van Aalst Koffie buys a year", qualifier="about")
d.F("8% to 10%", [8, 10], "percent", "planned retail price rise in the Benelux")
d.F("January", "2027-01", "date", "start of the price rise", value_inferred=True,
    note="Year not written; the January after November 2026.")
d.F("third", 3, "ordinal", "Van Aalst's third price increase since early 2025")
d.F("2025", 2025, "year", "start of the period of price increases")
d.F("0.6%", 0.6, "percent", "fall of the Brazilian real against the dollar")

d.NF("second", ctx="the second flowering", reason="Ordinal naming a botanical stage, not a fact figure.")

d.RT("Wednesday", ctx="14 months on Wednesday", resolved="2026-11-18")
d.RT("next year’s", resolved="2027")
d.RT("Tuesday", ctx="said on Tuesday that", resolved="2026-11-17")
d.RT("the next fortnight", resolved="2026-11-18/2026-12-02")
d.RT("last month", resolved="2026-10")
d.RT("Wednesday", ctx="warned on Wednesday", resolved="2026-11-18")
d.RT("Tuesday", ctx="412,530 on Tuesday", resolved="2026-11-17")
d.RT("Tuesday", ctx="Varginha on Tuesday", resolved="2026-11-17")
d.RT("a year earlier", resolved="2025-11-17")
d.RT("Wednesday", ctx="Lage Landen on Wednesday", resolved="2026-11-18")

d.P("Minas Gerais Coffee Growers’ Federation", "ORG", None, "The Minas Gerais Coffee Growers’ Federation (FECAM) said",
    ["quoted", "cited", "actor"], aliases=["FECAM"])
d.P("Rogério Tavares Lima", "PERSON", "sits on the federation’s board", "said Rogério Tavares Lima", ["quoted", "actor"])
d.P("Hannah Voss", "PERSON", "head of softs research at Marchetti Commodities", "said Hannah Voss", ["quoted"],
    aliases=["Voss"])
d.P("Brazil", "GPE", None, "Brazil supplies roughly 37%", ["actor"])
d.P("Coffee Market Observatory", "ORG", "an industry data group", "according to the Coffee Market Observatory",
    ["cited"])
d.P("Serra Verde cooperative", "ORG", None, "according to the Serra Verde cooperative (Coopserra)", ["cited"],
    aliases=["Coopserra"])
d.P("Van Aalst Koffie", "ORG", "Dutch roaster", "Dutch roaster Van Aalst Koffie", ["cited", "actor"])
d.P("Pieter van Aalst", "PERSON", "chief executive", "chief executive Pieter van Aalst told", ["quoted"])

d.M("Marchetti Commodities", "ORG", "Only inside Voss's role.")
d.M("RTV Lage Landen", "ORG", "Broadcaster to which van Aalst spoke; medium only.")
d.M("Meridian Commodities", "ORG", "Agency in the dateline.")
d.M("Três Pontas", "GPE", "Location of the farm.")
d.M("Varginha", "GPE", "Market location.")
d.M("Geneva", "GPE", "Location of Marchetti Commodities.")
d.M("Benelux", "GPE", "Market region.")

d.write()
