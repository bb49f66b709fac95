import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk03_desert_star_cup_meydan")
d.B("DUBAI, United Arab Emirates —", "dateline", partial=True)
# Dateline without a date; the only year written is 2019 and the article has no undated month or day dates.

Q = lambda *a, **k: d.Q(*a, marks="straight", **k)  # straight quotes in this article
MOR = dict(aliases=["Morales"], role="the Mexican jockey")
PRE = dict(aliases=["Prescott"], role=None)
Q("Rafael Morales", "When the other horse came at him in the last 200 metres, he just would not let him past,", **MOR,
    cue="said Morales, 34", note="Surname-only attribution; named in full in the lede ('the Mexican jockey Rafael Morales').")
Q("Rafael Morales", "I have ridden here for nine seasons and I have never felt a horse fight like that.", **MOR,
    attribution="implicit", cue="(continuation of the previous quote)")
Q("Harriet Calloway", "We brought him here to win this race and nothing else. He has not run for four months because "
    "of it,", aliases=["Calloway"], role=None, cue="she said",
    note="'she' = Calloway, the only woman named in the paragraph ('Calloway's third winner', 'which she had tried'). "
         "She is introduced only as the trainer in a passive ('trained in Newmarket by Harriet Calloway'), so no role "
         "noun is stated.")
Q("Wade Prescott", "He gave us everything on three legs and a bit,", **PRE, cue="Prescott said",
    note="Introduced in a passive ('trained in Kentucky by Wade Prescott'); no role noun stated.")
Q("Wade Prescott", "A head. After 7,000 miles on a plane, a head.", **PRE, attribution="implicit",
    cue="(continuation of the previous quote)")
Q("Chloe Danvers", "The best horse won tonight, and I will tell anyone who asks,", aliases=["Danvers"],
    role="Iron Meridian's jockey", cue="she said",
    note="Two riders are named in the sentence before ('Iron Meridian's jockey, Chloe Danvers, and Morales shook "
         "hands'); 'she' = Danvers, the subject of 'Danvers said she had no complaints'.")
Q("Viktor Lindqvist", "Today I won twice, and this one I will remember longer,", aliases=["Lindqvist"],
    role="the Swedish businessman who ran a Formula 1 team until 2019", cue="he said",
    note="'he' = Lindqvist, the subject of the sentence before.")
Q("Emirates Racing Authority", "fast and perfectly safe.", stype="ORG", aliases=["ERA"], syntax="phrase",
    cue="It said the going had been",
    note="'It' = the Emirates Racing Authority (ERA), subject of the sentence before. 4-word phrase -> fragment.")

d.F("$12 million", 12000000, "USD", "prize money of the Desert Star Cup (headline)", ctx="win $12 million Desert")
d.F("$12 million", 12000000, "USD", "prize money of the Desert Star Cup", ctx="the $12 million Desert Star Cup at")
d.F("five-year-old", 5, "years", "age of Sandstorm Lad")
d.F("2,000 metres", 2000, "metres", "distance of the Desert Star Cup")
d.F("about 1 1/4 miles", 1.25, "miles", "distance of the Desert Star Cup in miles", qualifier="about",
    note="Mixed fraction '1 1/4' = 1.25.")
d.F("2:01.84", 121.84, "seconds", "winning time of the Desert Star Cup",
    note="Race time written as minutes:seconds.hundredths (2 min 1.84 s), stored in seconds. Unsure.")
d.F("9:35 p.m.", "21:35", "time", "start time of the race", note="Local time in Dubai.")
d.F("about 58,000", 58000, "count", "crowd at Meydan", qualifier="about")
d.F("$7.2 million", 7200000, "USD", "winner's share of the prize money")
d.F("200 metres", 200, "metres", "final stretch where Iron Meridian challenged (Morales, in a quote)", ctx="last 200 metres")
d.F("34", 34, "years", "age of Rafael Morales")
d.F("nine", 9, "count", "seasons Morales has ridden in Dubai (in a quote)")
d.F("third", 3, "ordinal", "Sandstorm Lad was Calloway's third winner on the card")
d.F("first", 1, "ordinal", "Calloway's first win in the Desert Star Cup", ctx="her first in the Desert Star Cup",
    note="A predicate ordinal that states a fact (as the seeds' 'first loss in decades').")
d.F("four", 4, "count", "horses with which Calloway had tried to win the race", ctx="with four different horses")
d.F("2019", 2019, "year", "year Calloway first tried to win the race", ctx="horses since 2019",
    note="'since 2019' ('since' left out).")
d.F("four months", 4, "months", "time since Sandstorm Lad last ran (Calloway, in a quote)")
d.F("1 1/8-mile", 1.125, "miles", "distance of the Cumberland Classic", note="Mixed fraction '1 1/8' = 1.125, hyphenated to its noun.")
d.F("7,000 miles", 7000, "miles", "distance Iron Meridian flew to Dubai (Prescott, in a quote)")
d.F("2019", 2019, "year", "year Lindqvist stopped running his Formula 1 team", ctx="team until 2019",
    note="'until 2019' ('until' left out).")
d.F("3", 3, "goals", "goals scored by Malmö Nord against IFK Solberga", ctx="Solberga 3-1",
    note="Match score '3-1' split into two entries, as vote tallies are split. Unsure.")
d.F("1", 1, "goals", "goals scored by IFK Solberga against Malmö Nord", ctx="3-1 in the",
    note="Second half of the score '3-1'.")
d.F("£140,000", 140000, "GBP", "price Lindqvist paid for Sandstorm Lad as a yearling")
d.F("twice", 2, "times", "Lindqvist's wins that day (in a quote)", ctx="I won twice")
d.F("$2 million", 2000000, "USD", "prize money of the Marina Sprint")
d.F("1,200 metres", 1200, "metres", "distance of the Marina Sprint")
d.F("about three-quarters of a mile", 0.75, "miles", "distance of the Marina Sprint in miles", qualifier="about",
    note="A fraction of a mile in words, stored in miles.")
d.F("1:10.62", 70.62, "seconds", "Blue Sirocco's winning time (track record)",
    note="Race time (1 min 10.62 s) stored in seconds, as '2:01.84'. Unsure.")
d.F("0.31 seconds", 0.31, "seconds", "margin by which Blue Sirocco broke the track record")
d.F("57 kg", 57, "kg", "weight carried by Sandstorm Lad and every other runner")
d.F("14-horse", 14, "count", "runners in the Desert Star Cup field", note="Count hyphenated to its noun (as dev13a's '39-seat').")
d.F("twice", 2, "times", "times the track was watered during the day", ctx="watered twice")
d.F("31C", 31, "celsius", "temperature at post time")
d.F("16-year-old", 16, "years", "Morales's age when he rode his first winner")
d.F("41", 41, "count", "Morales's winners in the Meydan jockeys' championship")
d.F("four", 4, "count", "Morales's lead over Sean Keary in winners", ctx="four more than")
d.F("$1.5 million", 1500000, "USD", "prize money of Morales's next race in Saudi Arabia")
d.F("a mile and a half", 1.5, "miles", "distance of Morales's next race")

d.NF("three", ctx="on three legs and a bit", reason="Idiom in a quote ('on three legs and a bit'): not a count.")
d.NF("1", ctx="Formula 1", reason="Numeral inside a name ('Formula 1').")
d.NF("one", ctx="this one I will", reason="Pronoun in a quote ('this one').")
d.NF("first", ctx="his first winner", reason="'his first winner' refers to the earliest win as the setting of another "
     "fact (his age); no rank is claimed. Unsure.")

d.RT("on Saturday night", resolved=None)
d.RT("tonight", resolved=None, note="Inside a quote: Saturday night.")
d.RT("earlier in the day", resolved=None)
d.RT("Today", resolved=None, note="Inside a quote: the Saturday of the race.")
d.RT("on Monday", resolved=None)

d.P("Rafael Morales", "PERSON", "the Mexican jockey", "giving the Mexican jockey Rafael Morales the biggest win",
    ["actor", "quoted"], aliases=["Morales"])
d.P("Harriet Calloway", "PERSON", None, "trained in Newmarket by Harriet Calloway", ["actor", "quoted"],
    aliases=["Calloway"], note="Trainer of the winner (passive 'trained … by').")
d.P("Wade Prescott", "PERSON", None, "trained in Kentucky by Wade Prescott", ["actor", "quoted", "cited"],
    aliases=["Prescott"], note="Trainer of Iron Meridian.")
d.P("Chloe Danvers", "PERSON", "Iron Meridian's jockey", "Iron Meridian's jockey, Chloe Danvers, and Morales shook hands",
    ["actor", "quoted", "cited"], aliases=["Danvers"])
d.P("Viktor Lindqvist", "PERSON", "the Swedish businessman who ran a Formula 1 team until 2019",
    "The winner is owned by Viktor Lindqvist", ["actor", "quoted", "cited"], aliases=["Lindqvist"],
    note="Owner of the winner.")
d.P("Malmö Nord", "ORG", None, "whose football club Malmö Nord beat IFK Solberga", ["actor"],
    note="Football club that won 3-1.")
d.P("IFK Solberga", "ORG", None, "whose football club Malmö Nord beat IFK Solberga", ["actor"],
    note="Football club that lost 3-1.")
d.P("Emirates Racing Authority", "ORG", None, "The Emirates Racing Authority (ERA) said in a statement",
    ["cited", "quoted"], aliases=["ERA"])
d.M("Sean Keary", "PERSON", "Second in the jockeys' championship (comparison only).")
d.M("Sandstorm Lad", "MISC", "Horse (the winner).")
d.M("Iron Meridian", "MISC", "Horse (second).")
d.M("Blue Sirocco", "MISC", "Horse (winner of the Marina Sprint).")
d.M("Desert Star Cup", "EVENT", "The race.")
d.M("Cumberland Classic", "EVENT", "Iron Meridian's previous race.")
d.M("Marina Sprint", "EVENT", "Another race on the card.")
d.M("Allsvenskan", "EVENT", "Swedish football league.")
d.M("Formula 1", "EVENT", "Motor-racing series (inside Lindqvist's role).")
d.M("Meydan Racecourse", "FAC", "Venue.")
d.M("DUBAI", "GPE", "Dateline.")
d.M("United Arab Emirates", "GPE", "Dateline.")
d.M("Newmarket", "GPE", "Where Sandstorm Lad is trained.")
d.M("Kentucky", "GPE", "Where Iron Meridian is trained.")
d.M("Mexico City", "GPE", "Where Morales rode his first winner.")
d.M("Saudi Arabia", "GPE", "Morales's next race.")
d.M("Ireland", "GPE", "Keary's country (possessor).")
d.write()
