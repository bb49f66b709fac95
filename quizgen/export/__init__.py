"""Exports of a question set: Anki .apkg, Moodle XML, GIFT, CSV/TSV and JSON.

Each writer takes an :class:`ExportSet` and a path, and returns the questions it left out with
the reason (a conflict between sources, an empty prompt, a note that would make no card).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..questions.model import Question
from . import anki, gift, moodle, tabular
from .common import Article, ExportSet

Writer = Callable[[ExportSet, "str | Path"], list[tuple[Question, str]]]

FORMATS: dict[str, Writer] = {
    "apkg": anki.write,
    "moodle": moodle.write,
    "gift": gift.write,
    "csv": tabular.write_csv,
    "tsv": tabular.write_tsv,
    "json": tabular.write_json,
}


def export(export_set: ExportSet, fmt: str, path: str | Path) -> list[tuple[Question, str]]:
    """Write ``export_set`` to ``path`` in format ``fmt`` (a key of :data:`FORMATS`)."""
    return FORMATS[fmt](export_set, path)


__all__ = ["FORMATS", "Article", "ExportSet", "export"]
