"""Where an answer stands in its article: the passage to show, cut around the mention to highlight.

One function, :func:`highlight`, serves every export and the web app. Its rules, in order:

1. Without the article text, or with a span outside it, the evidence sentence is shown as is,
   nothing highlighted.
2. The evidence sentence is placed in the text: at ``sentence_start`` when given and matching,
   else at its occurrence nearest the span (the same sentence may recur in an article).
3. A span inside that sentence is highlighted there.
4. A span just outside it (a speaker named in the sentence after a quote) widens the passage to
   the span's own sentence, as long as the gap crosses no line break (a paragraph of plain text)
   and stays within :data:`NEAR` characters.
5. Otherwise the highlighted mention is the span itself, shown in its own sentence of the text,
   and the result says the evidence sentence is not in the passage. The answer is never searched
   for by its words, which could find an unrelated mention.
"""

from __future__ import annotations

import re
from typing import NamedTuple

#: How far (in characters) a span may stand from its evidence sentence to be shown with it.
NEAR = 400
#: Where a sentence ends within a line: a stop followed by a space.
_STOP = re.compile(r"[.?!…][”\"’')\]]*\s")


class Highlight(NamedTuple):
    """A passage of the article cut around the answer: ``before + answer + after``.

    ``start``/``end`` are the answer's offsets in the article (None when nothing is highlighted);
    ``has_sentence`` says whether the passage holds the evidence sentence.
    """

    before: str
    answer: str
    after: str
    start: int | None = None
    end: int | None = None
    has_sentence: bool = True

    @property
    def parts(self) -> tuple[str, str, str]:
        return self.before, self.answer, self.after


def highlight(text: str | None, span: tuple[int, int] | list[int], sentence: str,
              sentence_start: int | None = None) -> Highlight:
    """The passage showing the mention at ``span`` of ``text``, with its evidence ``sentence``."""
    start, end = span
    if not text or not 0 <= start < end <= len(text):
        return Highlight(sentence, "", "")
    at = _place(text, sentence, start, end, sentence_start)
    if at is not None:
        lo, hi = at, at + len(sentence)
        if start < lo or hi < end:  # reach the sentence of the span too
            around = _sentence_around(text, start, end)
            lo, hi = min(lo, around[0]), max(hi, around[1])
        return Highlight(text[lo:start], text[start:end], text[end:hi], start, end)
    lo, hi = _sentence_around(text, start, end)
    return Highlight(text[lo:start], text[start:end], text[end:hi], start, end, has_sentence=not sentence)


def _place(text: str, sentence: str, start: int, end: int, sentence_start: int | None) -> int | None:
    """Where the evidence sentence stands in ``text`` for the span, or None when not near it."""
    if not sentence:
        return None
    if sentence_start is not None and text.startswith(sentence, sentence_start):
        candidates = [sentence_start]
    else:
        candidates, window_end = [], end + NEAR + len(sentence)
        offset = text.find(sentence, max(0, start - NEAR - len(sentence)), window_end)
        while offset >= 0:
            candidates.append(offset)
            offset = text.find(sentence, offset + 1, window_end)
    best = None
    for offset in candidates:
        gap_lo, gap_hi = (offset + len(sentence), start) if offset + len(sentence) <= start else (end, offset)
        if gap_hi <= gap_lo:  # the span overlaps the sentence
            return offset
        if gap_hi - gap_lo <= NEAR and text.find("\n", gap_lo, gap_hi) < 0:  # within one paragraph
            if best is None or gap_hi - gap_lo < best[0]:
                best = (gap_hi - gap_lo, offset)
    return best[1] if best else None


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Roughly the sentence holding [start, end): within its line, from the stop before to the one after."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lo = line_start
    for stop in _STOP.finditer(text, line_start, start):
        lo = stop.end()
    after = _STOP.search(text, end, line_end)
    hi = after.end() - 1 if after else line_end
    return lo, hi
