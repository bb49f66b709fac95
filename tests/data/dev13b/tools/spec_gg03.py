import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg03_wfsa_khanya_broadcast_rights")
d.B("*By Lerato Mokoena, sports business reporter — 3 June 2026*", "byline")

NKO = dict(role="the federation’s president")
WFS = dict(stype="ORG", aliases=["WFSA", "the federation"])
NAI = dict(aliases=["Naidoo", "Prof Kevin Naidoo"], role="a sports economist at the University of Johannesburg")
d.Q("Thandiwe Nkosi", "For years we begged broadcasters to take our matches for free. Today they are paying R96 million a "
    "year for them,", **NKO, cue="said Thandiwe Nkosi, the federation’s president",
    note="Possessive role with a description of the organisation ('the federation’s president').")
d.Q("Thandiwe Nkosi", "That is what respect looks like.", **NKO, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Women’s Football South Africa", "Two-thirds of every rand goes back to the clubs,", **WFS, cue="the federation said",
    note="Role-only organisation attribution: 'the federation' = WFSA.")
d.Q("Khanya Media Group Ltd", "the fastest-growing audience we have.", stype="ORG", aliases=["Khanya"],
    syntax="phrase", cue="Khanya said in a statement that women’s football was",
    note="Company statement under its short name; 5-word phrase -> fragment.")
d.Q("Independent Communications Authority of South Africa", "look at the deal on its merits, not its headlines.",
    stype="ORG", aliases=["Icasa", "the regulator"], syntax="phrase",
    cue="A spokesperson for Icasa said the regulator would",
    note="Unnamed spokesperson for an organisation named by its acronym: the quote goes to the organisation. 10-word "
         "phrase -> full.")
d.Q("Professional Women Footballers’ Association", "A minimum wage is a floor, not a ceiling,", stype="ORG",
    aliases=["PWFA", "the union"], cue="the union said",
    note="Role-only organisation attribution: 'the union' = the PWFA (an association described as a union).")
d.Q("Refilwe Sithole", "I train at 5.30am, then I go to work at a call centre,", aliases=["Sithole"],
    role="who captains Soweto Queens FC", cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Refilwe Sithole … and her coach, Zanele Ndlovu, "
         "watched'); 'she' = Sithole, the subject of 'Sithole said most of her teammates still held second jobs'.")
d.Q("Ayanda Mthembu", "a good start, not the finish line.", role="Their chairman", syntax="phrase",
    cue="Their chairman, Ayanda Mthembu, told the Johannesburg Herald that the split was",
    note="'Their' = Cape Coastal Ladies FC. 7-word phrase -> full.")
d.Q("Kevin Naidoo", "Men’s rights still sell for 12 times as much,", **NAI, syntax="clause", cue="Naidoo said",
    note="Split quote, first half (surname-only attribution in the middle).")
d.Q("Kevin Naidoo", "but the gap closed by a quarter in a single contract.", **NAI, syntax="clause",
    cue="Naidoo said", note="Split quote, second half.")

d.F("R480m", 480000000, "ZAR", "value of the rights deal (headline)")
d.F("R480 million", 480000000, "ZAR", "value of the rights deal")
d.F("five years", 5, "years", "length of the rights deal")
d.F("at least 60", 60, "count", "league matches a season Khanya will show on its channels", qualifier="at least")
d.F("240", 240, "count", "league matches a season")
d.F("about 1.1 million", 1100000, "count", "paying subscribers of bolo", qualifier="about")
d.F("about $26 million", 26000000, "USD", "value of the deal in dollars", qualifier="about")
d.F("between R400m and R430m", [400000000, 430000000], "ZAR", "rival bid from SportsCast Africa")
d.F("R96 million", 96000000, "ZAR", "yearly value of the deal (Nkosi, in a quote)", note="Per year ('a year').")
d.F("16", 16, "count", "clubs in the league")
d.F("at least R1.2 million", 1200000, "ZAR", "money each club will receive a season", qualifier="at least",
    note="Per season.")
d.F("about R350,000", 350000, "ZAR", "money each club received a season before the deal", qualifier="about",
    note="Per season.")
d.F("R12,500", 12500, "ZAR", "new minimum monthly wage for contracted players", note="Per month.")
d.F("2027", 2027, "year", "season from which the new minimum wage applies")
d.F("Two-thirds", 0.6666666667, "fraction", "share of the money that goes back to clubs (in a quote)")
d.F("R59", 59, "ZAR", "monthly price of bolo", note="Per month.")
d.F("R49", 49, "ZAR", "monthly price of bolo for students", note="Per month.")
d.F("1 August", "2026-08-01", "date", "when the new bolo prices apply", value_inferred=True,
    note="Year not written in the body; 2026 from the byline (3 June 2026).")
d.F("90%", 90, "percent", "local-content quota for sport")
d.F("17 June", "2026-06-17", "date", "when Khumalo briefs Parliament's communications committee", value_inferred=True,
    note="Year from the byline.")
d.F("2023", 2023, "year", "year Ubuntu Mutual Bank became title sponsor")
d.F("R18 million", 18000000, "ZAR", "extra sponsorship from Ubuntu Mutual Bank")
d.F("three years", 3, "years", "period of the extra sponsorship")
d.F("27", 27, "years", "age of Refilwe Sithole", ctx="Sithole, 27,")
d.F("5.30am", "05:30", "time", "when Sithole trains (in a quote)")
d.F("third", 3, "ordinal", "Cape Coastal Ladies FC's league position last season", ctx="finished third")
d.F("1,850", 1850, "count", "Cape Coastal Ladies FC's average crowd")
d.F("about R400,000", 400000, "ZAR", "value of each match under the deal (Naidoo)", qualifier="about",
    note="Per match.")
d.F("12 times", 12, "times", "how much more men's rights sell for (in a quote)")
d.F("a quarter", 0.25, "fraction", "how far the gap closed (in a quote)", note="'closed by a quarter'.")

d.NF("2", ctx="SuperKhanya 2", reason="Numeral inside a channel name ('SuperKhanya 2').")
d.NF("second", ctx="second jobs", reason="'second jobs' means extra jobs, not a rank.")
d.NF("3", ctx="— 3 June", reason="Date in the byline.")
d.NF("2026", ctx="June 2026*", reason="Year in the byline.")

d.RT("Today", resolved="2026-06-03", note="Inside a quote: the day of the announcement (byline date).")
d.RT("last season", resolved=None)

d.P("Women’s Football South Africa", "ORG", None, "Women’s Football South Africa (WFSA) has sold", ["actor", "quoted",
    "cited"], aliases=["WFSA"], note="A federation whose name has no organisational noun and ends in a country name; "
                                     "later 'The federation' and 'the federation’s president'.")
d.P("Khanya Media Group Ltd", "ORG", None, "to Khanya Media Group Ltd for R480 million", ["actor", "quoted"],
    aliases=["Khanya Media", "Khanya"], note="Object of 'sold … to'; headline short form 'Khanya Media'; later subject "
                                             "('Khanya, which is listed', 'Khanya said in a statement') and 'Its chief executive'.")
d.P("SportsCast Africa (Pty) Ltd", "ORG", None, "a rival bid of between R400m and R430m from SportsCast Africa",
    ["actor"], note="Rival bidder after 'from'; South African legal form '(Pty) Ltd'.")
d.P("Thandiwe Nkosi", "PERSON", "the federation’s president", "said Thandiwe Nkosi, the federation’s president",
    ["quoted"])
d.P("Kagiso Dube", "PERSON", "Its chief executive", "Its chief executive, Kagiso Dube, said bolo", ["cited"])
d.P("Independent Communications Authority of South Africa", "ORG", None,
    "The Independent Communications Authority of South Africa (Icasa) must decide", ["actor", "quoted"],
    aliases=["Icasa"], note="Regulator; later 'the regulator' and the possessor 'The regulator’s chairwoman'.")
d.P("Nomsa Khumalo", "PERSON", "The regulator’s chairwoman", "The regulator’s chairwoman, Dr Nomsa Khumalo, is due",
    ["actor"])
d.P("Ubuntu Mutual Bank", "ORG", "the league’s title sponsor since 2023", "Ubuntu Mutual Bank, the league’s title sponsor",
    ["actor", "cited"])
d.P("Professional Women Footballers’ Association", "ORG", None,
    "The Professional Women Footballers’ Association (PWFA) welcomed", ["actor", "quoted"], aliases=["PWFA"],
    note="Later 'the union'.")
d.P("Refilwe Sithole", "PERSON", "who captains Soweto Queens FC", "Refilwe Sithole, 27, who captains",
    ["quoted", "cited", "actor"], aliases=["Sithole"])
d.P("Zanele Ndlovu", "PERSON", "her coach", "and her coach, Zanele Ndlovu, watched", ["actor"])
d.P("Cape Coastal Ladies FC", "ORG", None, "Cape Coastal Ladies FC, who finished third", ["actor"],
    note="Club as subject with a plural verb; later 'Their chairman'.")
d.P("Ayanda Mthembu", "PERSON", "Their chairman", "Their chairman, Ayanda Mthembu, told", ["quoted"])
d.P("Johannesburg Herald", "ORG", None, "told the Johannesburg Herald", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as dev10a's Dairy Week.")
d.P("Kevin Naidoo", "PERSON", "a sports economist at the University of Johannesburg", "Prof Kevin Naidoo, a sports economist",
    ["quoted", "cited"], aliases=["Naidoo"])
d.M("National Women’s League", "EVENT", "The league (competition) whose rights were sold.")
d.M("bolo", "PRODUCT", "Khanya's streaming app (lowercase brand). Unsure: a streaming service could be read as an ORG.")
d.M("SuperKhanya 2", "PRODUCT", "Khanya's TV channel.")
d.M("Johannesburg Stock Exchange", "ORG", "Venue where Khanya is listed.")
d.M("Parliament", "ORG", "Possessor of the communications committee that Khumalo will brief (object only).")
d.M("Soweto Queens FC", "ORG", "Only inside Sithole's role ('who captains Soweto Queens FC') and 'the club’s training ground'.")
d.M("University of Johannesburg", "ORG", "Only inside Naidoo's role.")
d.M("Lerato Mokoena", "PERSON", "Byline author (boilerplate).")
d.M("Africa", "LOC", "Background.")
d.M("South Africa", "GPE", "Inside organisation names.")
d.M("Orlando", "GPE", "Location (Soweto).")
d.write()
