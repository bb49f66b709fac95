"""One question per fact, not per article: the same fact told by several articles is one group.

Two figures of the same kind and unit that measure the same thing (their ``about`` phrases or
sentences nearly match) in different articles are one fact when their values agree, and a
*conflict* when they do not. Two quotes with nearly the same words, and two participants that are
one entity with the same role, are one fact.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz

from ..extract.model import Fact, Figure, Participant, Quote
from .text import norm

#: Token-set similarity (0-100) above which two descriptions say the same thing.
SAME_MEASURE = 88
SAME_QUOTE = 90


@dataclass
class FactGroup:
    """Facts that state one thing; ``facts[0]`` (first article, first position) represents it."""

    facts: list[Fact]
    conflict: bool = False

    @property
    def main(self) -> Fact:
        return self.facts[0]

    @property
    def ids(self) -> list[str]:
        return [f.id for f in self.facts]


def group_facts(facts: Iterable[Fact]) -> list[FactGroup]:
    """Group facts across articles, in the order of their representatives."""
    groups: list[FactGroup] = []
    for fact in sorted(facts, key=lambda f: (f.doc, f.span)):
        group = next((g for g in groups if _same(g.main, fact)), None)
        if group is None:
            groups.append(FactGroup([fact]))
        else:
            group.facts.append(fact)
            if isinstance(fact, Figure) and fact.value != group.main.value:
                group.conflict = True
    return groups


def _same(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.doc == b.doc:
        return False
    if isinstance(a, Figure):
        return _same_measure(a, b)
    if isinstance(a, Quote):
        return fuzz.ratio(norm(a.text), norm(b.text)) >= SAME_QUOTE
    if isinstance(a, Participant):
        same_entity = (a.entity and a.entity == b.entity) or norm(a.name) == norm(b.name)
        return bool(same_entity) and norm(a.role or "") == norm(b.role or "")
    return False


def _same_measure(a: Figure, b: Figure) -> bool:
    if (a.figure_type, a.unit) != (b.figure_type, b.unit) or a.figure_type == "ordinal":
        return False
    if a.about and b.about and fuzz.token_set_ratio(norm(a.about), norm(b.about)) >= SAME_MEASURE:
        return True
    return fuzz.token_sort_ratio(norm(a.sentence), norm(b.sentence)) >= SAME_MEASURE
