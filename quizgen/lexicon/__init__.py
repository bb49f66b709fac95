"""Word lists and patterns as data files under ``<language>/``, each loaded once.

A file holds one entry a line; a line starting with ``#`` is a comment, and so is the rest of a
line after `` # `` in a word list. A ``.txt`` word list is a set of lowercased words or phrases
(:func:`words`); a ``.tsv`` list maps its first column to its second (:func:`table`); a pattern
file keeps its entries as written (:func:`load_lines`). Rules read these lists and never hold
words of their own, so a rule is reviewed in one place and a domain or language can swap the
lists. Pure Python: importing it loads no model.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGE = "en"
_ROOT = Path(__file__).resolve().parent


def _entries(filename: str, language: str) -> list[str]:
    text = (_ROOT / language / filename).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


def _without_comment(entry: str) -> str:
    return entry.split(" #", 1)[0].split("\t#", 1)[0].strip()


@lru_cache(maxsize=None)
def load_lines(name: str, language: str = LANGUAGE) -> tuple[str, ...]:
    """The entries of ``<language>/<name>.txt`` as written (patterns keep their inner spacing)."""
    return tuple(_entries(f"{name}.txt", language))


@lru_cache(maxsize=None)
def words(name: str, language: str = LANGUAGE) -> frozenset[str]:
    """The set of entries of ``<language>/<name>.txt``, lowercased."""
    return frozenset(w.lower() for w in map(_without_comment, _entries(f"{name}.txt", language)) if w)


@lru_cache(maxsize=None)
def table(name: str, language: str = LANGUAGE) -> dict[str, str]:
    """The two columns of ``<language>/<name>.tsv`` as a mapping, first column lowercased."""
    rows = (_without_comment(line).split("\t") for line in _entries(f"{name}.tsv", language))
    return {row[0].strip().lower(): row[1].strip() for row in rows if len(row) >= 2}
