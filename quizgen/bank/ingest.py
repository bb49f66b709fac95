"""Ingest files into the bank: build questions from them, then store everything in one transaction.

:func:`ingest_paths` stores a run's articles as one set; :func:`ingest_article` stores one article
into a set that other articles (other tasks of a queued job, maybe running at the same time) share.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .db import transaction
from .models import Article, QuestionArticle, QuestionSet
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


def ingest_article(
    factory: sessionmaker[Session],
    path: str | os.PathLike,
    set_name: str,
    model: str | None = None,
    progress: Callable[[int, str], None] = lambda percent, stage: None,
) -> StoreReport:
    """Extract, generate and store one article, adding its questions to the set ``set_name``.

    Idempotent: the same article again updates the same rows (stable ids) and replaces its own
    items in the set, keeping the other articles' items. The set's row is locked while it
    changes; two tasks creating the same new set at once make one of them fail on the unique
    name, to be retried.
    """
    from ..nlp import load
    from ..pipeline import build

    progress(10, "reading and extracting")
    with load(model).memory_zone():
        result = build([path], model=model)
    if not result.documents:
        raise NothingToIngest("; ".join(s.reason for s in result.skipped) or "nothing could be read")
    progress(80, "storing")
    with transaction(factory) as session:
        others = _items_of_other_articles(session, set_name, list(result.documents))
        report = store(session, result.documents.values(), result.facts, result.questions, set_name, keep_items=others)
    progress(100, "done")
    return report


def _items_of_other_articles(session: Session, set_name: str, names: list[str]) -> list[str]:
    """The set's question ids (in order, its row locked) that do not come from the named articles."""
    qset = session.scalar(select(QuestionSet).where(QuestionSet.name == set_name).with_for_update())
    if qset is None:
        return []
    mine = set(session.scalars(
        select(QuestionArticle.question_id).join(Article, Article.id == QuestionArticle.article_id)
        .where(Article.name.in_(names))))
    return [item.question_id for item in qset.items if item.question_id not in mine]
