"""Reading sets back out of the bank: a set's askable questions and the articles they cite."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..questions.model import Question
from .models import Article, QuestionRow, QuestionSet


class SetNotFound(LookupError):
    """No set has that name or id; the message says which."""


def find_set(session: Session, name_or_id: str | int) -> QuestionSet:
    """The set named ``name_or_id``, else the set with that id (a name wins over an id)."""
    qset = session.scalar(select(QuestionSet).where(QuestionSet.name == str(name_or_id)))
    if qset is None and str(name_or_id).isdigit():
        qset = session.get(QuestionSet, int(name_or_id))
    if qset is None:
        raise SetNotFound(f"no set named {str(name_or_id)!r} in the bank")
    return qset


def published_sets(session: Session) -> list[QuestionSet]:
    """Published sets, by name."""
    return list(session.scalars(select(QuestionSet).where(QuestionSet.published.is_(True)).order_by(QuestionSet.name)))


def active_questions(qset: QuestionSet) -> list[QuestionRow]:
    """The set's questions a student may be asked (not retired, not disabled), in the set's order."""
    return [item.question for item in qset.items if item.question.active]


def cited_articles(session: Session, questions: list[Question]) -> list[Article]:
    """The articles the questions' evidence cites, in order of first citation."""
    names = list(dict.fromkeys(e.doc for q in questions for e in q.evidence))
    if not names:
        return []
    found = {a.name: a for a in session.scalars(select(Article).where(Article.name.in_(names)))}
    return [found[name] for name in names if name in found]


def load_set(session: Session, name_or_id: str | int) -> tuple[list[Question], list[Article]]:
    """A set's active questions as :class:`Question` objects (teachers' edits included), in set
    order, and the articles they cite (each with ``name``, ``title`` and ``text``).

    Raises :class:`SetNotFound`.
    """
    questions = [row.to_question() for row in active_questions(find_set(session, name_or_id))]
    return questions, cited_articles(session, questions)
