from goldlib import Doc

d = Doc("s06_museum_glasgow_painting", "Glasgow gallery wins race to keep ‘lost’ colourist painting in Scotland")
INF = dict(value_inferred=True, note="Year not written; from the date line (26 November 2026).")

d.B("*By Fiona Dalgleish, Arts Correspondent*", "byline")
d.B("*26 November 2026 · Listen to this article (4 min)*", "date line and audio widget")
d.B("![Rennie's harbour scene in the gallery's conservation studio](harbour.jpg)", "image (Markdown)")
d.B("*Image: Kelvinhaugh Gallery*", "photo credit")
d.B("Advertisement", "advertisement")
d.B("**Tags:** Arts · Glasgow · Museums", "tags")
d.B("Share this article", "share widget")
d.B("© 2026 Northern Review Media", "copyright")
d.NF("26 November 2026", reason="Publication date in boilerplate.")
d.NF("4 min", reason="Audio widget length in boilerplate.")
d.NF("2026", ctx="© 2026 Northern", reason="Copyright year in boilerplate.")

d.OQ("lost", ctx="keep ‘lost’ colourist", marks="single", attribution="none", reason="Authorial scare quotes in the headline.")
d.NQ("Harbour at Kirkcudbright, Evening", reason="Title of the painting.")
GOW = dict(role="The gallery’s director")
d.Q("Alasdair Gow", "We nearly lost it", ctx="## ‘We nearly lost it’", **GOW, marks="single", syntax="sentence", attribution="implicit",
    cue="sub-heading echoing Gow's later 'Frankly, we nearly lost it.'",
    note="Pull-quote sub-heading; the speaker is identified only by the body text below it.")
d.Q("Alasdair Gow",
    "Rennie painted this in the summer she spent in Kirkcudbright in 1913, and you can see her working out everything that later made her famous,",
    **GOW, cue="he said", note="Pronoun attribution after 'The gallery’s director, Dr Alasdair Gow, said'.")
d.Q("Alasdair Gow",
    "If it had gone to a private house in Connecticut, a whole generation would never have seen it. Frankly, we nearly lost it.",
    **GOW, attribution="implicit", cue="continuation after 'he said'")
ML = dict(role="chairs the Friends")
d.Q("Morag Lindsay", "astonishing", **ML, syntax="phrase", cue="said the response had been")
d.Q("Morag Lindsay", "Nearly two-thirds of our donors gave less than £50,", **ML, cue="she said")
d.Q("Morag Lindsay", "That tells you this was never about wealthy patrons. It was about people who felt this picture belonged here.",
    **ML, attribution="implicit", cue="continuation after 'she said'")
d.Q("Pelham & Rook", "entirely proper", stype="ORG", role="The auction house that handled the March sale",
    syntax="phrase", cue="described the outcome as")
d.Q("Duncan Farquhar", "a blunt instrument", role="the critic", syntax="phrase", cue="called the export-bar system")

d.F("more than 90 years", 90, "years", "time since the painting was last shown in public", qualifier="more than")
d.F("3,140", 3140, "count", "people who donated")
d.F("11 weeks", 11, "weeks", "length of the fundraising campaign")
d.F("£2.3 million", 2300000, "GBP", "price paid by the gallery")
d.F("May", "2026-05", "date", "month the export bar was placed", **INF)
d.F("£2.65m", 2650000, "GBP", "price agreed by the US collector at auction")
d.F("March", "2026-03", "date", "month of the London auction", ctx="in London in March", **INF)
d.F("127-year", 127, "years", "age of the institution")
d.F("1913", 1913, "year", "summer Rennie spent in Kirkcudbright / painted the work")
d.F("76cm", 76, "cm", "height of the canvas")
d.F("102cm", 102, "cm", "width of the canvas")
d.F("1931", 1931, "year", "last exhibition of the painting")
d.F("£750,000", 750000, "GBP", "contribution of the Caledonian Heritage Fund")
d.F("£400,000", 400000, "GBP", "contribution of the Friends of Scottish Painting", ctx="gave £400,000")
d.F("£150,000", 150000, "GBP", "contribution of Glasgow City Council")
d.F("just over £1m", 1000000, "GBP", "remainder from trusts and the public", qualifier="just over")
d.F("£5 to £25,000", [5, 25000], "GBP", "range of individual gifts")
d.F("Nearly two-thirds", 0.6666666667, "fraction", "share of donors giving less than £50", qualifier="nearly")
d.F("less than £50", 50, "GBP", "gift size of most donors", qualifier="less than")
d.F("1944", 1944, "year", "year Rennie died")
d.F("64", 64, "years", "Rennie's age at death")
d.F("two years", 2, "years", "time since the Edinburgh retrospective", note="'two years ago'; 'ago' excluded from the surface.")
d.F("58,000", 58000, "count", "visitors to the Edinburgh retrospective")
d.F("2023", 2023, "year", "year of Rennie's auction record")
d.F("£410,000", 410000, "GBP", "Rennie's auction record")
d.F("March", "2026-03", "date", "month of the sale handled by Pelham & Rook", ctx="the March sale", **INF)
d.F("5 December", "2026-12-05", "date", "date the painting goes on display", **INF)
d.F("412,000", 412000, "count", "visitors to the Kelvinhaugh last year")
d.F("about 40,000", 40000, "count", "expected visitors in the first month", qualifier="about")

d.NF("7", ctx="Gallery 7", reason="Numeral inside a room name.")
d.NF("first", ctx="the first month", reason="Ordinary ordinal ('the first month').")

d.RT("last year", resolved="2025")

d.P("Kelvinhaugh Gallery", "ORG", None, "The Kelvinhaugh Gallery in Glasgow has bought", ["actor"])
d.P("Isobel Rennie", "PERSON", "the Scottish colourist", "a painting by the Scottish colourist Isobel Rennie",
    ["actor"], aliases=["Rennie"], note="The painter (died 1944); included because the story turns on her work.")
d.P("UK government", "ORG", None, "the UK government placed a temporary export bar", ["actor"])
d.P("Alasdair Gow", "PERSON", "The gallery’s director", "The gallery’s director, Dr Alasdair Gow, said", ["quoted"])
d.P("Caledonian Heritage Fund", "ORG", None, "came from the Caledonian Heritage Fund", ["actor"])
d.P("Friends of Scottish Painting", "ORG", "a charity", "The Friends of Scottish Painting, a charity, gave", ["actor"])
d.P("Glasgow City Council", "ORG", None, "Glasgow City Council added", ["actor"])
d.P("Morag Lindsay", "PERSON", "chairs the Friends", "Morag Lindsay, who chairs the Friends, said", ["quoted"])
d.P("Pelham & Rook", "ORG", "The auction house that handled the March sale", "Pelham & Rook, described the outcome",
    ["quoted"])
d.P("Duncan Farquhar", "PERSON", "the critic", "the critic Duncan Farquhar called", ["quoted"])

d.M("Royal Glasgow Institute", "ORG", "Venue of the 1931 exhibition (background).")
d.M("Northern Review Media", "ORG", "Publisher, boilerplate only.")
d.M("Kirkcudbright", "GPE", "Place painted.")
d.M("Connecticut", "GPE", "Inside a quote.")
d.M("Edinburgh", "GPE", "Venue of the retrospective.")
d.M("Dundee", "GPE", "Background.")
d.M("United States", "GPE", "Home of the private collector.")
d.M("London", "GPE", "Auction location.")

d.write()
