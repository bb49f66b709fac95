from goldlib import Doc
d = Doc("d07_port_strike")
d.B("SYDNEY —", "dateline", partial=True)

KOV = dict(aliases=["the minister"], role="The federal Minister for Workplace Relations")
d.Q("Bronwyn Kelly", "Our members kept this country supplied through a pandemic, two floods and a cyber attack. They are not asking for charity. They are asking for a wage that keeps up with the rent.",
    aliases=["Ms Kelly"], role="AWWF national secretary", cue="She said:",
    note="Colon-introduced quote; pronoun subject, Kelly named in the previous sentence.")
d.Q("Michael Thorne", "The claim is simply not affordable, and every day of this strike pushes freight to other ports,",
    aliases=["Mr Thorne"], role="chief executive of Southern Cross Terminals", cue="he said")
d.Q("Anita Kovač", "I'm not going to intervene while a negotiated outcome is still possible,", **KOV,
    cue="the minister said", note="Speaker referred to only by role.")
d.Q("Anita Kovač", "a hypothetical", **KOV, syntax="phrase", cue="she said that was")
d.Q("Grain Exporters Australia", "a perfect storm", stype="ORG", syntax="phrase", cue="said growers faced")
d.Q("shipping agent", "Every day off the wharf is three or four days of catch-up. People forget that,", stype="ANONYMOUS",
    aliases=["the agent"], role="shipping agent", cue="the agent said",
    note="Anonymous source ('who declined to be named').")

d.F("48-hour", 48, "hours", "length of the strike (headline)", ctx="begin 48-hour")
d.F("three", 3, "count", "east coast ports on strike (headline)", ctx="at three east coast")
d.F("About 2,400", 2400, "count", "dockworkers who walked off the job", qualifier="about")
d.F("6am", "06:00", "time", "time the strike began")
d.F("48-hour", 48, "hours", "length of the stoppage", ctx="a 48-hour stoppage")
d.F("more than 60", 60, "count", "vessels delayed", qualifier="more than")
d.F("as much as A$150 million", 150000000, "AUD", "cost to exporters", qualifier="as much as")
d.F("6%", 6, "percent", "annual pay rise sought by the AWWF", ctx="rises of 6%")
d.F("four years", 4, "years", "term of the AWWF pay claim", ctx="over four years")
d.F("3.5%", 3.5, "percent", "annual pay rise offered by SCT")
d.F("three years", 3, "years", "term of SCT's pay offer", ctx="over three years")
d.F("A$2,000", 2000, "AUD", "one-off payment per worker offered by SCT")
d.F("30 June 2026", "2026-06-30", "date", "expiry of the previous enterprise agreement")
d.F("14 weeks", 14, "weeks", "how long talks have been running")
d.F("about 600", 600, "count", "members Kelly addressed", qualifier="about")
d.F("two", 2, "count", "floods in Kelly's list", ctx="two floods")
d.F("3.8%", 3.8, "percent", "annual inflation")
d.F("June quarter", "2026-04/2026-06", "date", "period of the 3.8% inflation figure", value_inferred=True,
    note="Year not written; 2026 from context (agreement expired 30 June 2026).")
d.F("A$95m", 95000000, "AUD", "annual cost the union's claim would add (SCT)")
d.F("38", 38, "count", "exporters represented by Grain Exporters Australia")
d.F("up to US$12", 12, "USD", "late-shipment penalty per tonne in some contracts", qualifier="up to")
d.F("three or four days", [3, 4], "days", "catch-up per strike day (shipping agent)")
d.F("between 10 and 14 days", [10, 14], "days", "time to clear the container backlog")
d.F("2.9 million", 2900000, "count", "containers handled by Port Botany last financial year")
d.F("roughly a third", 0.3333333333, "fraction", "Port Botany's share of national container traffic", qualifier="roughly")
d.F("four-hour", 4, "hours", "length of threatened rolling stoppages")
d.F("94%", 94, "percent", "members voting for industrial action")
d.F("81%", 81, "percent", "ballot turnout")
d.F("2.7%", 2.7, "percent", "fall in Pacific Gateway Holdings shares")
d.F("A$4.18", 4.18, "AUD", "Pacific Gateway Holdings share price")

d.NF("one", ctx="one-off payment", reason="'one-off' payment - not a count.")
d.NF("three", ctx="operates the three terminals", reason="Trivial back-reference to the three ports.")
d.NF("three", ctx="at the three ports", reason="Trivial back-reference to the three ports.")
d.NF("One", ctx="One shipping agent", reason="Determiner-like 'One shipping agent'.")

d.RT("on Monday", resolved=None)
d.RT("on Sunday night", resolved=None)
d.RT("beyond Wednesday", resolved=None)
d.RT("last financial year", resolved=None)
d.RT("by the end of the month", resolved=None)

d.P("Australian Waterside Workers' Federation", "ORG", None, "The Australian Waterside Workers' Federation (AWWF) is seeking",
    ["actor", "cited"], aliases=["AWWF"])
d.P("Southern Cross Terminals", "ORG", None, "Southern Cross Terminals (SCT), which operates", ["actor", "cited"],
    aliases=["SCT"])
d.P("Bronwyn Kelly", "PERSON", "AWWF national secretary", "AWWF national secretary Bronwyn Kelly", ["quoted", "actor"],
    aliases=["Ms Kelly"])
d.P("Australian Bureau of Statistics", "ORG", None, "according to the Australian Bureau of Statistics", ["cited"])
d.P("Michael Thorne", "PERSON", "chief executive of Southern Cross Terminals", "Michael Thorne, chief executive",
    ["quoted"], aliases=["Mr Thorne"])
d.P("Anita Kovač", "PERSON", "The federal Minister for Workplace Relations", "The federal Minister for Workplace Relations, Anita Kovač",
    ["quoted", "actor"])
d.P("Grain Exporters Australia", "ORG", None, "Grain Exporters Australia, which represents", ["quoted"])
d.P("Sam Whitlock", "PERSON", "Its chief executive", "Its chief executive, Sam Whitlock", ["cited"])
d.P("Pacific Gateway Holdings", "ORG", "SCT's parent company", "Shares in SCT's parent company, Pacific Gateway Holdings",
    ["actor"], note="Its shares fell.")
d.M("Maritime Industrial Tribunal", "ORG", "Receives SCT's application; does not act.")
d.M("ASX", "ORG", "Exchange.")
d.M("Port Botany", "GPE", "Port / location.")
d.M("Brisbane", "GPE", "Port city.")
d.M("Melbourne", "GPE", "Port city.")
d.write()
