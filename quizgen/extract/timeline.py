"""The year of a date written without one ("March 7", "on Tuesday 7 May", "last March").

As news taggers do (HeidelTime, SUTime), the year comes from the document's reference date, by
these rules in order:

1. The publication date: the first full date (day, month and year) in a header line near the top
   of the document (a short line within ``HEADER_CHARS``: "Published Dec. 11, 2024", "Sunday 20
   October 2024") or in a wire dateline. Its year is taken, moved by the tense of the date's
   clause: a later month than the publication's in a past clause is of the year before ("it
   closed in November", published in January), an earlier one in a future clause of the year after.
   A header date with a weekday but no year ("Saturday 3 May"), or a wire dateline's ("BERLIN,
   Feb 11 (Reuters) -") with the weekday its lede gives ("agreed on Wednesday"), is of the year
   nearest the latest past year the document writes (rule 3) in which that day is that weekday.
2. Else the year written nearest before the date: a full date, a month and year, or a year alone
   that is not a bound ("by 2028", "since 1960" compare, they do not place the events), nor in a
   future clause, nor later than every year of a past clause (rule 3: "the ocean in 2050").
3. Else the latest year the document writes (spaCy's DATE entities) in a past clause, not a
   bound ("sales fell in 2023", not "will reach $240bn in 2025"): news reports its own time, so
   the events of an undated lede are no earlier than any past year it mentions; unless that year
   is more than ``HISTORY_YEARS`` before the day it is read, history the article recalls (as is
   such a year of rule 2 written in another paragraph).
4. Else, as SUTime reads a text without a date of its own, the day it is read: its year, moved
   by tense as the publication date's is (rule 1).

"last" or "next" just before the month moves it a year back or forward. A weekday written with
the date ("Tuesday, 15 October") picks, of the reference year and the years either side, the one
where that day is that weekday. A year taken this way is marked inferred.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..ingest import Document
from ..ingest.document import Kind
from .deps import SUBJECTS
from .numbers import MONTH_RE, WEEKDAYS, month_number

#: How far from the top of a document its publication date may stand.
HEADER_CHARS = 600
#: The most words a header line (title, byline, date line) has.
HEADER_LINE_WORDS = 16
#: How many years before the day it is read the latest past year an article writes may be and still
#: date its undated events (rule 3); an older one is history the article recalls ("founded in 1926").
HISTORY_YEARS = 10
#: Words before a year that make it a bound, not the time of the events ("by 2028").
BOUNDS = frozenset({"by", "since", "until", "till", "before", "after", "than", "due", "into", "from"})
#: Words before a month that move it a year from the reference ("last March").
RELATIVE_YEAR = {"last": -1, "next": 1}
#: Auxiliaries that put a clause in the future.
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})
#: Words that put a date after them in the future, whatever the tense ("due by 30 September",
#: "sentencing was set for Jan. 21").
SCHEDULING_WORDS = frozenset({"due", "scheduled", "set", "slated", "expected"})

_YEAR = r"(?:1[5-9]\d\d|20\d\d)(?!\d)"
#: A token that is a year ("2024") or a fiscal year ("2025/26", "2023-24").
_YEAR_TOKEN = re.compile(rf"({_YEAR})([/-]\d\d)?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
#: A full date: "25 October 2023", "October 25, 2023", "Dec. 11, 2024", "2024-12-11".
_FULL_DATE = re.compile(
    rf"\b(?P<d1>{_DAY})\s+(?P<m1>{MONTH_RE}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{MONTH_RE})\s+(?P<d2>{_DAY}),?\s+(?P<y2>{_YEAR})"
    rf"|\b(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)\b")
#: A date with its weekday and no year: "Saturday 3 May", "Tuesday, 15 October", "Monday, Oct. 14".
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>{'|'.join(WEEKDAYS)}),?\s+(?:(?P<d1>{_DAY})\s+(?P<m1>{MONTH_RE})|(?P<m2>{MONTH_RE})\s+(?P<d2>{_DAY}))"
    rf"(?!,?\s+\d{{4}})", re.IGNORECASE)
#: The year of a date's ISO value, when the value is a day or a month ("2024-05-07", "2023-10-17/…").
_DATED_VALUE = re.compile(r"(\d{4})-\d\d")
#: A date with no year in a wire dateline ("WASHINGTON, March 18 (Reuters) -").
_DAY_MONTH = re.compile(rf"(?P<m2>{MONTH_RE})\s+(?P<d2>{_DAY})\b|\b(?P<d1>{_DAY})\s+(?P<m1>{MONTH_RE})")
_WEEKDAY = re.compile(rf"\b(?P<wd>{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
#: How far into the lede a dateline's weekday is looked for ("… on Wednesday approved …").
LEDE_CHARS = 300
_WEEKDAY_BEFORE = re.compile(rf"\b({'|'.join(WEEKDAYS)}),?\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Published:
    """A document's publication date."""

    year: int
    month: int
    day: int


@dataclass
class Timeline:
    """The reference dates of one document, read in order: :meth:`note` each date as it is read."""

    published: Published | None
    #: The latest past or present year the document writes (rule 3).
    latest: int | None = None
    #: The year written nearest before the reading position (rule 2), and where it is written.
    last_written: int | None = None
    last_written_at: int = 0
    #: The text the dates are read in (spaCy builds ``Doc.text`` anew at each access).
    text: str = ""

    @classmethod
    def of(cls, document: Document, sdoc: Doc) -> Timeline:
        latest = latest_year(sdoc)
        return cls(publication_date(document, latest), latest, text=document.analysis_text)

    def year_of(self, span: Span, month: int, day: int | None = None) -> int:
        """The year of a date written at ``span`` with only a month (and day), by the rules above."""
        before = span.doc[span.start - 1].lower_ if span.start else ""
        today = datetime.date.today()
        latest = self.latest if self.latest is not None and today.year - self.latest <= HISTORY_YEARS else None
        written = self.last_written
        if written is not None and today.year - written > HISTORY_YEARS and (
                "\n" in self.text[self.last_written_at: span.start_char]):
            written = None  # history recalled in another paragraph
        if (known := written if written is not None else latest) is not None and self.published is None:
            year = known
        else:
            reference = self.published or Published(today.year, today.month, today.day)
            year = reference.year
            if before not in RELATIVE_YEAR:
                year += _tense_shift((month, day or 0), (reference.month, reference.day if day else 0), span)
        year += RELATIVE_YEAR.get(before, 0)
        if day is not None and (weekday := _weekday_before(self.text, span)) is not None:
            year = next((y for y in (year, year - 1, year + 1) if _is_weekday(y, month, day, weekday)), year)
        return year

    def note(self, value: object, span: Span) -> None:
        """Take the year of a date read at ``span`` with its year written as the nearest one (rule 2)."""
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if not isinstance(value, str) or before in BOUNDS or _tense(span) > 0:
            return
        dated = _DATED_VALUE.match(value) or re.fullmatch(r"(\d{4})", value)
        if dated is not None and (self.latest is None or int(dated.group(1)) <= self.latest):
            self.last_written, self.last_written_at = int(dated.group(1)), span.start_char


def publication_date(document: Document, latest: int | None = None) -> Published | None:
    """The first full date in a header line near the top of ``document`` or in a dateline, else a
    header date with its weekday, of the first year from ``latest`` that fits it (rule 1)."""
    text = document.text
    header = min(len(text), HEADER_CHARS)
    for m in _FULL_DATE.finditer(text, 0, header):
        if _in_header_line(text, m) or document.overlaps(m.start(), m.end(), (Kind.DATELINE,)):
            return _published(m)
    for start, end in document.ranges(Kind.DATELINE):
        if (found := _FULL_DATE.search(text, start, end)) is not None:
            return _published(found)
    weekday = next((m for m in _WEEKDAY_DATE.finditer(text, 0, header) if _in_header_line(text, m)), None)
    dated = (weekday, weekday) if weekday is not None else _dateline_weekday(document)
    if dated is None or latest is None:
        return None
    date, named = dated
    month, day = month_number(date["m1"] or date["m2"]), int((date["d1"] or date["d2"]).rstrip("stndrh"))
    day_of_week = WEEKDAYS.index(named["wd"].lower())
    years = sorted(range(latest - 11, latest + 12), key=lambda y: (abs(y - latest), y))
    year = next((y for y in years if month and _is_weekday(y, month, day, day_of_week)), None)
    return Published(year, month, day) if year is not None and month else None


def _dateline_weekday(document: Document) -> tuple[re.Match[str], re.Match[str]] | None:
    """A wire dateline's date with no year and the weekday its lede gives the news ("BERLIN, Feb 11
    (Reuters) - The coalition agreed on Wednesday …")."""
    text = document.text
    for start, end in document.ranges(Kind.DATELINE):
        date = _DAY_MONTH.search(text, start, end)
        weekday = _WEEKDAY.search(text, end, min(len(text), end + LEDE_CHARS))
        if date is not None and weekday is not None:
            return date, weekday
    return None


def _in_header_line(text: str, m: re.Match[str]) -> bool:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return len(text[line_start: len(text) if line_end < 0 else line_end].split()) <= HEADER_LINE_WORDS


def latest_year(sdoc: Doc) -> int | None:
    """The latest year in a DATE entity of ``sdoc`` in a past clause and not a bound (rule 3); of a
    fiscal year ("the budget for 2025/26 assumed", which spaCy may read as a number), its first."""
    years = [int(m[1]) for ent in sdoc.ents if ent.label_ in ("DATE", "CARDINAL") for t in ent
             if (m := _YEAR_TOKEN.fullmatch(t.text)) and (ent.label_ == "DATE" or m[2])
             and not _bound(t) and _tense(t.doc[t.i:t.i + 1]) < 0]
    return max(years, default=None)


def _bound(token: Token) -> bool:
    """Whether a year is a bound ("by 2028"): a bound word just before it or before its month."""
    before = token.doc[max(0, token.i - 3):token.i]
    return any(t.lower_ in BOUNDS for t in before[-1:]) or (
        len(before) >= 2 and month_number(before[-1].text.rstrip(",")) is not None and before[-2].lower_ in BOUNDS)


def _published(m: re.Match[str]) -> Published | None:
    year = int(m["y1"] or m["y2"] or m["y3"])
    month = month_number(m["m1"] or m["m2"]) if not m["m3"] else int(m["m3"])
    day = int((m["d1"] or m["d2"] or m["d3"]).rstrip("stndrh"))
    if month is None or not _is_date(year, month, day):
        return None
    return Published(year, month, day)


def _tense_shift(date: tuple[int, int], published: tuple[int, int], span: Span) -> int:
    """-1 for a date later in the year than the publication in a past clause, 1 for an earlier one in a future clause."""
    if date == published:
        return 0
    tense = _tense(span)
    return -1 if date > published and tense < 0 else 1 if date < published and tense > 0 else 0


def _tense(span: Span) -> int:
    """-1 when the clause of ``span`` is in the past (or present perfect), 1 in the future, 0 otherwise.

    The clause's verb is the first finite one above ``span``: a participle or infinitive without
    its own subject or auxiliary ("a trading update covering the weeks to 4 January") is passed by;
    a scheduling word on the way up ("due by", "set for") puts the date in the future.
    """
    verb = span.root
    while verb.head != verb:
        if verb.lower_ in SCHEDULING_WORDS and verb.dep_ != "acl":  # not "the target set for 2024"
            return 1
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        finite = verb.tag_ in ("VBD", "VBP", "VBZ", "MD") or any(c.dep_ in SUBJECTS for c in verb.children)
        if verb.pos_ in ("VERB", "AUX") and (finite or any(a.tag_ != "TO" for a in auxiliaries)):
            break
        verb = verb.head
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries) or verb.lower_ in FUTURE_AUXILIARIES:
        return 1
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries):
        return -1
    return 0


def _weekday_before(text: str, span: Span) -> int | None:
    """The weekday written just before a date ("Tuesday, 15 October"), 0 for Monday."""
    written = _WEEKDAY_BEFORE.search(text, max(0, span.start_char - 16), span.start_char)
    return WEEKDAYS.index(written.group(1).lower()) if written else None


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    return _is_date(year, month, day) and datetime.date(year, month, day).weekday() == weekday
