import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("jj05_texas_house_race_fundraising")
d.B("By Jordan Pike, staff writer", "byline")
d.B("Oct. 16, 2026", "dateline", note="Publication date line.")

ARR = dict(aliases=["Arredondo", "Democrat Luis Arredondo"], role="a former Army helicopter pilot")
MARR = dict(aliases=["Marr", "Rep. Colleen Marr", "Rep. Marr", "the congresswoman"], role="Rep. (R-Texas)")
ELL = dict(aliases=["Ellery", "Rep. Sam Ellery"], role="Rep. (R-Texas)")
KAR = dict(aliases=["Karim"], role="who tracks House fundraising for the nonpartisan newsletter Ballot Ledger")
GAR = dict(aliases=[], role="a retired teacher in Harlingen")

d.Q("Luis Arredondo", "People here are tired of politicians who fly in for a photo and fly out,", **ARR,
    cue="Arredondo said on a call with reporters")
d.Q("Luis Arredondo", "Most of our donors gave less than $100. That’s a retired teacher in Harlingen and a shrimper in "
    "Port Isabel.", **ARR, open_end=True, attribution="implicit", cue="(continuation of the previous quote)",
    note="AP-style multi-paragraph quote: this paragraph of the quote is opened but not closed; the next paragraph "
         "reopens it.")
d.Q("Luis Arredondo", "They’re not buying access. They’re buying a congressman who picks up the phone.", **ARR,
    layout="multi-paragraph", attribution="implicit", cue="(continuation of the previous quote, next paragraph)",
    note="Last paragraph of the multi-paragraph quote; it has no attribution of its own.")
d.Q("Colleen Marr", "I’d rather be outraised than outworked,", **MARR, syntax="clause", cue="the congresswoman said",
    note="Split quote, first half; role-only person attribution ('the congresswoman' = Rep. Colleen Marr, subject of "
         "the sentence before). TV interview ('In an interview broadcast Sunday on “Valley Sunday,”').")
d.Q("Colleen Marr", "and nobody outworks me in this district.", **MARR, syntax="clause", cue="the congresswoman said",
    note="Split quote, second half.")
d.Q("Kelsey Dunn", "Why is a candidate who says he’s funded by teachers taking checks from Hollywood?",
    role="a spokeswoman for Marr for Congress",
    cue="said Kelsey Dunn, a spokeswoman for Marr for Congress",
    note="Question quote; named spokesperson -> the person, introduced after the quote ('Her campaign went further.' "
         "before it).")
d.Q("Rio Grande Forward", "can’t buy him a voting record.", stype="ORG",
    role="a super PAC that has reserved $5.5 million in TV time to help Marr", syntax="phrase",
    cue="Rio Grande Forward, a super PAC ..., said in a statement that Arredondo’s money",
    note="Super PAC statement -> ORG. 6-word phrase -> fragment.")
d.Q("Luis Arredondo", "This district has been taken for granted in English and in Spanish,", **ARR, cue="he said",
    note="Pronoun trap: two men are named in the sentence before ('Arredondo, who was endorsed on Tuesday by Rep. "
         "Victor Salinas (D-Texas), said'); 'he' = Arredondo, its subject, not Salinas, the last man named.")
d.Q("Sam Ellery", "The numbers are a warning shot.", **ELL,
    cue="The assessment came from Rep. Sam Ellery (R-Texas) (next paragraph)",
    note="The quote stands alone as a paragraph; the speaker is given in the next sentence ('The assessment came "
         "from').")
d.Q("Sam Ellery", "leave Colleen to fend for herself.", **ELL, syntax="phrase",
    cue="who told a Republican donor lunch in Austin on Wednesday that the party could not",
    note="'Colleen' = Marr, not the speaker. 5-word phrase -> fragment.")
d.Q("Sam Ellery", "write the checks now, not in the last two weeks.", **ELL, syntax="phrase",
    cue="Ellery said national groups should", note="10-word phrase -> full.")
d.Q("Nadia Karim", "a genuine red flag for any incumbent,", **KAR, syntax="phrase", cue="according to Nadia Karim",
    note="'according to' + speaker after the quote. 6-word phrase -> fragment.")
d.Q("Nadia Karim", "Challengers who outraise incumbents two quarters in a row win more often than not,", **KAR,
    cue="Karim said")
d.Q("Nadia Karim", "But money in the Valley doesn’t vote.", **KAR, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Rosa Garza", "It’s not much,", **GAR, syntax="clause", cue="she said",
    note="Split quote, first half; 'she' = Rosa Garza, subject of the sentence before.")
d.Q("Rosa Garza", "but it’s more than I ever gave anybody.", **GAR, syntax="clause", cue="she said",
    note="Split quote, second half.")

d.NQ("Valley Sunday,", reason="Title of a TV program in quotation marks (comma inside the marks).")

d.F("second", 2, "ordinal", "straight quarter Arredondo outraised Marr (headline)")
d.F("$2.4 million", 2400000, "USD", "money Arredondo raised in the third quarter")
d.F("third quarter", "2026-07/2026-09", "date", "fundraising period", value_inferred=True,
    note="Quarter as a date range; year from the date line (Oct. 16, 2026).")
d.F("more than twice", 2, "times", "Arredondo's haul compared with Marr's", qualifier="more than")
d.F("two-term", 2, "count", "Marr's terms in Congress")
d.F("$1.1 million", 1100000, "USD", "money Marr raised in the quarter")
d.F("July 1 to Sept. 30", "2026-07-01/2026-09-30", "date", "reporting period", value_inferred=True,
    note="Date range ('from' left out); year from the date line.")
d.F("$2.9 million", 2900000, "USD", "Marr's cash on hand")
d.F("$3.8 million", 3800000, "USD", "Arredondo's cash on hand")
d.F("less than $100", 100, "USD", "what most of Arredondo's donors gave (in a quote)", qualifier="less than")
d.F("About 71%", 71, "percent", "share of Arredondo's individual contributions from small donors", qualifier="About")
d.F("$200 or less", 200, "USD", "small-donor threshold", qualifier="or less")
d.F("58%", 58, "percent", "share of Marr's itemized donations from Texas addresses")
d.F("41%", 41, "percent", "share of Arredondo's itemized donations from Texas addresses")
d.F("$5.5 million", 5500000, "USD", "TV time reserved by Rio Grande Forward to help Marr")
d.F("two weeks", 2, "weeks", "final stretch of the campaign (Ellery, in a quote)", ctx="last two weeks")
d.F("2022", 2022, "year", "when Marr won the seat")
d.F("2024", 2024, "year", "when Marr was re-elected")
d.F("6 percentage points", 6, "percentage points", "Marr's 2024 winning margin")
d.F("two", 2, "count", "consecutive quarters of outraising an incumbent (Karim, in a quote)", ctx="two quarters in a row")
d.F("68", 68, "years", "age of Rosa Garza")
d.F("$50", 50, "USD", "Garza's monthly donation to Arredondo", note="Per month ('in each of the last three months').")
d.F("three months", 3, "months", "months in which Garza gave $50")

d.NF("16", ctx="Oct. 16, 2026", reason="Date line (boilerplate).")
d.NF("2026", ctx="16, 2026", reason="Year in the date line (boilerplate).")
d.NF("34th", reason="Part of the district's name ('34th District').")
d.NF("quarter", ctx="straight quarter in", reason="The noun counted by 'second' (not a fraction).")
d.NF("quarters", ctx="two quarters in a row", reason="The noun counted by 'two' (not a fraction).")

d.RT("Thursday", ctx="released Thursday", resolved="2026-10-15")
d.RT("Sunday", ctx="broadcast Sunday", resolved="2026-10-11")
d.RT("on Tuesday", resolved="2026-10-13")
d.RT("on Wednesday", resolved="2026-10-14")
d.RT("now", ctx="checks now", resolved=None, note="Inside a quote.")

d.P("Luis Arredondo", "PERSON", "a former Army helicopter pilot", "Democrat Luis Arredondo raised $2.4 million",
    ["quoted", "actor"], aliases=["Arredondo"], note="The Democratic challenger.")
d.P("Colleen Marr", "PERSON", "Rep. (R-Texas)", "more than twice as much as Rep. Colleen Marr (R-Texas)",
    ["quoted", "actor"], aliases=["Marr"], note="Also 'a two-term congresswoman'; later 'the congresswoman'; 'Colleen' "
                                              "in Ellery's quote.")
d.P("Federal Election Commission", "ORG", None, "according to Federal Election Commission filings released Thursday",
    ["cited"])
d.P("Marr for Congress", "ORG", "Her campaign", "said Kelsey Dunn, a spokeswoman for Marr for Congress", ["actor"],
    note="Marr's campaign committee ('Her campaign went further'); its named spokeswoman is the quote's speaker.")
d.P("Kelsey Dunn", "PERSON", "a spokeswoman for Marr for Congress", "said Kelsey Dunn, a spokeswoman", ["quoted"])
d.P("Rio Grande Forward", "ORG", "a super PAC that has reserved $5.5 million in TV time to help Marr",
    "Rio Grande Forward, a super PAC", ["quoted", "actor"])
d.P("Victor Salinas", "PERSON", "Rep. (D-Texas)", "endorsed on Tuesday by Rep. Victor Salinas (D-Texas)", ["actor"])
d.P("Sam Ellery", "PERSON", "Rep. (R-Texas)", "The assessment came from Rep. Sam Ellery (R-Texas), a Marr ally",
    ["quoted", "actor"], aliases=["Ellery"], note="Also 'a Marr ally from Lubbock'.")
d.P("Nadia Karim", "PERSON", "who tracks House fundraising for the nonpartisan newsletter Ballot Ledger",
    "according to Nadia Karim, who tracks House fundraising", ["quoted"], aliases=["Karim"])
d.P("Rosa Garza", "PERSON", "a retired teacher in Harlingen", "Rosa Garza, 68, a retired teacher in Harlingen, said",
    ["quoted", "actor"])
d.M("Jordan Pike", "PERSON", "Byline author (boilerplate).")
d.M("South Texas", "LOC", "Headline region.")
d.M("Texas", "GPE", "The state (in 'R-Texas', 'Texas addresses').")
d.M("House", "ORG", "The U.S. House (background).")
d.M("Rio Grande Valley", "LOC", "The district's region ('the Valley' in Karim's quote).")
d.M("Army", "ORG", "In Arredondo's role.")
d.M("Harlingen", "GPE", "In Arredondo's quote and Garza's role.")
d.M("Port Isabel", "GPE", "In Arredondo's quote.")
d.M("Valley Sunday", "WORK_OF_ART", "TV program where Marr was interviewed (a not_quote).")
d.M("Hollywood", "GPE", "In Dunn's quote.")
d.M("Lubbock", "GPE", "Ellery's home (in his description).")
d.M("Austin", "GPE", "Where Ellery spoke.")
d.M("Ballot Ledger", "ORG", "Newsletter, only in Karim's role.")
d.M("Democrat", "NORP", "Party label.")
d.M("Republican", "NORP", "Party label.")
d.write()
