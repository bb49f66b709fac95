"""Students: the home page, quizzes one question at a time, results, articles and practice.

Rules, in order:
1. A student needs no account: attempts and practice belong to the browser's learner (see
   ``learners``), and an attempt also opens from the session that started it.
2. A quiz is 10, 20 or all of a set's questions; a shorter one is a random draw per attempt.
   Teacher-written multiple-choice questions show their choices in an order drawn per attempt.
3. Every form posts and redirects (a reload never answers twice). Once its results are shown an
   attempt is locked: nothing more is answered in it.
4. Results list wrong answers first, then right ones; unanswered questions are apart.
   The set's ``show_answers`` decides when keys and verdicts appear (``bank.shown``): after each
   question, on the results page, or never a key (only which were right); practice always shows them.
5. Practice is FSRS spaced repetition per learner: answer, see the feedback, then rate it
   Again/Hard/Good/Easy (each showing when it would come back); at most ``NEW_PER_DAY`` new
   questions a day.
6. Articles are readable by whoever may see a set citing them (or a teacher).
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from typing import Any

from babel.dates import format_timedelta
from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for
from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import and_, bindparam, select

from quizgen.bank.models import (
    Answer, Article, Attempt, QuestionArticle, QuestionRow, QuestionSet, ReviewCard, SetItem, utcnow,
)
from quizgen.bank.queries import QuizUnavailable, active_questions, deadline, questions_for_attempt
from quizgen.ingest.boilerplate import markup_ranges

from . import learners
from .answers import count_right, record_answer
from .auth import safe_path
from .bank import (
    EvidenceView, Segment, db, evidence_views, get_or_404, published_sets, question_counts, read_one, segments,
    set_articles, shown,
)

bp = Blueprint("quiz", __name__)
bp.after_app_request(learners.set_cookie)

LENGTHS = (10, 20)
NEW_PER_DAY = 20
#: Typed answers a student may count as right (choices and pairs are unambiguous).
TYPED = ("short", "cloze")




@bp.app_template_filter("pairs")
def pairs(response: str) -> dict[str, str]:
    """A matching response (JSON list of [left, right]) as {left: right}; empty when it is not one."""
    try:
        return {str(left): str(right) for left, right in json.loads(response)}
    except (ValueError, TypeError):
        return {}


@bp.app_template_filter("readable")
def readable(text: str) -> str:
    """Text as a reader sees it: without Markdown syntax (link targets, emphasis marks, escapes)."""
    cut = sorted(markup_ranges(text))
    if not cut:
        return text
    kept, last = [], 0
    for start, end in cut:
        kept.append(text[last:max(last, start)])
        last = max(last, end)
    return "".join(kept) + text[last:]


@bp.app_template_filter("in_time")
def in_time(moment: datetime | timedelta) -> str:
    """When ``moment`` comes (or how long from now), in words: "in 10 minutes", "in 3 days"."""
    delta = moment if isinstance(moment, timedelta) else _aware(moment) - datetime.now(timezone.utc)
    return format_timedelta(delta, add_direction=True, locale="en")


def _aware(moment: datetime) -> datetime:
    """SQLite gives back naive datetimes; every time in the bank is UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _visible_set(set_id: int) -> QuestionSet:
    """A set students may take: published, shared with them (link or class code), or any for a teacher."""
    qset = get_or_404(QuestionSet, set_id)
    if not (qset.published or g.user or qset.token in session.get("shared", [])):
        learner = learners.current()
        if learner is None or qset.id not in learner.joined:
            abort(404)
    return qset


def _may_open(attempt_id: int) -> bool:
    """The attempt was started in this session or by this browser's learner (then remembered)."""
    if attempt_id in session.get("attempts", []):
        return True
    learner = learners.current()
    if learner is None or db().scalar(select(Attempt.learner).where(Attempt.id == attempt_id)) != learner.key:
        return False
    _remember_attempt(attempt_id)
    return True


def _remember_attempt(attempt_id: int) -> None:
    session["attempts"] = [*session.get("attempts", [])[-49:], attempt_id]


def _own_attempt(attempt_id: int) -> Attempt:
    if not _may_open(attempt_id):
        abort(404)
    return get_or_404(Attempt, attempt_id)


@bp.get("/")
def home():
    sets = published_sets()
    learner = learners.current()
    joined = [s for s in (db().get(QuestionSet, i) for i in (learner.joined if learner else [])) if s and not s.published]
    ids = [s.id for s in sets + joined]
    return render_template("quiz/home.html", sets=sets, joined=joined, counts=question_counts(ids),
                           articles=set_articles(ids), learner=learner)


@bp.get("/sets/<int:set_id>")
def set_intro(set_id: int):
    qset = _visible_set(set_id)
    count = len(active_questions(qset))
    return render_template("quiz/set.html", qset=qset, count=count, lengths=[n for n in LENGTHS if n < count],
                           articles=set_articles([qset.id]).get(qset.id, []), learner=learners.current())


@bp.get("/s/<token>")
def shared(token: str):
    qset = db().scalar(select(QuestionSet).where(QuestionSet.token == token))
    if qset is None:
        abort(404)
    session["shared"] = [*session.get("shared", [])[-19:], token]
    return redirect(url_for("quiz.set_intro", set_id=qset.id))


@bp.post("/join")
def join():
    """Join a class by the code (or share link) the teacher gave: the set stays on the home page."""
    code = request.form.get("code", "").strip().rstrip("/").rsplit("/", 1)[-1][:64]
    qset = db().scalar(select(QuestionSet).where(QuestionSet.token == code)) if code else None
    if qset is None:
        flash("No class has that code. Check it with your teacher.", "error")
        return redirect(url_for("quiz.home"))
    learner = learners.current(create=True)
    if qset.id not in learner.joined:
        learner.joined = [*learner.joined[-49:], qset.id]
        db().commit()
    session["shared"] = [*session.get("shared", [])[-19:], qset.token]
    return redirect(url_for("quiz.set_intro", set_id=qset.id))


@bp.post("/learner")
def set_learner():
    """Name this browser's learner: the name is a label, so everything done so far is kept."""
    learner = learners.current(create=True)
    learner.name = " ".join(request.form.get("name", "").split())[:60]
    db().commit()
    flash(f"Saved. You are learning as {learner.name}." if learner.name else "Name removed.", "ok")
    return redirect(safe_path(request.form.get("back"), url_for("quiz.home")))


@bp.route("/resume", methods=("GET", "POST"))
def resume():
    """Carry on with a resume code (a resume link fills it in; only a posted form switches)."""
    if request.method == "POST":
        code = request.form.get("code", "")
        target = learners.by_code(code)
        if target is None:
            flash("That code does not match any learner. Check it and try again.", "error")
        else:
            learners.resume(target, code)
            flash(f"Welcome back{', ' + target.name if target.name else ''}: your quizzes and practice are here.", "ok")
            return redirect(url_for("quiz.home"))
    return render_template("quiz/resume.html", code=request.args.get("code", "")[:40])


def _start(set_id: int | None, question_ids: list[str]) -> str:
    attempt = Attempt(set_id=set_id, learner=learners.current(create=True).key, question_ids=question_ids)
    db().add(attempt)
    db().commit()
    _remember_attempt(attempt.id)
    return url_for("quiz.question", attempt_id=attempt.id, n=1)


@bp.post("/sets/<int:set_id>/start")
def start(set_id: int):
    qset = _visible_set(set_id)
    try:
        ids = questions_for_attempt(db(), qset, learners.current(create=True).key)
    except QuizUnavailable as exc:
        abort(403, str(exc))
    length = request.form.get("length", type=int)
    if length in LENGTHS and length < len(ids):
        drawn = set(random.sample(ids, length))
        ids = [qid for qid in ids if qid in drawn]
    return redirect(_start(qset.id, ids))


# Built once: constructing a statement costs more than running it on the quiz page.
_ATTEMPT_ORDER = select(Attempt.question_ids).where(Attempt.id == bindparam("attempt"))
_Q, _A = QuestionRow.__table__.c, Answer.__table__.c
#: The question page's one query, in plain SQL columns (no ORM objects on the hot path): what the
#: form shows, and the attempt's answer to it if any (feedback then loads the whole question).
_QUESTION_PAGE = (
    select(_Q.id, _Q.type, _Q.prompt, _Q.choices, _Q.pairs, _Q.origin, _A.id.label("answer_id"))
    .select_from(QuestionRow.__table__.outerjoin(
        Answer.__table__, and_(_A.question_id == _Q.id, _A.attempt_id == bindparam("attempt"))))
    .where(_Q.id == bindparam("question"))
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


def _choices(row: QuestionRow | Any, seed: int | str) -> list[str]:
    """The choices in the order shown: a teacher's multiple choice is shuffled (the same way for
    the same ``seed``), a generated one is already in random order."""
    if row.type != "mcq" or row.origin != "teacher":
        return row.choices
    choices = list(row.choices)
    random.Random(f"{seed}:{row.id}").shuffle(choices)
    return choices


def _response(row: QuestionRow, form) -> str | None:
    """The response as grading takes it (typed text, or for matching a JSON list of [left, right]);
    None for a matching answer that uses one partner twice."""
    if row.type != "matching":
        return form.get("response", "")[:500]
    chosen = [form.get(f"match-{i}", "")[:500] for i in range(len(row.pairs))]
    picked = [c for c in chosen if c]
    if len(picked) != len(set(picked)):
        return None
    return json.dumps([[left, partner] for (left, _), partner in zip(row.pairs, chosen)])


def _answer_from(row: QuestionRow, attempt_id: int | None) -> Answer | None:
    """Record the posted answer (or "I don't know"); None (and a message) when it is not valid."""
    if request.form.get("dont_know"):
        return record_answer(row, "", attempt_id, dont_know=True)
    response = _response(row, request.form)
    if response is None:
        flash("Each partner can be used only once: change the repeated one.", "error")
        return None
    return record_answer(row, response, attempt_id)


def feedback_evidence(row: QuestionRow) -> EvidenceView | None:
    """The one piece of evidence feedback shows: the first with its article, titled by the article
    (never its file name)."""
    for view, evidence in zip(evidence_views(row), row.evidence):
        if view.article_id is not None:
            return view if view.article_title != evidence["doc"] else replace(view, article_title="")
    return None


def one_line(row: QuestionRow, view: EvidenceView | None) -> str:
    """The explanation's first sentence, unless it only repeats the evidence or the prompt; an
    article named by its file is named by its title."""
    text = " ".join(row.explanation.split())
    names = {e["doc"] for e in row.evidence if e["doc"] in text}
    if names:
        titles = dict(db().execute(select(Article.name, Article.title).where(Article.name.in_(names))).all())
        for name in names:
            title = titles.get(name)
            text = re.sub(rf"(?:\b(?:the )?article )?{re.escape(name)}", f"“{title}”" if title else "the article", text)
    first = text.split(". ", 1)[0].rstrip(".") + "." if text else ""
    shown = " ".join("".join((view.before, view.answer, view.after)).split()).rstrip(".") if view else ""
    if not text or first.rstrip(".") in shown or first.rstrip(".") in row.prompt or (shown and shown in text):
        return ""
    return first


@bp.route("/attempts/<int:attempt_id>/<int:n>", methods=("GET", "POST"))
def question(attempt_id: int, n: int):
    """Question ``n`` of an attempt, or its feedback once answered (the hot path: one small query for a question)."""
    if not _may_open(attempt_id):
        abort(404)
    question_ids = _attempt_order(attempt_id)
    if not 1 <= n <= len(question_ids):
        abort(404)
    page = read_one(_QUESTION_PAGE, {"attempt": attempt_id, "question": question_ids[n - 1]})
    if page is None:
        abort(404)
    here = request.path  # this page: the URL its forms post to and redirect back to
    if request.method == "POST":
        if db().scalar(select(Attempt.finished_at).where(Attempt.id == attempt_id)) is not None:
            flash("This quiz is finished: its results are final. Start it again to answer more.", "error")
            return redirect(url_for("quiz.done", attempt_id=attempt_id))
        if (time_up := deadline(db(), attempt_id)) is not None and utcnow() > time_up:
            return redirect(url_for("quiz.done", attempt_id=attempt_id))
        if page.answer_id is None:
            _answer_from(db().get_one(QuestionRow, page.id), attempt_id)
        return redirect(here)
    answer = db().get(Answer, page.answer_id) if page.answer_id is not None else None
    full = db().get_one(QuestionRow, page.id) if answer is not None else None
    last = n == len(question_ids)
    done_url = url_for("quiz.done", attempt_id=attempt_id)
    following = done_url if last else url_for("quiz.question", attempt_id=attempt_id, n=n + 1)
    reveal = full is not None and shown(attempt_id).key
    view = feedback_evidence(full) if full is not None and reveal else None
    return render_template("quiz/question.html", q=full or page, n=n, total=len(question_ids), answer=answer,
                           view=view, reveal=reveal, explanation=one_line(full, view) if full is not None and reveal else "",
                           choices=_choices(full or page, attempt_id),
                           action=here, following=following, done_url=done_url, last=last, attempt_id=attempt_id,
                           typed=TYPED)


@bp.post("/attempts/<int:attempt_id>/<int:n>/count-right")
def count_me_right(attempt_id: int, n: int):
    """The student says their typed answer means the same: it counts, marked so for the teacher."""
    attempt = _own_attempt(attempt_id)
    if not 1 <= n <= len(attempt.question_ids):
        abort(404)
    answer = db().scalar(select(Answer).where(Answer.attempt_id == attempt_id,
                                              Answer.question_id == attempt.question_ids[n - 1]))
    row = db().get(QuestionRow, attempt.question_ids[n - 1])
    if attempt.finished_at is None and answer is not None and not answer.correct and not answer.dont_know \
            and row is not None and row.type in TYPED and shown(attempt_id).key:
        count_right(answer)
    return redirect(url_for("quiz.question", attempt_id=attempt_id, n=n))


@bp.get("/attempts/<int:attempt_id>/done")
def done(attempt_id: int):
    """The results, which lock the attempt: wrong answers first, then right ones, unanswered apart."""
    attempt = _own_attempt(attempt_id)
    if attempt.finished_at is None:
        attempt.finished_at = utcnow()
        db().commit()
    answers = {a.question_id: a for a in attempt.answers}
    rows = {q.id: q for q in db().scalars(select(QuestionRow).where(QuestionRow.id.in_(attempt.question_ids)))}
    asked = [(n, rows[qid], answers.get(qid)) for n, qid in enumerate(attempt.question_ids, 1) if qid in rows]
    keys = shown(attempt.id).key
    answered = [(n, q, a, feedback_evidence(q) if keys else None) for n, q, a in asked if a is not None]
    wrong = [item for item in answered if not item[2].correct]
    right = [item for item in answered if item[2].correct]
    unanswered = [(n, q) for n, q, a in asked if a is None]
    score = sum(a.credit for _, _, a, _ in answered)
    seconds = int((_aware(attempt.finished_at) - _aware(attempt.started_at)).total_seconds())
    return render_template("quiz/done.html", attempt=attempt, review=wrong + right, wrong=wrong, right=right,
                           unanswered=unanswered, score=score, answered=len(answered),
                           total=len(attempt.question_ids), seconds=seconds, keys=keys)


@bp.post("/attempts/<int:attempt_id>/retry")
def retry(attempt_id: int):
    """A new attempt of the questions missed (``which=wrong``) or not answered (``which=unanswered``)."""
    attempt = _own_attempt(attempt_id)
    answers = {a.question_id: a for a in attempt.answers}
    if request.form.get("which") == "unanswered":
        chosen = [qid for qid in attempt.question_ids if qid not in answers]
    else:
        chosen = [qid for qid in attempt.question_ids if qid in answers and not answers[qid].correct]
    if not chosen:
        return redirect(url_for("quiz.done", attempt_id=attempt.id))
    return redirect(_start(attempt.set_id, chosen))


def _article_visible(article_id: int) -> bool:
    """A teacher reads any article; others those cited by a published set or one shared with them."""
    if g.user:
        return True
    learner = learners.current()
    shared = list(session.get("shared", []))
    citing = (
        select(QuestionSet.id)
        .join(SetItem, SetItem.set_id == QuestionSet.id)
        .join(QuestionArticle, QuestionArticle.question_id == SetItem.question_id)
        .where(QuestionArticle.article_id == article_id)
        .where(QuestionSet.published.is_(True) | QuestionSet.token.in_(shared)
               | QuestionSet.id.in_(learner.joined if learner else []))
        .limit(1)
    )
    return db().scalar(citing) is not None


@bp.get("/articles/<int:article_id>")
def article(article_id: int):
    """The article for reading: markup rendered away, page debris behind a toggle, the passage
    highlighted (its offsets index the original file)."""
    if not _article_visible(article_id):
        abort(404)
    row = get_or_404(Article, article_id)
    start, end = request.args.get("start", type=int), request.args.get("end", type=int)
    highlight = (start, end) if start is not None and end is not None and 0 <= start < end <= len(row.text) else None
    paragraphs = _paragraphs(row.text, segments(row.text, row.boilerplate, highlight), markup_ranges(row.text))
    back = request.args.get("back")
    return render_template("quiz/article.html", article=row, paragraphs=paragraphs,
                           back=safe_path(back, "") if back else "", debris=bool(row.boilerplate),
                           show_debris=request.args.get("debris") == "1", highlighted=highlight is not None)


#: Paragraphs: separated by blank lines when the text has any (single line breaks are then a
#: writer's wrapping), else one per line (as HTML articles are read).
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_PARAGRAPH_BY_BLANK = re.compile(r"[^\n]+(?:\n(?![ \t]*(?:\n|$))[^\n]+)*")
_PARAGRAPH_BY_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str, segs, markup) -> list[list]:
    """The segments cut into paragraphs, without markup characters or the writer's line wrapping."""
    hidden = bytearray(len(text))
    for start, end in markup:
        hidden[start:end] = b"\x01" * (min(end, len(text)) - start)
    spans, position = [], 0
    for seg in segs:
        spans.append((position, position + len(seg.text), seg))
        position += len(seg.text)
    pattern = _PARAGRAPH_BY_BLANK if _BLANK_LINE.search(text) else _PARAGRAPH_BY_LINE
    result, i = [], 0
    for match in pattern.finditer(text):
        start, end = match.span()
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        pieces: list[Segment] = []
        j = i
        while j < len(spans) and spans[j][0] < end:
            a, b = max(start, spans[j][0]), min(end, spans[j][1])
            piece = "".join(c for c, h in zip(text[a:b], hidden[a:b]) if not h).replace("\n", " ")
            if piece.strip() or (pieces and piece):
                pieces.append(replace(spans[j][2], text=piece))
            j += 1
        if pieces:
            result.append(pieces)
    return result


# Practice: spaced repetition with FSRS, one card per (learner, question).

#: Without fuzzing, so the interval a rating button shows is the one it schedules.
_scheduler = Scheduler(enable_fuzzing=False)
RATINGS = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


def _cards(learner_key: str, question_ids: list[str]) -> dict[str, ReviewCard]:
    rows = db().scalars(select(ReviewCard).where(ReviewCard.learner == learner_key,
                                                 ReviewCard.question_id.in_(question_ids)))
    return {r.question_id: r for r in rows}


def _streak(days: list[str]) -> int:
    """Consecutive days practised up to today (or yesterday, when today is not done yet)."""
    practised, day, streak = set(days), date.today(), 0
    if day.isoformat() not in practised:
        day -= timedelta(days=1)
    while day.isoformat() in practised:
        streak, day = streak + 1, day - timedelta(days=1)
    return streak


@bp.get("/practice/<int:set_id>")
def practice(set_id: int):
    qset = _visible_set(set_id)
    questions = active_questions(qset)
    learner = learners.current()
    cards = _cards(learner.key, [q.id for q in questions]) if learner else {}
    now = datetime.now(timezone.utc)
    midnight = now.replace(hour=0, minute=0, second=0, microsecond=0)
    due = sorted((c for c in cards.values() if _aware(c.due) <= now), key=lambda c: _aware(c.due))
    new = [q for q in questions if q.id not in cards]
    introduced_today = sum(1 for c in cards.values() if c.introduced_at and _aware(c.introduced_at) >= midnight)
    new_left = max(0, min(len(new), NEW_PER_DAY - introduced_today))
    row = db().get(QuestionRow, due[0].question_id) if due else (new[0] if new_left else None)
    learned = sum(1 for c in cards.values() if c.card.get("state") == State.Review.value)
    progress = {"total": len(questions), "learned": learned, "learning": len(cards) - learned,
                "due": len(due), "new": len(new), "new_left": new_left,
                "streak": _streak(learner.practice_days) if learner else 0}
    upcoming = min((_aware(c.due) for c in cards.values()), default=None)
    return render_template("quiz/practice.html", qset=qset, q=row, progress=progress, upcoming=upcoming, new_per_day=NEW_PER_DAY,
                           learner=learner, choices=_choices(row, learner.key if learner else "") if row else [],
                           action=url_for("quiz.practice_answer", set_id=qset.id, question_id=row.id) if row else "")


def _practice_question(qset: QuestionSet, question_id: str) -> QuestionRow:
    row = next((q for q in active_questions(qset) if q.id == question_id), None)
    if row is None:
        abort(404)
    return row


@bp.post("/practice/<int:set_id>/<question_id>")
def practice_answer(set_id: int, question_id: str):
    """Record a practice answer, then show its feedback at its own address (a reload is harmless)."""
    qset = _visible_set(set_id)
    row = _practice_question(qset, question_id)
    learners.current(create=True)
    answer = _answer_from(row, None)
    if answer is None:
        return redirect(url_for("quiz.practice", set_id=set_id))
    session["practice"] = {"answer": answer.id, "question": row.id}
    return redirect(url_for("quiz.practice_feedback", set_id=set_id, answer_id=answer.id))


def _previews(review: ReviewCard | None) -> list[tuple[Rating, timedelta]]:
    """How long until each rating would bring the question back."""
    card = Card.from_dict(review.card) if review else Card()
    now = datetime.now(timezone.utc)
    return [(rating, _scheduler.review_card(card, rating, now)[0].due - now) for rating in RATINGS]


@bp.get("/practice/<int:set_id>/answers/<int:answer_id>")
def practice_feedback(set_id: int, answer_id: int):
    qset = _visible_set(set_id)
    pending = session.get("practice") or {}
    if pending.get("answer") != answer_id:
        return redirect(url_for("quiz.practice", set_id=set_id))
    answer = get_or_404(Answer, answer_id)
    row = _practice_question(qset, answer.question_id)
    learner = learners.current(create=True)
    view = feedback_evidence(row)
    return render_template("quiz/practice_feedback.html", qset=qset, q=row, answer=answer, view=view,
                           explanation=one_line(row, view), previews=_previews(_cards(learner.key, [row.id]).get(row.id)),
                           suggested=Rating.Good if answer.correct else Rating.Again)


@bp.post("/practice/<int:set_id>/answers/<int:answer_id>/rate")
def practice_rate(set_id: int, answer_id: int):
    """Schedule the question by the student's rating, once per answer."""
    qset = _visible_set(set_id)
    pending = session.get("practice") or {}
    rating = request.form.get("rating", type=int)
    if pending.get("answer") != answer_id or rating not in [r.value for r in RATINGS]:
        return redirect(url_for("quiz.practice", set_id=set_id))
    session.pop("practice")
    row = _practice_question(qset, pending["question"])
    learner = learners.current(create=True)
    review = _cards(learner.key, [row.id]).get(row.id) or ReviewCard(learner=learner.key, question_id=row.id)
    card = Card.from_dict(review.card) if review.card else Card()
    now = datetime.now(timezone.utc)
    card, _log = _scheduler.review_card(card, Rating(rating), now)
    review.card, review.due = card.to_dict(), card.due
    db().add(review)
    today = date.today().isoformat()
    if today not in learner.practice_days:
        learner.practice_days = [*learner.practice_days[-399:], today]
    db().commit()
    flash(f"Next review of that question {in_time(card.due - now)}.", "ok")
    return redirect(url_for("quiz.practice", set_id=set_id))
