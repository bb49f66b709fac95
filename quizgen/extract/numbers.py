"""The one number parser: numerals, scales, currencies, units, durations and dates.

Used by the figure extractor to normalise what it finds and by question grading to read
answers ("240bn", "$240 billion", "240 billion USD" are all 240000000000). Currencies come from
CLDR through Babel, units from pint's registry (loaded on first use), the few house choices from
:mod:`quizgen.lexicon`; no spaCy. The ``*_RE`` strings are regex fragments the extractor builds
its search patterns from, so both read numbers the same way. Rules, in order: a number may be
signed or a fraction; a range's ends may each carry a currency mark and a scale; a word after
a number is a currency, a percent, a duration or a unit, else the amount is unitless (a count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from .. import lexicon

UNITS_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
               "fifteen sixteen seventeen eighteen nineteen").split()
TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNITS_WORDS)} | {
    w: 20 + 10 * i for i, w in enumerate(TENS_WORDS)} | {"dozen": 12, "hundred": 100}

ORDINAL_WORDS: dict[str, int] = {w: i + 1 for i, w in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
     "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split())} | {
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "hundredth": 100}

SCALES: dict[str, int] = {
    "dozen": 12, "hundred": 100, "thousand": 10**3, "k": 10**3, "lakh": 10**5, "lakhs": 10**5, "lakh crore": 10**12,
    "million": 10**6, "mn": 10**6, "m": 10**6, "crore": 10**7, "crores": 10**7,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
}
#: Scales written as words, which "a" can stand before as one ("a dozen", "a million").
WORD_SCALES = ("dozen", "hundred", "thousand", "million", "billion", "trillion")
#: Units written glued to a number as one letter ("41C", "-4F", "a 400g block"): temperatures and grams in
#: news ("5m" is millions, "3p" pence).
GLUED_LETTER_UNITS = {"C": "°C", "F": "°F", "g": "g"}
#: Parts of a whole, by the word naming them ("two-thirds", "a quarter").
FRACTION_WORDS: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4} | {
    w + suffix: n for w, n in ORDINAL_WORDS.items() if 3 <= n <= 10 for suffix in ("", "s")}
#: Unicode vulgar fractions.
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}


def _currencies() -> tuple[dict[str, str], dict[str, str], frozenset[str], dict[str, frozenset[str]]]:
    """(symbol -> ISO 4217 code, lowercased name -> code, codes written before an amount, a mark
    several currencies share or only their countries read -> their codes).

    Symbols and names (singular and plural) are CLDR's, through Babel: the English ones, then the
    local symbols of the locales in ``LOCAL_SYMBOL_LOCALES`` ("RM", "zł"). The house prefixes
    ("US$", "C$", "S$") come first; a symbol two currencies share ("kr") is left out, unless the
    lexicon's ``currency_symbol_defaults`` says which it means ("Rs": INR). One-letter local
    symbols ("R" in South Africa) and the lexicon's ``currency_local_marks`` ("Sh" in Kenya) are
    money only where the article is set. Bare names ("dollars", "francs") mean the currency of the
    lexicon's ``currency_defaults`` list.
    """
    symbols = dict(HOUSE_SYMBOLS)
    english = Locale("en")
    shared: set[str] = set()
    shared_codes: dict[str, set[str]] = {}
    local_marks: dict[str, set[str]] = {mark: set(codes) for mark, *codes in map(str.split, lexicon.load_lines("currency_local_marks"))}
    for locale in (english, *map(Locale.parse, LOCAL_SYMBOL_LOCALES)):
        for code, symbol in locale.currency_symbols.items():
            symbol = symbol.replace("\u202f", " ").rstrip(".")
            if symbol.isalpha() and len(symbol) < 2 and locale is not english:
                local_marks.setdefault(symbol, set()).add(code)  # "R" in South Africa
            if symbol == code or symbol.isalpha() and len(symbol) < 2 or any(c.isspace() for c in symbol):
                continue
            shared_codes.setdefault(symbol, set()).add(code)
            if symbols.setdefault(symbol, code) != code and symbol not in HOUSE_SYMBOLS:
                shared.add(symbol)
    defaults = lexicon.table("currency_symbol_defaults")
    for symbol in shared:
        symbols.pop(symbol, None)
        if symbol.lower() in defaults:
            symbols[symbol] = defaults[symbol.lower()]
    names: dict[str, str] = {}
    plurals = english._data["currency_names_plural"]
    for code, name in english.currencies.items():
        for form in (name, *plurals.get(code, {}).values()):
            if " " in form and "(" not in form:
                names.setdefault(form.lower().replace("-", " "), code)  # as read: "guinea bissau peso" (see _key)
    names |= {word: code.upper() for word, code in lexicon.table("currency_defaults").items()}
    prefixes = frozenset(names.values()) | frozenset(symbols.values())
    names |= {code.lower(): code for code in prefixes}
    shared_marks = {s: frozenset(codes) for s, codes in shared_codes.items() if s in symbols and len(codes) > 1}
    shared_marks |= {s: frozenset(codes) for s, codes in local_marks.items() if s not in symbols}
    return symbols, names, prefixes, shared_marks


#: Currency marks written before the number that CLDR spells otherwise ("C$" is CLDR's "CA$").
#: A letter prefix is case-sensitive and glued to the "$" ("A$5", not "a $5").
HOUSE_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD", "$": "USD",
}
#: Locales whose own currency symbols news writes in English text ("RM23.50", "Rp 5,000").
LOCAL_SYMBOL_LOCALES = ("ms_MY", "id_ID", "pl_PL", "tr_TR", "ru_RU", "uk_UA", "th_TH", "en_NG", "en_PK", "en_ZA",
                        "en_KE", "en_UG", "en_TZ", "en_GH", "en_ZM", "en_MW", "en_BW", "en_SL", "en_RW", "en_MU", "es_PE")
#: ``SHARED_SYMBOLS``: a mark several currencies share, or only their countries read -> their codes
#: ("Rs": INR, PKR; "R": ZAR), read by the country an article is set in.
CURRENCY_SYMBOLS, CURRENCY_WORDS, CURRENCY_CODES, SHARED_SYMBOLS = _currencies()
#: Hundredths of a currency ("19 cents", "40 pence") and the unit their figures carry.
CURRENCY_SUBUNITS: dict[str, str] = lexicon.table("currency_subunits")
#: Measurement units news writes out whose canonical name differs from the words (the rest are
#: recognised by pint's unit registry, see :func:`unit_name`).
UNITS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cubic metres": "cubic metres", "cubic meters": "cubic metres", "bcm": "bcm", "tcm": "tcm",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "square miles": "square miles",
    "square feet": "square feet", "square foot": "square feet", "square metre": "square metres", "hectares": "hectares",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons", "tons": "tons", "kg": "kg",
    "kilograms": "kg", "barrels": "barrels", "barrels a day": "barrels per day",
    "barrels per day": "barrels per day", "bpd": "barrels per day", "megawatts": "MW", "mw": "MW",
    "gigawatts": "GW", "gw": "GW", "basis points": "basis points", "basis point": "basis points", "bps": "basis points", "bp": "basis points", "points": "points", "point": "points",
    "times": "times",
    "light-year": "light-years", "light-years": "light-years", "light years": "light-years",
    "foot": "feet", "feet": "feet", "sq ft": "square feet", "square metres": "square metres",
    "square meters": "square metres", "sq m": "square metres", "lb": "lb", "lbs": "lb", "degrees celsius": "°C", "degrees fahrenheit": "°F",
    "degree celsius": "°C", "degree fahrenheit": "°F", "sq miles": "square miles", "sq mi": "square miles",
    "square mile": "square miles", "mpg": "mpg", "km/h": "km/h", "bhp": "bhp", "kilo": "kg", "kilos": "kg",
    "m2": "square metres", "m²": "square metres", "km²": "km2", "m3": "cubic metres", "m³": "cubic metres",
}
#: Speeds: a distance a unit of time ("60 km per hour", "100 kilometres an hour", "3 metres per second").
SPEEDS = {("km", "hour"): "km/h", ("miles", "hour"): "mph", ("m", "second"): "m/s", ("feet", "second"): "ft/s"}
UNITS |= {f"{word} {per} {time}": speed for (unit, time), speed in SPEEDS.items()
          for word, name in list(UNITS.items()) if name == unit for per in ("per", "an" if time == "hour" else "a")}
#: Temperatures: a degree word or sign (also "º") and a scale ("degrees Celsius", "deg C", "° F", "ºC"), or a scale's name
#: alone ("90 Fahrenheit"; not a lone "C", which ends many a name); below zero, negative.
TEMPERATURE_SCALES = {"celsius": "°C", "centigrade": "°C", "fahrenheit": "°F", "c": "°C", "f": "°F", "": "degrees"}
BELOW_ZERO = " below zero"
UNITS |= {f"{degree} {scale}".strip() + below: unit for degree in ("degree", "degrees", "deg", "°", "º")
          for scale, unit in TEMPERATURE_SCALES.items() for below in ("", BELOW_ZERO) if scale or below}
UNITS |= {scale: unit for scale, unit in TEMPERATURE_SCALES.items() if len(scale) > 1} | {"degree": "degrees", "degrees": "degrees"}
UNITS |= {f"{degree}{scale}": unit for degree in ("°", "º") for scale, unit in TEMPERATURE_SCALES.items() if len(scale) == 1}
#: A scale and a unit that together have a name of their own: 50 billion cubic metres = 50 bcm.
SCALED_UNITS: dict[tuple[int, str], str] = {(10**9, "cubic metres"): "bcm", (10**12, "cubic metres"): "tcm"}
PERCENT_WORDS = {"%": "percent", "percent": "percent", "percents": "percent", "percentage": "percent", "per cent": "percent", "pct": "percent", "pc": "percent",
                 "percentage points": "percentage points", "percentage point": "percentage points"}
#: Duration units: canonical name and how many of it one unit is (a decade is 10 years).
DURATIONS: dict[str, tuple[str, int]] = {
    "second": ("seconds", 1), "minute": ("minutes", 1), "hour": ("hours", 1), "day": ("days", 1),
    "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1), "decade": ("years", 10),
    "century": ("years", 100), "fortnight": ("weeks", 2), "sec": ("seconds", 1), "min": ("minutes", 1), "hr": ("hours", 1), "wk": ("weeks", 1),
    "yr": ("years", 1),
}
#: The length of each duration unit in seconds (a month as a twelfth of a year).
UNIT_SECONDS = {"seconds": 1, "minutes": 60, "hours": 3600, "days": 86400, "weeks": 604800,
                "months": 2629800, "years": 31557600}
MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS: dict[str, int] = {m: i + 1 for i, m in enumerate(MONTH_NAMES)} | MONTH_ABBREVIATIONS
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Approximators and bounds written around a number, as they appear in ``Figure.qualifier``.
QUALIFIERS = ("between", "more than", "less than", "fewer than", "at least", "up to", "close to", "just over",
              "just under", "in excess of", "nearly", "almost", "about", "around", "approximately",
              "roughly", "some", "over", "under", "below", "above", "or so", "or more", "exactly", "precisely",
              "as many as", "as much as", "as few as", "as little as", "as high as", "as low as", "well over", "well under")
#: Words that make the number after them negative.
NEGATIVE_WORDS = ("minus", "negative")
#: A word for a sign, not in "plus or minus" (a margin, not a negative number).
_NEGATIVE_RE = rf"(?<!\bor\s)(?:{'|'.join(NEGATIVE_WORDS)})"


#: Letters glued to a number that make it an ordinal or a decade, not a quantity ("5th", "1990s").
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "s"})


def _alternatives(words, char_re=lambda char: r"[\s-]+" if char == " " else re.escape(char)) -> str:
    """A regex alternation of words, tolerant of any spacing or a hyphen between words (``char_re``
    writes each character), built as a trie ("dollar|dollars|dong" -> "d(?:ollar(?:s)?|ong)"):
    Python's regex tries an alternation's branches one by one, so a flat list of hundreds of
    currency names would be tried in full at every number. Of words sharing a start, the longer
    is tried first."""
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, char_re)


def _trie_regex(node: dict, char_re) -> str:
    branches = [char_re(char) + _trie_regex(child, char_re) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_UNIT_WORD_RE = rf"(?:{'|'.join(TENS_WORDS)})(?:[-\s](?:{'|'.join(UNITS_WORDS[1:10])})\b)?|{_alternatives(UNITS_WORDS)}"
_MULTIPLIERS = "|".join(WORD_SCALES[1:])
#: A number of several words that does not end in a scale (which the amount reads as its scale):
#: "one hundred twenty-five", "two thousand five hundred", "three hundred and six".
_COMPOUND_WORD_RE = (rf"(?:{_UNIT_WORD_RE})(?:\s+(?:{_MULTIPLIERS})\b(?:\s+(?:and\s+)?(?:{_UNIT_WORD_RE})\b)?)+"
                     rf"(?<!thousand)(?<!million)(?<!billion)(?<!trillion)")
_FRACTION_WORD_RE = rf"(?:an?|one|{_alternatives(UNITS_WORDS[2:11])})[-\s](?:{_alternatives(FRACTION_WORDS)})(?![-‐])"
#: Half of a whole, not a half of a period ("half of the films", "half its value"; not "the second half of");
#: alone, it is the whole text read (:func:`parse_amount` of a match).
HALF_OF_RE = (r"(?<!\bthe\s)(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bbetter\s)(?<!\bother\s)"
              r"\bhalf(?=\s+(?:of|the|its|their|his|her|my|our|your|all|this|these|those)\b|$)")
#: A number word: "three", "twenty-five", "two and a half", "two-thirds", "a quarter", and a
#: fraction of one unit: "half a", "a quarter of a" ("half a million", "a quarter of a point").
#: A decimal in words: "nine point five", "three point one four".
_DECIMAL_WORD_RE = rf"(?:{_COMPOUND_WORD_RE}|{_UNIT_WORD_RE})\s+point(?:\s+(?:{'|'.join(UNITS_WORDS[:10])})\b)+"
NUMBER_WORD_RE = (rf"(?:{_NEGATIVE_RE}\s+)?(?:{_DECIMAL_WORD_RE}|{_FRACTION_WORD_RE}(?:\s+of\s+an?(?=\s))?"
                  rf"|half\s+an?(?=\s)|{HALF_OF_RE}|(?:{_UNIT_WORD_RE}|an?|one)\s+and\s+a\s+half|{_COMPOUND_WORD_RE}|{_UNIT_WORD_RE})")
#: Digits with thousands grouped by commas or by spaces ("10 000", as South African and European English
#: write them), else none.
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d+)(?:\.\d+)?"
#: A numeral: "2,500", "-1.3", "minus 12", "10 1/2", "1/4", "7½"; ``NUMBER_BODY_RE`` glued to what is before it
#: (a currency mark: "RM23.50"), ``NUMBER_RE`` starting a word.
NUMBER_BODY_RE = (rf"(?:[-−](?=\d))?(?:{_DIGITS}(?:\s\d/\d{{1,2}}(?![\d/])|[{''.join(VULGAR_FRACTIONS)}])?"
                  rf"(?![.,]?\d|/\d)|\d/\d{{1,2}}(?![\d/]))")
NUMBER_RE = rf"(?:\b{_NEGATIVE_RE}\s+)?(?<![\w.,/]){NUMBER_BODY_RE}|\b(?:{NUMBER_WORD_RE})\b"
SCALE_RE = rf"(?:{_alternatives(SCALES)})\b"


def _symbol_form(symbol: str) -> tuple[str, str]:
    """How a currency mark is matched: the regex around its group's trie ("{}") and what a "$" in
    it is written as. A letter prefix is case-sensitive, starts a word and is glued to the "$" or
    escaped ("US\\$", blanked to "US $" in analysis text); a lone letter only glued or escaped, as
    "A $5" and "S $5" are mostly an article or a word's end before a dollar amount. Other marks
    with letters ("RM", "zł", an ISO code) are case-sensitive and come before a digit: one letter
    glued ("R61bn"), a code that is no symbol after a space ("USD 200"; "COP28" is a name)."""
    if not symbol[0].isalpha():
        return "{}", r"\$"
    if "$" in symbol:
        return r"(?<![^\W_])(?-i:{})", r"[\\ ]?\$" if len(symbol) > 2 else r"\\?\$"
    gap = r"\s" if symbol in CURRENCY_CODES and symbol not in CURRENCY_SYMBOLS else r"\s?" if len(symbol) > 1 else ""
    return rf"(?<![^\W_])(?-i:{{}})\.?(?={gap}\d)", r"\$"


def _symbols_re(symbols: set[str]) -> str:
    """Currency marks as one regex: a trie per form (see :func:`_symbol_form`), the form of the
    longest marks first."""
    groups: dict[tuple[str, str], list[str]] = {}
    for symbol in sorted(symbols, key=len, reverse=True):
        groups.setdefault(_symbol_form(symbol), []).append(symbol)
    return "|".join(around.replace("{}", _alternatives(group, lambda char, dollar=dollar: dollar if char == "$" else re.escape(char)))
                    for (around, dollar), group in groups.items())


CURRENCY_SYMBOL_RE = _symbols_re({*CURRENCY_SYMBOLS, *CURRENCY_CODES, *SHARED_SYMBOLS})
CURRENCY_WORD_RE = rf"(?:{_alternatives([*CURRENCY_WORDS, *CURRENCY_SUBUNITS])})(?![\w-])"
UNIT_RE = rf"(?:{_alternatives(UNITS)})(?![\w-])"
#: "a" standing for one before a scale word ("a dozen", "a million").
A_SCALE_RE = rf"\b[Aa]n?(?=\s+(?:{'|'.join(WORD_SCALES)})\b)"
#: A word that may be a unit (checked with :func:`unit_name`): "kW", "GB", "mph", "pound-feet".
UNIT_WORD_RE = r"(?!(?:st|nd|rd|th)(?![A-Za-z]))(?:[°º][CF]|[A-Za-zµΩ][A-Za-zµΩ²³]*(?:/[A-Za-z]+|-[A-Za-z]+)?)(?![\w-])"
#: Two words naming one unit in pint's registry ("nautical miles", "kilowatt hours", "troy ounces").
UNIT_PAIR_RE = r"(?:[A-Za-z]{3,}\s[A-Za-z]{3,})(?![\w-])"
PERCENT_RE = rf"(?:%|(?:{_alternatives(w for w in PERCENT_WORDS if w != '%')})\b)"
DURATION_RE = r"(?:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)|sec|min|hr|wk|yr)s?\b"
#: Words for which days count, between a number and its unit ("40 business days", "10 working days").
DAY_KIND_RE = r"(?:(?:business|working|calendar|school)\s+)?"
MONTH_RE = (rf"\b(?:(?:{_alternatives(m.capitalize() for m in MONTH_NAMES)})\b"
            rf"|(?:{_alternatives(m.capitalize() for m in MONTH_ABBREVIATIONS)})(?:\.(?!\w)|\b))")
QUALIFIER_RE = rf"\b(?:{_alternatives(q for q in QUALIFIERS if not q.startswith('or '))})\b"


@lru_cache(maxsize=1)
def _registry():
    import pint  # loaded on first use: the registry takes a moment to build

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def unit_name(word: str, glued: bool = False) -> str | None:
    """The unit a word after a number names, as written ("kW", "inches", "pound-feet"), or None.

    The house table first (:data:`UNITS`); then pint's registry, case-sensitive, for abbreviations
    and names, for each part of a hyphenated compound, and for two words naming one unit
    ("nautical miles": pint's ``nautical_mile``). After a space, ordinary English words
    the registry also knows ("in", "are", "points": the lexicon's ``not_units``) are not units, and a
    word is a unit only as its symbol or its name, singular or plural ("ha", "hectares", not "has").
    """
    key = " ".join(word.lower().replace("-", " ").split())
    if key in UNITS:
        return UNITS[key]
    if glued and word in GLUED_LETTER_UNITS:
        return GLUED_LETTER_UNITS[word]
    if len(word) < 2 or key in ORDINAL_SUFFIXES or not glued and key in lexicon.words("not_units") or key in CURRENCY_WORDS or key in SCALES:
        return None
    parts = word.replace("/", "-").split("-")
    try:
        if " " in word:
            return word if _registry().parse_unit_name(key.replace(" ", "_")) else None
        readings = [_registry().parse_unit_name(part) for part in parts]
        if not all(readings):
            return None
        if glued or len(parts) > 1:
            return word
        names = {word.lower(), word.lower().removesuffix("s"), word.lower().removesuffix("es")}
        names |= {name.replace("tre", "ter") for name in names}  # British spelling: "litres"
        for prefix, name, _ in readings[0]:
            if word == _registry().get_symbol(prefix + name) or (prefix + name).replace("_", " ") in names:
                return word
    except Exception:  # pint raises its own errors on odd input
        return None
    return None


def parse_number(text: str) -> float | int | None:
    """A plain number: "2,500" -> 2500, "1.5" -> 1.5, "three" -> 3, "twenty-five" -> 25, "a" -> 1;
    signed ("-1.3", "minus five"), decimals in words ("nine point five") and fractions ("10 1/2", "1/4", "7½", "two-thirds", "two and a half")."""
    text = " ".join(text.strip().lower().replace("−", "-").split())
    for word in NEGATIVE_WORDS:
        if text.startswith(word + " "):
            number = parse_number(text[len(word) + 1:])
            return None if number is None else -number
    if text.startswith("-") and text[1:2].isdigit():
        number = parse_number(text[1:])
        return None if number is None else -number
    if re.fullmatch(r"\d{1,3}(?: \d{3})+", text):
        text = text.replace(" ", "")  # "10 000"
    if re.fullmatch(r"\d[\d,]*(\.\d+)?", text):
        return _clean(float(text.replace(",", "")))
    if (match := re.fullmatch(r"(?:(\d+)\s)?(\d+)/(\d+)", text)) and int(match[3]):
        return _clean(int(match[1] or 0) + int(match[2]) / int(match[3]))
    if text[-1:] in VULGAR_FRACTIONS and (whole := parse_number(text[:-1] or "0")) is not None:
        return _clean(whole + VULGAR_FRACTIONS[text[-1]])
    if text == "half" or text.startswith("half ") and text.split()[1:] in (["a"], ["an"]):
        return 0.5
    if (match := re.fullmatch(r"(.+) of an?", text)) and (part := parse_number(match[1])) is not None and part < 1:
        return part
    if text.endswith(" and a half") and (whole := parse_number(text.removesuffix(" and a half"))) is not None:
        return _clean(whole + 0.5)
    if (match := re.fullmatch(r"(\w+)[-\s](\w+)", text)) and match[2] in FRACTION_WORDS:
        parts = parse_number(match[1])
        return None if parts is None else _clean(round(parts / FRACTION_WORDS[match[2]], 10))
    if text in ("a", "an"):
        return 1
    integer, point, decimals = text.partition(" point ")
    if point and (units := _number_words(integer)) is not None and all(w in UNITS_WORDS[:10] for w in decimals.split()):
        return _clean(float(f"{units}." + "".join(str(NUMBER_WORDS[w]) for w in decimals.split())))  # "nine point five"
    return _number_words(text)


def _number_words(text: str) -> int | None:
    """Spelled-out whole numbers: "eleven", "twenty-five", "one hundred twenty five", "two thousand five hundred"."""
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    total = current = 0
    for word in re.split(r"[\s-]+", text):
        if word in NUMBER_WORDS and word not in WORD_SCALES:
            current += NUMBER_WORDS[word]
        elif word in WORD_SCALES[1:] and current:
            current *= SCALES[word]
            if SCALES[word] > 100:
                total, current = total + current, 0
        elif word != "and" or not (total or current):
            return None
    return total + current


def parse_ordinal(text: str) -> int | None:
    """"5th" -> 5, "fifth" -> 5, "21st" -> 21."""
    text = text.strip().lower()
    match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", text)
    return int(match.group(1)) if match else ORDINAL_WORDS.get(text)


@dataclass(frozen=True)
class Amount:
    """A parsed amount: ``value`` in full units (None when vague), its unit and approximator."""

    value: float | int | list[float | int] | None
    unit: str | None = None
    qualifier: str | None = None


_SIDE = rf"(?P<_pre>{CURRENCY_SYMBOL_RE})?\s?(?P<_num>(?(_pre_){NUMBER_BODY_RE}|(?:{NUMBER_RE}|\ban?\b)))(?:\s*-?\s*(?P<_scale>{SCALE_RE}))?"
#: Words joining the ends of a range: "10-15", "$800,000 to $1.3 million", "between 20 and 30", "20 or 30".
RANGE_JOIN_RE = r"(?P<fpct>%)?(?:\s*(?:-|–|to|or)|\s+and)\s*"
_TO = r"\s*(?:-|–|to)\s*"
#: The second end of a range after a bare number, with its own currency mark and scale ("5 to $6
#: billion"; after "or" with none). After a percent the second end is a percent too ("3% to 5%", not
#: "rose 9.1% to 642p"); "and" joins ends only after "between", which the figure extractor checks.
RANGE_RE = (rf"(?:%{_TO}(?:{NUMBER_RE})(?=\s?{PERCENT_RE})"
            rf"|(?:{_TO}(?:{CURRENCY_SYMBOL_RE})?\s?|\s+or\s+)(?:{NUMBER_RE})(?:\s*{SCALE_RE})?)")
#: An amount after a currency mark, or a range of two: the second end repeats the mark or has none
#: ("$800,000 to $1.3 million", "$2-3 billion"; "$5 to £6" and "$5 or €6" are two amounts), and
#: after a scaled first end has a scale too ("£1.1m to 39" are two figures).
MONEY_RE = (rf"(?P<mark>{CURRENCY_SYMBOL_RE})\s?{NUMBER_BODY_RE}(?:(?:\s*|-)(?P<scale>{SCALE_RE}))?"  # "$1.8-billion"
            rf"(?:{_TO}(?P=mark)\s?{NUMBER_BODY_RE}(?:\s*{SCALE_RE})?"
            rf"|(?:{_TO}|\s+or\s+)(?:{NUMBER_RE})(?(scale)\s*{SCALE_RE}|(?:\s*{SCALE_RE})?))?")

_AMOUNT = re.compile(
    rf"(?P<qual>{QUALIFIER_RE})?\s*{_SIDE.replace('<_', '<').replace('(_pre_)', '(pre)')}(?:{RANGE_JOIN_RE}{_SIDE.replace('<_', '<h').replace('(_pre_)', '(hpre)')})?"
    rf"\s*-?\s*(?:(?P<cur>{CURRENCY_WORD_RE})|(?P<pct>{PERCENT_RE})|{DAY_KIND_RE}(?P<dur>{DURATION_RE})|(?P<unit>{UNIT_RE}|{UNIT_PAIR_RE}|{UNIT_WORD_RE}))?"
    rf"\s*(?P<approx>\bor\s+(?:so|more)\b)?",
    re.IGNORECASE,
)


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().replace("\\", "").replace("-", " ").split())


def _clean(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def mark_symbol(mark: str | None) -> str:
    """A currency mark as its symbol: without spaces, an escape or a letter symbol's dot ("Rs." -> "Rs")."""
    symbol = re.sub(r"[\s\\]", "", mark or "")
    return symbol[:-1] if symbol.endswith(".") and symbol[:-1].isalpha() else symbol


def _currency(mark: str | None) -> str | None:
    symbol = mark_symbol(mark)
    return CURRENCY_SYMBOLS.get(symbol, symbol) or None


def _same_kind(match: re.Match[str]) -> bool:
    """Whether a range's two ends are one kind of quantity: after a percent the second end is a
    percent; two currency marks are one currency; after a scaled first end the second has a scale,
    a currency mark or a unit ("9.1% to 642p", "$5 to £6", "£1.1m to 39" are two figures each)."""
    if match["fpct"]:
        return bool(match["pct"]) and not match["hpre"]
    if match["pre"] and match["hpre"] and _currency(match["pre"]) != _currency(match["hpre"]):
        return False
    return not match["scale"] or any(match[g] for g in ("hscale", "hpre", "cur", "pct", "dur", "unit"))


_UNIT_RANGE_JOIN = re.compile(r"\s+(?:and|to)\s+|\s*[-–]\s*")


def _range_of_units(text: str) -> Amount | None:
    """A range whose ends each carry the same unit ("between 38km and 45km", "3 kg to 5 kg")."""
    for join in _UNIT_RANGE_JOIN.finditer(text):
        sides = text[:join.start()], text[join.end():]
        if not all(_AMOUNT.fullmatch(" ".join(side.split())) for side in sides):
            continue  # each end one amount, so no end is split again
        low, high = map(parse_amount, sides)
        if low is not None and high is not None and low.unit is not None and low.unit == high.unit and (
                high.qualifier is None and isinstance(low.value, (int, float)) and isinstance(high.value, (int, float))
                and low.value < high.value):
            return Amount([low.value, high.value], low.unit, low.qualifier)
    return None


#: Money in a currency and its hundredths: "twenty five dollars and fifty cents".
_AND_CENTS = re.compile(rf"(?P<whole>.+?)\s+and\s+(?P<cents>{NUMBER_RE})\s+(?:cents?|pence)", re.IGNORECASE)


def _with_cents(amount: Amount | None, cents: float | int | None) -> Amount | None:
    if amount is None or cents is None or not 0 < cents < 100 or amount.unit not in CURRENCY_CODES or not isinstance(
            amount.value, int | float):
        return None
    return Amount(_clean(amount.value + cents / 100), amount.unit, amount.qualifier)


def parse_amount(text: str) -> Amount | None:
    """Read an amount written in any common way; None if ``text`` is not one.

    "$240 billion", "240bn", "US$200 billion", "240 billion USD" -> 240000000000 (USD when a
    currency is written); "63%" -> 63 percent; "more than 2,500 km" -> 2500 km, "more than";
    "50 billion cubic metres" -> 50 bcm; "a decade" -> 10 years; "two-day" -> 2 days;
    "$2-3 billion" -> [2000000000, 3000000000] USD; "$800,000 to $1.3 million" -> [800000, 1300000]
    (a range's ends are one kind of quantity, see :func:`_same_kind`, else None);
    "19 cents" -> 19 cents; "5 dollars and 50 cents" -> 5.5 USD; "256GB" -> 256 GB; "-1.3%" -> -1.3 percent; "between 38km and 45km" ->
    [38, 45] km, "between". A range's first end
    without a scale takes the second's ("2-3 billion") unless that makes it the larger.
    """
    cents = _AND_CENTS.fullmatch(text)
    if cents is not None and (whole := _with_cents(parse_amount(cents["whole"]), parse_number(cents["cents"]))) is not None:
        return whole
    match = _AMOUNT.fullmatch(" ".join(text.split()))
    if match is None:
        return _range_of_units(text)
    if match["hnum"] and (match["num"].lower() in ("a", "an") or not _same_kind(match)):
        return None
    ends = [(match["num"], match["scale"]), (match["hnum"], match["hscale"])] if match["hnum"] else [
        (match["num"], match["scale"])]
    parsed = [parse_number(n) for n, _ in ends]
    numbers = [n for n in parsed if n is not None]
    if len(numbers) < len(parsed):
        return None
    scales = [SCALES[_key(sc)] if sc else 1 for _, sc in ends]
    if len(ends) == 2 and not ends[0][1] and numbers[0] * scales[1] <= numbers[1] * scales[1]:
        scales[0] = scales[1]
    if len(ends) == 2 and numbers[0] * scales[0] >= numbers[1] * scales[1]:
        return None  # "from 2025 to 2.1 per cent", "7% to 5%": a change, not a range
    qualifier = _key(match["qual"] or match["approx"]) or None
    unit = None
    if match["unit"]:
        glued = not text[match.start("unit") - 1: match.start("unit")].isspace()
        unit = unit_name(match["unit"], glued)
        if unit is None:
            return None

    def amount(factor: int, name: str | None, scaled: bool = True) -> Amount:
        values = [_clean(n * (sc if scaled else 1) * factor) for n, sc in zip(numbers, scales)]
        return Amount(values[0] if len(values) == 1 else values, name, qualifier)

    if match["pre"] or match["hpre"] or match["cur"]:
        symbol = mark_symbol(match["pre"] or match["hpre"])
        currency = _key(match["cur"])
        if currency in CURRENCY_SUBUNITS and not symbol:
            return amount(1, CURRENCY_SUBUNITS[currency])
        return amount(1, CURRENCY_SYMBOLS.get(symbol) or (symbol if symbol in CURRENCY_CODES else None)
                      or CURRENCY_WORDS.get(currency) or CURRENCY_SUBUNITS.get(currency))
    if match["pct"]:
        return amount(1, PERCENT_WORDS[_key(match["pct"])], scaled=False)
    if match["dur"]:
        name, factor = DURATIONS[_key(match["dur"]).removesuffix("s").replace("centurie", "century")]
        return amount(factor, name)
    if unit is not None:
        if _key(match["unit"]).endswith(BELOW_ZERO):  # "20 degrees below zero"
            numbers = [-n for n in numbers]
        if len(set(scales)) == 1 and (scales[0], unit) in SCALED_UNITS:
            return amount(1, SCALED_UNITS[scales[0], unit], scaled=False)
        return amount(1, unit)
    if match["num"].lower() in ("a", "an") and not match["scale"]:
        return None
    return amount(1, None)


def iso_date(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """ISO 8601 for a date as precise as written; an unknown year is "XXXX" (EDTF)."""
    text = f"{year:04d}" if year is not None else "XXXX"
    if month:
        text += f"-{month:02d}"
        if day:
            text += f"-{day:02d}"
    return text


def month_number(name: str) -> int | None:
    """"October" -> 10, "Sept." -> 9."""
    return MONTHS.get(name.lower().rstrip("."))
