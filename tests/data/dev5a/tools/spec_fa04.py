import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fa04_germany_budget_heat_pumps")
d.B("BERLIN, Feb 11 (Reuters) -", "dateline", partial=True)

S = dict(marks="straight")
ALB = dict(aliases=["Albers", "German Chancellor Katrin Albers", "the chancellor"], role="German Chancellor")
KRA = dict(aliases=["Kranz", "Finance Minister Tobias Kranz"], role="Finance Minister")
VEH = dict(aliases=["Vehling"], role="the opposition leader")
d.Q("Tobias Kranz", "A subsidy that pays 70% of a machine does not build a market, it builds a queue,", **KRA, **S,
    cue="he said",
    note="Trap: the last person named before the quote is French Finance Minister Hugo Lefevre; 'he' is Kranz, "
         "the subject of the sentence before.")
d.Q("Katrin Albers", "We will not balance this budget on the backs of pensioners, and we will not pretend the money is "
    "there when it is not.", **ALB, **S, open_end=True, cue="Albers, 61, said:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark. Colon-introduced.")
d.Q("Katrin Albers", "Every euro we put into heat pumps is a euro we no longer send abroad for gas. That is not ideology. "
    "That is arithmetic.", **ALB, **S, layout="multi-paragraph", attribution="implicit",
    cue="(second paragraph of the same quote)", note="Multi-paragraph quote, final paragraph (reopened, closed).")
d.Q("Markus Vehling", "reckless", **VEH, **S, syntax="phrase", cue="Markus Vehling, the opposition leader, called the plan")
d.Q("Markus Vehling", "This coalition has found 58 billion euros of new debt and not one euro of reform.", **VEH, **S,
    cue="Speaking to public broadcaster ZDF, he said:", note="Colon-introduced; pronoun speaker.")
d.Q("Lea Sommerfeld", "with a heavy heart", role="The country's economy minister", **S, syntax="phrase",
    cue="said she accepted the compromise")
d.Q("Ralf Oberender", "We can pass this budget, but nobody should pretend it adds up after 2028.",
    aliases=["Oberender"], role="who chairs the Bundestag's budget committee", **S,
    cue="The warning came from Ralf Oberender", note="Quote attributed in the following sentence.")
d.Q("Werner Stahl", "kicks every hard decision into 2028", aliases=["Former finance minister Werner Stahl"],
    role="Former finance minister", **S, syntax="phrase", cue="told the Kapital Kompakt podcast that the deal",
    note="6 words (the year counts as a word) and a verb phrase -> fragment.")
d.Q("Claire Vautrin", "a strong Germany is good news for Europe", aliases=["French President Claire Vautrin"],
    role="French President", **S, syntax="clause", cue="writing on social media that",
    note="Quote from a social media post; 8-word clause -> full.")
d.Q("Katrin Albers", "It survived this week,", **ALB, **S, cue="the chancellor said", note="Role-only speaker.")

d.F("2027", 2027, "year", "budget year (headline)", ctx="agrees 2027 budget")
d.F("2027", 2027, "year", "budget year", ctx="on a 2027 budget")
d.F("481.2 billion euros", 481200000000, "EUR", "size of the 2027 budget")
d.F("$521 billion", 521000000000, "USD", "dollar value of the 2027 budget")
d.F("a week", 1, "weeks", "length of the coalition talks", ctx="after a week of talks")
d.F("Feb. 25", "2026-02-25", "date", "when the cabinet is due to approve the draft", value_inferred=True,
    note="Year not written; 2026 (the year before the 2027 budget; 'this year' borrowing).")
d.F("58.4 billion euros", 58400000000, "EUR", "net new borrowing in the 2027 budget")
d.F("51 billion euros", 51000000000, "EUR", "net new borrowing this year")
d.F("50%", 50, "percent", "new state share of heat-pump installation cost")
d.F("70%", 70, "percent", "previous state share of heat-pump installation cost", ctx="50% from 70%")
d.F("30,000 euros", 30000, "EUR", "cap on the heat-pump subsidy per home")
d.F("70%", 70, "percent", "subsidy rate Kranz criticises", ctx="pays 70% of")
d.F("61", 61, "years", "age of Katrin Albers")
d.F("58 billion euros", 58000000000, "EUR", "new debt in the budget according to Vehling")
d.F("70%", 70, "percent", "subsidy rate Sommerfeld wanted to keep", ctx="subsidy at 70%")
d.F("12%", 12, "percent", "fall in heat-pump sales in 2025")
d.F("2025", 2025, "year", "year of the heat-pump sales fall")
d.F("about 193,000", 193000, "count", "heat pumps sold in 2025", qualifier="about")
d.F("8.5 kW", 8.5, "kW", "capacity of a family-home heat pump")
d.F("between 14,000 and 19,000 euros", [14000, 19000], "EUR", "installed cost of an 8.5 kW heat pump")
d.F("2028", 2028, "year", "year after which the budget does not add up (Oberender)", ctx="adds up after 2028")
d.F("27 billion to 34 billion euros", [27000000000, 34000000000], "EUR", "yearly structural budget gap (RIWF)")
d.F("2028", 2028, "year", "year from which the structural gap applies", ctx="a year from 2028")
d.F("0.3%", 0.3, "percent", "German economic growth in the fourth quarter")
d.F("fourth quarter", "2025-10/2025-12", "date", "quarter of the 0.3% growth", value_inferred=True,
    note="The quarter before the February dateline: Q4 2025.")
d.F("-0.2%", -0.2, "percent", "German economic growth in the third quarter")
d.F("third", "2025-07/2025-09", "date", "quarter of the -0.2% growth ('the third' quarter)", value_inferred=True)
d.F("1.5 percentage points", 1.5, "percentage points", "fall in support for the coalition parties",
    note="A fall; stored as a size.")
d.F("31%", 31, "percent", "support for the coalition parties")
d.F("about 6 billion euros", 6000000000, "EUR", "extra money grid operators need", qualifier="about")
d.F("2030", 2030, "year", "deadline for the extra grid money")
d.F("74", 74, "years", "age of Werner Stahl")
d.F("2028", 2028, "year", "year into which hard decisions are kicked (Stahl)", ctx="decision into 2028")
d.F("late November", "2026-11", "date", "when the Bundestag votes on the budget", qualifier="late", value_inferred=True)
d.F("2029", 2029, "year", "next federal election")

d.NF("11", ctx="Feb 11 (Reuters)", reason="Date in the dateline.")
d.NF("one", ctx="not one euro", reason="Idiom ('not one euro of reform'), inside a quote.")

d.RT("on Wednesday", ctx="agreed on Wednesday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("on Monday", resolved=None)
d.RT("on Wednesday evening", resolved=None)
d.RT("on Wednesday", ctx="published on Wednesday", resolved=None)
d.RT("this week", resolved=None, note="Inside a quote.")

d.P("Katrin Albers", "PERSON", "German Chancellor", "German Chancellor Katrin Albers's coalition agreed", ["quoted", "actor"],
    aliases=["Albers"], note="Later 'the chancellor'.")
d.P("Tobias Kranz", "PERSON", "Finance Minister", "Finance Minister Tobias Kranz told reporters", ["quoted", "cited", "actor"],
    aliases=["Kranz"])
d.P("Hugo Lefevre", "PERSON", "French Finance Minister", "Kranz, who met French Finance Minister Hugo Lefevre", ["actor"],
    note="Met Kranz in Paris; named right before Kranz's quote (trap).")
d.P("Markus Vehling", "PERSON", "the opposition leader", "Markus Vehling, the opposition leader", ["quoted", "cited"],
    aliases=["Vehling"])
d.P("ZDF", "ORG", "public broadcaster", "Speaking to public broadcaster ZDF", ["actor"],
    note="Broadcaster the speaker talks on (dev3 convention).")
d.P("Lea Sommerfeld", "PERSON", "The country's economy minister", "The country's economy minister, Lea Sommerfeld",
    ["quoted", "cited"])
d.P("Federal Association of Heat Pump Installers", "ORG", None,
    "according to the Federal Association of Heat Pump Installers (BVWI)", ["cited"], aliases=["BVWI"])
d.P("Ralf Oberender", "PERSON", "who chairs the Bundestag's budget committee", "The warning came from Ralf Oberender",
    ["quoted"], aliases=["Oberender"])
d.P("Rhine Institute for Economic Research", "ORG", None, "A report by the Rhine Institute for Economic Research (RIWF)",
    ["cited"], aliases=["RIWF"])
d.P("Federal Statistical Office", "ORG", None, "Federal Statistical Office data show", ["cited"])
d.P("Civis Research", "ORG", None, "in a poll by Civis Research", ["cited"])
d.P("Sabine Grothe", "PERSON", "acting head of the Federal Network Agency", "Sabine Grothe, acting head of the Federal",
    ["cited"])
d.P("Werner Stahl", "PERSON", "Former finance minister", "Former finance minister Werner Stahl, 74", ["quoted"])
d.P("Kapital Kompakt", "ORG", "podcast", "told the Kapital Kompakt podcast", ["actor"],
    note="Podcast the speaker talks on, treated like a broadcaster.")
d.P("Claire Vautrin", "PERSON", "French President", "French President Claire Vautrin welcomed", ["quoted", "actor"])
d.P("Miriam Engel", "PERSON", "Deputy government spokeswoman", "Deputy government spokeswoman Miriam Engel said",
    ["cited"])
d.M("Federal Network Agency", "ORG", "Only in Grothe's role.")
d.M("Bundestag", "ORG", "In Oberender's role and as the body that will vote (background).")
d.M("Germany", "GPE", "Background.")
d.M("Paris", "GPE", "Location.")
d.M("BERLIN", "GPE", "Dateline.")
d.M("Reuters", "ORG", "News agency in the dateline.")
d.write()
