import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("db05_arava_motors_electric_van_funding")
d.B("TEL AVIV —", "dateline", partial=True)

ROS = dict(aliases=["Rosen"], role="the company’s chief executive")
PER = dict(role="an analyst at Jaffa Securities")
d.Q("Maya Rosen", "Europe’s cities are closing their centres to diesel,", **ROS, syntax="clause",
    cue="the company’s chief executive, Maya Rosen, said", note="Split quote, first half.")
d.Q("Maya Rosen", "and somebody has to build the van that still gets in.", **ROS, syntax="clause",
    cue="the company’s chief executive, Maya Rosen, said", note="Split quote, second half.")
d.Q("Klaus Brandt", "Germany builds excellent cars, but it should also be the best customer for good ideas from its "
    "friends,", aliases=["Brandt", "German Economy Minister Klaus Brandt"], role="German Economy Minister", cue="he said",
    note="Pronoun trap: two men are named in the sentence before last (Jonas Weber and Klaus Brandt); 'he' = Brandt, the "
         "subject of the sentence before ('Brandt ... praised the deal').")
d.Q("Caisse Helvetia", "Our members retire over the next two or three decades, and they will retire into cities "
    "without diesel,", stype="ORG", aliases=["the fund"], cue="the fund said",
    note="Role-only organisation attribution ('the Swiss pension fund Caisse Helvetia').")
d.Q("Yael Peretz", "well into 2028", **PER, syntax="phrase", cue="said the new money should last",
    note="Fragment (3 words) with a year inside.")
d.Q("Yael Peretz", "A prototype is a promise. A production line is a business,", **PER, cue="she said",
    note="'she' = Peretz, the only person in the paragraph.")
d.Q("Negev Metalworkers Union", "good news for the Negev", stype="ORG", aliases=["The union"], syntax="phrase",
    cue="The union called the deal", note="Organisation fragment; role-only 'The union'.")

d.F("380 million shekels", 380000000, "ILS", "funding raised by Arava (headline)", ctx="raises 380 million shekels")
d.F("380 million shekels", 380000000, "ILS", "funding raised by Arava", ctx="raised 380 million shekels")
d.F("$103 million", 103000000, "USD", "dollar value of the funding")
d.F("2018", 2018, "year", "year Arava Motors was founded")
d.F("610", 610, "count", "Arava employees")
d.F("up to 1.8 tonnes", 1.8, "tonnes", "Hauler payload", qualifier="up to")
d.F("about 320 km", 320, "km", "Hauler range", qualifier="about")
d.F("450 Nm", 450, "Nm", "torque of the Hauler's motor")
d.F("60mph", 60, "mph", "speed the Hauler reaches in 9.2 seconds")
d.F("9.2 seconds", 9.2, "seconds", "Hauler's time to 60mph")
d.F("11 kW", 11, "kW", "Hauler's overnight depot charging power")
d.F("275 pound-feet", 275, "pound-feet", "torque rating of Crossline Trucks' eVan")
d.F("about 373 Nm", 373, "Nm", "eVan torque converted to newton-metres", qualifier="about")
d.F("about €58,000", 58000, "EUR", "Hauler price in Germany before subsidies", qualifier="about")
d.F("first", 1, "ordinal", "Paketblitz as Arava's first European customer", ctx="Arava’s first European")
d.F("1,500", 1500, "count", "vans ordered by Paketblitz")
d.F("2027", 2027, "year", "first delivery year of the Paketblitz order", ctx="in 2027 and")
d.F("2028", 2028, "year", "second delivery year of the Paketblitz order", ctx="2027 and 2028")
d.F("roughly one in five", 0.2, "fraction", "share of Paketblitz's diesel vehicles the vans will replace",
    qualifier="roughly")
d.F("about 6 cents", 0.06, "EUR", "running cost of the Hauler per kilometre in Germany (Weber)", qualifier="about",
    note="Euro cents (running costs in Germany), stored in euros; per kilometre.")
d.F("19 cents", 0.19, "EUR", "running cost of the replaced diesels per kilometre (Weber)",
    note="Euro cents, stored in euros; per kilometre.")
d.F("about 41 billion Swiss francs", 41000000000, "CHF", "assets Caisse Helvetia manages", qualifier="about")
d.F("12%", 12, "percent", "stake Caisse Helvetia is taking in Arava")
d.F("two or three decades", [20, 30], "years", "when the fund's members retire (in a quote)",
    note="Decades converted to years.")
d.F("20 million shekels", 20000000, "ILS", "Israel Innovation Authority contribution to the placement")
d.F("212 million shekels", 212000000, "ILS", "Arava's loss last year")
d.F("96 million shekels", 96000000, "ILS", "Arava's revenue last year")
d.F("6.8%", 6.8, "percent", "rise in Arava shares")
d.F("41.20 shekels", 41.2, "ILS", "Arava share price in Tel Aviv")
d.F("2028", 2028, "year", "how long the new money should last (Peretz, in a quote)", ctx="well into 2028")
d.F("240", 240, "count", "extra people Arava will hire at Kiryat Gat")

d.NF("7", ctx="Euro 7", reason="Numeral in the name of an EU emissions standard (Euro 7).")

d.RT("next spring", resolved="2027")
d.RT("on Monday", resolved=None)
d.RT("last year", resolved="2025")
d.RT("on Tuesday", resolved=None)
d.RT("the end of next year", resolved="2027-12")

d.P("Arava Motors", "ORG", "a maker of electric delivery vans based in Kiryat Gat", "Arava Motors, a maker of electric "
    "delivery vans", ["actor", "cited"], aliases=["Arava"],
    note="Later 'the company said', possessor ('Arava’s first European customer').")
d.P("Caisse Helvetia", "ORG", "the Swiss pension fund", "led by the Swiss pension fund Caisse Helvetia",
    ["actor", "quoted"], note="After a preposition; later subject ('Caisse Helvetia ... is taking a 12% stake'), "
    "'the fund said'.")
d.P("Maya Rosen", "PERSON", "the company’s chief executive", "the company’s chief executive, Maya Rosen, said",
    ["quoted", "actor"], aliases=["Rosen"])
d.P("Crossline Trucks", "ORG", None, "the eVan from Ohio-based Crossline Trucks", ["actor"],
    note="Maker of the main US rival van (after a preposition). Unsure: could be a mentioned entity.")
d.P("Paketblitz", "ORG", "the Hamburg parcel firm", "the Hamburg parcel firm Paketblitz, which has ordered",
    ["actor", "cited"], note="'Paketblitz says'; possessor ('Paketblitz’s fleet director').")
d.P("Jonas Weber", "PERSON", "Paketblitz’s fleet director", "Paketblitz’s fleet director, Jonas Weber", ["actor", "cited"],
    aliases=["Weber"], note="'Weber told reporters' (indirect speech).")
d.P("Klaus Brandt", "PERSON", "German Economy Minister", "German Economy Minister Klaus Brandt looked on",
    ["quoted", "actor"], aliases=["Brandt"], note="Nationality-plus-title role; 'whose ministry is paying part of the cost'.")
d.P("Israel Innovation Authority", "ORG", "a government agency", "The Israel Innovation Authority, a government agency, "
    "put 20 million shekels", ["actor"])
d.P("Carmel Capital", "ORG", None, "Tel Aviv-based Carmel Capital acted as adviser", ["actor"])
d.P("Yael Peretz", "PERSON", "an analyst at Jaffa Securities", "Yael Peretz, an analyst at Jaffa Securities",
    ["quoted", "cited"])
d.P("Negev Metalworkers Union", "ORG", None, "The Negev Metalworkers Union, which represents staff", ["cited", "quoted"],
    note="Later 'The union called the deal'.")
d.P("Daesan Cells", "ORG", None, "a joint venture with South Korea’s Daesan Cells", ["actor"],
    note="Battery joint-venture partner (after a preposition).")
d.P("Negev Institute of Technology", "ORG", None, "testing solid-state cells with the Negev Institute of Technology",
    ["actor"], note="University research partner (after a preposition).")
d.M("Jaffa Securities", "ORG", "Only in Peretz's role.")
d.M("EU", "ORG", "Possessor of the Euro 7 rules (not acting).")
d.M("Euro 7", "LAW", "EU emissions standard (its numeral is a not_figure).")
d.M("Hauler", "PRODUCT", "Arava's van.")
d.M("eVan", "PRODUCT", "Crossline Trucks' van.")
d.M("Germany", "GPE", "Market; also inside Brandt's quote.")
d.M("Netherlands", "GPE", "Market.")
d.M("Europe", "LOC", "Market.")
d.M("Kiryat Gat", "GPE", "Location.")
d.M("Hamburg", "GPE", "Location.")
d.M("Ohio", "GPE", "Location.")
d.M("South Korea", "GPE", "Location.")
d.M("Tel Aviv", "GPE", "Location.")
d.M("TEL AVIV", "GPE", "Dateline.")
d.M("Negev", "LOC", "Region (inside the union's fragment).")
d.write()
