from goldlib import Doc
d = Doc("h08_ngo_coastal_flooding", "Aid groups scale up in Senegal and Gambia as coastal floods displace thousands")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

B("DAKAR —", "dateline (inline, start of the first paragraph)", partial=True)

MD = dict(aliases=["Diallo-Kane"], role="UNADR's regional director for West Africa")
Q("Mariam Diallo-Kane", "These are communities that were already living on the edge of the sea, quite literally,", **MD,
  cue="said Mariam Diallo-Kane, UNADR's regional director for West Africa")
Q("Mariam Diallo-Kane", "Every year the water comes a little further. This year it came all at once.", **MD, attribution="implicit",
  cue="(continuation after the attributed quote)")
Q("International Federation of Sea Rescue Societies", "Our crews have been working around the clock with boats that were never designed for flooded streets,",
  aliases=["the federation"], stype="ORG", cue="the federation said in a statement")
Q("Tom Whitcombe", "desperate", aliases=[], role="Its chief executive", syntax="phrase",
  cue="He (Tom Whitcombe) described conditions in some shelters as")
Q("Ibrahima Sow", "more boats, more tents, more of everything", aliases=["Colonel Ibrahima Sow"], role="Its director-general",
  syntax="phrase", cue="Its director-general, Colonel Ibrahima Sow, said the agency needed")
Q("Mariam Diallo-Kane", "We were not fast enough in the first days,", **MD, cue="she said (Diallo-Kane, previous sentence)")
Q("Mariam Diallo-Kane", "We know that, and we are not hiding from it.", **MD, attribution="implicit",
  cue="(continuation after the attributed quote)")
OQ("a disgrace", attributed_to="Several community leaders in Joal-Fadiouth", attribution="vague-collective",
   reason="Attributed to unnamed community leaders.")

F("thousands", None, "count", "people displaced by coastal floods (headline)", ctx="displace thousands", vague=True,
  qualifier="thousands (unspecified)")
F("more than $140 million", 140000000, "USD", "total pledged by aid agencies, a development bank and a UN body", qualifier="more than")
F("tens of thousands", None, "count", "people forced from their homes", vague=True, qualifier="tens of thousands of (unspecified)")
F("late August", "2025-08", "date", "when the floods began forcing people from their homes", qualifier="late", value_inferred=True,
  note="Year from 'August 29, 2025' later in the article.")
F("at least 68,000", 68000, "count", "people displaced across Senegal and Gambia", qualifier="at least")
F("31", 31, "count", "people who died")
F("About 9,500", 9500, "count", "homes destroyed or badly damaged", qualifier="about")
F("$95 million", 95000000, "USD", "emergency loan to Senegal from the West Atlantic Development Bank")
F("$30 million", 30000000, "USD", "grant to Gambia from the West Atlantic Development Bank")
F("60 days", 60, "days", "time within which the bank's money will be disbursed")
F("48", 48, "count", "countries whose lifeboat crews the federation coordinates")
F("1,214", 1214, "count", "people rescued by federation members")
F("August 29, 2025", "2025-08-29", "date", "date of the first storm surge")
F("£4 million", 4000000, "GBP", "Coastwatch Aid appeal")
F("20,000", 20000, "count", "families for whom water purification kits were sent")
F("112", 112, "count", "shelters opened by Senegal's National Civil Protection Agency")
F("4.8 billion CFA francs", 4800000000, "XOF", "cash transfers distributed to affected households")
F("at least four months", 4, "months", "time needed to repair the coastal highway between Gunjur and Kartong", qualifier="at least")
F("September 20", "2025-09-20", "date", "date of the joint fundraising telethon", value_inferred=True, note="Year from context.")
F("500 million CFA francs", 500000000, "XOF", "amount the broadcaster hopes to raise")
F("almost a week", 1, "weeks", "time help took to arrive in Joal-Fadiouth", qualifier="almost")
F("$140 million", 140000000, "USD", "pledged sum that would cover roughly a third of needs", ctx="that $140 million")
F("roughly a third", 0.3333333333, "fraction", "share of needs covered by the $140 million", qualifier="roughly")
F("12 months", 12, "months", "period of needs covered by the appeal")
F("October", "2025-10", "date", "when the UN body will publish a full appeal", value_inferred=True, note="Year from context.")

NF("two", "across the two countries", reason="'the two countries' – trivial count.")
NF("first", "the first storm surge", reason="'the first storm surge' – identifies the event; the date is the figure.")
NF("first", "among the first to report", reason="'among the first to report' – not a quiz fact.")
NF("first", "the first days", reason="'the first days' inside a quote – vague.")

RT("on Monday", resolved=None, note="Publication date not stated (September 2025, before the 20 September telethon).")
RT("Every year", resolved=None)
RT("This year", resolved="2025")

P("UN Agency for Disaster Recovery", "ORG", None, "The UN Agency for Disaster Recovery (UNADR) said", ["cited", "actor"],
  aliases=["UNADR"], note="Also 'a United Nations body', 'The UN body'.")
P("Mariam Diallo-Kane", "PERSON", "UNADR's regional director for West Africa", "said Mariam Diallo-Kane", ["quoted"], aliases=["Diallo-Kane"])
P("West Atlantic Development Bank", "ORG", None, "The West Atlantic Development Bank approved", ["actor"])
P("Olufemi Adebayo", "PERSON", "Bank president", "Bank president Olufemi Adebayo said", ["cited"])
P("International Federation of Sea Rescue Societies", "ORG", None, "The International Federation of Sea Rescue Societies, which",
  ["quoted", "cited", "actor"])
P("Coastwatch Aid", "ORG", "a British charity", "Coastwatch Aid, a British charity, launched", ["actor"])
P("Tom Whitcombe", "PERSON", "Its chief executive", "Its chief executive, Tom Whitcombe, said", ["quoted", "cited"],
  note="Chief executive of Coastwatch Aid.")
P("National Civil Protection Agency", "ORG", None, "Senegal's National Civil Protection Agency said", ["cited", "actor"])
P("Ibrahima Sow", "PERSON", "Its director-general", "Its director-general, Colonel Ibrahima Sow", ["quoted"],
  aliases=["Colonel Ibrahima Sow"], note="Director-general of the National Civil Protection Agency.")
P("Pan-African Broadcasting Corporation", "ORG", None, "The Pan-African Broadcasting Corporation, whose", ["actor", "cited"])
P("Radio Téranga", "ORG", None, "with Radio Téranga on", ["actor"])
P("Gambia", "GPE", None, "Gambian officials said", ["cited"], note="Via 'Gambian officials'; also receives the $30 million grant.")

M("Senegal", "GPE", "Affected country; loan recipient (does not act itself).")
M("Dakar", "GPE", "Dateline / place.")
M("Gunjur", "GPE", "Place.")
M("Kartong", "GPE", "Place.")
M("Joal-Fadiouth", "GPE", "Place.")
M("West Africa", "GPE", "Only in Diallo-Kane's role.")
d.NQ("Ensemble pour la Côte", reason="Name of the telethon.")
d.write()
