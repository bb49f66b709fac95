"""Steps for quotes.feature."""

from __future__ import annotations

import importlib.util

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from support import GOLD, ROOT, SEEDS, seed_name
from quizgen.extract.names import People
from quizgen.extract.quotes import extract_quotes
from quizgen.ingest import Document

scenarios("quotes.feature")


@pytest.fixture
def ctx():
    return {}


@given(parsers.parse('the quotes of seed "{prefix}"'))
def seed_quotes(ctx, seed_facts, prefix):
    ctx["quotes"] = [f for f in seed_facts if f["kind"] == "quote" and f["doc"] == seed_name(prefix)]


@given("the article")
def article(ctx, nlp, docstring):
    ctx["quotes"] = _quotes(nlp, docstring)


@given(parsers.parse('the article "{text}"'))
def one_line_article(ctx, nlp, text):
    ctx["quotes"] = _quotes(nlp, text)


def _quotes(nlp, text):
    document = Document(name="unseen.txt", text=text, analysis_text=text)
    sdoc = nlp(text)
    return [q.to_dict() for q in extract_quotes(sdoc, document, People.from_doc(sdoc, document))]


def _find(ctx, text, *, prefix=False):
    found = [q for q in ctx["quotes"] if (q["text"].startswith(text) if prefix else q["text"] == text)]
    assert found, f"no quote {text!r} in {[q['text'][:40] for q in ctx['quotes']]}"
    ctx["quote"] = found[0]
    return found[0]


def _check_speaker(quote, speaker, kind):
    assert (quote["speaker"], quote["speaker_type"]) == (speaker, kind), quote


@then(parsers.parse('the quote "{text}" is by "{speaker}" ({kind})'))
def quote_by(ctx, text, speaker, kind):
    _check_speaker(_find(ctx, text), speaker, kind)


@then(parsers.parse('the quote starting "{text}" is by "{speaker}" ({kind})'))
def quote_starting_by(ctx, text, speaker, kind):
    _check_speaker(_find(ctx, text, prefix=True), speaker, kind)


@then(parsers.parse('its speaker role is "{role}"'))
def speaker_role(ctx, role):
    assert ctx["quote"]["speaker_role"] == role, ctx["quote"]


@then(parsers.parse('its speaker role includes "{role}"'))
def speaker_role_includes(ctx, role):
    assert role in (ctx["quote"]["speaker_role"] or ""), ctx["quote"]


@then(parsers.parse('its marks are "{marks}"'))
def marks_are(ctx, marks):
    assert ctx["quote"]["marks"] == marks, ctx["quote"]


@then(parsers.parse('its cue is "{cue}"'))
def cue_is(ctx, cue):
    assert ctx["quote"]["cue"] == cue, ctx["quote"]


@then(parsers.parse('its text ends with "{tail}"'))
def text_ends(ctx, tail):
    quote = ctx["quote"]
    assert quote["text"].endswith(tail), quote
    text = (SEEDS / quote["doc"]).read_text(encoding="utf-8")
    assert text[quote["span"][0]: quote["span"][1]] == quote["text"]


@then(parsers.parse('there is no quote "{text}"'))
def no_quote(ctx, text):
    assert not [q for q in ctx["quotes"] if text.strip(",. ") in q["text"]], ctx["quotes"]


@then(parsers.parse("there are {n:d} quotes"))
def quote_count(ctx, n):
    assert len(ctx["quotes"]) == n, ctx["quotes"]


@when("the seed quotes are scored against the gold annotation", target_fixture="score")
def scored(seed_facts):
    spec = importlib.util.spec_from_file_location("score_facts", ROOT / "tests" / "data" / "score_facts.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    quotes = [f for f in seed_facts if f["kind"] == "quote"]
    docs = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")
    counts = scorer.score(quotes, str(GOLD), docs)[0]["quote"]
    _, _, f1 = scorer.prf(counts["tp_pred"], counts["pred"], counts["tp_gold"], counts["gold"])
    return {"F1": f1, "speaker": counts["spk_full"] / counts["spk_n"], "traps": counts["trap_hits"]}


@then(parsers.parse("quote F1 is at least {f1:f} and speaker accuracy at least {speaker:f}"))
def score_at_least(score, f1, speaker):
    assert score["F1"] >= f1 and score["speaker"] >= speaker and score["traps"] == 0, score
