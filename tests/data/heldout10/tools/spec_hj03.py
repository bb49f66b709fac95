import os, sys; sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "goldtools"))
from goldlib import Doc  # shared tests/data/goldtools/goldlib.py; writes ../gold/<stem>.json
d = Doc("hj03_sheffield_vale_red_card_rant")

TIL = dict(aliases=["Tillotson", "Sheffield Vale boss Gary Tillotson"], role="Sheffield Vale boss")
d.Q("Gary Tillotson", "ROBBED", **TIL, marks="single", syntax="phrase", cue="Fuming Vale boss blasts ref (headline)",
    note="Headline quote in single marks; the speaker is given by role in the headline and named in the body.")
d.Q("Gary Tillotson", "That was never a red card in a million years. We’ve been mugged off in our own back yard,",
    **TIL, cue="Tillotson raged")
d.Q("Gary Tillotson", "I’ve been in football 30 years and I’ve never seen a decision like it. The lad gets the ball "
    "first, every time.", **TIL, attribution="implicit",
    cue="(continuation: new paragraph after 'Tillotson raged')")
d.Q("Lewis Carr", "He said sorry straight away and I told him to forget it,",
    aliases=["Carr", "Don Valley United skipper Lewis Carr"], role="Don Valley United skipper", cue="he said",
    note="Pronoun trap: two men are named ('Carr ... had spoken to Baptista'); 'he' = Carr, the subject of the "
         "sentence just before ('Carr insisted there was no bad blood'). The 'He' inside the quote is Baptista.")
d.Q("Football Association", "We are aware of the incident and are seeking observations from the club.", stype="ORG",
    cue="A spokesman said:", note="Spokesperson quote goes to the organisation (colon).")
d.Q("Danny Holt", "embarrassing for a club this size", role="Former Vale skipper", syntax="phrase",
    cue="Former Vale skipper Danny Holt told RadioGoal the outburst was")
d.Q("Malcolm Dunne", "Nobody is bigger than this club. Standards will be met on and off the pitch.",
    aliases=["Vale chairman Malcolm Dunne"], role="Vale chairman",
    cue="— Vale chairman Malcolm Dunne, in a statement last night",
    note="Quote in its own paragraph attributed after a dash.")
d.Q("Ricardo Sampaio", "heartbroken", aliases=["Sampaio"], role="His agent", syntax="phrase",
    cue="told us the player was")
d.Q("Lorraine Beattie", "People are paying more to watch less. If the owners want our money, they need to show us a "
    "plan.", aliases=["Trust chairwoman Lorraine Beattie"], role="Trust chairwoman",
    cue="Trust chairwoman Lorraine Beattie told us:")
d.Q("Professional Match Officials Association", "respect, not rants", stype="ORG", syntax="phrase",
    cue="said its members deserved")
d.Q("Steve Kerrigan", "Maybe Gary should spend less time shouting at referees and more time coaching defenders,",
    aliases=["Don Valley boss Steve Kerrigan"], role="Don Valley boss", cue="he smirked",
    note="'he' = Kerrigan, the subject of the sentence before; 'Gary' inside the quote is Tillotson.")

d.OQ("several clubs", attribution="none", reason="Unsourced claim in quotation marks ('we understand'); no "
     "identifiable speaker.")
d.OQ("the loudest they have ever heard", attributed_to="Dressing room insiders", attribution="vague-collective",
     reason="Anonymous insiders; no identifiable speaker.")

d.F("£38m", 38000000, "GBP", "fee for the striker (headline)", ctx="as £38m striker")
d.F("£38million", 38000000, "GBP", "fee for the record signing", ctx="his £38million record")
d.F("3-1", "3-1", "score", "derby result (Don Valley United's winning score)",
    note="Scoreline kept as written, unit score, as in heldout.")
d.F("52", 52, "years", "age of Gary Tillotson")
d.F("two", 2, "count", "stewards who led Tillotson away")
d.F("31,400", 31400, "count", "fans at Hillfoot Road")
d.F("three", 3, "count", "fans arrested after the game (South Yorkshire Police)", ctx="said three fans")
d.F("24", 24, "years", "age of Joao Baptista", ctx="Baptista, 24")
d.F("58th", 58, "ordinal", "minute of Baptista's red card")
d.F("1-1", "1-1", "score", "score at the time of the red card")
d.F("30 years", 30, "years", "Tillotson's time in football (in a quote)")
d.F("twice", 2, "times", "goals Lewis Carr scored after the break",
    note="'scored twice' = two goals; stored as dev5c/dev7b store 'twice'.")
d.F("8pm", "20:00", "time", "kick-off time")
d.F("up to five", 5, "count", "games of a possible touchline ban", qualifier="up to")
d.F("£50,000", 50000, "GBP", "possible fine for Tillotson", note="'a fine that could top £50,000'.")
d.F("£210million", 210000000, "GBP", "price Halvorsen Sports Group paid for Vale")
d.F("2024", 2024, "year", "when Halvorsen Sports Group bought Vale")
d.F("five", 5, "count", "defeats in Vale's last six games", ctx="lost five of")
d.F("six", 6, "count", "games in Vale's recent run", ctx="their last six")
d.F("17th", 17, "ordinal", "Vale's league position")
d.F("three points", 3, "points", "Vale's margin above the drop zone")
d.F("£38million", 38000000, "GBP", "Baptista's transfer fee", ctx="cost £38million")
d.F("€44million", 44000000, "EUR", "Baptista's transfer fee in euros")
d.F("August", "2026-08", "date", "when Baptista joined", value_inferred=True,
    note="Year not written; the set's year 2026 (2026-27 season).")
d.F("four", 4, "goals", "goals Baptista has scored for Vale", ctx="only four goals")
d.F("19", 19, "count", "games Baptista has played for Vale")
d.F("47", 47, "years", "age of Ricardo Sampaio")
d.F("several", None, "count", "clubs that approached Sampaio", vague=True, qualifier="several")
d.F("12%", 12, "percent", "rise in season ticket prices (Vale Supporters’ Trust)")
d.F("£695", 695, "GBP", "average season ticket price")
d.F("41", 41, "years", "age of Martin Cleary")
d.F("ninth", 9, "ordinal", "Don Valley United's league position")

d.NF("million", ctx="a million years", reason="Idiom inside a quote ('never ... in a million years').")
d.NF("first", ctx="ball first", reason="Adverb inside a quote ('gets the ball first').")
d.NF("half", ctx="half-time", reason="Part of 'half-time' (a period of the match).")
d.NF("one", ctx="one player claiming", reason="An unnamed single player ('one player claiming'), not a reported "
     "quantity.")

d.RT("last night", ctx="Martin Cleary last night", resolved=None)
d.RT("last night", ctx="confirmed last night", resolved=None)
d.RT("last night", ctx="statement last night", resolved=None)
d.RT("this summer", resolved="2026")
d.RT("next weekend", resolved=None)
d.RT("on Saturday", resolved=None)

d.P("Gary Tillotson", "PERSON", "Sheffield Vale boss", "FURIOUS Sheffield Vale boss Gary Tillotson launched",
    ["quoted", "actor"], aliases=["Tillotson", "Gary"], note="'Gary' inside Kerrigan's quote.")
d.P("Sheffield Vale", "ORG", None, "Sheffield Vale boss Gary Tillotson", ["actor"], aliases=["Vale"],
    note="'the Vale board', 'Vale, bought for £210million', 'Vale travel to Norwich'.")
d.P("Martin Cleary", "PERSON", "referee", "an astonishing rant at referee Martin Cleary", ["actor"],
    aliases=["Cleary"])
d.P("Joao Baptista", "PERSON", "Brazilian striker", "Brazilian striker Joao Baptista, 24, was shown a straight red",
    ["actor"], aliases=["Baptista"])
d.P("Don Valley United", "ORG", None, "Don Valley United skipper Lewis Carr", ["actor"], aliases=["Don Valley"],
    note="'whose side climbed to ninth'.")
d.P("Lewis Carr", "PERSON", "Don Valley United skipper", "Don Valley United skipper Lewis Carr", ["quoted", "actor"],
    aliases=["Carr"])
d.P("Football Association", "ORG", None, "The Football Association confirmed last night", ["actor", "quoted"])
d.P("South Yorkshire Police", "ORG", None, "South Yorkshire Police said three fans were arrested", ["cited", "actor"])
d.P("Danny Holt", "PERSON", "Former Vale skipper", "Former Vale skipper Danny Holt told RadioGoal", ["quoted"])
d.P("RadioGoal", "ORG", None, "Danny Holt told RadioGoal", ["actor"], note="Broadcaster the speaker talked to (dev3 convention).")
d.P("Malcolm Dunne", "PERSON", "Vale chairman", "— Vale chairman Malcolm Dunne", ["quoted"])
d.P("Halvorsen Sports Group", "ORG", None, "bought for £210million by US-based Halvorsen Sports Group", ["actor"],
    note="Owner; 'the owners' in Beattie's quote.")
d.P("CD Ribeirense", "ORG", None, "when he joined from Portugal’s CD Ribeirense", ["actor"],
    note="Selling club (after a preposition). Unsure.")
d.P("Ricardo Sampaio", "PERSON", "His agent", "His agent, Ricardo Sampaio, told us", ["quoted", "actor"],
    aliases=["Sampaio"])
d.P("Vale Supporters’ Trust", "ORG", None, "According to the Vale Supporters’ Trust", ["cited"])
d.P("Lorraine Beattie", "PERSON", "Trust chairwoman", "Trust chairwoman Lorraine Beattie told us", ["quoted"])
d.P("Professional Match Officials Association", "ORG", "referees’ body",
    "referees’ body the Professional Match Officials Association said", ["quoted"])
d.P("Steve Kerrigan", "PERSON", "Don Valley boss", "Don Valley boss Steve Kerrigan", ["quoted"])
d.M("Hillfoot Road", "FAC", "Vale's stadium.")
d.M("Portugal", "GPE", "Background.")
d.M("Spain", "GPE", "Background.")
d.M("Norwich", "GPE", "Next opponent's city (background).")
d.M("US", "GPE", "In 'US-based'.")
d.write()
