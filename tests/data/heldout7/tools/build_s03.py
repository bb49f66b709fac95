from goldlib import Doc

d = Doc("s03_university_program_cuts", "Carrow State trustees vote to cut 14 degree programs, citing $48.6 million deficit")
INF = dict(value_inferred=True, note="Year not written; inferred from context (fall 2027 semester; vote in late 2026).")

d.B("By Dana Whitcombe, Staff Writer", "byline")
d.B("ZANESVILLE, Ohio —", "dateline", partial=True, note="Inline city dateline.")

OK = dict(role="board chair")
d.Q("Margaret Okafor-Liu", "No one on this board takes this lightly,", **OK, cue="said board chair Margaret Okafor-Liu",
    note="Said-before attribution with a title before the name.")
d.Q("Margaret Okafor-Liu", "But we cannot keep spending money we do not have.", **OK, attribution="implicit",
    cue="continuation after 'said board chair Margaret Okafor-Liu'")
d.Q("Luis Echeverría-Banks", "We are choosing to be smaller and stronger rather than bigger and broke,",
    aliases=["Echeverría-Banks"], role="President", cue="Echeverría-Banks said after the vote")
BR = dict(role="president of the Carrow Faculty Federation")
d.Q("Helen Brodsky", "a betrayal of the public mission", **BR, syntax="phrase", cue="called the vote",
    note="Scare-quoted fragment attributed in the same sentence.")
d.Q("Helen Brodsky", "You do not fix a budget by gutting the humanities,", **BR, cue="she said",
    note="Pronoun attribution.")
d.Q("Helen Brodsky", "You fix it by asking why administrative spending has grown 38% in a decade.", **BR,
    attribution="implicit", cue="continuation after 'she said'")
d.OQ("Save Our Majors.", attributed_to="several [students]", attribution="vague-collective", syntax="sentence",
     reason="Slogan on signs held by unnamed students.")
d.Q("Jordan Pike", "Now I am told it will be gone by the time my sister gets here,",
    role="a junior majoring in geology", cue="he said")
d.Q("Ray Lindqvist", "must live within their means, as every family in Ohio does,", role="Gov.", syntax="clause",
    cue="In a statement, Gov. Ray Lindqvist said public universities",
    note="Partial quote completing indirect speech; 10 words, so 'full'.")

# figures
d.F("14", 14, "count", "degree programs to be cut (headline)", ctx="vote to cut 14 degree")
d.F("$48.6 million", 48600000, "USD", "deficit cited (headline)", ctx="citing $48.6 million")
d.F("7-2", "7-2", "votes", "trustee vote tally", ctx="voted 7-2", note="Vote tally kept as written, like sports scores.")
d.F("14", 14, "count", "undergraduate degree programs eliminated", ctx="eliminate 14 undergraduate")
d.F("three", 3, "count", "colleges to be merged", ctx="merge three of its")
d.F("119-year", 119, "years", "age of the school")
d.F("$48.6 million", 48600000, "USD", "projected operating deficit", ctx="projected $48.6 million")
d.F("2029", 2029, "year", "fiscal year by which the deficit is to be closed")
d.F("312", 312, "count", "majors enrolled in the programs slated for closure")
d.F("about 2%", 2, "percent", "share of undergraduates in the programs slated for closure", qualifier="about")
d.F("six straight years", 6, "years", "duration of enrollment decline")
d.F("27,900", 27900, "count", "enrollment in 2019")
d.F("2019", 2019, "year", "year of 27,900 enrollment")
d.F("23,450", 23450, "count", "enrollment this fall")
d.F("16%", 16, "percent", "enrollment drop since 2019")
d.F("$12,480", 12480, "USD", "annual in-state tuition and fees")
d.F("roughly 41 days", 41, "days", "operating expenses covered by unrestricted reserves", qualifier="roughly")
d.F("2027-28", "2027/2028", "date", "academic year before which no tenured faculty are laid off")
d.F("Between 60 and 75", [60, 75], "count", "non-tenured positions that could be eliminated", qualifier="between")
d.F("about 1,100", 1100, "count", "instructors represented by the Carrow Faculty Federation", qualifier="about")
d.F("38%", 38, "percent", "growth in administrative spending claimed by the union")
d.F("a decade", 10, "years", "period of the 38% growth")
d.F("closer to 19%", 19, "percent", "administration's figure for the increase", qualifier="closer to")
d.F("20", 20, "years", "age of Jordan Pike", ctx="Pike, 20,")
d.F("a quarter", 0.25, "fraction", "real-terms fall in public university funding since 2008")
d.F("2008", 2008, "year", "base year of the funding fall")
d.F("3%", 3, "percent", "increase in state share of instruction funding")
d.F("two-year", 2, "years", "length of the state budget")
d.F("2027", 2027, "year", "semester when closures take effect", ctx="the fall 2027 semester")
d.F("Feb. 12", "2027-02-12", "date", "board vote on the college mergers", **INF)

d.NF("one", ctx="No one on this board", reason="Idiom 'No one'.")

d.RT("Thursday", ctx="7-2 on Thursday", resolved=None, note="No publication date in the article.")
d.RT("this fall", ctx="312 majors this fall", resolved="2026-09/2026-12", note="Autumn term; year inferred from the fall 2027 effective date.")
d.RT("this fall", ctx="to 23,450 this fall", resolved="2026-09/2026-12", note="Autumn term; year inferred from the fall 2027 effective date.")

d.P("Carrow State University", "ORG", None, "The board of trustees at Carrow State University voted", ["actor"],
    aliases=["Carrow State"], note="Its board of trustees is the acting body.")
d.P("Brightline Higher Ed Partners", "ORG", "the consulting firm", "the consulting firm Brightline Higher Ed Partners",
    ["actor"])
d.P("Margaret Okafor-Liu", "PERSON", "board chair", "said board chair Margaret Okafor-Liu", ["quoted"],
    note="Also described as 'a retired bank executive'.")
d.P("Luis Echeverría-Banks", "PERSON", "President", "President Dr. Luis Echeverría-Banks told trustees",
    ["quoted", "actor"], aliases=["Echeverría-Banks"])
d.P("Helen Brodsky", "PERSON", "president of the Carrow Faculty Federation",
    "Helen Brodsky, president of the Carrow Faculty Federation", ["quoted"])
d.P("Carrow Faculty Federation", "ORG", None, "said the union was reviewing its contract", ["actor"],
    note="Faculty union; acts ('reviewing its contract').")
d.P("Jordan Pike", "PERSON", "a junior majoring in geology", "Jordan Pike, 20, a junior", ["quoted"])
d.P("Teresa Marchbanks", "PERSON", "State Sen.", "State Sen. Teresa Marchbanks, whose district", ["cited", "actor"])
d.P("Ray Lindqvist", "PERSON", "Gov.", "In a statement, Gov. Ray Lindqvist said", ["quoted"])

d.M("Senate Finance Committee", "ORG", "Body Marchbanks will ask to hold hearings; does not act.")
d.M("Columbus", "GPE", "Metonym for state government in a background sentence.")
d.M("Ohio", "GPE", "Location / inside quote.")

d.write()
