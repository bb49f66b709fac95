import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj04_tucson_fare_free_buses_vote")

S = dict(marks="straight")
DEL = dict(role="a retired cafeteria worker who rides Route 8 to dialysis three times a week")
ORT = dict(aliases=["Vice Mayor Lena Ortiz"], role="Vice Mayor, who represents Ward 6")
d.Q("Celia Navarro", "Free fares filled our buses. I'm not going to be the mayor who empties them,",
    aliases=["Mayor Celia Navarro"], role="Mayor", **S, cue="Mayor Celia Navarro said before the vote")
d.Q("Rosa Delgado", "Before the buses were free, I skipped appointments at the end of the month. I had to choose "
    "between the fare and my lights.", **DEL, **S, open_end=True, cue="She told the council:",
    note="Colon-introduced multi-paragraph quote, first paragraph (no closing mark).")
d.Q("Rosa Delgado", "Please don't make me choose again.", **DEL, **S, attribution="implicit",
    cue="(second paragraph of the same quote)")
d.Q("Dan Whitlock", "We have potholes in this city older than some of my constituents,",
    aliases=["Whitlock", "Ward 2 Council Member Dan Whitlock"], role="Ward 2 Council Member", **S, cue="he said",
    note="Pronoun trap: two men are named ('Dan Whitlock and ... Greg Aldana voted no'); 'he' = Whitlock, the "
         "subject of the sentence just before ('Whitlock argued').")
d.Q("Lena Ortiz", "This is not a no to the streetcar,", **ORT, **S, syntax="clause",
    cue="said Vice Mayor Lena Ortiz, who represents Ward 6", note="Split quote, first half.")
d.Q("Lena Ortiz", "it's a not-yet, and I'd rather say not-yet than build half a line.", **ORT, **S, syntax="clause",
    cue="said Vice Mayor Lena Ortiz, who represents Ward 6", note="Split quote, second half.")
d.Q("Congress Street Business Alliance", "Every year we wait, the price goes up and the airport gets further away,",
    stype="ORG", aliases=["the alliance"], **S, cue="the alliance said in a letter to council members",
    note="Role-only organisation attribution; letter.")
d.Q("Monique Hall", "a blessing for riders and a burden for drivers.", role="Its president", **S, syntax="phrase",
    cue="told the council that free rides had been",
    note="'Its' = Southern Arizona Transit Workers Local 41. 9-word noun phrase -> full by the length rule.")
d.Q("Ron Feldt", "a free ride paid for by somebody else.", aliases=["Taxpayer advocate Ron Feldt"],
    role="Taxpayer advocate", **S, syntax="phrase", cue="called the program",
    note="8-word noun phrase -> full by the length rule.")

d.F("mid-2028", 2028, "year", "end of fare-free buses (headline)", qualifier="mid",
    note="'through mid-2028'; the body gives June 30, 2028.")
d.F("5-2", "5-2", "score", "council vote to keep buses fare-free", note="Vote tally stored like a score, as dev5c.")
d.F("June 30, 2028", "2028-06-30", "date", "end of fare-free buses")
d.F("11:40 p.m.", "23:40", "time", "time of the vote")
d.F("more than four hours", 4, "hours", "length of public comment", qualifier="more than")
d.F("about $14.6 million", 14600000, "USD", "general-fund money to replace fare revenue", qualifier="about")
d.F("fiscal 2028", 2028, "year", "fiscal year of the fare spending",
    note="Tucson's fiscal year runs July to June; stored as dev5c's 'fiscal 2027'.")
d.F("18%", 18, "percent", "rise in ridership since 2023")
d.F("2023", 2023, "year", "base year of the ridership rise", ctx="since 2023")
d.F("about 52,000", 52000, "count", "daily bus boardings", qualifier="about", note="Per day.")
d.F("more than 90", 90, "count", "public speakers", qualifier="more than")
d.F("67", 67, "years", "age of Rosa Delgado")
d.F("three times", 3, "times", "Delgado's dialysis trips", note="'three times a week'.")
d.F("$31 million", 31000000, "USD", "projected general fund shortfall next year")
d.F("3.9-mile", 3.9, "miles", "length of the streetcar extension")
d.F("$386 million", 386000000, "USD", "estimated cost of the streetcar extension")
d.F("$212 million", 212000000, "USD", "federal grant request turned down")
d.F("September", "2026-09", "date", "when the FTA turned down the grant", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 140", 140, "count", "downtown businesses in the alliance", qualifier="about")
d.F("24", 24, "count", "battery-electric buses to be added", ctx="add 24 battery")
d.F("150 kW", 150, "kW", "rating of each depot charger")
d.F("$9 million", 9000000, "USD", "ADEQ grant towards the depot chargers")
d.F("Roughly a third", 0.3333333333, "fraction", "share of the fleet that will be electric", qualifier="Roughly")
d.F("about 610", 610, "count", "drivers and mechanics the union represents", qualifier="about")
d.F("37", 37, "count", "assaults on operators last year", ctx="rose to 37")
d.F("22", 22, "count", "assaults on operators in 2023", ctx="from 22 in")
d.F("2023", 2023, "year", "year of 22 assaults", ctx="22 in 2023")
d.F("October", "2026-10", "date", "release of the Pima Association of Governments study", value_inferred=True)
d.F("9 seconds", 9, "seconds", "boarding time saved per stop")
d.F("between 6 and 11 minutes", [6, 11], "minutes", "time saved per route", note="Per day.")
d.F("14th", 14, "ordinal", "Ron Feldt's appearances before the council this year")
d.F("Jan. 19", "2027-01-19", "date", "next council discussion of the streetcar", value_inferred=True,
    note="Year not written; the next Jan. 19 after the December 2026 vote (a Tuesday).")

d.NF("8", ctx="Route 8", reason="Bus route number (a name).")
d.NF("2", ctx="Ward 2", reason="Ward number (a name).")
d.NF("4", ctx="Ward 4", reason="Ward number (a name).")
d.NF("6", ctx="Ward 6", reason="Ward number (a name).")
d.NF("half", ctx="half a line", reason="Rhetorical, inside a quote ('build half a line').")
d.NF("41", ctx="Local 41", reason="Numeral inside the union local's name.")

d.RT("late Tuesday", resolved="2026-12-01")
d.RT("next year", resolved="2027")
d.RT("Every year", resolved=None, note="Inside a quote.")
d.RT("next fall", resolved="2027")
d.RT("last year", resolved="2025")
d.RT("this year", resolved="2026")

d.P("Tucson City Council", "ORG", None, "The Tucson City Council voted 5-2", ["actor"],
    note="Also 'Council' (headline, last line) and 'the council'.")
d.P("Sonoran Valley Transit", "ORG", "the private company that runs the buses under contract with the city",
    "according to Sonoran Valley Transit, the private company", ["cited", "actor"])
d.P("Celia Navarro", "PERSON", "Mayor", "Mayor Celia Navarro said before the vote", ["quoted", "actor"])
d.P("Rosa Delgado", "PERSON", "a retired cafeteria worker who rides Route 8 to dialysis three times a week",
    "Among more than 90 speakers was Rosa Delgado", ["quoted"])
d.P("Dan Whitlock", "PERSON", "Ward 2 Council Member", "Ward 2 Council Member Dan Whitlock and", ["quoted", "actor"],
    aliases=["Whitlock"])
d.P("Greg Aldana", "PERSON", "Ward 4 Council Member", "Ward 4 Council Member Greg Aldana voted against", ["actor"],
    aliases=["Aldana"], note="Named beside the trap before Whitlock's 'he said'.")
d.P("Finance Department", "ORG", None, "The city's Finance Department projects", ["cited"])
d.P("Federal Transit Administration", "ORG", None, "The Federal Transit Administration turned down", ["actor"])
d.P("Arizona Department of Environmental Quality", "ORG", None, "a $9 million grant from the Arizona Department of "
    "Environmental Quality", ["actor"], note="Grant-maker (after a preposition), as dev8b's lender. Unsure.")
d.P("Lena Ortiz", "PERSON", "Vice Mayor, who represents Ward 6", "said Vice Mayor Lena Ortiz", ["quoted"])
d.P("Congress Street Business Alliance", "ORG", None, "The Congress Street Business Alliance, which represents",
    ["actor", "quoted"], note="Later 'the alliance'.")
d.P("Marco Villalobos", "PERSON", "Sonoran Valley Transit general manager",
    "Sonoran Valley Transit general manager Marco Villalobos said", ["cited"])
d.P("Southern Arizona Transit Workers Local 41", "ORG", None, "Southern Arizona Transit Workers Local 41, which represents",
    ["cited"])
d.P("Monique Hall", "PERSON", "Its president", "Its president, Monique Hall, told the council", ["quoted"])
d.P("Pima Association of Governments", "ORG", None, "A Pima Association of Governments study", ["cited"])
d.P("Ron Feldt", "PERSON", "Taxpayer advocate", "Taxpayer advocate Ron Feldt", ["quoted", "actor"])
d.M("Tucson International Airport", "FAC", "Destination of the extension (place).")
d.M("Tucson", "GPE", "Location.")
d.write()
