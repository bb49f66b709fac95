"""The standing hostile-input suite: crafted requests over every route, on SQLite and PostgreSQL.

A fixed corpus (NUL bytes, oversized ids, control characters, markup, SQL, huge and odd numbers,
malformed and deep JSON) goes into every path argument, query parameter and form field of every
route and method, anonymously and as a teacher; then Hypothesis generates text for the inputs
anonymous users reach (answers, learner names, login, share tokens, search, the JSON API). The
target is 0 responses >= 500 and 0 errors logged. CSRF checks are off here so that the forms'
bodies reach the views (tests/test_api.py checks CSRF itself); the login limiter is off so that
the login form is exercised every time.
"""

from __future__ import annotations

import json
import logging
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from quizgen.bank import create_teacher, store, transaction
from quizgen.bank.models import Attempt
from quizgen.web import create_app
from bank_samples import DOC, FACTS, QUESTIONS

CORPUS = [
    "", "\x00", "a\x00b", "-1", "1", str(2**31), str(2**63), "9" * 40, "1e309", "nan",
    "'; DROP TABLE questions; --", "%_\\", "../../../etc/passwd", "<script>alert(1)</script>",
    "\r\nSet-Cookie: x=1", "//evil.example/", "\u202e\u200b\ufeff", "😀" * 50, "\uffff\ufffe", "x" * 5000, "q1",
]
FIELDS = [
    "q", "type", "kind", "article", "tag", "min_difficulty", "max_difficulty", "min_score", "conflict", "status",
    "review", "sort", "page", "next", "start", "end", "n", "name", "question", "action", "set_id", "prompt",
    "answer", "choices", "accepted", "explanation", "disabled", "username", "password", "current", "new", "confirm",
    "response", "back", "match-0", "match-1", "draw_count", "time_limit_minutes", "attempts_allowed",
    "opens_at", "closes_at", "shuffle", "decision", "pairs",
]
JSON_BODIES = [
    "[" * 50_000 + "]" * 50_000, '{"question_id": "q1", "answer": "\\ud800"}', '{"question_id": "q1\\u0000", "answer": "1"}',
    '{"question_id": "q1", "answer": 1e999}', '{"question_id": "q1", "answer": true}', '{"question_id": ["q1"], "answer": "x"}',
    '{"question_id": "q1", "answer": {"a": 1}}', "{", "", "null", '"just a string"', '{"question_id": "q1", "answer": "12%"}',
]
METHODS = ("GET", "POST")


class Errors(logging.Handler):
    """Collects every ERROR logged while the suite runs (an unhandled error is logged with its traceback)."""

    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def hostile_app(request, tmp_path_factory):
    if request.param == "sqlite":
        url, drop = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'bank.sqlite'}", None
    else:
        server = request.getfixturevalue("postgres_url")
        name = f"hostile{time.time_ns()}"
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f"CREATE DATABASE {name}"))
        url, drop = server.rsplit("/", 1)[0] + "/" + name, name
    app = create_app({"TESTING": True, "SECRET_KEY": "hostile", "DATABASE_URL": url,
                      "WTF_CSRF_ENABLED": False, "RATELIMIT_ENABLED": False})
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, QUESTIONS, "trade")
        session.add(Attempt(set_id=1, learner="browser:x", question_ids=["q1", "q2"]))
    create_teacher(app.extensions["bank"], "teach", "correct horse")
    errors = Errors()
    logging.getLogger().addHandler(errors)
    app.errors = errors
    yield app
    logging.getLogger().removeHandler(errors)
    app.extensions["bank"].kw["bind"].dispose()
    if drop:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE {drop} WITH (FORCE)"))
        admin.dispose()


def clients(app):
    """An anonymous client and a teacher's (logged in), each with the seeded attempt as its own."""
    anonymous, teacher = app.test_client(), app.test_client()
    teacher.post("/auth/login", data={"username": "teach", "password": "correct horse"})
    for client in (anonymous, teacher):
        with client.session_transaction() as session:
            session["attempts"] = [1]
    return anonymous, teacher


def urls(app, value: str) -> list[tuple[str, str]]:
    """(method, path) of every route with ``value`` in each argument (an int argument gets 1 unless
    ``value`` is an integer)."""
    from urllib.parse import quote

    result = []
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = rule.rule
        for name, converter in rule._converters.items():
            is_int = type(converter).__name__ == "IdConverter"
            arg = value if not is_int else (value if value.lstrip("-").isdigit() else "1")
            path = path.replace(f"<{'int:' if is_int else ''}{name}>", quote(arg, safe="") or "x")
        result.extend((method, path) for method in METHODS if method in rule.methods)
    return result


@pytest.fixture(autouse=True)
def fresh_error_log(request):
    """Each test starts with an empty error log."""
    if "hostile_app" in request.fixturenames:
        request.getfixturevalue("hostile_app").errors.records.clear()


def check(app, response, what):
    assert response.status_code < 500, (what, response.status_code)
    assert not app.errors.records, (what, app.errors.records[0].getMessage(), app.errors.records[0].exc_text)


def test_the_fixed_corpus_over_every_route_gets_no_500_and_logs_no_error(hostile_app):
    app = hostile_app
    requests = 0
    anonymous, teacher = clients(app)
    for client in (anonymous, teacher):
        for value in CORPUS:
            for method, path in urls(app, value):
                if client is teacher and path == "/auth/login":
                    continue  # each try costs a password hash: the anonymous client covers it
                fields = {name: value for name in FIELDS}
                response = client.open(path, method=method, query_string=fields,
                                       data=fields if method == "POST" else None)
                requests += 1
                check(app, response, (method, path, value[:40]))
    assert requests > 1000


def test_crafted_json_gets_a_4xx_and_logs_no_error(hostile_app):
    app = hostile_app
    for client in clients(app):
        for body in JSON_BODIES:
            for method, path in urls(app, "1"):
                if method == "POST":
                    response = client.open(path, method=method, data=body, content_type="application/json")
                    check(app, response, (path, body[:40]))


texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
anything = st.text(max_size=300)  # lone surrogates too (they reach the app only through JSON escapes)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=texts, name=texts, username=texts, token=texts, search=texts)
def test_generated_text_in_what_anonymous_users_send(hostile_app, answer, name, username, token, search):
    app = hostile_app
    client = app.test_client()
    with client.session_transaction() as session:
        session["attempts"] = [1]
    check(app, client.post("/attempts/1/1", data={"response": answer}), ("answer", answer))
    check(app, client.post("/learner", data={"name": name, "back": name}), ("learner", name))
    check(app, client.post("/auth/login", query_string={"next": search},
                           data={"username": username, "password": answer}), ("login", username))
    from urllib.parse import quote

    check(app, client.get("/s/" + (quote(token, safe="") or "x")), ("token", token))
    check(app, client.get("/teacher/", query_string={"q": search}), ("search", search))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | anything,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(anything, inner, max_size=4), max_leaves=20),
    question_id=anything, answer=anything | st.integers() | st.floats())
def test_generated_json_for_the_api(hostile_app, payload, question_id, answer):
    app = hostile_app
    client = app.test_client()
    for body in (payload, {"question_id": question_id, "answer": answer}, {"question_id": "q1", "answer": answer}):
        data = json.dumps(body)
        check(app, client.post("/api/attempts", data=data, content_type="application/json"), data[:80])
