"""Ingest: files on disk -> :class:`Document` (original text + typed not-article ranges)."""

from .document import BOILERPLATE, NOT_ARTICLE, Document, Kind, Mark
from .read import SUFFIXES, Skipped, read_document, read_paths

__all__ = ["BOILERPLATE", "NOT_ARTICLE", "Document", "Kind", "Mark", "Skipped", "SUFFIXES", "read_document", "read_paths"]
