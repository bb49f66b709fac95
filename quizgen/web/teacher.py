"""Teachers: browse, review and edit the bank; build, set up and publish sets; uploads; results.

Rules, in order:
1. Every page here needs a logged-in teacher (``auth.require_teacher``).
2. The bank lists questions a page at a time, sorted and filtered; machine tags stay hidden and
   articles go by their titles. Questions the quality stage flagged wait under "Needs review"
   until one click approves or rejects them.
3. A form that fails validation comes back with what was typed and the message beside its field.
4. An action on a set item returns to that item (an anchor), and a removal can be undone.
5. Statistics count each student's first finished attempt only (:mod:`quizgen.bank.stats`).
"""

from __future__ import annotations

import csv
import io
import random
from dataclasses import dataclass, field
from typing import Any
from datetime import datetime, timezone
from pathlib import Path

import segno
from flask import (
    Blueprint, Response, current_app, flash, redirect, render_template, request, session, url_for,
)
from sqlalchemy import ColumnElement, func, or_, select, update
from werkzeug.datastructures import MultiDict
from werkzeug.utils import secure_filename

from quizgen.bank import models
from quizgen.bank.models import (
    Answer, Article, Attempt, FactRow, IngestJob, QuestionArticle, QuestionRow, QuestionSet, aware,
)
from quizgen.bank.stats import SMALL_SAMPLE, common_wrong_answers, first_finished, item_stats, marks, score_histogram
from quizgen.bank.store import new_token, set_items
from quizgen.ids import stable_id
from quizgen.ingest import SUFFIXES
from quizgen.tasks import submit_upload

from .auth import require_teacher, safe_path
from .bank import db, evidence_views, get_or_404, id_arg

bp = Blueprint("teacher", __name__, url_prefix="/teacher")
bp.before_request(require_teacher)

#: Types a teacher can write or edit in a form.
EDITABLE = ("short", "mcq", "cloze", "tf", "matching")
TYPE_LABELS = {"short": "short answer", "mcq": "multiple choice", "cloze": "fill in the blank",
               "tf": "true/false", "matching": "matching"}
PAGE_SIZE = 50
#: The bank's filters and the value each has when it filters nothing.
FILTERS = {"type": "", "kind": "", "article": "", "tag": "", "min_difficulty": "", "max_difficulty": "",
           "min_score": "", "conflict": "", "status": "active"}
STATUSES = {
    "active": ("in use", QuestionRow.is_active()),
    "review": ("needs review", QuestionRow.review == "pending"),
    "disabled": ("disabled", QuestionRow.disabled.is_(True)),
    "retired": ("retired", QuestionRow.retired.is_(True)),
    "rejected": ("rejected", QuestionRow.review == "rejected"),
    "all": ("all", None),
}
SORTS: dict[str, tuple[str, tuple[ColumnElement[Any], ...]]] = {
    "score": ("best first", (QuestionRow.score.desc(), QuestionRow.id.asc())),
    "newest": ("newest first", (QuestionRow.updated_at.desc(), QuestionRow.id.asc())),
    "easiest": ("easiest first", (QuestionRow.difficulty.asc(), QuestionRow.id.asc())),
    "hardest": ("hardest first", (QuestionRow.difficulty.desc(), QuestionRow.id.asc())),
    "type": ("by type", (QuestionRow.type.asc(), QuestionRow.score.desc(), QuestionRow.id.asc())),
    "prompt": ("A to Z", (QuestionRow.prompt.asc(), QuestionRow.id.asc())),
}
#: Tags the generator adds for its own bookkeeping; the bank's other filters cover them.
MACHINE_TAGS = ("type:", "kind:", "article:", "entity:")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _number(args: MultiDict, name: str) -> float | None:
    value = args.get(name, type=float)
    return value if value is not None and value == value and abs(value) != float("inf") else None


def filter_questions(args: MultiDict) -> list[QuestionRow]:
    """Questions matching the bank browser's filters and sort (scalar columns in SQL, list fields in Python)."""
    query = select(QuestionRow).order_by(*SORTS.get(args.get("sort", ""), SORTS["score"])[1])
    condition = STATUSES.get(args.get("status", "active"), STATUSES["active"])[1]
    if condition is not None:
        query = query.where(condition)
    if args.get("type"):
        query = query.where(QuestionRow.type == args["type"])
    if args.get("q", "").strip():
        like = "%" + args["q"].strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        query = query.where(or_(QuestionRow.prompt.ilike(like, escape="\\"), QuestionRow.answer.ilike(like, escape="\\")))
    if args.get("article"):
        query = query.where(QuestionRow.id.in_(
            select(QuestionArticle.question_id).where(QuestionArticle.article_id == id_arg(args, "article"))))
    low, high, min_score = (_number(args, name) for name in ("min_difficulty", "max_difficulty", "min_score"))
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


def active_filters(args: MultiDict) -> dict[str, str]:
    """The filters that narrow the list (a value other than the one that filters nothing)."""
    return {k: args[k] for k, default in FILTERS.items() if args.get(k, default) not in (default, "")}


def article_titles(question_ids: list[str]) -> dict[str, list[str]]:
    """The titles of the articles each question comes from."""
    pairs = db().execute(select(QuestionArticle.question_id, Article.title, Article.name)
                         .join(Article, Article.id == QuestionArticle.article_id)
                         .where(QuestionArticle.question_id.in_(question_ids))).all()
    result: dict[str, list[str]] = {}
    for qid, title, name in pairs:
        result.setdefault(qid, []).append(title or name)
    return result


def _articles() -> list[Article]:
    return list(db().scalars(select(Article).order_by(func.lower(Article.title), Article.name)))


@bp.get("/")
def bank():
    rows = filter_questions(request.args)
    pages = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(1, request.args.get("page", 1, type=int)), pages)
    shown = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    tags = sorted({t for (tags,) in db().execute(select(QuestionRow.tags)) for t in tags
                   if not t.startswith(MACHINE_TAGS)})
    pending = db().scalar(select(func.count()).select_from(QuestionRow).where(QuestionRow.review == "pending"))
    return render_template(
        "teacher/bank.html", rows=shown, total=len(rows), page=page, pages=pages, articles=_articles(), tags=tags,
        sets=list(db().scalars(select(QuestionSet).order_by(QuestionSet.name))), args=request.args,
        filters=active_filters(request.args), titles=article_titles([r.id for r in shown]), pending=pending,
        statuses=STATUSES, sorts=SORTS, type_labels=TYPE_LABELS,
        query={k: request.args[k] for k in (*FILTERS, "q", "sort") if request.args.get(k)})


def _back(default: str) -> str:
    return safe_path(request.form.get("next"), default)


@bp.post("/questions/bulk")
def bulk():
    """One action on every ticked question: approve, reject, disable, enable, add to or remove from a set."""
    ids = [qid for qid in request.form.getlist("question") if len(qid) <= 64]
    rows = list(db().scalars(select(QuestionRow).where(QuestionRow.id.in_(ids)))) if ids else []
    action = request.form.get("action", "")
    back = _back(url_for("teacher.bank"))
    if not rows:
        flash("Tick at least one question first.", "error")
        return redirect(back)
    if action in ("add", "remove"):
        qset = db().get(QuestionSet, id_arg(request.form, "set_id") or 0)
        if qset is None:
            flash("Choose a set first.", "error")
            return redirect(back)
        picked = [r.id for r in rows]
        if action == "add":
            present = set(_set_ids(qset))
            set_items(qset, _set_ids(qset) + picked)
            message = f"Added {len([q for q in picked if q not in present])} questions to {qset.name}."
        else:
            set_items(qset, [q for q in _set_ids(qset) if q not in set(picked)])
            message = f"Removed the ticked questions from {qset.name}."
    elif action in ("approve", "reject"):
        for row in rows:
            row.review = "approved" if action == "approve" else "rejected"
        message = f"{len(rows)} question{'' if len(rows) == 1 else 's'} {action}d."
    elif action in ("disable", "enable"):
        for row in rows:
            row.disabled = action == "disable"
        message = f"{len(rows)} question{'' if len(rows) == 1 else 's'} {action}d."
    else:
        flash("Choose what to do with the ticked questions.", "error")
        return redirect(back)
    db().commit()
    flash(message, "ok")
    return redirect(back)


@bp.post("/questions/<question_id>/review")
def review(question_id: str):
    """Approve (serve it) or reject (never serve it) a question the quality stage flagged."""
    row = get_or_404(QuestionRow, question_id)
    decision = request.form.get("decision")
    if decision in ("approve", "reject"):
        row.review = "approved" if decision == "approve" else "rejected"
        db().commit()
        flash(f"{'Approved' if decision == 'approve' else 'Rejected'}: {row.prompt[:80]}", "ok")
    return redirect(_back(url_for("teacher.bank", status="review")))


@dataclass
class QuestionForm:
    """What the question form shows: the row's values, or what was typed, with errors per field."""

    type: str
    prompt: str
    answer: str
    accepted: str
    choices: str
    explanation: str
    disabled: bool
    #: Matching pairs, one "left = right" per line.
    pairs: str = ""
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_row(cls, row: QuestionRow) -> QuestionForm:
        return cls(row.type, row.prompt, row.answer, "\n".join(row.accepted), "\n".join(row.choices),
                   row.explanation, row.disabled, "\n".join(f"{left} = {right}" for left, right in row.pairs))

    @classmethod
    def of_request(cls, form: MultiDict, default_type: str) -> QuestionForm:
        typed = cls(form.get("type", default_type), form.get("prompt", "").strip(), form.get("answer", "").strip(),
                    form.get("accepted", ""), form.get("choices", ""), form.get("explanation", "").strip(),
                    bool(form.get("disabled")), form.get("pairs", ""))
        typed.validate(default_type)
        return typed

    def parsed_pairs(self) -> list[list[str]]:
        return [[part.strip() for part in line.split("=", 1)] for line in _lines(self.pairs)]

    def validate(self, current_type: str) -> None:
        if self.type not in EDITABLE and self.type != current_type:
            self.errors["type"] = "Choose one of the listed types."
        if not self.prompt:
            self.errors["prompt"] = "Write the question."
        if self.type == "matching":
            pairs = self.parsed_pairs()
            if len(pairs) < 2 or any(len(p) != 2 or not all(p) for p in pairs):
                self.errors["pairs"] = "Give at least two pairs, one per line, as: item = its match."
            elif len({right for _, right in pairs}) < len(pairs):
                self.errors["pairs"] = "Each item needs a different match."
            return
        if not self.answer:
            self.errors["answer"] = "Write the right answer."
        if self.type in ("mcq", "tf"):
            choices = _lines(self.choices)
            if len(choices) < 2:
                self.errors["choices"] = "Give at least two choices, one per line."
            elif self.answer and self.answer not in choices:
                self.errors["choices"] = "One of the choices must be the answer, written exactly as above."

    def save(self, row: QuestionRow) -> None:
        row.type, row.prompt, row.answer = self.type, self.prompt, self.answer
        row.accepted = _lines(self.accepted)
        row.choices = _lines(self.choices) if self.type in ("mcq", "tf") else []
        row.pairs = self.parsed_pairs() if self.type == "matching" else []
        if self.type == "matching":
            row.answer = "; ".join(f"{left} — {right}" for left, right in row.pairs)
            row.choices, row.accepted = sorted(right for _, right in row.pairs), []
        row.explanation, row.disabled = self.explanation, self.disabled
        row.edited_by_teacher = True


def _question_page(row: QuestionRow | None, form: QuestionForm, status: int = 200):
    answers = list(db().scalars(select(Answer.correct).where(Answer.question_id == row.id))) if row else []
    return render_template(
        "teacher/question.html", row=row, form=form, types=EDITABLE, type_labels=TYPE_LABELS,
        attempts=len(answers), facility=sum(answers) / len(answers) if answers else None,
        evidence=evidence_views(row) if row else []), status


@bp.route("/questions/<question_id>", methods=("GET", "POST"))
def edit_question(question_id: str):
    row = get_or_404(QuestionRow, question_id)
    if request.method == "POST":
        form = QuestionForm.of_request(request.form, row.type)
        if form.errors:
            return _question_page(row, form, 400)
        form.save(row)
        db().commit()
        flash("Question saved.", "ok")
        return redirect(url_for("teacher.edit_question", question_id=row.id))
    return _question_page(row, QuestionForm.of_row(row))


@bp.route("/questions/new", methods=("GET", "POST"))
def new_question():
    if request.method == "POST":
        form = QuestionForm.of_request(request.form, "short")
        if form.type not in EDITABLE:
            form.errors["type"] = "Choose one of the listed types."
        if not form.errors:
            row = QuestionRow(origin="teacher", evidence=[], tags=[], fact_ids=[], pairs=[])
            form.save(row)
            row.id = stable_id("teacher", row.type, row.prompt, row.answer)
            if db().get(QuestionRow, row.id) is None:
                db().add(row)
                db().commit()
                flash("Question added.", "ok")
                return redirect(url_for("teacher.edit_question", question_id=row.id))
            form.errors["prompt"] = "That question is already in the bank."
        return _question_page(None, form, 400)
    return _question_page(None, QuestionForm("short", "", "", "", "", "", False))


# Sets


@bp.route("/sets", methods=("GET", "POST"))
def sets():
    error, typed = "", ""
    if request.method == "POST":
        typed = request.form.get("name", "").strip()[:255]
        error = _name_error(typed)
        if not error:
            qset = QuestionSet(name=typed, token=new_token())
            db().add(qset)
            db().commit()
            return redirect(url_for("teacher.edit_set", set_id=qset.id))
    rows = list(db().scalars(select(QuestionSet).order_by(QuestionSet.name)))
    return render_template("teacher/sets.html", sets=rows, error=error, typed=typed), 400 if error else 200


def _name_error(name: str, own: QuestionSet | None = None) -> str:
    if not name:
        return "Give the set a name."
    other = db().scalar(select(QuestionSet).where(QuestionSet.name == name))
    if other is not None and other is not own:
        return "Another set has that name."
    return ""


def _set_ids(qset: QuestionSet) -> list[str]:
    return [item.question_id for item in qset.items]


def _set_page(qset: QuestionSet, errors: dict[str, str] | None = None, typed: MultiDict | None = None):
    undo = session.get("undo")
    share = url_for("quiz.shared", token=qset.token, _external=True)
    return render_template(
        "teacher/set.html", qset=qset, articles=_articles(), types=EDITABLE, type_labels=TYPE_LABELS,
        show_answers=models.SHOW_ANSWERS, share=share, qr=segno.make(share, error="m").svg_data_uri(scale=4), errors=errors or {},
        typed=typed or MultiDict(),
        undo=undo if isinstance(undo, dict) and undo.get("set_id") == qset.id else None,
        active=sum(1 for item in qset.items if item.question.active),
        pending=sum(1 for item in qset.items if item.question.review == "pending"),
    ), 400 if errors else 200


@bp.get("/sets/<int:set_id>")
def edit_set(set_id: int):
    return _set_page(get_or_404(QuestionSet, set_id))


def _to_set(qset: QuestionSet, anchor: str | None = None):
    return redirect(url_for("teacher.edit_set", set_id=qset.id, _anchor=anchor))


def _extend_set(qset: QuestionSet, question_ids: list[str], message: str):
    """Append questions to a set, save, and go back to the set's page."""
    set_items(qset, _set_ids(qset) + question_ids)
    db().commit()
    flash(message, "ok")
    return _to_set(qset)


@bp.post("/sets/add")
def add_to_set():
    """Add the questions ticked in the bank browser to the chosen set."""
    qset = get_or_404(QuestionSet, id_arg(request.form, "set_id"))
    picked = [qid for qid in request.form.getlist("question") if len(qid) <= 64 and db().get(QuestionRow, qid)]
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
    """Move a question up or down, or remove it from the set (undoable); back at the item."""
    qset = get_or_404(QuestionSet, set_id)
    ids = _set_ids(qset)
    qid, action = request.form.get("question"), request.form.get("action")
    if qid not in ids:
        return _to_set(qset)
    i = ids.index(qid)
    if action == "remove":
        ids.pop(i)
        session["undo"] = {"set_id": qset.id, "question_id": qid, "position": i}
        removed = db().get(QuestionRow, qid)
        flash(f"Removed “{removed.prompt[:80] if removed else qid}”.", "ok")
        anchor = f"item-{ids[min(i, len(ids) - 1)]}" if ids else "questions"
    else:
        j = i - 1 if action == "up" else i + 1
        if action in ("up", "down") and 0 <= j < len(ids):
            ids[i], ids[j] = ids[j], ids[i]
        anchor = f"item-{qid}"
    set_items(qset, ids)
    db().commit()
    return _to_set(qset, anchor)


@bp.post("/sets/<int:set_id>/undo")
def undo_remove(set_id: int):
    """Put back the question removed last, where it was."""
    qset = get_or_404(QuestionSet, set_id)
    undo = session.pop("undo", None)
    if isinstance(undo, dict) and undo.get("set_id") == qset.id and db().get(QuestionRow, str(undo.get("question_id"))):
        ids = _set_ids(qset)
        ids.insert(max(0, min(int(undo.get("position", 0)), len(ids))), undo["question_id"])
        set_items(qset, ids)
        db().commit()
        flash("Put back.", "ok")
        return _to_set(qset, f"item-{undo['question_id']}")
    return _to_set(qset)


def set_state(set_id: int):
    """Publish or unpublish, or put the questions in a random order once."""
    qset = get_or_404(QuestionSet, set_id)
    action = request.form.get("action")
    if action == "publish":
        qset.published = True
        flash("Published: students see it on the home page.", "ok")
    elif action == "unpublish":
        qset.published = False
        flash("Unpublished: only people with the share link can open it.", "ok")
    elif action == "reorder":
        ids = _set_ids(qset)
        random.shuffle(ids)
        set_items(qset, ids)
        flash("The questions are in a new random order.", "ok")
    db().commit()
    return _to_set(qset)


def _int_field(form: MultiDict, name: str, low: int, high: int, errors: dict[str, str], what: str) -> int | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or not low <= value <= high:
        errors[name] = f"{what}: a whole number from {low} to {high}, or empty for no limit."
        return None
    return value


def _when_field(form: MultiDict, name: str, errors: dict[str, str]) -> datetime | None:
    raw = form.get(name, "").strip()
    if not raw:
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        errors[name] = "A date and time like 2026-12-01 09:00, or empty."
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@bp.post("/sets/<int:set_id>/settings")
def set_settings(set_id: int):
    """The quiz settings: name, questions drawn per student, order, time limit, attempts, dates and
    when answers are shown (a form with an ``action`` is the publish toolbar's)."""
    if "action" in request.form:
        return set_state(set_id)
    qset = get_or_404(QuestionSet, set_id)
    form, errors = request.form, {}
    name = form.get("name", qset.name).strip()[:255]
    if error := _name_error(name, qset):
        errors["name"] = error
    draw_count = _int_field(form, "draw_count", 1, 1000, errors, "Questions per student")
    time_limit = _int_field(form, "time_limit_minutes", 1, 24 * 60, errors, "Time limit")
    attempts = _int_field(form, "attempts_allowed", 1, 100, errors, "Attempts")
    opens, closes = _when_field(form, "opens_at", errors), _when_field(form, "closes_at", errors)
    if opens and closes and closes <= opens:
        errors["closes_at"] = "The quiz must close after it opens."
    show_answers = form.get("show_answers", qset.show_answers)
    if show_answers not in models.SHOW_ANSWERS:
        errors["show_answers"] = "Choose when students see the answers: " + ", ".join(models.SHOW_ANSWERS.values()) + "."
    if errors:
        return _set_page(qset, errors, form)
    qset.name, qset.draw_count, qset.time_limit_minutes, qset.attempts_allowed = name, draw_count, time_limit, attempts
    qset.opens_at, qset.closes_at, qset.show_answers = opens, closes, show_answers
    qset.shuffle = bool(form.get("shuffle"))
    db().commit()
    flash("Settings saved.", "ok")
    return _to_set(qset, "settings")


@bp.post("/sets/<int:set_id>/duplicate")
def duplicate_set(set_id: int):
    """A draft copy of the set: its questions, order and settings, under a new name."""
    qset = get_or_404(QuestionSet, set_id)
    names = set(db().scalars(select(QuestionSet.name)))
    name = next(n for n in (f"{qset.name[:240]} (copy{'' if i == 1 else f' {i}'})" for i in range(1, len(names) + 2))
                if n not in names)
    copy = QuestionSet(name=name, token=new_token(), published=False, shuffle=qset.shuffle, draw_count=qset.draw_count,
                       time_limit_minutes=qset.time_limit_minutes, attempts_allowed=qset.attempts_allowed,
                       opens_at=qset.opens_at, closes_at=qset.closes_at, show_answers=qset.show_answers)
    db().add(copy)
    set_items(copy, _set_ids(qset))
    db().commit()
    flash(f"Copied to {name} (a draft).", "ok")
    return _to_set(copy)


@bp.post("/sets/<int:set_id>/delete")
def delete_set(set_id: int):
    """Delete the set once the teacher typed its name; its students' results stay in the bank."""
    qset = get_or_404(QuestionSet, set_id)
    if request.form.get("confirm", "").strip() != qset.name:
        return _set_page(qset, {"confirm": "Type the set's name exactly to delete it."}, request.form)
    db().execute(update(Attempt).where(Attempt.set_id == qset.id).values(set_id=None))
    db().execute(update(IngestJob).where(IngestJob.set_id == qset.id).values(set_id=None))
    db().delete(qset)
    db().commit()
    flash(f"Deleted the set {qset.name}.", "ok")
    return redirect(url_for("teacher.sets"))


@bp.get("/sets/<int:set_id>/preview")
def preview(set_id: int):
    """The set as students see its questions, with the answers folded away."""
    return _worksheet(set_id, "preview")


@bp.get("/sets/<int:set_id>/worksheet")
def worksheet(set_id: int):
    """A printable worksheet of the set with an answer key on its own page."""
    return _worksheet(set_id, "print")


def _worksheet(set_id: int, mode: str):
    qset = get_or_404(QuestionSet, set_id)
    questions = [item.question for item in qset.items if item.question.active]
    return render_template("teacher/worksheet.html", qset=qset, questions=questions, mode=mode, type_labels=TYPE_LABELS)


# Results


def _counted_attempts(qset: QuestionSet) -> tuple[list[Attempt], list[Attempt]]:
    """Every finished attempt at the set, and the ones statistics count (first per student)."""
    attempts = list(db().scalars(select(Attempt).where(Attempt.set_id == qset.id).order_by(Attempt.started_at, Attempt.id)))
    return attempts, first_finished(attempts)


def learner_names(attempts: list[Attempt]) -> dict[str, str]:
    """The name each attempt's learner gave: from the learners table where the bank has one
    (attempts record ``learner:<id>``), else from a ``name:<name>`` key."""
    names = {a.learner: a.learner.partition(":")[2] for a in attempts if a.learner.startswith("name:")}
    ids = {int(key) for a in attempts if (key := a.learner.partition(":")[2]).isdigit() and a.learner.startswith("learner:")}
    if ids:
        names.update((row.key, row.name) for row in db().scalars(select(models.Learner).where(models.Learner.id.in_(ids))))
    return {key: name for key, name in names.items() if name}


@dataclass(frozen=True)
class GradeRow:
    learner: str
    attempt: Attempt
    first: bool
    right: int
    answered: int
    total: int
    seconds: int | None
    claims: int


def gradebook_rows(qset: QuestionSet) -> list[GradeRow]:
    attempts, counted = _counted_attempts(qset)
    firsts = {a.id for a in counted}
    names = learner_names(attempts)
    rows = []
    for attempt in attempts:
        answered = [a for a in attempt.answers if a.question_id in attempt.question_ids]
        seconds = (int((aware(attempt.finished_at) - aware(attempt.started_at)).total_seconds())
                   if attempt.finished_at else None)
        label = names.get(attempt.learner) or f"Anonymous ({attempt.learner[-4:]})"
        rows.append(GradeRow(label, attempt, attempt.id in firsts, sum(a.correct for a in answered),
                             len(answered), len(attempt.question_ids), seconds, sum(a.counted_right for a in answered)))
    return rows


@bp.get("/sets/<int:set_id>/gradebook")
def gradebook(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    rows = gradebook_rows(qset)
    questions = {item.question_id: item.question for item in qset.items}
    wrong: dict[str, list[str]] = {}
    for row in rows:
        if row.first:
            for a in row.attempt.answers:
                if not a.correct:
                    wrong.setdefault(a.question_id, []).append(a.response)
    common = [(questions[qid], common_wrong_answers(responses)) for qid, responses in wrong.items() if qid in questions]
    common.sort(key=lambda pair: -sum(n for _, n in pair[1]))
    return render_template("teacher/gradebook.html", qset=qset, rows=rows, common=common, questions=questions)


@bp.get("/sets/<int:set_id>/gradebook.csv")
def gradebook_csv(set_id: int):
    """The gradebook as CSV: one row per attempt and one column per question (1 right, 0 wrong, empty unanswered)."""
    qset = get_or_404(QuestionSet, set_id)
    ids = _set_ids(qset)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["student", "counted", "started (UTC)", "finished (UTC)", "seconds", "right", "answered",
                     "questions", "count-me-right claims", *(f"Q{i}" for i in range(1, len(ids) + 1))])
    for row in gradebook_rows(qset):
        got = marks(row.attempt)
        writer.writerow([
            _cell(row.learner), "yes" if row.first else "no", f"{aware(row.attempt.started_at):%Y-%m-%d %H:%M}",
            f"{aware(row.attempt.finished_at):%Y-%m-%d %H:%M}" if row.attempt.finished_at else "",
            "" if row.seconds is None else row.seconds, row.right, row.answered, row.total, row.claims,
            *("" if qid not in got else int(got[qid]) for qid in ids)])
    name = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in qset.name).strip()[:80] or "set"
    return Response(out.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name} gradebook.csv"'})


def _cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@bp.get("/sets/<int:set_id>/stats")
def set_stats(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    attempts, counted = _counted_attempts(qset)
    rows_marks = [marks(a) for a in counted]
    stats = item_stats(_set_ids(qset), rows_marks)
    scores = [sum(m.values()) / len(m) for m in rows_marks if m]
    questions = {item.question_id: item.question for item in qset.items}
    return render_template(
        "teacher/stats.html", qset=qset, rows=[(questions[s.question_id], s) for s in stats],
        students=len(counted), practice=len([a for a in attempts if a.finished_at]) - len(counted),
        histogram=score_histogram(scores), small=SMALL_SAMPLE)


# Upload


@bp.route("/upload", methods=("GET", "POST"))
def upload():
    error = ""
    if request.method == "POST":
        file = request.files.get("article")
        name = secure_filename(file.filename or "") if file else ""
        if not name or Path(name).suffix.lower() not in SUFFIXES:
            error = "Upload a .txt, .md or .html article."
        elif file.mimetype not in ("text/plain", "text/markdown", "text/html", "application/octet-stream", "text/x-markdown"):
            error = f"That does not look like a text file ({file.mimetype})."
        else:
            job_id = submit_upload(current_app.extensions["bank"], name, file.save, model=current_app.config.get("SPACY_MODEL"))
            return redirect(url_for("teacher.job", job_id=job_id))
    jobs = list(db().scalars(select(IngestJob).order_by(IngestJob.id.desc()).limit(10)))
    return render_template("teacher/upload.html", jobs=jobs, suffixes=", ".join(SUFFIXES), error=error), 400 if error else 200


@bp.get("/jobs/<int:job_id>")
def job(job_id: int):
    row = get_or_404(IngestJob, job_id)
    qset = db().get(QuestionSet, row.set_id) if row.set_id else None
    return render_template("teacher/job.html", job=row, qset=qset, report=row.report or {})
