import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("de02_hurricane_delphine_gasoline_prices")

GMR = "Gulf Meridian Refining Co."
d.Q(GMR, "between 10 and 14 days, maybe longer,", stype="ORG", aliases=["Gulf Meridian", "the company"],
    syntax="phrase", cue="A restart would take ... the company said",
    note="Role-only organisation attribution; 7-word phrase -> full by the length rule.")
d.Q("Dwayne Tolliver", "We built this plant for storms like this one. We did not build it to swim,",
    role="Its chief executive", cue="he said", note="'Its' = Gulf Meridian Refining Co.")
d.Q("Department of Energy", "This is a bridge, not a bailout,", stype="ORG", aliases=["the department"],
    cue="the department said", note="Role-only organisation attribution.")
d.Q("Claire Haskett", "Refiners went into this storm with almost no spare stock, and the market is paying for that now,",
    role="head of energy research at Fenwick Barlow & Co", cue="said Claire Haskett, head of energy research at "
    "Fenwick Barlow & Co in Houston")
d.Q("Annette Guidry", "A truck that can’t refuel doesn’t deliver water or generators,", role="its president",
    cue="said its president, Annette Guidry, 61", note="'its' = the Louisiana Motor Carriers Association.")
d.Q("Ray Thibodeaux", "I’m not going to give away $45 million in road money on the first day of a storm,",
    aliases=["Thibodeaux", "Gov. Ray Thibodeaux"], role="Gov.", cue="he told reporters in Baton Rouge")
d.Q("Luis Ortega", "Nobody here has seen water this high since 2005,",
    role="president of United Refinery Workers Local 871", cue="he said",
    note="Pronoun speaker: Ortega, named in the sentence before.")

d.F("$3.20", 3.2, "USD", "national average gasoline price (headline)", ctx="hits $3.20 a gallon",
    note="Per gallon.")
d.F("fifth", 5, "ordinal", "straight day of gasoline price rises", ctx="a fifth straight day")
d.F("85 mph", 85, "mph", "Hurricane Delphine's winds at landfall")
d.F("about 2.4 million barrels a day", 2400000, "barrels per day", "refining capacity shut", qualifier="about")
d.F("roughly an eighth", 0.125, "fraction", "share of national refining capacity shut", qualifier="roughly")
d.F("9 cents", 0.09, "USD", "overnight rise in the national average gasoline price",
    note="Cents stored in full currency units; per gallon.")
d.F("$3.20", 3.2, "USD", "national average for regular gasoline", ctx="to $3.20 a gallon,", note="Per gallon.")
d.F("April", "2026-04", "date", "since when the gasoline average is at its highest", value_inferred=True,
    note="'the highest since April'; year inferred (2026, the storm is in the third quarter).")
d.F("$3.87", 3.87, "USD", "national average diesel price", note="Per gallon.")
d.F("2:40 a.m.", "02:40", "time", "time of landfall")
d.F("up to 14 inches", 14, "inches", "rain around Lake Charles", qualifier="up to")
d.F("more than 310,000", 310000, "count", "homes and businesses without power", qualifier="more than")
d.F("410,000-barrel-a-day", 410000, "barrels per day", "capacity of Gulf Meridian's Lake Charles plant")
d.F("between 10 and 14 days", [10, 14], "days", "time to restart the Lake Charles plant (in a quote)")
d.F("third-quarter", "2026-07/2026-09", "date", "quarter whose earnings the outage will cut", value_inferred=True,
    note="Year inferred: the current year (2026).")
d.F("$10m-$15m", [10000000, 15000000], "USD", "cut to Gulf Meridian's third-quarter earnings after insurance")
d.F("2.1%", 2.1, "percent", "fall in Gulf Meridian shares", note="A fall; stored as a size.")
d.F("$61.40", 61.4, "USD", "Gulf Meridian share price")
d.F("up to $4.2bn", 4200000000, "USD", "insured losses from the storm (Ridgeline Risk)", qualifier="up to")
d.F("up to 1.5 million barrels", 1500000, "barrels", "crude the Department of Energy will lend from the reserve",
    qualifier="up to")
d.F("60%", 60, "percent", "Bayou Crescent pipeline's rate relative to normal")
d.F("14 cents", 0.14, "USD", "rise in benchmark gasoline futures", note="Cents stored in full currency units.")
d.F("5.4%", 5.4, "percent", "rise in benchmark gasoline futures")
d.F("$2.71", 2.71, "USD", "settlement price of gasoline futures", note="Per gallon.")
d.F("0.8%", 0.8, "percent", "rise in U.S. crude")
d.F("a third", 0.3333333333, "fraction", "rise in Gulf Coast jet fuel prices", note="'jumped by a third'.")
d.F("two days", 2, "days", "period of the jet fuel price jump")
d.F("between $3.30 and $3.45", [3.3, 3.45], "USD", "expected peak of the national average (Haskett)",
    note="Per gallon.")
d.F("about 1,900", 1900, "count", "trucking firms the Louisiana Motor Carriers Association represents",
    qualifier="about")
d.F("20-cent", 0.2, "USD", "Louisiana's diesel tax", note="Per gallon; cents stored in full currency units.")
d.F("30 days", 30, "days", "suspension of the diesel tax asked for")
d.F("61", 61, "years", "age of Annette Guidry", ctx="Guidry, 61")
d.F("$45 million", 45000000, "USD", "road money the diesel tax suspension would cost (in a quote)")
d.F("About 1,350", 1350, "count", "refinery workers sent home", qualifier="About")
d.F("about 800", 800, "count", "workers the union local represents", qualifier="about")
d.F("2005", 2005, "year", "last time water was this high (in a quote)", note="'since 2005'; 'since' left out.")
d.F("3 to 5 inches", [3, 5], "inches", "rain expected in the Ohio Valley")

d.NF("2", ctx="Category 2", reason="Storm category inside a name ('Category 2').")
d.NF("one", ctx="like this one", reason="Pronoun inside a quote ('storms like this one').")
d.NF("10", ctx="Interstate 10", reason="Numeral inside a road name ('Interstate 10').")
d.NF("first", ctx="the first day of a storm", reason="Idiom inside a quote ('on the first day of a storm').")
d.NF("871", ctx="Local 871", reason="Numeral inside a union local's name.")

d.RT("on Thursday", resolved=None)
d.RT("overnight", resolved=None)
d.RT("Wednesday", ctx="a.m. Wednesday", resolved=None)
d.RT("now", ctx="for that now", resolved=None, note="In a quote.")
d.RT("next week", resolved=None)
d.RT("by Friday", resolved=None)
d.RT("by Saturday", resolved=None)

d.P(GMR, "ORG", None, "Gulf Meridian Refining Co., whose 410,000-barrel-a-day", ["actor", "quoted"],
    aliases=["Gulf Meridian"], note="Later 'the company', 'Its chief executive', 'Gulf Meridian shares'.")
d.P("Dwayne Tolliver", "PERSON", "Its chief executive", "Its chief executive, Dwayne Tolliver, told analysts",
    ["quoted", "cited"])
d.P("National Motorists Alliance", "ORG", None, "according to the National Motorists Alliance", ["cited"])
d.P("Ridgeline Risk", "ORG", "Catastrophe modeler", "Catastrophe modeler Ridgeline Risk put insured losses", ["cited"])
d.P("Department of Energy", "ORG", None, "The Department of Energy said it would lend", ["actor", "quoted"],
    note="Later 'the department'.")
d.P("Bayou Crescent Pipeline LLC", "ORG", None, "Bayou Crescent Pipeline LLC said its line", ["cited"])
d.P("Claire Haskett", "PERSON", "head of energy research at Fenwick Barlow & Co", "said Claire Haskett, head of energy",
    ["quoted", "cited"])
d.P("Louisiana Motor Carriers Association", "ORG", None, "The Louisiana Motor Carriers Association, which represents",
    ["actor"], note="Asked the governor to suspend the diesel tax; later 'its president'.")
d.P("Annette Guidry", "PERSON", "its president", "said its president, Annette Guidry, 61", ["quoted"])
d.P("Ray Thibodeaux", "PERSON", "Gov.", "asked Gov. Ray Thibodeaux to suspend", ["quoted", "actor"],
    aliases=["Thibodeaux"])
d.P("Luis Ortega", "PERSON", "president of United Refinery Workers Local 871", "said Luis Ortega, president of",
    ["quoted", "cited"])
d.P("National Hurricane Center", "ORG", None, "The National Hurricane Center said Delphine", ["cited"])
d.M("United Refinery Workers Local 871", "ORG", "Only in Ortega's role (with its relative clause). Unsure.")
d.M("Fenwick Barlow & Co", "ORG", "Only in Haskett's role.")
d.M("Strategic Petroleum Reserve", "ORG", "Source of the loaned crude (facility).")
d.M("New York Mercantile Exchange", "ORG", "Where gasoline futures settled (place).")
d.M("Hurricane Delphine", "EVENT", "The storm; later 'Delphine'.")
d.M("Gulf Coast", "LOC", "Location.")
d.M("Lake Charles", "GPE", "Location.")
d.M("Cameron", "GPE", "Location.")
d.M("Louisiana", "GPE", "Location; 'the state’s 20-cent diesel tax' (does not act).")
d.M("Texas", "GPE", "Location.")
d.M("Houston", "GPE", "Location.")
d.M("Baton Rouge", "GPE", "Location.")
d.M("Arkansas", "GPE", "Location.")
d.M("Ohio Valley", "LOC", "Location.")
d.M("Interstate 10", "LOC", "Road.")
d.write()
