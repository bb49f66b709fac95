"""People, organisations and states that take part, with their roles."""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Document
from .model import Participant, Quote
from .names import People


def extract_participants(sdoc: Doc, document: Document, people: People, quotes: list[Quote]) -> list[Participant]:
    return []
