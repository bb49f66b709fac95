import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg01_dublin_bus_strike")
d.B("DUBLIN —", "dateline", partial=True)

S = dict(marks="straight")
DOY = dict(aliases=["Doyle"], role="the union's general secretary")
BRE = dict(aliases=["Brennan"], role="His deputy")
KAV = dict(aliases=["Kavanagh"], role="Its chief executive")
d.Q("Ciarán Doyle", "We have been patient for 14 months. Patience does not pay a mortgage in Dublin,", **DOY, **S,
    cue="said Ciarán Doyle, the union's general secretary",
    note="Attribution after the quote with a possessive role ('the union's' = the NTWU).")
d.Q("Aoife Brennan", "playing chicken", **BRE, **S, syntax="phrase",
    cue="His deputy, Aoife Brennan, accused management of",
    note="Quoted words in reported speech ('accused … of'); two-word fragment. Role owned by another person: "
         "'His' = Doyle, the subject of the sentence before; written as stated.")
d.Q("Liffey City Buses DAC", "simply unaffordable", stype="ORG", aliases=["Liffey City Buses"], **S,
    syntax="phrase", cue="Liffey City Buses said in a statement that the claim was",
    note="Company statement in reported speech; the quote goes to the company (ORG). Fragment.")
d.Q("Gráinne Kavanagh", "put every cent we have on the table.", **KAV, **S, syntax="phrase",
    cue="told the broadcaster Dublin Capital FM that management had",
    note="'Its' = Liffey City Buses. Quoted words ending reported speech; 8-word phrase -> full by the length rule.")
d.Q("Gráinne Kavanagh", "Nobody wants commuters stranded in the rain,", **KAV, **S, syntax="clause", cue="Kavanagh said",
    note="Split quote, first half (attribution in the middle). Follows her previous quote directly.")
d.Q("Gráinne Kavanagh", "but nobody wants the company bankrupt either.", **KAV, **S, syntax="clause",
    cue="Kavanagh said", note="Split quote, second half.")
d.Q("Aoife Brennan", "It was the same number in a different font,", **BRE, **S, cue="she said",
    note="Pronoun trap: two women are named in the sentence before last ('Brennan and Kavanagh sat across the "
         "table'); 'she' = Brennan, the subject of the sentence before ('Brennan said the offer had not moved').")
d.Q("Declan Furlong", "There is a deal to be done here, and the WRC is where it gets done,",
    aliases=["Minister for Transport Declan Furlong", "the minister"], role="Minister for Transport", **S,
    cue="the minister said",
    note="Role-only person attribution: 'the minister' = Minister for Transport Declan Furlong (sentence before).")
d.Q("Liam Gaffney", "If they are still talking on Wednesday night, we will keep the building open until they are finished.",
    role="the WRC's director of conciliation services", **S,
    cue="That was the offer of Liam Gaffney, the WRC's director of conciliation services",
    note="Next-sentence attribution: the quote stands alone and the speaker is named in the sentence after, as "
         "dev12b's Botha. Explicit. 'the building' = the WRC's offices.")
d.Q("Dublin City Traders' Alliance", "Two days without buses in the run-up to Easter is a disaster for the city,",
    stype="ORG", aliases=["the alliance"], **S, cue="a spokesman for the alliance said",
    note="Unnamed spokesman: the quote goes to the organisation (named in the sentence before).")
d.Q("Niamh Ó Súilleabháin",
    "I'm behind the drivers. But I'm the one paying €40 a day to get to work, and the two sides are a million miles apart,",
    aliases=["Ó Súilleabháin"], role="a care worker who has taken Route 39A from Blanchardstown for 27 years", **S,
    cue="Ó Súilleabháin said",
    note="Irish surname with the particle 'Ó', kept in the follow-up. Two sentences inside one pair of marks: one entry.")

d.F("48-hour", 48, "hours", "length of the planned strike (headline)")
d.F("About 2,300", 2300, "count", "drivers at Liffey City Buses who will strike", qualifier="About")
d.F("48 hours", 48, "hours", "length of the walkout")
d.F("4am", "04:00", "time", "start of the walkout on Thursday", note="'from 4am on Thursday'.")
d.F("about 1,100", 1100, "count", "buses taken off the road", qualifier="about")
d.F("130", 130, "count", "routes affected")
d.F("roughly 400,000", 400000, "count", "passenger journeys disrupted a day", qualifier="roughly",
    note="Per day ('a day').")
d.F("14 months", 14, "months", "how long the union says it has been patient (in a quote)")
d.F("91%", 91, "percent", "members who voted for action")
d.F("78%", 78, "percent", "turnout in the strike ballot")
d.F("9%", 9, "percent", "pay rise the NTWU wants")
d.F("two years", 2, "years", "period of the pay rise the NTWU wants", ctx="over two years")
d.F("6.5%", 6.5, "percent", "pay rise the company has offered")
d.F("2.5 percentage points", 2.5, "percentage points", "gap between the claim and the offer")
d.F("about €11 million", 11000000, "EUR", "annual cost of closing the gap (company)", qualifier="about",
    note="Per year ('a year').")
d.F("11 hours", 11, "hours", "length of Sunday's talks")
d.F("February", "2026-02", "date", "since when the offer has not moved", value_inferred=True,
    note="'since February'; year not written, the set's year 2026.")
d.F("about 900", 900, "count", "shops, cafés and pubs the Dublin City Traders' Alliance represents", qualifier="about")
d.F("between €8 million and €10 million", [8000000, 10000000], "EUR", "estimated cost of the strike to the "
    "alliance's members")
d.F("Two days", 2, "days", "length of the strike (in a quote)")
d.F("58", 58, "years", "age of Niamh Ó Súilleabháin", ctx="Súilleabháin, 58,")
d.F("27 years", 27, "years", "how long Ó Súilleabháin has taken Route 39A")
d.F("€40", 40, "EUR", "Ó Súilleabháin's daily taxi cost (in a quote)", note="Per day ('a day').")
d.F("72 hours", 72, "hours", "length of the second strike the union threatens")
d.F("April 23", "2026-04-23", "date", "start of the threatened second strike", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.NF("eleventh", reason="Idiom in the headline ('at the eleventh hour').")
d.NF("39A", reason="Route name ('Route 39A').")
d.NF("one", ctx="the one paying", reason="Pronoun use ('the one paying'), inside a quote.")
d.NF("two", ctx="the two sides", reason="Trivial count ('the two sides'), inside a quote.")
d.NF("million", ctx="a million miles apart", reason="Idiom inside a quote ('a million miles apart').")

d.RT("on Thursday", ctx="4am on Thursday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("shortly before midnight", resolved=None)
d.RT("on Sunday", resolved=None)
d.RT("before Thursday", resolved=None)
d.RT("on Wednesday night", resolved=None, note="Inside a quote.")

d.P("Liffey City Buses DAC", "ORG", None, "About 2,300 drivers at Liffey City Buses DAC will walk out",
    ["actor", "quoted"], aliases=["Liffey City Buses"],
    note="Irish legal form 'DAC' (designated activity company); later 'the company', 'The company has offered', "
         "'Its chief executive'.")
d.P("National Transport Workers' Union", "ORG", None, "the National Transport Workers' Union (NTWU) said on Monday",
    ["actor", "cited"], aliases=["NTWU"], note="Acronym in brackets, then alone ('The NTWU wants'); later 'the union's "
                                               "general secretary' and 'The union said'.")
d.P("Workplace Relations Commission", "ORG", None, "after talks at the Workplace Relations Commission (WRC) broke down",
    ["actor"], aliases=["WRC"], note="Hosts the talks; acronym alone later ('return to the WRC', 'the WRC's director').")
d.P("National Transport Authority", "ORG", "which pays the company to run the services",
    "according to the National Transport Authority (NTA)", ["cited"], aliases=["NTA"],
    note="'according to'; later 'the authority said'.")
d.P("Ciarán Doyle", "PERSON", "the union's general secretary", "said Ciarán Doyle, the union's general secretary",
    ["quoted", "cited"], aliases=["Doyle"])
d.P("Aoife Brennan", "PERSON", "His deputy", "His deputy, Aoife Brennan, accused management", ["quoted", "actor"],
    aliases=["Brennan"], note="'His' = Doyle; a role owned by another person, written as stated.")
d.P("Gráinne Kavanagh", "PERSON", "Its chief executive", "Its chief executive, Gráinne Kavanagh, told the broadcaster",
    ["quoted", "actor"], aliases=["Kavanagh"], note="'Its' = Liffey City Buses.")
d.P("Dublin Capital FM", "ORG", "the broadcaster", "told the broadcaster Dublin Capital FM", ["actor"],
    note="Broadcaster told (dev3 broadcaster convention). Unsure.")
d.P("Declan Furlong", "PERSON", "Minister for Transport", "Minister for Transport Declan Furlong urged both sides",
    ["quoted", "actor"], note="Later 'the minister'.")
d.P("Liam Gaffney", "PERSON", "the WRC's director of conciliation services", "That was the offer of Liam Gaffney",
    ["quoted"])
d.P("Dublin City Traders' Alliance", "ORG", "which represents about 900 shops, cafés and pubs in the city centre",
    "The Dublin City Traders' Alliance, which represents about 900 shops", ["quoted", "cited"],
    note="Later 'a spokesman for the alliance'.")
d.P("Niamh Ó Súilleabháin", "PERSON", "a care worker who has taken Route 39A from Blanchardstown for 27 years",
    "Niamh Ó Súilleabháin, 58, a care worker", ["quoted", "actor"], aliases=["Ó Súilleabháin"])
d.M("Luas", "ORG", "Tram service that will run as normal (background).")
d.M("DART", "ORG", "Rail service that will run as normal (background).")
d.M("DUBLIN", "GPE", "Dateline.")
d.M("Dublin", "GPE", "Location (also in a quote).")
d.M("Blanchardstown", "GPE", "In Ó Súilleabháin's role.")
d.M("Route 39A", "LOC", "Bus route, in Ó Súilleabháin's role.")
d.M("Easter", "EVENT", "In the alliance's quote.")
d.write()
