"""Quotation-mark matching, paragraph by paragraph."""

from __future__ import annotations

import pytest

from quizgen.extract.quotemarks import match_marks, opens_paragraph, paragraphs


def quoted(text: str) -> list[tuple[str, str, bool]]:
    return [(text[q.start: q.end], q.style, q.closed) for q in match_marks(text, 0, len(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"I think so," Dimon said, "but not now."', [("I think so,", "straight", True), ("but not now.", "straight", True)]),
        ("He said “this is odd. And “fine” here.", [("fine", "curly", True)]),
        ("the leaders' 'dual deterrence' towards Washington's", [("dual deterrence", "single", True)]),
        ("Russia’s ‘quoted bit’ and the 90’s", [("quoted bit", "single", True)]),
        ('a "abc "def" ghi', [("def", "straight", True)]),
        ("“He told me ‘never again’,” she said.", [("He told me ‘never again’,", "curly", True)]),
        ("„Wir schaffen das“, sagte sie.", [("Wir schaffen das", "curly", True)]),
        ("“ ” and ‘ ’ hold no words", []),
    ],
)
def test_marks_pair_within_a_paragraph(text, expected):
    assert quoted(text) == expected


def test_a_mark_left_open_runs_on_when_it_opens_the_paragraph_or_a_sentence_after_a_colon():
    assert quoted("“We have been through many cycles.") == [("We have been through many cycles.", "curly", False)]
    assert quoted("He said: “We have been through many cycles.") == [("We have been through many cycles.", "curly", False)]
    assert quoted("He said “we have been through many cycles.") == []
    assert quoted("The “odd one, then: “an open one.") == []  # a paragraph with a stray mark


def test_paragraphs_are_non_blank_lines_without_edges():
    text = "  a\n\n b c \nd"
    assert [text[s:e] for s, e in paragraphs(text)] == ["a", "b c", "d"]
    assert opens_paragraph("“Yes", 0, 4) and not opens_paragraph("Yes", 0, 3)
