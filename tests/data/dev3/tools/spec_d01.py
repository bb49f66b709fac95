from goldlib import Doc
d = Doc("d01_karnataka_election")
d.B("BENGALURU —", "dateline", partial=True)

HEG = dict(aliases=["Ms Hegde"], role="the KPM leader")
GOW = dict(aliases=["Mr Gowda"], role="The outgoing chief minister")
d.Q("Savitri Hegde", "This is a mandate against arrogance, and we will honour it from the first day,", **HEG,
    cue="said Savitri Hegde, the KPM leader")
d.Q("Savitri Hegde", "We costed it line by line,", **HEG, syntax="clause", cue="she said",
    note="Split quote, first half; pronoun speaker (Ms Hegde named in the same sentence).")
d.Q("Savitri Hegde", "and nobody who has read our manifesto should be surprised.", **HEG, syntax="clause", cue="she said",
    note="Split quote, second half.")
d.Q("Prakash Gowda", "The people have spoken and I accept their verdict without reservation,", **GOW,
    cue="Mr Gowda told reporters")
d.Q("Prakash Gowda", "reflect deeply", **GOW, syntax="phrase", cue="He said the alliance would",
    note="Fragment attributed in the same sentence; pronoun subject.")
d.Q("Prakash Gowda", "I am not going anywhere,", **GOW, cue="he said")
d.Q("senior NPA official", "We talked about highways while people were counting onions,", stype="ANONYMOUS",
    aliases=["the official"], role="senior NPA official", cue="the official said",
    note="Anonymous source ('who asked not to be named').")
d.Q("Anand Rao", "A promise of this size needs either new revenue or cuts elsewhere. There is no third option,",
    aliases=["Dr. Anand Rao"], role="heads the institute's public finance unit", cue="said Dr. Anand Rao")

d.F("73.8%", 73.8, "percent", "record voter turnout (headline)", ctx="record 73.8%")
d.F("131", 131, "count", "assembly seats won by the KPM")
d.F("224", 224, "count", "assembly seats in Karnataka")
d.F("a decade", 10, "years", "length of National Progressive Alliance rule that ended")
d.F("58-year-old", 58, "years", "age of Savitri Hegde, incoming chief minister")
d.F("8am", "08:00", "time", "time counting began")
d.F("40", 40, "count", "counting centres", ctx="at 40 centres")
d.F("more than 200", 200, "count", "constituencies declared by early afternoon", qualifier="more than")
d.F("73.8%", 73.8, "percent", "voter turnout", ctx="Turnout reached 73.8%")
d.F("69.2%", 69.2, "percent", "voter turnout at the previous election")
d.F("2023", 2023, "year", "previous state election", ctx="in 2023, the")
d.F("Rs 2,000", 2000, "INR", "monthly payment promised to every woman heading a household")
d.F("₹18,500 crore", 185000000000, "INR", "estimated annual cost of the women's payment scheme",
    note="1 crore = 10,000,000.")
d.F("shortly after 3pm", "15:00", "time", "when Prakash Gowda conceded", qualifier="shortly after")
d.F("64", 64, "count", "seats won by the NPA")
d.F("119", 119, "count", "seats the NPA held before the election")
d.F("29", 29, "count", "seats taken by independents and smaller parties")
d.F("17", 17, "count", "coastal seats the NPA lost")
d.F("21", 21, "count", "coastal seats the NPA held")
d.F("71", 71, "years", "age of Prakash Gowda", ctx="Mr Gowda, 71,")
d.F("roughly 40%", 40, "percent", "rise in Bengaluru onion prices before polling", qualifier="roughly")
d.F("three months", 3, "months", "period before polling in which onion prices rose")
d.F("1,200", 1200, "count", "retail stalls tracked by the Kaveri Institute of Economics")
d.F("3.4%", 3.4, "percent", "projected state fiscal deficit as a share of output")
d.F("3%", 3, "percent", "fiscal deficit ceiling set by state law", ctx="the 3% ceiling")
d.F("44.1%", 44.1, "percent", "KPM vote share")
d.F("31.6%", 31.6, "percent", "KPM vote share at the previous election")
d.F("five years", 5, "years", "time since the previous election ('five years ago')")
d.F("9.5 percentage points", 9.5, "percentage points", "fall in the NPA's vote share",
    note="Direction ('fell by') is in the text; the value is the size of the change.")
d.F("19", 19, "count", "seats reserved for Scheduled Castes won by the KPM", ctx="won 19 of")
d.F("36", 36, "count", "seats reserved for Scheduled Castes")
d.F("2013", 2013, "year", "since when the NPA had dominated the reserved seats")
d.F("first", 1, "ordinal", "Hegde's first cabinet meeting", ctx="Ms Hegde's first cabinet")
d.F("Rs 4,600 crore", 46000000000, "INR", "metro extension approved by the previous government to be reviewed",
    note="1 crore = 10,000,000.")

d.NF("first", ctx="from the first day", reason="Idiom inside a quote ('from the first day').")
d.NF("third", ctx="no third option", reason="Idiom ('There is no third option').")

d.RT("on Saturday", resolved=None, note="Polling-result day; no publication date given.")
d.RT("by early afternoon", resolved=None)
d.RT("on Thursday", resolved=None, note="Expected swearing-in.")
d.RT("for Friday", resolved=None, note="First cabinet meeting.")
d.RT("in its final months", resolved=None)

d.P("Karnataka Praja Morcha", "ORG", None, "The Karnataka Praja Morcha (KPM) won", ["actor"], aliases=["KPM"])
d.P("National Progressive Alliance", "ORG", None, "His National Progressive Alliance (NPA) was", ["actor"], aliases=["NPA"])
d.P("Savitri Hegde", "PERSON", "the KPM leader", "said Savitri Hegde", ["quoted", "actor"], aliases=["Ms Hegde"])
d.P("Election Commission of India", "ORG", None, "the Election Commission of India had declared", ["actor", "cited"])
d.P("Prakash Gowda", "PERSON", "The outgoing chief minister", "The outgoing chief minister, Prakash Gowda", ["quoted", "actor"],
    aliases=["Mr Gowda"])
d.P("Kaveri Institute of Economics", "ORG", None, "according to the Kaveri Institute of Economics", ["cited"])
d.P("Anand Rao", "PERSON", "heads the institute's public finance unit", "said Dr. Anand Rao", ["quoted"],
    aliases=["Dr. Anand Rao"])
d.M("Karnataka", "GPE", "State where the election took place; does not act itself.")
d.M("Bengaluru", "GPE", "Dateline and market location.")
d.M("Mysuru", "GPE", "Location of Gowda's residence.")
d.write()
