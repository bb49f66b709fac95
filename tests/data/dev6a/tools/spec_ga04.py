import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ga04_rugby_league_tv_deal")

S = dict(marks="straight")
ONS = dict(aliases=["Onslow"], role="the ARL's chief executive")
OGU = dict(aliases=["Ogunleye"], role="Its chief executive")
d.Q("Rachel Onslow", "This is the biggest vote of confidence our sport has ever had,", **ONS, **S, cue="said Rachel Onslow")
d.Q("Rachel Onslow", "We have doubled the audience in four years and the broadcasters have paid for that.", **ONS, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Danny Ogunleye", "Players put their bodies on the line in every one of those 96 matches. They are the product.",
    **OGU, **S, open_end=True, cue="Its chief executive, Danny Ogunleye, ... said:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark. Colon-introduced. 'Its' = the RPC.")
d.Q("Danny Ogunleye", "If the clubs get a 28% rise and the players get a cap that has not moved in four years, we will have "
    "to consider every option, including refusing to sign the new image-rights agreement.", **OGU, **S,
    layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph (reopened, closed).")
d.Q("Northstar Sports", "secures rugby for a generation", stype="ORG", aliases=["Northstar"], **S, syntax="phrase",
    cue="A Northstar spokesman said the deal", note="Spokesperson quote goes to the organisation.")
d.Q("Owen Pryce", "The money is good, but putting most games behind a paywall is a gamble for a sport that still needs "
    "new fans.", role="head of media research at Castlegate Bank Plc", **S, cue="That was the verdict of Owen Pryce",
    note="Quote attributed in the following sentence.")
d.Q("Stelios Andreou", "stop the bleeding", role="The club's owner", **S, syntax="phrase",
    cue="told Radio Albion the new money would")
d.Q("Competition and Markets Authority", "fairly and transparently", stype="ORG", aliases=["CMA", "The regulator"], **S,
    syntax="phrase", cue="The regulator said the league had offered the packages",
    note="Role-only organisation form ('The regulator').")
d.Q("Danny Ogunleye", "We have heard 'soon' for three seasons,", **OGU, **S, cue="he said",
    note="Contains a nested single-quoted word ('soon'); not a separate quote.")

d.F("£640m", 640000000, "GBP", "value of the ARL broadcast deal (headline)", ctx="agrees £640m")
d.F("five-year", 5, "years", "length of the broadcast deal")
d.F("£640m", 640000000, "GBP", "value of the ARL broadcast deal", ctx="worth £640m")
d.F("28%", 28, "percent", "increase on the current contract", ctx="a 28% increase")
d.F("2027-28", "2027/2028", "date", "first season of the deal")
d.F("2031-32", "2031/2032", "date", "last season of the deal")
d.F("96", 96, "count", "live matches Northstar will show a season", ctx="show 96 live")
d.F("7.45pm", "19:45", "time", "Friday kick-off time shown by Northstar")
d.F("£9.99", 9.99, "GBP", "monthly price of the Vela stream", note="Per month.")
d.F("12", 12, "count", "clubs in the league", ctx="The 12 clubs")
d.F("about £98m", 98000000, "GBP", "yearly share of the clubs", qualifier="about")
d.F("£76m", 76000000, "GBP", "clubs' current yearly share")
d.F("four years", 4, "years", "period in which the audience doubled", ctx="audience in four years")
d.F("540", 540, "count", "professional players the RPC represents")
d.F("£5.2m", 5200000, "GBP", "salary cap per club")
d.F("2022", 2022, "year", "since when the salary cap has been fixed")
d.F("96", 96, "count", "matches in Ogunleye's quote", ctx="those 96 matches")
d.F("28%", 28, "percent", "clubs' rise in Ogunleye's quote", ctx="a 28% rise")
d.F("four years", 4, "years", "how long the cap has not moved", ctx="moved in four years")
d.F("two-fifths", 0.4, "fraction", "share of RPC members earning less than £40,000 a year")
d.F("less than £40,000", 40000, "GBP", "yearly earnings of two-fifths of members", qualifier="less than")
d.F("30", 30, "count", "top-earning players", ctx="top 30 players")
d.F("between £180,000 and £260,000", [180000, 260000], "GBP", "yearly earnings of the top 30 players")
d.F("3.4 million", 3400000, "count", "Northstar subscribers")
d.F("£15m", 15000000, "GBP", "Vela Media investment in a weekly magazine programme")
d.F("Oct. 10", "2025-10-10", "date", "date of the free-to-air Grand Final", value_inferred=True,
    note="Year inferred: last season's final before a 2026 story (Oct. 10, 2025 is a Friday).")
d.F("1.9 million", 1900000, "count", "peak audience of the Grand Final")
d.F("£12m", 12000000, "GBP", "Castlegate loan to the Mariners")
d.F("£7.9m", 7900000, "GBP", "Mariners' pre-tax loss for 2025")
d.F("2025", 2025, "year", "year of the Mariners' loss")
d.F("66", 66, "years", "age of Stelios Andreou")
d.F("3%", 3, "percent", "ERF share of the deal for grassroots clubs")
d.F("5%", 5, "percent", "share the ERF asked for")
d.F("Sept. 30", "2026-09-30", "date", "deadline for the clubs' vote on a new cap", value_inferred=True,
    note="Year inferred: the story's year (after 2025 results, 'last year' = 2025).")
d.F("three seasons", 3, "count", "seasons in which players have heard 'soon'",
    note="A duration in seasons; stored as a count of seasons (no 'seasons' unit).")

d.NF("one", ctx="every one of those", reason="Idiom ('every one of those 96 matches') inside a quote.")
d.NF("4K", reason="Video format name.")

d.RT("on Tuesday", resolved=None)
d.RT("last year", resolved="2025")

d.P("Atlantic Rugby League", "ORG", None, "The Atlantic Rugby League (ARL) has agreed", ["actor", "cited"],
    aliases=["ARL"], note="'the league announced'.")
d.P("Northstar Sports", "ORG", None, "with Northstar Sports and the streaming service Vela", ["actor", "quoted"],
    aliases=["Northstar"])
d.P("Vela Media Inc.", "ORG", "the US-owned platform", "Vela Media Inc., the US-owned platform", ["actor", "cited"],
    aliases=["Vela Media", "Vela"], note="'the streaming service Vela'; 'Vela Media said'.")
d.P("Rachel Onslow", "PERSON", "the ARL's chief executive", "said Rachel Onslow", ["quoted", "cited"], aliases=["Onslow"])
d.P("Rugby Players' Collective", "ORG", None, "The Rugby Players' Collective (RPC), which represents",
    ["actor", "cited"], aliases=["RPC"], note="The players' union; 'The union says'.")
d.P("Danny Ogunleye", "PERSON", "Its chief executive", "Its chief executive, Danny Ogunleye", ["quoted"],
    aliases=["Ogunleye"])
d.P("Owen Pryce", "PERSON", "head of media research at Castlegate Bank Plc", "That was the verdict of Owen Pryce",
    ["quoted", "cited"])
d.P("Castlegate Bank Plc", "ORG", None, "Castlegate lent the Mariners", ["actor"], aliases=["Castlegate"],
    note="Named first in Pryce's role.")
d.P("Harbour City Mariners", "ORG", None, "Castlegate lent the Mariners", ["actor"], aliases=["Mariners"],
    note="'the champions reported a pre-tax loss'; first named in Ogunleye's role.")
d.P("Stelios Andreou", "PERSON", "The club's owner", "The club's owner, Stelios Andreou, 66", ["quoted"])
d.P("Radio Albion", "ORG", None, "told Radio Albion", ["actor"],
    note="Broadcaster the speaker talks on (dev3 convention).")
d.P("English Rugby Federation", "ORG", "The sport's governing body", "The sport's governing body, the English Rugby",
    ["actor"], aliases=["ERF"], note="Receives 3%; 'the federation had asked for 5%'.")
d.P("Margaret Hale", "PERSON", "Its chair", "Its chair, Margaret Hale", ["cited"])
d.P("Competition and Markets Authority", "ORG", None, "The Competition and Markets Authority (CMA) said",
    ["actor", "quoted", "cited"], aliases=["CMA"], note="Later 'The regulator'.")
d.P("Tonn TV", "ORG", "a rival bidder, Irish broadcaster", "a rival bidder, Irish broadcaster Tonn TV", ["actor"],
    note="Complained about the tender.")
d.M("Grand Final", "EVENT", "The league's final (Oct. 10).")
d.write()
