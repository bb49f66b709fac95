import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ll01_pilbara_mine_death_fine")
d.B("PERTH —", "dateline", partial=True)

S = dict(marks="straight")
HOL = dict(aliases=["Judge Margaret Hollis", "Judge Hollis"], role="Judge")
SHA = dict(role="Callum's mother")
d.Q("Margaret Hollis", "This was not a freak accident. It was a known fault, reported and then ignored,", **HOL, **S,
    cue="Judge Hollis said", note="Title + surname ('Judge Hollis'); sentencing remarks.")
d.Q("Margaret Hollis", "treated a broken camera as a paperwork problem.", **HOL, **S, syntax="phrase",
    cue="She added that the company had",
    note="'She' = Judge Hollis (subject of the sentence before, the only person named in the paragraph). 8-word "
         "phrase -> full.")
d.Q("Daniel Okafor", "The fix was in a box, 1,500 kilometres away,", aliases=["Okafor"], role="Its counsel", **S,
    cue="Okafor said", note="'Its counsel' = WorkSafe Western Australia's (sentence before).")
d.Q("Fiona Marsh", "My client accepts that it failed Callum Reid and that it failed his family,",
    aliases=["Marsh", "Fiona Marsh SC"], role="Redgum's barrister", **S, cue="Marsh said",
    note="Post-nominal 'SC' (Senior Counsel) in the first mention.")
d.Q("Redgum Lithium Pty Ltd", "carry the lessons of that night for as long as we operate.", stype="ORG",
    aliases=["Redgum"], **S, syntax="phrase", cue="In a statement, Redgum said it accepted the sentence and would",
    note="Company statement under its short name. 12-word phrase -> full.")
d.Q("Sharon Reid", "Two million dollars is what they spend on diesel in a fortnight,", **SHA, **S,
    cue="she told reporters outside the court",
    note="'she' = Sharon Reid, the only woman named in the paragraph ('His mother, Sharon Reid, sat in the front row').")
d.Q("Sharon Reid", "Callum was worth more than that.", **SHA, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Tony Bianchi", "A fine is a cost of doing business. A jail term is not,", role="the union's state secretary", **S,
    cue="the union's state secretary, Tony Bianchi, said",
    note="'the union' = the Western Mining Workers' Union (sentence before).")
d.Q("Peter Lang", "We will be back at Yindi Creek, and we will not ring ahead,",
    aliases=["Lang", "WorkSafe Commissioner Peter Lang"], role="WorkSafe Commissioner", **S, cue="Lang said")
d.Q("Karen Doyle", "Every worker who flies up to the Pilbara deserves to fly home again,",
    aliases=["Industrial Relations Minister Karen Doyle"], role="Industrial Relations Minister", **S, cue="she said",
    note="'she' = Doyle, the only person named in the paragraph.")

d.F("A$2.1 million", 2100000, "AUD", "fine imposed on Redgum Lithium (headline)", ctx="fined A$2.1 million over")
d.F("A$2.1 million", 2100000, "AUD", "fine imposed on Redgum Lithium", ctx="fined A$2.1 million in")
d.F("24-year-old", 24, "years", "age of the fitter who died (Callum Reid)")
d.F("February 2026", "2026-02", "date", "when Redgum pleaded guilty")
d.F("A$3.5 million", 3500000, "AUD", "maximum fine for a company for the offence")
d.F("A$2.8 million", 2800000, "AUD", "fine the judge would have imposed without the early plea")
d.F("25%", 25, "percent", "discount on the penalty for the early guilty plea")
d.F("about 2.40am", "02:40", "time", "time of Callum Reid's death", qualifier="about")
d.F("14 November 2023", "2023-11-14", "date", "date of Callum Reid's death")
d.F("220-tonne", 220, "tonnes", "size of the haul truck that reversed into the bay")
d.F("about 180 km", 180, "km", "distance of the Yindi Creek mine south of Port Hedland", qualifier="about")
d.F("at least 11 days", 11, "days", "how long the truck's rear camera had been faulty", qualifier="at least")
d.F("three", 3, "count", "workers who reported the camera fault in writing", ctx="that three workers")
d.F("about A$1,900", 1900, "AUD", "cost of the replacement part", qualifier="about")
d.F("1,500 kilometres", 1500, "km", "distance of the storeroom with the part from the mine (Okafor, in a quote)")
d.F("more than A$14 million", 14000000, "AUD", "Redgum's safety spending since the accident", qualifier="more than")
d.F("37", 37, "count", "trucks in Redgum's fleet fitted with collision-avoidance systems")
d.F("A$612 million", 612000000, "AUD", "Redgum's revenue in the 2024-25 financial year")
d.F("2024-25", [2024, 2025], "year", "financial year of the A$612 million revenue",
    note="Australian financial year July 2024 to June 2025, stored as a year range (as dev13b's NHS '2026/27').")
d.F("1.2%", 1.2, "percent", "fall in Redgum's shares", note="'closed 1.2% lower': stored as a size.")
d.F("A$3.42", 3.42, "AUD", "Redgum's closing share price", note="Per share.")
d.F("two", 2, "count", "younger sisters of Callum Reid", ctx="his two younger sisters")
d.F("Two million dollars", 2000000, "AUD", "what Redgum spends on diesel in a fortnight (Sharon Reid, in a quote)",
    note="Australian dollars (the story's currency); money written in words.")
d.F("a fortnight", 2, "weeks", "period of the diesel spending (in a quote)", note="'a fortnight' = two weeks.")
d.F("2022", 2022, "year", "year industrial manslaughter charges were introduced in the state")
d.F("up to 20 years", 20, "years", "maximum jail term for industrial manslaughter for individuals", qualifier="up to")
d.F("412", 412, "count", "inspectors' visits to mine sites between January and May")
d.F("between January and May", "2026-01/2026-05", "date", "period of the 412 inspection visits", value_inferred=True,
    note="Year not written; no date line, so the latest past year the article writes (February 2026): 2026. A range "
         "of months is a date-range string (dev5c, dev13a).")
d.F("296", 296, "count", "inspection visits in the same period last year")
d.F("30", 30, "count", "more inspectors the government will fund")
d.F("July", "2026-07", "date", "when the extra inspectors are funded from", value_inferred=True,
    note="'from July'; year not written, 2026 (latest past year the article writes).")
d.F("A$86,500", 86500, "AUD", "regulator's legal costs Redgum must pay")

d.NF("one", ctx="at one of its Pilbara", reason="'one of' (not a quantity).")
d.NF("2020", ctx="Safety Act 2020", reason="Part of the name of the law ('Work Health and Safety Act 2020').")

d.RT("on Tuesday", resolved=None, note="No date line; no anchor date.")
d.RT("since the accident", resolved="2023-11-14", note="The accident is dated in the text (14 November 2023).")
d.RT("last year", resolved="2025", note="'in the same period last year'; the article's year is 2026.")

d.P("Redgum Lithium Pty Ltd", "ORG", None, "Redgum Lithium Pty Ltd pleaded guilty in February 2026", ["actor", "quoted"],
    aliases=["Redgum"], note="'A lithium mining company' in the lede; later 'the company', 'Redgum' and the possessor "
                             "'Redgum's barrister'.")
d.P("Margaret Hollis", "PERSON", "Judge", "Judge Margaret Hollis said she would have imposed", ["quoted", "actor"],
    aliases=["Hollis"], note="Later 'Judge Hollis' and 'She'.")
d.P("Callum Reid", "PERSON", "a 24-year-old fitter", "Callum Reid, from Bunbury, died at about 2.40am", ["actor"], aliases=["Callum"],
    note="The worker who died; introduced unnamed in the lede ('a 24-year-old fitter') and named in the third "
         "paragraph. Unsure: a victim could be read as only mentioned. Shares his surname with his mother, so no "
         "surname-only alias (the bare 'Reid' is not used); his first name is used ('Callum's mother', and in her quote).")
d.P("WorkSafe Western Australia", "ORG", None, "The prosecution was brought by WorkSafe Western Australia",
    ["actor"], aliases=["WorkSafe"], note="The regulator (passive 'by'); later 'Its counsel', 'the regulator's legal "
                                          "costs' and 'WorkSafe' inside Lang's title.")
d.P("Daniel Okafor", "PERSON", "Its counsel", "Its counsel, Daniel Okafor, told the court", ["quoted", "cited"],
    aliases=["Okafor"])
d.P("Fiona Marsh", "PERSON", "Redgum's barrister", "Redgum's barrister, Fiona Marsh SC, said", ["quoted", "cited"],
    aliases=["Marsh"])
d.P("Sharon Reid", "PERSON", "Callum's mother", "Callum's mother, Sharon Reid, sat in the front row", ["quoted", "actor"])
d.P("Western Mining Workers' Union", "ORG", None, "The Western Mining Workers' Union said the case showed",
    ["cited"], note="Later 'the union's state secretary'.")
d.P("Tony Bianchi", "PERSON", "the union's state secretary", "the union's state secretary, Tony Bianchi, said",
    ["quoted"])
d.P("Peter Lang", "PERSON", "WorkSafe Commissioner", "WorkSafe Commissioner Peter Lang said inspectors",
    ["quoted", "cited"], aliases=["Lang"])
d.P("Karen Doyle", "PERSON", "Industrial Relations Minister", "Industrial Relations Minister Karen Doyle said",
    ["quoted", "cited"])
d.M("District Court of Western Australia", "ORG", "The court where the fine was imposed (venue; the judge acts). Unsure.")
d.M("Work Health and Safety Act 2020", "LAW", "The law under which the prosecution was brought.")
d.M("ASX", "ORG", "Stock exchange where Redgum's shares trade (venue).")
d.M("Yindi Creek", "FAC", "The mine where Reid died ('the Yindi Creek mine').")
d.M("Western Australia", "GPE", "Inside the court's and the regulator's names; 'the state'.")
d.M("Pilbara", "LOC", "Mining region (headline, lede, Doyle's quote).")
d.M("PERTH", "GPE", "Dateline.")
d.M("Perth", "GPE", "Where the replacement part was stored.")
d.M("Bunbury", "GPE", "Callum Reid's home town.")
d.M("Port Hedland", "GPE", "Town north of the mine.")
d.write()
