"""Recording answers: graded once, stored once.

Rules, in order:
1. A response is graded by :func:`quizgen.questions.grading.grade`; a matching response also earns
   partial credit, the share of its pairs that are right.
2. "I don't know" is stored as a wrong, empty answer marked ``dont_know``.
3. An attempt holds at most one answer per question. The database enforces it; a concurrent
   duplicate loses and the stored answer is returned, so feedback, results and statistics agree.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from quizgen.bank.models import Answer, QuestionRow
from quizgen.questions.text import norm

from .bank import db


def credit(question: QuestionRow, response: str, correct: bool) -> float:
    """1.0 for a right answer; for matching, the share of pairs matched right."""
    if correct or question.type != "matching" or not question.pairs:
        return 1.0 if correct else 0.0
    try:
        given = {norm(str(left)): norm(str(right)) for left, right in json.loads(response)}
    except (ValueError, TypeError):
        return 0.0
    right = sum(1 for left, partner in question.pairs if given.get(norm(left)) == norm(partner))
    return right / len(question.pairs)


def record_answer(question: QuestionRow, response: str, attempt_id: int | None = None,
                  dont_know: bool = False) -> Answer:
    """Grade ``response`` and store it (committed); within an attempt, the answer already stored
    for this question wins over this one."""
    from quizgen.questions.grading import grade  # loads the parser's tables: only when answering

    correct = not dont_know and bool(grade(question.to_question(), response))
    answer = Answer(attempt_id=attempt_id, question_id=question.id, response="" if dont_know else response,
                    correct=correct, credit=0.0 if dont_know else credit(question, response, correct),
                    dont_know=dont_know)
    session = db()
    session.add(answer)
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        stored = stored_answer(attempt_id, question.id) if attempt_id is not None else None
        if stored is None:
            raise
        return stored
    return answer


def stored_answer(attempt_id: int, question_id: str) -> Answer | None:
    return db().scalar(select(Answer).where(Answer.attempt_id == attempt_id, Answer.question_id == question_id))


def count_right(answer: Answer) -> None:
    """The student's "count me right": the answer becomes right, marked so for the teacher."""
    answer.correct, answer.credit, answer.counted_right = True, 1.0, True
    db().commit()
