"""Fixtures shared by the acceptance scenarios: the seeds, extracted once per test session."""

from __future__ import annotations

import json

import pytest
from pytest_bdd import then

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


@pytest.fixture
def ctx(tmp_path):
    """What a scenario's steps share; Anki collections opened in it are closed at its end."""
    ctx = {"tmp": tmp_path}
    yield ctx
    for col in ctx.get("collections", []):
        col.close()


@pytest.fixture(scope="session")
def gold():
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


# Steps shared by the scenarios that run a quizgen command and keep its result in ``ctx["proc"]``.
@then("the exit status is 0")
def exit_zero(ctx):
    assert ctx["proc"].returncode == 0, ctx["proc"].stderr


@then("the exit status is not 0")
def exit_nonzero(ctx):
    assert ctx["proc"].returncode != 0
