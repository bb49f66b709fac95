import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("gb01_alberta_hospital_beds_nurses")
d.B("EDMONTON —", "dateline", partial=True)

S = dict(marks="straight")
KOW = dict(aliases=["Kowalchuk", "Alberta Premier Dana Kowalchuk", "The premier"], role="Alberta Premier")
LAC = dict(aliases=["Lacasse", "Finance Minister Owen Lacasse"], role="Finance Minister")
DEL = dict(role="the federation's president")
d.Q("Dana Kowalchuk", "We are not going to fix a decade of neglect in one budget, but we are going to start today,", **KOW,
    **S, cue="Kowalchuk told reporters")
d.Q("Owen Lacasse", "Every dollar of this is booked. Nothing here is a promise on a napkin,", **LAC, **S, cue="he said")
d.Q("Moira Delacroix", "Beds don't care for patients,", **DEL, **S, syntax="clause", cue="said Moira Delacroix",
    note="Split quote, first half.")
d.Q("Moira Delacroix", "nurses do, and we are losing them faster than you can build.", **DEL, **S, syntax="clause",
    cue="said Moira Delacroix", note="Split quote, second half.")
d.Q("Samira Haddad", "This government has discovered hospitals the week it needs headlines,",
    role="Opposition health critic", **S, cue="she said",
    note="Pronoun speaker after two people are named ('Samira Haddad and ... Greg Tollefson'); 'she' = Haddad.")
d.Q("Greg Tollefson", "recycled", aliases=["Tollefson", "Opposition Leader Greg Tollefson"], role="Opposition Leader",
    **S, syntax="phrase", cue="Tollefson called the plan", note="Scare-quote fragment.")
d.Q("Stoneview Construction Ltd.", "The contract was tendered openly and came in under the department's estimate,",
    stype="ORG", aliases=["Stoneview"], **S, cue="a Stoneview spokesperson said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Lena Fournier", "Alberta can afford this. What it cannot afford is another price slump,",
    role="deputy chief economist at Westmark Bank", **S, cue="said Lena Fournier")
d.Q("Owen Lacasse", "always open", **LAC, **S, syntax="phrase", cue="Lacasse ... said his door was")
d.Q("Dana Kowalchuk", "I will not negotiate through the media,", **KOW, **S, cue="Kowalchuk said")
d.Q("Dana Kowalchuk", "hurt the very patients nurses say they are fighting for.", **KOW, **S, syntax="phrase",
    cue="adding that a strike would", note="9-word verb phrase -> 'full' by the length rule.")

d.F("$1.8-billion", 1800000000, "CAD", "hospital plan (headline)", ctx="pledges $1.8-billion")
d.F("$1.8-billion", 1800000000, "CAD", "hospital plan", ctx="a $1.8-billion plan")
d.F("1,150", 1150, "count", "acute-care beds to be added")
d.F("four years", 4, "years", "period over which the beds are added")
d.F("March", "2026-03", "date", "month by whose end the nurses could strike", ctx="end of March", value_inferred=True,
    note="Year inferred from the 2026-27 budget context.")
d.F("a decade", 10, "years", "length of the neglect (Kowalchuk)")
d.F("14", 14, "count", "hospitals receiving money", ctx="across 14 hospitals")
d.F("about $420 million", 420000000, "CAD", "money for the Northgate surgical tower", qualifier="about")
d.F("300", 300, "count", "beds expected to open by September 2027")
d.F("September 2027", "2027-09", "date", "when the first 300 beds open")
d.F("$600 million", 600000000, "CAD", "drawn from a contingency fund")
d.F("2026-27", "2026/2027", "date", "fiscal year of the deficit forecast", note="Fiscal year, as dev5a's '2026/27'.")
d.F("$2.3 billion", 2300000000, "CAD", "deficit forecast for 2026-27")
d.F("about 31,000", 31000, "count", "nurses the ARNF represents", qualifier="about")
d.F("3%", 3, "percent", "yearly raise offered to nurses")
d.F("February", "2026-02", "date", "when ARNF members rejected the offer", value_inferred=True)
d.F("5.5%", 5.5, "percent", "yearly raise the nurses want")
d.F("three years", 3, "years", "period of the 5.5% raises")
d.F("six", 6, "count", "patient limit per nurse on medical wards")
d.F("54", 54, "years", "age of Moira Delacroix")
d.F("88%", 88, "percent", "members voting who backed strike action")
d.F("72 hours", 72, "hours", "notice before any walkout")
d.F("two days", 2, "days", "time between the announcement and the budget")
d.F("almost a third", 0.3333333333, "fraction", "growth in median ER waits since 2019 (CIPP)", qualifier="almost",
    note="A relative rise, stored as a fraction as in dev5a's 'a quarter'.")
d.F("2019", 2019, "year", "base year of the ER wait growth")
d.F("5.6 hours", 5.6, "hours", "median emergency-room wait in Calgary and Edmonton")
d.F("4.4%", 4.4, "percent", "Alberta population growth last year")
d.F("61%", 61, "percent", "Albertans naming health care as top priority (Northbridge poll)")
d.F("1,204", 1204, "count", "adults surveyed")
d.F("plus or minus 2.8 percentage points", 2.8, "percentage points", "poll margin of error", qualifier="plus or minus")
d.F("$365 million", 365000000, "CAD", "Stoneview construction contract")
d.F("US$68", 68, "USD", "WTI average price expected this year", note="Price per barrel.")
d.F("US$76", 76, "USD", "previous WTI price", note="Price per barrel.")
d.F("49", 49, "years", "age of the premier")
d.F("March 17", "2026-03-17", "date", "when Bhullar meets federation leaders", value_inferred=True,
    note="A Tuesday in 2026.")

d.NF("one", ctx="in one budget", reason="Idiom inside a quote ('in one budget').")

d.RT("on Tuesday", resolved=None)
d.RT("today", resolved=None, note="Inside a quote.")
d.RT("last year", resolved="2025")
d.RT("on Monday", resolved=None)
d.RT("this year", resolved="2026")

d.P("Dana Kowalchuk", "PERSON", "Alberta Premier", "Alberta Premier Dana Kowalchuk unveiled", ["quoted", "actor"],
    aliases=["Kowalchuk"], note="Later 'The premier'.")
d.P("Raj Bhullar", "PERSON", "Health Minister", "Health Minister Raj Bhullar said", ["cited", "actor"], aliases=["Bhullar"])
d.P("health ministry", "ORG", None, "The province's health ministry expects", ["cited"],
    note="Owned form only: 'The province's health ministry'.")
d.P("Owen Lacasse", "PERSON", "Finance Minister", "Finance Minister Owen Lacasse said", ["quoted", "cited"],
    aliases=["Lacasse"])
d.P("Alberta Registered Nurses Federation", "ORG", None, "The Alberta Registered Nurses Federation (ARNF)",
    ["actor", "cited"], aliases=["ARNF"], note="'The federation said in a statement'; the union threatening to strike.")
d.P("Moira Delacroix", "PERSON", "the federation's president", "said Moira Delacroix, 54", ["quoted"])
d.P("Samira Haddad", "PERSON", "Opposition health critic", "Opposition health critic Samira Haddad", ["quoted", "actor"])
d.P("Greg Tollefson", "PERSON", "Opposition Leader", "Opposition Leader Greg Tollefson both attacked", ["quoted", "actor"],
    aliases=["Tollefson"])
d.P("Chinook Institute for Public Policy", "ORG", "a Calgary think tank",
    "A report by the Chinook Institute for Public Policy (CIPP)", ["cited"], aliases=["CIPP"])
d.P("Statistics Canada", "ORG", None, "Statistics Canada data show", ["cited"])
d.P("Northbridge Research", "ORG", None, "In a poll by Northbridge Research", ["cited"])
d.P("Stoneview Construction Ltd.", "ORG", None, "Calgary-based Stoneview Construction Ltd.", ["actor", "quoted"],
    aliases=["Stoneview"])
d.P("Lena Fournier", "PERSON", "deputy chief economist at Westmark Bank", "said Lena Fournier, deputy chief economist",
    ["quoted", "cited"])
d.M("Westmark Bank", "ORG", "Only in Fournier's role.")
d.M("Northgate Regional Hospital", "ORG", "Site of the new tower (object only).")
d.M("West Texas Intermediate", "PRODUCT", "Crude benchmark.")
d.M("Alberta", "GPE", "Background; in the premier's title.")
d.M("Edmonton", "GPE", "Location.")
d.M("Calgary", "GPE", "Location.")
d.M("EDMONTON", "GPE", "Dateline.")
d.write()
