import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii06_mombasa_jetty_fraud_charges")

OMAR = dict(aliases=["bin Omar"], role="who was chief officer for the blue economy from 2019 to 2023")
EACC = dict(stype="ORG", aliases=["EACC"])
d.Q("Ethics and Anti-Corruption Commission", "not a single pile was ever driven into the seabed.", **EACC,
    syntax="clause",
    cue="The Ethics and Anti-Corruption Commission (EACC) said in a statement that the company had been paid in four "
        "instalments … although",
    note="Organisation statement, quoted clause in reported speech; acronym in brackets.")
d.Q("Jane Wambui", "The accused signed for jetties that existed only on paper,",
    aliases=["Wambui", "Senior prosecution counsel Jane Wambui", "the prosecutor"], role="Senior prosecution counsel",
    cue="the prosecutor told the court",
    note="Role-only person attribution ('the prosecutor' = Jane Wambui, sentence before).")
d.Q("Hassan bin Omar", "on the written advice of the county’s chief engineer", **OMAR, syntax="phrase",
    cue="In an affidavit filed on Wednesday, bin Omar said he had approved the payments",
    note="Quote from a court filing (affidavit). Particle surname: 'bin Omar', lower-case 'bin' mid-sentence. "
         "9-word phrase -> full.")
d.Q("Hassan bin Omar", "the scapegoat for a team decision.", **OMAR, syntax="phrase",
    cue="In an affidavit filed on Wednesday, bin Omar said … and that he was being made",
    note="Second quoted phrase from the same affidavit; 6-word phrase -> fragment, period inside.")
d.Q("Cliff Otieno", "never missed a single summons", aliases=["Otieno"],
    role="His lawyer", syntax="phrase",
    cue="His lawyer, Cliff Otieno, asked for bail of Sh500,000, saying his client had",
    note="'His' = bin Omar's. 5-word phrase -> fragment.")
d.Q("Lucy Akinyi", "Bail is a right, not a reward,", aliases=["Akinyi", "Chief Magistrate Lucy Akinyi"],
    role="Chief Magistrate", cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Akinyi, who rejected Wambui’s request, said'); "
         "'she' = Akinyi, its subject, not the prosecutor.")
d.Q("World Bank", "paused all further payments to the county pending the outcome of the case.", stype="ORG",
    syntax="phrase", cue="co-financed by the World Bank, which said it had",
    note="International body in a relative clause; 12-word phrase -> full.")
d.Q("Eric Ngeno", "We are following the money to wherever it went, including property in Nairobi and Dubai,",
    role="the EACC’s spokesperson", cue="said Eric Ngeno, the EACC’s spokesperson",
    note="Named spokesperson ('X, the Y's spokesperson'): the quote goes to the person.")
d.Q("Mohamed Salim Bakari", "We were told the jetties were coming, so we sold our old boats and waited,",
    role="who chairs the Vanga Beach Management Unit",
    cue="said Mohamed Salim Bakari, 61, who chairs the Vanga Beach Management Unit")
d.Q("Mwanajuma Hamisi", "The money was stolen from us twice: once in the office and once on the beach,",
    aliases=["Hamisi"], role="the unit’s treasurer", cue="Hamisi said",
    note="Role given in a sentence of its own ('Mwanajuma Hamisi is the unit’s treasurer.').")

d.F("Sh412 million", 412000000, "KES", "money meant for the jetties (headline)", ctx="over Sh412 million",
    note="'Sh' = Kenyan shillings.")
d.F("Sh412 million", 412000000, "KES", "money the accused conspired to defraud the county of", ctx="county of Sh412 million")
d.F("six", 6, "count", "fish landing jetties that were never built", ctx="six fish landing")
d.F("52", 52, "years", "age of Hassan bin Omar", ctx="Omar, 52,")
d.F("2019 to 2023", [2019, 2023], "year", "bin Omar's years as chief officer for the blue economy",
    note="'from' left out.")
d.F("46", 46, "years", "age of Grace Achieng")
d.F("four", 4, "count", "instalments paid to the company", ctx="four instalments")
d.F("between March 2021 and June 2022", "2021-03/2022-06", "date", "period of the four payments",
    note="A range of months as a date-range string (as dev5c's quarters).")
d.F("Sh118 million", 118000000, "KES", "final payment approved by bin Omar")
d.F("two days", 2, "days", "time between the site inspection and the final payment")
d.F("Sh500,000", 500000, "KES", "bail the defence asked for")
d.F("three years", 3, "years", "length of the investigation (Otieno)")
d.F("Sh2 million", 2000000, "KES", "cash bail for bin Omar")
d.F("Sh1 million", 1000000, "KES", "cash bail for Achieng")
d.F("Sh1.9 billion", 1900000000, "KES", "coastal fisheries programme co-financed by the World Bank")
d.F("About 60", 60, "count", "fishermen outside the court", qualifier="About")
d.F("61", 61, "years", "age of Mohamed Salim Bakari")
d.F("about half", 0.5, "fraction", "income lost by women fish traders at Vanga", qualifier="about")
d.F("2021", 2021, "year", "since when the traders have lost income", ctx="since 2021")
d.F("12 kilometres", 12, "km", "distance to the beach where boats now land")
d.F("twice", 2, "times", "times the money was stolen from the community (Hamisi, in a quote)")
d.F("December 9", "2026-12-09", "date", "next mention of the case", value_inferred=True,
    note="Year not written; the set's year 2026.")

d.RT("on Thursday", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("on Tuesday", resolved=None)

d.P("Hassan bin Omar", "PERSON", "who was chief officer for the blue economy from 2019 to 2023",
    "Hassan bin Omar, 52, who was chief officer", ["actor", "quoted"], aliases=["bin Omar"],
    note="'A former Mombasa County chief officer' in the lede; later 'bin Omar'.")
d.P("Grace Achieng", "PERSON", "a director of Pwani Marine Works Ltd", "Grace Achieng, 46, a director of Pwani",
    ["actor"], aliases=["Achieng"], note="'a contractor' in the lede.")
d.P("Pwani Marine Works Ltd", "ORG", None, "the company had been paid in four instalments", ["actor"],
    note="Named first inside Achieng's role; then 'the company' is paid.")
d.P("Lucy Akinyi", "PERSON", "Chief Magistrate", "pleaded not guilty before Chief Magistrate Lucy Akinyi",
    ["quoted", "actor", "cited"], aliases=["Akinyi"])
d.P("Ethics and Anti-Corruption Commission", "ORG", None,
    "The Ethics and Anti-Corruption Commission (EACC) said in a statement", ["quoted", "cited"], aliases=["EACC"],
    note="Acronym in brackets, then as possessor ('the EACC’s spokesperson').")
d.P("Jane Wambui", "PERSON", "Senior prosecution counsel", "Senior prosecution counsel Jane Wambui told the court",
    ["quoted", "cited", "actor"], aliases=["Wambui"], note="Later 'the prosecutor'.")
d.P("Cliff Otieno", "PERSON", "His lawyer", "His lawyer, Cliff Otieno, asked for bail", ["quoted", "actor"])
d.P("Mombasa County", "GPE", None, "conspiracy to defraud the county of Sh412 million", ["actor"],
    note="The county government (defrauded party, paid the company); named inside the lede's role ('A former "
         "Mombasa County chief officer'), then 'the county'. Unsure.")
d.P("World Bank", "ORG", None, "co-financed by the World Bank, which said", ["quoted", "actor"])
d.P("Eric Ngeno", "PERSON", "the EACC’s spokesperson", "said Eric Ngeno, the EACC’s spokesperson", ["quoted"])
d.P("Paul Mutua", "PERSON", "Chief Superintendent of the Directorate of Criminal Investigations (DCI)",
    "Detectives led by Chief Superintendent Paul Mutua", ["actor"])
d.P("Mohamed Salim Bakari", "PERSON", "who chairs the Vanga Beach Management Unit",
    "said Mohamed Salim Bakari, 61, who chairs", ["quoted"])
d.P("Mwanajuma Hamisi", "PERSON", "the unit’s treasurer", "Mwanajuma Hamisi is the unit’s treasurer.",
    ["quoted", "cited"], aliases=["Hamisi"], note="Role in a sentence of its own.")
d.M("Mombasa Law Courts", "FAC", "Court building where the accused appeared.")
d.M("Directorate of Criminal Investigations", "ORG", "Only in Mutua's title ('Chief Superintendent Paul Mutua of the "
                                                    "Directorate of Criminal Investigations (DCI)').")
d.M("DCI", "ORG", "Acronym of the Directorate of Criminal Investigations (only in brackets).")
d.M("Vanga Beach Management Unit", "ORG", "Only in Bakari's role and as 'the unit’s treasurer'.")
d.M("Mombasa", "GPE", "City and county.")
d.M("Shimoni", "GPE", "Where fishermen came from.")
d.M("Vanga", "GPE", "Where fishermen came from.")
d.M("Nairobi", "GPE", "In a quote.")
d.M("Dubai", "GPE", "In a quote.")
d.write()
