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

#: Similarity (0-100) of two figures' ``about`` phrases, and of their sentences without the
#: figure, above which they describe the same measure.
SAME_ABOUT = 85
SAME_CONTEXT = 80
CONFLICT_CONTEXT = 75
RELATED_CONTEXT = 55
SAME_QUOTE = 90
#: Figure types whose equal values are distinctive enough to merge on related context alone.
DISTINCTIVE = {"money", "quantity"}


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
    """Group facts across articles, in the order of their representatives.

    A fact is only compared with groups that share its block (kind, and the figure's type and
    unit, the quote's longest word or the participant's entity), so large runs stay fast.
    """
    groups: list[FactGroup] = []
    blocks: dict[tuple, list[FactGroup]] = {}
    for fact in sorted(facts, key=lambda f: (f.doc, f.span)):
        block = blocks.setdefault(_block(fact), [])
        group = next((g for g in block if _same(g.main, fact)), None)
        if group is None:
            group = FactGroup([fact])
            groups.append(group)
            block.append(group)
        else:
            group.facts.append(fact)
            if isinstance(fact, Figure) and isinstance(group.main, Figure) and not _same_value(fact, group.main):
                group.conflict = True
    return groups


def _block(fact: Fact) -> tuple:
    if isinstance(fact, Figure):
        return ("figure", fact.figure_type, fact.measure)
    if isinstance(fact, Quote):
        return ("quote", max(norm(fact.text).split() or [""], key=lambda w: (len(w), w)))
    if isinstance(fact, Participant):
        return ("participant", norm(fact.name) if not fact.entity else fact.entity)
    return (fact.kind,)


def _same(a: Fact, b: Fact) -> bool:
    if a.kind != b.kind or a.doc == b.doc:
        return False
    if isinstance(a, Figure) and isinstance(b, Figure):
        return _same_measure(a, b)
    if isinstance(a, Quote) and isinstance(b, Quote):
        return fuzz.ratio(norm(a.text), norm(b.text)) >= SAME_QUOTE
    if isinstance(a, Participant) and isinstance(b, Participant):
        same_entity = a.entity == b.entity if a.entity and b.entity else norm(a.name) == norm(b.name)
        return same_entity and norm(a.standalone_role or "") == norm(b.standalone_role or "")
    return False


def _same_measure(a: Figure, b: Figure) -> bool:
    """The same measure: merged when the values agree, a conflict when they do not.

    Equal values need similar descriptions (or, for money and quantities, related ones);
    different values need both a similar ``about`` and related sentences, so that two
    figures are only called conflicting on clear evidence.
    """
    if (a.figure_type, a.measure) != (b.figure_type, b.measure) or a.figure_type == "ordinal":
        return False
    about = fuzz.token_sort_ratio(norm(a.about), norm(b.about)) if min(len(a.about.split()), len(b.about.split())) >= 2 else 0
    context = fuzz.token_set_ratio(_context(a), _context(b))
    if _same_value(a, b):
        related = a.figure_type in DISTINCTIVE and max(about, context) >= RELATED_CONTEXT
        return about >= SAME_ABOUT or context >= SAME_CONTEXT or related
    return about >= SAME_ABOUT and context >= CONFLICT_CONTEXT


def _context(figure: Figure) -> str:
    """The figure's sentence without the figure."""
    start = figure.span[0] - figure.sentence_start
    end = figure.span[1] - figure.sentence_start
    return norm(figure.sentence[:max(start, 0)] + " " + figure.sentence[max(end, 0):])


def _same_value(a: Figure, b: Figure) -> bool:
    """Equal values; dates whose year is unknown ("XXXX-10-17") match on what is known."""
    if isinstance(a.value, str) and isinstance(b.value, str) and "XXXX" in a.value + b.value:
        return [p[4:] for p in a.value.split("/")] == [p[4:] for p in b.value.split("/")]
    return a.value == b.value
