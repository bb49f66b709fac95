import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("db04_harrogate_gravel_worlds_2028")

S = dict(marks="straight")
NYC = dict(stype="ORG", aliases=["the council"])
d.Q("Hélène Varenne", "Harrogate offered us hills, history and a county that already knows how to close its roads for "
    "a bike race,", role="the federation's French president", **S,
    cue="said the federation's French president, Hélène Varenne")
d.Q("Tom Archer", "People will still be talking about this week in 20 or 30 years,", aliases=["Archer"],
    role="a former Olympic mountain biker", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before last (Archer and David Hirst); 'he' = Archer, the "
         "subject of the sentence before ('Archer, who grew up in Pateley Bridge, gave the final presentation').")
d.Q("Gillian Pike", "waiting for something like this since the railway closed.", role="Its secretary", **S,
    syntax="phrase", cue="Its secretary, Gillian Pike, said members had been",
    note="'Its' = Nidderdale Wheelers. 8-word phrase -> full by the length rule.")
d.Q("Dales Without Traffic", "the best part of a week", stype="ORG", **S, syntax="phrase",
    cue="a residents' group, warned that some villages would be cut off for", note="Organisation fragment.")
d.Q("North Yorkshire Council", "We will publish every closure six months in advance, and no village will be without "
    "access for longer than a morning,", **NYC, **S, cue="the council said",
    note="Role-only organisation attribution in its own paragraph; 'the council' = North Yorkshire Council (also in "
         "'the council's director of tourism').")
d.Q("Jordi Puig", "a disappointment, not a surprise", role="the bid's director", **S, syntax="phrase",
    cue="congratulated the winners but called the result", note="Scare-quoted fragment; comma outside the marks.")

d.F("2028", 2028, "year", "year of the gravel world championships in Harrogate (headline)", ctx="the 2028 gravel")
d.F("2028", 2028, "year", "year of the championships awarded to Harrogate", ctx="its 2028 world")
d.F("19-member", 19, "count", "members of the WGF board")
d.F("2019", 2019, "year", "year the World Gravel Federation was founded")
d.F("64", 64, "count", "races the WGF sanctions a year")
d.F("2.4 million Swiss francs", 2400000, "CHF", "hosting fee paid to the WGF by the council and Visit Dales")
d.F("10.5 million Australian dollars", 10500000, "AUD", "what Adelaide paid for this year's championships")
d.F("£3.5 million", 3500000, "GBP", "UK Sport contribution")
d.F("12 years", 12, "years", "time Hélène Varenne spent as an aerodynamicist in Formula 1")
d.F("Twelve", 12, "count", "board members who backed Harrogate")
d.F("seven", 7, "count", "board members who backed Girona", ctx="seven backed")
d.F("20 or 30 years", [20, 30], "years", "how long people will talk about the championships (Archer, in a quote)")
d.F("158 miles", 158, "miles", "length of the elite men's race")
d.F("10 1/2 miles", 10.5, "miles", "limestone farm tracks on the elite course")
d.F("more than 40 mph", 40, "mph", "speed riders reach on the descents", qualifier="more than")
d.F("roughly half", 0.5, "fraction", "length of the women's race relative to the men's", qualifier="roughly")
d.F("about 2,500", 2500, "count", "amateur riders expected", qualifier="about")
d.F("41", 41, "count", "countries the amateur riders come from", ctx="from 41 countries")
d.F("1800 GMT", "18:00", "time", "when registration opens", note="GMT.")
d.F("1 December", "2026-12-01", "date", "when registration opens", value_inferred=True,
    note="Year not written; the set's year 2026 (the next 1 December).")
d.F("£95", 95, "GBP", "entry fee for the amateur event")
d.F("£28 million", 28000000, "GBP", "boost to the local economy (University of Ripon study)")
d.F("23", 23, "count", "countries where Ridgeline TV holds the broadcast rights")
d.F("300", 300, "count", "marshals Nidderdale Wheelers will supply")
d.F("six months", 6, "months", "how far in advance closures will be published (in a quote)")
d.F("two", 2, "count", "previous editions in southern Europe", ctx="after two editions")
d.F("four-year", 4, "years", "length of the Wensley Building Society sponsorship deal")
d.F("Hundreds", None, "count", "volunteers needed", vague=True, qualifier="hundreds")
d.F("£50,000", 50000, "GBP", "Wensley Building Society pledge to train volunteers")
d.F("2027", 2027, "year", "championships going ahead in Calgary")

d.NF("1", ctx="Formula 1", reason="Numeral in a name (Formula 1).")

d.RT("on Saturday", resolved=None)
d.RT("this year's", resolved="2026")
d.RT("this week", resolved=None, note="Inside a quote.")
d.RT("on the Sunday after the elite races", resolved=None)

d.P("World Gravel Federation", "ORG", None, "The World Gravel Federation (WGF) has awarded", ["actor", "cited"],
    aliases=["WGF"], note="Later 'the federation', 'the Swiss-based federation', 'The WGF's marketing partner'.")
d.P("Harrogate", "GPE", None, "Harrogate, which beat a rival bid from Girona", ["actor"],
    note="The winning bid city ('Harrogate beats Girona'). Unsure: GPE acting through its bid.")
d.P("Girona", "GPE", None, "which beat a rival bid from Girona", ["actor"],
    note="The losing bid city. Unsure: GPE acting through its bid.")
d.P("North Yorkshire Council", "ORG", None, "North Yorkshire Council and the tourism agency Visit Dales will pay",
    ["actor", "quoted"], note="Later 'the council's director of tourism', 'the council said'.")
d.P("Visit Dales", "ORG", "the tourism agency", "the tourism agency Visit Dales will pay", ["actor"],
    note="Also object ('asked Visit Dales to publish').")
d.P("Adelaide", "GPE", None, "the 10.5 million Australian dollars Adelaide paid", ["actor"],
    note="Paid for this year's championships. Unsure: GPE acting.")
d.P("UK Sport", "ORG", None, "UK Sport has promised a further £3.5 million", ["actor"])
d.P("Hélène Varenne", "PERSON", "the federation's French president", "said the federation's French president, Hélène "
    "Varenne", ["quoted", "cited"], note="Nationality-plus-title role.")
d.P("Tom Archer", "PERSON", "a former Olympic mountain biker", "The bid was led by Tom Archer", ["quoted", "actor"],
    aliases=["Archer"])
d.P("David Hirst", "PERSON", "the council's director of tourism", "and David Hirst, the council's director of tourism",
    ["actor"], note="Co-led the bid; named only as the trap before Archer's 'he said'.")
d.P("University of Ripon", "ORG", None, "A study for the bid by the University of Ripon estimated", ["cited"])
d.P("Ridgeline TV", "ORG", None, "Ridgeline TV, which holds the broadcast rights", ["actor"])
d.P("Nidderdale Wheelers", "ORG", "the local club", "Nidderdale Wheelers, the local club, will supply", ["actor"])
d.P("Gillian Pike", "PERSON", "Its secretary", "Its secretary, Gillian Pike, said", ["quoted"])
d.P("Dales Without Traffic", "ORG", "a residents' group", "Dales Without Traffic, a residents' group, warned",
    ["quoted", "actor"])
d.P("Jordi Puig", "PERSON", "the bid's director", "the bid's director, Jordi Puig, congratulated", ["quoted", "actor"])
d.P("Wensley Building Society", "ORG", "The WGF's marketing partner", "the Wensley Building Society, signed a four-year "
    "deal", ["actor"], note="Later 'the society has pledged'.")
d.M("Formula 1", "EVENT", "In Varenne's career (its numeral is a not_figure).")
d.M("Aigle", "GPE", "Location of the vote.")
d.M("Switzerland", "GPE", "Location.")
d.M("Pateley Bridge", "GPE", "Location.")
d.M("Britain", "GPE", "Location.")
d.M("Calgary", "GPE", "Host of the 2027 championships (location).")
d.write()
