from goldlib import Doc
d = Doc("ec04_rvu_fees")
d.B("NAKURU, Kenya —", "dateline", partial=True)

WAM = dict(aliases=["Prof. Jane Wambui"], role="Vice-Chancellor")
OTI = dict(role="a fourth-year engineering student from Kisumu")
CHE = dict(aliases=["Dr. Ruth Chebet"], role="Education Cabinet Secretary")
LEC = dict(stype="ANONYMOUS", aliases=["the lecturer"], role="A senior lecturer")
MWA = dict(role="their captain")

d.Q("Jane Wambui", "We have 31,200 students on a campus built for 12,000,", **WAM, cue="said Vice-Chancellor Prof. Jane Wambui")
d.Q("Jane Wambui", "We are not doing this lightly,", **WAM, cue="she added", note="Split quote, first part; pronoun speaker.")
d.Q("Jane Wambui", "but a university that cannot pay its lecturers cannot teach anyone.", **WAM, cue="she added",
    note="Split quote, second part.")
d.Q("Brian Otieno", "daylight robbery", **OTI, syntax="phrase", cue="Brian Otieno of the RVU Students' Association called the increase")
d.Q("Brian Otieno", "They are balancing the books on the backs of the so-called ‘missing middle’, the families too rich for bursaries and too poor for fees like these,",
    **OTI, cue="he said", note="Contains the nested single-quoted term 'missing middle', which is part of this quote and not annotated separately.")
d.Q("Ruth Chebet", "a matter for the council", **CHE, syntax="phrase", cue="she said that was")
d.Q("senior lecturer", "We teach classes of 300 in halls built for 120. Money for fees goes to debt, not to us,", **LEC,
    cue="the lecturer said", note="Anonymous source ('spoke on condition of anonymity').")
d.Q("Kevin Mwangi", "every student who cannot pay", **MWA, syntax="phrase", cue="said the squad stood with")
d.NQ("Elimu Bora", reason="Name of a loan scheme in quotation marks.")

d.F("40%", 40, "percent", "rise in RVU tuition (headline)", ctx="raises fees 40%")
d.F("third", 3, "ordinal", "day of the lecture boycott", ctx="a third day")
d.F("40%", 40, "percent", "rise in annual tuition", ctx="a 40% rise")
d.F("Sh84,000", 84000, "KES", "new annual undergraduate fees")
d.F("Sh60,000", 60000, "KES", "previous annual undergraduate fees")
d.F("19 January 2026", "2026-01-19", "date", "when the university council approved the increase")
d.F("Sh2.1 billion", 2100000000, "KES", "RVU's budget deficit")
d.F("second", 2, "ordinal", "consecutive year of falling state funding per student")
d.F("31,200", 31200, "count", "students at RVU (Wambui)")
d.F("12,000", 12000, "count", "students the campus was built for (Wambui)")
d.F("19,500", 19500, "count", "RVU enrolment in 2021")
d.F("2021", 2021, "year", "year of the 19,500 enrolment")
d.F("November", "2025-11", "date", "when the HEQC warned about the student-to-lecturer ratio", value_inferred=True,
    note="Year not written; the November before the 19 January 2026 decision.")
d.F("48:1", "48:1", "ratio", "RVU's student-to-lecturer ratio")
d.F("18:1", "18:1", "ratio", "recommended student-to-lecturer ratio")
d.F("June 2027", "2027-06", "date", "HEQC deadline for RVU to reduce the ratio")
d.F("22", 22, "years", "age of Brian Otieno")
d.F("fourth", 4, "ordinal", "Otieno's year of study ('fourth-year engineering student')")
d.F("about a third", 0.3333, "fraction", "Otieno's classmates who skip meals to pay rent", qualifier="about")
d.F("about 2,000", 2000, "count", "students who marched to the county offices", qualifier="about")
d.F("11", 11, "count", "students arrested")
d.F("6pm", "18:00", "time", "by when the arrested students were released")
d.F("Sh1.4 billion", 1400000000, "KES", "money owed to public universities that the Treasury will release")
d.F("March", "2026-03", "date", "by the end of which the Treasury will release the money", value_inferred=True,
    note="'by the end of March'; year from the 19 January 2026 decision.")
d.F("14,800", 14800, "count", "RVU students who applied for HEFB loans")
d.F("about 9,000", 9000, "count", "students HEFB has money for", qualifier="about")
d.F("35 cents", 0.35, "KES", "rise in Kilimanjaro Commercial Bank's share price",
    note="Cents converted to full shillings (money in full units); only pence have their own unit (GBX).")
d.F("Sh24.50", 24.5, "KES", "Kilimanjaro Commercial Bank's share price")
d.F("up to KES 150,000", 150000, "KES", "maximum yearly loan from Kilimanjaro Commercial Bank", qualifier="up to")
d.F("9%", 9, "percent", "interest rate on the bank's student loans", ctx="at 9% interest")
d.F("300", 300, "count", "class size (anonymous lecturer)")
d.F("120", 120, "count", "capacity of lecture halls (anonymous lecturer)")
d.F("20GB", 20, "GB", "previous free monthly data allowance")
d.F("5GB", 5, "GB", "new free monthly data allowance")
d.F("14th", 14, "ordinal", "RVU's ranking in Africa")
d.F("801-1000", [801, 1000], "ordinal", "RVU's ranking band in the Global Universities League")
d.F("600-acre", 600, "acres", "size of RVU's campus")
d.F("1994", 1994, "year", "when RVU's campus opened")
d.F("24-17", "24-17", "score", "score of the RVU Falcons' win over Kisumu Polytechnic",
    note="Sports score kept as a figure (quiz-answerable); string value.")
d.F("24", 24, "years", "age of Kevin Mwangi", ctx="Mwangi, 24,")

d.NF("14", ctx="14 Kenyatta Avenue", reason="Street address number.")
d.NF("one", ctx="is one of the largest", reason="Trivial 'one of'.")

d.RT("on Wednesday", resolved=None)
d.RT("On Tuesday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("last year", resolved="2025")
d.RT("Saturday's", resolved=None)

d.P("Rift Valley University", "ORG", None, "Students at Rift Valley University (RVU) stayed away", ["actor"], aliases=["RVU"])
d.P("Jane Wambui", "PERSON", "Vice-Chancellor", "said Vice-Chancellor Prof. Jane Wambui", ["quoted"],
    aliases=["Prof. Jane Wambui"])
d.P("Higher Education Quality Council", "ORG", None, "the Higher Education Quality Council (HEQC) warned", ["cited", "actor"],
    aliases=["HEQC"])
d.P("Brian Otieno", "PERSON", "a fourth-year engineering student from Kisumu", "Otieno, 22, a fourth-year engineering student",
    ["quoted", "cited"], note="Also 'of the RVU Students' Association'.")
d.P("Joseph Kiprono", "PERSON", "Nakuru County Police Commander", "Nakuru County Police Commander Joseph Kiprono said",
    ["cited"])
d.P("Ruth Chebet", "PERSON", "Education Cabinet Secretary", "Education Cabinet Secretary Dr. Ruth Chebet said",
    ["quoted", "cited"], aliases=["Dr. Ruth Chebet"])
d.P("Treasury", "ORG", None, "the Treasury would release", ["actor"])
d.P("Higher Education Funding Board", "ORG", None, "The Higher Education Funding Board (HEFB) said", ["cited"],
    aliases=["HEFB"])
d.P("Kilimanjaro Commercial Bank", "ORG", None, "Kilimanjaro Commercial Bank has stepped in", ["actor"])
d.P("Grace Njoroge", "PERSON", "The bank's head of retail", "The bank's head of retail, Grace Njoroge", ["cited"])
d.P("RVU Falcons", "ORG", None, "The RVU Falcons wore black armbands", ["actor"])
d.P("Kevin Mwangi", "PERSON", "their captain", "their captain, Kevin Mwangi", ["quoted"])
d.M("RVU Students' Association", "ORG", "Only as Otieno's affiliation ('of the RVU Students' Association').")
d.M("Global Universities League", "ORG", "Ranking table; does not act.")
d.M("Kisumu Polytechnic", "ORG", "Opponent in the rugby match.")
d.M("Elimu Bora", "PROGRAM", "Loan scheme name (also a not_quote).")
d.M("Kenyatta Avenue", "LOC", "Street.")
d.M("Kisumu", "GPE", "Otieno's home town.")
d.M("Africa", "LOC", "Ranking region.")
d.M("East Africa", "LOC", "Region.")
d.write()
