"""Unit tests of the failure kinds judges found on unseen news: each rule passes the good form, fixes or drops the bad."""

from __future__ import annotations

import pytest

from quizgen.extract.model import Participant, Quote
from quizgen.ingest.read import document_from_text
from quizgen.questions.model import Question
from quizgen.questions.pool import Pool
from quizgen.questions.rank import appositive_role, explanation

ROLES_TEXT = ("Tram line opens\n\nOpposition leader Ana Pera criticised it. The bank's chief economist, Liv Kask, "
              "agreed. Its president, Ola Berg, spoke. Tom Webb, who chairs the players' committee, and a co-founder, "
              "Ivo Lind, spoke. Captain Eli Marsh said so. Ray Dunn, Prime Minister, said. The Harbour Federation of "
              "Veldt said no.\n")


@pytest.mark.parametrize("role, shown", [
    ("Opposition leader", "the opposition leader"),  # capitalised only because it starts a sentence
    ("The bank's chief economist", "the bank's chief economist"),
    ("Its president", ""),  # an owner the explanation cannot resolve
    ("and a co", ""),  # cut mid-word
    ("chairs the players' committee", ""),  # a clause, not a noun phrase
    ("Captain", ""),  # a title before the name
    ("Prime Minister", "the Prime Minister"),
])
def test_an_explanation_writes_a_role_as_an_apposition_or_leaves_it_out(role, shown):
    assert appositive_role(role, ROLES_TEXT) == shown


def test_an_organisation_the_article_writes_with_the_is_quoted_with_it():
    document = document_from_text("r.txt", ROLES_TEXT)
    quote = Quote(doc="r.txt", span=(0, 1), sentence="", sentence_start=0, text="No.",
                  speaker="Harbour Federation of Veldt", speaker_type="ORG")
    question = Question(id="0", type="short", prompt="Who said: “No”?", answer="Harbour Federation of Veldt")
    assert "quotes the Harbour Federation of Veldt saying" in explanation(question, [quote], {"r.txt": document})


NAMES_TEXT = ("Metro opens\n\nMara Ruiz Montero, the minister, spoke. \"Fine,\" Ruiz Montero said. Third Val Seton "
              "missed twice. Special Public Prosecutor Ned Hajj said so. Coach Rey Carr agreed.\n")


def _person(name: str) -> Participant:
    start = NAMES_TEXT.index(name)
    return Participant(doc="a", span=(start, start + len(name)), sentence=NAMES_TEXT, sentence_start=0, name=name,
                       type="PERSON")


@pytest.fixture(scope="module")
def pool() -> Pool:
    facts = [_person("Mara Ruiz Montero"), _person("Third Val Seton"), _person("Special Public Prosecutor Ned Hajj"),
             _person("Coach Rey Carr"),
             Quote(doc="a", span=(0, 1), sentence="", sentence_start=0, text="Fine", speaker="Ruiz Montero",
                   speaker_type="PERSON")]
    return Pool(facts, {"a": NAMES_TEXT})


def test_a_two_part_surname_is_the_short_form_and_joins_the_full_name(pool):
    assert pool.actor("Ruiz Montero").name_in("a") == "Mara Ruiz Montero"
    assert pool.variants("Ruiz Montero") == ["Ruiz Montero", "Mara Ruiz Montero"]  # never "Montero" alone


@pytest.mark.parametrize("written, key, accepted, refused", [
    ("Third Val Seton", "Val Seton", "Seton", "Third Val Seton"),  # a position fused to the name
    ("Special Public Prosecutor Ned Hajj", "Ned Hajj", "Special Public Prosecutor Ned Hajj", None),
    ("Coach Rey Carr", "Rey Carr", "Coach Rey Carr", None),
])
def test_a_name_key_is_the_bare_name(pool, written, key, accepted, refused):
    assert pool.actor(written).name_in("a") == key
    assert accepted in pool.variants(written)
    assert refused not in pool.variants(written)


@pytest.mark.parametrize("text, figure, cut", [
    ("Trains run between 6 p.m. and 11 p.m.", "6 p", True),  # the blank would leave ".m." behind
    ("Trains run between 6 p.m. and 11 p.m.", "6 p.m.", False),
    ("It cost a 4m bill.", "4", True),
    ("It cost £4m in all.", "£4m", False),
])
def test_a_blank_never_cuts_a_token(text, figure, cut):
    from quizgen.questions.templates import cut_token
    start = text.index(figure)
    assert cut_token(text, start, start + len(figure)) is cut


def test_a_figure_is_asked_without_the_equivalent_that_gives_it_away(nlp):
    from quizgen.extract.model import Figure
    from quizgen.questions.templates import Context
    text = "Tunnel opens\n\nThe tunnel runs for 3.2 miles (about 5.1 km) under the old riverbed in Valdora.\n"
    document = document_from_text("t.txt", text)
    sentence = text.split("\n\n")[1].strip()
    start = text.index(sentence)

    def figure(surface: str) -> Figure:
        at = text.index(surface)
        return Figure(doc="t.txt", span=(at, at + len(surface)), sentence=sentence, sentence_start=start,
                      surface=surface, value=3.2, unit="mile", figure_type="quantity")

    ctx = Context({"t.txt": document}, Pool([]), nlp)
    asked = figure("3.2 miles")
    assert ctx.sentence(asked, asked.span) == "The tunnel runs for _____ under the old riverbed in Valdora."
    inside = figure("5.1 km")
    assert ctx.sentence(inside, inside.span) is None  # "3.2 miles (about _____)"


@pytest.fixture(scope="module")
def nlp():
    from quizgen.nlp import load
    return load()
