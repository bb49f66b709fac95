"""Steps for facts_schema.feature."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from pytest_bdd import given, scenarios, then

scenarios("facts_schema.feature")

SCHEMA = json.loads((Path(__file__).parent.parent / "quizgen" / "schema" / "facts.schema.json").read_text())


@pytest.fixture
def validator():
    return jsonschema.Draft202012Validator(SCHEMA)


@given("the facts extracted from the seeds", target_fixture="facts")
def facts(seed_facts):
    return json.loads(json.dumps(seed_facts))


@then("the facts schema is a valid JSON Schema")
def valid_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


@then("every fact validates against the facts schema")
def every_fact(facts, validator):
    for fact in facts:
        errors = list(validator.iter_errors(fact))
        assert not errors, (fact["id"], errors[0].message)


@then("facts of every kind were checked")
def every_kind(facts):
    assert {f["kind"] for f in facts} == {"quote", "figure", "participant"}


@then("a figure without its unit is rejected")
def figure_without_unit(facts, validator):
    figure = dict(next(f for f in facts if f["kind"] == "figure"))
    del figure["unit"]
    assert not validator.is_valid(figure)


@then("a quote whose span is not a pair of offsets is rejected")
def quote_bad_span(facts, validator):
    quote = dict(next(f for f in facts if f["kind"] == "quote"), span=[3])
    assert not validator.is_valid(quote)
