from goldlib import Doc

d = Doc("s04_shipping_grounding_capetown",
        "Bulk carrier refloated off Cape Town after 60-hour grounding as fuel sheen drifts north")

d.B("CAPE TOWN (Harbourline News) —", "dateline", partial=True, note="Inline city dateline with agency name.")

d.Q("Anders Løvland",
    "The vessel is stable, there is no water ingress in the cargo holds, and our priority now is a full survey of the hull,",
    role="HBC’s head of marine operations", cue="said Capt. Anders Løvland",
    note="Said-before attribution with abbreviated title 'Capt.'.")
d.Q("Maritime Safety Directorate", "We are treating this as a pollution incident until we are satisfied otherwise,",
    stype="ORG", cue="the directorate said")
d.Q("Zanele Mthembu", "It is far too early to apportion blame,", role="the MSD’s chief investigator",
    cue="said Zanele Mthembu")
KH = dict(role="the trust’s veterinary manager")
d.Q("Lerato Khumalo", "Seventeen birds may not sound like a lot,", **KH, cue="said Dr. Lerato Khumalo")
d.Q("Lerato Khumalo", "For an endangered species with fewer than 10,000 breeding pairs left, every bird matters.", **KH,
    attribution="implicit", cue="continuation after 'said Dr. Lerato Khumalo'")
FE = dict(role="the city’s mayoral committee member for safety")
d.Q("Johan Ferreira", "Ratepayers should not carry a single cent of this.", **FE,
    cue="That was the message from Johan Ferreira",
    note="Quote stands alone; the speaker is named in the following sentence.")
d.Q("Johan Ferreira", "We will send the invoice to the people responsible,", **FE, cue="he said")

d.F("60-hour", 60, "hours", "duration of the grounding (headline)")
d.F("about 60 hours", 60, "hours", "time between grounding and refloating", qualifier="about")
d.F("229m", 229, "metres", "length of the vessel")
d.F("176,000 tonnes", 176000, "tonnes", "iron ore on board")
d.F("04:40", "04:40", "time", "time the ship was pulled free")
d.F("6 nautical miles", 6, "nautical miles", "distance of the anchorage offshore")
d.F("21", 21, "count", "crew members, all unhurt")
d.F("about 2km", 2, "km", "length of the fuel sheen", qualifier="about")
d.F("no more than 4 tonnes", 4, "tonnes", "estimated fuel oil escaped", qualifier="no more than")
d.F("about 380 tonnes", 380, "tonnes", "capacity of the damaged tank", qualifier="about")
d.F("1.5 km", 1.5, "km", "shoreline protected by booms")
d.F("about 11:15 p.m.", "23:15", "time", "time of the grounding", qualifier="about")
d.F("45 knots", 45, "knots", "wind gusts at the time of the grounding")
d.F("17", 17, "count", "oiled African penguins collected", ctx="collected 17 oiled")
d.F("hundreds", None, "count", "seabird volunteers along the Atlantic seaboard", vague=True)
d.F("more than half", 0.5, "fraction", "share of breeding population lost in a decade", qualifier="more than")
d.F("a decade", 10, "years", "period of the penguin population loss")
d.F("Seventeen", 17, "count", "oiled birds (in quote)")
d.F("fewer than 10,000", 10000, "count", "breeding pairs of African penguins left", qualifier="fewer than")
d.F("2011", 2011, "year", "year the vessel was built")
d.F("between R40 million and R90 million", [40000000, 90000000], "ZAR", "salvage bills in comparable cases",
    qualifier="between")
d.F("$2.2 million-$5 million", [2200000, 5000000], "USD", "salvage bills in dollars")
d.F("about R3.5 million", 3500000, "ZAR", "city spending so far on clean-up", qualifier="about")

d.NF("Three", ctx="Three Anchor Bay", reason="Numeral inside a place name.")
d.NF("Two", ctx="Two Oceans Seabird Trust", reason="Numeral inside an organisation name.")

d.RT("Sunday", resolved=None, note="No publication date in the article.")
d.RT("Saturday", ctx="north-west on Saturday", resolved=None)
d.RT("Thursday", resolved=None)
d.RT("Friday", resolved=None)
d.RT("Saturday", ctx="councillors on Saturday", resolved=None)

d.P("Halvorsen Bulk Carriers", "ORG", "the ship’s manager", "Halvorsen Bulk Carriers (HBC) said", ["cited"],
    aliases=["HBC"], note="Introduced first as 'the ship’s manager'.")
d.P("Anders Løvland", "PERSON", "HBC’s head of marine operations", "said Capt. Anders Løvland", ["quoted"])
d.P("Maritime Safety Directorate", "ORG", None, "The Maritime Safety Directorate (MSD), which is leading",
    ["quoted", "cited", "actor"], aliases=["MSD"])
d.P("Zanele Mthembu", "PERSON", "the MSD’s chief investigator", "said Zanele Mthembu", ["quoted"])
d.P("Two Oceans Seabird Trust", "ORG", None, "The Two Oceans Seabird Trust said", ["cited", "actor"])
d.P("Lerato Khumalo", "PERSON", "the trust’s veterinary manager", "said Dr. Lerato Khumalo", ["quoted"])
d.P("Nordic Mutual Protection Club", "ORG", "Its insurer", "Its insurer, the Nordic Mutual Protection Club", ["actor"])
d.P("Ridgeback Marine", "ORG", "the marine consultancy", "the marine consultancy Ridgeback Marine", ["cited"])
d.P("Johan Ferreira", "PERSON", "the city’s mayoral committee member for safety",
    "That was the message from Johan Ferreira", ["quoted"])
d.P("Cape Town", "GPE", None, "Cape Town would pursue the owners", ["actor"],
    note="The city (municipality) pursues the owners and has spent on clean-up.")

d.M("Kestrel Dawn", "VESSEL", "The ship; not a person or organisation.")
d.M("Harbourline News", "ORG", "Agency in the dateline.")
d.M("Oslo", "GPE", "Where Løvland spoke from.")
d.M("Mouille Point", "LOC", "Location of the reef.")
d.M("Three Anchor Bay", "LOC", "Shoreline with booms.")
d.M("Table View", "LOC", "Location of the rehabilitation centre.")
d.M("Pretoria", "GPE", "Where the recorder was sent.")
d.M("Saldanha Bay", "GPE", "Port of loading.")
d.M("Rotterdam", "GPE", "Destination.")

d.write()
