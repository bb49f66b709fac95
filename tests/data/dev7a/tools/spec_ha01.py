import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ha01_ireland_budget_coalition_row")
d.B("DUBLIN, Oct 7 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
DOY = dict(aliases=["Doyle", "Irish Finance Minister Ciarán Doyle", "the finance minister"],
           role="Irish Finance Minister")
RD = dict(stype="ORG", aliases=["his own coalition partner"])
d.Q("Republican Democrats", "within two years", **RD, **S, syntax="phrase",
    cue="his own coalition partner, which warned that ... could vanish",
    note="Scare-quote fragment in the lead; the coalition partner is named in the fourth paragraph.")
d.Q("Ciarán Doyle", "This is a budget for people who get up early and pay the bills, and we make no apology for that,",
    **DOY, **S, cue="Doyle told reporters outside Government Buildings")
d.Q("Republican Democrats", "spending windfall money as if it were rent", **RD, **S, syntax="phrase",
    cue="The Republican Democrats ... said in a statement that the government was",
    note="Party statement; 7-word verb phrase -> full by the length rule.")
d.Q("Fiona Garvey", "We signed up to a programme for government, not a blank cheque,",
    aliases=["Garvey", "Tánaiste Fiona Garvey"], role="Tánaiste, the party's leader", **S, cue="she said",
    note="Pronoun speaker after two women are named (Garvey met Siobhán Kehoe); 'she' = Garvey, the subject of the "
         "sentence before, whose party is the one objecting.")
d.Q("Irish Fiscal Advisory Council", "well beyond what is sustainable", stype="ORG", aliases=["IFAC"], **S,
    syntax="phrase", cue="according to the Irish Fiscal Advisory Council (IFAC)")
d.Q("Eamon Kilbride", "If the corporate tax tide goes out, we will find out very quickly who has been swimming without a "
    "plan,", aliases=["Prof Eamon Kilbride"], role="Its chairman", **S, cue="he warned",
    note="'Its' = IFAC. Attribution verb 'warned'.")
d.Q("Ciarán Doyle", "The rule was written for a country of 4.6 million people. We are heading for 5.5 million.", **DOY,
    **S, cue="Asked whether the rule was now dead, the finance minister said:",
    note="Colon-introduced answer to a question; role-only attribution.")
d.Q("Pádraig Nolan", "a sugar rush with a hangover attached", aliases=["Former finance minister Pádraig Nolan"],
    role="Former finance minister", **S, syntax="phrase", cue="wrote on X that the package was",
    note="Social-media post; 7-word noun phrase -> full by the length rule.")
d.Q("Martin Cawley", "overdue, not generous", role="Its general secretary", **S, syntax="phrase",
    cue="Its general secretary, Martin Cawley, said the increase was", note="'Its' = PSAI.")
d.Q("Niamh Roche", "Markets will forgive Ireland a great deal while the debt ratio is falling. They will not forgive "
    "complacency,", role="chief economist at Corrib Bank plc", **S, cue="Niamh Roche, ..., told Reuters")
d.Q("Central Bank of Ireland", "running close to capacity", stype="ORG", **S, syntax="phrase",
    cue="The Central Bank of Ireland acknowledged in its quarterly bulletin on Tuesday that the economy was")

d.F("9.4 billion euro", 9400000000, "EUR", "budget package (headline)", ctx="defends 9.4 billion euro")
d.F("9.4 billion euro", 9400000000, "EUR", "budget package", ctx="a 9.4 billion euro ($10.9")
d.F("$10.9 billion", 10900000000, "USD", "dollar value of the budget package")
d.F("two years", 2, "years", "time within which corporate tax receipts could vanish (Republican Democrats)",
    ctx="within two years")
d.F("6.9 billion euros", 6900000000, "EUR", "extra spending in the package")
d.F("2.5 billion euros", 2500000000, "EUR", "tax cuts in the package")
d.F("80 cents", 0.8, "EUR", "rise in the hourly minimum wage", note="Cents stored as EUR 0.80, as dev5a's cents.")
d.F("14.95 euros", 14.95, "EUR", "new hourly minimum wage", note="Per hour.")
d.F("January", "2027-01", "date", "when the minimum wage rise takes effect", value_inferred=True,
    note="The budget is in October 2026, so the next January is 2027.")
d.F("two hours", 2, "hours", "length of the Garvey-Kehoe meeting")
d.F("34.2 billion euros", 34200000000, "EUR", "corporation tax receipts forecast this year")
d.F("12%", 12, "percent", "rise in corporation tax receipts on 2025")
d.F("2025", 2025, "year", "base year of the 12% rise")
d.F("roughly half", 0.5, "fraction", "share of corporation tax paid by 10 multinationals", qualifier="roughly")
d.F("10", 10, "count", "multinational groups paying roughly half of corporation tax", ctx="just 10 multinational")
d.F("5%", 5, "percent", "government's own spending rule", ctx="own 5% spending")
d.F("fourth", 4, "ordinal", "year running the spending rule was broken")
d.F("4.6 million", 4600000, "count", "population the rule was written for (Doyle)")
d.F("5.5 million", 5500000, "count", "population Ireland is heading for (Doyle)")
d.F("about 68,000", 68000, "count", "civil servants the PSAI represents", qualifier="about")
d.F("3.25%", 3.25, "percent", "pay rise for civil servants in the plan")
d.F("38%", 38, "percent", "government debt as a share of national income by 2028 (forecast)")
d.F("2028", 2028, "year", "year of the 38% debt forecast")
d.F("41%", 41, "percent", "government debt as a share of national income this year")
d.F("15,350", 15350, "count", "people in emergency accommodation in August")
d.F("4,870", 4870, "count", "children in emergency accommodation in August")
d.F("August", "2026-08", "date", "month of the record emergency-accommodation figure", value_inferred=True,
    note="Year from the dateline context (October 2026 budget).")
d.F("1.1 billion euro", 1100000000, "EUR", "housing fund in the budget")
d.F("Nov. 30", "2026-11-30", "date", "deadline for the European Commission's opinion", value_inferred=True)

d.NF("7", ctx="Oct 7 (Reuters)", reason="Date in the dateline.")
d.NF("two", ctx="between the two parties", reason="Trivial back-reference ('the two parties').")

d.RT("on Wednesday", resolved="2026-10-07")
d.RT("on Tuesday", ctx="parliament on Tuesday", resolved="2026-10-06")
d.RT("late on Tuesday", resolved="2026-10-06")
d.RT("this year", ctx="euros this year", resolved="2026")
d.RT("last week", resolved=None)
d.RT("this year", ctx="41% this year", resolved="2026")
d.RT("on Tuesday", ctx="bulletin on Tuesday", resolved="2026-10-06")

d.P("Ciarán Doyle", "PERSON", "Irish Finance Minister", "Irish Finance Minister Ciarán Doyle on Wednesday defended",
    ["quoted", "actor"], aliases=["Doyle"], note="Later 'the finance minister said:'.")
d.P("Republican Democrats", "ORG", "the junior party in a coalition", "The Republican Democrats, the junior party",
    ["quoted", "actor"], note="First referred to as 'his own coalition partner'.")
d.P("Fiona Garvey", "PERSON", "Tánaiste, the party's leader", "Tánaiste Fiona Garvey, the party's leader, met",
    ["quoted", "actor", "cited"], aliases=["Garvey"])
d.P("Siobhán Kehoe", "PERSON", "Public Expenditure Minister", "Public Expenditure Minister Siobhán Kehoe", ["actor"],
    note="Named right before Garvey's 'she said' quote.")
d.P("Department of Finance", "ORG", None, "Department of Finance figures show", ["cited"],
    note="Later 'The finance ministry expects'.")
d.P("Irish Fiscal Advisory Council", "ORG", "the state's budget watchdog",
    "according to the Irish Fiscal Advisory Council (IFAC)", ["quoted", "cited"], aliases=["IFAC"])
d.P("Eamon Kilbride", "PERSON", "Its chairman", "Its chairman, Prof Eamon Kilbride, told", ["quoted", "cited"])
d.P("Pádraig Nolan", "PERSON", "Former finance minister", "Former finance minister Pádraig Nolan", ["quoted"])
d.P("Public Service Alliance of Ireland", "ORG", None, "The Public Service Alliance of Ireland (PSAI)", ["actor"],
    aliases=["PSAI"], note="Union; welcomed the pay rise.")
d.P("Martin Cawley", "PERSON", "Its general secretary", "Its general secretary, Martin Cawley", ["quoted"])
d.P("Niamh Roche", "PERSON", "chief economist at Corrib Bank plc", "Niamh Roche, chief economist at Corrib Bank plc",
    ["quoted"])
d.P("Homeward Ireland", "ORG", "housing charity", "The housing charity Homeward Ireland said", ["cited", "actor"])
d.P("Central Bank of Ireland", "ORG", None, "The Central Bank of Ireland acknowledged", ["quoted"])
d.P("European Commission", "ORG", None, "the European Commission is due to give its opinion", ["actor"])
d.M("Civic Party", "ORG", "Doyle's party, leading the coalition (background).")
d.M("Dáil", "ORG", "Parliament; its budgetary oversight committee is where Kilbride spoke (object only).")
d.M("Corrib Bank plc", "ORG", "Only in Roche's role.")
d.M("Reuters", "ORG", "The news agency itself (dateline, 'told Reuters').")
d.M("Government Buildings", "FAC", "Location.")
d.M("Ireland", "GPE", "Background.")
d.M("DUBLIN", "GPE", "Dateline.")
d.write()
