from goldlib import Doc
d = Doc("h07_science_walking_study", "An extra quarter-mile a day linked to lower blood pressure in older adults, study finds")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

HO = dict(aliases=["Okoro", "Dr. Hannah Okoro"], role="the study's lead author and a senior lecturer in public health at Aldermoor")
Q("Hannah Okoro", "The effect per person is modest, but it's there at every level of fitness we looked at,", **HO, marks="straight",
  cue="said Dr. Hannah Okoro, the study's lead author")
Q("Hannah Okoro", "You don't need to run a marathon. You need to get off the bus a stop early.", **HO, marks="straight",
  attribution="implicit", cue="(continuation after the attributed quote)")
MA = dict(aliases=["Albescu", "Prof. Martin Albescu"], role="a cardiologist at St Brendan's Hospital in Glasgow")
Q("Martin Albescu", "encouraging but not conclusive.", **MA, marks="straight", syntax="phrase",
  cue="Prof. Martin Albescu ... called the results")
Q("Martin Albescu", "People who start walking more may also be changing other things - what they eat, how they sleep,", **MA,
  marks="straight", cue="he said")
Q("Martin Albescu", "An observational study can't fully untangle that.", **MA, marks="straight", attribution="implicit",
  cue="(continuation after the attributed quote)")
Q("Hannah Okoro", "a back-of-the-envelope number, not a promise.", **HO, marks="straight", syntax="phrase",
  cue="It was, she said, (Okoro, previous sentence)")
PM = dict(aliases=[], role="Trust chief executive")
Q("Paul Mercer", "We've known for a long time that moving more is good for you,", **PM, marks="straight",
  cue="said Trust chief executive Paul Mercer")
Q("Paul Mercer", "What people want to know is how little is enough. This gets us closer to an answer.", **PM, marks="straight",
  attribution="implicit", cue="(continuation after the attributed quote)")

F("quarter-mile", 0.25, "miles", "extra daily walking linked to lower blood pressure (headline)")
F("as little as 1/4 mile", 0.25, "miles", "extra daily walking associated with a drop in blood pressure", qualifier="as little as")
F("over 60", 60, "years", "age of the adults studied", ctx="among adults over 60", qualifier="over")
F("tens of thousands", None, "count", "people in the study", qualifier="tens of thousands of (unspecified)", vague=True)
F("41,800", 41800, "count", "participants whose data were analysed")
F("2011", 2011, "year", "year since which the Northern Lifestyle Cohort has followed volunteers")
F("About two-thirds", 0.6666666667, "fraction", "share of participants who were women", qualifier="about")
F("67", 67, "years", "participants' average age at the start")
F("at least 500", 500, "count", "extra daily steps of the group whose blood pressure fell", qualifier="at least",
  ctx="by at least 500 steps")
F("roughly a quarter of a mile", 0.25, "miles", "distance equivalent of 500 steps for most people", qualifier="roughly")
F("3.8 mmHg", 3.8, "mmHg", "average fall in systolic blood pressure among those who walked more")
F("four years", 4, "years", "period over which blood pressure fell by 3.8 mmHg")
F("2.1 mmHg", 2.1, "mmHg", "rise in readings in the group whose activity fell")
F("14%", 14, "percent", "lower risk of stroke admission in the top quarter for added steps")
F("-1.3%", -1.3, "percent", "change in average resting heart rate in the most active group")
F("dozens", None, "count", "earlier studies that found similar links", qualifier="dozens of (unspecified)", vague=True)
F("over 60", 60, "years", "age group in the national model", ctx="adult over 60 in Britain", qualifier="over")
F("500", 500, "count", "extra daily steps in the national model", ctx="added 500 steps a day")
F("minus five percent", -5, "percent", "modelled change in hospital admissions for stroke")
F("roughly 4,000", 4000, "count", "fewer stroke admissions a year in the national model", qualifier="roughly", note="a year")
F("£2.5 million", 2500000, "GBP", "Heart and Circulation Trust spending on a step-target trial")
F("three years", 3, "years", "period of the Trust's trial spending")
F("half", 0.5, "fraction", "share of the 3,000 trial volunteers to be given step targets", ctx="in which half of")
F("3,000", 3000, "count", "volunteers in the planned trial")
F("one in five", 0.2, "fraction", "share of participants owning a fitness tracker at the start")
F("just under half", 0.5, "fraction", "share of participants owning a fitness tracker by the end", qualifier="just under")

NF("top quarter", reason="Quartile group name ('the top quarter for added steps').")
NF("bottom quarter", reason="Quartile group name.")

RT("on Wednesday", resolved=None, note="No publication date in the article.")

P("University of Aldermoor", "ORG", None, "Researchers at the University of Aldermoor", ["actor"], aliases=["Aldermoor"])
P("Hannah Okoro", "PERSON", "the study's lead author and a senior lecturer in public health at Aldermoor", "said Dr. Hannah Okoro",
  ["quoted", "cited"], aliases=["Okoro", "Dr. Hannah Okoro"])
P("Martin Albescu", "PERSON", "a cardiologist at St Brendan's Hospital in Glasgow", "Prof. Martin Albescu, a cardiologist",
  ["quoted", "cited"], aliases=["Albescu", "Prof. Martin Albescu"])
P("Heart and Circulation Trust", "ORG", "a charity", "funded by the Heart and Circulation Trust", ["actor", "cited"])
P("Paul Mercer", "PERSON", "Trust chief executive", "said Trust chief executive Paul Mercer", ["quoted"])

M("Northern Lifestyle Cohort", "ORG", "Data source (a cohort study).")
M("Journal of Population Cardiology", "ORG", "Publication venue.")
M("St Brendan's Hospital", "ORG", "Only in Albescu's role.")
M("Glasgow", "GPE", "Only in Albescu's role.")
M("England", "GPE", "Cohort location.")
M("Scotland", "GPE", "Cohort location.")
M("Britain", "GPE", "Scope of the national model.")
d.NQ("Steps and Pressure in Later Life", marks="straight", reason="Title of the study.")
d.write()
