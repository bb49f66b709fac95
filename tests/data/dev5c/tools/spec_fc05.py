import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fc05_maple_crest_tidewater")
d.B("TORONTO, May 12 (Reuters) -", "dateline", partial=True)
d.B("($1 = 1.3704 Canadian dollars)", "footnote", note="Reuters exchange-rate note.")
d.B("(Reporting by Marc Lévesque in Toronto; Editing by Jane Carver)", "byline")

S = dict(marks="straight")
MEH = dict(aliases=["Mehta"], role="an analyst at Laurentian Capital Markets")
d.Q("Helene Tremblay", "This gives us the scale to keep prices down for families from St. John's to Sault Ste. Marie,",
    aliases=["Tremblay"], role="Chief Executive", **S,
    cue="Chief Executive Helene Tremblay told analysts on a conference call")
d.Q("Competition Bureau", "examine the transaction carefully.", aliases=["A bureau spokesperson"], stype="ORG", **S,
    syntax="phrase", cue="A bureau spokesperson said it would",
    note="Spokesperson quote, so the organisation is the speaker (dev3 convention).")
d.Q("Gord Ferreira", "Every merger like this ends with fewer stores and fewer jobs,", aliases=[],
    role="CFRWU national president", **S, cue="CFRWU national president Gord Ferreira said",
    note="Later 'The union's leader'.")
d.Q("Colin MacAskill", "watching very closely.", aliases=[], role="Nova Scotia's economy minister", **S, syntax="phrase",
    cue="Nova Scotia's economy minister, Colin MacAskill, told CBC News the province would be")
d.Q("Anjali Mehta", "It's a full price, but a fair one.", **MEH, **S, cue="That was the verdict of Anjali Mehta",
    note="Quote attributed in the following sentence.")
d.Q("Anjali Mehta", "Tremblay is paying for Atlantic Canada, not for the stores,", **MEH, **S, cue="she said",
    note="Pronoun speaker; the quote names Tremblay, who is not the speaker.")
d.NQ("buy", ctx="a \"buy\"", marks="straight", reason="Analyst rating label ('rates Maple Crest a \"buy\"'), not a quotation.")
d.Q("person familiar with the talks", "They blinked first,", aliases=["the person"],
    role="A person familiar with the talks", stype="ANONYMOUS", **S, syntax="clause", cue="the person said",
    note="Anonymous source; a 3-word clause, so 'full'.")

d.F("C$1.85 billion", 1850000000, "CAD", "price Maple Crest will pay for Tidewater (headline)", ctx="Tidewater for C$1.85 billion")
d.F("C$1.85 billion", 1850000000, "CAD", "price Maple Crest will pay for Tidewater", ctx="Foods for C$1.85 billion")
d.F("$1.35 billion", 1350000000, "USD", "deal price in US dollars",
    note="Reuters style: plain '$' is the US dollar in this Canadian story (see the exchange-rate note).")
d.F("fourth", 4, "ordinal", "rank of the combined company among Canadian supermarket operators ('fourth-largest')")
d.F("C$42.50", 42.5, "CAD", "price per Tidewater share")
d.F("31%", 31, "percent", "premium to Monday's closing price")
d.F("C$28", 28, "CAD", "cash portion per Tidewater share")
d.F("0.41", 0.41, "count", "Maple Crest shares per Tidewater share", note="Exchange ratio in shares.")
d.F("about 9.5 times", 9.5, "times", "deal value as a multiple of Tidewater's core earnings", qualifier="about")
d.F("27.6%", 27.6, "percent", "rise in Tidewater shares")
d.F("C$41.02", 41.02, "CAD", "Tidewater share price after the jump")
d.F("4.1%", 4.1, "percent", "fall in Maple Crest shares", ctx="slid 4.1%", note="A fall; stored unsigned.")
d.F("0.3%", 0.3, "percent", "fall in the S&P/TSX composite index", note="'down 0.3%'; stored unsigned.")
d.F("about C$140 million", 140000000, "CAD", "annual cost savings expected from the deal", qualifier="about")
d.F("fiscal 2029", 2029, "year", "fiscal year by which the savings are due")
d.F("612", 612, "count", "stores of the combined company")
d.F("roughly 48,000", 48000, "count", "employees of the combined company", qualifier="roughly")
d.F("nearly C$19 billion", 19000000000, "CAD", "annual sales of the combined company", qualifier="nearly")
d.F("214", 214, "count", "Tidewater stores")
d.F("410 million Australian dollars", 410000000, "AUD", "sale price of Coolabah Cold Chain")
d.F("C$372 million", 372000000, "CAD", "sale price of Coolabah Cold Chain in Canadian dollars")
d.F("38%", 38, "percent", "Boudreau family's share of Tidewater's voting shares")
d.F("C$96.4 million", 96400000, "CAD", "Tidewater's earnings in the fiscal year to Feb. 28")
d.F("62 cents", 0.62, "CAD", "Tidewater's earnings per share",
    note="Cents converted to full units (dev4a/dev4c convention). Unsure.")
d.F("Feb. 28", "2026-02-28", "date", "end of Tidewater's fiscal year", value_inferred=True,
    note="Year not written; the last Feb. 28 before the May 2026 announcement.")
d.F("C$104.1 million", 104100000, "CAD", "Tidewater's earnings in the previous fiscal year")
d.F("C$65 million", 65000000, "CAD", "break fee Tidewater owes if the deal collapses")
d.F("2025", 2025, "year", "year of the Competition Bureau market study")
d.F("five", 5, "count", "biggest Canadian grocers in the bureau's study", ctx="five biggest")
d.F("about three-quarters", 0.75, "fraction", "share of food sales controlled by the five biggest grocers",
    qualifier="about")
d.F("about 9,000", 9000, "count", "Tidewater employees the CFRWU represents", qualifier="about")
d.F("at least five years", 5, "years", "job guarantees the union wants", qualifier="at least")
d.F("4.1%", 4.1, "percent", "rise in grocery prices in April (Statistics Canada)", ctx="rose 4.1%")
d.F("April", "2026-04", "date", "month of the 4.1% grocery inflation", value_inferred=True, note="Year inferred (2026).")
d.F("4.5%", 4.5, "percent", "grocery inflation in March")
d.F("March", "2026-03", "date", "month of the 4.5% grocery inflation", ctx="4.5% in March", value_inferred=True,
    note="Year inferred (2026).")
d.F("2.25%", 2.25, "percent", "Bank of Canada key interest rate")
d.F("between C$62 and C$68", [62, 68], "CAD", "Mehta's share-price target range for Maple Crest")
d.F("a year", 1, "years", "horizon of Mehta's price target", ctx="within a year",
    note="'within a year': duration of one (dev4c rule); 'within' left out.")
d.F("March", "2026-03", "date", "when a rival bidder walked away", ctx="away in March", value_inferred=True,
    note="Year inferred (2026).")
d.F("first half of 2027", "2027-01/2027-06", "date", "expected closing of the deal")

d.NF("12", ctx="May 12 (Reuters)", reason="Date inside the dateline (boilerplate).")
d.NF("401", reason="Numeral in a road name (Highway 401).")
d.NF("one", ctx="a fair one", reason="Pronoun 'one' inside a quote.")
d.NF("first", ctx="blinked first", reason="Idiom ('blinked first') inside a quote.")
d.NF("1", ctx="($1 =", reason="Exchange-rate note (boilerplate).")
d.NF("1.3704", reason="Exchange-rate note (boilerplate).")

d.RT("Tuesday", resolved="2026-05-12")
d.RT("Monday", resolved="2026-05-11", note="'Monday's close'.")
d.RT("a year earlier", ctx="C$104.1 million a year earlier", resolved="fiscal year ended Feb. 2025")
d.RT("a year earlier", ctx="April from a year earlier", resolved="2025-04")
d.RT("last month", resolved="2026-04")

d.P("Maple Crest Grocers Ltd", "ORG", None, "Maple Crest Grocers Ltd said on Tuesday", ["actor", "cited"],
    aliases=["Maple Crest"])
d.P("Tidewater Foods", "ORG", None, "Halifax-based Tidewater Foods", ["actor"], aliases=["Tidewater"])
d.P("Helene Tremblay", "PERSON", "Chief Executive", "Chief Executive Helene Tremblay told analysts", ["quoted", "cited"],
    aliases=["Tremblay"])
d.P("Harbourline Partners", "ORG", None, "Sydney-based Harbourline Partners", ["actor"], note="Buyer of Coolabah Cold Chain.")
d.P("Boudreau family", "ORG", None, "The Boudreau family, which controls 38%", ["actor"],
    note="Controlling shareholder group; typed ORG. Unsure.")
d.P("Competition Bureau", "ORG", None, "The takeover needs approval from the Competition Bureau", ["quoted", "actor", "cited"])
d.P("Canadian Food and Retail Workers Union", "ORG", None, "The Canadian Food and Retail Workers Union (CFRWU)",
    ["actor", "cited"], aliases=["CFRWU"], note="Acronym in brackets, then alone; 'The union's leader' is Ferreira.")
d.P("Gord Ferreira", "PERSON", "CFRWU national president", "CFRWU national president Gord Ferreira said", ["quoted", "cited"],
    note="Later 'The union's leader'.")
d.P("Colin MacAskill", "PERSON", "Nova Scotia's economy minister", "Nova Scotia's economy minister, Colin MacAskill",
    ["quoted"])
d.P("CBC News", "ORG", None, "told CBC News the province", ["actor"],
    note="Broadcaster MacAskill spoke to (dev3 broadcaster convention).")
d.P("Statistics Canada", "ORG", None, "Statistics Canada data show", ["cited"])
d.P("Bank of Canada", "ORG", None, "The Bank of Canada, which held its key rate", ["actor", "cited"])
d.P("International Monetary Fund", "ORG", None, "and the International Monetary Fund have both warned", ["cited"])
d.P("Anjali Mehta", "PERSON", "an analyst at Laurentian Capital Markets", "That was the verdict of Anjali Mehta", ["quoted", "cited"],
    aliases=["Mehta"])

d.M("Coolabah Cold Chain", "ORG", "Maple Crest unit being sold.")
d.M("Laurentian Capital Markets", "ORG", "Only inside Mehta's role.")
d.M("Reuters", "ORG", "Dateline agency (boilerplate).")
d.M("S&P/TSX composite index", "INDEX", "Stock index.")
d.M("Highway 401", "FAC", "Road.")
d.M("Marc Lévesque", "PERSON", "Reporter (boilerplate).")
d.M("Jane Carver", "PERSON", "Editor (boilerplate).")
d.M("TORONTO", "GPE", "Dateline.")
d.M("Toronto", "GPE", "Exchange location.")
d.M("Halifax", "GPE", "Tidewater's base.")
d.M("Canada", "GPE", "Market.")
d.M("Atlantic Canada", "GPE", "Inside Mehta's quote.")
d.M("St. John's", "GPE", "Inside Tremblay's quote.")
d.M("Sault Ste. Marie", "GPE", "Inside Tremblay's quote.")
d.M("Nova Scotia", "GPE", "Province; inside MacAskill's role.")
d.M("New Brunswick", "GPE", "Province.")
d.M("Australia", "GPE", "Location of the unit being sold.")
d.M("Sydney", "GPE", "Buyer's base.")
d.M("Mississauga", "GPE", "Distribution centre location.")
d.M("Ottawa", "GPE", "Metonym for the federal government; object of the union's request.")
d.write()
