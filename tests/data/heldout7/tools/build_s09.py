from goldlib import Doc

d = Doc("s09_lithium_deal_chile", "Northgate to pay US$1.75 billion for stake in Chilean lithium project; shares slide")

d.B("TORONTO/SANTIAGO, Nov. 25 (Andean Markets Report) —", "dateline", partial=True,
    note="Wire dateline with date and agency name.")
d.NF("Nov. 25", reason="Date inside the dateline (publication metadata).")
d.NF("first", ctx="its first decade", reason="Ordinal selecting the period; the figure is 'decade' (10 years).")

RO = dict(aliases=["Roque"], role="chief executive")
d.Q("Martina Roque", "Lithium is where copper was 20 years ago,", **RO, cue="said chief executive Martina Roque",
    note="Said-before attribution with title, age and setting.")
d.Q("Martina Roque", "Everyone can see the demand curve. Very few people are willing to build the supply.", **RO,
    attribution="implicit", cue="continuation after 'said chief executive Martina Roque'")
d.Q("Daniel Okonjo", "The asset is good. The price is full,", role="a mining analyst at Laurentide Securities",
    cue="said Daniel Okonjo")
d.NQ("hold.", reason="Name of an analyst rating, not reported speech.")
d.Q("Ministry of Mining", "Chile wants investment that leaves value in the country,", stype="ORG",
    cue="the ministry said", note="'Chile’s Ministry of Mining', referred to as 'the ministry'.")
EC = dict(role="council president")
d.Q("Elena Cruz Mamani", "We were told about this deal on the radio,", **EC, cue="said council president Elena Cruz Mamani")
d.Q("Elena Cruz Mamani",
    "Nobody from Northgate has come to sit with us, and nobody has explained what happens to our wells.", **EC,
    attribution="implicit", cue="continuation after 'said council president Elena Cruz Mamani'")

d.F("US$1.75 billion", 1750000000, "USD", "price of the stake (headline)", ctx="pay US$1.75 billion for")
d.F("49%", 49, "percent", "stake Northgate buys in Salar Blanco")
d.F("US$1.75 billion", 1750000000, "USD", "price of the 49% stake", ctx="for US$1.75 billion,")
d.F("US$600 million", 600000000, "USD", "cash paid at closing")
d.F("up to US$1.15 billion", 1150000000, "USD", "construction costs Northgate will fund", qualifier="up to")
d.F("four years", 4, "years", "period of construction funding")
d.F("51%", 51, "percent", "stake Andes Litio keeps")
d.F("20 years", 20, "years", "how long ago copper was where lithium is now", note="'20 years ago'; 'ago' excluded.")
d.F("58", 58, "years", "age of Martina Roque")
d.F("roughly 2,300 metres", 2300, "metres", "altitude of the project above sea level", qualifier="roughly")
d.F("40,000 tonnes", 40000, "tonnes", "planned annual LCE production")
d.F("2029", 2029, "year", "start of production")
d.F("3.1 million tonnes", 3100000, "tonnes", "estimated reserves")
d.F("about 1,200", 1200, "count", "jobs during construction", qualifier="about")
d.F("480", 480, "count", "permanent jobs once running")
d.F("C$18.36", 18.36, "CAD", "Northgate closing share price in Toronto")
d.F("4.2%", 4.2, "percent", "Northgate share fall on the day")
d.F("-11.3%", -11.3, "percent", "Northgate share change so far this year")
d.F("near US$10,400", 10400, "USD", "lithium carbonate price per tonne", qualifier="near")
d.F("roughly an eighth", 0.125, "fraction", "current lithium carbonate price relative to 2022 peak", qualifier="roughly")
d.F("2022", 2022, "year", "year of the lithium price peak")
d.F("about 1.6 times", 1.6, "times", "deal value relative to Laurentide's estimate", qualifier="about")
d.F("between 6.8% and 40%", [6.8, 40], "percent", "sliding-scale royalty on sales for MECH", qualifier="between")
d.F("1.2 trillion pesos", 1200000000000, "CLP", "estimated royalties and taxes over first decade")
d.F("$1.27 billion", 1270000000, "USD", "dollar equivalent of 1.2 trillion pesos")
d.F("decade", 10, "years", "period of the royalty and tax estimate", ctx="its first decade",
    note="'its first decade': the ordinal only fixes which decade.")
d.F("seven", 7, "count", "indigenous villages represented by the council")
d.F("up to 450 litres a second", 450, "litres per second", "licensed brine pumping rate", qualifier="up to")
d.F("January", "2027-01", "date", "deadline for meeting community leaders", value_inferred=True,
    note="Year not written; the January after November 2026.")
d.F("second quarter of 2027", "2027-Q2", "date", "expected closing of the deal")
d.F("2.4 million tonnes", 2400000, "tonnes", "forecast global lithium demand in 2030 (LCE)")
d.F("2030", 2030, "year", "year of the demand forecast")
d.F("nearly three times", 3, "times", "2030 demand relative to 2023", qualifier="nearly")
d.F("2023", 2023, "year", "base year of the demand comparison")

d.RT("Wednesday", resolved="2026-11-25")
d.RT("on the day", resolved="2026-11-25")
d.RT("so far this year", resolved="2026-01-01/2026-11-25")

d.P("Northgate Minerals Corp.", "ORG", "Canadian miner", "Canadian miner Northgate Minerals Corp. (NGM) agreed",
    ["actor"], aliases=["Northgate", "NGM"])
d.P("Andes Litio SA", "ORG", "Its partner", "Its partner, Santiago-based Andes Litio SA, will keep", ["actor"],
    aliases=["Andes Litio"])
d.P("Martina Roque", "PERSON", "chief executive", "said chief executive Martina Roque", ["quoted", "cited"],
    aliases=["Roque"])
d.P("Daniel Okonjo", "PERSON", "a mining analyst at Laurentide Securities", "said Daniel Okonjo", ["quoted", "actor"])
d.P("Ministry of Mining", "ORG", None, "Chile’s Ministry of Mining said", ["quoted", "cited"])
d.P("Minera Estatal de Chile", "ORG", "The state company", "The state company Minera Estatal de Chile (MECH) will receive",
    ["actor"], aliases=["MECH"])
d.P("Salar Communities Council", "ORG", None, "The Salar Communities Council, which represents", ["cited"])
d.P("Elena Cruz Mamani", "PERSON", "council president", "said council president Elena Cruz Mamani", ["quoted"])
d.P("Benchline Minerals", "ORG", "a price-reporting agency", "Benchline Minerals, a price-reporting agency, forecasts",
    ["cited"])

d.M("Laurentide Securities", "ORG", "Only inside Okonjo's role.")
d.M("Andean Markets Report", "ORG", "Agency in the dateline.")
d.M("Chile", "GPE", "Country of the project; 'Chile wants' occurs only inside the ministry's quote.")
d.M("Toronto", "GPE", "Stock market location.")
d.M("Antofagasta", "GPE", "Region of the project.")
d.M("Salar Blanco", "FACILITY", "Project name.")

d.write()
