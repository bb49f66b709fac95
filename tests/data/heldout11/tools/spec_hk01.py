import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk01_arizona_governor_poll")
d.B("PHOENIX —", "dateline", partial=True)

S = dict(marks="straight")
VAN = dict(aliases=["Vance", "Sen. Marisol Vance", "Marisol"], role="Democratic state Sen.")
HAR = dict(aliases=["Harmon", "Republican Wade Harmon"], role="a rancher and former Pinal County sheriff")
PER = dict(aliases=["Dr. Anita Perlman", "the pollster"], role="the CSRC's director")
ROW = dict(aliases=["Rowe", "Gov. Patricia Rowe", "Pat Rowe", "the governor"], role="Gov.")
d.Q("Anita Perlman", "Nobody should read this as a lead. It's a coin toss with a slight wobble,", **PER, **S,
    cue="said Dr. Anita Perlman, the CSRC's director, who has run the poll since 2012")
d.Q("Anita Perlman", "That's the whole ballgame in Arizona,", **PER, **S, cue="the pollster said",
    note="Role-only person attribution: 'the pollster' = Dr. Anita Perlman, quoted two sentences earlier.")
d.Q("Marisol Vance", "We can argue about whose fault the drought is, or we can build the pipes,", **VAN, **S,
    cue="Vance said at a rally in Mesa")
d.Q("Wade Harmon", "a tax on every kitchen faucet", **HAR, **S, syntax="phrase", cue="called the surcharge",
    note="Quoted phrase in reported speech; 6 words -> fragment.")
d.Q("Wade Harmon", "I've spent 30 years hauling water to cattle,", **HAR, **S, syntax="clause",
    cue="Harmon told supporters in Casa Grande", note="Split quote, first half (attribution in the middle).")
d.Q("Wade Harmon", "and I don't need a lecture on drought from Tucson.", **HAR, **S, syntax="clause",
    cue="Harmon told supporters in Casa Grande", note="Split quote, second half.")
d.Q("Patricia Rowe", "overdue by a decade.", **ROW, **S, syntax="phrase", cue="has endorsed Vance and said the bond was",
    note="Reported speech ending in a quoted fragment.")
d.Q("Patricia Rowe", "Marisol has a plan and a spine,", **ROW, **S, cue="the governor said",
    note="Role-only person attribution: 'the governor' = Gov. Patricia Rowe, the subject of the sentence before.")
d.Q("Marisol Vance", "I'm not on the ballot to defend Pat Rowe,", **VAN, **S, cue="she said",
    note="Pronoun trap: two women are named ('Rowe and Vance have campaigned together'); 'she' = Vance, the subject "
         "of the sentence before ('Vance bristled'). The quote itself names Rowe.")
d.Q("Grand Canyon Future", "Marisol Vance wants a meter on your shower,", stype="ORG", aliases=["the group"], **S,
    cue="the group said in a statement", note="Role-only organisation attribution (statement); 'the group' = the super PAC.")
d.Q("Tyler Boone", "will not matter one bit.", role="Harmon's campaign manager", **S, syntax="phrase",
    cue="Harmon's campaign manager, Tyler Boone, said the gap", note="Reported speech with a quoted fragment (4 words).")
d.Q("Rosa Delgadillo", "I want one of them to tell me what my water bill will be in five years,", role="a school bus driver",
    **S, cue="she said", note="'she' = Delgadillo, the only person in the paragraph.")

d.F("3-point", 3, "percentage points", "Vance's poll lead over Harmon (headline)", note="'3-point edge'.")
d.F("three percentage points", 3, "percentage points", "Vance's poll lead over Harmon")
d.F("Nov. 3", "2026-11-03", "date", "election day", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("812", 812, "count", "likely voters surveyed")
d.F("46%", 46, "percent", "Vance's poll share")
d.F("43%", 43, "percent", "Harmon's poll share")
d.F("9%", 9, "percent", "undecided voters")
d.F("3.4 percentage points", 3.4, "percentage points", "poll's margin of error")
d.F("2012", 2012, "year", "since when Perlman has run the poll")
d.F("about a third", 0.3333333333, "fraction", "independents' share of registered voters", qualifier="about")
d.F("4.4 million", 4400000, "count", "registered voters in Arizona")
d.F("11 points", 11, "percentage points", "Vance's margin among independents", note="'broke for Vance by 11 points'.")
d.F("52", 52, "years", "age of Marisol Vance", ctx="Vance, 52,")
d.F("$2.1 billion", 2100000000, "USD", "proposed bond for water recycling plants")
d.F("$1.50", 1.5, "USD", "monthly surcharge on household water bills", note="Per month ('a month').")
d.F("18%", 18, "percent", "cut in Arizona's share of Colorado River water")
d.F("about 260", 260, "count", "farms the Pinal Growers Cooperative represents", qualifier="about")
d.F("roughly 40,000 acres", 40000, "acres", "farmland left unplanted", qualifier="roughly")
d.F("61", 61, "years", "age of Wade Harmon", ctx="Harmon, 61,")
d.F("30 years", 30, "years", "how long Harmon has hauled water to cattle (in a quote)")
d.F("third", 3, "ordinal", "the term Rowe is barred from seeking", ctx="a third term")
d.F("a decade", 10, "years", "how overdue the bond is (Rowe, in a quote)")
d.F("twice", 2, "times", "joint campaign appearances of Rowe and Vance")
d.F("$6.8 million", 6800000, "USD", "television ads reserved by Grand Canyon Future")
d.F("$14.6 million", 14600000, "USD", "money raised by Vance")
d.F("March 2025", "2025-03", "date", "when Vance entered the race")
d.F("$11.2 million", 11200000, "USD", "money raised by Harmon")
d.F("47", 47, "years", "age of Rosa Delgadillo", ctx="Delgadillo, 47,")
d.F("five years", 5, "years", "horizon of the water bill question (in a quote)")
d.F("Oct. 6", "2026-10-06", "date", "televised debate", value_inferred=True, note="Year not written; the set's year 2026.")
d.F("7 p.m.", "19:00", "time", "start of the debate")
d.F("27 days", 27, "days", "how long before the election early ballots go out")

d.NF("141", ctx="Proposition 141", reason="Numeral inside a ballot measure's name ('Proposition 141').")
d.NF("one", ctx="matter one bit", reason="Idiom inside a quote ('not matter one bit').")
d.NF("one", ctx="want one of them", reason="'one of them' inside a quote (pronoun).")

d.RT("on Saturday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("last week", resolved=None)
d.RT("on Friday", resolved=None)

d.P("Marisol Vance", "PERSON", "Democratic state Sen.", "Democratic state Sen. Marisol Vance leads", ["quoted", "actor"],
    aliases=["Vance"], note="Also 'a Democrat from Tucson who chairs the Senate Natural Resources Committee'.")
d.P("Wade Harmon", "PERSON", "a rancher and former Pinal County sheriff", "Harmon, 61, a rancher and former Pinal County",
    ["quoted", "actor"], aliases=["Harmon"], note="Also 'Republican Wade Harmon'.")
d.P("Copper State Research Center", "ORG", None, "by the Copper State Research Center (CSRC)", ["actor", "cited"],
    aliases=["CSRC"], note="Poll by the center ('the center' is not used); possessor 'the CSRC's director'.")
d.P("Anita Perlman", "PERSON", "the CSRC's director", "said Dr. Anita Perlman, the CSRC's director", ["quoted"],
    note="Later 'the pollster'.")
d.P("U.S. Bureau of Reclamation", "ORG", None, "The U.S. Bureau of Reclamation cut Arizona's share", ["actor"],
    aliases=["Bureau of Reclamation"])
d.P("Pinal Growers Cooperative", "ORG", None, "The Pinal Growers Cooperative, which represents about 260 farms",
    ["cited", "actor"], note="Later 'The cooperative endorsed him'.")
d.P("Patricia Rowe", "PERSON", "Gov.", "Gov. Patricia Rowe, a Democrat who is barred", ["quoted", "actor"],
    aliases=["Rowe", "Pat Rowe"], note="'Pat Rowe' in Vance's quote; later 'the governor'.")
d.P("Grand Canyon Future", "ORG", "a super PAC funded by Phoenix homebuilders", "Grand Canyon Future, a super PAC",
    ["quoted", "actor"], note="Later 'the group'.")
d.P("Arizona Secretary of State", "ORG", None, "according to filings released on Friday by the Arizona Secretary",
    ["cited"], note="'the Arizona Secretary of State's office' (source of the filings).")
d.P("Tyler Boone", "PERSON", "Harmon's campaign manager", "Harmon's campaign manager, Tyler Boone, said", ["quoted", "cited"])
d.P("Rosa Delgadillo", "PERSON", "a school bus driver", "Rosa Delgadillo, 47, a school bus driver", ["quoted"])
d.P("Desert Sky Media", "ORG", None, "hosted by Desert Sky Media and the Arizona Ledger", ["actor"],
    note="Co-host of the debate (dev3 broadcaster convention).")
d.P("Arizona Ledger", "ORG", None, "hosted by Desert Sky Media and the Arizona Ledger", ["actor"],
    note="Co-host of the debate (newspaper).")
d.M("Sonoran State University", "ORG", "Only in the CSRC's description ('at Sonoran State University').")
d.M("Senate Natural Resources Committee", "ORG", "Only in Vance's description.")
d.M("Colorado River", "LOC", "River (background).")
d.M("Pinal County", "GPE", "Only in Harmon's description.")
d.M("Casa Grande", "GPE", "Location.")
d.M("PHOENIX", "GPE", "Dateline.")
d.M("Phoenix", "GPE", "Location ('Phoenix homebuilders').")
d.M("Arizona", "GPE", "Background; does not act.")
d.M("Tucson", "GPE", "Location.")
d.M("Mesa", "GPE", "Location.")
d.M("California", "GPE", "Background (Harmon would sue it).")
d.M("Nevada", "GPE", "Background (Harmon would sue it).")
d.write()
