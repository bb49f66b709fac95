from goldlib import Doc
d = Doc("d09_senate_skymeridian")
d.B("WASHINGTON —", "dateline", partial=True)

HOL = dict(aliases=["Sen. Patricia Holloway", "Holloway"], role="chair of the Senate Subcommittee on Aviation Safety")
VAN = dict(aliases=["Vance"], role="the airline's CEO")
S = dict(marks="straight")
d.Q("Patricia Holloway", "You knew. Your own engineers told you, and you kept flying,", **HOL, **S,
    cue="Sen. Patricia Holloway, D-Ore., chair of the Senate Subcommittee on Aviation Safety, told Richard Vance")
d.Q("Richard Vance", "We made mistakes,", **VAN, **S, syntax="clause", cue="he said",
    note="Split quote (straight marks), first half; pronoun speaker.")
d.Q("Richard Vance", "and I take full responsibility for every one of them.", **VAN, **S, syntax="clause", cue="he said",
    note="Split quote, second half.")
d.Q("Richard Vance", "We have changed the people, the process and the software,", **VAN, **S, cue="he said")
d.Q("Denise Park", "The system caught this later than it should have. That is on us as well,", **S,
    role="The FAA's deputy administrator", cue="she said")
d.Q("Luis Ortega", "into bankruptcy by press release.", **S, aliases=["Rep. Luis Ortega"], role="Rep.", syntax="phrase",
    cue="He urged senators not to push the company", note="Fragment with the period inside the marks (US style).")
d.Q("former SkyMeridian mechanic", "sign off and move on", **S, stype="ANONYMOUS", role="former SkyMeridian mechanic",
    syntax="phrase", cue="said staff had been told to",
    note="Anonymous source ('spoke on condition of anonymity') reporting an instruction given to staff.")
d.Q("Patricia Holloway", "Nobody should learn about this from a leaked email,", **HOL, **S, cue="she said")

d.F("37", 37, "count", "SkyMeridian jets grounded")
d.F("112", 112, "count", "jets in SkyMeridian's fleet")
d.F("January", "2026-01", "date", "when the jets were grounded", value_inferred=True,
    note="Year not written; 2026 from context (2025 results, complaint in September 2025).")
d.F("almost four hours", 4, "hours", "length of the hearing", qualifier="almost")
d.F("59", 59, "years", "age of Richard Vance", ctx="Vance, 59,")
d.F("140", 140, "count", "mechanics hired since the groundings")
d.F("$86 million", 86000000, "USD", "maintenance-systems spending this year")
d.F("about 4,800", 4800, "count", "flights cancelled", qualifier="about")
d.F("Jan. 14", "2026-01-14", "date", "start of the cancellations", value_inferred=True, note="Year inferred (2026).")
d.F("Feb. 3", "2026-02-03", "date", "end of the cancellations", value_inferred=True, note="Year inferred (2026).")
d.F("310,000", 310000, "count", "passengers stranded", qualifier="an estimated",
    note="The qualifier 'an estimated' is kept out of the surface.")
d.F("$1.3 billion", 1300000000, "USD", "SkyMeridian net loss for 2025")
d.F("2025", 2025, "year", "year of the $1.3 billion loss", ctx="for 2025,")
d.F("$412 million", 412000000, "USD", "SkyMeridian profit the year before (2024)")
d.F("September 2025", "2025-09", "date", "when the FAA received a whistleblower complaint")
d.F("December", "2025-12", "date", "when the FAA opened an inquiry", value_inferred=True,
    note="Year inferred from 'September 2025 ... until December'.")
d.F("$4.2 million", 4200000, "USD", "FAA fine on SkyMeridian")
d.F("25", 25, "count", "inspectors the FAA added in Dallas", ctx="added 25 inspectors")
d.F("roughly 2,100", 2100, "count", "SkyMeridian employees living in Ortega's district", qualifier="roughly")
d.F("9,600", 9600, "count", "SkyMeridian employees")
d.F("$18 million", 18000000, "USD", "Oklahoma tax credits under review")
d.F("2022", 2022, "year", "when the tax credits were awarded")
d.F("about 1,300", 1300, "count", "SkyMeridian technicians represented by the union", qualifier="about")
d.F("70%", 70, "percent", "union members reporting pressure to speed up inspections")
d.F("72 hours", 72, "hours", "proposed deadline for reporting missed inspections")
d.F("31", 31, "count", "grounded jets back in service", ctx="Vance said 31")
d.F("six", 6, "count", "grounded jets still to return", ctx="remaining six")
d.F("May", "2026-05", "date", "when the remaining jets return ('by the end of May')", value_inferred=True,
    note="Year inferred (2026).")
d.F("3%", 3, "percent", "rise in SkyMeridian shares after the hearing", ctx="rose 3%")

d.NF("one", ctx="every one of them", reason="Idiom inside a quote.")

d.RT("on Tuesday", resolved=None)
d.RT("this year", resolved="2026")
d.RT("a year earlier", resolved="2024")
d.RT("last year", resolved="2025")
d.RT("this month", resolved=None)

d.P("Patricia Holloway", "PERSON", "chair of the Senate Subcommittee on Aviation Safety", "Sen. Patricia Holloway, D-Ore.",
    ["quoted", "actor"], aliases=["Sen. Patricia Holloway", "Holloway"])
d.P("Richard Vance", "PERSON", "the airline's CEO", "told Richard Vance, the airline's CEO", ["quoted", "actor"],
    aliases=["Vance"])
d.P("SkyMeridian Airlines", "ORG", None, "the chief executive of SkyMeridian Airlines", ["actor"], aliases=["SkyMeridian"])
d.P("Mark Dunleavy", "PERSON", "the subcommittee's ranking Republican", "Sen. Mark Dunleavy, R-Kan.", ["cited"],
    aliases=["Sen. Mark Dunleavy"])
d.P("Federal Aviation Administration", "ORG", None, "said the Federal Aviation Administration had also failed", ["actor"],
    aliases=["FAA"])
d.P("Denise Park", "PERSON", "The FAA's deputy administrator", "The FAA's deputy administrator, Denise Park", ["quoted", "cited"])
d.P("Luis Ortega", "PERSON", "Rep.", "Rep. Luis Ortega, R-Texas", ["quoted", "cited"], aliases=["Rep. Luis Ortega"])
d.P("Karen Whitfield", "PERSON", "Gov.", "Gov. Karen Whitfield of Oklahoma", ["cited"], aliases=["Gov. Karen Whitfield"])
d.P("Oklahoma", "GPE", None, "the state would review $18 million", ["actor"])
d.P("Regional Aviation Mechanics Union", "ORG", None, "The Regional Aviation Mechanics Union, which represents", ["cited"])
d.M("Senate Subcommittee on Aviation Safety", "ORG", "Only in Holloway's role.")
d.M("Dallas Love Field", "GPE", "Airport (location).")
d.M("Tulsa", "GPE", "Maintenance base location.")
d.M("Dallas", "GPE", "Airline base / FAA office location.")
d.M("Texas", "GPE", "Only in Ortega's party-state tag.")
d.write()
