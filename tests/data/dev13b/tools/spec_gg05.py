import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg05_ellie_marsh_charity_scanner")

CHA = dict(aliases=["Chaudhry"], role="a paediatric oncologist who teaches at Keele University")
d.Q("Rachel Osei", "This is money raised at school fetes and on sponsored walks, and it is going straight to our "
    "radiographers,", role="The trust’s chief executive", cue="she said",
    note="'she' = Dr Rachel Osei, the only person named in the paragraph (subject of the sentence before).")
d.Q("Joanne Marsh", "We did not want another family to wait the way we waited,",
    role="Ellie’s mother, who chairs the charity", cue="Joanne Marsh said",
    note="Full name repeated because her husband, Paul Marsh, shares the surname (a bare 'Marsh' would be ambiguous).")
d.Q("Charity Commission", "equipment the NHS cannot afford, as long as it does not replace core funding.", stype="ORG",
    aliases=["the commission"], syntax="phrase", cue="A spokesperson for the commission said trustees could fund",
    note="Unnamed spokesperson for a role-only 'the commission' (= the Charity Commission, sentence before); 'the NHS' "
         "inside the quote is not the speaker. 14-word phrase -> full.")
d.Q("Midlands Health Workers’ Union", "When children’s scanners depend on bake sales, the system is broken,", stype="ORG",
    aliases=["MHWU", "the union"], cue="the union said", note="Role-only organisation attribution.")
d.Q("NHS England", "live within its means, however hard that is.", stype="ORG", syntax="phrase",
    cue="NHS England said in a statement that every trust had to",
    note="Public body statement ending in an 8-word phrase -> full.")
d.Q("Imran Chaudhry", "Every child we scan awake is a child who does not need a ventilator that morning,", **CHA,
    cue="Chaudhry said", note="Reported speech first, then surname-only.")
d.Q("Mark Bentley", "We are a small mutual, but this is a big city,", aliases=["Bentley"], role="Its chief executive",
    cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Its chief executive, Mark Bentley, and Chaudhry will "
         "run'); 'he' = Bentley, the subject of 'Bentley said the society had never backed a bigger cause'.")
d.Q("Sarah Whitfield", "proud and slightly ashamed at the same time.", aliases=["Cllr Sarah Whitfield"],
    role="who leads Stoke-on-Trent City Council", syntax="phrase",
    cue="Cllr Sarah Whitfield, who leads Stoke-on-Trent City Council, told the Trent Valley Echo that the city was",
    note="Title 'Cllr'; the council is only in her role. 8-word phrase -> full.")

d.NQ("requires improvement", reason="A Care Quality Commission rating name in quotation marks, not quoted speech.")

d.F("£4.2m", 4200000, "GBP", "charity's payment for the MRI scanner (headline)", ctx="pays £4.2m")
d.F("2019", 2019, "year", "year Ellie Marsh died")
d.F("£4.2m", 4200000, "GBP", "charity's payment for the MRI scanner", ctx="will pay £4.2m")
d.F("£38m", 38000000, "GBP", "deficit the trust expects in 2026/27")
d.F("2026/27", [2026, 2027], "year", "financial year of the £38m deficit",
    note="NHS financial year (April 2026 to March 2027), stored as a year range like dev10b/dev11b.")
d.F("March", "2026-03", "date", "when the trust shelved the scanner", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("£61m", 61000000, "GBP", "savings demanded by NHS England")
d.F("about 14 weeks", 14, "weeks", "current wait for children's scans", qualifier="about")
d.F("under six", 6, "weeks", "wait for children's scans after the gift", qualifier="under",
    note="'from about 14 weeks to under six': the unit is carried over from the first end.")
d.F("September", "2026-09", "date", "when the scanner will be in use", value_inferred=True,
    note="'in use by September'; year not written, the set's year 2026.")
d.F("£850,000", 850000, "GBP", "charity's payment for the play area")
d.F("44", 44, "years", "age of Joanne Marsh", ctx="Joanne Marsh, 44,")
d.F("3,200", 3200, "count", "donors to the charity")
d.F("27 months", 27, "months", "time the donors took to raise the money")
d.F("12", 12, "count", "marathons Paul Marsh ran", ctx="ran 12 marathons")
d.F("12 months", 12, "months", "period of Paul Marsh's 12 marathons", ctx="in 12 months")
d.F("about 4,100", 4100, "count", "trust staff the MHWU represents", qualifier="about")
d.F("November", "2025-11", "date", "when the CQC rated the trust's children's services", value_inferred=True,
    note="Year not written; the latest November before a story set in 2026, so 2025. Unsure.")
d.F("71%", 71, "percent", "trust patients starting cancer treatment within 62 days")
d.F("62 days", 62, "days", "cancer treatment target period", note="'within 62 days'; 'within' left out.")
d.F("first quarter of 2026", "2026-01/2026-03", "date", "period of the 71% figure",
    note="Quarter as a date range (dev10b).")
d.F("85%", 85, "percent", "national cancer treatment target")
d.F("2.5 percentage points", 2.5, "percentage points", "how much worse the 71% was than a year earlier")
d.F("dozens", None, "count", "children a month scanned under general anaesthetic (Chaudhry)", vague=True,
    qualifier="dozens", note="Per month.")
d.F("about £1,900", 1900, "GBP", "cost of a scan under general anaesthetic", qualifier="about", note="Per scan.")
d.F("about £450", 450, "GBP", "cost of a scan without anaesthetic", qualifier="about", note="Per scan.")
d.F("£250,000", 250000, "GBP", "staff donations matched by Potteries Building Society")
d.F("£1.1bn", 1100000000, "GBP", "rise in capital budgets for hospital equipment this year")

d.NF("half", ctx="half marathon", reason="Part of the name of a race distance ('half marathon').")

d.RT("a year earlier", resolved="2025-01/2025-03", note="The same quarter a year before (Q1 2025).")
d.RT("on Sunday", resolved=None)
d.RT("this year", resolved="2026")

d.P("Friends of Ellie Marsh", "ORG", "a charity set up by the parents of a Stoke-on-Trent girl who died of a brain tumour "
    "in 2019", "Friends of Ellie Marsh, a charity set up by", ["actor"],
    note="Sentence-initial charity name that ends in a person's name; later 'The charity', 'who chairs the charity', "
         "'the charity’s next appeal'.")
d.P("Trentside Hospitals NHS Foundation Trust", "ORG", None, "Trentside Hospitals NHS Foundation Trust, which expects",
    ["actor"], note="Hospital trust; headline 'trust', later 'the trust', possessor 'The trust’s chief executive'.")
d.P("NHS England", "ORG", None, "savings worth £61m demanded by NHS England", ["actor", "cited", "quoted"],
    note="After a passive 'by', then 'according to NHS England' and 'NHS England said in a statement'.")
d.P("Rachel Osei", "PERSON", "The trust’s chief executive", "The trust’s chief executive, Dr Rachel Osei, said",
    ["quoted", "cited"])
d.P("Medivance Imaging GmbH", "ORG", None, "will be made by Medivance Imaging GmbH in Erlangen", ["actor"],
    note="Supplier after a passive 'by'; legal form GmbH.")
d.P("Kelsall Healthcare plc", "ORG", None, "fitted by Kelsall Healthcare plc", ["actor"],
    note="Contractor after a passive 'by'; legal form plc.")
d.P("Joanne Marsh", "PERSON", "Ellie’s mother, who chairs the charity", "Ellie’s mother, Joanne Marsh, 44, who chairs",
    ["quoted", "cited"])
d.P("Paul Marsh", "PERSON", "Her husband", "Her husband, Paul Marsh, ran 12 marathons", ["actor"])
d.P("Charity Commission", "ORG", None, "The Charity Commission said it had no concerns", ["cited", "quoted"],
    note="Regulator; later 'A spokesperson for the commission'.")
d.P("Midlands Health Workers’ Union", "ORG", None, "The Midlands Health Workers’ Union (MHWU), which represents",
    ["cited", "quoted"], aliases=["MHWU"], note="Later 'the union'.")
d.P("Care Quality Commission", "ORG", None, "The Care Quality Commission (CQC) rated the trust’s", ["actor"],
    aliases=["CQC"])
d.P("Imran Chaudhry", "PERSON", "a paediatric oncologist who teaches at Keele University", "Dr Imran Chaudhry, a paediatric",
    ["quoted", "cited", "actor"], aliases=["Chaudhry"])
d.P("Potteries Building Society", "ORG", None, "Potteries Building Society, which matched £250,000", ["actor", "cited"],
    note="Later 'Its chief executive' and 'the society'.")
d.P("Mark Bentley", "PERSON", "Its chief executive", "Its chief executive, Mark Bentley, and Chaudhry will run",
    ["quoted", "cited", "actor"], aliases=["Bentley"])
d.P("Department of Health and Social Care", "ORG", None, "The Department of Health and Social Care said", ["cited"],
    note="A name with 'of' and 'and'.")
d.P("Sarah Whitfield", "PERSON", "who leads Stoke-on-Trent City Council", "Cllr Sarah Whitfield, who leads", ["quoted"])
d.P("Trent Valley Echo", "ORG", None, "told the Trent Valley Echo", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as dev10a's Dairy Week.")
d.M("Ellie Marsh", "PERSON", "The girl the charity is named after (inside its name).")
d.M("Hanley General Hospital", "ORG", "Hospital where the scanner goes (place; run by the trust).")
d.M("Great Ormond Street Hospital", "ORG", "Source of the play-area model (background).")
d.M("Keele University", "ORG", "Only inside Chaudhry's role.")
d.M("Stoke-on-Trent City Council", "ORG", "Only inside Whitfield's role.")
d.M("NHS", "ORG", "Inside the Charity Commission's quote and inside names.")
d.M("Stoke-on-Trent", "GPE", "Location.")
d.M("Erlangen", "GPE", "Location.")
d.write()
