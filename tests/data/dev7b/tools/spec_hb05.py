import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hb05_nigeria_cbn_rate_hold")
d.B("ABUJA, Nov 24 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
ADE = dict(aliases=["Adesanmi", "Governor Kayode Adesanmi"], role="Governor")
MPC = dict(stype="ORG", aliases=["MPC", "the committee"], syntax="phrase",
           cue="In its communique, the committee listed three risks to the outlook:")
ADB = dict(role="the federation's director-general")
d.Q("Kayode Adesanmi", "The disinflation we are seeing is real, but it is young. We would rather be late than wrong,",
    **ADE, **S, cue="Adesanmi insisted", note="Attribution verb 'insisted'.")
d.Q("Kayode Adesanmi", "If food prices behave, the door is open. If they do not, it stays shut.", **ADE, **S,
    cue="Asked whether the bank could cut ..., he said:", note="Answer to a question; colon-introduced; 'he' = "
    "Adesanmi, the only person named so far.")
d.Q("Monetary Policy Committee", "sticky food prices", **MPC, **S,
    note="List of quoted risks from the MPC communique (written statement), item 1.")
d.Q("Monetary Policy Committee", "fiscal slippage ahead of the 2027 elections", **MPC, **S,
    note="Item 2 of the list. 6 words (the year counts as a word) and a phrase -> fragment.")
d.Q("Monetary Policy Committee", "a renewed fall in oil output", **MPC, **S, note="Item 3 of the list.")
d.Q("Chinedu Eze", "understandable but costly", aliases=["Finance Minister Chinedu Eze"], role="Finance Minister", **S,
    syntax="phrase", cue="said in a statement that the decision was")
d.Q("Chinedu Eze", "Cheaper credit is the fastest stimulus we have,", aliases=["Finance Minister Chinedu Eze", "the minister"],
    role="Finance Minister", **S, cue="the minister added",
    note="Role-only attribution ('the minister'), after a sentence about his ministry's letter.")
d.Q("Segun Adebiyi", "Every month at these rates, another factory shuts its gates,", **ADB, **S,
    cue="the federation's director-general, Segun Adebiyi, told Reuters")
d.Q("Segun Adebiyi", "We are not asking for cheap money. We are asking for survivable money.", **ADB, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Adaeze Nwosu", "The currency has done much of the central bank's work since August,", aliases=["Nwosu"],
    role="chief economist at Lagoon Capital Bank Plc", **S, cue="she said",
    note="Pronoun speaker after two women are named (Adaeze Nwosu and Kemi Balogun); 'she' = Nwosu, the subject of "
         "the sentence before.")
d.Q("Musa Ibrahim-Kolo", "the right call for the wrong reasons",
    role="a former CBN deputy governor who now heads the Kainji Policy Institute in Abuja", **S, syntax="phrase",
    cue="according to Musa Ibrahim-Kolo", note="7-word phrase -> 'full' by the length rule.")

d.F("27.5%", 27.5, "percent", "CBN benchmark rate (headline)", ctx="rate at 27.5% as")
d.F("27.5%", 27.5, "percent", "CBN benchmark rate", ctx="rate at 27.5% on")
d.F("Ten", 10, "count", "MPC members who voted to hold")
d.F("12", 12, "count", "MPC members", ctx="the 12 members")
d.F("two", 2, "count", "MPC members who favoured a cut", ctx="while two favoured")
d.F("50 basis points", 50, "basis points", "cut favoured by two members")
d.F("January", "2027-01", "date", "next MPC meeting", ctx="meeting in January", value_inferred=True,
    note="The next meeting after the Nov 24, 2026 decision.")
d.F("18.4%", 18.4, "percent", "headline inflation in October (NBS)")
d.F("October", "2026-10", "date", "month of the 18.4% inflation reading", ctx="18.4% in October", value_inferred=True)
d.F("19.9%", 19.9, "percent", "headline inflation in September")
d.F("September", "2026-09", "date", "month of the 19.9% inflation reading", value_inferred=True)
d.F("seventh", 7, "ordinal", "straight monthly decline in inflation")
d.F("about half", 0.5, "fraction", "share of food in the consumer price basket", qualifier="about")
d.F("21.2%", 21.2, "percent", "food inflation")
d.F("three", 3, "count", "risks listed in the MPC communique", ctx="listed three risks")
d.F("2027", 2027, "year", "year of the elections (MPC communique)")
d.F("above 35%", 35, "percent", "lending rates businesses pay", qualifier="above")
d.F("100 basis points", 100, "basis points", "rate cut in the finance ministry's letter")
d.F("about 480 billion naira", 480000000000, "NGN", "yearly interest saving from a 100bp cut (finance ministry)",
    qualifier="about", note="Per year.")
d.F("about 1.6 million", 1600000, "count", "people employed by NMF members", qualifier="about")
d.F("at least 200 basis points", 200, "basis points", "cut the NMF called for", qualifier="at least")
d.F("312", 312, "count", "member factories closed (NMF)")
d.F("first nine months", "2026-01/2026-09", "date", "period in which 312 factories closed", value_inferred=True,
    note="'the first nine months of the year' as a date range, as dev5a's quarters.")
d.F("between 1,370 and 1,410", [1370, 1410], "NGN", "naira trading range per dollar since August",
    note="Naira per dollar, as dev3's '₦1,540'.")
d.F("August", "2026-08", "date", "start of the naira's trading range", ctx="dollar since August", value_inferred=True)
d.F("1,386 naira", 1386, "NGN", "official naira rate per dollar after the decision")
d.F("$42.6 billion", 42600000000, "USD", "Nigeria's foreign reserves (CBN data)")
d.F("January", "2027-01", "date", "when the analysts expect a cut", ctx="cut in January", value_inferred=True)
d.F("August", "2026-08", "date", "since when the naira has done the bank's work (Nwosu)", ctx="work since August",
    value_inferred=True)
d.F("October", "2026-10", "date", "month of the IMF forecast", ctx="forecast in October", value_inferred=True)
d.F("3.9%", 3.9, "percent", "IMF growth forecast for this year")
d.F("3.4%", 3.4, "percent", "growth in 2025")
d.F("2025", 2025, "year", "year of the 3.4% growth")
d.F("1.2%", 1.2, "percent", "rise in Lagos-listed bank shares", ctx="rose 1.2%")

d.NF("24", ctx="Nov 24 (Reuters)", reason="Date in the dateline.")

d.RT("on Tuesday", resolved="2026-11-24")
d.RT("this month", resolved="2026-11")
d.RT("this year", resolved="2026")

d.P("Central Bank of Nigeria", "ORG", None, "The Central Bank of Nigeria (CBN) kept its benchmark", ["actor", "cited"],
    aliases=["CBN"], note="'according to CBN data'; later 'the bank'.")
d.P("finance ministry", "ORG", None, "His ministry had argued, in a letter", ["actor", "cited"],
    note="'the finance ministry had lobbied for'; 'His ministry' (Eze's).")
d.P("Monetary Policy Committee", "ORG", None, "the bank's Monetary Policy Committee (MPC) voted", ["actor", "quoted"],
    aliases=["MPC"], note="Owned form: 'the bank's Monetary Policy Committee'; later 'the committee'.")
d.P("Kayode Adesanmi", "PERSON", "Governor", "Governor Kayode Adesanmi told a news conference", ["quoted", "cited"],
    aliases=["Adesanmi"])
d.P("National Bureau of Statistics", "ORG", None, "Data from the National Bureau of Statistics (NBS) show", ["cited"],
    aliases=["NBS"])
d.P("Chinedu Eze", "PERSON", "Finance Minister", "Finance Minister Chinedu Eze said in a statement", ["quoted"],
    note="Later 'the minister added'.")
d.P("Daily Sentinel", "ORG", "newspaper", "a letter published by the Daily Sentinel newspaper", ["actor"],
    note="Published the ministry's letter (broadcaster/publisher convention). Unsure: it could be a mention.")
d.P("Nigerian Manufacturers' Federation", "ORG", None, "The Nigerian Manufacturers' Federation (NMF), whose members",
    ["actor", "cited"], aliases=["NMF"])
d.P("Segun Adebiyi", "PERSON", "the federation's director-general", "the federation's director-general, Segun Adebiyi",
    ["quoted"])
d.P("Adaeze Nwosu", "PERSON", "chief economist at Lagoon Capital Bank Plc", "Adaeze Nwosu, chief economist at Lagoon",
    ["quoted", "cited"], aliases=["Nwosu"])
d.P("Kemi Balogun", "PERSON", "head of research at Eko Meridian Securities Ltd", "Kemi Balogun, head of research",
    ["cited"], aliases=["Balogun"], note="Named together with Nwosu before the 'she said' quote; 'noting that'.")
d.P("International Monetary Fund", "ORG", None, "The International Monetary Fund (IMF) forecast", ["cited"],
    aliases=["IMF"])
d.P("Musa Ibrahim-Kolo", "PERSON", "a former CBN deputy governor who now heads the Kainji Policy Institute in Abuja",
    "according to Musa Ibrahim-Kolo", ["quoted", "cited"], note="'He argued that' (paraphrase).")
d.M("Lagoon Capital Bank Plc", "ORG", "Only in Nwosu's role.")
d.M("Eko Meridian Securities Ltd", "ORG", "Only in Balogun's role.")
d.M("Kainji Policy Institute", "ORG", "Only in Ibrahim-Kolo's role.")
d.M("Reuters", "ORG", "The news agency itself (dateline, 'told Reuters').")
d.M("Nigeria", "GPE", "Background.")
d.M("Abuja", "GPE", "Location.")
d.M("Lagos", "GPE", "In 'Lagos-listed'.")
d.M("ABUJA", "GPE", "Dateline.")
d.write()
