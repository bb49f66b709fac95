import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("eb05_nebraska_heat")
d.B("LINCOLN, Neb. —", "dateline", partial=True)

HRU = dict(aliases=["Hruska"], role=None)
d.Q("Dale Hruska", "I’ve got 1,200 acres of dryland corn, and I’d say a third of it is gone,", **HRU,
    cue="said Dale Hruska, 58")
d.Q("Dale Hruska", "You can hear it. The leaves rattle like paper.", **HRU, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Lorna Vick", "money we won’t see again", syntax="phrase", cue="which she described as",
    note="Fragment attributed in the same sentence.")
d.Q("Ruth Okonjo", "Corn pollinates in a window of about ten days, and heat above 95 degrees in that window does damage you can’t undo.",
    role="an agronomist at Platte Valley State University", cue="That was the assessment of Ruth Okonjo",
    note="Attributed in the sentence after the quote.")
d.Q("Evan Pryce", "as bad as anything since 2012", aliases=["Governor Evan Pryce"], role="Governor", syntax="phrase",
    cue="He called the conditions", note="Six-word phrase, so a fragment.")
d.Q("Ana Whitfield", "People are not just worried about money. They are exhausted,", role="the charity’s director",
    cue="the charity’s director, Ana Whitfield, said")
d.Q("Dale Hruska", "Rain in August makes soybeans. It doesn’t make corn,", **HRU, cue="he said",
    note="Pronoun speaker: Hruska, named in the previous paragraph; not Ana Whitfield, quoted two paragraphs earlier.")

d.F("104F", 104, "fahrenheit", "peak temperatures across central Nebraska")
d.F("ninth", 9, "ordinal", "straight day above 100 degrees")
d.F("100 degrees", 100, "fahrenheit", "threshold exceeded for nine straight days")
d.F("2025", 2025, "year", "year of the corn crop", ctx="the 2025 corn crop")
d.F("2012", 2012, "year", "year of the last comparably bad season", ctx="season since 2012.")
d.F("0.4 inches", 0.4, "inches", "rain recorded at Grand Island since June 1")
d.F("June 1", "2025-06-01", "date", "start of the rainfall period", value_inferred=True,
    note="Year not written; 2025 from 'the 2025 corn crop'.")
d.F("3.2 inches", 3.2, "inches", "normal rainfall for the period")
d.F("61", 61, "count", "counties under the excessive heat warning", ctx="to 61 of")
d.F("93", 93, "count", "counties in Nebraska")
d.F("78 degrees", 78, "fahrenheit", "lowest expected overnight temperature")
d.F("38%", 38, "percent", "Nebraska corn rated good or excellent")
d.F("21 percentage points", 21, "percentage points", "fall in the good-or-excellent rating")
d.F("two weeks", 2, "weeks", "period of the 21-point fall")
d.F("61%", 61, "percent", "national share of corn rated good or excellent")
d.F("1,200 acres", 1200, "acres", "Hruska's dryland corn")
d.F("a third", 0.3333333333, "fraction", "share of Hruska's corn that is gone", ctx="say a third")
d.F("58", 58, "years", "age of Dale Hruska", ctx="Hruska, 58,")
d.F("two", 2, "count", "Hruska's sons", ctx="two sons")
d.F("Roughly two-thirds", 0.6666666667, "fraction", "share of Nebraska's corn that is irrigated", qualifier="roughly")
d.F("640 acres", 640, "acres", "Lorna Vick's farm")
d.F("about 40%", 40, "percent", "rise in Vick's diesel bill on last year", qualifier="about")
d.F("about ten days", 10, "days", "length of the corn pollination window (Okonjo)", qualifier="about")
d.F("95 degrees", 95, "fahrenheit", "heat threshold that damages pollinating corn (Okonjo)")
d.F("14 cents", 0.14, "USD", "rise in December corn futures",
    note="Cents in full units of the currency in context ($), as money is normalised to full units.")
d.F("$4.62", 4.62, "USD", "December corn futures price per bushel")
d.F("9 million tonnes", 9000000, "tonnes", "cut in Harvest Metrics' US harvest estimate")
d.F("372 million tonnes", 372000000, "tonnes", "Harvest Metrics' new US harvest estimate")
d.F("July", "2025-07", "date", "month of the USDA outlook", ctx="July outlook", value_inferred=True,
    note="Year not written; 2025 from 'the 2025 corn crop'.")
d.F("15.1 billion bushels", 15100000000, "bushels", "USDA projection of the US corn crop")
d.F("40", 40, "count", "counties in the state of emergency", ctx="in 40 counties")
d.F("$25 million", 25000000, "USD", "emergency funds released for hay and water hauling")
d.F("2012", 2012, "year", "year the governor compares the conditions with", ctx="anything since 2012")
d.F("6,800", 6800, "count", "head of cattle handled by the Kearney sale barn")
d.F("nearly three times", 3, "times", "cattle handled relative to a normal July week", qualifier="nearly")
d.F("hundreds", None, "count", "Nebraska Livestock Federation members weaning calves early", vague=True,
    qualifier="hundreds")
d.F("up to six weeks", 6, "weeks", "how early members are weaning calves", qualifier="up to")
d.F("340", 340, "count", "calls to the farm stress hotline last week")
d.F("about 150", 150, "count", "weekly calls to the hotline in May", qualifier="about")
d.F("May", "2025-05", "date", "month of the earlier hotline call level", ctx="week in May", value_inferred=True,
    note="Year not written; 2025 from 'the 2025 corn crop'.")
d.F("a decade", 10, "years", "period over which global maize stocks could hit their lowest")
d.F("1 to 2 inches", [1, 2], "inches", "rain a cold front could bring on Saturday")
d.F("near 85 degrees", 85, "fahrenheit", "forecast highs on Saturday", qualifier="near")

d.NF("2210", reason="Street number in an address (2210 Central Avenue).")

d.RT("on Tuesday", ctx="Nebraska on Tuesday", resolved=None)
d.RT("through Friday", resolved=None)
d.RT("On Monday", resolved=None)
d.RT("last year", resolved="2024")
d.RT("over the next week", resolved=None)
d.RT("on Tuesday", ctx="bushel on Tuesday", resolved=None)
d.RT("on Monday", ctx="cattle on Monday", resolved=None)
d.RT("last week", resolved=None)
d.RT("this month", resolved="2025-07")
d.RT("on Saturday", resolved=None)

d.P("National Weather Service", "ORG", None, "The National Weather Service said Grand Island", ["cited", "actor"])
d.P("U.S. Department of Agriculture", "ORG", None, "the U.S. Department of Agriculture (USDA) rated", ["cited"],
    aliases=["USDA"])
d.P("Dale Hruska", "PERSON", None, "said Dale Hruska, 58, who farms near Ord", ["quoted"], aliases=["Hruska"])
d.P("Lorna Vick", "PERSON", None, "Lorna Vick, who grows corn and soybeans", ["quoted", "cited"])
d.P("Ruth Okonjo", "PERSON", "an agronomist at Platte Valley State University", "That was the assessment of Ruth Okonjo",
    ["quoted", "cited"])
d.P("Harvest Metrics", "ORG", None, "Private forecaster Harvest Metrics cut", ["actor", "cited"])
d.P("Evan Pryce", "PERSON", "Governor", "Governor Evan Pryce declared", ["actor", "quoted"], aliases=["Governor Evan Pryce"])
d.P("Curtis Bell", "PERSON", "its manager", "said its manager, Curtis Bell", ["cited"],
    note="Manager of the Kearney sale barn.")
d.P("Nebraska Livestock Federation", "ORG", None, "The Nebraska Livestock Federation said", ["cited"])
d.P("Heartland Rural Relief", "ORG", None, "Heartland Rural Relief, a charity based at", ["cited"])
d.P("Ana Whitfield", "PERSON", "the charity’s director", "the charity’s director, Ana Whitfield, said", ["quoted"])
d.P("Food and Agriculture Organization", "ORG", None, "The Food and Agriculture Organization (FAO) warned", ["cited"],
    aliases=["FAO"])
d.M("Platte Valley State University", "ORG", "Only inside Okonjo's role.")
d.M("Chicago Board of Trade", "ORG", "Exchange where the futures trade.")
d.M("Nebraska", "GPE", "Setting; the governor acts, not the state.")
d.M("Grand Island", "GPE", "Weather station location.")
d.M("Kearney", "GPE", "Location.")
d.M("Ord", "GPE", "Location.")
d.M("Central Avenue", "LOC", "Street in the charity's address.")
d.M("LINCOLN", "GPE", "Dateline.")
d.write()
