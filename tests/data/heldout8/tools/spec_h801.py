import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h801_tsukuda_profit_warning")
d.B("TOKYO, Nov 12 (Reuters) -", "dateline", partial=True)
d.B("($1 = 147.50 yen)", "exchange-rate footnote")
d.B("(Reporting by Kaito Mori; Editing by Helen Park)", "byline")
S = dict(marks="straight")

AOY = dict(role="President")
FUJ = dict(aliases=["Fujimura"], role="an analyst at Shirogane Securities in Tokyo")
d.Q("Kenji Aoyama", "The yen has moved against us faster than anyone planned for,", **AOY, **S,
    cue="President Kenji Aoyama told a news conference", note="Split quote, first half.")
d.Q("Kenji Aoyama", "and we are not going to chase volume at any price.", **AOY, **S, syntax="clause",
    cue="President Kenji Aoyama told a news conference", note="Split quote, second half.")
d.Q("Tsukuda Precision Co", "These decisions are painful but necessary,", stype="ORG",
    aliases=["Tsukuda Precision", "Tsukuda", "the company"], **S, cue="the company said in a statement")
d.Q("Masato Ishii", "a betrayal", role="The union's chairman", **S, syntax="phrase", cue="called the closures",
    note="Scare-quote fragment attributed in the same sentence.")
d.Q("senior procurement executive at a Chinese handset maker", "We simply bought too many last year,", stype="ANONYMOUS",
    role="senior procurement executive at a Chinese handset maker", **S, cue="he said",
    note="Anonymous source ('who asked not to be named'); introduced in the previous sentence with 'told Reuters'.")
d.Q("Aiko Fujimura", "The guidance cut was expected, but closing plants is a real change of tone,", **FUJ, **S,
    cue="said Aiko Fujimura")
d.Q("Aiko Fujimura", "It worked for them, but it took three years,", **FUJ, **S, cue="she said",
    note="Trap: the last person named before the quote is Ryo Kuroda; 'she' is Fujimura.")
d.Q("Yuko Maeda", "Returning cash to shareholders is not negotiable,", aliases=["Maeda"], role="Chief Financial Officer",
    **S, cue="Maeda said")

d.F("two", 2, "count", "plants Tsukuda will shut (headline)", ctx="shut two plants")
d.F("12%", 12, "percent", "cut in the full-year profit forecast")
d.F("two", 2, "count", "factories in Japan to close", ctx="close two of its")
d.F("nine", 9, "count", "Tsukuda factories in Japan")
d.F("184 billion yen", 184000000000, "JPY", "new full-year operating profit forecast")
d.F("$1.25 billion", 1250000000, "USD", "dollar value of the new operating profit forecast")
d.F("March 31, 2027", "2027-03-31", "date", "end of Tsukuda's financial year")
d.F("210 billion yen", 210000000000, "JPY", "previous operating profit forecast")
d.F("201.5 billion yen", 201500000000, "JPY", "average analyst estimate of operating profit")
d.F("14", 14, "count", "analysts polled by QuantStar Data", ctx="of 14 analysts")
d.F("July-September quarter", "2026-07/2026-09", "date", "quarter of the reported results", value_inferred=True,
    note="Year from the dateline/context (2026).")
d.F("23.6%", 23.6, "percent", "fall in July-September operating profit",
    note="Direction ('fell') is in the text; the value is the size of the change.")
d.F("41.3 billion yen", 41300000000, "JPY", "July-September operating profit")
d.F("4.1%", 4.1, "percent", "fall in July-September revenue")
d.F("612.8 billion yen", 612800000000, "JPY", "July-September revenue")
d.F("1.7 percentage points", 1.7, "percentage points", "narrowing of the operating margin")
d.F("6.7%", 6.7, "percent", "operating margin")
d.F("as much as 7.8%", 7.8, "percent", "biggest intraday fall in Tsukuda shares", qualifier="as much as")
d.F("5.2%", 5.2, "percent", "fall in Tsukuda shares at the close")
d.F("3,415 yen", 3415, "JPY", "Tsukuda closing share price")
d.F("0.6%", 0.6, "percent", "rise in the Nikkei 225 index")
d.F("145 yen", 145, "JPY", "new exchange-rate assumption, yen per dollar", note="Exchange rate 'N yen to the dollar'.")
d.F("October-March half", "2026-10/2027-03", "date", "period of the new exchange-rate assumption", value_inferred=True,
    note="Second half of the financial year ending March 31, 2027.")
d.F("155 yen", 155, "JPY", "previous exchange-rate assumption, yen per dollar")
d.F("1 yen", 1, "JPY", "size of yen move in the profit sensitivity")
d.F("about 2.8 billion yen", 2800000000, "JPY", "annual operating profit lost per 1 yen rise against the dollar",
    qualifier="about")
d.F("200-megapixel", 200, "megapixels", "resolution of Tsukuda's sensor")
d.F("6.1-inch", 6.1, "inches", "screen size of the flagship handsets using the sensor")
d.F("a third", 0.3333333333, "fraction", "fall in demand for the 200-megapixel sensor")
d.F("256GB", 256, "GB", "capacity of a memory-unit storage chip")
d.F("512GB", 512, "GB", "capacity of a memory-unit storage chip")
d.F("fiscal 2027", "2027-04/2028-03", "date", "deadline for the plant closures",
    note="The text glosses it: 'which runs to March 2028'.")
d.F("March 2028", "2028-03", "date", "end of fiscal 2027")
d.F("about 1,400", 1400, "count", "workers affected by the closures", qualifier="about")
d.F("roughly a tenth", 0.1, "fraction", "share of the domestic workforce affected", qualifier="roughly")
d.F("some 11,000", 11000, "count", "employees represented by the Tsukuda Workers' Union", qualifier="some")
d.F("5.1%", 5.1, "percent", "base-pay rise in this year's spring wage deal")
d.F("45 billion yen", 45000000000, "JPY", "METI subsidy granted to Tsukuda")
d.F("2024", 2024, "year", "when METI granted the subsidy")
d.F("first half of 2027", "2027-01/2027-06", "date", "period of the handset maker's cut sensor orders")
d.F("2019", 2019, "year", "Hamano Optics restructuring")
d.F("three years", 3, "years", "time the Hamano Optics restructuring took to work (Fujimura)")
d.F("120 yen", 120, "JPY", "annual dividend per share")
d.F("up to 30 billion yen", 30000000000, "JPY", "share buyback", qualifier="up to")
d.F("about 2.5%", 2.5, "percent", "share of outstanding stock covered by the buyback", qualifier="about")
d.F("between December and March", "2026-12/2027-03", "date", "buyback period", value_inferred=True,
    note="Years inferred from the dateline (Nov 2026).")

d.NF("12", ctx="Nov 12 (Reuters)", reason="Date in the dateline (boilerplate).")
d.NF("225", reason="Index name (Nikkei 225).")
d.NF("A320", reason="Aircraft model name (Airbus A320).")
d.NF("$1", ctx="($1 = 147.50 yen)", reason="Exchange-rate footnote (boilerplate).")
d.NF("147.50", reason="Exchange-rate footnote (boilerplate).")

d.RT("on Thursday", resolved="2026-11-12")
d.RT("a year earlier", resolved=None)
d.RT("this year's", resolved="2026")
d.RT("last year", resolved="2025", note="Inside a quote.")

d.P("Tsukuda Precision Co", "ORG", None, "Tsukuda Precision Co cut its full-year", ["actor", "quoted"],
    aliases=["Tsukuda Precision", "Tsukuda"])
d.P("QuantStar Data", "ORG", None, "analysts polled by QuantStar Data", ["cited"])
d.P("Kenji Aoyama", "PERSON", "President", "President Kenji Aoyama told", ["quoted"])
d.P("Tsukuda Workers' Union", "ORG", None, "The Tsukuda Workers' Union, which represents", ["cited"])
d.P("Masato Ishii", "PERSON", "The union's chairman", "The union's chairman, Masato Ishii", ["quoted"])
d.P("Ministry of Economy, Trade and Industry", "ORG", None, "Japan's Ministry of Economy, Trade and Industry (METI)",
    ["actor", "cited"], aliases=["METI"])
d.P("Aiko Fujimura", "PERSON", "an analyst at Shirogane Securities in Tokyo", "said Aiko Fujimura", ["quoted", "cited"],
    aliases=["Fujimura"])
d.P("Yuko Maeda", "PERSON", "Chief Financial Officer", "Chief Financial Officer Yuko Maeda said", ["quoted", "cited"],
    aliases=["Maeda"])
d.M("Shirogane Securities", "ORG", "Only in Fujimura's role.")
d.M("Hamano Optics", "ORG", "Background comparison (a 2019 restructuring).")
d.M("Ryo Kuroda", "PERSON", "Background: former chief executive of Hamano Optics.")
d.M("Reuters", "ORG", "The news agency publishing the story ('told Reuters').")
d.M("Airbus", "ORG", "Only in the product name 'Airbus A320 family'.")
d.M("Nikkei 225", "INDEX", "Stock index.")
d.M("Japan", "GPE", "Location of the factories.")
d.M("Tokyo", "GPE", "Dateline; in Fujimura's role.")
d.M("Osaka", "GPE", "Tsukuda's base.")
d.M("Kumamoto", "GPE", "Plant location.")
d.M("Nagano", "GPE", "Plant location.")
d.M("Kaito Mori", "PERSON", "Reporter (byline).")
d.M("Helen Park", "PERSON", "Editor (byline).")
d.write()
