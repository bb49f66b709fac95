import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ga05_kenya_geothermal_financing")
d.B("NAIROBI, Nov 3 (Reuters) -", "dateline", partial=True)

NDU = dict(aliases=["Nduku"], role="the AfDB’s director for energy in East Africa")
KIP = dict(aliases=["Kiprono", "Rift Thermal chief executive Joseph Kiprono"], role="Rift Thermal chief executive")
LOM = dict(aliases=["Lomuria"], role="Its coordinator")
d.Q("Amara Nduku", "Geothermal is Kenya’s quiet superpower,", **NDU, syntax="clause", cue="said Amara Nduku",
    note="Split quote, first half.")
d.Q("Amara Nduku", "and this plant shows it can be financed on commercial terms.", **NDU, syntax="clause",
    cue="said Amara Nduku", note="Split quote, second half.")
d.Q("Joseph Kiprono", "We have spent six years proving the steam is there. Now we spend three building it,", **KIP,
    cue="he told Reuters")
d.Q("Green Climate Fund", "de-risk", stype="ORG", aliases=["GCF"], syntax="phrase",
    cue="A GCF spokesperson said the grant would", note="Spokesperson scare-quote fragment goes to the organisation.")
d.Q("Esther Lomuria", "We are not against power. We are against being moved twice,", **LOM, cue="Lomuria said",
    note="'Its' = the Baringo Pastoralists’ Forum.")
d.Q("Joseph Kiprono", "Nobody will be moved without their consent,", **KIP, cue="he added",
    note="'he' = Kiprono, the subject of the sentence before.")

d.F("$480 million", 480000000, "USD", "financing for the Kenyan geothermal plant (headline)", ctx="commit $480 million")
d.F("$480 million", 480000000, "USD", "financing secured by Rift Thermal Power", ctx="secured $480 million")
d.F("140-megawatt", 140, "MW", "capacity of the planned geothermal plant")
d.F("$150 million", 150000000, "USD", "AfDB loan")
d.F("$95 million", 95000000, "USD", "IFC financing")
d.F("60 million euro", 60000000, "EUR", "Hanseatic Klimabank concessional loan")
d.F("$65 million", 65000000, "USD", "dollar value of the Hanseatic Klimabank loan")
d.F("$40 million", 40000000, "USD", "Green Climate Fund grant")
d.F("about 1,100 gigawatt-hours", 1100, "GWh", "yearly output of the plant", qualifier="about")
d.F("1.3 million", 1300000, "count", "households the output can supply")
d.F("around 520,000 tonnes", 520000, "tonnes", "yearly cut in carbon dioxide emissions", qualifier="around")
d.F("more than 40%", 40, "percent", "share of Kenya's electricity from geothermal steam (IEA data)",
    qualifier="more than")
d.F("2030", 2030, "year", "deadline for Kenya's clean-power pledge")
d.F("52", 52, "years", "age of Joseph Kiprono", ctx="Kiprono, 52")
d.F("18", 18, "count", "wells to be drilled", ctx="drilling of 18 wells")
d.F("January", "2027-01", "date", "start of drilling", value_inferred=True,
    note="Year inferred: the January after a November 2026 story ('August 2026', 'this year').")
d.F("June 2029", "2029-06", "date", "grid connection deadline ('by June 2029')")
d.F("six years", 6, "years", "time spent proving the steam resource")
d.F("three", 3, "years", "time to build the plant ('Now we spend three building it')", ctx="spend three building",
    note="Elided unit: 'three [years]' after 'six years'.")
d.F("August 2026", "2026-08", "date", "when EPRA approved the power purchase agreement")
d.F("8.1 shillings", 8.1, "KES", "tariff in the power purchase agreement", note="Per kilowatt-hour.")
d.F("roughly 15%", 15, "percent", "how far the tariff is below the average for new thermal plants", qualifier="roughly")
d.F("25 years", 25, "years", "length of Kenya Power's purchase of the output")
d.F("about one in three", 0.3333333333, "fraction", "share of Rift Valley wells that fail to find usable steam",
    qualifier="about")
d.F("about 3,000", 3000, "count", "herding families the Baringo Pastoralists’ Forum represents", qualifier="about")
d.F("250,000 shillings", 250000, "KES", "relocation compensation offered per household")
d.F("$1,930", 1930, "USD", "dollar value of the relocation compensation")
d.F("twice", 2, "times", "how often herders would have been moved (Lomuria)")
d.F("2014", 2014, "year", "year of an earlier relocation")
d.F("two", 2, "count", "boreholes the company will build")
d.F("1.5%", 1.5, "percent", "share of annual revenue set aside for a community fund")
d.F("25% to 35%", [25, 35], "percent", "fall in the cost of geothermal power in Kenya (Savanna Climate Institute)")
d.F("between 2015 and 2025", [2015, 2025], "year", "period of the geothermal cost fall")
d.F("some 600 million", 600000000, "count", "people in Africa who still lack electricity (UN)", qualifier="some")

d.NF("3", ctx="Nov 3 (Reuters)", reason="Date in the dateline.")
d.NF("COP31", reason="Event name (COP31 climate summit).")

d.RT("on Tuesday", resolved="2026-11-03")
d.RT("this year", resolved="2026")
d.RT("later this month", resolved="2026-11")

d.P("Rift Thermal Power Ltd", "ORG", "Kenyan geothermal developer", "Kenyan geothermal developer Rift Thermal Power Ltd",
    ["actor"], aliases=["Rift Thermal"], note="Later 'the company'.")
d.P("African Development Bank", "ORG", None, "led by the African Development Bank (AfDB)", ["actor", "cited"],
    aliases=["AfDB"], note="'the bank said on Tuesday'.")
d.P("International Finance Corporation", "ORG", None, "the World Bank’s International Finance Corporation (IFC)",
    ["actor"], aliases=["IFC"])
d.P("Hanseatic Klimabank GmbH", "ORG", None, "Hamburg-based Hanseatic Klimabank GmbH", ["actor"])
d.P("Green Climate Fund", "ORG", None, "a $40 million grant from the Green Climate Fund (GCF)", ["actor", "quoted"],
    aliases=["GCF"])
d.P("Kilima Commercial Bank", "ORG", None, "Kenyan lenders led by Kilima Commercial Bank", ["actor"])
d.P("Amara Nduku", "PERSON", "the AfDB’s director for energy in East Africa", "said Amara Nduku", ["quoted", "cited"],
    aliases=["Nduku"])
d.P("International Energy Agency", "ORG", None, "International Energy Agency (IEA) data show", ["cited"], aliases=["IEA"])
d.P("Kenya", "GPE", None, "the government has pledged to run the grid", ["actor"],
    note="The government pledged clean power; 'Kenya would present the project'.")
d.P("Joseph Kiprono", "PERSON", "Rift Thermal chief executive", "Rift Thermal chief executive Joseph Kiprono, 52",
    ["quoted", "cited"], aliases=["Kiprono"])
d.P("Energy and Petroleum Regulatory Authority", "ORG", None, "The Energy and Petroleum Regulatory Authority (EPRA)",
    ["actor"], aliases=["EPRA"])
d.P("Kenya Power", "ORG", "State utility", "State utility Kenya Power will buy", ["actor"])
d.P("Baringo Pastoralists’ Forum", "ORG", None, "The Baringo Pastoralists’ Forum, which represents", ["cited"])
d.P("Esther Lomuria", "PERSON", "Its coordinator", "Its coordinator, Esther Lomuria", ["quoted", "cited"],
    aliases=["Lomuria"])
d.P("Savanna Climate Institute", "ORG", "a Nairobi think tank", "A report by the Savanna Climate Institute", ["cited"])
d.P("United Nations", "ORG", None, "according to the United Nations", ["cited"])
d.M("World Bank", "ORG", "Only as the IFC's parent ('the World Bank’s International Finance Corporation').")
d.M("COP31", "EVENT", "UN climate summit where Kenya will present the project.")
d.M("Lake Baringo", "GPE", "Plant location.")
d.M("East Africa", "GPE", "Region (in Nduku's role and the lead).")
d.M("Rift Valley", "GPE", "Region.")
d.M("Hamburg", "GPE", "In 'Hamburg-based'.")
d.M("NAIROBI", "GPE", "Dateline.")
d.M("Reuters", "ORG", "News agency in the dateline and 'he told Reuters'.")
d.write()
