"""The question bank: SQL storage of articles, facts, questions, sets and attempts."""

from .accounts import AccountError, create_teacher
from .db import engine_of, init_db, make_engine, open_bank, sqlite_url, transaction
from .store import StoreReport, set_name_for, store

__all__ = ["AccountError", "StoreReport", "create_teacher", "engine_of", "init_db", "make_engine", "open_bank", "set_name_for", "sqlite_url", "store", "transaction"]
