"""Moodle XML and GIFT exports imported by Moodle 4.5's own import code, compared with what was meant.

The harness (`../shared/moodle-import`, or QUIZGEN_MOODLE_IMPORT) runs Moodle's real parsers and
question types on PHP; `items[].stored` is what a teacher would see in the question bank.
"""

from __future__ import annotations

import html
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from support import moodle_harness

from quizgen.export import Article, ExportSet, export
from quizgen.export.common import distractors, is_true, matching_rows, one_line, plain_number, variants
from quizgen.export.moodle import kind, literal, typed_answers
from quizgen.extract.model import Evidence
from quizgen.questions.model import Question

ROOT = Path(__file__).resolve().parent.parent
SUFFIX = {"moodle": "xml", "gift": "txt"}


def moodle_import(path: Path, fmt: str) -> dict:
    """What Moodle's import code made of the file at ``path`` (run.php --json)."""
    assert shutil.which("php"), "PHP is needed for Moodle's import code: bash scripts/system-deps.sh"
    out = path.with_suffix(".json")
    subprocess.run(["php", str(moodle_harness() / "harness" / "run.php"), "xml" if fmt == "moodle" else "gift", str(path),
                    "--json", str(out)], check=False, capture_output=True, timeout=300)
    return json.loads(out.read_text())


def check(path: Path) -> subprocess.CompletedProcess:
    """The harness's own verdict: exit 0 only if every question is stored and Moodle said nothing."""
    return subprocess.run(["bash", str(moodle_harness() / "check.sh"), str(path)], capture_output=True, text=True, timeout=300)


def stored(result: dict) -> dict[str, dict]:
    """Stored questions by id number (categories left out)."""
    return {item["source_idnumber"]: item["stored"] for item in result["items"]
            if item.get("stored") and item["stored"].get("qtype") != "category"}


def messages(result: dict) -> list[str]:
    found = [m for item in result["items"] for m in item.get("messages", []) + item.get("save_messages", [])]
    return found + result["parse_whole"]["messages"] + result["whole_import"]["messages"]


TEXT = ("Acme <Research> Partners said the fund grew to $240 billion, or “S&P 500*” levels. "
        "The office is open 24/7 at C:\\data.\n\n"
        "Shares of Tom -> Jerry Ltd rose ~5% and #1 fans paid {1:SHORTANSWER:=x} for it. The deal is worth six weeks\n")
ARTICLE = Article("edge.md", "# Acme <Research> Partners / \\new \\\\ funds/", TEXT)


def at(words: str) -> Evidence:
    start = TEXT.index(words)
    line_start = TEXT.rfind("\n", 0, start) + 1
    line_end = TEXT.index("\n", start)
    return Evidence(ARTICLE.name, (start, start + len(words)), TEXT[line_start:line_end])


EDGE = [
    Question(id="arrow-answer", type="short", prompt="Whose shares rose?", answer="Tom -> Jerry Ltd",
             evidence=[at("Tom -> Jerry Ltd")]),
    Question(id="arrow-variant", type="short", prompt="Who said the fund grew?", answer="Acme <Research> Partners",
             accepted=["Acme -> Research", "Acme"], evidence=[at("Acme <Research> Partners")]),
    Question(id="weight", type="short", prompt="What share rose ~5%?", answer="%50% of shares", accepted=["half"],
             evidence=[at("~5%")]),
    Question(id="one-choice", type="mcq", prompt="Who said the fund grew?", answer="Acme", choices=["Acme"],
             evidence=[at("Acme <Research> Partners")]),
    Question(id="mcq-weight", type="mcq", prompt="How much did shares rise?", answer="~5%",
             choices=["~5%", "%50%", "10%", "20%"], evidence=[at("~5%")]),
    Question(id="cloze-specials", type="cloze",
             prompt="The office at {1:SHORTANSWER:=x} is open _____ at C:\\data #1.", answer="24/7",
             accepted=['"Big Mac"', "~5%", "C:\\data", "a}b{c", "x#y", "S&P 500*"], evidence=[at("24/7")]),
    Question(id="cloze-last", type="cloze", prompt="The deal is worth _____", answer="six weeks",
             accepted=["S&P 500*"], evidence=[at("six weeks")]),
    Question(id="wildcard", type="short", prompt="Which <index> levels?", answer="S&P 500*",
             evidence=[at("S&P 500*")], explanation="An index & its <levels>."),
    Question(id="tf", type="tf", prompt="The office is open 24/7.", answer="True", choices=["True", "False"],
             evidence=[at("24/7")]),
    Question(id="numeric-typed", type="short", prompt="How much did the fund grow to?", answer="$240 billion",
             accepted=["240 billion USD", "six weeks"], value=240e9, tolerance=1e9, unit="USD", evidence=[at("$240 billion")]),
    Question(id="numeric-plain", type="short", prompt="How many fans?", answer="1", value=1, tolerance=0,
             evidence=[at("#1")]),
    Question(id="illegal", type="short", prompt="Which \ufffe\uffff office\x00?", answer="C:\\data\ufffe",
             evidence=[at("C:\\data")]),
    Question(id="matching", type="matching", prompt="Match each <firm> to its words.", answer="",
             pairs=[["Acme", "Tom -> Jerry"], ["Tom <Jerry>", "50% = half"]], evidence=[at("Acme")]),
]
MEANT_ANSWERS = {  # what a student may type, per question, as Moodle must store it
    "arrow-variant": ["Acme <Research> Partners", "Acme -> Research", "Acme"],
    "weight": ["%50% of shares", "half"],
    "cloze-specials": ["24/7", '"Big Mac"', "~5%", "C:\\data", "a}b{c", "x#y", "S&P 500\\*"],
    "cloze-last": ["six weeks", "S&P 500\\*"],
    "wildcard": ["S&P 500\\*"],
    "numeric-typed": ["$240 billion", "240 billion USD", "six weeks", "240000000000"],
    "illegal": ["C:\\data"],
}
#: The article's title as Moodle must show it: Markdown read ("# " gone, an escaped backslash one), tags kept.
NAME = "Acme <Research> Partners / \\new \\ funds"


@pytest.fixture(scope="module")
def edge_set() -> ExportSet:
    return ExportSet.of("Week </1/>", EDGE, [ARTICLE])


@pytest.fixture(scope="module", params=["moodle", "gift"])
def imported(request, edge_set, tmp_path_factory):
    path = tmp_path_factory.mktemp(request.param) / f"edge.{SUFFIX[request.param]}"
    skipped = export(edge_set, request.param, path)
    return request.param, path, {q.id: reason for q, reason in skipped}, moodle_import(path, request.param)


def test_every_question_exported_is_stored_without_a_message(imported):
    fmt, path, skipped, result = imported
    verdict = check(path)
    assert verdict.returncode == 0, verdict.stdout
    assert not messages(result)
    assert set(stored(result)) == {q.id for q in EDGE} - set(skipped)
    assert result["upload"]["accepted"]


def test_what_moodle_cannot_hold_is_left_out_and_said(imported):
    fmt, path, skipped, result = imported
    assert "one choice" in skipped.pop("one-choice")
    if fmt == "gift":
        assert "->" in skipped.pop("arrow-answer")
        assert "// variant left out ('->' reads as matching in GIFT): Acme -> Research" in path.read_text()
    assert skipped == {}


def test_each_answer_is_stored_as_a_student_would_type_it(imported):
    fmt, path, skipped, result = imported
    questions = stored(result)
    for qid, meant in MEANT_ANSWERS.items():
        if fmt == "gift":
            meant = [a for a in meant if "->" not in a]
        got = questions[qid]
        answers = got["answers"] if got["qtype"] != "multianswer" else got["subquestions"][0]["answers"]
        assert [html.unescape(str(a["answer"])) if got["qtype"] == "multianswer" else str(a["answer"])
                for a in answers] == meant, qid
        assert {a["fraction"] for a in answers} == {1}, qid


def test_types_names_penalties_and_feedback(imported):
    fmt, path, skipped, result = imported
    questions = stored(result)
    assert questions["numeric-typed"]["qtype"] == "shortanswer"
    assert questions["numeric-plain"]["qtype"] == "numerical"
    assert questions["mcq-weight"]["qtype"] == "multichoice"
    assert sorted((html.unescape(a["answer"]), a["fraction"]) for a in questions["mcq-weight"]["answers"]) == [
        ("%50%", 0), ("10%", 0), ("20%", 0), ("~5%", 1)]
    assert float(questions["tf"]["penalty"]) == 1
    assert read_answers(questions["matching"]) == [("Acme", "Tom -> Jerry"), ("Tom <Jerry>", "50% = half")]
    assert html.unescape(questions["wildcard"]["name"]) == "Which <index> levels?"
    for qid, question in questions.items():
        assert [html.unescape(c) for c in question["category"]] == ["top", "quizgen", "Week </1/>", NAME], qid
        assert question["idnumber"] == qid
        if question["qtype"] in ("shortanswer", "numerical", "multichoice"):
            assert all(a["feedback"] for a in question["answers"]), qid
        assert "<mark>" in question["generalfeedback"], qid
    assert "\ufffe" not in json.dumps(questions["illegal"], ensure_ascii=False)


def test_cloze_blanks_stay_where_they_are(imported):
    fmt, path, skipped, result = imported
    questions = stored(result)
    last = questions["cloze-last"]
    specials = questions["cloze-specials"]
    if fmt == "moodle":
        assert last["qtype"] == specials["qtype"] == "multianswer"
        assert len(specials["subquestions"]) == 1
        assert html.unescape(specials["questiontext"]) == "The office at {1:SHORTANSWER:=x} is open {#1} at C:\\data #1."
    else:
        assert last["questiontext"] == "The deal is worth _____"
        assert specials["questiontext"] == "The office at {1:SHORTANSWER:=x} is open _____ at C:\\data #1."


def test_reimport_is_documented_in_the_file(imported):
    fmt, path, skipped, result = imported
    assert "Importing this file again adds every question again" in path.read_text()
    assert result["reimport"]["entries_with_idnumber"] == result["reimport"]["questions_before"]


def read_answers(got: dict) -> list[tuple[str, float]]:
    """What Moodle stored: (answer, fraction), sorted; matching: the pairs. HTML answers (choices,
    cloze, left sides) are read as text, plain ones (short, numerical, right sides) as typed."""
    if got["qtype"] == "match":
        return sorted((html.unescape(p["left"]), p["right"]) for p in got["pairs"])
    answers = got["subquestions"][0]["answers"] if got["qtype"] == "multianswer" else got.get("answers", [])
    return sorted((html.unescape(str(a["answer"])) if got["qtype"] in ("multichoice", "multianswer")
                   else str(a["answer"]), a["fraction"]) for a in answers)


@pytest.fixture(scope="module")
def seeds_set() -> ExportSet:
    from quizgen.pipeline import build

    result = build([ROOT / "seeds"])
    return ExportSet.of("Seeds", result.questions, result.documents.values())


def meant_answers(question: Question, fmt: str) -> list[tuple[str, float]]:
    """(answer, fraction) as Moodle must store them for a student to be graded as quizgen grades
    (matching: the pairs)."""
    qtype = kind(question)
    if qtype == "matching":
        return sorted(matching_rows(question.pairs))
    if qtype == "multichoice":
        return sorted([(one_line(question.answer), 1)] + [(c, 0) for c in distractors(question)])
    if qtype == "truefalse":
        return sorted([("True", int(is_true(question))), ("False", int(not is_true(question)))])
    if qtype == "numerical":
        return [(plain_number(question.value), 1)]
    typed = typed_answers(question) if qtype == "shortanswer" else variants(question)
    return sorted((literal(a), 1) for a in typed if fmt == "moodle" or "->" not in a)


@pytest.mark.nlp
@pytest.mark.parametrize("fmt", ["moodle", "gift"])
def test_the_seeds_export_is_stored_whole_each_answer_as_meant(seeds_set, fmt, tmp_path):
    path = tmp_path / f"seeds.{SUFFIX[fmt]}"
    skipped = export(seeds_set, fmt, path)
    verdict = check(path)
    assert verdict.returncode == 0, verdict.stdout
    questions = stored(moodle_import(path, fmt))
    left_out = {q.id for q, _ in skipped}
    assert set(questions) == {q.id for q in seeds_set.questions} - left_out and len(questions) >= 30
    for question in seeds_set.questions:
        if question.id in left_out:
            continue
        got = questions[question.id]
        assert read_answers(got) == meant_answers(question, fmt), question.id
        assert "<mark>" in got["generalfeedback"], question.id
        assert float(got["penalty"]) == (1 if got["qtype"] == "truefalse" else 0.3333333), question.id
