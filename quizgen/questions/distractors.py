"""Distractors: wrong answers of the same kind as the right one.

Every rule lives here: a distractor comes from the answer's own article, is of the answer's kind
(person for person, organisation for organisation, a figure of the same unit written
in the answer's style, within ``MAX_RELATIVE_GAP`` of it) and form (one name, never a pair, against one name; a joint answer gets
none), of its category where roles tell (a politician for a politician, an analyst for an
analyst), is never an alias of the answer nor another right answer, is not a mere rounding of a
figure, is rounded as the answer is ("about 110" -> "about 80"), and never appears in the prompt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..extract.model import Figure
from ..extract.numbers import MONTHS, NUMBER_WORDS, ORDINAL_WORDS, parse_number, parse_ordinal
from .pool import INTRODUCED_AS, ORG_WORDS, Actor, Pool, org_role, role_head
from .text import TITLES, contains, norm, plain, surname

#: Roles this similar (token set ratio) describe the same position: a second right answer.
SAME_ROLE = 80
#: A figure this close to the answer (relative difference) is a rounding of it, not a distractor.
MIN_RELATIVE_GAP = 0.15
#: A figure further than this (relative difference) from the answer is implausible at a glance.
MAX_RELATIVE_GAP = 0.4
#: Multipliers for figure distractors, nearest first: same magnitude, never absurd.
FACTORS = (0.75, 1.25, 0.6, 1.4, 0.7, 1.3, 0.8, 1.2)

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD_NUMBERS = {v: k for k, v in NUMBER_WORDS.items()}
_WORD_ORDINALS = {v: k for k, v in ORDINAL_WORDS.items()}
_MONTH_NAMES = [m.capitalize() for m in list(MONTHS)[:12]]


#: Role words by category: a distractor of the same category is more plausible.
CATEGORIES = {
    "politics": "minister president premier chancellor senator governor mayor secretary ambassador lawmaker "
                "party diplomat envoy king queen commissioner deputy parliament spokesman spokeswoman".split(),
    "business": "executive ceo chairman chairwoman founder cfo officer executive company bank shareholder "
                "investor manager".split(),
    "expert": "analyst economist professor researcher scientist expert fellow strategist author scholar lecturer "
              "institute university director".split(),
    "sport": "coach player captain striker goalkeeper midfielder defender".split(),
}


def introduced_as(name: str, text: str) -> str | None:
    """"ORG" or "GPE" when ``text`` introduces ``name`` with one of :data:`INTRODUCED_AS`'s nouns, else None."""
    for label, nouns in INTRODUCED_AS.items():
        if re.search(rf"\b(?:{'|'.join(nouns)})(?:'s?)?(?:,| of| called| named)? {re.escape(name)}\b", text, re.I):
            return label
    return None


def placed(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as a place ("in Valdora", "at Oban") or it is a country or capital."""
    from ..extract.places import country_of

    return country_of(name) is not None or re.search(
        rf"\b(?:in|at|near|outside|across|around|throughout)\s+{re.escape(name)}\b(?!['’]s)", text) is not None


def described_only(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` (one word) only after "the" or "a" ("the Spaniard"): a description, not a name."""
    if " " in name.strip():
        return False
    found = [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    return bool(found) and all(re.search(r"\b(?:the|a|an)\s+$", text[max(0, at - 5):at], re.I) for at in found)


def not_a_person(name: str, role: str | None) -> bool:
    """"Startup Lumora", "X, a Danish shipping line": an organisation or a place taken for a person, by the words
    of its name or the head noun of its description."""
    last = norm(surname(role or ""))
    return bool((ORG_WORDS & set(norm(name).split())) or last in ORG_WORDS or org_role(role)
                or role_head(role) in INTRODUCED_AS["GPE"])


def category(role: str | None) -> str | None:
    """The first category any word of ``role`` belongs to (``CATEGORIES``)."""
    words = norm(role or "").split()
    return next((name for name, cues in CATEGORIES.items() if any(w in cues for w in words)), None)


def _joint(name: str) -> bool:
    return " and " in f" {name} " or "&" in name


def actors(
    pool: Pool, answer: str, type_: str, prompt: str, *, doc: str, role: str | None = None,
    asked_by_role: bool = False, also_right: Iterable[str] = (), k: int = 3, text: str = "",
) -> list[str]:
    """Actors of ``type_`` in article ``doc`` (whose ``text`` introduces none as another kind) that are neither the
    answer nor another right answer, most alike first; when the prompt asks by ``role`` (``asked_by_role``), only
    actors of the role's category."""
    excluded = [answer, *also_right]
    if _joint(answer):
        return []

    kind = category(role) if asked_by_role else None
    if asked_by_role and kind is None:
        return []  # "the leader of Rosneft": without a category any other person may be absurd

    def fits(actor: Actor) -> bool:
        if actor.type != type_ or doc not in actor.docs or _joint(actor.name) \
                or any(pool.overlaps(actor.name, e) for e in excluded):
            return False
        if kind is not None and kind not in {category(r) for r in actor.roles}:
            return False  # asked by an analyst's role: only analysts are plausible
        if any(contains(prompt, form) for form in (actor.name, *actor.aliases)):
            return False
        if text and introduced_as(actor.name_in(doc), text) not in (None, type_):
            return False  # "the retail association X" among people
        if text and type_ in ("PERSON", "ORG") and placed(actor.name_in(doc), text):
            return False  # "Valdora" taken for a speaker: a place among people
        return not (role and any(fuzz.token_set_ratio(norm(role), norm(r)) >= SAME_ROLE for r in actor.roles))

    def likeness(actor: Actor) -> tuple:
        similar = max((fuzz.token_set_ratio(norm(role), norm(r)) for r in actor.roles), default=0) if role else 0
        same = role is not None and category(role) is not None and category(role) in {category(r) for r in actor.roles}
        return (-same, -similar, -len(actor.roles), actor.name)

    return [_in_form_of(a.name_in(doc), answer) for a in sorted(filter(fits, pool.actors), key=likeness)[:k]]


def _in_form_of(name: str, answer: str) -> str:
    """``name`` without the titles before it when the answer has none: all choices in one form ("Dr Ana Pera" among
    bare names is "Ana Pera")."""
    words = name.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in TITLES and answer.split()[0].lower().rstrip(".") not in TITLES:
        words = words[1:]
    return " ".join(words)


def roles(pool: Pool, answer_actor: Actor, type_: str, prompt: str, *, doc: str, k: int = 3) -> list[str]:
    """Roles of other actors of article ``doc`` that do not describe ``answer_actor``, of its category, most alike first."""
    mine = answer_actor.roles
    kinds = {category(m) for m in mine} - {None}
    others = sorted({r for a in pool.actors if a is not answer_actor and a.type == type_ and doc in a.docs
                     for r in a.roles if category(r) in kinds},
                    key=lambda r: (-max((fuzz.token_sort_ratio(norm(r), norm(m)) for m in mine), default=0), r))
    found: list[str] = []
    for role in others:
        if contains(prompt, role) or any(fuzz.token_set_ratio(norm(role), norm(t)) >= SAME_ROLE for t in [*mine, *found]):
            continue
        found.append(role)
    return found[:k]


def figures(figure: Figure, pool: Pool, prompt: str, k: int = 3) -> list[str]:
    """Wrong figures written in the style of ``figure.surface``: same unit, same magnitude."""
    surface = plain(figure.surface).strip()
    if figure.figure_type == "ordinal":
        options = _ordinals(surface)
    elif figure.figure_type == "date":
        options = [d for d in _dates(surface) if _in_order(figure, d)]
    else:
        options = _amounts(figure, surface, pool)
    taken = {norm(surface)}
    out = []
    for option in options:
        if norm(option) not in taken and not contains(prompt, option):
            taken.add(norm(option))
            out.append(option)
    return out[:k]


def _ordinals(surface: str) -> list[str]:
    n = parse_ordinal(surface.split()[-1])
    if n is None:
        return []
    word = surface.split()[-1]
    render = (lambda m: _WORD_ORDINALS.get(m)) if word.isalpha() else _suffixed
    return [surface[: -len(word)] + r for m in (n + 1, n - 1, n + 2, n + 3) if m >= 1 and (r := render(m))]


def ordinal_forms(n: int) -> list[str]:
    """Ways to write an ordinal: "3rd", "third"."""
    return [_suffixed(n)] + ([_WORD_ORDINALS[n]] if n in _WORD_ORDINALS else [])


def _suffixed(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_RANGE = re.compile(r"\b(from|between)\s+(.+?)\s+(to|and|until)\s+(.+?)(?=[,.;]|\s+(?:on|in|at|for|when|while)\b|$)",
                    re.I)


def _in_order(figure: Figure, wrong: str) -> bool:
    """A date distractor the sentence does not rule out: a range's start stays before its end ("between _____ and
    August 2023")."""
    start = figure.span[0] - figure.sentence_start
    for m in _RANGE.finditer(figure.sentence):
        if m.start(2) <= start < m.end(2):
            first, second = _date_key(wrong), _date_key(m.group(4))
        elif m.start(4) <= start < m.end(4):
            first, second = _date_key(m.group(2)), _date_key(wrong)
        else:
            continue
        if first and second and len(first) == len(second):
            return first < second
    return True


def _date_key(text: str) -> tuple[int, ...] | None:
    """(year, month) or (month,) of a written date, for ordering; None when it has no month."""
    month = next((i for i, m in enumerate(_MONTH_NAMES) if re.search(rf"\b{m}\b", text)), None)
    if month is None:
        return None
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    return (int(year.group()), month) if year else (month,)


def _dates(surface: str) -> list[str]:
    month = next((m for m in _MONTH_NAMES if re.search(rf"\b{m}\b", surface)), None)
    if month:
        i = _MONTH_NAMES.index(month)
        return [re.sub(rf"\b{month}\b", _MONTH_NAMES[(i + d) % 12], surface) for d in (1, -1, 2, -2)]
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", surface)
    if year:
        y = int(year.group())
        return [surface[: year.start()] + str(y + d) + surface[year.end():] for d in (-1, 1, -2, 2)]
    return []


def _amounts(figure: Figure, surface: str, pool: Pool) -> list[str]:
    """Other figures of the set with this unit, then multiples of the answer, in its style."""
    match = _DIGITS.search(surface) or re.search(r"[A-Za-z]+(?:-[a-z]+)?", surface)
    if match is None:
        return []
    number = parse_number(match.group()) if match.group().lower() not in ("a", "an") else None
    if not number or not isinstance(figure.value, int | float) or not figure.value:
        return []
    scale = figure.value / number
    values = [f.value / scale for f in pool.figures if f.doc == figure.doc
              and f.measure == figure.measure and f.figure_type == figure.figure_type and isinstance(f.value, int | float)]
    values += [number * factor for factor in FACTORS]
    out = []
    for candidate in values:
        value = _like(candidate, match.group(), rounded=bool(APPROXIMATE.match(surface)))
        if value is None or value <= 0 or not MIN_RELATIVE_GAP <= abs(value - number) / number <= MAX_RELATIVE_GAP:
            continue
        if not possible(figure, value * scale_of(figure, number), number):
            continue
        rendered = _render(value, match.group())
        if rendered:
            out.append(surface[: match.start()] + rendered + surface[match.end():])
    return out


def scale_of(figure: Figure, number: float) -> float:
    """How much the written number is worth in the figure's value ("2.4" of "£2.4m" is worth 1,000,000)."""
    return figure.value / number if isinstance(figure.value, int | float) and number else 1.0


#: A unit of a duration written before a smaller one, and the most of the smaller it holds ("2 hours 41 minutes").
_CARRIES = {"minute": (r"hours?|hrs?", 60), "second": (r"minutes?|mins?", 60), "hour": (r"days?", 24),
            "month": (r"years?", 12)}
_CLOCK_AFTER = re.compile(r"\s*(a\.?m\.?|p\.?m\.?)(?!\w)", re.I)
#: What marks a number as the whole its sentence's other numbers are parts of ("Of the 11 passengers, seven …").
_COUNT = rf"\d[\d,]*|{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))}"
_WHOLE = re.compile(rf"\b(?:of the|out of|of all)\s+(?=({_COUNT})\b)|\b(?=({_COUNT})\b[^,.;]*,\s*of (?:whom|which|them)\b)",
                    re.I)
_NUMBER = re.compile(r"(?<![\w.,])(\d[\d,]*(?:\.\d+)?|[A-Za-z]+)(?![\w%]|\s*(?:%|per ?cent|percent))")


def possible(figure: Figure, value: float, number: float) -> bool:
    """Whether a wrong ``value`` (in the figure's unit, written as ``number`` is) is possible where the sentence puts
    it: a share at most 100%, no more minutes than an hour holds after "2 hours", an hour of the day near the
    answer's and in waking hours, and parts that do not add up to more than the whole the sentence gives."""
    start = figure.span[0] - figure.sentence_start
    before, after = figure.sentence[:start], figure.sentence[start + len(figure.surface):]
    written = value / scale_of(figure, number)
    if figure.unit == "percent" and number <= 100 < written:
        return False
    for unit, (larger, most) in _CARRIES.items():
        if (figure.unit or "").lower().rstrip("s") == unit and re.search(rf"\b(?:{larger})\s*(?:and\s*)?$", before, re.I):
            if written >= most:
                return False
    clock = _CLOCK_AFTER.match(after) or re.search(r"\d\s*(?:a\.?m\.?|p\.?m\.?)$", figure.surface, re.I)
    if clock:
        morning = "a" in clock.group(0).lower().split("m")[0]
        if not (1 <= written <= 12 and abs(written - number) <= 3 and (written >= 6 if morning else written <= 11)):
            return False
    return _fits_the_whole(figure, written, start)


def _fits_the_whole(figure: Figure, written: float, start: int) -> bool:
    """A part changed to ``written`` still fits the whole its sentence states, and a whole still holds its parts."""
    sentence = figure.sentence
    whole_at = next((m.start(1) if m.group(1) else m.start(2) for m in _WHOLE.finditer(sentence)), None)
    if whole_at is None:
        return True
    numbers = {m.start(): v for m in _NUMBER.finditer(sentence)
               if isinstance(v := parse_number(m.group(1)), int | float) and not 1900 <= v <= 2100}
    whole = numbers.get(whole_at)
    if whole is None or start not in numbers:
        return True
    parts = [v for at, v in numbers.items() if at not in (whole_at, start) and at > whole_at - 1 and v < whole]
    if start == whole_at:
        return written >= sum(parts)
    return written + sum(parts) <= whole


#: Words that make a figure a round estimate ("about 30", "some 2.4 million").
APPROXIMATE = re.compile(r"(?:about|around|roughly|some|nearly|almost|approximately|more than|over|up to|at least)\b", re.I)


def _like(value: float, written: str, rounded: bool = False) -> float | None:
    """``value`` rounded as precisely as ``written`` is: its decimals, at most two significant digits from 100
    up, and no finer than its own trailing zeros ("110" -> 80, not 82); a ``rounded`` figure ("about 30")
    keeps all of its trailing zeros (20, 40)."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    value = round(value, decimals)
    if not decimals:
        value = int(value)
        digits = re.sub(r"\D", "", written)
        zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
        keep = zeros if rounded else min(zeros, max(0, len(digits) - 2))
        if value >= 100:
            keep = max(keep, len(str(value)) - 2)
        if keep:
            value = int(round(value, -keep))
    return value


def _render(value: float, written: str) -> str | None:
    if written[0].isalpha():
        word = _WORD_NUMBERS.get(int(value))
        return (word.capitalize() if written[0].isupper() else word) if word else None
    decimals = len(written.split(".")[1]) if "." in written else 0
    return f"{value:,.{decimals}f}" if "," in written else f"{value:.{decimals}f}"
