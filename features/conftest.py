"""Fixtures shared by the acceptance scenarios: the seeds, extracted once per test session."""

from __future__ import annotations

import json

import pytest

from quizgen.extract import extract
from quizgen.ingest import read_paths
from quizgen.nlp import load
from support import GOLD, SEEDS


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

