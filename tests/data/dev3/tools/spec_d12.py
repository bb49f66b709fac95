from goldlib import Doc
d = Doc("d12_lakeshore_festival")
d.B("TORONTO —", "dateline", partial=True)

MAR = dict(aliases=["Ms Marchand"], role="the festival's artistic director")
VAL = dict(aliases=["Valente"], role="Portuguese director")
FRI = dict(role="the festival's chair")
d.Q("Hélène Marchand", "We could have raised prices. We chose not to, because a festival that only the comfortable can afford is not worth running.",
    **MAR, cue="That was how the festival's artistic director, Hélène Marchand, explained the decision",
    note="Quote attributed in the following sentence.")
d.Q("Rui Valente", "I am too old to be nervous, but I am nervous,", **VAL, cue="Valente said")
d.Q("Rui Valente", "a letter to my brother", **VAL, syntax="phrase", cue="He described the 97-minute film ... as")
d.Q("Darren Achebe", "discovery, not another algorithm", role="Its head of content", syntax="phrase",
    cue="said viewers wanted")
d.OQ("safe", attributed_to="Some critics", attribution="vague-collective",
     reason="Scare quote attributed to an unidentified group of critics.")
d.Q("Naomi Friedman", "Safe is not a word I would use for a programme with 43 first features,", **FRI, cue="she said",
    note="Pronoun speaker; Friedman named in the previous sentence.")
d.Q("Naomi Friedman", "Come and watch them, and then tell me.", **FRI, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Chidi Okonkwo", "with the heart first and the head second", role="Nigerian actor", syntax="phrase",
    cue="who said he would judge films", note="8-word phrase, so 'full' by the length rule.")
d.NQ("The Salt Road", reason="Film title.")
d.NQ("Seven Winters", reason="Film title.")
d.NQ("Undertow", reason="Film title.")

d.F("2026", 2026, "year", "festival edition", ctx="its 2026 edition")
d.F("312", 312, "count", "films in the programme", ctx="with 312 films")
d.F("71", 71, "count", "countries represented")
d.F("29-year", 29, "years", "length of the festival's history")
d.F("about C$1.1 million", 1100000, "CAD", "cost of the ticket price freeze", qualifier="about")
d.F("C$28", 28, "CAD", "single ticket price")
d.F("third", 3, "ordinal", "year the ticket price has been held", ctx="a third straight year")
d.F("Exactly half", 0.5, "fraction", "share of main-programme films directed by women", qualifier="exactly")
d.F("38%", 38, "percent", "share of films directed by women five years ago")
d.F("five years", 5, "years", "comparison period for the 38% share")
d.F("first", 1, "ordinal", "'The Salt Road' as Valente's first feature in 14 years", ctx="the first feature in 14")
d.F("14 years", 14, "years", "gap since Valente's previous feature")
d.F("84-year-old", 84, "years", "age of Rui Valente")
d.F("1979", 1979, "year", "when Valente's debut premiered at the festival")
d.F("about 1,900", 1900, "count", "audience at the Harbourfront Theatre", qualifier="about")
d.F("97-minute", 97, "minutes", "running time of 'The Salt Road'")
d.F("11 weeks", 11, "weeks", "shooting period of 'The Salt Road'")
d.F("June", "2026-06", "date", "when the festival accounts were published", value_inferred=True,
    note="Year inferred from 'its 2026 edition'.")
d.F("C$640,000", 640000, "CAD", "deficit for the previous edition")
d.F("487,000", 487000, "count", "attendance at the previous edition")
d.F("9%", 9, "percent", "rise in attendance on the year before")
d.F("17%", 17, "percent", "fall in corporate sponsorship")
d.F("C$6.3 million", 6300000, "CAD", "corporate sponsorship")
d.F("C$4.5 million", 4500000, "CAD", "CSDA grant")
d.F("two years", 2, "years", "period of the CSDA grant", ctx="over two years")
d.F("C$3 million", 3000000, "CAD", "value of the MBC streaming deal")
d.F("three-year", 3, "years", "length of the MBC streaming deal")
d.F("May", "2026-05", "date", "when several titles premiered at Cannes", value_inferred=True,
    note="Year inferred (2026).")
d.F("43", 43, "count", "first features in the programme (Friedman)")
d.F("seven-member", 7, "count", "members of the competition jury")
d.F("52", 52, "years", "age of Chidi Okonkwo")
d.F("C$25,000", 25000, "CAD", "Audience Award prize")
d.F("US$15,000", 15000, "USD", "prize for best first feature")
d.F("11 days", 11, "days", "length of the festival")
d.F("September 20", "2026-09-20", "date", "closing day of the festival", value_inferred=True, note="Year inferred (2026).")
d.F("about 40%", 40, "percent", "screenings sold out before opening night", qualifier="about")
d.F("31%", 31, "percent", "screenings sold out before opening night last year")

d.NF("Seven", ctx="Seven Winters", reason="Numeral in a film title.")
d.NF("first", ctx="43 first features", reason="Fixed term 'first feature' (debut film).")
d.NF("first", ctx="best first feature", reason="Fixed term 'first feature' in a prize name.")
d.NF("first", ctx="the heart first", reason="Idiom inside a quote.")
d.NF("second", ctx="the head second", reason="Idiom inside a quote.")

d.RT("on Thursday", resolved=None)
d.RT("the year before", resolved="2024")
d.RT("this year's", resolved="2026")
d.RT("before opening night", resolved=None)
d.RT("last year", resolved="2025")

d.P("Lakeshore International Film Festival", "ORG", None, "The Lakeshore International Film Festival opened", ["actor"])
d.P("Hélène Marchand", "PERSON", "the festival's artistic director", "That was how the festival's artistic director",
    ["quoted", "cited"], aliases=["Ms Marchand"])
d.P("Rui Valente", "PERSON", "Portuguese director", "the 84-year-old Portuguese director Rui Valente", ["quoted", "actor"],
    aliases=["Valente"])
d.P("Canadian Screen Development Agency", "ORG", None, "The Canadian Screen Development Agency (CSDA) has increased",
    ["actor"], aliases=["CSDA"])
d.P("Maple Broadcasting Corporation", "ORG", None, "the streaming service Maple Broadcasting Corporation (MBC) signed",
    ["actor"], aliases=["MBC"])
d.P("Darren Achebe", "PERSON", "Its head of content", "Its head of content, Darren Achebe", ["quoted"])
d.P("Naomi Friedman", "PERSON", "the festival's chair", "the festival's chair, Naomi Friedman", ["quoted"])
d.P("Chidi Okonkwo", "PERSON", "Nigerian actor", "the Nigerian actor Chidi Okonkwo", ["quoted", "actor"])
d.P("Harbourfront Trust Bank", "ORG", None, "funded by Harbourfront Trust Bank", ["actor"])
d.M("Lena Karras", "PERSON", "Director of the closing film; does not act in the article.")
d.M("Harbourfront Theatre", "ORG", "Venue.")
d.M("Cannes", "GPE", "Rival festival location.")
d.M("TORONTO", "GPE", "Dateline only.")
d.M("Alentejo", "GPE", "Filming location.")
d.M("Yukon", "GPE", "Documentary subject location.")
d.M("Audience Award", "MISC", "Festival prize.")
d.write()
