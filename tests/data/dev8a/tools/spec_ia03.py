import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ia03_poland_rail_strike")

ZIE = dict(aliases=["the union’s general secretary"], role="the union’s general secretary")
WIE = dict(aliases=["Wierzbicki", "Infrastructure Minister Tomasz Wierzbicki"], role="Infrastructure Minister")
KOS = dict(role="Its chairwoman")
d.Q("Marek Zieliński", "We did not choose this,", **ZIE, syntax="clause", cue="said Marek Zieliński",
    note="Split quote, first half.")
d.Q("Marek Zieliński", "the ministry chose it for us when it stopped answering the phone.", **ZIE, syntax="clause",
    cue="said Marek Zieliński", note="Split quote, second half.")
d.Q("Tomasz Wierzbicki", "political theatre", **WIE, syntax="phrase",
    cue="Appearing ... with his deputy, Paweł Gajda, he called the walkout",
    note="'he' = Wierzbicki, the subject of the sentence, not the deputy named just before.")
d.Q("Tomasz Wierzbicki", "Every złoty we add to this deal is a złoty taken from new trains,", **WIE,
    cue="Wierzbicki told the committee")
d.Q("Paweł Gajda", "We want an agreement, not an injunction,", aliases=["Gajda"], role="his deputy", cue="he said",
    note="Pronoun speaker after two men are named (Wierzbicki, then Gajda); 'he' = Gajda, the subject of the sentence "
         "before. Role 'his deputy' = the infrastructure minister's deputy.")
d.Q("Koleje Wisła SA", "Our priority is to get people home safely tonight,", stype="ORG",
    aliases=["Koleje Wisła", "the operator"], cue="a spokeswoman for the operator said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Marek Zieliński", "A driver with 20 years on the job earns less than a junior manager at headquarters,", **ZIE,
    cue="the union’s general secretary said", note="Role-only attribution.")
d.Q("Polish Chamber of Rail Freight", "hundreds of millions of zlotys", stype="ORG", syntax="phrase",
    cue="according to the Polish Chamber of Rail Freight",
    note="Organisation fragment; also a vague PLN figure with the same span, as dev5a's 'tens of millions of euros'.")
d.Q("Jan Nowicki", "Both sides have painted themselves into a corner, and there is no obvious exit,",
    role="a professor of transport economics at the Kraków University of Technology", cue="he said",
    note="After 'Jan Nowicki ... warned the dispute could drag on.'")
d.Q("Halina Kos", "My members are nurses, cleaners and students. They cannot work from home.", **KOS, open_end=True,
    cue="Its chairwoman, Halina Kos, 67, a retired teacher from Łódź, said:",
    note="Colon-introduced multi-paragraph quote, first paragraph (no closing mark). 'Its' = Friends of the Slow Train.")
d.Q("Halina Kos", "Whoever wins this fight, they are the ones who have already lost.", **KOS, layout="multi-paragraph",
    attribution="implicit", cue="(second paragraph of the same quote)")

d.F("400,000", 400000, "count", "commuters stranded (headline)", ctx="stranding 400,000")
d.F("first", 1, "ordinal", "first national rail strike in 14 years", ctx="country’s first national")
d.F("14 years", 14, "years", "time since the last national rail strike")
d.F("about 2,300", 2300, "count", "services cancelled", qualifier="about")
d.F("400,000", 400000, "count", "commuters who had to find other ways to work", ctx="estimated 400,000",
    qualifier="an estimated")
d.F("48-hour", 48, "hours", "length of the stoppage")
d.F("6%", 6, "percent", "pay offer")
d.F("14%", 14, "percent", "union's pay demand")
d.F("about 35 million zlotys", 35000000, "PLN", "cost of the strike to Koleje Wisła", qualifier="about",
    note="Per day ('a day').")
d.F("180", 180, "count", "replacement buses hired")
d.F("two", 2, "count", "other firms supplying buses", ctx="two other firms")
d.F("20 years", 20, "years", "a driver's time on the job (Zieliński)")
d.F("about 11,500", 11500, "count", "ZZMK members", qualifier="about")
d.F("roughly four in five", 0.8, "fraction", "share of the country's drivers in ZZMK", qualifier="roughly")
d.F("hundreds of millions of zlotys", None, "PLN", "possible freight losses (Polish Chamber of Rail Freight)", vague=True)
d.F("about 3,000", 3000, "count", "regular travellers Friends of the Slow Train represents", qualifier="about")
d.F("67", 67, "years", "age of Halina Kos")
d.F("412 million", 412000000, "count", "rail passenger journeys last year (record)")

d.RT("on Monday", resolved=None)
d.RT("tonight", resolved=None, note="Inside a quote.")
d.RT("on Tuesday", resolved=None)
d.RT("last year", resolved=None)
d.RT("on Wednesday", resolved=None)

d.P("Polish Train Drivers’ Union", "ORG", None, "The 48-hour stoppage was called by the Polish Train Drivers’ Union (ZZMK)",
    ["actor", "cited"], aliases=["ZZMK"], note="Later 'the union'.")
d.P("Koleje Wisła SA", "ORG", "the state-owned passenger operator", "after talks with Koleje Wisła SA", ["actor", "quoted"],
    aliases=["Koleje Wisła"], note="First after a preposition ('talks with'); later 'the operator'.")
d.P("Marek Zieliński", "PERSON", "the union’s general secretary", "said Marek Zieliński, the union’s general secretary",
    ["quoted"])
d.P("Tomasz Wierzbicki", "PERSON", "Infrastructure Minister", "Infrastructure Minister Tomasz Wierzbicki rejected",
    ["quoted", "actor"], aliases=["Wierzbicki"])
d.P("Sejm", "ORG", None, "Appearing before the Sejm’s infrastructure committee", ["actor"],
    note="Only possessively: 'the Sejm’s infrastructure committee' heard the minister ('told the committee'). **Unsure**: "
         "an extractor may name it 'infrastructure committee'.")
d.P("Paweł Gajda", "PERSON", "his deputy", "with his deputy, Paweł Gajda", ["quoted", "cited"], aliases=["Gajda"])
d.P("Mazovia Coach Co.", "ORG", None, "hired from Mazovia Coach Co.", ["actor"],
    note="Supplies replacement buses (object of 'hired from'). **Unsure.**")
d.P("Baltic Cargo Lines Sp. z o.o.", "ORG", None, "Baltic Cargo Lines Sp. z o.o., the German-owned Rheinfracht AG",
    ["actor", "cited"], note="In a list of freight operators that halted trains.")
d.P("Rheinfracht AG", "ORG", "German-owned", "Baltic Cargo Lines Sp. z o.o., the German-owned Rheinfracht AG",
    ["actor", "cited"])
d.P("Polish Chamber of Rail Freight", "ORG", None, "according to the Polish Chamber of Rail Freight", ["quoted", "cited"])
d.P("Jan Nowicki", "PERSON", "a professor of transport economics at the Kraków University of Technology",
    "Jan Nowicki, a professor of transport economics", ["quoted", "cited"])
d.P("Friends of the Slow Train", "ORG", "passenger group", "The passenger group Friends of the Slow Train", ["actor"],
    note="Name made of ordinary words.")
d.P("Halina Kos", "PERSON", "Its chairwoman", "Its chairwoman, Halina Kos, 67", ["quoted"])
d.P("Agnieszka Wróbel", "PERSON", "Opposition leader", "Opposition leader Agnieszka Wróbel of the Civic Renewal party",
    ["cited", "actor"], note="Posted on X (reported speech, no quote).")
d.P("Warsaw police", "ORG", None, "the Warsaw police said traffic", ["cited"])
d.P("Sparta Wrocław", "ORG", None, "Sparta Wrocław’s league match", ["actor", "cited"],
    note="Possessive ('Sparta Wrocław’s league match'); later 'the club said'.")
d.P("Statistics Poland", "ORG", None, "Statistics Poland data show", ["cited"])
d.P("Social Dialogue Council", "ORG", "the mediator", "at the headquarters of the mediator, the Social Dialogue Council",
    ["actor"])
d.M("Civic Renewal", "ORG", "Party, only in Wróbel's role ('of the Civic Renewal party').")
d.M("Górnik Lublin", "ORG", "Opponent in the postponed match (object of 'against'). **Unsure.**")
d.M("Kraków University of Technology", "ORG", "Only in Nowicki's role.")
d.M("Łódź", "GPE", "In Kos's description.")
d.M("Warsaw", "GPE", "In the police force's name.")
d.M("X", "ORG", "Social-media platform.")
d.write()
