"""Steps for figures.feature."""

from __future__ import annotations

import importlib.util
import json

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from support import GOLD, ROOT, SEEDS, seed_name
from quizgen.extract.figures import extract_figures
from quizgen.ingest.read import document_from_text

scenarios("figures.feature")


@pytest.fixture
def ctx():
    return {}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("score_facts", ROOT / "tests" / "data" / "score_facts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@given(parsers.parse('the figures of seed "{prefix}"'))
def seed_figures(ctx, seed_facts, seed_documents, prefix):
    name = seed_name(prefix)
    ctx["document"] = next(d for d in seed_documents if d.name == name)
    ctx["figures"] = [f for f in seed_facts if f["kind"] == "figure" and f["doc"] == name]


@given("the article text")
def article_text(ctx, nlp, docstring):
    document = document_from_text("unseen.txt", docstring)
    ctx["document"] = document
    ctx["figures"] = [f.to_dict() for f in extract_figures(nlp(document.analysis_text), document)]


def _figure(ctx, surface):
    found = [f for f in ctx["figures"] if f["surface"] == surface]
    assert found, f"no figure {surface!r} among {[f['surface'] for f in ctx['figures']]}"
    return found


@then(parsers.parse('there is a figure "{surface}" of type {kind} with value {value} and unit "{unit}"'))
def figure_value(ctx, surface, kind, value, unit):
    wanted = (kind, json.loads(value), unit)
    got = [(f["figure_type"], f["value"], f["unit"]) for f in _figure(ctx, surface)]
    assert wanted in got, got


@then(parsers.parse('there is a count "{surface}" with value {value} counting "{noun}"'))
def count_value(ctx, surface, value, noun):
    wanted = ("count", json.loads(value), "count", noun)
    got = [(f["figure_type"], f["value"], f["unit"], f["counted"]) for f in _figure(ctx, surface)]
    assert wanted in got, got


@then(parsers.parse('the figure "{surface}" has the qualifier "{qualifier}"'))
def figure_qualifier(ctx, surface, qualifier):
    assert all(f["qualifier"] == qualifier for f in _figure(ctx, surface))


@then(parsers.parse('the figure "{surface}" has no qualifier'))
def figure_no_qualifier(ctx, surface):
    assert all(f["qualifier"] is None for f in _figure(ctx, surface))


@then(parsers.parse('the figure "{surface}" is about "{phrase}"'))
def figure_about(ctx, surface, phrase):
    assert any(phrase in f["about"] for f in _figure(ctx, surface)), [f["about"] for f in _figure(ctx, surface)]


@then(parsers.parse('the figure "{surface}" is not about "{phrase}"'))
def figure_not_about(ctx, surface, phrase):
    assert all(phrase not in f["about"] for f in _figure(ctx, surface)), [f["about"] for f in _figure(ctx, surface)]


@then(parsers.parse('the figure "{surface}" is once inside a quotation and once not'))
def figure_in_quote(ctx, surface):
    assert sorted(f["in_quote"] for f in _figure(ctx, surface)) == [False, True]


@then("every figure span indexes its surface in the original text")
def spans_index_text(ctx):
    text = ctx["document"].text
    for f in ctx["figures"]:
        start, end = f["span"]
        assert text[start:end] == f["surface"]
        assert f["sentence"] in text and f["surface"] in f["sentence"]


def _occurrences(text, needle):
    start = text.find(needle)
    assert start >= 0, f"{needle!r} is not in the text"
    while start >= 0:
        yield start, start + len(needle)
        start = text.find(needle, start + 1)


def _overlapping(figures, start, end):
    return [f["surface"] for f in figures if f["span"][0] < end and start < f["span"][1]]


@then(parsers.parse('no figure overlaps "{text}"'))
def no_overlap(ctx, text):
    for start, end in _occurrences(ctx["document"].text, text):
        assert not _overlapping(ctx["figures"], start, end)


@then("no figure lies in the document's boilerplate")
def none_in_boilerplate(ctx):
    assert ctx["document"].boilerplate
    assert not [f["surface"] for f in ctx["figures"] if ctx["document"].in_boilerplate(*f["span"])]


@then("no figure of the seeds overlaps a gold not-figure")
def no_gold_trap(seed_facts, gold):
    hits = []
    for stem, annotation in gold.items():
        figures = [f for f in seed_facts if f["kind"] == "figure" and f["doc"] == f"{stem}.txt"]
        for trap in annotation["not_figures"]:
            start = trap["char_start"]
            hits += _overlapping(figures, start, trap.get("char_end", start + len(trap["text"])))
    assert not hits


@when("the seed facts are scored against the gold annotation", target_fixture="scores")
def scored(seed_facts):
    scorer = _load_scorer()
    docs = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")
    results, _ = scorer.score(seed_facts, str(GOLD), docs)
    figure = results["figure"]
    _, _, f1 = scorer.prf(figure["tp_pred"], figure["pred"], figure["tp_gold"], figure["gold"])
    return {"f1": f1, "value_unit": figure["unit_ok"] / figure["tp_gold"] if figure["tp_gold"] else 0.0}


@then(parsers.parse("figure F1 is at least {minimum:f}"))
def f1_at_least(scores, minimum):
    assert scores["f1"] >= minimum, scores


@then(parsers.parse("figure value and unit accuracy is at least {minimum:f}"))
def value_unit_at_least(scores, minimum):
    assert scores["value_unit"] >= minimum, scores
