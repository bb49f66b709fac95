"""Questions: facts -> ranked, evidence-backed questions of five types.

``generate`` overgenerates candidates from every template (:mod:`.templates`), annotates the
admissible ones (:mod:`.rank`), puts them through the quality checks (:mod:`.quality`), keeps the
best per fact and slot, merges the same fact told by several articles (:mod:`.groups`) and
near-duplicate prompts, and chooses the set (:mod:`.selection`). It returns the set's questions
and, for facts the set does not ask, their best question under the confidence line
(``review=True``: for a teacher to approve, never served as it is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import TYPES, Question
from .selection import answer_leaks

if TYPE_CHECKING:
    from .generator import generate

__all__ = ["TYPES", "Question", "answer_leaks", "generate"]


def __getattr__(name: str) -> Any:
    """``generate`` on first use: the generator loads spaCy, the model and grading do not."""
    if name == "generate":
        from . import generator

        return getattr(generator, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
