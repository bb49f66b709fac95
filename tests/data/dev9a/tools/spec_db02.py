import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("db02_brightwater_heat_pump_job_cuts")

CAL = dict(aliases=["Caldwell"], role="The chief executive")
PRY = dict(aliases=["the shadow chancellor"], role="The shadow chancellor")
d.Q("Fiona Caldwell", "In the old days,", **CAL, syntax="clause", cue="she said", note="Split quote, first half.")
d.Q("Fiona Caldwell", "you dealt with one minister and one scheme for five years. Now the rules change every budget.",
    **CAL, syntax="clause", cue="she said", note="Split quote, second half.")
d.Q("Heat Fair", "exactly the families who need it most", stype="ORG", syntax="phrase",
    cue="which said the cut had priced out", note="Charity; 7-word noun phrase -> full by the length rule.")
d.Q("Kerry Doyle", "They are being asked to pay for a policy mess they did not make,", aliases=["Doyle"],
    role="national officer of the Energy and Utility Workers Union (EUWU)", cue="she said",
    note="Pronoun trap: two women are named ('Caldwell met Kerry Doyle'); 'she' = Doyle, the subject of the sentence "
         "before ('Doyle said the union would ballot').")
d.Q("Marcus Pryce", "pulled the rug", **PRY, syntax="phrase", cue="The shadow chancellor, Marcus Pryce, said ministers had",
    note="Scare-quoted fragment.")
d.Q("Treasury", "among the most generous in Europe", stype="ORG", syntax="phrase",
    cue="A Treasury spokesperson said the grant remained", note="Spokesperson quote goes to the organisation; 6 words.")
d.Q("Ofgem", "Customers who paid deposits must either get their heat pump or get their money back,", stype="ORG",
    aliases=["the regulator"], cue="the regulator said in a statement on Thursday evening",
    note="Role-only organisation attribution in its own paragraph; 'the regulator' = Ofgem, named two paragraphs "
         "earlier.")
d.Q("Omar Siddiqui", "A margin of minus five percent is not a business, it is a subsidy,",
    role="an analyst at Harrowgate Securities", cue="he said", note="'he' = Siddiqui, the only man in the paragraph.")
d.Q("Marcus Pryce", "Every job lost in Sheffield has the chancellor’s name on it.", **PRY,
    cue="Speaking in the Commons, the shadow chancellor said:",
    note="Role-only person attribution with a colon; 'the shadow chancellor' = Marcus Pryce, named four paragraphs "
         "earlier. 'the chancellor’s' inside the quote is Judith Ashworth (a trap for role matching).")
d.NQ("Heat Promise", reason="Name of Brightwater's payment plan in quotation marks.")

d.F("1,200", 1200, "count", "jobs Brightwater will cut (headline)", ctx="to cut 1,200 jobs as")
d.F("a quarter", 0.25, "fraction", "fall in heat pump sales (headline)", ctx="sales fall by a quarter")
d.F("fifth", 5, "ordinal", "Brightwater's rank among British household suppliers", ctx="fifth-largest")
d.F("1,200", 1200, "count", "jobs Brightwater will cut", ctx="will cut 1,200 jobs and")
d.F("a quarter", 0.25, "fraction", "fall in Brightwater's heat pump sales", ctx="pumps fell by a quarter")
d.F("2025/26", "2025/2026", "date", "financial year of the sales fall", note="UK financial year, April to March.")
d.F("£84m", 84000000, "GBP", "Brightwater's underlying loss for the year to March")
d.F("March", "2026-03", "date", "end of Brightwater's financial year ('the year to March')", value_inferred=True,
    note="Year not written; the end of the 2025/26 financial year.")
d.F("£31m", 31000000, "GBP", "Brightwater's profit a year earlier")
d.F("9.6%", 9.6, "percent", "fall in Brightwater shares")
d.F("212p", 212, "GBX", "Brightwater share price")
d.F("14,800", 14800, "count", "heat pumps Brightwater fitted in the year")
d.F("19,700", 19700, "count", "heat pumps Brightwater fitted the year before")
d.F("2.4 percentage points", 2.4, "percentage points", "fall in Brightwater's share of the heat pump market",
    note="'fell 2.4 percentage points' (a fall, stored as the stated magnitude).")
d.F("11.3%", 11.3, "percent", "Brightwater's market share after the fall")
d.F("five years", 5, "years", "how long a minister and a scheme used to last (in a quote)")
d.F("£7,500", 7500, "GBP", "Boiler Upgrade Scheme grant before the cut")
d.F("£5,000", 5000, "GBP", "Boiler Upgrade Scheme grant after the cut")
d.F("November", "2025-11", "date", "budget in which the chancellor cut the grant", value_inferred=True,
    note="Year not written; the November inside the 2025/26 financial year whose sales fell (story from 2026).")
d.F("8.5 kW", 8.5, "kW", "rating of a typical air-source heat pump")
d.F("about £11,000", 11000, "GBP", "cost of fitting a typical heat pump (Heat Fair)", qualifier="about")
d.F("-1.3%", -1.3, "percent", "industry-wide growth in heat pump installations")
d.F("8%", 8, "percent", "industry installation growth a year earlier")
d.F("900", 900, "count", "EUWU members at the Sheffield site")
d.F("12-week", 12, "weeks", "length of the insulation course offered by the council")
d.F("About 2,300", 2300, "count", "households that paid Heat Promise deposits", qualifier="About")
d.F("£650", 650, "GBP", "average deposit paid", note="Average per household.")
d.F("minus five percent", -5, "percent", "Brightwater's margin per installation (Siddiqui, in a quote)")
d.F("240p", 240, "GBX", "Harrowgate Securities' price target")
d.F("24.86p", 24.86, "GBX", "Brightwater's standard tariff unit rate", note="Per kWh.")
d.F("October", "2026-10", "date", "until when the standard tariff stays unchanged", value_inferred=True,
    note="Year not written; the set's year 2026 (the story follows the March 2026 year end).")

d.NF("250", ctx="FTSE 250", reason="Index name (FTSE 250).")
d.NF("one", ctx="with one minister", reason="'one minister and one scheme' (idiom inside a quote).")
d.NF("one", ctx="and one scheme", reason="'one minister and one scheme' (idiom inside a quote).")

d.RT("on Thursday", ctx="company said on Thursday", resolved=None)
d.RT("a year earlier", ctx="£31m a year earlier", resolved="2024/2025", note="The 2024/25 financial year.")
d.RT("a year earlier", ctx="8% a year earlier", resolved="2024/2025")
d.RT("last month", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("on Monday", resolved=None)
d.RT("on Thursday evening", resolved=None)

d.P("Brightwater Energy", "ORG", "Britain’s fifth-largest household supplier", "Brightwater Energy, Britain’s "
    "fifth-largest household supplier, will cut", ["actor", "cited"], aliases=["Brightwater"],
    note="Later 'the company said', 'The Leeds-based group', possessor ('Brightwater’s standard tariff'), in a list "
         "('Brightwater, the EUWU and Sheffield City Council').")
d.P("Fiona Caldwell", "PERSON", "The chief executive", "The chief executive, Fiona Caldwell, blamed the government",
    ["quoted", "actor"], aliases=["Caldwell"])
d.P("Judith Ashworth", "PERSON", "The chancellor", "The chancellor, Judith Ashworth, cut the Boiler Upgrade Scheme grant",
    ["actor"], note="'the chancellor’s name' inside Pryce's quote.")
d.P("Heat Fair", "ORG", "a fuel poverty charity", "according to Heat Fair, a fuel poverty charity", ["cited", "quoted"])
d.P("Heat Pump Installers Federation", "ORG", None, "according to the Heat Pump Installers Federation", ["cited"])
d.P("International Energy Agency", "ORG", None, "The International Energy Agency (IEA) said last month", ["cited"],
    aliases=["IEA"])
d.P("Kerry Doyle", "PERSON", "national officer of the Energy and Utility Workers Union (EUWU)",
    "Caldwell met Kerry Doyle, national officer", ["quoted", "cited", "actor"], aliases=["Doyle"])
d.P("Energy and Utility Workers Union", "ORG", None, "Doyle said the union would ballot its 900 members", ["actor"],
    aliases=["EUWU"], note="First inside Doyle's role; then 'the union would ballot', 'the EUWU' in a list.")
d.P("Sheffield City Council", "ORG", None, "Brightwater, the EUWU and Sheffield City Council will meet", ["actor"],
    note="Later 'The council has offered'.")
d.P("Don Valley College", "ORG", None, "a 12-week insulation course run with Don Valley College", ["actor"],
    note="Runs the course with the council (object of a preposition). Unsure: could be a mentioned entity.")
d.P("Department for Energy Security and Net Zero", "ORG", None, "The Department for Energy Security and Net Zero said",
    ["cited"])
d.P("Ofgem", "ORG", None, "Ofgem said it would check", ["actor", "quoted"], note="Later 'the regulator'.")
d.P("Marcus Pryce", "PERSON", "The shadow chancellor", "The shadow chancellor, Marcus Pryce, said", ["quoted"])
d.P("Treasury", "ORG", None, "A Treasury spokesperson said the grant remained", ["quoted"],
    note="Spokesperson; 'Treasury' as a modifier.")
d.P("Omar Siddiqui", "PERSON", "an analyst at Harrowgate Securities", "Omar Siddiqui, an analyst at Harrowgate",
    ["quoted", "cited"])
d.P("Harrowgate Securities", "ORG", None, "Harrowgate Securities kept its 240p price target", ["actor"],
    note="First inside Siddiqui's role.")
d.M("Boiler Upgrade Scheme", "PROGRAMME", "Government grant scheme.")
d.M("Heat Promise", "PRODUCT", "Brightwater payment plan (a not_quote).")
d.M("Commons", "ORG", "The House of Commons, where Pryce spoke (place).")
d.M("FTSE 250", "INDEX", "Stock index (its numeral is a not_figure).")
d.M("Britain", "GPE", "Background.")
d.M("Sheffield", "GPE", "Location.")
d.M("Leeds", "GPE", "Location ('The Leeds-based group').")
d.M("Europe", "LOC", "Inside the Treasury fragment.")
d.write()
