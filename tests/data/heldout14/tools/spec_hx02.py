import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hx02_storm_corrin_rail_snow")

MAC = dict(aliases=["Rhona Mackintosh"], role="who keeps sheep near Tomintoul", syntax="phrase")
WOM = dict(stype="ANONYMOUS", role="stuck on a train outside Carlisle")
d.Q("Imogen Halvorsen", "This is a dangerous storm, and it is not finished with us yet,",
    aliases=["Dr Imogen Halvorsen"], role="the NFS’s chief meteorologist",
    cue="said Dr Imogen Halvorsen, the NFS’s chief meteorologist", note="British 'Dr' without a period.")
d.Q("Caledonia Rail", "trees on the line at almost every mile", stype="ORG", aliases=["the operator"], syntax="phrase",
    cue="A spokesperson for the operator said engineers had found",
    note="Unnamed spokesperson: the quote goes to the organisation ('the operator' = Caledonia Rail). 8-word phrase -> full.")
d.Q("A woman who had been stuck on a train outside Carlisle", "We have been given a bottle of water and a biscuit,", **WOM,
    cue="she said", note="Unnamed bystander (passenger): ANONYMOUS speaker.")
d.Q("A woman who had been stuck on a train outside Carlisle", "Nobody has told us anything.", **WOM,
    attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Northern Grid Networks", "through the night and for as long as it takes.", stype="ORG", syntax="phrase",
    cue="Northern Grid Networks said in a statement that … its crews would work",
    note="Statement; 10-word phrase -> full.")
d.Q("Callum Drysdale", "Unless your journey is essential, stay at home and let the gritters do their work.",
    role="Its head of operations", cue="Its head of operations, Callum Drysdale, said:", note="'Its' = the RRA; colon.")
d.Q("Helen Marchbank", "Councils have done an extraordinary job, and they should not be out of pocket for it,",
    aliases=["Transport Secretary Helen Marchbank"], role="Transport Secretary", cue="she said",
    note="'she' = Marchbank, the only person named in the paragraph.")
d.Q("Rhona Mackintosh", "brutal", **MAC, cue="described conditions as", note="Quotes in a series; 1 word -> fragment.")
d.Q("Rhona Mackintosh", "relentless", **MAC, cue="described conditions as", note="Quotes in a series.")
d.Q("Rhona Mackintosh", "worse than anything since 2010", **MAC, cue="described conditions as",
    note="Quotes in a series; British punctuation outside the marks. 5 words -> fragment.")

d.F("84mph", 84, "mph", "strongest gust (headline)", ctx="Corrin: 84mph gusts")
d.F("up to 84mph", 84, "mph", "strongest gusts", qualifier="up to")
d.F("84mph", 84, "mph", "gust recorded at Loch Glascarnoch", ctx="a gust of 84mph (")
d.F("135km/h", 135, "km/h", "the same gust in km/h")
d.F("68mm", 68, "mm", "rain at Shap")
d.F("-11C", -11, "celsius", "lowest temperature, at Braemar", note="A written minus sign is kept.")
d.F("12F", 12, "fahrenheit", "the same temperature in Fahrenheit")
d.F("6pm", "18:00", "time", "end of the amber snow warning")
d.F("about 38,000", 38000, "count", "customers who lost power at the peak", qualifier="about")
d.F("6,200", 6200, "count", "breakdowns the RRA attended by midday")
d.F("roughly twice", 2, "times", "breakdowns relative to a usual winter Tuesday", qualifier="roughly")
d.F("£2.5m", 2500000, "GBP", "emergency fund for councils")
d.F("2010", 2010, "year", "year of comparison for the conditions (in a quote)")
d.F("around 7 degrees Celsius", 7, "celsius", "expected temperature by Friday", qualifier="around")
d.F("45F", 45, "fahrenheit", "the same temperature in Fahrenheit")

d.NF("A9", reason="Road name.")
d.NF("M74", reason="Road name.")

d.RT("on Tuesday", resolved=None)
d.RT("overnight", ctx="Highlands overnight", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("before Thursday", resolved=None)
d.RT("since the early morning", resolved=None)
d.RT("by Friday", resolved=None)

d.P("National Forecasting Service", "ORG", None, "The National Forecasting Service (NFS) said a gust", ["cited"],
    aliases=["NFS"], note="Later 'the NFS’s chief meteorologist' and 'The NFS said'.")
d.P("Imogen Halvorsen", "PERSON", "the NFS’s chief meteorologist", "said Dr Imogen Halvorsen", ["quoted"],
    aliases=["Dr Imogen Halvorsen"])
d.P("Caledonia Rail", "ORG", None, "Caledonia Rail suspended all services north of Perth.", ["actor", "quoted"],
    note="Then 'the operator'.")
d.P("Northern Grid Networks", "ORG", None, "Northern Grid Networks said in a statement", ["quoted", "cited"])
d.P("Roadside Rescue Association", "ORG", None, "The Roadside Rescue Association (RRA) said it had attended",
    ["cited", "actor"], aliases=["RRA"])
d.P("Callum Drysdale", "PERSON", "Its head of operations", "Its head of operations, Callum Drysdale, said:", ["quoted"])
d.P("Fellside Constabulary", "ORG", "which polices the county", "The Fellside Constabulary, which polices the county, said",
    ["cited", "actor"])
d.P("Helen Marchbank", "PERSON", "Transport Secretary", "Transport Secretary Helen Marchbank said", ["quoted", "actor"])
d.P("Rhona Mackintosh", "PERSON", "who keeps sheep near Tomintoul", "Rhona Mackintosh, who keeps sheep near Tomintoul",
    ["quoted", "actor"])
d.M("Storm Corrin", "EVENT", "The storm.")
d.M("West Coast main line", "FAC", "Rail route.")
d.M("Scotland", "GPE", "Place.")
d.M("Loch Glascarnoch", "LOC", "Place of the strongest gust.")
d.M("Highlands", "LOC", "Region.")
d.M("Shap", "GPE", "Place.")
d.M("Cumbria", "GPE", "County.")
d.M("Braemar", "GPE", "Place.")
d.M("Grampians", "LOC", "Region.")
d.M("Southern Uplands", "LOC", "Region.")
d.M("Perth", "GPE", "Place.")
d.M("Inverness", "GPE", "Place.")
d.M("Carlisle", "GPE", "Place.")
d.M("Wales", "GPE", "Place.")
d.M("Midlands", "LOC", "Region.")
d.M("Penrith", "GPE", "Place.")
d.M("Tomintoul", "GPE", "Place.")
d.M("Scottish Borders", "LOC", "Region.")
d.M("Britain", "GPE", "Headline.")
d.write()
