"""Countries and their other names (capitals, short forms) from a gazetteer package.

Used to read a capital as its state when the article names both ("Ottawa" acting for Canada)
and to keep countries typed as states; no place names live in quizgen itself.
"""

from __future__ import annotations

from functools import lru_cache

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


def country_of(form: str) -> tuple[str, bool] | None:
    """(country, whether ``form`` names the country itself rather than its capital), or None."""
    from .names import name_key

    return _forms().get(name_key(form).replace(".", ""))
