import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj02_georgia_governor_poll")
d.B("*By Renee Castillo, politics reporter — Sept. 22, 2026*", "byline")

WHI = dict(aliases=["the pollster"], role="who directed the poll for Altamaha")
PRU = dict(aliases=["Pruitt", "Attorney General Wade Pruitt"], role="Attorney General")
DUR = dict(aliases=["Durand", "State Sen. Keisha Durand"], role="State Sen.")
CAL = dict(aliases=["Callahan", "Gov. Ray Callahan", "the governor"], role="Gov.")
FAR = dict(aliases=[], role="a political scientist at Georgia State University who worked on Callahan’s 2018 "
                             "transition team")
HAY = dict(aliases=["Haynes"], role="a retired machinist in Columbus")

d.Q("Dana Whitley", "A coin flip", "‘A coin flip’:", **WHI, marks="single", syntax="phrase",
    cue="(headline; the speaker is named only in the body: 'said Dana Whitley, who directed the poll')",
    note="Headline quote in curly single marks; the words come from Whitley's body quote ('This is a coin flip ...'). "
         "3-word phrase -> fragment.")
d.Q("Dana Whitley", "This is a coin flip with a slight Democratic lean, and the lean is smaller than the margin,", **WHI,
    cue="said Dana Whitley, who directed the poll for Altamaha", note="Speaker introduced after the quote.")
d.Q("Dana Whitley", "mostly because Republicans came home.", **WHI, syntax="clause",
    cue="the race has tightened since, the pollster said,",
    note="Role-only person attribution ('the pollster' = Whitley, sentence before). A subordinate clause with its own "
         "verb -> full.")
d.Q("Wade Pruitt", "noise", **PRU, syntax="phrase",
    cue="Pruitt, who is backed by term-limited Gov. Ray Callahan, called the poll ... in an interview on the Sunday "
        "program",
    note="One scare-quoted word attributed in the sentence ('called the poll “noise”'); TV interview. Not Callahan, "
         "the last person named before it. Fragment.")
d.Q("Wade Pruitt", "I’ve been behind in every race I’ve ever won,", **PRU, syntax="clause", cue="Pruitt said",
    note="Split quote, first half.")
d.Q("Wade Pruitt", "and polls in September don’t swear anybody in.", **PRU, syntax="clause", cue="Pruitt said",
    note="Split quote, second half.")
d.Q("Keisha Durand", "Tied six weeks out? Georgia is ready. Now let’s go knock on some doors.", **DUR,
    cue="Durand, campaigning in Savannah, wrote on X:", note="Colon-introduced post on X; opens with a question.")
d.Q("Monique Farrow", "Durand’s problem is the rural vote, and Pruitt’s problem is the suburbs,", **FAR,
    cue="said Monique Farrow, a political scientist at Georgia State University",
    note="Speaker introduced after the quote; 'Durand' and 'Pruitt' inside the quote are not the speaker.")
d.Q("Monique Farrow", "Whoever fixes theirs first wins.", **FAR, attribution="implicit",
    cue="(continuation of the previous quote)",
    note="Must not go to Callahan, the last person named (inside Farrow's role).")
d.Q("Alicia Greer", "We have 41 offices open and more than 9,000 volunteers, and we intend to use every one of them,",
    aliases=["Greer"], role="Durand’s campaign manager", cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Greer, who managed Durand’s 2022 state Senate "
         "race, said'); 'she' = Greer, its subject, not Durand, the last woman named.")
d.Q("Pruitt for Georgia", "wants to run Georgia the way Atlanta runs its traffic.", stype="ORG",
    aliases=["the attorney general’s campaign"], role="Pruitt’s campaign committee", syntax="phrase",
    cue="In a statement, the attorney general’s campaign said Durand",
    note="Role-only organisation attribution ('the attorney general’s campaign' = Pruitt for Georgia, sentence "
         "before); statement -> ORG, kept separate from the candidate. 10-word phrase -> full.")
d.Q("Ray Callahan", "Wade is going to win this thing. I’d bet my truck on it.", **CAL,
    cue="Callahan, asked about the poll at an event in Macon, said:", note="Colon-introduced quote. 'Wade' = Pruitt.")
d.Q("Ray Callahan", "You don’t win Georgia by only talking to the people who already agree with you,", **CAL,
    cue="the governor said", note="Role-only person attribution ('the governor' = Gov. Ray Callahan).")
d.Q("Joel Stroud", "not spoilers, just Georgians.", aliases=["Stroud", "Libertarian Joel Stroud"], role="Libertarian",
    syntax="phrase", cue="Stroud, reached by phone, said his voters were", note="4-word phrase -> fragment.")
d.Q("Terrell Haynes", "I like her, but I like my gas prices lower,", **HAY, cue="Haynes said",
    note="'her' = Durand. Follow-up interview with a poll respondent.")
d.Q("Terrell Haynes", "Ask me on Nov. 3.", **HAY, attribution="implicit", cue="(continuation of the previous quote)")

d.NQ("Georgia This Week.", reason="Title of a TV program in quotation marks (period inside the marks).")

d.F("six weeks", 6, "weeks", "time left before the election for governor", ctx="tied six weeks before")
d.F("46%", 46, "percent", "Durand's support (Herald poll)")
d.F("44%", 44, "percent", "Pruitt's support (Herald poll)")
d.F("1,204", 1204, "count", "likely voters surveyed")
d.F("Sept. 14-18", "2026-09-14/2026-09-18", "date", "fieldwork dates of the poll", value_inferred=True,
    note="Year from the byline date (Sept. 22, 2026).")
d.F("plus or minus 2.8 percentage points", 2.8, "percentage points", "poll's margin of error", qualifier="plus or minus")
d.F("3%", 3, "percent", "Stroud's support")
d.F("7%", 7, "percent", "undecided likely voters", ctx="and 7% were")
d.F("June", "2026-06", "date", "Altamaha's previous survey", value_inferred=True, note="Year from the byline date.")
d.F("6 points", 6, "percentage points", "Durand's lead in the June survey")
d.F("six weeks", 6, "weeks", "time left before the election (Durand's post, in a quote)", ctx="Tied six weeks out")
d.F("48%", 48, "percent", "Durand's support among independents")
d.F("37%", 37, "percent", "Pruitt's support among independents")
d.F("14 points", 14, "percentage points", "Durand's lead among women")
d.F("12 points", 12, "percentage points", "Pruitt's lead among men")
d.F("nearly 2 to 1", 2, "ratio", "Pruitt's lead among rural voters", qualifier="nearly", note="2:1.")
d.F("about a quarter", 0.25, "fraction", "share of the state's likely voters living in Cobb and Gwinnett counties",
    qualifier="about")
d.F("55%", 55, "percent", "Durand's support in Cobb and Gwinnett counties")
d.F("39%", 39, "percent", "Pruitt's support in Cobb and Gwinnett counties")
d.F("2018", 2018, "year", "Callahan's transition (Farrow's role)")
d.F("$3.1 million", 3100000, "USD", "money Durand's campaign raised in August")
d.F("August", "2026-08", "date", "month of the fundraising totals", value_inferred=True, note="Year from the byline date.")
d.F("2022", 2022, "year", "Durand's state Senate race managed by Greer")
d.F("41", 41, "count", "Durand campaign field offices open (in a quote)", ctx="We have 41 offices")
d.F("more than 9,000", 9000, "count", "Durand campaign volunteers (in a quote)", qualifier="more than")
d.F("$2.7 million", 2700000, "USD", "money Pruitt for Georgia raised in August")
d.F("41%", 41, "percent", "respondents naming the economy as the top issue")
d.F("18%", 18, "percent", "respondents naming housing costs as the top issue")
d.F("52", 52, "years", "age of Terrell Haynes")
d.F("Nov. 3", "2026-11-03", "date", "election day (Haynes, in a quote)", value_inferred=True,
    note="Year from the byline date.")

d.NF("22", ctx="Sept. 22, 2026", reason="Date in the byline.")
d.NF("2026", ctx="22, 2026*", reason="Year in the byline.")
d.NF("first", ctx="fixes theirs first", reason="Adverb inside a quote ('whoever fixes theirs first').")
d.NF("one", ctx="every one of them", reason="Idiom inside a quote ('every one of them').")

d.RT("the same month", resolved="2026-08")

d.P("Keisha Durand", "PERSON", "State Sen.", "State Sen. Keisha Durand and Attorney General Wade Pruitt are",
    ["quoted", "actor"], aliases=["Durand"], note="The Democrat in the race.")
d.P("Wade Pruitt", "PERSON", "Attorney General", "State Sen. Keisha Durand and Attorney General Wade Pruitt are",
    ["quoted", "actor"], aliases=["Pruitt"], note="The Republican in the race; 'Wade' in Callahan's quote.")
d.P("Peachtree Herald", "ORG", None, "according to a new Peachtree Herald poll", ["cited"], aliases=["Herald"],
    note="The publishing newspaper, which commissioned the poll (Unsure: a publisher is usually not a participant, "
         "but its poll is the cited source).")
d.P("Altamaha Research", "ORG", None, "conducted Sept. 14-18 by Altamaha Research for the Herald", ["actor", "cited"],
    aliases=["Altamaha"], note="Polling firm; later 'The firm’s June survey'.")
d.P("Joel Stroud", "PERSON", "Libertarian", "Libertarian Joel Stroud drew 3%", ["quoted", "actor"], aliases=["Stroud"])
d.P("Dana Whitley", "PERSON", "who directed the poll for Altamaha", "said Dana Whitley, who directed the poll",
    ["quoted"], note="Later 'the pollster'.")
d.P("Ray Callahan", "PERSON", "Gov.", "Pruitt, who is backed by term-limited Gov. Ray Callahan", ["quoted", "actor"],
    aliases=["Callahan"], note="Term-limited; later 'The governor'.")
d.P("Monique Farrow", "PERSON",
    "a political scientist at Georgia State University who worked on Callahan’s 2018 transition team",
    "said Monique Farrow, a political scientist", ["quoted"])
d.P("Alicia Greer", "PERSON", "Durand’s campaign manager", "Alicia Greer, Durand’s campaign manager, said",
    ["quoted", "cited"], aliases=["Greer"])
d.P("Pruitt for Georgia", "ORG", "Pruitt’s campaign committee", "Pruitt’s campaign committee, Pruitt for Georgia, said",
    ["quoted", "cited"], note="Later 'the attorney general’s campaign'.")
d.P("Terrell Haynes", "PERSON", "a retired machinist in Columbus", "Terrell Haynes, 52, a retired machinist",
    ["quoted"], aliases=["Haynes"])
d.M("Renee Castillo", "PERSON", "Byline author (boilerplate).")
d.M("Georgia", "GPE", "The state (background).")
d.M("Georgia This Week", "WORK_OF_ART", "TV program where Pruitt was interviewed (a not_quote).")
d.M("Savannah", "GPE", "Where Durand was campaigning.")
d.M("X", "ORG", "Platform of Durand's post.")
d.M("Cobb", "GPE", "County (poll subgroup).")
d.M("Gwinnett", "GPE", "County (poll subgroup).")
d.M("Georgia State University", "ORG", "Only in Farrow's role.")
d.M("Atlanta", "GPE", "In the Pruitt campaign's quoted statement.")
d.M("Macon", "GPE", "Where Callahan spoke.")
d.M("Columbus", "GPE", "Haynes's home (Columbus, Georgia).")
d.M("Democrat", "NORP", "Party label.")
d.M("Republicans", "NORP", "Party label (in a quote).")
d.M("Libertarian", "NORP", "Party label (Stroud).")
d.write()
