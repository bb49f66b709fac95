import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fb05_netball_streaming_deal")
d.B("Published 3 February 2026", "dateline", note="BBC-style publication line; gives the year 2026.")

ACH = dict(aliases=["Marwood"], role="ENA chief executive")
BOA = dict(aliases=["Boateng", "The former England captain"], role="who chairs the Netball Players’ Union (NPU)")
BBC = dict(stype="ORG", aliases=["the corporation"])
d.Q("Helen Marwood", "This is the moment netball stops asking to be taken seriously and starts being paid like it,", **ACH,
    cue="said ENA chief executive Helen Marwood")
d.Q("Helen Marwood", "Every club will be better off from day one.", **ACH, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Callum Petrakis", "pay for itself inside three seasons", role="Vantage’s chief executive", syntax="phrase",
    cue="Callum Petrakis, told Reuters the company expected the PNL to", note="Fragment reported to a news agency.")
d.Q("Ama Boateng", "Putting the sport behind a paywall just as girls are picking it up is a huge gamble,", **BOA,
    cue="said Ama Boateng, 36, who chairs the Netball Players’ Union (NPU)")
d.Q("Ama Boateng", "We need the players paid. We also need them seen.", **BOA, cue="The former England captain added:",
    note="Role-only speaker; colon-introduced.")
d.Q("BBC", "proud to have helped build the league", **BBC, syntax="phrase", cue="A BBC spokesperson said the corporation was",
    note="Spokesperson quote goes to the organisation; 7-word phrase -> 'full'.")
d.Q("BBC", "a home for netball on free-to-air television", **BBC, syntax="phrase", cue="and would remain",
    note="Second fragment of the same spokesperson sentence; 7 words -> 'full'.")
d.Q("Joanna Pryce", "the same protection that the big men’s events already enjoy", role="Culture Secretary", syntax="phrase",
    cue="Culture Secretary Joanna Pryce wrote on social media that ... needed", note="Social media post; 10-word phrase -> 'full'.")
d.Q("PNL head coach", "If the money is there, you take it. You don’t get a second chance at this.", stype="ANONYMOUS",
    role="PNL head coach", cue="One PNL head coach, who asked not to be named, was blunter:", note="Anonymous; colon-introduced.")
d.Q("Ama Boateng", "Nobody is going to turn down a 67% rise,", **BOA, cue="she said", note="Split quote, first half.")
d.Q("Ama Boateng", "but we want it in writing.", **BOA, syntax="clause", cue="she said", note="Split quote, second half.")

d.F("£48m", 48000000, "GBP", "value of the streaming deal (headline)", ctx="signs £48m")
d.F("five-year", 5, "years", "length of the deal")
d.F("£48m", 48000000, "GBP", "value of the ENA's deal with Vantage+", ctx="five-year, £48m deal")
d.F("2027", 2027, "year", "first season of the new deal")
d.F("about £9.6m", 9600000, "GBP", "yearly value of the contract", qualifier="about")
d.F("almost four times", 4, "times", "new contract's value relative to the current one", qualifier="almost")
d.F("12-year", 12, "years", "length of the BBC's run as main broadcaster")
d.F("one", 1, "count", "live matches a week the BBC keeps", ctx="keep one live match")
d.F("10.5 million Australian dollars", 10500000, "AUD", "what Vantage paid for a New Zealand competition's rights")
d.F("£5.4m", 5400000, "GBP", "sterling value of the New Zealand rights deal")
d.F("3.4%", 3.4, "percent", "rise in Vantage shares in Sydney on Tuesday")
d.F("10", 10, "count", "clubs in the league", ctx="the 10 clubs")
d.F("between £800,000 and £1.3m", [800000, 1300000], "GBP", "what each club will receive a year")
d.F("£9,000", 9000, "GBP", "current minimum salary in the league")
d.F("£15,000", 15000, "GBP", "new minimum salary in the league")
d.F("About a third", 0.3333333333, "fraction", "share of the money ring-fenced for the pathway and grassroots", qualifier="About")
d.F("51", 51, "years", "age of Helen Marwood")
d.F("£6.99", 6.99, "GBP", "monthly price to watch every match")
d.F("99p", 99, "GBX", "price of a single game")
d.F("three seasons", 3, "years", "time in which the PNL deal should pay for itself (Petrakis, in a quote)",
    note="'inside' is a temporal relation; a season counted as a year, as in dev3.")
d.F("A$412m", 412000000, "AUD", "Vantage revenue in the 2025 financial year")
d.F("2025", 2025, "year", "Vantage financial year of the revenue figure", ctx="the 2025 financial year",
    note="Australian financial year ending June 2025.")
d.F("2.1%", 2.1, "percent", "fall in Vantage revenue", note="'down 2.1%': the size of the fall.")
d.F("2025", 2025, "year", "year of the Grand Final", ctx="The 2025 Grand Final")
d.F("1.4 million", 1400000, "count", "peak audience of the 2025 Grand Final on BBC Two")
d.F("more than 200,000", 200000, "count", "audience streamed matches rarely exceed", qualifier="more than")
d.F("36", 36, "years", "age of Ama Boateng")
d.F("four", 4, "count", "broadcasters that bid in the tender", ctx="from four broadcasters")
d.F("two", 2, "count", "streaming companies that bid in the tender", ctx="and two streaming")
d.F("18%", 18, "percent", "rise in ticket sales last season")
d.F("2,450", 2450, "count", "average ticket sales per match")
d.F("2026", 2026, "year", "season that begins on 7 March", ctx="the 2026 season")
d.F("7 March", "2026-03-07", "date", "start of the 2026 season", value_inferred=True, note="Year from 'the 2026 season'.")
d.F("67%", 67, "percent", "rise in the minimum salary (Boateng, in a quote)")

d.NF("3", ctx="Published 3 February", reason="Date in the publication line (boilerplate).")
d.NF("2026", ctx="February 2026", reason="Year in the publication line (boilerplate).")
d.NF("Two", ctx="BBC Two, with", reason="Channel name (BBC Two).")
d.NF("5", ctx="Radio 5 Live", reason="Station name (BBC Radio 5 Live).")
d.NF("one", ctx="from day one", reason="Idiom 'from day one' inside a quote.")
d.NF("Two", ctx="BBC Two, the BBC", reason="Channel name (BBC Two).")
d.NF("One", ctx="One PNL head coach", reason="Indefinite determiner ('One PNL head coach').")
d.NF("second", ctx="a second chance", reason="Idiom 'a second chance' inside a quote.")

d.NF("one", ctx="the current one", reason="Pronoun ('the current one' = contract).")
d.RT("last year", resolved="2025")
d.RT("on Tuesday", resolved="2026-02-03", note="Publication day.")
d.RT("last season", resolved="2025")
d.RT("the end of the month", resolved="2026-02")

d.P("English Netball Association", "ORG", "the sport’s governing body", "The English Netball Association (ENA), the sport’s governing body",
    ["actor", "cited"], aliases=["ENA"], note="Also 'the governing body said'.")
d.P("Vantage Media Group Ltd", "ORG", None, "Vantage+ is owned by Vantage Media Group Ltd", ["actor"],
    aliases=["Vantage", "Vantage+"], note="Vantage+ is its streaming service.")
d.P("Premier Netball League", "ORG", None, "the rights to the Premier Netball League (PNL)", ["actor", "cited"],
    aliases=["PNL"], note="Cited for ticket sales ('according to the league').")
d.P("BBC", "ORG", None, "ends the BBC’s 12-year run", ["actor", "quoted", "cited"], note="Quoted through a spokesperson.")
d.P("Helen Marwood", "PERSON", "ENA chief executive", "said ENA chief executive Helen Marwood", ["quoted", "cited"],
    aliases=["Marwood"], note="Second role: a former Wales international.")
d.P("Callum Petrakis", "PERSON", "Vantage’s chief executive", "Vantage’s chief executive, Callum Petrakis, told Reuters", ["quoted"])
d.P("Reuters", "ORG", None, "Callum Petrakis, told Reuters", ["actor"], note="News agency the speaker talks to.")
d.P("Ama Boateng", "PERSON", "who chairs the Netball Players’ Union (NPU)", "said Ama Boateng, 36", ["quoted", "cited"],
    aliases=["Boateng"], note="Later 'The former England captain'.")
d.P("Netball Players’ Union", "ORG", None, "who chairs the Netball Players’ Union (NPU)", ["actor"], aliases=["NPU"],
    note="'the union would ask players to vote'.")
d.P("Joanna Pryce", "PERSON", "Culture Secretary", "Culture Secretary Joanna Pryce wrote on social media", ["quoted", "actor"])
d.M("Ofcom", "ORG", "Regulator Pryce would ask (object only).")
d.M("Australian Securities Exchange", "ORG", "Where Vantage is listed.")
d.M("iPlayer", "PRODUCT", "BBC streaming service.")
d.M("BBC Two", "ORG", "BBC channel.")
d.M("BBC Radio 5 Live", "ORG", "BBC station.")
d.M("Grand Final", "EVENT", "League final.")
d.M("New Zealand", "GPE", "Country of the competition Vantage bought.")
d.M("Sydney", "GPE", "Where Vantage shares trade.")
d.M("Wales", "GPE", "In Marwood's second role.")
d.M("England", "GPE", "In Boateng's description.")
d.write()
