import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("eb01_bramwell_derby")
d.B("LEEDS —", "dateline", partial=True)

OKA = dict(aliases=["Okafor", "the striker"], role="the Nigerian striker", marks="straight")
DRA = dict(aliases=["Draycott"], role="Bramwell manager", marks="straight")
MEN = dict(aliases=["Mendonça"], role="Castlegate head coach", marks="straight")
d.Q("Chidi Okafor", "I've waited three years for a night like this,", **OKA, cue="Okafor, 24, said")
d.Q("Chidi Okafor", "When the first one went in, I knew the second was coming.", **OKA, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Chidi Okafor", "He put it on a plate. All I had to do was not miss,", **OKA, cue="the striker said",
    note="Trap: the last person named is Hart (the 'He' of the quote); 'the striker' is Okafor.")
d.Q("Helen Draycott", "earned the right to dream", **DRA, syntax="phrase", cue="said her players had",
    note="Fragment attributed in the same sentence.")
d.Q("Helen Draycott", "We've won nothing yet,", **DRA, cue="she said", note="Pronoun speaker.")
d.Q("Helen Draycott", "Ask me again in May.", **DRA, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Rui Mendonça", "soft", **MEN, syntax="phrase", cue="He called the free-kick decision",
    note="Scare-quote fragment attributed in the same sentence.")
d.Q("Rui Mendonça", "stopped playing", **MEN, syntax="phrase", cue="said his side had")
d.Q("Rui Mendonça", "Twenty minutes of panic cost us the game, and that is on me,", **MEN, cue="Mendonça told Riverside FM")
d.Q("Rui Mendonça", "We will look at ourselves before we look at the referee.", **MEN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Martin Keane", "Nobody is leaving in the summer, whatever the figure,", role="Bramwell chairman", marks="straight",
    cue="said Bramwell chairman Martin Keane")
d.Q("person close to the Oostmarke board", "watching very closely", stype="ANONYMOUS", marks="straight",
    syntax="phrase", cue="A person close to the Oostmarke board said")
d.Q("Dawn Rix", "vast majority", aliases=["Ch Supt Dawn Rix"], role="Ch Supt", marks="straight", syntax="phrase",
    cue="Ch Supt Dawn Rix said the")

d.F("2-1", "2-1", "goals", "final score of the Bramwell v Castlegate derby (headline)",
    note="Scoreline: value kept as written (winner first), unit goals.")
d.F("Two", 2, "count", "goals Okafor scored", ctx="Two goals in")
d.F("four minutes", 4, "minutes", "time in which Okafor scored his two goals", ctx="in four minutes")
d.F("11-match", 11, "count", "length of Castlegate's unbeaten run that ended")
d.F("31,208", 31208, "count", "record crowd at Marsh Lane")
d.F("19th", 19, "ordinal", "minute of Ferreira's opening header")
d.F("25-yard", 25, "yards", "distance of Okafor's free kick")
d.F("67th", 67, "ordinal", "minute of Okafor's equaliser")
d.F("Four minutes", 4, "minutes", "time between Okafor's equaliser and his winner", ctx="Four minutes later")
d.F("Hundreds", None, "count", "Castlegate fans who left before the final whistle", vague=True, qualifier="hundreds")
d.F("three years", 3, "years", "how long Okafor says he waited for a night like this")
d.F("24", 24, "years", "age of Chidi Okafor", ctx="Okafor, 24,")
d.F("19-year-old", 19, "years", "age of winger Lewis Hart")
d.F("58 points", 58, "points", "Bramwell's points total")
d.F("30", 30, "count", "games Bramwell have played", ctx="30 games")
d.F("one point", 1, "points", "Bramwell's lead over Castlegate")
d.F("eight", 8, "count", "matches left to play", ctx="eight matches")
d.F("first", 1, "ordinal", "Bramwell's first home win over Castlegate since March 2019", ctx="their first home win")
d.F("March 2019", "2019-03", "date", "Bramwell's previous home win over Castlegate")
d.F("November", "2025-11", "date", "when Draycott replaced Neil Pascoe", value_inferred=True,
    note="Year not written; November of the 2025-26 season is 2025.")
d.F("May", "2026-05", "date", "when Draycott says to ask her again", ctx="again in May", value_inferred=True,
    note="Year not written; May of the 2025-26 season is 2026.")
d.F("Twenty minutes", 20, "minutes", "period of panic Mendonça says cost Castlegate the game")
d.F("11.4km", 11.4, "km", "distance Okafor covered")
d.F("34.1 km/h", 34.1, "km/h", "Okafor's top speed")
d.F("2025-26", "2025/2026", "year", "season in which Okafor's top speed is the division's fastest")
d.F("58%", 58, "percent", "Castlegate's share of possession")
d.F("two", 2, "count", "Castlegate shots on target", ctx="only two shots")
d.F("£14m", 14000000, "GBP", "bid for Ferreira turned down by Castlegate")
d.F("€4.5m", 4500000, "EUR", "fee Bramwell paid KV Oostmarke for Okafor")
d.F("January 2023", "2023-01", "date", "when Bramwell signed Okafor")
d.F("15%", 15, "percent", "Oostmarke's sell-on clause on any future fee for Okafor")
d.F("3.5p", 3.5, "GBX", "rise in Marsh Lane Holdings shares since Draycott's appointment")
d.F("61p", 61, "GBX", "Marsh Lane Holdings share price")
d.F("four", 4, "count", "men arrested for public order offences", ctx="four men")
d.F("5.30pm", "17:30", "time", "kick-off time")
d.F("third", 3, "ordinal", "Hollins Park's league position", ctx="third-placed")
d.F("2-2", "2-2", "goals", "score of the reverse fixture between Castlegate and Hollins Park",
    note="Scoreline: value kept as written, unit goals.")
d.F("October", "2025-10", "date", "when the reverse fixture was played", value_inferred=True,
    note="Year not written; October of the 2025-26 season is 2025.")
d.F("17th", 17, "ordinal", "Abbeyfield Rovers' league position")
d.F("12 April", "2026-04-12", "date", "Bramwell's home game against Abbeyfield Rovers", value_inferred=True,
    note="Year not written; April of the 2025-26 season is 2026.")

d.NF("first one", ctx="the first one went", reason="'the first one' (goal) inside a quote: a back-reference, not a figure.")
d.NF("second", ctx="the second was coming", reason="'the second' (goal) inside a quote: a back-reference.")

d.RT("on Saturday", resolved=None)
d.RT("last month", resolved=None)
d.RT("in the summer", resolved=None, note="Inside Keane's quote: the 2026 summer transfer window.")
d.RT("on Tuesday", resolved=None)

d.P("Chidi Okafor", "PERSON", "the Nigerian striker", "Two goals in four minutes from Chidi Okafor", ["actor", "quoted"],
    aliases=["Okafor"], note="Role given in the next paragraph ('the Nigerian striker'); also 'the striker'.")
d.P("Bramwell Athletic", "ORG", None, "lifted Bramwell Athletic to the top", ["actor"], aliases=["Bramwell"])
d.P("Castlegate United", "ORG", None, "ending Castlegate United's 11-match", ["actor"], aliases=["Castlegate"])
d.P("Tomás Ferreira", "PERSON", "the Portuguese midfielder", "Castlegate had led through Tomás Ferreira's", ["actor"],
    aliases=["Ferreira"], note="Role introduced later ('the Portuguese midfielder').")
d.P("Lewis Hart", "PERSON", "the 19-year-old winger", "Hart, the 19-year-old winger", ["actor"], aliases=["Hart"])
d.P("Helen Draycott", "PERSON", "Bramwell manager", "Bramwell manager Helen Draycott", ["quoted"], aliases=["Draycott"])
d.P("Rui Mendonça", "PERSON", "Castlegate head coach", "Castlegate head coach Rui Mendonça", ["quoted"], aliases=["Mendonça"])
d.P("Riverside FM", "ORG", None, "Mendonça told Riverside FM", ["actor"], note="Broadcaster the coach spoke to.")
d.P("MatchLens", "ORG", None, "Tracking data supplied to the league by MatchLens", ["cited"])
d.P("Sporting Alvorada", "ORG", None, "from Sporting Alvorada last month", ["actor"], note="Made the £14m bid.")
d.P("KV Oostmarke", "ORG", None, "Bramwell paid the Belgian club KV Oostmarke", ["actor"], aliases=["Oostmarke"])
d.P("Martin Keane", "PERSON", "Bramwell chairman", "said Bramwell chairman Martin Keane", ["quoted"])
d.P("Marsh Lane Holdings", "ORG", None, "Shares in the club's owner, Marsh Lane Holdings plc", ["actor"],
    aliases=["Marsh Lane Holdings plc"], note="Club owner whose shares rose; name given without the legal form.")
d.P("West Yorkshire Police", "ORG", None, "West Yorkshire Police said four men", ["cited"])
d.P("Dawn Rix", "PERSON", "Ch Supt", "Ch Supt Dawn Rix said", ["quoted"], aliases=["Ch Supt Dawn Rix"])
d.M("Northern Championship", "ORG", "The league; only the setting ('the league', 'the division').")
d.M("Marsh Lane", "FAC", "Bramwell's stadium (the holding company is a participant).")
d.M("Neil Pascoe", "PERSON", "Sacked former manager; only replaced, no action of his own.")
d.M("Hollins Park", "ORG", "Next opponent of Castlegate.")
d.M("Abbeyfield Rovers", "ORG", "Next opponent of Bramwell.")
d.M("AIM", "ORG", "Market where the shares trade.")
d.M("LEEDS", "GPE", "Dateline.")
d.write()
