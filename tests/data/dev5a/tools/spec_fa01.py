import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fa01_zambia_imf_loan")
d.B("WASHINGTON, March 18 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
VAL = dict(aliases=["Valdora"], role="the IMF's mission chief for Zambia")
CHA = dict(aliases=["Chanda", "the minister"], role="The country's finance minister")
d.Q("Ines Valdora", "Zambia has done the hard part, which is to start,", **VAL, **S, cue="told Reuters")
d.Q("Ines Valdora", "The harder part is to keep going when copper prices turn.", **VAL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Mwila Chanda", "protect the poor, not punish them", **CHA, **S, syntax="phrase",
    cue="The country's finance minister, Mwila Chanda, said the programme would")
d.Q("Mwila Chanda", "We will not go back to borrowing from the future,", **CHA, **S, cue="the minister said",
    note="Trap: the last person named before the quote is Tomas Brekke; 'the minister' is Chanda (role-only speaker).")
d.Q("Tomas Brekke", "close the gap between what is owed and what is paid.", aliases=["Brekke"],
    role="the World Bank's country director", **S, syntax="phrase", cue="Brekke said the grants would help the ZRA",
    note="11-word verb phrase -> 'full' by the length rule; US-style period inside the marks.")
d.Q("senior finance ministry official", "We asked for more and were told to earn it,", aliases=["the official"],
    role="senior finance ministry official", stype="ANONYMOUS", **S, cue="the official said",
    note="'A senior finance ministry official, who asked not to be named because the talks were confidential'.")
d.Q("Daniel Phiri", "a floor to stand on", role="Its chief economist", **S, syntax="phrase",
    cue="Its chief economist, Daniel Phiri, said the loan gave banks",
    note="'Its' = Zambezi Commercial Bank Plc (organisation named only through a possessive).")
d.Q("Bupe Mwansa", "daylight robbery", role="The union's general secretary", **S, syntax="phrase",
    cue="The union's general secretary, Bupe Mwansa, 49, called the freeze")
d.Q("Ines Valdora", "buffers", **VAL, **S, syntax="phrase",
    cue="Valdora said the programme assumed ... and kept",
    note="Scare-quote fragment inside reported speech attributed to Valdora.")

d.F("$1.3 billion", 1300000000, "USD", "IMF loan for Zambia (headline)", ctx="approves $1.3 billion")
d.F("38-month", 38, "months", "length of the IMF loan")
d.F("SDR 980 million", 980000000, "XDR", "IMF loan in special drawing rights",
    note="SDR = special drawing rights, ISO code XDR.")
d.F("about $1.3 billion", 1300000000, "USD", "dollar value of the IMF loan", qualifier="about")
d.F("roughly $185 million", 185000000, "USD", "immediate disbursement", qualifier="roughly")
d.F("2.8%", 2.8, "percent", "budget deficit target as a share of GDP")
d.F("2028", 2028, "year", "deadline for the deficit target")
d.F("5.6%", 5.6, "percent", "budget deficit as a share of GDP in 2025")
d.F("2025", 2025, "year", "year of the 5.6% deficit")
d.F("a quarter", 0.25, "fraction", "rise in social cash transfers", note="'rise by a quarter' = +25%.")
d.F("4.2 billion kwacha", 4200000000, "ZMW", "social cash transfers in the 2026 budget")
d.F("2026", 2026, "year", "budget year of the higher cash transfers", ctx="the 2026 budget")
d.F("$450 million", 450000000, "USD", "World Bank development policy operation")
d.F("second", 2, "ordinal", "place of the operation in its World Bank series")
d.F("2024", 2024, "year", "when the World Bank series began")
d.F("$800,000 to $1.3 million", [800000, 1300000], "USD", "World Bank technical grants for the ZRA")
d.F("about two-thirds", 0.6666666667, "fraction", "share of government revenue absorbed by debt service this year",
    qualifier="about")
d.F("71%", 71, "percent", "share of government revenue absorbed by debt service in 2023")
d.F("2023", 2023, "year", "year of the 71% debt-service share")
d.F("between $62 million and $68 million", [62000000, 68000000], "USD", "unpaid arrears to local suppliers (CFPR data)")
d.F("2033", 2033, "year", "maturity of Zambia's dollar bond",
    note="'its dollar bond due 2033': the maturity year identifies the bond but also states a fact.")
d.F("0.4 percentage points", 0.4, "percentage points", "fall in the bond yield", note="A fall; stored as a size.")
d.F("9.7%", 9.7, "percent", "bond yield after the fall")
d.F("0.9%", 0.9, "percent", "rise in the kwacha")
d.F("24.35", 24.35, "ZMW", "kwacha exchange rate", note="Kwacha per US dollar ('24.35 per dollar').")
d.F("4.1%", 4.1, "percent", "rise in Zambezi Commercial Bank shares")
d.F("about 58,000", 58000, "count", "teachers, nurses and clerks the PSWUZ says it represents", qualifier="about")
d.F("2026-2027", [2026, 2027], "year", "period of the planned public-sector wage freeze")
d.F("49", 49, "years", "age of Bupe Mwansa")
d.F("about 70%", 70, "percent", "copper's share of Zambia's export revenue", qualifier="about")
d.F("near $9,800", 9800, "USD", "copper price per tonne", qualifier="near", note="Price per tonne.")
d.F("$8,900", 8900, "USD", "average copper price assumed by the IMF programme", note="Per tonne.")
d.F("three years", 3, "years", "period over which the $8,900 copper price is assumed")
d.F("six months", 6, "months", "interval between IMF programme reviews")
d.F("first", 1, "ordinal", "IMF programme review due in September")
d.F("September", "2026-09", "date", "when the first review is due", value_inferred=True,
    note="Year inferred from the dateline context (2026 budget, March).")

d.NF("18", ctx="March 18 (Reuters)", reason="Date in the dateline.")
d.NF("G20", reason="Name of an international body (G20's Common Framework).")

d.RT("on Wednesday", ctx="board on Wednesday approved", resolved=None)
d.RT("on Tuesday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("on Wednesday", ctx="9.7% on Wednesday", resolved=None)
d.RT("on Wednesday", ctx="tonne on Wednesday", resolved=None)

d.P("International Monetary Fund", "ORG", None, "The International Monetary Fund's executive board on Wednesday",
    ["actor", "cited"], aliases=["IMF"], note="Cited via 'according to an IMF staff statement'.")
d.P("Zambia", "GPE", None, "Zambia restructured most of its external debt", ["actor"], aliases=["Lusaka"],
    note="'Lusaka had pushed for a bigger upfront payment' (metonym).")
d.P("Ines Valdora", "PERSON", "the IMF's mission chief for Zambia", "Ines Valdora, the IMF's mission chief for Zambia",
    ["quoted", "cited"], aliases=["Valdora"])
d.P("Mwila Chanda", "PERSON", "The country's finance minister", "The country's finance minister, Mwila Chanda",
    ["quoted", "actor"], aliases=["Chanda"], note="Later 'the minister'.")
d.P("World Bank", "ORG", None, "The World Bank said separately", ["actor", "cited"])
d.P("Tomas Brekke", "PERSON", "the World Bank's country director", "the World Bank's country director, Tomas Brekke",
    ["quoted"], aliases=["Brekke"])
d.P("Centre for Fiscal Policy Research", "ORG", None, "a report by the Lusaka-based Centre for Fiscal Policy Research",
    ["cited"], aliases=["CFPR"], note="'a report by X' and 'CFPR data show'.")
d.P("Meridian Bond Analytics", "ORG", None, "according to Meridian Bond Analytics", ["cited"])
d.P("Zambezi Commercial Bank Plc", "ORG", "the country's biggest lender by assets", "Shares in Zambezi Commercial Bank Plc",
    ["actor"], note="Its shares rose; later only 'Its' (Phiri's role).")
d.P("Daniel Phiri", "PERSON", "Its chief economist", "Its chief economist, Daniel Phiri", ["quoted"])
d.P("Public Service Workers Union of Zambia", "ORG", None, "The Public Service Workers Union of Zambia (PSWUZ)",
    ["actor"], aliases=["PSWUZ"], note="Threatened strikes; later 'the union's'.")
d.P("Bupe Mwansa", "PERSON", "The union's general secretary", "The union's general secretary, Bupe Mwansa", ["quoted"])
d.M("Zambia Revenue Authority", "ORG", "Recipient of World Bank grants (object only); acronym ZRA.")
d.M("Extended Credit Facility", "PROGRAMME", "IMF lending instrument (ECF).")
d.M("Common Framework", "PROGRAMME", "G20 debt-restructuring framework.")
d.M("G20", "ORG", "Only inside 'G20's Common Framework'.")
d.M("Reuters", "ORG", "The news agency itself (dateline, 'told Reuters').")
d.M("WASHINGTON", "GPE", "Dateline.")
d.write()
