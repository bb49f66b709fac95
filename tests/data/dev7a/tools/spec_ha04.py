import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ha04_ottawa_university_lab_images")

S = dict(marks="straight")
SHE = dict(aliases=["Shergill", "Dr. Anita Shergill"], role="the university's interim president")
d.Q("Anita Shergill", "The findings are serious, they are specific and they are well documented,", **SHE, **S,
    cue="said Dr. Anita Shergill")
d.Q("Anita Shergill", "We owe the public and our own researchers a full accounting.", **SHE, **S,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("research integrity committee", "inconsistent with honest error,", stype="ORG", aliases=["the committee"], **S,
    syntax="phrase", cue="the committee wrote in its report",
    note="Owned form only: 'The university's research integrity committee'.")
d.Q("Anita Shergill", "We are looking at everything with his name on it since 2014. That is 74 papers.", **SHE, **S,
    cue="Asked whether other papers could be affected, Shergill said:", note="Question-and-answer; colon-introduced.")
d.Q("Daniel Okoro", "had no hand in preparing the figures", aliases=["Okoro"], role="Leclair's lawyer", **S,
    syntax="phrase", cue="In a letter to the university's board of governors, ... Daniel Okoro, wrote that his client",
    note="Letter; 7-word verb phrase -> full by the length rule.")
d.Q("Ravi Menon", "Punishment first and process second is not how a university should work,",
    aliases=["Menon", "Prof. Ravi Menon"],
    role="president of the Rideau Valley University Faculty Association (RVUFA)", **S, cue="he said",
    note="Pronoun speaker after two men are named ('Okoro and Prof. Ravi Menon ... both criticized'); 'he' = Menon, "
         "the subject of the sentence before.")
d.Q("Yuki Tanaka", "I was told to keep my head down and think about my career.", aliases=["Tanaka", "Dr. Yuki Tanaka"],
    role="a former postdoctoral fellow in the lab", **S, cue="That is how Dr. Yuki Tanaka ... described the response",
    note="Quote attributed in the following sentence.")
d.Q("Canadian Institutes of Health Research", "review all funding", stype="ORG", aliases=["CIHR", "The agency"], **S,
    syntax="phrase", cue="CIHR said in a statement that it ... would")
d.Q("Lumenex Therapeutics Inc.", "does not rely on any of the papers in question.", stype="ORG",
    aliases=["The company"], **S, syntax="phrase", cue="The company said its lead compound",
    note="9-word verb phrase -> full by the length rule; US-style period inside the marks.")
d.Q("Marie-Claude Bastien", "Canadians pay for this research and deserve to know it is real.",
    aliases=["Sen. Marie-Claude Bastien"], role="Sen., who sits on the Senate's social affairs committee", **S,
    syntax="clause", cue="posted on X that", note="Social-media post.")

d.F("11", 11, "count", "papers with manipulated images (headline)", ctx="in 11 papers")
d.F("11", 11, "count", "papers with manipulated images", ctx="in 11 published")
d.F("58", 58, "years", "age of Martin Leclair")
d.F("2014", 2014, "year", "since when Leclair has led the institute", ctx="since 2014, denies")
d.F("between 2016 and 2024", [2016, 2024], "year", "years the papers were published")
d.F("more than $4.6 million", 4600000, "CAD", "CIHR grants the papers helped secure", qualifier="more than")
d.F("38", 38, "count", "images duplicated, rotated or spliced")
d.F("2014", 2014, "year", "start of the wider review (Shergill)", ctx="since 2014. That")
d.F("74", 74, "count", "papers with Leclair's name since 2014 (Shergill)")
d.F("30 days", 30, "days", "deadline for the association's grievance")
d.F("two", 2, "count", "senior colleagues Tanaka raised concerns with", ctx="with two senior")
d.F("2021", 2021, "year", "when Tanaka first raised concerns")
d.F("five years", 5, "years", "time it took to act on Tanaka's concerns")
d.F("two", 2, "count", "CIHR grants frozen", ctx="frozen two active")
d.F("$1.3 million", 1300000, "CAD", "value of the frozen grants")
d.F("four", 4, "count", "papers published by the Annals of Cell Signalling", ctx="published four of")
d.F("two", 2, "count", "papers retracted by the journal", ctx="retracted two")
d.F("2019", 2019, "year", "when Leclair co-founded Lumenex")
d.F("23%", 23, "percent", "fall in Lumenex shares")
d.F("$1.84", 1.84, "CAD", "Lumenex share price")
d.F("60 days", 60, "days", "deadline for the university's report to the ministry")
d.F("about 140", 140, "count", "people the institute employs", qualifier="about")

d.NF("first", ctx="Punishment first", reason="Ordering idiom inside a quote.")
d.NF("second", ctx="process second", reason="Ordering idiom inside a quote.")
d.NF("first", ctx="she first raised", reason="Adverb ('first raised').")
d.NF("6", ctx="Capital 6 News", reason="Part of a broadcaster's name.")

d.RT("Tuesday", ctx="confirmed Tuesday", resolved=None)
d.RT("on Tuesday", ctx="$1.84 on Tuesday", resolved=None)

d.P("Rideau Valley University", "ORG", None, "Rideau Valley University has suspended", ["actor", "cited"],
    note="Later 'the university'.")
d.P("Martin Leclair", "PERSON", "the director of its cancer research institute", "Dr. Martin Leclair, 58, who has led",
    ["actor", "cited"], aliases=["Leclair"], note="Denies wrongdoing; not quoted directly.")
d.P("Canadian Institutes of Health Research", "ORG", None, "grants from the Canadian Institutes of Health Research (CIHR)",
    ["actor", "quoted"], aliases=["CIHR"], note="Later 'The agency said'.")
d.P("Anita Shergill", "PERSON", "the university's interim president", "said Dr. Anita Shergill", ["quoted"],
    aliases=["Shergill"])
d.P("research integrity committee", "ORG", None, "The university's research integrity committee, which included",
    ["actor", "quoted"], note="Owned form only; later 'the committee wrote'.")
d.P("Daniel Okoro", "PERSON", "Leclair's lawyer", "Leclair's lawyer, Daniel Okoro, wrote", ["quoted", "actor"],
    aliases=["Okoro"])
d.P("Ravi Menon", "PERSON", "president of the Rideau Valley University Faculty Association (RVUFA)",
    "Okoro and Prof. Ravi Menon, president of", ["quoted", "actor", "cited"], aliases=["Menon"])
d.P("Rideau Valley University Faculty Association", "ORG", None,
    "Menon said the association would file a grievance", ["actor"], aliases=["RVUFA"],
    note="Named in Menon's role, and acts ('the association would file a grievance').")
d.P("Yuki Tanaka", "PERSON", "a former postdoctoral fellow in the lab", "That is how Dr. Yuki Tanaka", ["quoted", "cited"],
    aliases=["Tanaka"])
d.P("Capital 6 News", "ORG", None, "told Capital 6 News she felt vindicated", ["actor"],
    note="Broadcaster Tanaka spoke to (dev3 broadcaster convention).")
d.P("Annals of Cell Signalling", "ORG", None, "The Annals of Cell Signalling, which published four", ["actor"],
    note="Journal; retracted two papers.")
d.P("Lumenex Therapeutics Inc.", "ORG", "an Ottawa biotech", "Shares of Lumenex Therapeutics Inc., an Ottawa biotech",
    ["actor", "quoted"], note="Later 'The company'.")
d.P("Marie-Claude Bastien", "PERSON", "Sen., who sits on the Senate's social affairs committee",
    "Sen. Marie-Claude Bastien, who sits on", ["quoted"])
d.P("Ministry of Colleges and Universities", "ORG", None, "Ontario's Ministry of Colleges and Universities said",
    ["actor", "cited"])
d.P("Ottawa Police Service", "ORG", None, "The Ottawa Police Service said", ["cited"])
d.P("Helen Fraser", "PERSON", "Its deputy director, now acting director", "Its deputy director, Dr. Helen Fraser",
    ["actor"], note="'Its' = the institute; 'has taken over as acting director'.")
d.M("Rideau Cancer Research Institute", "ORG", "Leclair's institute (in his role; background).")
d.M("board of governors", "ORG", "The university's board; addressee of Okoro's letter (object only).")
d.M("Secretariat on Responsible Conduct of Research", "ORG", "Case referred to it (object only).")
d.M("Senate", "ORG", "Only in Bastien's role ('the Senate's social affairs committee').")
d.M("Ottawa", "GPE", "Location.")
d.M("Ontario", "GPE", "Background.")
d.M("Montreal", "GPE", "Location.")
d.write()
