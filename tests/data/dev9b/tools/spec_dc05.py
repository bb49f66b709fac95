import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("dc05_lake_macquarie_rates_strike")

HAN = dict(aliases=["Hanlon", "Mayor Rebecca Hanlon", "the mayor"], role="Mayor")
TOL = dict(role="Its state secretary")
MSE = dict(stype="ORG", aliases=["MSEU", "the union"])
d.Q("Rebecca Hanlon", "Nobody in this chamber wanted to do this,", **HAN, syntax="clause", cue="she said",
    note="Split quote across 'she said', first half; 'she' = Hanlon, the only person named so far.")
d.Q("Rebecca Hanlon", "but the roads won’t fix themselves, and the state isn’t coming to fix them.", **HAN,
    syntax="clause", cue="she said", note="Split quote, second half.")
d.Q("Rebecca Hanlon", "We have already cut $9 million. There is nothing left to cut that residents wouldn’t notice,",
    **HAN, cue="the mayor added", note="Role-only attribution of a person.")
d.Q("Nadia Sorensen", "Some of my residents are choosing between their rates and their medicine,",
    aliases=["Sorensen", "Cr Nadia Sorensen"], role="who led the opposition to the rise", cue="she said",
    note="Pronoun trap: two women are named ('Cr Nadia Sorensen ... clashed with Hanlon'); 'she' = Sorensen, the "
         "subject of the sentence before ('Sorensen said pensioners would be hit hardest').")
d.Q("Daniel Foster", "a tax on staying put", aliases=["Cr Daniel Foster"],
    role="an independent who also voted against", syntax="phrase", cue="called the rise",
    note="Scare-quoted fragment.")
d.Q("Greg Tolhurst", "This council has told the people who empty its bins, mow its parks and fix its potholes that "
    "they are a cost to be cut.", **TOL, open_end=True, cue="read a statement to the crowd:",
    note="Colon-introduced multi-paragraph statement, first paragraph (no closing mark). 'Its' = the MSEU.")
d.Q("Greg Tolhurst", "We will stay out until that plan is off the table, and we will be back every week if we have to.",
    **TOL, layout="multi-paragraph", attribution="implicit", cue="(second paragraph of the statement)")
d.Q("Hunterline Waste Services Pty Ltd", "would offer a job to every council driver who wants one", stype="ORG",
    aliases=["Hunterline", "the company"], syntax="phrase", cue="A Hunterline spokesman said the company",
    note="Unnamed spokesperson: the quote goes to the organisation; 10-word verb phrase -> full by the length rule.")
d.Q("Sarah Whitby", "We have already paid out $62 million to Hunter councils. Councils have to live within their means, "
    "like families do.", aliases=["Local Government Minister Sarah Whitby", "the minister"],
    role="Local Government Minister",
    cue="Asked whether the state would help with flood costs, the minister said:",
    note="Question-and-answer with a role-only colon attribution.")
d.Q("Michelle Bui", "Renters don’t get a vote at council, but they always get the bill,",
    aliases=["Hunter Tenants’ Alliance spokesperson Michelle Bui"], role="Hunter Tenants’ Alliance spokesperson",
    cue="she wrote on Facebook", note="Social-media post; a named spokesperson is the speaker.")
d.Q("Municipal and Shire Employees Union", "Our members are not going anywhere,", **MSE, cue="the union said",
    note="Role-only organisation attribution, own paragraph.")

d.F("9.5 per cent", 9.5, "percent", "rate rise the council voted for (headline)", ctx="votes for 9.5 per cent")
d.F("9.5 per cent", 9.5, "percent", "yearly rate rise sought from the pricing regulator", ctx="for a 9.5 per cent")
d.F("three years", 3, "years", "period of the yearly rate rises", note="'in each of the next three years'.")
d.F("about 380", 380, "count", "outdoor workers who walked off the job", qualifier="about")
d.F("eight", 8, "count", "councillors voting for the application", ctx="voted eight to five")
d.F("five", 5, "count", "councillors voting against", ctx="eight to five")
d.F("about $186", 186, "AUD", "yearly addition to the average residential bill", qualifier="about",
    note="Per year.")
d.F("2029", 2029, "year", "year by which the average bill rises by about $186")
d.F("$27 million", 27000000, "AUD", "hole in the council's budget")
d.F("two years", 2, "years", "period of flood repairs")
d.F("$9 million", 9000000, "AUD", "cuts the council has already made (in a quote)")
d.F("three-hour", 3, "hours", "length of the council debate")
d.F("6am", "06:00", "time", "start of the workers' rally")
d.F("140", 140, "count", "jobs at risk from outsourcing (MSEU)")
d.F("$14 million", 14000000, "AUD", "Hunterline's yearly bid for the waste contract", note="Per year.")
d.F("seven-year", 7, "years", "length of the waste contract")
d.F("$62 million", 62000000, "AUD", "flood money the state paid to Hunter councils (in a quote)")
d.F("$40 million", 40000000, "AUD", "council borrowing from TCorp for road repairs")
d.F("20 years", 20, "years", "usual repayment period of TCorp loans")
d.F("May", "2027-05", "date", "expected IPART ruling", ctx="rule in May", value_inferred=True,
    note="Year not written; the next May after the application (2026 story). Unsure.")
d.F("24 November", "2026-11-24", "date", "council meeting that may endorse the contract", value_inferred=True)

d.NF("one", ctx="who wants one", reason="Pronoun 'one' inside the quoted phrase ('every council driver who wants one').")

d.RT("on Tuesday night", resolved=None)
d.RT("every week", resolved=None, note="Inside a quote.")
d.RT("on Thursday", resolved=None)

d.P("Lake Macquarie City Council", "ORG", None, "Lake Macquarie City Council will ask", ["actor"], aliases=["Lake Macquarie council"],
    note="First 'Lake Macquarie council' (headline); later 'the council', 'This council' (in a quote).")
d.P("Independent Pricing and Regulatory Tribunal", "ORG", "the state’s pricing regulator",
    "to apply to the Independent Pricing and Regulatory Tribunal (IPART)", ["actor"], aliases=["IPART"],
    note="After a preposition; later subject 'IPART would assess', 'IPART is expected to rule'.")
d.P("Rebecca Hanlon", "PERSON", "Mayor", "Mayor Rebecca Hanlon said", ["quoted", "cited"], aliases=["Hanlon"],
    note="Later 'the mayor'.")
d.P("Nadia Sorensen", "PERSON", "who led the opposition to the rise", "Cr Nadia Sorensen, who led the opposition",
    ["quoted", "actor"], aliases=["Sorensen"])
d.P("Daniel Foster", "PERSON", "an independent who also voted against", "Cr Daniel Foster, an independent", ["quoted"])
d.P("Municipal and Shire Employees Union", "ORG", None, "The Municipal and Shire Employees Union (MSEU) says",
    ["actor", "quoted", "cited"], aliases=["MSEU"], note="Later 'Its state secretary', 'the union'.")
d.P("Greg Tolhurst", "PERSON", "Its state secretary", "Its state secretary, Greg Tolhurst, read a statement",
    ["quoted"])
d.P("Lisa Trang", "PERSON", "Council general manager", "Council general manager Lisa Trang confirmed", ["cited"])
d.P("Hunterline Waste Services Pty Ltd", "ORG", None, "Hunterline Waste Services Pty Ltd had bid", ["actor", "quoted"],
    aliases=["Hunterline"], note="Later 'A Hunterline spokesman' (modifier), 'the company'.")
d.P("Sarah Whitby", "PERSON", "Local Government Minister", "Local Government Minister Sarah Whitby said",
    ["quoted", "cited"], note="Later 'the minister'.")
d.P("NSW Treasury Corporation", "ORG", None, "borrow $40 million from NSW Treasury Corporation (TCorp)", ["actor"],
    aliases=["TCorp"], note="Lender (after a preposition); later modifier 'TCorp loans'.")
d.P("Michelle Bui", "PERSON", "Hunter Tenants’ Alliance spokesperson", "Hunter Tenants’ Alliance spokesperson Michelle "
    "Bui warned", ["quoted", "cited"])
d.P("Hunter Tenants’ Alliance", "ORG", None, "Hunter Tenants’ Alliance spokesperson Michelle Bui warned", ["cited"],
    note="Compound modifier in Bui's role; she speaks for it. Unsure: could be a mentioned entity.")
d.M("Speers Point", "GPE", "Suburb of the council depot.")
d.M("Facebook", "ORG", "Social-media platform.")
d.M("Lake Macquarie", "GPE", "The city (in the council's name and the headline).")
d.M("Hunter", "LOC", "Region ('Hunter councils', in a quote).")
d.M("NSW", "GPE", "New South Wales, inside TCorp's name; 'the state'.")
d.write()
