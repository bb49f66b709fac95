import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("fc04_northway_fraud_verdict")
d.B("By Colleen Marsh", "byline")
d.B("Updated Oct. 22, 2026, 6:14 p.m.", "dateline", note="Update timestamp under the byline.")
d.B("BOSTON —", "dateline", partial=True)

PEN = dict(aliases=[], role="Assistant U.S. Attorney")
CAS = dict(aliases=["the judge", "U.S. District Judge Miriam Castellanos"], role="U.S. District Judge")
OKR = dict(aliases=[], role="Acting U.S. Attorney")
d.OQ("consulting fees.", attribution="none", reason="Authorial scare quote around a payment label ('sham').")
d.Q("Laura Pennington", "This was not medicine. It was a vending machine,", **PEN,
    cue="Assistant U.S. Attorney Laura Pennington told jurors in her closing argument")
d.Q("Laura Pennington", "Put in a Medicare number, get out a check.", **PEN, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Miriam Castellanos", "You are not a flight risk, Mr. Tallis,", **CAS, syntax="clause", cue="the judge said",
    note="Split quote, first half; role-only speaker. 'Mr. Tallis' inside is the addressee, not the speaker.")
d.Q("Miriam Castellanos", "but you are no longer presumed innocent.", **CAS, syntax="clause", cue="the judge said",
    note="Split quote, second half.")
d.Q("Michael Szabo", "The jury got this wrong, and we will say so to the First Circuit,", aliases=["Szabo"],
    role="Tallis’s lawyer", cue="he told reporters outside the courthouse",
    note="Trap: the last person named before the quote is Kayla Brandt; 'he' is Szabo.")
d.Q("Kevin Tallis", "Volume is volume. Don’t ask the doctors too many questions.", aliases=["Tallis", "Mr. Tallis"],
    role="former chief operating officer", cue="In a 2018 email shown to jurors, Tallis wrote:",
    note="Written email read in court; colon-introduced.")
d.Q("Daniel Okafor-Reid", "treated as inventory.", **OKR, syntax="phrase",
    cue="Acting U.S. Attorney Daniel Okafor-Reid said older patients had been")
d.Q("Daniel Okafor-Reid", "Many of them were in their 80s. Some received the same test twice in a single year.", **OKR,
    open_end=True, cue="At a news conference, he added:",
    note="Multi-paragraph quote, first paragraph: opening mark, no closing mark.")
d.Q("Daniel Okafor-Reid", "Medicare paid for every one of those tests, which means every taxpayer paid for them.", **OKR,
    layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the same quote)",
    note="Multi-paragraph quote, final paragraph.")
d.Q("juror", "made it easy.", aliases=[], role="a retired teacher from Quincy", stype="ANONYMOUS", syntax="phrase",
    cue="One juror, ... who asked not to be named, said the emails", note="Anonymous juror; fragment.")

d.F("$48 million", 48000000, "USD", "size of the Medicare testing scheme (headline)", ctx="in $48 million")
d.F("$48 million", 48000000, "USD", "size of the Medicare testing scheme", ctx="running a $48 million")
d.F("52", 52, "years", "Kevin Tallis's age")
d.F("nine", 9, "count", "counts on which Tallis was convicted")
d.F("12", 12, "count", "counts Tallis faced", ctx="nine of 12 counts")
d.F("about 11 hours", 11, "hours", "jury deliberation time", qualifier="about")
d.F("two days", 2, "days", "days over which the jury deliberated", ctx="over two days")
d.F("three", 3, "count", "money laundering counts Tallis was acquitted on")
d.F("2017 to 2021", [2017, 2021], "year", "period of the scheme", note="'from 2017 to 2021'; 'from' left out.")
d.F("$2,800 to $6,200", [2800, 6200], "USD", "Medicare reimbursement per test")
d.F("about 14,000", 14000, "count", "tests Northway billed for", qualifier="about")
d.F("$3,500", 3500, "USD", "monthly sham consulting fee paid to some doctors", note="Per month ('a month').")
d.F("$500,000", 500000, "USD", "Tallis's bond")
d.F("Jan. 21", "2027-01-21", "date", "sentencing date", value_inferred=True,
    note="Year not written; the next Jan. 21 after the Oct. 22, 2026 verdict. Unsure.")
d.F("2:30 p.m.", "14:30", "time", "time of the sentencing hearing")
d.F("a maximum of 10 years", 10, "years", "maximum prison term per health care fraud count", qualifier="a maximum of")
d.F("$3.7 million", 3700000, "USD", "forfeiture sought by prosecutors")
d.F("42-foot", 42, "feet", "length of Tallis's boat")
d.F("2022", 2022, "year", "when Brandt lied to FBI agents")
d.F("39", 39, "years", "Kayla Brandt's age")
d.F("up to five years", 5, "years", "maximum sentence Brandt faces", qualifier="up to")
d.F("two days", 2, "days", "time Brandt spent on the witness stand", ctx="During two days")
d.F("about 8%", 8, "percent", "sales reps' bonuses as a share of monthly billings", qualifier="about")
d.F("2018", 2018, "year", "year of Tallis's email shown to jurors")
d.F("80s", [80, 89], "years", "age of many patients (Okafor-Reid)", note="'in their 80s' - an age range.")
d.F("twice", 2, "times", "how often some patients received the same test in a year (Okafor-Reid)")
d.F("a single year", 1, "years", "period in which some patients got the same test twice")
d.F("2023", 2023, "year", "year Northway filed for Chapter 11")
d.F("$21.5 million", 21500000, "USD", "Northway's civil settlement repayment")
d.F("tens of billions of dollars", None, "USD", "annual cost of billing fraud to Medicare (HHS-OIG)", vague=True,
    qualifier="an estimated tens of billions", note="'an estimated' kept out of the surface (dev3 rule).")

d.NF("22", ctx="Oct. 22, 2026", reason="Update timestamp (boilerplate).")
d.NF("2026", ctx="Oct. 22, 2026", reason="Update timestamp (boilerplate).")
d.NF("6:14", reason="Update timestamp (boilerplate).")
d.NF("Second", reason="Word in a boat's name (Second Opinion).")
d.NF("First", reason="Ordinal in a court's name (First Circuit).")
d.NF("one", ctx="every one of those", reason="'every one of' construction.")
d.NF("11", ctx="Chapter 11", reason="Numeral in the name of a bankruptcy chapter (Chapter 11).")
d.NF("One", ctx="One juror", reason="Trivial count introducing an anonymous juror.")

d.RT("Thursday", ctx="jury on Thursday", resolved="2026-10-22")
d.RT("last week", resolved="2026-10-12/2026-10-16")
d.RT("last year", resolved="2025")
d.RT("Thursday", ctx="comment on Thursday", resolved="2026-10-22")

d.P("Kevin Tallis", "PERSON", "former chief operating officer", "Kevin Tallis, 52, of Shrewsbury", ["actor", "quoted"],
    aliases=["Tallis"], note="'the former chief operating officer of a Worcester diagnostics company' in the lead.")
d.P("Northway Genomics Inc.", "ORG", None, "Tallis and others at Northway Genomics Inc.", ["actor"],
    aliases=["Northway"], note="Also 'The company'; 'A lawyer for the company declined to comment'.")
d.P("Medicare", "ORG", None, "that Medicare reimbursed at", ["actor"],
    note="The federal program that paid for the tests. Unsure: could be a mentioned entity.")
d.P("Laura Pennington", "PERSON", "Assistant U.S. Attorney", "Assistant U.S. Attorney Laura Pennington", ["quoted"])
d.P("Miriam Castellanos", "PERSON", "U.S. District Judge", "U.S. District Judge Miriam Castellanos allowed",
    ["quoted", "actor"], aliases=["U.S. District Judge Miriam Castellanos"], note="Later 'the judge'.")
d.P("Michael Szabo", "PERSON", "Tallis’s lawyer", "Tallis’s lawyer, Michael Szabo", ["quoted", "cited"], aliases=["Szabo"])
d.P("Kayla Brandt", "PERSON", "former sales director", "former sales director Kayla Brandt", ["actor", "cited"],
    aliases=["Brandt"], note="The government's star witness; not the speaker of the following quote.")
d.P("FBI", "ORG", None, "The case was investigated by the FBI", ["actor"])
d.P("Department of Health and Human Services’ Office of Inspector General", "ORG", None,
    "The case was investigated by the FBI", ["actor"], aliases=["HHS-OIG"],
    note="Acronym in brackets, then alone.")
d.P("Renata Vance", "PERSON", "special agent in charge for the HHS-OIG in Boston", "Renata Vance, special agent",
    ["cited"])
d.P("Daniel Okafor-Reid", "PERSON", "Acting U.S. Attorney", "Acting U.S. Attorney Daniel Okafor-Reid", ["quoted"])

d.M("U.S. District Court", "ORG", "Court where the trial took place (location).")
d.M("First Circuit", "ORG", "Appeals court, inside Szabo's quote.")
d.M("Second Opinion", "MISC", "Boat name.")
d.M("Colleen Marsh", "PERSON", "Byline author (boilerplate).")
d.M("BOSTON", "GPE", "Dateline.")
d.M("Boston", "GPE", "Location of the HHS-OIG office.")
d.M("Worcester", "GPE", "Company location.")
d.M("Shrewsbury", "GPE", "Tallis's home town.")
d.M("Nantucket", "GPE", "Location of a house sought in forfeiture.")
d.M("Quincy", "GPE", "Juror's home town.")
d.write()
