"""Teachers: browse and edit the bank, build and publish sets, upload articles, read item statistics."""

from __future__ import annotations

import random
from pathlib import Path

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import or_, select
from werkzeug.datastructures import MultiDict
from werkzeug.utils import secure_filename

from quizgen.bank.models import (
    Answer, Article, Attempt, FactRow, IngestJob, QuestionArticle, QuestionRow, QuestionSet,
)
from quizgen.bank.stats import item_stats, score_histogram
from quizgen.bank.store import new_token, set_items
from quizgen.ids import stable_id
from quizgen.ingest import SUFFIXES
from quizgen.tasks import submit_upload

from .auth import require_teacher
from .bank import db, evidence_views, get_or_404

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
bp.before_request(require_teacher)

#: Types a teacher can write or edit in a form (matching pairs come from the generator only).
EDITABLE = ("short", "mcq", "cloze", "tf")
FILTERS = ("q", "type", "kind", "article", "tag", "min_difficulty", "max_difficulty", "min_score", "conflict", "status")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def filter_questions(args: MultiDict) -> list[QuestionRow]:
    """Questions matching the bank browser's filters (scalar columns in SQL, list fields in Python)."""
    query = select(QuestionRow).order_by(QuestionRow.score.desc(), QuestionRow.id)
    status = args.get("status", "active")
    if status == "active":
        query = query.where(QuestionRow.retired.is_(False), QuestionRow.disabled.is_(False))
    elif status in ("retired", "disabled"):
        query = query.where(getattr(QuestionRow, status).is_(True))
    if args.get("type"):
        query = query.where(QuestionRow.type == args["type"])
    if args.get("q"):
        like = f"%{args['q'].strip()}%"
        query = query.where(or_(QuestionRow.prompt.ilike(like), QuestionRow.answer.ilike(like)))
    if args.get("article", type=int):
        query = query.where(QuestionRow.id.in_(
            select(QuestionArticle.question_id).where(QuestionArticle.article_id == args.get("article", type=int))))
    low, high, min_score = (args.get(name, type=float) for name in ("min_difficulty", "max_difficulty", "min_score"))
    if low is not None:
        query = query.where(QuestionRow.difficulty >= low)
    if high is not None:
        query = query.where(QuestionRow.difficulty <= high)
    if min_score is not None:
        query = query.where(QuestionRow.score >= min_score)
    if args.get("conflict"):
        query = query.where(QuestionRow.conflict.is_(True))
    rows = list(db().scalars(query))
    if args.get("tag"):
        rows = [r for r in rows if args["tag"] in r.tags]
    if args.get("kind"):
        kinds = dict(db().execute(select(FactRow.id, FactRow.kind)).all())
        rows = [r for r in rows if any(kinds.get(f) == args["kind"] for f in r.fact_ids)]
    return rows


@bp.get("/")
def bank():
    rows = filter_questions(request.args)
    articles = list(db().scalars(select(Article).order_by(Article.name)))
    tags = sorted({t for (tags,) in db().execute(select(QuestionRow.tags)) for t in tags})
    sets = list(db().scalars(select(QuestionSet).order_by(QuestionSet.name)))
    return render_template("teacher/bank.html", rows=rows, articles=articles, tags=tags, sets=sets,
                           args=request.args, filters={k: request.args[k] for k in FILTERS if request.args.get(k)})


def _save_question(row: QuestionRow, form: MultiDict) -> bool:
    """Copy the edit form onto ``row``; flash and return False when it is not valid."""
    prompt, answer = form.get("prompt", "").strip(), form.get("answer", "").strip()
    kind = form.get("type", row.type)
    choices = _lines(form.get("choices", ""))
    if not prompt or not answer:
        flash("A question needs a prompt and an answer.", "error")
        return False
    if kind not in EDITABLE and kind != row.type:
        flash("Unknown question type.", "error")
        return False
    if kind in ("mcq", "tf") and answer not in choices:
        flash("The answer must be one of the choices.", "error")
        return False
    row.type, row.prompt, row.answer = kind, prompt, answer
    row.accepted = _lines(form.get("accepted", ""))
    row.choices = choices if kind in ("mcq", "tf") else []
    row.explanation = form.get("explanation", "").strip()
    row.disabled = bool(form.get("disabled"))
    row.edited_by_teacher = True
    return True


@bp.route("/questions/<question_id>", methods=("GET", "POST"))
def edit_question(question_id: str):
    row = get_or_404(QuestionRow, question_id)
    if request.method == "POST" and _save_question(row, request.form):
        db().commit()
        flash("Question saved.", "ok")
        return redirect(url_for("teacher.edit_question", question_id=row.id))
    answers = list(db().scalars(select(Answer.correct).where(Answer.question_id == row.id)))
    return render_template("teacher/question.html", row=row, types=EDITABLE, attempts=len(answers),
                           facility=sum(answers) / len(answers) if answers else None, evidence=evidence_views(row))


@bp.route("/questions/new", methods=("GET", "POST"))
def new_question():
    row = QuestionRow(type=request.form.get("type", "short"), prompt="", answer="", accepted=[], choices=[],
                      explanation="", origin="teacher", evidence=[], tags=[], fact_ids=[], pairs=[])
    if request.method == "POST" and row.type in EDITABLE and _save_question(row, request.form):
        row.id = stable_id("teacher", row.type, row.prompt, row.answer)
        if db().get(QuestionRow, row.id) is not None:
            flash("That question is already in the bank.", "error")
        else:
            db().add(row)
            db().commit()
            flash("Question added.", "ok")
            return redirect(url_for("teacher.edit_question", question_id=row.id))
    return render_template("teacher/question.html", row=row, types=EDITABLE, attempts=0, facility=None, evidence=[])


# Sets


@bp.route("/sets", methods=("GET", "POST"))
def sets():
    if request.method == "POST":
        name = request.form.get("name", "").strip()[:255]
        if not name or db().scalar(select(QuestionSet).where(QuestionSet.name == name)):
            flash("Give the set a new, unused name.", "error")
        else:
            qset = QuestionSet(name=name, token=new_token())
            db().add(qset)
            db().commit()
            return redirect(url_for("teacher.edit_set", set_id=qset.id))
    rows = list(db().scalars(select(QuestionSet).order_by(QuestionSet.name)))
    return render_template("teacher/sets.html", sets=rows)


@bp.get("/sets/<int:set_id>")
def edit_set(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    articles = list(db().scalars(select(Article).order_by(Article.name)))
    return render_template("teacher/set.html", qset=qset, articles=articles, types=EDITABLE,
                           share=url_for("quiz.shared", token=qset.token, _external=True))


def _set_ids(qset: QuestionSet) -> list[str]:
    return [item.question_id for item in qset.items]


def _extend_set(qset: QuestionSet, question_ids: list[str], message: str):
    """Append questions to a set, save, and go back to the set's page."""
    set_items(qset, _set_ids(qset) + question_ids)
    db().commit()
    flash(message, "ok")
    return redirect(url_for("teacher.edit_set", set_id=qset.id))


@bp.post("/sets/add")
def add_to_set():
    """Add the questions ticked in the bank browser to the chosen set."""
    qset = get_or_404(QuestionSet, request.form.get("set_id", type=int))
    picked = [qid for qid in request.form.getlist("question") if db().get(QuestionRow, qid) is not None]
    return _extend_set(qset, picked, f"Added {len(picked)} questions to {qset.name}.")


@bp.post("/sets/<int:set_id>/draw")
def draw(set_id: int):
    """Add N questions drawn at random from those matching the filters."""
    qset = get_or_404(QuestionSet, set_id)
    present = set(_set_ids(qset))
    pool = [r.id for r in filter_questions(request.form) if r.id not in present]
    n = max(0, min(request.form.get("n", 0, type=int), len(pool)))
    return _extend_set(qset, random.sample(pool, n), f"Drew {n} questions.")


@bp.post("/sets/<int:set_id>/item")
def move_item(set_id: int):
    """Move a question up or down, or remove it from the set."""
    qset = get_or_404(QuestionSet, set_id)
    ids = _set_ids(qset)
    qid, action = request.form.get("question"), request.form.get("action")
    if qid in ids:
        i = ids.index(qid)
        if action == "remove":
            ids.pop(i)
        elif action in ("up", "down"):
            j = i - 1 if action == "up" else i + 1
            if 0 <= j < len(ids):
                ids[i], ids[j] = ids[j], ids[i]
        set_items(qset, ids)
        db().commit()
    return redirect(url_for("teacher.edit_set", set_id=qset.id))


@bp.post("/sets/<int:set_id>/settings")
def set_settings(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    action = request.form.get("action")
    if action == "publish":
        qset.published = True
    elif action == "unpublish":
        qset.published = False
    elif action == "shuffle":
        qset.shuffle = not qset.shuffle
    elif action == "shuffle-now":
        ids = _set_ids(qset)
        random.shuffle(ids)
        set_items(qset, ids)
    db().commit()
    return redirect(url_for("teacher.edit_set", set_id=qset.id))


@bp.get("/sets/<int:set_id>/stats")
def set_stats(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    attempts = list(db().scalars(
        select(Attempt).where(Attempt.set_id == qset.id, Attempt.finished_at.is_not(None))))
    marks = [{qid: any(a.correct for a in att.answers if a.question_id == qid) for qid in att.question_ids}
             for att in attempts]
    ids = _set_ids(qset)
    stats = item_stats(ids, marks)
    scores = [sum(m.values()) / len(m) for m in marks if m]
    rows = [(db().get(QuestionRow, s.question_id), s) for s in stats]
    return render_template("teacher/stats.html", qset=qset, rows=rows, attempts=len(attempts),
                           histogram=score_histogram(scores))


# Upload


@bp.route("/upload", methods=("GET", "POST"))
def upload():
    if request.method == "POST":
        file = request.files.get("article")
        name = secure_filename(file.filename or "") if file else ""
        if not name or Path(name).suffix.lower() not in SUFFIXES:
            flash("Upload a .txt, .md or .html article.", "error")
        elif file.mimetype not in ("text/plain", "text/markdown", "text/html", "application/octet-stream", "text/x-markdown"):
            flash(f"That does not look like a text file ({file.mimetype}).", "error")
        else:
            job_id = submit_upload(current_app.extensions["bank"], name, file.save, model=current_app.config.get("SPACY_MODEL"))
            return redirect(url_for("teacher.job", job_id=job_id))
    jobs = list(db().scalars(select(IngestJob).order_by(IngestJob.id.desc()).limit(10)))
    return render_template("teacher/upload.html", jobs=jobs, suffixes=", ".join(SUFFIXES))


@bp.get("/jobs/<int:job_id>")
def job(job_id: int):
    row = get_or_404(IngestJob, job_id)
    qset = db().scalar(select(QuestionSet).where(QuestionSet.name == row.filename))
    return render_template("teacher/job.html", job=row, qset=qset)
