import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("eb02_lumora_kenari")
d.B("SINGAPORE —", "dateline", partial=True)

LIM = dict(role="Lumora's chief executive")
ONG = dict(aliases=["Mr Ong"], role="heads Asia transport research at the broker")
OSM = dict(aliases=["the minister"], role="Malaysia's Trade Minister")
d.Q("Grace Lim", "This gives us the one thing we could not build fast enough ourselves: temperature-controlled space in Johor and Penang,",
    **LIM, cue="said Grace Lim, Lumora's chief executive")
d.Q("Grace Lim", "Demand for chilled storage is growing at two to three times the rate of ordinary warehousing.", **LIM,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Ong Wei Jie", "full", **ONG, syntax="phrase", cue="called the price",
    note="One-word scare-quote fragment attributed in the same sentence.")
d.Q("Ong Wei Jie", "The strategic logic is sound. The question is whether they can integrate 14 sites without losing customers,",
    **ONG, cue="said Mr Ong, who heads Asia transport research at the broker",
    note="Role given only with the second quote ('who heads ... at the broker'); the broker is Kaizen Ridge Securities.")
d.Q("Malaysia Competition Commission", "assess it on its merits", stype="ORG", aliases=["MyCC", "the commission"],
    syntax="phrase", cue="A MyCC spokesperson said the commission would",
    note="Spokesperson quote goes to the organisation.")
d.Q("Farid Osman", "We want foreign capital, but we want it to stay,", **OSM, cue="the minister told reporters",
    note="Role-only reference to Farid Osman, named in the previous paragraph.")
d.Q("Farid Osman", "These commitments are binding.", **OSM, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Rajesh Pillai", "Nobody from management has spoken to us. Two years is not a long time.", role="Its secretary-general",
    cue="Its secretary-general, Rajesh Pillai, said staff had learned of the sale from the news:",
    note="Colon-introduced quote.")
d.Q("Hoshino Trading", "second home market", stype="ORG", syntax="phrase",
    cue="Hoshino Trading said in a statement that it regarded South-east Asia as its")
d.Q("Daniel Koh", "less of a bargain", role="The bank's chief economist", syntax="phrase",
    cue="said the ringgit's 6% rise ... had made Malaysian assets")

d.F("RM2.4bn", 2400000000, "MYR", "price Lumora will pay for Kenari (headline)")
d.F("RM2.4 billion", 2400000000, "MYR", "price Lumora will pay for Kenari Cold Chain")
d.F("S$690 million", 690000000, "SGD", "price of the Kenari deal in Singapore dollars")
d.F("RM3.10", 3.1, "MYR", "cash offer per Kenari share")
d.F("27%", 27, "percent", "premium of the offer to Kenari's closing price")
d.F("41.5%", 41.5, "percent", "Tan Boon Huat's stake in Kenari")
d.F("S$400 million", 400000000, "SGD", "loan from Straits Harbour Bank")
d.F("AED1.1 billion", 1100000000, "AED", "what Qasr Capital will pay for new Lumora shares")
d.F("20%", 20, "percent", "Qasr Capital's stake in Lumora")
d.F("9%", 9, "percent", "Hoshino Trading's existing stake in Lumora")
d.F("¥8 billion", 8000000000, "JPY", "Hoshino Trading's further investment in Lumora")
d.F("two to three times", [2, 3], "times", "growth of chilled storage demand relative to ordinary warehousing (Lim)")
d.F("14", 14, "count", "cold stores Kenari runs", ctx="14 cold stores")
d.F("about 310,000", 310000, "count", "pallet positions in Kenari's cold stores", qualifier="about")
d.F("180", 180, "count", "refrigerated trucks in Kenari's fleet")
d.F("25MW", 25, "MW", "capacity of Kenari's rooftop solar portfolio")
d.F("around 1.5 million litres", 1500000, "litres", "dairy products Kenari handles a month", qualifier="around")
d.F("March 2025", "2025-03", "date", "end of Kenari's financial year")
d.F("86.2 million ringgit", 86200000, "MYR", "Kenari's net profit for the year to March 2025")
d.F("12%", 12, "percent", "rise in Kenari's net profit")
d.F("RM1.02 billion", 1020000000, "MYR", "Kenari's revenue")
d.F("6 cents", 0.06, "SGD", "rise in Lumora's share price",
    note="Cents in full units of the currency in context (S$), as money is normalised to full units.")
d.F("4.3%", 4.3, "percent", "rise in Lumora's share price")
d.F("S$1.46", 1.46, "SGD", "Lumora's share price after the rise")
d.F("about 19 times", 19, "times", "price Lumora pays relative to Kenari's earnings", qualifier="about")
d.F("14 times", 14, "times", "average earnings multiple of listed peers")
d.F("14", 14, "count", "sites Lumora must integrate (Ong)", ctx="integrate 14 sites")
d.F("2,300", 2300, "count", "Kenari employees")
d.F("at least two years", 2, "years", "how long Kenari's employees keep their jobs", qualifier="at least")
d.F("120 days", 120, "days", "time the MyCC has to rule on the deal")
d.F("Two years", 2, "years", "job guarantee the union says is not long (Pillai)")
d.F("30 billion yen", 30000000000, "JPY", "what Hoshino Trading has set aside for South-east Asia")
d.F("five years", 5, "years", "period of Hoshino Trading's South-east Asia investment")
d.F("third", 3, "ordinal", "Lumora-Kenari as the third Singapore purchase of a Malaysian logistics firm this year",
    ctx="the third purchase")
d.F("more than US$4 billion", 4000000000, "USD", "Gulf investment in the region's logistics since 2021",
    qualifier="more than")
d.F("2021", 2021, "year", "start of the period of Gulf logistics investment")
d.F("roughly HK$9.5 billion", 9500000000, "HKD", "Hong Kong funds' investment in the region's logistics",
    qualifier="roughly")
d.F("6%", 6, "percent", "rise of the ringgit against the Singapore dollar since January")
d.F("January", "2025-01", "date", "start of the ringgit's 6% rise", value_inferred=True,
    note="Year not written; 2025 from 'the year to March 2025' (the current year).")
d.F("about a third", 0.3333333333, "fraction", "Johor land and labour costs relative to Singapore's",
    qualifier="about")

d.NF("one", ctx="the one thing", reason="'the one thing' inside a quote: idiom, not a count.")
d.NF("second", ctx="second home market", reason="Inside a quoted phrase ('second home market'): idiom, not an ordinal fact.")

d.RT("on Wednesday", ctx="agreed on Wednesday", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("on Wednesday morning", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("this year", resolved="2025")

d.P("Lumora Logistics", "ORG", None, "Lumora Logistics, the Singapore-listed warehouse operator", ["actor", "cited"],
    aliases=["Lumora"])
d.P("Kenari Cold Chain", "ORG", None, "to buy Malaysia's Kenari Cold Chain Bhd", ["actor"],
    aliases=["Kenari Cold Chain Bhd", "Kenari"], note="Name given without the legal form (Bhd).")
d.P("Tan Boon Huat", "PERSON", "Kenari's founder", "Kenari's founder, Tan Boon Huat", ["actor"])
d.P("Straits Harbour Bank", "ORG", None, "Straits Harbour Bank is lending", ["actor", "cited"])
d.P("Qasr Capital", "ORG", None, "Abu Dhabi's Qasr Capital will pay", ["actor"])
d.P("Hoshino Trading", "ORG", None, "Hoshino Trading said in a statement", ["actor", "quoted"])
d.P("Grace Lim", "PERSON", "Lumora's chief executive", "said Grace Lim, Lumora's chief executive", ["quoted"])
d.P("Ong Wei Jie", "PERSON", "heads Asia transport research at the broker",
    "Ong Wei Jie of Kaizen Ridge Securities called", ["quoted"], aliases=["Mr Ong"],
    note="'X of Y' affiliation; role stated later ('who heads Asia transport research at the broker').")
d.P("Farid Osman", "PERSON", "Malaysia's Trade Minister", "Malaysia's Trade Minister Farid Osman", ["quoted", "actor"])
d.P("Malaysia Competition Commission", "ORG", None, "approval from the Malaysia Competition Commission (MyCC)",
    ["actor", "quoted"], aliases=["MyCC"])
d.P("Kenari Workers' Union", "ORG", None, "The Kenari Workers' Union was more cautious", ["cited"])
d.P("Rajesh Pillai", "PERSON", "Its secretary-general", "Its secretary-general, Rajesh Pillai", ["quoted"])
d.P("Meranti Advisory", "ORG", None, "According to Meranti Advisory, a consultancy", ["cited"])
d.P("Daniel Koh", "PERSON", "The bank's chief economist", "The bank's chief economist, Daniel Koh", ["quoted", "cited"])
d.M("Singapore Exchange", "ORG", "Where Lumora filed ('SGX'); no action of its own.")
d.M("Kaizen Ridge Securities", "ORG", "Only as Ong's affiliation ('Ong Wei Jie of Kaizen Ridge Securities', 'the broker').")
d.M("Malaysia", "GPE", "Background; the minister acts, not the state.")
d.M("Johor", "GPE", "Location.")
d.M("Penang", "GPE", "Location.")
d.M("Kuala Lumpur", "GPE", "Trading venue.")
d.M("Putrajaya", "GPE", "Where the minister spoke.")
d.M("Abu Dhabi", "GPE", "Home of Qasr Capital.")
d.M("Tokyo", "GPE", "Home of Hoshino Trading.")
d.M("South-east Asia", "LOC", "Region.")
d.M("Hong Kong", "GPE", "Origin of funds.")
d.write()
