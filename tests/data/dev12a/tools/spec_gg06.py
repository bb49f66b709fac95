import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg06_pelicans_goannas_golden_point")

S = dict(marks="straight")
HAL = dict(aliases=["Halloran", "Pelicans coach Brett Halloran"], role="Pelicans coach")
GOA = dict(stype="ORG")
d.Q("Brett Halloran", "We just refused to lose", "'We just refused to lose':", **HAL, marks="single",
    cue="(headline; the speaker is named only in the body)",
    note="Headline quote in straight single marks; the same words open Halloran's quote in the body.")
d.Q("Brett Halloran", "We just refused to lose. I've coached for 20 years and I don't think I've seen a group want it more,",
    **HAL, **S, cue="Pelicans coach Brett Halloran said", note="Club-and-role modifier before the name.")
d.Q("Brett Halloran", "the best player on the park by a mile.", **HAL, **S, syntax="phrase",
    cue="Halloran said Fonua, who was playing only his third NRL game, had been",
    note="Surname-only reported speech ending in a 9-word phrase -> full.")
d.Q("Tevita Fonua", "I just ran where the gap was. Mum will be crying in Nuku'alofa,", aliases=["Fonua"], role="winger",
    **S, cue="Fonua told League Central", note="Surname-only attribution to an outlet.")
d.Q("Liam Ferris", "That's on me. I left the boys with 12 men and they paid for it,", aliases=["Ferris"],
    role="his captain", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Goannas coach Nathan Sopoaga and his captain, Liam "
         "Ferris'); 'he' = Ferris, the subject of 'Ferris was sin-binned in the 58th minute'.")
d.Q("Nathan Sopoaga", "We gave away eight penalties to two after the break, and you can't win like that,",
    aliases=["Sopoaga", "Goannas coach Nathan Sopoaga", "the Goannas coach"], role="Goannas coach", **S,
    cue="the Goannas coach said",
    note="Role-only person attribution with the club as modifier ('the Goannas coach' = Sopoaga, the subject of the "
         "sentence before; Halloran is the Pelicans coach).")
d.Q("NRL", "followed the correct protocol", stype="ORG", **S, syntax="phrase",
    cue="An NRL spokesman said the bunker had", note="Unnamed spokesman: the quote goes to the organisation. Fragment.")
d.Q("Western Sydney Goannas", "accept the charge and learn from it.", **GOA, **S, syntax="phrase",
    cue="His club said in a statement that he would",
    aliases=["Goannas", "His club"],
    note="Role-only organisation attribution: 'His club' = Koroi's club, the Goannas ('he' = Koroi, the subject of the "
         "sentence before and of the quoted words, not the speaker). 7-word phrase -> full.")
d.Q("Brett Halloran", "Sam is the heartbeat of this pack, and we'll miss him,", **HAL, **S, cue="Halloran added",
    note="'Sam' = Sam Carew, named in the sentence before.")
d.Q("Brett Halloran", "Tevita just showed what this club's juniors can do.", **HAL, **S, attribution="implicit",
    cue="(continuation of the previous quote)", note="'Tevita' = Tevita Fonua.")

d.F("26-22", "26-22", "score", "final score, Pelicans v Goannas (headline)", ctx="stun Goannas 26-22",
    note="Winner's score first.")
d.F("16 points", 16, "points", "Pelicans' deficit before the comeback", ctx="from 16 points down")
d.F("26-22", "26-22", "score", "final score, Pelicans v Goannas", ctx="Sydney Goannas 26-22", note="Winner's score first.")
d.F("19-year-old", 19, "years", "age of Tevita Fonua")
d.F("84th", 84, "ordinal", "minute of Fonua's winning try")
d.F("18,306", 18306, "count", "crowd at Kawana Park")
d.F("22-6", "22-6", "score", "Goannas' lead with 25 minutes left", note="Leading side's score first.")
d.F("25 minutes", 25, "minutes", "time left when the Goannas led 22-6")
d.F("two", 2, "count", "tries Jayden Koroi scored", ctx="after two tries")
d.F("three", 3, "count", "tries the Pelicans scored to level the game", ctx="scored three tries")
d.F("11 minutes", 11, "minutes", "time in which the Pelicans scored three tries")
d.F("20 years", 20, "years", "Halloran's coaching career (in a quote)")
d.F("third", 3, "ordinal", "Fonua's NRL games", ctx="his third NRL game")
d.F("40 metres", 40, "metres", "Fonua's run to the winning try")
d.F("10-minute", 10, "minutes", "length of Ferris's sin-binning")
d.F("58th", 58, "ordinal", "minute Ferris was sin-binned")
d.F("12", 12, "count", "Goannas players left on the field (in a quote)", ctx="with 12 men")
d.F("eight", 8, "count", "penalties conceded by the Goannas after the break (in a quote)", ctx="eight penalties")
d.F("two", 2, "count", "penalties conceded by the Pelicans after the break (in a quote)", ctx="penalties to two")
d.F("$1,800", 1800, "AUD", "fine Koroi faces with an early guilty plea", note="A bare '$' in an Australian story is AUD.")
d.F("1998", 1998, "year", "since when League Metrics has tracked every NRL match")
d.F("first", 1, "ordinal", "Pelicans' rank among teams this season to win after trailing by 16 points or more",
    ctx="the first team this season")
d.F("16 points or more", 16, "points", "deficit overcome (League Metrics)", qualifier="or more")
d.F("54%", 54, "percent", "Goannas' share of possession")
d.F("1,742 metres", 1742, "metres", "Goannas' run metres")
d.F("41", 41, "count", "Goannas' missed tackles")
d.F("third", 3, "ordinal", "Pelicans' position on the ladder", ctx="to third on the ladder")
d.F("22", 22, "points", "Pelicans' competition points", ctx="with 22 competition points")
d.F("two", 2, "points", "Pelicans' gap to the leaders", ctx="two behind the leaders")
d.F("four to six weeks", [4, 6], "weeks", "how long Sam Carew will be out")
d.F("$40 million", 40000000, "AUD", "cost of the Kawana Park grandstand upgrade")
d.F("March 2027", "2027-03", "date", "when the grandstand upgrade will be finished", note="'by March 2027'.")
d.F("about 22,000", 22000, "count", "Kawana Park capacity after the upgrade", qualifier="about")

d.NF("1", ctx="Grade 1 dangerous", reason="Grade of the charge (a name: 'Grade 1 dangerous contact').")

d.RT("on Saturday night", resolved=None)
d.RT("last year", resolved="2025")
d.RT("this season", resolved="2026")

d.P("Sunshine Coast Pelicans", "ORG", None, "The Sunshine Coast Pelicans came from 16 points down", ["actor"],
    aliases=["Pelicans"], note="Modifier in 'Pelicans coach Brett Halloran'; 'this club' inside a quote.")
d.P("Western Sydney Goannas", "ORG", None, "to beat the Western Sydney Goannas 26-22", ["actor", "quoted"],
    aliases=["Goannas"], note="Object, then subject ('The Goannas led', 'The Goannas had') and modifier "
                              "('Goannas coach'); 'His club' (Koroi's).")
d.P("Tevita Fonua", "PERSON", "winger", "with 19-year-old winger Tevita Fonua scoring", ["quoted", "actor"],
    aliases=["Fonua"], note="Also 'a former Buderim Kingfishers junior who was born in Tonga …'.")
d.P("Jayden Koroi", "PERSON", "centre", "after two tries to centre Jayden Koroi", ["actor"], aliases=["Koroi"])
d.P("Brett Halloran", "PERSON", "Pelicans coach", "Pelicans coach Brett Halloran said", ["quoted", "cited"],
    aliases=["Halloran"])
d.P("Cooper Daley", "PERSON", "halfback", "after a short kick from halfback Cooper Daley", ["actor"], aliases=["Daley"])
d.P("Nathan Sopoaga", "PERSON", "Goannas coach", "Goannas coach Nathan Sopoaga and his captain", ["quoted", "actor"],
    aliases=["Sopoaga"], note="Later 'the Goannas coach'.")
d.P("Liam Ferris", "PERSON", "his captain", "Goannas coach Nathan Sopoaga and his captain, Liam Ferris", ["quoted", "actor"],
    aliases=["Ferris"])
d.P("Adam Kearsley", "PERSON", "the referee", "Sopoaga was less forgiving of the referee, Adam Kearsley", ["actor"])
d.P("NRL", "ORG", None, "An NRL spokesman said the bunker had", ["quoted"],
    note="Only as a modifier ('An NRL spokesman', 'his third NRL game', 'every NRL match').")
d.P("League Central", "ORG", None, "Fonua told League Central", ["actor"],
    note="Broadcaster the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("League Metrics", "ORG", None, "According to League Metrics, which has tracked every NRL match", ["cited"])
d.P("Sunshine Coast Council", "ORG", None, "Sunshine Coast Council, which owns Kawana Park, said", ["cited", "actor"])
d.M("Buderim Kingfishers", "ORG", "Only in Fonua's description ('a former Buderim Kingfishers junior').")
d.M("Glasshouse Marlins", "ORG", "Only in Fonua's description ('joined from the Glasshouse Marlins').")
d.M("Kawana Park", "FAC", "Stadium (venue); owned by Sunshine Coast Council.")
d.M("Sam Carew", "PERSON", "Injured prop (background); 'Sam' in Halloran's quote.")
d.M("Sunshine Coast", "GPE", "Region (inside the club's and the council's names).")
d.M("Western Sydney", "GPE", "Region (inside the club's name).")
d.M("Tonga", "GPE", "Fonua's birthplace.")
d.M("Nuku'alofa", "GPE", "In a quote.")
d.write()
