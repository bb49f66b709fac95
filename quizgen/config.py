"""Settings read from the environment (CLI options override them)."""

from __future__ import annotations

import os

MODEL_ENV = "QUIZGEN_SPACY_MODEL"
DATABASE_ENV = "QUIZGEN_DATABASE_URL"

#: Largest input file read, in bytes. News articles are tens of kilobytes.
MAX_BYTES = int(os.environ.get("QUIZGEN_MAX_BYTES", 2_000_000))


def model_name(override: str | None = None) -> str | None:
    """The spaCy model asked for, or None for the default resolution in :mod:`quizgen.nlp`."""
    return override or os.environ.get(MODEL_ENV) or None


def database_url(override: str | None = None) -> str | None:
    return override or os.environ.get(DATABASE_ENV) or None
