"""Numeric figures: money, quantities, percentages, counts, dates, durations, ordinals and times.

Surfaces are found by patterns built from the number parser's tables (:mod:`.numbers`), run on
the document's analysis text (boilerplate blanked); where matches overlap the longest wins, and
"between X and Y" joins into one range when its ends are one kind of quantity. The parse then
decides what is a figure: numerals inside names ("S&P 500", "Vision 2030"), trivial counts of a
known pair and idioms are not; a vague amount ("dozens of people") is a count without a value.
Each figure's ``about`` is a phrase read off the dependency tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from spacy.tokens import Doc, Span, Token

from ..ingest import Document
from ..ingest.document import Kind
from .model import Figure, Value
from .. import lexicon
from .numbers import (
    A_SCALE_RE, CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_WORD_RE, CURRENCY_WORDS, DAY_KIND_RE, DURATION_RE, FRACTION_WORDS, MONTH_RE, NEGATIVE_WORDS,
    MONEY_RE, NUMBER_RE, NUMBER_WORDS, ORDINAL_WORDS, PERCENT_RE, QUALIFIER_RE, RANGE_RE, SCALE_RE, SCALES, UNIT_RE, UNIT_PAIR_RE, UNIT_WORD_RE, WORD_SCALES,
    SHARED_SYMBOLS, UNIT_SECONDS, Amount, iso_date, mark_symbol, month_number, parse_amount, parse_number, parse_ordinal,
)
from .places import country_of, home_country, local_currencies
from .quotemarks import Quotations
from .roles import staff_noun
from .deps import CLIMB, SUBJECTS
from .lookup import LEMMA, tokens_in
from .sentences import Sentences, joined
from .timeline import Timeline

#: Entity labels of names: a numeral inside one is part of the name (World War Two, Falcon-9).
NAME_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "GPE", "LOC", "NORP"}
#: Determiners that make an ordinal indefinite ("any third country", "every second day"); "a"
#: only with an ordinal word ("a second chance", but "a 12th package").
INDEFINITE = {"any", "every", "another", "no", "each", "some"}
ARTICLES = {"a", "an"}
DEFINITE = {"the", "these", "those", "both", "its", "their"}
#: Words making a time noun after them a point in time ("last year").
RELATIVE_TIME_WORDS = {"last", "next", "past", "this", "coming"}
#: Nouns an ordinal makes an idiom or a part, not an event ("for the first time", "the second half").
NON_EVENT_NOUNS = {"time", "half", "hand", "glance", "sight"}
#: Words an ordinal ranks by through a hyphen ("third-placed"; not "first-time", "second-hand"): a word list of
#: :mod:`quizgen.lexicon`.
RANKING_WORDS = lexicon.words("ranking_words")
#: Verbs an ordinal after them ranks the subject by ("ranked 44th", "finished second", "slipped to fifth").
RANKING_VERBS = lexicon.words("ranking_verbs")
#: Written just before a numeral that is a rank label ("the No. 4 seed", "#1").
_RANK_LABEL = re.compile(r"(?:(?<![^\W_])Nos?\.|#)\s*$")
#: Name labels that are never a person's (the small model often tags a surname GPE or nothing).
NOT_PEOPLE = {"ORG", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
#: Words before "a"/"an" + unit that make it a rate, not a duration ("twice a year").
RATE_WORDS = {"once", "twice", "times", "per"}
#: "pounds" weigh rather than pay in a sentence about weight ("weighs 180 pounds", "20 pounds heavier").
MASS_POUNDS = {"pound", "pounds"}
WEIGHT_CUES = {"weigh", "weight", "heavy", "heavier", "light", "lighter", "overweight", "underweight"}
#: A bare "$" (not "US$", "A$").
_BARE_DOLLAR = re.compile(r"(?<![\w.])\$")
#: Units that stand alone as durations, in years (None: an unspecified number of them).
BARE_DURATIONS = {"decade": 10, "century": 100, "decades": None, "centuries": None}
DATE_GROUPS = ("decade", "y1", "y2", "y3", "y4", "m1", "m2", "m3", "m4", "d1", "d2", "d3", "d4",
               "fy", "fy2", "ya", "yb", "yc", "ma", "mya", "mb", "myb", "fyear", "qtr", "qnum", "yqtr", "half", "yhalf",
               "qm1", "qm2")

_END = r"(?![^\W_])"
_NUM = rf"(?:{NUMBER_RE}|{A_SCALE_RE})"
_YEAR = r"(?<![\w.,$£€])(?:1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d)"
_BARE_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DAYS = rf"(?P<d1>{_DAY})(?:(?:\s*[-–]\s*|\s+(?:and|to)\s+)(?P<d2>{_DAY}))?"
#: An approximator just before an amount ("more than", "nearly"): found by looking back, as a
#: leading optional group would make every pattern try every position of the text.
_QUALIFIER_BEFORE = re.compile(rf"(?:{QUALIFIER_RE})\s+$", re.IGNORECASE)
QUALIFIED_TYPES = {"money", "percent", "quantity", "duration", "count", "ratio", "multiple", "time"}
#: The unit of a count of things; the counted noun is the figure's ``counted``.
COUNT = "count"
FRACTION = "fraction"
#: Dependencies of a number standing for what it counts ("40 signed", "two-thirds could not tell").
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "pobj", "appos"})
#: Words that make "X-Y" a score or a tally, and how many words before it they may stand ("beat the Western Sydney
#: Goannas 26-22").
SCORE_WORDS = lexicon.words("score_words")
SCORE_WINDOW = 6
#: Words for a multiple ("twice as much").
MULTIPLE_WORDS = {"twice": 2, "thrice": 3}


#: Where a numeral starts: the patterns led by a number (or a currency mark) are tried only there
#: (a regex search for them over the whole text would be tried at every position).
_NUMERAL = re.compile(
    rf"(?<![\w.,])[-−]?\d|\b(?:{'|'.join(w for n in (*NUMBER_WORDS, *NEGATIVE_WORDS) for w in (n, n.capitalize()))})\b"
    rf"|\b[Aa]n?(?=[\s-](?:{'|'.join(FRACTION_WORDS)})\b)|\b[Hh]alf(?=\s)|{A_SCALE_RE}"
)
#: One period after "a": "in a week", "at least a month" ("twice a day", "£5 a month" are rates).
_PERIOD = r"(?:minute|hour|day|week|fortnight|month|year)\b"
_ZONES = "|".join(sorted(lexicon.words("time_zones"), key=len, reverse=True))
#: A vague amount of money: "tens of thousands of dollars".
_VAGUE_MONEY = re.compile(r"\b(?:(?:tens|hundreds)\s+of\s+)?(?:thousands|millions|billions|trillions)", re.IGNORECASE)
#: A clock time: "9:35", "9.35 pm", "9 a.m.", "11 o'clock", "1800GMT" (a time with a dot or without minutes needs
#: its am/pm, four digits their zone).
_CLOCK = (rf"(?<![\w.,:])(?:(?P<h>\d{{1,2}})(?::(?P<min>\d\d)(?P<hundredths>\.\d{{1,3}}\b)?|\.(?P<dmin>\d\d)(?=\s?[ap]\.?m\b))"
          rf"(?:\s?(?P<ampm>[ap]\.m\.|[ap]m\b))?"
          rf"|(?P<h2>\d{{1,2}})\s?(?P<ampm2>[ap]\.m\.|[ap]m\b)|(?P<h3>\d{{1,2}})\s+o['’]clock\b|(?P<hhmm>[012]\d[0-5]\d)(?=\s?(?:(?-i:{_ZONES.upper()})|local\s+time)\b))"
          rf"(?:\s?(?-i:{_ZONES.upper()})\b)?")


@dataclass(frozen=True)
class Pattern:
    """How one kind of figure is written. ``at_numeral`` patterns start with a number."""

    figure_type: str
    regex: re.Pattern[str]
    #: Where the pattern can start (a numeral, a currency mark's first character, a word where
    #: one of the other patterns matches: see :func:`_word_led`); None until then.
    at: re.Pattern[str] | None = None
    #: A test a match must pass to be a candidate (a word after a number is a unit).
    check: Callable[[re.Match[str]], bool] | None = None
    #: Whether a match failing ``check`` gives way to the longest shorter one that passes: "from 7%
    #: to 5%" is not a range (its ends descend), "7%" is a figure.
    shorter: bool = False


#: Where a currency mark can start: its first character, case as written.
_SYMBOL_START = re.compile("[" + re.escape("".join(sorted({s[0] for s in (*CURRENCY_SYMBOLS, *CURRENCY_CODES)}))) + "]")


def _pattern(figure_type: str, regex: str, flags: int = re.IGNORECASE, check=None, shorter: bool = False) -> Pattern:
    lead = re.sub(r"^\(\?P<part>", "", regex)  # a ratio's part is a number
    at = _NUMERAL if lead.startswith((_NUM, NUMBER_RE)) else _SYMBOL_START if regex.startswith(MONEY_RE) else None
    return Pattern(figure_type, re.compile(regex + _END, flags), at, check, shorter)


def _is_amount(match: re.Match[str]) -> bool:
    """Whether a number and the word after it read as an amount (the word is a unit); "a third
    day" is the third, not a third of one."""
    words = match.group().lower().split()
    return not (len(words) > 2 and words[0] in ARTICLES and words[1] in ORDINAL_WORDS) and parse_amount(match.group()) is not None


def _is_ratio(match: re.Match[str]) -> bool:
    """Whether "X in Y" is a share: whole numbers, the part less than the whole, the whole at most
    1,000 (not "5 in 2025", "a tenth in 2024")."""
    part, whole = parse_number(match["part"]), parse_number(match["whole"])
    return part is not None and whole is not None and float(part).is_integer() and 0 < part < whole <= 1000


def _is_measure(match: re.Match[str]) -> bool:
    """Whether the match reads as an amount with a unit (not "three hundred" "and six")."""
    amount = parse_amount(match.group())
    return amount is not None and amount.unit is not None


#: In priority order: on the same span, the earlier wins. A group named "fig" marks the surface
#: when the pattern also needs context ("the past decade").
PATTERNS: list[Pattern] = [
    _pattern("money", MONEY_RE, check=_is_amount, shorter=True),
    _pattern("money", rf"{_NUM}(?:\s*{SCALE_RE})?(?:{RANGE_RE})?\s+{CURRENCY_WORD_RE}(?:\s+and\s+{_NUM}\s+(?:cents?|pence)\b)?",
             check=_is_amount, shorter=True),
    _pattern("money", rf"{_VAGUE_MONEY.pattern}\s+of\s+{CURRENCY_WORD_RE}"),
    _pattern("percent", rf"{_NUM}(?:{RANGE_RE})?(?:\s?|-){PERCENT_RE}", check=_is_amount, shorter=True),
    _pattern("ratio", rf"(?P<part>{NUMBER_RE})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<whole>{NUMBER_RE})", check=_is_ratio),
    _pattern("quantity", rf"{_NUM}(?:\s*{SCALE_RE})?(?:{RANGE_RE})?\s*-?\s*{UNIT_RE}", check=_is_amount, shorter=True),
    _pattern("duration", rf"{_NUM}\s+{DURATION_RE}(?:,?\s+(?:and\s+)?{_NUM}\s+{DURATION_RE})+",
             check=lambda m: _in_last_unit(m.group()) is not None, shorter=True),
    _pattern("duration", rf"{_NUM}(?:{RANGE_RE})?(?:\s+|\s*-\s*){DAY_KIND_RE}{DURATION_RE}", check=_is_amount, shorter=True),
    _pattern("duration", r"\b[Aa]n?\s+(?:decade|century)\b", 0),
    _pattern("duration", rf"\b(?P<fig>{QUALIFIER_RE}\s+an?\s+{_PERIOD})"),
    _pattern("duration", rf"\b(?:in|within|for|after|lasting)\s+(?P<fig>an?\s+{_PERIOD})"),
    _pattern("duration", r"\b(?:past|last|previous|next)\s+(?P<fig>decade|century)\b"),
    _pattern("duration", r"\b(?:in|for|over)\s+(?P<fig>decades|centuries)\b"),
    _pattern("time", _CLOCK),
    _pattern("quantity", rf"{_NUM}(?:\s*{SCALE_RE})?(?:{RANGE_RE})?\s+{UNIT_PAIR_RE}", check=_is_measure),
    _pattern("quantity", rf"{_NUM}(?:\s*{SCALE_RE})?(?:{RANGE_RE})?\s*-?\s*{UNIT_WORD_RE}", check=_is_amount),
    _pattern("date", rf"(?P<ma>{MONTH_RE}),?\s+(?P<mya>{_YEAR})\s*[-–]\s*(?P<mb>{MONTH_RE}),?\s+(?P<myb>{_YEAR})", 0),
    _pattern("date", rf"\b[Bb]etween\s+(?P<ma>{MONTH_RE}),?\s+(?P<mya>{_YEAR})\s+and\s+(?P<mb>{MONTH_RE}),?\s+(?P<myb>{_YEAR})", 0),
    _pattern("date", rf"(?:\b[Bb]etween\s+(?P<ya>{_YEAR})\s+and|(?P<yc>{_YEAR})\s+to)\s+(?P<yb>{_YEAR})", 0),  # years
    _pattern("date", rf"(?P<m1>{MONTH_RE})\s+{_DAYS}(?:,?\s+(?P<y1>{_YEAR}))?", 0),
    _pattern("date", rf"{_DAYS.replace('d1', 'd3').replace('d2', 'd4')}\s+(?:of\s+)?(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>{_YEAR}))?", 0),
    _pattern("date", rf"(?P<m3>{MONTH_RE}),?\s+(?P<y3>{_YEAR})", 0),
    _pattern("date", r"(?<![\w.,])(?P<decade>1\d\d0|20\d0)s"),
    _pattern("date", r"(?<![\w.,$£€/])(?P<fy>1[5-9]\d\d|20\d\d)/(?P<fy2>\d\d?)(?![\w/%]|[.,]\d)"),
    _pattern("date", r"(?<![\w.,$£€])(?P<ya>1[5-9]\d\d|20\d\d)\s?[-–]\s?(?P<yb>(?:1[5-9]|20)?\d\d)(?![\w%]|[.,]\d)"),
    _pattern("date", rf"\b(?:(?P<qtr>first|second|third|fourth)[-\s]quarter|(?-i:Q)(?P<qnum>[1-4])(?![\w-]))"
                     rf"(?:\s+(?:of\s+)?(?P<yqtr>{_YEAR}))?"),
    _pattern("date", rf"(?P<qm1>{MONTH_RE})[-–](?P<qm2>{MONTH_RE})\s+quarter(?:\s+of\s+(?P<yqtr>{_YEAR}))?", 0),
    _pattern("date", rf"\b(?P<half>first|second)\s+half(?:\s+of\s+(?P<yhalf>{_YEAR}))?"),
    _pattern("date", rf"(?P<y4>{_YEAR})"),
    _pattern("date", r"(?:\b(?-i:FY)\s?'?|\bfiscal\s+(?:year\s+)?)(?P<fyear>(?:19|20)?\d\d)\b(?![/–-]\d)"),
    _pattern("date", rf"(?:\b[Mm]id-)?(?P<m4>{MONTH_RE})", 0),
    _pattern("ordinal", r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                        r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth)"),
    _pattern("score", r"(?<![\w.,$£€/–-])(?P<s1>\d{1,3})\s?[-–]\s?(?P<s2>\d{1,3})(?![\w%/–-]|[.,]\d)"),
    _pattern("count", r"\b(?P<fig>(?:(?:tens|hundreds)\s+of\s+)?(?:dozens|scores|hundreds|thousands|millions|billions))"
                      r"(?=\s+of\s+[a-z])"),
    _pattern("count", rf"\b(?P<fig>(?:several|a\s+few)\s+(?:{'|'.join(WORD_SCALES)}))(?=\s+(?:of\s+)?[a-z])"),
    _pattern("count", rf"{_NUM}(?:\s*{SCALE_RE})?(?:{RANGE_RE})?(?:\s+or\s+(?:so|more)\b)?(?:\s+times\b)?",
             check=_is_amount, shorter=True),
    _pattern("multiple", rf"\b(?:{'|'.join(MULTIPLE_WORDS)})"),
]


def _word_led(patterns: list[Pattern]) -> list[Pattern]:
    """The patterns not led by a number or a currency mark start at a word: one scan finds where any
    of them matches, as a search for each would try every position of the text."""
    free = [p for p in patterns if p.at is None]
    bodies = (re.sub(r"\(\?P<\w+>", "(?:", p.regex.pattern) for p in free)
    anywhere = [body if p.regex.flags & re.IGNORECASE else f"(?-i:{body})" for body, p in zip(bodies, free)]
    at = re.compile(r"\b(?=\w)(?=" + "|".join(anywhere) + ")", re.IGNORECASE)
    return [replace(p, at=at) if p.at is None else p for p in patterns]


PATTERNS = _word_led(PATTERNS)


@dataclass(frozen=True)
class Candidate:
    """A pattern match on the analysis text, before the parse decides whether it is a figure."""

    start: int
    end: int
    figure_type: str
    priority: int
    match: re.Match[str]

    @property
    def text(self) -> str:
        return self.match.string[self.start:self.end]


@dataclass(frozen=True)
class Reading:
    """What a candidate says: its normalised value, unit, type and qualifier."""

    value: Value
    unit: str | None
    figure_type: str
    qualifier: str | None = None
    #: The noun a count counts ("people"), as written.
    counted: str | None = None
    #: Whether a date's year comes from the document's reference date, not the text.
    inferred: bool = False


def extract_figures(sdoc: Doc, document: Document) -> list[Figure]:
    """The figures of one document, in reading order; boilerplate and traps left out."""
    timeline = Timeline.of(document, sdoc)
    datelines = [place for start, end in document.ranges(Kind.DATELINE) for place in _dateline_places(document.text[start:end])]
    places = [*(e.text for e in sdoc.ents if e.label_ == "GPE"), *datelines, *datelines]
    local = local_currencies(home_country(places))
    named = local or local_currencies(home_country(places, least=1)) or local_currencies(home_country(
        _places_in_names(sdoc), least=1))  # reads a shared mark only ("R15bn", one South Africa; else "… of South Africa")
    quotations = Quotations(document.text)
    sentences = Sentences(sdoc)
    figures = []
    for cand in _best_candidates(document.analysis_text, _after_change(sdoc)):
        if document.in_boilerplate(cand.start, cand.end):
            continue
        span = sdoc.char_span(cand.start, cand.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        reading, end = _in_local_currency(READERS[cand.figure_type](cand, span, timeline), cand, local, named)
        if reading is None:
            continue
        end = _with_hyphened_noun(document.analysis_text, end, reading)
        if reading.figure_type == "date" and not reading.inferred:
            timeline.note(reading.value, span)
        sent = sentences.of(span.start)
        raw = document.text[sent.start_char:sent.end_char]
        figures.append(Figure(
            doc=document.name,
            span=(cand.start, end),
            sentence=raw.strip(),
            sentence_start=sent.start_char + _leading_space(raw),
            in_quote=cand.start in quotations,
            surface=document.text[cand.start:end],
            value=reading.value,
            unit=reading.unit,
            figure_type=reading.figure_type,
            qualifier=reading.qualifier,
            about=about(span),
            counted=reading.counted,
            value_inferred=reading.inferred,
        ))
    return figures


def _dateline_places(dateline: str) -> list[str]:
    """The places a dateline names ("NAKURU, Kenya —" -> "Nakuru", "Kenya"); they count twice
    towards the country an article is set in."""
    parts = (part.strip(" —–-:") for part in dateline.split(","))
    return [part.title() if part.isupper() else part for part in parts if part]


def _places_in_names(sdoc: Doc) -> list[str]:
    """Countries and capitals named inside organisations' names ("Independent Communications Authority
    of South Africa", "Women's Football South Africa")."""
    return [words.text for ent in sdoc.ents if ent.label_ in ("ORG", "FAC") for n in (1, 2, 3)
            for words in (ent[k: k + n] for k in range(len(ent) - n + 1)) if country_of(words.text)]


def _in_local_currency(reading: Reading | None, cand: Candidate, local: dict[str, str],
                       named: dict[str, str]) -> tuple[Reading | None, int]:
    """A reading in the currency of the country the article is set in (``local``, see
    :func:`.places.local_currencies`), and where its surface ends: a bare "$" or currency word
    ("$180", "900 dollars" in Australia; "5,000 francs" in Senegal), a mark several currencies share
    ("Rs 500" in Pakistan; or in the one country the article names, ``named``), cents as hundredths of
    its money, else of the US dollar ("35 cents" in Kenya is 0.35 KES), a subunit of one currency
    ("47 paise"), and a number before a word only that country's money has ("6,000 shillings" in
    Kenya, taking in the word)."""
    if reading is not None and reading.unit == "cents":
        return replace(reading, value=_hundredths(reading.value), unit=local.get("$") or next(iter(local.values()), "USD")), cand.end
    if reading is not None and reading.unit and reading.unit.endswith("/100"):  # "47 paise"
        return replace(reading, value=_hundredths(reading.value), unit=reading.unit.removesuffix("/100")), cand.end
    if reading is not None and reading.figure_type == "money":
        word = cand.text.lower().split()[-1]
        if CURRENCY_WORDS.get(word) == reading.unit and word in local:
            return replace(reading, unit=local[word]), cand.end
        if reading.unit == "USD" and "$" in local and _BARE_DOLLAR.search(cand.text):
            return replace(reading, unit=local["$"]), cand.end
        theirs = SHARED_SYMBOLS.get(mark_symbol(cand.match.groupdict().get("mark")), frozenset()) & set(named.values())
        if len(theirs) == 1:  # "Rs" in Pakistan
            return replace(reading, unit=next(iter(theirs))), cand.end
        if reading.unit is None:  # "R61bn" outside South Africa
            return None, cand.end
    after = re.match(r"\s+([^\W\d_]+)\b", cand.match.string[cand.end: cand.end + 40])
    if cand.figure_type == "count" and after and after.group(1).lower() in local and (amount := parse_amount(cand.text)):
        return Reading(amount.value, local[after.group(1).lower()], "money", amount.qualifier), cand.end + after.end()
    return reading, cand.end


def _with_hyphened_noun(text: str, end: int, reading: Reading) -> int:
    """Where a count's surface ends: after the noun it counts when a hyphen joins them, as a unit
    is joined ("a 60-bed ward", "a three-judge panel", as "a 12-hour shift")."""
    joined = re.match(r"-([^\W\d_]+)\b", text[end: end + 40])
    if reading.figure_type == "count" and joined and reading.counted and joined.group(1).lower() == reading.counted.lower():
        return end + joined.end()
    return end


def _hundredths(value: Value) -> Value:
    """A value in cents as one in its currency's whole units (a range end by end)."""
    if isinstance(value, list):
        return [_hundredths(v) for v in value]
    return round(value / 100, 10) if isinstance(value, int | float) else value


def _best_candidates(text: str, after_change: frozenset[int] = frozenset()) -> Iterator[Candidate]:
    """Every pattern's matches; where they overlap, the longest (then the first pattern) wins. A range
    starting at an offset of ``after_change`` is two figures (see :func:`_after_change`)."""
    starts: dict[re.Pattern[str], list[int]] = {}
    found = []
    for priority, pattern in enumerate(PATTERNS):
        regex, at = pattern.regex, pattern.at
        assert at is not None  # see _word_led
        if at not in starts:
            starts[at] = [m.start() for m in at.finditer(text)]
        matches = (regex.match(text, i) for i in starts[at])
        for m in filter(None, map(partial(_passing, pattern, after_change), matches)):
            start, end = m.span("fig") if "fig" in regex.groupindex else m.span()
            if pattern.figure_type in QUALIFIED_TYPES and not _BARE_YEAR.fullmatch(m.group()) and (
                    q := _QUALIFIER_BEFORE.search(text, max(0, start - 24), start)):  # "between 2016 and 2022" are years
                start = q.start()
            found.append(Candidate(start, end, pattern.figure_type, priority, m))
    found.sort(key=lambda c: (c.start, -(c.end - c.start), c.priority))
    chosen: list[Candidate] = []
    last_end = -1
    for cand in found:
        if cand.start >= last_end:
            last_end = cand.end
            chosen.append(cand)
    yield from _between(text, chosen)


def _passing(pattern: Pattern, after_change: frozenset[int], m: re.Match[str] | None) -> re.Match[str] | None:
    """``m`` if it passes the pattern's check (and is no range after a verb of change), else (for a
    ``shorter`` pattern) the longest shorter match from the same start that ends a word and passes, else None."""
    while m is not None and not _acceptable(pattern, after_change, m):
        end = m.end() - 1
        while pattern.shorter and end > m.start() and (m.string[end - 1].isspace() or m.string[end:end + 1].isalnum()):
            end -= 1
        m = pattern.regex.match(m.string, m.start(), end) if pattern.shorter and end > m.start() else None
    return m


_TO = re.compile(r"\sto\s", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)


def _acceptable(pattern: Pattern, after_change: frozenset[int], m: re.Match[str]) -> bool:
    if pattern.check is not None and not pattern.check(m):
        return False
    to = _TO.search(m.group()) if pattern.shorter and m.start() in after_change else None
    if to is None or (amount := parse_amount(m.group())) is None or not isinstance(amount.value, list):
        return True
    first = parse_amount(m.group()[:to.start()])  # a bare end that borrows the other's unit: "from 5 to 7 percent"
    return first is not None and first.unit is None and amount.unit is not None and not _BY_BEFORE.search(
        m.string, max(0, m.start() - 4), m.start())


def _after_change(sdoc: Doc) -> frozenset[int]:
    """Where an amount after a verb of change in the past starts ("rose $1.20 to $85.30", "fell by 2% to 5%"):
    its "X to Y" is the change and the level reached ("rose 10-15%" stays a range). In any tense, "by"
    and "from" do the same ("will rise by a quarter to 4.2 billion", "goes from 21% to 29%"), but a
    verb of spread keeps its range ("fees range from $5 to $8"), and so does a bare first number
    that takes the second's unit ("from 5 to 7 percent", see :func:`_acceptable`)."""
    starts = set()
    for token in tokens_in(sdoc, lexicon.words("change_verbs"), LEMMA):
        nxt = token.nbor() if token.i + 1 < len(sdoc) else None
        if nxt is not None and nxt.lower_ == "by":
            starts.add(nxt.idx + len(nxt.text) + len(nxt.whitespace_))
        elif token.tag_ in ("VBD", "VBN"):
            starts.add(token.idx + len(token.text) + len(token.whitespace_))
    for token in tokens_in(sdoc, _FROM):
        if token.head.pos_ == "VERB" and token.head.lemma_ not in _SPREAD_VERBS and token.head.i < token.i:
            starts.add(token.idx + len(token.text) + len(token.whitespace_))
    return frozenset(starts)


#: Verbs whose "from X to Y" is a spread, one range.
_SPREAD_VERBS = frozenset({"range", "vary", "span", "stretch"})
_FROM = frozenset({"from"})
_AND = re.compile(r"\s+and\s+")


def _between(text: str, candidates: list[Candidate]) -> Iterator[Candidate]:
    """Candidates, with "between X and Y" joined into one range of Y's type ("between 20 and 30 percent")."""
    k = 0
    while k < len(candidates):
        cand = candidates[k]
        after = candidates[k + 1] if k + 1 < len(candidates) else None
        gap = _AND.fullmatch(text, cand.end, after.start) if after is not None else None
        if (after is not None and gap and text[cand.start:cand.start + 8].lower() == "between " and after.figure_type in QUALIFIED_TYPES
                and parse_amount(text[cand.start:after.end]) is not None):
            yield Candidate(cand.start, after.end, after.figure_type, after.priority, after.match)
            k += 2
            continue
        yield cand
        k += 1


# Readers: a candidate and its tokens -> a Reading, or None when it is not a figure.

def _amount(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    amount = parse_amount(cand.text)
    word = re.search(CURRENCY_WORD_RE, cand.text, re.IGNORECASE)
    if amount is None and cand.figure_type == "money" and _VAGUE_MONEY.match(cand.text) and word:  # "trillions of dollars"
        currency = " ".join(word.group().lower().split())
        return Reading(None, CURRENCY_WORDS.get(currency) or CURRENCY_SUBUNITS.get(currency), "money")
    if amount is None or _in_name(cand, span):
        return None
    if amount.unit == "times":
        return _times(amount)
    if amount.unit == "points" and span.start and span.doc[span.start - 1].lower_ == "at":
        return None  # "at one point": a moment, not a score
    if word and word.group().lower() in MASS_POUNDS and _about_weight(span.root):
        return Reading(amount.value, "lb", "quantity", amount.qualifier)  # "weighs 180 pounds"
    if amount.unit is None and cand.figure_type == "quantity":  # "m" with no currency: metres or millions
        return _metres(cand, span, amount) or Reading(amount.value, COUNT, "count", amount.qualifier)  # "up from 3.9m"
    money = amount.unit in CURRENCY_CODES or amount.unit in CURRENCY_SUBUNITS.values()  # "342p" is money
    return Reading(amount.value, amount.unit, "money" if money else cand.figure_type, amount.qualifier)


def _metres(cand: Candidate, span: Span, amount: Amount) -> Reading | None:
    """A number and "m" that counts nothing after it read as metres when spaced ("2,100 m") or
    when millions are unlikely: thousands ("at 2,236m" is a height, not 2,236 million), a whole
    number after an article ("the 100m")."""
    if not re.search(r"\dm$|\d\s+m$", cand.text) or not isinstance(amount.value, int | float):
        return None
    written = amount.value / SCALES["m"]
    after_article = span.start > 0 and span.doc[span.start - 1].lower_ in ("the", *ARTICLES) and written == int(written)
    if written >= 1000 or "," in cand.text or not cand.text[-2].isdigit() or after_article:
        return Reading(int(written) if written == int(written) else written, "m", "quantity", amount.qualifier)
    return None


def _about_weight(token: Token) -> bool:
    """A weight word governs the figure, or modifies what does ("weighs", "heavier", "a weight limit of")."""
    governing = [token, *list(token.ancestors)[:3]]
    return any(t.lemma_.lower() in WEIGHT_CUES for g in governing for t in (g, *g.lefts))


def _duration(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    text = cand.text
    if text.lower() in BARE_DURATIONS:  # "the past decade"; "in decades" is vague
        return Reading(BARE_DURATIONS[text.lower()], "years", "duration")
    before = span.doc[span.start - 1].lower_ if span.start else ""
    if text.lower().startswith(("a ", "an ")) and before in RATE_WORDS:
        return None  # "once a decade" is a rate
    return _in_last_unit(text) or _amount(cand, span, timeline)  # "6 hours 40 minutes": 400 minutes


def _in_last_unit(text: str) -> Reading | None:
    """Durations written one after another as one, in the last one's unit ("5 hours 21 minutes 9
    seconds" -> 19269 seconds, "six years and eight months" -> 80 months), if they descend."""
    parts = [amount for part in re.finditer(rf"{_NUM}\s+{DURATION_RE}", text, re.IGNORECASE)
             if (amount := parse_amount(part.group())) is not None]
    if len(parts) < 2:
        return None
    sizes = [UNIT_SECONDS.get(part.unit or "", 0) for part in parts]
    values = [part.value for part in parts if isinstance(part.value, int | float)]
    if 0 in sizes or len(values) < len(parts) or sizes != sorted(set(sizes), reverse=True):
        return None
    total = sum(value * size / sizes[-1] for value, size in zip(values, sizes))
    return Reading(round(total, 6) if total % 1 else int(total), parts[-1].unit, "duration", parts[0].qualifier)


def _date(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    m = cand.match  # groups a pattern requires are read from it, those it may lack from g
    g = dict.fromkeys(DATE_GROUPS) | m.groupdict()
    if g["decade"]:
        start = int(g["decade"])
        return Reading(f"{start}/{start + 9}", "date", "date")
    if g["y4"]:
        token = span[0]  # news style writes counts from 1,000 with a comma: "1990 levels" is a year
        if token.pos_ != "NUM" or token.ent_type_ in NAME_LABELS or _names_with(token):
            return None
        return Reading(g["y4"], "year", "date")
    if g["fyear"]:  # "FY2025", "FY24": the fiscal year by the year it ends in
        return Reading(g["fyear"] if len(g["fyear"]) == 4 else f"20{g['fyear']}", "year", "date")
    if g["fy"] or g["ya"] or g["yc"]:  # "2003/4", "2023-24": one span of years; "2007-2013", "between 2019 and 2023": a range
        first, second = (m["fy"], m["fy2"]) if g["fy"] else (str(g["ya"] or g["yc"]), m["yb"])
        last = int(first[: 4 - len(second)] + second)
        if last <= int(first):
            return None
        return Reading([int(first), last], "year", "date") if not g["fy"] and len(second) == 4 else Reading(
            f"{first}/{last}", "year", "date")
    if g["qtr"] or g["qnum"] or g["half"] or g["qm1"]:
        return _part_of_year(g, span, timeline)
    if g["ma"]:  # "December 2007-June 2009"
        low, high = iso_date(int(m["mya"]), month_number(m["ma"])), iso_date(int(m["myb"]), month_number(m["mb"]))
        return Reading(f"{low}/{high}", "date", "date")
    written_month = g["m1"] or g["m2"] or g["m3"] or g["m4"]
    if written_month is None:  # every date pattern left names a month
        return None
    month = month_number(written_month)
    written = g["y1"] or g["y2"] or g["y3"]
    if g["m4"] and (span[0].pos_ != "PROPN" or span[0].ent_type_ not in ("", "DATE")):
        return None  # "may" the verb, "Theresa May"
    first, second = (g["d1"], g["d2"]) if g["m1"] else (g["d3"], g["d4"])
    days = [int(digits.group()) for d in (first, second) if d and (digits := re.match(r"\d+", d))]
    if not all(1 <= d <= 31 for d in days) or month is None:
        return None
    year = int(written) if written else timeline.year_of(span, month, days[0] if days else None)
    value = "/".join(iso_date(year, month, d) for d in days) or iso_date(year, month)
    return Reading(value, "date", "date", inferred=not written)


def _part_of_year(g: dict, span: Span, timeline: Timeline) -> Reading | None:
    """A quarter or a half of a year as its months ("the third quarter", "Q3" -> "2026-07/2026-09", "the
    October-December quarter", "the second half of 2029" -> "2029-07/2029-12"); a quarter or a half written
    in words without its year only where it dates a result ("third-quarter earnings", "rose 1% in the second
    quarter"), not a game's ("scored in the third quarter", "in the second half")."""
    if g["qm1"]:
        first, last = month_number(g["qm1"]), month_number(g["qm2"])
    else:
        part = int(g["qnum"]) if g["qnum"] else ORDINAL_WORDS[(g["qtr"] or g["half"]).lower()]
        first, last = (6 * part - 5, 6 * part) if g["half"] else (3 * part - 2, 3 * part)
    written = g["yqtr"] or g["yhalf"]
    dated = written or g["qnum"] or g["qm1"] or "-" in span.text
    if first is None or last is None or not dated and not any(e.label_ in ("MONEY", "PERCENT") for e in span.sent.ents):
        return None
    year = int(written) if written else timeline.year_of(span, first)
    return Reading(f"{iso_date(year, first)}/{iso_date(year, last)}", "date", "date", inferred=not written)


def _ordinal(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    token = span[0]
    doc = token.doc
    after = doc[token.i + 1: token.i + 3]
    if token.ent_type_ in NAME_LABELS:
        return None
    if len(after) == 2 and after[0].lower_ in ("or", "to") and parse_ordinal(after[1].text.split("-")[0]):
        return None  # "second or third-tier": a rank range, not an event
    value = parse_ordinal(cand.text)
    if after and after[0].text in "-–":  # "fifth-largest", not "first-time"
        return Reading(value, "ordinal", "ordinal") if _ranks_by(after[1:]) else None
    head = token.head
    if head.lower_ in NON_EVENT_NOUNS:
        return None
    if token.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN"):
        indefinite = INDEFINITE if token.text[0].isdigit() else INDEFINITE | ARTICLES
        if any(c.dep_ == "det" and c.lower_ in indefinite for c in head.children):
            return None
        return Reading(value, "ordinal", "ordinal")
    if token.i and doc[token.i - 1].lower_ == "the" and token.pos_ in ("NOUN", "ADJ", "NUM"):
        return Reading(value, "ordinal", "ordinal")  # "the 20th during his tenure"
    if _ranked_by_verb(token):
        return Reading(value, "ordinal", "ordinal")
    return None


def _ranked_by_verb(token: Token) -> bool:
    """An ordinal after a ranking verb, as its complement or through "to" ("ranked 44th", "finished
    second", "slipped to fifth"; not "first came"), or "be" … "in" ("are 14th in the Championship")."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "to" else token.head
    ranked_in = verb.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "in" for c in (*token.children, *verb.children))
    return (verb.pos_ == "VERB" and verb.lemma_ in RANKING_VERBS or ranked_in) and verb.i < token.i and token.dep_ in (
        "advmod", "npadvmod", "dobj", "acomp", "oprd", "attr", "pobj")


def _ranks_by(word: Span) -> bool:
    """The word after an ordinal's hyphen ranks by it: a superlative ("fifth-largest") or a ranking word."""
    return bool(len(word)) and (word[0].tag_ == "JJS" or word[0].lower_.endswith("est") or word[0].lower_ in RANKING_WORDS)


def _count(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    amount = parse_amount(cand.text)
    if amount is None or amount.value == 1 or _in_name(cand, span):
        return None
    if _RANK_LABEL.search(cand.match.string, max(0, cand.start - 6), cand.start):
        return Reading(amount.value, "ordinal", "ordinal")  # "No. 4" is the fourth
    if (rank := _ordinal_of_noun(span)) is not None:
        return rank
    token = _number_token(span)
    if _label(token) or _tally(cand):
        return None
    if _age(token):
        return Reading(amount.value, "years", "count")
    noun = counted_noun(token)
    if noun is not None and noun.i < span.end:  # "two-thirds of voters": the noun after "of"; "2.3m merchants"
        of = next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), None)
        noun = of or (noun.head if noun.dep_ in ("compound", "nummod") and noun.head.pos_ == "NOUN" and noun.head.i >= span.end else None)
    if noun is None and _after_name(token):
        return None
    if noun is None and (metres := _metres(cand, span, amount)):
        return metres
    if amount.unit == "times":
        return _times(amount)
    if noun is None and token.dep_ not in _ARGUMENTS and span.root.dep_ not in _ARGUMENTS:  # "two-thirds could …"
        return None
    if amount.value == 2 and _definite(token, noun):
        return None  # "the two countries": the known pair, not a figure
    unit = FRACTION if isinstance(amount.value, int | float) and amount.value < 1 else COUNT  # "two-thirds of voters"
    return Reading(amount.value, unit, "count", amount.qualifier, counted=_written_noun(noun, span) if noun is not None else None)


def _ordinal_of_noun(span: Span) -> Reading | None:
    """ "a" and an ordinal word before the noun it ranks is an ordinal, not a fraction ("for a
    fifth consecutive year", "a third day"; but "a third of voters")."""
    word = span[-1]
    if len(span) != 2 or span[0].lower_ not in ARTICLES or word.lower_ not in ORDINAL_WORDS:
        return None
    head = word.head
    between = word.doc[word.i + 1: head.i]
    if word.dep_ == "amod" and head.i > word.i and head.pos_ == "NOUN" and head.lower_ not in NON_EVENT_NOUNS and all(
            t.pos_ == "ADJ" and t.lower_ not in RELATIVE_TIME_WORDS for t in between):  # not "by a fifth last year"
        return Reading(ORDINAL_WORDS[word.lower_], "ordinal", "ordinal")
    return None


def _times(amount: Amount) -> Reading:
    """A multiple ("more than 40 times", "three and a half times higher") is a count of times."""
    return Reading(amount.value, COUNT, "count", amount.qualifier, counted="times")


def _twice(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    """ "(roughly) twice": a count of two times."""
    return Reading(MULTIPLE_WORDS[cand.match.group().lower()], COUNT, "count", _qualifier(cand), counted="times")


def _ratio(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    """ "(about) one in five", "1 in 10": a fraction."""
    part, whole = parse_number(cand.match["part"]), parse_number(cand.match["whole"])
    if part is None or whole is None or _in_name(cand, span):
        return None
    return Reading(round(part / whole, 10), FRACTION, "count", _qualifier(cand))


def _qualifier(cand: Candidate) -> str | None:
    """The approximator found before a match ("roughly"), lowercased."""
    return " ".join(cand.text[: len(cand.text) - len(cand.match.group())].lower().split()) or None


def _time(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    """A clock time as "HH:MM" on the 24-hour clock ("9:35 PM" -> "21:35", "1800GMT" -> "18:00"); with
    fractions of a second, a race time in seconds ("2:01.84" -> 121.84)."""
    g = cand.match.groupdict()
    if g["hundredths"] and not g["ampm"]:
        return Reading(round(int(g["h"]) * 60 + int(g["min"]) + float(g["hundredths"]), 3), "seconds", "duration")
    if g["hhmm"]:
        hour, minute = int(g["hhmm"][:2]), int(g["hhmm"][2:])
    else:
        hour, minute = int(g["h"] or g["h2"] or g["h3"]), int(g["min"] or g["dmin"] or 0)
    ampm = (g["ampm"] or g["ampm2"] or "").lower()
    if ampm and not 1 <= hour <= 12 or hour > 23 or minute > 59:
        return None
    hour = hour % 12 + (12 if ampm.startswith("p") else 0) if ampm else hour
    return Reading(f"{hour:02d}:{minute:02d}", "time", "time")


def _vague(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    """"dozens of people", "several hundred volunteers" …: a count of no exact value, of the noun after "of"
    or the noun it modifies."""
    of = span.doc[span.end] if span.end < len(span.doc) else None
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None and of.lower_ == "of" else None
    noun = noun if noun is not None else counted_noun(span[-1])
    return Reading(None, COUNT, "count", counted=_written_noun(noun) if noun is not None else None)


def _count_or_vague(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    return _vague(cand, span, timeline) if "fig" in cand.match.re.groupindex else _count(cand, span, timeline)


def _score(cand: Candidate, span: Span, timeline: Timeline) -> Reading | None:
    """A game's score or a vote's tally, as written ("won 26-22", "a 3-2 win", "voted 20-18"): a score
    word among the few words before it or right after it (lexicon ``score_words``); else, or before
    another noun ("won 10-15 seats"), a range of a count."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    near = [*doc[max(0, span.start - SCORE_WINDOW): span.start], *([after] if after is not None else [])]
    if not any(t.lemma_.lower() in SCORE_WORDS for t in near) or (
            after is not None and after.pos_ == "NOUN" and after.lemma_.lower() not in SCORE_WORDS):
        return _count_or_vague(cand, span, timeline)
    return Reading(f"{cand.match['s1']}-{cand.match['s2']}", "score", "score")


READERS: dict[str, Callable[[Candidate, Span, Timeline], Reading | None]] = {
    "money": _amount, "percent": _amount, "quantity": _amount, "duration": _duration,
    "date": _date, "ordinal": _ordinal, "count": _count_or_vague, "time": _time, "ratio": _ratio, "multiple": _twice,
    "score": _score,
}


def _number_token(span: Span) -> Token:
    """The token that carries the number's syntax: the span's root when it is a numeral ("three hundred and
    six"), else the last numeral ("50 million" -> "million")."""
    return span.root if span.root.like_num else next((t for t in reversed(span) if t.like_num), span.root)


def counted_noun(token: Token) -> Token | None:
    """The noun a cardinal counts: "11 documents", "300 Kenyans", "all three of the considerations", "half my team",
    "between 410,000 and 430,000 vehicles" (the range's first end)."""
    while token.dep_ == "conj" and token.head.i < token.i and token.head.like_num:
        token = token.head
    if token.dep_ in ("nummod", "compound", "amod", "predet") and (token.head.pos_ == "NOUN" or token.head.tag_ == "NNPS"):
        return token.head  # "300 Kenyans" too
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
    return None


def _written_noun(noun: Token, figure: Span | None = None) -> str:
    """The counted noun as written, with the words hyphenated to it ("man-hours", not "hours"), but not
    the figure's own ("ten-man": "man")."""
    doc, start = noun.doc, noun.i
    while (start >= 2 and doc[start - 1].text in "-–" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
           and (figure is None or not figure.start <= start - 2 < figure.end)):
        start -= 2
    return noun.doc[start:noun.i + 1].text.lower()


def _definite(token: Token, noun: Token | None) -> bool:
    before = token.doc[token.i - 1].lower_ if token.i else ""
    dets = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")} if noun is not None else set()
    return before in DEFINITE or bool(dets & DEFINITE)


def _in_name(cand: Candidate, span: Span) -> bool:
    """A numeral that belongs to a name: in a name entity with words beyond the figure ("S&P 500", "737 Max":
    an amount labelled a name on its own, "RM8.50" as ORG, is the tagger's slip), between two proper nouns
    ("Boeing 737 Max") or glued to a word ("Falcon-9")."""
    doc = span.doc
    beyond = doc[span.start].ent_iob_ == "I" or span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    owned = span.start > 0 and doc[span.start - 1].tag_ == "POS"  # "Brackley’s 11 stores" read as one name
    if _number_token(span).ent_type_ in NAME_LABELS and beyond and not owned:
        return True
    before, after = (doc[span.start - 1] if span.start else None), (doc[span.end] if span.end < len(doc) else None)
    if before is not None and after is not None and before.pos_ == after.pos_ == "PROPN" and after.text[:1].isupper() and (
            before.whitespace_ and span.text.isalnum()):  # "Boeing 737 Max": a model's name
        return True
    return bool(re.search(r"[^\W\d_][-–]$", cand.match.string[max(0, cand.start - 2):cand.start]))


#: Pronouns whose "was 19" is an age.
_PERSONAL_PRONOUNS = frozenset({"i", "he", "she", "we", "they", "you"})
_PERSON_NOUNS = lexicon.words("person_nouns")


def _age(token: Token) -> bool:
    """A whole number under 120 with no noun of its own is an age: set off by a comma after a person's name or a
    noun for a person ("Ana Ruiz, 21, said", "the captain, 51, had", "said its president, Jo Bell, 61."); after
    "aged", or "under"/"over" after "aged" or a noun for people ("aged 19, 24 and 37", "children under five");
    or said of a person with "be" ("when she was 19", "drivers were over 60")."""
    doc, first = token.doc, token
    if not (token.like_num and (value := parse_number(token.text)) is not None and 0 < value < 120):
        return False
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head
    if head.lower_ in ("under", "over") and head.i < first.i:
        head = doc[head.i - 1] if head.i and _of_person(doc[head.i - 1]) else head.head  # the parser may hang it on the verb
    if head.i < first.i and (head.lower_ == "aged" or first.dep_ == "pobj" and _of_person(head)):
        return True
    after = doc[token.i + 1].text if token.i + 1 < len(doc) else "."
    if token.i > 1 and doc[token.i - 1].text == "," and after in (",", ".", ";") and token.head.i < token.i:
        named = doc[token.i - 2].ent_type_ == "PERSON"
        if named or token.dep_ == "appos" or token.head.pos_ == "PROPN":
            return named or _of_person(token.head)
    be = head if first.dep_ == "pobj" else token.head if token.dep_ in ("attr", "acomp") else None  # "were (over) 60"
    if be is not None and be.lemma_ == "be" and not any(c.pos_ == "NOUN" for c in token.children):
        subjects = [c for c in be.children if c.dep_ == "nsubj"]
        return any(s.lower_ in _PERSONAL_PRONOUNS or _of_person(s) or any(
            _of_person(p) for c in s.children if c.lower_ == "of" for p in c.children) for s in subjects)
    return False


def _of_person(noun: Token) -> bool:
    """A person's name (not an organisation's) or a noun for a person ("captain", "mother", "children", "patients")."""
    if noun.pos_ == "PROPN":
        return noun.ent_type_ not in NOT_PEOPLE
    return noun.pos_ == "NOUN" and (noun.lower_ in _PERSON_NOUNS or noun.lemma_.lower() in _PERSON_NOUNS or staff_noun(noun))


def _names_with(token: Token) -> bool:
    """A numeral that completes the proper noun before it ("Vision 2030", "Paris 2024")."""
    head = token.head
    return (token.dep_ in ("nummod", "compound", "appos") and head.pos_ == "PROPN" and head.i == token.i - 1
            and month_number(head.text) is None)


def _after_name(token: Token) -> bool:
    """A bare numeral right after a proper noun names a thing ("Apollo 11", "Windows 11")."""
    prev = token.doc[token.i - 1] if token.i else None
    return prev is not None and prev.pos_ == "PROPN" and "\n" not in prev.whitespace_ and month_number(prev.text) is None


_TALLY_AFTER = re.compile(r"[-–]\d|/\d")
_TALLY_BEFORE = re.compile(r"\d[-–/]$")
_OF = re.compile(r"\s+of\b")


def _tally(cand: Candidate) -> bool:
    """A bare count joined to another numeral is a score, a tally or a name ("a 3-2 win", "52-48", "24/7"),
    and a slash fraction is a count only of something ("3/4 of voters", not "9/11")."""
    text = cand.match.string
    if _TALLY_AFTER.match(text, cand.end) or _TALLY_BEFORE.search(text, max(0, cand.start - 2), cand.start):
        return True
    return "/" in cand.text and not _OF.match(text, cand.end)


def _label(token: Token) -> bool:
    """Digits right after a singular common noun label a kind or a stage ("type 2 diabetes", "phase 3")."""
    prev = token.doc[token.i - 1] if token.i else None
    return prev is not None and prev.tag_ == "NN" and prev.whitespace_ == " " and token.text.isdigit()


# about: what the figure measures, read off the parse.

NUMERIC_LABELS = {"MONEY", "QUANTITY", "PERCENT", "CARDINAL", "DATE", "TIME", "ORDINAL"}
MAX_ABOUT_TOKENS = 12


def about(span: Span) -> str:
    """A short phrase saying what the figure measures.

    The noun a figure stands before ("11 documents", "an $18 trillion economy", "5th term");
    otherwise the subject of the clause the figure sits in ("Anticipated bilateral trade
    between Chile and Peru"), following a relative pronoun or a participle to its noun.
    """
    token = span.root
    head = token.head
    if head.i >= span.end and head.pos_ == "NOUN" and token.dep_ in ("nummod", "amod", "compound", "quantmod"):
        return _phrase(head, span)
    node = token
    while node.head != node and (node.dep_ in CLIMB or node.ent_type_ in NUMERIC_LABELS) and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    for _ in range(4):
        if node.pos_ in ("NOUN", "PROPN") and node.dep_ in SUBJECTS:
            return _phrase(node, span)
        subject = next((c for c in node.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.pos_ == "PRON" and node.dep_ == "relcl":
            return _phrase(node.head, span)  # "volume ..., which has reached"
        if subject is not None and subject.pos_ != "PRON":
            return _phrase(subject, span)
        if node.dep_ == "acl" or node.head == node:  # "an economy valued at $2 trillion"
            return _phrase(node.head, span) if node.head.pos_ in ("NOUN", "PROPN") else ""
        node = node.head
    return ""


def _phrase(head: Token, exclude: Span) -> str:
    """The words of ``head``'s phrase, without the figure, clauses, punctuation and leading determiners."""
    words = [t for t in head.subtree if t not in exclude and not t.is_space and not t.is_punct
             and not _under_clause(t, head)]
    while words and (words[0].dep_ in ("det", "predet", "prep", "cc", "case") or words[0].tag_ == "PRP$"):
        words.pop(0)
    words = words[:MAX_ABOUT_TOKENS]
    return joined(words)


def _under_clause(token: Token, head: Token) -> bool:
    """Whether ``token`` hangs from ``head`` through a clause or an apposition."""
    while token != head:
        if token.dep_ in ("relcl", "acl", "appos", "advcl") or token.head == token:
            return True
        token = token.head
    return False


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())

