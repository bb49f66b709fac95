from goldlib import Doc
d = Doc("d08_eu_ai_ads")
d.B("BRUSSELS —", "dateline", partial=True)

LIN = dict(role="Executive Vice-President")
MOR = dict(aliases=["Mr Moreau"], role="Its director general")
FER = dict(role="FECA's director of digital policy")
d.Q("Margit Lindqvist", "proportionate", **LIN, syntax="phrase", cue="described the rules as",
    note="Scare-quote fragment attributed in the same sentence.")
d.Q("Margit Lindqvist", "long overdue", **LIN, syntax="phrase", cue="described the rules as")
d.Q("Margit Lindqvist", "If a face in an advert was never a real person, citizens have a right to know that,", **LIN,
    cue="she told reporters", note="Pronoun speaker.")
d.Q("European Commission", "The single market cannot have 27 different answers to the same question.", stype="ORG",
    aliases=["the Commission"], cue="The Commission said in a statement:", note="Colon-introduced; organisation speaker.")
d.Q("Sanne de Vries", "stronger than anything the Council would have accepted a year ago", syntax="phrase",
    role="The Parliament's lead negotiator", cue="said the text was",
    note="11-word phrase, so 'full' by the length rule.")
d.Q("Digital Commerce Europe", "legal fog", stype="ORG", aliases=["DCE"], syntax="phrase", cue="said the deal would create")
d.Q("Pascal Moreau", "Brussels is once again regulating a technology that barely existed three years ago,", **MOR,
    cue="Mr Moreau said")
d.Q("Pascal Moreau", "Our members will comply, but Europe will pay for this in investment.", **MOR,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Ana Ferreira", "This is the first time a lawmaker anywhere has drawn this line,", **FER, cue="said Ana Ferreira")
d.Q("Ana Ferreira", "Others will follow.", **FER, attribution="implicit", cue="(continuation of the previous quote)")

d.F("more than 45 million", 45000000, "count", "users in the EU above which platforms are covered", qualifier="more than")
d.F("up to 6%", 6, "percent", "maximum fine as a share of global annual turnover for repeated breaches", qualifier="up to")
d.F("19 hours", 19, "hours", "length of the final talks")
d.F("27", 27, "count", "EU member states that must approve the deal", ctx="the 27 member states")
d.F("4.30am", "04:30", "time", "when Lindqvist spoke to reporters")
d.F("27", 27, "count", "'different answers' the single market cannot have (Commission statement)", ctx="have 27 different")
d.F("24 hours", 24, "hours", "deadline to flag synthetic ad content after notification")
d.F("seven years", 7, "years", "how long AI-made political adverts must be archived")
d.F("up to €35m", 35000000, "EUR", "maximum fine for smaller companies", qualifier="up to")
d.F("10 million", 10000000, "count", "lower user threshold pushed by France and Germany")
d.F("2 August 2028", "2028-08-02", "date", "date the rules apply from")
d.F("12-month", 12, "months", "grace period for smaller companies")
d.F("fewer than 250", 250, "count", "employee threshold for the grace period", qualifier="fewer than")
d.F("140", 140, "count", "companies represented by Digital Commerce Europe")
d.F("18 months", 18, "months", "how long the industry asked for clear definitions")
d.F("three years", 3, "years", "how long ago the technology 'barely existed' (Moreau)")
d.F("12,000", 12000, "count", "adults surveyed for FECA")
d.F("nine", 9, "count", "countries in the FECA survey")
d.F("two-thirds", 0.6666666667, "fraction", "surveyed adults who could not tell whether an advert image was real")
d.F("41%", 41, "percent", "surveyed adults who bought a product after seeing a synthetic ad")
d.F("first", 1, "ordinal", "the deal as the first time a lawmaker has drawn this line (Ferreira)", ctx="the first time")
d.F("2027", 2027, "year", "deadline for the advertising council's members to adapt their codes")
d.F("between €180m and €240m", [180000000, 240000000], "EUR", "Commission estimate of annual compliance costs")
d.F("roughly 0.2%", 0.2, "percent", "compliance costs as a share of EU digital advertising revenue", qualifier="roughly")

d.RT("early on Friday", resolved=None)
d.RT("in the autumn", resolved=None)
d.RT("a year ago", resolved=None)

d.P("European Union", "ORG", None, "European Union negotiators agreed", ["actor"], aliases=["EU", "Brussels"],
    note="'Brussels' (in Moreau's quote) is a metonym for the EU institutions.")
d.P("European Parliament", "ORG", None, "between the European Parliament, the Council of the EU", ["actor"])
d.P("Council of the EU", "ORG", None, "between the European Parliament, the Council of the EU", ["actor"])
d.P("European Commission", "ORG", None, "The Commission said in a statement:", ["actor", "quoted", "cited"],
    aliases=["Commission"])
d.P("Margit Lindqvist", "PERSON", "Executive Vice-President", "Executive Vice-President Margit Lindqvist", ["quoted"])
d.P("Sanne de Vries", "PERSON", "The Parliament's lead negotiator", "Dutch MEP Sanne de Vries", ["quoted"],
    note="Also described as 'Dutch MEP'.")
d.P("France", "GPE", None, "France and Germany had pushed", ["actor"])
d.P("Germany", "GPE", None, "France and Germany had pushed", ["actor"])
d.P("Ireland", "GPE", None, "while Ireland, where several platforms", ["actor"])
d.P("Digital Commerce Europe", "ORG", None, "Digital Commerce Europe (DCE), which represents", ["quoted"], aliases=["DCE"])
d.P("Pascal Moreau", "PERSON", "Its director general", "Its director general, Pascal Moreau", ["quoted", "cited"],
    aliases=["Mr Moreau"])
d.P("Federation of European Consumer Associations", "ORG", None, "for the Federation of European Consumer Associations (FECA)",
    ["cited"], aliases=["FECA"])
d.P("Ana Ferreira", "PERSON", "FECA's director of digital policy", "said Ana Ferreira", ["quoted"])
d.P("International Advertising Standards Council", "ORG", None, "The International Advertising Standards Council, a global",
    ["cited"])
d.M("Strasbourg", "GPE", "Venue of the plenary vote.")
d.M("Europe", "GPE", "Inside Moreau's quote.")
d.write()
