"""Running ingest jobs: on Celery workers when a broker is configured, else inside this process.

Rules, in order:
1. :func:`submit_paths` and :func:`submit_upload` record a job in the bank and dispatch it. With
   ``QUIZGEN_BROKER_URL`` the job has a task per article (see :mod:`quizgen.bank.jobs`), each one
   Celery message carrying only its task's id (the bank holds the rest, so any worker can run
   it); without, one background thread of this process runs the articles one after the other,
   an upload as :func:`quizgen.bank.ingest.run_upload_job`. Either way an upload becomes a draft
   set titled with its headline and its job records the counts.
2. Celery is imported only when a broker is configured: the embedded path stays light.
3. A worker process loads the spaCy model once, after the fork (``worker_process_init``), parses
   each article inside ``nlp.memory_zone()`` so its memory stays flat, and is replaced after
   ``--max-tasks-per-child`` articles as a backstop.
4. Messages are acknowledged after the task ends and handed back to the queue when the process
   running it dies (``acks_late``, ``reject_on_worker_lost``); a worker that vanishes whole has
   its message redelivered after the broker's visibility timeout. The store is idempotent, so an
   article run twice gives the same questions, never duplicates, and a task is marked done in the
   transaction that stores it, so an upload redelivered after its store still makes one draft set.
5. A task that raises is retried with backoff until :data:`quizgen.bank.jobs.MAX_ATTEMPTS`, then
   failed with a one-line reason; an input that cannot be read fails at once.
6. A job left unfinished by a process that died is failed when an app starts
   (:func:`quizgen.bank.jobs.fail_orphaned_jobs`); the broker redelivers queued tasks itself.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Literal

from sqlalchemy.orm import Session, sessionmaker

from . import config
from .bank import jobs
from .bank.db import transaction

log = logging.getLogger(__name__)

TASK_NAME = "quizgen.ingest_article"
Outcome = Literal["done", "failed", "retry", "skipped"]


def retry_delay(attempt: int) -> int:
    """Seconds before the next attempt: 2, 4, 8 …"""
    return 2 ** max(attempt, 1)


def run(factory: sessionmaker[Session], task_id: int) -> Outcome:
    """Take task ``task_id`` and ingest its article, recording every state change in the bank."""
    from .bank.ingest import NothingToIngest, ingest_article
    from .bank.store import ArticleNameTaken
    from .nlp import ModelNotFound

    spec = jobs.take(factory, task_id, jobs.worker_id())
    if spec is None:
        return "skipped"
    try:
        ingest_article(factory, spec.path, spec.set_name, spec.model, draft=spec.draft,
                       progress=lambda percent, stage: jobs.report_progress(factory, spec.id, percent, stage),
                       then=lambda session, report: jobs.mark_done(session, spec.id, report))
    except (NothingToIngest, ModelNotFound, ArticleNameTaken) as exc:
        jobs.fail(factory, spec.id, str(exc))
        return "failed"
    except Exception as exc:  # reported on the job, retried; never a traceback for the teacher
        log.exception("ingest of %s failed (attempt %d)", spec.path, spec.attempt)
        reason = f"{exc.__class__.__name__}: {exc}"
        return "retry" if jobs.retry_or_fail(factory, spec.id, reason) else "failed"
    return "done"


# Submitting


def submit_paths(factory: sessionmaker[Session], paths: Sequence[str | os.PathLike], set_name: str,
                 model: str | None = None) -> int:
    """Queue one task per article file under PATHS (files or folders); returns the job's id.

    Raises :class:`quizgen.bank.ingest.NothingToIngest` when there is no article file at all.
    """
    from .bank.ingest import NothingToIngest
    from .ingest.read import SUFFIXES, _files

    files = [str(Path(f).resolve()) for f in _files(paths)]
    if not files:
        raise NothingToIngest(f"no article ({', '.join(SUFFIXES)}) under {', '.join(map(str, paths))}")
    with transaction(factory) as session:
        job = jobs.create(session, set_name, files, set_name, model, worker=_submitter())
        job_id = job.id
    dispatch(factory, job_id)
    return job_id


def submit_upload(factory: sessionmaker[Session], filename: str, save: Callable[[Path], object],
                  model: str | None = None) -> int:
    """Save an uploaded file (``save(path)``) in the upload folder under a name no other article
    has, and ingest it as a job into a new draft set; returns the job's id."""
    from .bank.ingest import run_upload_job, short_name, upload_name
    from .bank.models import IngestJob

    queued = bool(config.broker_url())
    with transaction(factory) as session:
        job = IngestJob(filename=short_name(filename), status="queued", progress=0, worker=_submitter(),
                        message="waiting for a worker" if queued else "waiting for earlier uploads to finish")
        session.add(job)
        session.flush()
        job.filename = upload_name(session, filename, job.id)
        path = config.upload_dir() / str(job.id) / job.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        save(path)
        if queued:
            jobs.add_upload_task(session, job, str(path), model)
        job_id = job.id
    if queued:
        dispatch(factory, job_id)
    else:
        _embedded().submit(_logged, run_upload_job, factory, job_id, path, model)
    return job_id


def dispatch(factory: sessionmaker[Session], job_id: int) -> None:
    """Hand every task of the job to the broker, or to this process's ingest thread."""
    with factory() as session:
        ids = jobs.task_ids(session, job_id)
    if config.broker_url():
        task = celery_app().tasks[TASK_NAME]
        for n, task_id in enumerate(ids):
            try:
                task.apply_async((task_id,))
            except Exception as exc:  # broker down: the job says so instead of waiting forever
                for unsent in ids[n:]:
                    jobs.fail(factory, unsent, f"the task queue cannot be reached ({exc.__class__.__name__}: {exc})")
                return
    else:
        for task_id in ids:
            _embedded().submit(_logged, _run_embedded, factory, task_id)


def _submitter() -> str:
    """Who answers for a queued task until a worker takes it: this process, when it runs it."""
    return "" if config.broker_url() else jobs.worker_id()


@lru_cache(maxsize=None)
def _embedded() -> ThreadPoolExecutor:
    """The one ingest thread of an app without a broker (one spaCy pipeline, one article at a time)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest")


def _logged(work: Callable, *args) -> None:
    """Run ``work(*args)`` on the ingest thread; an error (the bank itself failed) is logged, and
    the job left unfinished is failed when an app starts again."""
    try:
        work(*args)
    except Exception:
        log.exception("ingest %s%r failed", work.__name__, args[1:])


def _run_embedded(factory: sessionmaker[Session], task_id: int) -> None:
    attempt = 1
    while (outcome := run(factory, task_id)) == "retry":
        time.sleep(retry_delay(attempt))
        attempt += 1
    log.info("ingest task %d: %s", task_id, outcome)


# The Celery side


@lru_cache(maxsize=None)
def celery_app():
    """The Celery app on ``QUIZGEN_BROKER_URL``, with the ingest task registered."""
    from celery import Celery
    from celery.signals import worker_process_init
    from celery.utils.log import get_logger

    get_logger(__name__)  # this module's log lines go to the worker's log

    visibility = config.visibility_timeout()
    app = Celery("quizgen", broker=config.broker_url(), set_as_current=False)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        worker_hijack_root_logger=False,
        broker_connection_retry_on_startup=True,
        broker_transport_options={
            "visibility_timeout": visibility,
            "unacked_restore_interval": max(1, min(60, visibility // 4)),
            "unacked_restore_throttle": 1,
        },
    )
    app.task(bind=True, name=TASK_NAME, acks_late=True, reject_on_worker_lost=True, ignore_result=True)(_ingest_task)
    worker_process_init.connect(_load_in_worker, weak=False)
    return app


def _ingest_task(self, task_id: int) -> str:
    outcome = run(_worker_bank(), task_id)
    if outcome == "retry":
        raise self.retry(countdown=retry_delay(self.request.retries + 1), max_retries=None)
    return outcome


@lru_cache(maxsize=None)
def _worker_bank() -> sessionmaker[Session]:
    """The bank of this worker process (opened after the fork: connections are never shared)."""
    from .bank import open_bank

    return open_bank()


def _load_in_worker(**_kwargs) -> None:
    """In each new pool process: open the bank and load the spaCy model once, before any task."""
    from .nlp import load

    _worker_bank()
    nlp = load(config.model_name())
    log.info("pool process %d: spaCy model %s loaded", os.getpid(), nlp.meta.get("name", "?"))


def start_worker(concurrency: int, max_tasks_per_child: int, loglevel: str = "INFO") -> None:
    """Run a Celery worker on the broker until it is stopped (SIGTERM: finish the current articles)."""
    celery_app().worker_main([
        "worker", f"--concurrency={concurrency}", f"--max-tasks-per-child={max_tasks_per_child}",
        f"--loglevel={loglevel}", "--pool=prefork", "--without-gossip", "--without-mingle",
        f"--hostname=quizgen-{os.getpid()}@%h",
    ])
