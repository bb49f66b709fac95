"""Teachers' work on the bank through the app: review, the bank browser, forms, sets, quiz
settings, when answers are shown, the gradebook and statistics (gradebook, settings and answers on
SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from quizgen.bank import store, transaction
from quizgen.bank.models import Attempt, QuestionRow, QuestionSet, utcnow
from quizgen.questions.model import Question
from bank_samples import DOC, FACTS, QUESTIONS, both_databases, login, question, start_api_attempt, token

QUALITY = {"score": 0.31, "failed": ["self_contained"], "marginal": ["parses"]}


def flagged(q: Question) -> Question:
    """``q`` as the quality stage hands over a question under its confidence line."""
    return replace(q, review=True, quality=QUALITY)


@pytest.fixture
def teacher(app):
    client = app.test_client()
    login(client)
    return client


def post(client, url, data, page="/teacher/"):
    return client.post(url, data={**data, "csrf_token": token(client, page)})


def row(app, qid) -> QuestionRow:
    with app.extensions["bank"]() as session:
        return session.get(QuestionRow, qid)


# Review


def test_flagged_questions_wait_for_review_and_one_click_decides(app, teacher):
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, [QUESTIONS[0], flagged(QUESTIONS[1])], "trade")
    assert (row(app, "q2").review, row(app, "q2").quality) == ("pending", QUALITY)
    student = app.test_client()
    assert [q["id"] for q in student.get("/api/sets/1").get_json()["questions"]] == ["q1"]
    queue = teacher.get("/teacher/?status=review").get_data(as_text=True)
    assert "How low did imports fall?" in queue and "By how much" not in queue and "self_contained" in queue
    assert "1 question needs review" in teacher.get("/teacher/").get_data(as_text=True)
    post(teacher, "/teacher/questions/q2/review", {"decision": "approve"})
    assert [q["id"] for q in student.get("/api/sets/1").get_json()["questions"]] == ["q1", "q2"]
    with transaction(app.extensions["bank"]) as session:  # a re-ingest keeps the teacher's decision
        store(session, [DOC], FACTS, [QUESTIONS[0], flagged(QUESTIONS[1])], "trade")
    assert row(app, "q2").review == "approved"
    post(teacher, "/teacher/questions/q1/review", {"decision": "reject"})
    assert [q["id"] for q in student.get("/api/sets/1").get_json()["questions"]] == ["q2"]


def test_an_upload_is_a_draft_set_titled_with_the_headline(app):
    with transaction(app.extensions["bank"]) as session:
        report = store(session, [DOC], FACTS, [QUESTIONS[0], flagged(QUESTIONS[1])], "Trade news", draft=True)
    with transaction(app.extensions["bank"]) as session:
        again = store(session, [DOC], FACTS, QUESTIONS, "Trade news", draft=True)
    with app.extensions["bank"]() as session:
        drafts = {s.name: s for s in session.scalars(select(QuestionSet).where(QuestionSet.published.is_(False)))}
    assert set(drafts) == {"Trade news", "Trade news (2)"}
    assert (report.in_set, report.needs_review, again.set_name) == (2, 1, "Trade news (2)")


# The bank browser


def test_the_bank_pages_sorts_and_counts_only_filters_that_narrow(app, teacher):
    many = [question(f"m{i:02d}", "12%", f"Question number {i:02d} about exports?") for i in range(60)]
    many = [replace(q, score=i / 100, tags=["type:short", "entity:GPE", "figure:percent"]) for i, q in enumerate(many)]
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, [*QUESTIONS, *many], "trade")
    first = teacher.get("/teacher/?sort=prompt").get_data(as_text=True)
    assert "62 questions, page 1 of 2" in first and first.count('name="question" value=') == 50
    assert first.index("Question number 00") < first.index("Question number 01")
    second = teacher.get("/teacher/?sort=prompt&page=2").get_data(as_text=True)
    assert second.count('name="question" value=') == 12 and "page 2 of 2" in second
    assert "Filters (" not in teacher.get("/teacher/?status=active&q=exports").get_data(as_text=True)
    assert "Filters (2 active" in teacher.get("/teacher/?status=all&type=short&tag=").get_data(as_text=True)
    assert "entity:GPE" not in first and "type:short" not in first and ">percent<" in first
    assert "Trade news" in first and "trade.txt" not in first


def test_bulk_actions_on_ticked_questions(app, teacher):
    with app.extensions["bank"]() as session:
        session.add(QuestionSet(name="week 2", token="tok-week2"))
        session.commit()
        week2 = session.scalar(select(QuestionSet.id).where(QuestionSet.name == "week 2"))
    post(teacher, "/teacher/questions/bulk", {"question": ["q1", "q2"], "action": "add", "set_id": week2})
    post(teacher, "/teacher/questions/bulk", {"question": ["q1"], "action": "remove", "set_id": week2})
    post(teacher, "/teacher/questions/bulk", {"question": ["q2"], "action": "disable"})
    with app.extensions["bank"]() as session:
        assert [i.question_id for i in session.get(QuestionSet, week2).items] == ["q2"]
        assert session.get(QuestionRow, "q2").disabled
    page = post(teacher, "/teacher/questions/bulk", {"action": "approve"})
    assert page.status_code == 302 and "Tick at least one" in teacher.get("/teacher/").get_data(as_text=True)


# Forms keep what was typed


def test_a_new_question_without_choices_keeps_what_was_typed_and_names_the_field(teacher):
    page = post(teacher, "/teacher/questions/new", {"type": "mcq", "prompt": "Which ministry spoke?",
                                                   "answer": "trade", "choices": ""}, "/teacher/questions/new")
    html = page.get_data(as_text=True)
    assert page.status_code == 400
    assert "Which ministry spoke?</textarea>" in html and 'value="trade"' in html
    assert re.search(r'id="choices"[^>]*aria-invalid="true"', html) and 'id="choices-error"' in html


def test_a_failed_edit_shows_the_changed_answer_not_the_stored_one(app, teacher):
    url = "/teacher/questions/q1"
    page = post(teacher, url, {"type": "short", "prompt": "", "answer": "thirteen percent"}, url)
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and 'value="thirteen percent"' in html and 'id="prompt-error"' in html
    assert row(app, "q1").answer == "12%"


# Building a set


def test_moves_return_to_the_item_and_a_removal_can_be_undone(app, teacher):
    moved = post(teacher, "/teacher/sets/1/item", {"question": "q2", "action": "up"}, "/teacher/sets/1")
    assert moved.headers["Location"].endswith("/teacher/sets/1#item-q2")
    post(teacher, "/teacher/sets/1/item", {"question": "q2", "action": "remove"}, "/teacher/sets/1")
    assert "Undo remove" in teacher.get("/teacher/sets/1").get_data(as_text=True)
    post(teacher, "/teacher/sets/1/undo", {}, "/teacher/sets/1")
    with app.extensions["bank"]() as session:
        assert [i.question_id for i in session.get(QuestionSet, 1).items] == ["q2", "q1"]


def test_rename_duplicate_and_delete_a_set(app, teacher):
    post(teacher, "/teacher/sets/1/settings", {"name": "Week 1 trade"}, "/teacher/sets/1")
    copy = post(teacher, "/teacher/sets/1/duplicate", {}, "/teacher/sets/1")
    refused = post(teacher, "/teacher/sets/1/delete", {"confirm": "wrong"}, "/teacher/sets/1")
    assert refused.status_code == 400 and 'id="confirm-error"' in refused.get_data(as_text=True)
    with app.extensions["bank"]() as session:
        session.add(Attempt(set_id=1, learner="name:ada", question_ids=["q1"]))
        session.commit()
    post(teacher, "/teacher/sets/1/delete", {"confirm": "Week 1 trade"}, "/teacher/sets/1")
    with app.extensions["bank"]() as session:
        names = {s.name: s for s in session.scalars(select(QuestionSet))}
        assert set(names) == {"Week 1 trade (copy)"} and not names["Week 1 trade (copy)"].published
        assert [i.question_id for i in names["Week 1 trade (copy)"].items] == ["q1", "q2"]
        assert session.scalar(select(Attempt.set_id)) is None
    assert copy.headers["Location"].endswith(f"/teacher/sets/{names['Week 1 trade (copy)'].id}")


def test_a_settings_error_keeps_every_typed_value_beside_its_field(teacher):
    page = post(teacher, "/teacher/sets/1/settings", {"name": "trade", "draw_count": "0", "time_limit_minutes": "45",
                                                      "closes_at": "yesterday"}, "/teacher/sets/1")
    html = page.get_data(as_text=True)
    assert page.status_code == 400 and 'id="draw_count-error"' in html and 'id="closes_at-error"' in html
    assert 'value="45"' in html and 'value="yesterday"' in html


# Quiz settings (SQLite and PostgreSQL)


def start(client, set_id=1):
    return client.post(f"/sets/{set_id}/start", data={"csrf_token": token(client, f"/sets/{set_id}")})


@both_databases
def test_quiz_settings_draw_limit_attempts_and_dates(app, teacher):
    post(teacher, "/teacher/sets/1/settings", {"name": "trade", "draw_count": "1", "attempts_allowed": "1"}, "/teacher/sets/1")
    student = app.test_client()
    first = start(student)
    assert first.status_code == 302
    with app.extensions["bank"]() as session:
        assert len(session.scalar(select(Attempt.question_ids))) == 1
    again = start(student)
    assert again.status_code == 403 and "used the 1 attempt" in again.get_data(as_text=True)
    assert start(app.test_client()).status_code == 302  # another student
    soon = (utcnow() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    post(teacher, "/teacher/sets/1/settings", {"name": "trade", "opens_at": soon}, "/teacher/sets/1")
    assert "This quiz opens on" in start(app.test_client()).get_data(as_text=True)
    past = (utcnow() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    post(teacher, "/teacher/sets/1/settings", {"name": "trade", "closes_at": past}, "/teacher/sets/1")
    closed = start(app.test_client())
    assert closed.status_code == 403 and "This quiz closed on" in closed.get_data(as_text=True)


@both_databases
def test_an_answer_after_the_time_limit_is_not_recorded(app, teacher):
    post(teacher, "/teacher/sets/1/settings", {"name": "trade", "time_limit_minutes": "10"}, "/teacher/sets/1")
    student = app.test_client()
    first = start(student).headers["Location"]
    with transaction(app.extensions["bank"]) as session:
        session.scalar(select(Attempt)).started_at = utcnow() - timedelta(minutes=11)
    late = student.post(first, data={"response": "12%", "csrf_token": token(student, first)})
    assert late.headers["Location"].endswith("/done")
    with app.extensions["bank"]() as session:
        assert session.scalar(select(Attempt)).answers == []


# Results (SQLite and PostgreSQL)


def take(app, name, responses, retry=False):
    """A student named ``name`` answers the set's questions in order (None: stops before it)."""
    student = app.test_client()
    student.post("/learner", data={"name": name, "back": "/", "csrf_token": token(student, "/sets/1")})
    first = start(student).headers["Location"]
    for n, response in enumerate(responses, 1):
        if response is None:
            break
        url = first[:-1] + str(n)
        student.post(url, data={"response": response, "csrf_token": token(student, url)})
    done = first.rsplit("/", 1)[0] + "/done"
    student.get(done)
    if retry:
        again = student.post(first.rsplit("/", 1)[0] + "/retry", data={"csrf_token": token(student, done)})
        total = int(re.search(r"Question 1 of (\d+)", student.get(again.headers["Location"]).get_data(as_text=True)).group(1))
        for n in range(1, total + 1):  # every missed one answered right
            url = again.headers["Location"][:-1] + str(n)
            qid = re.search(r'data-question="([^"]+)"', student.get(url).get_data(as_text=True)).group(1)
            student.post(url, data={"response": {"q1": "12%", "q2": "$3 billion"}[qid], "csrf_token": token(student, url)})
        student.get(again.headers["Location"].rsplit("/", 1)[0] + "/done")


@both_databases
def test_the_gradebook_lists_each_student_with_csv_and_common_wrong_answers(app, teacher):
    take(app, "Ada", ["12%", "$3 billion"])
    take(app, "=cmd|' /C calc'!A0", ["13%", "4 billion"], retry=True)
    take(app, "Cy", ["13 %", None])
    page = teacher.get("/teacher/sets/1/gradebook").get_data(as_text=True)
    assert "Ada" in page and "2 / 2 (100 %)" in page and "later try" in page and "1 of 2" in page
    assert re.search(r"13%\s*\(2\)", page)
    rows = list(csv.reader(io.StringIO(teacher.get("/teacher/sets/1/gradebook.csv").get_data(as_text=True))))
    assert rows[0][:3] == ["student", "counted", "started (UTC)"] and rows[0][-2:] == ["Q1", "Q2"]
    by_name = {r[0]: r for r in rows[1:] if r[1] == "yes"}
    assert by_name["Ada"][-2:] == ["1", "1"] and by_name["Cy"][-2:] == ["0", ""]
    assert "'=cmd|' /C calc'!A0" in by_name and len(rows) == 5


@both_databases
def test_statistics_count_first_finished_attempts_and_flag_a_small_sample(app, teacher):
    assert "No student has finished this set yet" in teacher.get("/teacher/sets/1/stats").get_data(as_text=True)
    take(app, "Ada", ["12%", None])  # stopped early: q2 unanswered is no mark
    take(app, "Bo", ["13%", "$3 billion"], retry=True)  # the retry (all right) is practice
    page = teacher.get("/teacher/sets/1/stats").get_data(as_text=True)
    assert "Based on 2 students" in page and "1 later try" in page and "Fewer than 10 students" in page
    facility = re.findall(r'<td class="num">(\d+) %</td>', page)
    assert facility == ["50", "100"]  # q1: Ada right, Bo wrong; q2: only Bo answered it, right
    assert "Score (%)" in page and "Students</text>" in page


def test_preview_and_a_printable_worksheet_with_its_answer_key(teacher):
    preview = teacher.get("/teacher/sets/1/preview").get_data(as_text=True)
    assert "By how much did exports rise in 2023?" in preview and "<details><summary>Answer</summary>" in preview
    sheet = teacher.get("/teacher/sets/1/worksheet").get_data(as_text=True)
    assert "Answer key: trade" in sheet and "<li>12%</li>" in sheet and "Name: ____" in sheet


def test_a_teacher_edits_matching_pairs(app, teacher):
    url = "/teacher/questions/new"
    bad = post(teacher, url, {"type": "matching", "prompt": "Match each one.", "pairs": "Ada = chair\nBo"}, url)
    assert bad.status_code == 400 and 'id="pairs-error"' in bad.get_data(as_text=True) and "Ada = chair\nBo" in bad.get_data(as_text=True)
    good = post(teacher, url, {"type": "matching", "prompt": "Match each one.", "pairs": "Ada = chair\nBo = treasurer"}, url)
    qid = good.headers["Location"].rsplit("/", 1)[1]
    saved = row(app, qid)
    assert saved.pairs == [["Ada", "chair"], ["Bo", "treasurer"]] and saved.answer == "Ada — chair; Bo — treasurer"
    from quizgen.questions.grading import grade

    assert grade(saved.to_question(), '[["Ada", "chair"], ["Bo", "treasurer"]]')


def test_first_finished_attempts_and_common_wrong_answers():
    from types import SimpleNamespace as Row

    from quizgen.bank.stats import common_wrong_answers, first_finished

    now = utcnow()
    answered = [Row(question_id="q1", correct=True)]
    attempts = [
        Row(id=3, learner="b", started_at=now + timedelta(minutes=3), finished_at=now, answers=answered),
        Row(id=1, learner="a", started_at=now, finished_at=None, answers=answered),  # not finished
        Row(id=2, learner="a", started_at=now + timedelta(minutes=1), finished_at=now, answers=answered),
        Row(id=4, learner="a", started_at=now + timedelta(minutes=2), finished_at=now, answers=answered),  # a retry
        Row(id=5, learner="c", started_at=now, finished_at=now, answers=[]),  # opened and left
    ]
    assert [a.id for a in first_finished(attempts)] == [2, 3]
    assert common_wrong_answers(["Paris", "paris ", "Lyon", "", "PARIS", "Nice", "Lyon"], top=2) == [("Paris", 3), ("Lyon", 2)]


# When answers are shown (SQLite and PostgreSQL)


def shows(teacher, mode: str) -> None:
    page = post(teacher, "/teacher/sets/1/settings", {"name": "trade", "show_answers": mode}, "/teacher/sets/1")
    assert page.status_code == 302


def answer_all(student, responses) -> tuple[list[str], str]:
    """Answer the set's questions in order: the page after each answer, and the results page."""
    first = start(student).headers["Location"]
    pages = []
    for n, response in enumerate(responses, 1):
        url = first[:-1] + str(n)
        student.post(url, data={"response": response, "csrf_token": token(student, url)})
        pages.append(student.get(url).get_data(as_text=True))
    return pages, student.get(first.rsplit("/", 1)[0] + "/done").get_data(as_text=True)


def test_the_settings_offer_when_answers_are_shown_in_plain_words(app, teacher):
    form = teacher.get("/teacher/sets/1").get_data(as_text=True)
    assert "After each question" in form and "When the student finishes" in form and "Never: only the score" in form
    assert re.search(r'value="each" checked', form)
    shows(teacher, "end")
    assert re.search(r'value="end" checked', teacher.get("/teacher/sets/1").get_data(as_text=True))
    bad = post(teacher, "/teacher/sets/1/settings", {"name": "trade", "show_answers": "always"}, "/teacher/sets/1")
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400 and 'id="show_answers-error"' in html and "Choose when students see" in html
    with app.extensions["bank"]() as session:
        assert session.get(QuestionSet, 1).show_answers == "end"


@both_databases
def test_answers_after_each_question_by_default(app):
    pages, results = answer_all(app.test_client(), ["40", "$3 billion"])
    assert "Not quite." in pages[0] and "12%" in pages[0] and '<mark class="answer">' in pages[0]
    assert "Right!" in pages[1] and "Correct answer" in results and "12%" in results


@both_databases
def test_answers_when_the_student_finishes(app, teacher):
    shows(teacher, "end")
    pages, results = answer_all(app.test_client(), ["40", "$3 billion"])
    for page in pages:
        assert "Answer saved." in page and "Not quite" not in page and "Right!" not in page
        assert "12%" not in page and "Correct answer" not in page and "<mark" not in page and "count me right" not in page
    assert "You scored <strong>1 / 2</strong>" in results and "(wrong)" in results and "(right)" in results
    assert "Correct answer" in results and "<strong>12%</strong>" in results and '<mark class="answer">' in results


@both_databases
def test_never_shows_answers_only_the_score_and_which_were_right(app, teacher):
    shows(teacher, "never")
    pages, results = answer_all(app.test_client(), ["40", "$3 billion"])
    assert all("Answer saved." in page and "12%" not in page and "<mark" not in page for page in pages)
    assert "You scored <strong>1 / 2</strong>" in results and "(wrong)" in results and "(right)" in results
    assert "12%" not in results and "Correct answer" not in results and "<mark" not in results
    assert "Where the article says it" not in results


@both_databases
def test_the_api_follows_when_answers_are_shown(app, teacher):
    student = app.test_client()
    replies = {}
    for mode in ("each", "end", "never"):
        shows(teacher, mode)
        attempt, auth = start_api_attempt(student)
        url = f"/api/attempts/{attempt['id']}/answers"
        replies[mode] = student.post(url, json={"question_id": "q1", "answer": "40"}, headers=auth).get_json()
        with transaction(app.extensions["bank"]) as session:
            session.get(Attempt, attempt["id"]).finished_at = utcnow()
        replies[mode + " finished"] = student.post(url, json={"question_id": "q1", "answer": "12%"}, headers=auth).get_json()
    assert replies["each"]["answer"] == "12%" and replies["each"]["correct"] is False
    assert replies["end"] == replies["never"] == {"saved": True}
    assert replies["end finished"]["answer"] == "12%" and replies["end finished"]["evidence"]
    assert replies["never finished"] == {"saved": True, "correct": False, "credit": 0.0}


@both_databases
def test_practice_and_the_teachers_preview_show_answers_whatever_the_setting(app, teacher):
    shows(teacher, "never")
    student = app.test_client()
    feedback = student.post("/practice/1/q1", data={"response": "40", "csrf_token": token(student, "/practice/1")})
    assert "12%" in student.get(feedback.headers["Location"]).get_data(as_text=True)
    preview = teacher.get("/teacher/sets/1/preview").get_data(as_text=True)
    assert "<details><summary>Answer</summary>" in preview and "12%" in preview
