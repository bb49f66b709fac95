import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ha05_malabar_united_takeover")
d.B("KOZHIKODE:", "dateline", partial=True)

S = dict(marks="straight")
RAH = dict(aliases=["Rahman"], role="managing partner of Crescent Bay Capital")
d.Q("Faisal Rahman", "This club belongs to the people of Malabar,", **RAH, **S, syntax="clause", cue="said Faisal Rahman",
    note="Split quote, first half.")
d.Q("Faisal Rahman", "and nothing in this agreement changes that.", **RAH, **S, syntax="clause",
    cue="said Faisal Rahman", note="Split quote, second half.")
d.Q("Suresh Nair", "run out of road", role="Its chairman", **S, syntax="phrase",
    cue="Its chairman, Suresh Nair, admitted the group had", note="'Its' = Nilgiri Infrastructure Co.")
d.Q("Joseph Mathew", "before a single new signing", role="The association's legal head, former India captain", **S,
    syntax="phrase", cue="insisted the money be paid", note="'The association' = IFWA.")
d.Q("Stefan Nilsson", "He asked me whether we can stay up with this squad. I told him yes, if the players stop worrying "
    "about rent,", aliases=["Nilsson"], role="head coach", **S, cue="he said",
    note="Pronoun speaker after three men are named (Pillai, Nilsson, Rahman); 'he' = Nilsson, the subject of the "
         "sentence before. The 'He' inside the quote is Rahman.")
d.Q("Arjun Pillai", "Every week. But the fans had bought tickets, so we played.", aliases=["Pillai",
    "Club captain Arjun Pillai"], role="Club captain", **S,
    cue="Pillai was asked whether ... His answer:", note="Question-and-answer; colon-introduced, no verb of saying.")
d.Q("Malabar United Supporters' Trust", "not be spectators at our own funeral", stype="ORG", aliases=["the trust"], **S,
    syntax="phrase", cue="the trust said", note="7-word verb phrase -> full by the length rule.")
d.Q("Thomas Kuriakose", "not stand in the way", aliases=["the minister", "Kerala Sports Minister Thomas Kuriakose"],
    role="Kerala Sports Minister", **S, syntax="phrase", cue="the minister said the state would",
    note="Role-only attribution.")
d.Q("All India Football Federation", "within 45 days", stype="ORG", aliases=["AIFF", "the federation"], **S,
    syntax="phrase", cue="An AIFF spokesperson said the federation ... would decide",
    note="Spokesperson fragment goes to the organisation.")
d.Q("Kavya Raman", "Indian football has seen owners arrive with big promises before. The question is whether Crescent "
    "Bay is still here when the money stops flowing,", role="a sports business analyst at Mumbai consultancy "
    "Touchline Advisory", **S, cue="warned Kavya Raman")

d.F("74%", 74, "percent", "stake Crescent Bay is buying (headline)", ctx="buy 74% of")
d.F("Rs 310 crore", 3100000000, "INR", "price of the 74% stake (headline)", ctx="for Rs 310 crore, pay",
    note="1 crore = 10,000,000.")
d.F("74%", 74, "percent", "stake Crescent Bay is buying", ctx="a 74% stake")
d.F("Rs 310 crore", 3100000000, "INR", "price of the 74% stake", ctx="Rs 310 crore (about",
    note="1 crore = 10,000,000.")
d.F("about $36 million", 36000000, "USD", "dollar value of the deal", qualifier="about")
d.F("25%", 25, "percent", "ownership change above which the AIFF must approve")
d.F("a week", 1, "weeks", "time after approval within which arrears are cleared", note="'within a week of approval'.")
d.F("Rs 120 crore", 1200000000, "INR", "further investment by the fund")
d.F("three years", 3, "years", "period of the further investment")
d.F("2017", 2017, "year", "since when Nilgiri has owned the club")
d.F("Rs 46 crore", 460000000, "INR", "club's loss in the 2025-26 season")
d.F("2025-26", "2025/2026", "date", "season of the Rs 46 crore loss", note="Season, as dev4a's '2023-24'.")
d.F("August", "2026-08", "date", "since when players and staff have not been paid", value_inferred=True,
    note="Year not written; the set's year is 2026 and the 2025-26 season is the previous one. Unsure.")
d.F("31", 31, "count", "players owed wages", ctx="says 31 players")
d.F("Rs 8.6 crore", 86000000, "INR", "combined wages owed to the players")
d.F("June", "2026-06", "date", "when Nilsson joined", value_inferred=True, note="Year not written. Unsure.")
d.F("11th", 11, "ordinal", "Malabar United's league position")
d.F("13-team", 13, "count", "teams in the league")
d.F("14 points", 14, "points", "Malabar United's points total")
d.F("16", 16, "count", "matches played", ctx="from 16 matches")
d.F("about 4,200", 4200, "count", "members of the supporters' trust", qualifier="about")
d.F("28,000-capacity", 28000, "count", "capacity of Beach Road Stadium")
d.F("45 days", 45, "days", "AIFF decision deadline")
d.F("about Rs 62 crore", 620000000, "INR", "debt the club owes Konkan Commercial Bank", qualifier="about")

d.RT("on Saturday", resolved=None)
d.RT("on Friday", resolved=None)

d.P("Malabar United FC", "ORG", "Indian Super League club", "Indian Super League club Malabar United FC is set",
    ["actor"], aliases=["Malabar United"], note="Later 'the club'.")
d.P("Crescent Bay Capital", "ORG", "a Dubai-based investment fund", "Crescent Bay Capital, a Dubai-based investment fund",
    ["actor"], aliases=["Crescent Bay"], note="Later 'the fund'.")
d.P("Competition Commission of India", "ORG", None, "clearance from the Competition Commission of India (CCI)",
    ["actor"], aliases=["CCI"], note="Must clear the deal.")
d.P("All India Football Federation", "ORG", None, "from the All India Football Federation (AIFF), whose club licensing",
    ["actor", "quoted"], aliases=["AIFF"], note="Later 'the federation'; its club licensing committee.")
d.P("Faisal Rahman", "PERSON", "managing partner of Crescent Bay Capital", "said Faisal Rahman, managing partner",
    ["quoted", "actor", "cited"], aliases=["Rahman"])
d.P("Nilgiri Infrastructure Co.", "ORG", "The seller", "The seller, Nilgiri Infrastructure Co., has owned", ["actor"])
d.P("Suresh Nair", "PERSON", "Its chairman", "Its chairman, Suresh Nair, admitted", ["quoted"])
d.P("Indian Footballers' Welfare Association", "ORG", None,
    "according to the Indian Footballers' Welfare Association (IFWA)", ["cited"], aliases=["IFWA"],
    note="Later 'The association's legal head'.")
d.P("Joseph Mathew", "PERSON", "The association's legal head, former India captain",
    "The association's legal head, former India captain Joseph Mathew", ["quoted"])
d.P("Arjun Pillai", "PERSON", "Club captain", "Club captain Arjun Pillai and head coach", ["quoted", "actor"],
    aliases=["Pillai"])
d.P("Stefan Nilsson", "PERSON", "head coach", "head coach Stefan Nilsson, a Swede", ["quoted", "actor", "cited"],
    aliases=["Nilsson"])
d.P("Malabar United Supporters' Trust", "ORG", None, "The Malabar United Supporters' Trust, which has", ["quoted", "cited"],
    note="Later 'the trust'.")
d.P("Thomas Kuriakose", "PERSON", "Kerala Sports Minister", "Kerala Sports Minister Thomas Kuriakose said",
    ["quoted", "cited"], note="Later 'the minister said'.")
d.P("Konkan Commercial Bank", "ORG", None, "Konkan Commercial Bank, which is owed", ["actor"])
d.P("Ardent Sportswear Pvt Ltd", "ORG", "former kit supplier", "filed by former kit supplier Ardent Sportswear Pvt Ltd",
    ["actor"], note="Filed the winding-up petition.")
d.P("Kavya Raman", "PERSON", "a sports business analyst at Mumbai consultancy Touchline Advisory", "warned Kavya Raman",
    ["quoted"])
d.M("Indian Super League", "ORG", "The league (descriptor of the club; 'the 13-team league').")
d.M("Kerala High Court", "ORG", "Where the petition is pending (place/object).")
d.M("Touchline Advisory", "ORG", "Only in Raman's role.")
d.M("Beach Road Stadium", "FAC", "The club's ground.")
d.M("Kerala", "GPE", "Background; in the minister's title ('the state government').")
d.M("Dubai", "GPE", "Location.")
d.M("Kochi", "GPE", "Location.")
d.M("Malabar", "LOC", "Region ('the people of Malabar').")
d.M("India", "GPE", "In Mathew's role ('former India captain').")
d.M("Mumbai", "GPE", "Location.")
d.M("KOZHIKODE", "GPE", "Dateline.")
d.write()
