"""Steps for ingest.feature."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from support import SEEDS, seed_name
from quizgen.ingest import Kind, read_document

scenarios("ingest.feature")

GOOD = "“We will sign the deal this week,” said Maria Lopez, the trade minister of Chile. Exports rose 12% in 2023.\n"


@pytest.fixture
def ctx():
    return {}


@given(parsers.parse('the seed article "{prefix}"'), target_fixture="document")
def seed_article(prefix):
    return read_document(SEEDS / seed_name(prefix))


@given(parsers.parse('the article "{name}"'), target_fixture="document")
def article(name):
    if name.startswith("seeds "):
        return read_document(SEEDS / seed_name(name.split()[1]))
    return read_document(SEEDS.parent / "tests" / "data" / "unseen" / name)


@then(parsers.parse('the text "{text}" is a {kind}'))
def text_is_kind(document, text, kind):
    start = document.text.index(text)
    spans = [(m.start, m.end) for m in document.marks if m.kind == Kind(kind)]
    assert any(s <= start and start + len(text) <= e for s, e in spans), (kind, document.marks)
    assert document.kind_at(start, start + len(text)) == Kind(kind)
    assert document.analysis_text[start:start + len(text)].strip() == ""


@then(parsers.parse('the line "{line}" is boilerplate'))
def line_is_boilerplate(document, line):
    start = next(i for i in range(len(document.text)) if document.text.startswith(line, i)
                 and document.text[i - 1] == "\n" and document.text[i + len(line):i + len(line) + 1] in ("", "\n"))
    assert document.in_boilerplate(start, start + len(line))
    assert document.analysis_text[start:start + len(line)].strip() == ""


@then("the analysis text has the same length as the original text")
def same_length(document):
    assert len(document.analysis_text) == len(document.text)


BAD = {
    "an empty file": ("empty.txt", b""),
    "a binary file named .txt": ("binary.txt", bytes(range(256)) * 64),
    "a 20 MB file": ("huge.txt", b"Lorem ipsum dolor sit amet. " * (20_000_000 // 28)),
    "a file of unbalanced quote marks": ("marks.txt", ("“ He said “ no ” ” “ “ \" '\n" * 200).encode()),
}

HTML = """<html><head><title>Trade</title><script>alert("pwned")</script></head><body>
<nav>Home | World | Sport</nav><article><h1>Chile and Peru sign trade deal</h1>
<p>“We will sign the deal this week,” said Maria Lopez, the trade minister of Chile.</p>
<p>Exports rose 12% in 2023, according to the ministry. <img src=x onerror="alert(1)"></p>
<script>document.write("evil")</script></article></body></html>"""


@given("an HTML page with a script, a nav bar and an onerror image", target_fixture="document")
def html_page(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    return read_document(path)


@then("the document text holds the article paragraphs")
def html_paragraphs(document):
    assert "said Maria Lopez, the trade minister of Chile." in document.text
    assert "Exports rose 12% in 2023" in document.text


@then("the document text holds no script, nav or markup")
def html_inert(document):
    for bad in ("alert", "pwned", "evil", "<", "onerror", "Home | World"):
        assert bad not in document.text


@given(parsers.parse("a folder with a good article and {bad}"))
def folder_with_bad(tmp_path, ctx, bad):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    name, data = BAD[bad]
    (tmp_path / name).write_bytes(data)
    ctx.update(folder=tmp_path, bad=name)


@given("a cp1252 file with curly quotes")
def cp1252_file(tmp_path, ctx):
    (tmp_path / "legacy.txt").write_bytes(GOOD.replace("Lopez", "López").encode("cp1252"))
    ctx.update(folder=tmp_path)


@given("a folder with only an empty file")
def only_empty(tmp_path, ctx):
    (tmp_path / "empty.txt").write_bytes(b"")
    ctx.update(folder=tmp_path)


@when("I run quizgen extract on the folder")
def run_extract(ctx):
    out = ctx["folder"] / "facts.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen.cli", "extract", str(ctx["folder"]), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )
    ctx.update(proc=proc, out=out)


@then("no traceback is printed")
def no_traceback(ctx):
    assert "Traceback" not in ctx["proc"].stderr + ctx["proc"].stdout


@then("stderr says the bad file was skipped in one line")
def skipped_line(ctx):
    lines = [l for l in ctx["proc"].stderr.splitlines() if ctx["bad"] in l]
    assert len(lines) == 1 and "skipped" in lines[0], ctx["proc"].stderr
    assert "Traceback" not in ctx["proc"].stderr


def _facts(ctx):
    return [json.loads(l) for l in ctx["out"].read_text(encoding="utf-8").splitlines() if l.strip()]


@then("facts were written for the good article")
def facts_for_good(ctx):
    assert any(f["doc"] == "good.txt" for f in _facts(ctx))


@then("facts were written for the cp1252 article")
def facts_for_cp1252(ctx):
    facts = [f for f in _facts(ctx) if f["doc"] == "legacy.txt"]
    assert facts
    text = (ctx["folder"] / "legacy.txt").read_bytes().decode("cp1252")
    for f in facts:
        start, end = f["span"]
        assert text[start:end].strip()
