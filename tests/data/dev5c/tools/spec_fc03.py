import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fc03_corvane_vela_launch")
d.B("<p>By Dana Whitfield | Sept. 15, 2026</p>", "byline", note="HTML byline paragraph with the publication date.")
d.B("SAN JOSE, Calif. —", "dateline", partial=True, note="Dateline at the start of an HTML <p> line.")

RAM = dict(aliases=["Raman"], role="Chief Executive")
OSG = dict(aliases=["Osgood"], role="an analyst at Halvorsen Research")
BEC = dict(aliases=["The CFO"], role="Chief Financial Officer")
ENG = dict(aliases=["the engineer"], role="engineer who worked on the device", stype="ANONYMOUS")
d.Q("Nadia Raman", "This is the phone we should have built two years ago,", **RAM,
    cue="Chief Executive Nadia Raman told about 2,000 developers and reporters")
d.Q("Nadia Raman", "We listened, and we fixed it.", **RAM, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Corvane Inc.", "with no thermal events.", aliases=["Corvane"], role=None, stype="ORG", syntax="phrase",
    cue="Corvane said in a statement that HomeCell had passed UL 9540 fire-safety testing",
    note="Fragment from a written statement; period inside the marks.")
d.Q("Mei-Lin Osgood", "The hardware is excellent. The price is the problem,", **OSG,
    cue="Mei-Lin Osgood, an analyst at Halvorsen Research, told Reuters")
d.Q("Mei-Lin Osgood", "Corvane is betting that people will still pay for quality,", **OSG, cue="she said",
    note="Trap: the last person named before the quote is Theo Barrington; 'she' is Osgood.")
d.Q("Tom Beckett", "in the high 30s,", **BEC, syntax="phrase",
    cue="Chief Financial Officer Tom Beckett told analysts on a call that gross margin ... would be",
    note="Fragment with a vague figure inside.")
d.Q("Tom Beckett", "We would rather sell more phones at a fair price than fewer phones at a perfect one.", **BEC,
    cue="The CFO added:", note="Colon-introduced quote with a role-only (acronym) speaker.")
d.Q("engineer who worked on the device", "a ridiculous number of hours", **ENG, syntax="phrase",
    cue="One engineer who worked on the device, speaking on condition of anonymity, said the team had spent")
d.Q("engineer who worked on the device", "Half of us slept in the lab in August,", **ENG, cue="the engineer said")
d.OQ("eye-watering.", attributed_to="Early reviewers", attribution="vague-collective",
     reason="Scare quote from an unnamed group of reviewers.")

d.F("$1,099", 1099, "USD", "starting price of the Vela 9 Pro (headline)", ctx="bets on $1,099")
d.F("two years", 2, "years", "period of falling Corvane phone sales", ctx="after two years")
d.F("6.1-inch", 6.1, "inches", "Vela 9 Pro screen size")
d.F("120Hz", 120, "Hz", "screen refresh rate")
d.F("5,000mAh", 5000, "mAh", "phone battery capacity")
d.F("256GB", 256, "GB", "storage in the base model")
d.F("$1,099", 1099, "USD", "US starting price of the base model", ctx="starts at $1,099")
d.F("£949", 949, "GBP", "UK starting price")
d.F("1,199 euros", 1199, "EUR", "German starting price")
d.F("1TB", 1, "TB", "storage in the top version")
d.F("$1,499", 1499, "USD", "price of the 1TB version")
d.F("187 grams", 187, "grams", "weight of the Vela 9 Pro")
d.F("14 grams", 14, "grams", "weight saved versus the Vela 8 Pro")
d.F("48-megapixel", 48, "megapixels", "main camera resolution")
d.F("5x", 5, "times", "optical zoom")
d.F("two years", 2, "years", "how long ago Corvane should have built this phone (Raman)", ctx="built two years ago",
    note="'ago' is a temporal relation, not in the surface.")
d.F("about 2,000", 2000, "count", "developers and reporters at the launch", qualifier="about")
d.F("50%", 50, "percent", "charge level reached in 18 minutes")
d.F("18 minutes", 18, "minutes", "time to charge to 50%")
d.F("65W", 65, "W", "adapter power")
d.F("$59", 59, "USD", "price of the adapter")
d.F("13.5 kWh", 13.5, "kWh", "HomeCell storage capacity")
d.F("11.5 kW", 11.5, "kW", "HomeCell continuous power")
d.F("about a day", 1, "days", "how long HomeCell can run a typical house", qualifier="about")
d.F("roughly 29 kWh", 29, "kWh", "daily electricity use of a US home (EIA)", qualifier="roughly", note="Per day ('a day').")
d.F("$8,900", 8900, "USD", "HomeCell price before installation and tax credit")
d.F("30%", 30, "percent", "federal tax credit")
d.F("Oct. 2", "2026-10-02", "date", "HomeCell shipping start", value_inferred=True,
    note="Year from the byline date (2026), which is boilerplate.")
d.F("8.5 kW", 8.5, "kW", "Strider motorbike motor power")
d.F("60mph", 60, "mph", "Strider top speed")
d.F("90 miles", 90, "miles", "Strider range")
d.F("twice", 2, "times", "price cuts by Lumio Devices this year")
d.F("between 9 million and 11 million", [9000000, 11000000], "count", "Vela phones Osgood expects Corvane to ship")
d.F("fiscal 2027", 2027, "year", "fiscal year of the shipment forecast", note="Corvane's fiscal year ends June 30.")
d.F("12.4 million", 12400000, "count", "Vela phones shipped two years ago")
d.F("two years", 2, "years", "how long ago Corvane shipped 12.4 million Velas", ctx="12.4 million two years ago")
d.F("6.2%", 6.2, "percent", "fall in Corvane's revenue", note="A fall; stored unsigned.")
d.F("$41.3 billion", 41300000000, "USD", "Corvane's revenue in the fiscal year to June 30")
d.F("June 30", "2026-06-30", "date", "end of Corvane's fiscal year", value_inferred=True, note="Year inferred (2026).")
d.F("about a third", 0.3333333333, "fraction", "share of Corvane's market value lost since January", qualifier="about")
d.F("January", "2026-01", "date", "start of the share-price fall", value_inferred=True,
    note="'since' is a temporal relation; year inferred (2026).")
d.F("2.4%", 2.4, "percent", "rise in Corvane's stock on Tuesday")
d.F("$88.15", 88.15, "USD", "Corvane share price on Tuesday")
d.F("high 30s", None, "percent", "expected gross margin on the Vela 9 Pro (Beckett)", vague=True, qualifier="high",
    note="'in the high 30s' (per cent); vague, no single value. Unsure: [37, 39] would also be defensible.")
d.F("41%", 41, "percent", "average gross margin in 2023-2024")
d.F("2023-2024", [2023, 2024], "year", "period of the 41% average margin")
d.F("Half", 0.5, "fraction", "share of the team who slept in the lab (engineer)")
d.F("August", "2026-08", "date", "month the team slept in the lab", value_inferred=True, note="Year inferred (2026).")
d.F("Sept. 25", "2026-09-25", "date", "Vela 9 Pro on-sale date", value_inferred=True, note="Year inferred (2026).")
d.F("38", 38, "count", "countries where the Vela 9 Pro goes on sale")

d.NF("9", ctx="Vela 9 Pro and", reason="Numeral in a product name (Vela 9 Pro), headline.")
d.NF("15", ctx="Sept. 15, 2026", reason="Byline date (boilerplate).")
d.NF("2026", ctx="Sept. 15, 2026", reason="Byline year (boilerplate).")
d.NF("9", ctx="Vela 9 Pro smartphone", reason="Numeral in a product name (Vela 9 Pro).")
d.NF("8", ctx="Vela 8 Pro", reason="Numeral in a product name (Vela 8 Pro).")
d.NF("5G", reason="Technology name.")
d.NF("7", ctx="Wi-Fi 7", reason="Numeral in a standard's name (Wi-Fi 7).")
d.NF("9540", reason="Numeral in a safety standard's name (UL 9540).")
d.NF("9", ctx="the Vela 9 Pro would", reason="Numeral in a product name (Vela 9 Pro).")
d.NF("one", ctx="a perfect one", reason="Pronoun 'one' inside a quote.")
d.NF("One", ctx="One engineer", reason="Trivial count introducing an anonymous source.")
d.NF("9", ctx="The Vela 9 Pro goes", reason="Numeral in a product name (Vela 9 Pro).")

d.RT("Tuesday", ctx="smartphone on Tuesday", resolved="2026-09-15")
d.RT("last year", resolved="2025")
d.RT("Friday", resolved="2026-09-18")
d.RT("this year", resolved="2026")
d.RT("Tuesday", ctx="$88.15 on Tuesday", resolved="2026-09-15")
d.RT("last week", resolved="2026-09-07/2026-09-11")

d.P("Corvane Inc.", "ORG", None, "Corvane Inc. unveiled its Vela 9 Pro", ["actor", "quoted", "cited"], aliases=["Corvane"],
    note="'The company said' and 'Corvane said in a statement'.")
d.P("Nadia Raman", "PERSON", "Chief Executive", "Chief Executive Nadia Raman told", ["quoted", "actor"], aliases=["Raman"])
d.P("U.S. Energy Information Administration", "ORG", None, "according to the U.S. Energy Information Administration",
    ["cited"])
d.P("Mei-Lin Osgood", "PERSON", "an analyst at Halvorsen Research", "Mei-Lin Osgood, an analyst at Halvorsen",
    ["quoted", "cited"], aliases=["Osgood"])
d.P("Reuters", "ORG", None, "told Reuters", ["actor"],
    note="News agency Osgood spoke to; actor by the dev3 broadcaster convention. Unsure.")
d.P("Theo Barrington", "PERSON", "chief executive of rival Lumio Devices", "She noted that Theo Barrington", ["actor"],
    note="Cut prices; named right before Osgood's 'she said' quote (trap).")
d.P("Tom Beckett", "PERSON", "Chief Financial Officer", "Chief Financial Officer Tom Beckett told analysts", ["quoted"],
    note="Later 'The CFO'.")
d.P("Federal Communications Commission", "ORG", None, "The Federal Communications Commission (FCC) approved",
    ["actor"], aliases=["FCC"], note="Acronym in brackets, then alone ('An FCC spokesperson declined to comment').")

d.M("Halvorsen Research", "ORG", "Only inside Osgood's role.")
d.M("Lumio Devices", "ORG", "Only inside Barrington's role.")
d.M("Dana Whitfield", "PERSON", "Byline author (boilerplate).")
d.M("Vela 9 Pro", "PRODUCT", "Smartphone.")
d.M("Vela", "PRODUCT", "Phone line ('Vela phones').")
d.M("Vela 8 Pro", "PRODUCT", "Previous smartphone.")
d.M("HomeCell", "PRODUCT", "Home battery.")
d.M("Strider", "PRODUCT", "Prototype motorbike.")
d.M("UL 9540", "MISC", "Safety standard.")
d.M("SAN JOSE", "GPE", "Dateline (San Jose, Calif.).")
d.M("Britain", "GPE", "Market.")
d.M("Germany", "GPE", "Market.")
d.write()
