import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gb03_toledo_school_safety_vote")

S = dict(marks="straight")
MOR = dict(role="president of the Maumee Valley Federation of Teachers (MVFT)")
d.Q("Renee Castellano", "I never want to make another phone call like the ones we made on Oct. 14,",
    aliases=["Superintendent Renee Castellano"], role="Superintendent", **S, cue="told the board")
d.Q("Marcus Whitfield", "Six minutes is good. With an officer already in the hallway, it would have been zero,",
    aliases=["Whitfield", "Police Chief Marcus Whitfield"], role="Police Chief", **S, cue="Whitfield said")
d.Q("Alicia Moreno", "Nobody in this district wants another morning like that one. But armed officers in hallways are not "
    "a counseling plan, and cameras do not notice when a kid stops eating lunch.", **MOR, **S, open_end=True,
    cue="Alicia Moreno, president of ..., said:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark. Colon-introduced.")
d.Q("Alicia Moreno", "We asked for eight more counselors. We got a press release about locks.", **MOR, **S,
    layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph (reopened, closed).")
d.Q("Dave Kozlowski", "wall-to-wall overtime", role="president of the Toledo Police Officers Guild", **S,
    syntax="phrase", cue="said members had been working")
d.Q("Trina Oyelaran", "buying a feeling.", role="Board member", **S, syntax="phrase",
    cue="said the district was", note="Scare-quote fragment; US-style period inside the marks.")
d.Q("Gary Pruitt", "Parents told us they want to see someone at the door. We heard them,",
    aliases=["Board President Gary Pruitt"], role="Board President", **S, cue="he said")

d.F("$4.2 million", 4200000, "USD", "school safety plan (headline)", ctx="approves $4.2 million")
d.F("$4.2 million", 4200000, "USD", "school safety plan", ctx="spend $4.2 million")
d.F("12", 12, "count", "additional school resource officers")
d.F("three weeks", 3, "weeks", "time since the hoax lockdown")
d.F("nearly four hours", 4, "hours", "length of the Eastbrook lockdown", qualifier="nearly")
d.F("5", 5, "count", "board votes for the plan", ctx="passed 5-2", note="'5-2' vote, split into its two counts.")
d.F("2", 2, "count", "board votes against the plan", ctx="5-2 after")
d.F("11 p.m.", "23:00", "time", "time the meeting ran past")
d.F("about 150", 150, "count", "parents, students and teachers at the meeting", qualifier="about")
d.F("43", 43, "count", "people who signed up to speak")
d.F("Oct. 14", "2026-10-14", "date", "day of the hoax lockdown (Castellano)", ctx="made on Oct. 14",
    value_inferred=True, note="Year inferred: the story is about this school year (2023 survey is 'down from').")
d.F("about $19 million", 19000000, "USD", "district reserve fund", qualifier="about")
d.F("two-year", 2, "years", "length of the police agreement")
d.F("roughly $96,000", 96000, "USD", "cost per officer per year", qualifier="roughly")
d.F("first", 1, "ordinal", "call about the gunman", ctx="the first call")
d.F("9:47 a.m.", "09:47", "time", "when the first call came in")
d.F("six minutes", 6, "minutes", "police response time")
d.F("Six minutes", 6, "minutes", "police response time (Whitfield)")
d.F("zero", 0, "minutes", "response time with an officer on site (Whitfield)")
d.F("16-year-old", 16, "years", "age of the teenager charged")
d.F("22 years", 22, "years", "Moreno's years as an English teacher at Eastbrook")
d.F("eight", 8, "count", "extra counselors the union asked for")
d.F("410", 410, "count", "students per counselor in the district", note="'one counselor for every 410 students'.")
d.F("250", 250, "count", "recommended students per counselor")
d.F("about 560", 560, "count", "officers the guild represents", qualifier="about")
d.F("two", 2, "count", "board votes against", ctx="the two votes")
d.F("between Dec. 21 and Jan. 4", "2026-12-21/2027-01-04", "date", "installation window over the winter break",
    value_inferred=True)
d.F("17", 17, "count", "district buildings included")
d.F("Six", 6, "count", "students taken to hospital", ctx="Six students")
d.F("Oct. 14", "2026-10-14", "date", "day students were taken to hospital", ctx="on Oct. 14 with", value_inferred=True)
d.F("64%", 64, "percent", "parents who felt their children were safe last spring")
d.F("78%", 78, "percent", "parents who felt their children were safe in 2023")
d.F("2023", 2023, "year", "year of the 78% figure")
d.F("Dec. 8", "2026-12-08", "date", "next board meeting", value_inferred=True, note="A Tuesday in 2026.")

d.NF("one", ctx="like that one", reason="Pronoun ('that one'), inside a quote.")
d.NF("one", ctx="has one counselor", reason="Base of a rate ('one counselor for every 410 students').")
d.NF("one", ctx="one of the two", reason="Partitive ('one of the two votes against').")

d.RT("Monday night", resolved=None)
d.RT("last spring", resolved="2026-03/2026-05")
d.RT("the same day", resolved="2026-10-14")

d.P("Maumee Valley Unified School District", "ORG", None, "The Maumee Valley Unified School District board voted",
    ["actor"])
d.P("Renee Castellano", "PERSON", "Superintendent", "Superintendent Renee Castellano told the board", ["quoted", "cited"])
d.P("Toledo Police Department", "ORG", None, "The Toledo Police Department will supply", ["actor", "cited"],
    note="Also 'according to police'.")
d.P("Marcus Whitfield", "PERSON", "Police Chief", "Police Chief Marcus Whitfield said", ["quoted", "cited"],
    aliases=["Whitfield"])
d.P("Alicia Moreno", "PERSON", "president of the Maumee Valley Federation of Teachers (MVFT)", "Alicia Moreno, president",
    ["quoted"])
d.P("Maumee Valley Federation of Teachers", "ORG", None, "Maumee Valley Federation of Teachers (MVFT)",
    ["actor", "cited"], aliases=["MVFT"], note="'The teachers union opposed the plan'; 'the union said'.")
d.P("Ohio School Counselors Network", "ORG", None, "recommended by the Ohio School Counselors Network", ["cited"])
d.P("Toledo Police Officers Guild", "ORG", None, "president of the Toledo Police Officers Guild", ["actor"],
    note="'The officers' union backed the deal'; 'The guild represents'.")
d.P("Dave Kozlowski", "PERSON", "president of the Toledo Police Officers Guild", "Dave Kozlowski, president",
    ["quoted", "cited"])
d.P("Trina Oyelaran", "PERSON", "Board member", "Board member Trina Oyelaran", ["quoted", "actor"])
d.P("Gary Pruitt", "PERSON", "Board President", "Board President Gary Pruitt disagreed", ["quoted"])
d.P("Sentinel Campus Systems Inc.", "ORG", None, "Columbus-based Sentinel Campus Systems Inc.", ["actor"])
d.P("St. Brendan's Children's Hospital", "ORG", None, "Six students were taken to St. Brendan's", ["actor", "cited"],
    note="Treated students; 'a hospital spokesman said'.")
d.P("Ohio Parent Teacher Alliance", "ORG", None, "A survey by the Ohio Parent Teacher Alliance", ["cited"])
d.M("Eastbrook High School", "ORG", "School put on lockdown (place).")
d.M("Lucas County Juvenile Court", "ORG", "Court where the teenager was charged (background).")
d.M("Toledo", "GPE", "Location.")
d.M("Columbus", "GPE", "In 'Columbus-based'.")
d.write()
