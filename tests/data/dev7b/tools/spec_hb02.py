import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hb02_bayanihan_air_grounding_probe")
d.B("*By Lorna Castillo, Asia-Pacific editor — 12 March 2026*", "byline")
d.B("MANILA –", "dateline", partial=True)

CAAP = "Civil Aviation Authority of the Philippines"
d.Q("Ramon Ilagan", "We are not accusing anyone today. We are asking for every page of every logbook,",
    aliases=["Ilagan"], role="director general of the Civil Aviation Authority of the Philippines (CAAP)",
    cue="Ramon Ilagan, director general of ..., told reporters")
d.Q(CAAP, "until the root cause is understood", stype="ORG", aliases=["CAAP", "The regulator"], syntax="clause",
    cue="The regulator said the jets would stay on the ground",
    note="Role-only organisation attribution ('The regulator'). A 6-word clause, so 'full' by the kind rule.")
d.Q("Bayanihan Air Inc.", "cooperating fully", stype="ORG", aliases=["Bayanihan Air"], syntax="phrase",
    cue="Bayanihan Air said in a statement that it was")
d.Q("Cristina Dizon", "Absolutely not. No aircraft leaves our hangar with an open safety item.", role="chief executive",
    cue="Asked ... whether the airline had flown aircraft with known defects, chief executive Cristina Dizon replied:",
    note="Answer to a question; colon-introduced, verb 'replied'.")
d.Q("Rheinland Aerotechnik AG", "We stand behind our work and have sent two engineers to Manila to support the "
    "investigation,", stype="ORG", aliases=["Rheinland"], cue="a Rheinland spokeswoman said",
    note="Spokesperson quote goes to the organisation.")
d.Q("Noel Bautista", "We wrote to management in January and got a form reply,",
    aliases=["the union’s general secretary"], role="general secretary", cue="the union’s general secretary said",
    note="Role-only attribution; Bautista was named as the UCCFP's general secretary in the sentence before.")
d.Q("Arturo Mendiola", "Passengers should not have to wonder whether the plane they board was fixed properly,",
    aliases=["Mendiola", "Transportation Secretary Arturo Mendiola"], role="Transportation Secretary", cue="he said",
    note="Pronoun speaker after two men are named ('Transportation Secretary Arturo Mendiola and Ilagan briefed'); "
         "'he' = Mendiola, the subject of the sentence before.")
d.Q("Rosario Villaraza", "a full accounting, not a press release", aliases=["Sen. Rosario Villaraza"],
    role="who chairs the committee on public services", syntax="phrase", cue="wrote in a letter to the CAAP that",
    note="Letter. 7-word phrase -> 'full' by the length rule.")
d.Q("Aditya Menon", "Losing nearly a fifth of your fleet just before the Holy Week travel peak is a serious revenue hit,",
    role="an analyst at Halcyon Aviation Advisory in Singapore", cue="said Aditya Menon, an analyst at ...")

d.F("four", 4, "count", "Bayanihan Air A321s grounded (headline)", ctx="grounds four")
d.F("four", 4, "count", "Bayanihan Air A321s grounded", ctx="grounded four Airbus")
d.F("three", 3, "count", "cabin-pressure incidents", ctx="after three cabin-pressure")
d.F("less than six weeks", 6, "weeks", "period of the three incidents", qualifier="less than")
d.F("2 March", "2026-03-02", "date", "date of the most serious incident", ctx="on 2 March", value_inferred=True,
    note="Year from the byline (12 March 2026).")
d.F("35,000 feet", 35000, "feet", "cruising altitude before the descent")
d.F("10,000 feet", 10000, "feet", "altitude after the descent")
d.F("about four minutes", 4, "minutes", "length of the emergency descent", qualifier="about")
d.F("186", 186, "count", "passengers on the Manila-Cebu flight")
d.F("seven", 7, "count", "crew on the Manila-Cebu flight")
d.F("22", 22, "count", "aircraft in Bayanihan Air's fleet", ctx="22-strong", note="'22-strong fleet'.")
d.F("20 March", "2026-03-20", "date", "deadline for inspecting the rest of the fleet", value_inferred=True)
d.F("about ₱4.5 million", 4500000, "PHP", "lost revenue per grounded aircraft", qualifier="about", note="Per day.")
d.F("31", 31, "count", "Bayanihan flights cancelled on Tuesday and Wednesday (MIAA)")
d.F("between October and January", "2025-10/2026-01", "date", "period of the heavy checks at Rheinland",
    value_inferred=True, note="Months before the March 2026 incidents.")
d.F("€38 million", 38000000, "EUR", "Rheinland maintenance contract")
d.F("two", 2, "count", "engineers Rheinland sent to Manila", ctx="sent two engineers")
d.F("November", "2025-11", "date", "since when members logged complaints (UCCFP)", value_inferred=True)
d.F("January", "2026-01", "date", "when the union wrote to management (Bautista)", ctx="management in January",
    value_inferred=True)
d.F("78%", 78, "percent", "CAAP score in the 2023 ICAO audit")
d.F("2023", 2023, "year", "year of the ICAO audit")
d.F("69%", 69, "percent", "CAAP score in 2017")
d.F("2017", 2017, "year", "year of the earlier 69% score")
d.F("first-quarter", "2026-01/2026-03", "date", "quarter whose earnings the grounding should dent", value_inferred=True,
    note="Quarter as a date range, as dev5a's 'fourth quarter'.")
d.F("nearly a fifth", 0.2, "fraction", "share of the fleet grounded (Menon)", qualifier="nearly")
d.F("9.2 million", 9200000, "count", "passengers Bayanihan promised to fly this year")
d.F("6.4%", 6.4, "percent", "fall in Bayanihan Air shares")
d.F("₱11.82", 11.82, "PHP", "Bayanihan Air share price")
d.F("two", 2, "count", "grounded jets owned by Pacific Meridian Leasing", ctx="owns two of")

d.NF("A321s", ctx="Bayanihan Air A321s", reason="Aircraft model name (headline).")
d.NF("A321s", ctx="Airbus A321s", reason="Aircraft model name.")
d.NF("12", ctx="— 12 March", reason="Date in the byline.")
d.NF("2026", reason="Year in the byline.")
d.NF("three", ctx="All three aircraft", reason="Back-reference to the three incident aircraft (trivial count).")

d.RT("today", resolved="2026-03-10", note="Inside a quote.")
d.RT("on Tuesday", ctx="headquarters on Tuesday", resolved="2026-03-10")
d.RT("on Tuesday and Wednesday", resolved="2026-03-10/2026-03-11")
d.RT("on Wednesday", ctx="briefing on Wednesday", resolved="2026-03-11")
d.RT("on Wednesday", ctx="committee on Wednesday", resolved="2026-03-11")
d.RT("this year", resolved="2026")
d.RT("on Wednesday", ctx="Manila on Wednesday", resolved="2026-03-11")

d.P(CAAP, "ORG", None, "The regulator said the jets would stay", ["actor", "quoted"],
    aliases=["CAAP"], note="First named in Ilagan's role; 'Philippine safety regulators have grounded', 'The regulator said'.")
d.P("Bayanihan Air Inc.", "ORG", None, "operated by Bayanihan Air Inc.", ["actor", "quoted", "cited"],
    aliases=["Bayanihan Air", "Bayanihan"])
d.P("Ramon Ilagan", "PERSON", "director general of the Civil Aviation Authority of the Philippines (CAAP)",
    "Ramon Ilagan, director general of the Civil",
    ["quoted", "actor"], aliases=["Ilagan"])
d.P("Manila International Airport Authority", "ORG", None, "the Manila International Airport Authority said",
    ["cited"])
d.P("Cristina Dizon", "PERSON", "chief executive", "chief executive Cristina Dizon replied", ["quoted"])
d.P("Rheinland Aerotechnik AG", "ORG", None, "heavy checks at Rheinland Aerotechnik AG in Hamburg", ["actor", "quoted"],
    aliases=["Rheinland"])
d.P("United Cabin Crew Federation of the Philippines", "ORG", None,
    "The United Cabin Crew Federation of the Philippines (UCCFP), led by", ["cited"], aliases=["UCCFP"],
    note="Later 'the union’s general secretary'.")
d.P("Noel Bautista", "PERSON", "general secretary", "led by general secretary Noel Bautista", ["quoted"])
d.P("Arturo Mendiola", "PERSON", "Transportation Secretary", "Transportation Secretary Arturo Mendiola and Ilagan briefed",
    ["quoted", "actor", "cited"], aliases=["Mendiola"])
d.P("Department of Transportation", "ORG", None, "Mendiola said the Department of Transportation (DOTr) would not",
    ["actor"], aliases=["DOTr"], note="Would suspend the airline's permit (Mendiola). Unsure: it could be a mention.")
d.P("Rosario Villaraza", "PERSON", "who chairs the committee on public services", "Sen. Rosario Villaraza, who chairs",
    ["quoted"])
d.P("International Civil Aviation Organization", "ORG", None, "a 2023 audit by the International Civil Aviation",
    ["cited", "actor"], aliases=["ICAO"], note="Audited the CAAP; 'according to ICAO data'.")
d.P("Aditya Menon", "PERSON", "an analyst at Halcyon Aviation Advisory in Singapore", "said Aditya Menon, an analyst",
    ["quoted", "cited"], note="'He noted that' (paraphrase).")
d.P("Pacific Meridian Leasing Co.", "ORG", None, "Pacific Meridian Leasing Co., which owns two", ["actor"],
    note="Lessor; 'declined to comment'.")
d.M("Senate", "ORG", "Philippine Senate; its committee on public services was briefed (audience only).")
d.M("Halcyon Aviation Advisory", "ORG", "Only in Menon's role.")
d.M("Airbus A321s", "PRODUCT", "Aircraft type.")
d.M("Holy Week", "EVENT", "Travel peak, inside a quote.")
d.M("Philippines", "GPE", "Background.")
d.M("Manila", "GPE", "Location.")
d.M("Cebu", "GPE", "Location.")
d.M("Pasay", "GPE", "Location of the CAAP headquarters.")
d.M("Hamburg", "GPE", "Location.")
d.M("Singapore", "GPE", "In Menon's role.")
d.M("Lorna Castillo", "PERSON", "Byline author (boilerplate).")
d.M("MANILA", "GPE", "Dateline.")
d.write()
