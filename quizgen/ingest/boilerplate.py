"""Which parts of an article's text are not article text, and what they are.

Lines are read with their Markdown syntax blanked (so "**By Jane Doe**" reads "By Jane Doe").
Rules, in order; the first that marks a line decides its kind:

1. a line of at most three non-word characters is debris (stray punctuation, no-break spaces);
2. a rule of ``lexicon/en/debris.txt`` matching the line gives its kind (debris, caption, byline,
   credit); a ``tail`` rule in the second half of the page makes the rest of it debris (comment
   forms, republishing notes). Rules read lines of at most ``MAX_RULE_CHARS``: debris is short;
3. a caption repeating the start of the next paragraph is a caption;
4. jusText's paragraph classifier (stop-word and link density, then its neighbours' classes,
   with the lines rules 1-3 marked known to be bad) reads every line. A line it calls bad is
   debris when it is mostly link words; a sentence never is. Otherwise: after the article's
   last paragraph (good, or a sentence; the tail), it is; between its first and last (the body), only when
   jusText calls it bad on its own, not for its neighbours (a subheading stays); before the
   first (the lead), unless it is the headline or a line of ``LEAD_WORDS`` or more words that
   jusText does not call bad on its own (a standfirst);
5. a wire dateline opening a paragraph ("LAGOS (Wire) - ", "OSLO/BERGEN, June 3 (AP) – ",
   "NEW YORK – ") is a dateline: its opening words, when a sentence follows;
6. Markdown syntax is markup (:mod:`.markup`).

Rules are about the shape of lines, never about particular sites or articles, and every one is
near-linear in its input. Nothing is removed: callers get typed ranges of the original text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import justext

from ..lexicon import load_lines
from .document import Kind, Mark, Range
from .markup import link_text_chars, markup_ranges

#: Longest line a debris rule reads.
MAX_RULE_CHARS = 300
#: A line in the lead with this many words is kept (a standfirst, not a widget or an author's name).
LEAD_WORDS = 6

#: A wire dateline: the place in capitals (or any place before an agency in brackets), an
#: optional date, the agency, a dash, and a sentence after it (capitalised, six words or more).
_DATELINE = re.compile(
    r"[ \t]*(?P<place>[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3})(?:,(?: [\w.'’]+){1,3}){0,2}"
    r"[ \t]*(?P<agency>\([^()\n]{1,30}\))?[ \t]*[-–—]{1,2}[ \t]"
    r"(?=[\"“‘'(]?[A-Z0-9])(?=(?:\S+[ \t]+){6})"
)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_STRAY = re.compile(r"\W{0,3}")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str  # markup blanked, spaces collapsed, ends stripped
    links: int  # characters of link words


@cache
def _rules() -> dict[str, list[re.Pattern[str]]]:
    rules: dict[str, list[re.Pattern[str]]] = {}
    for entry in load_lines("debris"):
        kind, pattern = entry.split(maxsplit=1)
        rules.setdefault(kind, []).append(re.compile(pattern, re.IGNORECASE))
    return rules


def find_marks(text: str) -> list[Mark]:
    """Typed ranges of ``text`` that are not article text, markup included."""
    markup = markup_ranges(text)
    lines = list(_lines(text, blank(text, markup)))
    marks = _line_marks(lines)
    marked = {m.start for m in marks}
    marks += [Mark(*span, Kind.DATELINE) for line in lines
              if line.start not in marked and (span := _dateline(text, line))]
    return marks + [Mark(s, e, Kind.MARKUP) for s, e in markup]


def _lines(text: str, plain: str) -> Iterator[Line]:
    start = 0
    for raw in text.splitlines(keepends=True):
        end = start + len(raw.rstrip("\r\n"))
        body = text[start:end]
        if body.strip(" \t"):
            yield Line(start, end, " ".join(plain[start:end].split()), link_text_chars(body))
        start += len(raw)


def _line_marks(lines: list[Line]) -> list[Mark]:
    rules = _rules()
    kinds: list[Kind | None] = []
    for i, line in enumerate(lines):
        short = line.text if len(line.text) <= MAX_RULE_CHARS else None
        if short is not None and i > len(lines) // 2 and any(r.search(short) for r in rules["tail"]):
            kinds += [Kind.DEBRIS] * (len(lines) - i)
            break
        following = lines[i + 1].text if i + 1 < len(lines) else ""
        kinds.append(_rule_kind(short, rules) or (Kind.CAPTION if _is_caption_of_next(line.text, following) else None))
    for i, bad in enumerate(_classifier_debris(lines, kinds)):
        if bad:
            kinds[i] = Kind.DEBRIS
    return [Mark(line.start, line.end, kind) for line, kind in zip(lines, kinds) if kind]


def _rule_kind(line: str | None, rules: dict[str, list[re.Pattern[str]]]) -> Kind | None:
    if line is None:
        return None
    if _STRAY.fullmatch(line):
        return Kind.DEBRIS
    return next((Kind(kind) for kind in ("debris", "caption", "byline", "credit")
                 if any(r.search(line) for r in rules[kind])), None)


def _is_caption_of_next(body: str, following: str) -> bool:
    """An image caption that repeats the start of the next paragraph (no final punctuation)."""
    return (
        len(body.split()) >= 4
        and not body.endswith((".", "?", "!", "”", '"', ":"))
        and body in following
        and len(following) > len(body) + 10
    )


def _classifier_debris(lines: list[Line], kinds: list[Kind | None]) -> list[bool]:
    """Rule 4: jusText's verdict on each line, kept where it is safe (see the module docstring)."""
    paragraphs = []
    for line in lines:
        paragraph = justext.paragraph.Paragraph(justext.core.PathInfo().append("p"))
        paragraph.append_text(line.text)
        paragraph.chars_count_in_links = line.links
        paragraphs.append(paragraph)
    justext.core.classify_paragraphs(paragraphs, _stoplist())
    for paragraph, kind in zip(paragraphs, kinds):
        if kind:  # what a rule marked is known debris: its neighbours are read against it
            paragraph.cf_class = "bad"
    for paragraph, cls in zip(paragraphs, _revise([p.cf_class for p in paragraphs])):
        paragraph.class_type = cls
    article = [i for i, (line, p, kind) in enumerate(zip(lines, paragraphs, kinds))
               if p.class_type == "good" or (kind is None and p.cf_class != "bad" and _is_sentence(line.text))]
    first_good, last_good = (article[0], article[-1]) if article else (len(lines), -1)
    headline = next((i for i, k in enumerate(kinds) if k is None), None)
    return [kind is None and p.class_type == "bad" and _is_debris(
                line, p, "lead" if i < first_good else "tail" if i > last_good else "body", i == headline)
            for i, (line, p, kind) in enumerate(zip(lines, paragraphs, kinds))]


def _is_debris(line: Line, paragraph: justext.paragraph.Paragraph, region: str, headline: bool) -> bool:
    """Whether a line jusText calls bad is debris (rule 4)."""
    if line.links > len(line.text) / 2:
        return True
    if _is_sentence(line.text):
        return False
    if region == "body":  # a short line between article paragraphs (a subheading) only by a rule
        return paragraph.cf_class == "bad"
    if region == "lead":
        return not headline and (paragraph.cf_class == "bad" or len(line.text.split()) < LEAD_WORDS)
    return True


def _revise(classes: list[str]) -> list[str]:
    """jusText's context-sensitive pass (``revise_paragraph_classification``, without headings)
    in linear time; the library's walks to the nearest neighbour from every short paragraph,
    which is quadratic on a page of short lines. A short paragraph between good ones is good,
    between bad ones bad; between a good and a bad one it is good when a near-good paragraph is
    next to it on the bad side, else bad. A near-good paragraph then is bad only between bad ones.
    """
    def nearest(classes: list[str], skip: set[str], step: int) -> list[str]:
        out, last = [""] * len(classes), "bad"  # beyond the page is bad
        for i in range(len(classes))[::step]:
            out[i] = last
            if classes[i] not in skip:
                last = classes[i]
        return out

    prev, next_ = nearest(classes, {"short", "neargood"}, 1), nearest(classes, {"short", "neargood"}, -1)
    prev_any, next_any = nearest(classes, {"short"}, 1), nearest(classes, {"short"}, -1)
    revised = list(classes)
    for i, cls in enumerate(classes):
        if cls == "short":
            if prev[i] == next_[i]:
                revised[i] = prev[i]
            else:
                revised[i] = "good" if ((prev[i] == "bad" and prev_any[i] == "neargood")
                                        or (next_[i] == "bad" and next_any[i] == "neargood")) else "bad"
    prev, next_ = nearest(revised, {"neargood"}, 1), nearest(revised, {"neargood"}, -1)
    return ["bad" if cls == "neargood" and prev[i] == next_[i] == "bad" else "good" if cls == "neargood" else cls
            for i, cls in enumerate(revised)]


@cache
def _stoplist() -> frozenset[str]:
    return frozenset(justext.get_stoplist("English"))


def _is_sentence(line: str) -> bool:
    """Three words or more with a full stop, or a line of ``LEAD_WORDS`` words or more ending in a
    colon ("Addressing lawmakers on Wednesday, Ruiz said:" before a quoted paragraph)."""
    words = len(_WORD.findall(line))
    return words >= 3 and _SENTENCE_END.search(line) is not None or words >= LEAD_WORDS and line.rstrip().endswith(":")


def _dateline(text: str, line: Line) -> Range | None:
    """Rule 5 on one line: the dateline's range, from the place to the space after the dash."""
    m = _DATELINE.match(text, line.start, line.end)
    return (m.start("place"), m.end()) if m and (m["agency"] or m["place"].isupper()) else None


def blank(text: str, ranges: list[Range]) -> str:
    """``text`` with the characters in ``ranges`` replaced by spaces (line breaks kept)."""
    chars = list(text)
    for start, end in ranges:
        for i in range(start, min(end, len(chars))):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)
