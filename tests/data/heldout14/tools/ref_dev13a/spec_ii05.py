import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ii05_amersfoort_tax_office_homes_vote")

S = dict(marks="straight")
BRO = dict(aliases=["Brouwer", "acting Mayor Lieke Brouwer"], role="acting Mayor")
d.Q("Lieke Brouwer", "We have 6,900 households on the waiting list for a social rental home, and a building that has "
    "stood empty since 2019,", **BRO, **S, cue="said acting Mayor Lieke Brouwer, who was appointed in January",
    note="'acting' title before the name, after the quote; 'who was appointed in January'.")
d.Q("Lieke Brouwer", "Doing nothing was also a choice, and a worse one.", **BRO, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Pieter van der Meulen", "This is not a shelter. These are homes, with front doors and leases,",
    aliases=["Van der Meulen"], role="The city's housing alderman", **S,
    cue="he told the regional broadcaster RTV Eemland",
    note="'he' = Van der Meulen, the subject of the sentence before. Dutch particle surname: 'Pieter van der Meulen', "
         "but 'Van der Meulen' (capital V) when the surname stands alone.")
d.Q("Sanne de Groot", "Residents were consulted for three evenings and then ignored for three years,",
    aliases=["De Groot"], role="who leads the Stadspartij Eemland group", **S, cue="De Groot said",
    note="Dutch particle surname capitalised when it stands alone ('De Groot').")
d.Q("Lieke Brouwer", "We listened. We just did not agree,", **BRO, **S, cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Brouwer, who clashed with De Groot during the "
         "debate, said'); 'she' = Brouwer, its subject.")
d.Q("Central Agency for the Reception of Asylum Seekers", "remove the need for emergency shelter in the city by 2029.",
    stype="ORG", aliases=["COA"], **S, syntax="phrase",
    cue="The Central Agency for the Reception of Asylum Seekers (COA) said in a letter to the council that … and that "
        "the plan would",
    note="Organisation quoted through a letter; 10-word phrase -> full.")
d.Q("Hanneke Bos", "They are slow and expensive, but they are the only homes you can add without finding new land,",
    aliases=["Bos", "Prof. Hanneke Bos"], role="who studies housing policy at Utrecht University", **S, cue="Bos said",
    note="'Prof.' title on first mention, surname-only attribution.")
d.Q("Anouk Hendriks", "a tower of 420 front doors next to a primary school.",
    role="chairwoman of the Soesterkwartier residents' association", **S, syntax="phrase",
    cue="Anouk Hendriks, chairwoman of the Soesterkwartier residents' association, said her members were not against "
        "refugees but against",
    note="'X, chairwoman of Y'; 10-word phrase -> full.")
d.Q("Marloes Visser", "We are not against new neighbours. We are against lorries at 8.30 in the morning,",
    aliases=["the head teacher"], role="the school's head teacher", **S, cue="the head teacher said",
    note="Role given in a later sentence ('Marloes Visser is the school's head teacher.'), then a role-only "
         "attribution ('the head teacher').")
d.Q("Samir al-Khatib", "My children have changed school four times. A front door of our own would be enough,",
    aliases=["al-Khatib"], role="who came to the Netherlands from Syria in 2015 and now drives a city bus", **S,
    cue="said al-Khatib, who watched the vote from the public gallery",
    note="Arabic particle surname, lower-case 'al-' in the follow-up.")

d.F("€38 million", 38000000, "EUR", "cost of the conversion plan (headline)", ctx="backs €38 million")
d.F("420", 420, "count", "homes in the converted tax office (headline)", ctx="into 420 homes")
d.F("€38 million", 38000000, "EUR", "cost of the conversion plan", ctx="approved a €38 million")
d.F("420", 420, "count", "small homes in the converted tax office", ctx="into 420 small")
d.F("24", 24, "count", "council votes for the plan", ctx="voted 24-15", note="'24-15' vote, split into its two counts.")
d.F("15", 15, "count", "council votes against the plan", ctx="24-15 after")
d.F("almost six hours", 6, "hours", "length of the debate", qualifier="almost")
d.F("39-seat", 39, "count", "seats on the council")
d.F("6,900", 6900, "count", "households on the social housing waiting list (in a quote)")
d.F("2019", 2019, "year", "since when the building has stood empty (in a quote)")
d.F("January", "2026-01", "date", "when Brouwer was appointed acting mayor", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("€620", 620, "EUR", "rent cap per month", note="Per month ('€620 a month').")
d.F("€9.5 million", 9500000, "EUR", "province of Utrecht's contribution")
d.F("September 2028", "2028-09", "date", "when the first residents could move in", note="'by September 2028'.")
d.F("three", 3, "count", "evenings of consultation (in a quote)", ctx="three evenings")
d.F("three years", 3, "years", "time residents were ignored (De Groot, in a quote)", ctx="ignored for three years")
d.F("a decade", 10, "years", "period in which no project had a longer consultation (Brouwer)",
    note="'in a decade'; 'a' kept as it stands for the number one.")
d.F("61%", 61, "percent", "share of assigned refugees Amersfoort has housed this year")
d.F("2029", 2029, "year", "when the plan would end the need for emergency shelter (in a quote)")
d.F("about 9,000", 9000, "count", "homes produced by office conversions nationally last year (Bos)", qualifier="about")
d.F("420", 420, "count", "front doors in the tower (Hendriks, in a quote)", ctx="a tower of 420")
d.F("1,400", 1400, "count", "signatures collected by De Regenboog parents")
d.F("8.30", "08:30", "time", "when lorries would pass the school (in a quote)")
d.F("41", 41, "years", "age of Samir al-Khatib")
d.F("2015", 2015, "year", "when al-Khatib came to the Netherlands")
d.F("two", 2, "count", "children of al-Khatib", ctx="two children")
d.F("three years", 3, "years", "time al-Khatib's family has lived in temporary housing", ctx="children for three years")
d.F("four times", 4, "times", "times al-Khatib's children have changed school (in a quote)")
d.F("six weeks", 6, "weeks", "permit objection period")

d.NF("one", ctx="a worse one", reason="Pronoun inside a quote ('a worse one').")
d.NF("first", ctx="the first residents", reason="'the first residents' (not a ranked fact).")

d.RT("on Thursday night", resolved=None)
d.RT("this year", resolved="2026")
d.RT("last year", resolved="2025")
d.RT("in the spring", resolved=None)

d.P("Amersfoort City Council", "ORG", None, "Amersfoort City Council on Thursday night approved", ["actor"],
    note="Later 'The council', 'the 39-seat council'.")
d.P("Amersfoort Vooruit", "ORG", "the largest group on the 39-seat council",
    "Amersfoort Vooruit, the largest group on the 39-seat council, backed the plan", ["actor"],
    note="Local party.")
d.P("Stadspartij Eemland", "ORG", None, "the opposition Stadspartij Eemland voted against", ["actor", "cited"],
    note="Local opposition party; also inside De Groot's role ('who leads the Stadspartij Eemland group').")
d.P("Lieke Brouwer", "PERSON", "acting Mayor", "said acting Mayor Lieke Brouwer, who was appointed in January",
    ["quoted", "cited"], aliases=["Brouwer"], note="Also 'who was appointed in January'.")
d.P("Pieter van der Meulen", "PERSON", "The city's housing alderman",
    "The city's housing alderman, Pieter van der Meulen, said", ["quoted", "cited"], aliases=["Van der Meulen"])
d.P("Woonstad Eemland", "ORG", "the housing corporation", "the housing corporation Woonstad Eemland would own",
    ["actor"])
d.P("Utrecht", "GPE", None, "The province of Utrecht will contribute €9.5 million.", ["actor"],
    note="The province acts (contributes money). Unsure: a GPE participant.")
d.P("RTV Eemland", "ORG", "the regional broadcaster", "he told the regional broadcaster RTV Eemland", ["actor"],
    note="Broadcaster the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Sanne de Groot", "PERSON", "who leads the Stadspartij Eemland group",
    "Sanne de Groot, who leads the Stadspartij Eemland group", ["quoted", "cited"], aliases=["De Groot"])
d.P("Central Agency for the Reception of Asylum Seekers", "ORG", None,
    "The Central Agency for the Reception of Asylum Seekers (COA) said in a letter", ["quoted", "cited"],
    aliases=["COA"])
d.P("Hanneke Bos", "PERSON", "who studies housing policy at Utrecht University",
    "Prof. Hanneke Bos, who studies housing policy", ["quoted", "cited"], aliases=["Bos"])
d.P("Anouk Hendriks", "PERSON", "chairwoman of the Soesterkwartier residents' association",
    "Anouk Hendriks, chairwoman of the Soesterkwartier", ["quoted", "cited"])
d.P("Marloes Visser", "PERSON", "the school's head teacher", "Marloes Visser is the school's head teacher.", ["quoted"],
    note="Role in a later sentence of its own; later 'the head teacher'.")
d.P("Samir al-Khatib", "PERSON", "who came to the Netherlands from Syria in 2015 and now drives a city bus",
    "Samir al-Khatib, 41, who came to the Netherlands", ["quoted", "actor"], aliases=["al-Khatib"])
d.M("Soesterkwartier residents' association", "ORG", "Only in Hendriks's role.")
d.M("De Regenboog", "ORG", "Primary school next to the site; its parents collected signatures and its head teacher is "
                           "quoted. Unsure: could be a participant.")
d.M("Council of State", "ORG", "Court the opposition will ask to review the decision ('the country's highest "
                               "administrative court').")
d.M("Utrecht University", "ORG", "Only in Bos's role.")
d.M("Amersfoort", "GPE", "The city.")
d.M("Soesterkwartier", "LOC", "Neighbourhood (inside the association's name).")
d.M("Netherlands", "GPE", "In al-Khatib's description.")
d.M("Syria", "GPE", "In al-Khatib's description.")
d.write()
