import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gb02_telvion_nordkabel_eu_probe")
d.B("*By Anneke Vermeulen — 13 October 2026*", "byline")
d.B("BRUSSELS (AFP) –", "dateline", partial=True)

VAN = dict(aliases=["Vanherck", "EU Competition Commissioner Elodie Vanherck"], role="EU Competition Commissioner")
TEL = dict(stype="ORG", aliases=["Telvion", "the company"])
d.Q("Elodie Vanherck", "Mergers can help European telecoms build the scale they need. They cannot be a shortcut to higher "
    "bills,", **VAN, cue="told a press conference")
d.Q("Telvion GmbH", "confident", **TEL, syntax="phrase", cue="Telvion, based in Düsseldorf, said it was")
d.Q("Telvion GmbH", "This combination will bring gigabit speeds to 2.1 million more Dutch homes by 2029,", **TEL,
    cue="the company said in a statement")
d.Q("Netherlands Authority for Consumers and Markets", "We know this market best, and we would have looked at it just as "
    "hard,", stype="ORG", aliases=["ACM", "the Dutch regulator"], cue="an ACM spokesperson said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Luc Demeyere", "a duopoly with a bow on it", role="Its chief executive", syntax="phrase",
    cue="Its chief executive, Luc Demeyere, called the takeover", note="'Its' = Vireo SA. 6-word noun phrase -> fragment.")
d.Q("Sanne Kooistra", "Every merger in this sector has been sold to us as investment, and every one has ended with "
    "redundancy letters,", aliases=["Kooistra"], role="Its chairwoman", cue="she said",
    note="Pronoun speaker after two women are named ('Sanne Kooistra, and Vanherck met'); 'she' = Kooistra, the "
         "subject of the sentence before.")
d.Q("Pieter Hoogland", "Brussels wants champions, but not in its own backyard,",
    role="an analyst at Kronberg Capital in Amsterdam", cue="said Pieter Hoogland")
d.Q("Ilse Bakker", "People are already paying more for the same line. Fewer competitors will not make that better.",
    role="Its director", cue="told Dutch public radio that ...:",
    note="Colon-introduced quote in its own paragraph; 'Its' = Fair Signal.")

d.F("€7.4 billion", 7400000000, "EUR", "Telvion's takeover of Nordkabel (headline)", ctx="Telvion’s €7.4 billion")
d.F("€7.4 billion", 7400000000, "EUR", "Telvion's purchase of Nordkabel", ctx="GmbH’s €7.4 billion")
d.F("two", 2, "count", "fixed-line networks left after the deal", ctx="with two fixed-line")
d.F("three", 3, "count", "fixed-line networks before the deal", ctx="instead of three")
d.F("90 working days", 90, "days", "Commission's deadline for the in-depth probe", note="Working days.")
d.F("24 February", "2027-02-24", "date", "end of the Commission's review", value_inferred=True,
    note="90 working days after 13 October 2026 -> 2027.")
d.F("about 46%", 46, "percent", "combined share of Dutch broadband subscribers", qualifier="about")
d.F("nearly two-thirds", 0.6666666667, "fraction", "combined share in Rotterdam and The Hague", qualifier="nearly")
d.F("2.1 million", 2100000, "count", "more Dutch homes to get gigabit speeds")
d.F("2029", 2029, "year", "deadline for the gigabit promise")
d.F("August", "2026-08", "date", "when the Commission turned down the ACM's request", value_inferred=True)
d.F("100 MHz", 100, "MHz", "Nordkabel's spectrum holding")
d.F("2022", 2022, "year", "year of the spectrum auction")
d.F("€312 million", 312000000, "EUR", "price Nordkabel paid for the spectrum")
d.F("June", "2026-06", "date", "when the BEREC report was published", value_inferred=True)
d.F("more than 40%", 40, "percent", "mid-band spectrum share above which prices rose faster (BEREC)",
    qualifier="more than")
d.F("third", 3, "ordinal", "Vireo's rank among Dutch providers", ctx="third-largest")
d.F("between €3 and €5", [3, 5], "EUR", "possible rise in monthly bills (Vireo)", note="Per month.")
d.F("about 9,000", 9000, "count", "workers TelecomWerk represents", qualifier="about")
d.F("as many as 1,800", 1800, "count", "jobs that could go", qualifier="as many as")
d.F("2.6 billion zlotys", 2600000000, "PLN", "price of Telvion's Polish unit")
d.F("€610 million", 610000000, "EUR", "euro value of the Polish unit sale")
d.F("2024", 2024, "year", "year Telvion sold its Polish unit")
d.F("around one in four", 0.25, "fraction", "Kronberg's chance of an outright block", qualifier="around")
d.F("4.7%", 4.7, "percent", "fall in Nordkabel shares")
d.F("€18.62", 18.62, "EUR", "Nordkabel share price")
d.F("31 October", "2026-10-31", "date", "Fair Signal's deadline for a formal objection", value_inferred=True)
d.F("11.4%", 11.4, "percent", "rise in prices since 2023 (Fair Signal)")
d.F("2023", 2023, "year", "base year of the 11.4% price rise")

d.NF("13", ctx="— 13 October", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("3.5 GHz", reason="Name of the spectrum band ('the 3.5 GHz band').")
d.NF("one", ctx="every one has", reason="Idiom inside a quote ('every one').")

d.RT("on Tuesday", resolved="2026-10-13")
d.RT("last week", resolved=None)

d.P("European Commission", "ORG", None, "The European Commission on Tuesday opened", ["actor"],
    aliases=["Commission", "Brussels"], note="'Brussels' as a metonym ('had asked Brussels', 'Brussels wants').")
d.P("Elodie Vanherck", "PERSON", "EU Competition Commissioner", "EU Competition Commissioner Elodie Vanherck told",
    ["quoted", "actor"], aliases=["Vanherck"])
d.P("Telvion GmbH", "ORG", "German operator", "German operator Telvion GmbH’s", ["actor", "quoted"], aliases=["Telvion"],
    note="Later 'the company'.")
d.P("Nordkabel NV", "ORG", "Dutch cable group", "Dutch cable group Nordkabel NV", ["actor"], aliases=["Nordkabel"])
d.P("Netherlands Authority for Consumers and Markets", "ORG", None,
    "The Netherlands Authority for Consumers and Markets (ACM)", ["actor", "quoted"], aliases=["ACM"],
    note="Later 'the Dutch regulator'.")
d.P("Body of European Regulators for Electronic Communications", "ORG", None,
    "A report by the Body of European Regulators", ["cited"], aliases=["BEREC"])
d.P("Vireo SA", "ORG", "the Netherlands’ third-largest provider", "Vireo SA, the Brussels-listed group",
    ["actor", "cited"])
d.P("Luc Demeyere", "PERSON", "Its chief executive", "Its chief executive, Luc Demeyere", ["quoted"])
d.P("TelecomWerk", "ORG", None, "The TelecomWerk union", ["actor"], note="Union; 'fears as many as 1,800 jobs could go'.")
d.P("Sanne Kooistra", "PERSON", "Its chairwoman", "Its chairwoman, Sanne Kooistra", ["quoted", "actor", "cited"],
    aliases=["Kooistra"])
d.P("Pieter Hoogland", "PERSON", "an analyst at Kronberg Capital in Amsterdam", "said Pieter Hoogland", ["quoted"])
d.P("Kronberg Capital", "ORG", None, "Kronberg puts the chance", ["cited"], aliases=["Kronberg"])
d.P("Fair Signal", "ORG", "consumer group", "The consumer group Fair Signal said", ["actor", "cited"])
d.P("Ilse Bakker", "PERSON", "Its director", "Its director, Ilse Bakker", ["quoted", "cited"])
d.M("Auerbach Partners", "ORG", "Telvion's owner (background).")
d.M("Federal Network Agency", "ORG", "Germany's regulator, not part of the review.")
d.M("UKE", "ORG", "Poland's regulator, not part of the review.")
d.M("Netherlands", "GPE", "Background.")
d.M("Poland", "GPE", "Background.")
d.M("Germany", "GPE", "Background.")
d.M("The Hague", "GPE", "Location.")
d.M("Anneke Vermeulen", "PERSON", "Byline author (boilerplate).")
d.M("AFP", "ORG", "News agency in the dateline.")
d.write()
