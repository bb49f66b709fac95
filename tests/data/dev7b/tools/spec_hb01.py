import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hb01_arizona_groundwater_senate_vote")
d.B("PHOENIX (KSNR) —", "dateline", partial=True)

S = dict(marks="straight")
PIK = dict(aliases=["Pike", "Senate Majority Leader Warren Pike"], role="Senate Majority Leader")
DOR = dict(role="its president")
d.Q("Dolores Whitaker", "This is the last chance to act before the wells run dry, and we took it,",
    aliases=["Sen. Dolores Whitaker"], role="the bill's sponsor and a Democrat from Tucson", **S,
    cue="said Sen. Dolores Whitaker, the bill's sponsor ...")
d.Q("Warren Pike", "You don't fix a water shortage by handing the spigot to county bureaucrats,", **PIK, **S,
    cue="Pike said")
d.Q("Hal Brennan", "We are no longer talking about the next generation. We are talking about the next drought,",
    aliases=["Brennan", "Acting ADWR Director Hal Brennan"], role="Acting ADWR Director", **S,
    cue="Brennan told the committee")
d.Q("Lyle Dorsett", "Cap the water,", **DOR, **S, syntax="clause", cue="its president, Lyle Dorsett, warned senators",
    note="Split quote, first half; 'its' = the Arizona Farm and Ranch Federation. Attribution verb 'warned'.")
d.Q("Lyle Dorsett", "and you cap the jobs that come with it.", **DOR, **S, syntax="clause",
    cue="its president, Lyle Dorsett, warned senators", note="Split quote, second half.")
d.Q("Central Arizona Homebuilders Association", "Builders need certainty about water, and this gives it to them,",
    stype="ORG", aliases=["CAHA"], **S, cue="a CAHA spokesman said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Carla Benavidez", "My neighbors have watched their kitchen taps sputter while the big operations keep pumping "
    "around the clock,", aliases=["Benavidez", "Rep. Carla Benavidez"], role="Rep.", **S, cue="she said",
    note="Pronoun speaker after two women are named ('Rep. Carla Benavidez, R-Willcox, and Cochise County Supervisor "
         "Anne Marlow'); 'she' = Benavidez, the subject of the sentence before.")
d.Q("Teresa Alcantar", "without hesitation", aliases=["Gov. Teresa Alcantar"], role="Gov.", **S, syntax="phrase",
    cue="said in a statement that she would sign the bill", note="Fragment from a written statement.")
d.Q("Arizona Republican Party", "a betrayal of rural Arizona.", stype="ORG", **S, syntax="phrase",
    cue="posting on X that the vote was", note="Social-media post; US-style period inside the marks.")
d.Q("Verdant Mesa Farms Inc.", "We are part of the solution, not the problem,", stype="ORG",
    aliases=["Verdant Mesa", "the company"], **S, cue="the company said in an emailed statement")
d.Q("Marisol Quintero", "a first step, not a rescue.", role="Its lawyer", **S, syntax="phrase",
    cue="Its lawyer, Marisol Quintero, acknowledged that the bill was",
    note="'Its' = the Desert Aquifer Coalition. Attribution verb 'acknowledged'.")

d.F("16", 16, "count", "Senate votes for the bill (headline)", ctx="bill 16-14", note="'16-14' vote, split into its two counts.")
d.F("14", 14, "count", "Senate votes against the bill (headline)", ctx="16-14 after")
d.F("19-hour", 19, "hours", "length of the Senate standoff (headline)", ctx="after 19-hour")
d.F("19-hour", 19, "hours", "length of the Senate standoff", ctx="a 19-hour")
d.F("16", 16, "count", "Senate votes for the bill", ctx="passed 16-14")
d.F("14", 14, "count", "Senate votes against the bill", ctx="16-14 shortly")
d.F("4:30 a.m.", "04:30", "time", "when the bill passed ('shortly after')")
d.F("two", 2, "count", "Republicans who voted for the bill", ctx="with two Republicans")
d.F("14", 14, "count", "Democrats who voted for the bill", ctx="all 14 Democrats")
d.F("June 26", "2026-06-26", "date", "end of the legislative session", value_inferred=True,
    note="Year not written; the article cites 'a 2025 study', so the session is 2026.")
d.F("as much as $40 million", 40000000, "USD", "crop sales farmers could lose a year (Pike)", qualifier="as much as",
    note="Per year.")
d.F("13", 13, "count", "rural counties in Arizona")
d.F("up to $2,500", 2500, "USD", "fine for pumping above a cap", qualifier="up to", note="Per day.")
d.F("as much as 150 feet", 150, "feet", "fall in Willcox basin water levels since 1990 (ADWR)", qualifier="as much as")
d.F("1990", 1990, "year", "base year of the water-level fall")
d.F("10 feet", 10, "feet", "yearly drop in some wells (Brennan)", note="Per year.")
d.F("2025", 2025, "year", "year of the Center for Arid Lands Policy study")
d.F("three out of four", 0.75, "fraction", "wells drilled since 2015 that serve large farms")
d.F("2015", 2015, "year", "start of the period of well drilling studied")
d.F("more than 1,000 acres", 1000, "acres", "farm size served by most new wells", qualifier="more than")
d.F("about 4,800", 4800, "count", "growers the Arizona Farm and Ranch Federation represents", qualifier="about")
d.F("38", 38, "count", "wells Verdant Mesa runs near Willcox")
d.F("22%", 22, "percent", "cut in Verdant Mesa's water use since 2019")
d.F("2019", 2019, "year", "base year of Verdant Mesa's water-use cut")

d.NF("1217", reason="Bill number, part of the name 'Senate Bill 1217'.")
d.NF("first", ctx="a first step", reason="Idiom inside a quote ('a first step').")

d.RT("early Thursday", resolved=None)
d.RT("last week", resolved=None)

d.P("Arizona Senate", "ORG", None, "The Arizona Senate passed a bill early Thursday", ["actor"])
d.P("Dale Haverty", "PERSON", "Speaker", "Speaker Dale Haverty, R-Gilbert, has not said", ["actor"],
    note="Decides whether the House votes; not quoted.")
d.P("Dolores Whitaker", "PERSON", "the bill's sponsor and a Democrat from Tucson", "said Sen. Dolores Whitaker",
    ["quoted", "actor"])
d.P("Warren Pike", "PERSON", "Senate Majority Leader", "Senate Majority Leader Warren Pike, R-Prescott, voted against",
    ["quoted", "actor", "cited"], aliases=["Pike"], note="'he argued' (paraphrase).")
d.P("Arizona Department of Water Resources", "ORG", None, "The Arizona Department of Water Resources (ADWR) says",
    ["cited"], aliases=["ADWR"])
d.P("Hal Brennan", "PERSON", "Acting ADWR Director", "Acting ADWR Director Hal Brennan told", ["quoted", "cited"],
    aliases=["Brennan"])
d.P("Center for Arid Lands Policy", "ORG", None, "According to a 2025 study by Sonoran State University's Center",
    ["cited"], note="Owned form: 'Sonoran State University's Center for Arid Lands Policy'.")
d.P("Arizona Farm and Ranch Federation", "ORG", None, "The Arizona Farm and Ranch Federation, which represents",
    ["actor"])
d.P("Lyle Dorsett", "PERSON", "its president", "its president, Lyle Dorsett, warned senators", ["quoted"])
d.P("Central Arizona Homebuilders Association", "ORG", None, "The Central Arizona Homebuilders Association (CAHA) backed",
    ["actor", "quoted"], aliases=["CAHA"])
d.P("Carla Benavidez", "PERSON", "Rep.", "Benavidez, who will carry the bill in the House", ["quoted", "actor", "cited"],
    aliases=["Benavidez"])
d.P("Anne Marlow", "PERSON", "Cochise County Supervisor", "Cochise County Supervisor Anne Marlow watched", ["actor"],
    note="Named right before Benavidez's 'she said' quote (trap).")
d.P("Teresa Alcantar", "PERSON", "Gov.", "Gov. Teresa Alcantar said in a statement", ["quoted", "cited"])
d.P("Arizona Republican Party", "ORG", None, "The Arizona Republican Party took a different view", ["quoted"])
d.P("Verdant Mesa Farms Inc.", "ORG", "an alfalfa and dairy operation", "Verdant Mesa Farms Inc., an alfalfa and dairy",
    ["quoted", "cited", "actor"], aliases=["Verdant Mesa"], note="Later 'the company'; sued by the coalition.")
d.P("Desert Aquifer Coalition", "ORG", "an environmental group", "The Desert Aquifer Coalition, an environmental group",
    ["actor"])
d.P("Marisol Quintero", "PERSON", "Its lawyer", "Its lawyer, Marisol Quintero, acknowledged", ["quoted"])
d.M("House", "ORG", "Arizona House of Representatives; next stage of the bill (object only).")
d.M("Senate Natural Resources Committee", "ORG", "Audience of Brennan's testimony.")
d.M("Sonoran State University", "ORG", "Owner of the Center for Arid Lands Policy (possessive).")
d.M("Cochise County Superior Court", "ORG", "Court where the lawsuit was filed (venue only).")
d.M("KSNR", "ORG", "Local TV station in the dateline.")
d.M("Senate Bill 1217", "LAW", "The bill.")
d.M("Arizona", "GPE", "Background.")
d.M("Tucson", "GPE", "In Whitaker's role.")
d.M("Willcox", "GPE", "Location; also 'Willcox basin' and the district tag 'R-Willcox'.")
d.M("Cochise County", "GPE", "Location; in Marlow's role.")
d.M("PHOENIX", "GPE", "Dateline.")
d.write()
