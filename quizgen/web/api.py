"""The JSON API (documented in ``web/openapi.yaml``): published sets, their questions, answering."""

from __future__ import annotations

from flask import Blueprint, abort, g, jsonify, request
from sqlalchemy import select

from quizgen.bank.models import QuestionRow, QuestionSet, SetItem
from quizgen.bank.queries import active_questions

from .bank import db, get_or_404, published_sets, question_counts, record_answer, set_articles

bp = Blueprint("api", __name__, url_prefix="/api")


def _public(row: QuestionRow) -> dict:
    """What a student may see before answering: never the answer or its accepted variants."""
    data = {"id": row.id, "type": row.type, "prompt": row.prompt, "choices": row.choices}
    if row.type == "matching":
        data["left"] = [left for left, _ in row.pairs]
        data["right"] = sorted(right for _, right in row.pairs)
    return data


@bp.get("/sets")
def sets():
    rows = published_sets()
    ids = [s.id for s in rows]
    counts, articles = question_counts(ids), set_articles(ids)
    return jsonify([
        {"id": s.id, "name": s.name, "question_count": counts.get(s.id, 0),
         "articles": [{"id": a.id, "name": a.name, "title": a.title} for a in articles.get(s.id, [])]}
        for s in rows
    ])


@bp.get("/sets/<int:set_id>")
def set_detail(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    if not (qset.published or g.user):
        abort(404)
    return jsonify({"id": qset.id, "name": qset.name, "questions": [_public(q) for q in active_questions(qset)]})


def _answerable(question_id: str) -> QuestionRow:
    """An active question of a published set (a teacher may try any active question)."""
    row = db().get(QuestionRow, question_id)
    if row is None or not row.active:
        abort(404)
    if not g.user:
        published = db().scalar(
            select(SetItem.id).join(QuestionSet, QuestionSet.id == SetItem.set_id)
            .where(SetItem.question_id == row.id, QuestionSet.published.is_(True)).limit(1))
        if published is None:
            abort(404)
    return row


@bp.post("/attempts")
def attempt():
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("question_id"), str) \
            or not isinstance(data.get("answer"), (str, int, float)) or isinstance(data.get("answer"), bool):
        return jsonify(error='send JSON {"question_id": string, "answer": string}'), 400
    row = _answerable(data["question_id"])
    answer = record_answer(row, str(data["answer"])[:500])
    return jsonify({
        "correct": answer.correct, "answer": row.answer, "explanation": row.explanation,
        "evidence": [{"doc": e["doc"], "span": e["span"], "sentence": e["sentence"]} for e in row.evidence],
    })
