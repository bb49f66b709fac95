from goldlib import Doc
d = Doc("h10_markdown_rural_buses", "Last bus from Pentre Isaf: the valley villages losing their only link to town")
B = d.B; Q = d.Q; F = d.F; NF = d.NF; P = d.P; M = d.M; RT = d.RT; OQ = d.OQ

B("By Carys Pritchard, Wales Correspondent", "byline")
B("Published 3 March 2025", "dateline (publication date)")
B("Share this article", "share widget")
B("Advertisement", "advertisement slot", occ=1)
B("A single-decker bus at the stop in Pentre Isaf", "photo caption")
B("Getty Images", "photo credit")
B("Sign up for our newsletter", "newsletter prompt")
B("Advertisement", "advertisement slot", occ=2)
B("Most read", "sidebar: most read")
B("1. Five things to do in Cardiff this weekend", "sidebar: most-read link")
B("2. Rugby: 23-man squad named for spring tour", "sidebar: most-read link")
B("3. House prices in Wales rise for 6th month in a row", "sidebar: most-read link")
B("© 2025 Example News", "copyright notice")

MR = dict(aliases=[], role=None)
Q("Megan Rees", "Twice a day is all we had", "## 'Twice a day is all we had'", **MR, marks="single", attribution="implicit",
  cue="Section heading quoting Megan Rees; the same words are attributed to her in the next paragraph ('she says').",
  note="Pull-quote sub-heading (content, not boilerplate).")
GL = dict(aliases=[], role="Cambrian Link's managing director")
Q("Gareth Lloyd", "We are not the villains here,", **GL, marks="straight", cue="said Gareth Lloyd, Cambrian Link's managing director")
Q("Gareth Lloyd", "We ran that route at a loss for three years before we said anything.", **GL, marks="straight",
  attribution="implicit", cue="(continuation after the attributed quote)")
Q("Megan Rees", "Twice a day is all we had, and now it's nothing,", **MR, marks="straight", cue="she says")
Q("Megan Rees", "My doctor is 14 miles away. I don't drive. What am I supposed to do?", **MR, marks="straight",
  attribution="implicit", cue="(continuation after the attributed quote)")
Q("Rhodri Evans", "impossible choices", aliases=[], role="Council leader", syntax="phrase", marks="straight",
  cue="Council leader Rhodri Evans said the authority faced ... and had to make")
Q("Welsh Government", "aware of the pressures on rural routes", aliases=["A Welsh Government spokesperson"], stype="ORG",
  syntax="phrase", marks="straight", cue="A Welsh Government spokesperson said ministers were",
  note="Unnamed spokesperson speaking for a named organisation: speaker is the organisation (as 'China's Foreign Ministry' in the dev gold).")
Q("Megan Rees", "I've got three weeks,", **MR, marks="straight", cue="she says", note="First half of a split quotation.")
Q("Megan Rees", "to work out how I'm going to live.", **MR, marks="straight", syntax="clause", cue="she says",
  note="Second half of the split quotation.")
OQ("a minibus and a prayer", attributed_to="Campaigners", attribution="vague-collective", marks="straight",
   reason="Attributed only to unnamed campaigners.")

F("hundreds", None, "count", "people who will be left without a way to reach jobs, shops and hospital", vague=True,
  qualifier="hundreds of (unspecified)")
F("28 March", "2025-03-28", "date", "date the last 42 bus runs", value_inferred=True, note="Year from the publication date (3 March 2025).")
F("1987", 1987, "year", "year since which the 42 service has run")
F("40%", 40, "percent", "fall in passenger numbers since 2019")
F("2019", 2019, "year", "baseline year for the 40% fall in passengers")
F("£186,000", 186000, "GBP", "current annual council subsidy for the route", note="a year")
F("three years", 3, "years", "how long Cambrian Link ran the route at a loss", ctx="at a loss for three years")
F("Twice", 2, "count", "daily buses Megan Rees had (sub-heading)", ctx="## 'Twice", note="per day")
F("81-year-old", 81, "years", "age of Megan Rees")
F("10:15", "10:15", "time", "departure time of the bus Megan Rees waits for")
F("Twice", 2, "count", "daily buses Megan Rees had", ctx='"Twice a day is all we had, and', note="per day")
F("14 miles", 14, "miles", "distance to Megan Rees's doctor")
F("About 1,300", 1300, "count", "people living in the five villages the route serves", qualifier="about")
F("five", 5, "count", "villages the route serves", ctx="in the five villages")
F("roughly one household in four", 0.25, "fraction", "share of households with no car", qualifier="roughly")
F("£9.2m", 9200000, "GBP", "gap in the council's budget next year")
F("April", "2025-04", "date", "when the demand-responsive minibus will replace part of the route", ctx="route from April",
  value_inferred=True, note="Year from the publication date.")
F("more than 2,600", 2600, "count", "signatures on the Tawel Valley Transport Group petition", qualifier="more than")
F("£25m", 25000000, "GBP", "Welsh Government fund for bus services")
F("January", "2025-01", "date", "when the £25m bus fund was announced", ctx="announced in January", value_inferred=True,
  note="Year from the publication date.")
F("18 March", "2025-03-18", "date", "council cabinet meeting to approve the minibus contract", value_inferred=True,
  note="Year from the publication date.")
F("£640,000", 640000, "GBP", "value of the minibus contract")
F("three years", 3, "years", "length of the minibus contract", ctx="£640,000 over three years")
F("three weeks", 3, "weeks", "time Megan Rees has left before the service ends")

NF("3 March 2025", reason="Publication date line (boilerplate).")
NF("42", "the 42 service", reason="Bus route number (a name).")
NF("42", "last 42 bus", reason="Bus route number (a name).")
NF("23-man", reason="Inside a most-read link (boilerplate).")
NF("6th", reason="Inside a most-read link (boilerplate).")
NF("2025", "© 2025", reason="Copyright line (boilerplate).")

RT("next year's", resolved="2025/2026 financial year", note="Council budget year following March 2025.")

P("Cambrian Link Buses", "ORG", None, "Cambrian Link Buses, which operates the route", ["actor", "cited"], aliases=["Cambrian Link"])
P("Mid Valley Council", "ORG", None, "subsidy it receives from Mid Valley Council", ["actor", "cited"],
  note="Also 'The council', 'the authority'.")
P("Gareth Lloyd", "PERSON", "Cambrian Link's managing director", "said Gareth Lloyd", ["quoted"])
P("Megan Rees", "PERSON", None, "81-year-old Megan Rees waits", ["quoted"])
P("Rhodri Evans", "PERSON", "Council leader", "Council leader Rhodri Evans said", ["quoted", "cited"])
P("Tawel Valley Transport Group", "ORG", None, "The Tawel Valley Transport Group has collected", ["actor"])
P("Welsh Government", "ORG", None, "A Welsh Government spokesperson said", ["quoted", "cited", "actor"])

M("Carys Pritchard", "PERSON", "Author (byline).")
M("Pentre Isaf", "GPE", "Village.")
M("Llandeilo", "GPE", "Destination of the bus.")
M("Tawel valley", "GPE", "Area.")
M("Getty Images", "ORG", "Photo credit (boilerplate).")
M("Example News", "ORG", "Publisher (copyright line).")
M("Cardiff", "GPE", "Only in boilerplate.")
M("Wales", "GPE", "Byline / boilerplate.")
d.NQ("Save the 42", marks="straight", reason="Name of the petition/campaign.")
NF("Save the 42", reason="Route number inside the petition's name.")
d.write()
