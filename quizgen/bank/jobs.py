"""Ingest jobs and their tasks: the state changes, recorded in the bank so every process sees them.

Rules, in order:
1. A job (an upload, or one ``quizgen ingest --queue``) is one :class:`IngestJob` row with one
   :class:`JobTask` per article; the job's status, progress and message are always recomputed
   from its tasks, under a row lock on the job, so concurrent tasks never overwrite each other.
2. A task goes queued → running → done | failed. Taking a task that is already done or failed
   does nothing (a redelivered message is harmless); every take counts as an attempt, and a task
   taken :data:`MAX_ATTEMPTS` times without finishing (its worker died each time) fails.
3. A failure is one line: the article's name and the reason, never a traceback.
4. A job run in process (an upload without a broker) and a task record the process running them
   (``host:pid``); :func:`fail_orphaned_jobs` fails, when an app starts, the unfinished ones whose
   process on this host is gone (the server stopped mid-ingest), saying to upload again. Queued
   tasks are left to the broker, which redelivers them.
5. An upload's task stores its article as a draft set; when it is done the job records that set
   and the counts of :func:`job_report`, as an upload run in process does. A task is marked done
   in the transaction that stores its article (:func:`mark_done`).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from .db import transaction
from .models import Base, IngestJob, utcnow
from .store import StoreReport

#: Takes of one task before it is failed (the first run and up to three retries or redeliveries).
MAX_ATTEMPTS = 4
UNFINISHED = ("queued", "running")


class JobTask(Base):
    """One article of an ingest job, as a worker sees it."""

    __tablename__ = "ingest_tasks"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("ingest_jobs.id", ondelete="CASCADE"), index=True)
    #: The file to ingest: in the upload folder, or the path ``quizgen ingest --queue`` was given.
    path: Mapped[str] = mapped_column(Text)
    set_name: Mapped[str] = mapped_column(String(255))
    #: An upload: stored as a new draft set titled with the article's headline (``set_name`` unused).
    draft: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    model: Mapped[str | None] = mapped_column(String(128), nullable=True)
    #: queued, running, done or failed.
    status: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    progress: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: The process that submitted (embedded) or runs it: ``host:pid``.
    worker: Mapped[str] = mapped_column(String(128), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)


@dataclass(frozen=True)
class TaskSpec:
    """What a worker needs to run a task it took."""

    id: int
    job_id: int
    path: str
    set_name: str
    model: str | None
    attempt: int
    draft: bool = False


def worker_id() -> str:
    """This process as a task's ``worker``: ``host:pid``."""
    return f"{socket.gethostname()}:{os.getpid()}"


def create(session: Session, filename: str, paths: list[str], set_name: str, model: str | None = None,
           worker: str = "") -> IngestJob:
    """A queued job with a task per path (flushed, so it has its id)."""
    job = IngestJob(filename=filename[:255], status="queued", progress=0, message="waiting for a worker")
    session.add(job)
    session.flush()
    for path in paths:
        session.add(JobTask(job_id=job.id, path=str(path), set_name=set_name[:255], model=model, worker=worker))
    session.flush()
    return job


def add_upload_task(session: Session, job: IngestJob, path: str, model: str | None = None) -> None:
    """Queue the uploaded file of ``job`` as its one task, to become a draft set."""
    session.add(JobTask(job_id=job.id, path=str(path), set_name=job.filename, draft=True, model=model))
    session.flush()


def task_ids(session: Session, job_id: int) -> list[int]:
    return list(session.scalars(select(JobTask.id).where(JobTask.job_id == job_id).order_by(JobTask.id)))


def take(factory: sessionmaker[Session], task_id: int, worker: str) -> TaskSpec | None:
    """Mark the task running on ``worker``; None when there is nothing to run (finished, unknown,
    or failed here because it was taken too often)."""
    with transaction(factory) as session:
        task = _locked(session, task_id)
        if task is None or task.status not in UNFINISHED:
            return None
        task.attempts += 1
        if task.attempts > MAX_ATTEMPTS:
            _set(session, task, status="failed",
                 message=f"{task.name}: gave up after {MAX_ATTEMPTS} attempts (the worker stopped each time)")
            return None
        _set(session, task, status="running", progress=5, message="starting", worker=worker)
        return TaskSpec(task.id, task.job_id, task.path, task.set_name, task.model, task.attempts, task.draft)


def report_progress(factory: sessionmaker[Session], task_id: int, percent: int, stage: str) -> None:
    with transaction(factory) as session:
        task = _locked(session, task_id)
        if task is not None and task.status == "running":
            _set(session, task, progress=percent, message=stage)


def mark_done(session: Session, task_id: int, report: StoreReport) -> None:
    """The task is done; an upload's job records its draft set and counts. A worker calls this in
    the transaction that stores the article, so a task is never stored without being done (a
    redelivered task then finds it done, and never makes a second draft set)."""
    task = _running(session, task_id)
    _set(session, task, status="done", progress=100, message=str(report))
    job = session.get(IngestJob, task.job_id)
    if task.draft and job is not None:
        job.set_id, job.report = report.set_id, job_report(report)


def job_report(report: StoreReport) -> dict:
    """What an upload's job shows of its store report."""
    return {"set": report.set_name, "in_set": report.in_set, "needs_review": report.needs_review,
            "added": report.added, "updated": report.updated, "kept": report.kept}


def fail(factory: sessionmaker[Session], task_id: int, reason: str) -> None:
    with transaction(factory) as session:
        task = _running(session, task_id)
        _set(session, task, status="failed", message=f"{task.name}: {one_line(reason)}")


def retry_or_fail(factory: sessionmaker[Session], task_id: int, reason: str) -> bool:
    """After an error: queue the task again (True) while it has attempts left, else fail it."""
    with transaction(factory) as session:
        task = _running(session, task_id)
        if task.attempts < MAX_ATTEMPTS:
            _set(session, task, status="queued", progress=0, message=f"retrying after: {one_line(reason)}")
            return True
        _set(session, task, status="failed",
             message=f"{task.name}: failed after {task.attempts} attempts: {one_line(reason)}")
        return False


def fail_orphaned_jobs(factory: sessionmaker[Session], tasks: bool = True) -> int:
    """Fail the unfinished jobs run in process, and (``tasks``: no broker redelivers them) the
    unfinished tasks, whose process on this host is gone; returns how many."""
    message = "the server stopped before this upload was ingested: upload the file again"
    with transaction(factory) as session:
        has_tasks = select(JobTask.id).where(JobTask.job_id == IngestJob.id).exists()
        jobs = session.scalars(select(IngestJob).where(IngestJob.status.in_(UNFINISHED), ~has_tasks)).all()
        orphans = [job for job in jobs if not _alive(job.worker)]
        for job in orphans:
            job.status, job.message = "failed", message
        dead: list[JobTask] = []
        if tasks:
            dead = [task for task in session.scalars(select(JobTask).where(JobTask.status.in_(UNFINISHED))).all()
                    if task.worker and not _alive(task.worker)]  # none: queued for a broker
            for task in dead:
                _set(session, task, status="failed", message=f"{task.name}: {message}")
        return len(orphans) + len(dead)


def one_line(reason: str, limit: int = 300) -> str:
    line = next((part.strip() for part in str(reason).splitlines() if part.strip()), "unknown error")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _alive(worker: str) -> bool:
    """Whether ``worker`` (``host:pid``) still runs; one on another host is taken as alive, none
    (a job made before jobs recorded their process) as gone."""
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


def _locked(session: Session, task_id: int) -> JobTask | None:
    """The task, after locking its job's row: one task's change at a time per job."""
    job_id = session.scalar(select(JobTask.job_id).where(JobTask.id == task_id))
    if job_id is None:
        return None
    session.scalar(select(IngestJob).where(IngestJob.id == job_id).with_for_update())
    return session.get(JobTask, task_id, populate_existing=True)


def _running(session: Session, task_id: int) -> JobTask:
    """The task a worker runs, locked as :func:`_locked` does; it exists while its job does."""
    task = _locked(session, task_id)
    if task is None:
        raise LookupError(f"ingest task {task_id} is gone")
    return task


def _set(session: Session, task: JobTask, **fields) -> None:
    for key, value in fields.items():
        setattr(task, key, value)
    session.flush()
    job = session.get(IngestJob, task.job_id)
    if job is not None:
        _refresh_job(session, job)


def _refresh_job(session: Session, job: IngestJob) -> None:
    """The job's status, progress and message, from its tasks (counted in SQL: jobs may be large)."""
    mine = JobTask.job_id == job.id
    counts = dict(session.execute(select(JobTask.status, func.count()).where(mine).group_by(JobTask.status)).all())
    total = sum(counts.values()) or 1
    job.progress = (session.scalar(select(func.coalesce(func.sum(JobTask.progress), 0)).where(mine)) or 0) // total
    failed, finished = counts.get("failed", 0), counts.get("done", 0) + counts.get("failed", 0)

    def first_message(status: str) -> str:
        return session.scalar(
            select(JobTask.message).where(mine, JobTask.status == status).order_by(JobTask.id).limit(1)) or ""

    if counts.get("running") or (counts.get("queued") and finished):
        job.status = "running"
        job.message = first_message("running") if total == 1 else f"{finished} of {total} articles finished"
    elif counts.get("queued"):
        job.status = "queued"
        job.message = first_message("queued") if total == 1 else "waiting for a worker"
    elif failed:
        job.status, job.progress = "failed", 100
        job.message = first_message("failed") if total == 1 else (
            f"{failed} of {total} articles failed; first: {first_message('failed')}")
    else:
        job.status = "done"
        job.message = first_message("done") if total == 1 else f"stored {total} articles"
