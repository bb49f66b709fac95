import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll05_orleta_lodz_takeover")
d.B("WARSAW —", "dateline", partial=True)

S = dict(marks="straight")
OST = dict(aliases=["Ostrowski"], role="Redwood Lane's managing partner")
KAC = dict(aliases=["Captain Paweł Kaczmarek"], role="Captain")
d.Q("Daniel Ostrowski", "Orlęta has 110 years of history and one of the best academies in Poland. What it has not had is "
    "money,", **OST, **S, cue="Redwood Lane's managing partner, Daniel Ostrowski, told a news conference",
    note="Speaker introduced after the quote with a possessive role.")
d.Q("Daniel Ostrowski", "at least a decade.", **OST, **S, syntax="phrase",
    cue="Ostrowski, whose grandparents emigrated from Łódź, said the fund would invest for",
    note="4-word phrase -> fragment.")
d.Q("Agnieszka Wrona", "Running a football club is not a job for city hall. Schools and trams are,",
    aliases=["Mayor Agnieszka Wrona"], role="Mayor", **S, cue="she said",
    note="'she' = Wrona, the only person named in the paragraph.")
d.Q("Marek Zieliński", "We are selling the family silver to a fund that can sell it on in five years,",
    aliases=["Zieliński"], role="who leads the opposition Wspólna Łódź group on the council", **S, cue="Zieliński said")
d.Q("Kamil Nowicki", "about three times revenue, which is normal for a club with a good academy.",
    role="a sports finance analyst at the Warsaw consultancy Boisko Research", **S, syntax="phrase",
    cue="Kamil Nowicki, a sports finance analyst at the Warsaw consultancy Boisko Research, said the price was",
    note="14-word phrase -> full.")
d.Q("Stowarzyszenie Kibiców Orląt", "judge the Americans by what they build, not by what they promise.", stype="ORG",
    **S, syntax="phrase",
    cue="Stowarzyszenie Kibiców Orląt, the club's biggest supporters' association, said in a statement that fans would",
    note="Statement by a supporters' association with a Polish name. 12-word phrase -> full.")
d.Q("Paweł Kaczmarek", "Nobody minds new owners,", **KAC, **S, cue="he said",
    note="'he' = Kaczmarek, the only person named in the paragraph.")
d.Q("Paweł Kaczmarek", "We mind empty promises.", **KAC, **S, attribution="implicit",
    cue="(continuation of the previous quote)")

d.F("140 million zlotys", 140000000, "PLN", "price for 80% of Orlęta Łódź (headline)", ctx="140 million zlotys\n")
d.F("80%", 80, "percent", "stake in Orlęta Łódź the US fund is buying")
d.F("140 million zlotys", 140000000, "PLN", "price for 80% of Orlęta Łódź", ctx="140 million zlotys ($")
d.F("$37 million", 37000000, "USD", "price for the stake in dollars")
d.F("2019", 2019, "year", "year the city rescued the club from bankruptcy")
d.F("20%", 20, "percent", "stake the city of Łódź will keep")
d.F("one", 1, "count", "board seats the city will keep", ctx="one seat on")
d.F("110 years", 110, "years", "Orlęta's history (Ostrowski, in a quote)")
d.F("at least a decade", 10, "years", "how long the fund will invest for (Ostrowski, in a quote)", qualifier="at least",
    note="'a decade' = 10 years; 'a' kept as it stands for the number one.")
d.F("175 million zlotys", 175000000, "PLN", "value of the club in the deal, including debts")
d.F("about 38 million zlotys", 38000000, "PLN", "Orlęta's debts", qualifier="about")
d.F("June 25", "2026-06-25", "date", "city council vote on the sale", value_inferred=True,
    note="Year not written; no date line, so the latest past year the article writes (January 2026): 2026.")
d.F("€12 million", 12000000, "EUR", "Redwood Lane's promised spending on a training centre")
d.F("eight", 8, "count", "pitches at the planned training centre")
d.F("2028", 2028, "year", "deadline for the training centre", note="'by the end of 2028'; temporal relation left out.")
d.F("about 9 million zlotys", 9000000, "PLN", "annual city subsidy the sale would end", qualifier="about",
    note="Per year ('annual').")
d.F("€6.5 million", 6500000, "EUR", "fee for the midfielder Orlęta sold to a German side")
d.F("January 2026", "2026-01", "date", "when Orlęta sold the midfielder")
d.F("five years", 5, "years", "time after which the fund could sell the club on (Zieliński, in a quote)")
d.F("fifth", 5, "ordinal", "Orlęta's place in the Ekstraklasa last season")
d.F("14,300", 14300, "count", "Orlęta's average crowd last season")
d.F("18,000-seat", 18000, "count", "capacity of Orlęta's stadium")
d.F("30 years", 30, "years", "length of the stadium lease to the club")
d.F("62 million zlotys", 62000000, "PLN", "Orlęta's revenue in 2025")
d.F("2025", 2025, "year", "year of the 62 million zloty revenue")
d.F("71%", 71, "percent", "share of revenue taken by wages in 2025")
d.F("about three times", 3, "times", "price as a multiple of revenue (Nowicki, in a quote)", qualifier="about")
d.F("five", 5, "count", "league clubs controlled by foreign owners", ctx="controlled five of")
d.F("18", 18, "count", "clubs in the league", ctx="league's 18 clubs")
d.F("two", 2, "count", "league clubs under foreign owners in 2021", ctx="up from two in")
d.F("2021", 2021, "year", "year when foreign owners controlled two clubs")
d.F("about 4,000", 4000, "count", "members of Stowarzyszenie Kibiców Orląt", qualifier="about")
d.F("31", 31, "years", "age of Paweł Kaczmarek")
d.F("nine", 9, "years", "Kaczmarek's age when he joined the academy", note="'at the age of nine'.")
d.F("July 17", "2026-07-17", "date", "start of the season", value_inferred=True,
    note="Year not written; latest past year the article writes: 2026.")

d.NF("one", ctx="one of the best", reason="'one of' (not a quantity), inside a quote.")

d.RT("on Tuesday", resolved=None, note="No date line; no anchor date.")
d.RT("last season", resolved=None)
d.RT("now", ctx="owners now controlled", resolved=None)

d.P("Redwood Lane Sports Partners", "ORG", "a Boston-based fund that also owns stakes in clubs in Belgium and Portugal",
    "Redwood Lane Sports Partners, a Boston-based fund", ["actor"], aliases=["Redwood Lane"],
    note="'A US sports investment fund' in the headline and lede; later 'Redwood Lane', the possessor 'Redwood Lane's "
         "managing partner' and 'the fund'.")
d.P("Orlęta Łódź", "ORG", "Polish top-flight football club", "Polish top-flight football club Orlęta Łódź", ["actor"],
    aliases=["Orlęta"], note="The club being bought; later 'Orlęta', 'the club'.")
d.P("Łódź", "GPE", None, "will buy the stake from the city of Łódź, which took control of Orlęta", ["actor"],
    note="The city sells the stake, keeps 20% and a board seat, and leases the stadium. Unsure: a GPE participant "
         "(as dev13a's Utrecht).")
d.P("Daniel Ostrowski", "PERSON", "Redwood Lane's managing partner", "Redwood Lane's managing partner, Daniel Ostrowski",
    ["quoted", "cited"], aliases=["Ostrowski"])
d.P("Office of Competition and Consumer Protection", "ORG", "Poland's competition authority",
    "Poland's competition authority, the Office of Competition and Consumer Protection (UOKiK)", ["actor"],
    aliases=["UOKiK"], note="Must approve the deal.")
d.P("Agnieszka Wrona", "PERSON", "Mayor", "Mayor Agnieszka Wrona said the sale", ["quoted", "cited"])
d.P("Marek Zieliński", "PERSON", "who leads the opposition Wspólna Łódź group on the council",
    "Marek Zieliński, who leads the opposition Wspólna Łódź group on the council, said", ["quoted", "cited"],
    aliases=["Zieliński"])
d.P("Kamil Nowicki", "PERSON", "a sports finance analyst at the Warsaw consultancy Boisko Research",
    "Kamil Nowicki, a sports finance analyst at the Warsaw consultancy Boisko Research, said", ["quoted", "cited"])
d.P("Stowarzyszenie Kibiców Orląt", "ORG", "the club's biggest supporters' association",
    "Stowarzyszenie Kibiców Orląt, the club's biggest supporters' association, said", ["quoted"])
d.P("Paweł Kaczmarek", "PERSON", "Captain", "Captain Paweł Kaczmarek, 31, who joined the academy", ["quoted", "cited"])
d.P("Polish Football Association", "ORG", None, "The Polish Football Association (PZPN) said the new owners",
    ["cited"], aliases=["PZPN"])
d.M("Boisko Research", "ORG", "Only in Nowicki's role.")
d.M("Wspólna Łódź", "ORG", "Opposition council group, only in Zieliński's role.")
d.M("Ekstraklasa", "EVENT", "Poland's top league (competition).")
d.M("WARSAW", "GPE", "Dateline.")
d.M("Warsaw", "GPE", "In Nowicki's role.")
d.M("Poland", "GPE", "Background (in a quote; possessor of the competition authority).")
d.M("Boston", "GPE", "In Redwood Lane's description.")
d.M("Belgium", "GPE", "In Redwood Lane's description.")
d.M("Portugal", "GPE", "In Redwood Lane's description.")
d.M("US", "GPE", "Headline and lede ('US fund').")
d.write()
