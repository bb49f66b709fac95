"""Ingest on the task queue with the real parts: Redis, PostgreSQL, `quizgen worker` and `quizgen
serve` processes sharing one bank, a worker killed mid-job, an app server restarted, a locked
table that makes a task retry, and the same article run twice."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis
import requests
from sqlalchemy import create_engine, func, select, text

from quizgen.bank import create_teacher, init_db
from quizgen.bank.ingest import ingest_article, ingest_paths
from quizgen.bank.jobs import JobTask
from quizgen.bank.models import Answer, Article, IngestJob, QuestionArticle, QuestionSet

pytestmark = [pytest.mark.postgres, pytest.mark.nlp]

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
QUIZGEN = str(Path(sys.executable).with_name("quizgen"))
PASSWORD = "correct horse battery"


def wait_for(predicate, timeout: float, what: str, interval: float = 0.05):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


class Cluster:
    """App servers and workers as separate processes (each in its own process group)."""

    def __init__(self, env: dict[str, str], logs: Path):
        self.env, self.logs, self.processes = env, logs, {}

    def start(self, name: str, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        log = open(self.logs / f"{name}.log", "ab")
        process = subprocess.Popen([QUIZGEN, *args], env={**self.env, **(env or {})}, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
        self.processes[name] = process
        return process

    def app(self, name: str, port: int) -> str:
        self.start(name, "serve", "--port", str(port))
        url = f"http://127.0.0.1:{port}"
        wait_for(lambda: _healthy(url), 60, f"{name} to serve", 0.2)
        return url

    def log(self, name: str) -> str:
        return (self.logs / f"{name}.log").read_text(errors="replace")

    def stop(self, name: str, sig: int = signal.SIGTERM) -> None:
        process = self.processes.pop(name)
        os.killpg(process.pid, sig)
        process.wait(30)

    def close(self) -> None:
        for name, process in list(self.processes.items()):
            try:
                self.stop(name)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def _healthy(url: str) -> bool:
    try:
        return requests.get(url + "/healthz", timeout=2).status_code == 200
    except requests.ConnectionError:
        return False


def teacher_session(url: str) -> requests.Session:
    session = requests.Session()
    token = _csrf(session.get(url + "/auth/login").text)
    response = session.post(url + "/auth/login", data={"username": "teach", "password": PASSWORD, "csrf_token": token},
                            allow_redirects=False)
    assert response.status_code == 302
    return session


def _csrf(page: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def upload(session: requests.Session, url: str, name: str, data: bytes) -> int:
    token = _csrf(session.get(url + "/teacher/upload").text)
    response = session.post(url + "/teacher/upload", data={"csrf_token": token},
                            files={"article": (name, data, "text/plain")}, allow_redirects=False, timeout=60)
    assert response.status_code == 302, response.text[:300]
    return int(response.headers["Location"].rsplit("/", 1)[1])


class Students(threading.Thread):
    """Students taking attempts of the published set through the API, each request to the next
    app server (an attempt started on one is answered on the others), until stopped."""

    def __init__(self, urls: list[str], set_id: int):
        super().__init__(daemon=True)
        self.urls, self.set_id = urls, set_id
        self.recorded, self.refused, self.errors = 0, 0, []
        self.stopping = threading.Event()

    def run(self) -> None:
        n, pending, headers, attempt = 0, [], {}, None
        while not self.stopping.is_set():
            url = self.urls[n % len(self.urls)]
            n += 1
            try:
                if not pending:
                    response = requests.post(url + "/api/attempts", json={"set_id": self.set_id}, timeout=10)
                    if response.status_code != 201:
                        self.errors.append(response.status_code)
                        continue
                    body = response.json()
                    attempt, pending = body["id"], [q["id"] for q in body["questions"]]
                    headers = {"Authorization": f"Bearer {body['learner_code']}"}
                    continue
                response = requests.post(f"{url}/api/attempts/{attempt}/answers", headers=headers,
                                         json={"question_id": pending[0], "answer": "a guess"}, timeout=10)
            except requests.ConnectionError:
                self.refused += 1  # that app server is restarting: nothing was sent
                time.sleep(0.05)
                continue
            if response.status_code == 200:
                self.recorded += 1
                pending.pop(0)
            else:
                self.errors.append(response.status_code)
            time.sleep(0.02)


@pytest.fixture
def cluster(request, redis_url, port_finder, tmp_path):
    """A migrated PostgreSQL bank with a published set and a teacher, and the settings every
    process of the deployment shares; the session's Redis emptied first, so that no task an earlier
    test left on the queue (for another bank) takes this deployment's workers."""
    redis.Redis.from_url(redis_url).flushdb()
    server = request.getfixturevalue("postgres_url")
    name = f"q{time.time_ns()}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name}"))
    url = server.rsplit("/", 1)[0] + "/" + name
    bank = init_db(url)
    ingest_paths(bank, [SEEDS / "000_d0f1aab185567789.txt"], set_name="week 1")
    create_teacher(bank, "teach", PASSWORD)
    shared = tmp_path / "shared"
    env = {**os.environ, "QUIZGEN_DATABASE_URL": url, "QUIZGEN_BROKER_URL": redis_url,
           "QUIZGEN_DATA_DIR": str(shared / "data"), "QUIZGEN_UPLOAD_DIR": str(shared / "uploads"),
           "QUIZGEN_SECURE_COOKIES": "0", "QUIZGEN_BROKER_VISIBILITY_TIMEOUT": "5"}
    processes = Cluster(env, tmp_path)
    yield processes, bank, url, port_finder
    processes.close()
    bank.kw["bind"].dispose()
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


def tasks_of(bank) -> list[tuple[int, str, str, int, str]]:
    with bank() as session:
        return session.execute(select(JobTask.job_id, JobTask.status, JobTask.worker, JobTask.attempts, JobTask.path)
                               .order_by(JobTask.id)).all()


def job(bank, job_id: int) -> IngestJob:
    with bank() as session:
        return session.get(IngestJob, job_id)


def in_group(worker: str, process: subprocess.Popen) -> bool:
    try:
        return os.getpgid(int(worker.rpartition(":")[2])) == process.pid
    except (ValueError, ProcessLookupError):
        return False


def test_two_app_servers_and_two_workers_share_one_bank_through_a_killed_worker_and_a_restart(cluster):
    processes, bank, url, free_port = cluster
    worker_env = {"QUIZGEN_DATABASE_URL": url + "?options=-c%20lock_timeout%3D1500"}
    workers = [processes.start(f"worker{i}", "worker", env=worker_env) for i in (1, 2)]
    apps = [processes.app("app1", free_port()), processes.app("app2", free_port())]
    for i in (1, 2):
        wait_for(lambda: "ready." in processes.log(f"worker{i}"), 90, f"worker{i} to be ready", 0.2)

    with bank() as session:
        week1 = session.scalar(select(QuestionSet).where(QuestionSet.name == "week 1")).id
    students = Students(apps, week1)
    students.start()

    # A teacher uploads three articles, through both app servers (one login: the key is shared).
    teacher = teacher_session(apps[0])
    names = ["001_1004d9197fc22b22.txt", "002_1b8f67de08abf3fe.txt", "003_a6f2ffdd0cd0098f.txt"]
    job_ids = [upload(teacher, apps[i % 2], name, (SEEDS / name).read_bytes()) for i, name in enumerate(names)]

    # Worker 1 is killed (pool and main process) while it ingests one of them.
    victim = wait_for(lambda: next((t for t in tasks_of(bank) if t[1] == "running" and in_group(t[2], workers[0])), None),
                      60, "worker 1 to run an article", 0.01)
    processes.stop("worker1", signal.SIGKILL)
    # The first app server restarts meanwhile.
    processes.stop("app1")
    apps[0] = processes.app("app1", int(apps[0].rsplit(":", 1)[1]))

    wait_for(lambda: all(job(bank, j).status in ("done", "failed") for j in job_ids), 180, "the three jobs")
    page = teacher.get(f"{apps[0]}/teacher/jobs/{victim[0]}").text  # the restarted server, the same login
    students.stopping.set()
    students.join(15)

    assert [job(bank, j).status for j in job_ids] == ["done"] * 3, [job(bank, j).message for j in job_ids]
    assert "The draft set <strong>" in page and "Review and publish" in page
    rerun = next(t for t in tasks_of(bank) if t[0] == victim[0])
    assert rerun[3] == 2 and not in_group(rerun[2], workers[0])  # taken again by the other worker
    assert students.errors == [] and students.recorded > 0
    with bank() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == students.recorded  # no answer lost
        assert sorted(session.scalars(select(Article.name))) == sorted(["000_d0f1aab185567789.txt", *names])
        drafts = [session.get(QuestionSet, session.get(IngestJob, j).set_id) for j in job_ids]
        in_sets = {name: len(qset.items) for name, qset in zip(names, drafts)}
        assert [session.get(IngestJob, j).report["in_set"] for j in job_ids] == list(in_sets.values())
        assert not any(qset.published for qset in drafts)  # drafts titled with their headlines
        assert all(qset.name not in names for qset in drafts)
        linked = dict(session.execute(select(Article.name, func.count(QuestionArticle.question_id))
                                      .join(QuestionArticle, QuestionArticle.article_id == Article.id).group_by(Article.name)).all())
    assert all(in_sets.values()), in_sets

    # The same article again (in this process): the same questions, no duplicate, as many in its set.
    victim_name = Path(victim[4]).name
    ingest_article(bank, victim[4], "again")
    with bank() as session:
        again = dict(session.execute(select(Article.name, func.count(QuestionArticle.question_id))
                                     .join(QuestionArticle, QuestionArticle.article_id == Article.id).group_by(Article.name)).all())
        assert len(session.scalar(select(QuestionSet).where(QuestionSet.name == "again")).items) == in_sets[victim_name]
    assert again == linked

    # A table held by a long transaction makes a task time out on its lock: it is retried, then done.
    engine = bank.kw["bind"]
    with engine.connect() as holder:
        holder.execute(text("LOCK TABLE questions IN EXCLUSIVE MODE"))
        retried = upload(teacher, apps[1], "004_7a02d27326f74529.txt", (SEEDS / "004_7a02d27326f74529.txt").read_bytes())
        wait_for(lambda: job(bank, retried).message.startswith("retrying after: OperationalError"), 60, "a retry")
        holder.rollback()
    wait_for(lambda: job(bank, retried).status == "done", 60, "the retried job")
    # An article that cannot be read fails at once, with its reason in one line.
    broken = upload(teacher, apps[1], "broken.txt", b"\x00\x01binary")
    wait_for(lambda: job(bank, broken).status == "failed", 30, "the unreadable upload")
    assert job(bank, broken).message == "broken.txt: binary file (contains NUL bytes)"
    assert tasks_of(bank)[-1][3] == 1

    # The command line queues a folder: one task per article, followed to the end.
    folder = Path(processes.logs) / "cli"
    folder.mkdir()
    for name in ("002_1b8f67de08abf3fe.txt", "004_7a02d27326f74529.txt"):
        (folder / name).write_bytes((SEEDS / name).read_bytes())
    cli = subprocess.run([QUIZGEN, "ingest", "--queue", "--wait", str(folder)], env=processes.env,
                         capture_output=True, text=True, timeout=120)
    assert cli.returncode == 0, cli.stderr
    assert "done 100% stored 2 articles" in cli.stderr
    with bank() as session:
        assert len(session.scalar(select(QuestionSet).where(QuestionSet.name == "cli")).items) > 0
