from goldlib import Doc
d = Doc("h02_uk_politics_fuel_duty", "Shadow chancellor brands fuel duty rise 'a tax on getting to work'")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

B("By Eleanor Voss, Political Correspondent", "byline")
B("Published 14 October 2025", "dateline (publication date)")

AR = dict(aliases=["Sir Alan Redbourne", "Sir Alan", "the shadow chancellor", "Shadow chancellor"], role="shadow chancellor")
Q("Alan Redbourne", "a tax on getting to work", "rise 'a tax on getting to work'", **AR, syntax="phrase", marks="single",
  cue="Shadow chancellor brands fuel duty rise (headline)",
  note="Headline quotation; the speaker is given by role only and named in the lead. Repeats words of the quote 'This is a tax on getting to work'.")
Q("Alan Redbourne", "by stealth", **AR, syntax="phrase",
  cue="The shadow chancellor, Sir Alan Redbourne, has accused the government of raising fuel duty")
Q("Alan Redbourne", "The Chancellor promised working people she would not raise their taxes. This is a tax on getting to work, and she knows it,",
  **AR, cue="he told MPs (after 'the shadow chancellor said' in the previous sentence)",
  note="Speaker given by role ('the shadow chancellor') after being named with that role in the lead.")
MH = dict(aliases=["Ms Holt", "Chancellor Miranda Holt", "The Chancellor"], role="Chancellor")
Q("Miranda Holt", "In the old days,", **MH, syntax="sentence", cue="she said",
  note="First half of a split quotation; the sentence continues after 'she said'. Not a fragment: it is part of a full quoted sentence.")
Q("Miranda Holt", "you dealt with a gap like this by borrowing and hoping nobody noticed. We are not going to do that.", **MH,
  syntax="sentence", cue="she said", note="Second half of the split quotation.")
Q("Miranda Holt", "always been meant to be temporary", **MH, syntax="phrase", cue="Ms Holt added that the 2022 cut had")
Q("Road Hauliers Association", "unjustified", stype="ORG", syntax="phrase", cue="The Road Hauliers Association called the plan")
TA = dict(aliases=["Mr Ashdown"], role="the MP for Kirkby Vale")
Q("Tom Ashdown", "Nobody in my patch drives for fun,", **TA, cue="Mr Ashdown said")
Q("Tom Ashdown", "They drive because the last bus went in 2019.", **TA, attribution="implicit",
  cue="(continuation after the attributed quote)")
Q("Femi Adeyemi", "The numbers are not huge per household, but they land on the people with the fewest alternatives.",
  aliases=["Dr Femi Adeyemi"], role="Its director", cue="Its director, Dr Femi Adeyemi, said:")
Q("veteran backbencher", "the most bad-tempered I can remember", aliases=["One veteran backbencher"], role="veteran backbencher", stype="ANONYMOUS",
  syntax="phrase", cue="One veteran backbencher, who asked not to be named, described the exchanges ... as")
OQ("fantasy maths", attributed_to="Treasury sources", attribution="vague-collective",
   reason="Attributed only to unnamed 'Treasury sources'.")

F("5p", 5, "GBX", "fuel duty cut introduced in 2022 that will be reversed", ctx="the 5p cut")
F("2022", 2022, "year", "year the 5p fuel duty cut was introduced", ctx="introduced in 2022")
F("two", 2, "count", "number of stages in which the cut will be reversed", ctx="in two stages")
F("April", "2026-04", "date", "start of the reversal ('from next April')", ctx="from next April", value_inferred=True,
  note="'next April' relative to October 2025; the next sentence gives April 2026.")
F("3p", 3, "GBX", "first duty rise per litre, April 2026", note="per litre")
F("April 2026", "2026-04", "date", "first duty rise of 3p a litre")
F("2p", 2, "GBX", "further duty rise per litre, September 2026", note="per litre")
F("September 2026", "2026-09", "date", "second duty rise of 2p a litre")
F("57.95p", 57.95, "GBX", "fuel duty per litre after both rises", note="per litre")
F("£2.9bn", 2900000000, "GBP", "revenue the change will raise in its first full year (Treasury estimate)")
F("more than £5bn", 5000000000, "GBP", "annual cost of the temporary cut to the public finances", qualifier="more than", note="a year")
F("2022", 2022, "year", "year of the cut Holt says was always temporary", ctx="the 2022 cut")
F("October", "2025-10", "date", "Fiscal Standards Office forecast", ctx="its October forecast", value_inferred=True,
  note="Year from the publication date (14 October 2025).")
F("£17bn", 17000000000, "GBP", "cost of freezing duty indefinitely over five years")
F("five years", 5, "years", "period over which freezing duty would cost £17bn")
F("about two-thirds", 0.6666666667, "fraction", "share of Road Hauliers Association member firms on margins below 3%", qualifier="about")
F("4,300", 4300, "count", "member firms of the Road Hauliers Association")
F("less than 3%", 3, "percent", "margins of about two-thirds of hauliers' member firms", qualifier="less than")
F("At least 23", 23, "count", "government MPs who signed the letter", qualifier="at least")
F("2019", 2019, "year", "when the last bus went in Ashdown's constituency")
F("2017", 2017, "year", "year Sir Alan entered Parliament")
F("£1.4bn", 1400000000, "GBP", "Whitehall consultancy budget last year, per Redbourne")
F("around £96", 96, "GBP", "extra a year a typical rural household would pay", qualifier="around")
F("£61", 61, "GBP", "extra a year for a household in a city")
F("more than two hours", 2, "hours", "length of the Commons exchanges", qualifier="more than")
F("64", 64, "count", "government's working majority")

NF("14 October 2025", reason="Publication date in the dateline line (boilerplate).")
NF("first", "its first full year", reason="'first full year' – fiscal-year convention, not a quiz fact.")
NF("second", "the second increase", reason="'the second increase' refers back to the September 2026 stage; not a separate figure.")

RT("on Monday", resolved="2025-10-13", note="Relative to the publication date, Tuesday 14 October 2025.")
RT("next week", resolved="2025-10-20/2025-10-26")
RT("last year", resolved="2024")
RT("before Christmas", resolved="2025-12")

P("Alan Redbourne", "PERSON", "shadow chancellor", "The shadow chancellor, Sir Alan Redbourne", ["quoted", "cited", "actor"],
  aliases=["Sir Alan Redbourne", "Sir Alan"])
P("Miranda Holt", "PERSON", "Chancellor", "Chancellor Miranda Holt defended", ["quoted", "cited", "actor"], aliases=["Ms Holt"])
P("Treasury", "ORG", None, "The Treasury estimates", ["cited", "actor"], aliases=["The Treasury"],
  note="Treasury documents; estimate of £2.9bn.")
P("Fiscal Standards Office", "ORG", None, "Fiscal Standards Office", ["cited"])
P("Road Hauliers Association", "ORG", None, "The Road Hauliers Association called", ["quoted", "cited"])
P("Tom Ashdown", "PERSON", "the MP for Kirkby Vale", "organised by Tom Ashdown", ["quoted", "actor"], aliases=["Mr Ashdown"])
P("Institute for Household Finance", "ORG", "a think tank", "The Institute for Household Finance, a think tank", ["cited"])
P("Femi Adeyemi", "PERSON", "Its director", "Its director, Dr Femi Adeyemi", ["quoted"], aliases=["Dr Femi Adeyemi"],
  note="Director of the Institute for Household Finance.")

M("Eleanor Voss", "PERSON", "Author (byline).")
M("Commons", "ORG", "Setting (House of Commons).")
M("Kirkby Vale", "GPE", "Only in Ashdown's role (constituency).")
M("Parliament", "ORG", "Background (Redbourne entered Parliament).")
M("Whitehall", "ORG", "Metonym for government departments (consultancy budget).")
M("Treasury sources", "ORG", "Vague collective source of the 'fantasy maths' quote.")
NF("One", "One veteran backbencher", reason="'One veteran backbencher' – determiner.")
d.write()
