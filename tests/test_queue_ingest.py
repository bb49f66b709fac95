"""One article at a time into a shared set (quizgen.bank.ingest.ingest_article), as queued tasks
store them: other articles' items are kept as they are, the same article again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from quizgen.bank import init_db
from quizgen.bank.ingest import NothingToIngest, ingest_article
from quizgen.bank.models import QuestionRow, QuestionSet

pytestmark = pytest.mark.nlp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FIRST, SECOND = SEEDS / "001_1004d9197fc22b22.txt", SEEDS / "002_1b8f67de08abf3fe.txt"


def set_rows(bank, name: str) -> list[tuple[int, str, int]]:
    with bank() as session:
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == name))
        return [(item.id, item.question_id, item.position) for item in qset.items]


def test_articles_of_one_set_are_stored_one_by_one_and_again_without_duplicates(bank_url):
    bank = init_db(bank_url)
    ingest_article(bank, FIRST, "week 2")
    first = set_rows(bank, "week 2")
    ingest_article(bank, SECOND, "week 2")
    both = set_rows(bank, "week 2")
    assert first and both[: len(first)] == first and len(both) > len(first)
    with bank() as session:
        questions = session.scalar(select(func.count()).select_from(QuestionRow))

    stages = []
    report = ingest_article(bank, FIRST, "week 2", progress=lambda percent, stage: stages.append(percent))
    assert (report.added, report.retired) == (0, 0) and stages == [10, 80, 100]
    again = set_rows(bank, "week 2")
    assert sorted(again) != [] and {row[:2] for row in again} == {row[:2] for row in both}  # same rows, same ids
    with bank() as session:
        assert session.scalar(select(func.count()).select_from(QuestionRow)) == questions


def test_an_unreadable_article_is_refused_with_its_reason(tmp_path, bank_url):
    (tmp_path / "empty.txt").write_text("")
    with pytest.raises(NothingToIngest, match="^empty file$"):
        ingest_article(init_db(bank_url), tmp_path / "empty.txt", "week 3")


def test_a_server_restarted_without_a_broker_fails_the_tasks_it_left(bank_url, monkeypatch):
    import subprocess
    import sys

    from quizgen.bank import jobs, transaction
    from quizgen.bank.models import IngestJob

    monkeypatch.delenv("QUIZGEN_BROKER_URL", raising=False)
    bank = init_db(bank_url)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = f"{jobs.worker_id().rsplit(':', 1)[0]}:{gone.pid}"
    with transaction(bank) as session:  # a server died while this job was running
        job_id = jobs.create(session, FIRST.name, [str(FIRST)], FIRST.name, worker=dead).id
        (task_id,) = jobs.task_ids(session, job_id)
    jobs.take(bank, task_id, dead)

    assert jobs.fail_orphaned_jobs(bank, tasks=False) == 0  # with a broker, it redelivers the task
    assert jobs.fail_orphaned_jobs(bank) == 1
    with bank() as session:
        job = session.get(IngestJob, job_id)
        assert (job.status, job.message) == (
            "failed", f"{FIRST.name}: the server stopped before this upload was ingested: upload the file again")
    assert jobs.fail_orphaned_jobs(bank) == 0


def test_an_upload_task_stores_a_draft_set_titled_with_the_headline(bank_url):
    from quizgen.bank.ingest import ingest_paths

    bank = init_db(bank_url)
    queued = ingest_article(bank, FIRST, "unused", draft=True)
    with bank() as session:
        qset = session.get(QuestionSet, queued.set_id)
        assert (qset.name, qset.published) == (queued.set_name, False) and queued.set_name != "unused"
    in_process, _ = ingest_paths(bank, [FIRST], draft=True)  # the very same text, as one in process
    assert in_process.set_name == f"{queued.set_name} (2)"
    assert (in_process.in_set, in_process.needs_review) == (queued.in_set, queued.needs_review)


def test_an_upload_task_interrupted_after_its_store_makes_one_draft_set(bank_url, monkeypatch):
    """A worker that dies between storing and marking its task done stored nothing: the store and
    the task's end are one transaction, so the redelivered task makes the only draft set."""
    from quizgen import tasks
    from quizgen.bank import jobs, transaction
    from quizgen.bank.models import IngestJob

    bank = init_db(bank_url)
    with transaction(bank) as session:
        job = IngestJob(filename=FIRST.name, status="queued", progress=0)
        session.add(job)
        session.flush()
        jobs.add_upload_task(session, job, str(FIRST))
        (task_id,) = jobs.task_ids(session, job.id)
    mark_done = jobs.mark_done

    def die_before_done(session, task, report):
        raise RuntimeError("the worker stopped")

    monkeypatch.setattr(jobs, "mark_done", die_before_done)
    assert tasks.run(bank, task_id) == "retry"
    monkeypatch.setattr(jobs, "mark_done", mark_done)
    assert tasks.run(bank, task_id) == "done"
    assert tasks.run(bank, task_id) == "skipped"  # a redelivered message
    with bank() as session:
        assert session.scalar(select(func.count()).select_from(QuestionSet)) == 1
        assert session.get(IngestJob, job.id).set_id is not None
