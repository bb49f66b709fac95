"""Connecting to the bank: an engine per URL, sessions, and Alembic migrations applied on init."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def sqlite_url(path: str | Path) -> str:
    return f"sqlite:///{Path(path).resolve()}"


def make_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite gets WAL, a busy timeout and enforced foreign keys."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection, _record) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (on PostgreSQL under a lock: one migrator at a time)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # app servers and workers starting together migrate once
            connection.execute(text("SELECT pg_advisory_xact_lock(715517)"))
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


def init_db(url: str) -> sessionmaker[Session]:
    """Migrate the database at ``url`` and return a session factory for it."""
    engine = make_engine(url)
    migrate(engine)
    return sessionmaker(engine, expire_on_commit=False)


def engine_of(factory: sessionmaker[Session]) -> Engine:
    """The engine a session factory of :func:`init_db` binds to."""
    return factory.kw["bind"]


def open_bank(url: str | None = None) -> sessionmaker[Session]:
    """The bank at ``url``, else the configured one (:func:`quizgen.config.database_url`)."""
    from quizgen import config

    return init_db(config.database_url(url))


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose work is committed together, or not at all if anything raises."""
    with factory() as session, session.begin():
        yield session
