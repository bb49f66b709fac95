import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg05_storm_fionnuala_power_cuts")

NPN = dict(stype="ORG", aliases=["NPN", "the company"])
COR = dict(role="a meteorologist at Met Éireann")
d.Q("Met Éireann", "the most damaging in a generation,", stype="ORG", aliases=["the forecaster"],
    syntax="phrase", cue="according to the forecaster",
    note="'according to' + role-only organisation ('the forecaster' = Met Éireann, subject of the sentence before). "
         "6-word phrase -> fragment, trailing comma inside.")
d.Q("National Power Networks", "This is the worst damage to the network in our history, and we will not reconnect "
    "every customer quickly,", **NPN, cue="the company said in a statement",
    note="Role-only organisation attribution (statement): 'the company' = NPN.")
d.Q("National Power Networks", "Please stay well away from fallen lines.", **NPN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Siobhán Mulkerrin", "We have people who cannot get a prescription, never mind a generator,",
    aliases=["Mulkerrin", "Cllr Siobhán Mulkerrin"], role="Cllr, who chairs Galway County Council’s roads committee",
    cue="she told Corrib Radio", note="'she' = Mulkerrin, the only person in the paragraph; outlet told.")
d.Q("Declan Furey", "Stay at home unless your journey is essential. Trees are still coming down,",
    aliases=["Furey", "Garda Insp. Declan Furey"], role="Garda Insp.", cue="Furey said",
    note="Surname-only attribution in its own paragraph, after reported speech in the paragraph before.")
d.Q("Eoin Caffrey", "Nobody should be out of pocket because the wind took their roof,",
    aliases=["Energy Minister Eoin Caffrey", "the minister"], role="Energy Minister", cue="the minister said",
    note="Role-only person attribution: 'the minister' = Energy Minister Eoin Caffrey (sentence before).")
d.Q("Bríd Conneely", "You cannot switch a cow off,", aliases=["Conneely"], role="who milks 90 cows near Moycullen",
    cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Bríd Conneely … and her neighbour Úna Keady'); "
         "'she' = Conneely, the subject of 'Conneely said they had poured away'.")
d.Q("Aisling Corr", "The worst has passed,", **COR, syntax="clause",
    cue="said Aisling Corr, a meteorologist at Met Éireann",
    note="Split quote, first half (attribution with an apposition in the middle).")
d.Q("Aisling Corr", "but another band of heavy rain arrives on Tuesday night, and the ground has nowhere left to put it.",
    **COR, syntax="clause", cue="said Aisling Corr, a meteorologist at Met Éireann", note="Split quote, second half.")

d.F("240,000", 240000, "count", "homes, farms and businesses without power (headline)", ctx="leaves 240,000 without")
d.F("158km/h", 158, "km/h", "strongest gusts (headline)", ctx="reach 158km/h")
d.F("More than 240,000", 240000, "count", "homes, farms and businesses without electricity on Sunday",
    qualifier="More than")
d.F("up to 158km/h", 158, "km/h", "strongest gusts on the west coast", qualifier="up to")
d.F("2017", 2017, "year", "last time gusts this strong were recorded in Ireland", note="'since 2017'.")
d.F("4am", "04:00", "time", "start of the status red wind warning")
d.F("11am", "11:00", "time", "end of the status red wind warning")
d.F("first", 1, "ordinal", "Met Éireann's red warnings this winter", ctx="its first red warning")
d.F("62mm", 62, "mm", "rain recorded at Mace Head")
d.F("24 hours", 24, "hours", "period of the 62mm of rain")
d.F("about 1,900", 1900, "count", "faults reported to NPN", qualifier="about")
d.F("up to a week", 1, "weeks", "how long some remote customers could be without power", qualifier="up to")
d.F("300", 300, "count", "line workers brought in from Northern Ireland and Scotland")
d.F("about 85,000", 85000, "count", "customers reconnected by 6pm", qualifier="about")
d.F("6pm", "18:00", "time", "time by which about 85,000 customers were reconnected")
d.F("at least 14", 14, "count", "places where fallen trees blocked the N59", qualifier="at least")
d.F("60s", [60, 69], "years", "age of the injured man ('in his 60s')", note="A decade of age as a range.")
d.F("about 7.15am", "07:15", "time", "when the tree fell on the man's car", qualifier="about")
d.F("€15 million", 15000000, "EUR", "humanitarian fund for households and small businesses")
d.F("up to €5,000", 5000, "EUR", "payment per household from the fund", qualifier="up to", note="Per household.")
d.F("90", 90, "count", "cows Bríd Conneely milks", ctx="milks 90 cows")
d.F("about 2,000 litres", 2000, "litres", "milk poured away", qualifier="about")
d.F("two", 2, "count", "fishermen rescued by the Irish Coast Guard", ctx="rescued two fishermen")
d.F("third", 3, "ordinal", "day of cancelled ferries to the Aran Islands", ctx="a third day")
d.F("between €90 million and €120 million", [90000000, 120000000], "EUR", "estimated insured losses")
d.F("About one in three", 0.3333333333, "fraction", "share of claims expected from Connemara", qualifier="About")
d.F("2C", 2, "celsius", "overnight temperature")
d.F("36 hours", 36, "hours", "duration of the yellow rainfall warning")

d.NF("N59", reason="Road name.")

d.RT("on Sunday", resolved=None)
d.RT("of the winter", resolved=None)
d.RT("the night", ctx="spent the night", resolved=None)
d.RT("shortly before dawn", resolved=None)
d.RT("on Tuesday night", resolved=None, note="Inside a quote.")
d.RT("overnight", resolved=None)

d.P("Met Éireann", "ORG", None, "Met Éireann issued a status red wind warning", ["actor", "quoted", "cited"],
    note="Later 'the forecaster'; also inside Corr's role.")
d.P("National Power Networks", "ORG", None, "National Power Networks (NPN), which runs the distribution grid",
    ["actor", "quoted", "cited"], aliases=["NPN"],
    note="Acronym in brackets, then alone ('NPN has brought in') and as possessor ('NPN’s control centre'); "
         "'the company'.")
d.P("Siobhán Mulkerrin", "PERSON", "Cllr, who chairs Galway County Council’s roads committee",
    "Cllr Siobhán Mulkerrin, who chairs", ["quoted", "cited"], aliases=["Mulkerrin"])
d.P("Corrib Radio", "ORG", None, "she told Corrib Radio", ["actor"],
    note="Broadcaster the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Declan Furey", "PERSON", "Garda Insp.", "Garda Insp. Declan Furey said", ["quoted", "cited"], aliases=["Furey"])
d.P("Eoin Caffrey", "PERSON", "Energy Minister", "Energy Minister Eoin Caffrey, who visited", ["quoted", "actor"],
    note="Later 'the minister'.")
d.P("Bríd Conneely", "PERSON", "who milks 90 cows near Moycullen", "Bríd Conneely, who milks 90 cows",
    ["quoted", "cited", "actor"], aliases=["Conneely"])
d.P("Úna Keady", "PERSON", "her neighbour", "her neighbour Úna Keady spent the night", ["actor"])
d.P("Irish Coast Guard", "ORG", None, "The Irish Coast Guard rescued two fishermen", ["actor"])
d.P("Harcourt Risk Analytics", "ORG", "a Dublin consultancy", "according to Harcourt Risk Analytics", ["cited"])
d.P("Aisling Corr", "PERSON", "a meteorologist at Met Éireann", "said Aisling Corr, a meteorologist", ["quoted"])
d.M("Storm Fionnuala", "EVENT", "The storm.")
d.M("Galway County Council", "ORG", "Only in Mulkerrin's role (possessor: 'Galway County Council’s roads committee').")
d.M("Garda", "ORG", "Only in Furey's title ('Garda Insp.').")
d.M("University Hospital Galway", "ORG", "Hospital the injured man was taken to (place).")
d.M("N59", "FAC", "Road.")
d.M("Ireland", "GPE", "Country.")
d.M("Galway", "GPE", "County under the warning.")
d.M("Mayo", "GPE", "County under the warning.")
d.M("Clare", "GPE", "County under the warning.")
d.M("Mace Head", "LOC", "Weather station location.")
d.M("Northern Ireland", "GPE", "Where line workers came from.")
d.M("Scotland", "GPE", "Where line workers came from.")
d.M("Clifden", "GPE", "Location.")
d.M("Oughterard", "GPE", "Location.")
d.M("Dublin", "GPE", "Location.")
d.M("Moycullen", "GPE", "Location.")
d.M("Inishbofin", "GPE", "Island.")
d.M("Aran Islands", "LOC", "Islands.")
d.M("Connemara", "LOC", "Region.")
d.write()
