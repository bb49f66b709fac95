"""Run the extractors over parsed documents, in order, and give facts stable ids."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..ids import stable_id
from ..ingest import Document
from ..nlp import parse
from .entities import link_entities, speaker_entities
from .figures import extract_figures
from .model import Fact, Participant, Quote
from .names import People
from .participants import extract_participants
from .quotes import extract_quotes


def extract_doc(sdoc: Doc, document: Document) -> list[Fact]:
    """All facts of one parsed document, in reading order, with stable ids."""
    people = People.from_doc(sdoc, document)
    quotes = extract_quotes(sdoc, document, people)
    facts: list[Fact] = [*quotes, *extract_figures(sdoc, document)]
    facts += extract_participants(sdoc, document, people, quotes)
    for fact in facts:
        fact.id = stable_id(document.sha256, fact.kind, *fact.span)
    return facts


def extract(
    documents: Iterable[Document], nlp: Language, *, n_process: int = 1, batch_size: int = 4
) -> Iterator[Fact]:
    """Facts as each document finishes; quotes and participants, linked across documents, come last.

    Figures stream out, so memory does not grow with the corpus; participants and quotes are
    held (a few per document) until the end because one entity id spans every document, and a
    quote's ``speaker_entity`` is its speaker's.
    """
    participants: list[Participant] = []
    quotes: list[Quote] = []
    stream = parse(nlp, ((d.analysis_text, d) for d in documents), n_process=n_process, batch_size=batch_size)
    for sdoc, document in stream:
        for fact in extract_doc(sdoc, document):
            if isinstance(fact, Participant):
                participants.append(fact)
            elif isinstance(fact, Quote):
                quotes.append(fact)
            else:
                yield fact
    participants = link_entities(participants)
    yield from speaker_entities(quotes, participants)
    yield from participants
