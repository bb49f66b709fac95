import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx01_oregon_wildfire_bill_veto")
d.B("SALEM, Ore. (AP) —", "dateline", partial=True)

S = dict(marks="straight")
VAL = dict(aliases=["Valdane", "Gov. Teresa Valdane", "Oregon Gov. Teresa Valdane"], role="Oregon Gov.")
OYE = dict(aliases=["Oyelaran", "Senate Majority Leader Marcus Oyelaran"], role="Senate Majority Leader, D-Portland")
d.Q("Teresa Valdane", "money the state does not have", **VAL, **S, syntax="phrase",
    cue="saying lawmakers had paid for it with", note="6-word phrase -> fragment.")
d.Q("Teresa Valdane", "This is not about politics,", **VAL, **S, syntax="clause",
    cue="Valdane said at a news conference in the Capitol", note="Split quote, first part.")
d.Q("Teresa Valdane", "it is about arithmetic.", **VAL, **S, syntax="clause",
    cue="Valdane said at a news conference in the Capitol", note="Split quote, second part.")
d.Q("Marcus Oyelaran", "The governor had months to tell us what she wanted, and she waited until the fire season started,",
    **OYE, **S, cue="Oyelaran said")
d.Q("Rosa Delgado-Finch", "If the override fails, we will be back here in January with the same fires and less time.",
    aliases=["Rep. Rosa Delgado-Finch"], role="Rep., D-Eugene, who wrote the bill and chairs the House wildfire committee",
    **S, cue="The warning came from Rep. Rosa Delgado-Finch (next paragraph)",
    note="Quote in its own paragraph, attributed by the next sentence.")
d.Q("Connie Arbuckle", "a tax dressed up as a safety plan.", aliases=["House Republican Leader Connie Arbuckle"],
    role="House Republican Leader, R-Medford", **S, syntax="phrase", cue="called it",
    note="8-word phrase -> full.")
d.Q("a man wearing a firefighters' union T-shirt", "Who is going to hold the fire line, governor?", stype="ANONYMOUS",
    **S, cue="a man wearing a firefighters' union T-shirt shouted,", note="Unnamed heckler: ANONYMOUS speaker.")
d.Q("Alana Whitcombe", "We are short of crews on the east side right now,", role="the authority's deputy director", **S,
    cue="said Alana Whitcombe, the authority's deputy director", note="'the authority' = the Oregon Wildland Fire Authority.")
d.Q("Oregon Professional Firefighters Association", "remember every vote", stype="ORG", **S, syntax="phrase",
    cue="A spokeswoman for the Oregon Professional Firefighters Association said the union would",
    aliases=["the union"], note="Unnamed spokeswoman: the quote goes to the organisation. 3 words -> fragment.")
d.Q("Dana Whitlock", "Washington should not be the reason Oregon burns,", aliases=["Whitlock", "U.S. Sen. Dana Whitlock"],
    role="U.S. Sen., D-Ore.", **S, cue="Whitlock said in a statement", note="AP style 'Sen. X, D-Ore.'; statement.")

d.F("$412 million", 412000000, "USD", "cost of the vetoed wildfire bill (headline)", ctx="vetoes $412 million")
d.F("$412 million", 412000000, "USD", "cost of the vetoed wildfire bill", ctx="vetoed a $412 million")
d.F("June 24", "2026-06-24", "date", "when the bill passed both chambers", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("about 260", 260, "count", "seasonal firefighters the bill would have hired", qualifier="about")
d.F("90,000 acres", 90000, "acres", "forest the bill would have thinned each year", note="Per year ('a year').")
d.F("1.5%", 1.5, "percent", "surcharge on homeowners' insurance policies")
d.F("July 14", "2026-07-14", "date", "special session to override the veto", value_inferred=True,
    note="Year not written; the set's year 2026.")
d.F("two-thirds", 0.6666666667, "fraction", "share of members of each chamber needed for an override")
d.F("January", "2027-01", "date", "when lawmakers would return if the override fails (in a quote)", value_inferred=True,
    note="'back here in January' said in mid-2026, so January 2027.")
d.F("1.9 million acres", 1900000, "acres", "area burned by last year's fires")
d.F("$318 million", 318000000, "USD", "cost of last year's fires to the state")
d.F("22%", 22, "percent", "rise in premiums in high-risk areas")
d.F("58%", 58, "percent", "likely voters who backed the bill (poll)")
d.F("31%", 31, "percent", "likely voters who opposed the bill (poll)")
d.F("June 18-22", "2026-06-18/2026-06-22", "date", "dates the poll was taken", value_inferred=True,
    note="Span of days as a date range; year not written, the set's year 2026.")

d.NF("3117", reason="Part of a bill's name ('House Bill 3117').")
d.NF("one", ctx="sent her one", reason="Pronoun ('a smaller bill … sent her one').")

d.RT("on Friday", resolved=None)
d.RT("last year's", resolved="2025")
d.RT("right now", resolved=None, note="Inside a quote.")

d.P("Teresa Valdane", "PERSON", "Oregon Gov.", "Oregon Gov. Teresa Valdane on Friday vetoed", ["actor", "quoted"],
    aliases=["Valdane"], note="Later 'The Democrat, a former county commissioner from Pendleton', 'the governor'.")
d.P("Marcus Oyelaran", "PERSON", "Senate Majority Leader, D-Portland", "Senate Majority Leader Marcus Oyelaran, D-Portland,",
    ["actor", "quoted"], aliases=["Oyelaran"])
d.P("Rosa Delgado-Finch", "PERSON", "Rep., D-Eugene, who wrote the bill and chairs the House wildfire committee",
    "The warning came from Rep. Rosa Delgado-Finch", ["quoted", "actor"])
d.P("Wade Harkin", "PERSON", "State Sen., R-Bend", "State Sen. Wade Harkin, R-Bend, voted for the measure", ["actor"])
d.P("Connie Arbuckle", "PERSON", "House Republican Leader, R-Medford", "House Republican Leader Connie Arbuckle",
    ["quoted"])
d.P("Oregon Wildland Fire Authority", "ORG", None, "The Oregon Wildland Fire Authority said last year's fires",
    ["cited"], note="Later 'the authority's deputy director'.")
d.P("Alana Whitcombe", "PERSON", "the authority's deputy director", "said Alana Whitcombe, the authority's deputy director",
    ["quoted"])
d.P("Oregon Professional Firefighters Association", "ORG", None,
    "A spokeswoman for the Oregon Professional Firefighters Association said", ["quoted"])
d.P("Dana Whitlock", "PERSON", "U.S. Sen., D-Ore.", "U.S. Sen. Dana Whitlock, D-Ore., said federal grants", ["quoted", "cited"],
    aliases=["Whitlock"])
d.P("Oregon Insurance Council", "ORG", "a trade group for carriers", "The Oregon Insurance Council, a trade group",
    ["actor"])
d.P("Glen Mercado", "PERSON", "Its president", "Its president, Glen Mercado, said premiums", ["cited"],
    note="'Its' = the Oregon Insurance Council.")
d.P("Cascadia Research Group", "ORG", None, "A poll by Cascadia Research Group for The Willamette Ledger", ["cited", "actor"])
d.P("The Willamette Ledger", "ORG", None, "A poll by Cascadia Research Group for The Willamette Ledger", ["actor"],
    aliases=["Willamette Ledger"], note="Newspaper that commissioned the poll.")
d.M("House Bill 3117", "LAW", "The vetoed bill.")
d.M("Legislature", "ORG", "The Oregon Legislature (background).")
d.M("Democrats", "NORP", "Party members (background).")
d.M("Republicans", "NORP", "Party members (background).")
d.M("House wildfire committee", "ORG", "Only in Delgado-Finch's role.")
d.M("Capitol", "FAC", "Venue of the news conference.")
d.M("SALEM", "GPE", "Dateline.")
d.M("Ore.", "GPE", "Dateline state abbreviation.")
d.M("AP", "ORG", "Agency credit in the dateline (boilerplate).")
d.M("Oregon", "GPE", "The state (background).")
d.M("Pendleton", "GPE", "In Valdane's description.")
d.M("Washington", "GPE", "Metonym for the federal government, inside a quote.")
d.write()
