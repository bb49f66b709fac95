"""Questions: facts -> ranked, evidence-backed questions of five types.

``generate`` overgenerates candidates from every template (:mod:`.templates`), keeps the best
admissible one per fact and slot (:mod:`.rank`), merges the same fact told by several articles
(:mod:`.groups`) and near-duplicate prompts, leaves out questions that give away another's
answer where the fact keeps another question, and annotates what it keeps.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from spacy.language import Language

from ..extract.model import Fact, Figure, Participant, Quote
from ..ingest import Document
from .groups import group_facts
from .model import TYPES, Question
from .pool import Pool
from .rank import annotate, answer_leaks, best, cap_per_article, merge_near_duplicates, spread
from .templates import Context, figure_candidates, matching_candidates, participant_candidates, quote_candidates

__all__ = ["TYPES", "Question", "answer_leaks", "generate"]

_TEMPLATES = {Quote: quote_candidates, Figure: figure_candidates, Participant: participant_candidates}


def generate(
    facts: Iterable[Fact],
    documents: Mapping[str, Document],
    *,
    types: Iterable[str] = TYPES,
    max_per_article: int | None = None,
    seed: int = 0,
    nlp: Language | None = None,
) -> list[Question]:
    """The kept questions for ``facts``, in article order; ``seed`` only shuffles choices.

    ``nlp`` parses evidence sentences into wh-questions (default: the shared model).
    """
    if nlp is None:
        from ..nlp import load

        nlp = load()
    types = tuple(types)
    unknown = set(types) - set(TYPES)
    if unknown:
        raise ValueError(f"unknown question type(s): {', '.join(sorted(unknown))} (known: {', '.join(TYPES)})")
    facts = sorted((f for f in facts if _usable(f, documents)), key=lambda f: (f.doc, f.span, f.kind))
    ctx = Context(documents=documents, pool=Pool(facts), nlp=nlp, seed=seed)
    ctx.prefetch(facts)
    groups = group_facts(facts)
    candidates = [c for g in groups for c in _TEMPLATES[type(g.main)](ctx, g)]
    candidates += matching_candidates(ctx, groups)
    questions = spread(merge_near_duplicates([q for q in best(candidates) if q.type in types]))
    by_id = {f.id: f for f in facts}
    questions = [annotate(q, by_id, documents) for q in questions]
    return cap_per_article(questions, max_per_article)


def _usable(fact: Fact, documents: Mapping[str, Document]) -> bool:
    """Facts from known, non-boilerplate text only."""
    document = documents.get(fact.doc)
    return document is not None and type(fact) in _TEMPLATES and not document.in_boilerplate(*fact.span)
