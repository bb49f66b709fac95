import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk02_northbridge_tidewater_deal")

MEH = dict(aliases=["Mehta"], role="Northbridge’s chief executive")
MAC = dict(aliases=["MacLeod"], role="Tidewater’s chair")
CB = dict(stype="ORG", aliases=["the bureau", "the regulator"])
d.Q("Anjali Mehta", "We have wanted this region for a decade, and Tidewater was the only partner we wanted there,", **MEH,
    cue="said Anjali Mehta, Northbridge’s chief executive, on a call with analysts")
d.Q("Anjali Mehta", "We are buying their people and their suppliers, not just their shelves.", **MEH,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Douglas MacLeod", "the hardest signature of my life.", **MAC, syntax="phrase", cue="said selling had been",
    note="Reported speech with a quoted noun phrase (6 words) -> fragment.")
d.Q("Douglas MacLeod", "My dad sold flour from the back of a truck. He would have laughed at these numbers,", **MAC,
    cue="he said",
    note="Pronoun trap: two men are named ('Caribou’s chief investment officer, Pierre Gagnon, called the price fair'); "
         "'he' = MacLeod, the subject of the sentence before ('MacLeod was more wistful').")
d.Q("Tidewater Markets", "The offer delivers certain value today that we could not match on our own for several years,",
    stype="ORG", aliases=["Tidewater", "the company"], cue="the company said in a statement",
    note="Role-only organisation attribution (statement), own paragraph. 'the company' = Tidewater: the paragraph "
         "before is about Tidewater's chair and its largest shareholder, and the quote speaks for the seller ('we could "
         "not match on our own'); Northbridge was called 'the Toronto company' in the lead.")
d.Q("Competition Bureau", "look closely at every overlapping store.", **CB, syntax="phrase",
    cue="A spokesperson for the bureau said the regulator would",
    note="Unnamed spokesperson: the quote goes to the organisation. 6-word verb phrase -> fragment.")
d.Q("Atlantic Retail Workers Union", "Promises on a conference call are not a contract,", stype="ORG",
    aliases=["ARWU", "the union"], cue="the union said", note="Role-only organisation attribution.")
d.Q("Marcus Oyelaran", "Northbridge is paying a full price, but it is buying density it could never build from scratch,",
    role="an analyst at Lakeshore Securities in Toronto",
    cue="said Marcus Oyelaran, an analyst at Lakeshore Securities in Toronto")
d.Q("Claire Boudreau", "Our farmers and fishers built Tidewater as much as any family did,",
    aliases=["Nova Scotia Economy Minister Claire Boudreau", "the minister"], role="Nova Scotia Economy Minister",
    cue="the minister said", note="Role-only person attribution: 'the minister' = Claire Boudreau, named in the sentence before.")
d.Q("Anjali Mehta", "No. This is our number.", **MEH, cue="Mehta was blunt:",
    note="Colon-introduced answer to a question ('Asked whether she would raise the bid …').")

d.F("C$3.4 billion", 3400000000, "CAD", "price Northbridge pays for Tidewater (headline)", ctx="Markets for C$3.4 billion, creating")
d.F("fourth", 4, "ordinal", "rank of the combined group among Canada's supermarket groups (headline)",
    ctx="Canada’s fourth-largest supermarket")
d.F("C$3.4 billion", 3400000000, "CAD", "price Northbridge pays for Tidewater", ctx="for C$3.4 billion in cash")
d.F("fourth", 4, "ordinal", "Northbridge's rank among Canada's grocers after the deal", ctx="country’s fourth-largest grocer")
d.F("C$41.50", 41.5, "CAD", "price per Tidewater share", note="Per share.")
d.F("27%", 27, "percent", "premium to Tidewater's closing price")
d.F("186", 186, "count", "Tidewater stores")
d.F("four", 4, "count", "Atlantic provinces where Tidewater has stores", ctx="the four Atlantic")
d.F("roughly 14,500", 14500, "count", "Tidewater employees", qualifier="roughly")
d.F("at least three years", 3, "years", "how long the Tidewater name will be kept", qualifier="at least")
d.F("a decade", 10, "years", "how long Northbridge has wanted the region (in a quote)")
d.F("third-quarter", "2026-07/2026-09", "date", "quarter of Northbridge's reported results", value_inferred=True,
    note="'third-quarter net income'; calendar quarter of the set's year 2026 assumed (dev10b convention). Unsure: "
         "fiscal quarters may differ.")
d.F("C$212 million", 212000000, "CAD", "Northbridge's third-quarter net income")
d.F("8%", 8, "percent", "rise in Northbridge's net income")
d.F("C$6.9 billion", 6900000000, "CAD", "Northbridge's quarterly revenue")
d.F("2 cents", 0.02, "CAD", "rise in Northbridge's quarterly dividend", note="Cents stored in full currency units.")
d.F("31 cents", 0.31, "CAD", "Northbridge's new quarterly dividend", note="Per share; cents stored in full currency units.")
d.F("C$1.2 billion", 1200000000, "CAD", "bridge loan from the Bank of Acadia")
d.F("US$600 million", 600000000, "USD", "planned bond sale")
d.F("June 2027", "2027-06", "date", "end of the lender's commitment")
d.F("about 3.8 times", 3.8, "times", "Northbridge's debt relative to annual earnings after the deal (Beaumont Ratings)",
    qualifier="about")
d.F("14.2%", 14.2, "percent", "Caribou Pension Partners' stake in Tidewater")
d.F("C$120 million", 120000000, "CAD", "break fee Tidewater owes if it walks away")
d.F("74", 74, "years", "age of Douglas MacLeod", ctx="MacLeod, 74,")
d.F("first", 1, "ordinal", "the chain's first store (opened in Truro)", ctx="chain’s first store")
d.F("1958", 1958, "year", "when the chain's first store opened")
d.F("several years", None, "years", "how long Tidewater could not match the offer's value alone (in a quote)",
    vague=True, qualifier="several")
d.F("between 25 and 40", [25, 40], "count", "stores Northbridge expects to sell")
d.F("about 9,000", 9000, "count", "Tidewater staff the ARWU represents", qualifier="about")
d.F("Nov. 18", "2026-11-18", "date", "meeting of ARWU leaders with Mehta", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("C$150 million", 150000000, "CAD", "annual savings Oyelaran expects", note="Per year.")
d.F("C$130 million", 130000000, "CAD", "Northbridge's annual savings target", note="Per year.")
d.F("22%", 22, "percent", "rise in Tidewater shares")
d.F("C$40.15", 40.15, "CAD", "Tidewater share price after the rise")
d.F("4.5%", 4.5, "percent", "fall in Northbridge shares")

d.RT("on Tuesday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("a year earlier", resolved=None)
d.RT("today", ctx="certain value today", resolved=None, note="Inside a quote.")

d.P("Northbridge Grocers Inc.", "ORG", None, "Northbridge Grocers Inc. agreed on Tuesday to buy", ["actor", "cited"],
    aliases=["Northbridge Grocers", "Northbridge"], note="Headline 'Northbridge Grocers'; later 'the Toronto company', 'The grocer', possessor "
                                  "'Northbridge’s chief executive'.")
d.P("Tidewater Markets", "ORG", "the Halifax-based supermarket chain", "to buy Tidewater Markets, the Halifax-based",
    ["actor", "quoted"], aliases=["Tidewater"], note="Object of the purchase; later quoted ('the company said in a statement').")
d.P("Anjali Mehta", "PERSON", "Northbridge’s chief executive", "said Anjali Mehta, Northbridge’s chief executive",
    ["quoted", "actor"], aliases=["Mehta"])
d.P("Bank of Acadia", "ORG", None, "bridge loan from the Bank of Acadia", ["actor"],
    note="Lender after 'from'; later 'The lender’s commitment'.")
d.P("Beaumont Ratings", "ORG", None, "Beaumont Ratings placed Northbridge on review", ["actor", "cited"])
d.P("Caribou Pension Partners", "ORG", "its largest shareholder", "Caribou Pension Partners, its largest shareholder",
    ["actor"], aliases=["Caribou"], note="Possessor later: 'Caribou’s chief investment officer'.")
d.P("Douglas MacLeod", "PERSON", "Tidewater’s chair", "Douglas MacLeod, 74, Tidewater’s chair", ["quoted", "cited"],
    aliases=["MacLeod"])
d.P("Pierre Gagnon", "PERSON", "Caribou’s chief investment officer", "Caribou’s chief investment officer, Pierre Gagnon",
    ["cited"], note="'called the price fair' (reported, not quoted).")
d.P("Competition Bureau", "ORG", None, "The deal needs approval from the Competition Bureau", ["actor", "quoted"],
    note="Later 'the bureau', 'the regulator'.")
d.P("Atlantic Retail Workers Union", "ORG", None, "The Atlantic Retail Workers Union (ARWU), which represents",
    ["quoted", "actor"], aliases=["ARWU"], note="Later 'the union' and 'ARWU leaders' (modifier).")
d.P("Marcus Oyelaran", "PERSON", "an analyst at Lakeshore Securities in Toronto", "said Marcus Oyelaran, an analyst",
    ["quoted", "cited"], note="'He expects C$150 million in annual savings'.")
d.P("Claire Boudreau", "PERSON", "Nova Scotia Economy Minister", "Nova Scotia Economy Minister Claire Boudreau said",
    ["quoted", "cited"], note="Later 'the minister'.")
d.M("Lakeshore Securities", "ORG", "Only in Oyelaran's description.")
d.M("Toronto Stock Exchange", "ORG", "Exchange where the shares trade (place).")
d.M("Canada", "GPE", "Background.")
d.M("Halifax", "GPE", "In 'Halifax-based'.")
d.M("Toronto", "GPE", "Location.")
d.M("Truro", "GPE", "Location.")
d.M("Nova Scotia", "GPE", "In Boudreau's role; 'the province would seek commitments' (reported through the minister).")
d.write()
