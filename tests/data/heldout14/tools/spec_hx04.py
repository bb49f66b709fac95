import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx04_malawi_floods_appeal")

PEN = dict(aliases=["Penhaligon"], role="the JRA’s chief executive")
BAN = dict(role="34", syntax="clause")
VOL = dict(stype="ANONYMOUS", role="A volunteer handing out blankets at the camp")
d.Q("Olivia Penhaligon", "We are seeing families who have lost their homes, their animals and their food for the year in a single night,",
    **PEN, cue="said Olivia Penhaligon, the JRA’s chief executive")
d.Q("Olivia Penhaligon", "They cannot wait for the water to go down.", **PEN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tendai Mhango", "Clean water is now more urgent than food,", role="Its representative in Lilongwe", cue="she said",
    note="'Its' = UNOHR; 'she' = Mhango, the only person named in the paragraph.")
d.Q("World Nutrition Programme", "by the end of the month", stype="ORG", syntax="phrase",
    cue="A spokesman for the World Nutrition Programme said the agency … would run out of supplies",
    note="Unnamed spokesman: the quote goes to the UN agency. 6 words -> fragment.")
d.Q("Grace Banda", "The water came at night,", **BAN, cue="she said", note="Split quote, first part.")
d.Q("Grace Banda", "and by morning our house was gone.", **BAN, cue="she said", note="Split quote, second part.")
d.Q("A volunteer handing out blankets at the camp", "Every day more people arrive, and every day we have less to give them.",
    **VOL, cue="A volunteer … who did not give her name, said:", note="Unnamed bystander (volunteer): ANONYMOUS speaker.")
d.Q("Chikondi Phiri-Nkhata", "Our people are strong, but nobody can face this alone,",
    role="Malawi’s Minister of Disaster Management", cue="he told the Blantyre Times",
    note="'he' = Phiri-Nkhata; interview with a newspaper.")
d.Q("Adrian Colbeck", "a test of whether we keep our word.", aliases=["Development Minister Adrian Colbeck"],
    role="Development Minister", syntax="phrase", cue="Development Minister Adrian Colbeck called the floods",
    note="8-word phrase -> full.")
d.Q("Olivia Penhaligon", "Every pound counts, and every pound will be accounted for,", **PEN, cue="she said")

d.F("£20m", 20000000, "GBP", "size of the emergency appeal (headline)", ctx="launch £20m appeal")
d.F("400,000", 400000, "count", "people left homeless (headline)", ctx="leave 400,000")
d.F("£20m", 20000000, "GBP", "size of the emergency appeal", ctx="launched a £20m")
d.F("about 400,000", 400000, "count", "people left homeless", qualifier="about")
d.F("11", 11, "count", "charities in the JRA")
d.F("14", 14, "count", "districts under a state of disaster")
d.F("312mm", 312, "mm", "rain that fell on parts of the Shire valley")
d.F("three days", 3, "days", "period of the 312mm of rain")
d.F("at least 71", 71, "count", "people who have died", qualifier="at least")
d.F("$46m", 46000000, "USD", "UNOHR's request to donors")
d.F("about 85,000", 85000, "count", "people the World Nutrition Programme has reached", qualifier="about")
d.F("34", 34, "years", "age of Grace Banda")
d.F("up to £5m", 5000000, "GBP", "cap on the UK government's matching of donations", qualifier="up to")
d.F("62%", 62, "percent", "Britons who had heard about the floods (Brightside Insight)")
d.F("about one in four", 0.25, "fraction", "Britons who planned to give (Brightside Insight)", qualifier="about")

d.RT("on Thursday evening", resolved=None)
d.RT("last week", ctx="districts last week", resolved=None)
d.RT("last weekend", resolved=None)

d.P("Joint Relief Appeal", "ORG", None, "The Joint Relief Appeal (JRA), which brings together 11 charities", ["actor", "cited"],
    aliases=["JRA"])
d.P("Waterline International", "ORG", None, "Waterline International said it had already sent", ["actor", "cited"])
d.P("Kindred Hands", "ORG", None, "while Kindred Hands was running mobile clinics", ["actor"])
d.P("BCN", "ORG", None, "broadcast on Thursday evening on BCN and Channel Meridian", ["actor"], note="Broadcaster.")
d.P("Channel Meridian", "ORG", None, "broadcast on Thursday evening on BCN and Channel Meridian", ["actor"],
    note="Broadcaster.")
d.P("Olivia Penhaligon", "PERSON", "the JRA’s chief executive", "said Olivia Penhaligon, the JRA’s chief executive",
    ["quoted", "cited"], aliases=["Penhaligon"])
d.P("Malawi", "GPE", None, "Malawi declared a state of disaster in 14 districts", ["actor"],
    note="The state acts; later 'The government says', 'Malawi’s Minister of Disaster Management'.")
d.P("UN Office for Humanitarian Response", "ORG", None, "The UN Office for Humanitarian Response (UNOHR) has asked donors",
    ["actor"], aliases=["UNOHR"])
d.P("Tendai Mhango", "PERSON", "Its representative in Lilongwe", "Its representative in Lilongwe, Tendai Mhango",
    ["quoted", "cited"])
d.P("World Nutrition Programme", "ORG", None, "A spokesman for the World Nutrition Programme said the agency",
    ["quoted", "cited", "actor"])
d.P("Grace Banda", "PERSON", "34", "Grace Banda, 34, said she had carried", ["quoted", "cited"],
    note="Only her age is given.")
d.P("Chikondi Phiri-Nkhata", "PERSON", "Malawi’s Minister of Disaster Management",
    "Malawi’s Minister of Disaster Management, Chikondi Phiri-Nkhata, said", ["quoted", "cited"])
d.P("Blantyre Times", "ORG", None, "he told the Blantyre Times", ["actor"], note="Newspaper told (dev3 convention).")
d.P("UK", "GPE", None, "The UK government said it would match public donations", ["actor", "cited"],
    note="The government acts ('The UK government said it would match').")
d.P("Adrian Colbeck", "PERSON", "Development Minister", "Development Minister Adrian Colbeck called the floods", ["quoted"])
d.P("Brightside Insight", "ORG", "the polling firm", "A survey by the polling firm Brightside Insight for the JRA",
    ["cited", "actor"])
d.M("Minister of Disaster Management", "MISC", "Title inside Phiri-Nkhata's role.")
d.M("Shire valley", "LOC", "Place.")
d.M("Lilongwe", "GPE", "In Mhango's role.")
d.M("Chikwawa", "GPE", "Place.")
d.M("Nsanje", "GPE", "Place.")
d.M("Britons", "NORP", "Survey population.")
d.write()
