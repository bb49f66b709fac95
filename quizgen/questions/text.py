"""Text helpers shared by templates, ranking and grading: one normaliser, one containment test."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..extract.roles import HONORIFICS
from ..ingest.markup import markup_ranges

#: Words that point back to context a question may not give.
REFERRING = frozenset("he she him her his hers they them their theirs it its this these those we us our".split())
#: Answers that name nobody.
PRONOUNS = REFERRING | frozenset("i me my you your who whom one someone somebody".split())
ARTICLES = ("the ", "a ", "an ")
BLANK = "_____"
#: Words that give a figure's rough equivalent beside it ("(about 95 km)", "or nearly £4m"), as a regex alternation.
APPROXIMATORS = "about|around|roughly|approximately|some|nearly"

#: (start, end, replacement) of a change to a text.
Edit = tuple[int, int, str]

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'", "‘": "'", "“": '"', "”": '"'})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Casefolded words without accents, punctuation or a leading article: for comparisons only."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"'s\b", "", text)
    text = " ".join(re.sub(r"[^\w$%£€¥.]+|(?<!\d)\.|\.(?!\d)", " ", text).split())
    for article in ARTICLES:
        if text.startswith(article):
            return text[len(article):]
    return text


def contains(haystack: str, needle: str) -> bool:
    """Whether ``needle`` occurs as whole words in ``haystack`` (normalised)."""
    needle = norm(needle)
    return bool(needle) and f" {needle} " in f" {norm(haystack)} "


def strip_article(phrase: str) -> str:
    """"the Chilean President" -> "Chilean President"."""
    lower = phrase.lower()
    for article in ARTICLES:
        if lower.startswith(article):
            return phrase[len(article):]
    return phrase


def with_article(role: str) -> str:
    """"Chilean President" -> "the Chilean President"; "a trade analyst", "Chile's president" unchanged."""
    first = role.split()[0] if role.split() else ""
    if strip_article(role) != role or re.search(r"['’]s$", first):
        return role
    return f"the {role}"


def article_title(title: str) -> str:
    """How a question cites an article: “its title” when the first line is a short title, else "the article"."""
    title = " ".join(plain(title).lstrip("#").split()).strip("*_ ")
    return f"“{title}”" if 0 < word_count(title) <= 14 else "the article"


#: Name suffixes that are not a surname ("Jr.").
#: Words standing before a person's name: honorifics, academic and military titles.
TITLES = frozenset({*HONORIFICS, "prof", "professor", "colonel", "col", "gen", "general", "rev", "sen", "rep"})
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


#: Lowercase particles that belong to a surname ("van Aalst", "de Vries", "bin Salman").
PARTICLES = frozenset("van von de der den du da di dos das del della la le bin ibn al el ter ten".split())


def surname(name: str) -> str:
    """The family name, with its particles ("Pieter van Aalst" -> "van Aalst"), without "Jr."."""
    words = [w.rstrip(",") for w in name.split() if w.lower().rstrip(",") not in SUFFIXES]
    if not words:
        return name
    first = len(words) - 1
    while first > 0 and words[first - 1] in PARTICLES:
        first -= 1
    return " ".join(words[first:])


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def trim(sentence: str, start: int, end: int, max_words: int = 40) -> str:
    """The sentence cut at clause boundaries (, ; :) to at most ``max_words`` around [start, end)."""
    if word_count(sentence) <= max_words:
        return sentence.strip()
    cuts = [0] + [m.end() for m in re.finditer(r"[,;:]\s", sentence)] + [len(sentence)]
    left = max(c for c in cuts if c <= start)
    right = min(c for c in cuts if c >= end)
    while True:
        grow = [(c, right) for c in cuts if c < left][-1:] + [(left, c) for c in cuts if c > right][:1]
        grow = [g for g in grow if word_count(sentence[g[0]:g[1]]) <= max_words]
        if not grow:
            break
        left, right = min(grow, key=lambda g: g[1] - g[0])
    text = sentence[left:right].strip().rstrip(",;:")
    return ("… " if left > 0 else "") + text + (" …" if right < len(sentence) else "")


def quote_snippet(text: str, max_words: int = 14) -> str:
    """A quote shortened for a matching column."""
    words = text.split()
    return text.strip() if len(words) <= max_words else " ".join(words[:max_words]) + " …"


def render(text: str, edits: list[Edit]) -> str:
    """``text`` with each (start, end, replacement) applied."""
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def markup_edits(text: str) -> list[Edit]:
    """Edits removing Markdown syntax (:func:`quizgen.ingest.markup.markup_ranges`), keeping the words."""
    return [(start, end, "") for start, end in markup_ranges(text)]


def plain(text: str) -> str:
    """``text`` as a reader sees it: "[port deal](#)" -> "port deal", "US\\$90" -> "US$90"."""
    return render(text, markup_edits(text))
