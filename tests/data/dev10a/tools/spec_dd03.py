import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dd03_alpine_lakes_warming_study")
d.B("*By Nadia Okafor, science correspondent — 8 October 2026*", "byline")

BRU = dict(aliases=["Brunner"], role="a professor of limnology at Rhône Valley University who led the study")
SOL = dict(aliases=["Solberg", "Prof Ingrid Solberg"],
           role="who studies lake physics at the Nordic Centre for Lake Science in Trondheim")
SFA = dict(stype="ORG", aliases=["SFA", "the federation"])
d.Q("Lena Brunner", "We expected the lakes to follow the air. Instead they are running ahead of it,", **BRU,
    cue="said Lena Brunner, a professor of limnology at Rhône Valley University who led the study",
    note="Long apposition after the name.")
d.Q("Lena Brunner", "Ice leaves earlier, the water sits in the sun for longer, and the heat feeds on itself.", **BRU,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Tomás Reyes", "Fish can move up a river. In a lake, there is nowhere to go,",
    aliases=["Reyes", "Dr Tomás Reyes", "the researcher"],
    role="a co-author from the Institute for Mountain Climate Research (IMCR) in Grenoble", cue="the researcher added",
    note="Reported speech first ('said the oxygen data were the most worrying part'), then a role-only attribution.")
d.Q("Hydro Alpes Énergie SA", "We are adjusting our forecasts, not our ambitions,", stype="ORG", aliases=["Hydro Alpes"],
    cue="a company spokesperson said", note="Unnamed spokesperson: the quote goes to the organisation.")
d.Q("Swiss Federation of Anglers", "Our members have watched this happen for years without the numbers to prove it. Now "
    "they have the numbers,", **SFA, cue="the federation said", note="Role-only organisation attribution.")
d.Q("Ingrid Solberg", "The direction is clear,", **SOL, syntax="clause", cue="Solberg said",
    note="Split quote, first half (attribution in the middle).")
d.Q("Ingrid Solberg", "but I would be careful with the exact rate.", **SOL, syntax="clause", cue="Solberg said",
    note="Split quote, second half.")
d.Q("Lena Brunner", "That is exactly why we used the satellites,", **BRU, cue="she said",
    note="Pronoun trap: two women are named ('Brunner and Solberg shared a panel'); 'she' = Brunner, the subject of "
         "the sentence before ('Brunner conceded that the early data were patchy').")
d.Q("World Meteorological Organization", "a useful warning from water, not just air.", stype="ORG",
    aliases=["WMO", "the UN agency"], syntax="phrase", cue="In a statement, the UN agency called the study",
    note="Role-only organisation attribution ('the UN agency' = the WMO, named in the sentence before); 8-word "
         "phrase -> full by the length rule.")

d.F("almost twice", 2, "times", "lake warming relative to air warming (headline)",
    ctx="almost twice as fast as the air, study", qualifier="almost")
d.F("almost twice", 2, "times", "lake warming relative to air warming", ctx="almost twice as fast as the air above",
    qualifier="almost")
d.F("40 years", 40, "years", "period of the comparison ('over the past 40 years')")
d.F("212", 212, "count", "lakes in the study")
d.F("1,500 metres", 1500, "metres", "altitude above which the lakes lie", note="'above 1,500 metres'.")
d.F("between 1985 and 2024", [1985, 2024], "year", "period of the temperature records")
d.F("1.9C", 1.9, "celsius", "average summer surface-water warming")
d.F("1.1C", 1.1, "celsius", "warming of the surrounding air")
d.F("17 days", 17, "days", "how much earlier the ice breaks up")
d.F("1980s", [1980, 1989], "year", "baseline decade for ice break-up", note="A decade as a year range.")
d.F("38", 38, "count", "lakes where bottom oxygen fell below the level trout need")
d.F("14", 14, "count", "dams Hydro Alpes runs in the Valais")
d.F("about a third", 0.3333333333, "fraction", "fall in Arctic char catches since 2010", qualifier="about")
d.F("2010", 2010, "year", "start of the fall in char catches")
d.F("2025", 2025, "year", "year that was Europe's third-warmest on record")
d.F("third", 3, "ordinal", "2025's rank among Europe's warmest years", ctx="third-warmest")
d.F("60", 60, "count", "lakes to be added in Slovenia and Germany")
d.F("272-lake", 272, "count", "lakes in the planned monitoring network")
d.F("30", 30, "count", "lakes to get oxygen sensors")
d.F("June 2027", "2027-06", "date", "deadline for installing the oxygen sensors")

d.NF("8", ctx="— 8 October", reason="Date in the byline.")
d.NF("2026", ctx="October 2026*", reason="Year in the byline.")

d.RT("on Wednesday", resolved="2026-10-07", note="Byline date 8 October 2026 is a Thursday.")
d.RT("on Tuesday", resolved="2026-10-06")
d.RT("last month", resolved="2026-09")

d.P("Rhône Valley University", "ORG", None, "The team, led by Rhône Valley University", ["actor"],
    note="Also inside Brunner's role.")
d.P("European Space Agency", "ORG", None, "satellite measurements from the European Space Agency (ESA)", ["cited"],
    aliases=["ESA"])
d.P("Lena Brunner", "PERSON", "a professor of limnology at Rhône Valley University who led the study", "said Lena Brunner",
    ["quoted", "actor"], aliases=["Brunner"], note="Possessor: 'Brunner’s team'.")
d.P("Swiss National Science Foundation", "ORG", None, "The work was funded by the Swiss National Science Foundation",
    ["actor"])
d.P("Aqualpina", "ORG", "a foundation", "and by Aqualpina, a foundation set up by", ["actor"],
    note="Funder; 'a foundation set up by the hydropower company Hydro Alpes Énergie SA'.")
d.P("Hydro Alpes Énergie SA", "ORG", "the hydropower company", "a foundation set up by the hydropower company Hydro Alpes",
    ["actor", "quoted", "cited"], aliases=["Hydro Alpes"])
d.P("Tomás Reyes", "PERSON", "a co-author from the Institute for Mountain Climate Research (IMCR) in Grenoble",
    "Dr Tomás Reyes, a co-author", ["quoted", "cited"], aliases=["Reyes"], note="Later 'the researcher'.")
d.P("Institute for Mountain Climate Research", "ORG", None, "IMCR scientists will install oxygen sensors", ["actor"],
    aliases=["IMCR"], note="Acronym introduced in brackets inside Reyes's role, later used alone as a modifier.")
d.P("Swiss Federation of Anglers", "ORG", None, "The Swiss Federation of Anglers (SFA) said catches", ["cited", "quoted"],
    aliases=["SFA"], note="Later 'the federation'.")
d.P("Ingrid Solberg", "PERSON", "who studies lake physics at the Nordic Centre for Lake Science in Trondheim",
    "Prof Ingrid Solberg, who studies lake physics", ["quoted", "cited", "actor"], aliases=["Solberg"])
d.P("World Meteorological Organization", "ORG", None, "The World Meteorological Organization (WMO) said last month",
    ["cited", "quoted"], aliases=["WMO"], note="Later 'the UN agency'.")
d.M("Freshwater Letters", "ORG", "Journal that published the study (venue). Unsure.")
d.M("Nordic Centre for Lake Science", "ORG", "Only in Solberg's role.")
d.M("Geneva Climate Forum", "ORG", "Event where Brunner and Solberg shared a panel (place).")
d.M("UN", "ORG", "In 'the UN agency' (the WMO).")
d.M("Nadia Okafor", "PERSON", "Byline author (boilerplate).")
d.M("Alps", "LOC", "Location.")
d.M("Europe", "LOC", "Background.")
d.M("Switzerland", "GPE", "Location.")
d.M("France", "GPE", "Location.")
d.M("Italy", "GPE", "Location.")
d.M("Austria", "GPE", "Location.")
d.M("Grenoble", "GPE", "Location.")
d.M("Valais", "GPE", "Location.")
d.M("Trondheim", "GPE", "Location.")
d.M("Slovenia", "GPE", "Location.")
d.M("Germany", "GPE", "Location.")
d.write()
