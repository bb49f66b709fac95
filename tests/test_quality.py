"""Unit tests of the quality stage: each named check passes a good question and fails a bad one."""

from __future__ import annotations

import pytest

from quizgen.extract.model import Evidence, Figure, Participant, Quote
from quizgen.ingest.read import document_from_text
from quizgen.nlp import load
from quizgen.questions import quality
from quizgen.questions.model import Question
from quizgen.questions.pool import Pool

ARTICLE = document_from_text("port.txt", (
    "Port workers strike in Valdora\n\n"
    "Dock workers in Valdora walked out on Monday. “We will not accept a pay cut,” said Ines Marlow, the union's "
    "chief negotiator. Tomas Reyes, chief executive of Valdora Port, urged talks. Lena Ortiz, an economist at "
    "the Northern Institute, said the strike would cost $40 million a day. Pablo Sand, a shipping analyst at "
    "Harbor Research, agreed. President Marco Diaz of Valdora stayed silent.\n"))


@pytest.fixture(scope="module")
def nlp():
    return load()


def _fact(name: str, role: str) -> Participant:
    start = ARTICLE.text.index(name)
    return Participant(doc=ARTICLE.name, span=(start, start + len(name)), sentence=name, sentence_start=start,
                       name=name, type="PERSON", role=role)


FACTS = [_fact("Ines Marlow", "the union's chief negotiator"), _fact("Tomas Reyes", "chief executive of Valdora Port"),
         _fact("Lena Ortiz", "an economist at the Northern Institute"), _fact("Pablo Sand", "a shipping analyst at Harbor Research"),
         _fact("Marco Diaz", "Valdora President")]


def _q(type_: str, prompt: str, answer: str, **fields) -> Question:
    start = ARTICLE.text.find(answer) if answer in ARTICLE.text else 0
    fields.setdefault("evidence", [Evidence(ARTICLE.name, (start, start + len(answer)),
                                            ARTICLE.text[ARTICLE.text.index("Dock"):ARTICLE.text.index("Monday.") + 7])])
    fields.setdefault("explanation", "“Port workers strike in Valdora” says so.")
    fields.setdefault("choices", ["True", "False"] if type_ == "tf" else [])
    fields.setdefault("score", 1.0)
    return Question(id="0" * 16, type=type_, prompt=prompt, answer=answer, **fields)


def _outcome(nlp, check: str, question: Question) -> quality.Outcome:
    text, ranges = quality.masked(quality.realised(question))
    item = quality.item(question, nlp(text), ranges, article=ARTICLE, facts=FACTS, pool=Pool(FACTS), nlp=nlp)
    return quality.CHECKS[check](item)


PASS, MARGINAL, FAIL = quality.PASS, quality.MARGINAL, quality.FAIL


@pytest.mark.parametrize("check, question, expected", [
    ("well_formed", _q("short", "How much would the strike cost a day?", "$40 million"), PASS),
    ("well_formed", _q("short", "How much would the strike cost a day", "$40 million"), FAIL),
    ("well_formed", _q("cloze", "Dock workers in _____ walked out on Monday.", "Valdora"), PASS),
    ("well_formed", _q("cloze", "Dock workers rais_____ion walked out.", "Valdora"), FAIL),
    ("well_formed", _q("tf", "VALDORA (Reuters) - Dock workers walked out on Monday.", "True"), FAIL),
    ("well_formed", _q("tf", "Dock workers walked out. said. said the union.", "True"), FAIL),
    ("well_formed", _q("short", "When will The union meet the employers?", "Friday"), FAIL),
    ("well_formed", _q("cloze", "“We will not accept a pay cut,” said _____, the union's chief negotiator.", "Ines Marlow"),
     PASS),
    ("wh_syntax", _q("short", "By how much did exports rise in May?", "12%"), PASS),
    ("wh_syntax", _q("short", "At how much was the budget capped?", "$1 billion"), FAIL),
    ("wh_syntax", _q("short", "In how long did the bank earn $13 billion?", "three months"), FAIL),
    ("wh_syntax", _q("short", "How many the size of Earth is the planet?", "1.6 times"), FAIL),
    ("self_contained", _q("short", "How many workers did Valdora Port employ in 2023?", "9,000"), PASS),
    ("self_contained", _q("tf", "The forum was held in Valdora.", "True"), FAIL),
    ("self_contained", _q("cloze", "… and the talks resumed on _____.", "Friday"), FAIL),
    ("self_contained", _q("tf", "He said the strike would cost $40 million a day.", "True"), FAIL),
    ("self_contained", _q("tf", "Tomas Reyes said his port would lose $40 million a day.", "True"), PASS),
    ("self_contained", _q("tf", "That law raised the minimum wage in Valdora.", "True"), FAIL),
    ("self_contained", _q("tf", "Lena Ortiz said dock workers would “never give in to them”.", "True"), PASS),
    ("self_contained", _q("tf", "Lena Ortiz said the strike would cost $40 million a day.", "True"), MARGINAL),
    ("not_trivial", _q("short", "Who is the Valdora President?", "Marco Diaz"), FAIL),
    ("not_trivial", _q("tf", "Marco Diaz is the Valdora President.", "True"), FAIL),
    ("not_trivial", _q("short", "Who is described as a shipping analyst at Harbor Research?", "Pablo Sand"), PASS),
    ("not_trivial", _q("cloze", "For the past _____, the port grew.", "decade", value="P10Y"), FAIL),
    ("answer_key", _q("short", "What position does Tomas Reyes hold?", "chief executive of Valdora Port"), PASS),
    ("answer_key", _q("short", "What position does Tomas Reyes hold?", "chief executive"), FAIL),
    ("answer_key", _q("short", "What position does Ines Marlow hold?", "union's chief negotiator"), FAIL),
    ("answer_key", _q("short", "Who said: “We will not accept a pay cut”?", "Ines Marlow", accepted=["Marlow"]), PASS),
    ("answer_key", _q("short", "Who said: “We will not accept a pay cut”?", "Ines Marlow", accepted=["Ines"]), FAIL),
    ("answer_key", _q("short", "Who said: “We will not accept a pay cut”?", "Ines Marlow", accepted=["Jr."]), FAIL),
    ("distractors", _q("mcq", "Who urged talks?", "Tomas Reyes",
                       choices=["Tomas Reyes", "Ines Marlow", "Lena Ortiz", "Pablo Sand"]), PASS),
    ("distractors", _q("mcq", "Who urged talks?", "Tomas Reyes",
                       choices=["Tomas Reyes", "Ines Marlow", "Lena Ortiz", "Joe Biden"]), FAIL),
    ("distractors", _q("mcq", "Who urged talks?", "Tomas Reyes",
                       choices=["Tomas Reyes", "Ines Marlow", "Lena Ortiz and Pablo Sand", "Marco Diaz"]), FAIL),
    ("distractors", _q("tf", "Angela Merkel said the strike would cost $40 million a day.", "False"), FAIL),
    ("explanation", _q("short", "Who urged talks?", "Tomas Reyes"), PASS),
    ("explanation", _q("short", "Who urged talks?", "Tomas Reyes", explanation="port.txt describes Tomas Reyes."), FAIL),
    ("explanation", _q("short", "Who urged talks?", "Tomas Reyes", explanation=""), FAIL),
    ("well_formed", _q("short", "When is the next summit due to take place in Valdora —?", "2027"), FAIL),
    ("names_whole", _q("short", "How many Workers walked out in Valdora on Monday?", "9,000"), FAIL),
    ("names_whole", _q("short", "How many dock workers walked out in Valdora on Monday?", "9,000"), PASS),
    ("names_whole", _q("short", "How many workers does Northern Institute employ in Valdora?", "9,000"), FAIL),
    ("names_whole", _q("short", "How many workers does the Northern Institute employ in Valdora?", "9,000"), PASS),
    ("self_contained", _q("tf", "“We will not accept a pay cut,” the Spaniard said in Valdora.", "True"), FAIL),
    ("self_contained", _q("tf", "The minister says dock workers in Valdora walked out on Monday.", "True"), FAIL),
    ("self_contained", _q("tf", "The 24-year-old scored twice for Valdora Port on Monday.", "True"), FAIL),
    ("self_contained", _q("tf", "That raised the minimum wage for dock workers in Valdora.", "True"), FAIL),
    ("self_contained", _q("cloze", "An amendment from Tomas Reyes trimmed that to _____ a day.", "$40 million"), FAIL),
    ("self_contained", _q("cloze", "The poll has a margin of error of _____ in all.", "3 points"), FAIL),
    ("self_contained", _q("short", "How many objects had the museum lent to Valdora last year?", "12"), FAIL),
    ("answer_key", _q("short", "Who is described as chief executive of Valdora Port?", "founder and Tomas Reyes"), FAIL),
    ("answer_key", _q("short", "Who is described as chief executive of Valdora Port?", "Tomas van Reyes"), PASS),
    ("answer_key", _q("matching", "Match each person with their role.", "",
                      pairs=[["Tomas Reyes", "chief executive"], ["founder and Ines", "negotiator"]]), FAIL),
    ("evidence", _q("short", "Who urged talks?", "Tomas Reyes"), PASS),
    ("evidence", _q("short", "Who urged talks?", "Tomas Reyes",
                    evidence=[Evidence(ARTICLE.name, (5000, 5010), "Dock workers in Valdora walked out on Monday.")]),
     FAIL),
])
def test_each_check_passes_good_and_fails_bad_questions(nlp, check, question, expected):
    assert _outcome(nlp, check, question) is expected, (check, question.prompt)


def test_quoted_words_are_the_speakers_and_not_parsed_as_ours():
    text, ranges = quality.masked("Who said: “They will pay for this”?")
    assert text == f"Who said: “{quality.MASK}”?" and len(ranges) == 1


def test_a_fatal_failure_drops_the_question_and_a_fixable_one_is_held_for_review(nlp):
    broken = _q("short", "In how long did the bank earn $13 billion?", "three months")
    vague = _q("short", "What position does Tomas Reyes hold?", "chief executive")
    good = _q("short", "Who is described as a shipping analyst at Harbor Research?", "Pablo Sand")
    kept = quality.assess([broken, vague, good], {ARTICLE.name: ARTICLE}, FACTS, Pool(FACTS), nlp)
    assert kept == [vague, good]
    assert vague.review and vague.quality["failed"] == ["answer_key"]
    assert not good.review and good.quality == {"score": 1.0, "failed": [], "marginal": []}


def test_marginal_checks_lower_the_score_under_the_review_line(nlp):
    long_wh = _q("short", "How much would the strike by dock workers in Valdora cost every single shipping company in "
                          "the region each day?", "$40 million", score=0.6)
    found = quality.judge(long_wh, nlp, article=ARTICLE, facts=FACTS, pool=Pool(FACTS))
    assert found.marginal and found.score < quality.REVIEW_LINE


@pytest.mark.parametrize("check, question, expected", [
    ("wh_syntax", _q("short", "How much have astronomers detected water vapour on the planet?", "120 light-years"), FAIL),
    ("wh_syntax", _q("short", "How much did the company spend on advertising?", "$3 million"), PASS),
    ("answer_key", _q("short", "Which organisation is described as an economist at the Northern Institute?",
                      "Lena Ortiz"), FAIL),
    ("answer_key", _q("short", "What position does Pablo Sand hold?", "former analyst at Harbor Research"), FAIL),
])
def test_realisations_that_lose_their_sense_fail(nlp, check, question, expected):
    assert _outcome(nlp, check, question) is expected, (check, question.prompt)


def test_no_verb_after_the_wh_phrase_fails(nlp):
    question = _q("short", "How much to chemical maker Corvane pay to residents?", "$310 million")
    assert _outcome(nlp, "wh_syntax", question) is FAIL


def test_a_company_among_people_fails(nlp):
    question = _q("mcq", "Who urged talks?", "Tomas Reyes",
                  choices=["Tomas Reyes", "Ines Marlow", "Valdora Port Industries", "Pablo Sand"])
    assert _outcome(nlp, "distractors", question) is FAIL


@pytest.mark.parametrize("prompt, expected", [
    ("How many workers does Valdora Port employ?", PASS),
    ("How many workers does Port employ?", FAIL),
    ("How many workers does valdora employ?", FAIL),
])
def test_names_stand_whole_and_capitalised(nlp, prompt, expected):
    assert _outcome(nlp, "names_whole", _q("short", prompt, "9,000")) is expected



def test_a_relation_is_not_a_position(nlp):
    question = _q("short", "What position does Pablo Sand hold?", "counterpart of Lena Ortiz")
    assert _outcome(nlp, "answer_key", question) is FAIL


@pytest.mark.parametrize("odd", ["Valdora Port Industries", "Austria Vienna"])
def test_an_organisation_or_place_among_people_fails(nlp, odd):
    question = _q("mcq", "Who urged talks?", "Tomas Reyes", choices=["Tomas Reyes", "Ines Marlow", odd, "Pablo Sand"])
    assert _outcome(nlp, "distractors", question) is FAIL


@pytest.mark.parametrize("prompt", ["How long did BRUSSELS/BUDAPEST ministers agree to extend sanctions?",
                                    "Why did LISBON, March 11 voters turn out?"])
def test_a_dateline_inside_a_prompt_is_debris(nlp, prompt):
    assert _outcome(nlp, "well_formed", _q("short", prompt, "six months")) is FAIL


@pytest.mark.parametrize("prompt, answer", [
    ("How much did exports grow 6% to?", "$2 billion"),                      # a stranded preposition
    ("How much has Valdora Port paid out to 40 workers so?", "$3 million"),  # a clause cut short
    ("How much does whose budget sit in a range of 2% to?", "3%"),           # a second wh-word
    ("How much did Valdora Port's revenue fall to $2 billion?", "8%"),       # the change's level is given
    ("How many boats have radios fitted in Valdora?", "under 12 metres"),    # a size band, not a count
])
def test_wh_questions_that_do_not_read_as_english_fail(nlp, prompt, answer):
    assert _outcome(nlp, "wh_syntax", _q("short", prompt, answer)) is FAIL


def test_by_how_much_with_the_level_reached_reads_as_english(nlp):
    assert _outcome(nlp, "wh_syntax", _q("short", "By how much did exports rise to $2 billion?", "6%")) is PASS


@pytest.mark.parametrize("type_, prompt, answer, expected", [
    ("cloze", "The strike turned on _____.", "two votes", FAIL),              # short, nothing named
    ("tf", "The strike turned on two votes.", "True", FAIL),
    ("cloze", "Tomas Reyes urged talks within _____.", "two days", PASS),
    ("short", "How many homes had been damaged?", "at least 85", FAIL),      # where? whose?
    ("short", "How many homes did Tomas Reyes inspect?", "85", PASS),
])
def test_a_question_naming_nothing_is_not_self_contained(nlp, type_, prompt, answer, expected):
    assert _outcome(nlp, "self_contained", _q(type_, prompt, answer)) is expected, prompt


@pytest.mark.parametrize("prompt, answer", [
    ("The _____-old negotiator Ines Marlow urged talks on Monday.", "52-year"),             # part of a word
    ("About one in five (_____) of the dock workers in Valdora walked out.", "20%"),      # restated beside it
])
def test_a_blank_inside_a_word_or_restating_its_neighbour_fails(nlp, prompt, answer):
    assert _outcome(nlp, "not_trivial", _q("cloze", prompt, answer)) is FAIL


VILLAGE = document_from_text("fire.txt", (
    "Fire reaches hill villages\n\n"
    "In the village of Aldo Brenn, farmer Pia Lund watched the flames. “We left with nothing at all,” she said. "
    "The retail association Mara Voss said shops were shut. Firefighter Jon Tell, mayor Eda Rune and nurse Rik Sol came later.\n"))


def _person(article, name: str) -> Participant:
    start = article.text.index(name)
    return Participant(doc=article.name, span=(start, start + len(name)), sentence=name, sentence_start=start,
                       name=name, type="PERSON", role="")


def test_a_speaker_or_choice_the_article_introduces_as_a_place_or_organisation_fails(nlp):
    facts = [_person(VILLAGE, n) for n in ("Aldo Brenn", "Pia Lund", "Mara Voss", "Jon Tell", "Eda Rune", "Rik Sol")]
    start = VILLAGE.text.index("Aldo Brenn")
    evidence = [Evidence(VILLAGE.name, (start, start + 10), VILLAGE.text[VILLAGE.text.index("In the"):])]

    def outcome(check, answer, choices=()):
        question = Question(id="0" * 16, type="mcq" if choices else "short", answer=answer, choices=list(choices),
                            prompt="Who said: “We left with nothing at all”?", evidence=evidence, score=1.0,
                            explanation="“Fire reaches hill villages” says so.")
        text, ranges = quality.masked(quality.realised(question))
        item = quality.item(question, nlp(text), ranges, article=VILLAGE, facts=facts, pool=Pool(facts), nlp=nlp)
        return quality.CHECKS[check](item)

    assert outcome("answer_key", "Aldo Brenn") is FAIL
    assert outcome("answer_key", "Pia Lund") is PASS
    assert outcome("distractors", "Pia Lund", ["Pia Lund", "Mara Voss", "Jon Tell", "Eda Rune"]) is FAIL
    assert outcome("distractors", "Pia Lund", ["Pia Lund", "Jon Tell", "Eda Rune", "Aldo Brenn"]) is FAIL
    assert outcome("distractors", "Pia Lund", ["Pia Lund", "Jon Tell", "Eda Rune", "Rik Sol"]) is PASS


def test_a_titled_person_is_not_an_organisation(nlp):
    question = _q("short", "Which organisation is described as a surgeon at the Northern Institute?", "Dr Ilse Varn")
    assert _outcome(nlp, "answer_key", question) is FAIL


ROUTE = document_from_text("road.txt", (
    "Bypass opens in Valdora\n\n"
    "Drivers on Route 66 near Valdora will save 20 minutes, and 14 new bridges were built for the bypass, which "
    "the 112 emergency alert system announced.\n"))


def _figure(surface: str, figure_type: str) -> Figure:
    start = ROUTE.text.index(surface)
    sentence_start = ROUTE.text.index("Drivers")
    return Figure(doc=ROUTE.name, span=(start, start + len(surface)), sentence=ROUTE.text[sentence_start:].strip(),
                  sentence_start=sentence_start, figure_type=figure_type, value=int(surface), unit=None, surface=surface)


@pytest.mark.parametrize("surface, expected", [("66", FAIL), ("14", PASS), ("112", FAIL)])
def test_a_number_inside_a_name_is_not_asked_as_a_figure(nlp, surface, expected):
    figure = _figure(surface, "count")
    question = Question(id="0" * 16, type="cloze", prompt=figure.sentence.replace(surface, "_____", 1), answer=surface,
                        fact_ids=[figure.id], score=1.0, explanation="“Bypass opens in Valdora” says so.",
                        evidence=[Evidence(ROUTE.name, figure.span, figure.sentence)])
    text, ranges = quality.masked(quality.realised(question))
    item = quality.item(question, nlp(text), ranges, article=ROUTE, facts=[figure], pool=Pool([figure]), nlp=nlp)
    assert quality.not_trivial(item) is expected


def test_a_statement_from_a_quote_names_its_speaker(nlp):
    sentence = "“We will not accept a pay cut,” said Ines Marlow, the union's chief negotiator."
    start = ARTICLE.text.index(sentence)
    quote = Quote(doc=ARTICLE.name, span=(start + 1, start + 29), sentence=sentence, sentence_start=start,
                  text="We will not accept a pay cut,", speaker="Ines Marlow", speaker_type="PERSON")
    facts = [*FACTS, quote]

    def outcome(prompt):
        question = _q("tf", prompt, "True", evidence=[Evidence(ARTICLE.name, quote.span, sentence)])
        text, ranges = quality.masked(quality.realised(question))
        item = quality.item(question, nlp(text), ranges, article=ARTICLE, facts=facts, pool=Pool(facts), nlp=nlp)
        return quality.self_contained(item)

    assert outcome("“We will not accept a pay cut,” said the union's chief negotiator in Valdora.") is FAIL
    assert outcome("“We will not accept a pay cut,” said Ines Marlow in Valdora.") is PASS


@pytest.mark.parametrize("check, question, expected", [
    # a connective leaning on a sentence the reader is not shown
    ("self_contained", _q("tf", "Otherwise, dock workers in Valdora would walk out on Monday.", "True"), FAIL),
    ("self_contained", _q("short", "How many ships would instead unload at Valdora Port?", "six"), FAIL),
    ("self_contained", _q("tf", "Tomas Reyes also urged talks in Valdora.", "True"), FAIL),
    ("self_contained", _q("tf", "Tomas Reyes urged talks in Valdora.", "True"), PASS),
    # a class noun a common word before it does not identify
    ("self_contained", _q("tf", "The district office in Valdora closed on Monday.", "True"), FAIL),
    # a country's divisions or capital: general knowledge
    ("not_trivial", _q("short", "How many provinces does Valdora have?", "12", value=12), FAIL),
    ("not_trivial", _q("tf", "Valdora has 12 provinces and two territories.", "True"), FAIL),
    ("not_trivial", _q("short", "How many workers in Valdora walked out?", "9,000", value=9000), PASS),
    # a figure blank a noun fills as well
    ("not_trivial", _q("cloze", "In the _____ to 1 March, Valdora Port handled 4 million boxes.", "52 weeks", value=52),
     FAIL),
    ("not_trivial", _q("cloze", "The _____ upgrade of Valdora Port was finished in 2023.", "$4m", value=4e6), FAIL),
    ("not_trivial", _q("cloze", "Valdora Port spent _____ on an upgrade in 2023.", "$4m", value=4e6), PASS),
    ("not_trivial", _q("cloze", "Tomas Reyes said Valdora Port had a “_____ black hole”.", "$4m", value=4e6), FAIL),
    # two sentences the parser ran together
    ("well_formed", _q("cloze", "Valdora Port sales rose _____ to £1.2bn. Online sales rose 8% to £286m.", "4%",
                       value=4), FAIL),
    ("well_formed", _q("tf", "Mr. Reyes said the U.S. Navy would help Valdora Port.", "True"), PASS),
    # a speaker told by nationality, not by name
    ("self_contained", _q("tf", "“We go home with nothing,” the Spaniard said in Valdora.", "True"), FAIL),
    # an equivalent beside the blank gives the answer away
    ("not_trivial", _q("cloze", "Valdora Port lent _____ (about £3.9 million) to the union.", "$5 million", value=5e6),
     FAIL),
    ("not_trivial", _q("short", "How far is Valdora Port from the city (about 95 km)?", "60 miles", value=60), FAIL),
])
def test_judged_failure_kinds(nlp, check, question, expected):
    assert _outcome(nlp, check, question) is expected
