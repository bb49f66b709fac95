import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("de04_kurokawa_galicia_floating_wind")

MOR = dict(aliases=["Morisawa"], role="Kurokawa’s president")
d.Q("Kenji Morisawa", "Floating wind is where the North Sea was twenty years ago, and we would rather be early than sorry,",
    **MOR, cue="Kurokawa’s president, Kenji Morisawa, 61, told reporters in Tokyo")
d.Q("Kenji Morisawa", "We are buying a seat at the table, not just a share of the profits,", **MOR, cue="he said",
    note="Pronoun speaker: Morisawa is the subject of the sentence before.")
d.Q("Lucía Ferreiro", "Galicia has deep water, strong wind and a shipyard tradition. We only needed the money,",
    role="Brisamar’s chief executive", cue="she said")
d.Q("European Investment Bank", "This is the scale at which floating wind stops being an experiment,", stype="ORG",
    aliases=["the bank"], cue="the bank said", note="Role-only organisation attribution.")
d.Q("Xosé Lamas", "They measure the wind in gigawatts. We measure our lives in boats,", role="its president",
    cue="said its president, Xosé Lamas", note="'its' = the Mar de Arousa Fishers’ Guild.")
d.Q("Marta Rivas", "This is the biggest industrial investment in Galicia in a decade,",
    role="the regional industry minister", cue="said Marta Rivas, the regional industry minister")
d.Q("Álvaro Pazos", "Kurokawa is paying for a licence to learn, and it is not cheap,",
    role="an analyst at Cierzo Valores", cue="said Álvaro Pazos, an analyst at Cierzo Valores in Madrid")

d.F("€1.25 billion", 1250000000, "EUR", "Kurokawa's payment for the stake (headline)", ctx="pays €1.25 billion")
d.F("€1.25 billion", 1250000000, "EUR", "Kurokawa's payment for the stake", ctx="pay €1.25 billion")
d.F("49%", 49, "percent", "stake Kurokawa is buying")
d.F("1.2GW", 1.2, "GW", "capacity of the floating wind farm")
d.F("42km", 42, "km", "distance of the wind farm off the Galician coast")
d.F("about €4.6 billion", 4600000000, "EUR", "value of the whole project including debt", qualifier="about")
d.F("80", 80, "count", "turbines to be installed", ctx="install 80 turbines")
d.F("15 MW", 15, "MW", "rating of each turbine")
d.F("about 3,900 tonnes", 3900, "tonnes", "weight of each floating platform", qualifier="about")
d.F("between 2029 and 2031", [2029, 2031], "year", "period of the turbine installation")
d.F("120 MW", 120, "MW", "capacity of the first phase")
d.F("first", 1, "ordinal", "phase of the project due to deliver power in 2029", ctx="MW first phase")
d.F("second half of 2029", "2029-07/2029-12", "date", "when the first phase is due to deliver power")
d.F("twenty years", 20, "years", "how far behind the North Sea floating wind is (in a quote)",
    note="'twenty years ago'; 'ago' left out.")
d.F("61", 61, "years", "age of Kenji Morisawa")
d.F("about ¥3.4 trillion", 3400000000000, "JPY", "Kurokawa's market value", qualifier="about")
d.F("more than US$2.3 billion", 2300000000, "USD", "Kurokawa's spending on renewable assets since 2021",
    qualifier="more than")
d.F("2021", 2021, "year", "since when Kurokawa has bought renewable assets", note="'since 2021'; 'since' left out.")
d.F("3.5GW", 3.5, "GW", "offshore wind Kurokawa aims to own")
d.F("2030", 2030, "year", "deadline of Kurokawa's 3.5GW target", note="'by 2030'; 'by' left out.")
d.F("1.8%", 1.8, "percent", "rise in Kurokawa shares")
d.F("3pm", "15:00", "time", "close of trading in Tokyo")
d.F("about 1.5 times", 1.5, "times", "cost of floating foundations relative to fixed-bottom ones", qualifier="about")
d.F("a third", 0.3333333333, "fraction", "fall in floating foundation prices", note="'fallen by a third'.")
d.F("up to €900 million", 900000000, "EUR", "European Investment Bank loan", qualifier="up to")
d.F("20 years", 20, "years", "term of the European Investment Bank loan", ctx="over 20 years")
d.F("three-quarters", 0.75, "fraction", "share of the output sold to Aluminios del Noroeste")
d.F("15 years", 15, "years", "length of the power sale to Aluminios del Noroeste")
d.F("about €68", 68, "EUR", "price of the power sale", qualifier="about", note="Per megawatt hour.")
d.F("1,400", 1400, "count", "people employed by the Lugo smelter")
d.F("340", 340, "count", "boats of the Mar de Arousa Fishers’ Guild")
d.F("about 9 tonnes", 9, "tonnes", "octopus landed a day in winter", qualifier="about", note="Per day.")
d.F("1.5 million euros", 1500000, "EUR", "fine imposed on Brisamar by the Xunta")
d.F("2024", 2024, "year", "year of the fine")
d.F("about 2,500", 2500, "count", "construction jobs the Xunta expects", qualifier="about")
d.F("hundreds", None, "count", "permanent posts at the port of Ferrol", vague=True, qualifier="hundreds")
d.F("a decade", 10, "years", "period over which this is the biggest industrial investment in Galicia (in a quote)")
d.F("between 6% and 7%", [6, 7], "percent", "project's likely return (Pazos)")
d.F("March 2027", "2027-03", "date", "expected final investment decision", note="'by March 2027'; 'by' left out.")

d.NF("G7", reason="Numeral inside a name (G7).")

d.RT("on Monday", resolved=None)
d.RT("now", ctx="It now backs", resolved=None)

d.P("Kurokawa Shoji", "ORG", "the Tokyo trading house", "Kurokawa Shoji, the Tokyo trading house, has agreed",
    ["actor"], aliases=["Kurokawa"], note="Later possessor ('Kurokawa’s president'), 'Its shares'.")
d.P("Brisamar Renovables SA", "ORG", "The developer", "The developer, Brisamar Renovables SA of A Coruña, will keep",
    ["actor"], aliases=["Brisamar"], note="Later 'Brisamar’s board', 'Brisamar’s chief executive', fined.")
d.P("Kenji Morisawa", "PERSON", "Kurokawa’s president", "Kurokawa’s president, Kenji Morisawa, 61, told",
    ["quoted", "actor", "cited"], aliases=["Morisawa"])
d.P("Lucía Ferreiro", "PERSON", "Brisamar’s chief executive", "Brisamar’s chief executive, Lucía Ferreiro, said",
    ["quoted", "cited"])
d.P("European Investment Bank", "ORG", None, "The European Investment Bank will lend", ["actor", "quoted"],
    note="Later 'the bank'.")
d.P("Aluminios del Noroeste", "ORG", "a smelter in Lugo", "to Aluminios del Noroeste, a smelter in Lugo", ["actor"],
    note="Buyer of three-quarters of the output (after a preposition).")
d.P("Mar de Arousa Fishers’ Guild", "ORG", None, "The Mar de Arousa Fishers’ Guild says its 340 boats",
    ["cited"], note="Later 'its president'.")
d.P("Xosé Lamas", "PERSON", "its president", "said its president, Xosé Lamas", ["quoted"])
d.P("Xunta", "ORG", "Galicia’s regional government", "Galicia’s regional government, the Xunta, fined Brisamar",
    ["actor"], note="'It now backs the project, and expects'.")
d.P("Marta Rivas", "PERSON", "the regional industry minister", "said Marta Rivas, the regional industry minister",
    ["quoted"])
d.P("Álvaro Pazos", "PERSON", "an analyst at Cierzo Valores", "said Álvaro Pazos, an analyst", ["quoted", "cited"])
d.M("Cierzo Valores", "ORG", "Only in Pazos's role.")
d.M("G7", "ORG", "Background ('the only Asian member of the G7').")
d.M("Japan", "GPE", "Background.")
d.M("Galicia", "GPE", "Location.")
d.M("A Coruña", "GPE", "Location.")
d.M("Madrid", "GPE", "Location.")
d.M("Tokyo", "GPE", "Location.")
d.M("Lugo", "GPE", "Location.")
d.M("Ferrol", "GPE", "Location.")
d.M("North Sea", "LOC", "In a quote.")
d.write()
