import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll02_sarathi_motors_quarterly_profit")
d.B("By Priya Raghavan | Mumbai | 10 June 2026", "byline")

KUL = dict(aliases=["Kulkarni", "managing director Anand Kulkarni"], role="managing director")
MHI = dict(stype="ORG", syntax="phrase")
d.Q("Anand Kulkarni", "Rural India is buying again, and it is buying up,", **KUL,
    cue="managing director Anand Kulkarni told analysts on a call",
    note="Lowercase role before the name; the company (Sarathi Motors Ltd) is named in the paragraphs before.")
d.Q("Anand Kulkarni", "Customers who walk in for our cheapest bike are riding out on the next model.", **KUL,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Meera Iyer", "We would rather give up half a point of margin than lose a customer over price,",
    aliases=["Iyer", "Chief financial officer Meera Iyer"], role="Chief financial officer", cue="Iyer said")
d.Q("Anand Kulkarni", "We will not chase volumes with discounts,", **KUL, cue="he said",
    note="'he' = Kulkarni, the subject of the sentence before ('Kulkarni credited …, which he said had lowered …').")
d.Q("Rohit Bansal", "The rural recovery is real, but the electric business still loses money on every scooter it sells,",
    aliases=["Bansal"], role="an auto analyst at Ashoka Capital in Mumbai", cue="he said",
    note="'he' = Bansal, the only person named in the paragraph before the quote.")
d.Q("Ministry of Heavy Industries", "achieved its purpose", **MHI,
    cue="The Ministry of Heavy Industries said in a statement that the scheme had",
    note="Statement by a ministry; 3-word phrase -> fragment.")
d.Q("Ministry of Heavy Industries", "ready to stand on their own.", **MHI, cue="and that makers were",
    note="Second quoted phrase of the same statement sentence; 6-word phrase -> fragment.")
d.Q("Vinod Shetty", "Showrooms in the big cities are still quiet,", aliases=["Shetty"],
    role="president of the Federation of Two-Wheeler Dealers (FTWD)", cue="he said",
    note="'he' = Shetty, the only person named in the paragraph.")
d.Q("Selvaraj Kannan", "It is a fair deal, not a generous one,",
    role="general secretary of the Sarathi Workers’ Union", cue="said Selvaraj Kannan, general secretary of the "
    "Sarathi Workers’ Union", note="Speaker introduced after the quote.")

d.F("38%", 38, "percent", "rise in Sarathi Motors' quarterly profit (headline)", ctx="profit jumps 38%")
d.F("third", 3, "ordinal", "Sarathi Motors' rank among Indian two-wheeler makers", ctx="third-largest")
d.F("38%", 38, "percent", "rise in Sarathi Motors' quarterly profit", ctx="a 38% rise")
d.F("two years", 2, "years", "period of weak sales before the recovery")
d.F("January-March quarter", "2026-01/2026-03", "date", "quarter of the results", value_inferred=True,
    note="Quarter as a date range (dev10b); year from the byline (10 June 2026).")
d.F("₹1,284 crore", 12840000000, "INR", "Sarathi's net profit for the January-March quarter",
    note="1 crore = 10 million rupees; stored in full units.")
d.F("₹930 crore", 9300000000, "INR", "net profit a year earlier")
d.F("21%", 21, "percent", "revenue growth in the quarter")
d.F("₹11,460 crore", 114600000000, "INR", "quarterly revenue")
d.F("₹10,900 crore", 109000000000, "INR", "revenue expected by analysts (Arthik Samachar poll)")
d.F("1.46 million", 1460000, "count", "vehicles Sarathi sold in the quarter")
d.F("17%", 17, "percent", "rise in vehicle sales on a year earlier")
d.F("182,000", 182000, "count", "electric scooters sold in the quarter")
d.F("about one in eight", 0.125, "fraction", "electric scooters' share of vehicles sold", qualifier="about")
d.F("2025-26", [2025, 2026], "year", "financial year of the ₹4,570 crore profit",
    note="Indian financial year April 2025 to March 2026, stored as a year range.")
d.F("29%", 29, "percent", "rise in full-year profit")
d.F("₹4,570 crore", 45700000000, "INR", "profit for the financial year 2025-26")
d.F("₹18", 18, "INR", "final dividend recommended", note="Per share ('a share').")
d.F("as much as 6.4%", 6.4, "percent", "intraday rise in Sarathi's shares", qualifier="as much as")
d.F("₹4,812", 4812, "INR", "record share price on the National Stock Exchange", note="Per share.")
d.F("4.9%", 4.9, "percent", "rise in Sarathi's shares at the close")
d.F("about ₹1.37 lakh crore", 1370000000000, "INR", "Sarathi's market value", qualifier="about",
    note="1 lakh crore = 10^12 rupees; stored in full units.")
d.F("13.8%", 13.8, "percent", "operating margin in the quarter")
d.F("12.1%", 12.1, "percent", "operating margin a year earlier")
d.F("1.5%", 1.5, "percent", "average price increase in January")
d.F("January", "2026-01", "date", "month of the price increase", ctx="1.5% in January", value_inferred=True,
    note="Year not written; from the byline (10 June 2026).")
d.F("half a point", 0.5, "percentage points", "margin Sarathi would give up rather than lose customers (in a quote)",
    note="'half a point of margin' = 0.5 percentage points of operating margin.")
d.F("two", 2, "count", "interest rate cuts by the Reserve Bank of India", ctx="two interest rate cuts")
d.F("December", "2025-12", "date", "start of the period of the two rate cuts", value_inferred=True,
    note="'since December'; the latest December before the byline date (10 June 2026), so 2025.")
d.F("about 50 basis points", 50, "basis points", "fall in two-wheeler loan rates", qualifier="about")
d.F("₹5,400", 5400, "INR", "Bansal's new target price", note="Per share.")
d.F("₹4,650", 4650, "INR", "Bansal's old target price", note="Per share.")
d.F("about ₹7,000", 7000, "INR", "Bansal's estimate of the loss on each electric scooter", qualifier="about",
    note="Per scooter.")
d.F("April 2027", "2027-04", "date", "when the government subsidy is due to end")
d.F("₹10,000", 10000, "INR", "government subsidy per electric vehicle", note="Per vehicle ('a vehicle').")
d.F("about 38 days", 38, "days", "stock held by FTWD dealers", qualifier="about")
d.F("21 days", 21, "days", "a comfortable level of dealer stock")
d.F("about 6,200", 6200, "count", "workers at Sarathi's Hosur plant covered by the wage deal", qualifier="about")
d.F("three-year", 3, "years", "length of the Hosur wage deal")
d.F("₹6,500", 6500, "INR", "monthly pay rise in the wage deal", note="Per month ('a month').")
d.F("9%", 9, "percent", "rise in Vayu Two Wheelers' sales in the quarter", ctx="rose 9% in")

d.NF("10", ctx="| 10 June", reason="Date in the byline.")
d.NF("2026", ctx="June 2026\n", reason="Year in the byline.")
d.NF("two", ctx="lowered two-wheeler loan", reason="'two-wheeler' is the name of a vehicle type, not a quantity.")
d.NF("Two", ctx="Federation of Two-Wheeler Dealers", reason="Numeral inside an organisation's name.")
d.NF("Two", ctx="Vayu Two Wheelers", reason="Numeral inside a company's name.")

d.NF("quarter", ctx="vehicles in the quarter", reason="Reporting period ('the quarter' = the January-March quarter), not a fraction.")
d.NF("quarter", ctx="9% in the quarter", reason="Reporting period ('the quarter'), not a fraction.")
d.NF("one", ctx="a generous one", reason="Pronoun inside a quote ('a generous one').")

d.RT("on Tuesday", resolved="2026-06-09", note="The byline date, 10 June 2026, is a Wednesday.")
d.RT("a year earlier", ctx="₹930 crore a year earlier", resolved="2025-01/2025-03",
     note="The January-March quarter of 2025.")
d.RT("a year earlier", ctx="17% more than a year earlier", resolved="2025-01/2025-03")
d.RT("last month", resolved="2026-05")
d.RT("on Thursday", resolved="2026-06-11")

d.P("Sarathi Motors Ltd", "ORG", "India’s third-largest maker of motorcycles and scooters",
    "Sarathi Motors Ltd, India’s third-largest maker of motorcycles and scooters, reported", ["actor", "cited"],
    aliases=["Sarathi Motors", "Sarathi"], note="Headline 'Sarathi Motors'; later 'the Pune-based company', 'Sarathi', "
                                                "'The board', the possessor 'Sarathi’s plant'.")
d.P("Arthik Samachar", "ORG", "the business daily", "a poll by the business daily Arthik Samachar", ["cited"],
    note="Newspaper whose analysts' poll is cited.")
d.P("Anand Kulkarni", "PERSON", "managing director", "managing director Anand Kulkarni told analysts on a call",
    ["quoted", "cited", "actor"], aliases=["Kulkarni"])
d.P("Meera Iyer", "PERSON", "Chief financial officer", "Chief financial officer Meera Iyer said the operating margin",
    ["quoted", "cited"], aliases=["Iyer"])
d.P("Reserve Bank of India", "ORG", None, "two interest rate cuts by the Reserve Bank of India", ["actor"],
    note="Central bank after a passive-like 'by' (the rate cuts).")
d.P("Rohit Bansal", "PERSON", "an auto analyst at Ashoka Capital in Mumbai",
    "Rohit Bansal, an auto analyst at Ashoka Capital in Mumbai, raised his target price", ["quoted", "cited", "actor"],
    aliases=["Bansal"])
d.P("Ministry of Heavy Industries", "ORG", None, "The Ministry of Heavy Industries said in a statement", ["quoted"])
d.P("Vinod Shetty", "PERSON", "president of the Federation of Two-Wheeler Dealers (FTWD)",
    "Vinod Shetty, president of the Federation of Two-Wheeler Dealers (FTWD), said", ["quoted", "cited"],
    aliases=["Shetty"])
d.P("Selvaraj Kannan", "PERSON", "general secretary of the Sarathi Workers’ Union",
    "said Selvaraj Kannan, general secretary of the Sarathi Workers’ Union", ["quoted"])
d.P("Vayu Two Wheelers Ltd", "ORG", "Rival", "Rival Vayu Two Wheelers Ltd, which reports on Thursday", ["actor", "cited"])
d.M("National Stock Exchange", "ORG", "Venue where Sarathi's shares trade.")
d.M("Ashoka Capital", "ORG", "Only in Bansal's role.")
d.M("Federation of Two-Wheeler Dealers", "ORG", "Only in Shetty's role ('his members').")
d.M("FTWD", "ORG", "Acronym of the Federation of Two-Wheeler Dealers (in brackets, in Shetty's role).")
d.M("Sarathi Workers’ Union", "ORG", "Only in Kannan's role.")
d.M("Priya Raghavan", "PERSON", "Byline author (boilerplate).")
d.M("India", "GPE", "Background ('India’s third-largest', 'Rural India' in a quote).")
d.M("Mumbai", "GPE", "Byline and Bansal's role.")
d.M("Pune", "GPE", "Sarathi's home city ('the Pune-based company').")
d.M("Hosur", "GPE", "Location of Sarathi's plant.")
d.M("Tamil Nadu", "GPE", "State where Hosur is.")
d.write()
