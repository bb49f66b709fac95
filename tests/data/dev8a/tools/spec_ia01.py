import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ia01_ghana_volta_flood_appeal")
d.B("ACCRA, Sept 22 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
ASA = dict(aliases=["Asante-Darko", "Finance Minister Kwabena Asante-Darko", "the minister"], role="Finance Minister")
MEN = dict(role="country director of Children of the Lagoon")
d.Q("Kwabena Asante-Darko", "We are asking every Ghanaian, every company and every friend of Ghana to stand with these "
    "families,", **ASA, **S, cue="Finance Minister Kwabena Asante-Darko told reporters")
d.Q("Kwabena Asante-Darko", "The rains did not ask permission, and neither should our kindness.", **ASA, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Akuse Power Company Ltd", "unavoidable to protect the dam", stype="ORG", aliases=["The company"], **S,
    syntax="phrase", cue="The company said in a statement that the spillage was",
    note="Organisation fragment; 'The company' = Akuse Power Company Ltd.")
d.Q("Abena Frimpong-Manso", "The water is still rising in places we cannot reach by road,",
    aliases=["Frimpong-Manso"], role="the director-general of NADMO", **S, cue="said Abena Frimpong-Manso")
d.Q("Mercy Adjei", "We have 3,000 families and 400 tents. You can do the arithmetic,", aliases=["Adjei"],
    role="who chairs the Keta Municipal Assembly's disaster committee", **S, cue="she said",
    note="Pronoun speaker after two women are named ('Frimpong-Manso and Mercy Adjei'); 'she' = Adjei, the subject "
         "of the sentence before ('Adjei said the assembly had run out of shelter').")
d.Q("Ghana Health Service", "within a fortnight", stype="ORG", **S, syntax="phrase",
    cue="According to the Ghana Health Service, ... the first cholera cases could appear",
    note="Organisation fragment introduced by 'According to'.")
d.Q("Kojo Mensah-Bonsu", "Children are drinking the same water they are standing in,", **MEN, **S,
    cue="said Kojo Mensah-Bonsu, 46, country director of Children of the Lagoon")
d.Q("Kojo Mensah-Bonsu", "If we lose the next ten days, we will be counting a different kind of death.", **MEN, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Selasi Agbodeka", "Every mangrove we clear downstream makes the next flood worse.",
    aliases=["Prof Selasi Agbodeka"], role="who heads the Volta Basin Research Institute in Ho", **S,
    cue="That was the warning of Prof Selasi Agbodeka", note="Quote attributed in the following sentence.")
d.Q("Elikem Agbeko", "Three warnings from GMet, zero evacuation buses. An appeal is not a plan.",
    role="Its MP for Anloga", **S, cue="Elikem Agbeko, posted on X:",
    note="Social-media post, colon-introduced; 'Its' = the People's Progress Party.")
d.Q("Kwabena Asante-Darko", "Our teams were on the ground before the bridges went,", **ASA, **S,
    cue="the minister said", note="Role-only attribution; the only minister in the story.")

d.F("41", 41, "count", "flood death toll (headline)", ctx="climbs to 41\n")
d.F("1.2 billion cedis", 1200000000, "GHS", "size of the flood appeal")
d.F("$78 million", 78000000, "USD", "dollar value of the appeal")
d.F("about 160,000", 160000, "count", "people displaced by the floods", qualifier="about")
d.F("41", 41, "count", "flood death toll", ctx="climbed to 41,")
d.F("300 million cedis", 300000000, "GHS", "finance ministry's contribution to the relief fund")
d.F("$25 million", 25000000, "USD", "World Bank loan brought forward")
d.F("Sept 14", "2026-09-14", "date", "start of the heavy rain", value_inferred=True,
    note="Year not written; the dateline's Sept 22 is 'Tuesday', which fits 2026.")
d.F("212 mm", 212, "mm", "rain recorded at Ho")
d.F("48 hours", 48, "hours", "period of the 212 mm of rain")
d.F("72 hours", 72, "hours", "advance warning Akuse gave communities")
d.F("27", 27, "count", "deaths in the Volta Region")
d.F("11", 11, "count", "people still missing")
d.F("3,000", 3000, "count", "families needing shelter in Keta (Adjei)")
d.F("400", 400, "count", "tents available in Keta (Adjei)")
d.F("14", 14, "count", "clinics under water", ctx="14 clinics")
d.F("a fortnight", 2, "weeks", "time before the first cholera cases could appear (GHS)",
    note="'within a fortnight'; 'within' is a temporal relation and stays out.")
d.F("46", 46, "years", "age of Kojo Mensah-Bonsu")
d.F("20 tonnes", 20, "tonnes", "food sent to Keta by Children of the Lagoon")
d.F("ten days", 10, "days", "critical period (Mensah-Bonsu)")
d.F("about 35%", 35, "percent", "share of the lower Volta's mangroves lost since 2000", qualifier="about")
d.F("2000", 2000, "year", "base year of the mangrove loss")
d.F("Three", 3, "count", "warnings from GMet (Agbeko)")
d.F("zero", 0, "count", "evacuation buses (Agbeko)")
d.F("38", 38, "count", "army helicopter sorties")
d.F("second", 2, "ordinal", "Adinkra Mobile's rank among networks", ctx="second-largest")
d.F("4.6 million cedis", 4600000, "GHS", "donations through Adinkra Mobile's text line")
d.F("1.8%", 1.8, "percent", "rise in Adinkra Mobile shares")

d.NF("22", ctx="Sept 22", reason="Date in the dateline.")
d.NF("two", ctx="in the two regions", reason="Trivial back-reference ('the two regions').")
d.NF("first", ctx="the first cholera", reason="'the first cases' (whenever they come), not a fact.")

d.RT("on Tuesday", resolved="2026-09-22")
d.RT("before the end of the month", resolved="2026-09-30")
d.RT("last week", resolved=None)
d.RT("on Monday", resolved="2026-09-21")
d.RT("last year", resolved="2025")
d.RT("since Friday", resolved="2026-09-18")

d.P("Ghana", "GPE", None, "Ghana's government on Tuesday launched an appeal", ["actor"],
    note="The government acts ('Ghana's government ... launched an appeal').")
d.P("National Disaster Management Organisation", "ORG", None, "the National Disaster Management Organisation (NADMO) said",
    ["cited", "actor"], aliases=["NADMO"])
d.P("Kwabena Asante-Darko", "PERSON", "Finance Minister", "Finance Minister Kwabena Asante-Darko told reporters",
    ["quoted", "cited"], aliases=["Asante-Darko"], note="Later 'the minister'.")
d.P("finance ministry", "ORG", None, "The finance ministry will put 300 million cedis", ["actor"],
    note="Lower-case kind only: 'The finance ministry'.")
d.P("World Bank", "ORG", None, "the World Bank has agreed to bring forward", ["actor"])
d.P("African Development Bank", "ORG", None, "Talks with the African Development Bank", ["actor"],
    note="Only after a preposition ('Talks with ...'). **Unsure**: it takes part in the talks.")
d.P("Ghana Meteorological Agency", "ORG", None, "The Ghana Meteorological Agency (GMet) recorded", ["actor", "cited"],
    aliases=["GMet"])
d.P("Akuse Power Company Ltd", "ORG", None, "Flooding worsened after Akuse Power Company Ltd", ["actor", "quoted"],
    note="Later 'The company'.")
d.P("Abena Frimpong-Manso", "PERSON", "the director-general of NADMO", "said Abena Frimpong-Manso, the director-general",
    ["quoted", "cited", "actor"], aliases=["Frimpong-Manso"])
d.P("Mercy Adjei", "PERSON", "who chairs the Keta Municipal Assembly's disaster committee",
    "Frimpong-Manso and Mercy Adjei, who chairs", ["quoted", "cited", "actor"], aliases=["Adjei"])
d.P("Keta Municipal Assembly", "ORG", None, "Adjei said the assembly had run out of shelter", ["actor"],
    note="Named only possessively in Adjei's role ('the Keta Municipal Assembly's disaster committee'), then 'the assembly' "
         "runs out of shelter.")
d.P("Ghana Health Service", "ORG", None, "According to the Ghana Health Service", ["quoted", "cited"])
d.P("Kojo Mensah-Bonsu", "PERSON", "country director of Children of the Lagoon", "said Kojo Mensah-Bonsu, 46",
    ["quoted"])
d.P("Children of the Lagoon", "ORG", "a charity", "a charity that has sent 20 tonnes of food", ["actor"],
    note="Name made of ordinary words.")
d.P("Selasi Agbodeka", "PERSON", "who heads the Volta Basin Research Institute in Ho",
    "That was the warning of Prof Selasi Agbodeka", ["quoted"])
d.P("Volta Basin Research Institute", "ORG", None, "A report his institute wrote", ["cited"],
    note="'his institute' wrote the report.")
d.P("People's Progress Party", "ORG", "opposition", "The opposition People's Progress Party (PPP) accused", ["actor"],
    aliases=["PPP"])
d.P("Elikem Agbeko", "PERSON", "Its MP for Anloga", "Its MP for Anloga, Elikem Agbeko, posted on X", ["quoted"])
d.P("Adinkra Mobile", "ORG", "the country's second-largest network", "Customers of Adinkra Mobile", ["actor", "cited"],
    note="'the operator said'; also a modifier ('Adinkra Mobile shares').")
d.M("Environmental Protection Agency", "ORG", "The report was written for it (object of 'for'). **Unsure.**")
d.M("Reuters", "ORG", "News agency in the dateline.")
d.M("Volta Region", "GPE", "Location.")
d.M("Oti", "GPE", "Location.")
d.M("Lake Volta", "LOC", "Location.")
d.M("Accra", "GPE", "Location.")
d.M("Keta", "GPE", "Location.")
d.M("Ho", "GPE", "Location.")
d.M("Anloga", "GPE", "Constituency in Agbeko's role.")
d.M("X", "ORG", "Social-media platform.")
d.write()
