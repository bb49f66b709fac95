from goldlib import Doc

d = Doc("s07_rail_strike_hamburg", "Train drivers in northern Germany to strike for 48 hours from Wednesday")

d.B("HAMBURG, 23 November —", "dateline", partial=True, note="Inline city dateline with date.")
d.NF("23 November", reason="Date inside the dateline (publication metadata).")

KR = dict(aliases=["Kröger"], role="GLN chairman")
d.Q("Matthias Kröger",
    "The offer on the table is an insult to people who have kept this network running through two winters of breakdowns,",
    **KR, cue="GLN chairman Matthias Kröger told a news conference in Hamburg")
d.Q("Matthias Kröger", "We are not going to sign it.", **KR, attribution="implicit",
    cue="continuation after 'Matthias Kröger told'", layout="multi-paragraph", open_end=True,
    note="The quotation runs on into the next paragraph: this paragraph ends without a closing mark.")
d.Q("Matthias Kröger",
    "And we are not going to be lectured about responsibility by managers who awarded themselves bonuses in the spring.",
    **KR, attribution="implicit", cue="continuation after 'Matthias Kröger told'", layout="multi-paragraph",
    note="Second paragraph of the same quotation; no attribution in this paragraph.")
OL = dict(role="Nordbahn Regio’s head of personnel")
d.Q("Sabine Oltmanns", "Nobody wins from a strike,", **OL, cue="said Sabine Oltmanns",
    note="Split quote, first part.")
d.Q("Sabine Oltmanns", "least of all the 380,000 passengers who rely on us every day.", **OL, syntax="phrase",
    cue="said Sabine Oltmanns", note="Split quote, second part; 11-word phrase, so 'full'.")
d.Q("Sabine Oltmanns", "unaffordable for a publicly funded operator.", **OL, syntax="phrase",
    cue="called the union’s demand for a 35-hour week")
d.Q("Nordbahn Regio", "We remain ready to talk at any time, today included,", stype="ORG", cue="she said",
    note="'A company spokeswoman' (unnamed) speaks for Nordbahn Regio; old-set convention: spokesperson -> the organisation.")
d.Q("Fahrgastverband Nord", "held hostage", stype="ORG", syntax="phrase", cue="said commuters were being")
d.Q("Ministry of Transport", "The ministry expects both parties to return to the negotiating table without delay,",
    stype="ORG", cue="the ministry said in a brief statement",
    note="'The state’s Ministry of Transport in Kiel' (Schleswig-Holstein).")

d.F("48 hours", 48, "hours", "length of the strike (headline)", ctx="strike for 48 hours from")
d.F("48 hours", 48, "hours", "length of the walkout", ctx="walk out for 48 hours")
d.F("02:00", "02:00", "time", "start time of the strike", ctx="from 02:00 on Wednesday")
d.F("about 2,300", 2300, "count", "train crew represented by GLN", qualifier="about")
d.F("2,900", 2900, "count", "Nordbahn Regio train crew in total")
d.F("7.5%", 7.5, "percent", "pay rise demanded by GLN")
d.F("12 months", 12, "months", "term of the demanded pay rise")
d.F("€3,000", 3000, "EUR", "tax-free inflation payment demanded")
d.F("38 hours", 38, "hours", "current working week")
d.F("35 hours", 35, "hours", "working week demanded")
d.F("4.2%", 4.2, "percent", "pay rise offered by Nordbahn Regio")
d.F("two", 2, "count", "stages of the offered rise", ctx="in two stages")
d.F("26 months", 26, "months", "term of the offer")
d.F("€1,500", 1500, "EUR", "one-off payment offered")
d.F("two", 2, "count", "winters of breakdowns (in quote)", ctx="two winters")
d.F("third", 3, "ordinal", "GLN strike count this year", ctx="third strike")
d.F("24-hour", 24, "hours", "length of the October stoppage")
d.F("October", "2026-10", "date", "month of the previous stoppage", value_inferred=True,
    note="Year not written; from the dateline (23 November 2026) and 'this year'.")
d.F("roughly 1,100", 1100, "count", "services cancelled in October", qualifier="roughly")
d.F("1,350", 1350, "count", "Nordbahn Regio daily services")
d.F("€4.6 million", 4600000, "EUR", "estimated cost of the October stoppage")
d.F("about a third", 0.3333333333, "fraction", "share of services on the emergency timetable", qualifier="about")
d.F("60 minutes", 60, "minutes", "train interval under the emergency timetable")
d.F("20 minutes", 20, "minutes", "normal train interval")
d.F("Tens of thousands", None, "count", "commuters expected to drive during the strike", vague=True)
d.F("380,000", 380000, "count", "daily passengers")
d.F("€3,640", 3640, "EUR", "starting driver's gross monthly pay under the offer")
d.F("35-hour", 35, "hours", "working week demanded by the union", ctx="for a 35-hour week")
d.F("67", 67, "years", "age of Ulrike Hansen-Petersen")
d.F("up to three hours", 3, "hours", "journey times on replacement buses", qualifier="up to")
d.F("about €210 million", 210000000, "EUR", "annual state subsidy for the network", qualifier="about")
d.F("between €30 million and €45 million", [30000000, 45000000], "EUR", "cost of regional strikes this year",
    qualifier="between")
d.F("02:00", "02:00", "time", "end time of the walkout", ctx="end at 02:00 on Friday")

d.NF("49", ctx="Nordpass 49", reason="Numeral inside a product (ticket) name.")
d.NF("one", ctx="one-off payment", reason="Fixed term 'one-off'.")
d.NF("one", ctx="a painful one", reason="Pronoun 'one'.")

d.RT("Wednesday", ctx="48 hours from Wednesday", resolved="2026-11-25")
d.RT("Wednesday", ctx="02:00 on Wednesday", resolved="2026-11-25")
d.RT("Monday", resolved="2026-11-23")
d.RT("the spring", resolved="2026-03/2026-05")
d.RT("this year", ctx="third strike this year", resolved="2026")
d.RT("today", resolved="2026-11-23")
d.RT("this year", ctx="regional strikes this year", resolved="2026")
d.RT("Friday", resolved="2026-11-27")
d.RT("Christmas", resolved="2026-12-25")

d.P("Nordbahn Regio", "ORG", "regional operator", "at regional operator Nordbahn Regio will walk out",
    ["quoted", "actor"])
d.P("GLN", "ORG", "The drivers’ union", "The drivers’ union GLN, which represents", ["actor"],
    note="Referred to only by its acronym.")
d.P("Matthias Kröger", "PERSON", "GLN chairman", "GLN chairman Matthias Kröger told", ["quoted"], aliases=["Kröger"])
d.P("Sabine Oltmanns", "PERSON", "Nordbahn Regio’s head of personnel", "said Sabine Oltmanns", ["quoted"])
d.P("Fahrgastverband Nord", "ORG", "The passenger group", "The passenger group Fahrgastverband Nord urged",
    ["quoted", "actor"])
d.P("Ulrike Hansen-Petersen", "PERSON", "Its chairwoman", "Its chairwoman, Ulrike Hansen-Petersen, 67, said", ["cited"])
d.P("Ministry of Transport", "ORG", None, "The state’s Ministry of Transport in Kiel", ["quoted", "actor"])
d.P("Hanseatic Landesbank", "ORG", None, "Economists at Hanseatic Landesbank said", ["cited"])

d.M("Hamburg", "GPE", "Location.")
d.M("Schleswig-Holstein", "GPE", "Service area.")
d.M("Lower Saxony", "GPE", "Service area.")
d.M("Kiel", "GPE", "Seat of the ministry.")

d.write()
