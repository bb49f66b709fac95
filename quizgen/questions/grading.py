"""Grading typed answers: tolerant of case, punctuation, accepted variants, small typos and units.

Rules, in order:
1. Matching questions take a JSON list of [left, right] pairs; every pair must be right.
2. Numeric answers (``value`` is a number): the response is read by the project's one number
   parser; it is right when it is within ``tolerance`` of ``value`` and names no other unit
   ("90bn" == "$90 billion"; "90 billion euros" is not). A range ("$2-4 billion") is not one
   number: it is graded as text.
3. Otherwise the normalised response must equal the answer or an accepted variant, or be within
   a small edit distance of one (rapidfuzz ratio ≥ 85 for answers of 5+ characters; choices of
   MCQ and true/false must match exactly after normalising, so a typo can't pick a neighbour).
"""

from __future__ import annotations

import json

from rapidfuzz import fuzz

from ..extract.numbers import parse_amount
from .model import Question
from .text import norm

FUZZY_RATIO = 85
FUZZY_MIN_CHARS = 5


def grade(question: Question, response: str) -> bool:
    """Whether ``response`` answers ``question`` correctly."""
    if question.type == "matching":
        return _grade_pairs(question, response)
    if _is_number(question.value):
        verdict = _grade_number(question, response)
        if verdict is not None:
            return verdict
    return _grade_text(question, response)


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _grade_number(question: Question, response: str) -> bool | None:
    """True/False when the response is a number; None when it is not (graded as text)."""
    amount = parse_amount(response.strip().rstrip(".!"))
    if amount is None or not _is_number(amount.value):
        return None
    if amount.unit and question.unit and amount.unit != question.unit and not _same_unit(amount.unit, question.unit):
        return False
    return abs(amount.value - question.value) <= (question.tolerance or 0) + 1e-9


def _same_unit(a: str, b: str) -> bool:
    return norm(a).rstrip("s") == norm(b).rstrip("s")


def _grade_text(question: Question, response: str) -> bool:
    given = norm(response)
    if not given:
        return False
    targets = {norm(t) for t in (question.answer, *question.accepted) if t}
    if given in targets:
        return True
    if question.choices:
        return False
    return any(len(t) >= FUZZY_MIN_CHARS and fuzz.ratio(given, t) >= FUZZY_RATIO for t in targets)


def _grade_pairs(question: Question, response: str) -> bool:
    try:
        given = {norm(str(left)): norm(str(right)) for left, right in json.loads(response)}
    except (ValueError, TypeError):
        return False
    return len(given) == len(question.pairs) and all(
        given.get(norm(left)) == norm(right) for left, right in question.pairs
    )
