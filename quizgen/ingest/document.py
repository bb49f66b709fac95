"""The document every later stage works on."""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field

Range = tuple[int, int]


@dataclass(frozen=True)
class Document:
    """One article.

    ``text`` is the original file text (for HTML, the text a real HTML-to-text library made of
    it): every offset in quizgen indexes it. ``analysis_text`` has the same length, with
    boilerplate lines and markup characters blanked, and is what the parser reads, so token
    offsets are offsets into ``text``.
    """

    name: str
    text: str
    analysis_text: str
    boilerplate: tuple[Range, ...] = ()
    title: str = ""
    path: str = ""
    encoding: str = "utf-8"
    sha256: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if len(self.analysis_text) != len(self.text):
            raise ValueError("analysis_text must align with text")
        if not self.sha256:
            object.__setattr__(self, "sha256", hashlib.sha256(self.text.encode("utf-8")).hexdigest())

    def in_boilerplate(self, start: int, end: int | None = None) -> bool:
        """Whether the range [start, end) overlaps a boilerplate range."""
        end = start + 1 if end is None else end
        i = bisect_right(self.boilerplate, (start, float("inf"))) - 1
        for s, e in self.boilerplate[max(i, 0): i + 2]:
            if s < end and start < e:
                return True
        return False
