"""Steps for export.feature: every format is read back by a real importer or an independent parser."""

from __future__ import annotations

import dataclasses
import json
import re
import subprocess
import sys
import time

import jsonschema
import pytest
from anki.import_export_pb2 import ImportCsvRequest
from click.testing import CliRunner
from lxml import etree
from pygiftparser import parser as gift_parser
from pygiftparser.utils import transformSpecials
from pytest_bdd import given, parsers, scenarios, then, when

from support import ROOT, SEEDS, anki_import, moodle_harness, new_collection, notes_by_guid, seed_name
from quizgen.cli import main
from quizgen.export import Article, ExportSet, anki, export
from quizgen.export.anki import CLOZE_MODEL_ID, MCQ_MODEL_ID, QA_MODEL_ID, guid
from quizgen.extract.model import Evidence
from quizgen.ids import stable_id
from quizgen.ingest import read_document
from quizgen.questions.model import Question

scenarios("export.feature")

pytestmark = [pytest.mark.anki]

TRADE = Article(
    "trade.txt",
    "Trade talks: China & Russia <2023>",
    "Bilateral trade between China and Russia reached $240 billion in 2023, officials said.\n"
    "“We will sign eleven documents,” said Maria Lopez, the trade minister of Chile.\n",
)
GAS = Article("gas.txt", "Pipeline / gas deal", "The pipeline will carry 50 billion cubic metres of gas a year.\n")
FORMAT = {"an Anki package": "apkg", "Moodle XML": "moodle", "GIFT": "gift", "csv": "csv", "tsv": "tsv", "JSON": "json"}


def qid(name: str) -> str:
    """A question id of the form the generator makes (a 16-digit hex content hash)."""
    return stable_id("export scenario", name)


def evidence(article: Article, answer: str) -> Evidence:
    """The line of ``article`` holding ``answer``, with the answer's span in the article text."""
    start = article.text.index(answer)
    line_start = article.text.rfind("\n", 0, start) + 1
    line = article.text[line_start:article.text.index("\n", start)]
    return Evidence(article.name, (start, start + len(answer)), line)


def questions() -> list[Question]:
    money = evidence(TRADE, "$240 billion")
    lopez = evidence(TRADE, "Maria Lopez")
    return [
        Question(id=qid("trade"), type="short", fact_ids=[qid("fact 1")], prompt="How much did bilateral trade between China and Russia reach in 2023?",
                 answer="$240 billion", accepted=["240 billion dollars", "$240bn"], value=240000000000,
                 tolerance=1000000000, unit="USD", evidence=[money], tags=["kind:figure", "figure:money"],
                 explanation="Officials gave the figure (Trade talks)."),
        Question(id=qid("minister"), fact_ids=[qid("fact 2")], type="mcq", prompt="Who is the trade minister of Chile?", answer="Maria Lopez",
                 choices=["Ana Ruiz", "Maria Lopez", "Jorge Diaz", "Luis Perez"], evidence=[lopez],
                 tags=["kind:participant", "entity:PERSON"], explanation="The article names her role."),
        Question(id=qid("cloze"), fact_ids=[qid("fact 1")], type="cloze", prompt="Bilateral trade between China and Russia reached _____ in 2023.",
                 answer="$240 billion", accepted=["240 billion dollars", "$240bn"], evidence=[money], tags=["kind:figure"]),
        Question(id=qid("gas"), fact_ids=[qid("fact 3")], type="tf", prompt="The pipeline will carry 80 billion cubic metres of gas a year.",
                 answer="False", choices=["True", "False"], evidence=[evidence(GAS, "50 billion cubic metres")],
                 tags=["kind:figure"], explanation="It will carry 50 billion cubic metres."),
        Question(id=qid("match"), fact_ids=[qid("fact 2")], type="matching", prompt="Match each person to their role.",
                 answer="Maria Lopez — trade minister of Chile; Ana Ruiz — mayor of Lima; Jorge Diaz — governor of Cusco",
                 pairs=[["Maria Lopez", "trade minister of Chile"], ["Ana Ruiz", "mayor of Lima"], ["Jorge Diaz", "governor of Cusco"]],
                 evidence=[lopez], tags=["kind:participant"]),
        Question(id=qid("quote"), fact_ids=[qid("fact 4")], type="short", prompt="Who said: “We will sign eleven documents”?", answer="Maria Lopez",
                 accepted=["Lopez"], evidence=[lopez], tags=["kind:quote", "type:short", "article:trade"]),
    ]


@given(parsers.parse('the set "{name}" with a question of every type from two articles'))
def the_set(ctx, name):
    ctx["set"] = ExportSet(name, questions(), {a.name: a for a in (TRADE, GAS)})


def _export(ctx, fmt: str) -> None:
    suffix = {"moodle": "xml", "gift": "txt"}.get(fmt, fmt)  # the suffixes Moodle's upload form accepts
    ctx["path"] = path = ctx["tmp"] / f"export{ctx.setdefault('exports', 0)}.{suffix}"
    ctx["exports"] += 1
    ctx["skipped"] = export(ctx["set"], fmt, path)


@when(parsers.parse("the set is exported as {fmt}"))
def exported(ctx, fmt):
    _export(ctx, FORMAT[fmt])


@when("the package is imported into a fresh Anki collection")
def imported(ctx):
    ctx["col"] = new_collection(ctx)
    ctx["log"] = anki_import(ctx["col"], ctx["path"])


@then(parsers.parse("the collection has {notes:d} notes and {cards:d} cards"))
def counts(ctx, notes, cards):
    assert ctx["col"].note_count() == notes
    assert ctx["col"].card_count() == cards


@then(parsers.parse('the decks are "{a}", "{b}" and "{c}"'))
def decks(ctx, a, b, c):
    names = {d.name for d in ctx["col"].decks.all_names_and_ids()} - {"Default"}
    assert names == {a, b, c}
    assert ctx["col"].decks.name(_note(ctx, qid("gas")).cards()[0].did) == c
    assert ctx["col"].decks.name(_note(ctx, qid("minister")).cards()[0].did) == b


@then(parsers.parse('the note types are "{qa}", "{cloze}" and "{mcq}" with their fixed ids'))
def note_types(ctx, qa, cloze, mcq):
    col = ctx["col"]
    used = {n.note_type()["name"] for n in notes_by_guid(col).values()}
    assert used == {qa, cloze, mcq}
    assert col.models.by_name(qa)["id"] == QA_MODEL_ID
    assert col.models.by_name(cloze)["id"] == CLOZE_MODEL_ID
    assert col.models.by_name(mcq)["id"] == MCQ_MODEL_ID
    assert col.models.field_names(col.models.by_name(qa)) == ["Question", "Answer", "Evidence", "Source", "Explanation"]


@then("every note is tagged with its fact kind, its question type and its article, without spaces")
def tagged(ctx):
    notes = notes_by_guid(ctx["col"])
    for question in ctx["set"].questions:
        tags = set(notes[guid(question)].tags)
        assert tags >= {question.tags[0], f"type:{question.type}"} and question.tags[0].startswith("kind:")
        assert len([t for t in tags if t.startswith("article:")]) == 1
        assert not any(" " in t for t in tags)
    assert "article:Trade_talks:_China_Russia_2023" in notes[guid(ctx["set"].questions[0])].tags
    assert sorted(_note(ctx, qid("quote")).tags) == ["article:trade", "kind:quote", "type:short"]


def _note(ctx, question_id):
    return notes_by_guid(ctx["col"])[guid(Question(id=question_id, type="", prompt="", answer=""))]


@then("the multiple-choice note shows its choices, its answer and the evidence with the answer highlighted")
def mcq_note(ctx):
    note = _note(ctx, qid("minister"))
    assert note["Question"] == "Who is the trade minister of Chile?"
    assert re.findall(r"<li>(.*?)</li>", note["Choices"]) == ["Ana Ruiz", "Maria Lopez", "Jorge Diaz", "Luis Perez"]
    assert note["Answer"] == "Maria Lopez"
    assert "said <mark>Maria Lopez</mark>, the trade minister of Chile." in note["Evidence"]
    assert "Trade talks: China &amp; Russia &lt;2023&gt;" in note["Source"]
    card = note.cards()[0]
    assert "Ana Ruiz" in card.question() and "<mark>Maria Lopez</mark>" not in card.question()
    assert "<mark>Maria Lopez</mark>" in card.answer()


@then("the cloze note hides the answer in a real cloze")
def cloze_note(ctx):
    note = _note(ctx, qid("cloze"))
    assert note["Text"] == "Bilateral trade between China and Russia reached {{c1::$240 billion}} in 2023."
    card = note.cards()[0]
    assert "$240 billion" not in card.question() and "[...]" in card.question()
    assert "$240 billion" in card.answer()


@then("the matching note shows every pair")
def matching_note(ctx):
    note = _note(ctx, qid("match"))
    assert "<tr><td>Maria Lopez</td><td>trade minister of Chile</td></tr>" in note["Answer"]
    assert "<tr><td>Ana Ruiz</td><td>mayor of Lima</td></tr>" in note["Answer"]
    assert note["Answer"].count("<tr>") == 3


@given("the set was exported and imported into a fresh Anki collection")
def exported_and_imported(ctx):
    ctx["path"] = ctx["tmp"] / "first.apkg"
    ctx["time"] = time.time() - 3600
    anki.write(ctx["set"], ctx["path"], timestamp=ctx["time"])
    imported(ctx)
    assert len(ctx["log"].new) == 6


@given("a card of the collection was reviewed")
def reviewed(ctx):
    col = ctx["col"]
    col.decks.set_current(col.decks.id_for_name("World news"))
    card = col.sched.getCard()
    col.sched.answerCard(card, 3)
    ctx["reviewed"] = card.id
    assert col.db.scalar("select count() from revlog where cid = ?", card.id) == 1


@when("one question's explanation is edited and the set is exported again later")
def edited_and_exported(ctx):
    ctx["set"].questions[5] = dataclasses.replace(ctx["set"].questions[5], explanation="Lopez said it in Santiago.")
    ctx["path"] = ctx["tmp"] / "second.apkg"
    anki.write(ctx["set"], ctx["path"], timestamp=ctx["time"] + 60)


@when("the new package is imported into the same collection")
def reimported(ctx):
    ctx["log"] = anki_import(ctx["col"], ctx["path"])


@then("no note is added and the edited note shows the new explanation")
def updated_in_place(ctx):
    col, log = ctx["col"], ctx["log"]
    assert len(log.new) == 0 and col.note_count() == 6 and col.card_count() == 6
    assert [n.id.nid for n in log.updated if n.id.nid == _note(ctx, qid("quote")).id]
    assert _note(ctx, qid("quote"))["Explanation"] == "Lopez said it in Santiago."


@then("the reviewed card keeps its review history")
def history_kept(ctx):
    col = ctx["col"]
    assert col.db.scalar("select count() from revlog where cid = ?", ctx["reviewed"]) == 1
    assert col.get_card(ctx["reviewed"]).reps == 1


@given("a question whose prompt holds markup, a field separator and control characters")
def hostile(ctx):
    ctx["set"].questions.append(Question(
        id=qid("hostile"), fact_ids=[qid("fact 4")], type="short", prompt="Who wrote <script>alert(1)</script> & <b>this</b>\x1f\x07?",
        answer="Ana <i>Ruiz</i>\x00", evidence=[evidence(TRADE, "Maria Lopez")], tags=["kind:quote"]))


@given("a question with an empty prompt and a question whose sources conflict")
def unaskable(ctx):
    base = ctx["set"].questions[0]
    ctx["set"].questions += [dataclasses.replace(base, id=qid("empty"), prompt=" \x1f "),
                             dataclasses.replace(base, id=qid("conflict"), conflict=True)]


@then("the markup shows as text and no field holds a control character")
def escaped(ctx):
    note = _note(ctx, qid("hostile"))
    assert note["Question"] == "Who wrote &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;this&lt;/b&gt;?"
    assert note["Answer"] == "Ana &lt;i&gt;Ruiz&lt;/i&gt;"
    for n in notes_by_guid(ctx["col"]).values():
        assert not any(re.search(r"[\x00-\x08\x0b-\x1f]", f) for f in n.fields)


@then("the export reports the empty and the conflicting question as left out")
def left_out(ctx):
    assert {(q.id, reason) for q, reason in ctx["skipped"]} == {
        (qid("conflict"), "sources conflict"), (qid("empty"), "empty prompt")}


# Moodle's own import code (tests/test_moodle_import.py holds the edge cases)

def _moodle_stored(ctx) -> dict:
    if "moodle" not in ctx:
        fmt = "xml" if ctx["path"].suffix == ".xml" else "gift"
        out = ctx["path"].with_name("moodle.json")
        subprocess.run(["php", str(moodle_harness() / "harness" / "run.php"), fmt, str(ctx["path"]), "--json", str(out)],
                       check=False, capture_output=True, timeout=300)
        ctx["moodle"] = json.loads(out.read_text())
    return ctx["moodle"]


@then(parsers.parse("Moodle's own import code stores all {count:d} questions with no message"))
def moodle_stores(ctx, count):
    verdict = subprocess.run(["bash", str(moodle_harness() / "check.sh"), str(ctx["path"])], capture_output=True, text=True)
    assert verdict.returncode == 0, verdict.stdout
    assert _moodle_stored(ctx)["whole_import"]["questions_saved"] == count


@then(parsers.parse('Moodle stores the money question accepting {answers}'))
def moodle_money(ctx, answers):
    (stored,) = [i["stored"] for i in _moodle_stored(ctx)["items"] if i.get("source_idnumber") == qid("trade")]
    assert stored["qtype"] == "shortanswer"
    assert [str(a["answer"]) for a in stored["answers"]] == re.findall(r'"([^"]+)"', answers)
    assert all(a["fraction"] == 1 and a["feedback"] for a in stored["answers"])


# Moodle XML

def _moodle(ctx) -> etree._Element:
    return etree.parse(str(ctx["path"]), etree.XMLParser(resolve_entities=False)).getroot()


def _by_id(root, question_id):
    return root.xpath(f"question[idnumber='{question_id}']")[0]


@then(parsers.parse('the file is well-formed XML with a category "{path}"'))
def moodle_category(ctx, path):
    root = _moodle(ctx)
    assert root.tag == "quiz"
    categories = root.xpath("question[@type='category']/category/text/text()")
    # Moodle strips tags from names: "<" and ">" are written as references, shown as the characters
    assert path in categories and "$course$/quizgen/World news/Trade talks: China & Russia &lt;2023&gt;" in categories
    # each question follows the category of its article
    children = list(root)
    gas = children.index(_by_id(root, qid("gas")))
    last_category = [c for c in children[:gas] if c.get("type") == "category"][-1]
    assert last_category.findtext("category/text") == path


@then(parsers.parse("it has one question each of types {types}"))
def moodle_types(ctx, types):
    expected = sorted(re.split(r", | and ", types))
    assert sorted(q.get("type") for q in _moodle(ctx).xpath("question[@type!='category']")) == expected


@then("the multiple-choice question is shuffled, single-answer, with feedback on every answer")
def moodle_mcq(ctx):
    q = _by_id(_moodle(ctx), qid("minister"))
    assert q.get("type") == "multichoice"
    assert q.findtext("single") == "true" and q.findtext("shuffleanswers") == "true"
    answers = q.findall("answer")
    assert sorted(a.get("fraction") for a in answers) == ["0", "0", "0", "100"]
    assert [a.findtext("text") for a in answers if a.get("fraction") == "100"] == ["Maria Lopez"]
    assert all(a.findtext("feedback/text") for a in answers)
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        assert q.find(tag).get("format") == "html" and q.findtext(f"{tag}/text")


@then(parsers.parse('the cloze question embeds "{embedded}"'))
def moodle_cloze(ctx, embedded):
    q = _by_id(_moodle(ctx), qid("cloze"))
    text = q.findtext("questiontext/text")
    assert q.get("type") == "cloze" and q.find("questiontext").get("format") == "html"
    assert text == f"Bilateral trade between China and Russia reached {embedded} in 2023."
    # Moodle's multianswer syntax: {n:TYPE:answers}, answers split on unescaped ~
    (match,) = re.findall(r"\{(\d+):(SHORTANSWER|SA|MW):((?:\\.|[^}])*)\}", text)
    assert match[0] == "1" and all(a.startswith("=") for a in re.split(r"(?<!\\)~", match[2]))


@then("every question has a name, an id number, tags and general feedback with the highlighted evidence")
def moodle_common(ctx):
    root = _moodle(ctx)
    ids = {q.id for q in ctx["set"].questions}
    for q in root.xpath("question[@type!='category']"):
        assert q.findtext("name/text").strip() and q.findtext("questiontext/text").strip()
        assert q.findtext("idnumber") in ids
        tags = q.xpath("tags/tag/text/text()")
        assert any(t.startswith("type:") for t in tags) and any(t.startswith("article:") for t in tags)
        feedback = q.findtext("generalfeedback/text")
        assert q.find("generalfeedback").get("format") == "html" and "<mark>" in feedback
    feedback = _by_id(root, qid("gas")).findtext("generalfeedback/text")
    assert feedback.startswith("It will carry 50 billion cubic metres.")
    assert "will carry <mark>50 billion cubic metres</mark> of gas" in feedback
    tf = {a.findtext("text"): a.get("fraction") for a in _by_id(root, qid("gas")).findall("answer")}
    assert tf == {"true": "0", "false": "100"}


# GIFT

GIFT_PROMPT = "Which of {a} = b ~ c # d : e\nis true?"


@given("a question whose prompt holds the GIFT characters ~ = # { } : and a line break")
def gift_characters(ctx):
    ctx["set"].questions.append(Question(
        id=qid("gift"), fact_ids=[qid("fact 3")], type="short", prompt=GIFT_PROMPT, answer="a = b: c#1 ~2 & 3",
        evidence=[evidence(GAS, "50 billion cubic metres")], tags=["kind:figure"]))


def _gift(ctx) -> dict:
    with open(ctx["path"], encoding="utf-8") as f:
        parsed = gift_parser.parseFile(f)
    ids = re.findall(r"^// \[id:([^\]]+)\]", ctx["path"].read_text(encoding="utf-8"), re.M)
    assert len(ids) == len(parsed)
    return dict(zip(ids, parsed))


@then(parsers.parse("pygiftparser reads {count:d} valid questions in their categories"))
def gift_parsed(ctx, count):
    parsed = _gift(ctx)
    assert len(parsed) == count and all(q.valid for q in parsed.values())
    text = ctx["path"].read_text(encoding="utf-8")
    assert "$CATEGORY: $course$/quizgen/World news/Pipeline // gas deal\n" in text
    # pygiftparser's category grammar stops at the first space: compare what it can read
    assert parsed[qid("gas")].cat == "$course$/quizgen/World"
    assert text.index("$CATEGORY: $course$/quizgen/World news/Pipeline") < text.index(f"[id:{qid('gas')}]")


@then("the question with GIFT characters reads back with its prompt and answer intact")
def gift_escapes(ctx):
    q = _gift(ctx)[qid("gift")]
    assert q.markup == "html"
    assert transformSpecials(q.text) == GIFT_PROMPT.replace("\n", "<br>")
    assert type(q.answers).__name__ == "ShortSet"
    assert [transformSpecials(a.answer) for a in q.answers.answers] == ["a = b: c#1 ~2 & 3"]


@then(parsers.parse("the multiple-choice question has one right answer and {wrong:d} wrong ones, each with feedback"))
def gift_mcq(ctx, wrong):
    q = _gift(ctx)[qid("minister")]
    assert type(q.answers).__name__ == "SelectSet"
    right = [a.answer for a in q.answers.answers if a.fraction == 100]
    assert right == ["Maria Lopez"] and sum(a.fraction == 0 for a in q.answers.answers) == wrong
    assert all(a.feedback for a in q.answers.answers)
    tf = _gift(ctx)[qid("gas")].answers
    assert type(tf).__name__ == "TrueFalseSet" and tf.answer is False


@then("every question has general feedback with the evidence")
def gift_feedback(ctx):
    parsed = _gift(ctx)
    for question in ctx["set"].questions:
        feedback = re.sub(r"<[^>]+>", "", transformSpecials(parsed[question.id].generalFeedback))
        assert question.evidence[0].sentence in feedback
    cloze = parsed[qid("cloze")]
    # the blank stays in the text and the answers follow it, so a blank at the very end is kept too
    assert cloze.text == "Bilateral trade between China and Russia reached _____ in 2023."
    matching = parsed[qid("match")].answers
    assert [(a.question.strip(), a.answer.strip()) for a in matching.answers] == [
        ("Maria Lopez", "trade minister of Chile"), ("Ana Ruiz", "mayor of Lima"), ("Jorge Diaz", "governor of Cusco")]


# CSV, TSV and JSON

@then(parsers.parse("Anki's text importer reads {count:d} notes with front, back and tags from it"))
def csv_import(ctx, count):
    col = new_collection(ctx)
    metadata = col.get_csv_metadata(str(ctx["path"]), None)
    assert len(metadata.preview[0].vals) == 3
    metadata.tags_column = 3
    log = col.import_csv(ImportCsvRequest(path=str(ctx["path"]), metadata=metadata)).log
    assert len(log.new) == count
    notes = {n["Front"]: n for n in map(col.get_note, col.find_notes(""))}
    mcq = notes["Who is the trade minister of Chile? (Ana Ruiz / Maria Lopez / Jorge Diaz / Luis Perez)"]
    assert mcq["Back"] == "Maria Lopez"
    assert set(mcq.tags) == {"kind:participant", "entity:PERSON", "type:mcq", "article:Trade_talks:_China_Russia_2023"}
    assert notes["True or false? The pipeline will carry 80 billion cubic metres of gas a year."]["Back"] == "False"
    assert notes["Match each person to their role.: Maria Lopez; Ana Ruiz; Jorge Diaz"]["Back"] == (
        "Maria Lopez → trade minister of Chile; Ana Ruiz → mayor of Lima; Jorge Diaz → governor of Cusco")


@then("the JSON names the set and its articles and every question is valid and reads back unchanged")
def json_export(ctx):
    data = json.loads(ctx["path"].read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "quizgen" / "schema" / "questions.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for question in data["questions"]:
        validator.validate(question)
    assert data["set"] == "World news"
    assert data["articles"] == [{"name": "trade.txt", "title": TRADE.title}, {"name": "gas.txt", "title": GAS.title}]
    assert [Question.from_dict(q) for q in data["questions"]] == ctx["set"].questions


# The command

@when(parsers.parse('I run "quizgen export {arguments}"'))
def run_export(ctx, arguments):
    ctx["run"] = subprocess.run([sys.executable, "-m", "quizgen.cli", "export", *arguments.split()],
                                cwd=ROOT, capture_output=True, text=True, timeout=120)


@then(parsers.parse('it fails with the message "{message}" and no traceback'))
def fails(ctx, message):
    run = ctx["run"]
    assert run.returncode != 0
    assert message in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


@when(parsers.parse('I run quizgen export --format apkg --set Seeds on the seed article "{prefix}"'))
def run_export_on_seed(ctx, nlp, prefix):
    """In-process, so the session's spaCy model is reused."""
    ctx["seed"] = read_document(SEEDS / seed_name(prefix))
    ctx["path"] = ctx["tmp"] / "seed.apkg"
    args = ["export", "--format", "apkg", "--set", "Seeds", str(SEEDS / seed_name(prefix)), "-o", str(ctx["path"])]
    ctx["run"] = CliRunner().invoke(main, args)


@then(parsers.parse('the deck imports into a fresh Anki collection, a note per exported question, under "{root}" and the article\'s title'))
def seed_deck(ctx, root):
    run = ctx["run"]
    assert run.exit_code == 0, run.output
    exported = int(re.search(r"exported (\d+) questions from 1 articles as apkg", run.output).group(1))
    assert exported >= 5
    imported(ctx)
    assert ctx["col"].note_count() == exported and ctx["col"].card_count() == exported
    names = {d.name for d in ctx["col"].decks.all_names_and_ids()} - {"Default"}
    assert names == {root.rstrip(":"), root + ctx["seed"].title.replace("::", ":")}


@then("every note shows its evidence, at least 90% of them with the answer highlighted")
def seed_evidence(ctx):
    notes = list(notes_by_guid(ctx["col"]).values())
    assert all(n.fields[0].strip() and 'class="evidence"' in n["Evidence"] for n in notes)
    highlighted = [n for n in notes if "<mark>" in n["Evidence"]]
    assert len(highlighted) >= 0.9 * len(notes)
