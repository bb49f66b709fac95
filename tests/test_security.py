"""Issue 11's security items, each at its cause: login limits and lockout, revocable sessions,
uploads that never overwrite another set's article, crafted input on SQLite and PostgreSQL,
orphaned ingest jobs and uncached teacher pages."""

from __future__ import annotations

import io
import time

import pytest
from sqlalchemy import select

from quizgen.bank import accounts, create_teacher, store, transaction
from quizgen.bank.jobs import fail_orphaned_jobs, worker_id
from quizgen.bank.models import Article, IngestJob, QuestionRow, QuestionSet
from quizgen.web import create_app
from bank_samples import DOC, FACTS, QUESTIONS, both_databases, count_answers, login, token

PASSWORD = "correct horse"


def make_app(bank_url, **config):
    app = create_app({"TESTING": True, "SECRET_KEY": "test", "DATABASE_URL": bank_url, **config})
    return app


@pytest.fixture
def app(bank_url):
    app = make_app(bank_url)
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, QUESTIONS, "trade")
    create_teacher(app.extensions["bank"], "teach", PASSWORD)
    return app


@pytest.fixture
def client(app):
    return app.test_client()


def try_login(client, username="teach", password=PASSWORD, next_=""):
    return client.post("/auth/login" + (f"?next={next_}" if next_ else ""), data={
        "username": username, "password": password, "csrf_token": token(client, "/auth/login")})


def logged_in(client) -> bool:
    return client.get("/teacher/").status_code == 200


# Login


def test_the_login_rate_limit_answers_429_with_a_page(bank_url):
    app = make_app(bank_url, LOGIN_RATE_LIMIT="3 per minute")
    client = app.test_client()
    statuses = [try_login(client, password="wrong one").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    assert "Too many tries" in try_login(client).get_data(as_text=True)


@both_databases
def test_failed_logins_lock_the_name_in_the_bank_for_every_app_process(bank_url):
    first = make_app(bank_url, RATELIMIT_ENABLED=False)
    create_teacher(first.extensions["bank"], "teach", PASSWORD)
    other = make_app(bank_url, RATELIMIT_ENABLED=False)  # another process over the same bank
    for _ in range(accounts.MAX_FAILURES):
        try_login(first.test_client(), password="wrong one")
    refused = try_login(other.test_client())
    assert refused.status_code == 200 and "Wrong username or password" in refused.get_data(as_text=True)
    assert not logged_in(other.test_client())
    with transaction(other.extensions["bank"]) as session:  # the lock ends after LOCKOUT
        session.execute(accounts.LoginThrottle.__table__.update().values(locked_until=None))
    client = other.test_client()
    try_login(client)
    assert logged_in(client)


def test_an_unknown_name_costs_one_password_check_and_reads_like_a_wrong_password(app, monkeypatch):
    checks = []
    real = accounts.check_password_hash
    monkeypatch.setattr(accounts, "check_password_hash", lambda h, p: checks.append(h) or real(h, p))
    unknown = try_login(app.test_client(), username="nobody").get_data(as_text=True)
    wrong = try_login(app.test_client(), password="wrong one").get_data(as_text=True)
    assert len(checks) == 2 and checks[0].split("$")[0] == checks[1].split("$")[0]
    assert (unknown.count("Wrong username or password"), wrong.count("Wrong username or password")) == (1, 1)


def test_a_locked_unknown_name_reads_like_a_locked_known_one(bank_url):
    app = make_app(bank_url, RATELIMIT_ENABLED=False)
    create_teacher(app.extensions["bank"], "teach", PASSWORD)
    for name in ("teach", "nobody"):
        for _ in range(accounts.MAX_FAILURES + 1):
            page = try_login(app.test_client(), username=name, password="wrong one").get_data(as_text=True)
        assert "Wrong username or password, or too many tries" in page


# Sessions


def test_a_cookie_saved_before_logout_opens_nothing(client):
    try_login(client)
    saved = client.get_cookie("session").value
    client.post("/auth/logout", data={"csrf_token": token(client, "/teacher/")})
    assert not logged_in(client)
    client.set_cookie("session", saved)
    assert not logged_in(client)


@both_databases
def test_changing_the_password_logs_out_every_other_browser(app):
    here, there = app.test_client(), app.test_client()
    try_login(here), try_login(there)
    response = here.post("/auth/password", data={"current": PASSWORD, "new": "a brand new one", "confirm": "a brand new one",
                                                 "csrf_token": token(here, "/auth/password")})
    assert response.status_code == 302
    assert logged_in(here) and not logged_in(there)
    try_login(there, password="a brand new one")
    assert logged_in(there)


def test_a_password_reset_from_the_command_line_ends_the_teachers_sessions(app, client):
    try_login(client)
    create_teacher(app.extensions["bank"], "teach", "reset by the admin")
    assert not logged_in(client)


def test_a_wrong_current_password_is_named_beside_its_field(app, client):
    try_login(client)
    page = client.post("/auth/password", data={"current": "nope", "new": "a brand new one", "confirm": "a brand new one",
                                               "csrf_token": token(client, "/auth/password")})
    assert page.status_code == 400 and 'id="current-error"' in page.get_data(as_text=True)


# Uploads


def test_a_same_name_upload_never_touches_another_sets_article_or_teacher_edits(app, client):
    from test_bank_cli import ARTICLE

    with transaction(app.extensions["bank"]) as session:
        session.get(QuestionRow, "q1").edited_by_teacher = True
    login(client)
    response = client.post("/teacher/upload", data={
        "article": (io.BytesIO(ARTICLE.encode()), DOC.name, "text/plain"), "csrf_token": token(client, "/teacher/upload")})
    job = wait_for_job(app, client, response.headers["Location"])
    assert job.status == "done", job.message
    with app.extensions["bank"]() as session:
        trade = session.scalar(select(QuestionSet).where(QuestionSet.name == "trade"))
        assert [i.question_id for i in trade.items] == ["q1", "q2"]
        assert all(i.question.active for i in trade.items)
        original = session.scalar(select(Article).where(Article.name == DOC.name))
        assert original.text == DOC.text
        assert job.filename != DOC.name and session.scalar(select(Article).where(Article.name == job.filename))


def test_an_upload_never_replaces_an_article_of_another_text(app):
    from quizgen.bank.store import ArticleNameTaken
    from quizgen.ingest.read import document_from_text

    other = document_from_text(DOC.name, "A different text entirely.\n")
    with pytest.raises(ArticleNameTaken), transaction(app.extensions["bank"]) as session:
        store(session, [other], [], [], "upload", draft=True)
    with app.extensions["bank"]() as session:
        assert session.scalar(select(Article.text).where(Article.name == DOC.name)) == DOC.text


def test_a_reingest_never_retires_a_question_the_teacher_edited(app):
    with transaction(app.extensions["bank"]) as session:
        session.get(QuestionRow, "q1").edited_by_teacher = True
    with transaction(app.extensions["bank"]) as session:
        report = store(session, [DOC], FACTS, [], "trade")
    with app.extensions["bank"]() as session:
        assert report.retired == 1
        assert (session.get(QuestionRow, "q1").retired, session.get(QuestionRow, "q2").retired) == (False, True)


def wait_for_job(app, client, job_page: str) -> IngestJob:
    for _ in range(240):
        assert client.get(job_page).status_code == 200
        with app.extensions["bank"]() as session:
            job = session.get(IngestJob, int(job_page.rsplit("/", 1)[1]))
        if job.status in ("done", "failed"):
            return job
        time.sleep(0.25)
    raise AssertionError(f"job still {job.status}")


@both_databases
def test_a_300_character_upload_name_is_cut_and_its_job_finishes(app, client):
    login(client)
    response = client.post("/teacher/upload", data={
        "article": (io.BytesIO(b"Ministers meet\n\nExports rose 12% in 2023, the ministry said.\n"), "a" * 300 + ".txt", "text/plain"),
        "csrf_token": token(client, "/teacher/upload")})
    job = wait_for_job(app, client, response.headers["Location"])
    assert job.status in ("done", "failed") and len(job.filename) <= 100 and job.filename.endswith(".txt")


def test_a_job_whose_process_died_is_failed_on_start(app, bank_url):
    with transaction(app.extensions["bank"]) as session:
        session.add(IngestJob(filename="gone.txt", status="running", worker=worker_id().rsplit(":", 1)[0] + ":999999999"))
        session.add(IngestJob(filename="legacy.txt", status="queued"))
        session.add(IngestJob(filename="alive.txt", status="running", worker=worker_id()))
    make_app(bank_url)
    with app.extensions["bank"]() as session:
        jobs = {j.filename: j for j in session.scalars(select(IngestJob))}
    assert jobs["gone.txt"].status == jobs["legacy.txt"].status == "failed"
    assert "upload the file again" in jobs["gone.txt"].message
    assert jobs["alive.txt"].status == "running" and fail_orphaned_jobs(app.extensions["bank"]) == 0


# Crafted requests (on SQLite and PostgreSQL)


@both_databases
@pytest.mark.parametrize("request_", [
    ("post", "/api/attempts", {"json": {"question_id": "q1", "answer": "12\x00%"}}),
    ("post", "/api/attempts", {"json": {"question_id": "q1\x00", "answer": "12%"}}),
    ("post", "/learner", {"data": {"name": "Ada\x00", "back": "/"}}),
    ("post", "/auth/login", {"data": {"username": "teach\x00", "password": "x"}}),
    ("get", "/s/abc\x00def", {}),
    ("get", "/s/abc%00def", {}),
    ("get", "/teacher/?q=ex%00ports", {}),
])
def test_a_nul_byte_anywhere_is_a_400_and_stores_nothing(app, client, request_):
    method, url, kwargs = request_
    login(client)
    if "data" in kwargs:
        kwargs["data"] = {**kwargs["data"], "csrf_token": token(client, "/")}
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == 400 and "NUL" in response.get_data(as_text=True)
    assert count_answers(app) == 0


@both_databases
def test_ids_beyond_32_and_64_bits_are_404_on_every_id_route(app, client):
    login(client)
    routes = [r for r in app.url_map.iter_rules() if "<int:" in r.rule]
    assert len(routes) >= 8
    for big in (2**31, 2**63, 10**30):
        for rule in routes:
            url = rule.rule
            for name in rule.arguments:
                url = url.replace(f"<int:{name}>", str(big)).replace(f"<{name}>", "q1")
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                response = client.open(url, method=method, data={"csrf_token": token(client, "/")})
                assert response.status_code == 404, (method, url, response.status_code)
    for url in (f"/teacher/?article={2**63}", f"/teacher/?article={2**31}"):
        assert client.get(url).status_code == 200
    response = client.post("/teacher/sets/add", data={"set_id": str(2**63), "question": "q1", "csrf_token": token(client, "/")})
    assert response.status_code == 404


@both_databases
def test_deep_json_and_lone_surrogates_are_a_400(app, client):
    deep = "[" * 100_000 + "]" * 100_000
    assert client.post("/api/attempts", data=deep, content_type="application/json").status_code == 400
    nested: list = ["x"]
    for _ in range(40):
        nested = [nested]
    nested = {"question_id": "q1", "answer": "x", "more": nested}
    assert client.post("/api/attempts", json=nested).status_code == 400
    lone = '{"question_id": "q1", "answer": "\\ud800"}'
    response = client.post("/api/attempts", data=lone, content_type="application/json")
    assert response.status_code == 400 and response.get_json()["error"]
    assert count_answers(app) == 0


@pytest.mark.parametrize("target", ["/teacher/%0d%0aSet-Cookie:%20x=1", "/teacher/%0aLocation:%20//evil", "/%7fx"])
def test_control_characters_in_next_redirect_home(client, target):
    response = try_login(client, next_=target)
    assert response.status_code == 302 and response.headers["Location"] == "/teacher/"


@both_databases
def test_a_failed_teacher_edit_leaves_the_session_usable(app, client):
    login(client)
    url = "/teacher/questions/q1"
    bad = client.post(url, data={"type": "short", "prompt": "P\x00", "answer": "12%", "csrf_token": token(client, url)})
    assert bad.status_code == 400
    good = client.post(url, data={"type": "short", "prompt": "Fine now?", "answer": "12%", "csrf_token": token(client, url)})
    assert good.status_code == 302
    with app.extensions["bank"]() as session:
        assert session.get(QuestionRow, "q1").prompt == "Fine now?"


def test_teacher_pages_are_never_cached_and_student_pages_may_be(client):
    assert client.get("/auth/login").headers["Cache-Control"] == "no-store"
    assert "no-store" not in client.get("/").headers.get("Cache-Control", "")
    login(client)
    for url in ("/teacher/", "/teacher/sets", "/teacher/questions/q1", "/teacher/upload", "/"):
        assert client.get(url).headers["Cache-Control"] == "no-store", url


@pytest.mark.parametrize("bank_url", ["postgresql"], indirect=True)
def test_a_database_error_mid_request_is_rolled_back_before_the_error_page(app, client):
    from flask import g

    from quizgen.web.bank import db

    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.post("/teacher/boom")
    def boom():
        g.user.username  # loaded, as every teacher page loads it
        db().add(QuestionSet(name="x" * 300, token="boom"))  # too long for PostgreSQL
        db().flush()

    login(client)
    response = client.post("/teacher/boom", data={"csrf_token": token(client, "/teacher/")})
    assert response.status_code == 500 and "Log out teach" in response.get_data(as_text=True)
    assert logged_in(client)


@both_databases
def test_parallel_wrong_logins_each_count_and_lock_the_name(bank_url):
    from concurrent.futures import ThreadPoolExecutor

    from quizgen.bank import init_db

    factory = init_db(bank_url)
    create_teacher(factory, "teach", PASSWORD)
    def wrong(_):
        try:
            return accounts.authenticate(factory, "teach", "wrong one")
        except accounts.LockedOut:
            return "locked"

    with ThreadPoolExecutor(8) as pool:
        results = list(pool.map(wrong, range(3 * accounts.MAX_FAILURES)))
    assert set(results) == {None, "locked"}
    with pytest.raises(accounts.LockedOut):
        accounts.authenticate(factory, "teach", PASSWORD)
