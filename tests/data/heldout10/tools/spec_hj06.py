import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj06_tasmania_salmon_confidence_vote")

S = dict(marks="straight")
d.Q("Kate Merrow", "This is a government that read the science and then sold the bay anyway,",
    aliases=["Ms Merrow", "Opposition Leader Kate Merrow"], role="Opposition Leader", **S,
    cue="Ms Merrow told parliament")
d.Q("Andrew Kellaway", "No. The EPA gave advice, I weighed it, and I made a decision. That is my job.",
    aliases=["Mr Kellaway", "Premier Andrew Kellaway"], role="Premier", **S,
    cue="Asked whether he would order a review, Mr Kellaway said:", note="Question-and-answer, colon.")
d.Q("Sarah Quill", "We have set the toughest monitoring rules in the country,",
    aliases=["Ms Quill", "Environment Minister Sarah Quill"], role="Environment Minister", **S, cue="she said",
    note="Pronoun trap: two women are named ('Sarah Quill, who shared a rally stage with Ms Merrow'); 'she' = Quill, "
         "the subject of the sentence just before ('Ms Quill said the company would fund').")
d.Q("Tom Brereton", "I'm no fan of this approval, but I'm even less a fan of an election in February,",
    aliases=["Independent MP Tom Brereton"], role="Independent MP", **S,
    cue="he told Hobart radio station Coast FM",
    note="Pronoun trap: the paragraph before names two men ('Tom Brereton ... alongside fellow independent Nick "
         "Aitken'); 'he' = Brereton, its subject.")
d.Q("Derwent Ocean Salmon", "Every tonne we grow in Tasmania is a tonne that doesn't have to be flown in from "
    "overseas,", stype="ORG", aliases=["the company"], **S, cue="the company said",
    note="Role-only organisation attribution.")
d.Q("Helen Yates", "The bay is telling us something, and we keep turning the volume down.",
    aliases=["Dr Helen Yates"],
    role="a marine ecologist at the Southern Ocean Research Institute, who has monitored Storm Bay since 2018", **S,
    cue="That was the warning from Dr Helen Yates", note="Quote in its own paragraph, attributed in the next sentence.")
d.Q("Environment Protection Authority", "Our role is to give the science. Decisions about leases are for the minister,",
    stype="ORG", aliases=["EPA", "the authority"], **S, cue="the authority said",
    note="Role-only organisation attribution.")
d.Q("Graham Pitt", "a kick in the guts for every family with a tinnie.", role="Its president", **S, syntax="phrase",
    cue="described the approval as", note="'Its' = the Storm Bay Anglers Club. 10-word noun phrase -> full.")

d.NQ("Blue Growth 2030", marks="straight", reason="Name of a government strategy.")

d.F("18", 18, "count", "votes against the no-confidence motion", ctx="by 18 votes")
d.F("16", 16, "count", "votes for the no-confidence motion", ctx="to 16 after")
d.F("$120 million", 120000000, "AUD", "cost of the salmon farm expansion")
d.F("35-seat", 35, "count", "seats in the House of Assembly")
d.F("just after 6:15pm", "18:15", "time", "when the motion was defeated", qualifier="just after")
d.F("two", 2, "count", "independents who sided with the Premier", ctx="when two independents")
d.F("1,250 hectares", 1250, "hectares", "area added to Derwent Ocean Salmon's leases")
d.F("about 22,000", 22000, "tonnes", "current annual salmon output", qualifier="about",
    note="'from about 22,000 to 30,000 tonnes a year'; the unit is written once.")
d.F("30,000 tonnes", 30000, "tonnes", "approved annual salmon output", note="Per year.")
d.F("a quarter", 0.25, "fraction", "cut in nitrogen limits the EPA advised")
d.F("2011", 2011, "year", "rally against a pulp mill")
d.F("$4.5 million", 4500000, "AUD", "independent monitoring the company will fund")
d.F("five years", 5, "years", "period of the monitoring")
d.F("February", "2027-02", "date", "possible election (in a quote)", value_inferred=True,
    note="Next February after the November 2026 vote.")
d.F("68%", 68, "percent", "Fjordlaks ASA's stake in Derwent Ocean Salmon")
d.F("about 140", 140, "count", "jobs the expansion will create", qualifier="about")
d.F("2018", 2018, "year", "since when Yates has monitored Storm Bay")
d.F("40%", 40, "percent", "oxygen saturation threshold")
d.F("23", 23, "days", "days below 40% oxygen saturation last summer", ctx="on 23 days")
d.F("six days", 6, "days", "days below 40% oxygen saturation in 2022")
d.F("2022", 2022, "year", "year of six low-oxygen days")
d.F("about 1,900", 1900, "count", "members of the Storm Bay Anglers Club", qualifier="about")
d.F("halved", 0.5, "fraction", "fall in flathead catches",
    note="'have halved' = fallen by half, as dev5a's 'a quarter'. Unsure: a verb, not a numeral.")
d.F("a decade", 10, "years", "period over which flathead catches halved")
d.F("72", 72, "years", "age of Graham Pitt")
d.F("1,004", 1004, "count", "voters surveyed by Harbourline Research")
d.F("between 9 and 12 November", "2026-11-09/2026-11-12", "date", "survey fieldwork", value_inferred=True)
d.F("52%", 52, "percent", "Tasmanians opposed to the expansion")
d.F("31%", 31, "percent", "Tasmanians supporting the expansion")
d.F("8 December", "2026-12-08", "date", "Legislative Council debate on the lease changes", value_inferred=True)

d.NF("2030", reason="Year inside the name of a strategy ('Blue Growth 2030').")

d.RT("on Thursday", resolved="2026-11-26")
d.RT("last month", resolved="2026-10")
d.RT("last summer", resolved="2025-12/2026-02", note="Southern-hemisphere summer.")

d.P("Tasmanian government", "ORG", None, "The Tasmanian government has survived", ["actor"],
    note="Later 'the government'.")
d.P("Kate Merrow", "PERSON", "Opposition Leader", "moved by Opposition Leader Kate Merrow", ["quoted", "actor"],
    aliases=["Merrow"])
d.P("House of Assembly", "ORG", None, "was defeated in the 35-seat House of Assembly", ["actor"],
    note="Chamber that voted; also 'parliament'. Unsure.")
d.P("Andrew Kellaway", "PERSON", "Premier", "sided with Premier Andrew Kellaway", ["quoted", "actor"],
    aliases=["Kellaway"])
d.P("Derwent Ocean Salmon", "ORG", None, "approved a plan by Derwent Ocean Salmon", ["actor", "quoted", "cited"],
    note="Later 'the company'.")
d.P("Environment Protection Authority", "ORG", None, "The Environment Protection Authority (EPA) had advised",
    ["actor", "quoted"], aliases=["EPA"], note="Later 'the authority'.")
d.P("Sarah Quill", "PERSON", "Environment Minister", "Environment Minister Sarah Quill, who shared", ["quoted", "actor"],
    aliases=["Quill"])
d.P("Tom Brereton", "PERSON", "Independent MP", "Independent MP Tom Brereton, who voted with the government",
    ["quoted", "actor"])
d.P("Nick Aitken", "PERSON", "fellow independent", "alongside fellow independent Nick Aitken", ["actor"],
    note="Named beside the trap before Brereton's 'he told'.")
d.P("Coast FM", "ORG", "Hobart radio station", "he told Hobart radio station Coast FM", ["actor"],
    note="Broadcaster the speaker talked to (dev3 convention).")
d.P("Helen Yates", "PERSON",
    "a marine ecologist at the Southern Ocean Research Institute, who has monitored Storm Bay since 2018",
    "That was the warning from Dr Helen Yates", ["quoted", "cited"])
d.P("Storm Bay Anglers Club", "ORG", None, "The Storm Bay Anglers Club, which has about 1,900 members, says",
    ["cited"])
d.P("Graham Pitt", "PERSON", "Its president", "Its president, Graham Pitt, 72, described", ["quoted"])
d.P("Harbourline Research", "ORG", None, "A Harbourline Research survey of 1,004 voters", ["cited"])
d.P("Tasmanian Salmon Growers Council", "ORG", "the industry's peak body",
    "The Tasmanian Salmon Growers Council, the industry's peak body, welcomed", ["actor"])
d.P("Legislative Council", "ORG", "The upper house", "The upper house, the Legislative Council, will debate", ["actor"])
d.M("Fjordlaks ASA", "ORG", "Owner of 68% of Derwent Ocean Salmon (background), as heldout9's owners.")
d.M("Southern Ocean Research Institute", "ORG", "Only in Yates's role.")
d.M("Blue Growth 2030", "WORK", "Government strategy (a not_quote).")
d.M("Storm Bay", "LOC", "Location.")
d.M("Huon Valley", "LOC", "Location.")
d.M("Tasmania", "GPE", "In a quote.")
d.M("Hobart", "GPE", "Location.")
d.write()
