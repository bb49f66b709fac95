import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("de01_pune_metro_debut_bond")
d.B("PUNE —", "dateline", partial=True)

S = dict(marks="straight")
SAL = dict(role="Managing director", aliases=["Managing director Vikram Salunkhe"])
d.Q("Meera Iyengar", "Investors are lending to a railway that already carries people, not to a drawing,",
    role="head of fixed income at the bank", **S, cue="said Meera Iyengar, head of fixed income at the bank",
    note="'the bank' = Konkan Trust Bank.")
d.Q("Vikram Salunkhe", "We would rather pay 7.45% today than pay for idle trains tomorrow,", **SAL, **S,
    cue="he told reporters")
d.Q("Vikram Salunkhe", "Every month of delay costs us roughly Rs 40 crore.", **SAL, **S, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Kesari Ratings", "Traffic on the older lines has run at about three-quarters of forecast since 2023,", stype="ORG",
    aliases=["the agency"], **S, cue="the agency said", note="Role-only organisation attribution ('the agency').")
d.Q("Sunanda Patwardhan", "This is not a blank cheque, it is a seat belt,",
    aliases=["Urban Development Minister Sunanda Patwardhan"], role="Urban Development Minister", **S,
    cue="she said")
d.Q("Rathore Infra Projects Ltd", "We cannot lay track on land we do not have,", stype="ORG", aliases=["the company"],
    **S, cue="the company said", note="Role-only organisation attribution.")
d.Q("Rahul Gokhale", "Twice as many people will ride if a ticket costs less than an autorickshaw,",
    role="its convenor", **S, cue="said its convenor, Rahul Gokhale", note="'its' = the Pune Commuters' Forum.")
d.Q("Farhan Qureshi", "A metro bond at 7.45% is cheap money for Pune and decent money for a pension fund,",
    role="an analyst at Deccan Securities", **S, cue="said Farhan Qureshi, an analyst at Deccan Securities")

d.F("Rs 1,200 crore", 12000000000, "INR", "raised from the debut bond sale (headline)", ctx="raises Rs 1,200 crore",
    note="1 crore = 10,000,000.")
d.F("Rs 1,200 crore", 12000000000, "INR", "raised from the debut bond sale", ctx="raised Rs 1,200 crore",
    note="1 crore = 10,000,000.")
d.F("about $144 million", 144000000, "USD", "dollar value of the bond sale", qualifier="about")
d.F("7.45%", 7.45, "percent", "coupon on the bonds", ctx="coupon of 7.45%")
d.F("23-station", 23, "count", "stations on the line")
d.F("more than a fifth", 0.2, "fraction", "rise in the line's cost", qualifier="more than")
d.F("10-year", 10, "years", "term of the bonds")
d.F("Rs 3,840 crore", 38400000000, "INR", "bids for the bonds")
d.F("3.2 times", 3.2, "times", "bids relative to the amount on offer")
d.F("10.30am", "10:30", "time", "when the book opened")
d.F("38 basis points", 38, "basis points", "spread of the coupon over comparable state government bonds")
d.F("31km", 31, "km", "length of the elevated line")
d.F("Rs 9,860 crore", 98600000000, "INR", "estimated cost of the line now")
d.F("Rs 8,150 crore", 81500000000, "INR", "estimated cost of the line at approval")
d.F("56", 56, "years", "age of Vikram Salunkhe", ctx="Salunkhe, 56,")
d.F("12km", 12, "km", "initial stretch to open")
d.F("Aug. 15", "2026-08-15", "date", "opening of the initial 12km stretch", value_inferred=True,
    note="Year not written; the set's year 2026 (the rate rise 'in June' has already happened).")
d.F("March 31, 2028", "2028-03-31", "date", "opening of the full line", note="'by March 31, 2028'; 'by' left out.")
d.F("about 18 months", 18, "months", "delay of the full line", qualifier="about")
d.F("7.45%", 7.45, "percent", "coupon (in a quote)", ctx="pay 7.45% today")
d.F("roughly Rs 40 crore", 400000000, "INR", "cost of each month of delay (in a quote)", qualifier="roughly")
d.F("about 160,000", 160000, "count", "passengers a day expected in the opening year", qualifier="about",
    note="Per day.")
d.F("Rs 10 to Rs 60", [10, 60], "INR", "assumed fare range")
d.F("12%", 12, "percent", "assumed fare rise", note="'a 12% fare rise'.")
d.F("2029", 2029, "year", "year of the assumed fare rise")
d.F("about three-quarters", 0.75, "fraction", "traffic on the older lines relative to forecast (in a quote)",
    qualifier="about")
d.F("2023", 2023, "year", "since when the older lines have run below forecast (in a quote)",
    note="'since 2023'; 'since' left out.")
d.F("five years", 5, "years", "how long Maharashtra will cover interest shortfalls")
d.F("Rs 2,300 crore", 23000000000, "INR", "state budget for metro projects")
d.F("2026-27", [2026, 2027], "year", "financial year of the Rs 2,300 crore metro budget",
    note="Indian financial year (April 2026 to March 2027), stored as a year range like dev6a/dev7a.")
d.F("Rs 2,900 crore", 29000000000, "INR", "Rathore Infra's civil works contract")
d.F("14", 14, "count", "pending land cases", ctx="on 14 pending")
d.F("2.3%", 2.3, "percent", "fall in Rathore Infra shares")
d.F("Twice", 2, "times", "how many more people would ride with cheaper tickets (in a quote)",
    note="'Twice as many people'.")
d.F("25 basis points", 25, "basis points", "Reserve Bank of India policy rate rise")
d.F("June", "2026-06", "date", "month of the policy rate rise", value_inferred=True, note="Year inferred: 2026.")
d.F("5.75%", 5.75, "percent", "Reserve Bank of India policy rate after the rise")
d.F("7.45%", 7.45, "percent", "coupon (in Qureshi's quote)", ctx="bond at 7.45%")
d.F("March", "2027-03", "date", "month before which Qureshi expects more metro issues", ctx="before March",
    value_inferred=True,
    note="'before March': the next March after the mid-2026 sale, i.e. the end of the 2026-27 financial year. Unsure.")

d.NF("3", ctx="Line 3 costs", reason="Numeral inside a name ('Line 3').")

d.RT("on Tuesday", resolved=None)
d.RT("today", resolved=None, note="Rhetorical, in a quote.")
d.RT("tomorrow", resolved=None, note="Rhetorical, in a quote.")

d.P("Sahyadri Metro Rail Corp", "ORG", None, "Sahyadri Metro Rail Corp (SMRC) raised", ["actor"], aliases=["SMRC"],
    note="Issuer; 'a joint venture of the Maharashtra and central governments'.")
d.P("Konkan Trust Bank", "ORG", None, "according to Konkan Trust Bank, which arranged", ["cited", "actor"],
    note="Later 'the bank' (in Iyengar's role).")
d.P("Meridian Axis Capital", "ORG", None, "which arranged the issue with Meridian Axis Capital", ["actor"],
    note="Co-arranger (after a preposition).")
d.P("Meera Iyengar", "PERSON", "head of fixed income at the bank", "said Meera Iyengar, head of fixed income",
    ["quoted"])
d.P("Vikram Salunkhe", "PERSON", "Managing director", "Managing director Vikram Salunkhe, 56, said",
    ["quoted", "cited"])
d.P("Kesari Ratings", "ORG", None, "Kesari Ratings, which rated the bonds AA", ["actor", "quoted", "cited"],
    note="Later 'the agency'.")
d.P("Sunanda Patwardhan", "PERSON", "Urban Development Minister", "Urban Development Minister Sunanda Patwardhan said",
    ["quoted", "cited"])
d.P("Maharashtra", "GPE", None, "said Maharashtra would cover any shortfall", ["actor"],
    note="'The state has budgeted'; joint owner of SMRC.")
d.P("Rathore Infra Projects Ltd", "ORG", None, "Rathore Infra Projects Ltd, which holds", ["actor", "quoted"],
    note="Later 'the company', 'Its shares'.")
d.P("Pune Commuters' Forum", "ORG", None, "The Pune Commuters' Forum wants fares frozen", ["cited"],
    note="Later 'its convenor'.")
d.P("Rahul Gokhale", "PERSON", "its convenor", "said its convenor, Rahul Gokhale", ["quoted"])
d.P("Reserve Bank of India", "ORG", None, "the Reserve Bank of India raised its policy rate", ["actor"])
d.P("Farhan Qureshi", "PERSON", "an analyst at Deccan Securities", "said Farhan Qureshi, an analyst", ["quoted"])
d.M("National Stock Exchange", "ORG", "Where Rathore Infra shares trade (place).")
d.M("Deccan Securities", "ORG", "Only in Qureshi's role.")
d.M("PUNE", "GPE", "Dateline.")
d.M("Pune", "GPE", "Location.")
d.M("Hinjewadi", "GPE", "Location.")
d.M("Shivajinagar", "GPE", "Location.")
d.write()
