"""Ingest files into the bank: build questions from them, then store everything in one transaction."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from sqlalchemy.orm import Session, sessionmaker

from .db import transaction
from .store import StoreReport, set_name_for, store


class NothingToIngest(ValueError):
    """None of the inputs could be read; the message says why, one line per input."""


def ingest_paths(
    factory: sessionmaker[Session],
    paths: Sequence[str | os.PathLike],
    model: str | None = None,
    set_name: str | None = None,
    progress: Callable[[int, str], None] = lambda percent, stage: None,
) -> tuple[StoreReport, list]:
    """Extract, generate and store PATHS; returns the store report and the inputs skipped.

    Nothing is written unless every question was stored: an interrupted ingest leaves the
    bank as it was.
    """
    from ..pipeline import build

    progress(10, "reading and extracting")
    result = build(list(paths), model=model)
    if not result.documents:
        raise NothingToIngest("; ".join(str(s) for s in result.skipped) or "nothing could be read")
    progress(80, "storing")
    with transaction(factory) as session:
        report = store(session, result.documents.values(), result.facts, result.questions, set_name or set_name_for(paths))
    progress(100, "done")
    return report, list(result.skipped)
