import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fa02_orvane_eu_fine")
d.B("*By Julien Marceau — 4 March 2026*", "byline")
d.B("BRUSSELS (AFP) –", "dateline", partial=True)

LIN = dict(aliases=["Lindqvist", "EU Competition Commissioner Marta Lindqvist"], role="EU Competition Commissioner")
ORV = dict(stype="ORG", aliases=["Orvane", "the company"])
PAS = dict(aliases=["Chief executive Laurent Pascaud"], role="Chief executive")
BRE = dict(role="a competition lawyer at the Brussels firm Aldring Vos")
d.Q("Marta Lindqvist", "Consumers in Brussels paid more for the same phone than consumers in Warsaw, for no reason other "
    "than their address,", **LIN, cue="told reporters")
d.Q("Marta Lindqvist", "That is not a market. That is a fence.", **LIN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marta Lindqvist", "Without that cooperation, the bill would have been far heavier,", **LIN, cue="Lindqvist added")
d.Q("Orvane SA", "strongly disagrees", **ORV, syntax="phrase", cue="Orvane said in a statement that it")
d.Q("Orvane SA", "Our distribution model was designed to guarantee after-sales service, not to divide markets,", **ORV,
    cue="the company said")
d.Q("Laurent Pascaud", "disproportionate", **PAS, syntax="phrase",
    cue="Chief executive Laurent Pascaud went further in a post on social media, calling the fine")
d.Q("Laurent Pascaud", "Europe cannot lecture us about competitiveness and then punish the last European phone maker standing.",
    **PAS, cue="He wrote:", note="Quote from a social media post; colon-introduced, pronoun speaker.")
d.Q("Hélène Marchetti", "look very closely", role="France’s economy minister", syntax="phrase",
    cue="France’s economy minister, Hélène Marchetti, said Paris ... would")
d.Q("Shoppers Without Borders", "This decision puts money back in people’s pockets,", stype="ORG", aliases=["SWB"],
    cue="an SWB spokeswoman said", note="Spokesperson quote goes to the organisation.")
d.Q("French Federation of Electronics Retailers", "tens of millions of euros", stype="ORG", aliases=["FFER"],
    syntax="phrase", cue="The French Federation of Electronics Retailers (FFER) said ... smaller shops had lost")
d.Q("Yannick Roux", "years too late", role="Its president", syntax="phrase",
    cue="Its president, Yannick Roux, 63, said the decision came", note="'Its' = the FFER.")
d.Q("Sofia Brenner", "The Commission has shown it will follow the money down to individual bonuses,", **BRE,
    cue="she said")
d.Q("Sofia Brenner", "Every general counsel in Europe will be reading this decision tonight.", **BRE,
    attribution="implicit", cue="(continuation of the previous quote)")

d.F("€412 million", 412000000, "EUR", "EU fine on Orvane (headline)", ctx="Orvane €412 million over")
d.F("€412 million", 412000000, "EUR", "EU fine on Orvane", ctx="SA €412 million for")
d.F("Between 2019 and 2024", [2019, 2024], "year", "period in which Orvane restricted cross-border sales")
d.F("11", 11, "count", "member states where distributors were told to refuse orders")
d.F("6.1-inch", 6.1, "inches", "screen size of the Lumo S24 handset")
d.F("up to 23%", 23, "percent", "price gap for the Lumo S24 between France/Belgium and Poland/Portugal", qualifier="up to")
d.F("256GB", 256, "GB", "storage of the Lumo S24 version priced in Paris and Lisbon")
d.F("€899", 899, "EUR", "price of the 256GB Lumo S24 in Paris")
d.F("€729", 729, "EUR", "price of the 256GB Lumo S24 in Lisbon")
d.F("2023", 2023, "year", "year of the Paris and Lisbon prices")
d.F("15%", 15, "percent", "reduction of the fine for cooperation")
d.F("10%", 10, "percent", "maximum EU antitrust fine as a share of global annual turnover")
d.F("€6.8 billion", 6800000000, "EUR", "Orvane revenue in 2025")
d.F("2025", 2025, "year", "year of the €6.8 billion revenue")
d.F("3.2%", 3.2, "percent", "fall in Orvane shares")
d.F("€41.15", 41.15, "EUR", "Orvane share price after the fall")
d.F("about €290 million", 290000000, "EUR", "market value wiped off Orvane", qualifier="about")
d.F("14,300", 14300, "count", "Orvane employees")
d.F("more than 40 million", 40000000, "count", "handsets Orvane has sold", qualifier="more than")
d.F("2012", 2012, "year", "when Orvane began making phones")
d.F("£18.5 million", 18500000, "GBP", "UK CMA fine on Orvane's British arm")
d.F("2022", 2022, "year", "year of the CMA fine")
d.F("2021", 2021, "year", "when SWB filed the original complaint")
d.F("between €80 and €170", [80, 170], "EUR", "overpayment per handset according to SWB")
d.F("about 1,200", 1200, "count", "FFER members hurt by the curbs", qualifier="about")
d.F("tens of millions of euros", None, "EUR", "sales lost by smaller shops (FFER)", vague=True)
d.F("63", 63, "years", "age of Yannick Roux")

d.NF("4", ctx="— 4 March", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("101", ctx="Article 101", reason="Treaty article number.")
d.NF("S24", reason="Product name (Lumo S24).")

d.RT("on Wednesday", resolved="2026-03-04")
d.RT("tonight", resolved="2026-03-04", note="Inside a quote.")

d.P("European Commission", "ORG", None, "The European Commission on Wednesday fined", ["actor", "cited"],
    aliases=["Commission"], note="'the Commission said'.")
d.P("Orvane SA", "ORG", "French smartphone maker", "French smartphone maker Orvane SA", ["actor", "quoted"],
    aliases=["Orvane"], note="Later 'the company' (quoted).")
d.P("Marta Lindqvist", "PERSON", "EU Competition Commissioner", "EU Competition Commissioner Marta Lindqvist told reporters",
    ["quoted", "cited"], aliases=["Lindqvist"])
d.P("Laurent Pascaud", "PERSON", "Chief executive", "Chief executive Laurent Pascaud went further", ["quoted"])
d.P("Hélène Marchetti", "PERSON", "France’s economy minister", "France’s economy minister, Hélène Marchetti", ["quoted", "cited"])
d.P("Competition and Markets Authority", "ORG", None, "the UK’s Competition and Markets Authority (CMA)", ["actor"],
    aliases=["CMA"])
d.P("Shoppers Without Borders", "ORG", None, "The consumer group Shoppers Without Borders (SWB)", ["actor", "quoted"],
    aliases=["SWB"])
d.P("French Federation of Electronics Retailers", "ORG", None, "The French Federation of Electronics Retailers (FFER) said",
    ["quoted", "cited"], aliases=["FFER"])
d.P("Yannick Roux", "PERSON", "Its president", "Its president, Yannick Roux, 63", ["quoted"])
d.P("Sofia Brenner", "PERSON", "a competition lawyer at the Brussels firm Aldring Vos", "Sofia Brenner, a competition lawyer",
    ["quoted", "cited"])
d.M("Aldring Vos", "ORG", "Only in Brenner's role.")
d.M("General Court", "ORG", "Court Orvane will appeal to (object only).")
d.M("Lumo S24", "PRODUCT", "Orvane handset.")
d.M("Julien Marceau", "PERSON", "Byline author (boilerplate).")
d.M("AFP", "ORG", "News agency in the dateline.")
d.M("UK", "GPE", "In 'the UK’s Competition and Markets Authority'.")
d.M("France", "GPE", "Background; 'Paris' in Marchetti's reported speech stands for the French government.")
d.write()
