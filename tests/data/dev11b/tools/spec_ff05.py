import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("ff05_roughriders_prairie_sky_ipo")
d.B("TULSA, Okla. —", "dateline", partial=True)

S = dict(marks="straight")
LI = dict(aliases=["Li"], role="who covers sports assets at Ridgeway Research")
d.Q("Rebecca Harjo", "We are not selling the club,", role="chief executive", **S,
    cue="said chief executive Rebecca Harjo, who ran the commercial side of a Formula 1 team in London before joining "
        "in 2019", note="Long relative clause after the name.")
d.Q("Rebecca Harjo", "We are selling a piece of it to the people who already own it emotionally.", role="chief executive",
    **S, attribution="implicit", cue="(continuation of the previous quote)")
d.Q("Marcus Li", "Sports teams trade like trophies,", **LI, **S, syntax="clause",
    cue="said Marcus Li, who covers sports assets at Ridgeway Research",
    note="Split quote, first half (attribution with a relative clause in the middle).")
d.Q("Marcus Li", "not like businesses. Investors should think in 20 or 30 years, not quarters.", **LI, **S,
    syntax="clause", cue="said Marcus Li, who covers sports assets at Ridgeway Research",
    note="Split quote, second half (a phrase completing the first half, then a sentence).")
d.Q("Luis Ocampo", "My brother and I bought this club when nobody else would return our calls,",
    aliases=["Ocampo", "Co-founder Luis Ocampo"], role="Co-founder", **S, cue="he said",
    note="Pronoun trap: two men are named ('Li and Ocampo were on the same panel'); 'he' = Ocampo, the subject of the "
         "sentence before ('Ocampo defended the structure').")
d.Q("Roughriders Supporters Trust", "We would rather own a share than complain from the stands,", stype="ORG",
    aliases=["the trust"], **S, cue="the trust said", note="Role-only organisation attribution.")
d.Q("Tulsa City Council", "watching closely.", stype="ORG", **S, syntax="phrase",
    cue="Tulsa City Council, which leases the land under the stadium to the club for $1 a year until 2071, said it was",
    note="Organisation fragment after a long relative clause.")
d.Q("Daniel Whitebird", "a vote of confidence in this city.", aliases=["Mayor Daniel Whitebird"], role="Mayor", **S,
    syntax="phrase", cue="Mayor Daniel Whitebird called the listing", note="7-word phrase -> full by the length rule.")

d.F("up to $470 million", 470000000, "USD", "money the IPO could raise (headline)", qualifier="up to")
d.F("between $62 and $68", [62, 68], "USD", "IPO price range", note="Per share.")
d.F("6.9 million", 6900000, "count", "shares for sale")
d.F("about $470 million", 470000000, "USD", "money raised at the top of the range", qualifier="about")
d.F("$2.4 billion", 2400000000, "USD", "company valuation at the top of the range")
d.F("two and a half times", 2.5, "times", "valuation relative to what the founders paid in 2016")
d.F("2016", 2016, "year", "year the founders bought the club and the land")
d.F("2019", 2019, "year", "year Harjo joined")
d.F("about 9:35 p.m.", "21:35", "time", "when the IPO price is due (New York time)", qualifier="about")
d.F("1800 GMT", "18:00", "time", "when the parallel British offer closes", note="GMT.")
d.F("a week", 1, "weeks", "delay to the launch", note="'pushed back a week'; as dev10b's 'by a year'.")
d.F("Tens of thousands", None, "count", "fans registered for the season-ticket holders' slice", vague=True,
    qualifier="tens of thousands")
d.F("10%", 10, "percent", "cap on the fans' share of the offering")
d.F("Dozens", None, "count", "staff who will receive stock", vague=True, qualifier="dozens")
d.F("2007-2013", [2007, 2013], "year", "seasons in which the club lost money", note="Year span as a `year` range (dev10a).")
d.F("December 2007-June 2009", "2007-12/2009-06", "date", "the recession during which the club nearly folded",
    note="Month-to-month span as an ISO date range (schema's '2023-10-17/2023-10-18').")
d.F("a third", 0.3333333333, "fraction", "fall in attendance during the recession")
d.F("2020", 2020, "year", "year crowds were shut out by COVID-19")
d.F("$31 million", 31000000, "USD", "Prairie Sky's profit last year")
d.F("$188 million", 188000000, "USD", "Prairie Sky's revenue last year")
d.F("18 cents", 0.18, "USD", "planned quarterly dividend", note="Per share; cents stored in full dollars.")
d.F("22,000-seat", 22000, "count", "stadium capacity")
d.F("$800,000 to $1.3 million", [800000, 1300000], "USD", "lease price of a luxury suite over ten years")
d.F("ten years", 10, "years", "length of a suite lease")
d.F("40", 40, "count", "suites the company wants to add", ctx="add 40 more")
d.F("20 or 30 years", [20, 30], "years", "horizon investors should think in (Li, in a quote)")
d.F("9%", 9, "percent", "S&P 500 gain this year")
d.F("2013", 2013, "year", "year of the last comparable listing", ctx="in 2013,")
d.F("18%", 18, "percent", "fall of the last comparable listing in four weeks")
d.F("four weeks", 4, "weeks", "period of the 18% fall")
d.F("54", 54, "years", "age of Luis Ocampo")
d.F("38%", 38, "percent", "share of the votes Ocampo will keep")
d.F("about 4,800", 4800, "count", "members of the Roughriders Supporters Trust", qualifier="about")
d.F("$1", 1, "USD", "annual rent the council charges for the stadium land", ctx="for $1 a year", note="Per year.")
d.F("2071", 2071, "year", "end of the land lease", note="'until' left out.")
d.F("March 7", "2026-03-07", "date", "season opener", value_inferred=True, note="Year not written; the set's year 2026.")

d.NF("Route 66", reason="Road name.")
d.NF("Formula 1", reason="Name of a motor-racing series.")
d.NF("G20", reason="Name of an international forum.")
d.NF("COVID-19", reason="Disease name.")
d.NF("S&P 500", reason="Stock index name.")
d.NF("Altavia 919 Max", reason="Invented aircraft model name.")
d.NF("quarters", ctx="not quarters", reason="Reporting periods in general (inside a quote), not a count.")

d.RT("on Monday", resolved=None)
d.RT("on Wednesday", resolved=None)
d.RT("the same day", resolved=None)
d.RT("Last year", resolved="2025")
d.RT("this year", resolved="2026")
d.RT("last week", resolved=None)

d.P("Prairie Sky Sports", "ORG", "owner of the Tulsa Roughriders soccer club and the stadium that sits on Route 66",
    "Prairie Sky Sports, owner of the Tulsa Roughriders", ["actor", "cited"], aliases=["Prairie Sky"],
    note="Later 'the company'.")
d.P("Tulsa Roughriders", "ORG", "soccer club", "The club lost money every season", ["actor"], aliases=["Roughriders"],
    note="Named inside Prairie Sky's role ('the Tulsa Roughriders soccer club', headline 'Roughriders owner'), then acts "
         "as 'The club'.")
d.P("Rebecca Harjo", "PERSON", "chief executive", "said chief executive Rebecca Harjo", ["quoted"])
d.P("Barrow Whitney & Co", "ORG", None, "Bankers led by Barrow Whitney & Co expect to price the deal", ["actor"])
d.P("Marcus Li", "PERSON", "who covers sports assets at Ridgeway Research", "said Marcus Li, who covers sports assets",
    ["quoted", "cited", "actor"], aliases=["Li"])
d.P("Luis Ocampo", "PERSON", "Co-founder", "Co-founder Luis Ocampo, 54, will keep", ["quoted", "actor"],
    aliases=["Ocampo"])
d.P("Roughriders Supporters Trust", "ORG", None, "The Roughriders Supporters Trust, which has about 4,800 members",
    ["quoted", "cited", "actor"], note="Later 'the trust'.")
d.P("Tulsa City Council", "ORG", None, "Tulsa City Council, which leases the land", ["quoted", "actor"])
d.P("Daniel Whitebird", "PERSON", "Mayor", "Mayor Daniel Whitebird called the listing", ["quoted"])
d.M("New York Stock Exchange", "ORG", "Venue of the listing (place).")
d.M("Ridgeway Research", "ORG", "Only in Li's role.")
d.M("G20", "ORG", "Summit the launch avoids (its numeral is a not_figure).")
d.M("S&P 500", "INDEX", "Stock index (its numeral is a not_figure).")
d.M("Formula 1", "EVENT", "In Harjo's career (its numeral is a not_figure).")
d.M("Altavia 919 Max", "PRODUCT", "Jet model (its numeral is a not_figure).")
d.M("Route 66", "FAC", "Road by the stadium (its numeral is a not_figure).")
d.M("COVID-19", "EVENT", "Pandemic (its numeral is a not_figure).")
d.M("TULSA", "GPE", "Dateline.")
d.M("Okla.", "GPE", "Dateline (Oklahoma).")
d.M("Tulsa", "GPE", "Location.")
d.M("London", "GPE", "Location.")
d.M("New York", "GPE", "Location.")
d.write()
