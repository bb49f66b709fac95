import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx05_liffey_harbour_cup_final")
d.B("DUBLIN —", "dateline", partial=True)

S = dict(marks="straight")
KEA = dict(aliases=["Liffey Harbour manager Siobhán Kearney"], role="Liffey Harbour manager")
d.Q("Cian Moriarty", "I just closed my eyes and hit it,", aliases=["Moriarty"], role="Teenage substitute", **S,
    cue="Moriarty said")
d.Q("Siobhán Kearney", "unbelievable heart.", **KEA, **S, syntax="phrase", cue="said her players had shown",
    note="2-word phrase -> fragment (US-style period inside the marks).")
d.Q("Siobhán Kearney", "At 2-0 down, nobody in this stadium gave us a chance, and I'm not sure I did either,", **KEA, **S,
    cue="she said", note="'she' = Kearney (paragraph before).")
d.Q("Enda Gallagher", "It's never a penalty, not in a million years,", aliases=["Gallagher", "Rovers manager Enda Gallagher"],
    role="Rovers manager", **S, cue="Gallagher said")
d.Q("Irish Football Officials Association", "perfectly positioned", stype="ORG", aliases=["IFOA"], **S, syntax="phrase",
    cue="A spokesman for the Irish Football Officials Association (IFOA) said referee Martin Deasy had been",
    note="Unnamed spokesman: the quote goes to the organisation. Fragment.")
d.Q("Dara Costigan", "We had it and we gave it away,", aliases=["Costigan", "the Rovers captain"], role="captain", **S,
    cue="the Rovers captain said", note="Role-only person attribution ('the Rovers captain' = Costigan).")
d.Q("Ger Halloran", "the best final I've seen in twenty years,", role="Former Ireland international", **S,
    syntax="phrase", cue="called it", note="8-word phrase -> full.")
d.Q("a Liffey Harbour supporter waving a flag outside the ground", "We waited seventeen years for this, we can wait a bit longer for the bus!",
    stype="ANONYMOUS", **S, cue="a Liffey Harbour supporter waving a flag outside the ground shouted,",
    note="Unnamed fan: ANONYMOUS speaker.")
d.Q("Declan Ruane", "This club was nearly gone,", aliases=["Liffey Harbour chairman Declan Ruane"],
    role="Liffey Harbour chairman", **S, cue="he said")

d.F("3-2", "3-2", "score", "final score (headline)", ctx="Rovers 3-2 after extra time to win")
d.F("112th", 112, "ordinal", "minute of Moriarty's winning goal")
d.F("3-2", "3-2", "score", "final score", ctx="Rovers 3-2 after extra time in", note="Winner's score first.")
d.F("2009", 2009, "year", "Liffey Harbour's last trophy")
d.F("9,640", 9640, "count", "attendance at the Rosbeg Stadium")
d.F("2-0", "2-0", "score", "Rovers' lead", ctx="lead 2-0")
d.F("three minutes", 3, "minutes", "time left in normal time when Adeyinka scored")
d.F("17", 17, "years", "age of Cian Moriarty")
d.F("less than 10 minutes", 10, "minutes", "time Moriarty had been on the pitch", qualifier="less than")
d.F("2-0", "2-0", "score", "deficit Liffey Harbour overcame (in a quote)", ctx="At 2-0 down")
d.F("40 yards", 40, "yards", "distance of the referee from the incident")
d.F("19 goals", 19, "goals", "Costigan's goals this season")
d.F("€150,000", 150000, "EUR", "prize money for the winners")
d.F("twenty years", 20, "years", "period of Halloran's comparison (in a quote)")
d.F("seventeen years", 17, "years", "wait for the trophy (fan, in a quote)")

d.NF("three", ctx="a back three", reason="Formation ('a back three').")
d.NF("million", ctx="not in a million years", reason="Idiom inside a quote ('not in a million years').")

d.RT("on Sunday", resolved=None)
d.RT("last spring", resolved=None)
d.RT("this season", resolved=None)
d.RT("on Tuesday evening", resolved=None)

d.P("Cian Moriarty", "PERSON", "Teenage substitute", "Teenage substitute Cian Moriarty scored", ["actor", "quoted"],
    aliases=["Moriarty"])
d.P("Liffey Harbour FC", "ORG", None, "Liffey Harbour FC beat Kilnamona Rovers 3-2", ["actor"],
    aliases=["Liffey Harbour"])
d.P("Kilnamona Rovers", "ORG", None, "Liffey Harbour FC beat Kilnamona Rovers 3-2", ["actor"], aliases=["Rovers"])
d.P("Dara Costigan", "PERSON", "captain", "through goals from captain Dara Costigan and Niall Brophy", ["actor", "quoted"],
    aliases=["Costigan"])
d.P("Niall Brophy", "PERSON", None, "through goals from captain Dara Costigan and Niall Brophy", ["actor"],
    aliases=["Brophy"])
d.P("Tomás Egan", "PERSON", None, "a penalty from Tomás Egan", ["actor"], aliases=["Egan"])
d.P("Femi Adeyinka", "PERSON", None, "a header by Femi Adeyinka", ["actor"])
d.P("Pádraig Nolan", "PERSON", "goalkeeper", "past goalkeeper Pádraig Nolan", ["actor"])
d.P("Siobhán Kearney", "PERSON", "Liffey Harbour manager", "Liffey Harbour manager Siobhán Kearney, who took over",
    ["quoted"])
d.P("Enda Gallagher", "PERSON", "Rovers manager", "Rovers manager Enda Gallagher was furious", ["quoted", "cited"],
    aliases=["Gallagher"])
d.P("Luke Brannigan", "PERSON", "defender", "a challenge from defender Luke Brannigan", ["actor"])
d.P("Irish Football Officials Association", "ORG", None, "A spokesman for the Irish Football Officials Association (IFOA)",
    ["quoted", "cited"], aliases=["IFOA"])
d.P("Martin Deasy", "PERSON", "referee", "said referee Martin Deasy had been", ["actor"])
d.P("National Football Federation of Ireland", "ORG", None, "The National Football Federation of Ireland (NFFI) said",
    ["cited"], aliases=["NFFI"])
d.P("Ger Halloran", "PERSON", "Former Ireland international", "Former Ireland international Ger Halloran, working as a pundit",
    ["quoted"], note="Working as a pundit for RTN Sport.")
d.P("RTN Sport", "ORG", None, "working as a pundit for RTN Sport", ["actor"], note="Broadcaster.")
d.P("Declan Ruane", "PERSON", "Liffey Harbour chairman", "Liffey Harbour chairman Declan Ruane said", ["quoted", "cited"])
d.M("National Challenge Cup", "EVENT", "The competition.")
d.M("Rosbeg Stadium", "FAC", "Venue.")
d.M("DUBLIN", "GPE", "Dateline.")
d.M("Ireland", "GPE", "In Halloran's role.")
d.M("Liberties", "LOC", "Dublin district.")
d.write()
