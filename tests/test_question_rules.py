"""Unit tests of the question rules that are awkward as scenarios: wh-questions, references, distractors."""

from __future__ import annotations

import pytest

from quizgen.extract.model import Figure
from quizgen.nlp import load
from quizgen.questions import distractors
from quizgen.questions.pool import Pool
from quizgen.questions.refs import references
from quizgen.questions.text import plain, trim
from quizgen.questions.wh import wh_question


@pytest.fixture(scope="module")
def nlp():
    return load()


@pytest.mark.parametrize("sentence, figure, figure_type, question", [
    ("Bilateral trade between Chile and Peru is projected to reach $90 billion in 2024.", "$90 billion", "money",
     "How much is bilateral trade between Chile and Peru projected to reach in 2024?"),
    ("The port handled about 14.4 million twenty-foot equivalent units last year.", "about 14.4 million", "count",
     "How many twenty-foot equivalent units did the port handle last year?"),
    ("In total, 14 agreements were signed after the talks in Lima.", "14", "count",
     "How many agreements were signed after the talks in Lima in total?"),
    ("The summit took place in Lima on March 3-4, 2024.", "March 3-4, 2024", "date",
     "When did the summit take place in Lima?"),
    ("Exports rose 12% in 2023, according to the ministry.", "12%", "percent",
     "By how much did exports rise in 2023 according to the ministry?"),
    ("The officials signed 14 agreements on fishing after the talks.", "14", "count",
     "How many agreements on fishing after the talks did the officials sign?"),
    ("Meanwhile, in May 2023, Peru revived the port plan, doubling the capacity of the terminal.", "May 2023", "date",
     "When did Peru revive the port plan?"),
    ("Trade with Peru, which rose by 60% last year, is growing.", "60%", "percent", None),
    ("The previous summits in 2017 and 2019 drew more leaders.", "2019", "date", None),
    ("He said the port will cost $3 billion.", "$3 billion", "money", "How much will the port cost?"),
    ("It will cost $3 billion.", "$3 billion", "money", None),
    ("There were 9 Peruvian ministers and deputy ministers at the 2021 summit.", "9", "count",
     "How many Peruvian ministers and deputy ministers at the 2021 summit were there?"),
    ("Ms. Lopez has visited Lima more than 30 times, more than any other envoy.", "more than 30 times", "count",
     "How many times has Ms. Lopez visited Lima?"),
])
def test_wh_questions_come_from_the_parse(nlp, sentence, figure, figure_type, question):
    start = sentence.index(figure)
    assert wh_question(nlp(sentence), start, start + len(figure), figure_type) == question


def test_a_pronoun_names_the_one_person_just_mentioned(nlp):
    text = "Maria Lopez arrived in Lima.\nShe said the port will cost $3 billion."
    offset = text.index("She")
    sentence = text[offset:]
    edits = references(nlp(sentence), offset, [(0, "Maria Lopez")], (0, 0))
    assert edits == [(0, 3, "Maria Lopez")]


def test_a_pronoun_with_two_candidates_is_unresolved(nlp):
    text = "Maria Lopez met Jan Novak.\nHe said the port will cost $3 billion."
    offset = text.index("He")
    assert references(nlp(text[offset:]), offset, [(0, "Maria Lopez"), (16, "Jan Novak")], (0, 0)) is None


def test_this_and_it_are_unresolvable_but_quoted_words_are_the_speakers(nlp):
    assert references(nlp("This pipeline will cost $3 billion."), 0, [], (0, 0)) is None
    assert references(nlp("“We will finish it,” Maria Lopez said."), 0, [], (0, 0)) == []


def _figure(surface, value, unit, figure_type):
    return Figure(doc="a.txt", span=(0, len(surface)), sentence=surface, sentence_start=0, surface=surface,
                  value=value, unit=unit, figure_type=figure_type)


@pytest.mark.parametrize("surface, value, unit, figure_type", [
    ("$240 billion", 240_000_000_000, "USD", "money"),
    ("more than 2,500 km", 2500, "km", "quantity"),
    ("63%", 63, "percent", "percent"),
    ("eleven", 11, "documents", "count"),
])
def test_figure_distractors_keep_style_unit_and_magnitude(surface, value, unit, figure_type):
    figure = _figure(surface, value, unit, figure_type)
    wrong = distractors.figures(figure, Pool([figure]), prompt="")
    assert len(wrong) == 3 and surface not in wrong
    prefix = surface.split("2,500")[0] if "2,500" in surface else ""
    for option in wrong:
        assert option.startswith(prefix)
        assert option[-1].isalpha() == surface[-1].isalpha()


def test_ordinal_and_date_distractors():
    assert distractors.figures(_figure("5th", 5, "ordinal", "ordinal"), Pool([]), "") == ["6th", "4th", "7th"]
    assert distractors.figures(_figure("third", 3, "ordinal", "ordinal"), Pool([]), "") == ["fourth", "second", "fifth"]
    assert distractors.figures(_figure("October 17-18", "XXXX-10-17/XXXX-10-18", "date", "date"), Pool([]), "")[:2] == \
        ["November 17-18", "September 17-18"]


def test_markup_is_removed_and_long_sentences_trimmed_at_clauses():
    assert plain("The [port deal](#) is worth US\\$90 billion") == "The port deal is worth US$90 billion"
    sentence = "First clause here, " + "many more words in between " * 10 + ", the answer is 42, and a long tail " * 3
    start = sentence.index("42")
    trimmed = trim(sentence, start, start + 2, max_words=20)
    assert "42" in trimmed and trimmed.startswith("…") and len(trimmed.split()) <= 24


def test_a_pronoun_saying_verb_is_not_resolved_to_a_person_named_in_its_clause(nlp):
    sentence = "Peru meets all of Maria Lopez’s conditions, he noted."
    assert references(nlp(sentence), 0, [(18, "Maria Lopez")], (0, 0)) is None


@pytest.mark.parametrize("name, text, kind", [
    ("Mara Voss", "The retail association Mara Voss said shops were shut.", "ORG"),
    ("Kell Rowe", "The employers' association, Kell Rowe, offered 4%.", "ORG"),
    ("Aldo Brenn", "In the suburb of Aldo Brenn, a farmer watched the flames.", "GPE"),
    ("Pia Lund", "Farmer Pia Lund watched the flames in the suburb.", None),
])
def test_the_noun_an_article_introduces_a_name_with_says_what_it_names(name, text, kind):
    assert distractors.introduced_as(name, text) == kind


@pytest.mark.parametrize("name, role, expected", [
    ("Orvik Freight", "Danish shipping line", True),
    ("Lumora", "a California startup", True),
    ("Pia Lund", "leader of the farmers' party", False),
    ("Pia Lund", "spokeswoman for the shipping line", False),
])
def test_an_organisation_described_by_its_kind_is_not_a_person(name, role, expected):
    assert distractors.not_a_person(name, role) is expected


def test_figure_distractors_stay_in_a_plausible_band_even_among_the_articles_figures():
    height = _figure("1.8 metres", 1.8, "metre", "quantity")
    others = [_figure(s, v, "metre", "quantity") for s, v in (("0.9 metres", 0.9), ("2.7 metres", 2.7),
                                                                ("1.5 metres", 1.5))]
    wrong = distractors.figures(height, Pool([height, *others]), prompt="")
    assert "1.5 metres" in wrong and "0.9 metres" not in wrong and "2.7 metres" not in wrong
    for option in wrong:
        value = float(option.split()[0])
        assert 0.15 <= abs(value - 1.8) / 1.8 <= distractors.MAX_RELATIVE_GAP


@pytest.mark.parametrize("text, surface, kind, in_quote, fair", [
    ("The bank pledged €9bn to the fund on Monday.", "€9bn", "money", False, True),
    ("The bank pledged €9bn (about $10bn) to the fund.", "$10bn", "money", False, False),   # restates €9bn
    ("The bank pledged €9bn ($10bn) to the fund.", "€9bn", "money", False, False),        # restated beside it
    ("“Half of this money comes late,” she said.", "Half", "percent", True, False),       # a misquote
    ("The team finished third in the league.", "third", "ordinal", False, False),         # a quibble
])
def test_a_false_statement_swaps_only_a_figure_nothing_beside_it_restates(nlp, text, surface, kind, in_quote, fair):
    from quizgen.ingest.read import document_from_text
    from quizgen.questions.templates import Context, _falsifiable
    article = document_from_text("a.txt", text)
    start = article.text.index(surface)
    figure = Figure(doc="a.txt", span=(start, start + len(surface)), sentence=text, sentence_start=0, surface=surface,
                    value=9, unit=kind, figure_type=kind, in_quote=in_quote)
    assert _falsifiable(Context({"a.txt": article}, Pool([]), nlp), figure) is fair


@pytest.mark.parametrize("answer, accepted, response, right", [
    ("Miranda Holt", ["Holt"], "Ms Holt", True),                       # title + surname, as articles write it
    ("Miranda Holt", ["Holt"], "Professor Miranda Holt", True),
    ("Miranda Holt", ["Holt"], "Ms Miranda", False),                   # a given name is not the person
    ("Greens leader", [], "leader of the Greens", True),               # a role's other natural form
    ("Greens leader", [], "leader", False),
    ("half-year", [], "half year", True),                              # unit spelling
])
def test_typed_answers_in_their_natural_forms_are_right(answer, accepted, response, right):
    from quizgen.questions.grading import grade
    from quizgen.questions.model import Question
    question = Question(id="0" * 16, type="short", prompt="Who or what?", answer=answer, accepted=accepted)
    assert grade(question, response) is right


@pytest.mark.parametrize("role, usable", [
    ("fire service spokesman", True),
    ("fire service spokesman Colonel", False),   # the title of the name that followed, cut off from it
    ("chief", False),
])
def test_a_role_a_question_can_stand_on(role, usable):
    from quizgen.questions.pool import usable_role
    assert usable_role(role) is usable


def _speaker(doc: str, name: str, type_: str = "PERSON", role: str | None = None):
    from quizgen.extract.model import Participant
    return Participant(doc=doc, span=(0, len(name)), sentence=name, sentence_start=0, name=name, type=type_, role=role)


def test_names_are_settled_to_the_full_name_the_article_writes():
    from quizgen.questions.pool import Pool
    text = "Founder and chief executive Priya Raman apologised. Ms Raman said sorry. But Moll agreed, and Andrew Moll left."
    pool = Pool([_speaker("a", "Priya Raman"), _speaker("a", "Ms Raman", "ORG"), _speaker("a", "Moll"),
                 _speaker("a", "Pieter de Vries", "ORG", "Their mission head")], {"a": text})
    assert pool.actor("Ms Raman") is pool.actor("Priya Raman")
    assert pool.variants("Ms Raman") == ["Ms Raman", "Priya Raman", "Raman"]
    assert pool.actor("Moll").name == "Andrew Moll" and "Moll" in pool.variants("Andrew Moll")
    assert pool.actor("Pieter de Vries").type == "PERSON" and "de Vries" in pool.variants("Pieter de Vries")


@pytest.mark.parametrize("name", ["O'Neill", "Siobhan O'Neill", "Ana Lopez-Vidal", "Dr O'Neill"])
def test_names_with_apostrophes_and_hyphens_settle_without_error(name):
    from quizgen.questions.pool import Pool
    text = f"{name} said the plan would work. O'Neill later left, and Lopez-Vidal stayed."
    pool = Pool([_speaker("a", name)], {"a": text})
    assert pool.actor(name) is not None


@pytest.mark.parametrize("name, last", [("Pieter van Aalst", "van Aalst"), ("Martin Luther King Jr.", "King"),
                                        ("Ms Raman", "Raman")])
def test_a_surname_keeps_its_particles(name, last):
    from quizgen.questions.text import surname
    assert surname(name) == last


@pytest.mark.parametrize("role, clean", [
    ("chief executive of Valdora Port", True), ("The state premier of Saxony", True), ("Council member", True),
    ("runs the charity Patients First", False), ("founder and", False), ("based in Washington", False),
    ("Prof, who studies lake physics at the Nordic Centre", False),
])
def test_a_role_key_is_one_noun_phrase(nlp, role, clean):
    from quizgen.questions.templates import Context, _clean_role
    assert _clean_role(Context({}, Pool([]), nlp), role) is clean


def test_round_figures_get_round_distractors():
    figure = _figure("about 110", 110, "count", "concerts")
    wrong = distractors.figures(figure, Pool([figure]), prompt="")
    assert wrong and all(int(w.split()[-1]) % 10 == 0 for w in wrong), wrong


def test_the_doer_of_a_passive_is_not_asked_by_how_many(nlp):
    sentence = nlp("The vote was watched by 140 international observers from the union.")
    start = sentence.text.index("140")
    assert wh_question(sentence, start, start + 3, "count") is None


@pytest.mark.parametrize("quote, pinned", [("We will look at the radar records", False),
                                           ("This is a vote of confidence in eastern Germany", True)])
def test_a_quote_blank_must_hold_a_name_or_a_number(nlp, quote, pinned):
    from quizgen.questions.templates import _pinned
    chunk = list(nlp(quote).noun_chunks)[-1]
    assert _pinned(chunk) is pinned


def test_a_matching_column_shared_by_two_people_is_left_out(nlp):
    from quizgen.extract.model import Participant
    from quizgen.ingest.read import document_from_text
    from quizgen.questions.groups import group_facts
    from quizgen.questions.templates import Context, matching_candidates
    text = ("Council votes\n\nCouncil President Ann Lee, Council member Bo Park, Council member Cy Ray, Police Chief "
            "Di Fox and Budget Director Ed Wu met.\n")
    document = document_from_text("c.txt", text)
    facts = []
    for name, role in [("Ann Lee", "Council President"), ("Bo Park", "Council member"), ("Cy Ray", "Council member"),
                       ("Di Fox", "Police Chief"), ("Ed Wu", "Budget Director")]:
        start = text.index(name)
        facts.append(Participant(doc="c.txt", span=(start, start + len(name)), sentence=text.strip(), sentence_start=0,
                                 name=name, type="PERSON", role=role))
    [matching] = [c.question for c in matching_candidates(Context({"c.txt": document}, Pool(facts), nlp),
                                                          group_facts(facts))]
    assert [left for left, _ in matching.pairs] == ["Ann Lee", "Di Fox", "Ed Wu"]


def test_a_key_accepts_the_short_name_the_article_uses():
    from quizgen.questions.pool import Pool
    text = "Xi Jinping met Vladimir Putin. Later Xi and Putin signed a statement."
    pool = Pool([_speaker("a", "Xi Jinping"), _speaker("a", "Vladimir Putin")], {"a": text})
    assert pool.variants("Xi Jinping") == ["Xi Jinping", "Xi"]
    assert "Putin and Xi" in pool.variants("Vladimir Putin and Xi Jinping")


@pytest.mark.parametrize("qualifier, wrong, fair", [
    ("about", "about 30 times", True), ("more than", "more than 30 times", False),
    ("more than", "more than 55 times", True), ("up to", "up to 55 times", False), ("up to", "up to 30 times", True),
])
def test_a_bound_is_falsified_only_the_other_way(qualifier, wrong, fair):
    from quizgen.questions.templates import _beyond_bound
    figure = Figure(doc="a.txt", span=(0, 1), sentence="", sentence_start=0, surface=f"{qualifier} 40 times",
                    value=40, unit="times", figure_type="count", qualifier=qualifier)
    assert _beyond_bound(figure, wrong) is fair


def test_an_actor_type_follows_its_title_name_or_description():
    from quizgen.questions.pool import Pool
    pool = Pool([_speaker("a", "Conor Blake", "ORG", "Its general secretary"), _speaker("a", "Ms Nolan", "ORG"),
                 _speaker("a", "Elena Campos", "ORG", "a climatologist at the University of Granada"),
                 _speaker("a", "Skylark", "PERSON", "Budget airline"), _speaker("a", "Dunmore City", "PERSON")])
    assert [a.type for a in pool.actors] == ["PERSON", "PERSON", "PERSON", "ORG", "ORG"]


def test_a_hyphenated_surname_takes_its_full_name():
    from quizgen.questions.pool import Pool
    pool = Pool([_speaker("a", "Moreland")], {"a": "Tristram Hunt-Moreland, a historian, said so."})
    assert pool.actor("Moreland").name == "Tristram Hunt-Moreland"


def test_a_role_naming_a_person_the_article_never_writes_is_not_asked(nlp):
    from quizgen.extract.model import Participant
    from quizgen.ingest.read import document_from_text
    from quizgen.questions.templates import Context, _rewritten_role
    text = "Sara Holm spoke. The Oba received them. His spokesman, Osa Edo, said so."
    article = document_from_text("m.txt", text)
    facts = [Participant(doc="m.txt", span=(0, 9), sentence=text, sentence_start=0, name="Sara Holm", type="PERSON"),
             Participant(doc="m.txt", span=(0, 9), sentence=text, sentence_start=0, name="Osa Edo", type="PERSON",
                         role="spokesman of Sara Holm")]
    ctx = Context({"m.txt": article}, Pool(facts), nlp)
    assert _rewritten_role(ctx, facts[1])
    facts[1].role = "His spokesman"
    assert not _rewritten_role(ctx, facts[1])


@pytest.mark.parametrize("role, shown", [("His spokesman", False), ("spokesman of Sara Holm", False)])
def test_an_explanation_gives_a_speaker_only_the_role_the_article_writes(role, shown):
    from quizgen.extract.model import Quote
    from quizgen.ingest.read import document_from_text
    from quizgen.questions.model import Question
    from quizgen.questions.rank import explanation
    text = "Museum returns bronzes\n\nSara Holm spoke. His spokesman, Osa Edo, said: “We are glad.”\n"
    document = document_from_text("m.txt", text)
    quote = Quote(doc="m.txt", span=(0, 1), sentence=text, sentence_start=0, text="We are glad.", speaker="Osa Edo",
                  speaker_role=role, speaker_type="PERSON")
    question = Question(id="0", type="short", prompt="Who said: “We are glad”?", answer="Osa Edo")
    assert (role in explanation(question, [quote], {"m.txt": document})) is shown
