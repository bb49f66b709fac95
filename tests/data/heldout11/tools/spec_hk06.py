import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hk06_pune_pioneers_t20_final")

S = dict(marks="straight")
DES = dict(aliases=["Deshpande", "Captain Arjun Deshpande"], role="Captain")
HAR = dict(aliases=["Hartley", "Pune coach Michael Hartley", "the 54-year-old"], role="Pune coach")
KUL = dict(role="a teacher who has followed the team since the franchise was founded")
d.Q("Rohan Iyer", "I was not thinking about the trophy. I was thinking about the next ball, and the next one,",
    aliases=["Iyer"], **S, cue="Iyer said through a team interpreter")
d.Q("Arjun Deshpande", "Nobody remembers the semi-finals. Tonight they will remember us.", **DES, **S,
    cue="gathered the players in a huddle on the outfield and told them:", note="Colon-introduced quote.")
d.Q("Michael Hartley", "the calmest I have ever watched.", **HAR, **S, syntax="phrase", cue="called the chase",
    note="Quoted noun phrase (6 words) -> fragment.")
d.Q("Michael Hartley", "We stopped talking about the last two finals in January,", **HAR, **S, cue="the 54-year-old said",
    note="Age-only attribution: 'the 54-year-old' = Hartley, the subject of the sentence before.")
d.Q("Michael Hartley", "The ball was the same for both teams,", **HAR, **S, cue="he said",
    note="Pronoun trap: two men are named ('Qureshi praised Iyer'); 'he' = Hartley, the subject of the sentence before "
         "('Hartley, standing beside him at the presentation, disputed that').")
d.Q("Board of Control for Cricket in India", "look at start times with the broadcaster.", stype="ORG",
    aliases=["BCCI", "the board"], **S, syntax="phrase", cue="A spokesperson for the board said it would",
    note="Unnamed spokesperson: the quote goes to the organisation. 7-word verb phrase -> full by the length rule.")
d.Q("Indian Cricketers' Welfare Association", "Player welfare has to come before television slots,", stype="ORG",
    aliases=["ICWA", "the players' association"], **S, cue="the players' association said",
    note="Role-only organisation attribution; the ICWA is named in the sentence before.")
d.Q("Arjun Deshpande", "the same for everyone", **DES, **S, syntax="phrase", cue="said the heat was",
    note="Reported speech with a fragment (4 words).")
d.Q("Arjun Deshpande", "We are cricketers,", **DES, **S, syntax="clause", cue="he said",
    note="Split quote, first half; 'he' = Deshpande, the only person in the paragraph.")
d.Q("Arjun Deshpande", "and cricketers can play in the evening.", **DES, **S, syntax="clause", cue="he said",
    note="Split quote, second half.")
d.Q("Sneha Kulkarni", "Eleven years of crying in the stands,", **KUL, **S, syntax="phrase",
    cue="said Sneha Kulkarni, 26, a teacher who has followed the team since the franchise was founded",
    note="Verbless 7-word phrase -> full by the length rule.")
d.Q("Sneha Kulkarni", "Tonight I am crying for a different reason.", **KUL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")

d.F("92", 92, "count", "runs Iyer scored (headline)", ctx="Iyer's 92", note="Runs.")
d.F("first", 1, "ordinal", "Pune's National T20 League title (headline)", ctx="to first National")
d.F("92", 92, "count", "runs Iyer scored", ctx="hit 92 off", note="Runs.")
d.F("51", 51, "count", "balls Iyer faced")
d.F("187", 187, "count", "Pune's winning target", note="Runs ('chased down 187').")
d.F("six", 6, "count", "wickets to spare", ctx="with six wickets")
d.F("four", 4, "count", "balls to spare", ctx="four balls to spare")
d.F("first", 1, "ordinal", "Pune's National T20 League title", ctx="their first National")
d.F("third", 3, "ordinal", "Pune's attempt at the title ('at their third attempt')")
d.F("21", 21, "years", "age of Rohan Iyer", ctx="Iyer, 21,")
d.F("2024", 2024, "year", "Under-19 World Cup Iyer captained India at")
d.F("eight", 8, "count", "fours Iyer hit")
d.F("five", 5, "count", "sixes Iyer hit", ctx="five sixes")
d.F("Rs 10 lakh", 1000000, "INR", "player of the final prize")
d.F("Rs 20 crore", 200000000, "INR", "Pune's prize money")
d.F("$1.1 billion", 1100000000, "USD", "value of the league's broadcast rights deal with StarLine Sports")
d.F("five years", 5, "years", "length of the broadcast deal")
d.F("about 48,000", 48000, "count", "fans at the final", qualifier="about")
d.F("2023", 2023, "year", "final Deshpande's side lost")
d.F("2025", 2025, "year", "final Deshpande's side lost", ctx="2025 finals")
d.F("two", 2, "count", "previous lost finals (in a quote)", ctx="last two finals")
d.F("January", "2026-01", "date", "when Pune stopped talking about the lost finals (in a quote)", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("54-year-old", 54, "years", "age of Michael Hartley")
d.F("68", 68, "count", "runs Faisal Qureshi made")
d.F("186 for seven", "186/7", "score", "Kolkata's total", note="Runs for wickets.")
d.F("41 for three", "41/3", "score", "Pune's score when they slipped", note="Runs for wickets.")
d.F("3.30pm", "15:30", "time", "start of the final")
d.F("39C", 39, "celsius", "temperature at the start of the final")
d.F("14", 14, "count", "players treated for heat exhaustion this season (ICWA)")
d.F("33", 33, "years", "age of Arjun Deshpande", ctx="Deshpande, 33,")
d.F("roughly 6,000", 6000, "count", "Orange Army Pune members who travelled to Hyderabad", qualifier="roughly")
d.F("Eleven years", 11, "years", "how long Kulkarni has cried in the stands (in a quote)")
d.F("26", 26, "years", "age of Sneha Kulkarni", ctx="Kulkarni, 26,")
d.F("5pm", "17:00", "time", "victory parade in Pune on Tuesday")

d.NF("T20", ctx="first National T20 League title\n", reason="Format name inside the league's name ('National T20 League').")
d.NF("T20", ctx="their first National T20", reason="Format name inside the league's name.")
d.NF("19", ctx="Under-19", reason="Age group inside a tournament name ('Under-19 World Cup').")
d.NF("one", ctx="the next one", reason="Pronoun inside a quote ('the next one').")

d.RT("on Sunday night", resolved=None)
d.RT("Tonight", ctx="Tonight they", resolved=None, note="Inside a quote.")
d.RT("earlier in the evening", resolved=None)
d.RT("this season", resolved="2026")
d.RT("Tonight", ctx="Tonight I am", resolved=None, note="Inside a quote.")
d.RT("for Tuesday", resolved=None)

d.P("Rohan Iyer", "PERSON", None, "Rohan Iyer hit 92 off 51 balls", ["quoted", "actor"], aliases=["Iyer"],
    note="Named player of the final; 'who captained India at the Under-19 World Cup in 2024'.")
d.P("Pune Pioneers", "ORG", None, "as the Pune Pioneers chased down 187", ["actor"], aliases=["Pune", "Pioneers"],
    note="'Pune collect', 'Pune slipped', modifier 'Pune coach', possessor 'The Pioneers' supporters' club'. 'in Pune' "
         "(parade) is the city.")
d.P("Kolkata Thunder", "ORG", None, "beating the Kolkata Thunder to win", ["actor"], aliases=["Kolkata"],
    note="Object, then modifier 'Kolkata captain' and possessor 'Kolkata's total', 'Kolkata's players'.")
d.P("National T20 League", "ORG", None, "The league, which sold its broadcast rights to StarLine Sports", ["actor", "cited"],
    note="Named in the lead ('their first National T20 League title'); then 'The league … said'.")
d.P("StarLine Sports", "ORG", None, "sold its broadcast rights to StarLine Sports for $1.1 billion", ["actor"],
    note="Object after 'to'; 'the broadcaster' in the BCCI quote.")
d.P("Arjun Deshpande", "PERSON", "Captain", "Captain Arjun Deshpande, whose side lost", ["quoted", "actor", "cited"],
    aliases=["Deshpande"])
d.P("Michael Hartley", "PERSON", "Pune coach", "Pune coach Michael Hartley, a former Australia opener", ["quoted", "actor"],
    aliases=["Hartley"], note="Also 'a former Australia opener who has coached in England and South Africa', "
                              "'the 54-year-old'.")
d.P("Faisal Qureshi", "PERSON", "Kolkata captain", "Kolkata captain Faisal Qureshi made 68", ["actor", "cited"],
    aliases=["Qureshi"], note="'praised Iyer but blamed the heat' (reported).")
d.P("Board of Control for Cricket in India", "ORG", None, "The Board of Control for Cricket in India (BCCI), which sanctions",
    ["actor", "quoted"], aliases=["BCCI"], note="Later 'the board'.")
d.P("Indian Cricketers' Welfare Association", "ORG", None, "The Indian Cricketers' Welfare Association (ICWA) says 14",
    ["cited", "quoted"], aliases=["ICWA"], note="Later 'the players' association'.")
d.P("Orange Army Pune", "ORG", "The Pioneers' supporters' club", "The Pioneers' supporters' club, Orange Army Pune, said",
    ["cited"])
d.P("Sneha Kulkarni", "PERSON", KUL["role"], "said Sneha Kulkarni, 26, a teacher", ["quoted"])
d.P("Sahyadri Motors", "ORG", "The team's owner", "The team's owner, Sahyadri Motors, announced", ["actor"])
d.M("Lakeside Oval", "FAC", "Venue of the final.")
d.M("Under-19 World Cup", "EVENT", "In Iyer's description (its numeral is a not_figure).")
d.M("India", "GPE", "Iyer captained India (national team, in his description).")
d.M("Hyderabad", "GPE", "Location.")
d.M("Australia", "GPE", "In Hartley's description ('a former Australia opener').")
d.M("England", "GPE", "In Hartley's description.")
d.M("South Africa", "GPE", "In Hartley's description.")
d.write()
