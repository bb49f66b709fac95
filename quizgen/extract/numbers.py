"""The one number parser: numerals, scales, currencies, units, durations and dates.

Used by the figure extractor to normalise what it finds and by question grading to read
answers ("240bn", "$240 billion", "240 billion USD" are all 240000000000): every table of
number words, currencies and units lives here. The ``*_RE`` strings are regex fragments the
extractor builds its search patterns from, so both read numbers the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12, "trn": 10**12,
}

#: Currency marks written before the number and their ISO 4217 codes. A letter prefix is
#: case-sensitive and glued to the "$" ("A$5", not "a $5"; "S$5", not "raises $5").
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "NZ$": "NZD", "S$": "SGD",
    "$": "USD", "£": "GBP", "€": "EUR", "₽": "RUB", "₹": "INR", "¥": "JPY", "₩": "KRW",
}
#: Currency names and codes written after the number.
CURRENCY_WORDS: dict[str, str] = {
    "usd": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD", "eur": "EUR", "euro": "EUR",
    "euros": "EUR", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "cny": "CNY",
    "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "rub": "RUB", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "jpy": "JPY", "yen": "JPY", "inr": "INR", "rupee": "INR",
    "rupees": "INR",
}
#: Measurement units and their canonical names.
UNITS: dict[str, str] = {
    "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
    "cubic metres": "cubic metres", "cubic meters": "cubic metres", "bcm": "bcm", "tcm": "tcm",
    "square kilometres": "km2", "square kilometers": "km2", "sq km": "km2", "hectares": "hectares",
    "tonne": "tonnes", "tonnes": "tonnes", "ton": "tons", "tons": "tons", "kg": "kg",
    "kilograms": "kg", "barrels": "barrels", "barrels a day": "barrels per day",
    "barrels per day": "barrels per day", "bpd": "barrels per day", "megawatts": "MW", "mw": "MW",
    "gigawatts": "GW", "gw": "GW", "basis points": "basis points", "times": "times",
    "light-year": "light-years", "light-years": "light-years", "light years": "light-years",
}
#: A scale and a unit that together have a name of their own: 50 billion cubic metres = 50 bcm.
SCALED_UNITS: dict[tuple[int, str], str] = {(10**9, "cubic metres"): "bcm", (10**12, "cubic metres"): "tcm"}
PERCENT_WORDS = {"%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
                 "percentage points": "percentage points", "percentage point": "percentage points"}
#: Duration units: canonical name and how many of it one unit is (a decade is 10 years).
DURATIONS: dict[str, tuple[str, int]] = {
    "second": ("seconds", 1), "minute": ("minutes", 1), "hour": ("hours", 1), "day": ("days", 1),
    "week": ("weeks", 1), "month": ("months", 1), "year": ("years", 1), "decade": ("years", 10),
    "century": ("years", 100),
}
MONTH_NAMES = "january february march april may june july august september october november december".split()
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
                       "sept": 9, "oct": 10, "nov": 11, "dec": 12}
MONTHS: dict[str, int] = {m: i + 1 for i, m in enumerate(MONTH_NAMES)} | MONTH_ABBREVIATIONS
#: Approximators and bounds written around a number, as they appear in ``Figure.qualifier``.
QUALIFIERS = ("between", "more than", "less than", "fewer than", "at least", "up to", "close to", "just over",
              "just under", "in excess of", "nearly", "almost", "about", "around", "approximately",
              "roughly", "some", "over", "under", "below", "above", "or so", "or more")


def _alternatives(words) -> str:
    """A regex alternation of words, longest first, tolerant of any spacing between words."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


NUMBER_WORD_RE = rf"(?:{'|'.join(TENS_WORDS)})(?:-(?:{'|'.join(UNITS_WORDS[1:10])}))?|{_alternatives(UNITS_WORDS)}"
NUMBER_RE = rf"(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![.,]?\d)|\b(?:{NUMBER_WORD_RE})\b"
SCALE_RE = rf"(?:{_alternatives(SCALES)})\b"


def _symbol_re(symbol: str) -> str:
    """A currency mark as a regex. A letter prefix is case-sensitive, starts a word and is glued to
    the "$" or escaped ("US\\$", blanked to "US $" in analysis text); a lone letter only glued or
    escaped, as "A $5" and "S $5" are mostly an article or a word's end before a dollar amount."""
    if not symbol[0].isalpha():
        return re.escape(symbol)
    gap = r"[\\ ]?" if len(symbol) > 2 else r"\\?"
    return r"(?<![^\W_])(?-i:" + re.escape(symbol).replace(r"\$", gap + r"\$") + ")"


CURRENCY_SYMBOL_RE = "|".join(map(_symbol_re, sorted(CURRENCY_SYMBOLS, key=len, reverse=True)))
CURRENCY_WORD_RE = rf"(?:{_alternatives(CURRENCY_WORDS)})\b"
UNIT_RE = rf"(?:{_alternatives(UNITS)})\b"
PERCENT_RE = rf"(?:%|(?:{_alternatives(w for w in PERCENT_WORDS if w != '%')})\b)"
DURATION_RE = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?\b"
MONTH_RE = (rf"\b(?:(?:{_alternatives(m.capitalize() for m in MONTH_NAMES)})\b"
            rf"|(?:{_alternatives(m.capitalize() for m in MONTH_ABBREVIATIONS)})(?:\.(?!\w)|\b))")
QUALIFIER_RE = rf"\b(?:{_alternatives(q for q in QUALIFIERS if not q.startswith('or '))})\b"


def parse_number(text: str) -> float | int | None:
    """A plain number: "2,500" -> 2500, "1.5" -> 1.5, "three" -> 3, "twenty-five" -> 25, "a" -> 1."""
    text = text.strip().lower()
    if re.fullmatch(r"\d[\d,]*(\.\d+)?", text):
        number = float(text.replace(",", ""))
        return int(number) if number.is_integer() else number
    if text in ("a", "an"):
        return 1
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    tens, _, unit = text.partition("-")
    if tens in NUMBER_WORDS and unit in NUMBER_WORDS and NUMBER_WORDS[unit] < 10:
        return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return None


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


#: A number range: "10-15", "20 to 30", "between 20 and 30".
RANGE_RE = rf"(?:%?\s*(?:-|–|to)|\s+and)\s*(?:{NUMBER_RE})"

_AMOUNT = re.compile(
    rf"(?P<qual>{QUALIFIER_RE})?\s*(?P<pre>{CURRENCY_SYMBOL_RE})?\s*(?P<num>{NUMBER_RE}|\ban?\b)"
    rf"(?:(?:%?\s*(?:-|–|to)|\s+and)\s*(?P<high>{NUMBER_RE}))?\s*-?\s*"
    rf"(?P<scale>{SCALE_RE})?\s*-?\s*(?:(?P<cur>{CURRENCY_WORD_RE})|(?P<pct>{PERCENT_RE})|"
    rf"(?P<dur>{DURATION_RE})|(?P<unit>{UNIT_RE}))?\s*(?P<approx>\bor\s+(?:so|more)\b)?",
    re.IGNORECASE,
)


def _key(text: str | None) -> str:
    return " ".join((text or "").lower().replace("\\", "").split())


def _clean(number: float) -> float | int:
    return int(number) if float(number).is_integer() else number


def parse_amount(text: str) -> Amount | None:
    """Read an amount written in any common way; None if ``text`` is not one.

    "$240 billion", "240bn", "US$200 billion", "240 billion USD" -> 240000000000 (USD when a
    currency is written); "63%" -> 63 percent; "more than 2,500 km" -> 2500 km, "more than";
    "50 billion cubic metres" -> 50 bcm; "a decade" -> 10 years; "two-day" -> 2 days;
    "$2-3 billion" -> [2000000000, 3000000000] USD.
    """
    match = _AMOUNT.fullmatch(" ".join(text.split()))
    numbers = [parse_number(n) for n in (match["num"], match["high"]) if n] if match else [None]
    if None in numbers:
        return None
    scale = SCALES[_key(match["scale"])] if match["scale"] else 1
    qualifier = _key(match["qual"] or match["approx"]) or None

    def amount(factor: int, unit: str | None) -> Amount:
        values = [_clean(n * factor) for n in numbers]
        return Amount(values[0] if len(values) == 1 else values, unit, qualifier)

    if match["pre"] or match["cur"]:
        symbol = re.sub(r"[\s\\]", "", match["pre"] or "")
        return amount(scale, CURRENCY_SYMBOLS.get(symbol) or CURRENCY_WORDS[_key(match["cur"])])
    if match["pct"]:
        return amount(1, PERCENT_WORDS[_key(match["pct"])])
    if match["dur"]:
        name, factor = DURATIONS[_key(match["dur"]).removesuffix("s").replace("centurie", "century")]
        return amount(scale * factor, name)
    if match["unit"]:
        unit = UNITS[_key(match["unit"])]
        if (scale, unit) in SCALED_UNITS:
            return amount(1, SCALED_UNITS[scale, unit])
        return amount(scale, unit)
    if match["num"].lower() in ("a", "an") and not match["scale"]:
        return None
    return amount(scale, None)


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
