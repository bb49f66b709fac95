"""Fixtures shared by the acceptance scenarios: the seeds, extracted once per test session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizgen.extract import extract
from quizgen.ingest import read_paths
from quizgen.nlp import load

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "data" / "gold"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def seed_documents():
    return list(read_paths([SEEDS]))


@pytest.fixture(scope="session")
def seed_facts(nlp, seed_documents):
    """Every fact of the five seeds, as the JSON dicts `quizgen extract` writes."""
    return [fact.to_dict() for fact in extract(seed_documents, nlp)]


@pytest.fixture(scope="session")
def gold():
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


def seed_name(prefix: str) -> str:
    """The seed file whose name starts with ``prefix`` ("004" -> "004_7a02….txt")."""
    return next(p.name for p in SEEDS.iterdir() if p.name.startswith(prefix))
