import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dc03_eu_steel_safeguard_summit")
d.B("*By Katharina Lenz, Europe correspondent, Brussels — Friday 23 October 2026*", "byline")

MOR = dict(aliases=["Moreau", "the French president"], role="the French president")
WRO = dict(aliases=["Wrona"], role="Poland’s prime minister")
d.Q("Jonas Weber", "I will not sign something on a Friday morning that makes every German car €400 more expensive by "
    "Monday,", aliases=["Weber", "Chancellor Weber", "Chancellor Jonas Weber"], role="Chancellor of Germany",
    cue="Weber told reporters shortly after 3am")
d.Q("Élise Moreau", "Europe cannot be the only open door in a world of closed ones,", **MOR, cue="she said",
    note="'she' = Moreau, the only woman named so far.")
d.Q("Anders Holm", "the only credible option on the table", role="The Commission’s trade commissioner", syntax="phrase",
    cue="said in a statement that the proposal remained", note="Fragment (6 words) from a statement.")
d.Q("Tomasz Wrona", "Steel is not just another product. It is the backbone of our defence industry.", **WRO,
    cue="The words were those of Tomasz Wrona", note="Quote attributed in the following sentence.")
d.Q("Tomasz Wrona", "Berlin promised to think about it. In Brussels, that is almost a yes,", **WRO, cue="he said",
    note="Pronoun trap: two men are named ('Wrona and Weber met over breakfast'); 'he' = Wrona, the subject of the "
         "sentence before ('Wrona later said he had floated a compromise').")
d.Q("Élise Moreau", "We will come back in December with the same proposal, and with more friends,", **MOR,
    cue="the French president said", note="Role-only attribution of a person.")
d.Q("European Steel Producers’ Federation", "Every month of delay costs European producers about €300 million,",
    stype="ORG", aliases=["ESPF"], cue="according to the ESPF",
    note="'according to' attribution of a quote; acronym introduced in brackets, then used alone.")
d.Q("Petra Schulte", "a festival of postponement", role="Its chief executive", syntax="phrase",
    cue="called the summit", note="Scare-quoted fragment; 'Its' = Hütte Nordstahl AG.")
d.Q("Steel and Metalworkers’ Union", "The chancellor should visit Duisburg before he visits Brussels again,",
    stype="ORG", aliases=["SMU", "the union"], cue="the union said", note="Role-only organisation attribution.")
d.Q("Clara Brandt", "Both sides are right, which is why nobody will win,",
    role="a senior fellow at the Centre for European Trade Policy, a Brussels think tank",
    cue="said Clara Brandt, a senior fellow at the Centre for European Trade Policy")
d.Q("Felix Amsel", "The summit has bought another six months of uncertainty, and buyers will price it in,",
    role="the bank’s chief economist", cue="wrote in a note to clients",
    note="Written note; 'the bank' = Rheinwald Bank.")

d.F("40%", 40, "percent", "proposed cut in the tariff-free steel quota", ctx="by 40% and")
d.F("doubling", 2, "times", "proposed rise in the duty above the quota")
d.F("50%", 50, "percent", "proposed duty on imports above the quota")
d.F("€400", 400, "EUR", "extra cost per German car (Weber, in a quote)")
d.F("shortly after 3am", "03:00", "time", "when Weber spoke to reporters", qualifier="shortly after")
d.F("20%", 20, "percent", "quota cut in Wrona's compromise")
d.F("40%", 40, "percent", "Commission's proposed quota cut (compared)", ctx="rather than 40%")
d.F("17 December", "2026-12-17", "date", "next EU summit", value_inferred=True, note="Year from the byline (2026).")
d.F("December", "2026-12", "date", "when France will return with the proposal (in a quote)", ctx="back in December",
    value_inferred=True)
d.F("62%", 62, "percent", "capacity use of EU steel mills (ESPF)")
d.F("2009", 2009, "year", "last time capacity use was this low")
d.F("about €300 million", 300000000, "EUR", "monthly cost of delay to European producers (in a quote)",
    qualifier="about", note="Per month.")
d.F("third", 3, "ordinal", "Hütte Nordstahl's rank among German steelmakers", ctx="third-largest")
d.F("1,800", 1800, "count", "jobs Hütte Nordstahl will cut in Duisburg")
d.F("4.3%", 4.3, "percent", "fall in Nordstahl shares")
d.F("about 90,000", 90000, "count", "workers the SMU represents", qualifier="about")
d.F("11 November", "2026-11-11", "date", "Weber's meeting with steel executives", value_inferred=True)
d.F("2.4%", 2.4, "percent", "German inflation in September")
d.F("September", "2026-09", "date", "month of the 2.4% inflation", value_inferred=True)
d.F("at least two years", 2, "years", "typical length of a WTO dispute", qualifier="at least")
d.F("28%", 28, "percent", "imports' share of the EU steel market last year (Rheinwald Bank)")
d.F("six months", 6, "months", "further uncertainty (Amsel, in a quote)")

d.NF("23", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")

d.RT("the early hours of Friday", resolved="2026-10-23")
d.RT("on a Friday morning", resolved=None, note="Inside a quote.")
d.RT("by Monday", resolved=None, note="Inside a quote.")
d.RT("on Thursday", resolved="2026-10-22")
d.RT("next week", resolved=None)
d.RT("last year", resolved="2025")

d.P("European Union", "ORG", None, "European Union leaders broke up", ["actor"], aliases=["EU"],
    note="Modifier ('European Union leaders'); later 'the bloc', 'the EU market'.")
d.P("Germany", "GPE", None, "after Germany and France clashed", ["actor"], aliases=["Berlin"],
    note="'accused Berlin of', 'Berlin promised' (in a quote).")
d.P("France", "GPE", None, "after Germany and France clashed", ["actor"], aliases=["Paris"],
    note="'who sided with Paris'.")
d.P("European Commission", "ORG", None, "The European Commission had proposed", ["actor"], aliases=["Commission"],
    note="Possessor ('The Commission’s trade commissioner').")
d.P("Jonas Weber", "PERSON", "Chancellor of Germany", "Chancellor Jonas Weber of Germany", ["quoted", "actor"],
    aliases=["Weber"], note="Also 'Chancellor Weber' (title + surname) and 'The chancellor' (in the union's quote).")
d.P("Élise Moreau", "PERSON", "the French president", "Élise Moreau, the French president, accused", ["quoted", "actor"],
    aliases=["Moreau"])
d.P("Anders Holm", "PERSON", "The Commission’s trade commissioner", "The Commission’s trade commissioner, Anders Holm",
    ["quoted"])
d.P("Tomasz Wrona", "PERSON", "Poland’s prime minister", "The words were those of Tomasz Wrona", ["quoted", "actor"],
    aliases=["Wrona"])
d.P("European Steel Producers’ Federation", "ORG", None, "The European Steel Producers’ Federation (ESPF) says",
    ["cited", "quoted"], aliases=["ESPF"])
d.P("Hütte Nordstahl AG", "ORG", "Germany’s third-largest steelmaker", "Hütte Nordstahl AG, Germany’s third-largest "
    "steelmaker", ["actor"], aliases=["Nordstahl"], note="Later modifier 'Nordstahl shares'.")
d.P("Petra Schulte", "PERSON", "Its chief executive", "Its chief executive, Petra Schulte", ["quoted"])
d.P("Steel and Metalworkers’ Union", "ORG", None, "The Steel and Metalworkers’ Union (SMU), which represents",
    ["actor", "quoted"], aliases=["SMU"], note="Later 'the union'.")
d.P("Lukas Hartmann", "PERSON", "The country’s finance minister", "The country’s finance minister, Lukas Hartmann",
    ["cited"], note="'The country' = Germany.")
d.P("World Trade Organization", "ORG", None, "notified to the World Trade Organization (WTO)", ["actor"],
    aliases=["WTO"], note="After a preposition; later modifier 'A WTO dispute'. Unsure: could be a mentioned entity.")
d.P("India", "GPE", None, "where India has already threatened a challenge", ["actor"])
d.P("Clara Brandt", "PERSON", "a senior fellow at the Centre for European Trade Policy, a Brussels think tank",
    "said Clara Brandt", ["quoted"])
d.P("Rheinwald Bank", "ORG", None, "Analysts at Rheinwald Bank estimate", ["cited"], note="Later 'the bank’s'.")
d.P("Felix Amsel", "PERSON", "the bank’s chief economist", "the bank’s chief economist, Felix Amsel, wrote",
    ["quoted"])
d.M("Centre for European Trade Policy", "ORG", "Only in Brandt's role.")
d.M("Poland", "GPE", "In Wrona's role.")
d.M("Europe", "LOC", "In the byline and in quotes.")
d.M("Brussels", "GPE", "Location; also in quotes.")
d.M("Duisburg", "GPE", "Location.")
d.M("Frankfurt", "GPE", "Stock market location.")
d.M("Katharina Lenz", "PERSON", "Byline author (boilerplate).")
d.write()
