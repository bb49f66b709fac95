"""Storing what an ingest built, keeping teachers' work.

Generated questions are updated in place by their stable id; a question a teacher edited is left
as the teacher made it; a generated question whose fact vanished is retired (not deleted), so past
answers stay valid. The caller runs :func:`store` inside one transaction.
"""

from __future__ import annotations

import os
import secrets
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ingest import Document
from ..questions.model import Question
from .models import Article, FactRow, QuestionArticle, QuestionRow, QuestionSet, SetItem


@dataclass(frozen=True)
class StoreReport:
    set_name: str
    articles: int
    added: int
    updated: int
    kept: int
    retired: int

    def __str__(self) -> str:
        return (
            f"stored {self.articles} articles in set {self.set_name!r}: {self.added} questions added, "
            f"{self.updated} updated, {self.kept} teacher-edited kept, {self.retired} retired"
        )


def set_name_for(paths: Sequence[str | os.PathLike]) -> str:
    """The name of the set an ingest makes: the folder or file name(s) it was given."""
    return ", ".join(Path(p).resolve().name for p in paths)


def store(
    session: Session,
    documents: Iterable[Document],
    facts: Iterable[Any],
    questions: Iterable[Question],
    set_name: str,
    *,
    keep_items: Sequence[str] = (),
) -> StoreReport:
    """Upsert articles, facts and questions, retire vanished questions and refresh the set.

    ``keep_items``: question ids the set keeps ahead of this ingest's (other articles of a set
    stored one article at a time).
    """
    articles = {doc.name: _upsert_article(session, doc) for doc in documents}
    session.flush()
    _replace_facts(session, articles, facts)

    questions = list(questions)
    added = updated = kept = 0
    for question in questions:
        row = session.get(QuestionRow, question.id)
        if row is None:
            row = QuestionRow(id=question.id, origin="generated")
            row.fill(question)
            session.add(row)
            added += 1
        elif row.edited_by_teacher or row.origin != "generated":
            kept += 1
        else:
            row.fill(question)
            updated += 1
        row.retired = False
        row.articles = [articles[e.doc] for e in _unique_docs(question) if e.doc in articles]
    session.flush()

    retired = _retire_vanished(session, articles.values(), {q.id for q in questions})
    _refresh_set(session, set_name, [*keep_items, *(q.id for q in one_per_fact([q for q in questions if not q.conflict]))])
    return StoreReport(set_name, len(articles), added, updated, kept, retired)


def one_per_fact(questions: Sequence[Question]) -> list[Question]:
    """The questions of an ingest's set: one per fact, so no question gives away another's answer.

    Among a fact's questions the type used least so far wins (a mix of types), then the best
    score; the generator's order is kept.
    """
    groups: dict[tuple[str, ...], list[Question]] = {}
    for question in questions:
        groups.setdefault(tuple(sorted(question.fact_ids)) or (question.id,), []).append(question)
    used: Counter[str] = Counter()
    chosen = set()
    for group in groups.values():
        pick = min(group, key=lambda q: (used[q.type], -q.score))
        used[pick.type] += 1
        chosen.add(pick.id)
    return [q for q in questions if q.id in chosen]


def _upsert_article(session: Session, doc: Document) -> Article:
    article = session.scalar(select(Article).where(Article.name == doc.name))
    if article is None:
        article = Article(name=doc.name)
        session.add(article)
    article.title = doc.title[:255]
    article.text = doc.text
    article.boilerplate = [list(r) for r in doc.boilerplate]
    article.sha256 = doc.sha256
    return article


def _replace_facts(session: Session, articles: dict[str, Article], facts: Iterable[Any]) -> None:
    """The articles' facts become exactly ``facts`` (Fact objects or their JSON dicts)."""
    new = {}
    for fact in facts:
        data = fact if isinstance(fact, dict) else fact.to_dict()
        if data["doc"] in articles:
            new[data["id"]] = data
    ids = [a.id for a in articles.values()]
    for row in session.scalars(select(FactRow).where(FactRow.article_id.in_(ids))):
        if row.id not in new:
            session.delete(row)
    for fact_id, data in new.items():
        row = session.get(FactRow, fact_id) or FactRow(id=fact_id)
        row.article_id = articles[data["doc"]].id
        row.kind = data["kind"]
        row.data = data
        session.add(row)


def _unique_docs(question: Question):
    seen = set()
    for e in question.evidence:
        if e.doc not in seen:
            seen.add(e.doc)
            yield e


def _retire_vanished(session: Session, articles: Iterable[Article], kept_ids: set[str]) -> int:
    ids = [a.id for a in articles]
    rows = session.scalars(
        select(QuestionRow).where(
            QuestionRow.id.in_(select(QuestionArticle.question_id).where(QuestionArticle.article_id.in_(ids))),
            QuestionRow.origin == "generated",
            QuestionRow.retired.is_(False),
        )
    ).all()
    vanished = [row for row in rows if row.id not in kept_ids]
    for row in vanished:
        row.retired = True
    return len(vanished)


def _refresh_set(session: Session, name: str, question_ids: list[str]) -> QuestionSet:
    """Create the ingest's set (published) or update its items; its publication state is kept."""
    qset = session.scalar(select(QuestionSet).where(QuestionSet.name == name))
    if qset is None:
        qset = QuestionSet(name=name, token=new_token(), published=True, from_ingest=True)
        session.add(qset)
    set_items(qset, question_ids)
    return qset


def set_items(qset: QuestionSet, question_ids: list[str]) -> None:
    """Make the set hold exactly ``question_ids`` in that order (rows updated in place)."""
    order = {qid: i for i, qid in enumerate(dict.fromkeys(question_ids))}
    for item in list(qset.items):
        if item.question_id in order:
            item.position = order[item.question_id]
        else:
            qset.items.remove(item)
    present = {item.question_id for item in qset.items}
    for qid, position in order.items():
        if qid not in present:
            qset.items.append(SetItem(question_id=qid, position=position))
    qset.items.sort(key=lambda item: item.position)


def new_token() -> str:
    return secrets.token_urlsafe(12)
