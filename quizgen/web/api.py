"""The JSON API (documented in ``web/openapi.yaml``): published sets, their questions, attempts.

Rules, in order:
1. Nothing a student may not see before answering leaves the server: questions come without
   answers or accepted variants, and a question's key is revealed only within an attempt, in the
   reply to that question's answer, when the set shows answers after each question (its
   ``show_answers``, as on the quiz pages: ``bank.shown``); otherwise the reply says it was saved.
2. An attempt belongs to a learner; its answers need that learner's code (``Authorization:
   Bearer <code>``). Starting one without a code makes a learner and returns its code.
3. An attempt holds one answer per question: answering again returns the stored result.
"""

from __future__ import annotations

import json
from typing import Any
import random

from flask import Blueprint, abort, g, jsonify, request

from quizgen.bank.models import MAX_ID, Attempt, Learner, QuestionRow, QuestionSet
from quizgen.bank.queries import active_questions

from . import learners
from .answers import record_answer, stored_answer
from .bank import db, get_or_404, published_sets, question_counts, set_articles, shown

bp = Blueprint("api", __name__, url_prefix="/api")


def _public(row: QuestionRow) -> dict:
    """What a student may see before answering: never the answer or its accepted variants."""
    data = {"id": row.id, "type": row.type, "prompt": row.prompt, "choices": row.choices}
    if row.type == "matching":
        data["left"] = [left for left, _ in row.pairs]
        data["right"] = sorted(right for _, right in row.pairs)
    return data


def _error(message: str, code: int):
    return jsonify(error=message), code


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


def _published(set_id: int) -> QuestionSet:
    if not 0 < set_id <= MAX_ID:
        abort(404)
    qset = get_or_404(QuestionSet, set_id)
    if not (qset.published or g.user):
        abort(404)
    return qset


@bp.get("/sets/<int:set_id>")
def set_detail(set_id: int):
    qset = _published(set_id)
    return jsonify({"id": qset.id, "name": qset.name, "questions": [_public(q) for q in active_questions(qset)]})


def _bearer() -> Learner | None:
    header = request.headers.get("Authorization", "")
    return learners.by_code(header[7:]) if header.startswith("Bearer ") else None


@bp.post("/attempts")
def start_attempt():
    """Start an attempt on a published set: all its questions, or ``length`` drawn at random."""
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("set_id"), int) or isinstance(data.get("set_id"), bool):
        return _error('start an attempt with JSON {"set_id": integer}, then answer at '
                      '/api/attempts/{id}/answers with {"question_id": string, "answer": string}', 400)
    qset = _published(data["set_id"])
    ids = [q.id for q in active_questions(qset)]
    length = data.get("length")
    if isinstance(length, int) and not isinstance(length, bool) and 0 < length < len(ids):
        drawn = set(random.sample(ids, length))
        ids = [qid for qid in ids if qid in drawn]
    if not ids:
        return _error("this set has no questions", 404)
    learner, code = _bearer(), None
    if learner is None:
        code = learners.new_code()
        learner = learners.make(code)
    attempt = Attempt(set_id=qset.id, learner=learner.key, question_ids=ids)
    db().add(attempt)
    db().commit()
    rows = {q.id: q for q in active_questions(qset)}
    body = {"id": attempt.id, "set_id": qset.id, "questions": [_public(rows[qid]) for qid in ids]}
    if code:
        body["learner_code"] = code
    return jsonify(body), 201


def _response(row: QuestionRow, answer) -> str | None:
    """The answer as grading takes it; a matching answer may be a list of [left, right] pairs."""
    if row.type == "matching" and isinstance(answer, list):
        if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in answer):
            return None
        return json.dumps(answer)[:5000]
    if isinstance(answer, bool) or not isinstance(answer, (str, int, float)):
        return None
    return str(answer)[:500]


@bp.post("/attempts/<int:attempt_id>/answers")
def answer(attempt_id: int):
    """Answer one question of the caller's attempt; the reply reveals its verdict, key and evidence
    as far as the set shows them."""
    learner = _bearer()
    attempt = db().get(Attempt, attempt_id)
    if attempt is None or learner is None or attempt.learner != learner.key:
        return _error("no such attempt for this learner code (send Authorization: Bearer <learner_code>)", 404)
    data = request.get_json(silent=True)
    if not isinstance(data, dict) or not isinstance(data.get("question_id"), str):
        return _error('send JSON {"question_id": string, "answer": string} or {"question_id": string, "dont_know": true}', 400)
    if data["question_id"] not in attempt.question_ids:
        return _error("that question is not in this attempt", 404)
    row = db().get(QuestionRow, data["question_id"])
    if row is None:
        abort(404)
    stored = stored_answer(attempt.id, row.id)
    if stored is None:
        if attempt.finished_at is not None:
            return _error("this attempt is finished", 409)
        dont_know = data.get("dont_know") is True
        response = "" if dont_know else _response(row, data.get("answer"))
        if response is None:
            return _error('send JSON {"question_id": string, "answer": string} or {"question_id": string, "dont_know": true}', 400)
        stored = record_answer(row, response, attempt.id, dont_know=dont_know)
    reply: dict[str, Any] = {"saved": True}
    show = shown(attempt.id)
    if show.verdict:
        reply |= {"correct": stored.correct, "credit": stored.credit}
    if show.key:
        reply |= {"answer": row.answer, "explanation": row.explanation,
                  "evidence": [{"doc": e["doc"], "span": e["span"], "sentence": e["sentence"]} for e in row.evidence]}
    return jsonify(reply)
