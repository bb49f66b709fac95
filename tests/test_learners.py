"""Students through Flask's test client: who they are, quiz length and results, locking, feedback,
matching, practice."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from quizgen.bank import store, transaction
from quizgen.bank.store import set_items
from quizgen.bank.models import Answer, Attempt, QuestionArticle, QuestionRow, QuestionSet, ReviewCard
from quizgen.ingest.read import document_from_text
from quizgen.questions.model import Question
from bank_samples import DOC, FACTS, both_databases, question, token

SETS = "/sets/1"


def start(client, set_id: int = 1, **form) -> str:
    """Start a quiz; the URL of its first question."""
    response = client.post(f"/sets/{set_id}/start", data={"csrf_token": token(client, f"/sets/{set_id}"), **form})
    assert response.status_code == 302, response.status_code
    return response.headers["Location"]


def answer(client, url: str, **form) -> None:
    assert client.post(url, data={"csrf_token": token(client, url), **form}).status_code == 302


def page(client, url: str) -> str:
    return client.get(url).get_data(as_text=True)


def practise(client, set_id: int = 1) -> tuple[str, str]:
    """The practice page and the id of the question it asks."""
    text = page(client, f"/practice/{set_id}")
    return text, re.search(rf'action="/practice/{set_id}/(\w+)"', text).group(1)


def rate(client, qid: str, response: str, rating: str = "3", set_id: int = 1) -> str:
    """Answer a practice question, then rate it: the feedback page."""
    posted = client.post(f"/practice/{set_id}/{qid}", data={"response": response,
                                                             "csrf_token": token(client, f"/practice/{set_id}")})
    feedback_url = posted.headers["Location"]
    feedback = page(client, feedback_url)
    client.post(feedback_url + "/rate", data={"rating": rating, "csrf_token": token(client, feedback_url)})
    return feedback


ANSWERS = {"q1": "12%", "q2": "$3 billion"}


def learner_code(client) -> str:
    return client.get_cookie("quizgen_learner").value


# Who a learner is


@both_databases
def test_practice_progress_belongs_to_a_secret_not_to_a_typed_name(app, client):
    client.post("/learner", data={"name": "Ada", "back": "/practice/1", "csrf_token": token(client, "/practice/1")})
    _, first = practise(client)
    rate(client, first, ANSWERS[first])
    impostor = app.test_client()
    impostor.post("/learner", data={"name": "Ada", "back": "/practice/1", "csrf_token": token(impostor, "/practice/1")})
    text, asked = practise(impostor)
    assert "0 learning" in text and "2 new" in text and asked == first
    with app.extensions["bank"]() as session:
        assert all(not card.learner.startswith("name:") for card in session.scalars(select(ReviewCard)))


@both_databases
def test_a_resume_code_shown_once_carries_progress_to_another_browser(app, client):
    _, first = practise(client)
    feedback = rate(client, first, ANSWERS[first])
    code = learner_code(client)
    shown = page(client, "/")
    assert "Right!" in feedback and "resume code" not in shown.lower().split("</nav>")[1].split("<h1")[0]
    other = app.test_client()
    url = start(other)  # anonymous work in the other browser comes along
    answer(other, url, response="12")
    resumed = other.post("/resume", data={"code": code.lower().replace("-", " "), "csrf_token": token(other, "/resume")})
    assert resumed.status_code == 302 and learner_code(other) == code
    text, asked = practise(other)
    assert "1 learning" in text and "1 new" in text and asked != first
    assert page(client, url).count("Right!") == 1  # the other browser's attempt now opens in the first one too
    wrong = other.post("/resume", data={"code": "0000-0000-0000", "csrf_token": token(other, "/resume")})
    assert "does not match" in wrong.get_data(as_text=True)


def test_the_resume_code_is_shown_exactly_once(client):
    url = start(client)
    first, second = page(client, url), page(client, url)
    code = learner_code(client)
    assert code in first and "/resume?code=" in first and code not in second
    cookie = client.get_cookie("quizgen_learner")
    assert cookie.http_only and cookie.secure and cookie.same_site == "Lax" and cookie.expires is not None


def test_naming_a_learner_keeps_their_anonymous_progress(client):
    _, first = practise(client)
    rate(client, first, ANSWERS[first])
    url = start(client)
    answer(client, url, response="12")
    client.post("/learner", data={"name": "Grace", "back": "/practice/1", "csrf_token": token(client, "/practice/1")})
    text, _ = practise(client)
    assert "1 learning" in text and "1 new" in text and "as Grace" in text
    assert "Right!" in page(client, url)


def test_an_attempt_reopens_after_the_browser_session_ends(app, client):
    url = start(client)
    answer(client, url, response="12")
    done = url.rsplit("/", 1)[0] + "/done"
    client.delete_cookie("session")  # the browser closed: only the persistent learner cookie is left
    assert client.get(done).status_code == 200
    stranger = app.test_client()
    assert stranger.get(done).status_code == 404


def test_a_class_joins_an_unpublished_set_by_the_teachers_code(app, client):
    with transaction(app.extensions["bank"]) as session:
        qset = session.scalar(select(QuestionSet))
        qset.published, code = False, qset.token
    assert client.get(SETS).status_code == 404
    bad = client.post("/join", data={"code": "nope", "csrf_token": token(client, "/")}, follow_redirects=True)
    assert "No class has that code" in bad.get_data(as_text=True)
    joined = client.post("/join", data={"code": f"http://localhost/s/{code}", "csrf_token": token(client, "/")})
    assert joined.headers["Location"] == SETS
    client.delete_cookie("session")
    assert client.get(SETS).status_code == 200 and "Your classes" in page(client, "/")


# Quiz length, "I don't know", results, locking


@pytest.fixture
def big(app):
    """A published set of 25 questions (id 2), as a teacher picked them (an ingest's own set keeps fewer)."""
    questions = [question(f"x{i:02}", "12%", prompt=f"Question number {i}?") for i in range(25)]
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, questions, "big")
        qset = session.scalar(select(QuestionSet).where(QuestionSet.name == "big"))
        set_items(qset, [q.id for q in questions])
        session.flush()
        return qset.id


def _attempt(app, url: str) -> Attempt:
    with app.extensions["bank"]() as session:
        return session.get(Attempt, int(url.split("/")[2]))


def test_a_quiz_of_10_or_20_is_a_random_draw_per_student_in_set_order(app, client, big):
    text = page(client, f"/sets/{big}")
    assert 'value="10"' in text and 'value="20"' in text and "All 25" in text
    draws = [_attempt(app, start(client, big, length=n)).question_ids for n in ("10", "10", "10", "20")]
    assert [len(d) for d in draws] == [10, 10, 10, 20]
    assert all(d == sorted(d) for d in draws) and len({tuple(d) for d in draws}) > 1
    assert len(_attempt(app, start(client, big, length="all")).question_ids) == 25
    assert 'name="length"' not in page(client, SETS)  # two questions: nothing to choose


def test_results_list_wrong_answers_first_and_unanswered_apart_and_lock_the_attempt(app, client, big):
    url = start(client, big, length="10")
    base = url.rsplit("/", 1)[0]
    answer(client, base + "/1", response="12%")
    answer(client, base + "/2", dont_know="1")
    answer(client, base + "/3", response="40%")
    assert "Here is the answer." in page(client, base + "/2")
    results = page(client, base + "/done")
    assert "2 / 3" not in results and "1 / 3" in results and "You answered 3 of the 10 questions" in results
    review = results.split('<ol class="review">')[1].split("</ol>")[0]
    assert [int(n) for n in re.findall(r"</span> (\d+)\. ", review)] == [2, 3, 1]
    assert "I don&#39;t know" in review and "Not answered (7)" in results
    assert "Practice the 2 missed ones" in results and "Answer the 7 you did not reach" in results
    # Locked: answering more after the results were shown changes nothing.
    locked = client.post(base + "/4", data={"response": "12%", "csrf_token": token(client, base + "/4")})
    assert locked.headers["Location"] == base + "/done"
    assert "1 / 3" in page(client, base + "/done")
    with app.extensions["bank"]() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 3
    retry = client.post(base + "/retry", data={"which": "unanswered", "csrf_token": token(client, base + "/done")})
    assert "Question 1 of 7" in page(client, retry.headers["Location"])


def test_count_me_right_is_recorded_for_the_teacher(app, client):
    url = start(client)
    answer(client, url, response="eleven")
    assert "count me right" in page(client, url)
    client.post(url + "/count-right", data={"csrf_token": token(client, url)})
    assert "Counted as right." in page(client, url)
    with app.extensions["bank"]() as session:
        stored = session.scalar(select(Answer))
        assert (stored.correct, stored.counted_right, stored.response) == (True, True, "eleven")


# Feedback


def test_feedback_shows_one_evidence_sentence_titled_by_the_article_without_markdown_escapes(app, client):
    text = "Trade review\nImports fell to US\\$3 billion, the *ministry* said.\n"
    doc = document_from_text("000_d0f4e2.md", text)
    start_at = text.index("US\\$3 billion")
    from quizgen.extract.model import Evidence

    sentence = text.splitlines()[1]
    evidence = Evidence(doc.name, (start_at, start_at + len("US\\$3 billion")), sentence)
    row = Question(id="md1", type="tf", prompt="True or false: imports fell to $3 billion.", answer="True",
                   choices=["True", "False"], evidence=[evidence, evidence, evidence], fact_ids=["f-md1"],
                   explanation=f"The ministry is quoted in article {doc.name}. It said more.")
    with transaction(app.extensions["bank"]) as session:
        store(session, [doc], [], [row], "markdown")
        set_id = session.scalar(select(QuestionSet.id).where(QuestionSet.name == "markdown"))
    url = start(client, set_id)
    answer(client, url, response="True")
    feedback = page(client, url)
    assert feedback.count('<figure class="evidence">') == 1
    assert "US$3 billion" in feedback and "US\\$" not in feedback and "*ministry*" not in feedback
    assert "000_d0f4e2" not in feedback and "From “Trade review”" in feedback
    assert '<p class="explanation">The ministry is quoted in “Trade review”.</p>' in feedback
    assert 'id="verdict" tabindex="-1" autofocus' in feedback


def test_an_explanation_repeating_the_evidence_is_left_out(app, client):
    with transaction(app.extensions["bank"]) as session:
        row = session.get(QuestionRow, "q1")
        row.explanation = "“Trade news” says: “Exports rose 12% in 2023, the ministry said.”."
    url = start(client)
    answer(client, url, response="12")
    assert '<p class="explanation">' not in page(client, url)


def test_teacher_written_multiple_choice_is_shuffled_per_attempt(app, client):
    choices = [f"option {c}" for c in "abcdefgh"]
    with transaction(app.extensions["bank"]) as session:
        session.add(QuestionRow(id="t1", type="mcq", prompt="Which?", answer="option a", choices=choices,
                                origin="teacher", edited_by_teacher=True))
        qset = QuestionSet(name="teacher", token="tok-teacher", published=True)
        session.add(qset)
        session.flush()
        from quizgen.bank.store import set_items

        set_items(qset, ["t1"])
        set_id = qset.id
    orders = set()
    for _ in range(4):
        text = page(client, start(client, set_id))
        orders.add(tuple(re.findall(r'name="response" value="([^"]+)"', text)))
    assert all(sorted(o) == choices for o in orders) and len(orders) > 1


# Matching


@pytest.fixture
def matching(app):
    pairs = [["Ann Lee", "minister of trade"], ["Bo Park", "central bank governor"], ["Cy Ito", "spokesperson"]]
    row = question("m1", "12%", prompt="Match each person with their role.", type_="matching", pairs=pairs)
    with transaction(app.extensions["bank"]) as session:
        store(session, [DOC], FACTS, [row], "match")
        return session.scalar(select(QuestionSet.id).where(QuestionSet.name == "match")), pairs


def test_matching_shows_every_partner_earns_partial_credit_and_refuses_a_partner_twice(app, client, matching):
    set_id, pairs = matching
    url = start(client, set_id)
    form = page(client, url)
    assert all(f'<li class="partner">{right}</li>' in form for _, right in pairs)
    twice = {"match-0": pairs[0][1], "match-1": pairs[0][1], "match-2": pairs[2][1]}
    client.post(url, data={"csrf_token": token(client, url), **twice})
    assert "Each partner can be used only once" in page(client, url)
    answer(client, url, **{"match-0": pairs[0][1], "match-1": pairs[2][1], "match-2": pairs[1][1]})
    assert "Partly right: 1 of 3." in page(client, url)
    results = page(client, url.rsplit("/", 1)[0] + "/done")
    assert "0.3 / 1" in results


@both_databases
def test_the_question_page_reads_through_the_driver_what_the_orm_reads(app, matching):
    from quizgen.web.bank import db, read_one
    from quizgen.web.quiz import _QUESTION_PAGE

    with app.test_request_context():
        raw = read_one(_QUESTION_PAGE, {"attempt": 1, "question": "m1"})  # no session yet: straight through the driver
        orm = db().get_one(QuestionRow, "m1")
        assert (raw.id, raw.type, raw.prompt, raw.choices, raw.pairs, raw.origin, raw.answer_id) == \
            (orm.id, orm.type, orm.prompt, orm.choices, orm.pairs, orm.origin, None)
        assert raw.pairs == matching[1]
        assert read_one(_QUESTION_PAGE, {"attempt": 1, "question": "none such"}) is None


# Practice


def without_csrf(html: str) -> str:
    """A page without its CSRF tokens, which carry the second they were signed in."""
    return re.sub(r'name="csrf_token"[^>]*>', "", html)


@both_databases
def test_practice_redirects_after_posting_and_a_reload_rates_nothing(app, client):
    _, first = practise(client)
    posted = client.post(f"/practice/1/{first}", data={"response": ANSWERS[first],
                                                       "csrf_token": token(client, "/practice/1")})
    feedback_url = posted.headers["Location"]
    page(client, feedback_url)  # the first page shows the new resume code
    feedback = page(client, feedback_url)
    assert without_csrf(page(client, feedback_url)) == without_csrf(feedback)  # a reload shows the same, stores nothing
    for name in ("Again", "Hard", "Good", "Easy"):
        assert re.search(rf">{name}<span class=\"when\">in \d+ (minutes?|hours?|days?|weeks?)</span>", feedback), name
    assert 'value="3" class="rating primary"' in feedback
    csrf = token(client, feedback_url)
    rated = client.post(feedback_url + "/rate", data={"rating": "1", "csrf_token": csrf},
                        follow_redirects=True).get_data(as_text=True)
    assert re.search(r"Next review of that question in \d+ minutes?", rated)
    client.post(feedback_url + "/rate", data={"rating": "4", "csrf_token": csrf})
    with app.extensions["bank"]() as session:
        assert session.scalar(select(func.count()).select_from(Answer)) == 1
        card = session.scalar(select(ReviewCard))
        assert card.card["state"] == 1  # rated Again once: still learning, not rescheduled by the second post


def test_practice_caps_new_questions_per_day_and_draws_its_progress(client, big):
    from quizgen.web.quiz import NEW_PER_DAY

    for _ in range(NEW_PER_DAY):
        _, qid = practise(client, big)
        rate(client, qid, "12%", rating="4", set_id=big)
    text = page(client, f"/practice/{big}")
    assert "All caught up" in text and f"today's {NEW_PER_DAY} new questions" in text
    assert f"{NEW_PER_DAY} learned" in text and "5 new" in text and "1 day in a row" in text
    assert text.count("<rect") == 3


# Crafted input


@both_databases
def test_crafted_ids_and_nul_bytes_get_a_clear_answer_not_a_500(app, client):
    for url in (f"/attempts/{2**63}/1", f"/attempts/{2**31}/done", f"/articles/{2**64}", f"/practice/{2**40}",
                f"/api/sets/{2**63}"):
        assert client.get(url).status_code == 404, url
    assert client.post(f"/api/attempts/{2**63}/answers", json={"question_id": "q1", "answer": "1"}).status_code == 404
    assert client.post("/api/attempts", json={"set_id": 2**70}).status_code == 404
    url = start(client)  # a NUL anywhere in a request is refused in one place (quizgen.web), stored nowhere
    assert client.post(url, data={"response": "12\x00%", "csrf_token": token(client, url)}).status_code == 400
    assert client.post("/learner", data={"name": "A\x00da", "back": "/", "csrf_token": token(client, "/")}).status_code == 400
    assert client.post("/join", data={"code": "x\x00y", "csrf_token": token(client, "/")}).status_code == 400
    with app.extensions["bank"]() as session:
        assert session.scalar(select(Answer.response)) is None


# Articles


def test_the_article_reads_as_paragraphs_without_markup_with_clutter_behind_a_toggle(app, client):
    from quizgen.extract.model import Evidence

    text = ("Ports expand\n\nShare this\n\nThe port handled 12 million boxes,\nthe [authority](https://example.org) said.\n\n"
            "Volumes **doubled** since 2015.\n")
    doc = document_from_text("ports.md", text)
    assert doc.boilerplate, "the share line is page clutter"
    at = text.index("12 million")
    row = Question(id="p1", type="short", prompt="How many boxes did the port handle?", answer="12 million",
                   fact_ids=["f-p1"], evidence=[Evidence(doc.name, (at, at + 10), "The port handled 12 million boxes")])
    with transaction(app.extensions["bank"]) as session:
        store(session, [doc], [], [row], "ports")
        article_id = session.scalar(select(QuestionArticle.article_id).where(QuestionArticle.question_id == "p1"))
    reading = page(client, f"/articles/{article_id}?start={at}&end={at + 10}&back=/attempts/1/1")
    body = reading.split('<div class="article-text">')[1]
    assert re.findall(r"<p>(.*?)</p>", body, re.S) == [
        "Ports expand", 'The port handled <span id="hl"></span><mark>12 million</mark> boxes, the authority said.',
        "Volumes doubled since 2015."]
    assert "Share this" not in body and '<a href="/attempts/1/1">← Back to the question</a>' in reading
    shown = page(client, f"/articles/{article_id}?debris=1")
    assert '<p class="debris">Share this</p>' in shown
    assert "://evil" not in page(client, f"/articles/{article_id}?back=//evil.example/x")


@both_databases
def test_twenty_simultaneous_form_posts_store_one_answer_and_feedback_results_agree(app, client):
    from concurrent.futures import ThreadPoolExecutor

    url = start(client)
    csrf = token(client, url)
    cookies = {name: client.get_cookie(name).value for name in ("session", "quizgen_learner")}

    def post(i: int) -> int:
        other = app.test_client()
        for name, value in cookies.items():
            other.set_cookie(name, value)
        return other.post(url, data={"response": "12" if i % 2 else "40", "csrf_token": csrf}).status_code

    with ThreadPoolExecutor(max_workers=20) as pool:
        assert set(pool.map(post, range(20))) == {302}
    with app.extensions["bank"]() as session:
        stored = session.scalars(select(Answer)).all()
    assert len(stored) == 1
    verdict = "Right!" if stored[0].correct else "Not quite."
    assert verdict in page(client, url)
    assert f"{int(stored[0].correct)} / 1" in page(client, url.rsplit("/", 1)[0] + "/done")
