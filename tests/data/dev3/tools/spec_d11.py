from goldlib import Doc
d = Doc("d11_flood_appeal")
d.B("MANCHESTER —", "dateline", partial=True)

OSE = dict(role="Its chief executive")
d.Q("Rachel Osei", "humbling", **OSE, syntax="phrase", cue="Its chief executive, Rachel Osei, said the response had been")
d.Q("Rachel Osei", "We have seen people who lost everything on Tuesday night give £10 on Wednesday morning so that their neighbours could eat.",
    **OSE, open_end=True, attribution="implicit", cue="(follows Osei's attributed fragment 'humbling')",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark.")
d.Q("Rachel Osei", "That tells you something about this city. But the need is enormous, and it will not be over when the water goes down. Some of these families will be out of their homes until the spring.",
    **OSE, layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph.")
d.Q("Kwame Asante", "On current trends, we should plan for something like this every 25 to 30 years,",
    aliases=["Dr. Kwame Asante"], role="a hydrologist at the university", cue="he said", note="Pronoun speaker.")
d.Q("Mark Halloran", "Genuine collectors for this appeal will never ask for cash at your door. If in doubt, give online or through the foundation's text line.",
    aliases=["Det Supt Mark Halloran"], role="Det Supt", cue="Det Supt Mark Halloran, who is leading the investigation, said:",
    note="Colon-introduced quote.")
d.Q("Gary Lomax", "I've done this job for 22 years and I've never seen the phones like it,", aliases=["Lomax"],
    role="breakfast presenter", cue="Lomax said")
d.Q("Manchester City Council", "working around the clock", stype="ORG", aliases=["the authority"], syntax="phrase",
    cue="A council spokesperson said the authority was", note="Spokesperson quote attributed to the council.")

d.F("£2.4m", 2400000, "GBP", "raised by the flood appeal (headline)", ctx="raises £2.4m")
d.F("a week", 1, "weeks", "time taken to raise £2.4m (headline)", ctx="in a week as")
d.F("£2.4m", 2400000, "GBP", "raised by the flood appeal", ctx="raised £2.4m")
d.F("seven days", 7, "days", "time taken to raise £2.4m")
d.F("more than 19,000", 19000, "count", "people who donated", qualifier="more than")
d.F("£23.50", 23.5, "GBP", "average gift")
d.F("£5m", 5000000, "GBP", "appeal target")
d.F("two-thirds", 0.6666666667, "fraction", "share of money raised going directly to households")
d.F("up to £750", 750, "GBP", "maximum household grant", qualifier="up to")
d.F("£10", 10, "GBP", "donation by people who had lost everything (Osei)")
d.F("1,450", 1450, "count", "homes flooded (Irwell University estimate)")
d.F("86mm", 86, "mm", "rainfall")
d.F("18 hours", 18, "hours", "period in which the 86mm of rain fell")
d.F("1.2 metres", 1.2, "metres", "flood water depth in parts of Collyhurst")
d.F("about a third", 0.3333333333, "fraction", "affected homes without contents insurance", qualifier="about")
d.F("100 years", 100, "years", "former expected return period of such rainfall ('every 100 years')")
d.F("25 to 30 years", [25, 30], "years", "return period to plan for (Asante)")
d.F("27", 27, "count", "people treated by North Manchester District Hospital", ctx="treated 27 people")
d.F("82", 82, "years", "age of a woman in a serious condition")
d.F("43", 43, "count", "reports of fake collectors")
d.F("Three", 3, "count", "men arrested on suspicion of fraud", ctx="Three men")
d.F("19", 19, "years", "age of one arrested man", ctx="aged 19,")
d.F("24", 24, "years", "age of one arrested man", ctx="19, 24 and")
d.F("37", 37, "years", "age of one arrested man", ctx="24 and 37,")
d.F("£5", 5, "GBP", "text donation amount", ctx="give £5;")
d.F("as much as 35p", 35, "GBX", "usual network charge per text message, waived", qualifier="as much as")
d.F("12-hour", 12, "hours", "length of the Pennine Radio fundraising broadcast")
d.F("£386,000", 386000, "GBP", "raised by the Pennine Radio broadcast")
d.F("22 years", 22, "years", "Lomax's time in the job")
d.F("up to £500,000", 500000, "GBP", "cap on Manchester City Council's donation matching", qualifier="up to")
d.F("three", 3, "count", "rest centres opened by the council", ctx="opened three rest centres")
d.F("212", 212, "count", "people housed in rest centres on Saturday night")
d.F("a month", 1, "months", "time within which the foundation publishes a grants breakdown", ctx="within a month")

d.NF("70085", reason="Text short code (an identifier), not a quantity.")
d.NF("One", ctx="One woman", reason="Determiner-like 'One woman'.")

d.RT("last week's", resolved=None)
d.RT("on Sunday", resolved=None)
d.RT("on Tuesday night", resolved=None)
d.RT("on Wednesday morning", resolved=None)
d.RT("until the spring", resolved=None)
d.RT("since Thursday", resolved=None)
d.RT("on Friday", resolved=None)
d.RT("on Saturday night", resolved=None)

d.P("Northern Lights Community Foundation", "ORG", None, "The Northern Lights Community Foundation said", ["cited", "actor"])
d.P("Rachel Osei", "PERSON", "Its chief executive", "Its chief executive, Rachel Osei", ["quoted"])
d.P("Irwell University", "ORG", None, "Researchers at Irwell University estimated", ["cited"])
d.P("Kwame Asante", "PERSON", "a hydrologist at the university", "Dr. Kwame Asante, a hydrologist", ["quoted", "cited"],
    aliases=["Dr. Kwame Asante"])
d.P("North Manchester District Hospital", "ORG", None, "North Manchester District Hospital treated", ["actor"])
d.P("Greater Manchester Police", "ORG", None, "Greater Manchester Police said", ["cited", "actor"])
d.P("Mark Halloran", "PERSON", "Det Supt", "Det Supt Mark Halloran, who is leading", ["quoted"],
    aliases=["Det Supt Mark Halloran"])
d.P("Pennine Radio", "ORG", None, "The appeal was launched on Pennine Radio", ["actor"], note="Broadcaster.")
d.P("Gary Lomax", "PERSON", "breakfast presenter", "whose breakfast presenter, Gary Lomax, hosted", ["quoted", "actor"],
    aliases=["Lomax"])
d.P("Manchester City Council", "ORG", None, "Manchester City Council said it would match", ["quoted", "actor"])
d.M("Greater Manchester", "GPE", "Location.")
d.M("River Irk", "LOC", "River that flooded.")
d.M("Collyhurst", "GPE", "Location.")
d.write()
