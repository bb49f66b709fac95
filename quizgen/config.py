"""Settings read from the environment (CLI options override them), in one place.

Rules, in order:
1. The spaCy model is ``--model``, else ``QUIZGEN_SPACY_MODEL``, else the default of :mod:`quizgen.nlp`.
2. The data folder (default SQLite bank, the web app's secret key, uploads) is ``QUIZGEN_DATA_DIR``,
   else the user's data folder (``platformdirs``: ``~/.local/share/quizgen`` on Linux).
3. The bank is ``QUIZGEN_DATABASE_URL``, else ``quizgen.sqlite`` in the data folder.
4. Ingest jobs go to the task queue at ``QUIZGEN_BROKER_URL`` (Redis); unset, they run inside the
   process that submits them. Uploaded files wait in ``QUIZGEN_UPLOAD_DIR``, else ``uploads`` in
   the data folder: with a broker, a folder every app server and worker sees.
5. A malformed number setting is a one-line error, never a traceback.
"""

from __future__ import annotations

import os
from pathlib import Path

MODEL_ENV = "QUIZGEN_SPACY_MODEL"
DATABASE_ENV = "QUIZGEN_DATABASE_URL"
DATA_DIR_ENV = "QUIZGEN_DATA_DIR"
MAX_BYTES_ENV = "QUIZGEN_MAX_BYTES"
BROKER_ENV = "QUIZGEN_BROKER_URL"
UPLOAD_DIR_ENV = "QUIZGEN_UPLOAD_DIR"
VISIBILITY_ENV = "QUIZGEN_BROKER_VISIBILITY_TIMEOUT"


class ConfigError(ValueError):
    """A setting that cannot be used; its message names the variable."""


def _int_setting(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", "").replace(",", ""))
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None
    if value <= 0:
        raise ConfigError(f"{name}={raw!r} must be positive")
    return value


def max_bytes() -> int:
    """Largest input file read, in bytes. News articles are tens of kilobytes."""
    return _int_setting(MAX_BYTES_ENV, 2_000_000)


def model_name(override: str | None = None) -> str | None:
    """The spaCy model asked for, or None for the default resolution in :mod:`quizgen.nlp`."""
    return override or os.environ.get(MODEL_ENV) or None


def data_dir() -> Path:
    """The folder holding the default bank, the web app's secret key and uploads (created on demand)."""
    configured = os.environ.get(DATA_DIR_ENV)
    if configured:
        folder = Path(configured).expanduser()
    else:
        from platformdirs import user_data_dir

        folder = Path(user_data_dir("quizgen", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def database_url(override: str | None = None) -> str:
    """The bank's SQLAlchemy URL."""
    from .bank.db import sqlite_url

    return override or os.environ.get(DATABASE_ENV) or sqlite_url(data_dir() / "quizgen.sqlite")


def broker_url() -> str | None:
    """The task queue's URL (``redis://host:6379/0``), or None: ingest runs in process."""
    return os.environ.get(BROKER_ENV, "").strip() or None


def visibility_timeout() -> int:
    """Seconds after which a job taken by a worker that vanished is handed to another worker."""
    return _int_setting(VISIBILITY_ENV, 3600)


def upload_dir() -> Path:
    """The folder uploaded articles wait in until a worker has ingested them (created on demand)."""
    configured = os.environ.get(UPLOAD_DIR_ENV)
    folder = Path(configured).expanduser() if configured else data_dir() / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
