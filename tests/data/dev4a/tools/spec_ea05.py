import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ea05_steps_heart_study")
d.B("COPENHAGEN, March 11 (Reuters) -", "dateline", partial=True)
S = dict(marks="straight")

LIN = dict(aliases=["Lindholm"], role="an associate professor of epidemiology who led the study")
KER = dict(aliases=["Kerr"], role="a cardiologist at Harbury University Hospital in Leeds")
d.Q("Freja Lindholm", "The benefit appears early and it is steep,", **S, **LIN, cue="said Freja Lindholm")
d.Q("Freja Lindholm", "Going from 3,000 to 7,000 steps mattered far more than going from 10,000 to 14,000.", **S, **LIN,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Aidan Kerr", "It's a big, careful study, but it is still observational,", **S, **KER, cue="said Aidan Kerr")
d.Q("Aidan Kerr", "People who walk more may simply be healthier to begin with.", **S, **KER, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Aidan Kerr", "encouraging but not conclusive", **S, **KER, syntax="phrase",
    cue="Kerr, who chairs the prevention committee of the Heart Failure Alliance, a British charity, called the findings",
    note="Scare-quoted fragment attributed in the sentence; a second role is introduced here.")
d.Q("World Health Organization", "any evidence that makes the guidance easier to follow", **S, stype="ORG",
    aliases=["WHO", "the agency"], syntax="phrase", cue="A WHO spokesperson said the agency welcomed",
    note="Spokesperson quote goes to the organisation. 9-word noun phrase -> 'full' by the length rule.")
d.Q("Freja Lindholm", "We don't need people to run marathons,", **S, **LIN, cue="she said")
d.Q("Freja Lindholm", "We need them to walk to the shop.", **S, **LIN, attribution="implicit",
    cue="(continuation of the previous quote)")

d.OQ("exercise snacks,", attributed_to="some fitness apps", attribution="vague-collective", marks="straight",
     reason="Term marketed by unnamed apps; no identifiable speaker.")

d.F("7,000", 7000, "count", "daily steps linked to lower heart failure risk (headline)", ctx="Walking 7,000")
d.F("28%", 28, "percent", "lower heart failure risk (headline)", ctx="to 28% lower")
d.F("at least 7,000", 7000, "count", "daily steps of the more active group", qualifier="at least")
d.F("28%", 28, "percent", "how much less likely the active walkers were to develop heart failure", ctx="were 28% less")
d.F("seven years", 7, "years", "period over which heart failure risk was compared")
d.F("fewer than 4,000", 4000, "count", "daily steps of the comparison group", qualifier="fewer than")
d.F("more than 48,000", 48000, "count", "adults in the Danish study", qualifier="more than")
d.F("48,214", 48214, "count", "people followed in the study")
d.F("40 to 79", [40, 79], "years", "age range of participants")
d.F("a week", 1, "weeks", "how long participants wore the trackers at the start", ctx="for a week at")
d.F("between 2015 and 2017", [2015, 2017], "year", "when the study started (tracker week)")
d.F("7.4 years", 7.4, "years", "median follow-up")
d.F("2,386", 2386, "count", "participants diagnosed with heart failure")
d.F("about 1 in 20", 0.05, "fraction", "share of participants diagnosed with heart failure", qualifier="about")
d.F("3,000", 3000, "count", "lower step count in Lindholm's comparison", ctx="from 3,000 to")
d.F("7,000", 7000, "count", "higher step count in Lindholm's comparison", ctx="to 7,000 steps mattered")
d.F("10,000", 10000, "count", "lower step count in Lindholm's second comparison")
d.F("14,000", 14000, "count", "higher step count in Lindholm's second comparison")
d.F("0.72", 0.72, "ratio", "hazard ratio for the most active group")
d.F("about 8,000 to 9,000", [8000, 9000], "count", "daily steps at which the benefit levelled off", qualifier="about")
d.F("10am", "10:00", "time", "time before which the early walkers did most of their walking",
    note="'before' is a temporal relation, not in the surface.")
d.F("31%", 31, "percent", "risk reduction among early walkers")
d.F("up to 2GB", 2, "GB", "movement data stored by each tracker", qualifier="up to")
d.F("roughly 5 km", 5, "km", "daily distance covered by brisk walkers", qualifier="roughly")
d.F("2.3 percentage point", 2.3, "percentage points", "lower absolute risk of brisk walkers")
d.F("third", 0.3333333333, "fraction", "least active third of the cohort (comparison group)", ctx="active third of")
d.F("more than 64 million", 64000000, "count", "people with heart failure worldwide (Kerr)", qualifier="more than")
d.F("about a fifth", 0.2, "fraction", "heart failure patients who die within a year of diagnosis", qualifier="about")
d.F("a year", 1, "years", "period after diagnosis in which about a fifth of patients die", ctx="within a year")
d.F("at least 150 minutes", 150, "minutes", "WHO recommended weekly moderate activity", qualifier="at least")
d.F("45 million Danish crown", 45000000, "DKK", "grant from the Novum Health Foundation")
d.F("$6.5 million", 6500000, "USD", "dollar value of the Novum Health Foundation grant")
d.F("€2.8 million", 2800000, "EUR", "award from the European Research Council")
d.F("50,000", 50000, "count", "devices supplied by Pulsewave A/S")
d.F("1,200", 1200, "count", "older adults in the planned randomised trial")
d.F("150 crowns", 150, "DKK", "monthly payment to trial participants for hitting a step target")
d.F("1.6 kg", 1.6, "kg", "average weight lost in the pilot")
d.F("six-month", 6, "months", "length of the pilot")

d.NF("11", ctx="March 11 (Reuters)", reason="Date in the dateline.")

d.RT("on Wednesday", resolved=None)
d.RT("now", ctx="team now planned", resolved=None)

d.P("Copenhagen Metropolitan University", "ORG", None, "Researchers at Copenhagen Metropolitan University followed",
    ["actor"])
d.P("Freja Lindholm", "PERSON", "an associate professor of epidemiology who led the study", "said Freja Lindholm",
    ["quoted", "cited", "actor"], aliases=["Lindholm"])
d.P("Aidan Kerr", "PERSON", "a cardiologist at Harbury University Hospital in Leeds", "said Aidan Kerr", ["quoted", "cited"],
    aliases=["Kerr"], note="Second role introduced later: chairs the prevention committee of the Heart Failure Alliance.")
d.P("World Health Organization", "ORG", None, "The World Health Organization (WHO) recommends", ["cited", "quoted"],
    aliases=["WHO"])
d.P("Novum Health Foundation", "ORG", None, "grant from the Novum Health Foundation", ["actor"])
d.P("European Research Council", "ORG", None, "award from the European Research Council", ["actor"])
d.P("Pulsewave A/S", "ORG", "the Aarhus-based tracker maker", "Pulsewave A/S, the Aarhus-based tracker maker", ["actor", "cited"])
d.M("Nordic Journal of Cardiovascular Medicine", "ORG", "Journal the study was published in.")
d.M("Harbury University Hospital", "ORG", "Only in Kerr's role.")
d.M("Heart Failure Alliance", "ORG", "Only in Kerr's second role.")
d.M("Leeds", "GPE", "In Kerr's role.")
d.M("Copenhagen", "GPE", "Dateline.")
d.M("Aarhus", "GPE", "Pulsewave's base.")
d.write()
