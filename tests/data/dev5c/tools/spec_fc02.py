import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fc02_tacoma_police_vote")
d.B("_Published March 11, 2026_", "byline", note="Markdown publication line (italic).")
d.B("TACOMA, Wash. —", "dateline", partial=True)

S = dict(marks="straight")
KAL = dict(aliases=["Mayor Denise Kalama"], role="Mayor")
HAN = dict(aliases=[], role="Council member")
d.Q("Denise Kalama", "Tonight we refused to choose between cops and counselors,", **KAL, **S,
    cue="Mayor Denise Kalama said after the vote")
d.Q("Denise Kalama", "People in every neighborhood told us they want both.", **KAL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Andrea Solis", "We are losing officers faster than we can hire them,", aliases=["Police Chief Andrea Solis", "Solis"],
    role="Police Chief", **S, cue="Solis said")
d.Q("Brooke Hanley", "a blank check.", **HAN, **S, syntax="phrase", cue="Council member Brooke Hanley, ..., called the plan",
    note="Scare-quote fragment attributed in the sentence; period inside the marks.")
d.Q("Brooke Hanley", "We are adding payroll forever with money we only have once,", **HAN, **S, syntax="clause",
    cue="she said", note="Split quote, first half; pronoun speaker in a new paragraph.")
d.Q("Brooke Hanley", "and nobody has shown me the math.", **HAN, **S, syntax="clause", cue="she said",
    note="Split quote, second half.")
d.Q("Kyle Brandvold", "Forty officers won't fix two years of attrition. But it's the first honest step this city has taken.",
    aliases=["Sgt. Kyle Brandvold"], role="its president", **S,
    cue="In a post on PSPOG's website, its president, Sgt. Kyle Brandvold, wrote:",
    note="Colon-introduced quote from a written web post.")
d.Q("Omar Farouk", "We are the most expensive waiting room in Pierce County,", aliases=["Dr. Omar Farouk"],
    role="an emergency physician at St. Brigid Medical Center", **S, cue="he said")
d.Q("Lena Marsh", "tired of paying for patrol cars that never come.", aliases=[],
    role="who runs a coffee shop on Sixth Avenue", **S, syntax="phrase", cue="said she was",
    note="8-word phrase, so 'full' by the length rule.")
d.Q("Pierce County Labor Federation", "a promise kept.", aliases=[], role=None, stype="ORG", **S, syntax="phrase",
    cue="The Pierce County Labor Federation called the vote", note="Organisation as speaker of a scare-quote fragment.")
d.Q("patrol officer", "the lowest I've seen.", aliases=[], role="A patrol officer with 19 years on the force",
    stype="ANONYMOUS", **S, syntax="phrase", cue="who asked not to be named, said morale was",
    note="Anonymous officer; fragment.")

d.F("6-3", "6-3", "score", "council vote on the police and crisis-team package (headline)", ctx="votes 6-3",
    note="Vote tally stored like a score (string value). Unsure.")
d.F("40", 40, "count", "officers to be hired (headline)", ctx="hire 40 officers")
d.F("$6.2 million", 6200000, "USD", "cost of the crisis team (headline)", ctx="fund a $6.2 million")
d.F("more than five hours", 5, "hours", "length of public testimony", qualifier="more than")
d.F("6-3", "6-3", "score", "council vote on the package", ctx="voted 6-3", note="Vote tally. Unsure.")
d.F("40", 40, "count", "additional police officers to be hired", ctx="hire 40 more")
d.F("a decade", 10, "years", "period over which this is the city's biggest public safety expansion",
    note="'in a decade': A decade = 10 years (shared README rule).")
d.F("$18.4 million", 18400000, "USD", "cost of the whole package")
d.F("0.1%", 0.1, "percent", "sales tax approved by voters")
d.F("2024", 2024, "year", "year voters approved the 0.1% sales tax", ctx="approved in 2024")
d.F("11:52 p.m.", "23:52", "time", "time the package passed")
d.F("342", 342, "count", "current sworn officers in the Tacoma Police Department")
d.F("382", 382, "count", "sworn officers after the expansion")
d.F("mid-2027", "2027", "date", "when the department should reach 382 officers", qualifier="mid",
    note="'by' is a temporal relation; 'mid-' kept in the surface, value the year only.")
d.F("$6.2 million", 6200000, "USD", "cost of the crisis team", ctx="The $6.2 million crisis team")
d.F("about a quarter", 0.25, "fraction", "share of 911 calls without a weapon the crisis team would take",
    qualifier="about")
d.F("11 minutes 40 seconds", 700, "seconds", "average Priority 1 response time last year",
    note="Converted to seconds (dev3 race-time convention).")
d.F("8 minutes 15 seconds", 495, "seconds", "average Priority 1 response time in 2021")
d.F("2021", 2021, "year", "comparison year for response times")
d.F("57", 57, "count", "officers the department lost in 2025")
d.F("2025", 2025, "year", "year the department lost 57 officers and hired 31", ctx="officers in 2025")
d.F("31", 31, "count", "officers the department hired in 2025")
d.F("three", 3, "count", "council members who voted no")
d.F("$87,400", 87400, "USD", "starting salary for new recruits", note="Per year ('a year').")
d.F("$15,000 to $25,000", [15000, 25000], "USD", "hiring bonus range")
d.F("$14.9 million", 14900000, "USD", "department overtime cost in 2025")
d.F("2025", 2025, "year", "year of the $14.9 million overtime cost", ctx="$14.9 million in 2025")
d.F("nearly 40%", 40, "percent", "overtime spending above budget", qualifier="nearly")
d.F("about 300", 300, "count", "rank-and-file officers PSPOG represents", qualifier="about")
d.F("Forty", 40, "count", "officers to be hired (Brandvold)")
d.F("two years", 2, "years", "period of attrition (Brandvold)")
d.F("7.8%", 7.8, "percent", "fall in violent crime in Tacoma in 2025 (FBI data)", note="A fall; stored unsigned.")
d.F("2025", 2025, "year", "year of the FBI crime figures", ctx="fell 7.8% in 2025")
d.F("2.1%", 2.1, "percent", "rise in property crime in 2025")
d.F("-12.6%", -12.6, "percent", "change in car thefts on the city's dashboard")
d.F("2024", 2024, "year", "comparison year for car thefts", ctx="compared with 2024")
d.F("dozens", None, "count", "people in mental health crises seen weekly at the emergency department", vague=True,
    qualifier="dozens")
d.F("Several", None, "count", "speakers who opposed more policing", vague=True, qualifier="several")
d.F("34", 34, "years", "Lena Marsh's age", ctx="Marsh, 34")
d.F("19 years", 19, "years", "anonymous officer's time on the force")
d.F("May 1", "2026-05-01", "date", "earliest start of hiring", value_inferred=True,
    note="Year from the publication line (2026); 'as early as' is a temporal relation.")

d.NF("11", ctx="March 11, 2026", reason="Publication date in the byline line (boilerplate).")
d.NF("2026", ctx="March 11, 2026", reason="Publication year in the byline line (boilerplate).")
d.NF("911", reason="Emergency number (name), not a count.")
d.NF("1", ctx="Priority 1", reason="Numeral in a call category name (Priority 1).")
d.NF("one", ctx="one of three", reason="'one of' construction.")
d.NF("first", ctx="the first honest step", reason="Evaluative 'first' in a quote, not a fact.")
d.NF("Sixth", reason="Number word in a street name (Sixth Avenue).")

d.RT("late Tuesday", resolved="2026-03-10")
d.RT("Tonight", resolved="2026-03-10", note="Inside a quote.")
d.RT("last year", resolved="2025")
d.RT("last summer", resolved="2025 (summer)")
d.RT("every week", resolved=None, note="Frequency.")
d.RT("Friday", resolved="2026-03-13")

d.P("Tacoma City Council", "ORG", None, "the Tacoma City Council voted 6-3", ["actor"], note="Later 'the council'.")
d.P("Denise Kalama", "PERSON", "Mayor", "Mayor Denise Kalama said after the vote", ["quoted", "actor"],
    aliases=["Mayor Denise Kalama"], note="Later 'The mayor'.")
d.P("Arturo Reyes", "PERSON", "who chairs the council's public safety committee", "Council member Arturo Reyes, who chairs",
    ["actor"], aliases=["Reyes"], note="Also 'Council member'. Role kept as the relative clause. Unsure.")
d.P("Tacoma Police Department", "ORG", None, "It would grow the Tacoma Police Department", ["actor"],
    note="Later 'The department'.")
d.P("Harbor Light Outreach", "ORG", "a nonprofit", "social workers from Harbor Light Outreach", ["actor"])
d.P("Andrea Solis", "PERSON", "Police Chief", "Police Chief Andrea Solis told the council", ["quoted", "cited"],
    aliases=["Police Chief Andrea Solis", "Solis"])
d.P("Ron Bakshi", "PERSON", "Deputy Chief", "Deputy Chief Ron Bakshi said", ["cited"])
d.P("Brooke Hanley", "PERSON", "Council member", "Council member Brooke Hanley, one of three", ["quoted", "actor"])
d.P("city auditor's office", "ORG", None, "according to a report by the city auditor's office", ["cited"])
d.P("Puget Sound Police Officers' Guild", "ORG", None, "The Puget Sound Police Officers' Guild (PSPOG)",
    ["actor"], aliases=["PSPOG"], note="Acronym in brackets, then alone; 'the union's leader' refers to its president.")
d.P("Kyle Brandvold", "PERSON", "its president", "its president, Sgt. Kyle Brandvold, wrote", ["quoted"],
    aliases=["Sgt. Kyle Brandvold"], note="Later 'The union's leader'.")
d.P("Pierce County Labor Federation", "ORG", None, "The Pierce County Labor Federation called the vote",
    ["quoted"])
d.P("FBI", "ORG", None, "FBI data show violent crime", ["cited"])
d.P("Tacoma", "GPE", None, "The city's own dashboard puts car thefts", ["cited"],
    note="'The city's own dashboard' is cited; GPE counted as cited. Unsure.")
d.P("Omar Farouk", "PERSON", "an emergency physician at St. Brigid Medical Center", "Dr. Omar Farouk, an emergency",
    ["quoted", "cited"], aliases=["Dr. Omar Farouk"])
d.P("Lena Marsh", "PERSON", "who runs a coffee shop on Sixth Avenue", "Lena Marsh, 34", ["quoted"])
d.P("Paul Ostrander", "PERSON", "acting City Manager", "said acting City Manager Paul Ostrander", ["cited"])

d.M("St. Brigid Medical Center", "ORG", "Only inside Farouk's role.")
d.M("Pierce County", "GPE", "Inside a quote.")
d.M("Sixth Avenue", "FAC", "Street inside Marsh's description.")
d.write()
