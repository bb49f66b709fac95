"""What every blueprint needs from the bank: the request's session, and evidence ready to show."""

from __future__ import annotations

from collections.abc import Sequence
from collections import namedtuple
from dataclasses import dataclass
from typing import Any
from functools import cache

from flask import abort, current_app, g
from sqlalchemy import Dialect, Select, func, select
from sqlalchemy.orm import Session

from quizgen.bank import engine_of, queries
from quizgen.bank.models import MAX_ID, Article, Attempt, QuestionArticle, QuestionRow, QuestionSet, SetItem
from quizgen.evidence import highlight


def db() -> Session:
    """The session of this request (closed when the request ends)."""
    if "db" not in g:
        g.db = current_app.extensions["bank"]()
    return g.db


def read_one(statement: Select, params: dict) -> Any:
    """The first row of a plain-column ``statement`` (a named tuple; None when there is none), read
    straight through the driver on a pooled connection: the quiz page's hot path, where an ORM
    session, or even a Core result, costs more than the query. ``params`` hold values the driver
    takes as they are."""
    if "db" in g:  # this request already has a session: read in its transaction
        return g.db.execute(statement, params).first()
    engine = engine_of(current_app.extensions["bank"])
    plan = _plan(statement, engine.dialect)
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(plan.sql, plan.parameters(params))
        values = cursor.fetchone()
        cursor.close()
    finally:
        connection.close()
    if values is None:
        return None
    return plan.row(*(value if convert is None else convert(value) for value, convert in zip(values, plan.converters)))


@dataclass(frozen=True)
class _Plan:
    """A statement compiled once for a dialect: its SQL, parameter order and result conversions."""

    sql: str
    order: tuple[str, ...] | None  #: parameter names in order for a positional paramstyle, else None
    defaults: dict  #: parameters fixed in the statement (a limit, a literal)
    row: type  #: a named tuple of the selected columns
    converters: tuple  #: each column's result processor (JSON text to a list…), or None

    def parameters(self, params: dict):
        values = {**self.defaults, **params}
        return values if self.order is None else [values[name] for name in self.order]


@cache
def _plan(statement: Select, dialect: Dialect) -> _Plan:
    compiled = statement.compile(dialect=dialect)
    columns = statement.selected_columns
    return _Plan(
        sql=str(compiled),
        order=tuple(compiled.positiontup) if compiled.positiontup is not None else None,
        defaults=dict(compiled.params),
        row=namedtuple("Row", columns.keys()),  # type: ignore[misc]
        converters=tuple(dialect.type_descriptor(c.type).result_processor(dialect, None) for c in columns),
    )


def id_arg(values, name: str) -> int | None:
    """The id in ``values[name]`` (query or form), or None when it is missing or no possible id."""
    value = values.get(name, type=int)
    return value if value is not None and 0 <= value <= MAX_ID else None


@dataclass(frozen=True)
class Shown:
    """What a student sees of an answered question in an attempt."""

    verdict: bool  #: right or wrong, and the score
    key: bool  #: the right answer, accepted answers and the evidence


def shown(attempt_id: int) -> Shown:
    """What the attempt shows, by its set's ``show_answers``: "each" everything, "end" everything
    once the attempt is finished, "never" the verdicts once finished and never a key. An attempt
    whose set is gone shows everything."""
    finished, mode = db().execute(
        select(Attempt.finished_at.is_not(None), QuestionSet.show_answers)
        .outerjoin(QuestionSet, QuestionSet.id == Attempt.set_id).where(Attempt.id == attempt_id)
    ).one()
    if mode == "never":
        return Shown(verdict=finished, key=False)
    if mode == "end":
        return Shown(verdict=finished, key=finished)
    return Shown(verdict=True, key=True)


def get_or_404(model, ident):
    """The row of ``model`` with primary key ``ident``; 404 when there is none (or ``ident`` is
    no possible key: a missing value, or an integer outside the ids' 32-bit range)."""
    if ident is None or (isinstance(ident, int) and not 0 <= ident <= MAX_ID):
        abort(404)
    row = db().get(model, ident)
    if row is None:
        abort(404)
    return row


def published_sets() -> list[QuestionSet]:
    return queries.published_sets(db())


@dataclass(frozen=True)
class EvidenceView:
    """Evidence split around the answer, and where the answer stands in its article.

    When the answer's span lies outside the evidence sentence (a speaker named in another
    sentence), ``sentence`` is the evidence sentence and before/answer/after are the sentence
    around the span.
    """

    sentence: str | None
    before: str
    answer: str
    after: str
    article_id: int | None
    article_title: str
    start: int
    end: int


def evidence_views(question: QuestionRow) -> list[EvidenceView]:
    names = {e["doc"] for e in question.evidence}
    articles = {a.name: a for a in db().scalars(select(Article).where(Article.name.in_(names)))} if names else {}
    return [_view(e, articles.get(e["doc"])) for e in question.evidence]


def _view(evidence: dict, article: Article | None) -> EvidenceView:
    start, end = evidence["span"]
    sentence = evidence["sentence"]
    if article is None or not 0 <= start < end <= len(article.text):
        return EvidenceView(None, sentence, "", "", None, evidence["doc"], start, end)
    cut = highlight(article.text, (start, end), sentence)
    return EvidenceView(None if cut.has_sentence else sentence, cut.before, cut.answer, cut.after,
                        article.id, article.title or article.name, start, end)


@dataclass(frozen=True)
class Segment:
    text: str
    boilerplate: bool
    highlight: bool


def segments(text: str, boilerplate: Sequence[Sequence[int]], highlight: tuple[int, int] | None) -> list[Segment]:
    """Cut ``text`` where boilerplate or the highlighted span starts or ends."""
    cuts = {0, len(text)}
    for s, e in boilerplate:
        cuts.update((s, e))
    if highlight:
        cuts.update(max(0, min(len(text), x)) for x in highlight)
    points = sorted(cuts)
    result = []
    for s, e in zip(points, points[1:]):
        if s == e:
            continue
        boiler = any(bs <= s and e <= be for bs, be in boilerplate)
        mark = highlight is not None and highlight[0] <= s and e <= highlight[1]
        result.append(Segment(text[s:e], boiler, mark))
    return result


def question_counts(set_ids: Sequence[int]) -> dict[int, int]:
    """Active questions per set."""
    rows = db().execute(
        select(SetItem.set_id, func.count())
        .join(QuestionRow, QuestionRow.id == SetItem.question_id)
        .where(SetItem.set_id.in_(set_ids), QuestionRow.is_active())
        .group_by(SetItem.set_id)
    )
    return dict(rows.all())


def set_articles(set_ids: Sequence[int]) -> dict[int, list[Article]]:
    """The articles each set's questions come from."""
    pairs = db().execute(
        select(SetItem.set_id, QuestionArticle.article_id)
        .join(QuestionArticle, QuestionArticle.question_id == SetItem.question_id)
        .where(SetItem.set_id.in_(set_ids))
        .distinct()
    ).all()
    articles = {a.id: a for a in db().scalars(select(Article).where(Article.id.in_({a for _, a in pairs})))}
    result: dict[int, list[Article]] = {}
    for set_id, article_id in sorted(pairs, key=lambda p: articles[p[1]].name):
        result.setdefault(set_id, []).append(articles[article_id])
    return result
