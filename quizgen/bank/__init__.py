"""The question bank: SQL storage of articles, facts, questions, sets and attempts."""

from .db import init_db, make_engine, sqlite_url, transaction
from .store import StoreReport, set_name_for, store

__all__ = ["StoreReport", "init_db", "make_engine", "set_name_for", "sqlite_url", "store", "transaction"]
