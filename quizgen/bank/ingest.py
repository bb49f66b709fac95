"""Ingest files into the bank: build questions from them, then store everything in one transaction.

Rules, in order:
1. Nothing is written unless every question was stored: an interrupted ingest leaves the bank as
   it was.
2. The command line ingests paths into a published set named after them, updating its articles
   in place.
3. An upload is a job: its file gets a name no article of another text has, its questions go into
   a new draft set titled with the article's headline, and the job row records progress, the
   worker running it and the outcome in counts.
4. A queued job's task stores one article with :func:`ingest_article`: into a set that other
   articles (other tasks, maybe running at the same time) share, keeping their items, or, for an
   upload, into a new draft set titled with the headline as above. A job whose worker process is
   gone is failed when an app starts (:func:`quizgen.bank.jobs.fail_orphaned_jobs`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .db import transaction
from .jobs import job_report, worker_id
from .models import Article, IngestJob, QuestionArticle, QuestionSet
from .store import StoreReport, set_name_for, store

#: Longest upload file name kept (the stem is cut, the suffix kept).
MAX_NAME = 100


class NothingToIngest(ValueError):
    """None of the inputs could be read; the message says why, one line per input."""


def ingest_paths(
    factory: sessionmaker[Session],
    paths: Sequence[str | os.PathLike],
    model: str | None = None,
    set_name: str | None = None,
    progress: Callable[[int, str], None] = lambda percent, stage: None,
    *,
    draft: bool = False,
) -> tuple[StoreReport, list]:
    """Extract, generate and store PATHS; returns the store report and the inputs skipped.

    ``draft``: store as an upload (see :func:`quizgen.bank.store.store`); the set is named after
    the first article's headline.
    """
    from ..pipeline import build

    progress(10, "reading the article and finding its facts")
    result = build(list(paths), model=model)
    if not result.documents:
        raise NothingToIngest("; ".join(str(s) for s in result.skipped) or "nothing could be read")
    progress(80, "saving the questions")
    if draft:
        set_name = _headline(result)
    with transaction(factory) as session:
        report = store(session, result.documents.values(), result.facts, result.questions,
                       set_name or set_name_for(paths), draft=draft)
    progress(100, "done")
    return report, list(result.skipped)


def ingest_article(
    factory: sessionmaker[Session],
    path: str | os.PathLike,
    set_name: str,
    model: str | None = None,
    progress: Callable[[int, str], None] = lambda percent, stage: None,
    *,
    draft: bool = False,
    then: Callable[[Session, StoreReport], None] = lambda session, report: None,
) -> StoreReport:
    """Extract, generate and store one article, adding its questions to the set ``set_name``
    (``draft``: an upload, into a new draft set titled with its headline instead); ``then`` runs
    in the same transaction after the store (a task marks itself done there).

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
        if draft:
            report = store(session, result.documents.values(), result.facts, result.questions,
                           _headline(result), draft=True)
        else:
            others = _items_of_other_articles(session, set_name, list(result.documents))
            report = store(session, result.documents.values(), result.facts, result.questions, set_name,
                           keep_items=others)
        then(session, report)
    progress(100, "done")
    return report


def _headline(result) -> str:
    """An upload's set title: its (first) article's headline, else its file name."""
    first = next(iter(result.documents.values()))
    return first.title or Path(first.name).stem


def _items_of_other_articles(session: Session, set_name: str, names: list[str]) -> list[str]:
    """The set's question ids (in order, its row locked) that do not come from the named articles."""
    qset = session.scalar(select(QuestionSet).where(QuestionSet.name == set_name).with_for_update())
    if qset is None:
        return []
    mine = set(session.scalars(
        select(QuestionArticle.question_id).join(Article, Article.id == QuestionArticle.article_id)
        .where(Article.name.in_(names))))
    return [item.question_id for item in qset.items if item.question_id not in mine]


def short_name(filename: str, room: int = 0) -> str:
    """``filename`` cut to :data:`MAX_NAME` characters (less ``room``), keeping its suffix."""
    path = Path(filename)
    suffix = path.suffix[:10]
    return path.stem[: MAX_NAME - room - len(suffix)] + suffix


def upload_name(session: Session, filename: str, job_id: int) -> str:
    """A name for an uploaded file: its own (cut to :data:`MAX_NAME`), or with the job's number
    added when an article or another waiting upload already has it."""
    name = short_name(filename)
    taken = session.scalar(select(Article.id).where(Article.name == name)) or session.scalar(
        select(IngestJob.id).where(IngestJob.filename == name, IngestJob.id != job_id,
                                   IngestJob.status.in_(("queued", "running"))))
    if taken:
        path = Path(short_name(filename, room=12))
        name = f"{path.stem}-{job_id}{path.suffix}"
    return name


def run_upload_job(factory: sessionmaker[Session], job_id: int, path: Path, model: str | None = None) -> None:
    """Ingest the uploaded ``path`` as job ``job_id``, recording progress and the outcome on it."""
    from .store import ArticleNameTaken

    def update(**fields) -> None:
        with transaction(factory) as s:
            job = s.get(IngestJob, job_id)
            for key, value in fields.items():
                setattr(job, key, value)

    update(status="running", progress=5, message="starting", worker=worker_id())
    try:
        report, _skipped = ingest_paths(factory, [path], model=model, draft=True,
                                        progress=lambda percent, stage: update(progress=percent, message=stage))
    except (NothingToIngest, ArticleNameTaken) as exc:
        update(status="failed", message=str(exc))
    except Exception as exc:  # reported on the job page, never as a traceback
        update(status="failed", message=f"the article could not be turned into questions ({exc.__class__.__name__})")
        raise
    else:
        update(status="done", progress=100, message="", set_id=report.set_id, report=job_report(report))

