import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii01_ogun_governorship_tribunal")
d.B("ABEOKUTA, Nigeria —", "dateline", partial=True)

S = dict(marks="straight")
ADE = dict(aliases=["Adebayo", "Chief Olumide Adebayo", "Chief Adebayo"], role="a former state commissioner for finance")
BEL = dict(aliases=["Justice Halima Bello-Sani", "Justice Bello-Sani", "the judge"], role="Justice")
INEC = dict(stype="ORG", aliases=["INEC", "The commission"])
GAR = dict(aliases=["Dr Aisha Garba", "Dr Garba"], role="the executive director of Citizens' Election Watch (CEW)")
d.Q("Olumide Adebayo", "We will see them at the Supreme Court", "'We will see them at the Supreme Court':", **ADE,
    marks="single", cue="(headline; the speaker is named only by surname, 'Adebayo', in the headline)",
    note="Headline quote in straight single marks. The headline uses the surname only; the lede does not name him and "
         "the full name (Chief Olumide Adebayo) comes in the second paragraph. The same words open his body quote.")
d.Q("Halima Bello-Sani", "The petitioner has brought suspicion to this court, and suspicion is not evidence,", **BEL, **S,
    cue="Justice Bello-Sani said in the lead judgment",
    note="Title + surname ('Justice Bello-Sani'); quote from the judgment, read in court.")
d.Q("Halima Bello-Sani", "contradicted one another on every material point.", **BEL, **S, syntax="phrase",
    cue="The judge added that the PPC's witnesses had",
    note="Role-only person attribution ('The judge' = Bello-Sani). 7-word phrase -> full.")
d.Q("Olumide Adebayo", "We will see them at the Supreme Court, because the people of this state did not vote for this result,",
    **ADE, **S, cue="he said", note="'he' = Adebayo, the subject of the sentence before.")
d.Q("Nnamdi Eze", "We showed them the machine's own numbers, and they looked away,",
    aliases=["Eze", "Chief Nnamdi Eze"], role="His lead counsel", **S, cue="Eze told journalists",
    note="'His' = Adebayo's. Chief title and post-nominal 'SAN' (Senior Advocate of Nigeria) in the first mention.")
d.Q("Independent National Electoral Commission", "taken out of context by a petitioner in search of a crisis.", **INEC,
    **S, syntax="phrase", cue="In its reply to the petition, INEC said the figures had been",
    note="Quote from a court filing (INEC's reply to the petition); acronym alone. 10-word phrase -> full.")
d.Q("Independent National Electoral Commission",
    "respects the judgment and will defend its officials at every level of appeal.", **INEC, **S, syntax="phrase",
    cue="The commission said in a statement on Wednesday that it",
    note="Role-only organisation attribution ('The commission' = INEC), statement. 12-word phrase -> full.")
d.Q("Kehinde Oladipo", "Victory for Ogun. The election is over; the work continues.",
    aliases=["Oladipo", "Ogun State Governor Kehinde Oladipo"], role="Ogun State Governor", **S,
    cue="Oladipo wrote on X shortly after the ruling:", note="Colon-introduced post on X (social media).")
d.Q("Folake Balogun", "Nobody should die for a court case,", aliases=["Sen. Folake Balogun", "the senator"],
    role="Sen., who represents Ogun Central and sits on the Senate Committee on Electoral Matters", **S,
    cue="the senator said", note="Role-only person attribution ('the senator' = Sen. Folake Balogun, sentence before).")
d.Q("Aisha Garba", "The tribunal has spoken, but the collation process was still a mess,", **GAR, **S,
    cue="said the executive director of Citizens' Election Watch (CEW), Dr Aisha Garba",
    note="Speaker introduced after the quote: role, organisation (acronym in brackets), then 'Dr' + name.")
d.Q("Grace Adeyemo", "They have given us their word, and we will hold them to it,",
    aliases=["Rev Grace Adeyemo", "Rev Adeyemo"], role="who co-chairs the Ogun Interfaith Peace Council", **S,
    cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Rev Adeyemo, speaking alongside Dr Garba, said'); "
         "'she' = Adeyemo, its subject. 'Rev' without a period (British/Nigerian style).")
d.Q("Omolola Adekunle", "Anyone who turns a legal contest into violence will be arrested,",
    aliases=["Supt. Omolola Adekunle"], role="the command's spokesperson", **S,
    cue="said the command's spokesperson, Supt. Omolola Adekunle",
    note="Named spokesperson: the quote goes to the person (dev11a). Introduced after the quote; 'the command' = the "
         "Ogun State Police Command (sentence before).")

d.F("41", 41, "count", "polling units whose results the opposition said were inflated")
d.F("three-member", 3, "count", "members of the tribunal panel")
d.F("58", 58, "years", "age of Kehinde Oladipo", ctx="Oladipo, 58,")
d.F("March 14", "2026-03-14", "date", "governorship election", value_inferred=True,
    note="Year not written; the set's year 2026 (a Saturday).")
d.F("312,407", 312407, "count", "votes for Oladipo")
d.F("287,930", 287930, "count", "votes for Adebayo")
d.F("24,477", 24477, "count", "Oladipo's winning margin in votes")
d.F("almost five hours", 5, "hours", "time taken to read the lead judgment", qualifier="almost")
d.F("63", 63, "years", "age of Olumide Adebayo", ctx="Adebayo, 63,")
d.F("21 days", 21, "days", "time within which Adebayo will appeal", note="'within 21 days'.")
d.F("about 108,000", 108000, "count", "votes recorded in the disputed units (BVAS data)", qualifier="about")
d.F("fewer than 40,000", 40000, "count", "voters accredited in the disputed units", qualifier="fewer than")
d.F("1,250", 1250, "count", "observers CEW deployed")
d.F("31.4%", 31.4, "percent", "turnout (CEW)")
d.F("38.2%", 38.2, "percent", "turnout in 2022 (CEW)")
d.F("2022", 2022, "year", "previous governorship election", ctx="38.2% in 2022")
d.F("N5 million", 5000000, "NGN", "costs the PPC must pay each respondent", note="Per respondent; 'N' = naira.")
d.F("three", 3, "count", "respondents to the petition", ctx="the three respondents")
d.F("2,000", 2000, "count", "police officers deployed in Abeokuta and Ijebu-Ode")

d.NF("134", reason="Part of a law's section name ('Section 134 of the Electoral Act 2022').")
d.NF("2022", ctx="Electoral Act 2022", reason="Part of the name of the law ('Electoral Act 2022').")
d.NF("one", ctx="contradicted one another", reason="Idiom inside a quote ('one another').")
d.NF("two", ctx="met the two candidates", reason="Trivial count ('the two candidates', as 'the two countries').")

d.RT("on Wednesday", ctx="tribunal on Wednesday upheld", resolved=None)
d.RT("later", ctx="Chief Adebayo later thanked", resolved=None)
d.RT("on Wednesday", ctx="statement on Wednesday", resolved=None)
d.RT("shortly after the ruling", resolved=None)
d.RT("on Tuesday", resolved=None)

d.P("Governorship Election Petition Tribunal", "ORG", None,
    "The three-member Governorship Election Petition Tribunal, led by Justice Halima Bello-Sani", ["actor"],
    note="The court; 'An election petition tribunal' in the lede, later 'the tribunal', 'this court' (in a quote).")
d.P("Halima Bello-Sani", "PERSON", "Justice", "led by Justice Halima Bello-Sani", ["quoted", "actor"],
    aliases=["Bello-Sani"], note="Leads the tribunal; later 'Justice Bello-Sani' and 'The judge'.")
d.P("Kehinde Oladipo", "PERSON", "Ogun State Governor", "upheld the re-election of Ogun State Governor Kehinde Oladipo",
    ["quoted", "actor"], aliases=["Oladipo"])
d.P("Independent National Electoral Commission", "ORG", None,
    "The Independent National Electoral Commission (INEC) had declared Oladipo", ["actor", "quoted"], aliases=["INEC"],
    note="Acronym in brackets, then alone ('INEC said'); later 'The commission'.")
d.P("Olumide Adebayo", "PERSON", "a former state commissioner for finance",
    "Adebayo, 63, a former state commissioner for finance", ["quoted", "actor"], aliases=["Adebayo"],
    note="Surname only in the headline; full name 'Chief Olumide Adebayo of the Progressive Peoples Congress (PPC)' "
         "in the second paragraph; later 'Chief Adebayo'.")
d.P("Progressive Peoples Congress", "ORG", None, "The tribunal ordered the PPC to pay N5 million", ["actor"],
    aliases=["PPC"], note="Adebayo's party (acronym in brackets, then alone, also as possessor 'the PPC's witnesses').")
d.P("Nnamdi Eze", "PERSON", "His lead counsel", "His lead counsel, Chief Nnamdi Eze, SAN", ["quoted", "cited"],
    aliases=["Eze"])
d.P("Folake Balogun", "PERSON", "Sen., who represents Ogun Central and sits on the Senate Committee on Electoral Matters",
    "Sen. Folake Balogun, who represents Ogun Central", ["quoted", "actor"], note="Later 'the senator'.")
d.P("Citizens' Election Watch", "ORG", "a Lagos-based monitoring group",
    "The Lagos-based group, which deployed 1,250 observers", ["actor", "cited"], aliases=["CEW"],
    note="Named with its acronym inside Garba's role; then acts as 'The Lagos-based group'.")
d.P("Aisha Garba", "PERSON", "the executive director of Citizens' Election Watch (CEW)",
    "said the executive director of Citizens' Election Watch (CEW), Dr Aisha Garba", ["quoted", "actor"],
    aliases=["Garba"], note="Later 'Dr Garba' (title + surname).")
d.P("Grace Adeyemo", "PERSON", "who co-chairs the Ogun Interfaith Peace Council",
    "Rev Grace Adeyemo, who co-chairs the Ogun Interfaith Peace Council", ["quoted", "cited", "actor"],
    aliases=["Adeyemo"], note="Later 'Rev Adeyemo'.")
d.P("Ogun State Police Command", "ORG", None, "The Ogun State Police Command said 2,000 officers", ["cited", "actor"],
    note="Later 'the command's spokesperson'.")
d.P("Omolola Adekunle", "PERSON", "the command's spokesperson", "said the command's spokesperson, Supt. Omolola Adekunle",
    ["quoted"])
d.M("National Unity Party", "ORG", "Oladipo's party, only in his description ('of the National Unity Party (NUP)').")
d.M("NUP", "ORG", "Acronym of the National Unity Party (only in brackets).")
d.M("Supreme Court", "ORG", "Where Adebayo says he will appeal (headline and quote).")
d.M("Electoral Act 2022", "LAW", "Law named in the tribunal's test ('Section 134 of the Electoral Act 2022').")
d.M("Bimodal Voter Accreditation System", "PRODUCT", "INEC's accreditation devices (BVAS), source of the disputed data.")
d.M("BVAS", "PRODUCT", "Acronym of the Bimodal Voter Accreditation System.")
d.M("Senate Committee on Electoral Matters", "ORG", "Only in Balogun's role.")
d.M("Ogun Interfaith Peace Council", "ORG", "Only in Adeyemo's role.")
d.M("ABEOKUTA", "GPE", "Dateline.")
d.M("Nigeria", "GPE", "Dateline.")
d.M("Ogun State", "GPE", "The state (inside the governor's title and the police command's name).")
d.M("Ogun", "GPE", "Headline; inside Oladipo's post.")
d.M("Ogun Central", "LOC", "Senatorial district, in Balogun's role.")
d.M("Lagos", "GPE", "In CEW's description ('Lagos-based').")
d.M("Abeokuta", "GPE", "Where police were deployed (and where the tribunal sits).")
d.M("Ijebu-Ode", "GPE", "Where police were deployed.")
d.write()
