"""The web app through Flask's test client: JSON API, quiz flow, teacher guard, CSRF and headers."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from quizgen.bank import store, transaction
from quizgen.bank.models import Answer, Article, QuestionRow, QuestionSet
from quizgen.bank.stats import item_stats, score_histogram
from bank_samples import DOC, FACTS, QUESTIONS, both_databases, count_answers, login, question, start_api_attempt, token

HOSTILE = "<script>alert('x')</script> Exports rose <img src=x onerror=alert(1)> 12% in 2023."


@both_databases
def test_api_lists_published_sets_and_their_questions_without_answers(client):
    sets = client.get("/api/sets").get_json()
    assert [(s["name"], s["question_count"]) for s in sets] == [("trade", 2)]
    assert sets[0]["articles"][0]["name"] == "trade.txt"
    detail = client.get(f"/api/sets/{sets[0]['id']}").get_json()
    assert [q["id"] for q in detail["questions"]] == ["q1", "q2"]
    text = client.get(f"/api/sets/{sets[0]['id']}").get_data(as_text=True)
    assert "answer" not in detail["questions"][0] and "accepted" not in text and "$3 billion" not in text


@both_databases
def test_api_attempt_grades_stores_and_returns_the_evidence(app, client):
    attempt, auth = start_api_attempt(client)
    assert [q["id"] for q in attempt["questions"]] == ["q1", "q2"] and "answer" not in attempt["questions"][0]
    url = f"/api/attempts/{attempt['id']}/answers"
    response = client.post(url, json={"question_id": "q1", "answer": "12 %"}, headers=auth)
    body = response.get_json()
    assert response.status_code == 200 and body["correct"] is True and body["credit"] == 1
    assert body["answer"] == "12%" and body["evidence"][0]["sentence"].startswith("Exports rose 12%")
    assert client.post(url, json={"question_id": "q2", "answer": "40%"}, headers=auth).get_json()["correct"] is False
    assert count_answers(app) == 2


@both_databases
def test_api_reveals_a_key_only_within_an_attempt_after_answering(app, client):
    # The old shape answered any published question without an attempt, revealing its key.
    harvest = client.post("/api/attempts", json={"question_id": "q2", "answer": "x"})
    assert harvest.status_code == 400 and "$3 billion" not in harvest.get_data(as_text=True)
    attempt, auth = start_api_attempt(client)
    assert "$3 billion" not in str(attempt)
    url = f"/api/attempts/{attempt['id']}/answers"
    other, other_auth = start_api_attempt(app.test_client())
    for headers in ({}, other_auth, {"Authorization": "Bearer 00000-00000-00000"}):
        refused = client.post(url, json={"question_id": "q2", "answer": "x"}, headers=headers)
        assert refused.status_code == 404 and "$3 billion" not in refused.get_data(as_text=True)
    assert count_answers(app) == 0
    assert client.post(url, json={"question_id": "q2", "answer": "x"}, headers=auth).get_json()["answer"] == "$3 billion"


@both_databases
def test_twenty_simultaneous_answers_store_one_and_every_reply_agrees(app):
    from concurrent.futures import ThreadPoolExecutor

    attempt, auth = start_api_attempt(app.test_client())
    url = f"/api/attempts/{attempt['id']}/answers"
    responses = ["12%" if i % 2 else "40%" for i in range(20)]

    def post(response: str):
        return app.test_client().post(url, json={"question_id": "q1", "answer": response}, headers=auth).get_json()

    with ThreadPoolExecutor(max_workers=20) as pool:
        replies = list(pool.map(post, responses))
    with app.extensions["bank"]() as session:
        stored = session.scalars(select(Answer).where(Answer.question_id == "q1")).all()
    assert len(stored) == 1
    assert {r["correct"] for r in replies} == {stored[0].correct}


@both_databases
def test_the_database_refuses_a_second_answer_to_one_question_of_an_attempt(app):
    from sqlalchemy.exc import IntegrityError

    from quizgen.bank.models import Attempt

    with transaction(app.extensions["bank"]) as session:
        attempt = Attempt(set_id=1, learner="learner:1", question_ids=["q1"])
        session.add(attempt)
        session.flush()
        attempt_id = attempt.id
        session.add(Answer(attempt_id=attempt_id, question_id="q1", response="12", correct=True))
    with pytest.raises(IntegrityError):
        with transaction(app.extensions["bank"]) as session:
            session.add(Answer(attempt_id=attempt_id, question_id="q1", response="40", correct=False))


def test_grading_a_range_answer_does_not_raise(app, client):
    attempt, auth = start_api_attempt(client)
    response = client.post(f"/api/attempts/{attempt['id']}/answers", json={"question_id": "q2", "answer": "$2-4 billion"},
                           headers=auth)
    assert response.status_code == 200 and response.get_json()["correct"] is False


@both_databases
def test_quiz_end_to_end_with_feedback_review_and_missed_practice(client):
    start = client.post("/sets/1/start", data={"csrf_token": token(client, "/sets/1")})
    first = start.headers["Location"]
    page = client.get(first).get_data(as_text=True)
    assert "Question 1 of 2" in page and "By how much did exports rise" in page
    client.post(first, data={"response": "12", "csrf_token": token(client, first)})
    feedback = client.get(first).get_data(as_text=True)
    assert "Right!" in feedback and '<mark class="answer">12%</mark>' in feedback
    assert "/articles/1?start=" in feedback
    second = first[:-1] + "2"
    client.post(second, data={"response": "5 billion", "csrf_token": token(client, second)})
    assert "Not quite." in client.get(second).get_data(as_text=True)
    done_url = first.rsplit("/", 1)[0] + "/done"
    done = client.get(done_url).get_data(as_text=True)
    assert "1 / 2" in done and "Practice the 1 missed one" in done
    retry = client.post(first.rsplit("/", 1)[0] + "/retry", data={"csrf_token": token(client, done_url)})
    assert "Question 1 of 1" in client.get(retry.headers["Location"]).get_data(as_text=True)


def test_attempts_belong_to_their_browser(app, client):
    first = client.post("/sets/1/start", data={"csrf_token": token(client, "/sets/1")}).headers["Location"]
    assert app.test_client().get(first).status_code == 404


def test_forms_without_a_csrf_token_are_refused(app, client):
    assert client.post("/sets/1/start").status_code == 400
    assert client.post("/auth/login", data={"username": "teach", "password": "correct horse"}).status_code == 400
    assert count_answers(app) == 0


def test_teacher_pages_send_anonymous_users_to_login(client):
    for url in ("/teacher/", "/teacher/sets", "/teacher/questions/q1", "/teacher/upload"):
        response = client.get(url)
        assert response.status_code == 302 and response.headers["Location"].startswith("/auth/login?next=")


def test_passwords_are_hashed_and_wrong_ones_refused(app, client):
    from quizgen.bank.models import User

    with app.extensions["bank"]() as session:
        assert "correct horse" not in session.scalar(select(User)).password_hash
    response = client.post("/auth/login", data={"username": "teach", "password": "nope",
                                                 "csrf_token": token(client, "/auth/login")})
    assert response.status_code == 200 and "Wrong username or password" in response.get_data(as_text=True)


@both_databases
@pytest.mark.nlp
def test_a_teacher_edit_is_what_students_see_and_reingest_keeps_it(app, client):
    login(client)
    url = "/teacher/questions/q1"
    client.post(url, data={"type": "short", "prompt": "How much did exports grow in 2023?", "answer": "12%",
                           "accepted": "twelve percent", "choices": "", "explanation": "Said by the ministry.",
                           "csrf_token": token(client, url)})
    assert client.get("/api/sets/1").get_json()["questions"][0]["prompt"] == "How much did exports grow in 2023?"
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, [question("q1", "12%", "Regenerated?"), QUESTIONS[1]], "trade")
    assert client.get("/api/sets/1").get_json()["questions"][0]["prompt"] == "How much did exports grow in 2023?"


@both_databases
def test_teacher_builds_publishes_and_shares_a_set(app, client):
    login(client)
    client.post("/teacher/sets", data={"name": "week 1", "csrf_token": token(client, "/teacher/sets")})
    with app.extensions["bank"]() as session:
        set_id = session.scalar(select(QuestionSet.id).where(QuestionSet.name == "week 1"))
    page = f"/teacher/sets/{set_id}"
    client.post(f"{page}/draw", data={"n": "1", "type": "short", "csrf_token": token(client, page)})
    client.post("/teacher/sets/add", data={"set_id": set_id, "question": ["q1", "q2"], "csrf_token": token(client, page)})
    client.post(f"{page}/item", data={"question": "q2", "action": "up", "csrf_token": token(client, page)})
    with app.extensions["bank"]() as session:
        assert [i.question_id for i in session.get(QuestionSet, set_id).items] == ["q2", "q1"]
    share = re.search(r'class="share" href="([^"]+)"', client.get(page).get_data(as_text=True)).group(1)
    student = app.test_client()
    assert student.get(f"/sets/{set_id}").status_code == 404
    assert student.get(share.replace("http://localhost", ""), follow_redirects=True).status_code == 200
    client.post(f"{page}/settings", data={"action": "publish", "csrf_token": token(client, page)})
    assert "week 1" in [s["name"] for s in student.get("/api/sets").get_json()]
    assert client.get(f"{page}/stats").status_code == 200


def test_article_text_is_escaped_and_headers_forbid_inline_script(app, client):
    with transaction(app.extensions["bank"]) as session:
        session.add(Article(name="hostile.txt", title="<b>x</b>", text=HOSTILE, boilerplate=[], sha256="0"))
    with app.extensions["bank"]() as session:
        article_id = session.scalar(select(Article.id).where(Article.name == "hostile.txt"))
    login(client)  # no set cites it: only a teacher reads it
    response = client.get(f"/articles/{article_id}")
    page = response.get_data(as_text=True)
    assert "<script>alert" not in page and "<img src=x" not in page and "&lt;script&gt;" in page
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_articles_of_unpublished_sets_are_not_readable_by_students(app, client):
    assert client.get("/articles/1").status_code == 200
    with transaction(app.extensions["bank"]) as session:
        qset = session.scalar(select(QuestionSet))
        qset.published, share = False, qset.token
    assert client.get("/articles/1").status_code == 404
    assert client.get("/articles/2").status_code == 404
    client.get(f"/s/{share}")  # the share link opens the set and its articles to this browser
    assert client.get("/articles/1").status_code == 200
    teacher = app.test_client()
    login(teacher)
    assert teacher.get("/articles/1").status_code == 200


def test_session_cookie_flags(app, client):
    client.post("/sets/1/start", data={"csrf_token": token(client, "/sets/1")})
    cookie = client.get_cookie("session")
    assert cookie.secure and cookie.http_only and cookie.same_site == "Lax"


def test_friendly_errors_without_tracebacks(app, client):
    app.config["PROPAGATE_EXCEPTIONS"] = False

    @app.get("/boom")
    def boom():
        raise RuntimeError("secret detail")

    assert "There is nothing at this address" in client.get("/nowhere").get_data(as_text=True)
    response = client.get("/boom")
    assert response.status_code == 500 and "secret detail" not in response.get_data(as_text=True)
    assert "Traceback" not in response.get_data(as_text=True)


def test_upload_refuses_other_types_and_large_files(app, client):
    import io

    login(client)
    app.config["MAX_CONTENT_LENGTH"] = 10_000
    bad = client.post("/teacher/upload", data={"article": (io.BytesIO(b"MZ\x00"), "virus.exe"),
                                               "csrf_token": token(client, "/teacher/upload")})
    assert "Upload a .txt, .md or .html article" in bad.get_data(as_text=True)
    big = client.post("/teacher/upload", data={"article": (io.BytesIO(b"a" * 20_000), "big.txt"),
                                               "csrf_token": token(client, "/teacher/upload")})
    assert big.status_code == 413


def test_item_statistics_as_moodle_computes_them():
    attempts = [{"a": True, "b": True, "c": True}, {"a": True, "b": False, "c": False},
                {"a": False, "b": False, "c": True}, {"a": True, "b": True}]
    a, b, c = item_stats(["a", "b", "c"], attempts)
    assert (a.attempts, a.facility) == (4, 0.75) and c.attempts == 3
    # b's marks 1,0,0,1 against the rest 2,1,1,1: r = 0.577…
    assert round(b.discrimination, 1) == 57.7
    assert item_stats(["a"], [{"a": True}])[0].discrimination is None
    assert score_histogram([0.0, 0.55, 1.0, 1.0]) == [1, 0, 0, 0, 0, 1, 0, 0, 0, 2]


def test_api_responses_match_the_openapi_document(client):
    from pathlib import Path

    import jsonschema
    import yaml

    spec = yaml.safe_load((Path(__file__).resolve().parent.parent / "quizgen" / "web" / "openapi.yaml").read_text())

    def check(instance, name):
        jsonschema.validate(instance, {"components": spec["components"], "$ref": f"#/components/schemas/{name}"})

    assert set(spec["paths"]) == {"/api/sets", "/api/sets/{id}", "/api/attempts", "/api/attempts/{id}/answers"}
    check(client.get("/api/sets").get_json()[0], "SetSummary")
    check(client.get("/api/sets/1").get_json(), "Set")
    check(client.post("/api/attempts", json={}).get_json(), "Error")
    attempt, auth = start_api_attempt(client)
    check(attempt, "Attempt")
    check(client.post(f"/api/attempts/{attempt['id']}/answers", json={"question_id": "q1", "answer": "12"},
                      headers=auth).get_json(), "Result")


@both_databases
def test_teacher_writes_a_question_and_reads_item_statistics(app, client):
    for responses in (("12", "3 billion dollars"), ("12", "1"), ("40", "1")):
        student = app.test_client()
        first = student.post("/sets/1/start", data={"csrf_token": token(student, "/sets/1")}).headers["Location"]
        for n, response in enumerate(responses, 1):
            url = first[:-1] + str(n)
            student.post(url, data={"response": response, "csrf_token": token(student, url)})
        student.get(first.rsplit("/", 1)[0] + "/done")
    login(client)
    stats = client.get("/teacher/sets/1/stats").get_data(as_text=True)
    assert "Based on 3 students" in stats and "67 %" in stats and "33 %" in stats
    assert stats.count("<script") == stats.count("<script src=") and "<svg" in stats
    client.post("/teacher/questions/new", data={
        "type": "mcq", "prompt": "Which ministry spoke?", "answer": "trade", "choices": "trade\nfinance\ndefence",
        "csrf_token": token(client, "/teacher/questions/new")})
    with app.extensions["bank"]() as session:
        row = session.scalar(select(QuestionRow).where(QuestionRow.origin == "teacher"))
        assert (row.answer, row.choices, row.edited_by_teacher) == ("trade", ["trade", "finance", "defence"], True)
    bank = client.get("/teacher/?q=ministry&status=active").get_data(as_text=True)
    assert "Which ministry spoke?" in bank and "How low did imports fall?" not in bank


@pytest.mark.nlp
def test_an_uploaded_article_is_ingested_in_the_background_with_progress(app, client):
    import io
    import time

    from test_bank_cli import ARTICLE

    login(client)
    response = client.post("/teacher/upload", data={
        "article": (io.BytesIO(ARTICLE.encode()), "chile.txt", "text/plain"),
        "csrf_token": token(client, "/teacher/upload")})
    job_page = response.headers["Location"]
    assert job_page.startswith("/teacher/jobs/")
    for _ in range(120):
        page = client.get(job_page).get_data(as_text=True)
        if "Review and publish" in page or "No questions were made" in page:
            break
        assert 'http-equiv="refresh"' in page and "<progress" in page
        time.sleep(0.5)
    with app.extensions["bank"]() as session:
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == "Chile and Peru sign a trade deal"))
        assert len(qset.items) >= 1 and not qset.published
    assert f"holds {len(qset.items)} question" in page and "draft" in page


@pytest.mark.parametrize("target", ["//evil.example/x", "/\\evil.example", "https://evil.example/", "javascript:alert(1)"])
def test_login_never_redirects_to_another_site(client, target):
    response = client.post(f"/auth/login?next={target}", data={
        "username": "teach", "password": "correct horse", "csrf_token": token(client, "/auth/login")})
    assert response.headers["Location"] == "/teacher/"


def test_evidence_highlights_the_answer_even_when_it_is_named_outside_the_sentence(app):
    from quizgen.web.bank import evidence_views

    named = question("q7", "ministry", "Who said exports rose?")
    named.evidence[0] = named.evidence[0].__class__(DOC.name, named.evidence[0].span, "Imports fell to $3 billion.")
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, [*QUESTIONS, named], "trade")
    with app.test_request_context():
        with app.extensions["bank"]() as session:
            inside, outside = (evidence_views(session.get(QuestionRow, qid))[0] for qid in ("q1", "q7"))
    assert (inside.sentence, inside.before, inside.answer) == (None, "Exports rose ", "12%")
    assert outside.sentence == "Imports fell to $3 billion."
    assert (outside.before, outside.answer, outside.after) == ("Exports rose 12% in 2023, the ", "ministry", " said.")
