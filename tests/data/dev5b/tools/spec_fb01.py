import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fb01_hallworth_budget")
d.B("Wed 25 Nov 2026 17.05 GMT", "dateline", note="Guardian-style publication timestamp; gives the year 2026.")

ASH = dict(aliases=["Hallworth", "the chancellor"], role="The chancellor")
OKA = dict(aliases=["Tremlow", "shadow chancellor"], role="the shadow chancellor")
d.Q("Daniel Tremlow", "asks the most of those with the least", **OKA, syntax="phrase", marks="single",
    cue="says shadow chancellor",
    note="Headline paraphrase in single marks; speaker given only by role in the headline. 8-word verb phrase -> 'full'.")
d.Q("Miriam Hallworth", "on a footing that can survive the next shock", **ASH, syntax="phrase",
    cue="in a budget she said would put the public finances", note="8-word phrase -> 'full' by the length rule.")
d.Q("Miriam Hallworth", "I will not pretend these are easy choices,", **ASH, cue="she said")
d.Q("Miriam Hallworth", "But a country that borrows to pay the interest on what it has already borrowed is not in control of "
    "its own future.", **ASH, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Daniel Tremlow", "a tax raid dressed up as responsibility", **OKA, syntax="phrase",
    cue="the shadow chancellor, Daniel Tremlow, called the package", note="Scare-quoted 7-word phrase -> 'full'.")
d.Q("Daniel Tremlow", "She has asked the most of those with the least,", **OKA, cue="Tremlow said")
d.Q("Daniel Tremlow", "Every nurse on a night shift will pay for her mistakes.", **OKA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Sunita Rao", "This budget looks fair in the Commons and less fair in the kitchen,", role="its director",
    cue="said its director, Sunita Rao", note="'its' = the Pemberton Institute (possessive organisation).")
d.Q("Miriam Hallworth", "He cannot oppose from that bench what he wrote in his own manifesto,", **ASH, cue="she said",
    note="Trap: the last person named before the quote is Tremlow (he); 'she' is Hallworth.")
d.Q("Rachel Ewart", "barely a rounding error", role="who chairs the Treasury select committee", syntax="phrase",
    cue="Rachel Ewart ... said the forecasts left the chancellor with headroom of just £9.9bn")
d.Q("senior Treasury official", "If the markets want to see discipline, this is what discipline looks like.",
    role="senior Treasury official", stype="ANONYMOUS",
    cue="A senior Treasury official, who asked not to be named, was blunter:", note="Anonymous; colon-introduced quote.")
d.Q("British Independent Retailers’ Forum", "a missed chance to let the high street grow", stype="ORG", aliases=["BIRF"],
    syntax="phrase", cue="The British Independent Retailers’ Forum (BIRF) said in a post on X that ... was",
    note="Quote from a social media post; 9-word phrase -> 'full'.")
d.Q("Miriam Hallworth", "We will be judged on whether the numbers add up in three years,", **ASH, cue="the chancellor said",
    note="Split quote, first half; role-only speaker.")
d.Q("Miriam Hallworth", "not on whether they are popular in three days.", **ASH, syntax="clause", cue="the chancellor said",
    note="Split quote, second half.")

d.F("£26.4bn", 26400000000, "GBP", "tax rises a year announced in the budget")
d.F("2030-31", "2030/2031", "date", "year by which the tax rises reach £26.4bn a year", ctx="by 2030-31, freezing",
    note="UK fiscal year (April to March).")
d.F("two years", 2, "years", "further freeze of income tax thresholds", ctx="another two years")
d.F("5p", 5, "GBX", "fuel duty cut that ends", ctx="the 5p cut")
d.F("1.1%", 1.1, "percent", "OBR growth forecast for this year (2026)")
d.F("1.4%", 1.4, "percent", "OBR growth forecast for 2027")
d.F("2027", 2027, "year", "year of the 1.4% growth forecast")
d.F("1.9%", 1.9, "percent", "growth the OBR had forecast in March")
d.F("March", "2026-03", "date", "when the OBR made its earlier forecast", ctx="forecast in March", value_inferred=True,
    note="Year from the dateline (2026).")
d.F("£118.7bn", 118700000000, "GBP", "borrowing in 2026-27")
d.F("2026-27", "2026/2027", "date", "fiscal year of £118.7bn borrowing")
d.F("£61.8bn", 61800000000, "GBP", "borrowing forecast by the end of the decade")
d.F("between £480 and £620", [480, 620], "GBP", "how much worse off a typical working family would be a year (Tremlow)")
d.F("2029", 2029, "year", "year by which families would be worse off (Tremlow)")
d.F("5p", 5, "GBX", "rise in fuel duty per litre", ctx="rise by 5p a litre")
d.F("1 April", "2027-04-01", "date", "when fuel duty rises", value_inferred=True,
    note="Next 1 April after a November 2026 budget.")
d.F("57.95p", 57.95, "GBX", "fuel duty per litre after the rise")
d.F("136.4p", 136.4, "GBX", "average price of a litre of unleaded last week (RouteWise)")
d.F("4.1%", 4.1, "percent", "rise in the national living wage")
d.F("£12.71", 12.71, "GBP", "new national living wage per hour")
d.F("April", "2027-04", "date", "when the new living wage applies", ctx="hour from April.", value_inferred=True,
    note="Next April after a November 2026 budget.")
d.F("21%", 21, "percent", "gaming duty before the change")
d.F("29%", 29, "percent", "gaming duty after the change")
d.F("up to 8.5 kW", 8.5, "kW", "rating of home batteries that will carry no VAT", qualifier="up to")
d.F("2030", 2030, "year", "until when home batteries carry no VAT", ctx="no VAT until 2030")
d.F("About two-thirds", 0.6666666667, "fraction", "share of the extra revenue from the threshold freeze", qualifier="About")
d.F("roughly 1.3 million", 1300000, "count", "more people pulled into paying income tax", qualifier="roughly")
d.F("2030-31", "2030/2031", "date", "year by which 1.3 million more pay income tax", ctx="tax by 2030-31.")
d.F("tenth", 0.1, "fraction", "poorest tenth of households (Pemberton Institute)", ctx="poorest tenth")
d.F("1.6%", 1.6, "percent", "income loss of the poorest tenth")
d.F("0.9%", 0.9, "percent", "income loss of the richest tenth")
d.F("tenth", 0.1, "fraction", "richest tenth of households (Pemberton Institute)", ctx="richest tenth")
d.F("£9.9bn", 9900000000, "GBP", "headroom against the fiscal rules")
d.F("£1.3tn", 1300000000000, "GBP", "what the state spends a year")
d.F("0.4%", 0.4, "percent", "fall in the pound against the dollar")
d.F("$1.312", 1.312, "USD", "pound's value in dollars after the fall")
d.F("0.06 percentage points", 0.06, "percentage points", "drop in the 10-year gilt yield")
d.F("4.49%", 4.49, "percent", "10-year gilt yield after the drop")
d.F("31 points", 31, "points", "fall in the FTSE 100")
d.F("£90,000", 90000, "GBP", "VAT registration threshold")
d.F("three years", 3, "years", "when the chancellor expects to be judged (in a quote)")

d.NF("25", ctx="Wed 25 Nov", reason="Date in the publication line (boilerplate).")
d.NF("2026", ctx="Nov 2026 17.05", reason="Year in the publication line (boilerplate).")
d.NF("17.05", reason="Time in the publication line (boilerplate).")
d.NF("10", ctx="10-year gilts", reason="Instrument name ('10-year gilts').")
d.NF("100", ctx="FTSE 100", reason="Index name (FTSE 100).")
d.NF("three days", reason="Rhetorical contrast inside a quote ('popular in three days'), not a reported period.")

d.NF("decade", ctx="end of the decade", reason="Part of the relative time 'the end of the decade' (listed under relative times).")
d.RT("this year", resolved="2026")
d.RT("the end of the decade", resolved=None)
d.RT("last week", resolved=None)

d.P("Miriam Hallworth", "PERSON", "The chancellor", "The chancellor, Miriam Hallworth, has announced", ["quoted", "actor"],
    aliases=["Hallworth"], note="Later 'the chancellor'.")
d.P("Office for Budget Responsibility", "ORG", None, "Hallworth told MPs the Office for Budget Responsibility (OBR)",
    ["cited"], aliases=["OBR"], note="Also 'OBR data show'.")
d.P("Daniel Tremlow", "PERSON", "the shadow chancellor", "the shadow chancellor, Daniel Tremlow, called", ["quoted"],
    aliases=["Tremlow"], note="Introduced as 'Her opposite number'.")
d.P("RouteWise", "ORG", "the motoring group", "according to the motoring group RouteWise", ["cited"])
d.P("Pemberton Institute", "ORG", "a centre-left think tank", "Analysis by the Pemberton Institute, a centre-left think tank",
    ["cited"])
d.P("Sunita Rao", "PERSON", "its director", "said its director, Sunita Rao", ["quoted"])
d.P("Rachel Ewart", "PERSON", "who chairs the Treasury select committee", "Rachel Ewart, who chairs the Treasury select committee",
    ["quoted", "cited"])
d.P("British Independent Retailers’ Forum", "ORG", None, "The British Independent Retailers’ Forum (BIRF) said", ["quoted"],
    aliases=["BIRF"])
d.M("Treasury select committee", "ORG", "Only in Ewart's role.")
d.M("Treasury", "ORG", "Employer of the anonymous official (background).")
d.M("Commons", "ORG", "Inside Rao's quote.")
d.M("FTSE 100", "INDEX", "Stock index.")
d.M("X", "PRODUCT", "Social network where the BIRF posted.")
d.write()
