import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ea04_christchurch_rates")

S = dict(marks="curly")
WHI = dict(aliases=["Mayor Hana Whitlock"], role="Mayor")
TUH = dict(aliases=["the CFO"], role="The council's chief financial officer")
MCA = dict(aliases=["Cr Rhys McAlister"], role="Cr")
d.Q("Hana Whitlock", "the least bad option", **WHI, **S, syntax="phrase", cue="Mayor Hana Whitlock said the increase was")
d.Q("Hana Whitlock", "Nobody around this table wanted to be here,", **WHI, **S, cue="she told councillors")
d.Q("Hana Whitlock", "But the pipes under this city don't care that it's an election year.", **WHI, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Andrew Tuhiwai", "We have headroom, but not much of it,", **TUH, **S, cue="the CFO said",
    note="Role-only reference (acronym) to Andrew Tuhiwai.")
d.Q("Andrew Tuhiwai", "One more bad year and we are at the limit.", **TUH, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Rhys McAlister", "a tax grab dressed up as prudence", **MCA, **S, syntax="phrase",
    cue="Cr Rhys McAlister, who led the opposition, called the plan",
    note="7-word noun phrase -> 'full' by the length rule.")
d.Q("Rhys McAlister", "You can't keep going back to the same households every July,", **MCA, **S, cue="he said")
d.Q("Grace Tamihana", "These are the people who answer the phones when the river comes up,", role="MSU organiser", **S,
    cue="she said", note="Pronoun speaker; Tamihana named in the sentence before.")
d.Q("Department of Internal Affairs", "working closely with councils", stype="ORG", **S, syntax="phrase",
    cue="The Department of Internal Affairs said in a statement that it was")
d.Q("Leanne Ormsby", "already stretched to breaking point", role="Canterbury Business Chamber chief executive", **S,
    syntax="phrase", cue="Canterbury Business Chamber chief executive Leanne Ormsby said firms were")

d.F("9.8%", 9.8, "percent", "average rates rise (headline)")
d.F("$1.42b", 1420000000, "NZD", "council budget (headline)")
d.F("9.8 per cent", 9.8, "percent", "average rates rise for homeowners")
d.F("July 1", "2026-07-01", "date", "when the rates rise starts", ctx="from July 1", value_inferred=True,
    note="Year inferred from the 2026/27 annual plan.")
d.F("2026/27", "2026/2027", "date", "financial year of the annual plan", note="New Zealand council year, July to June.")
d.F("nine", 9, "count", "councillors voting for the plan")
d.F("seven", 7, "count", "councillors voting against the plan", ctx="to seven on")
d.F("more than seven hours", 7, "hours", "length of the council meeting", qualifier="more than")
d.F("$1.42 billion", 1420000000, "NZD", "council budget")
d.F("about $312", 312, "NZD", "yearly increase in the typical residential bill", qualifier="about")
d.F("roughly $6", 6, "NZD", "weekly increase in the typical residential bill", qualifier="roughly")
d.F("$3,496", 3496, "NZD", "typical residential rates bill after the rise")
d.F("11.4 per cent", 11.4, "percent", "rates rise for business ratepayers")
d.F("Almost half", 0.5, "fraction", "share of the extra spending going to water infrastructure", qualifier="almost")
d.F("$96 million", 96000000, "NZD", "extra spending on water infrastructure")
d.F("68 km", 68, "km", "ageing pipes to be replaced")
d.F("three years", 3, "years", "period of the pipe replacement")
d.F("40 million litres", 40000000, "litres", "treated water lost to leaks each day", qualifier="an estimated",
    note="The qualifier 'an estimated' is kept out of the surface (dev3 d09 convention).")
d.F("$218m", 218000000, "NZD", "council's share of the Three Waters upgrade programme")
d.F("$2.9b", 2900000000, "NZD", "net debt by June 2027")
d.F("June 2027", "2027-06", "date", "when net debt reaches $2.9b")
d.F("268 per cent", 268, "percent", "net debt as a share of revenue")
d.F("280 per cent", 280, "percent", "council's self-imposed debt ceiling (share of revenue)")
d.F("$41m", 41000000, "NZD", "budget gap to close")
d.F("45", 45, "count", "staff roles cut")
d.F("two", 2, "count", "libraries shut on Mondays", ctx="shut two of")
d.F("21", 21, "count", "libraries in the city", ctx="city's 21")
d.F("10 hours", 10, "hours", "weekly cut in opening hours at the Taiora QEII pool")
d.F("$2.50", 2.5, "NZD", "new adult bus fare")
d.F("50c", 0.5, "NZD", "new child bus fare", note="Cents stored in full currency units (NZD 0.50).")
d.F("about 38,000 tonnes", 38000, "tonnes", "green waste collected a year", qualifier="about")
d.F("6.5%", 6.5, "percent", "rates cap proposed by McAlister")
d.F("15%", 15, "percent", "council's stake in the regional airport")
d.F("19", 19, "count", "cut roles that are currently filled")
d.F("More than 4,800", 4800, "count", "submissions received during consultation", qualifier="more than")
d.F("April", "2026-04", "date", "consultation month", value_inferred=True, note="Year inferred (2026).")
d.F("about two-thirds", 0.6666666667, "fraction", "submitters opposing a rise above 8%", qualifier="about")
d.F("8%", 8, "percent", "rise threshold most submitters opposed", ctx="above 8%")
d.F("Roughly one in five", 0.2, "fraction", "submitters asking for the pool cuts to be reversed", qualifier="roughly")
d.F("July 1", "2026-07-01", "date", "when the new rates take effect", ctx="effect on July 1", value_inferred=True,
    note="Year inferred from the 2026/27 annual plan.")
d.F("first", 1, "ordinal", "rates instalment due on August 31")
d.F("August 31", "2026-08-31", "date", "due date of the first instalment", value_inferred=True, note="Year inferred (2026).")

d.NF("Three", ctx="Three Waters", reason="Name of a national programme ('Three Waters').")
d.NF("One", ctx="One more bad year", reason="Hypothetical 'one more bad year' inside a quote, not a reported quantity.")

d.RT("on Thursday night", resolved=None)
d.RT("every July", resolved=None, note="Inside a quote.")

d.P("Christchurch City Council", "ORG", None, "after Christchurch City Council approved", ["actor"],
    note="Later 'the council'.")
d.P("Hana Whitlock", "PERSON", "Mayor", "Mayor Hana Whitlock said", ["quoted"], aliases=["Mayor Hana Whitlock"])
d.P("Andrew Tuhiwai", "PERSON", "The council's chief financial officer", "The council's chief financial officer, Andrew Tuhiwai",
    ["quoted", "cited"], note="Later 'the CFO'.")
d.P("Rhys McAlister", "PERSON", "Cr", "Cr Rhys McAlister, who led the opposition", ["quoted", "actor"],
    aliases=["Cr Rhys McAlister"], note="Role 'who led the opposition' also stated.")
d.P("Municipal Staff Union", "ORG", None, "The Municipal Staff Union (MSU) said", ["cited"], aliases=["MSU"])
d.P("Grace Tamihana", "PERSON", "MSU organiser", "MSU organiser Grace Tamihana said", ["quoted", "cited"])
d.P("Simon Keown", "PERSON", "Deputy Mayor", "Deputy Mayor Simon Keown backed", ["cited", "actor"],
    aliases=["Deputy Mayor Simon Keown"])
d.P("Department of Internal Affairs", "ORG", None, "The Department of Internal Affairs said in a statement", ["quoted"])
d.P("Leanne Ormsby", "PERSON", "Canterbury Business Chamber chief executive",
    "Canterbury Business Chamber chief executive Leanne Ormsby said", ["quoted"])
d.M("Canterbury Business Chamber", "ORG", "Only in Ormsby's role.")
d.M("Christchurch", "GPE", "City (background).")
d.M("Taiora QEII", "FAC", "Pool.")
d.M("Three Waters", "PROGRAMME", "National water upgrade programme.")
d.write()
