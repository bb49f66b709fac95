"""Word lists and patterns as data files, one entry a line, loaded once (``quizgen/lexicon/<lang>/``).

Blank lines and lines starting with ``#`` are comments; entries keep their inner spacing.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_lines(name: str, lang: str = "en") -> tuple[str, ...]:
    """The entries of ``<lang>/<name>.txt``."""
    text = resources.files(__package__).joinpath(lang, f"{name}.txt").read_text(encoding="utf-8")
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))
