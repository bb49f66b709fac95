import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg05_owusu_ansah_transfer_ghana")
d.B("KUMASI, Ghana —", "dateline", partial=True)

S = dict(marks="straight")
OWU = dict(aliases=["Owusu-Ansah"], role="Ghana Premier League top scorer")
DAN = dict(aliases=["Danjuma", "Alhaji Sulemana Danjuma"], role="the Royals' president and majority owner")
AMA = dict(aliases=["Black Stars coach Daniel Amankwah", "the coach"], role="Black Stars coach")
d.Q("Kwabena Owusu-Ansah", "I was in two minds, but my mother was not", "'I was in two minds, but my mother was not':",
    **OWU, marks="single", cue="(headline; named by surname after the colon, 'Owusu-Ansah seals')",
    note="Headline quote in straight single marks; the same words open his body quote, which is its own entry.")
d.Q("Sulemana Danjuma", "We did not sell a player. We sent an ambassador,", **DAN, **S,
    cue="said Alhaji Sulemana Danjuma, the Royals' president and majority owner",
    note="Honorific 'Alhaji' (not part of the name); speaker introduced after the quote.")
d.Q("Sulemana Danjuma", "fairy tales.", **DAN, **S, syntax="phrase",
    cue="He dismissed reports of a higher bid from a Saudi club as",
    note="Scare-quote-like fragment in reported speech; 'He' = Danjuma, the only person named in the paragraph.")
d.Q("Julien Marchand", "He runs like a winger and finishes like a No. 9,", aliases=["Marchand"],
    role="Val-de-Loire's sporting director", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before last ('Danjuma and Val-de-Loire's sporting director, "
         "Julien Marchand, signed'); 'he' = Marchand, the subject of 'Marchand said scouts had watched'. 'He' inside "
         "the quote is Owusu-Ansah.")
d.Q("Olympique Val-de-Loire", "the most exciting young forward we have scouted in a decade.", stype="ORG",
    aliases=["Val-de-Loire"], **S, syntax="phrase",
    cue="Val-de-Loire, who finished fifth last season, said in a statement that Owusu-Ansah was",
    note="Club statement; goes to the club. 11-word phrase -> full.")
d.Q("Kwabena Owusu-Ansah", "I was in two minds, but my mother was not,", **OWU, **S, cue="Owusu-Ansah said",
    note="Surname-only (hyphenated) attribution.")
d.Q("Kwabena Owusu-Ansah", "She packed my bag before I had even said yes.", **OWU, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Akosua Owusu", "He is still my baby, even if the French are paying millions for him,", role="His mother", **S,
    cue="she said",
    note="'she' = Akosua Owusu, the only woman named in the paragraph ('told the Kumasi Evening Post'). Role owned by "
         "another person ('His mother'), written as stated; she shares part of her son's surname.")
d.Q("Efua Mensah", "seven weeks and about 400 phone calls.", aliases=["Mensah"], role="The player's agent", **S,
    syntax="phrase", cue="Mensah said the deal had taken", note="7-word phrase -> full by the length rule.")
d.Q("Ghana Football Association", "to build two artificial pitches in the Ashanti Region.", stype="ORG",
    aliases=["GFA", "the association"], **S, syntax="phrase",
    cue="A GFA spokesman said the association would use its 5% share of the solidarity payment",
    note="Unnamed spokesman: the quote goes to the organisation. 9-word phrase -> full.")
d.Q("Daniel Amankwah", "happy for the boy and nervous for his knees.", **AMA, **S, syntax="phrase",
    cue="Black Stars coach Daniel Amankwah said he was", note="Team name as a modifier in the title; 9-word phrase -> full.")
d.Q("Daniel Amankwah", "Ligue 2 is a hard league. Nobody will give him a metre of space,", **AMA, **S,
    cue="the coach said", note="Role-only person attribution ('the coach' = Daniel Amankwah, paragraph before).")

d.F("€4.5m", 4500000, "EUR", "transfer fee (headline)")
d.F("€4.5 million", 4500000, "EUR", "transfer fee")
d.F("19-year-old", 19, "years", "age of Kwabena Owusu-Ansah")
d.F("17 goals", 17, "goals", "Owusu-Ansah's league goals last season")
d.F("26", 26, "count", "league matches Owusu-Ansah played last season", ctx="in 26 league")
d.F("five-year", 5, "years", "length of Owusu-Ansah's contract")
d.F("up to €1 million", 1000000, "EUR", "bonuses tied to appearances and promotion", qualifier="up to")
d.F("20%", 20, "percent", "Kumasi Royals' share of any future sale")
d.F("about GH¢58 million", 58000000, "GHS", "transfer fee in cedis (Frimpong-Manso)", qualifier="about")
d.F("11 times", 11, "times", "times Val-de-Loire's scouts watched Owusu-Ansah")
d.F("January", "2026-01", "date", "since when the scouts watched him", value_inferred=True,
    note="'since January'; year not written, the set's year 2026.")
d.F("fifth", 5, "ordinal", "Val-de-Loire's league position last season")
d.F("a decade", 10, "years", "period of Val-de-Loire's scouting (in a quote)", note="'in a decade'; 'A' stands for one.")
d.F("twice", 2, "goals", "Owusu-Ansah's goals in the 3-1 win", note="'scored twice' = two goals.")
d.F("3-1", "3-1", "goals", "score of the Royals' win over Tema Mariners", note="Match score as a string (dev4b).")
d.F("about an hour", 1, "hours", "how long Akosua Owusu cried", qualifier="about", note="No numeral ('an hour').")
d.F("millions", None, "EUR", "what the French club is paying (in a quote)", vague=True, qualifier="millions",
    note="Vague amount; the currency is the fee's (euros).")
d.F("10%", 10, "percent", "agent's share of the fee")
d.F("seven weeks", 7, "weeks", "time the deal took (Mensah, in a quote)")
d.F("about 400", 400, "count", "phone calls the deal took (Mensah, in a quote)", qualifier="about")
d.F("48 hours", 48, "hours", "time within which the transfer was registered")
d.F("5%", 5, "percent", "GFA's share of the solidarity payment")
d.F("two", 2, "count", "artificial pitches the GFA will build (in a quote)", ctx="build two artificial")
d.F("March", "2026-03", "date", "month of Owusu-Ansah's Black Stars debut", ctx="in March and", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("September", "2026-09", "date", "month of the qualifiers", value_inferred=True,
    note="'September's qualifiers'; year not written, the set's year 2026.")

d.NF("two", ctx="'I was in two minds", reason="Idiom in the headline quote ('in two minds').")
d.NF("2", ctx="Ligue 2 club", reason="Numeral inside a league name ('Ligue 2').")
d.NF("1", ctx="Ligue 1.", reason="Numeral inside a league name ('Ligue 1').")
d.NF("9", ctx="No. 9", reason="Position name inside a quote ('a No. 9', a centre-forward).")
d.NF("two", ctx="\"I was in two minds", reason="Idiom inside a quote ('in two minds').")
d.NF("2", ctx="Ligue 2 is", reason="Numeral inside a league name ('Ligue 2'), inside a quote.")

d.RT("on Tuesday", resolved=None)
d.RT("last season", ctx="matches last season", resolved=None)
d.RT("on Monday night", resolved=None)
d.RT("last season", ctx="fifth last season", resolved=None)
d.RT("on Sunday", resolved=None)

d.P("Kwabena Owusu-Ansah", "PERSON", "Ghana Premier League top scorer",
    "Ghana Premier League top scorer Kwabena Owusu-Ansah has joined", ["quoted", "actor"], aliases=["Owusu-Ansah"],
    note="Headline and follow-ups use the hyphenated surname.")
d.P("Olympique Val-de-Loire", "ORG", "the French Ligue 2 club", "the French Ligue 2 club Olympique Val-de-Loire",
    ["actor", "quoted"], aliases=["Val-de-Loire"], note="Possessor 'Val-de-Loire's sporting director'.")
d.P("Kumasi Royals SC", "ORG", None, "from Kumasi Royals SC for €4.5 million", ["actor", "cited"],
    aliases=["Kumasi Royals", "Royals"], note="'SC' (sporting club); later 'the Royals'' and 'the club's'.")
d.P("Yaw Frimpong-Manso", "PERSON", "the club's chief executive", "according to the club's chief executive, Yaw Frimpong-Manso",
    ["cited"])
d.P("Sulemana Danjuma", "PERSON", "the Royals' president and majority owner", "said Alhaji Sulemana Danjuma",
    ["quoted", "actor"], aliases=["Danjuma"], note="'Alhaji' is an honorific, not part of the name.")
d.P("Julien Marchand", "PERSON", "Val-de-Loire's sporting director", "Val-de-Loire's sporting director, Julien Marchand",
    ["quoted", "actor"], aliases=["Marchand"])
d.P("Akosua Owusu", "PERSON", "His mother", "His mother, Akosua Owusu, who sells cloth", ["quoted", "actor"],
    note="Also 'who sells cloth at Kejetia market'. No bare 'Owusu' alias (it is part of her son's surname).")
d.P("Kumasi Evening Post", "ORG", None, "told the Kumasi Evening Post she had cried", ["actor", "cited"],
    note="Newspaper told; 'according to documents seen by the newspaper' (dev3 broadcaster convention). Unsure.")
d.P("Efua Mensah", "PERSON", "The player's agent", "The player's agent, Efua Mensah of Gold Coast Talent Ltd",
    ["quoted", "actor"], aliases=["Mensah"], note="Also 'of Gold Coast Talent Ltd'.")
d.P("Ghana Football Association", "ORG", None, "The Ghana Football Association (GFA) said the transfer",
    ["quoted", "cited"], aliases=["GFA"], note="Acronym as a modifier ('A GFA spokesman'); later 'the association'.")
d.P("Daniel Amankwah", "PERSON", "Black Stars coach", "Black Stars coach Daniel Amankwah said", ["quoted"],
    note="Later 'the coach'.")
d.M("Gold Coast Talent Ltd", "ORG", "Only in Mensah's description.")
d.M("FIFA", "ORG", "Only as a possessor ('FIFA's transfer system').")
d.M("Black Stars", "ORG", "Ghana's national team (background; in Amankwah's title).")
d.M("Tema Mariners", "ORG", "Opponents in the 3-1 win (background).")
d.M("Ghana Premier League", "EVENT", "Competition (in Owusu-Ansah's title).")
d.M("Ligue 2", "EVENT", "Competition (also in a quote).")
d.M("Ligue 1", "EVENT", "Competition.")
d.M("Baba Yara Stadium", "FAC", "Venue of the news conference.")
d.M("Kejetia market", "LOC", "In Akosua Owusu's description.")
d.M("Ashanti Region", "GPE", "In the GFA's quote.")
d.M("KUMASI", "GPE", "Dateline.")
d.M("Ghana", "GPE", "Dateline and background.")
d.M("France", "GPE", "Headline.")
d.M("French", "NORP", "Demonym ('the French Ligue 2 club'; 'the French' in a quote).")
d.write()
