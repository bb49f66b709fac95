import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll03_bristol_three_weekly_bins")
d.B("*By Tom Hale, local democracy reporter — 10 June 2026*", "byline")

S = dict(marks="straight")
RAH = dict(aliases=["Cllr Aisha Rahman"], role="who chairs the committee")
PIK = dict(aliases=["Pike", "Cllr Graham Pike"], role="who leads the opposition Civic Alliance group")
MOS = dict(role="who has lived in Southmead for 40 years")
d.Q("Aisha Rahman", "We cannot keep paying to burn things that could have been recycled,", **RAH, **S,
    cue="said Cllr Aisha Rahman, who chairs the committee",
    note="Speaker introduced after the quote; 'Cllr' (no period) + full name; 'the committee' = the council's "
         "environment and sustainability committee.")
d.Q("Aisha Rahman", "Every tonne we take out of the black bin saves the city more than £100.", **RAH, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Graham Pike", "Families with babies in nappies will be living next to bins that stink by the second week,",
    **PIK, **S, cue="Pike said")
d.Q("Graham Pike", "This is a cut dressed up as a green policy.", **PIK, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Helen Carter", "Nobody is being shown the door,", role="Its managing director", **S, cue="she said",
    note="'she' = Carter, the only person named in the paragraph; 'Its' = Avonside Waste Services Ltd.")
d.Q("Municipal and General Workers Union", "Our members were told about this on the radio, like everybody else,",
    stype="ORG", aliases=["the union"], **S, cue="the union said",
    note="Role-only organisation attribution ('the union' = the Municipal and General Workers Union, sentence before).")
d.Q("Jenny Moss", "Three weeks is a long time for a bin in the summer,", **MOS, **S, cue="she said",
    note="'she' = Moss, the only person named in the paragraph.")
d.Q("Jenny Moss", "The foxes will have a party.", **MOS, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marcus Lloyd", "worried, but willing to be proved wrong.", role="Its founder", **S, syntax="phrase",
    cue="Its founder, Marcus Lloyd, told the local station Avon Valley Radio that the group was",
    note="'Its' = Clean Streets Bristol; told to a radio station. 7-word phrase -> full.")

d.F("three weeks", 3, "weeks", "interval between black-bin collections (headline)", ctx="every three weeks from")
d.F("October", "2026-10", "date", "when three-weekly collections start (headline)", ctx="from October after",
    value_inferred=True, note="Year from the byline (10 June 2026).")
d.F("three weeks", 3, "weeks", "new interval between general rubbish collections", ctx="every three weeks instead")
d.F("a fortnight", 2, "weeks", "current interval between general rubbish collections", note="'once a fortnight'.")
d.F("£2.4m", 2400000, "GBP", "yearly saving from the change", note="Per year ('a year').")
d.F("seven", 7, "count", "committee votes for the plan", note="'seven votes to four', split into its two counts.")
d.F("four", 4, "count", "committee votes against the plan", ctx="votes to four")
d.F("about 185,000", 185000, "count", "homes affected by the change", qualifier="about")
d.F("5 October", "2026-10-05", "date", "when the change applies from", value_inferred=True,
    note="Year from the byline (10 June 2026).")
d.F("more than £100", 100, "GBP", "saving per tonne taken out of the black bin (Rahman, in a quote)",
    qualifier="more than", note="Per tonne.")
d.F("44.6%", 44.6, "percent", "share of household waste recycled in Bristol last year")
d.F("65%", 65, "percent", "national recycling target")
d.F("2035", 2035, "year", "deadline of the national recycling target", note="'by 2035'.")
d.F("61,300 tonnes", 61300, "tonnes", "rubbish the council sent to be burned at Avonmouth")
d.F("about £112", 112, "GBP", "cost of burning a tonne of rubbish", qualifier="about", note="Per tonne ('a tonne').")
d.F("58%", 58, "percent", "share of consultation respondents who opposed the change")
d.F("9,400", 9400, "count", "people who responded to the consultation")
d.F("second", 2, "ordinal", "week by which bins will stink (Pike, in a quote)", ctx="the second week")
d.F("six or more", 6, "count", "people in a household that can ask for a larger bin", qualifier="or more")
d.F("two or more", 2, "count", "children in nappies in a household that can ask for a larger bin",
    qualifier="or more")
d.F("240-litre", 240, "litres", "size of the larger bin")
d.F("180-litre", 180, "litres", "size of the standard bin")
d.F("14", 14, "count", "fewer rubbish rounds Avonside Waste Services will need", note="'14 fewer rounds' (a fall).")
d.F("about 40", 40, "count", "drivers and loaders moving to food waste and recycling crews", qualifier="about")
d.F("11,200", 11200, "count", "fly-tipping reports in 2025")
d.F("2025", 2025, "year", "year of the 11,200 fly-tipping reports")
d.F("9%", 9, "percent", "rise in fly-tipping reports on the year before")
d.F("£1.3m", 1300000, "GBP", "cost of clearing fly-tipping in 2025")
d.F("71", 71, "years", "age of Jenny Moss")
d.F("40 years", 40, "years", "how long Jenny Moss has lived in Southmead")
d.F("Three weeks", 3, "weeks", "the new collection interval (Moss, in a quote)")
d.F("about 600", 600, "count", "members of Clean Streets Bristol", qualifier="about")
d.F("five working days", 5, "days", "period in which the decision can be called in for review",
    note="'within five working days'; working days stored as days.")

d.NF("10", ctx="— 10 June", reason="Date in the byline.")
d.NF("2026", ctx="June 2026*", reason="Year in the byline.")

d.NF("one", ctx="180-litre one", reason="Pronoun ('the standard 180-litre one' = bin).")

d.RT("on Tuesday evening", resolved="2026-06-09", note="The byline date, 10 June 2026, is a Wednesday.")
d.RT("last year", resolved="2025")
d.RT("the year before", resolved="2024", note="The year before 2025.")

d.P("Bristol City Council", "ORG", None, "Bristol City Council will empty general rubbish bins", ["actor"],
    note="Headline 'Bristol council'; later 'the council', 'the council's environment and sustainability committee', "
         "'Council figures' and 'the full council'.")
d.P("Aisha Rahman", "PERSON", "who chairs the committee", "said Cllr Aisha Rahman, who chairs the committee",
    ["quoted"])
d.P("Graham Pike", "PERSON", "who leads the opposition Civic Alliance group",
    "Cllr Graham Pike, who leads the opposition Civic Alliance group, said", ["quoted", "cited"], aliases=["Pike"])
d.P("Avonside Waste Services Ltd", "ORG", "the council-owned company that runs collections",
    "Avonside Waste Services Ltd, the council-owned company that runs collections, said", ["cited", "actor"],
    note="Later 'Its managing director'.")
d.P("Helen Carter", "PERSON", "Its managing director", "Its managing director, Helen Carter, said no jobs",
    ["quoted", "cited"])
d.P("Municipal and General Workers Union", "ORG", None, "The Municipal and General Workers Union said it would ballot",
    ["quoted", "cited"], note="Later 'the union'.")
d.P("Jenny Moss", "PERSON", "who has lived in Southmead for 40 years", "Jenny Moss, 71, who has lived in Southmead",
    ["quoted", "cited"])
d.P("Clean Streets Bristol", "ORG", "a volunteer litter-picking group",
    "Clean Streets Bristol, a volunteer litter-picking group with about 600 members, said", ["cited", "actor"],
    note="Later 'Its founder' and 'the group'.")
d.P("Marcus Lloyd", "PERSON", "Its founder", "Its founder, Marcus Lloyd, told the local station", ["quoted"])
d.P("Avon Valley Radio", "ORG", "the local station", "told the local station Avon Valley Radio", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as in dev10a-dev13b.")
d.P("Department for Environment, Food and Rural Affairs", "ORG", None,
    "A spokesperson for the Department for Environment, Food and Rural Affairs said", ["cited"],
    note="Reported speech through an unnamed spokesperson (no quotation marks).")
d.M("Civic Alliance", "ORG", "Opposition group, only in Pike's role.")
d.M("Tom Hale", "PERSON", "Byline author (boilerplate).")
d.M("Bristol", "GPE", "The city (headline, 'Households in Bristol').")
d.M("Avonmouth", "GPE", "Location of the energy-from-waste plant.")
d.M("Southmead", "GPE", "Jenny Moss's neighbourhood.")
d.write()
