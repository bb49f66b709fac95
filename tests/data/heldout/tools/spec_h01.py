from goldlib import Doc
d = Doc("h01_wire_nairobi_maize", "Kenya grain board to release 200,000 tonnes of maize as prices hit record")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

# boilerplate
B("NAIROBI, May 3 (Equator Wire) -", "dateline (inline, start of the first paragraph)", partial=True,
  note="Wire dateline prefixed to the lead paragraph; the rest of the line is content.")
B("(Reporting by Daniel Otieno; Editing by Miriam Hale)", "reporting / editing credit")

KAR = dict(aliases=["Kariuki", "its chairman", "board chairman"], role="board chairman")
Q("Joseph Mwangi Kariuki", "We are not going to sit back and watch families skip meals,", **KAR, marks="straight",
  cue="board chairman Joseph Mwangi Kariuki told reporters in Nairobi")
Q("Joseph Mwangi Kariuki", "The stocks are there for exactly this kind of moment.", **KAR, marks="straight",
  attribution="implicit", cue="(continuation after the attributed quote in the same paragraph)")
GA = dict(aliases=[], role="chief executive of the Kenya Millers Federation")
Q("Grace Achieng", "Three months ago this would have stabilised the market. Now it only stops the bleeding.", **GA,
  marks="straight", cue="The remark came from Grace Achieng (next sentence)",
  note="Quote attributed in the following sentence.")
Q("Riftline Logistics", "The first consignments will reach Nairobi, Mombasa and Garissa within ten days,",
  aliases=["the company"], stype="ORG", marks="straight", cue="the company said in a statement")
Q("Ruth Wanjiku Njoroge", "overdue", aliases=[], role="Opposition lawmaker", syntax="phrase", marks="straight",
  cue="Opposition lawmaker Ruth Wanjiku Njoroge called the release")
Q("East African Grain Council", "well above the five-year average", aliases=[], role="a regional trade body",
  stype="ORG", syntax="phrase", marks="straight",
  cue="The East African Grain Council ... said in a note that prices ... were likely to stay")
Q("Joseph Mwangi Kariuki", "If we need to go further, we will go further,", **KAR, marks="straight", cue="he said")

# figures
F("200,000 tonnes", 200000, "tonnes", "maize the grain board will release (headline)", ctx="release 200,000 tonnes of maize as prices")
F("200,000 tonnes", 200000, "tonnes", "maize the National Grain Reserve Board will release from strategic stocks", ctx="will release 200,000 tonnes of maize from")
F("six weeks", 6, "weeks", "period over which the maize will be released")
F("90-kg", 90, "kg", "size of the bag of maize whose price is quoted")
F("6,850 shillings", 6850, "KES", "price of a 90-kg bag of maize at Wakulima market on Friday")
F("38%", 38, "percent", "rise in the maize bag price from a year earlier")
F("about 4.2 billion shillings", 4200000000, "KES", "cost of the release to the board", qualifier="about")
F("$32.5 million", 32500000, "USD", "cost of the release to the board (dollar equivalent)")
F("no more than 180 shillings", 180, "KES", "maximum flour price millers may charge for a 2-kg packet", qualifier="no more than")
F("2-kg", 2, "kg", "size of the flour packet with a capped price")
F("March", "2025-03", "date", "harvest cut by failed long rains", ctx="cut the March harvest", value_inferred=True,
  note="Year not written; 2025 from context (May 3 is a Saturday in 2025; 2024 imports are in the past).")
F("roughly a third", 0.3333333333, "fraction", "reduction of the March harvest", qualifier="roughly")
F("2.1 million", 2100000, "count", "people needing food aid")
F("11", 11, "count", "counties in which people need food aid", ctx="in 11 counties")
F("Three months", 3, "months", "how long ago the release would have stabilised the market (Achieng)")
F("64", 64, "count", "milling companies represented by the Kenya Millers Federation")
F("10% to 15%", [10, 15], "percent", "range by which traders say prices could ease", note="Range: one figure, value [low, high].")
F("6.4%", 6.4, "percent", "rise in pump (fuel) prices in April")
F("April", "2025-04", "date", "month fuel pump prices rose 6.4%", ctx="rose 6.4% in April", value_inferred=True, note="Year from context.")
F("120", 120, "count", "trucks Riftline Logistics will deploy")
F("ten days", 10, "days", "time for first consignments to reach Nairobi, Mombasa and Garissa")
F("1.4 million tonnes", 1400000, "tonnes", "maize Kenya imported in 2024")
F("2024", 2024, "year", "year Kenya imported 1.4 million tonnes of maize")
F("up to 500,000 tonnes", 500000, "tonnes", "imports on which the Treasury waived import duty", qualifier="up to")
F("August", "2025-08", "date", "end of the import-duty waiver", ctx="until the end of August", value_inferred=True, note="Year from context.")
F("January", "2025-01", "date", "since when weather forecasters had warned", ctx="since January", value_inferred=True, note="Year from context.")
F("August", "2025-08", "date", "next harvest", ctx="next harvest in August", value_inferred=True, note="Year from context.")
F("June", "2025-06", "date", "when the board will review the situation", ctx="end of June", value_inferred=True, note="Year from context.")

NF("May 3", "NAIROBI, May 3", reason="Date in the wire dateline (publication metadata), not article content.")
NF("first", "The first consignments", reason="'The first consignments' – not a quiz fact.")
NF("five-year", reason="'the five-year average' – fixed statistical term inside a scare-quoted fragment.")

RT("on Saturday", resolved="2025-05-03", note="Dateline May 3; 3 May 2025 is a Saturday.")
RT("on Friday", resolved="2025-05-02")
RT("a year earlier", resolved="2024-05")
RT("last week", resolved="2025-04-26/2025-05-02")

# participants
P("National Grain Reserve Board", "ORG", None, "Kenya's National Grain Reserve Board will release", ["actor"],
  note="Also 'the board'.")
P("Joseph Mwangi Kariuki", "PERSON", "board chairman", "board chairman Joseph Mwangi Kariuki", ["quoted", "cited", "actor"],
  aliases=["Kariuki"])
P("Cereal Traders Association of Kenya", "ORG", None, "Cereal Traders Association of Kenya", ["cited"])
P("Ministry of Agriculture", "ORG", None, "the country's Ministry of Agriculture said", ["cited"])
P("Grace Achieng", "PERSON", "chief executive of the Kenya Millers Federation", "The remark came from Grace Achieng", ["quoted"])
P("Riftline Logistics", "ORG", None, "Riftline Logistics, which won", ["quoted", "cited", "actor"])
P("Kenya", "GPE", None, "Kenya imported 1.4 million tonnes", ["actor"])
P("Treasury", "ORG", None, "the Treasury has waived import duty", ["actor"], aliases=["the Treasury"])
P("Ruth Wanjiku Njoroge", "PERSON", "Opposition lawmaker", "Opposition lawmaker Ruth Wanjiku Njoroge", ["quoted", "cited"])
P("East African Grain Council", "ORG", "a regional trade body", "The East African Grain Council, a regional trade body", ["quoted", "cited"])

M("Kenya Millers Federation", "ORG", "Only in Grace Achieng's role (and the relative clause about its membership).")
M("Equator Wire", "ORG", "News agency in the dateline.")
M("Nairobi", "GPE", "Place.")
M("Wakulima market", "ORG", "Market where the price was recorded.")
M("Eldoret", "GPE", "Depot location.")
M("Kitale", "GPE", "Depot location.")
M("Mombasa", "GPE", "Destination.")
M("Garissa", "GPE", "Destination.")
M("Uganda", "GPE", "Source of imports.")
M("Tanzania", "GPE", "Source of imports.")
M("Daniel Otieno", "PERSON", "Reporter (boilerplate credit).")
M("Miriam Hale", "PERSON", "Editor (boilerplate credit).")
d.write()
