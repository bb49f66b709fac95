import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ee01_arizona_senate_debate")
d.B("PHOENIX (AP) —", "dateline", partial=True)

S = dict(marks="straight")
KEL = dict(aliases=["Kell", "Sen. Dana Kell", "the senator"], role="Sen., R-Ariz., who is seeking a second term")
MAD = dict(aliases=["Maddox"], role="former Tucson Mayor")
ALV = dict(aliases=["Alvarado", "Gov. Teresa Alvarado"], role="Gov.")
d.Q("Dana Kell", "Arizona does not need a senator who learns where the Colorado River is from a briefing book,", **KEL,
    **S, cue="said Sen. Dana Kell, R-Ariz., who is seeking a second term",
    note="Party-and-state tag after the name ('R-Ariz.') plus a relative clause.")
d.Q("Dana Kell", "My family has farmed along it for 30 years.", **KEL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Luis Maddox", "four times in six years.", **MAD, **S, syntax="phrase",
    cue="Her Democratic challenger, former Tucson Mayor Luis Maddox, 61, accused Kell of voting against drought aid "
        "for cities", note="Reported speech ending in a quoted phrase (5 words) -> fragment; period inside the marks.")
d.Q("Luis Maddox", "The senator talks about water like she owns it,", **MAD, **S, syntax="clause", cue="Maddox said",
    note="Split quote, first half (attribution in the middle). 'The senator' inside the quote is Kell, not the speaker.")
d.Q("Luis Maddox", "and she votes like her donors do.", **MAD, **S, syntax="clause", cue="Maddox said",
    note="Split quote, second half.")
d.Q("Luis Maddox", "a ban with a calendar attached.", **MAD, **S, syntax="phrase", cue="Maddox called it",
    note="6-word phrase -> fragment.")
d.Q("Paul Vandermeer", "Neither of them has closed the sale. About one in eight likely voters is still undecided, and most "
    "of them are independents,", role="who directs the university's Center for Public Opinion", **S,
    cue="said Paul Vandermeer, who directs the university's Center for Public Opinion",
    note="Pollster quoted; multi-sentence quote. 'the university' = Copper State University.")
d.Q("Amber Lusk", "This complaint is a fundraising email dressed up as a legal filing,",
    role="a spokeswoman for the Kell campaign", **S, cue="said Amber Lusk, a spokeswoman for the Kell campaign",
    note="Named spokeswoman: the quote goes to her, not to the campaign.")
d.Q("Maddox campaign", "every last dollar", stype="ORG", aliases=["The Maddox campaign", "the campaign"], **S,
    syntax="phrase", cue="A senior Maddox aide, who was not authorized to discuss strategy publicly, said the campaign "
    "would pour", note="Unnamed aide: the quote goes to the organisation (the Maddox campaign). Fragment (3 words).")
d.Q("Teresa Alvarado", "a command of the facts.", **ALV, **S, syntax="phrase",
    cue="Gov. Teresa Alvarado, a Democrat who is not on the ballot this year, told reporters after the debate that "
        "Maddox had shown", note="Fragment (5 words), period inside the marks.")
d.Q("Teresa Alvarado", "Dana and I disagree on almost everything, but she has never once lied to me,", **ALV, **S,
    cue="she said",
    note="Pronoun trap: two women are named in the sentence before ('Alvarado and Kell ... embraced backstage'); "
         "'she' = Alvarado, who told reporters in the sentence before that, and 'Dana' in the quote is Kell.")
d.Q("Dana Kell", "I have trailed in every race I have ever won,", **KEL, **S, cue="the senator told the Sonoran Ledger",
    note="Role-only person attribution: 'the senator' = Sen. Dana Kell (Maddox is a former mayor); outlet named.")
d.Q("Luis Maddox", "She had 90 minutes to name a single water project she passed. She's still thinking.", **MAD, **S,
    cue="Maddox later wrote on social media:", note="Colon-introduced social-media post; 'She' = Kell.")

d.F("19 days", 19, "days", "time left before the election at the debate")
d.F("Nov. 3", "2026-11-03", "date", "election day", value_inferred=True,
    note="Year not written; the set's year 2026 (Nov. 3, 2026 is a Tuesday).")
d.F("second", 2, "ordinal", "term Kell is seeking", ctx="a second term")
d.F("30 years", 30, "years", "how long Kell's family has farmed along the Colorado River (in a quote)")
d.F("61", 61, "years", "age of Luis Maddox", ctx="Maddox, 61,")
d.F("four times", 4, "times", "Kell's votes against drought aid for cities (Maddox, in a quote)")
d.F("six years", 6, "years", "period of those votes (Maddox, in a quote)")
d.F("90-minute", 90, "minutes", "length of the debate")
d.F("15-week", 15, "weeks", "Arizona's abortion limit backed by Kell")
d.F("47%", 47, "percent", "Kell's support among likely voters (Copper State University poll)")
d.F("45%", 45, "percent", "Maddox's support among likely voters (Copper State University poll)")
d.F("812", 812, "count", "likely voters polled")
d.F("plus or minus 3.4 percentage points", 3.4, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("9 points", 9, "percentage points", "Kell's lead among men", note="Poll 'points' are percentage points.")
d.F("11 points", 11, "percentage points", "Maddox's lead among women", note="Poll 'points' are percentage points.")
d.F("About one in eight", 0.125, "fraction", "share of likely voters still undecided (Vandermeer, in a quote)",
    qualifier="About")
d.F("$11.6 million", 11600000, "USD", "Maddox's third-quarter fundraising")
d.F("third quarter", "2026-07/2026-09", "date", "quarter of the fundraising totals", value_inferred=True,
    note="Calendar third quarter of 2026 (FEC reporting quarter), as dev5c.")
d.F("$8.9 million", 8900000, "USD", "Kell's third-quarter fundraising")
d.F("two", 2, "count", "former Kell aides running Desert Future Fund", ctx="run by two former")
d.F("$14 million", 14000000, "USD", "television ads reserved by Desert Future Fund")
d.F("four weeks", 4, "weeks", "final stretch covered by the ad reservation ('the final four weeks')")
d.F("about three of every four", 0.75, "fraction", "share of Arizona voters living in Maricopa and Pima counties",
    qualifier="about")
d.F("90 minutes", 90, "minutes", "length of the debate (Maddox's post, in a quote)")
d.F("about 31,000", 31000, "count", "teachers and school staff the AEWU represents", qualifier="about")
d.F("400,000", 400000, "count", "doors the AEWU plans to knock on")

d.NF("two", ctx="Arizona's two Senate", reason="Trivial count ('the state's two Senate candidates').")

d.RT("on Thursday night", resolved="2026-10-15", note="19 days before Tuesday, Nov. 3, 2026.")
d.RT("Tuesday", ctx="released Tuesday", resolved="2026-10-13")
d.RT("this year", resolved="2026")
d.RT("on Friday", resolved="2026-10-16")
d.RT("Election Day", resolved="2026-11-03")

d.P("Dana Kell", "PERSON", "Sen., R-Ariz., who is seeking a second term", "said Sen. Dana Kell, R-Ariz.",
    ["quoted", "actor"], aliases=["Kell"], note="Later 'the senator'.")
d.P("Luis Maddox", "PERSON", "former Tucson Mayor", "Her Democratic challenger, former Tucson Mayor Luis Maddox",
    ["quoted", "actor"], aliases=["Maddox"], note="Also 'Her Democratic challenger'.")
d.P("Copper State University", "ORG", None, "hosted by Copper State University in Tempe", ["actor", "cited"],
    note="Debate host and pollster ('A Copper State University poll'); later 'the university's Center for Public "
         "Opinion'.")
d.P("Paul Vandermeer", "PERSON", "who directs the university's Center for Public Opinion", "said Paul Vandermeer",
    ["quoted"])
d.P("Federal Election Commission", "ORG", None, "according to Federal Election Commission (FEC) filings", ["cited"],
    aliases=["FEC"], note="Acronym in brackets inside a modifier, then alone as an object ('asked the FEC to "
                          "investigate').")
d.P("Desert Future Fund", "ORG", "a super PAC run by two former Kell aides", "But Desert Future Fund, a super PAC",
    ["actor"])
d.P("Maddox campaign", "ORG", None, "The Maddox campaign has asked the FEC to investigate", ["actor", "quoted"],
    note="Also 'A senior Maddox aide' (unnamed; quote goes to the campaign).")
d.P("Amber Lusk", "PERSON", "a spokeswoman for the Kell campaign", "said Amber Lusk, a spokeswoman", ["quoted"])
d.P("Teresa Alvarado", "PERSON", "Gov.", "Gov. Teresa Alvarado, a Democrat who is not on the ballot",
    ["quoted", "actor"], aliases=["Alvarado"])
d.P("Sonoran Ledger", "ORG", None, "the senator told the Sonoran Ledger", ["actor"],
    note="Publication the speaker talks to (dev3 broadcaster convention). Unsure.")
d.P("Arizona Education Workers Union", "ORG", None, "The Arizona Education Workers Union (AEWU), which represents",
    ["actor"], aliases=["AEWU"], note="Endorsed Maddox; acronym in brackets, then alone ('The AEWU plans').")
d.M("Kell campaign", "ORG", "Only in Lusk's role ('a spokeswoman for the Kell campaign').")
d.M("Center for Public Opinion", "ORG", "Only in Vandermeer's role.")
d.M("Senate", "ORG", "The US Senate ('Senate candidates'); also 'the state Senate' (background).")
d.M("Election Day", "EVENT", "Nov. 3.")
d.M("Colorado River", "LOC", "In a quote.")
d.M("PHOENIX", "GPE", "Dateline.")
d.M("Arizona", "GPE", "State (background).")
d.M("Tucson", "GPE", "In Maddox's role.")
d.M("Tempe", "GPE", "Location.")
d.M("Maricopa", "GPE", "County.")
d.M("Pima", "GPE", "County.")
d.write()
