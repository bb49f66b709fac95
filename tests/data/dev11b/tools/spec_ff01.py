import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ff01_vantora_strata_s7_australia")
d.B("MELBOURNE —", "dateline", partial=True)

S = dict(marks="straight")
BAR = dict(aliases=["Barrett"], role="Vantora's Australian managing director")
FOS = dict(aliases=["Foster"], role="the association's president")
d.Q("Chloe Barrett", "We did not come to Australia to sell 500 cars to early adopters,", **BAR, **S,
    cue="said Vantora's Australian managing director, Chloe Barrett")
d.Q("Chloe Barrett", "We came to sell 5,000 a year to families in the suburbs.", **BAR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Zhou Lin", "a test we intend to pass.", role="Its global chief executive", **S, syntax="phrase",
    cue="Its global chief executive, Zhou Lin, told reporters by video link from Shanghai that Australia was",
    note="'Its' = Vantora. Reported speech ending in a quoted 6-word phrase -> fragment.")
d.Q("Sam O'Driscoll", "It's a land grab, not a profit play. They will lose money on the Performance model for two years,",
    role="the broker's automotive analyst", **S, cue="said Sam O'Driscoll, the broker's automotive analyst",
    note="'the broker' = Harbourline Securities, named in the sentence before.")
d.Q("Danielle Foster", "Price gets people into a showroom,", **FOS, **S, syntax="clause",
    cue="said Danielle Foster, the association's president", note="Split quote, first half (attribution in the middle).")
d.Q("Danielle Foster", "but it is the charging network that keeps them there.", **FOS, **S, syntax="clause",
    cue="said Danielle Foster, the association's president", note="Split quote, second half.")
d.Q("Australian Competition and Consumer Commission", "tested, not hoped for.", stype="ORG", aliases=["ACCC"], **S,
    syntax="phrase",
    cue="A spokesperson for the Australian Competition and Consumer Commission (ACCC) said range claims had to be",
    note="Unnamed spokesperson: the quote goes to the organisation. Fragment.")
d.Q("Chloe Barrett", "Families told us a third row matters more than a quick sprint,", **BAR, **S, cue="she said",
    note="Pronoun trap: two women are named ('Barrett and Foster appeared together'); 'she' = Barrett, the subject of "
         "the sentence before ('Barrett said a seven-seat version would follow').")
d.Q("Corrin Motors Australia", "not chase anyone to the bottom", stype="ORG", **S, syntax="phrase",
    cue="Corrin Motors Australia, whose Aster 5 is the best-selling electric SUV, said it would",
    note="Organisation fragment (5 words), mark outside the sentence's end.")

d.F("A$54,990", 54990, "AUD", "Strata S7 starting price (headline)", ctx="from A$54,990 to chase")
d.F("A$54,990", 54990, "AUD", "Strata S7 starting price before on-road costs", ctx="from A$54,990 before")
d.F("about A$6,000", 6000, "AUD", "how much cheaper the Strata S7 is than its closest rival", qualifier="about")
d.F("82 kWh", 82, "kWh", "battery capacity")
d.F("210 kW", 210, "kW", "power of the rear motor")
d.F("560 km", 560, "km", "claimed range")
d.F("A$68,990", 68990, "AUD", "price of the dual-motor Performance version")
d.F("390 kW", 390, "kW", "power of the Performance version")
d.F("690 Nm", 690, "Nm", "torque of the Performance version")
d.F("0-100 km/h", [0, 100], "km/h", "speed range of the Performance version's sprint",
    note="The standard sprint from standstill to 100 km/h, stored as a range. Unsure: it could be read as 100 km/h.")
d.F("4.2 seconds", 4.2, "seconds", "Performance version's 0-100 km/h time")
d.F("10 to 80 per cent", [10, 80], "percent", "battery charge window of a fast charge", ctx="from 10 to 80 per cent",
    note="'from' left out, as dev7a's '2017 to 2021'.")
d.F("28 minutes", 28, "minutes", "time to charge from 10 to 80 per cent")
d.F("250 kW", 250, "kW", "public charger power for the 28-minute charge")
d.F("500", 500, "count", "cars Vantora did not come to sell to early adopters (in a quote)", ctx="sell 500 cars")
d.F("5,000", 5000, "count", "cars Vantora wants to sell to suburban families (in a quote)", ctx="sell 5,000 a year", note="Per year.")
d.F("March", "2026-03", "date", "start of deliveries", ctx="start in March", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("24", 24, "count", "showrooms run by Bellbird Auto Group", ctx="through 24 showrooms")
d.F("seven-year", 7, "years", "length of the Southern Cross distribution deal")
d.F("2025", 2025, "year", "year the distribution deal was signed")
d.F("1,500", 1500, "count", "cars in the initial shipment")
d.F("30%", 30, "percent", "Jiangrun Investment Holdings' stake in Vantora")
d.F("1.9 million", 1900000, "count", "vehicles Vantora sold last year")
d.F("42", 42, "count", "markets Vantora sells in")
d.F("38%", 38, "percent", "rise in Vantora's vehicle sales")
d.F("July", "2026-07", "date", "when the New Vehicle Efficiency Standard tightens", value_inferred=True,
    note="Year not written; the set's year 2026 ('from July' left out of the surface).")
d.F("8.1%", 8.1, "percent", "battery electric share of Australian new-car sales last year (MotorPulse Australia)")
d.F("about a quarter", 0.25, "fraction", "battery electric share of new-car sales in China", qualifier="about")
d.F("between A$3,000 and A$4,500", [3000, 4500], "AUD", "Harbourline's estimate of Vantora's profit per car",
    note="Per car.")
d.F("two years", 2, "years", "how long Vantora will lose money on the Performance model (in a quote)")
d.F("410", 410, "count", "fast-charging sites run by Wattle Charge")
d.F("12 months", 12, "months", "free charging for buyers")
d.F("between 55 and 70 cents", [0.55, 0.7], "AUD", "cost of public fast charging (Electric Drivers Association)",
    note="Australian cents per kWh, stored in full dollars as dev5b's '95 cents'.")
d.F("about 30 cents", 0.3, "AUD", "cost of charging at home", qualifier="about",
    note="Australian cents per kWh, stored in full dollars.")
d.F("two", 2, "count", "carmakers the ACCC fined over misleading range figures", ctx="fined two carmakers")
d.F("2024", 2024, "year", "year of the ACCC fines")
d.F("seven-seat", 7, "count", "seats in the planned version")
d.F("2027", 2027, "year", "when the seven-seat version will follow")
d.F("A$57,490", 57490, "AUD", "price of Corrin's Aster 5")

d.NF("Strata S7", ctx="prices Strata S7 electric", reason="Model name (headline).")
d.NF("Strata S7", ctx="its Strata S7 electric", reason="Model name.")
d.NF("third", ctx="a third row", reason="Seat row inside a quote ('a third row'), not a figure.")
d.NF("Aster 5", reason="Model name.")

d.RT("on Tuesday", resolved=None)
d.RT("last week", resolved=None)
d.RT("last year", ctx="42 markets last year", resolved="2025")
d.RT("last year", ctx="in Australia last year", resolved="2025")

d.P("Vantora Motors", "ORG", "Chinese carmaker", "Chinese carmaker Vantora Motors will sell", ["actor", "cited"],
    aliases=["Vantora"], note="Later 'the company', possessor 'Vantora's Australian managing director', 'Its global "
                              "chief executive'.")
d.P("Chloe Barrett", "PERSON", "Vantora's Australian managing director", "said Vantora's Australian managing director, "
    "Chloe Barrett", ["quoted", "cited", "actor"], aliases=["Barrett"])
d.P("Bellbird Auto Group", "ORG", None, "through 24 showrooms run by Bellbird Auto Group", ["actor"],
    note="Distributor (after 'run by').")
d.P("Zhou Lin", "PERSON", "Its global chief executive", "Its global chief executive, Zhou Lin, told reporters",
    ["quoted"])
d.P("MotorPulse Australia", "ORG", "the data firm", "according to the data firm MotorPulse Australia", ["cited"])
d.P("Harbourline Securities", "ORG", None, "Analysts at Harbourline Securities estimate", ["cited"],
    note="Later 'the broker's automotive analyst'.")
d.P("Sam O'Driscoll", "PERSON", "the broker's automotive analyst", "said Sam O'Driscoll, the broker's automotive analyst",
    ["quoted"])
d.P("Wattle Charge", "ORG", None, "Vantora has signed a deal with Wattle Charge, which runs 410", ["actor"],
    note="Charging partner (after 'with').")
d.P("Electric Drivers Association of Australia", "ORG", None, "according to the Electric Drivers Association of "
    "Australia", ["cited"], note="Later 'the association's president'.")
d.P("Danielle Foster", "PERSON", "the association's president", "said Danielle Foster, the association's president",
    ["quoted", "actor"], aliases=["Foster"])
d.P("Australian Competition and Consumer Commission", "ORG", None, "A spokesperson for the Australian Competition and "
    "Consumer Commission (ACCC) said", ["quoted", "actor"], aliases=["ACCC"],
    note="'The ACCC fined two carmakers in 2024'.")
d.P("Corrin Motors Australia", "ORG", None, "Corrin Motors Australia, whose Aster 5", ["quoted", "actor"],
    note="Rival; 'would keep its price'.")
d.M("Jiangrun Investment Holdings", "ORG", "Vantora's part-owner (background, after 'owned by').")
d.M("New Vehicle Efficiency Standard", "LAW", "Federal emissions rule (background).")
d.M("Strata S7", "PRODUCT", "The car (its numeral is a not_figure).")
d.M("Aster 5", "PRODUCT", "Corrin's rival SUV (its numeral is a not_figure).")
d.M("Performance", "PRODUCT", "Dual-motor version of the Strata S7.")
d.M("MELBOURNE", "GPE", "Dateline.")
d.M("Australia", "GPE", "Market (background).")
d.M("Shanghai", "GPE", "Location.")
d.M("China", "GPE", "Background.")
d.M("Docklands", "GPE", "Location of the launch (Melbourne suburb).")
d.write()
