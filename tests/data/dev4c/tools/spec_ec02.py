import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ec02_ekurhuleni_mayor")
d.B("JOHANNESBURG —", "dateline", partial=True)

MOK = dict(role="Ekurhuleni's mayor")
VWK = dict(role="the URA's leader")
KHU = dict(role="a former school principal who leads the party's caucus")
NDL = dict(aliases=["Finance Minister Sipho Ndlovu", "the minister"], role="Finance Minister")
DUB = dict(role="the chief economist at Highveld Merchant Bank")
PAT = dict(role="Its chairperson")

d.Q("Thandiwe Mokoena", "Today this council chose chaos over service delivery,", **MOK, cue="Mokoena, 54, told reporters")
d.Q("Thandiwe Mokoena", "But we will be back, and residents will remember who switched off their lights.", **MOK,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Pieter van Wyk", "We gave the CDR three warnings about the water tenders. They ignored all three,", **VWK, cue="he said",
    note="Pronoun speaker; van Wyk named in the sentence before.")
d.Q("Nomvula Khumalo", "a feeding trough", **KHU, syntax="phrase", cue="called the outgoing administration",
    note="Role introduced after the name ('Khumalo, a former school principal ...').")
d.Q("Nomvula Khumalo", "We will publish every contract,", **KHU, cue="she said", note="Split quote, first part.")
d.Q("Nomvula Khumalo", "starting with the tenders that made a handful of people very rich.", **KHU, syntax="clause",
    cue="she said", note="Split quote, second part (same attribution).")
d.Q("Sipho Ndlovu", "We are not a bank for municipalities that cannot balance their books,", **NDL, cue="the minister said",
    note="Role-only reference.")
d.Q("Lerato Dube", "Local politics is noise for the currency unless it reaches Pretoria,", **DUB, cue="said Lerato Dube")
d.Q("Electoral Commission", "Both by-elections were free and fair, and the results stand,", stype="ORG",
    aliases=["a spokesperson for the Electoral Commission"], cue="a spokesperson for the Electoral Commission said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Ayesha Patel", "tired of musical chairs", **PAT, syntax="phrase", cue="said residents were")

d.F("118", 118, "count", "councillors voting for the motion of no confidence")
d.F("102", 102, "count", "councillors voting against the motion")
d.F("224-seat", 224, "count", "seats in the Ekurhuleni council")
d.F("19 months", 19, "months", "how long the ousted coalition had governed")
d.F("two", 2, "count", "by-elections won by the PCF", ctx="won two by-elections")
d.F("October", "2025-10", "date", "month of the two by-elections", value_inferred=True,
    note="Year not written; before the 2025/26 budget's December collection figure and the 14 March hearing.")
d.F("nine", 9, "count", "URA councillors who switched sides")
d.F("Four", 4, "count", "councillors absent from the vote")
d.F("54", 54, "years", "age of Thandiwe Mokoena")
d.F("71", 71, "count", "seats held by the CDR")
d.F("31", 31, "count", "seats held by the CDR's remaining partners", ctx="only 31 between")
d.F("2am", "02:00", "time", "when the URA caucus meeting ended")
d.F("three", 3, "count", "warnings the URA gave the CDR", ctx="three warnings")
d.F("47", 47, "years", "age of Nomvula Khumalo")
d.F("14 days", 14, "days", "period within which a new mayor is expected to be elected")
d.F("R61.2bn", 61200000000, "ZAR", "Ekurhuleni's budget")
d.F("2025/26", "2025/2026", "date", "budget year")
d.F("93%", 93, "percent", "share of billings the budget assumed would be collected")
d.F("December", "2025-12", "date", "month by which 81% had been collected", value_inferred=True,
    note="Year not written; December inside the 2025/26 budget year.")
d.F("81%", 81, "percent", "share of billings collected by December")
d.F("more than R4.3 billion", 4300000000, "ZAR", "Ekurhuleni's debt to the national power utility", qualifier="more than")
d.F("2.5 billion rand", 2500000000, "ZAR", "infrastructure grants the Treasury will hold back")
d.F("0.8%", 0.8, "percent", "fall in the rand")
d.F("R18.74", 18.74, "ZAR", "rand exchange rate against the dollar")
d.F("several hundred", None, "count", "CDR supporters who blocked the R21 highway", vague=True, qualifier="several")
d.F("about three hours", 3, "hours", "how long the R21 highway was blocked", qualifier="about")
d.F("23", 23, "count", "people arrested (SAPS)")
d.F("two", 2, "count", "officers slightly injured", ctx="two officers")
d.F("14 March", "2026-03-14", "date", "Electoral Court hearing on the ward 37 result", value_inferred=True,
    note="Year not written; the next 14 March after the October by-elections.")
d.F("31%", 31, "percent", "turnout in one by-election ward")
d.F("27%", 27, "percent", "turnout in the other by-election ward")
d.F("2021", 2021, "year", "year of the municipal elections used as the turnout benchmark")
d.F("46%", 46, "percent", "average turnout in the 2021 municipal elections")
d.F("eight times", 8, "times", "council sittings disrupted since August")
d.F("August", "2025-08", "date", "start of the period of disrupted sittings", value_inferred=True,
    note="Year not written; the August before the October by-elections.")

d.NF("three", ctx="ignored all three", reason="Trivial back-reference to the three warnings.")
d.NF("R21", reason="Road name; not a rand amount.")
d.NF("37", ctx="ward 37", reason="Ward number (a code).")
d.NF("one", ctx="in one ward", reason="Trivial 'one ... the other'.")

d.RT("on Thursday", resolved=None)

d.P("Thandiwe Mokoena", "PERSON", "Ekurhuleni's mayor", "Ekurhuleni's mayor, Thandiwe Mokoena", ["quoted", "actor"])
d.P("Ekurhuleni", "GPE", None, "It owes the national power utility", ["actor"],
    note="The metro budgets, collects and owes money.")
d.P("Progressive Civic Front", "ORG", None, "The motion was brought by the opposition Progressive Civic Front (PCF)",
    ["actor"], aliases=["PCF"])
d.P("Ubuntu Ratepayers' Association", "ORG", None, "persuaded the nine councillors of the Ubuntu Ratepayers' Association (URA)",
    ["actor"], aliases=["URA"])
d.P("Congress for Democratic Renewal", "ORG", None, "Her Congress for Democratic Renewal (CDR) still holds", ["actor"],
    aliases=["CDR"])
d.P("Pieter van Wyk", "PERSON", "the URA's leader", "Pieter van Wyk, the URA's leader", ["quoted", "cited"])
d.P("Nomvula Khumalo", "PERSON", "a former school principal who leads the party's caucus",
    "Khumalo, a former school principal", ["quoted"])
d.P("Sipho Ndlovu", "PERSON", "Finance Minister", "Finance Minister Sipho Ndlovu", ["quoted", "cited"],
    aliases=["Finance Minister Sipho Ndlovu"])
d.P("National Treasury", "ORG", None, "the National Treasury would hold back", ["actor"])
d.P("Lerato Dube", "PERSON", "the chief economist at Highveld Merchant Bank", "said Lerato Dube", ["quoted"])
d.P("South African Police Service", "ORG", None, "The South African Police Service (SAPS) said", ["cited"], aliases=["SAPS"])
d.P("Electoral Court", "ORG", None, "The Electoral Court in Bloemfontein will hear", ["actor"])
d.P("Electoral Commission", "ORG", None, "a spokesperson for the Electoral Commission said", ["quoted"])
d.P("Gauteng Civic Forum", "ORG", None, "Observers from the Gauteng Civic Forum", ["cited"])
d.P("Ayesha Patel", "PERSON", "Its chairperson", "Its chairperson, Ayesha Patel", ["quoted", "cited"])
d.M("Highveld Merchant Bank", "ORG", "Only inside Dube's role.")
d.M("South Africa", "GPE", "Background.")
d.M("Germiston", "GPE", "Location of the council chamber.")
d.M("Cape Town", "GPE", "Where Ndlovu spoke.")
d.M("Pretoria", "GPE", "Inside Dube's quote.")
d.M("Bloemfontein", "GPE", "Seat of the Electoral Court.")
d.M("US", "GPE", "Background ('US inflation data').")
d.M("Gauteng", "GPE", "Inside the forum's name.")
d.write()
