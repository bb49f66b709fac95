"""Ingest files into the bank: build questions from them, then store everything in one transaction.

Rules, in order:
1. Nothing is written unless every question was stored: an interrupted ingest leaves the bank as
   it was.
2. The command line ingests paths into a published set named after them, updating its articles
   in place.
3. An upload is a job: its file gets a name no article of another text has, its questions go into
   a new draft set titled with the article's headline, and the job row records progress, the
   worker running it and the outcome in counts.
4. A job whose worker process is gone (the server stopped mid-ingest) is failed when an app
   starts, with a message saying to upload again.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .db import transaction
from .models import Article, IngestJob
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
        first = next(iter(result.documents.values()))
        set_name = first.title or Path(first.name).stem
    with transaction(factory) as session:
        report = store(session, result.documents.values(), result.facts, result.questions,
                       set_name or set_name_for(paths), draft=draft)
    progress(100, "done")
    return report, list(result.skipped)


def worker_id() -> str:
    """This process, as a job's ``worker``: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


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
        update(status="done", progress=100, message="", set_id=report.set_id, report={
            "set": report.set_name, "in_set": report.in_set, "needs_review": report.needs_review,
            "added": report.added, "updated": report.updated, "kept": report.kept,
        })


def _alive(worker: str) -> bool:
    """Whether ``worker`` (``host:pid``) still runs; a worker on another host is taken as alive."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname():
        return bool(host)
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def fail_orphaned_jobs(factory: sessionmaker[Session]) -> int:
    """Fail the queued or running jobs whose worker process is gone; returns how many."""
    with transaction(factory) as session:
        jobs = session.scalars(select(IngestJob).where(IngestJob.status.in_(("queued", "running")))).all()
        orphans = [job for job in jobs if not _alive(job.worker)]
        for job in orphans:
            job.status = "failed"
            job.message = "the server stopped before this upload was ingested: upload the file again"
        return len(orphans)
