import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hh03_telangana_heatwave_advisory")
d.B("*By Anjali Reddy in Hyderabad — 14 May 2026*", "byline")

RAO = dict(aliases=["Dr Kavitha Rao"], role="the state’s director of public health")
PIL = dict(aliases=["Pillai", "Dr Meera Pillai", "the epidemiologist"],
           role="an epidemiologist at the Deccan Institute of Public Health who studies heat deaths")
d.Q("Kavitha Rao", "Most of the people we are losing are over 60, live alone and either work outdoors or have no fan,",
    **RAO, cue="said Dr Kavitha Rao, the state’s director of public health", note="Title 'Dr' plus an apposition.")
d.Q("Kavitha Rao", "Heatstroke is preventable if we reach them within an hour.", **RAO, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Srinivas Gaddam", "No family should lose a breadwinner to the sun,",
    aliases=["Health Minister Srinivas Gaddam", "the minister"], role="Health Minister", cue="the minister said",
    note="Role-only person attribution: 'the minister' = Health Minister Srinivas Gaddam, named in the sentence before.")
d.Q("Nirmaan Shramik Sangh", "The advisory is a piece of paper. Our members are paid by the day,", stype="ORG",
    aliases=["the union"], cue="the union said",
    note="Role-only organisation attribution; 'the union' = Nirmaan Shramik Sangh (a Hindi name with no English "
         "organisational noun).")
d.Q("Telangana Builders’ Federation", "follow the timings wherever the work allows.", stype="ORG", syntax="phrase",
    cue="A spokesperson for the Telangana Builders’ Federation said its members would",
    note="Unnamed spokesperson: the quote goes to the organisation. 7-word phrase -> full by the length rule.")
d.Q("Venkat Raman", "By the time they reach us, their temperature is 42 or 43 degrees,", aliases=["Raman"],
    role="who runs the hospital’s emergency department", cue="he said",
    note="Pronoun trap: two men are named just before ('Siddiqui and Venkat Raman … both expect'); 'he' = Raman, the "
         "subject of 'Raman said most patients arrived too late'.")
d.Q("Meera Pillai", "For every death we record, there are probably three or four we never hear about,", **PIL,
    cue="Pillai said", note="Reported speech first ('said official counts miss most cases'), then surname-only.")
d.Q("Meera Pillai", "The real number will only be known when the death certificates come in,", **PIL,
    cue="the epidemiologist added",
    note="Role-only person attribution in its own paragraph: 'the epidemiologist' = Dr Meera Pillai. Explicit.")
d.Q("Imran Qureshi", "Water is free. Heatstroke is not.", role="Its founder",
    cue="Its founder, Imran Qureshi, wrote on social media:",
    note="Colon-introduced social-media post; 'Its' = Sehat Saathi.")

d.F("47C", 47, "celsius", "temperature passed in the heatwave (headline)")
d.F("19", 19, "count", "deaths from suspected heatstroke (headline)", ctx="and 19 die")
d.F("11 a.m.", "11:00", "time", "start of the hours when people should stay indoors")
d.F("4 p.m.", "16:00", "time", "end of the hours when people should stay indoors")
d.F("45C", 45, "celsius", "temperature the heatwave kept above across much of the state")
d.F("fifth", 5, "ordinal", "day of the heatwave ('a fifth straight day')")
d.F("47.3C", 47.3, "celsius", "temperature recorded at Ramagundam")
d.F("4.6 degrees", 4.6, "celsius", "how far the Ramagundam reading was above normal",
    note="A temperature difference in degrees Celsius.")
d.F("mid-May", "2026-05", "date", "time of year of the normal temperature", qualifier="mid", value_inferred=True,
    note="Month name without a numeral; year from the byline (2026).")
d.F("21", 21, "count", "districts under a red alert", ctx="put 21 of")
d.F("33", 33, "count", "districts in Telangana")
d.F("May 18", "2026-05-18", "date", "end of the red alert", value_inferred=True,
    note="Year not written in the body; 2026 from the byline.")
d.F("30C", 30, "celsius", "temperature nights will stay above")
d.F("At least 19", 19, "count", "deaths from suspected heatstroke", qualifier="At least")
d.F("May 9", "2026-05-09", "date", "start of the count of deaths", value_inferred=True,
    note="Year not written in the body; 2026 from the byline.")
d.F("1,342", 1342, "count", "heatstroke cases reported")
d.F("About two-thirds", 0.6666666667, "fraction", "share of the deaths in the northern districts", qualifier="About")
d.F("over 60", 60, "years", "age of most of the people dying (in a quote)", qualifier="over")
d.F("15-minute", 15, "minutes", "break outdoor workers should get every hour")
d.F("3 p.m.", "15:00", "time", "end of the midday construction stop ('from noon to 3 p.m.')")
d.F("Rs 4 lakh", 400000, "INR", "payment to the family of each victim", note="1 lakh = 100,000 rupees; per family.")
d.F("Rs 25 crore", 250000000, "INR", "money released for cooling centres", note="1 crore = 10,000,000 rupees.")
d.F("about 90,000", 90000, "count", "construction workers Nirmaan Shramik Sangh represents", qualifier="about")
d.F("60", 60, "count", "beds set aside at Golconda General Hospital", ctx="aside 60 beds")
d.F("38", 38, "count", "heatstroke admissions a week earlier", ctx="from 38 to")
d.F("141", 141, "count", "heatstroke admissions now")
d.F("42 or 43 degrees", [42, 43], "celsius", "patients' body temperature on arrival (in a quote)")
d.F("16,480 MW", 16480, "MW", "record power demand")
d.F("14%", 14, "percent", "rise in power demand on a year earlier")
d.F("three or four", [3, 4], "count", "unrecorded deaths for every recorded one (in a quote)")
d.F("340", 340, "count", "water and rehydration points set up by Sehat Saathi")
d.F("thousands", None, "count", "volunteers who signed up with Sehat Saathi", vague=True, qualifier="thousands")

d.NF("14", ctx="— 14 May", reason="Date in the byline.")
d.NF("2026", ctx="May 2026*", reason="Year in the byline.")

d.RT("on Wednesday", resolved="2026-05-13", note="The byline date, 14 May 2026, is a Thursday.")
d.RT("on Tuesday", resolved="2026-05-12")
d.RT("a year earlier", resolved="2025-05")
d.RT("in a week", resolved=None)

d.P("Telangana", "GPE", None, "Telangana issues heat advisory", ["actor"],
    note="The state acts through its government (headline 'Telangana issues', 'Telangana’s health department'). "
         "Unsure: it could be treated as a place only.")
d.P("India Meteorological Department", "ORG", None, "The India Meteorological Department (IMD) recorded 47.3C",
    ["actor", "cited"], aliases=["IMD"], note="Acronym in brackets, then alone ('The IMD has put').")
d.P("Telangana State Disaster Management Authority", "ORG", None,
    "according to the Telangana State Disaster Management Authority (TSDMA)", ["cited"], aliases=["TSDMA"])
d.P("Kavitha Rao", "PERSON", "the state’s director of public health", "said Dr Kavitha Rao", ["quoted"])
d.P("Srinivas Gaddam", "PERSON", "Health Minister", "Health Minister Srinivas Gaddam said", ["quoted", "cited"],
    note="Later 'the minister'.")
d.P("Nirmaan Shramik Sangh", "ORG", None, "Nirmaan Shramik Sangh, which represents about 90,000", ["quoted", "cited"],
    note="Later 'the union'. Name without an English organisational noun; an NER model may miss it.")
d.P("Telangana Builders’ Federation", "ORG", None, "A spokesperson for the Telangana Builders’ Federation", ["quoted"])
d.P("Golconda General Hospital", "ORG", "the state’s largest public hospital", "Golconda General Hospital in Hyderabad",
    ["actor"], note="Later 'Its medical superintendent', 'the hospital’s emergency department'.")
d.P("Farhan Siddiqui", "PERSON", "Its medical superintendent", "Its medical superintendent, Dr Farhan Siddiqui, said",
    ["cited"], aliases=["Siddiqui"])
d.P("Venkat Raman", "PERSON", "who runs the hospital’s emergency department", "Siddiqui and Venkat Raman, who runs",
    ["quoted", "cited"], aliases=["Raman"])
d.P("Kakatiya Power Distribution Company", "ORG", None, "said the Kakatiya Power Distribution Company (KPDC)",
    ["cited"], aliases=["KPDC"], note="Later 'The utility said'.")
d.P("Meera Pillai", "PERSON", "an epidemiologist at the Deccan Institute of Public Health who studies heat deaths",
    "Dr Meera Pillai, an epidemiologist", ["quoted", "cited"], aliases=["Pillai"])
d.P("Sehat Saathi", "ORG", "a Hyderabad charity", "Sehat Saathi, a Hyderabad charity, has set up", ["actor"],
    note="Name without an organisational noun; later 'Its founder'.")
d.P("Imran Qureshi", "PERSON", "Its founder", "Its founder, Imran Qureshi, wrote on social media", ["quoted"])
d.M("Deccan Institute of Public Health", "ORG", "Only inside Pillai's role.")
d.M("Anjali Reddy", "PERSON", "Byline author (boilerplate).")
d.M("Hyderabad", "GPE", "Location (also in the byline).")
d.M("Ramagundam", "GPE", "Location.")
d.M("Karimnagar", "GPE", "District (location).")
d.M("Peddapalli", "GPE", "District (location).")
d.M("Jagtial", "GPE", "District (location).")
d.M("India", "GPE", "Inside 'India Meteorological Department'.")
d.write()
