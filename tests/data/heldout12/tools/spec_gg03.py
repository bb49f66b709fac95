import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg03_payamihan_data_breach_ruling")
d.B("*By Carmela Reyes — 22 April 2026*", "byline")

JUD = dict(aliases=["Judge Rowena Dizon-Alcantara", "the judge"], role="Judge of Regional Trial Court Branch 149")
MAN = dict(aliases=["Privacy Commissioner Jericho Manalo"], role="Privacy Commissioner")
d.Q("Rowena Dizon-Alcantara", "in a manner no reasonable company would defend.", **JUD, syntax="phrase",
    cue="Judge Rowena Dizon-Alcantara of Regional Trial Court Branch 149 found that PayAmihan had stored passwords and "
        "ID photos",
    note="A judgment's finding ('found that') ends in quoted words; 8-word phrase -> full. Hyphenated Filipino "
         "married surname.")
d.Q("Rowena Dizon-Alcantara",
    "Convenience is not a defence. A company that holds the savings of millions must also hold their secrets,", **JUD,
    cue="the judge wrote", note="Role-only person attribution ('the judge' = Judge Dizon-Alcantara); a written "
                                "decision counts as 'said'.")
d.Q("Jericho Manalo", "The law has always had teeth,", **MAN, syntax="clause",
    cue="Privacy Commissioner Jericho Manalo said", note="Split quote, first half (title + name in the middle).")
d.Q("Jericho Manalo", "and today a court used them.", **MAN, syntax="clause",
    cue="Privacy Commissioner Jericho Manalo said", note="Split quote, second half.")
d.Q("Jose Miguel Tan", "Three thousand four hundred people stood up for 3.1 million,", aliases=["Tan"],
    role="a lawyer at the Quezon City firm Bernardo Lacuna & Uy",
    cue="said Jose Miguel Tan, a lawyer at the Quezon City firm Bernardo Lacuna & Uy, which filed the suit in 2024",
    note="Nested apposition: 'which filed the suit in 2024' describes the firm, not Tan (as dev12b's Brannock).")
d.Q("PayAmihan Inc.", "respectfully disagrees", stype="ORG", aliases=["PayAmihan"], syntax="phrase",
    cue="PayAmihan said in a statement that it", note="Company statement; two-word fragment.")
d.Q("Rafael Ocampo", "The court has punished a company for being robbed,", aliases=["Ocampo"],
    role="the company’s lead counsel", cue="he said",
    note="Pronoun trap: two men are named in the sentence before last ('Sy and the company’s lead counsel, Rafael "
         "Ocampo, left the courtroom together'); 'he' = Ocampo, the subject of 'Ocampo later said'.")
d.Q("Rodel Bautista", "Ubos na. Everything I saved for my daughter’s tuition,", role="a jeepney driver from Caloocan",
    cue="he said outside the court",
    note="'he' = Bautista, the only person named in the paragraph. Opens in Filipino ('Ubos na' = 'All gone').")
d.Q("Ana Liza Domingo", "Every Filipino with a phone is now a bank customer, whether they know it or not,",
    aliases=["Sen. Ana Liza Domingo", "the senator"],
    role="Sen., who chairs the Senate committee on science and technology", cue="the senator said",
    note="Role-only person attribution ('the senator' = Sen. Ana Liza Domingo, sentence before).")
d.Q("Bangko Sentral ng Pilipinas", "by the end of the year, without exception.", stype="ORG",
    aliases=["BSP", "the central bank"], syntax="phrase",
    cue="A BSP spokesperson said the central bank would require all operators to offer two-factor log-ins",
    note="Unnamed spokesperson: the quote goes to the organisation (acronym as a modifier). 8-word phrase -> full.")
d.Q("Grace Villaruel", "a receipt, not a refund.", role="Its convenor", syntax="phrase",
    cue="Its convenor, Grace Villaruel, called the ruling", note="'Its' = Konsyumer Muna. Fragment after 'called'.")

d.F("₱34 million", 34000000, "PHP", "damages PayAmihan must pay in total (headline)",
    note="Rounded total of ₱10,000 for each of 3,412 users.")
d.F("3.1 million", 3100000, "count", "e-wallet users exposed by the breach (headline)", ctx="exposed 3.1 million")
d.F("₱10,000", 10000, "PHP", "damages to each user", note="Per user.")
d.F("3,412", 3412, "count", "users awarded damages")
d.F("2024", 2024, "year", "year of the cyberattack", ctx="a 2024 cyberattack")
d.F("first", 1, "ordinal", "first class suit under the Data Privacy Act to reach a verdict", ctx="the first class")
d.F("63-page", 63, "count", "pages of the decision")
d.F("2:30 p.m.", "14:30", "time", "time the decision was read")
d.F("nine months", 9, "months", "how long PayAmihan knew of the flaw before the attack")
d.F("October 2024", "2024-10", "date", "month of the attack")
d.F("millions", None, "count", "people whose savings such a company holds (in a quote)", vague=True,
    qualifier="millions")
d.F("about 3.1 million", 3100000, "count", "users whose data was exposed (NPC)", qualifier="about")
d.F("₱5 million", 5000000, "PHP", "NPC fine for reporting the attack late")
d.F("nine days", 9, "days", "how late PayAmihan reported the attack")
d.F("72 hours", 72, "hours", "deadline for reporting a breach")
d.F("Three thousand four hundred", 3400, "count", "plaintiffs who stood up (Tan, in a quote)",
    note="Spelled out; the 3,412 plaintiffs rounded.")
d.F("3.1 million", 3100000, "count", "users the plaintiffs stood up for (in a quote)", ctx="stood up for 3.1 million")
d.F("2024", 2024, "year", "year the firm filed the suit", ctx="filed the suit in 2024")
d.F("at least 1,100", 1100, "count", "more users who asked to join a second suit", qualifier="at least")
d.F("second", 2, "ordinal", "a second suit being prepared", ctx="a second suit")
d.F("15 days", 15, "days", "time allowed to appeal")
d.F("₱1.2 billion", 1200000000, "PHP", "PayAmihan's spending on security since the attack")
d.F("41 days", 41, "days", "time the hackers stayed inside the network")
d.F("34", 34, "years", "age of Rodel Bautista", ctx="Bautista, 34,")
d.F("₱18,500", 18500, "PHP", "money Bautista lost")
d.F("May 5", "2026-05-05", "date", "reopening of the Senate inquiry", value_inferred=True,
    note="Year not written; 2026 from the byline.")
d.F("about 60%", 60, "percent", "surveyed victims who received scam calls or texts", qualifier="about")

d.NF("22", ctx="— 22 April", reason="Date in the byline.")
d.NF("2026", ctx="April 2026*", reason="Year in the byline.")
d.NF("2012", reason="Year inside a law's name ('Data Privacy Act of 2012').")
d.NF("149", reason="Numeral inside a court's name ('Regional Trial Court Branch 149').")
d.NF("two", ctx="two-factor", reason="Part of a technical term ('two-factor log-ins').")

d.RT("on Tuesday", resolved="2026-04-21", note="The byline date, 22 April 2026, is a Wednesday.")
d.RT("last year", resolved="2025")
d.RT("today", resolved="2026-04-21", note="Inside a quote: the day of the ruling.")
d.RT("later", ctx="Ocampo later said", resolved=None)
d.RT("the end of the year", resolved="2026-12", note="Inside a quote.")

d.P("PayAmihan Inc.", "ORG", "the e-wallet operator", "ordered the e-wallet operator PayAmihan Inc. to pay",
    ["actor", "quoted"], aliases=["PayAmihan"], note="Later 'The company', 'Its chief executive', 'the company’s lead "
                                                    "counsel'.")
d.P("Regional Trial Court Branch 149", "ORG", None, "Judge Rowena Dizon-Alcantara of Regional Trial Court Branch 149",
    ["actor"], aliases=["Regional Trial Court"],
    note="The court that ruled ('A Makati court has ordered'); named inside the judge's title.")
d.P("Rowena Dizon-Alcantara", "PERSON", "Judge of Regional Trial Court Branch 149",
    "Judge Rowena Dizon-Alcantara of Regional Trial Court Branch 149 found", ["quoted", "actor"],
    note="Title before the name with 'of Y' after it; later 'she wrote' and 'the judge'.")
d.P("National Privacy Commission", "ORG", None, "according to the National Privacy Commission (NPC), which fined",
    ["cited", "actor"], aliases=["NPC"])
d.P("Jericho Manalo", "PERSON", "Privacy Commissioner", "Privacy Commissioner Jericho Manalo said", ["quoted"])
d.P("Jose Miguel Tan", "PERSON", "a lawyer at the Quezon City firm Bernardo Lacuna & Uy", "said Jose Miguel Tan",
    ["quoted", "cited"], aliases=["Tan"])
d.P("Bernardo Lacuna & Uy", "ORG", "the Quezon City firm", "the Quezon City firm Bernardo Lacuna & Uy, which filed the suit",
    ["actor"], note="Named inside Tan's role, but its own relative clause says it filed the suit. Unsure (as dev12b's "
                    "Macfarlane Bryce).")
d.P("Vincent Lacson Sy", "PERSON", "Its chief executive", "Its chief executive, Vincent Lacson Sy, told reporters",
    ["cited", "actor"], aliases=["Sy"],
    note="Filipino name order: given name, middle name (the mother's surname, 'Lacson'), surname ('Sy').")
d.P("Rafael Ocampo", "PERSON", "the company’s lead counsel", "the company’s lead counsel, Rafael Ocampo, left",
    ["quoted", "cited", "actor"], aliases=["Ocampo"])
d.P("Straitsguard Pte Ltd", "ORG", "a Singapore firm hired after the attack", "A forensic report by Straitsguard Pte Ltd",
    ["cited"], note="Legal form 'Pte Ltd'; its report 'found'.")
d.P("Rodel Bautista", "PERSON", "a jeepney driver from Caloocan", "Rodel Bautista, 34, a jeepney driver", ["quoted", "actor"])
d.P("Ana Liza Domingo", "PERSON", "Sen., who chairs the Senate committee on science and technology",
    "Sen. Ana Liza Domingo, who chairs", ["quoted", "actor"], note="Later 'the senator'.")
d.P("Bangko Sentral ng Pilipinas", "ORG", None, "The Bangko Sentral ng Pilipinas (BSP) said it was studying",
    ["quoted", "cited"], aliases=["BSP"], note="Later 'A BSP spokesperson', 'the central bank'.")
d.P("Konsyumer Muna", "ORG", "a consumer group that recruited plaintiffs", "Konsyumer Muna, a consumer group",
    ["cited", "actor"], note="Filipino name without an organisational noun; later 'Its convenor'.")
d.P("Grace Villaruel", "PERSON", "Its convenor", "Its convenor, Grace Villaruel, called the ruling", ["quoted"])
d.M("Court of Appeals", "ORG", "Where PayAmihan will appeal.")
d.M("Senate", "ORG", "Inside Domingo's role and the subheading ('Senate to reopen inquiry').")
d.M("Data Privacy Act of 2012", "LAW", "Law the class suit was brought under.")
d.M("Filipino", "NORP", "Demonym inside the senator's quote.")
d.M("Carmela Reyes", "PERSON", "Byline author (boilerplate).")
d.M("Makati", "GPE", "Where the court sits.")
d.M("Quezon City", "GPE", "In Tan's role.")
d.M("Caloocan", "GPE", "In Bautista's role.")
d.M("Singapore", "GPE", "In Straitsguard's description.")
d.write()
