"""Every ingest stage is near-linear: generous time bounds on pathological inputs.

Inputs that froze the server before: a disclaimer pattern with two ``.*`` (31 s on 12.6 KB), the
``[text](url)`` pattern on ``"[a](b " * 32000`` (54 s), a byline pattern with nested
quantifiers (37 s on 400 bytes), jusText's context pass on a page of short lines (65 s on 20,000).
"""

from __future__ import annotations

import time

import pytest

from quizgen.ingest.boilerplate import MAX_RULE_CHARS, _rules, find_marks
from quizgen.ingest.markup import markup_ranges
from quizgen.ingest.read import read_document

#: Seconds any stage may take on one input below (each is well under one second on the 2-core machine).
BOUND = 10.0

PATHOLOGICAL = {
    "disclaimer words, no author": "opinions expressed reflect views " * 400,
    "unclosed links": "[a](b " * 32_000,
    "links without targets": "[a]" * 60_000 + "(",
    "unclosed emphasis": "*a _b " * 40_000,
    "backslashes": "\\" * 200_000,
    "capitals after By": "By " + "A" * 200_000 + "!",
    "short lines": "Hello there\n" * 30_000,
    "debris lines": "Advertisement\n" * 30_000,
    "debris lines, then text": "Advertisement\n" * 30_000 + "The minister said the port would reopen.\n",
    "quote marks": "“ ” \" ' ‘ ’ " * 20_000,
    "one long line": "word " * 80_000,
    "dashes after capitals": "ABC DEF - " * 40_000,
    "pipes": "a | " * 100_000,
    "caption tails": "Photo: " * 50_000,
}


def _timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_marks_are_near_linear(name):
    assert _timed(find_marks, PATHOLOGICAL[name]) < BOUND


@pytest.mark.parametrize("name", PATHOLOGICAL)
def test_markup_is_near_linear(name):
    assert _timed(markup_ranges, PATHOLOGICAL[name]) < BOUND


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("name", ["unclosed links", "short lines", "one long line", "capitals after By"])
def test_reading_a_file_is_near_linear(tmp_path, name, suffix):
    path = tmp_path / f"page{suffix}"
    text = PATHOLOGICAL[name]
    path.write_text(f"<html><body><p>{text}</p></body></html>" if suffix == ".html" else text, encoding="utf-8")
    assert _timed(read_document, path) < BOUND


@pytest.mark.parametrize("html", [
    "<div>" * 50_000 + "<p>Exports rose 12% in 2023, the ministry said.</p>" + "</div>" * 50_000,
    "<div class=x " * 50_000,
    "<p>" + "<b>" * 20_000 + "text",
])
def test_hostile_html_is_near_linear(tmp_path, html):
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    start = time.perf_counter()
    try:
        read_document(path)
    except ValueError:  # "no text in it" is a fine answer for a page of tags
        pass
    assert time.perf_counter() - start < BOUND


#: Lines of the longest length a debris rule reads, built to make backtracking patterns explode.
ADVERSARIAL_LINES = [
    ("opinion expressed " * 40)[:MAX_RULE_CHARS],
    ("By " + "A" * MAX_RULE_CHARS)[:MAX_RULE_CHARS - 1] + "!",
    ("Published " + "1 " * MAX_RULE_CHARS)[:MAX_RULE_CHARS],
    ("a | " * MAX_RULE_CHARS)[:MAX_RULE_CHARS] + "1",
    ("Photo: " + "a " * MAX_RULE_CHARS)[:MAX_RULE_CHARS - 1] + "!",
    ("Jane " * MAX_RULE_CHARS)[:MAX_RULE_CHARS - 1] + ",",
    ("(Reporting by " * 40)[:MAX_RULE_CHARS],
    "Sign up " + "x" * (MAX_RULE_CHARS - 10),
    ("Aa " * MAX_RULE_CHARS)[:MAX_RULE_CHARS - 4] + " for",
]


def test_every_debris_rule_is_fast_on_adversarial_lines():
    slow = []
    for kind, rules in _rules().items():
        for rule in rules:
            for line in ADVERSARIAL_LINES:
                if _timed(rule.search, line) > 0.05:
                    slow.append((kind, rule.pattern, line[:30]))
    assert not slow, slow
