import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg04_poland_sejm_election_poll")

S = dict(marks="straight")
WRO = dict(aliases=["Wróblewska", "Prof. Agnieszka Wróblewska"],
           role="who heads OBO Vistula and teaches political science at the University of Warsaw")
ZIE = dict(aliases=["Zieliński"], role="Nowa Droga's leader")
SOB = dict(aliases=["Prime Minister Marek Sobczak", "the prime minister"], role="Prime Minister")
d.Q("Agnieszka Wróblewska", "The lead is inside the margin of error, so nobody should open the champagne,", **WRO, **S,
    cue="said Prof. Agnieszka Wróblewska, who heads OBO Vistula and teaches political science at the University of Warsaw",
    note="Title 'Prof.' and a long relative-clause role after the name.")
d.Q("Agnieszka Wróblewska", "But the direction of travel is very clear.", **WRO, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tomasz Zieliński", "tired of being told to be grateful.", **ZIE, **S, syntax="phrase",
    cue="Nowa Droga's leader, Tomasz Zieliński, 44, told TV Wisła that voters were",
    note="'told' a broadcaster; quoted words ending reported speech. 7-word phrase -> full by the length rule.")
d.Q("Tomasz Zieliński", "Poland is not a start-up that needs another round of austerity,", **ZIE, **S,
    cue="Zieliński said", note="Surname-only attribution (Polish diacritics).")
d.Q("Tomasz Zieliński", "It is a country that needs a raise.", **ZIE, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marek Sobczak", "Polls in May do not vote in October,", **SOB, **S,
    cue="the prime minister said at a news conference in Kraków",
    note="Role-only person attribution ('the prime minister' = Prime Minister Marek Sobczak, sentence before).")
d.Q("Marek Sobczak", "Ask me again when the campaign starts.", **SOB, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Centre Coalition", "well within the statistical noise", stype="ORG", aliases=["the coalition"], **S,
    syntax="phrase", cue="A spokeswoman for the Centre Coalition said its own figures showed the gap",
    note="Unnamed spokeswoman: the quote goes to the organisation (a party coalition). Fragment.")
d.Q("Krzysztof Dąbek", "made to order", role="The Sovereignty Front's chairman", **S, syntax="phrase",
    cue="The Sovereignty Front's chairman, Krzysztof Dąbek, wrote on X that the poll was",
    note="Written on X; a scare-quote-like fragment in reported speech with an identifiable speaker.")
d.Q("Polish Farmers' Bloc", "only after the harvest.", stype="ORG", aliases=["PBR"], **S, syntax="phrase",
    cue="The PBR said in a statement that it would decide on alliances",
    note="Party statement; acronym alone. Fragment.")
d.Q("Ewa Kamińska", "This is a two-horse race now, and the horses are both old,",
    aliases=["Kamińska", "Dr Ewa Kamińska"], role="a sociologist at the Jagiellonian University", **S, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Kamińska, who ran the 2023 exit poll with "
         "Wróblewska, said'); 'she' = Kamińska, its subject.")

d.F("one in four", 0.25, "fraction", "share of voters undecided (headline)", ctx="as one in four voters")
d.F("first", 1, "ordinal", "first time in 14 months Nowa Droga leads", ctx="the first time")
d.F("14 months", 14, "months", "time since Nowa Droga last led")
d.F("31%", 31, "percent", "Nowa Droga's share among decided voters")
d.F("3 percentage points", 3, "percentage points", "rise in Nowa Droga's share since April")
d.F("April", "2026-04", "date", "month of the previous poll", ctx="since April", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("28%", 28, "percent", "Centre Coalition's share")
d.F("2 points", 2, "percentage points", "fall in the coalition's share", note="Poll 'points' are percentage points.")
d.F("third", 3, "ordinal", "Sovereignty Front's place in the poll", ctx="was third")
d.F("12%", 12, "percent", "Sovereignty Front's share")
d.F("6%", 6, "percent", "Polish Farmers' Bloc's share")
d.F("5%", 5, "percent", "threshold a party needs to win seats in the Sejm")
d.F("Almost one in four", 0.25, "fraction", "respondents who do not yet know how they will vote", qualifier="Almost")
d.F("24%", 24, "percent", "undecided respondents")
d.F("October 2027", "2027-10", "date", "when the parliamentary election is due")
d.F("1,012", 1012, "count", "adults interviewed")
d.F("May 11 to May 13", "2026-05-11/2026-05-13", "date", "fieldwork dates of the poll", value_inferred=True,
    note="A date range as a string ('from' left out); year not written, the set's year 2026.")
d.F("plus or minus 3.1 percentage points", 3.1, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("about 178", 178, "count", "seats Nowa Droga would win on these numbers", qualifier="about")
d.F("460-seat", 460, "count", "seats in the Sejm")
d.F("231", 231, "count", "seats needed for a majority")
d.F("44", 44, "years", "age of Tomasz Zieliński", ctx="Zieliński, 44,")
d.F("800 zlotys", 800, "PLN", "current monthly child benefit", note="Per month ('monthly').")
d.F("1,000 zlotys", 1000, "PLN", "monthly child benefit Nowa Droga promises", note="Per month.")
d.F("about 24 billion zlotys", 24000000000, "PLN", "annual cost of the promise", qualifier="about",
    note="Per year ('a year').")
d.F("€5.6 billion", 5600000000, "EUR", "annual cost of the promise (euro conversion)")
d.F("May", "2026-05", "date", "month of the poll (Sobczak, in a quote)", ctx="Polls in May", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("October", "2027-10", "date", "month of the election (Sobczak, in a quote)", ctx="vote in October",
    value_inferred=True, note="Year not written; the text points to 2027 (the election is due in October 2027).")
d.F("2027", 2027, "year", "year of the government's budget", ctx="2027 budget")
d.F("September", "2026-09", "date", "when the 2027 budget will be published", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("18 to 29", [18, 29], "years", "age band of young voters")
d.F("41%", 41, "percent", "Nowa Droga's share among voters aged 18 to 29")
d.F("2023", 2023, "year", "year of the exit poll Kamińska ran with Wróblewska")

d.NF("two", ctx="two-horse", reason="Idiom inside a quote ('a two-horse race').")

d.RT("on Thursday", resolved=None)
d.RT("now", ctx="race now", resolved=None, note="Inside a quote.")

d.P("Nowa Droga", "ORG", "The opposition party", "The opposition party Nowa Droga has moved ahead", ["actor"],
    note="Polish name without an English organisational noun; possessor 'Nowa Droga's leader'; later 'The party'.")
d.P("Centre Coalition", "ORG", None, "moved ahead of Poland's governing Centre Coalition", ["actor", "quoted"],
    note="The governing coalition; later 'the coalition', 'A spokeswoman for the Centre Coalition'.")
d.P("TV Wisła", "ORG", "the broadcaster", "according to a poll for the broadcaster TV Wisła", ["actor"],
    note="Commissioned the poll and was told by Zieliński (dev3 broadcaster convention). Unsure.")
d.P("Vistula Public Opinion Centre", "ORG", None, "The survey by the Vistula Public Opinion Centre (OBO Vistula)",
    ["actor", "cited"], aliases=["OBO Vistula"],
    note="English name with the Polish acronym in brackets, then alone ('OBO Vistula interviewed').")
d.P("Sovereignty Front", "ORG", None, "The nationalist Sovereignty Front was third on 12%", ["actor"],
    note="Party ranked in the poll; possessor 'The Sovereignty Front's chairman'. Unsure: a polled party could be "
         "read as background.")
d.P("Polish Farmers' Bloc", "ORG", None, "the Polish Farmers' Bloc (PBR) had 6%", ["actor", "quoted"], aliases=["PBR"])
d.P("Agnieszka Wróblewska", "PERSON", "who heads OBO Vistula and teaches political science at the University of Warsaw",
    "said Prof. Agnieszka Wróblewska, who heads OBO Vistula", ["quoted", "cited"], aliases=["Wróblewska"])
d.P("Tomasz Zieliński", "PERSON", "Nowa Droga's leader", "Nowa Droga's leader, Tomasz Zieliński, 44, told TV Wisła",
    ["quoted"], aliases=["Zieliński"])
d.P("Marek Sobczak", "PERSON", "Prime Minister", "Prime Minister Marek Sobczak dismissed the poll", ["quoted", "actor"],
    note="Later 'the prime minister'.")
d.P("Krzysztof Dąbek", "PERSON", "The Sovereignty Front's chairman", "The Sovereignty Front's chairman, Krzysztof Dąbek",
    ["quoted"])
d.P("Ewa Kamińska", "PERSON", "a sociologist at the Jagiellonian University", "Dr Ewa Kamińska, a sociologist",
    ["quoted", "cited"], aliases=["Kamińska"])
d.M("Sejm", "ORG", "The lower house (background; 'the 460-seat chamber').")
d.M("University of Warsaw", "ORG", "Only in Wróblewska's role.")
d.M("Jagiellonian University", "ORG", "Only in Kamińska's role.")
d.M("Poland", "GPE", "Background (also in a quote).")
d.M("Kraków", "GPE", "Location of the news conference.")
d.write()
