"""Direct quotations and their speakers."""

from __future__ import annotations

from spacy.tokens import Doc

from ..ingest import Document
from .model import Quote
from .names import People


def extract_quotes(sdoc: Doc, document: Document, people: People) -> list[Quote]:
    return []
