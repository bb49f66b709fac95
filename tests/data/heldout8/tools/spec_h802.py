import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h802_banxico_split_vote")
d.B("*By Lucía Ferrer in Mexico City*", "byline")
d.B("*12 November 2026, 16:05 CST*", "date line")

ORO = dict(aliases=["the governor"], role="Governor")
BOM = dict(stype="ORG", aliases=["Banxico", "the board"])
RUE = dict(aliases=["Ruelas"], role="chief economist at Banco Altamira in Monterrey")
d.Q("Beatriz Oropeza", "We are close to the end of this cycle, not at the end of it,", **ORO,
    cue="Governor Beatriz Oropeza told reporters")
d.Q("Beatriz Oropeza", "The board will not move on autopilot,", **ORO,
    cue="the governor added", note="Role-only speaker ('the governor added').")
d.Q("Bank of Mexico", "The balance of risks for the trajectory of inflation remains biased to the upside.", **BOM,
    open_end=True, cue="In its written statement, the board said:",
    note="Written statement; colon-introduced multi-paragraph quote, first paragraph (no closing mark).")
d.Q("Bank of Mexico", "Future decisions will depend on incoming data and on the evolution of trade relations with our main partner.",
    **BOM, layout="multi-paragraph", cue="In its written statement, the board said:",
    note="Second paragraph of the colon-introduced statement quote; shares its explicit cue.")
d.Q("Rosa Maldonado", "economic blackmail", role="The federation’s secretary general", syntax="phrase",
    cue="called the threat ... in a post on X", note="Fragment from a social media post.")
d.Q("Rogelio Ibarra", "defend every job", role="Mexico’s finance minister", syntax="phrase",
    cue="said the government would")
d.Q("Finance Ministry", "fully funded within the 2027 budget", stype="ORG", syntax="phrase",
    cue="The Finance Ministry said in a statement that the package would be",
    note="Fragment from a written statement; the period sits outside the marks.")
d.Q("Pablo Ruelas", "Banxico is buying insurance while it still can,", **RUE, cue="said Pablo Ruelas")
d.Q("Pablo Ruelas", "Once the tariffs land, the room to cut disappears.", **RUE, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Elena Sáenz", "too far, too fast", role="Former deputy governor", syntax="phrase", cue="said the board had cut")
d.Q("senior Finance Ministry official", "With growth at zero, holding rates at 7% would have been a mistake,",
    stype="ANONYMOUS", aliases=["the official"], role="senior Finance Ministry official", cue="the official said",
    note="Anonymous source ('who asked not to be named'), named in the previous sentence.")

d.F("6.75%", 6.75, "percent", "new benchmark rate (headline)", ctx="rates to 6.75%")
d.F("25 basis points", 25, "basis points", "size of the rate cut")
d.F("6.75%", 6.75, "percent", "new benchmark interest rate", ctx="25 basis points to 6.75%")
d.F("ninth", 9, "ordinal", "number of consecutive rate cuts")
d.F("five-member", 5, "count", "members of the governing board")
d.F("four", 4, "count", "board members voting for the cut", ctx="voted four to one")
d.F("one", 1, "count", "board members voting against the cut", ctx="four to one for")
d.F("three", 3, "count", "previous meetings at which Villaseñor dissented", ctx="last three meetings")
d.F("7%", 7, "percent", "rate Villaseñor voted to hold", ctx="hold at 7%")
d.F("3.92%", 3.92, "percent", "headline inflation in October")
d.F("October", "2026-10", "date", "month of the 3.92% inflation reading", ctx="3.92% in October", value_inferred=True,
    note="Year from the date line (2026).")
d.F("3.61%", 3.61, "percent", "headline inflation in September")
d.F("September", "2026-09", "date", "month of the 3.61% inflation reading", ctx="3.61% in September", value_inferred=True)
d.F("3%", 3, "percent", "Bank of Mexico inflation target", ctx="bank’s 3% target")
d.F("plus or minus 1 percentage point", 1, "percentage points", "width of the tolerance range around the target",
    qualifier="plus or minus")
d.F("0.1 percentage points", 0.1, "percentage points", "fall in core inflation")
d.F("4.05%", 4.05, "percent", "core inflation")
d.F("1.4%", 1.4, "percent", "fall in the peso")
d.F("19.62", 19.62, "MXN", "peso exchange rate, pesos per dollar", note="Exchange rate 'N per dollar', in pesos.")
d.F("April", "2026-04", "date", "last time the peso was this weak", value_inferred=True)
d.F("about a tenth", 0.1, "fraction", "peso's loss of value since the tariff threat", qualifier="about")
d.F("September", "2026-09", "date", "when Washington threatened tariffs", ctx="threatened in September", value_inferred=True)
d.F("25%", 25, "percent", "threatened US tariff on Mexican steel and auto parts", ctx="a 25% tariff")
d.F("roughly 83%", 83, "percent", "share of Mexico's exports bought by the United States", qualifier="roughly")
d.F("more than 1 million", 1000000, "count", "people employed by the auto industry", qualifier="more than")
d.F("tens of thousands", None, "count", "auto jobs at risk (FENATRAM)", vague=True)
d.F("Mex$95 billion", 95000000000, "MXN", "credit guarantees prepared by the government")
d.F("$4.8 billion", 4800000000, "USD", "dollar value of the credit guarantees")
d.F("2027", 2027, "year", "budget that will fund the package (Finance Ministry)", ctx="the 2027 budget")
d.F("0.3%", 0.3, "percent", "quarterly contraction of the economy in the third quarter",
    note="Direction ('shrank') is in the text; the value is the size of the change.")
d.F("third quarter", "2026-Q3", "date", "quarter of the contraction", value_inferred=True)
d.F("-0.8%", -0.8, "percent", "annual growth rate")
d.F("first", 1, "ordinal", "first annual contraction since 2021", ctx="the first contraction")
d.F("2021", 2021, "year", "last annual contraction before this one")
d.F("0.4%", 0.4, "percent", "IMF growth forecast for Mexico this year")
d.F("1.1%", 1.1, "percent", "previous IMF growth forecast")
d.F("one", 1, "count", "further rate cuts Ruelas expects", ctx="expects one more cut")
d.F("December", "2026-12", "date", "when Ruelas expects the next cut", ctx="cut in December", value_inferred=True)
d.F("2027", 2027, "year", "end of the period of Ruelas's rate forecast", ctx="end 2027")
d.F("between 6.25% and 6.5%", [6.25, 6.5], "percent", "Ruelas's forecast for the rate at end-2027")
d.F("31", 31, "count", "economists in the central bank's October survey")
d.F("October", "2026-10", "date", "month of the central bank's survey", ctx="October survey", value_inferred=True)
d.F("about two-thirds", 0.6666666667, "fraction", "share of surveyed economists forecasting a pause", qualifier="about")
d.F("first quarter", "2027-Q1", "date", "when the surveyed economists expect a pause", value_inferred=True,
    note="The next first quarter after the November 2026 date line.")
d.F("4.6%", 4.6, "percent", "fall in remittances")
d.F("$44.2 billion", 44200000000, "USD", "remittances in January-September")
d.F("January-September", "2026-01/2026-09", "date", "period of the remittance figure", value_inferred=True)
d.F("zero", 0, "percent", "growth rate cited by the anonymous official", note="'With growth at zero' (inside a quote).")
d.F("7%", 7, "percent", "rate the official says holding at would have been a mistake", ctx="rates at 7%")
d.F("December 17", "2026-12-17", "date", "next board decision", value_inferred=True)

d.NF("12 November 2026", reason="Date line (boilerplate).")
d.NF("16:05", reason="Date line time (boilerplate).")
d.NF("G20", reason="Name of a grouping (G20).")

d.RT("on Thursday", resolved="2026-11-12")
d.RT("last month", resolved="2026-10")
d.RT("this year", resolved="2026")

d.P("Bank of Mexico", "ORG", None, "The Bank of Mexico’s five-member governing board voted", ["actor", "quoted"],
    aliases=["Banxico"])
d.P("Tomás Villaseñor", "PERSON", "Deputy Governor", "Deputy Governor Tomás Villaseñor", ["actor"])
d.P("INEGI", "ORG", "the national statistics agency", "data from the national statistics agency INEGI show", ["cited"])
d.P("Beatriz Oropeza", "PERSON", "Governor", "Governor Beatriz Oropeza told reporters", ["quoted"])
d.P("United States", "GPE", None, "The United States buys roughly 83%", ["actor"], aliases=["Washington"],
    note="'Washington threatened ... to impose a 25% tariff' (metonym).")
d.P("FENATRAM", "ORG", "the autoworkers’ federation", "the autoworkers’ federation, FENATRAM, warned", ["cited"])
d.P("Rosa Maldonado", "PERSON", "The federation’s secretary general", "The federation’s secretary general, Rosa Maldonado",
    ["quoted"])
d.P("Rogelio Ibarra", "PERSON", "Mexico’s finance minister", "Mexico’s finance minister, Rogelio Ibarra", ["quoted", "actor"])
d.P("Finance Ministry", "ORG", None, "The Finance Ministry said in a statement", ["quoted"])
d.P("International Monetary Fund", "ORG", None, "The International Monetary Fund (IMF) last month cut", ["actor", "cited"],
    aliases=["IMF"])
d.P("Pablo Ruelas", "PERSON", "chief economist at Banco Altamira in Monterrey", "said Pablo Ruelas", ["quoted", "cited"],
    aliases=["Ruelas"])
d.P("Elena Sáenz", "PERSON", "Former deputy governor", "Former deputy governor Elena Sáenz", ["quoted"],
    note="Second role: chairs the think tank Centro de Análisis Monetario (CAM).")
d.M("Banco Altamira", "ORG", "Only in Ruelas's role.")
d.M("Centro de Análisis Monetario", "ORG", "Only in Sáenz's second role (acronym CAM).")
d.M("X", "ORG", "Social media platform of Maldonado's post.")
d.M("G20", "ORG", "Grouping whose meeting Ibarra attended.")
d.M("Mexico", "GPE", "Country of the story; does not act itself.")
d.M("Mexico City", "GPE", "Byline location.")
d.M("Monterrey", "GPE", "In Ruelas's role.")
d.M("Lucía Ferrer", "PERSON", "Reporter (byline).")
d.write()
