"""Students: the home page, taking a quiz one question at a time, results, articles and practice."""

from __future__ import annotations

import json
import secrets
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, redirect, render_template, request, session, url_for
from fsrs import Card, Rating, Scheduler
from sqlalchemy import and_, bindparam, select

from quizgen.bank.models import Answer, Article, Attempt, QuestionRow, QuestionSet, ReviewCard, utcnow
from quizgen.bank.queries import QuizUnavailable, active_questions, deadline, questions_for_attempt

from .auth import safe_path
from .bank import (
    db, evidence_views, get_or_404, published_sets, question_counts, record_answer,
    segments, set_articles,
)

bp = Blueprint("quiz", __name__)

def learner() -> str:
    """Who is answering: the name the student gave, or an id kept in this browser's session."""
    if "learner" not in session:
        session["learner"] = "browser:" + secrets.token_hex(8)
    return session["learner"]


def _response(row: QuestionRow, form) -> str:
    """The response as grading takes it: typed text, or for matching a JSON list of [left, right]."""
    if row.type == "matching":
        return json.dumps([[left, form.get(f"match-{i}", "")] for i, (left, _) in enumerate(row.pairs)])
    return form.get("response", "")[:500]


@bp.app_template_filter("pairs")
def pairs(response: str) -> dict[str, str]:
    """A matching response (JSON list of [left, right]) as {left: right}; empty when it is not one."""
    try:
        return {str(left): str(right) for left, right in json.loads(response)}
    except (ValueError, TypeError):
        return {}


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; every time in the bank is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _visible_set(set_id: int) -> QuestionSet:
    """A set students may take: published, shared with them by its link, or any for a teacher."""
    qset = get_or_404(QuestionSet, set_id)
    if not (qset.published or g.user or qset.token in session.get("shared", [])):
        abort(404)
    return qset


def _own_attempt(attempt_id: int) -> Attempt:
    if attempt_id not in session.get("attempts", []):
        abort(404)
    return get_or_404(Attempt, attempt_id)


@bp.get("/")
def home():
    sets = published_sets()
    ids = [s.id for s in sets]
    return render_template("quiz/home.html", sets=sets, counts=question_counts(ids), articles=set_articles(ids))


@bp.get("/sets/<int:set_id>")
def set_intro(set_id: int):
    qset = _visible_set(set_id)
    return render_template("quiz/set.html", qset=qset, count=len(active_questions(qset)),
                           articles=set_articles([qset.id]).get(qset.id, []), name=session.get("name", ""))


@bp.get("/s/<token>")
def shared(token: str):
    qset = db().scalar(select(QuestionSet).where(QuestionSet.token == token))
    if qset is None:
        abort(404)
    session["shared"] = [*session.get("shared", [])[-19:], token]
    return redirect(url_for("quiz.set_intro", set_id=qset.id))


@bp.post("/learner")
def set_learner():
    """Take quizzes and practise under a name (or, with an empty name, as this browser)."""
    name = request.form.get("name", "").strip()[:60]
    session["name"] = name
    session["learner"] = "name:" + name.casefold() if name else "browser:" + secrets.token_hex(8)
    return redirect(safe_path(request.form.get("back"), url_for("quiz.home")))


def _start(set_id: int | None, question_ids: list[str]) -> str:
    attempt = Attempt(set_id=set_id, learner=learner(), question_ids=question_ids)
    db().add(attempt)
    db().commit()
    session["attempts"] = [*session.get("attempts", [])[-49:], attempt.id]
    return url_for("quiz.question", attempt_id=attempt.id, n=1)


@bp.post("/sets/<int:set_id>/start")
def start(set_id: int):
    qset = _visible_set(set_id)
    try:
        ids = questions_for_attempt(db(), qset, learner())
    except QuizUnavailable as exc:
        abort(403, str(exc))
    return redirect(_start(qset.id, ids))


# Built once: constructing a statement costs more than running it on the quiz page.
_ATTEMPT_ORDER = select(Attempt.question_ids).where(Attempt.id == bindparam("attempt"))
_QUESTION_AND_ANSWER = (
    select(QuestionRow, Answer)
    .outerjoin(Answer, and_(Answer.question_id == QuestionRow.id, Answer.attempt_id == bindparam("attempt")))
    .where(QuestionRow.id == bindparam("question"))
    .limit(1)
)


def _attempt_order(attempt_id: int) -> list[str]:
    """The questions of an attempt, which never change once it started: kept per app and process."""
    cache = current_app.extensions.setdefault("attempt_order", {})
    if attempt_id not in cache:
        question_ids = db().scalar(_ATTEMPT_ORDER, {"attempt": attempt_id})
        if question_ids is None:
            abort(404)
        if len(cache) >= 10_000:
            cache.clear()
        cache[attempt_id] = question_ids
    return cache[attempt_id]


@bp.route("/attempts/<int:attempt_id>/<int:n>", methods=("GET", "POST"))
def question(attempt_id: int, n: int):
    """Question ``n`` of an attempt, or its feedback once answered (two small queries: the hot path)."""
    if attempt_id not in session.get("attempts", []):
        abort(404)
    question_ids = _attempt_order(attempt_id)
    if not 1 <= n <= len(question_ids):
        abort(404)
    found = db().execute(_QUESTION_AND_ANSWER, {"attempt": attempt_id, "question": question_ids[n - 1]}).first()
    if found is None:
        abort(404)
    row, answer = found
    if request.method == "POST":
        if (time_up := deadline(db(), attempt_id)) is not None and utcnow() > time_up:
            return redirect(url_for("quiz.done", attempt_id=attempt_id))
        if answer is None:
            record_answer(row, _response(row, request.form), attempt_id)
        return redirect(url_for("quiz.question", attempt_id=attempt_id, n=n))
    last = n == len(question_ids)
    following = url_for("quiz.done", attempt_id=attempt_id) if last else url_for(
        "quiz.question", attempt_id=attempt_id, n=n + 1)
    return render_template("quiz/question.html", q=row, n=n, total=len(question_ids), answer=answer,
                           evidence=evidence_views(row) if answer else [], following=following, last=last)


@bp.get("/attempts/<int:attempt_id>/done")
def done(attempt_id: int):
    attempt = _own_attempt(attempt_id)
    if attempt.finished_at is None:
        attempt.finished_at = utcnow()
        db().commit()
    answers = {a.question_id: a for a in attempt.answers}
    review = [(q, answers.get(q.id), evidence_views(q))
              for q in (db().get(QuestionRow, qid) for qid in attempt.question_ids) if q is not None]
    right = sum(1 for a in answers.values() if a.correct)
    seconds = int((_aware(attempt.finished_at) - _aware(attempt.started_at)).total_seconds())
    missed = [q.id for q, a, _ in review if a is None or not a.correct]
    return render_template("quiz/done.html", attempt=attempt, review=review, right=right,
                           total=len(attempt.question_ids), seconds=seconds, missed=missed)


@bp.post("/attempts/<int:attempt_id>/retry")
def retry(attempt_id: int):
    """Practise the missed ones: a new attempt of just the questions not answered right."""
    attempt = _own_attempt(attempt_id)
    right = {a.question_id for a in attempt.answers if a.correct}
    missed = [qid for qid in attempt.question_ids if qid not in right]
    if not missed:
        return redirect(url_for("quiz.done", attempt_id=attempt.id))
    return redirect(_start(attempt.set_id, missed))


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    row = get_or_404(Article, article_id)
    span = (request.args.get("start", type=int), request.args.get("end", type=int))
    highlight = span if None not in span and 0 <= span[0] < span[1] <= len(row.text) else None
    segs = segments(row.text, row.boilerplate, highlight)
    first = next((i for i, s in enumerate(segs) if s.highlight), None)
    return render_template("quiz/article.html", article=row, segs=segs, first=first)


# Practice: spaced repetition with FSRS, one card per (learner, question).

_scheduler = Scheduler()


def _cards(questions: list[QuestionRow]) -> dict[str, ReviewCard]:
    ids = [q.id for q in questions]
    rows = db().scalars(select(ReviewCard).where(ReviewCard.learner == learner(), ReviewCard.question_id.in_(ids)))
    return {r.question_id: r for r in rows}


@bp.get("/practice/<int:set_id>")
def practice(set_id: int):
    qset = _visible_set(set_id)
    questions = active_questions(qset)
    cards = _cards(questions)
    now = datetime.now(timezone.utc)
    new = [q for q in questions if q.id not in cards]
    due = sorted((c for c in cards.values() if _aware(c.due) <= now), key=lambda c: _aware(c.due))
    row = db().get(QuestionRow, due[0].question_id) if due else (new[0] if new else None)
    upcoming = min((_aware(c.due) for c in cards.values()), default=None)
    return render_template("quiz/practice.html", qset=qset, q=row, due=len(due), new=len(new),
                           upcoming=upcoming, name=session.get("name", ""))


@bp.post("/practice/<int:set_id>/<question_id>")
def practice_answer(set_id: int, question_id: str):
    qset = _visible_set(set_id)
    row = next((q for q in active_questions(qset) if q.id == question_id), None)
    if row is None:
        abort(404)
    answer = record_answer(row, _response(row, request.form))
    review = _cards([row]).get(row.id) or ReviewCard(learner=learner(), question_id=row.id)
    card = Card.from_dict(review.card) if review.card else Card()
    card, _log = _scheduler.review_card(card, Rating.Good if answer.correct else Rating.Again)
    review.card, review.due = card.to_dict(), card.due
    db().add(review)
    db().commit()
    return render_template("quiz/practice_feedback.html", qset=qset, q=row, answer=answer,
                           evidence=evidence_views(row), due=card.due)

