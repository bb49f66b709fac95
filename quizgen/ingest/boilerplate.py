"""Recognise web-page debris and markup so the parser reads only the article.

Rules are about the shape of lines (captions, bylines, share buttons, comment forms, author
bios after a republishing note), never about particular sites or articles. Nothing is
removed: callers get ranges of the original text and a same-length blanked copy.
"""

from __future__ import annotations

import re

Range = tuple[int, int]

# A line that is boilerplate on its own.
_LINE_RULES = [
    re.compile(r"^\W{0,3}$"),  # stray punctuation, no-break spaces
    # photo captions ending with a credit: "... Photo kremlin.ru", "... Image: AFP"
    re.compile(
        r"(?:^|[.!?)]\s+)(Photo|Image|Picture|Photograph|Credit|Source|Foto|Zdjęcie)s?\s*:?\s*"
        r"[\w.&/-]+(\s[\w.&/-]+){0,2}$"
    ),
    re.compile(r"^[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s+avatar$", re.I),  # "Jane Doe Avatar"
    re.compile(r"^(in related news|related( news| articles| posts)?:|read more\b|see also\b|also read\b)", re.I),
    re.compile(r"^(?i:by|author|written by|posted by|translated by|reporting by|edited by)\s*:?\s+([A-Z][\w.'-]*\s*){1,4}$"),
    re.compile(r"^[\w .'-]{2,60}\s+for\s+[\w-]+\.[a-z]{2,}$"),  # "Jane Doe for example.eu"
    re.compile(r"\bopinions?\b.*\b(expressed|reflect)\b.*\bauthor", re.I),
    re.compile(r"^[A-Z]{3,}( [A-Z]{3,})?:?$"),  # share buttons and widgets: TWITTER, RECOMMEND:
    re.compile(r"^(contents|table of contents|share|share this|tweet|print|email)$", re.I),
    re.compile(r"^\s*[-*]?\s*\[[^\]]*\]\([^)]*\)\s*$"),  # a list item that is only a link
    re.compile(r"^\s*<https?://[^>]+>"),  # bare autolinks
    re.compile(r"(date first published|\bpublished:|\bpublié:|\bupdated:)", re.I),
    re.compile(r"^(your email address|required fields are marked|leave a (reply|comment)|post a comment)", re.I),
]
# A line after which the rest of the page is debris: comment forms, republishing notes.
_TAIL_RULES = [
    re.compile(r"^(leave a (reply|comment)|comments?|post a comment|latest posts)$", re.I),
    re.compile(r"(republished|republishing|creative commons licen[cs]e)", re.I),
    re.compile(r"^p\.?\s?s\.?$", re.I),
]
_MARKUP = [
    re.compile(r"(\[)[^\[\]\n]*(\]\([^)\n]*\))"),  # [text](url): blank the brackets and url
    re.compile(r"(?<!\w)(\*{1,2}|_{1,2})(?=\S)[^*_\n]+?(?<=\S)(\1)(?!\w)"),  # *emphasis*
    re.compile(r"(\\)[\\`*_{}\[\]()#+\-.!$]"),  # markdown escapes: US\$200
    re.compile(r"^(#{1,6} )", re.M),  # headings
]


def _lines(text: str):
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield start, start + len(body), body
        start += len(line)


def _is_caption_of_next(body: str, following: str) -> bool:
    """An image caption that repeats the start of the next paragraph (no final punctuation)."""
    body = body.strip()
    return (
        len(body.split()) >= 4
        and not body.endswith((".", "?", "!", "”", '"', ":"))
        and body in following
        and len(following.strip()) > len(body) + 10
    )


def find_boilerplate(text: str) -> list[Range]:
    """Ranges [start, end) of whole lines that are not article content."""
    lines = [(s, e, b) for s, e, b in _lines(text) if b.strip(" \t") or "\xa0" in b]
    ranges: list[Range] = []
    for i, (start, end, body) in enumerate(lines):
        stripped = body.strip()
        if any(rule.search(stripped) for rule in _TAIL_RULES) and i > len(lines) // 2:
            ranges.append((start, len(text)))
            break
        following = lines[i + 1][2] if i + 1 < len(lines) else ""
        if any(rule.search(stripped) for rule in _LINE_RULES) or _is_caption_of_next(body, following):
            ranges.append((start, end))
    return _table_of_contents(lines, ranges)


def _table_of_contents(lines, ranges: list[Range]) -> list[Range]:
    """A 'Contents' heading is debris when the lines right after it are link-only items."""
    flagged = set(ranges)
    for i, (start, end, body) in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        if body.strip().lower() in {"contents", "table of contents"} and (nxt[0], nxt[1]) in flagged:
            flagged.add((start, end))
    return sorted(flagged)


def markup_ranges(text: str) -> list[Range]:
    """Character ranges of markup syntax (link brackets and targets, emphasis marks, escapes)."""
    out: list[Range] = []
    for rule in _MARKUP:
        for m in rule.finditer(text):
            for g in range(1, (m.lastindex or 0) + 1):
                if m.start(g) >= 0:
                    out.append((m.start(g), m.end(g)))
    return out


def blank(text: str, ranges: list[Range]) -> str:
    """``text`` with the characters in ``ranges`` replaced by spaces (line breaks kept)."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
