"""Reading sets back out of the bank: a set's askable questions, the articles they cite, and
what a new attempt asks under the set's quiz settings.

Quiz settings, in order: a set is taken only between its open and close dates; a student starts
it at most ``attempts_allowed`` times (a "practise the missed ones" round of fewer questions is
not a new start); each attempt asks ``draw_count`` of the active questions drawn at random (else
all), shuffled when the set says so; an attempt takes at most ``time_limit_minutes``.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..questions.model import Question
from .models import Article, Attempt, QuestionRow, QuestionSet, aware, utcnow


class QuizUnavailable(Exception):
    """A student may not start the set now; the message says why, in plain words."""


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


def questions_for_attempt(session: Session, qset: QuestionSet, learner: str, now: datetime | None = None,
                          rng: random.Random | None = None) -> list[str]:
    """The question ids a new attempt by ``learner`` asks under the set's settings.

    Raises :class:`QuizUnavailable` before it opens, after it closes, when the learner used up
    the attempts allowed, or when it has no question to ask.
    """
    now, rng = now or utcnow(), rng or random.Random()
    if qset.opens_at and now < aware(qset.opens_at):
        raise QuizUnavailable(f"This quiz opens on {aware(qset.opens_at):%d %B %Y at %H:%M} UTC.")
    if qset.closes_at and now >= aware(qset.closes_at):
        raise QuizUnavailable(f"This quiz closed on {aware(qset.closes_at):%d %B %Y at %H:%M} UTC.")
    ids = [q.id for q in active_questions(qset)]
    if not ids:
        raise QuizUnavailable("This quiz has no questions yet.")
    size = min(qset.draw_count or len(ids), len(ids))
    if qset.attempts_allowed:
        sizes = session.scalars(select(Attempt.question_ids).where(Attempt.set_id == qset.id, Attempt.learner == learner))
        if sum(1 for asked in sizes if len(asked) >= size) >= qset.attempts_allowed:
            raise QuizUnavailable(f"You have used the {qset.attempts_allowed} attempt"
                                  f"{'' if qset.attempts_allowed == 1 else 's'} this quiz allows.")
    if size < len(ids):
        drawn = set(rng.sample(ids, size))
        ids = [qid for qid in ids if qid in drawn]
    if qset.shuffle:
        rng.shuffle(ids)
    return ids


def deadline(session: Session, attempt_id: int) -> datetime | None:
    """When the attempt's time is up (its set's time limit after it started), or None."""
    row = session.execute(select(Attempt.started_at, QuestionSet.time_limit_minutes)
                          .join(QuestionSet, QuestionSet.id == Attempt.set_id).where(Attempt.id == attempt_id)).first()
    if row is None or not row.time_limit_minutes:
        return None
    return aware(row.started_at) + timedelta(minutes=row.time_limit_minutes)
