import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("kk05_stockton_budget_overtime_audit")
d.B("By Renee Okafor, City Hall reporter | June 11, 2026", "byline")
# Byline date Thursday 11 June 2026: undated dates take their year from it.
Q = lambda *a, **k: d.Q(*a, marks="straight", **k)  # straight quotes in this article

Q("Luis Carranza", "This is not the budget anyone wanted. It is the budget the numbers allow,",
  aliases=["Mayor Luis Carranza"], role="Mayor", cue="Mayor Luis Carranza said", note="Title before the name.")
Q("Janet Holloway", "We are balancing this budget on the backs of kids who do their homework at the library,",
  aliases=["Holloway"], role="Council member", cue="she said",
  note="'she' = Holloway, the subject of the sentence before ('Holloway said the library cuts …').")
Q("Derek Pham", "You do not cut overtime before you have hired the officers,", aliases=["Pham"], role="Council member",
  cue="he said", note="'he' = Pham ('Pham objected to the overtime cap.').")
Q("Grace Nwosu", "We found tens of thousands of dollars in overtime that nobody could explain,",
  aliases=["Nwosu", "City Auditor Grace Nwosu"], role="City Auditor", cue="Nwosu told the council")
Q("Harold Beck", "Every dollar we save on overtime is a dollar we do not take from parks,",
  aliases=["Beck", "City Manager Harold Beck"], role="City Manager", cue="Beck said")
Q("Tom Rourke", "We are already the third-lowest paid department in the county,", role="the guild's president",
  cue="said Tom Rourke, the guild's president", note="'the guild' = the Stockton Peace Officers Guild (sentence before).")
Q("Housing Authority of the County of San Joaquin", "no room left for a single new family.", stype="ORG",
  syntax="phrase", cue="It said it had",
  note="Letter to the council; 'It' = the housing authority (subject of the sentence before). 7-word phrase -> full.")
Q("Ana Ruiz", "I have been to 12 of these budget meetings, and every year they tell us next year will be better,",
  role="who has lived in Weston Ranch for 40 years", cue="she said",
  note="'she' = Ruiz, the only person named in the paragraph.")

d.F("$28.4 million", 28400000, "USD", "budget gap closed (headline)", ctx="closes $28.4 million")
d.F("2026/27", [2026, 2027], "year", "fiscal year of the budget (headline)", ctx="in 2026/27 budget",
    note="Fiscal year July 2026 to June 2027, as a year range (dev13b's '2026/27').")
d.F("5", 5, "count", "council votes for the budget", ctx="voted 5-2", note="Vote tally '5-2' split into two counts.")
d.F("2", 2, "count", "council votes against the budget", ctx="5-2 on")
d.F("$1.04 billion", 1040000000, "USD", "total 2026/27 budget")
d.F("2026/27", [2026, 2027], "year", "fiscal year of the budget", ctx="the 2026/27 fiscal year")
d.F("$28.4 million", 28400000, "USD", "budget gap closed", ctx="closing a $28.4 million gap")
d.F("$312 million", 312000000, "USD", "general fund spending in 2026/27")
d.F("July 1", "2026-07-01", "date", "start of the fiscal year", value_inferred=True,
    note="Year not written; from the byline (11 June 2026).")
d.F("3.9%", 3.9, "percent", "fall in general fund spending from 2025/26", note="'down 3.9%': stored as a size.")
d.F("2025/26", [2025, 2026], "year", "previous fiscal year", note="Fiscal year as a year range.")
d.F("hundreds", None, "count", "jobs the hiring freeze will leave vacant", vague=True, qualifier="hundreds",
    note="Vague amount ('hundreds of jobs').")
d.F("2%", 2, "percent", "Proposition 13 cap on increases in assessed property values", note="Per year ('a year').")
d.F("11:40 p.m.", "23:40", "time", "time of the vote")
d.F("more than five hours", 5, "hours", "length of public comment", qualifier="more than")
d.F("dozens", None, "count", "people who spoke in public comment", vague=True, qualifier="dozens",
    note="Vague amount ('dozens of people').")
d.F("four", 4, "count", "library branches to close on Mondays", ctx="all four branches")
d.F("2019-2023", [2019, 2023], "year", "period of police payroll the audit examined",
    note="'from 2019-2023' ('from' left out); year span as a year range.")
d.F("December 2021-June 2023", "2021-12/2023-06", "date", "period in which every pay period overspent on overtime",
    note="A range of months as a date-range string (dev13a's 'between March 2021 and June 2022').")
d.F("between $62 and $68", [62, 68], "USD", "officers' hourly overtime pay", note="Per hour ('an hour').")
d.F("more than 30 hours", 30, "hours", "overtime some officers logged a week", qualifier="more than", note="Per week.")
d.F("tens of thousands of dollars", None, "USD", "unexplained overtime found by the audit (Nwosu, in a quote)",
    vague=True, qualifier="tens of thousands", note="Vague amount (as dev13b's 'tens of millions of reais').")
d.F("$800,000 to $1.3 million", [800000, 1300000], "USD", "yearly cost of the scheduling consultant",
    note="Range; per year ('a year').")
d.F("$210 million", 210000000, "USD", "pension bonds Beck wants to refinance")
d.F("20 or 30 years", [20, 30], "years", "possible refinancing terms of the pension bonds",
    note="Two alternative terms ('20 or 30 years') stored as a range [low, high]. Unsure.")
d.F("$4 million to $6 million", [4000000, 6000000], "USD", "possible yearly savings from refinancing",
    note="Range; per year ('a year').")
d.F("about 390", 390, "count", "officers the guild represents", qualifier="about")
d.F("third", 3, "ordinal", "the department is the third-lowest paid in the county (Rourke, in a quote)",
    note="'third-lowest' is ordinal 3 with the surface 'third' (dev13a's 'third-largest').")
d.F("about 4,100", 4100, "count", "families on the housing authority's waiting list", qualifier="about")
d.F("71", 71, "years", "age of Ana Ruiz")
d.F("40 years", 40, "years", "time Ruiz has lived in Weston Ranch")
d.F("12", 12, "count", "budget meetings Ruiz has attended (in a quote)", ctx="been to 12 of")
d.F("16.5%", 16.5, "percent", "city reserve as a share of general fund spending")
d.F("15%", 15, "percent", "council's reserve target")

d.NF("11", ctx="June 11, 2026", reason="Date in the byline.")
d.NF("2026", ctx="11, 2026", reason="Year in the byline.")
d.NF("13", ctx="Proposition 13", reason="Numeral inside the name of a state law ('Proposition 13').")
d.NF("8", ctx="Section 8", reason="Numeral inside a programme name ('Section 8' vouchers).")
d.NF("one", ctx="was one of the last", reason="'one of the last speakers': not a count.")

d.RT("on Tuesday night", resolved="2026-06-09")
d.RT("this year", resolved="2026")
d.RT("every year", resolved=None, note="Inside a quote; habitual.")
d.RT("next year", resolved=None, note="Inside a quote; generic.")

d.P("City Council", "ORG", None, "Stockton's City Council voted 5-2 on Tuesday night", ["actor"],
    note="Later 'the council'.")
d.P("Stockton", "GPE", None, "Stockton closes $28.4 million gap", ["actor"],
    note="The city acts ('the city would hire', 'the city cannot simply raise more'). Unsure, as dev13a's acting GPEs.")
d.P("Luis Carranza", "PERSON", "Mayor", "Mayor Luis Carranza said after the vote", ["quoted"], aliases=["Carranza"])
d.P("Janet Holloway", "PERSON", "Council member", "Council members Janet Holloway and Derek Pham voted no",
    ["actor", "quoted", "cited"], aliases=["Holloway"])
d.P("Derek Pham", "PERSON", "Council member", "Council members Janet Holloway and Derek Pham voted no",
    ["actor", "quoted", "cited"], aliases=["Pham"])
d.P("Grace Nwosu", "PERSON", "City Auditor", "The cap follows an audit by City Auditor Grace Nwosu", ["actor", "quoted"],
    aliases=["Nwosu"])
d.P("Harold Beck", "PERSON", "City Manager", "City Manager Harold Beck said the city would hire", ["cited", "quoted"],
    aliases=["Beck"])
d.P("Stockton Peace Officers Guild", "ORG", None, "The Stockton Peace Officers Guild, which represents about 390 officers",
    ["cited"], note="Later 'the guild's president'.")
d.P("Tom Rourke", "PERSON", "the guild's president", "said Tom Rourke, the guild's president", ["quoted"])
d.P("Housing Authority of the County of San Joaquin", "ORG", None,
    "The Housing Authority of the County of San Joaquin said in a letter", ["cited", "quoted"])
d.P("Ana Ruiz", "PERSON", "who has lived in Weston Ranch for 40 years", "Ana Ruiz, 71, who has lived in Weston Ranch",
    ["quoted", "actor"])
d.M("Renee Okafor", "PERSON", "Byline author (boilerplate).")
d.M("City Hall", "ORG", "Only in the byline (the reporter's beat).")
d.M("Proposition 13", "MISC", "California law capping property tax increases.")
d.M("Section 8", "MISC", "Federal housing voucher programme.")
d.M("Weston Ranch", "GPE", "Neighbourhood where Ruiz lives.")
d.M("San Joaquin", "GPE", "County (inside the housing authority's name).")
d.write()
