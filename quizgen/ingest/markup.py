"""Markdown syntax around an article's words: the one place where it is recognised.

Only the syntax characters are ranges, never the words they surround:

1. a link ``[words](target "title")``: its brackets, target and title;
2. emphasis ``*words*``, ``**words**``, ``_words_``: the marks;
3. a backslash escape (``US\\$200``): the backslash;
4. a heading: the ``#`` marks opening a line.

Every pattern is linear in its input: no part of one can run past the next bracket, mark,
space (in a link target) or line end, so a crafted line costs one pass.
"""

from __future__ import annotations

import re

Range = tuple[int, int]

_RULES = (
    re.compile(r"(\[)[^\[\]\n]*(\]\([^()\s]*(?:[ \t]+\"[^\"\n]*\")?\))"),
    re.compile(r"(?<!\w)(\*{1,2}|_{1,2})(?=\S)[^*_\n]+?(?<=\S)(\1)(?!\w)"),
    re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!$]"),
    re.compile(r"^[ \t]*(#{1,6}[ \t]+)", re.M),
)
_LINK = _RULES[0]


def markup_ranges(text: str) -> list[Range]:
    """Ranges of Markdown syntax in ``text``, in order."""
    out: list[Range] = []
    for rule in _RULES:
        for m in rule.finditer(text):
            out += [m.span(g) for g in range(1, (m.lastindex or 0) + 1) if m.start(g) >= 0]
    return sorted(out)


def link_text_chars(line: str) -> int:
    """How many characters of ``line`` are the words of a link (for link density)."""
    return sum(m.start(2) - m.end(1) for m in _LINK.finditer(line))
