"""The text rules every export relies on: cleaning, escaping, numbers, deck and category names."""

from __future__ import annotations

import pytest

from quizgen.export.anki import deck_name
from quizgen.export.common import ExportSet, clean, html_text, plain_number, tag
from quizgen.export.gift import escape
from quizgen.export.moodle import category_path, cloze_answer, question_element
from quizgen.questions.model import Question


def test_clean_drops_control_characters_but_keeps_lines_and_letters():
    assert clean("a\x1fb\x00c\x07\u0085d\ne\tf é") == "abcd\ne\tf é"


def test_clean_drops_what_xml_cannot_hold():
    assert clean("a\ufffeb\uffffc\ud800d\U0001F600") == "abcd\U0001F600"


def test_html_text_escapes_markup_and_keeps_line_breaks():
    assert html_text("<b>Tom & Jerry</b>\r\nnext \"quoted\"") == "&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;<br>next \"quoted\""


@pytest.mark.parametrize("text, escaped", [
    ("a~b=c#d{e}f:g", r"a\~b\=c\#d\{e\}f\:g"),
    ("back\\slash", r"back\\slash"),
    ("two\nlines", r"two\nlines"),
])
def test_gift_escape(text, escaped):
    assert escape(text) == escaped


@pytest.mark.parametrize("value, text", [
    (240000000000, "240000000000"), (2.4e11, "240000000000"), (0.5, "0.5"), (1e-05, "0.00001"), (0, "0"),
])
def test_plain_number_has_no_exponent(value, text):
    assert plain_number(value) == text


def test_cloze_answer_writes_moodle_specials_as_character_references():
    question = Question(id="q", type="cloze", prompt="_____", answer="a}b", accepted=["x/y~z", 'say "hi"', "a}b", "5*"])
    assert cloze_answer(question) == '{1:SHORTANSWER:=a&#125;b~=x/y&#126;z~=say "hi"~=5\\*}'


def test_names_of_decks_categories_and_tags():
    assert deck_name("News", "Part 1::Part 2") == "News::Part 1:Part 2"
    assert deck_name("News", "") == "News"
    assert category_path("News", "Gas / oil\ndeal") == "$course$/quizgen/News/Gas // oil deal"
    assert category_path("/News/", "<Acme> a/b/") == "$course$/quizgen/News/&lt;Acme&gt; a//b"
    assert tag("article::Power of the <North>") == "article::Power_of_the_North"
    long_title = "When the two leaders conversed while seated in wicker armchairs, the specifics of their talks stayed secret"
    assert deck_name("News", long_title) == "News::When the two leaders conversed while seated in wicker armchairs, the specifics…"
    assert len(deck_name("News", long_title)) <= len("News::") + 80


def test_moodle_short_answers_are_plain_text_and_prompts_html():
    question = Question(id="q", type="short", prompt="Which <firm>?", answer="AT&T", accepted=["AT & T"])
    element = question_element(ExportSet("s", [question]), question)
    assert element.get("type") == "shortanswer"
    assert element.findtext("questiontext/text") == "Which &lt;firm&gt;?"
    assert [a.findtext("text") for a in element.findall("answer")] == ["AT&T", "AT & T"]
