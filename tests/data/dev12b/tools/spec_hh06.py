import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh06_fosseway_united_takeover_pennock")

S = dict(marks="straight")
PEN = dict(aliases=["Pennock", "Fosseway United manager Stuart Pennock", "the manager"], role="Fosseway United manager")
DUR = dict(aliases=["Durrant"], role="the club's owner")
d.Q("Stuart Pennock", "Nobody has promised me anything", "'Nobody has promised me anything':", **PEN, marks="single",
    cue="Fosseway boss Pennock (headline, after the colon)",
    note="Headline quote in straight single marks; the words open Pennock's body quote, which is its own entry.")
d.Q("Stuart Pennock", "no promises and no ultimatums", **PEN, **S, syntax="phrase",
    cue="Fosseway United manager Stuart Pennock said on Friday that he had been given",
    note="Reported speech with a quoted fragment; club name as a modifier in the title before the name.")
d.Q("Malcolm Durrant", "I have taken this club as far as my wallet and my heart allow,", **DUR, **S,
    cue="he said in a statement", note="'he' = Durrant, the only person named in the paragraph.")
d.Q("Malcolm Durrant", "It needs owners who can take it the rest of the way.", **DUR, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Brett Kowal", "We did not buy a club to flip it. We bought it to fill it,", aliases=["Kowal"],
    role="the former private equity executive", **S, cue="Kowal told the Fosseway Mercury",
    note="'told' a local paper.")
d.Q("Stuart Pennock", "Nobody has promised me anything, and I haven't asked,", **PEN, **S, cue="Pennock said",
    note="Surname-only, at the press conference described in the paragraph before.")
d.Q("Stuart Pennock", "I have two years left on my contract. If they want a different manager, that is their right.",
    **PEN, **S, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Stuart Pennock", "The players read the papers too,", **PEN, **S, syntax="clause", cue="the manager said",
    note="Split quote with a role-only attribution in the middle: 'the manager' = Pennock. First half.")
d.Q("Stuart Pennock", "so I told them on Monday that nothing changes until somebody tells us it has.", **PEN, **S,
    syntax="clause", cue="the manager said", note="Split quote, second half.")
d.Q("Lewis Adeyemi", "We found out from our phones like everybody else,", aliases=["Adeyemi"], role="captain", **S,
    cue="he said",
    note="Pronoun trap: two men are named just before ('Pennock sat beside captain Lewis Adeyemi'); 'he' = Adeyemi, "
         "the subject of 'Adeyemi said the squad had been told nothing officially'.")
d.Q("Fosseway Supporters' Trust", "We want to see the business plan, not just the brochure,", stype="ORG",
    aliases=["the trust"], **S, cue="the trust said", note="Role-only organisation attribution.")
d.Q("Denise Holloway", "burned before", role="Its chairwoman", **S, syntax="phrase",
    cue="Its chairwoman, Denise Holloway, said fans had been", note="'Its' = the trust. Quoted fragment.")

d.F("£85m", 85000000, "GBP", "value of the takeover (headline)", ctx="backs £85m US")
d.F("£85m", 85000000, "GBP", "value of the takeover", ctx="worth £85m")
d.F("76%", 76, "percent", "stake Keystone Ridge Partners will buy")
d.F("about £40m", 40000000, "GBP", "debt Keystone will take on", qualifier="about")
d.F("15%", 15, "percent", "stake Durrant will keep")
d.F("9%", 9, "percent", "stake of the Fosseway Supporters' Trust")
d.F("between six and 12 weeks", [6, 12], "weeks", "usual length of the EFL's owners' and directors' test")
d.F("74", 74, "years", "age of Malcolm Durrant", ctx="Durrant, 74,")
d.F("2003", 2003, "year", "year Durrant bought Fosseway")
d.F("about 4,000", 4000, "count", "crowds in 2003", qualifier="about")
d.F("£11.6m", 11600000, "GBP", "club's loss in the year to June 2025")
d.F("June 2025", "2025-06", "date", "end of the financial year of the £11.6m loss")
d.F("51", 51, "years", "age of Brett Kowal", ctx="Kowal, 51,")
d.F("about $2.4 billion", 2400000000, "USD", "assets Keystone manages", qualifier="about")
d.F("£30m", 30000000, "GBP", "Keystone's promised investment")
d.F("three years", 3, "years", "period of the £30m investment", ctx="over three years")
d.F("18,500-seat", 18500, "count", "capacity of the Mill Lane stadium")
d.F("46", 46, "years", "age of Stuart Pennock", ctx="Pennock, 46,")
d.F("14th", 14, "ordinal", "Fosseway's league position")
d.F("six points", 6, "points", "Fosseway's margin above the relegation zone", note="League points.")
d.F("two hours", 2, "hours", "length of Pennock's meeting with Kowal")
d.F("two years", 2, "years", "time left on Pennock's contract (in a quote)")
d.F("29", 29, "years", "age of Lewis Adeyemi", ctx="Adeyemi, 29,")
d.F("twice", 2, "goals", "Adeyemi's goals in the 2-1 win", note="'scored twice' = two goals.")
d.F("2-1", "2-1", "goals", "score of Fosseway's win at Harwich Athletic", note="Match score as a string (dev4b).")
d.F("about 3,200", 3200, "count", "members of the Fosseway Supporters' Trust", qualifier="about")
d.F("more than two-thirds", 0.6666666667, "fraction", "share of trust members who backed the sale",
    qualifier="more than")
d.F("2019", 2019, "year", "year of the collapsed takeover")
d.F("2021", 2021, "year", "year of the agreement protecting the ground")

d.NF("Two", ctx="League Two", reason="Number word inside a name (the division 'League Two').")

d.RT("on Friday", resolved=None)
d.RT("this week", resolved=None)
d.RT("on Thursday", resolved=None)
d.RT("Saturday's", resolved=None)
d.RT("on Monday", resolved=None, note="Inside a quote.")
d.RT("last weekend's", resolved=None)

d.P("Fosseway United", "ORG", None, "Fosseway United manager Stuart Pennock said", ["actor"], aliases=["Fosseway"],
    note="First as a modifier in Pennock's title; 'the Championship club', 'the club's owner'.")
d.P("Stuart Pennock", "PERSON", "Fosseway United manager", "Fosseway United manager Stuart Pennock said",
    ["quoted", "actor"], aliases=["Pennock"], note="Headline 'Fosseway boss Pennock'; later 'the manager'.")
d.P("Keystone Ridge Partners", "ORG", "a Pittsburgh investment group led by the former private equity executive Brett Kowal",
    "Keystone Ridge Partners, a Pittsburgh investment group", ["actor", "cited"], aliases=["Keystone"],
    note="'Keystone would spend' is in Kowal's promise; 'A spokesman for Keystone said' (reported only).")
d.P("Brett Kowal", "PERSON", "the former private equity executive", "led by the former private equity executive Brett Kowal",
    ["quoted", "actor"], aliases=["Kowal"])
d.P("Malcolm Durrant", "PERSON", "the club's owner", "from the club's owner, Malcolm Durrant", ["quoted", "actor"],
    aliases=["Durrant"])
d.P("Fosseway Supporters' Trust", "ORG", None, "Durrant will keep 15% and the Fosseway Supporters' Trust 9%",
    ["quoted", "cited", "actor"], note="Later 'the trust', 'Its chairwoman'.")
d.P("English Football League", "ORG", None, "The deal needs approval from the English Football League (EFL)",
    ["actor"], aliases=["EFL"], note="Acronym in brackets, then alone ('The EFL confirmed').")
d.P("Fosseway Mercury", "ORG", None, "Kowal told the Fosseway Mercury", ["actor"],
    note="Outlet told (dev3 broadcaster convention). Unsure, as dev10a's Dairy Week.")
d.P("Lewis Adeyemi", "PERSON", "captain", "Pennock sat beside captain Lewis Adeyemi", ["quoted", "cited"],
    aliases=["Adeyemi"])
d.P("Denise Holloway", "PERSON", "Its chairwoman", "Its chairwoman, Denise Holloway, said", ["quoted", "cited"])
d.M("Companies House", "ORG", "Registry where the accounts were filed (place).")
d.M("Major League Soccer", "ORG", "Only inside Kowal's description ('a Major League Soccer team').")
d.M("Ashby Town", "ORG", "Saturday's opponents (background).")
d.M("Harwich Athletic", "ORG", "Opponents in last weekend's win (background).")
d.M("Championship", "EVENT", "Division (competition).")
d.M("League Two", "EVENT", "Division (competition).")
d.M("Mill Lane", "LOC", "The club's stadium.")
d.M("Pittsburgh", "GPE", "Location.")
d.M("US", "GPE", "Headline ('US takeover').")
d.write()
