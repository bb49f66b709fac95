import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk01_voltara_arc5_ev_review")
# No dateline or byline. Years written: 2023 and 2026 ("the first quarter of 2026"), so undated dates are 2026.

WHI = dict(aliases=["Whitcombe"], role="Voltara’s chief executive")
RAM = dict(role="who leads Voltara’s software team")
d.Q("Dana Whitcombe", "We designed this car for the family that has one car and drives it everywhere,", **WHI,
    cue="said Dana Whitcombe, Voltara’s chief executive, at the launch in Phoenix",
    note="Speaker named after the quote with a possessive role.")
d.Q("Dana Whitcombe", "Range anxiety should be a memory, not a feature.", **WHI, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Priya Raman", "The hardware is ahead of the code, and we know it,", **RAM,
    cue="said Priya Raman, who leads Voltara’s software team")
d.Q("Priya Raman", "over the air, to every car, for free.", **RAM, syntax="phrase",
    cue="She said the company had hired 140 engineers since January and would push the update",
    note="Quoted phrase closing reported speech; 8 words -> full by the length rule.")
d.Q("Marcus Ortiz", "Every one of them is watched by the car, every second of its life,", aliases=["Ortiz"],
    role="the model’s chief engineer", cue="Ortiz said",
    note="'Every one' and 'every second' inside the quote are not figures.")
d.Q("Keith Brannigan", "Voltara has picked the one price point where the big brands are still thin,",
    role="an analyst at Motorline Research", cue="he said",
    note="'he' = Brannigan, the only person named in the paragraph ('according to Keith Brannigan, an analyst at "
         "Motorline Research').")
d.Q("Lena Fischer", "Arc 5 drivers can plug in at any of our stations from day one,", role="an Amperia spokeswoman",
    cue="said Lena Fischer, an Amperia spokeswoman", note="Named spokesperson: she is the speaker.")
d.Q("Tom Beasley", "I have watched every video there is. Now I just want the keys,", role="a teacher in Kingman",
    cue="he said", note="'he' = Tom Beasley, the subject of the sentence before.")

d.F("312 miles", 312, "miles", "EPA-rated range of the Arc 5 (headline)", ctx="gets 312 miles")
d.F("$54,990", 54990, "USD", "price of the Arc 5 (headline)", ctx="range for $54,990")
d.F("$54,990", 54990, "USD", "price of the Arc 5", ctx="on sale at $54,990")
d.F("two days", 2, "days", "length of the test drive")
d.F("640 miles", 640, "miles", "distance covered in the test drive")
d.F("250 kW", 250, "kW", "combined power of the two motors")
d.F("620 Nm", 620, "Nm", "torque of the Arc 5")
d.F("457 pound-feet", 457, "pound-feet", "torque of the Arc 5 in pound-feet")
d.F("60 mph", 60, "mph", "speed of the acceleration benchmark ('from a standstill to 60 mph')")
d.F("4.1 seconds", 4.1, "seconds", "time from a standstill to 60 mph")
d.F("130 mph", 130, "mph", "limited top speed")
d.F("86 kWh", 86, "kWh", "battery capacity")
d.F("312 miles", 312, "miles", "EPA-rated range", ctx="range of 312 miles")
d.F("about 502 km", 502, "km", "EPA-rated range in kilometres", qualifier="about")
d.F("270 kW", 270, "kW", "peak charging rate")
d.F("10%", 10, "percent", "battery charge at the start of the fast-charge benchmark")
d.F("80%", 80, "percent", "battery charge at the end of the fast-charge benchmark")
d.F("22 minutes", 22, "minutes", "time to charge from 10% to 80%")
d.F("one", 1, "count", "cars the target family owns (Whitcombe, in a quote)", ctx="has one car")
d.F("2023", 2023, "year", "year Voltara delivered its first cars")
d.F("11,400", 11400, "count", "vehicles Voltara sold in the first quarter of 2026")
d.F("first quarter of 2026", "2026-01/2026-03", "date", "period of the 11,400 sales", note="Quarter as a date range.")
d.F("June 2", "2026-06-02", "date", "date of the first Arc 5 deliveries", value_inferred=True,
    note="Year not written; no date line, so the latest past year the article writes (2026).")
d.F("about 38,000", 38000, "count", "reservations for the Arc 5", qualifier="about")
d.F("287 miles", 287, "miles", "range achieved in the reviewers' test")
d.F("70 mph", 70, "mph", "steady test speed")
d.F("72F", 72, "fahrenheit", "cabin temperature during the range test")
d.F("about 8%", 8, "percent", "shortfall of the tested range against the rating", qualifier="about")
d.F("2,140 kg", 2140, "kg", "weight of the Arc 5")
d.F("15.6-inch", 15.6, "inches", "size of the central touchscreen")
d.F("10.2-inch", 10.2, "inches", "size of the driver display")
d.F("128 GB", 128, "GB", "storage in every car")
d.F("21-inch", 21, "inches", "size of the optional wheels")
d.F("$2,400", 2400, "USD", "extra cost of the 21-inch wheels")
d.F("twice", 2, "times", "times the navigation sent the testers to broken chargers")
d.F("140", 140, "count", "engineers hired since January", ctx="hired 140 engineers")
d.F("January", "2026-01", "date", "start of the hiring of 140 engineers", value_inferred=True,
    note="'since January' (relation left out); year not written, 2026.")
d.F("4,416", 4416, "count", "cylindrical cells in the battery pack")
d.F("$54,990", 54990, "USD", "price of the Arc 5 before the tax credit", ctx="At $54,990 before")
d.F("$7,500", 7500, "USD", "federal tax credit")
d.F("$3,000", 3000, "USD", "price gap to the Halvorsen Fjord 4 (Brannigan)")
d.F("1,900", 1900, "count", "fast chargers run by Amperia")
d.F("$0.48", 0.48, "USD", "Amperia's charging price", note="Per kWh.")
d.F("46", 46, "years", "age of Tom Beasley")
d.F("$500", 500, "USD", "Beasley's deposit")
d.F("14 months", 14, "months", "time since Beasley put down his deposit", note="'14 months ago' ('ago' left out).")
d.F("second", 2, "ordinal", "the Arc 5 is Voltara's second model", ctx="Voltara’s second model")
d.F("about 29,000", 29000, "count", "units of the Arc 3 sold", qualifier="about")

for ctx in ["Voltara’s Arc 5 gets", "long-promised Arc 5 crossover", "the Arc 5 is priced", "“Arc 5 drivers"]:
    d.NF("5", ctx=ctx, reason="Numeral inside a model name ('Arc 5').")
d.NF("66", ctx="Route 66", reason="Numeral inside a road name ('Route 66').")
d.NF("first", ctx="its first cars", reason="'its first cars' = its earliest cars; no rank is stated (as dev13a's 'the first residents').")
d.NF("first", ctx="the first deliveries", reason="'the first deliveries' = the start of deliveries; no rank is stated.")
d.NF("4.2", ctx="VoltOS 4.2", reason="Software version inside a name ('VoltOS 4.2').")
d.NF("one", ctx="Every one of them", reason="'Every one of them' (in a quote): pronoun, not a count.")
d.NF("second", ctx="every second of its life", reason="'every second of its life' (in a quote): idiom, not a rank or a measured time.")
d.NF("4", ctx="Fjord 4", reason="Numeral inside a model name ('Halvorsen Fjord 4').")
d.NF("one", ctx="the one price point", reason="'the one price point' (in a quote) = the only one; not a count.")
d.NF("one", ctx="from day one", reason="Idiom 'from day one' (in a quote).")
d.NF("3", ctx="Arc 3 sedan", reason="Numeral inside a model name ('Arc 3').")

d.RT("in the autumn", resolved="2026", note="Autumn of the current year (2026).")

d.P("Voltara Motors", "ORG", None, "Voltara Motors has put its long-promised Arc 5 crossover on sale", ["actor"],
    aliases=["Voltara"], note="Later 'the Tempe-based company', possessor in two roles.")
d.P("Dana Whitcombe", "PERSON", "Voltara’s chief executive", "said Dana Whitcombe, Voltara’s chief executive",
    ["quoted", "cited"], aliases=["Whitcombe"])
d.P("Priya Raman", "PERSON", "who leads Voltara’s software team", "said Priya Raman, who leads Voltara’s software team",
    ["quoted", "cited"])
d.P("Marcus Ortiz", "PERSON", "the model’s chief engineer", "Marcus Ortiz, the model’s chief engineer, said",
    ["quoted", "cited"], aliases=["Ortiz"])
d.P("Hanseong Energy", "ORG", None, "cylindrical cells made by Hanseong Energy of South Korea", ["actor"],
    note="Cell supplier after a passive 'made by'.")
d.P("Keith Brannigan", "PERSON", "an analyst at Motorline Research", "according to Keith Brannigan, an analyst",
    ["cited", "quoted"])
d.P("Amperia", "ORG", None, "the 1,900 fast chargers run by Amperia", ["actor"],
    note="Charging network; also inside Fischer's role ('an Amperia spokeswoman').")
d.P("Lena Fischer", "PERSON", "an Amperia spokeswoman", "said Lena Fischer, an Amperia spokeswoman", ["quoted"])
d.P("Tom Beasley", "PERSON", "a teacher in Kingman", "Tom Beasley, 46, a teacher in Kingman, put down", ["actor", "quoted"])
d.M("Motorline Research", "ORG", "Only inside Brannigan's role.")
d.M("EPA", "ORG", "Only in 'EPA-rated' (the range rating).")
d.M("Arc 5", "PRODUCT", "The car reviewed.")
d.M("Arc 3", "PRODUCT", "Voltara's earlier sedan.")
d.M("VoltOS", "PRODUCT", "The car's software ('VoltOS 4.2').")
d.M("Halvorsen Fjord 4", "PRODUCT", "The rival car.")
d.M("Route 66", "FAC", "Road of the test drive.")
d.M("Flagstaff", "GPE", "Test route.")
d.M("Kingman", "GPE", "Test route; Beasley's town.")
d.M("Arizona", "GPE", "Test route.")
d.M("Phoenix", "GPE", "Launch venue.")
d.M("Tempe", "GPE", "Voltara's base.")
d.M("South Korea", "GPE", "Home of the cell supplier.")
d.write()
