"""Word lists of the extractor, as data files under ``<language>/``, each loaded once.

A file holds one entry a line; ``#`` starts a comment. A ``.txt`` list is a set of lowercased
words or phrases; a ``.tsv`` list maps its first column to its second. Rules read these lists and
never hold words of their own, so a rule is reviewed in one place and a domain or language can
swap the lists. Pure Python: importing it loads no model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGE = "en"
_ROOT = Path(__file__).resolve().parent


def _lines(name: str, language: str) -> list[str]:
    text = (_ROOT / language / name).read_text(encoding="utf-8")
    return [line.split("#", 1)[0].strip() for line in text.splitlines() if line.split("#", 1)[0].strip()]


@lru_cache(maxsize=None)
def words(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """The set of entries of ``<language>/<name>.txt``, lowercased."""
    return frozenset(line.lower() for line in _lines(f"{name}.txt", language))


@lru_cache(maxsize=None)
def table(name: str, language: str = LANGUAGE) -> dict[str, str]:
    """The two columns of ``<language>/<name>.tsv`` as a mapping, first column lowercased."""
    rows = (line.split("\t") for line in _lines(f"{name}.tsv", language))
    return {key.strip().lower(): value.strip() for key, value in rows}
