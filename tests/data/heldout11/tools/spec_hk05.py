import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk05_clarence_river_floods")

TRE = dict(aliases=["Tregear", "Lower Clarence Shire mayor Ian Tregear", "mayor"], role="Lower Clarence Shire mayor")
WHI = dict(role="a senior meteorologist at the Bureau of Meteorology, who has forecast for the region for 20 years")
CAR = dict(aliases=["Carmody", "Emergency Services Minister Louise Carmody"], role="Emergency Services Minister")
SAU = dict(aliases=["Saunders"], role="Its chairman")
d.Q("Ian Tregear", "an inland sea", "‘an inland sea’", **TRE, marks="single", syntax="phrase",
    cue="(headline: 'mayor warns of'; the mayor is named only in the body)",
    note="Headline fragment in single marks; the same words are quoted in the body.")
d.Q("Dean Whitford", "This system parked itself over the catchment and refused to leave,", **WHI,
    cue="said Dean Whitford, a senior meteorologist at the Bureau of Meteorology, who has forecast for the region for "
        "20 years", note="Long apposition after the name.")
d.Q("Dean Whitford", "We recorded gusts of 95 km/h on the coast, and the rain kept falling on the same valleys.", **WHI,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Ian Tregear", "an inland sea.", "like “an inland sea.”", **TRE, syntax="phrase",
    cue="said parts of the shire now looked like", note="Reported speech ending in a quoted fragment.")
d.Q("Karen Doherty", "well past exhaustion.", aliases=["Doherty", "Commissioner Karen Doherty"], role="Commissioner",
    syntax="phrase", cue="Commissioner Karen Doherty said volunteers had been working",
    note="Reported speech with a fragment; 'Commissioner' of the SES named in the sentence before.")
d.Q("Louise Carmody", "Nobody who lost a home this weekend will be asked to fill in a 30-page form,", **CAR, cue="she said",
    note="Pronoun trap: two women are named ('Carmody joined Doherty'); 'she' = Carmody, the subject of the sentence "
         "before ('Carmody announced $25 million').")
d.Q("Mele Tuilagi", "The water came up through the floorboards like someone had turned on a tap,", aliases=["Tuilagi"],
    role="a nurse who moved to South Grafton from Auckland in 2019", cue="she said",
    note="Next-paragraph attribution by pronoun; 'she' = Tuilagi, the only person in the paragraph before.")
d.Q("Coastline Mutual", "We will have assessors on the ground as soon as the roads open,", stype="ORG",
    aliases=["the insurer"], cue="the insurer said in a statement",
    note="Role-only organisation attribution (statement), own paragraph; 'the insurer' = Coastline Mutual.")
d.Q("Rob Saunders", "Cane is tough,", **SAU, syntax="clause", cue="Saunders said",
    note="Split quote, first half (attribution in the middle).")
d.Q("Rob Saunders", "but a week under brown water will finish a lot of it.", **SAU, syntax="clause", cue="Saunders said",
    note="Split quote, second half.")
d.Q("Hannah Leung", "We have now had three in 13 years,", aliases=["Dr Hannah Leung", "the hydrologist"],
    role="a hydrologist at the Southern Hemisphere Climate Centre in Brisbane", cue="the hydrologist said",
    note="Role-only person attribution: 'the hydrologist' = Dr Hannah Leung.")
d.Q("Ian Tregear", "We have done this before, in 2013 and 2022,", **TRE, cue="he said",
    note="'he' = Tregear, the subject of the sentence before.")

d.F("8.3 metres", 8.3, "metres", "Clarence River peak at Grafton")
d.F("2013", 2013, "year", "last time the river was this high", ctx="since 2013")
d.F("up to 412mm", 412, "mm", "rain dumped on northern New South Wales", qualifier="up to")
d.F("48 hours", 48, "hours", "period of the rain")
d.F("About 14,000", 14000, "count", "residents under evacuation orders", qualifier="About")
d.F("3,100", 3100, "count", "homes without power (Northline Power)")
d.F("71", 71, "years", "age of the man found dead")
d.F("20 years", 20, "years", "how long Whitford has forecast for the region")
d.F("95 km/h", 95, "km/h", "wind gusts on the coast (in a quote)")
d.F("7.9 metres", 7.9, "metres", "major flood level")
d.F("11", 11, "count", "evacuation centres opened by the council")
d.F("260", 260, "count", "flood rescues by the SES")
d.F("36 hours", 36, "hours", "period of the 260 rescues")
d.F("19", 19, "count", "people winched to safety by Australian Defence Force helicopters", ctx="winched 19 people")
d.F("$25 million", 25000000, "AUD", "disaster grants for small businesses and farmers")
d.F("30-page", 30, "count", "pages of the form flood victims will not have to fill in (in a quote)")
d.F("38", 38, "years", "age of Mele Tuilagi")
d.F("2019", 2019, "year", "when Tuilagi moved to South Grafton")
d.F("two", 2, "count", "Tuilagi's children on the roof", ctx="her two children")
d.F("4.15am", "04:15", "time", "when the SES boat reached Tuilagi")
d.F("About 6,200", 6200, "count", "insurance claims lodged", qualifier="About")
d.F("between $180 million and $220 million", [180000000, 220000000], "AUD", "Coastline Mutual's likely losses")
d.F("roughly two-thirds", 0.6666666667, "fraction", "share of this year's cane crop under water", qualifier="roughly")
d.F("50-year", 50, "years", "return period the bureau once gave a flood of this size", note="'a 50-year event'.")
d.F("three", 3, "count", "floods of this size (in a quote)", ctx="had three in")
d.F("13 years", 13, "years", "period of the three floods (in a quote)")
d.F("2013", 2013, "year", "earlier flood (in a quote)", ctx="in 2013 and")
d.F("2022", 2022, "year", "earlier flood (in a quote)")

d.RT("early on Sunday", resolved=None)
d.RT("last night", ctx="evacuation orders last night", resolved=None)
d.RT("on Saturday", resolved=None)
d.RT("until at least Tuesday", resolved=None)
d.RT("on Friday night", resolved=None)
d.RT("now", ctx="shire now looked", resolved=None)
d.RT("on Sunday", ctx="showground on Sunday", resolved=None)
d.RT("this weekend", resolved=None, note="Inside a quote.")
d.RT("Saturday night", resolved=None)
d.RT("on Sunday", ctx="catastrophe on Sunday", resolved=None)
d.RT("by last night", resolved=None)
d.RT("this year’s", resolved="2026")
d.RT("now", ctx="We have now had", resolved=None, note="Inside a quote.")
d.RT("before", ctx="done this before", resolved=None, note="Inside a quote.")

d.P("Bureau of Meteorology", "ORG", None, "The bureau expects the river to stay above", ["actor", "cited"],
    note="Named inside Whitford's role, then 'The bureau expects', 'the bureau once treated'.")
d.P("Northline Power", "ORG", None, "Northline Power said 3,100 homes were without power", ["cited"])
d.P("Dean Whitford", "PERSON", WHI["role"], "said Dean Whitford, a senior meteorologist", ["quoted"])
d.P("Ian Tregear", "PERSON", "Lower Clarence Shire mayor", "Lower Clarence Shire mayor Ian Tregear, a cane farmer",
    ["quoted", "cited"], aliases=["Tregear"], note="Headline 'mayor'; also 'a cane farmer whose own paddocks went under'.")
d.P("Lower Clarence Shire", "ORG", None, "The council has opened 11 evacuation centres", ["actor"],
    note="The shire council: named as a modifier in the mayor's title, then 'The council has opened'. Unsure (ORG vs GPE).")
d.P("NSW State Emergency Service", "ORG", None, "The NSW State Emergency Service (SES) carried out 260", ["actor"],
    aliases=["SES"], note="Later 'an SES boat' (modifier).")
d.P("Australian Defence Force", "ORG", None, "Australian Defence Force helicopters winched 19 people", ["actor"],
    note="Only as a modifier ('Australian Defence Force helicopters').")
d.P("Karen Doherty", "PERSON", "Commissioner", "Commissioner Karen Doherty said volunteers", ["quoted", "cited"],
    aliases=["Doherty"])
d.P("Louise Carmody", "PERSON", "Emergency Services Minister", "Emergency Services Minister Louise Carmody joined Doherty",
    ["quoted", "actor"], aliases=["Carmody"])
d.P("Mele Tuilagi", "PERSON", "a nurse who moved to South Grafton from Auckland in 2019", "Mele Tuilagi, 38, a nurse",
    ["quoted", "actor"])
d.P("Insurance Council of Australia", "ORG", None, "The Insurance Council of Australia declared a catastrophe", ["actor"])
d.P("Coastline Mutual", "ORG", "the biggest home insurer in the region", "Coastline Mutual, the biggest home insurer",
    ["quoted", "cited"], note="Later 'the insurer'.")
d.P("Clarence Cane Growers Association", "ORG", None, "The Clarence Cane Growers Association said roughly two-thirds",
    ["cited"], note="Later 'Its chairman'.")
d.P("Rob Saunders", "PERSON", "Its chairman", "Its chairman, Rob Saunders, was more cautious", ["quoted"],
    aliases=["Saunders"])
d.P("Hannah Leung", "PERSON", "a hydrologist at the Southern Hemisphere Climate Centre in Brisbane",
    "Dr Hannah Leung, a hydrologist", ["quoted", "cited"], note="Later 'the hydrologist'.")
d.M("Southern Hemisphere Climate Centre", "ORG", "Only in Leung's description.")
d.M("Clarence River", "LOC", "River (background).")
d.M("Grafton", "GPE", "Location.")
d.M("New South Wales", "GPE", "Background.")
d.M("NSW", "GPE", "In the SES's name.")
d.M("Copmanhurst", "GPE", "Location.")
d.M("South Grafton", "GPE", "Location (in Tuilagi's description).")
d.M("Auckland", "GPE", "Location (in Tuilagi's description).")
d.M("Brisbane", "GPE", "Location (in Leung's description).")
d.write()
