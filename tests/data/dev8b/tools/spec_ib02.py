import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ib02_pennsylvania_school_funding_suit")

S = dict(marks="straight")
BAR = dict(aliases=["Barrett", "Rep. Owen Barrett"], role="Rep., D-Scranton")
HOL = dict(role="a 34-year-old nurse whose two children attend Tuscarora Ridge schools")
d.Q("Angela Ruiz", "Our kids are not asking for a swimming pool. They are asking for a chemistry teacher,",
    role="superintendent of the Tuscarora Ridge district", **S,
    cue="said Angela Ruiz, superintendent of the Tuscarora Ridge district")
d.Q("Marcus Bell", "The court told the legislature to fix it. The legislature bought a smaller wrench,",
    aliases=["Bell"], role="The project's legal director", **S, cue="Bell said")
d.Q("Pennsylvania Department of Education", "followed the formula the General Assembly enacted", stype="ORG",
    aliases=["Department of Education"], **S, syntax="phrase",
    cue="The Department of Education said in a statement that it", note="Organisation quote; 7-word verb phrase -> full by the length rule.")
d.Q("Ellen Marsh", "I share their frustration. I don't share their view that a courtroom is where this gets solved.",
    aliases=["Marsh", "Gov. Ellen Marsh"], role="Gov.", **S, cue="Asked about the suit at an event in Erie, Marsh said:",
    note="Colon-introduced quote after a question.")
d.Q("Dale Kinsey", "Money has gone out the door every single year,", aliases=["Kinsey", "Sen. Dale Kinsey"],
    role="Sen., R-Bedford, who chairs the Senate Education Committee", **S, cue="he said",
    note="'he' = Kinsey, the subject of the sentence before ('argued that').")
d.Q("Owen Barrett", "hiding behind averages.", **BAR, **S, syntax="phrase", cue="Barrett accused Republicans of",
    note="Scare-quoted fragment, period inside.")
d.Q("Owen Barrett", "Ask any superintendent in this county what an average buys,", **BAR, **S, cue="he added",
    note="Pronoun trap: Kinsey and Barrett are both named in the paragraph; 'he' = Barrett, the subject of the two "
         "sentences before.")
d.Q("Keystone Educators Union", "Teachers in these districts are buying their own paper,", stype="ORG",
    aliases=["KEU", "the union"], **S, cue="the union said", note="Role-only organisation attribution.")
d.Q("Jenna Hollis", "My son's physics class has 31 students and one textbook for every two of them.", **HOL, **S,
    open_end=True, cue="read a prepared statement outside the court:",
    note="Colon-introduced multi-paragraph statement, first paragraph (no closing mark).")
d.Q("Jenna Hollis", "I am not asking for anything my neighbors in the suburbs don't already have.", **HOL, **S,
    attribution="implicit", cue="(second paragraph of the statement)")
d.Q("Frank Ostrowski", "Nobody on either side should pretend this is a surprise,",
    aliases=["Pennsylvania School Boards Council president Frank Ostrowski"],
    role="Pennsylvania School Boards Council president", **S, cue="he said")

d.F("$1.3 billion", 1300000000, "USD", "school funding gap (headline)", ctx="over $1.3 billion")
d.F("Eleven", 11, "count", "rural school districts suing")
d.F("about $1.3 billion", 1300000000, "USD", "yearly funding shortfall of poorer districts", qualifier="about",
    note="Per year.")
d.F("about 6,500", 6500, "count", "members of Parents for Fair Schools", qualifier="about")
d.F("14", 14, "count", "teaching jobs cut by Tuscarora Ridge", ctx="cut 14 teaching")
d.F("2022", 2022, "year", "start of the teaching job cuts")
d.F("2023", 2023, "year", "ruling that found the old system unconstitutional")
d.F("fifth", 0.2, "fraction", "poorest share of districts", ctx="poorest fifth")
d.F("about $14,200", 14200, "USD", "spending per student in the poorest fifth", qualifier="about",
    note="Per student.")
d.F("$23,900", 23900, "USD", "spending per student in the wealthiest fifth", note="Per student.")
d.F("fifth", 0.2, "fraction", "wealthiest share of districts", ctx="wealthiest fifth")
d.F("38%", 38, "percent", "students in plaintiff districts proficient in math")
d.F("9%", 9, "percent", "funding increase for the districts (Kinsey)")
d.F("two", 2, "count", "budgets over which the increase came", ctx="over two budgets")
d.F("$8.4 billion", 8400000000, "USD", "basic education budget")
d.F("44th", 44, "ordinal", "Pennsylvania's rank in the state share of school funding")
d.F("about 52,000", 52000, "count", "teachers the KEU represents", qualifier="about")
d.F("34-year-old", 34, "years", "age of Jenna Hollis")
d.F("two", 2, "count", "Hollis's children at Tuscarora Ridge schools", ctx="whose two children")
d.F("31", 31, "count", "students in her son's physics class (in a quote)")
d.F("two", 2, "count", "students per textbook (in a quote)", ctx="every two of them")
d.F("30 days", 30, "days", "deadline for the school boards' friend-of-the-court brief")
d.F("July 1, 2027", "2027-07-01", "date", "deadline for a new formula sought by the districts")
d.F("first", 1, "ordinal", "first court hearing", ctx="A first hearing")
d.F("Jan. 12", "2027-01-12", "date", "first hearing", value_inferred=True,
    note="Year not written; the next Jan. 12 after the filing (2026 story). Unsure.")

d.NF("one", ctx="and one textbook", reason="'one textbook for every two' (rate), as dev6b's 'one counselor for every'.")

d.RT("on Monday", resolved=None)
d.RT("last year", resolved="2025")
d.RT("last week", resolved=None)
d.RT("every single year", resolved=None, note="Inside a quote.")

d.P("Pennsylvania Department of Education", "ORG", None, "the Pennsylvania Department of Education and the leaders",
    ["actor", "quoted"], aliases=["Department of Education"], note="Defendant.")
d.P("Commonwealth Court", "ORG", None, "The lawsuit, filed in Commonwealth Court in Harrisburg", ["actor"],
    note="Court hearing the case ('A first hearing is set', 'asking the court to order'). Unsure.")
d.P("Ellen Marsh", "PERSON", "Gov.", "names Gov. Ellen Marsh", ["actor", "quoted"], aliases=["Marsh"])
d.P("General Assembly", "ORG", None, "the leaders of the General Assembly as defendants", ["actor"],
    note="Defendant; later 'the legislature'.")
d.P("Tuscarora Ridge School District", "ORG", None, "The districts are led by Tuscarora Ridge School District",
    ["actor"], aliases=["Tuscarora Ridge"])
d.P("Parents for Fair Schools", "ORG", None, "joined by Parents for Fair Schools", ["actor"])
d.P("Angela Ruiz", "PERSON", "superintendent of the Tuscarora Ridge district", "said Angela Ruiz", ["quoted"])
d.P("Keystone Justice Project", "ORG", "a Pittsburgh nonprofit", "represented by the Keystone Justice Project",
    ["actor"], note="Later 'the project'.")
d.P("Beaumont Riggs LLP", "ORG", "law firm", "the law firm Beaumont Riggs LLP", ["actor"])
d.P("Marcus Bell", "PERSON", "The project's legal director", "The project's legal director, Marcus Bell, told reporters",
    ["quoted", "cited"], aliases=["Bell"])
d.P("Allegheny Policy Institute", "ORG", None, "a report for the project by the Allegheny Policy Institute", ["cited"],
    note="Later 'The institute found'.")
d.P("Dale Kinsey", "PERSON", "Sen., R-Bedford, who chairs the Senate Education Committee", "Sen. Dale Kinsey, R-Bedford",
    ["quoted", "cited", "actor"], aliases=["Kinsey"])
d.P("Owen Barrett", "PERSON", "Rep., D-Scranton", "Kinsey and Rep. Owen Barrett, D-Scranton, sparred",
    ["quoted", "cited", "actor"], aliases=["Barrett"])
d.P("Keystone Educators Union", "ORG", None, "The Keystone Educators Union (KEU), which represents", ["actor", "quoted"],
    aliases=["KEU"], note="Later 'the union'.")
d.P("Jenna Hollis", "PERSON", "a 34-year-old nurse whose two children attend Tuscarora Ridge schools",
    "Jenna Hollis, a 34-year-old nurse", ["quoted"])
d.P("Pennsylvania School Boards Council", "ORG", None, "said his group would file a friend-of-the-court brief",
    ["actor"], note="'his group would file a friend-of-the-court brief'.")
d.P("Frank Ostrowski", "PERSON", "Pennsylvania School Boards Council president",
    "Pennsylvania School Boards Council president Frank Ostrowski said", ["quoted", "cited"])
d.M("Senate Education Committee", "ORG", "Only in Kinsey's role.")
d.M("Republicans", "ORG", "Party members who control the state Senate (background).")
d.M("Pennsylvania", "GPE", "Sued by name ('sued Pennsylvania'); the defendants are its officials and bodies.")
d.M("Harrisburg", "GPE", "Location.")
d.M("Juniata County", "GPE", "Location.")
d.M("Pittsburgh", "GPE", "Location.")
d.M("Erie", "GPE", "Location.")
d.write()
