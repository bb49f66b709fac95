"""Storing what an ingest built, keeping teachers' work.

Rules, in order:
1. Generated questions are updated in place by their stable id; a question a teacher edited is
   left as the teacher made it.
2. A generated question whose fact vanished is retired (not deleted), so past answers stay valid;
   one a teacher edited is never retired by an ingest.
3. A question the quality stage flags (``review: true``) waits for the teacher ("pending") and is
   not served; a teacher's approval or rejection survives re-ingests.
4. An article is updated in place only when the caller says it is the same one (the command line
   re-ingesting a path); an upload never replaces an article of another text that has its name.
5. The caller runs :func:`store` inside one transaction.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ingest import Document
from ..questions.model import Question
from ..questions.selection import choose, unasked, unservable
from .models import Article, FactRow, QuestionArticle, QuestionRow, QuestionSet, SetItem


@dataclass(frozen=True)
class StoreReport:
    set_name: str
    articles: int
    added: int
    updated: int
    kept: int
    retired: int
    #: The set's id, how many questions it holds and how many of those wait for review.
    set_id: int | None = None
    in_set: int = 0
    needs_review: int = 0

    def __str__(self) -> str:
        return (
            f"stored {self.articles} articles in set {self.set_name!r}: {self.added} questions added, "
            f"{self.updated} updated, {self.kept} teacher-edited kept, {self.retired} retired"
        )


class ArticleNameTaken(ValueError):
    """An upload named like an article of another text (the caller picks another name)."""


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
    draft: bool = False,
    keep_items: Sequence[str] = (),
) -> StoreReport:
    """Upsert articles, facts and questions, retire vanished questions and refresh the set.

    ``draft``: an upload. Its articles must be new (or the very same text: raises
    :class:`ArticleNameTaken` otherwise) and its questions go into a new unpublished set named
    ``set_name`` (made unique with a number).
    ``keep_items``: question ids the set keeps ahead of this ingest's (other articles of a set
    stored one article at a time); a question asking one of their prompts again is not served.
    """
    articles = {doc.name: _upsert_article(session, doc, replace=not draft) for doc in documents}
    session.flush()
    _replace_facts(session, articles, facts)

    questions = list(questions)
    added = updated = kept = 0
    for question in questions:
        row = session.get(QuestionRow, question.id)
        if row is None:
            row = QuestionRow(id=question.id, origin="generated")
            session.add(row)
            added += 1
        elif row.edited_by_teacher or row.origin != "generated":
            kept += 1
        else:
            updated += 1
        if not (row.edited_by_teacher or row.origin != "generated"):
            row.fill(question)
            row.review = _review_state(row, question)
        row.retired = False
        row.articles = [articles[e.doc] for e in _unique_docs(question) if e.doc in articles]
    session.flush()

    retired = _retire_vanished(session, articles.values(), {q.id for q in questions})
    # the set: the questions served (none asking again what its other articles ask), then those
    # held for a teacher's review (pending until approved)
    qset = _draft_set(session, set_name) if draft else _refresh_set(session, set_name)
    served = choose(questions)
    if keep_items:
        served = unasked(served, _prompts_of_others(session, qset, articles.values()))
    chosen = [q.id for q in served] + [q.id for q in questions if unservable(q) == "needs review"]
    set_items(qset, [*keep_items, *chosen])
    session.flush()
    pending = sum(1 for item in qset.items if item.question.review == "pending")
    return StoreReport(qset.name, len(articles), added, updated, kept, retired, qset.id, len(qset.items), pending)


def _prompts_of_others(session: Session, qset: QuestionSet, articles: Iterable[Article]) -> Iterable[str]:
    """The prompts of the set's questions from other articles (one query, whatever the set's size)."""
    mine = select(QuestionArticle.question_id).where(QuestionArticle.article_id.in_([a.id for a in articles]))
    return session.scalars(select(QuestionRow.prompt).join(SetItem, SetItem.question_id == QuestionRow.id)
                           .where(SetItem.set_id == qset.id, SetItem.question_id.not_in(mine)))


def _review_state(row: QuestionRow, question: Question) -> str:
    """A generated question's review after an ingest: the teacher's decision stands, else the
    quality stage's flag."""
    if row.review in ("approved", "rejected"):
        return row.review
    return "pending" if question.review else "none"


def _upsert_article(session: Session, doc: Document, replace: bool) -> Article:
    article = session.scalar(select(Article).where(Article.name == doc.name))
    if article is None:
        article = Article(name=doc.name)
        session.add(article)
    elif not replace and article.sha256 != doc.sha256:
        raise ArticleNameTaken(f"an article named {doc.name!r} with another text is in the bank")
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
    vanished = [row for row in rows if row.id not in kept_ids and not row.edited_by_teacher]
    for row in vanished:
        row.retired = True
    return len(vanished)


def _refresh_set(session: Session, name: str) -> QuestionSet:
    """The command line's set: created published, else found (its publication state is kept)."""
    qset = session.scalar(select(QuestionSet).where(QuestionSet.name == name))
    if qset is None:
        qset = QuestionSet(name=name, token=new_token(), published=True, from_ingest=True)
        session.add(qset)
    return qset


def _draft_set(session: Session, title: str) -> QuestionSet:
    """A new unpublished set named ``title``, or ``title (2)``, ``(3)``… when that name is taken."""
    title = " ".join(title.split())[:240] or "Uploaded article"
    taken = set(session.scalars(select(QuestionSet.name).where(QuestionSet.name.startswith(title, autoescape=True))))
    name = next(n for n in (title, *(f"{title} ({i})" for i in range(2, len(taken) + 3))) if n not in taken)
    qset = QuestionSet(name=name, token=new_token(), published=False)
    session.add(qset)
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
