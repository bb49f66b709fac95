import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ff02_rbi_repo_cut_inflation")

SET = dict(aliases=["Governor Arvind Sethuraman", "the governor"], role="Governor")
JOS = dict(aliases=["Joshi"], role="president of the Federation of Western India Industries")
d.Q("Arvind Sethuraman", "Inflation has come down faster than any of us projected, and it has come down for the right "
    "reasons,", **SET, cue="Governor Arvind Sethuraman told reporters in Mumbai after the 10 a.m. announcement",
    note="Attribution after the quote, with a title.")
d.Q("Arvind Sethuraman", "Food prices have corrected. The job of policy now is to make sure growth does not.", **SET,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Reserve Bank of India", "The balance of risks has shifted from prices to growth,", stype="ORG",
    aliases=["RBI", "The central bank", "the bank"], cue="the bank said in its policy statement",
    note="Role-only organisation attribution: 'the bank' = the RBI ('The central bank raised its growth forecast', "
         "two sentences before). No other bank is named yet.")
d.Q("Nandini Rao", "Cheap money does not build factories,", role="external member",
    cue="she wrote in a note published with the decision",
    note="'she' = Rao, the only person in the paragraph; written note, verb 'wrote'.")
d.Q("Vikram Joshi", "Every 25 basis points helps a small manufacturer,", **JOS, syntax="clause",
    cue="said Vikram Joshi, president of the Federation of Western India Industries",
    note="Split quote, first half (attribution in the middle).")
d.Q("Vikram Joshi", "but only if the banks pass it on.", **JOS, syntax="clause",
    cue="said Vikram Joshi, president of the Federation of Western India Industries", note="Split quote, second half.")
d.Q("Vikram Joshi", "I have heard that promise at every meeting since 2019,", **JOS, cue="he said",
    note="Pronoun trap: two men are named in the paragraph (Menon, Joshi); 'he' = Joshi, the subject of the sentence "
         "before ('Joshi was less sure').")
d.Q("United Bank Workers’ Federation", "Depositors are being asked to fund cheap loans,", stype="ORG",
    aliases=["the union"], cue="the union said", note="Role-only organisation attribution.")
d.Q("Ministry of Finance", "well judged.", stype="ORG", syntax="phrase",
    cue="A spokesperson for the Ministry of Finance said the decision was",
    note="Unnamed spokesperson: the quote goes to the organisation. Fragment.")
d.Q("Arvind Sethuraman", "We have room. We do not have a promise.", **SET,
    cue="Asked whether rates could fall further, the governor said:",
    note="Question-and-answer with a role-only colon attribution ('the governor' = Governor Arvind Sethuraman).")

d.F("25 basis points", 25, "basis points", "repo rate cut (headline)", ctx="by 25 basis points to 5% as")
d.F("5%", 5, "percent", "new repo rate (headline)", ctx="to 5% as")
d.F("1.4%", 1.4, "percent", "consumer price inflation (headline)", ctx="sinks to 1.4%")
d.F("25 basis points", 25, "basis points", "repo rate cut", ctx="by 25 basis points to 5% on")
d.F("5%", 5, "percent", "new repo rate", ctx="to 5% on Friday")
d.F("third", 3, "ordinal", "rank of this cut since June", ctx="its third cut")
d.F("June", "2025-06", "date", "start of the run of three cuts", ctx="since June", value_inferred=True,
    note="'its third cut since June' in a 2026 story after January 2026 inflation data, so June 2025. Unsure.")
d.F("1.4%", 1.4, "percent", "consumer price inflation in January", ctx="fell to 1.4% in")
d.F("January", "2026-01", "date", "month of the 1.4% inflation reading", ctx="1.4% in January", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("Five", 5, "count", "MPC members who voted for the cut")
d.F("six", 6, "count", "members of the Monetary Policy Committee", ctx="of the six members")
d.F("February 2025", "2025-02", "date", "start of the easing cycle")
d.F("125 basis points", 125, "basis points", "total rate reduction since February 2025")
d.F("10 a.m.", "10:00", "time", "time of the policy announcement")
d.F("minus 1.2 per cent", -1.2, "percent", "food inflation in January (NSO)", note="A written minus sign is kept.")
d.F("January", "2026-01", "date", "month of the food inflation reading", ctx="per cent in January", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("-0.3%", -0.3, "percent", "wholesale price inflation")
d.F("4.1%", 4.1, "percent", "core inflation")
d.F("FY2026", [2025, 2026], "year", "financial year of the 7.3% growth forecast",
    note="Indian financial year April 2025 to March 2026 ('which ends on March 31'), stored as a year range like "
         "dev10b's '2026-27'.")
d.F("March 31", "2026-03-31", "date", "end of FY2026", value_inferred=True,
    note="Year not written; the end of FY2026 is 31 March 2026.")
d.F("7.3%", 7.3, "percent", "RBI growth forecast for FY2026")
d.F("6.6%", 6.6, "percent", "RBI growth projection for 2026/27")
d.F("2026/27", [2026, 2027], "year", "financial year of the 6.6% projection",
    note="Indian financial year April 2026 to March 2027, stored as a year range like dev10b's '2026/27'.")
d.F("2% to 6%", [2, 6], "percent", "RBI inflation tolerance band")
d.F("47 paise", 0.47, "INR", "rupee's fall against the dollar",
    note="Paise (1/100 rupee) stored in full rupees, as cents are (dev5a, dev10b). A fall stored as its size.")
d.F("88.12", 88.12, "INR", "rupee's level against the dollar", note="Rupees per US dollar.")
d.F("₹1.5 lakh crore", 1500000000000, "INR", "government bonds the RBI will buy",
    note="1 lakh crore = 10^12 rupees.")
d.F("25 basis points", 25, "basis points", "size of a rate cut that helps a small manufacturer (in a quote)",
    ctx="Every 25 basis points")
d.F("₹50 lakh", 5000000, "INR", "size of the example home loan", note="1 lakh = 100,000 rupees.")
d.F("about ₹780", 780, "INR", "cut in the monthly instalment on a ₹50 lakh loan (Nilaya Home Finance)", qualifier="about",
    note="Per month.")
d.F("a week", 1, "weeks", "time within which lenders would reprice loans (Menon)",
    note="'within' left out; 'a week' = 1 week, as dev10b's 'by a year'.")
d.F("2019", 2019, "year", "since when Joshi has heard the promise (in a quote)")
d.F("6.4%", 6.4, "percent", "urban unemployment rate")
d.F("October-December quarter", "2025-10/2025-12", "date", "quarter of the 6.4% unemployment reading", value_inferred=True,
    note="Quarter as a date range (dev10b convention); the latest full quarter before a February 2026 decision, so "
         "2025. Unsure.")
d.F("about 1.6 million", 1600000, "count", "formal workers added by the EPFO in December", qualifier="about")
d.F("December", "2025-12", "date", "month of the EPFO additions", ctx="workers in December", value_inferred=True,
    note="Latest month before a February 2026 decision, so December 2025. Unsure.")
d.F("about 320,000", 320000, "count", "employees the United Bank Workers’ Federation represents", qualifier="about")
d.F("April 6-8", "2026-04-06/2026-04-08", "date", "next MPC meeting", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.RT("on Friday", resolved=None)
d.RT("now", ctx="policy now is", resolved=None, note="Inside a quote.")

d.P("Reserve Bank of India", "ORG", None, "The Reserve Bank of India (RBI) cut its benchmark repo rate", ["actor", "quoted"],
    aliases=["RBI"], note="Later 'The central bank', 'the bank'.")
d.P("Monetary Policy Committee", "ORG", None, "Five of the six members of the Monetary Policy Committee (MPC) voted",
    ["actor"], aliases=["MPC"], note="'The MPC next meets on April 6-8'.")
d.P("Arvind Sethuraman", "PERSON", "Governor", "Governor Arvind Sethuraman told reporters", ["quoted"],
    note="Later 'the governor'.")
d.P("National Statistics Office", "ORG", None, "according to the National Statistics Office (NSO)", ["cited"],
    aliases=["NSO"])
d.P("Nandini Rao", "PERSON", "external member", "The only dissenter, external member Nandini Rao, wanted to hold rates",
    ["quoted", "actor"], note="Also 'The only dissenter'.")
d.P("Vikram Joshi", "PERSON", "president of the Federation of Western India Industries", "said Vikram Joshi, president of",
    ["quoted"], aliases=["Joshi"])
d.P("Nilaya Home Finance", "ORG", None, "according to Nilaya Home Finance", ["cited"],
    note="Later 'Its managing director'.")
d.P("Deepak Menon", "PERSON", "Its managing director", "Its managing director, Deepak Menon, said lenders", ["cited"])
d.P("Employees’ Provident Fund Organisation", "ORG", None, "the Employees’ Provident Fund Organisation (EPFO) added",
    ["actor", "cited"], aliases=["EPFO"])
d.P("Ritu Anand", "PERSON", "chief economist at Sarovar Bank", "said Ritu Anand, chief economist at Sarovar Bank", ["cited"],
    note="Reported speech only.")
d.P("United Bank Workers’ Federation", "ORG", None, "The United Bank Workers’ Federation, which represents",
    ["quoted", "cited"], note="Later 'the union'.")
d.P("Ministry of Finance", "ORG", None, "A spokesperson for the Ministry of Finance said", ["quoted"])
d.M("Federation of Western India Industries", "ORG", "Only in Joshi's role.")
d.M("Sarovar Bank", "ORG", "Only in Anand's role.")
d.M("India", "GPE", "In the central bank's name.")
d.M("Mumbai", "GPE", "Location.")
d.write()
