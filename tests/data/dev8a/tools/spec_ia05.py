import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ia05_tyneside_marathon_sponsor_row")

S = dict(marks="straight")
DUN = dict(role="the club's chairman and a former Northumbria Police sergeant")
d.Q("Sofia Lagos", "You cannot wash a poisoned river with a finisher's medal,", role="the charity's director", **S,
    cue="the charity's director, Sofia Lagos, wrote in the letter", note="Letter; 'the charity' = Friends of the Atacama.")
d.Q("Denise Harrow", "serious concerns", aliases=["Cllr Denise Harrow"], role="who chairs the committee", **S,
    syntax="phrase", cue="said she had")
d.Q("Cobre Atacama SA", "We have paid the fine, we have appealed the findings, and we have invested $60m in water "
    "treatment since 2022,", stype="ORG", aliases=["Cobre Atacama", "the company"], **S,
    cue="a spokesman for the company said", note="Spokesperson quote goes to the organisation.")
d.Q("Andrés Fuenzalida", "proud to run alongside the people of Newcastle", role="Its chief executive", **S,
    syntax="phrase", cue="said in a video message that the firm was",
    note="7-word phrase -> full by the length rule. 'Its' = Cobre Atacama.")
d.Q("Gary Dunmore", "Without a sponsor, that fee goes to £55 and the kids from the West End stop running,", **DUN, **S,
    cue="said Gary Dunmore, 52, the club's chairman")
d.Q("Gary Dunmore", "I'd rather have the mine's money in Benwell than in a bank in Santiago.", **DUN, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Jonny Ellison", "I've run for this city for 20 years. I won't run for that logo.",
    aliases=["Former England captain Jonny Ellison"], role="Former England captain", **S,
    cue="In a post on Instagram, he wrote:", note="Social-media post, colon-introduced.")
d.Q("Mark Pearce", "full due diligence", role="the chief executive of Great Tyne Events", **S, syntax="phrase",
    cue="said the firm had carried out")
d.Q("Mark Pearce", "If the council asks us to, we will sit down with them. That's as far as I'll go.",
    role="the chief executive of Great Tyne Events", **S, cue="Asked on Tyne FM whether he would reconsider, he said:",
    note="Answer to a question, colon-introduced; 'he' = Pearce, the subject of the paragraph before.")
d.Q("Amira Shah", "This is not about one sponsor. It's about who gets to put their name on our streets.",
    aliases=["Cllr Amira Shah"], role="Its leader", **S, cue="Its leader, Cllr Amira Shah, said:",
    note="'Its' = the Tyneside Independents group.")
d.Q("UK Athletics", "a matter for the organisers", stype="ORG", **S, syntax="phrase",
    cue="UK Athletics, which licenses the course, said sponsorship was")

d.F("three-year", 3, "years", "length of the sponsorship deal")
d.F("£1.5m", 1500000, "GBP", "value of the sponsorship deal")
d.F("2.4 billion pesos", 2400000000, "CLP", "fine on the Rio Loa mine")
d.F("about £2m", 2000000, "GBP", "sterling value of the fine", qualifier="about")
d.F("2024", 2024, "year", "year of the fine")
d.F("£90,000", 90000, "GBP", "council grant to the race")
d.F("14 October", "2026-10-14", "date", "when the council committee discusses the deal", value_inferred=True,
    note="No year written; 2026 is the set's year (a Wednesday).")
d.F("$60m", 60000000, "USD", "Cobre Atacama's investment in water treatment",
    note="'$' in a UK story about a Chilean miner read as US dollars. **Unsure.**")
d.F("2022", 2022, "year", "start of the water treatment investment")
d.F("£42", 42, "GBP", "marathon entry fee")
d.F("second", 2, "ordinal", "year the fee stays at £42", ctx="a second year")
d.F("£55", 55, "GBP", "entry fee without a sponsor (Dunmore)")
d.F("52", 52, "years", "age of Gary Dunmore")
d.F("2009", 2009, "year", "when Ellison won the race")
d.F("20 years", 20, "years", "how long Ellison has run for the city")
d.F("61", 61, "years", "age of Mark Pearce")
d.F("11", 11, "count", "council seats held by the Tyneside Independents")
d.F("78", 78, "count", "seats on the council")
d.F("About 14,000", 14000, "count", "runners expected", qualifier="About")
d.F("25 April", "2027-04-25", "date", "date of the marathon", value_inferred=True,
    note="After the October committee meeting, so 2027 (a Sunday). **Unsure.**")
d.F("£3.2m", 3200000, "GBP", "money to be raised for charities", qualifier="an estimated")

d.NF("first", ctx="was first reported", reason="Adverb ('was first reported by').")
d.NF("one", ctx="about one sponsor", reason="Rhetorical ('not about one sponsor'), inside a quote.")

d.RT("last week", resolved=None)

d.P("Great Tyne Events Ltd", "ORG", None, "Great Tyne Events Ltd, which organises the Newcastle City Marathon",
    ["actor"], aliases=["Great Tyne Events"], note="Later 'the firm'.")
d.P("Cobre Atacama SA", "ORG", "the Santiago-based group", "with Cobre Atacama SA, the Santiago-based group",
    ["actor", "quoted"], aliases=["Cobre Atacama"], note="First after a preposition ('a deal ... with'); later 'the company'.")
d.P("Superintendency of the Environment", "ORG", "Chile's environmental regulator",
    "by Chile's environmental regulator, the Superintendency of the Environment (SMA)", ["actor"], aliases=["SMA"])
d.P("Friends of the Atacama", "ORG", "a London-based charity", "Campaigners from Friends of the Atacama", ["actor"],
    note="Name made of ordinary words and a place; later 'the charity'.")
d.P("Newcastle City Council", "ORG", None, "have written to Newcastle City Council", ["actor"],
    note="Object of 'written to'; later 'the council's culture and events committee', 'the council'.")
d.P("Sofia Lagos", "PERSON", "the charity's director", "the charity's director, Sofia Lagos, wrote", ["quoted"],
    note="Surname is also a place name.")
d.P("Northern Ledger", "ORG", None, "which was first reported by the Northern Ledger", ["actor"], note="Newspaper.")
d.P("Denise Harrow", "PERSON", "who chairs the committee", "Cllr Denise Harrow, who chairs the committee",
    ["quoted", "cited"])
d.P("Andrés Fuenzalida", "PERSON", "Its chief executive", "Its chief executive, Andrés Fuenzalida", ["quoted"])
d.P("Elswick Harriers", "ORG", "the city's oldest athletics club", "Elswick Harriers, the city's oldest athletics club",
    ["cited"], note="Club named after a place; later 'the club's chairman'.")
d.P("Gary Dunmore", "PERSON", "the club's chairman and a former Northumbria Police sergeant", "said Gary Dunmore, 52",
    ["quoted"])
d.P("Jonny Ellison", "PERSON", "Former England captain", "Former England captain Jonny Ellison", ["quoted", "cited",
    "actor"])
d.P("Mark Pearce", "PERSON", "the chief executive of Great Tyne Events", "Mark Pearce, 61, the chief executive",
    ["quoted", "cited"])
d.P("Tynemouth University Business School", "ORG", None, "with advice from Tynemouth University Business School",
    ["actor"], note="Gave advice (after a preposition). **Unsure.**")
d.P("Tyne FM", "ORG", None, "Asked on Tyne FM", ["actor"], note="Broadcaster.")
d.P("Tyneside Independents", "ORG", None, "The Tyneside Independents group", ["actor"],
    note="Council group (party) that tabled the motion.")
d.P("Amira Shah", "PERSON", "Its leader", "Its leader, Cllr Amira Shah, said", ["quoted"])
d.P("UK Athletics", "ORG", None, "UK Athletics, which licenses the course", ["quoted"])
d.M("Newcastle City Marathon", "EVENT", "The race.")
d.M("Tyneside Children's Hospice", "ORG", "Beneficiary charity (background). **Unsure.**")
d.M("Northumbria Police", "ORG", "Only in Dunmore's role.")
d.M("Rio Loa", "FAC", "Mine.")
d.M("Instagram", "ORG", "Social-media platform.")
d.M("Newcastle", "GPE", "Location.")
d.M("Santiago", "GPE", "Location.")
d.M("Chile", "GPE", "Background.")
d.M("England", "GPE", "In Ellison's role.")
d.M("West End", "GPE", "Area of Newcastle (in a quote).")
d.M("Benwell", "GPE", "Area of Newcastle (in a quote).")
d.write()
