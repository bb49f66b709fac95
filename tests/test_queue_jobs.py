"""Ingest jobs in the bank (quizgen.bank.jobs): task states, the job's summary, retries, orphans;
and the embedded default (no broker: no Celery, a clear message for the queue commands)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest
from click.testing import CliRunner

from quizgen.bank import init_db, transaction
from quizgen.bank import jobs
from quizgen.bank.models import IngestJob
from quizgen.bank.store import StoreReport
from quizgen.cli import main


STORED = StoreReport("week 12", 1, 3, 0, 0, 0)


@pytest.fixture
def bank(bank_url):
    return init_db(bank_url)


def new_job(bank, n: int = 3, worker: str = "") -> tuple[int, list[int]]:
    with transaction(bank) as session:
        job = jobs.create(session, "week 12", [f"/articles/a{i}.txt" for i in range(n)], "week 12", worker=worker)
        return job.id, jobs.task_ids(session, job.id)


def finish(bank, task_id: int, report: StoreReport) -> None:
    """Mark a task done, as a worker does in the transaction that stores its article."""
    with transaction(bank) as session:
        jobs.mark_done(session, task_id, report)


def job_state(bank, job_id: int) -> tuple[str, int, str]:
    with bank() as session:
        job = session.get(IngestJob, job_id)
        return job.status, job.progress, job.message


def test_a_job_sums_up_its_articles_until_every_one_is_done(bank):
    job_id, (a, b, c) = new_job(bank)
    assert job_state(bank, job_id) == ("queued", 0, "waiting for a worker")
    spec = jobs.take(bank, a, "host:1")
    assert (spec.path, spec.set_name, spec.attempt) == ("/articles/a0.txt", "week 12", 1)
    jobs.report_progress(bank, a, 80, "storing")
    assert job_state(bank, job_id) == ("running", 26, "0 of 3 articles finished")
    finish(bank, a, STORED)
    for task in (b, c):
        jobs.take(bank, task, "host:2")
        finish(bank, task, STORED)
    assert job_state(bank, job_id) == ("done", 100, "stored 3 articles")


def test_a_single_article_job_shows_its_stage_and_its_report(bank):
    job_id, (task,) = new_job(bank, 1)
    jobs.take(bank, task, "host:1")
    jobs.report_progress(bank, task, 10, "reading and extracting")
    assert job_state(bank, job_id) == ("running", 10, "reading and extracting")
    finish(bank, task, STORED)
    assert job_state(bank, job_id) == ("done", 100, str(STORED))


def test_a_redelivered_task_that_is_already_done_is_not_run_again(bank):
    job_id, (task,) = new_job(bank, 1)
    jobs.take(bank, task, "host:1")
    finish(bank, task, STORED)
    assert jobs.take(bank, task, "host:2") is None
    assert jobs.take(bank, 10_000, "host:2") is None
    assert job_state(bank, job_id)[0] == "done"


def test_an_error_is_retried_then_reported_in_one_line(bank):
    job_id, (task,) = new_job(bank, 1)
    reason = "OperationalError: lock timeout\nDETAIL: a second line of driver detail"
    for attempt in range(1, jobs.MAX_ATTEMPTS):
        assert jobs.take(bank, task, "host:1").attempt == attempt
        assert jobs.retry_or_fail(bank, task, reason) is True
        assert job_state(bank, job_id) == ("queued", 0, "retrying after: OperationalError: lock timeout")
    jobs.take(bank, task, "host:1")
    assert jobs.retry_or_fail(bank, task, reason) is False
    assert job_state(bank, job_id) == (
        "failed", 100, f"a0.txt: failed after {jobs.MAX_ATTEMPTS} attempts: OperationalError: lock timeout")


def test_a_task_whose_worker_keeps_dying_fails_instead_of_looping(bank):
    job_id, (task,) = new_job(bank, 1)
    for _ in range(jobs.MAX_ATTEMPTS):
        assert jobs.take(bank, task, "host:1") is not None  # the worker dies: no finish, no fail
    assert jobs.take(bank, task, "host:1") is None
    status, _, message = job_state(bank, job_id)
    assert status == "failed" and message == f"a0.txt: gave up after {jobs.MAX_ATTEMPTS} attempts (the worker stopped each time)"


def test_one_failed_article_fails_the_job_and_says_which(bank):
    job_id, (a, b, c) = new_job(bank)
    for task in (a, b):
        jobs.take(bank, task, "host:1")
        finish(bank, task, STORED)
    jobs.take(bank, c, "host:1")
    jobs.fail(bank, c, "binary file (contains NUL bytes)")
    assert job_state(bank, job_id) == ("failed", 100, "1 of 3 articles failed; first: a2.txt: binary file (contains NUL bytes)")


def test_orphans_are_the_unfinished_jobs_and_tasks_of_dead_processes_on_this_host(bank):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    here = socket.gethostname()
    gone_job, (gone, _) = new_job(bank, 2, worker=f"{here}:{dead.pid}")
    _, (alive,) = new_job(bank, 1, worker=f"{here}:{os.getpid()}")
    _, (elsewhere,) = new_job(bank, 1, worker=f"another-host:{dead.pid}")
    _, (queued,) = new_job(bank, 1)  # on a broker, no process answers for it yet
    finished_job, (finished,) = new_job(bank, 1, worker=f"{here}:{dead.pid}")
    jobs.take(bank, finished, f"{here}:{dead.pid}")
    finish(bank, finished, STORED)
    with transaction(bank) as session:  # an upload run in process (no tasks) by the dead process
        upload = IngestJob(filename="a.txt", status="running", worker=f"{here}:{dead.pid}")
        session.add(upload)
        session.flush()
        upload_id = upload.id

    assert jobs.fail_orphaned_jobs(bank, tasks=False) == 1  # a broker redelivers the tasks itself
    assert jobs.fail_orphaned_jobs(bank) == 2
    assert jobs.fail_orphaned_jobs(bank) == 0
    again = "the server stopped before this upload was ingested: upload the file again"
    assert job_state(bank, upload_id) == ("failed", 0, again)
    assert job_state(bank, gone_job) == ("failed", 100, f"2 of 2 articles failed; first: a0.txt: {again}")
    assert job_state(bank, finished_job)[0] == "done"
    with bank() as session:
        assert [session.get(jobs.JobTask, t).status for t in (alive, elsewhere, queued)] == ["queued"] * 3


def test_without_a_broker_the_queue_commands_say_what_to_set(tmp_path, monkeypatch):
    monkeypatch.delenv("QUIZGEN_BROKER_URL", raising=False)
    (tmp_path / "a.txt").write_text("The council said it would meet again.")
    runner = CliRunner()
    for args in (["ingest", "--queue", str(tmp_path / "a.txt")], ["worker"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 1 and "set QUIZGEN_BROKER_URL" in result.output
        assert "Traceback" not in result.output


def test_the_embedded_default_never_imports_celery():
    code = "import sys, quizgen.cli, quizgen.tasks, quizgen.web; sys.exit('celery' in sys.modules)"
    env = {k: v for k, v in os.environ.items() if k != "QUIZGEN_BROKER_URL"}
    assert subprocess.run([sys.executable, "-c", code], env=env).returncode == 0


def test_a_job_whose_queue_cannot_be_reached_fails_with_the_reason(bank, tmp_path, monkeypatch):
    from quizgen import tasks

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    monkeypatch.setenv("QUIZGEN_BROKER_URL", f"redis://127.0.0.1:{port}/0")
    tasks.celery_app.cache_clear()
    (tmp_path / "a.txt").write_text("The council said it would meet again.")
    try:
        job_id = tasks.submit_paths(bank, [tmp_path], "week 4")
    finally:
        tasks.celery_app.cache_clear()
    status, _, message = job_state(bank, job_id)
    assert status == "failed" and message.startswith("a.txt: the task queue cannot be reached (OperationalError")
    assert "\n" not in message
