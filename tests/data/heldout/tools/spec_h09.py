from goldlib import Doc
d = Doc("h09_courts_pension_fraud", "Financial adviser jailed for seven years over £1.8m pension fraud")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

B("By Helen Marsh, North of England Correspondent", "byline")
B("14 November 2025", "dateline (publication date)")

Q("Graham Pickering", "guaranteed growth fund", aliases=["Pickering"], role="financial adviser", syntax="phrase", marks="straight",
  cue="The court heard that ... Pickering persuaded clients to move their savings into what he described as",
  note="His own description of the fake fund, reported via 'the court heard'; not a proper name of a real fund.")
AS = dict(aliases=[], role="Prosecutor")
Q("Anita Sharma", "a cash machine", **AS, syntax="phrase", marks="straight",
  cue="Prosecutor Anita Sharma told the court that the scheme had worked like")
Q("Anita Sharma", "He chose people who trusted him and who were least able to check what he was doing,", **AS, marks="straight",
  cue="she said")
Q("former pit deputy", "ashamed to tell my own children", aliases=["One man", "a former pit deputy"], role="a former pit deputy who lost £112,000",
  stype="ANONYMOUS", syntax="phrase", marks="straight",
  cue="One man, a former pit deputy who lost £112,000, said in a statement read to the court that he had been left")
CM = dict(aliases=["Judge Catherine Mowbray", "the judge"], role="Judge")
Q("Catherine Mowbray", "a cold and calculating disregard", **CM, syntax="phrase", marks="straight",
  cue="Judge Catherine Mowbray said Pickering had shown")
Q("Catherine Mowbray", "You took from them not just their money but their peace of mind in the last years of their lives,", **CM,
  marks="straight", cue="the judge said")
Q("Catherine Mowbray", "Several of them have died without seeing a penny returned.", **CM, marks="straight", attribution="implicit",
  cue="(continuation after the attributed quote)")
Q("Jonathan Reeve", "profoundly sorry", aliases=["Jonathan Reeve KC"], role="Pickering's barrister", syntax="phrase", marks="straight",
  cue="Pickering's barrister, Jonathan Reeve KC, said his client ... was")
Q("Ruth Hale", "This was a deliberate, long-running betrayal. I hope today's sentence gives the victims some sense that they were believed.",
  aliases=["Det Insp Ruth Hale"], role="Det Insp", marks="straight", cue="Det Insp Ruth Hale said after the hearing:")
Q("Retired Mineworkers' Welfare Society", "a start", aliases=["the society"], role="a charity that supported several of the victims during the case",
  stype="ORG", syntax="phrase", marks="straight", cue="The Retired Mineworkers' Welfare Society ... called the sentence")
DA = dict(aliases=["the society's secretary"], role="the society's secretary")
Q("Derek Allonby", "Many of our members will never see that money again,", **DA, marks="straight",
  cue="said the society's secretary, Derek Allonby, 72")
Q("Derek Allonby", "Seven years doesn't bring it back.", **DA, marks="straight", attribution="implicit",
  cue="(continuation after the attributed quote)")

F("seven years", 7, "years", "Pickering's prison sentence (headline)", ctx="jailed for seven years over")
F("£1.8m", 1800000, "GBP", "amount of the pension fraud (headline)")
F("£1.8 million", 1800000, "GBP", "amount stolen from clients' pension pots")
F("46", 46, "count", "clients defrauded")
F("seven years", 7, "years", "Pickering's prison sentence", ctx="has been jailed for seven years.")
F("58", 58, "years", "Graham Pickering's age")
F("March 2017", "2017-03", "date", "start of the fraud")
F("November 2022", "2022-11", "date", "end of the fraud")
F("two", 2, "count", "cars bought with the stolen money", ctx="two cars")
F("91", 91, "years", "age of the oldest victim")
F("£112,000", 112000, "GBP", "amount lost by a former pit deputy")
F("55", 55, "years", "Linda Pickering's age")
F("20-month", 20, "months", "Linda Pickering's suspended sentence")
F("two years", 2, "years", "period for which Linda Pickering's sentence is suspended")
F("150 hours", 150, "hours", "unpaid work Linda Pickering must do")
F("2021", 2021, "year", "year of the statement in which a client's daughter noticed irregularities")
F("£1.1m", 1100000, "GBP", "paid out so far by the Pension Savings Protection Fund")
F("39", 39, "count", "victims compensated so far")
F("£85,000", 85000, "GBP", "maximum compensation per claim")
F("72", 72, "years", "Derek Allonby's age")
F("Seven years", 7, "years", "Pickering's sentence, as referred to by Allonby")
F("12 January", "2026-01-12", "date", "date of the confiscation hearing", value_inferred=True,
  note="Year not written; next 12 January after the 14 November 2025 dateline.")
F("2023", 2023, "year", "year the Financial Standards Regulator banned Pickering")

NF("14 November 2025", reason="Publication date line (boilerplate).")
NF("One", "One man, a former", reason="'One man' – determiner.")

RT("on Friday", resolved="2025-11-14", note="Dateline 14 November 2025 is a Friday.")
RT("today's", resolved="2025-11-14")

P("Graham Pickering", "PERSON", "financial adviser", "Graham Pickering, 58, of Wetherby", ["actor", "quoted"], aliases=["Pickering"],
  note="Defendant; 'A financial adviser' in the lead.")
P("Leeds Crown Court", "ORG", None, "pleaded guilty at Leeds Crown Court", ["actor"], note="'The court heard', 'the court will decide'.")
P("Anita Sharma", "PERSON", "Prosecutor", "Prosecutor Anita Sharma told the court", ["quoted"])
P("Catherine Mowbray", "PERSON", "Judge", "Judge Catherine Mowbray said", ["quoted", "cited", "actor"], aliases=["Judge Catherine Mowbray"])
P("Jonathan Reeve", "PERSON", "Pickering's barrister", "Pickering's barrister, Jonathan Reeve KC", ["quoted", "cited"],
  aliases=["Jonathan Reeve KC"])
P("Linda Pickering", "PERSON", "His wife", "His wife, Linda Pickering, 55", ["actor"], note="Co-defendant.")
P("West Yorkshire Police", "ORG", None, "investigated by West Yorkshire Police's economic crime unit", ["actor"])
P("Ruth Hale", "PERSON", "Det Insp", "Det Insp Ruth Hale said", ["quoted"], aliases=["Det Insp Ruth Hale"],
  note="'Det Insp' = Detective Inspector.")
P("Pension Savings Protection Fund", "ORG", "an industry-funded compensation body", "The Pension Savings Protection Fund, an", ["cited", "actor"])
P("Retired Mineworkers' Welfare Society", "ORG", "a charity that supported several of the victims during the case",
  "The Retired Mineworkers' Welfare Society, a charity", ["quoted"])
P("Derek Allonby", "PERSON", "the society's secretary", "said the society's secretary, Derek Allonby", ["quoted"])
P("Financial Standards Regulator", "ORG", None, "The Financial Standards Regulator banned", ["actor"])

M("Helen Marsh", "PERSON", "Author (byline).")
M("Wetherby", "GPE", "Defendant's home town.")
M("West Yorkshire", "GPE", "Place.")
M("Spain", "GPE", "Location of the holiday home.")
M("Proceeds of Crime Act", "LAW", "Law (not an organisation); listed so that it is not penalised if extracted.")
d.write()
