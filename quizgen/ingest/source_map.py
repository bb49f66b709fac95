"""Where each character of a page's extracted text stands in the page as written.

For HTML, :attr:`Document.text` is the text trafilatura extracts, and every offset in quizgen
indexes it; a fact written out for users must index the file. Rules, in order:

1. the page's text content is read with :mod:`html.parser` (character references kept as they
   are written): each decoded character with its offset in the page and its width there (1, or
   the whole ``&...;`` reference every character it decodes to stands for). Tags, comments,
   declarations and the text of ``script``, ``style``, ``template`` and ``title`` are not text.
   A ``<`` with no ``>`` before the next ``<``, and a comment or marked section opened after the
   page's last closing one, is text (the parser would read such a page in quadratic time);
2. the extracted text is aligned to that stream in order, whitespace left out on both sides:
   inside a word, a character equal to the next one of the stream takes its place; at the start
   of a word, or when they differ, the text's next :data:`KEY` characters (up to one the rest of
   the stream lacks) are looked for from there on (page text trafilatura left out is skipped),
   else the character alone within :data:`NEAR` characters. Looking further on stops when it
   has read the stream :data:`SCANS` times over, so the map takes linear time on any page;
3. a character matched to none (whitespace, a line break or a table's ``|`` trafilatura added)
   stands at the offset of the next matched one, with width 0;
4. a span [start, end) of the text is [offset of start, offset + width of end - 1) in the page.

Hostile or unbalanced markup never raises: the map degrades to the nearest offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser

#: Characters of the extracted text looked for together when it and the page part ways.
KEY = 32
#: How far ahead one character alone is looked for when its run is not found.
NEAR = 64
#: How many times over the alignment may read the page's text looking further on.
SCANS = 64
#: Elements whose content is not page text.
_NOT_TEXT = frozenset({"script", "style", "template", "title"})
#: A ``<`` that opens no tag (rule 1), and what stands in for it while the page is parsed.
_NOT_A_TAG = re.compile(r"<(?=[^<>]*(?:<|$))")
_STAND_IN = "\x00"  # decoded files never hold NUL (the reader calls them binary)
#: Openers of constructs the parser looks for the closing of, with their closings.
_CLOSED_BY = (("<!--", "-->"), ("<![", "]>"))
_REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);?")


@dataclass(frozen=True)
class SourceMap:
    """Offsets of a text's characters in its source (rules 1-3); ``widths`` lists those not 1."""

    offsets: tuple[int, ...]
    widths: dict[int, int] = field(default_factory=dict)
    source_length: int = 0

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source range of the text's [start, end) (rule 4)."""
        n = len(self.offsets)
        if start >= n:
            return self.source_length, self.source_length
        begin = self.offsets[start]
        if end <= start:
            return begin, begin
        last = min(end, n) - 1
        return begin, max(begin, self.offsets[last] + self.widths.get(last, 1))


class _TextStream(HTMLParser):
    """Rule 1: a page's text characters with their offsets and widths in the page."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self.page = page
        self.parseable = _NOT_A_TAG.sub(_STAND_IN, page)
        for opener, closer in _CLOSED_BY:
            last = self.parseable.rfind(closer)
            self.parseable = self.parseable[:last + 1] + self.parseable[last + 1:].replace(opener, _STAND_IN + opener[1:])
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.widths: list[int] = []
        self.skipping = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[min(line, len(self.line_starts)) - 1] + column

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skipping += tag in _NOT_TEXT

    def handle_endtag(self, tag: str) -> None:
        if tag in _NOT_TEXT:
            self.skipping = max(0, self.skipping - 1)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._offset()
            self._add(data, range(start, start + len(data)), 1)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if self.skipping:
            return
        start = self._offset()
        written = m.group() if (m := _REFERENCE.match(self.page, start)) else "&"
        decoded = unescape(written)
        if decoded == written:  # not a reference after all: its characters as they stand
            self._add(written, range(start, start + len(written)), 1)
        else:
            self._add(decoded, [start] * len(decoded), len(written))

    def _add(self, chars: str, offsets: range | list[int], width: int) -> None:
        for char, offset in zip(chars.replace(_STAND_IN, "<"), offsets):
            if not char.isspace():
                self.chars.append(char)
                self.offsets.append(offset)
                self.widths.append(width)


def html_source_map(page: str, text: str) -> SourceMap:
    """Where each character of ``text``, extracted from ``page``, stands in ``page`` (rules 1-3)."""
    stream = _TextStream(page)
    stream.feed(stream.parseable)
    stream.close()
    matched = _align("".join(stream.chars), text)
    offsets = [0] * len(text)
    widths: dict[int, int] = {}
    following = len(page)
    for i in range(len(text) - 1, -1, -1):
        at = matched[i]
        if at is None:
            offsets[i], widths[i] = following, 0
        else:
            offsets[i] = following = stream.offsets[at]
            if stream.widths[at] != 1:
                widths[i] = stream.widths[at]
    return SourceMap(tuple(offsets), widths, len(page))


def _align(chars: str, text: str) -> list[int | None]:
    """Rule 2: the place in the stream ``chars`` of each character of ``text``, None for none."""
    last = {c: i for i, c in enumerate(chars)}
    matched: list[int | None] = [None] * len(text)
    p, word_start, budget = 0, True, SCANS * len(chars)
    for i, char in enumerate(text):
        if char.isspace():
            word_start = True
            continue
        if word_start or chars[p:p + 1] != char:
            run = "".join(text[i:i + 2 * KEY].split())[:KEY]
            run = run[:next((k for k, c in enumerate(run) if last.get(c, -1) < p), len(run))]
            found = p if run and chars.startswith(run, p) else -1
            if run and found < 0 and budget > 0:
                found = chars.find(run, p)
                budget -= (found if found >= 0 else len(chars)) - p
            if found < 0:
                found = chars.find(char, p, p + NEAR) if run else -1
            if found < 0:
                continue
            p = found
        matched[i], p, word_start = p, p + 1, False
    return matched

