import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ff04_great_salt_lake_dust_arsenic")

# Units that goldlib.UNITS does not have yet. This set may only add files under dev11b/, so it cannot extend the shared
# whitelist; both figures are stored in a whitelisted unit by an exact conversion that the scorer's scaled_equal()
# accepts (a factor of 10^6): km² -> "sq m" (x 10^6, as dev3's "85 sq m") and parts per million -> "fraction"
# (x 10^-6, "fraction" runs from 0 to 1 like "one in five" = 0.2). If "sq km" and "ppm" are added to goldlib.UNITS,
# set these to ("sq km", 1) and ("ppm", 1) and rebuild.
KM2_UNIT, KM2_SCALE = "sq m", 10 ** 6
PPM_UNIT, PPM_SCALE = "fraction", 1e-6


def km2(x):
    return round(x * KM2_SCALE, 6) if KM2_SCALE != 1 else x


def ppm(x):
    return round(x * PPM_SCALE, 12) if PPM_SCALE != 1 else x


CAS = dict(aliases=["Castellanos", "Dr. Miriam Castellanos"],
           role="an atmospheric chemist at Bonneville State who led the study")
LIN = dict(aliases=["Lindqvist", "Prof. Tobias Lindqvist"],
           role="a geochemist at Sierra Basin University who was not involved in the work")
d.Q("Miriam Castellanos", "People think of this as a bird problem or a ski problem. It is a lungs problem,", **CAS,
    cue="said Dr. Miriam Castellanos, an atmospheric chemist at Bonneville State who led the study",
    note="Long apposition after the name.")
d.Q("Miriam Castellanos", "On a windy afternoon, the lakebed comes to town.", **CAS, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tobias Lindqvist", "The numbers are not surprising,", **LIN, syntax="clause", cue="Lindqvist said",
    note="Reported speech first ('said the arsenic readings matched his own'), then a split quote, first half.")
d.Q("Tobias Lindqvist", "but the spread is. We found hot spots along 10 1/2 miles of shoreline west of the airport.",
    **LIN, syntax="clause", cue="Lindqvist said", note="Split quote, second half (a clause and a sentence).")
d.Q("Utah Department of Environmental Quality", "no evidence of an acute risk", stype="ORG",
    aliases=["DEQ", "the agency"], syntax="phrase", cue="A DEQ spokesperson said the agency had",
    note="Unnamed spokesperson: the quote goes to the organisation. 6-word phrase -> fragment; the sentence goes on "
         "after the closing mark ('to residents').")
d.Q("Pioneer Brine Minerals", "We are part of the lake’s problem and we intend to be part of the fix,", stype="ORG",
    aliases=["the company"], cue="the company said", note="Role-only organisation attribution.")
d.Q("Friends of the Inland Sea", "Ten feet of water is the cheapest air filter Utah will ever buy,", stype="ORG",
    aliases=["the group"], cue="the group said",
    note="Role-only organisation attribution ('a conservation group', named in the sentence before).")
d.Q("Karen Oduya", "We keep hearing that agriculture takes two-thirds of the river. Nobody mentions what we grow with it,",
    aliases=["Oduya"], role="who chairs the Box Elder Irrigators’ Alliance", cue="she said",
    note="Pronoun trap: two women are named ('Castellanos and Lindqvist spoke on a panel with Karen Oduya'); 'she' = "
         "Oduya, the subject of the sentence before ('Oduya said farmers had already given up').")

d.F("up to 18 parts per million", ppm(18), PPM_UNIT, "arsenic concentration in lakebed dust (headline)",
    ctx="arsenic at up to 18 parts per million, study", qualifier="up to",
    note="18 parts per million = 0.000018 as a fraction (ppm is not in the unit whitelist).")
d.F("up to 18 parts per million", ppm(18), PPM_UNIT, "arsenic concentration in lakebed dust",
    ctx="arsenic at up to 18 parts per million, more", qualifier="up to",
    note="18 parts per million = 0.000018 as a fraction (ppm is not in the unit whitelist).")
d.F("more than twice", 2, "times", "arsenic level relative to Utah's contaminated-soil threshold", qualifier="more than")
d.F("1,640", 1640, "count", "dust samples analysed")
d.F("52", 52, "count", "sampling sites")
d.F("between 2022 and 2025", [2022, 2025], "year", "period of the sampling")
d.F("About two-thirds", 0.6666666667, "fraction", "share of the dust from the dried lakebed", qualifier="About")
d.F("roughly 2,100 km²", km2(2100), KM2_UNIT, "area of lakebed that has dried out", qualifier="roughly",
    note="2,100 km² = 2,100,000,000 sq m (km² is not in the unit whitelist).")
d.F("a quarter century", 25, "years", "period over which the lakebed dried out",
    note="'in a quarter century'; 'a' stands for one, as the schema's 'A decade'.")
d.F("4,188.5 feet", 4188.5, "feet", "record-low lake level above sea level (USGS)")
d.F("November 2022", "2022-11", "date", "month of the record-low lake level")
d.F("about 4 feet", 4, "feet", "how much the lake has recovered since", qualifier="about")
d.F("a quarter", 0.25, "fraction", "share of samples above the state's screening level", ctx="a quarter of the samples")
d.F("8 ppm", ppm(8), PPM_UNIT, "Utah's arsenic screening level for soil",
    note="8 ppm = 0.000008 as a fraction (ppm is not in the unit whitelist).")
d.F("three times", 3, "times", "how much more likely dust events are on hot days")
d.F("95°F", 95, "fahrenheit", "temperature above which dust events triple")
d.F("35°C", 35, "celsius", "the same threshold in Celsius")
d.F("1/4 mile", 0.25, "miles", "how far inland the monitors were placed", note="Fraction as a decimal (heldout's '1/4 mile').")
d.F("July 2024", "2024-07", "date", "storms with the worst fine-particle readings")
d.F("about 6.3 million tonnes", 6300000, "tonnes", "dust the exposed playa sheds", qualifier="about", note="Per year.")
d.F("about 2.5 million", 2500000, "count", "people living within 30 miles of the playa", qualifier="about")
d.F("30 miles", 30, "miles", "radius of the 2.5 million residents", note="'within' left out.")
d.F("10 1/2 miles", 10.5, "miles", "shoreline with arsenic hot spots (Lindqvist, in a quote)",
    note="Mixed number as a decimal (dev9a).")
d.F("2023", 2023, "year", "start of the state's flooding and water purchases", note="'Since' left out.")
d.F("12,500 acres", 12500, "acres", "playa flooded with shallow water")
d.F("about 5,060 hectares", 5060, "hectares", "the same area in hectares", qualifier="about")
d.F("$40 million", 40000000, "USD", "state spending on water rights")
d.F("14%", 14, "percent", "cut in Pioneer Brine Minerals' water use")
d.F("4,198 feet", 4198, "feet", "lake level Friends of the Inland Sea wants kept", note="'above' left out.")
d.F("Ten feet", 10, "feet", "extra water depth (in a quote)")
d.F("a tenth", 0.1, "fraction", "share of irrigation water farmers have given up")
d.F("two-thirds", 0.6666666667, "fraction", "share of the river agriculture is said to take (in a quote)",
    ctx="takes two-thirds")
d.F("20", 20, "count", "monitors to get PM2.5 sensors", ctx="fit 20 more")

d.NF("PM2.5", reason="Pollutant name (fine particles), not a figure.")

d.RT("on Monday", resolved=None)
d.RT("last year", resolved="2025")
d.RT("before summer", resolved="2026")

d.P("Bonneville State University", "ORG", None, "Researchers from Bonneville State University and the Wasatch Institute",
    ["actor"], aliases=["Bonneville State"], note="Also in Castellanos's role.")
d.P("Wasatch Institute for Earth Systems", "ORG", None, "Researchers from Bonneville State University and the Wasatch "
    "Institute", ["actor"])
d.P("Miriam Castellanos", "PERSON", "an atmospheric chemist at Bonneville State who led the study",
    "said Dr. Miriam Castellanos", ["quoted", "actor"], aliases=["Castellanos"])
d.P("U.S. Geological Survey", "ORG", None, "according to the U.S. Geological Survey (USGS)", ["cited"], aliases=["USGS"])
d.P("Utah", "GPE", None, "more than twice the level Utah uses to flag contaminated soil", ["actor"],
    note="Acts as 'the state' ('the state has flooded 12,500 acres … and spent $40 million'). Unsure.")
d.P("Tobias Lindqvist", "PERSON", "a geochemist at Sierra Basin University who was not involved in the work",
    "Prof. Tobias Lindqvist, a geochemist", ["quoted", "cited", "actor"], aliases=["Lindqvist"])
d.P("Utah Department of Environmental Quality", "ORG", None, "The Utah Department of Environmental Quality (DEQ) said",
    ["cited", "quoted"], aliases=["DEQ"], note="Later 'the agency'.")
d.P("Pioneer Brine Minerals", "ORG", None, "Pioneer Brine Minerals, which extracts lithium", ["actor", "cited", "quoted"],
    note="Later 'the company'.")
d.P("Friends of the Inland Sea", "ORG", "a conservation group", "Friends of the Inland Sea, a conservation group, wants",
    ["actor", "quoted"], note="Later 'the group'.")
d.P("Karen Oduya", "PERSON", "who chairs the Box Elder Irrigators’ Alliance", "with Karen Oduya, who chairs",
    ["quoted", "cited", "actor"], aliases=["Oduya"])
d.M("Sierra Basin University", "ORG", "Only in Lindqvist's role.")
d.M("Box Elder Irrigators’ Alliance", "ORG", "Only in Oduya's role.")
d.M("Dryland Atmospheres", "ORG", "Journal that published the study (venue). Unsure.")
d.M("Great Salt Lake", "LOC", "Location.")
d.write()
