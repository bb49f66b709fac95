import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dd05_harbor_fc_villalba_transfer")

S = dict(marks="straight")
VIL = dict(aliases=["Villalba"], role="Colombian forward")
DEL = dict(aliases=["Delgado", "Coach Marco Delgado", "the coach"], role="Coach")
HAL = dict(aliases=["Harbor general manager Lisa Haldane"], role="Harbor general manager")
d.Q("Andrés Villalba", "I came here to win trophies, not to see the ocean,", **VIL, **S,
    cue="Villalba said through an interpreter at his unveiling")
d.Q("Andrés Villalba", "My mother wanted me to stay in Colombia. She will watch every game.", **VIL, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Marco Delgado", "He presses like a defender and finishes like a No. 9,", **DEL, **S, cue="Delgado said",
    note="Reported speech first ('said Villalba would start on Saturday'), then a direct quote.")
d.Q("Marco Delgado", "We have not had that.", **DEL, **S, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Jordan Blake", "Nobody in this locker room is upset that we bought a striker,", aliases=["Blake"], role="captain", **S,
    cue="he said",
    note="Pronoun trap: two men are named ('Delgado and captain Jordan Blake spoke to reporters'); 'he' = Blake, the "
         "subject of the sentence before ('Blake admitted').")
d.Q("Felipe Roa", "the project, not the postcode.", role="Villalba's agent", **S, syntax="phrase",
    cue="Villalba's agent, Felipe Roa of Meridian Sports Management, said his client had chosen Harbor for",
    note="Reported speech with a quoted fragment.")
d.Q("Hernán Ospina", "We took him in as a boy of 16. We send San Diego a professional, and a man,",
    aliases=["Ospina", "Alto Cauca president Hernán Ospina"], role="Alto Cauca president", **S, cue="Ospina said")
d.Q("Lisa Haldane", "This is the biggest investment in our history, and we made it with our eyes open.", **HAL, **S,
    open_end=True, cue="released a statement:",
    note="Colon-introduced multi-paragraph statement, first paragraph (no closing mark).")
d.Q("Lisa Haldane", "Our owners have told us to build a team that wins now and still wins in five years.", **HAL, **S,
    attribution="implicit", cue="(second paragraph of the statement)")
d.Q("Grace Whitfield", "The numbers are elite, but the jump in physicality is real. I would give him six months,",
    role="the firm's head of football research", **S,
    cue="said Grace Whitfield, the firm's head of football research, who compiled the report",
    note="'the firm' = Tactica Analytics.")
d.Q("Harbor Anchors", "We have waited eight years for a signing like this,", stype="ORG",
    aliases=["the supporters' group"], **S, cue="the supporters' group said", note="Role-only organisation attribution.")
d.Q("Marco Delgado", "He plays 60 minutes on Saturday, maybe. Then we see,", **DEL, **S, cue="the coach told reporters",
    note="Role-only person attribution: 'the coach' = Coach Marco Delgado (named as 'Delgado' in the sentence before).")

d.F("$14.5 million", 14500000, "USD", "club-record transfer fee")
d.F("up to $3 million", 3000000, "USD", "add-ons", qualifier="up to")
d.F("23", 23, "years", "age of Andrés Villalba", ctx="Villalba, 23,")
d.F("19", 19, "goals", "Villalba's league goals last season", ctx="scored 19 goals")
d.F("34", 34, "count", "league games Villalba played last season")
d.F("four-year", 4, "years", "length of Villalba's contract")
d.F("2029", 2029, "year", "end of the contract")
d.F("2030", 2030, "year", "option year")
d.F("$9.8 million", 9800000, "USD", "previous club-record fee (Kwame Asante)")
d.F("2023", 2023, "year", "year of the Asante signing")
d.F("two seasons", 2, "years", "how long Delgado has tracked Villalba", note="Unit stated as 'seasons' (dev3 convention).")
d.F("38", 38, "goals", "Harbor's goals this season", ctx="only 38 in")
d.F("30", 30, "count", "matches in which Harbor scored 38", ctx="in 30 matches")
d.F("16", 16, "years", "Villalba's age when Alto Cauca took him in (in a quote)")
d.F("2019", 2019, "year", "year Villalba joined Alto Cauca's academy")
d.F("five years", 5, "years", "horizon for the team to still win (in a quote)")
d.F("six months", 6, "months", "time Whitfield would give Villalba to adapt (in a quote)")
d.F("2,000", 2000, "count", "Villalba scarves sold by the Harbor Anchors")
d.F("eight years", 8, "years", "how long the supporters have waited for such a signing (in a quote)")
d.F("60 minutes", 60, "minutes", "Villalba's planned playing time on Saturday (in a quote)")

d.NF("9", ctx="No. 9", reason="Shirt-number idiom ('a No. 9' = a centre-forward) inside a quote.")
d.NF("first", ctx="for the first time", reason="Idiom ('for the first time').")

d.RT("on Thursday", resolved=None)
d.RT("last season", ctx="games last season", resolved=None)
d.RT("on Saturday", ctx="start on Saturday", resolved=None)
d.RT("last week", resolved=None)
d.RT("last season", ctx="America last season", resolved=None)
d.RT("on Friday morning", resolved=None)
d.RT("on Saturday", ctx="60 minutes on Saturday", resolved=None, note="Inside a quote.")

d.P("San Diego Harbor FC", "ORG", None, "San Diego Harbor FC have signed Colombian forward", ["actor"],
    aliases=["Harbor FC", "Harbor"], note="Later 'the club'; modifier 'Harbor general manager'.")
d.P("Andrés Villalba", "PERSON", "Colombian forward", "signed Colombian forward Andrés Villalba", ["quoted", "actor"],
    aliases=["Villalba"])
d.P("Deportivo Alto Cauca", "ORG", None, "from Deportivo Alto Cauca for a club-record", ["actor"], aliases=["Alto Cauca"],
    note="Later modifier 'Alto Cauca president', 'the Cali-based club'.")
d.P("Marco Delgado", "PERSON", "Coach", "Coach Marco Delgado, who has tracked the player", ["quoted", "cited", "actor"],
    aliases=["Delgado"], note="Later 'the coach'.")
d.P("Lone Star SC", "ORG", None, "when Lone Star SC matched the fee", ["actor"], aliases=["Lone Star"],
    note="Rival bidder; also 'Lone Star officials declined to comment' (modifier).")
d.P("Jordan Blake", "PERSON", "captain", "Delgado and captain Jordan Blake spoke", ["quoted", "cited"], aliases=["Blake"])
d.P("Felipe Roa", "PERSON", "Villalba's agent", "Villalba's agent, Felipe Roa of Meridian Sports Management",
    ["quoted", "cited"])
d.P("Hernán Ospina", "PERSON", "Alto Cauca president", "Alto Cauca president Hernán Ospina said", ["quoted", "cited"],
    aliases=["Ospina"])
d.P("Lisa Haldane", "PERSON", "Harbor general manager", "Harbor general manager Lisa Haldane", ["quoted"],
    note="Also 'a former Pacific Coast University goalkeeper'.")
d.P("Pacific Crest Capital", "ORG", "the investment group that owns it", "from Pacific Crest Capital, the investment group",
    ["actor"], note="The club's owner ('Our owners have told us' in Haldane's statement).")
d.P("Tactica Analytics", "ORG", "a Boston sports data firm", "According to Tactica Analytics", ["cited"],
    note="Later 'the firm's head of football research'.")
d.P("Grace Whitfield", "PERSON", "the firm's head of football research", "said Grace Whitfield", ["quoted"])
d.P("FIFA", "ORG", None, "international clearance from FIFA", ["actor"])
d.P("Harbor Anchors", "ORG", "The club's largest supporters' group", "The club's largest supporters' group, the Harbor "
    "Anchors, said", ["quoted", "cited"], note="Later 'the supporters' group'.")
d.M("Meridian Sports Management", "ORG", "Only in Roa's description ('Felipe Roa of Meridian Sports Management').")
d.M("Pacific Coast University", "ORG", "Only in Haldane's description (modifier: 'a former Pacific Coast University "
    "goalkeeper').")
d.M("Kwame Asante", "PERSON", "Earlier signing (background).")
d.M("Colombia", "GPE", "In a quote; also 'Colombian'.")
d.M("San Diego", "GPE", "Location (in a quote and in the club's name).")
d.M("Cali", "GPE", "Location.")
d.M("Boston", "GPE", "Location.")
d.M("South America", "LOC", "Location.")
d.write()
