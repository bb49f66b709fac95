"""The document every later stage works on: the original text and its typed not-article ranges."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from .source_map import SourceMap

Range = tuple[int, int]


class Kind(StrEnum):
    """What a range of a document that is not article text is."""

    DEBRIS = "debris"  # page furniture: share buttons, ads, newsletter prompts, navigation, comment forms
    CAPTION = "caption"  # a photo caption or photo credit
    BYLINE = "byline"  # who wrote the article: "By Jane Doe", "Author: Jane Doe"
    CREDIT = "credit"  # a wire credit line: "(Reporting by Jane Doe; Editing by John Roe)"
    DATELINE = "dateline"  # the place (and agency) opening a wire paragraph: "LAGOS (Wire) - "
    MARKUP = "markup"  # Markdown syntax around the article's words: link brackets and targets, emphasis marks


#: Whole lines that are not article text: what :meth:`Document.in_boilerplate` asks about.
BOILERPLATE = frozenset({Kind.DEBRIS, Kind.CAPTION, Kind.BYLINE, Kind.CREDIT})
#: Text that is not the article's words (markup only surrounds words that are).
NOT_ARTICLE = BOILERPLATE | {Kind.DATELINE}


@dataclass(frozen=True, order=True)
class Mark:
    """A typed range [start, end) of a document's text."""

    start: int
    end: int
    kind: Kind


@dataclass(frozen=True)
class Document:
    """One article.

    ``text`` is the original file text (for HTML, the text a real HTML-to-text library made of
    it): every offset in quizgen indexes it. ``marks`` are its typed not-article ranges (see
    :class:`Kind`). ``analysis_text`` has the same length with every marked character blanked,
    and is what the parser reads, so token offsets are offsets into ``text``. ``source_map``
    (HTML only) places ``text`` in the file as written: what facts written out for users index
    (:meth:`source_span`).
    """

    name: str
    text: str
    analysis_text: str
    marks: tuple[Mark, ...] = ()
    title: str = ""
    path: str = ""
    encoding: str = "utf-8"
    sha256: str = field(default="", compare=False)
    source_map: SourceMap | None = field(default=None, repr=False, compare=False)
    _merged: dict[frozenset[Kind], tuple[Range, ...]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.analysis_text) != len(self.text):
            raise ValueError("analysis_text must align with text")
        object.__setattr__(self, "marks", tuple(sorted(self.marks)))
        if not self.sha256:
            object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode("utf-8")).hexdigest())

    def source_span(self, start: int, end: int) -> Range:
        """The file's range [start, end) of the text's [start, end): the same unless it is HTML."""
        return self.source_map.span(start, end) if self.source_map else (start, end)

    def ranges(self, *kinds: Kind) -> tuple[Range, ...]:
        """Sorted, merged [start, end) ranges of the given kinds (every not-article kind if none)."""
        key = frozenset(kinds or NOT_ARTICLE)
        if key not in self._merged:
            self._merged[key] = tuple(_merge((m.start, m.end) for m in self.marks if m.kind in key))
        return self._merged[key]

    @property
    def boilerplate(self) -> tuple[Range, ...]:
        """The whole lines that are not article text (debris, captions, bylines, credit lines)."""
        return self.ranges(*BOILERPLATE)

    def overlaps(self, start: int, end: int | None = None, kinds: Iterable[Kind] = NOT_ARTICLE) -> bool:
        """Whether [start, end) (one character without ``end``) overlaps a range of ``kinds``."""
        end = start + 1 if end is None else end
        ranges = self.ranges(*kinds)
        i = max(bisect_right(ranges, (start, float("inf"))) - 1, 0)
        return any(s < end and start < e for s, e in ranges[i: i + 2])

    def in_boilerplate(self, start: int, end: int | None = None) -> bool:
        """Whether [start, end) overlaps a boilerplate line (see :data:`BOILERPLATE`)."""
        return self.overlaps(start, end, BOILERPLATE)

    def kind_at(self, start: int, end: int | None = None) -> Kind | None:
        """The kind of the first not-article range overlapping [start, end), if any."""
        end = start + 1 if end is None else end
        return next((m.kind for m in self.marks if m.kind in NOT_ARTICLE and m.start < end and start < m.end), None)


def _merge(ranges: Iterable[Range]) -> list[Range]:
    out: list[Range] = []
    for start, end in sorted(ranges):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out
