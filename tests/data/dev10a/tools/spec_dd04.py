import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dd04_westcountry_milk_price_cut")

PEL = dict(aliases=["Pellow"], role="Westcountry’s chief executive")
PRI = dict(aliases=["Pritchard"],
           role="who milks 240 cows near Launceston and chairs the Tamar Vale Milk Producers’ Co-operative")
d.Q("Graham Pellow", "Nobody in this business cuts a milk price lightly,", **PEL,
    cue="said Westcountry’s chief executive, Graham Pellow")
d.Q("Graham Pellow", "But we cannot pay farmers out of a market that is not paying us.", **PEL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("National Federation of Dairy Farmers", "This cut takes money straight out of the parlour and hands it to the "
    "supermarket shelf,", stype="ORG", aliases=["NFDF", "the farmers’ union"], cue="the farmers’ union said",
    note="Role-only organisation attribution.")
d.Q("Owen Treharne", "civil and completely pointless.", aliases=["Treharne"], role="Its dairy board chairman",
    syntax="phrase", cue="Treharne said the meeting had been",
    note="'Its' = the NFDF. Reported speech with a fragment, period inside.")
d.Q("Rhys Pritchard", "I have done the sums three times, and at 36p I lose money on every litre that leaves the yard,",
    **PRI, cue="he said",
    note="Pronoun trap: three men are named in the paragraph (Treharne, Pritchard, Pellow); 'he' = Pritchard, the "
         "subject of the sentence before ('Pritchard was blunter').")
d.Q("Priya Natarajan", "Retailers kept their margin and the farmer lost his,",
    role="Kingsmead’s senior dairy analyst",
    cue="said Priya Natarajan, Kingsmead’s senior dairy analyst, who spent 12 years as a buyer for a supermarket chain "
        "before joining the firm")
d.Q("Groceries Code Adjudicator", "watching milk closely.", stype="ORG", aliases=["the adjudicator"], syntax="phrase",
    cue="A spokesperson for the adjudicator said it was",
    note="Unnamed spokesperson: the quote goes to the organisation. Fragment.")
d.Q("Hannah Lowther", "Fair dealing is the least farmers deserve,",
    aliases=["Farming Minister Hannah Lowther", "the minister"], role="Farming Minister", cue="the minister said",
    note="Role-only person attribution.")
d.Q("Mark Dunstan", "We would rather see a farmer in our office now than at a dispersal sale in the spring,",
    role="Its head of agriculture", cue="he said", note="'Its' = Shire Agricultural Bank.")
d.Q("Rhys Pritchard", "We are not leaving in a huff. We are leaving with a spreadsheet,", **PRI,
    cue="Pritchard told Dairy Week")

d.F("2.5p", 2.5, "GBX", "cut in the price paid for milk (headline)", ctx="by 2.5p a litre as", note="Per litre.")
d.F("third", 3, "ordinal", "Westcountry's rank among Britain's milk buyers", ctx="third-largest")
d.F("2.5p", 2.5, "GBX", "cut in the price paid for milk", ctx="by 2.5p a litre from", note="Per litre.")
d.F("1 March", "2026-03-01", "date", "when the price cut takes effect", value_inferred=True,
    note="Year not written; the set's year 2026 ('since January', 'since October').")
d.F("36.25p", 36.25, "GBX", "Westcountry's new standard contract price", note="Per litre.")
d.F("about 1,400", 1400, "count", "farms Westcountry buys milk from", qualifier="about")
d.F("19%", 19, "percent", "fall in wholesale butter prices")
d.F("October", "2025-10", "date", "start of the butter price fall", value_inferred=True,
    note="'since October' before a cut from 1 March 2026, so October 2025. Unsure.")
d.F("39.8p", 39.8, "GBX", "average cost of producing a litre of milk (NFDF, AHDB figures)", note="Per litre.")
d.F("240", 240, "count", "cows Rhys Pritchard milks")
d.F("three times", 3, "times", "how often Pritchard has done the sums (in a quote)")
d.F("36p", 36, "GBX", "milk price at which Pritchard loses money (in a quote)", note="Per litre.")
d.F("two-litre", 2, "litres", "size of Harvest Lane's milk bottle")
d.F("£1.45", 1.45, "GBP", "shelf price of Harvest Lane's two-litre bottle")
d.F("400g", 400, "g", "size of the cheddar block")
d.F("11%", 11, "percent", "rise in the price of a 400g block of cheddar")
d.F("12 years", 12, "years", "Natarajan's time as a supermarket buyer")
d.F("23", 23, "count", "complaints about dairy contracts received by the adjudicator in 2025")
d.F("2025", 2025, "year", "year of the 23 complaints")
d.F("nine", 9, "count", "complaints the year before")
d.F("July", "2026-07", "date", "when Defra's review will report", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about one in five", 0.2, "fraction", "share of south-west dairy farms Shire Agricultural Bank lends to",
    qualifier="about")
d.F("three-month", 3, "months", "repayment holidays offered by the bank")
d.F("14%", 14, "percent", "rise in overdraft requests")
d.F("January", "2026-01", "date", "start of the rise in overdraft requests", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("85", 85, "count", "members of the co-operative")

d.RT("this week", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("the year before", resolved="2024")
d.RT("now", ctx="in our office now", resolved=None, note="Inside a quote.")
d.RT("in the spring", resolved="2026", note="Inside a quote.")
d.RT("next week", resolved=None)

d.P("Westcountry Dairies", "ORG", "Britain’s third-largest milk buyer", "Westcountry Dairies, Britain’s third-largest milk "
    "buyer, will cut", ["actor"], aliases=["Westcountry"],
    note="Later 'The processor', 'the company’s Exeter headquarters', possessor 'Westcountry’s chief executive'.")
d.P("Graham Pellow", "PERSON", "Westcountry’s chief executive", "said Westcountry’s chief executive, Graham Pellow",
    ["quoted", "actor"], aliases=["Pellow"])
d.P("National Federation of Dairy Farmers", "ORG", None, "The National Federation of Dairy Farmers (NFDF) put the average",
    ["quoted", "cited"], aliases=["NFDF"], note="Later 'the farmers’ union', 'Its dairy board chairman'.")
d.P("Agriculture and Horticulture Development Board", "ORG", None,
    "citing figures from the Agriculture and Horticulture Development Board (AHDB)", ["cited"], aliases=["AHDB"])
d.P("Owen Treharne", "PERSON", "Its dairy board chairman", "Its dairy board chairman, Owen Treharne, and Rhys Pritchard",
    ["quoted", "actor"], aliases=["Treharne"])
d.P("Rhys Pritchard", "PERSON", "who milks 240 cows near Launceston and chairs the Tamar Vale Milk Producers’ Co-operative",
    "Its dairy board chairman, Owen Treharne, and Rhys Pritchard", ["quoted", "actor"], aliases=["Pritchard"])
d.P("Tamar Vale Milk Producers’ Co-operative", "ORG", None, "The co-operative will ask its 85 members", ["actor"],
    note="Named inside Pritchard's role, then acts as 'The co-operative'.")
d.P("Harvest Lane Stores", "ORG", None, "under a contract with Harvest Lane Stores", ["cited", "actor"],
    note="Later 'the retailer'.")
d.P("Kingsmead Agri Consulting", "ORG", None, "Analysts at Kingsmead Agri Consulting said", ["cited"],
    aliases=["Kingsmead"], note="Possessor: 'Kingsmead’s senior dairy analyst'; 'the firm'.")
d.P("Priya Natarajan", "PERSON", "Kingsmead’s senior dairy analyst", "said Priya Natarajan, Kingsmead’s senior dairy analyst",
    ["quoted"])
d.P("Groceries Code Adjudicator", "ORG", None, "The Groceries Code Adjudicator, which polices", ["cited", "quoted"],
    note="Later 'the adjudicator'.")
d.P("Hannah Lowther", "PERSON", "Farming Minister", "Farming Minister Hannah Lowther said", ["quoted", "cited"],
    note="Later 'the minister'.")
d.P("Department for Environment, Food and Rural Affairs", "ORG", None,
    "Farming Minister Hannah Lowther said the Department for Environment", ["actor", "cited"], aliases=["Defra"])
d.P("Shire Agricultural Bank", "ORG", None, "Shire Agricultural Bank, which lends to about one in five", ["actor", "cited"],
    note="Later 'the bank'.")
d.P("Mark Dunstan", "PERSON", "Its head of agriculture", "Its head of agriculture, Mark Dunstan, said", ["quoted", "cited"])
d.P("Dairy Week", "ORG", None, "Pritchard told Dairy Week", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.M("European Union", "ORG", "Export market (background).")
d.M("Britain", "GPE", "Background.")
d.M("Devon", "GPE", "Location.")
d.M("Cornwall", "GPE", "Location.")
d.M("Somerset", "GPE", "Location.")
d.M("Launceston", "GPE", "Location.")
d.M("Exeter", "GPE", "Location.")
d.write()
