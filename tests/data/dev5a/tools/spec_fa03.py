import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fa03_madagascar_cyclone_appeal")
d.B("GENEVA (AP) —", "dateline", partial=True)

DAR = dict(aliases=["Darko"], role="OCHA's deputy director of operations")
RES = dict(stype="ANONYMOUS", role="resident of Mananjary")
d.Q("Akosua Darko", "The water came in the night,", **DAR, syntax="clause", cue="said Akosua Darko",
    note="Split quote, first half.")
d.Q("Akosua Darko", "and by morning whole villages were simply gone.", **DAR, syntax="clause", cue="said Akosua Darko",
    note="Split quote, second half.")
d.Q("World Food Programme", "Every day the road stays closed, the cost of feeding a family goes up,", stype="ORG",
    aliases=["WFP"], cue="a WFP spokesperson said", note="Spokesperson quote goes to the organisation.")
d.Q("Hanta Rasoanaivo", "We used our phones until the batteries died,", role="a nurse at Manakara District Hospital",
    cue="she said")
d.Q("resident of Mananjary", "We have eaten nothing but cassava for four days,", **RES, cue="one resident of Mananjary said")
d.Q("resident of Mananjary", "Nobody has come.", **RES, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Clara Westwood", "painfully slow", role="Its chief executive", syntax="phrase",
    cue="Its chief executive, Clara Westwood, called the international response",
    note="'Its' = Hope Rising International.")
d.Q("Rado Andrianirina", "every school, every clinic, every bridge", role="Madagascar's prime minister", syntax="phrase",
    cue="wrote in a post on social media that the government would rebuild",
    note="Quote from a social media post.")
d.Q("Akosua Darko", "Without the rest, we will be choosing which villages to feed,", **DAR, cue="she said")

d.F("$890 million", 890000000, "USD", "UN appeal for Madagascar (headline)", ctx="UN seeks $890 million")
d.F("tens of thousands", None, "count", "people left homeless by the cyclone (headline)", ctx="leaves tens of thousands",
    vague=True)
d.F("$890 million", 890000000, "USD", "UN appeal for Madagascar", ctx="Tuesday for $890 million")
d.F("1.4 million", 1400000, "count", "people the appeal aims to help")
d.F("about 48,000", 48000, "count", "homes destroyed or damaged by Cyclone Ikala", qualifier="about")
d.F("tens of thousands", None, "count", "people sleeping in schools and churches", ctx="left tens of thousands of people",
    vague=True)
d.F("nine months", 9, "months", "duration of the flash appeal")
d.F("December 2026", "2026-12", "date", "end of the flash appeal")
d.F("12%", 12, "percent", "share of the appeal pledged so far")
d.F("38%", 38, "percent", "share of last year's appeal that was funded")
d.F("about 3 a.m.", "03:00", "time", "when Ikala made landfall", qualifier="about")
d.F("March 9", "2026-03-09", "date", "date of landfall", value_inferred=True, note="Year inferred from 'December 2026'.")
d.F("185 kph", 185, "km/h", "sustained wind speed")
d.F("115 mph", 115, "mph", "sustained wind speed (imperial)")
d.F("more than 400 millimeters", 400, "mm", "rainfall", qualifier="more than")
d.F("36 hours", 36, "hours", "period of the 400 mm of rain")
d.F("2004", 2004, "year", "last time a stronger storm hit the region")
d.F("61", 61, "count", "people who died (BNGRC)")
d.F("214", 214, "count", "people injured (BNGRC)")
d.F("dozens", None, "count", "people still missing (BNGRC)", vague=True)
d.F("About two-thirds", 0.6666666667, "fraction", "share of the dead in Vatovavy region", qualifier="about")
d.F("at least three weeks", 3, "weeks", "how long the RN12 highway will stay cut", qualifier="at least")
d.F("Roughly a quarter", 0.25, "fraction", "share of those in need who are children under five", qualifier="roughly")
d.F("under five", 5, "years", "age limit of the children counted", qualifier="under")
d.F("41", 41, "years", "age of Hanta Rasoanaivo")
d.F("17", 17, "count", "babies delivered by torchlight")
d.F("four days", 4, "days", "how long the resident's family has eaten only cassava")
d.F("A$10 million", 10000000, "AUD", "Australia's pledge")
d.F("$6.6 million", 6600000, "USD", "US-dollar value of Australia's pledge")
d.F("2 million Swiss francs", 2000000, "CHF", "Switzerland's pledge")
d.F("€5 million", 5000000, "EUR", "funds released by ECHO")
d.F("£4.5 million", 4500000, "GBP", "Britain's contribution")
d.F("23", 23, "count", "health clinics Hope Rising International runs on the island")
d.F("six", 6, "count", "Hope Rising clinics destroyed")
d.F("5,000", 5000, "count", "soldiers deployed to clear roads")
d.F("$12 million", 12000000, "USD", "money released by CERF")
d.F("about a third", 0.3333333333, "fraction", "share of the request to CERF that was released", qualifier="about")

d.NF("A320", reason="Aircraft model name (Airbus A320).")
d.NF("RN12", reason="Road name.")
d.NF("one", ctx="one resident of", reason="Trivial count introducing an anonymous speaker.")

d.RT("on Tuesday", resolved=None)
d.RT("so far", resolved=None)
d.RT("Last year's", resolved="2025")
d.RT("in the night", resolved=None, note="Inside a quote.")

d.P("United Nations", "ORG", None, "The United Nations appealed on Tuesday", ["actor"], aliases=["UN"])
d.P("UN Office for the Coordination of Humanitarian Affairs", "ORG", None,
    "The UN Office for the Coordination of Humanitarian Affairs (OCHA) said", ["cited"], aliases=["OCHA"])
d.P("Akosua Darko", "PERSON", "OCHA's deputy director of operations", "said Akosua Darko", ["quoted", "cited"],
    aliases=["Darko"])
d.P("National Bureau for Risk and Disaster Management", "ORG", None,
    "National Bureau for Risk and Disaster Management (BNGRC) said in a statement", ["cited"], aliases=["BNGRC"])
d.P("World Food Programme", "ORG", None, "The World Food Programme (WFP) said", ["actor", "quoted", "cited"],
    aliases=["WFP"])
d.P("UNICEF", "ORG", None, "according to UNICEF", ["cited"])
d.P("Hanta Rasoanaivo", "PERSON", "a nurse at Manakara District Hospital", "Hanta Rasoanaivo, 41, a nurse",
    ["quoted", "cited"])
d.P("Australia", "GPE", None, "Australia pledged A$10 million", ["actor"])
d.P("Switzerland", "GPE", None, "Switzerland 2 million Swiss francs", ["actor"])
d.P("ECHO", "ORG", "The European Union's humanitarian aid office", "The European Union's humanitarian aid office, ECHO",
    ["actor"])
d.P("Britain", "GPE", None, "and Britain £4.5 million", ["actor"])
d.P("Hope Rising International", "ORG", "a British charity that runs 23 health clinics on the island",
    "Hope Rising International, a British charity", ["cited"])
d.P("Clara Westwood", "PERSON", "Its chief executive", "Its chief executive, Clara Westwood", ["quoted"])
d.P("Rado Andrianirina", "PERSON", "Madagascar's prime minister", "Madagascar's prime minister, Rado Andrianirina",
    ["quoted", "cited"])
d.P("Madagascar", "GPE", None, "the government would rebuild", ["actor"],
    note="The government (its prime minister) will rebuild and has deployed soldiers.")
d.P("Central Emergency Response Fund", "ORG", None, "Central Emergency Response Fund (CERF) had released", ["actor"],
    aliases=["CERF"])
d.M("Manakara District Hospital", "ORG", "Only in Rasoanaivo's role.")
d.M("European Union", "ORG", "Only in ECHO's description.")
d.M("Cyclone Ikala", "EVENT", "The cyclone (later 'Ikala').")
d.M("Airbus A320", "PRODUCT", "Aircraft type.")
d.M("Vatovavy", "GPE", "Region.")
d.M("Manakara", "GPE", "Landfall location.")
d.M("Mananjary", "GPE", "Town.")
d.M("Antananarivo", "GPE", "Capital (flights leave from it).")
d.M("GENEVA", "GPE", "Dateline.")
d.M("AP", "ORG", "News agency in the dateline.")
d.write()
