import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dc04_kwara_governorship_appeal")

S = dict(marks="straight")
ADE = dict(aliases=["Adeyemi", "Mr Adeyemi", "Kwara State Governor Yusuf Adeyemi"], role="Kwara State Governor")
ALA = dict(aliases=["Alabi", "Mr Alabi"], role="the PRC's national publicity secretary")
d.Q("Court of Appeal", "manufactured", stype="ORG", aliases=["A Nigerian appeal court"], **S, syntax="phrase",
    cue="where, it said, results had been", note="Organisation fragment; 'it' = the appeal court.")
d.Q("Halima Garba", "An election is not a total that somebody writes on a sheet. It is a count of people who came,",
    aliases=["Justice Halima Garba"], role="Justice, who read the lead judgment", **S,
    cue="said Justice Halima Garba, who read the lead judgment")
d.Q("Independent National Electoral Commission", "Inec will comply with the judgment and will announce a timetable "
    "next week.", stype="ORG", aliases=["Inec", "the commission"], **S,
    cue="In a statement, the commission said:", note="Role-only organisation attribution, statement, colon.")
d.Q("Bola Ogunleye", "Today the people of Kwara got their votes back,", aliases=["Ogunleye", "Mr Ogunleye"],
    role="who finished second in the March 2025 election", **S, cue="Mr Ogunleye told reporters outside the court")
d.Q("Kayode Alabi", "judicial robbery", **ALA, **S, syntax="phrase", cue="Mr Alabi called the judgment",
    note="Scare-quoted fragment.")
d.Q("Kayode Alabi", "We will meet them at the Supreme Court,", **ALA, **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before the one before ('Mr Ogunleye embraced ... while "
         "Kayode Alabi ... addressed journalists'); 'he' = Alabi, the subject of the sentence before.")
d.Q("Chidi Okafor", "Without question. We will file on Monday.", aliases=["Okafor", "Dr Okafor", "Dr Chidi Okafor"],
    role="The governor's lead counsel", **S,
    cue="Asked whether his client would appeal, Dr Okafor replied:", note="Question-and-answer, colon; title + surname.")
d.Q("Yusuf Adeyemi", "Nobody should take to the streets on my behalf. The courts are not finished with this matter,",
    **ADE, **S, cue="he said", note="Broadcast; 'he' = Adeyemi, the only person in the paragraph.")
d.Q("Ibrahim Yakubu", "Anyone who tries to cause trouble will be arrested, whatever party card he carries,",
    aliases=["Supt Ibrahim Yakubu"], role="the command's spokesman", **S,
    cue="the command's spokesman, Supt Ibrahim Yakubu, said")
d.Q("Musa Abdullahi", "We stood in the sun for six hours to vote. Now they want us to do it again", role="a tailor",
    marks="dash", cue="said Musa Abdullahi, a tailor",
    note="Dash-led quote; span starts after '– ' and ends before ', said'.")
d.Q("Fatima Lawal", "even if it takes all day", role="A fabric seller", **S, syntax="phrase",
    cue="said she would vote again", note="Fragment (6 words).")

d.F("38", 38, "count", "wards where a rerun was ordered (headline)", ctx="rerun in 38 wards</h1>")
d.F("38", 38, "count", "wards where a rerun was ordered", ctx="rerun in 38 wards where")
d.F("three-judge", 3, "count", "judges on the appeal panel")
d.F("more than 61,000", 61000, "count", "votes for Adeyemi that could not be matched to accredited voters",
    qualifier="more than")
d.F("90 days", 90, "days", "deadline for Inec's rerun")
d.F("second", 2, "ordinal", "Ogunleye's place in the election", ctx="finished second")
d.F("March 2025", "2025-03", "date", "Kwara governorship election")
d.F("44,000", 44000, "count", "votes by which Ogunleye trailed Adeyemi")
d.F("about 500", 500, "count", "Ogunleye supporters outside the court", qualifier="about")
d.F("19", 19, "count", "state assembly seats the PRC holds")
d.F("24", 24, "count", "seats in the state assembly")
d.F("12", 12, "count", "election cases Okafor has argued before the Supreme Court")
d.F("60 days", 60, "days", "time the Supreme Court has to rule on an appeal")
d.F("about 2,000", 2000, "count", "police officers deployed across Ilorin", qualifier="about")
d.F("41", 41, "count", "wards where Ballot Watch Nigeria observers reported irregularities")
d.F("six hours", 6, "hours", "time voters queued in the sun (in a quote)")
d.F("46", 46, "years", "age of Fatima Lawal")
d.F("third", 3, "ordinal", "governorship results overturned on appeal since 2023", ctx="the third governorship")
d.F("2023", 2023, "year", "start of the period counted")
d.F("first", 1, "ordinal", "first such ruling in Kwara", ctx="the first in Kwara")
d.F("March", "2025-03", "date", "the election Ecowas observers monitored", ctx="the March vote", value_inferred=True,
    note="Year not written here; the March 2025 election named earlier.")

d.RT("on Friday", ctx="Ilorin ruled on Friday", resolved=None)
d.RT("next week", resolved=None, note="Inside a quote.")
d.RT("on Monday", resolved=None, note="Inside a quote.")
d.RT("late on Friday", resolved=None)
d.RT("on polling day", resolved="2025-03")

d.P("Court of Appeal", "ORG", None, "A three-judge panel of the Court of Appeal in Ilorin ruled", ["actor", "quoted"],
    note="First 'A Nigerian appeal court'; after a preposition ('panel of').")
d.P("Yusuf Adeyemi", "PERSON", "Kwara State Governor", "the election of Kwara State Governor Yusuf Adeyemi",
    ["actor", "quoted"], aliases=["Adeyemi"], note="Also 'Mr Adeyemi', 'The governor's lead counsel'.")
d.P("Halima Garba", "PERSON", "Justice, who read the lead judgment", "said Justice Halima Garba", ["quoted"])
d.P("Independent National Electoral Commission", "ORG", None, "The Independent National Electoral Commission (Inec) "
    "must hold the rerun", ["actor", "quoted"], aliases=["Inec"],
    note="Later 'the commission', 'Inec officials' (modifier).")
d.P("Bola Ogunleye", "PERSON", "who finished second in the March 2025 election",
    "The petition was brought by Bola Ogunleye", ["actor", "quoted"], aliases=["Ogunleye"], note="Also 'Mr Ogunleye'.")
d.P("Kayode Alabi", "PERSON", "the PRC's national publicity secretary", "while Kayode Alabi, the PRC's national "
    "publicity secretary", ["quoted", "actor"], aliases=["Alabi"], note="Also 'Mr Alabi'.")
d.P("People's Renewal Congress", "ORG", None, "The PRC, which holds 19 of the 24 seats", ["actor"], aliases=["PRC"],
    note="Adeyemi's party; first after a preposition ('Mr Adeyemi of the People's Renewal Congress (PRC)'), then "
         "possessor ('the PRC's national publicity secretary') and subject ('has called an emergency meeting').")
d.P("Chidi Okafor", "PERSON", "The governor's lead counsel", "The governor's lead counsel, Dr Chidi Okafor",
    ["quoted"], aliases=["Okafor"], note="Also 'Dr Okafor' (title + surname); 'a Senior Advocate of Nigeria'.")
d.P("Harmony Television", "ORG", None, "In a broadcast on Harmony Television", ["actor"],
    note="Broadcaster the governor spoke on (dev3 convention).")
d.P("Kwara State Police Command", "ORG", None, "The Kwara State Police Command said it had deployed",
    ["actor", "cited"], note="Later possessor 'the command's spokesman'.")
d.P("Ibrahim Yakubu", "PERSON", "the command's spokesman", "the command's spokesman, Supt Ibrahim Yakubu, said",
    ["quoted"])
d.P("Ballot Watch Nigeria", "ORG", "an election monitoring group", "Ballot Watch Nigeria, an election monitoring group",
    ["cited", "actor"], note="Later 'The group's director', 'Her group wants'.")
d.P("Ngozi Eze", "PERSON", "The group's director", "The group's director, Ngozi Eze, said", ["cited"])
d.P("Musa Abdullahi", "PERSON", "a tailor", "said Musa Abdullahi, a tailor", ["quoted"])
d.P("Fatima Lawal", "PERSON", "A fabric seller", "A fabric seller, Fatima Lawal, 46", ["quoted"])
d.P("Economic Community of West African States", "ORG", None, "The Economic Community of West African States "
    "(Ecowas), whose observers", ["actor"], aliases=["Ecowas"], note="'has called for calm'; observers monitored the vote.")
d.M("Alliance for National Progress", "ORG", "Ogunleye's party (ANP); only in his description. Unsure.")
d.M("ANP", "ORG", "Acronym of the Alliance for National Progress.")
d.M("Supreme Court", "ORG", "Court of a possible further appeal (in a quote, in Okafor's description, and 'must rule "
    "within 60 days'). Unsure.")
d.M("Senior Advocate of Nigeria", "TITLE", "Okafor's professional rank.")
d.M("Nigeria", "GPE", "Background.")
d.M("Kwara", "GPE", "Kwara State (background).")
d.M("Ilorin", "GPE", "Location.")
d.M("Oja-Oba", "LOC", "Market in Ilorin.")
d.write()
