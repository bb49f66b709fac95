"""HTML input: facts written out for users index the page as written, not the text extracted from it."""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.cli import main
from quizgen.ingest import read_document
from quizgen.ingest.read import UnreadableInput
from quizgen.ingest.source_map import html_source_map

DATA = Path(__file__).parent / "data"
PAGE = DATA / "html" / "harbour.html"


def _file_text(path: Path) -> str:
    """The file as the scorer and the gold read it."""
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def _reads(page: str, span: list[int]) -> str:
    """What a span of the page says: tags dropped, references decoded, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^<>]*>", "", page[span[0]:span[1]])).split())


def _plain(text: str) -> str:
    return " ".join(text.split())


def _run(command: str, path: Path, out: Path) -> list[dict]:
    result = CliRunner().invoke(main, [command, str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(params=["\n", "\r\n"], ids=["lf", "crlf"])
def page_path(request, tmp_path):
    path = tmp_path / "harbour.html"
    path.write_bytes(_file_text(PAGE).replace("\n", request.param).encode("utf-8"))
    return path


def test_every_fact_reads_as_itself_in_the_page(page_path, tmp_path):
    page = _file_text(page_path)
    facts = _run("extract", page_path, tmp_path / "facts.jsonl")
    assert {f["kind"] for f in facts} == {"quote", "figure", "participant"}
    for fact in facts:
        said = _reads(page, fact["span"])
        if fact["kind"] == "participant":
            names = {fact["name"], *fact["aliases"]}
            assert said in names, fact
            assert all(_reads(page, m) in names for m in fact["mentions"]), fact
        else:
            assert said == _plain(fact["text"] if fact["kind"] == "quote" else fact["surface"]), fact
        sentence = _reads(page, [fact["sentence_start"], len(page)])
        assert sentence.startswith(_plain(fact["sentence"])[:20]), fact


def test_question_evidence_indexes_the_page(tmp_path):
    page = _file_text(PAGE)
    questions = _run("questions", PAGE, tmp_path / "questions.jsonl")
    assert questions
    for question in questions:
        for evidence in question["evidence"]:
            assert _reads(page, evidence["span"]) in _plain(evidence["sentence"]), question


def test_the_scorer_matches_the_gold_by_offset(tmp_path):
    spec = importlib.util.spec_from_file_location("score_facts", DATA / "score_facts.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    facts = _run("extract", PAGE, tmp_path / "facts.jsonl")
    results, misses = scorer.score(facts, str(PAGE.parent), [PAGE.name])
    for kind in ("quote", "figure", "participant"):
        figures = results[kind]
        assert figures["tp_gold"] == figures["gold"] > 0, (kind, dict(misses))
        assert figures["tp_pred"] == figures["pred"], (kind, dict(misses))
    assert results["quote"]["spk_full"] == results["quote"]["spk_n"]
    gold = json.loads((PAGE.parent / "harbour.json").read_text(encoding="utf-8"))
    for participant in gold["participants"]:  # the scorer matches participants by name: their spans too
        start = participant["evidence_char_start"]
        found = [f for f in facts if f["kind"] == "participant" and f["name"] == participant["name"]]
        assert found and start <= found[0]["span"][0] < found[0]["span"][1] <= start + len(participant["evidence"])


@pytest.mark.parametrize("written, decoded", [
    ("Tom &amp; Jerry", "&amp;"), ("the council&rsquo;s", "&rsquo;"), ("the council&#8217;s", "&#8217;"),
    ("the council&#x2019;s", "&#x2019;"), ("&pound;5", "&pound;"), ("AT&T rose", "AT&T"),
])
def test_a_reference_spans_all_of_it(written, decoded):
    page = f"<html><body><p>{written}</p></body></html>"
    text = html.unescape(written)
    source = html_source_map(page, text)
    assert page[slice(*source.span(0, len(text)))] == written
    at = text.index(html.unescape(decoded)) if decoded != "AT&T" else 0
    end = at + len(html.unescape(decoded))
    assert page[slice(*source.span(at, end))] == decoded


def test_text_the_extractor_adds_or_leaves_out():
    page = ("<nav>Home Sport</nav><h1>Sport news</h1><p>First <b>line</b><br>second\r\nline</p>"
            "<script>var Sport = 1;</script><footer>Sport</footer>")
    text = "Sport news\nFirst line\nsecond line"
    source = html_source_map(page, text)
    assert page[slice(*source.span(0, 10))] == "Sport news"  # not the nav's "Sport"
    assert source.span(10, 11) == (page.index("First"),) * 2  # an added line break: where the next word is
    assert page[slice(*source.span(11, len(text)))] == "First <b>line</b><br>second\r\nline"


def test_text_files_keep_their_offsets(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Exports rose 12% in 2023 &amp; beyond.\n", encoding="utf-8")
    document = read_document(path)
    assert document.source_map is None
    assert document.source_span(13, 16) == (13, 16)


_HOSTILE = st.lists(st.sampled_from([
    "<p>", "</p>", "<script>", "</script>", "<style>", "<title>", "</title>", "<!--", "-->", "<![CDATA[", "]]>",
    "<a href='x>", "<", ">", "&", "&amp;", "&#", "&#x;", "&#99999999;", "&rsquo", "&nosuch;", "<br/>", "\r\n", "\r",
    "<div", "</em>", "word", "Word ", "£", "“", "\x00", " ",
]), max_size=60).map("".join)


@settings(max_examples=200, deadline=None)
@given(page=_HOSTILE, text=st.one_of(_HOSTILE, st.text(max_size=40)))
def test_hostile_pages_never_raise(page, text):
    source = html_source_map(page, text)
    assert len(source.offsets) == len(text)
    assert list(source.offsets) == sorted(source.offsets)
    assert all(0 <= offset <= len(page) for offset in source.offsets)
    for start in range(len(text) + 1):
        begin, end = source.span(start, len(text))
        assert 0 <= begin <= end <= len(page)


@pytest.mark.parametrize("page", [
    "<html><body><p>Unclosed <script>var x = '<p>Text</p>';",
    "<title>Never closed<p>The council said it would spend £4 million on the wall this year.</p>",
    "<p>" + "<em>" * 5000 + "Deep text that keeps going for a while." + "</em>" * 10 + "&" * 300,
])
def test_hostile_files_are_read_or_refused(tmp_path, page):
    path = tmp_path / "hostile.html"
    path.write_text(page, encoding="utf-8")
    try:
        document = read_document(path)
    except UnreadableInput:
        return
    assert document.source_map is not None and len(document.source_map.offsets) == len(document.text)
