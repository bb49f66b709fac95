import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk04_orvane_chip_selloff_markets")
# No dateline or byline. The only year written is 2026 (the revenue forecast), so undated dates are 2026.
Q = lambda *a, **k: d.Q(*a, marks="straight", **k)  # straight quotes in this article

SHA = dict(aliases=["Shalev"], role="chief executive")
BAR = dict(aliases=["Barak"], role="the firm's semiconductor analyst in Tel Aviv")
Q("Noa Shalev", "We are not losing customers. We are waiting for them to digest what they already bought,", **SHA,
  cue="chief executive Noa Shalev told analysts on a call", note="Lower-case title before the name.")
Q("Eitan Barak", "The quarter was bad, but the guidance was worse,", **BAR,
  cue="said Eitan Barak, the firm's semiconductor analyst in Tel Aviv",
  note="'the firm' = Harrow Lane Securities (sentence before).")
Q("Selangor Microtech", "reviewing capacity plans for the second half.", stype="ORG", syntax="phrase",
  cue="The company, which packages chips for Orvane, said in a filing that Orvane accounted for about one-fifth of its "
      "sales and that it was",
  note="Company filing; 'The company' = Selangor Microtech (sentence before). 7-word phrase -> full.")
Q("Sofia Lindgren", "Our bear case for chip revenue this year is minus five percent, and today the market priced in "
  "something close to it,", role="chief investment strategist at Nordvik Asset Management in Stockholm",
  cue="said Sofia Lindgren, chief investment strategist at Nordvik Asset Management in Stockholm")
Q("Oliver Wendt", "People still buy soup when chip stocks fall,", role="Halden's finance chief",
  cue="said Oliver Wendt, Halden's finance chief")
Q("Bank of Israel", "functioning normally", stype="ORG", syntax="phrase",
  cue="The Bank of Israel said in a statement that the market was", note="2-word phrase -> fragment.")
Q("Noa Shalev", "We will be smaller for a while. We will not be weaker,", **SHA, cue="she said",
  note="'she' = Shalev, the subject of the sentence before ('Shalev said Orvane would cut about 300 jobs').")
Q("Eitan Barak", "A buyback does not fix an order book,", **BAR, cue="he said",
  note="'he' = Barak ('Barak was unconvinced.').")

d.F("a quarter", 0.25, "fraction", "cut in Orvane's revenue forecast (headline)", ctx="forecast by a quarter</h1>")
d.F("2026", 2026, "year", "year of Orvane's revenue forecast")
d.F("a quarter", 0.25, "fraction", "cut in Orvane's 2026 revenue forecast", ctx="forecast by a quarter and")
d.F("18%", 18, "percent", "fall in Orvane's shares in Tel Aviv", note="'sank 18%': stored as a size.")
d.F("94.20 shekels", 94.2, "ILS", "Orvane's share price in Tel Aviv after the fall")
d.F("about 6.1 billion shekels", 6100000000, "ILS", "market value wiped off Orvane", qualifier="about")
d.F("17.4%", 17.4, "percent", "fall in Orvane's Nasdaq-listed shares")
d.F("first-quarter", "2026-01/2026-03", "date", "quarter of Orvane's $412 million revenue", value_inferred=True,
    note="Quarter as a date range; year not written, the only year the article writes (2026).")
d.F("$412 million", 412000000, "USD", "Orvane's first-quarter revenue")
d.F("23%", 23, "percent", "year-on-year fall in Orvane's first-quarter revenue", note="'down 23%': stored as a size.")
d.F("between $1.45 billion and $1.55 billion", [1450000000, 1550000000], "USD", "Orvane's new full-year revenue forecast")
d.F("USD 200", 200, "USD", "Harrow Lane's new price target on Orvane's New York shares", note="ISO code written.")
d.F("USD 260", 260, "USD", "Harrow Lane's previous price target", note="ISO code written.")
d.F("46p", 46, "GBX", "fall in Marlow Semiconductor's share price", note="Pence (GBX).")
d.F("412p", 412, "GBX", "Marlow Semiconductor's share price after the fall", note="Pence (GBX).")
d.F("-0.8%", -0.8, "percent", "FTSE 100 change on the day", note="A written minus sign is kept.")
d.F("-1.3%", -1.3, "percent", "DAX change on the day", note="A written minus sign is kept.")
d.F("5.6%", 5.6, "percent", "fall in Alpentek's shares")
d.F("212.40 Swiss francs", 212.4, "CHF", "Alpentek's share price after the fall")
d.F("9.2%", 9.2, "percent", "fall in Selangor Microtech's shares")
d.F("RM23.50", 23.5, "MYR", "Selangor Microtech's share price after the fall")
d.F("13 months", 13, "months", "period over which RM23.50 is the lowest close")
d.F("fifth", 5, "ordinal", "Selangor Microtech's fifth straight fall", ctx="its fifth straight")
d.F("about one-fifth", 0.2, "fraction", "Orvane's share of Selangor Microtech's sales", qualifier="about")
d.F("second half", "2026-07/2026-12", "date", "period of Selangor Microtech's capacity review (in a quote)",
    value_inferred=True, note="Half-year as a date range; year not written, 2026.")
d.F("40 cents", 0.4, "CAD", "fall in Northfield Silicon's share price", note="Canadian cents stored in dollars.")
d.F("C$6", 6, "CAD", "Northfield Silicon's share price after the fall")
d.F("11%", 11, "percent", "fall in Coral Bay Lithium's shares")
d.F("A$3.85", 3.85, "AUD", "Coral Bay Lithium's share price after the fall")
d.F("10.5 million Australian dollars", 10500000, "AUD", "price of the refinery stake Coral Bay Lithium is selling")
d.F("1.3%", 1.3, "percent", "fall in the S&P 500", ctx="fell 1.3%", note="'fell 1.3%': stored as a size.")
d.F("4.1%", 4.1, "percent", "fall in the Philadelphia Semiconductor Index")
d.F("seven weeks", 7, "weeks", "period since the chip index's last worse day")
d.F("10-year", 10, "years", "tenor of the US Treasury note")
d.F("9 basis points", 9, "basis points", "fall in the 10-year Treasury yield")
d.F("4.12%", 4.12, "percent", "10-year Treasury yield after the fall")
d.F("62 cents", 0.62, "USD", "fall in the price of Brent crude", note="US cents stored in dollars.")
d.F("$71.40", 71.4, "USD", "price of Brent crude", note="Per barrel ('a barrel').")
d.F("minus five percent", -5, "percent", "Lindgren's bear case for chip revenue this year (in a quote)",
    note="A minus in words is kept as a negative value.")
d.F("more than 400", 400, "count", "brands owned by Halden Foods", qualifier="more than")
d.F("37", 37, "count", "countries where Halden's brands are sold")
d.F("2.2%", 2.2, "percent", "rise in Halden Foods' shares")
d.F("1.1%", 1.1, "percent", "fall in the shekel against the dollar")
d.F("3.78", 3.78, "ILS", "exchange rate of the shekel", note="Shekels per dollar ('3.78 per dollar').")
d.F("0.4%", 0.4, "percent", "rise in the dollar against the Swiss franc")
d.F("0.8870 Swiss francs", 0.887, "CHF", "exchange rate of the dollar", note="Swiss francs per dollar.")
d.F("about 300", 300, "count", "jobs Orvane will cut", qualifier="about")
d.F("roughly 6%", 6, "percent", "share of Orvane's staff to be cut", qualifier="roughly")
d.F("up to $250 million", 250000000, "USD", "Orvane's share buyback", qualifier="up to")
d.F("August 6", "2026-08-06", "date", "date of Orvane's next results", value_inferred=True,
    note="Year not written; the only year the article writes (2026).")

d.NF("quarter", ctx="The quarter was bad", reason="'The quarter' (in a quote) = the reporting period just referred to; no fraction or date is stated.")
d.NF("100", ctx="FTSE 100", reason="Numeral inside an index name ('FTSE 100').")
d.NF("500", ctx="S&P 500", reason="Numeral inside an index name ('S&P 500').")

d.RT("on Thursday", resolved=None)
d.RT("a year earlier", resolved=None, note="The first quarter of 2025.")
d.RT("this year", resolved="2026", note="Inside a quote.")
d.RT("today", resolved=None, note="Inside a quote: the Thursday of the selloff.")

d.P("Orvane Systems", "ORG", "Israel's biggest maker of networking chips",
    "after Orvane Systems, Israel's biggest maker of networking chips, cut its 2026 revenue forecast",
    ["actor", "cited"], aliases=["Orvane"])
d.P("Noa Shalev", "PERSON", "chief executive", "chief executive Noa Shalev told analysts on a call",
    ["quoted", "cited"], aliases=["Shalev"])
d.P("Harrow Lane Securities", "ORG", None, "Harrow Lane Securities cut its price target", ["actor"],
    note="Later 'the firm's semiconductor analyst'.")
d.P("Eitan Barak", "PERSON", "the firm's semiconductor analyst in Tel Aviv", "said Eitan Barak, the firm's semiconductor",
    ["quoted"], aliases=["Barak"])
d.P("Marlow Semiconductor", "ORG", None, "Marlow Semiconductor fell 46p to 412p", ["actor"],
    note="Listed company whose shares fell (subject of the market move).")
d.P("Alpentek", "ORG", None, "Zurich-listed Alpentek, which supplies Orvane with test equipment, lost 5.6%", ["actor"])
d.P("Selangor Microtech", "ORG", None, "Selangor Microtech slid 9.2% to RM23.50", ["actor", "quoted", "cited"],
    note="Later 'The company, which packages chips for Orvane, said in a filing'.")
d.P("Northfield Silicon", "ORG", None, "Canada's Northfield Silicon fell 40 cents", ["actor"])
d.P("Coral Bay Lithium", "ORG", None, "Australia's Coral Bay Lithium dropped 11%", ["actor"],
    note="Also agreeing to sell a refinery stake.")
d.P("Sofia Lindgren", "PERSON", "chief investment strategist at Nordvik Asset Management in Stockholm",
    "said Sofia Lindgren, chief investment strategist", ["quoted"])
d.P("Halden Foods", "ORG", None, "Halden Foods, which owns more than 400 brands", ["actor"], aliases=["Halden"],
    note="Also the possessor in Wendt's role.")
d.P("Oliver Wendt", "PERSON", "Halden's finance chief", "said Oliver Wendt, Halden's finance chief", ["quoted"])
d.P("Bank of Israel", "ORG", None, "The Bank of Israel said in a statement", ["quoted", "cited"])
d.M("Nordvik Asset Management", "ORG", "Only inside Lindgren's role.")
d.M("Nasdaq", "ORG", "Exchange (only in 'Nasdaq-listed').")
d.M("FTSE 100", "MISC", "Stock index.")
d.M("DAX", "MISC", "Stock index.")
d.M("S&P 500", "MISC", "Stock index.")
d.M("Philadelphia Semiconductor Index", "MISC", "Stock index.")
d.M("US Treasury", "MISC", "In 'the 10-year US Treasury note' (a bond).")
d.M("Brent", "MISC", "Crude oil benchmark.")
d.M("Wall Street", "LOC", "US markets.")
for g in ["Israel", "Tel Aviv", "Kuala Lumpur", "New York", "London", "Germany", "Zurich", "Canada", "Toronto",
          "Australia", "Sydney", "Perth", "Stockholm"]:
    d.M(g, "GPE", "Place (market or company location).")
d.write()
