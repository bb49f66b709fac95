import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj06_kansas_governor_rally")
d.B("WICHITA, Kan. —", "dateline", partial=True)

S = dict(marks="straight")
LIN = dict(aliases=["Lindqvist", "Democrat Sara Lindqvist"], role="a former Wichita mayor")
KOLB = dict(aliases=["Kolb", "Gov. Brent Kolb", "Brent Kolb"], role="Gov.")
DUNL = dict(aliases=["Dunleavy", "Colorado Gov. Patricia Dunleavy"], role="Colorado Gov.")
FIS = dict(aliases=[], role="an aircraft mechanic from Derby")

d.Q("Sara Lindqvist", "Kansas is not for sale,", '"Kansas is not for sale," Lindqvist tells', **LIN, **S,
    cue="(headline) Lindqvist tells 3,000 at Wichita rally",
    note="Headline quote with a surname-only attribution in the headline; the same words close her body quote.")
d.Q("Sara Lindqvist", "sold the state one tax break at a time,", **LIN, **S, syntax="phrase",
    cue="Democrat Sara Lindqvist told about 3,000 supporters ... that Gov. Brent Kolb had",
    note="Quoted verb phrase in reported speech; Kolb (the subject of the reported clause) is not the speaker. "
         "8-word phrase -> full.")
d.Q("Sara Lindqvist", "When I was mayor, we didn't ask whether a pothole was Republican or Democratic. We fixed it.",
    **LIN, **S, open_end=True, cue="she said (end of the next paragraph)",
    note="AP-style multi-paragraph quote: the paragraph opens with a quote mark and has no closing mark; the next "
         "paragraph reopens the quote and ends with 'she said'. Lindqvist is the subject of the paragraph before.")
d.Q("Sara Lindqvist", "That's the job, and Brent Kolb forgot it somewhere between Topeka and his donors' golf course,",
    **LIN, **S, layout="multi-paragraph", cue="she said",
    note="Second paragraph of the multi-paragraph quote; 'Brent Kolb' inside is not the speaker.")
d.Q("Sara Lindqvist", "Kansas is not for sale.", "said. \"Kansas is not for sale.\"", **LIN, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("a man near the back", "Who pays for the budget hole?", stype="ANONYMOUS", **S,
    cue="a man near the back shouted,", note="Unnamed heckler: ANONYMOUS speaker; question quote.")
d.Q("Sara Lindqvist", "Sir, I'll email you the spreadsheet,", **LIN, **S, cue="she said",
    note="'she' = Lindqvist ('Lindqvist paused.' just before); the heckler is a man.")
d.Q("Patricia Dunleavy", "the most stubborn person I have ever worked with.", **DUNL, **S, syntax="phrase",
    cue="Dunleavy, who has known Lindqvist since both were big-city mayors, praised her as",
    note="'her' = Lindqvist, the person described, not the speaker. 8-word phrase -> full.")
d.Q("Patricia Dunleavy", "In politics, that is a compliment,", **DUNL, **S, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Dunleavy, who has known Lindqvist ..., praised "
         "her'); 'she' = Dunleavy, its subject, not Lindqvist, the last woman named.")
d.Q("Marcus Ybarra", "We have hospitals closing in towns of 2,000 people,",
    aliases=["Ybarra", "state Sen. Marcus Ybarra", "the state senator"], role="state Sen. of Dodge City", **S,
    cue="the state senator said",
    note="Role-only person attribution ('the state senator' = state Sen. Marcus Ybarra, Lindqvist's running mate, "
         "subject of the sentence before).")
d.Q("Brent Kolb",
    "She's promising free groceries and sending the bill to the people who sign paychecks. Kansans have seen that movie.",
    **KOLB, **S, cue="Kolb, who was campaigning in Garden City on Saturday, told reporters:",
    note="Colon-introduced quote; 'She' = Lindqvist.")
d.Q("Kolb for Kansas", "a fantasy with a price tag.", stype="ORG", aliases=["The governor's campaign"],
    role="The governor's campaign", **S, syntax="phrase",
    cue="The governor's campaign, Kolb for Kansas, said in a statement that the grocery plan was",
    note="Campaign committee statement -> ORG, not Gov. Kolb. 6-word phrase -> fragment.")
d.Q("Curtis Vane", "would turn Kansas into Colorado with worse weather.", aliases=["Lt. Gov. Curtis Vane"],
    role="Lt. Gov.", **S, syntax="phrase", cue="Kolb's running mate, Lt. Gov. Curtis Vane, wrote on X that Lindqvist",
    note="Post on X in reported speech. 7-word phrase -> full.")
d.Q("Darnell Fischer", "I voted for Kolb four years ago,", **FIS, **S,
    cue="said Darnell Fischer, 44, an aircraft mechanic from Derby",
    note="Speaker introduced after the quote; 'Kolb' inside the quote is not the speaker.")
d.Q("Darnell Fischer", "He promised my paycheck would go further. It didn't.", **FIS, **S, attribution="implicit",
    cue="(continuation of the previous quote)",
    note="Must not go to Ray Tuttle, the last person named ('who came with his brother-in-law, Ray Tuttle').")
d.Q("Haley Brandt", "Every vote in Sedgwick County is a vote she has to earn,", role="Kolb spokeswoman", **S,
    cue="said Kolb spokeswoman Haley Brandt, who attended the rally as an observer",
    note="Named spokesperson (role before the name) -> the person; 'she' inside the quote = Lindqvist.")

d.F("3,000", 3000, "count", "rally crowd (headline)", ctx="tells 3,000 at")
d.F("about 3,000", 3000, "count", "supporters at the rally", qualifier="about")
d.F("2026", 2026, "year", "year of the race for governor")
d.F("Nov. 3", "2026-11-03", "date", "election day", value_inferred=True,
    note="No date line; the latest year the article writes is 2026 ('the 2026 race for governor').")
d.F("35 minutes", 35, "minutes", "length of Lindqvist's speech")
d.F("$310 million", 310000000, "USD", "yearly business tax credits Lindqvist would end", note="Per year ('a year').")
d.F("zero", 0, "percent", "state sales tax on groceries under Lindqvist's plan", note="Rate cut 'to zero'.")
d.F("2,000", 2000, "count", "population of towns where hospitals are closing (Ybarra, in a quote)")
d.F("700", 700, "count", "likely voters surveyed by Sunflower Polling")
d.F("47%", 47, "percent", "Kolb's support (Sunflower Polling)")
d.F("44%", 44, "percent", "Lindqvist's support (Sunflower Polling)")
d.F("plus or minus 3.7 percentage points", 3.7, "percentage points", "poll's margin of error", qualifier="plus or minus")
d.F("first", 1, "ordinal", "Kolb's term won in 2022", ctx="his first term")
d.F("2022", 2022, "year", "when Kolb won his first term")
d.F("8 points", 8, "percentage points", "Kolb's 2022 winning margin")
d.F("up to two hours", 2, "hours", "time supporters waited in line", qualifier="up to")
d.F("four years", 4, "years", "since Fischer voted for Kolb (in a quote; 'four years ago')")
d.F("44", 44, "years", "age of Darnell Fischer", ctx="Fischer, 44,")
d.F("11 points", 11, "percentage points", "Lindqvist's margin in Sedgwick County in her last mayoral race")

d.NF("one", ctx="one tax break at a time", reason="Idiom inside a quote ('one ... at a time').")

d.RT("Saturday", ctx="here Saturday", resolved=None)
d.RT("on Saturday", resolved=None)
d.RT("last week", resolved=None)
d.RT("when she last ran for mayor", resolved=None)

d.P("Sara Lindqvist", "PERSON", "a former Wichita mayor", "Democrat Sara Lindqvist told about 3,000 supporters",
    ["quoted", "actor"], aliases=["Lindqvist"], note="Democratic candidate for governor.")
d.P("Brent Kolb", "PERSON", "Gov.", "that Gov. Brent Kolb had", ["quoted", "actor"], aliases=["Kolb"],
    note="Republican incumbent; later 'The governor's campaign' (his committee).")
d.P("Patricia Dunleavy", "PERSON", "Colorado Gov.", "She was introduced by Colorado Gov. Patricia Dunleavy",
    ["quoted", "actor"], aliases=["Dunleavy"])
d.P("Marcus Ybarra", "PERSON", "state Sen. of Dodge City", "Lindqvist's running mate, state Sen. Marcus Ybarra of Dodge City",
    ["quoted", "actor"], note="Lindqvist's running mate; later 'the state senator'.")
d.P("Kolb for Kansas", "ORG", "The governor's campaign", "The governor's campaign, Kolb for Kansas, said in a statement",
    ["quoted"])
d.P("Curtis Vane", "PERSON", "Lt. Gov.", "Kolb's running mate, Lt. Gov. Curtis Vane, wrote on X", ["quoted"],
    note="Kolb's running mate.")
d.P("Sunflower Polling", "ORG", None, "A Sunflower Polling survey of 700 likely voters", ["cited"])
d.P("Darnell Fischer", "PERSON", "an aircraft mechanic from Derby", "said Darnell Fischer, 44, an aircraft mechanic",
    ["quoted", "actor"])
d.P("Ray Tuttle", "PERSON", "his brother-in-law", "who came with his brother-in-law, Ray Tuttle", ["actor"],
    note="Fischer's brother-in-law; the trap name before Fischer's continued quote.")
d.P("Haley Brandt", "PERSON", "Kolb spokeswoman", "said Kolb spokeswoman Haley Brandt", ["quoted", "actor"])
d.M("WICHITA", "GPE", "Dateline.")
d.M("Wichita", "GPE", "Rally city; in Lindqvist's role.")
d.M("Kansas", "GPE", "The state (background).")
d.M("Topeka", "GPE", "State capital (in quotes and as metonym).")
d.M("Colorado", "GPE", "Dunleavy's state.")
d.M("Dodge City", "GPE", "In Ybarra's role.")
d.M("Garden City", "GPE", "Where Kolb campaigned.")
d.M("X", "ORG", "Platform of Vane's post.")
d.M("Derby", "GPE", "Fischer's town.")
d.M("Sedgwick County", "GPE", "County (in Brandt's quote).")
d.M("Democrat", "NORP", "Party label.")
d.write()
