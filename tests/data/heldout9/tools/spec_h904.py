import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h904_tijuana_mayor_count_dispute")

S = dict(marks="straight")
SAL = dict(aliases=["Salgado"], role="of Movimiento Frontera")
RUE = dict(aliases=["Ruelas"], role="His lawyer")
INS = dict(stype="ORG", aliases=["IEEBC", "the institute"])
d.Q("Andrea Salgado", "Every package was opened twice, in public, with cameras running,", **SAL, **S,
    cue="Salgado told supporters")
d.Q("Andrea Salgado", "I will govern for the people who voted against me too.", **SAL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Rodrigo Villaseñor", "We are not asking anyone to give us this election. We are asking them to count it properly.",
    aliases=["Villaseñor"], role="a former federal deputy", **S,
    cue="Villaseñor, a former federal deputy, said at a news conference Wednesday night:", note="Colon-introduced.")
d.Q("Héctor Ruelas", "opened with scissors and closed with packing tape", **RUE, **S, syntax="phrase",
    cue="His lawyer, Héctor Ruelas, said 37 ballot packages had been",
    note="'His' = Villaseñor. 8-word verb phrase -> 'full' by the length rule.")
d.Q("Héctor Ruelas", "We have photographs of every one of them,", **RUE, **S, cue="he said",
    note="Pronoun speaker after two men are named ('Ruelas said Villaseñor would file ...'); 'he' = Ruelas, the "
         "subject of the sentence just before and the one who described the packages.")
d.Q("State Electoral Institute", "Each package was checked by representatives of both parties, and both signed the record,",
    **INS, **S, cue="the institute said in a statement")
d.Q("Organization of American States", "no evidence of systematic irregularities", stype="ORG", aliases=["OAS"], **S,
    syntax="phrase", cue="An observer mission from the Organization of American States (OAS) said in a preliminary "
    "report that it had found", note="The OAS observer mission's report goes to the organisation.")
d.Q("Andrea Salgado", "Yes, tomorrow. And I would win it again.", **SAL, **S,
    cue="Asked whether she would accept a full recount ..., Salgado said:",
    note="Question-and-answer paragraph; colon-introduced answer.")
d.Q("Laura Iturbide", "poison for investment.", role="Its acting president", **S, syntax="phrase",
    cue="Its acting president, Laura Iturbide, called the uncertainty",
    note="'Its' = the Border Industry Council. US-style period inside the marks.")
d.Q("Halcones de Frontera", "respect the tribunal and each other.", stype="ORG", **S, syntax="phrase",
    cue="the city's professional baseball club, weighed in, urging fans on Instagram to",
    note="Club's social-media post goes to the club. 6-word phrase -> fragment; period inside the marks.")

d.F("1,142", 1142, "count", "vote gap after the recount (headline)", ctx="leaves 1,142-vote")
d.F("June 7", "2026-06-07", "date", "date of the mayoral election", value_inferred=True,
    note="Year not written; the set's year (June 7, 2026 is a Sunday, election day in Mexico).")
d.F("1,142", 1142, "count", "Salgado's winning margin in votes", ctx="by 1,142 votes")
d.F("412", 412, "count", "polling stations recounted")
d.F("nine days", 9, "days", "length of the partial recount")
d.F("41.3 percent", 41.3, "percent", "Salgado's vote share")
d.F("40.9 percent", 40.9, "percent", "Villaseñor's vote share")
d.F("about 286,000", 286000, "count", "ballots cast", qualifier="about")
d.F("38 percent", 38, "percent", "turnout")
d.F("2007", 2007, "year", "last time turnout was this low")
d.F("twice", 2, "times", "times each package was opened (Salgado)", note="Number word inside a quote.")
d.F("37", 37, "count", "ballot packages allegedly tampered with (Ruelas)")
d.F("about 14.5 million pesos", 14500000, "MXN", "cost of the recount (IEEBC)", qualifier="about")
d.F("$790,000", 790000, "USD", "dollar cost of the recount")
d.F("two", 2, "count", "people injured in the polling-station fight", ctx="which two people")
d.F("three", 3, "count", "men detained by Tijuana Municipal Police", ctx="detained three men")
d.F("Aug. 15", "2026-08-15", "date", "deadline for the tribunal's ruling", value_inferred=True)
d.F("Oct. 1", "2026-10-01", "date", "when the new mayor takes office", value_inferred=True)
d.F("1,930", 1930, "count", "polling stations in total")
d.F("about 600", 600, "count", "export factories the Border Industry Council represents", qualifier="about")
d.F("some 240,000", 240000, "count", "people employed by those factories", qualifier="some")
d.F("about 70,000", 70000, "count", "vehicles crossing northbound on a typical weekday (CBP)", qualifier="about")
d.F("a week", 1, "weeks", "how long before the vote the poll was published", ctx="a week before", note="'a week before the vote'.")
d.F("4 points", 4, "percentage points", "Villaseñor's lead in the Semanario Costa Norte poll",
    note="Poll lead in points of vote share.")

d.NF("one", ctx="every one of them", reason="Idiom inside a quote ('every one of them').")
d.NF("one", ctx="ordered one", reason="Pronoun ('if the tribunal ordered one').")

d.RT("on Wednesday", resolved=None, note="Certification day, after the nine-day recount; no date is written.")
d.RT("Wednesday night", resolved=None)
d.RT("by Sunday", resolved=None)
d.RT("election night", resolved="2026-06-07")
d.RT("tomorrow", resolved=None, note="Inside a quote (hypothetical).")

d.P("State Electoral Institute", "ORG", None, "Baja California's State Electoral Institute (IEEBC) on Wednesday certified",
    ["actor", "quoted", "cited"], aliases=["IEEBC"], note="Later 'the institute'.")
d.P("Andrea Salgado", "PERSON", "of Movimiento Frontera", "certified Andrea Salgado of Movimiento Frontera",
    ["quoted", "actor"], aliases=["Salgado"])
d.P("Rodrigo Villaseñor", "PERSON", "a former federal deputy", "Villaseñor, a former federal deputy, said",
    ["quoted", "actor"], aliases=["Villaseñor"], note="Also 'Her rival' and 'of the Partido Cívico Nacional (PCN)'.")
d.P("State Electoral Tribunal of Baja California", "ORG", None, "before the State Electoral Tribunal of Baja California",
    ["actor"], note="Later 'the tribunal' ('must rule by Aug. 15').")
d.P("Héctor Ruelas", "PERSON", "His lawyer", "His lawyer, Héctor Ruelas, said", ["quoted", "cited"], aliases=["Ruelas"])
d.P("Organization of American States", "ORG", None, "An observer mission from the Organization of American States (OAS)",
    ["quoted", "cited"], aliases=["OAS"])
d.P("Attorney General's Office", "ORG", None, "The state Attorney General's Office said", ["cited", "actor"],
    note="Baja California's ('The state') prosecutor.")
d.P("Tijuana Municipal Police", "ORG", None, "Tijuana Municipal Police detained three men", ["actor"])
d.P("Border Industry Council", "ORG", None, "The Border Industry Council, which represents", ["actor"])
d.P("Laura Iturbide", "PERSON", "Its acting president", "Its acting president, Laura Iturbide, called", ["quoted"])
d.P("Halcones de Frontera", "ORG", "the city's professional baseball club",
    "Even the Halcones de Frontera, the city's professional baseball club, weighed in", ["quoted", "actor"])
d.P("U.S. Customs and Border Protection", "ORG", None, "according to U.S. Customs and Border Protection", ["cited"])
d.P("Semanario Costa Norte", "ORG", "the Tijuana weekly", "A poll published by the Tijuana weekly Semanario Costa Norte",
    ["cited"])
d.P("National Electoral Institute", "ORG", None, "The National Electoral Institute (INE), which trained", ["actor"],
    aliases=["INE"], note="Declined to comment (as dev4a's National League).")
d.M("Movimiento Frontera", "ORG", "Salgado's party; only in her affiliation ('of Movimiento Frontera').")
d.M("Partido Cívico Nacional", "ORG", "Villaseñor's party (PCN); only in his affiliation.")
d.M("Electoral Tribunal of the Federal Judiciary", "ORG", "Where any appeal would go (object only).")
d.M("Instagram", "PRODUCT", "Platform of the club's post.")
d.M("Tijuana", "GPE", "Location.")
d.M("Baja California", "GPE", "Location.")
d.M("Zona Río", "LOC", "Location.")
d.M("Playas de Tijuana", "LOC", "District.")
d.M("Otay Mesa", "LOC", "Port of entry.")
d.M("San Ysidro", "LOC", "Port of entry.")
d.M("San Diego", "GPE", "Location.")
d.M("Mexico City", "GPE", "Location.")
d.write()
