import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll04_typhoon_dalisay_un_appeal")

SOL = dict(role="the UN resident and humanitarian coordinator in the Philippines")
ABE = dict(role="a fish vendor")
d.Q("Ingrid Solberg", "The first week was about rescue. Now it is about keeping people alive until the boats can come "
    "back,", **SOL, cue="Ingrid Solberg, the UN resident and humanitarian coordinator in the Philippines, said at the "
    "launch of the appeal in Manila", note="Name and role between the two quotes of the paragraph.")
d.Q("Ingrid Solberg", "Every day we wait makes the same help more expensive.", **SOL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Corazon Villanueva", "We have the rice. What we do not have yet are the boats,",
    aliases=["Social Welfare Secretary Corazon Villanueva"], role="Social Welfare Secretary",
    cue="she told reporters in Tacloban", note="'she' = Villanueva, the only person named in the paragraph.")
d.Q("Ramon Dacanay", "everything that floats.", aliases=["Governor Ramon Dacanay"], role="Governor of Eastern Samar",
    syntax="phrase", cue="Governor Ramon Dacanay of Eastern Samar told Radyo Silangan that fishing families had lost",
    note="Told to a radio station; 3-word phrase -> fragment.")
d.Q("Asian Development Bank", "within 30 days,", stype="ORG", aliases=["the bank"], syntax="phrase",
    cue="the bank said in a statement",
    note="Role-only organisation attribution ('the bank' = the Asian Development Bank, sentence before); statement. "
         "3-word phrase -> fragment.")
d.Q("Lucia Ferraro", "We are running out of clean water faster than we can ship it,", role="its country director",
    cue="said its country director, Lucia Ferraro",
    note="Speaker introduced after the quote; 'its' = Harbour Aid International (sentence before).")
d.Q("Miguel Santos", "in days, not weeks.", role="Its chief executive", syntax="phrase",
    cue="Its chief executive, Miguel Santos, said the rest would be back",
    note="'Its' = Pulso Telecom Inc.; 4-word phrase -> fragment.")
d.Q("Nenita Abella", "The sea took my boat and the wind took my roof,", **ABE, cue="she said",
    note="'she' = Abella, the only person named in the paragraph.")
d.Q("Nenita Abella", "I only want a roof before the next storm.", **ABE, attribution="implicit",
    cue="(continuation of the previous quote)")

d.F("$86 million", 86000000, "USD", "size of the UN appeal (headline)", ctx="seeks $86 million")
d.F("$86 million", 86000000, "USD", "size of the UN appeal", ctx="for $86 million to help")
d.F("about 640,000", 640000, "count", "people the appeal aims to help", qualifier="about")
d.F("three years", 3, "years", "period since a storm as strong hit the country",
    note="'the strongest storm to hit the country in three years'.")
d.F("11.40 p.m.", "23:40", "time", "time Typhoon Dalisay made landfall", note="Clock time as a 24-hour string.")
d.F("215 km/h", 215, "km/h", "Dalisay's sustained winds at landfall")
d.F("up to 260 km/h", 260, "km/h", "Dalisay's gusts at landfall", qualifier="up to")
d.F("380 mm", 380, "mm", "rain received by some towns in 24 hours")
d.F("24 hours", 24, "hours", "period of the 380 mm of rain")
d.F("57", 57, "count", "confirmed deaths (NDRRMC)")
d.F("14", 14, "count", "people still missing", ctx="14 people are")
d.F("More than 41,000", 41000, "count", "houses destroyed", qualifier="More than")
d.F("about 1.2 million", 1200000, "count", "people affected", qualifier="about")
d.F("three", 3, "count", "regions affected", ctx="across three regions")
d.F("first", 1, "ordinal", "week of the response that was about rescue (Solberg, in a quote)", ctx="The first week")
d.F("38", 38, "count", "aid groups that drew up the plan with OCHA", ctx="with 38 aid")
d.F("September 15", "2026-09-15", "date", "end of the period the plan covers", value_inferred=True,
    note="'until September 15'; no date line and no year written in the article, so 2026.")
d.F("About $31 million", 31000000, "USD", "part of the appeal for emergency shelter", qualifier="About")
d.F("290,000", 290000, "count", "family food packs the government delivered")
d.F("about ₱1,150", 1150, "PHP", "value of each family food pack", qualifier="about", note="Per pack.")
d.F("three days", 3, "days", "how long each food pack is meant to last")
d.F("₱5,000", 5000, "PHP", "payment to each family whose home was destroyed", note="Per family.")
d.F("About two-thirds", 0.6666666667, "fraction", "share of Eastern Samar's municipalities without power",
    qualifier="About")
d.F("23", 23, "count", "municipalities in Eastern Samar")
d.F("four", 4, "count", "inhabited islands off Guiuan the coast guard has reached", ctx="only four of")
d.F("11", 11, "count", "inhabited islands off Guiuan", ctx="the 11 inhabited")
d.F("between 60% and 70%", [60, 70], "percent", "share of Eastern Samar's coconut trees flattened (Dacanay)")
d.F("six to eight years", [6, 8], "years", "time new coconut trees take to bear fruit")
d.F("$3 million", 3000000, "USD", "ADB grant")
d.F("₱12 billion", 12000000000, "PHP", "ADB loan for rebuilding schools, part of which is brought forward")
d.F("30 days", 30, "days", "time within which the ADB money reaches the government (in a quote)",
    note="'within 30 days'; the temporal relation is left out.")
d.F("half", 0.5, "fraction", "size of the population Harbour Aid's supplies were meant for, relative to those treated",
    ctx="half as many", note="'supplies meant for half as many people'.")
d.F("120", 120, "count", "damaged towers where Pulso Telecom has restored service")
d.F("310", 310, "count", "Pulso Telecom towers damaged")
d.F("52", 52, "years", "age of Nenita Abella")
d.F("three", 3, "count", "grandchildren of Nenita Abella", ctx="her three grandchildren")
d.F("45", 45, "count", "people sharing the school classroom")

d.NF("one", ctx="one of the groups", reason="'one of' (not a quantity).")

d.RT("on Tuesday", resolved=None, note="No date line; no anchor date.")
d.RT("on Saturday", resolved=None)
d.RT("Now", ctx="Now it is about", resolved=None, note="Inside a quote.")

d.P("United Nations", "ORG", None, "The United Nations and its partners appealed on Tuesday for $86 million",
    ["actor"], aliases=["UN"], note="Headline 'UN seeks'; 'UN' also inside OCHA's name and Solberg's role.")
d.P("Ingrid Solberg", "PERSON", "the UN resident and humanitarian coordinator in the Philippines",
    "Ingrid Solberg, the UN resident and humanitarian coordinator in the Philippines, said", ["quoted"])
d.P("PAGASA", "ORG", "the state weather agency", "the state weather agency PAGASA said", ["cited"])
d.P("National Disaster Risk Reduction and Management Council", "ORG", None,
    "The National Disaster Risk Reduction and Management Council (NDRRMC) has confirmed 57 deaths", ["actor", "cited"],
    aliases=["NDRRMC"])
d.P("UN Office for the Coordination of Humanitarian Affairs", "ORG", None,
    "The plan, drawn up by the UN Office for the Coordination of Humanitarian Affairs (OCHA)", ["actor"],
    aliases=["OCHA"], note="After a passive 'drawn up by'.")
d.P("Corazon Villanueva", "PERSON", "Social Welfare Secretary", "Social Welfare Secretary Corazon Villanueva said",
    ["quoted", "cited"])
d.P("Ramon Dacanay", "PERSON", "Governor of Eastern Samar", "Governor Ramon Dacanay of Eastern Samar told Radyo Silangan",
    ["quoted", "cited"], note="Title before the name with 'of Y' after it: both kept in the role (dev10a/dev12a).")
d.P("Radyo Silangan", "ORG", None, "told Radyo Silangan", ["actor"],
    note="Radio station told (dev3 broadcaster convention). Unsure, as in dev10a-dev13b.")
d.P("Asian Development Bank", "ORG", None, "The Asian Development Bank said it would provide a $3 million grant",
    ["actor", "cited", "quoted"], note="Later 'the bank'.")
d.P("Harbour Aid International", "ORG", "one of the groups in the plan",
    "Harbour Aid International, one of the groups in the plan, is treating", ["actor"],
    note="Later 'its country director'.")
d.P("Lucia Ferraro", "PERSON", "its country director", "said its country director, Lucia Ferraro", ["quoted"])
d.P("Pulso Telecom Inc.", "ORG", "the main mobile network in Eastern Samar",
    "Pulso Telecom Inc., the main mobile network in Eastern Samar, said", ["cited", "actor"],
    aliases=["Pulso Telecom"], note="Later 'Its chief executive'.")
d.P("Miguel Santos", "PERSON", "Its chief executive", "Its chief executive, Miguel Santos, said the rest", ["quoted"])
d.P("Nenita Abella", "PERSON", "a fish vendor", "Nenita Abella, 52, a fish vendor, has been sleeping", ["quoted", "actor"])
d.M("Typhoon Dalisay", "EVENT", "The storm (headline, lede); later 'Dalisay'.")
d.M("Dalisay", "EVENT", "Short form of Typhoon Dalisay.")
d.M("Philippines", "GPE", "The country ('the central Philippines', in Solberg's role); the government is unnamed.")
d.M("Guiuan", "GPE", "Town where Dalisay made landfall.")
d.M("Eastern Samar", "GPE", "Province (in Dacanay's title, Pulso's description).")
d.M("Manila", "GPE", "Where the appeal was launched.")
d.M("Tacloban", "GPE", "Where Villanueva spoke.")
d.write()
