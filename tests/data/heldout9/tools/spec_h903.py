import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h903_france_teachers_strike")
d.B("*Claire Donnelly in Paris — Tuesday 14 April 2026*", "byline")

FER = dict(aliases=["Ferhat"], role="Its general secretary")
GAU = dict(aliases=["Gauthier", "Education Minister Thomas Gauthier", "the minister"], role="Education Minister")
LAU = dict(role="teaches maths at a collège in Saint-Denis")
d.Q("Nadia Ferhat", "being thanked instead of paid", **FER, syntax="phrase",
    cue="told France Inter that teachers were tired of", note="'Its' = the FUE. 5-word phrase -> fragment.")
d.Q("Nadia Ferhat", "We are not asking for a favour. We are asking to be paid like the graduates we are,", **FER,
    cue="she said")
d.Q("Thomas Gauthier", "The door of my office is open tonight and it will be open tomorrow,", **GAU,
    cue="Gauthier said afterwards")
d.Q("Thomas Gauthier", "very little room", **GAU, syntax="phrase", cue="he conceded that the 2027 budget had")
d.Q("Thomas Gauthier", "There is no magic envelope in a drawer at the ministry,", **GAU, cue="the minister said",
    note="Role-only attribution.")
d.Q("Élise Garnier", "The government will not reopen a budget that Parliament has already voted.",
    aliases=["Garnier", "Prime Minister Élise Garnier"], role="Prime Minister",
    cue="wrote in a letter to the unions on Monday:", note="Letter; colon-introduced.")
d.Q("Nadia Ferhat", "It is the same offer with a new date on it,", **FER, cue="she said",
    note="Pronoun speaker after two women are named ('Ferhat, who met Garnier ...'); 'she' = Ferhat, the subject of "
         "the sentence just before.")
d.Q("Sophie Laurent", "I have 31 pupils in a room built for 24. Six of them need support that nobody is paid to give them.",
    **LAU, open_end=True, cue="Sophie Laurent, 41, who teaches maths ..., said:",
    note="Colon-introduced multi-paragraph quote, first paragraph: opening mark, no closing mark.")
d.Q("Sophie Laurent", "I love this job. But I have started telling my students not to do it.", **LAU,
    layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)")
d.Q("Karim Benali", "Parents are not the enemy of this strike. We are its first supporters.",
    role="president of the parents’ federation Parents d’élèves de France", cue="The words came from Karim Benali",
    note="Quote attributed in the following sentence.")
d.Q("Gauche Unie", "an insult", stype="ORG", syntax="phrase", cue="The opposition Gauche Unie party called the "
    "government’s offer", note="Party as speaker (scare-quoted fragment).")

d.F("a decade", 10, "years", "since a strike this big (headline)", ctx="strike in a decade")
d.F("a decade", 10, "years", "since a walkout this large", ctx="walkout in a decade")
d.F("52.4%", 52.4, "percent", "secondary teachers on strike (ministry)")
d.F("31%", 31, "percent", "primary teachers on strike (ministry)", ctx="31% of primary")
d.F("68%", 68, "percent", "secondary teachers on strike (unions)")
d.F("45%", 45, "percent", "primary teachers on strike (unions)")
d.F("five", 5, "count", "unions in the strike alliance")
d.F("three hours", 3, "hours", "length of Gauthier's meeting with union leaders")
d.F("2027", 2027, "year", "budget year with very little room")
d.F("€1.2bn", 1200000000, "EUR", "government pay package")
d.F("February", "2026-02", "date", "when the €1.2bn package was announced", ctx="announced in February",
    value_inferred=True, note="Year from the byline (April 2026).")
d.F("ten years", 10, "years", "career span of teachers covered by the rise", ctx="first ten years")
d.F("3.5%", 3.5, "percent", "pay rise for teachers in their first ten years")
d.F("February", "2026-02", "date", "when Ferhat met Garnier", ctx="Matignon in February", value_inferred=True)
d.F("31", 31, "count", "pupils in Laurent's class (subheading)", ctx="Classes of 31")
d.F("41", 41, "years", "age of Sophie Laurent")
d.F("31", 31, "count", "pupils in Laurent's class", ctx="I have 31 pupils")
d.F("24", 24, "count", "pupils the room was built for")
d.F("Six", 6, "count", "pupils needing support (Laurent)")
d.F("26.1", 26.1, "count", "average lower-secondary class size in France (OPE)")
d.F("20.8", 20.8, "count", "EU average class size (OPE)")
d.F("15 years", 15, "years", "teacher experience in the OECD pay comparison")
d.F("about 14%", 14, "percent", "pay gap of French teachers versus peers (OECD)", qualifier="about")
d.F("38,000", 38000, "count", "marchers in Paris (police prefecture)")
d.F("120,000", 120000, "count", "marchers in Paris (FUE)")
d.F("about 140", 140, "count", "lycées blockaded (Voix lycéenne)", qualifier="about")
d.F("30 April", "2026-04-30", "date", "Conseil d'État ruling deadline", value_inferred=True)

d.NF("14", ctx="Tuesday 14 April", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("half", ctx="half-empty", reason="'half-empty' (descriptive adjective).")
d.NF("first", ctx="their first ten", reason="Part of the duration phrase 'first ten years' (the figure is 'ten years').")
d.NF("first", ctx="its first supporters", reason="Idiom inside a quote ('its first supporters').")

d.RT("on Tuesday", resolved="2026-04-14")
d.RT("midday", resolved="2026-04-14")
d.RT("tonight", resolved="2026-04-14", note="Inside a quote.")
d.RT("tomorrow", resolved="2026-04-15", note="Inside a quote.")
d.RT("on Monday", resolved="2026-04-13")

d.P("Ministry of National Education", "ORG", None, "According to the Ministry of National Education", ["cited"],
    note="Also 'the ministry' in Gauthier's quote.")
d.P("Fédération unitaire de l’enseignement", "ORG", None, "led by the Fédération unitaire de l’enseignement (FUE)",
    ["actor", "cited"], aliases=["FUE"])
d.P("Nadia Ferhat", "PERSON", "Its general secretary", "Its general secretary, Nadia Ferhat, told France Inter",
    ["quoted", "actor", "cited"], aliases=["Ferhat"])
d.P("France Inter", "ORG", None, "told France Inter", ["actor"], note="Broadcaster Ferhat spoke on (dev3 convention).")
d.P("Thomas Gauthier", "PERSON", "Education Minister", "Education Minister Thomas Gauthier met", ["quoted", "actor"],
    aliases=["Gauthier"], note="Later 'the minister'.")
d.P("Élise Garnier", "PERSON", "Prime Minister", "Prime Minister Élise Garnier wrote", ["quoted", "actor"],
    aliases=["Garnier"])
d.P("Sophie Laurent", "PERSON", "teaches maths at a collège in Saint-Denis", "Sophie Laurent, 41, who teaches maths",
    ["quoted"])
d.P("Observatoire des politiques éducatives", "ORG", "a Paris think tank",
    "A study by the Observatoire des politiques éducatives (OPE)", ["cited"], aliases=["OPE"])
d.P("Organisation for Economic Co-operation and Development", "ORG", None,
    "according to the Organisation for Economic Co-operation and Development (OECD)", ["cited"], aliases=["OECD"])
d.P("Karim Benali", "PERSON", "president of the parents’ federation Parents d’élèves de France",
    "The words came from Karim Benali", ["quoted"])
d.P("Parents d’élèves de France", "ORG", "the parents’ federation", "which urged families to keep children at home",
    ["actor"], aliases=["PEF"])
d.P("Paris police prefecture", "ORG", None, "The Paris police prefecture counted", ["cited"])
d.P("Voix lycéenne", "ORG", "a secondary-school students’ union", "Voix lycéenne, a secondary-school students’ union",
    ["cited"])
d.P("Gauche Unie", "ORG", "opposition party", "The opposition Gauche Unie party called", ["quoted", "actor"])
d.P("Mathieu Roche", "PERSON", "its leader", "its leader, Mathieu Roche, said", ["cited", "actor"],
    note="'its' = Gauche Unie.")
d.P("Conseil d’État", "ORG", "France’s highest administrative court", "the Conseil d’État, France’s highest administrative court",
    ["actor"])
d.M("National Assembly", "ORG", "Where the motion of censure would be tabled (object only).")
d.M("Parliament", "ORG", "Inside Garnier's letter.")
d.M("Matignon", "LOC", "Prime minister's residence (place of a meeting).")
d.M("EU", "ORG", "In 'an EU average'.")
d.M("Claire Donnelly", "PERSON", "Byline author (boilerplate).")
d.M("France", "GPE", "Background.")
d.M("Paris", "GPE", "Location.")
d.M("Saint-Denis", "GPE", "Location.")
d.write()
