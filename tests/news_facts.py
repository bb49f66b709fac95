"""The facts of one news-style text, for the parametrised extractor tests (``from news_facts import ...``).

The texts are written for the tests, with invented names; each case is one general cause.
"""

from __future__ import annotations

import pytest

from quizgen.extract.model import Participant, Quote
from quizgen.extract.pipeline import extract_doc
from quizgen.ingest import Document
from quizgen.nlp import load


@pytest.fixture(scope="module")
def nlp():
    return load()


def facts_of(nlp, text: str) -> tuple[list[Quote], list[Participant]]:
    """The quotes and participants the pipeline finds in ``text``."""
    document = Document(name="news.txt", text=text, analysis_text=text)
    facts = extract_doc(nlp(text), document)
    return [f for f in facts if isinstance(f, Quote)], [f for f in facts if isinstance(f, Participant)]


def participant(participants: list[Participant], name: str) -> Participant:
    """The participant called ``name`` (or with it as an alias); fails listing what was found."""
    found = [p for p in participants if name in (p.name, *p.aliases)]
    assert found, f"no participant {name!r} in {[(p.name, p.type) for p in participants]}"
    return found[0]
