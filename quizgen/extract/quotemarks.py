"""Quotation marks: the project's one table of marks, and matching them within a paragraph.

Marks are matched one paragraph at a time, so a stray mark never swallows the rest of an
article. Straight marks and apostrophes are told apart by the characters around them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .sentences import Lines


@dataclass(frozen=True)
class Pair:
    opener: str
    closers: str
    #: curly, straight or single (the ``marks`` of a quote).
    style: str

    @property
    def double(self) -> bool:
        return self.style != "single"


#: Every pair of quotation marks, double ones first (they are matched before single ones).
PAIRS = (
    Pair("“", "”", "curly"),
    Pair("„", "“”", "curly"),
    Pair("«", "»", "curly"),
    Pair('"', '"', "straight"),
    Pair("‘", "’", "single"),
    Pair("‚", "‘’", "single"),
    Pair("‹", "›", "single"),
    Pair("'", "'", "single"),
)
#: Dashes that open a quoted line ("– This time, everything was difficult…, X said.").
DASHES = "–—―"
#: Characters after which a mark opens rather than closes.
_OPEN_BEFORE = set(" \t\n([{/-:") | set(DASHES)


@dataclass(frozen=True)
class Quoted:
    """The words between a pair of marks: [start, end) without the marks."""

    start: int
    end: int
    style: str
    #: False for a paragraph-opening quote left open (continued by the next paragraph).
    closed: bool = True


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """[start, end) of every non-blank line, without its surrounding whitespace."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped[0])
            yield start, start + len(stripped)
        pos += len(line) + 1


def opens_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the paragraph starts with an opening quotation mark."""
    return any(text.startswith(pair.opener, start) and _can_open(text, start, start, end) for pair in PAIRS)


#: What comes before a mark that opens a quote running on into the next paragraph ("added: “", "… reporters. “").
_RUNS_ON = re.compile(r"(?:[:,]|[.!?][”\"’']?)\s*$")


def match_marks(text: str, start: int, end: int) -> list[Quoted]:
    """Quoted spans of one paragraph ``text[start:end]``, in order.

    Double marks are matched first; single marks only outside them (a quote within a quote is
    part of the outer one). A mark left open runs to the paragraph end with ``closed=False``
    when it opens the paragraph, or opens a sentence (or follows a colon or comma) in a paragraph
    with no stray mark: news leaves a quote open when it goes on in the next paragraph (``Lopez
    added: “We will …`` then ``“Residents …”``).
    """
    doubles = _match(text, start, end, [p for p in PAIRS if p.double])
    singles: list[Quoted] = []
    gaps = [start, *[b for q in doubles for b in (q.start - 1, q.end + 1)], end]
    for gap_start, gap_end in zip(gaps[::2], gaps[1::2]):
        singles += _match(text, gap_start, gap_end, [p for p in PAIRS if not p.double])
    return sorted(doubles + singles, key=lambda q: q.start)


def _match(text: str, start: int, end: int, pairs: list[Pair]) -> list[Quoted]:
    found: list[Quoted] = []
    open_at: tuple[int, Pair] | None = None
    stray = False
    openers, marks = _marks(tuple(pairs))
    for found_mark in marks.finditer(text, start, end):  # only marks can open or close a quote
        i, char = found_mark.start(), found_mark.group()
        if open_at is not None and char in open_at[1].closers and _can_close(text, i, start, end):
            found.append(Quoted(open_at[0] + 1, i, open_at[1].style))
            open_at = None
            continue
        pair = openers.get(char)
        if pair is not None and _can_open(text, i, start, end):
            stray = stray or open_at is not None  # an earlier mark left open was a stray one
            open_at = (i, pair)
    if open_at is not None and (open_at[0] == start or not stray and _RUNS_ON.search(text, start, open_at[0])):
        found.append(Quoted(open_at[0] + 1, end, open_at[1].style, closed=False))
    return [q for q in (_trimmed(text, q) for q in found) if q is not None]


@lru_cache(maxsize=None)
def _marks(pairs: tuple[Pair, ...]) -> tuple[dict[str, Pair], re.Pattern[str]]:
    """The pairs by opener (the first pair of an opener wins), and a regex finding any of their marks."""
    openers = {p.opener: p for p in reversed(pairs)}
    return openers, re.compile("[" + re.escape("".join(sorted({c for p in pairs for c in p.opener + p.closers}))) + "]")


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] in "'’":
        return before in _OPEN_BEFORE and after.isalpha()
    return (before in _OPEN_BEFORE or not before.isalnum()) and not after.isspace()


def _can_close(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if text[i] in "'’":
        return not before.isspace() and not after.isalnum()
    return not before.isspace() or not after.isalnum()


def _trimmed(text: str, quoted: Quoted) -> Quoted | None:
    """The span without surrounding whitespace; None when it holds fewer than two letters."""
    body = text[quoted.start: quoted.end]
    if sum(c.isalpha() for c in body) < (1 if quoted.style != "single" else 2):
        return None
    start = quoted.start + len(body) - len(body.lstrip())
    return Quoted(start, start + len(body.strip()), quoted.style, quoted.closed)


class Quotations:
    """Which offsets of a text lie between quotation marks, matched (by the quotes' own rules)
    once per paragraph."""

    OPENERS = frozenset(pair.opener for pair in PAIRS)

    def __init__(self, text: str) -> None:
        self.text, self.lines = text, Lines(text)
        self.spans: dict[int, list[Quoted]] = {}

    def __contains__(self, pos: int) -> bool:
        start = self.lines.start_of(pos)
        if start not in self.spans:
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            has_marks = not self.OPENERS.isdisjoint(self.text[start:end])
            self.spans[start] = match_marks(self.text, start, end) if has_marks else []
        spans = self.spans[start]
        k = bisect_right(spans, pos, key=lambda q: q.start) - 1
        return k >= 0 and pos < spans[k].end
