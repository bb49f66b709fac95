import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gg01_zambia_drought_wfp_appeal")
d.B("LUSAKA —", "dateline", partial=True)

S = dict(marks="straight")
MWA = dict(role="the WFP's country director")
SIC = dict(aliases=["Agriculture Minister Bwalya Sichone", "the minister"], role="Agriculture Minister")
AFD = dict(stype="ORG", aliases=["AfDB", "the lender"])
PHI = dict(aliases=["Phiri", "Dr Natasha Phiri", "the economist"],
           role="an economist at the Lusaka Centre for Food Policy")
d.Q("Chipo Mwansa-Hale", "Every week we choose between feeding fewer people and feeding people less,", **MWA, **S,
    cue="said Chipo Mwansa-Hale, the WFP's country director",
    note="Possessive role with an acronym-only organisation ('the WFP's country director').")
d.Q("Chipo Mwansa-Hale", "Neither is acceptable.", **MWA, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Food Reserve Agency", "the smallest since 1992.", stype="ORG", aliases=["FRA"], **S, syntax="phrase",
    cue="The Food Reserve Agency (FRA), which holds the national grain stock, called the crop",
    note="An agency as subject of 'called'; 4-word phrase -> fragment.")
d.Q("Bwalya Sichone", "We will not let a Zambian family go hungry because the rain failed,", **SIC, **S,
    syntax="clause", cue="the minister told Parliament",
    note="Split quote with a role-only attribution in the middle: 'the minister' = Agriculture Minister Bwalya "
         "Sichone, named in the paragraph before. First half.")
d.Q("Bwalya Sichone", "but we cannot do this alone.", **SIC, **S, syntax="clause", cue="the minister told Parliament",
    note="Split quote, second half.")
d.Q("African Development Bank", "in weeks, not months.", **AFD, **S, syntax="phrase",
    cue="A spokeswoman for the AfDB said the lender would pay out",
    note="Unnamed spokeswoman for an organisation named by its acronym alone; 'the lender' = the AfDB. The quote goes "
         "to the organisation. Fragment.")
d.Q("Natasha Phiri", "When maize costs this much, families skip meals before they sell their goats,", **PHI, **S,
    cue="Phiri said", note="Reported speech first ('said a 25kg bag … had risen 46%'), then surname-only.")
d.Q("Natasha Phiri", "Then they sell the goats,", **PHI, **S, cue="the economist added",
    note="Role-only person attribution in its own paragraph: 'the economist' = Dr Natasha Phiri. Explicit.")
d.Q("Kafue Milling Ltd", "no choice", stype="ORG", **S, syntax="phrase",
    cue="Kafue Milling Ltd, the country's second-largest miller, said in a statement that it had",
    note="Company statement with its legal form in the name; 2-word fragment.")
d.Q("Peter Zulu", "Now the millers pay K9,500 to bring it back,", aliases=["Zulu"],
    role="president of the Smallholder Farmers Association of Zambia (SFAZ)", **S, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Its managing director, Daniel Mumba, and Peter "
         "Zulu … met the minister'); 'he' = Zulu, the subject of 'Zulu said farmers who sold early …'.")
d.Q("Elias Moonga", "My father told me about 1992. I will tell my grandchildren about this year,",
    role="who farms 4 hectares near Monze", **S, cue="he told the Lusaka Courier",
    note="'he' = Moonga, the only person named in the paragraph; 'told' a newspaper.")
d.Q("Grace Hamoonga", "Sorghum does not need a miracle. It needs seed and a little rain.", role="Its founder", **S,
    cue="Its founder, Grace Hamoonga, wrote on Facebook:",
    note="Colon-introduced social-media post; 'Its' = Seeds for Tomorrow.")

d.F("$142 million", 142000000, "USD", "size of the WFP appeal (headline)", ctx="for $142 million as")
d.F("2.3 million", 2300000, "count", "Zambians short of food (headline)", ctx="leaves 2.3 million")
d.F("$142 million", 142000000, "USD", "size of the WFP appeal", ctx="for $142 million to")
d.F("about 2.3 million", 2300000, "count", "people the WFP wants to feed", qualifier="about")
d.F("four decades", 40, "years", "period in which this is the worst drought",
    note="'the worst drought in four decades'; decades converted to years (schema: decade = 10 years).")
d.F("nearly half", 0.5, "fraction", "cut in the maize harvest", qualifier="nearly",
    note="'cut … by nearly half': a fall stored as its size.")
d.F("Aug. 31", "2026-08-31", "date", "when the WFP's stocks run out", value_inferred=True,
    note="'by Aug. 31'; year not written, the set's year 2026.")
d.F("a third", 0.3333333333, "fraction", "cut in rations from next month", note="'shrink by a third'.")
d.F("about 1.6 million tonnes", 1600000, "tonnes", "maize output this season", qualifier="about")
d.F("3.3 million tonnes", 3300000, "tonnes", "maize output a year earlier")
d.F("1992", 1992, "year", "year of the last crop as small (FRA, in a quote)", ctx="smallest since 1992")
d.F("between 300,000 and 350,000 tonnes", [300000, 350000], "tonnes", "white maize the government will import")
d.F("K2.1 billion", 2100000000, "ZMW", "relief money set aside by the cabinet",
    note="Zambian kwacha written with 'K'; stored in full units.")
d.F("about $78 million", 78000000, "USD", "relief money in dollars", qualifier="about")
d.F("20-year", 20, "years", "term of the AfDB loan")
d.F("$60 million", 60000000, "USD", "AfDB loan")
d.F("0.75%", 0.75, "percent", "interest rate on the AfDB loan")
d.F("400,000", 400000, "count", "smallholders to get seed and fertiliser", ctx="for 400,000 smallholders")
d.F("$1.3 billion", 1300000000, "USD", "IMF programme with Zambia")
d.F("2027", 2027, "year", "year the IMF programme runs until", note="'runs until 2027'; 'until' left out.")
d.F("about $185 million", 185000000, "USD", "IMF payment brought forward", qualifier="about")
d.F("about 480,000", 480000, "count", "children at risk of acute malnutrition (UNICEF)", qualifier="about")
d.F("under five", 5, "years", "age limit of the children at risk", ctx="children under five", qualifier="under")
d.F("roughly one in five", 0.2, "fraction", "share of children at risk in the worst-hit districts",
    qualifier="roughly")
d.F("up to 8 km", 8, "km", "distance families walk for water", qualifier="up to")
d.F("20 litres", 20, "litres", "water families fetch on the walk")
d.F("25kg", 25, "kg", "size of the bag of mealie meal")
d.F("46%", 46, "percent", "rise in the price of a bag of mealie meal since January")
d.F("January", "2026-01", "date", "start of the mealie meal price rise", value_inferred=True,
    note="'since January'; year not written, the set's year 2026.")
d.F("about K420", 420, "ZMW", "price of a 25kg bag of mealie meal", qualifier="about", note="Per bag.")
d.F("1.8 metres", 1.8, "metres", "height of Lake Kariba above its minimum operating level")
d.F("up to 17 hours", 17, "hours", "length of power cuts", qualifier="up to", note="Per day ('a day').")
d.F("second", 2, "ordinal", "Kafue Milling's rank among Zambian millers", ctx="second-largest")
d.F("two", 2, "count", "plants Kafue Milling will close", ctx="close two of")
d.F("five", 5, "count", "plants Kafue Milling has", ctx="its five plants")
d.F("as little as K5,800", 5800, "ZMW", "price paid to farmers who sold early", qualifier="as little as",
    note="Per tonne ('a tonne').")
d.F("K9,500", 9500, "ZMW", "price millers pay for imported maize (in a quote)", note="Per tonne.")
d.F("58", 58, "years", "age of Elias Moonga", ctx="Moonga, 58,")
d.F("4 hectares", 4, "hectares", "size of Moonga's farm")
d.F("11", 11, "count", "bags Moonga harvested this year", ctx="harvested 11 bags")
d.F("90", 90, "count", "bags Moonga harvested last year", ctx="against 90 last")
d.F("1992", 1992, "year", "year of the earlier drought Moonga's father told him about (in a quote)",
    ctx="told me about 1992")
d.F("12,000", 12000, "count", "households getting sorghum seed from Seeds for Tomorrow")

d.RT("on Tuesday", resolved=None)
d.RT("next month", resolved=None)
d.RT("a year earlier", resolved=None)
d.RT("On Monday", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("this year,", ctx="harvested 11 bags this year,", resolved=None)
d.RT("last year", resolved=None)
d.RT("this year,\"", resolved=None, note="Inside a quote.")

d.P("World Food Programme", "ORG", None, "The World Food Programme (WFP) appealed on Tuesday", ["actor", "cited"],
    aliases=["WFP"], note="A UN agency: acronym in brackets, later 'The UN agency' and the possessor 'the WFP's "
                          "country director'.")
d.P("Chipo Mwansa-Hale", "PERSON", "the WFP's country director", "said Chipo Mwansa-Hale", ["quoted"])
d.P("Ministry of Agriculture", "ORG", None, "according to the Ministry of Agriculture", ["cited"])
d.P("Food Reserve Agency", "ORG", None, "The Food Reserve Agency (FRA), which holds", ["quoted"], aliases=["FRA"])
d.P("Bwalya Sichone", "PERSON", "Agriculture Minister", "Agriculture Minister Bwalya Sichone said", ["quoted", "cited", "actor"],
    note="Later 'the minister' (quote, and 'met the minister').")
d.P("African Development Bank", "ORG", None, "the African Development Bank (AfDB) approved", ["actor", "quoted"],
    aliases=["AfDB"], note="A development bank; later 'A spokeswoman for the AfDB' and 'the lender'.")
d.P("IMF", "ORG", None, "The IMF, whose $1.3 billion programme", ["actor", "cited"],
    note="Acronym alone, sentence-initial.")
d.P("UNICEF", "ORG", None, "UNICEF said about 480,000 children", ["cited"], note="Acronym alone, sentence-initial.")
d.P("Natasha Phiri", "PERSON", "an economist at the Lusaka Centre for Food Policy", "Dr Natasha Phiri, an economist",
    ["quoted", "cited"], aliases=["Phiri"])
d.P("Zambezi River Authority", "ORG", None, "the Zambezi River Authority said, stood", ["cited"],
    note="Inside a parenthetical 'X said' in the middle of the sentence.")
d.P("Kafue Milling Ltd", "ORG", "the country's second-largest miller", "Kafue Milling Ltd, the country's second-largest",
    ["quoted", "actor"], note="Later 'Its managing director'.")
d.P("Daniel Mumba", "PERSON", "Its managing director", "Its managing director, Daniel Mumba, and Peter Zulu", ["actor"])
d.P("Peter Zulu", "PERSON", "president of the Smallholder Farmers Association of Zambia (SFAZ)",
    "Its managing director, Daniel Mumba, and Peter Zulu", ["quoted", "cited", "actor"], aliases=["Zulu"])
d.P("Elias Moonga", "PERSON", "who farms 4 hectares near Monze", "Elias Moonga, 58, who farms", ["quoted", "actor"])
d.P("Lusaka Courier", "ORG", None, "he told the Lusaka Courier", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as dev10a's Dairy Week.")
d.P("Seeds for Tomorrow", "ORG", "a Choma charity", "Seeds for Tomorrow, a Choma charity, is handing out", ["actor"],
    note="Sentence-initial charity name with 'for' and no organisational noun; later 'Its founder'.")
d.P("Grace Hamoonga", "PERSON", "Its founder", "Its founder, Grace Hamoonga, wrote on Facebook", ["quoted"])
d.M("Smallholder Farmers Association of Zambia", "ORG", "Only inside Zulu's role (with its acronym SFAZ in brackets).")
d.M("Lusaka Centre for Food Policy", "ORG", "Only inside Phiri's role.")
d.M("Parliament", "ORG", "Venue of the minister's speech ('told Parliament').")
d.M("Facebook", "ORG", "Platform of Hamoonga's post.")
d.M("UN", "ORG", "In 'The UN agency' (the WFP).")
d.M("Lake Kariba", "LOC", "Reservoir (place).")
d.M("Zambia", "GPE", "Country (background; 'programme with Zambia', 'Zambians').")
d.M("LUSAKA", "GPE", "Dateline.")
d.M("Monze", "GPE", "Location.")
d.M("Choma", "GPE", "Location.")
d.write()
