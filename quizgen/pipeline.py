"""The one place that runs ingest → extract → questions (used by the CLI, exports and the bank)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from .extract.model import Fact
from .ingest import Document, Skipped, read_paths
from .questions.model import TYPES, Question


@dataclass
class Build:
    """Everything one run made from its inputs."""

    documents: dict[str, Document] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def build(
    paths: Iterable[str | os.PathLike],
    model: str | None = None,
    *,
    types: Iterable[str] = TYPES,
    max_per_article: int | None = None,
    seed: int = 0,
) -> Build:
    """Read PATHS, extract their facts and generate questions.

    Raises :class:`quizgen.nlp.ModelNotFound` when no spaCy model can be loaded.
    """
    from .extract import extract
    from .nlp import load
    from .questions import generate

    result = Build()
    for item in read_paths(paths):
        if isinstance(item, Skipped):
            result.skipped.append(item)
        else:
            result.documents[item.name] = item
    nlp = load(model)
    result.facts = list(extract(result.documents.values(), nlp))
    result.questions = generate(
        result.facts, result.documents, types=tuple(types), max_per_article=max_per_article, seed=seed, nlp=nlp
    )
    return result
