"""The question generator: facts in, the set's questions (and those held for review) out.

See the package docstring for its steps; this module loads spaCy, so the package imports it lazily.
"""


from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from spacy.language import Language

from ..extract.model import Fact, Figure, Participant, Quote
from ..ingest import Document
from .groups import group_facts
from .model import TYPES, Question
from .pool import Pool
from .quality import assess
from .rank import annotate, best, merge_near_duplicates, scored
from .selection import choose, held_for_review
from .templates import Context, figure_candidates, matching_candidates, participant_candidates, quote_candidates

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
    ctx = Context(documents=documents, pool=Pool(facts, {n: d.text for n, d in documents.items()}), nlp=nlp,
                  seed=seed)
    ctx.prefetch(facts)
    groups = group_facts(facts)
    candidates = [c for g in groups for c in _TEMPLATES[type(g.main)](ctx, g)]
    candidates += matching_candidates(ctx, groups)
    by_id = {f.id: f for f in facts}
    candidates = [c for c in scored(candidates) if c.question.type in types]
    kept = {id(q) for q in assess([annotate(c.question, by_id, documents) for c in candidates], documents, facts,
                                  ctx.pool, nlp)}
    questions = merge_near_duplicates(best(c for c in candidates if id(c.question) in kept))
    served = choose(questions, documents, max_per_article)
    keep = {id(q) for q in served + held_for_review(questions, served)}
    return [q for q in questions if id(q) in keep]


def _usable(fact: Fact, documents: Mapping[str, Document]) -> bool:
    """Facts from known article text only: not boilerplate, not the headline (written in headline-ese)."""
    document = documents.get(fact.doc)
    if document is None or type(fact) not in _TEMPLATES or document.in_boilerplate(*fact.span):
        return False
    if _unfinished_line(document.text, fact.span[0]):
        return False  # a subheadline, standfirst, byline or caption: no sentence of the article's
    headline = document.title.strip()
    if not headline or headline.endswith(_SENTENCE_ENDS):
        return True  # a first line that is a sentence is article text
    start = document.text.find(headline)
    return not 0 <= start <= fact.span[0] < start + len(headline)


_SENTENCE_ENDS = (".", "!", "?", "”", '"', "’", "'", ":", ";", ")")


def _unfinished_line(text: str, at: int) -> bool:
    """Whether the paragraph (between blank lines) holding offset ``at`` ends without a sentence's closing mark
    ("Health officials extend opening hours at 14 clinics"); a hard-wrapped paragraph is judged whole."""
    starts = [m.end() for m in re.finditer(r"\n[ \t]*\n", text[:at])]
    end = re.compile(r"\n[ \t]*\n").search(text, at)
    line = text[starts[-1] if starts else 0:end.start() if end else len(text)].strip().rstrip("*_ ")
    return bool(line) and not line.endswith(_SENTENCE_ENDS)
