import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("h805_kingsmoor_record_signing")
d.B("By Tom Aldridge, football correspondent", "byline")
d.B("Monday 2 February 2026 23:40 GMT", "date line")

RUD = dict(role="the Kingsmoor manager")
BAR = dict(role="The club’s president")
WAL = dict(role="teaches football finance at Northbridge Business School")
PIC = dict(role="a retired postman")
d.Q("Graham Ruddock", "He is the kind of forward this club has been missing for years,", **RUD,
    cue="the Kingsmoor manager, Graham Ruddock, told BBC Radio 5 Live")
d.Q("Graham Ruddock", "He runs, he presses, he finishes. Now he has to do it in the rain.", **RUD, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Marcelo Tavares", "Davi wanted a project, not just a pay cheque,", aliases=["Tavares"], role="Rocha’s agent",
    cue="Tavares said")
d.Q("FC Marinha", "The club thanks Davi for four seasons of commitment and wishes him every success,", stype="ORG",
    aliases=["Marinha"], cue="it said in the filing", note="Written filing to the market regulator; 'it' = Marinha.")
d.Q("Joaquim Barros", "We did not want to sell,", **BAR, syntax="clause", cue="he wrote on social media",
    note="Split quote from a social media post, first half.")
d.Q("Joaquim Barros", "but an offer of this size cannot be refused by a club of our size.", **BAR, syntax="clause",
    cue="he wrote on social media", note="Split quote, second half.")
d.Q("Priya Nair", "comfortably compliant", role="Its chief executive", syntax="phrase",
    cue="Its chief executive, Priya Nair, insisted the club was")
d.Q("Kieran Walsh", "They are betting the house on staying up,", **WAL, cue="said Kieran Walsh")
d.Q("Kieran Walsh", "If they go down, that wage bill becomes an anchor.", **WAL, attribution="implicit",
    cue="(continuation of the previous quote)")
d.Q("Lewis Oduya", "We needed a proper centre-forward and now we have one.", role="Kingsmoor’s captain",
    cue="That was the verdict of Kingsmoor’s captain, Lewis Oduya", note="Quote attributed in the following sentence.")
d.Q("Moorside Youth Trust", "a lovely windfall", stype="ORG", syntax="phrase",
    cue="A spokeswoman for the Moorside Youth Trust, a local charity ..., called the signing",
    note="Spokesperson quote goes to the organisation (a charity); fragment.")
d.OQ("farcical", attributed_to="some fans", attribution="vague-collective", reason="Word used by unnamed fans.")
d.Q("Dave Pickering", "Sixty-eight million for someone most of us had never heard of in August,", **PIC, syntax="phrase",
    cue="said Dave Pickering", note="Verbless noun phrase of 11 words -> 'full' by the length rule.")
d.Q("Dave Pickering", "I hope he’s worth it.", **PIC, attribution="implicit", cue="(continuation of the previous quote)")

d.F("€68m", 68000000, "EUR", "initial transfer fee (headline)", ctx="for €68m\n")
d.F("€68m", 68000000, "EUR", "initial transfer fee", ctx="an initial €68m")
d.F("£58.6m", 58600000, "GBP", "sterling value of the initial fee")
d.F("€75m", 75000000, "EUR", "maximum fee including add-ons")
d.F("23-year-old", 23, "years", "age of Davi Rocha")
d.F("19", 19, "count", "goals Rocha has scored this season", ctx="scored 19 goals")
d.F("27", 27, "count", "appearances Rocha has made this season")
d.F("June 2031", "2031-06", "date", "end of Rocha's contract")
d.F("about £180,000", 180000, "GBP", "Rocha's weekly wage", qualifier="about", note="Per week; 'a week' is a rate.")
d.F("15%", 15, "percent", "Marinha's sell-on clause")
d.F("17th", 17, "ordinal", "Kingsmoor's Premier League position")
d.F("three points", 3, "points", "Kingsmoor's margin above the relegation zone")
d.F("two", 2, "count", "Kingsmoor bids rejected earlier in the window", ctx="had two bids")
d.F("second", 2, "ordinal", "which rejected bid was worth €60m", ctx="the second worth")
d.F("€60m", 60000000, "EUR", "value of Kingsmoor's second rejected bid")
d.F("£45m", 45000000, "GBP", "fee Kingsmoor paid for Mads Holm (previous record)")
d.F("2024", 2024, "year", "when Kingsmoor signed Mads Holm", ctx="Holm in 2024")
d.F("two", 2, "count", "other English clubs whose offers Rocha turned down", ctx="from two other")
d.F("eight minutes", 8, "minutes", "how long before the deadline the paperwork was lodged")
d.F("11pm", "23:00", "time", "transfer deadline")
d.F("about €52m", 52000000, "EUR", "Marinha's profit on the sale", qualifier="about")
d.F("four seasons", 4, "years", "Rocha's time at Marinha (club statement)", note="Seasons counted as years, as in dev3.")
d.F("past £140m", 140000000, "GBP", "Kingsmoor's spending this season", qualifier="past")
d.F("85%", 85, "percent", "cap on squad costs as a share of revenue under the league's new rule")
d.F("12%", 12, "percent", "rise in Kingsmoor revenue")
d.F("£312m", 312000000, "GBP", "Kingsmoor revenue in 2024-25")
d.F("2024-25", "2024/2025", "date", "season of the latest accounts")
d.F("£38.4m", 38400000, "GBP", "Kingsmoor pre-tax loss")
d.F("4p", 4, "GBX", "rise in Kingsmoor Holdings shares")
d.F("96p", 96, "GBX", "Kingsmoor Holdings share price")
d.F("£110m", 110000000, "GBP", "broadcast income relegation would cost the club", qualifier="an estimated",
    note="'an estimated' is kept in the qualifier, not the surface (dev3 convention).")
d.F("£85", 85, "GBP", "price of an adult replica shirt")
d.F("£65", 65, "GBP", "price of a children's replica shirt")
d.F("£5", 5, "GBP", "donation to the Moorside Youth Trust from every shirt sold", ctx="receives £5 from")
d.F("Sixty-eight million", 68000000, "EUR", "the fee as put by a fan", note="Currency from context (the €68m fee).")
d.F("August", "2025-08", "date", "when most fans had not heard of Rocha (fan quote)", value_inferred=True,
    note="The August before the February 2026 date line.")
d.F("61", 61, "years", "age of Dave Pickering")
d.F("1979", 1979, "year", "since when Pickering has held a season ticket")

d.NF("2 February 2026", reason="Date line (boilerplate).")
d.NF("23:40", reason="Date line time (boilerplate).")
d.NF("9", ctx="No 9 shirt", reason="Shirt number (name of a position/shirt).")
d.NF("5", ctx="BBC Radio 5 Live", reason="Broadcaster name (BBC Radio 5 Live).")
d.NF("one", ctx="now we have one", reason="Pronoun ('now we have one').")

d.RT("this season", ctx="appearances this season", resolved="2025/2026")
d.RT("earlier", ctx="rejected earlier in", resolved=None, note="Earlier in the January 2026 transfer window.")
d.RT("this season", ctx="spending this season", resolved="2025/2026")
d.RT("on Sunday", resolved="2026-02-01")
d.RT("on Monday", resolved="2026-02-02")
d.RT("on Saturday", resolved="2026-02-07")

d.P("Kingsmoor United", "ORG", None, "Kingsmoor United have broken their transfer record", ["actor", "cited"],
    aliases=["Kingsmoor"])
d.P("Davi Rocha", "PERSON", "Brazilian striker", "the Brazilian striker Davi Rocha", ["actor"], aliases=["Rocha"])
d.P("FC Marinha", "ORG", "the Portuguese club", "the Portuguese club FC Marinha", ["actor", "quoted"], aliases=["Marinha"])
d.P("Premier League", "ORG", None, "the league’s new rule capping squad costs", ["actor"],
    note="Its new rule caps squad costs. Unsure.")
d.P("Graham Ruddock", "PERSON", "the Kingsmoor manager", "the Kingsmoor manager, Graham Ruddock", ["quoted"])
d.P("BBC Radio 5 Live", "ORG", None, "told BBC Radio 5 Live", ["actor"], note="Broadcaster the speaker talks on (dev3 convention).")
d.P("Marcelo Tavares", "PERSON", "Rocha’s agent", "Rocha’s agent, Marcelo Tavares", ["quoted", "cited"], aliases=["Tavares"])
d.P("Joaquim Barros", "PERSON", "The club’s president", "The club’s president, Joaquim Barros", ["quoted"])
d.P("Priya Nair", "PERSON", "Its chief executive", "Its chief executive, Priya Nair", ["quoted"])
d.P("Kingsmoor Holdings plc", "ORG", "AIM-listed parent", "Shares in its AIM-listed parent, Kingsmoor Holdings plc", ["actor"],
    note="Its shares rose. Unsure.")
d.P("Kieran Walsh", "PERSON", "teaches football finance at Northbridge Business School", "said Kieran Walsh",
    ["quoted", "cited"])
d.P("Lewis Oduya", "PERSON", "Kingsmoor’s captain", "That was the verdict of Kingsmoor’s captain, Lewis Oduya", ["quoted"])
d.P("Moorside Youth Trust", "ORG", "a local charity", "A spokeswoman for the Moorside Youth Trust", ["quoted"])
d.P("Dave Pickering", "PERSON", "a retired postman", "said Dave Pickering, 61", ["quoted"])
d.M("Mads Holm", "PERSON", "Background: previous record signing.")
d.M("FIFA", "ORG", "Its transfer system received the paperwork (background).")
d.M("CMVM", "ORG", "The Portuguese market regulator; only receives Marinha's filing.")
d.M("AIM", "ORG", "Market where Kingsmoor Holdings is listed.")
d.M("Northbridge Business School", "ORG", "Only in Walsh's role.")
d.M("Ashcombe Athletic", "ORG", "Next opponent.")
d.M("Crossfield Road", "FAC", "Kingsmoor's ground.")
d.M("St Aidan’s Hospital", "ORG", "Where Rocha had his medical (location).")
d.M("Lisbon", "GPE", "Where Marinha's shares trade.")
d.M("Tom Aldridge", "PERSON", "Reporter (byline).")
d.write()
