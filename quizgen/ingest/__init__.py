"""Ingest: files on disk -> :class:`Document` (original text + boilerplate ranges)."""

from .document import Document
from .read import SUFFIXES, Skipped, read_document, read_paths

__all__ = ["Document", "Skipped", "SUFFIXES", "read_document", "read_paths"]
