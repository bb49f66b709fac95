"""The number parser: every common way of writing an amount reads the same."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quizgen.extract.numbers import Amount, iso_date, month_number, parse_amount, parse_number, parse_ordinal


@pytest.mark.parametrize("text", ["$240 billion", "US$240 billion", "US\\$240 billion", "240 billion USD",
                                  "240 billion dollars", "$240bn", "240 bn US dollars"])
def test_the_same_money_written_every_way(text):
    assert parse_amount(text) == Amount(240_000_000_000, "USD")


def test_an_amount_without_a_currency_keeps_its_value():
    assert parse_amount("240bn") == Amount(240_000_000_000)


@pytest.mark.parametrize("text, expected", [
    ("£163 billion", Amount(163_000_000_000, "GBP")),
    ("€4.5bn", Amount(4_500_000_000, "EUR")),
    ("2 billion yuan", Amount(2_000_000_000, "CNY")),
    ("nearly US$200 billion", Amount(200_000_000_000, "USD", "nearly")),
    ("63%", Amount(63, "percent")),
    ("12.5 per cent", Amount(12.5, "percent")),
    ("more than 2,500 km", Amount(2500, "km", "more than")),
    ("50 billion cubic metres", Amount(50, "bcm")),
    ("50 bcm", Amount(50, "bcm")),
    ("a decade", Amount(10, "years")),
    ("three decades", Amount(30, "years")),
    ("two-day", Amount(2, "days")),
    ("over six weeks", Amount(6, "weeks", "over")),
    ("more than 40 times", Amount(40, "times", "more than")),
    ("20 or so", Amount(20, None, "or so")),
    ("twenty-five", Amount(25)),
    ("$2-3 billion", Amount([2_000_000_000, 3_000_000_000], "USD")),
    ("between 20 and 30 percent", Amount([20, 30], "percent", "between")),
    ("10-15 km", Amount([10, 15], "km")),
    ("120 light-years", Amount(120, "light-years")),
])
def test_amounts_are_normalised(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text, currency", [("A$5", "AUD"), ("S$5", "SGD"), ("HK$5", "HKD"), ("C\\$5", "CAD"),
                                            ("US $5", "USD"), ("a$5", None), ("s $5", None), ("A $5", None)])
def test_a_currency_prefix_is_case_sensitive_and_glued(text, currency):
    amount = parse_amount(text)
    assert (amount.unit if amount else None) == currency


@pytest.mark.parametrize("text", ["", "5G", "a", "the two", "Siberia", "$", "billion"])
def test_not_amounts(text):
    assert parse_amount(text) is None


def test_numbers_and_ordinals():
    assert parse_number("2,500") == 2500 and parse_number("1.5") == 1.5 and parse_number("eleven") == 11
    assert parse_number("many") is None
    assert [parse_ordinal(t) for t in ("5th", "fifth", "21st", "first", "twentieth", "fifthly")] == [5, 5, 21, 1, 20, None]


def test_dates():
    assert iso_date(2023, 10, 17) == "2023-10-17" and iso_date(2024, 3) == "2024-03" and iso_date(2023) == "2023"
    assert iso_date(None, 10, 17) == "XXXX-10-17"
    assert month_number("Sept.") == 9 and month_number("October") == 10 and month_number("Mayday") is None


def test_the_number_parser_and_grading_load_without_spacy():
    code = ("import sys, quizgen.extract.numbers, quizgen.extract.model, quizgen.questions.grading, "
            "quizgen.questions.model; print('spacy' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize("text, expected", [
    ("9.2 kW", Amount(9.2, "kW")),
    ("512GB", Amount(512, "GB")),
    ("45mph", Amount(45, "mph")),
    ("5.5-inch", Amount(5.5, "inch")),
    ("300 Nm", Amount(300, "Nm")),
    ("190 pound-feet", Amount(190, "pound-feet")),
    ("12 terawatt-hours", Amount(12, "terawatt-hours")),
    ("7 cents", Amount(7, "cents")),
    ("85 pence", Amount(85, "GBX")),
    ("3.2 million Canadian dollars", Amount(3_200_000, "CAD")),
    ("90 shekels", Amount(90, "ILS")),
    ("12 Swiss francs", Amount(12, "CHF")),
    ("RM9.90", Amount(9.9, "MYR")),
    ("EUR 75", Amount(75, "EUR")),
    ("C$14", Amount(14, "CAD")),
    ("₹500", Amount(500, "INR")),
    ("$450,000 to $2.2 million", Amount([450_000, 2_200_000], "USD")),
    ("between €5 and €9", Amount([5, 9], "EUR", "between")),
    ("between 3% and 5%", Amount([3, 5], "percent", "between")),
    ("15 or 20 minutes", Amount([15, 20], "minutes")),
    ("three-quarters", Amount(0.75)),
    ("3/4 mile", Amount(0.75, "miles")),
    ("6 1/2 hours", Amount(6.5, "hours")),
    ("a half century", Amount(50, "years")),
    ("one and a half times", Amount(1.5, "times")),
    ("-0.4%", Amount(-0.4, "percent")),
    ("negative two percent", Amount(-2, "percent")),
    ("4.5pc", Amount(4.5, "percent")),
    ("half a million", Amount(500_000)),
    ("a quarter of a percentage point", Amount(0.25, "percentage points")),
    ("half a billion dollars", Amount(500_000_000, "USD")),
    ("half an hour", Amount(0.5, "hours")),
    ("1.9 points", Amount(1.9, "points")),
])
def test_units_currencies_ranges_fractions_and_signs(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text", ["3 has", "12 partners", "5 games", "2 in", "4th", "1990s", "20 people"])
def test_ordinary_words_after_a_number_are_not_units(text):
    assert parse_amount(text) is None or parse_amount(text).unit is None


@pytest.mark.parametrize("text, expected", [
    ("3% to 5%", Amount([3, 5], "percent")),
    ("5 to 7 percent", Amount([5, 7], "percent")),
    ("10-15%", Amount([10, 15], "percent")),
    ("between 3% and 5%", Amount([3, 5], "percent", "between")),
    ("$800,000 to $1.3 million", Amount([800_000, 1_300_000], "USD")),
    ("$2-3 billion", Amount([2_000_000_000, 3_000_000_000], "USD")),
    ("£1.5m-£2m", Amount([1_500_000, 2_000_000], "GBP")),
    ("between $62 and $68", Amount([62, 68], "USD", "between")),
    ("$1.5m to 2m", Amount([1_500_000, 2_000_000], "USD")),
    ("20 or 30 years", Amount([20, 30], "years")),
    ("9.1% to 642p", None),
    ("4.8% to £3.12 billion", None),
    ("6.2% to C$512 million", None),
    ("2.5% to 300 tonnes", None),
    ("$5 to £6", None),
    ("€5 to €6", Amount([5, 6], "EUR")),
    ("£1.1m to 39", None),
    ("between 2% and $40 million", None),
])
def test_a_ranges_ends_are_one_kind_of_quantity(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("one hundred twenty five", 125), ("two thousand five hundred", 2500), ("three hundred and six", 306),
    ("twenty five", 25), ("dozen", 12), ("and", None), ("hundred and", None),
])
def test_spelled_out_numbers_compose(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("7% to 5%", None), ("2025 to 2.1 per cent", None), ("$5 to $3", None),
    ("a dozen", Amount(12)), ("two dozen", Amount(24)), ("₹4,500 crore", Amount(45_000_000_000, "INR")),
    ("41C", Amount(41, "°C")), ("1,200 sq ft", Amount(1200, "square feet")),
    ("50-basis-point", Amount(50, "basis points")), ("10-percentage-point", Amount(10, "percentage points")),
    ("one hundred twenty five thousand dollars", Amount(125_000, "USD")),
])
def test_descending_ranges_scales_and_glued_units(text, expected):
    assert parse_amount(text) == expected


def test_every_currency_name_and_mark_reads_as_its_currency():
    """The name and mark alternations are tries (one branch per shared start): none is lost."""
    from quizgen.extract.numbers import CURRENCY_CODES, CURRENCY_SUBUNITS, CURRENCY_SYMBOLS, CURRENCY_WORDS

    for word, code in CURRENCY_WORDS.items():
        assert parse_amount(f"12 {word}") == Amount(12, code), word
    for word in CURRENCY_SUBUNITS:
        assert parse_amount(f"12 {word.replace(' ', '-')}") is not None, word
    for symbol, code in CURRENCY_SYMBOLS.items():
        amount = parse_amount(f"{symbol}12")
        assert amount is not None and amount.value == 12 and amount.unit in (code, None), symbol
    for code in CURRENCY_CODES:
        assert parse_amount(f"{code} 12") == Amount(12, code), code
