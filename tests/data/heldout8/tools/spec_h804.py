import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h804_isro_soma2_landing")
d.B("New Delhi/Bengaluru | November 26, 2026 | 23:48 IST", "date line")
d.B("BENGALURU:", "dateline", partial=True)

RAG = dict(aliases=["Dr. Arvind Raghavan"], role="ISRO Chairman")
DES = dict(role="Minister of State for Space")
d.Q("Arvind Raghavan", "Soma-2 is on the Moon and it is healthy,", **RAG,
    cue="ISRO Chairman Dr. Arvind Raghavan announced")
d.Q("Arvind Raghavan", "All 11 payloads are reporting normally.", **RAG, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Rohit Bansal", "within days", role="acting director", syntax="phrase",
    cue="whose acting director, Rohit Bansal, said the first soil readings could arrive",
    note="Role given through the organisation's possessive ('whose acting director').")
d.Q("Kavitha Menon", "We rehearsed this descent more than 3,000 times in simulation, but the Moon does not read our software,",
    role="Mission director", cue="she said", note="Pronoun speaker; Menon named in the previous sentence.")
d.Q("Prime Minister’s Office", "a moment of pride for 140 crore Indians", stype="ORG", syntax="phrase",
    cue="The Prime Minister’s Office said in a post on X that the landing was",
    note="Social media post. 7-word phrase -> 'full' by the length rule.")
d.Q("Anjali Deshmukh", "We will not be visitors to the Moon. We intend to stay,", **DES, cue="she said",
    note="Two sentences, one entry; pronoun speaker.")
d.Q("Lars Öberg", "textbook", role="ESA’s head of mission operations", syntax="phrase", cue="called the landing")
d.Q("Farhan Siddiqui", "Water ice near the pole is the real prize. If Anveshak finds it, this becomes a very different programme,",
    aliases=["Prof. Farhan Siddiqui"],
    role="chairs the lunar science committee at the Deccan Institute of Planetary Sciences in Hyderabad",
    cue="said Prof. Farhan Siddiqui", note="Two sentences, one entry.")
d.Q("engineer", "about four hours a night", stype="ANONYMOUS", role="engineer", syntax="phrase",
    cue="One engineer, who asked not to be named, said the team had slept", note="Anonymous source; fragment.")

d.F("about 620 km", 620, "km", "distance of the landing site from the Moon's south pole", qualifier="about")
d.F("two years", 2, "years", "time since the predecessor crashed")
d.F("3,900-kg", 3900, "kg", "mass of the lander")
d.F("6:04 pm", "18:04", "time", "touchdown time (IST)")
d.F("19-minute", 19, "minutes", "length of the powered descent")
d.F("about 1.7 km per second", 1.7, "km/s", "lander speed at the start of the powered descent", qualifier="about")
d.F("nearly zero", 0, "km/s", "lander speed at the end of the braking", qualifier="nearly")
d.F("roughly 150 metres", 150, "metres", "hover altitude while choosing a landing spot", qualifier="roughly")
d.F("11", 11, "count", "payloads on the lander (Raghavan)")
d.F("₹1,120 crore", 11200000000, "INR", "cost of the mission", note="1 crore = 10,000,000.")
d.F("about ₹90 crore", 900000000, "INR", "how far the mission came in below its sanctioned budget", qualifier="about")
d.F("September 3", "2026-09-03", "date", "launch date", value_inferred=True, note="Year from the date line (2026).")
d.F("84 days", 84, "days", "time in transit and lunar orbit")
d.F("roughly 3.84 lakh km", 384000, "km", "distance travelled to the Moon", qualifier="roughly",
    note="1 lakh = 100,000.")
d.F("Roughly two-thirds", 0.6666666667, "fraction", "share of the budget spent on the lander", qualifier="Roughly")
d.F("27-kg", 27, "kg", "mass of the rover")
d.F("about 14 Earth days", 14, "days", "length of one lunar day (rover design life)", qualifier="about")
d.F("around -170C", -170, "celsius", "night-time temperature on the Moon", qualifier="around")
d.F("10 cm", 10, "cm", "depth the rover's drill can reach")
d.F("47", 47, "years", "age of Kavitha Menon")
d.F("2001", 2001, "year", "when Menon joined ISRO")
d.F("90 seconds", 90, "seconds", "final stretch of the descent Menon called the hardest")
d.F("more than 3,000", 3000, "count", "simulated rehearsals of the descent (Menon)", qualifier="more than")
d.F("140 crore", 1400000000, "count", "Indians (PMO post)", note="1 crore = 10,000,000.")
d.F("₹2,450 crore", 24500000000, "INR", "cost of the follow-up orbiter Soma-3")
d.F("2029", 2029, "year", "planned launch of Soma-3")
d.F("₹46 crore", 460000000, "INR", "Akashdeep Aerospace's contract for the rover's wheels and cameras")
d.F("60%", 60, "percent", "share of the rover's components made in India")
d.F("8.2%", 8.2, "percent", "rise in Akashdeep Industries shares")
d.F("More than 85 lakh", 8500000, "count", "people who watched ISRO's live stream", qualifier="More than",
    note="1 lakh = 100,000.")
d.F("about four hours", 4, "hours", "nightly sleep of the team in the final week (anonymous engineer)", qualifier="about",
    note="'a night' is a rate, not part of the figure.")
d.F("10 am", "10:00", "time", "when the rover's first images are expected", note="'by' is a temporal relation.")

d.NF("November 26, 2026", reason="Date line (boilerplate).")
d.NF("23:48", reason="Date line time (boilerplate).")
d.NF("Soma-2", ctx="ISRO’s Soma-2 lander", reason="Spacecraft name.")
d.NF("Soma-2", ctx="its Soma-2 spacecraft", reason="Spacecraft name.")
d.NF("Soma-2", ctx="“Soma-2 is on", reason="Spacecraft name (inside a quote).")
d.NF("LVM3", reason="Rocket name.")
d.NF("first", ctx="the first soil readings", reason="Trivial ordinal ('the first soil readings').")
d.NF("Soma-3", reason="Spacecraft name.")
d.NF("One", ctx="One engineer", reason="Indefinite determiner ('One engineer').")
d.NF("first", ctx="rover’s first images", reason="Trivial ordinal ('first images').")

d.RT("on Friday", ctx="roll out on Friday", resolved="2026-11-27")
d.RT("on Thursday", resolved="2026-11-26")
d.RT("on Friday", ctx="rolled out on Friday", resolved="2026-11-27")
d.RT("in the final week", resolved=None)
d.RT("on Friday", ctx="10 am on Friday", resolved="2026-11-27")

d.P("Indian Space Research Organisation", "ORG", None, "The Indian Space Research Organisation (ISRO) on Thursday landed",
    ["actor", "cited"], aliases=["ISRO"])
d.P("Arvind Raghavan", "PERSON", "ISRO Chairman", "ISRO Chairman Dr. Arvind Raghavan announced", ["quoted"],
    aliases=["Dr. Arvind Raghavan"])
d.P("Space Applications Centre", "ORG", None, "Data will be processed at ISRO’s Space Applications Centre", ["actor"])
d.P("Rohit Bansal", "PERSON", "acting director", "whose acting director, Rohit Bansal", ["quoted"])
d.P("Kavitha Menon", "PERSON", "Mission director", "Mission director Kavitha Menon, 47", ["quoted", "cited"])
d.P("Prime Minister’s Office", "ORG", None, "The Prime Minister’s Office said in a post on X", ["quoted"])
d.P("Anjali Deshmukh", "PERSON", "Minister of State for Space", "Minister of State for Space Anjali Deshmukh told reporters",
    ["quoted", "cited"])
d.P("Union Cabinet", "ORG", None, "the Union Cabinet had approved a follow-up orbiter", ["actor"])
d.P("European Space Agency", "ORG", None, "The European Space Agency (ESA), whose ground station", ["actor"],
    aliases=["ESA"])
d.P("Lars Öberg", "PERSON", "ESA’s head of mission operations", "ESA’s head of mission operations, Lars Öberg", ["quoted"])
d.P("Farhan Siddiqui", "PERSON", "chairs the lunar science committee at the Deccan Institute of Planetary Sciences in Hyderabad",
    "said Prof. Farhan Siddiqui", ["quoted"], aliases=["Prof. Farhan Siddiqui"])
d.P("Akashdeep Aerospace Pvt Ltd", "ORG", None, "Bengaluru-based Akashdeep Aerospace Pvt Ltd", ["actor", "cited"])
d.P("Akashdeep Industries Ltd", "ORG", None, "Shares of its listed parent, Akashdeep Industries Ltd, rose", ["actor"],
    note="Its shares rose. Unsure.")
d.M("Deccan Institute of Planetary Sciences", "ORG", "Only in Siddiqui's role.")
d.M("National Stock Exchange", "ORG", "Where Akashdeep Industries shares trade.")
d.M("Parliament", "ORG", "Figures presented to it (background).")
d.M("X", "ORG", "Social media platform of the PMO post.")
d.M("India", "GPE", "Where the rover components were made.")
d.M("Bengaluru", "GPE", "Dateline; mission control.")
d.M("New Delhi", "GPE", "Date line; where Deshmukh spoke.")
d.M("Sriharikota", "GPE", "Launch site.")
d.M("Kourou", "GPE", "ESA ground station.")
d.M("Hyderabad", "GPE", "In Siddiqui's role.")
d.M("Ahmedabad", "GPE", "Location of the Space Applications Centre.")
d.write()
