"""Sentences and lines of a document, found by bisection (``Token.sent``, ``Doc.text`` and
``str.rfind`` walk back over the whole text on every call, which makes a long paragraph
quadratic), the tokens covering a character range, tokens joined as written, and where a bracket
is left open."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: roles.py reads this module without loading spaCy
    from spacy.tokens import Doc, Span, Token


class Sentences:
    """The sentences of ``sdoc``, listed once; ``of(i)`` is the one holding token ``i``."""

    def __init__(self, sdoc: Doc) -> None:
        self.spans = list(sdoc.sents)
        self.starts = [sentence.start for sentence in self.spans]

    def of(self, i: int) -> Span:
        return self.spans[bisect_right(self.starts, i) - 1]


def covering(sdoc: Doc, start: int, end: int) -> Span:
    """The tokens covering characters ``start``..``end`` of ``sdoc``, offsets found in its text."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:  # "expand" finds a span for any range inside the text
        raise ValueError(f"characters {start}-{end} are outside the document ({len(sdoc.text)} characters)")
    return span


class Lines:
    """The lines of a text, listed once; ``start_of(offset)`` is where the line holding it starts."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def start_of(self, offset: int) -> int:
        return self.starts[bisect_right(self.starts, offset) - 1]


def joined(tokens: list[Token]) -> str:
    """Tokens as written where adjacent ("Ortiz's"), one space across a gap."""
    return "".join(t.text + (t.whitespace_ if nxt.i == t.i + 1 else " ") for t, nxt in zip(tokens, tokens[1:])) + (
        tokens[-1].text if tokens else "")


def unclosed_bracket(tokens: Span | list[Token]) -> int | None:
    """The position in ``tokens`` of the last "(" that no ")" after it closes, or None."""
    opened = [k for k, t in enumerate(tokens) if t.text == "("]
    if opened and not any(t.text == ")" for t in tokens[opened[-1]:]):
        return opened[-1]
    return None
