"""Extract: spaCy docs -> facts (quotes, figures, participants), each with its evidence.

One module per extractor, each a pure function over a parsed ``Doc`` and its
:class:`~quizgen.ingest.Document`; :mod:`.pipeline` runs them in order and gives facts stable ids.
The package itself imports nothing heavy: :mod:`.model` and :mod:`.numbers` load without spaCy,
and the extractors are imported when first asked for.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from .model import Evidence, Fact, Figure, Participant, Quote, fact_from_dict

__all__ = [
    "Evidence", "Fact", "Figure", "Participant", "Quote", "extract", "extract_doc", "fact_from_dict",
]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_doc"):
        return getattr(import_module(".pipeline", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
