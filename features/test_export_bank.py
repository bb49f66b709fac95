"""Steps for export_bank.feature: a seed ingested into a SQLite bank, exported by the command and
by the web app, and read back by the real Anki backend or the format's parser."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree
from pytest_bdd import given, parsers, scenarios, then, when
from sqlalchemy import select

from support import SEEDS, anki_import, moodle_harness, new_collection, notes_by_guid, seed_name
from quizgen.bank import init_db, transaction
from quizgen.bank.ingest import ingest_paths
from quizgen.bank.models import QuestionRow, QuestionSet
from quizgen.bank.queries import find_set, load_set
from quizgen.bank.store import new_token, set_items
from quizgen.cli import main
from quizgen.export import ExportSet, anki, tabular
from quizgen.export.anki import guid
from quizgen.ingest import read_document
from quizgen.questions.model import Question

scenarios("export_bank.feature")

pytestmark = [pytest.mark.anki]

SET = "Week 1"
TEACHER = ("teacher", "a long enough password")
EDITED = "Checked against the minister's statement (teacher's note)."


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, nlp):
    """Ingest each seed once per module into a template bank file; scenarios work on copies."""
    banks = {}

    def bank(prefix: str, set_name: str):
        if (prefix, set_name) not in banks:
            path = tmp_path_factory.mktemp("bank") / "bank.sqlite"
            factory = init_db(f"sqlite:///{path}")
            ingest_paths(factory, [SEEDS / seed_name(prefix)], set_name=set_name)
            factory.kw["bind"].dispose()  # checkpoints the WAL: the file alone holds the bank
            banks[prefix, set_name] = path
        return banks[prefix, set_name]

    return bank


def _factory(ctx):
    """A session factory on the scenario's bank (one engine per bank)."""
    factories = ctx.setdefault("factories", {})
    if ctx["url"] not in factories:
        factories[ctx["url"]] = init_db(ctx["url"])
    return factories[ctx["url"]]


def _session(ctx):
    return transaction(_factory(ctx))


def _set_questions(ctx, name: str = SET) -> tuple[list[Question], ExportSet]:
    with _factory(ctx)() as session:
        questions, articles = load_set(session, name)
    return questions, ExportSet.of(name, questions, articles)


@given(parsers.parse('a bank with the seed article "{prefix}" ingested as the set "{name}"'))
def seeded_bank(ctx, ingested, prefix, name):
    path = ctx["tmp"] / "bank.sqlite"
    shutil.copyfile(ingested(prefix, name), path)
    ctx["url"] = f"sqlite:///{path}"
    ctx["seed"] = read_document(SEEDS / seed_name(prefix))


# The command

@when(parsers.parse('I run "quizgen export {arguments}" without PATHs'))
def run_export(ctx, arguments):
    args = shlex.split(arguments)
    fmt = args[args.index("--format") + 1]
    ctx["path"] = path = ctx["tmp"] / f"bank{ctx.setdefault('exports', 0)}.{fmt}"
    ctx["exports"] += 1
    ctx["run"] = CliRunner().invoke(main, ["export", *args, "-o", str(path)],
                                    env={"QUIZGEN_DATABASE_URL": ctx["url"]})


def _exported(ctx) -> int:
    run = ctx["run"]
    assert run.exit_code == 0, run.output
    return int(re.search(r"exported (\d+) questions from 1 articles", run.stderr).group(1))


@then(parsers.parse('the deck imports into a fresh Anki collection, a note per active question of the set, '
                    'under "{root}" and the article\'s title'))
def bank_deck(ctx, root):
    questions, export_set = _set_questions(ctx)
    expected = export_set.exportable()[0]
    assert _exported(ctx) == len(expected) >= 5
    ctx["col"] = new_collection(ctx)
    anki_import(ctx["col"], ctx["path"])
    assert set(notes_by_guid(ctx["col"])) == {guid(q) for q in expected}
    assert ctx["col"].card_count() == len(expected)
    names = {d.name for d in ctx["col"].decks.all_names_and_ids()} - {"Default"}
    assert names == {root.rstrip(":"), anki.deck_name(root.rstrip(":"), ctx["seed"].title)}


@given("the set was exported from the bank an hour ago and imported into a fresh Anki collection")
def exported_long_ago(ctx):
    ctx["path"] = ctx["tmp"] / "first.apkg"
    anki.write(_set_questions(ctx)[1], ctx["path"], timestamp=time.time() - 3600)
    ctx["col"] = new_collection(ctx)
    ctx["notes"] = len(anki_import(ctx["col"], ctx["path"]).new)
    assert ctx["notes"] >= 5


def _edit(ctx, index: int, **fields) -> str:
    """Edit the set's ``index``-th active question as the teacher form does; returns its id."""
    with _session(ctx) as session:
        row = [item.question for item in find_set(session, SET).items if item.question.active][index]
        for name, value in fields.items():
            setattr(row, name, value)
        row.edited_by_teacher = True
        return row.id


@when("a teacher edits a question's explanation in the bank")
def teacher_edits(ctx):
    ctx["edited"] = _edit(ctx, 1, explanation=EDITED)


@when("the new package is imported into the same collection")
def reimported(ctx):
    _exported(ctx)
    ctx["log"] = anki_import(ctx["col"], ctx["path"])


@then("no note is added and the edited note shows the teacher's explanation")
def updated_in_place(ctx):
    col, log = ctx["col"], ctx["log"]
    assert len(log.new) == 0 and col.note_count() == ctx["notes"]
    note = notes_by_guid(col)[f"quizgen-{ctx['edited']}"]
    assert note["Explanation"] == EDITED
    assert note.id in {n.id.nid for n in log.updated}


@given("a teacher disabled one question of the set and edited another")
def disabled_and_edited(ctx):
    ctx["disabled"] = _edit(ctx, 0, disabled=True)
    ctx["edited"] = _edit(ctx, 0, prompt="Which minister spoke first? (edited)")


@then(parsers.parse('the JSON holds every active question of "{name}" in the set\'s order, with the teacher\'s edit'))
def json_from_bank(ctx, name):
    assert _exported(ctx)
    data = json.loads(ctx["path"].read_text(encoding="utf-8"))
    with _factory(ctx)() as session:
        qset = find_set(session, name)
        order = [item.question_id for item in qset.items if item.question.active]
    assert data["set"] == name and [q["id"] for q in data["questions"]] == order
    edited = next(q for q in data["questions"] if q["id"] == ctx["edited"])
    assert edited["prompt"] == "Which minister spoke first? (edited)"
    assert [a["name"] for a in data["articles"]] == [ctx["seed"].name]


@then("the disabled question is not in it")
def disabled_left_out(ctx):
    data = json.loads(ctx["path"].read_text(encoding="utf-8"))
    assert ctx["disabled"] not in {q["id"] for q in data["questions"]}


@given("an empty bank")
def empty_bank(ctx):
    ctx["url"] = f"sqlite:///{ctx['tmp'] / 'empty.sqlite'}"


@given("the bank as it is")
def as_it_is(ctx):
    pass


@given(parsers.parse('a second published set "{name}"'))
def second_set(ctx, name):
    with _session(ctx) as session:
        qset = QuestionSet(name=name, token=new_token(), published=True)
        session.add(qset)
        set_items(qset, [session.scalars(select(QuestionRow.id)).first()])


@given("a teacher disabled every question")
def all_disabled(ctx):
    with _session(ctx) as session:
        for row in session.scalars(select(QuestionRow)):
            row.disabled = True


@then(parsers.parse('it fails with the one-line message "{message}" and writes nothing'))
def fails(ctx, message):
    run = ctx["run"]
    assert run.exit_code == 1 and isinstance(run.exception, SystemExit)
    assert run.stderr.startswith(f"Error: {message}") and len(run.stderr.strip().splitlines()) == 1
    assert not ctx["path"].exists()


# The web app

@pytest.fixture
def client(ctx):
    from quizgen.web import create_app
    from quizgen.bank import create_teacher

    app = create_app({"TESTING": True, "SECRET_KEY": "test", "DATABASE_URL": ctx["url"]})
    create_teacher(app.extensions["bank"], *TEACHER)
    with _factory(ctx)() as session:
        ctx["set_id"] = find_set(session, SET).id
    return app.test_client()


@given("a teacher logged in to the web app")
def teacher(client):
    page = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    response = client.post("/auth/login", data={"username": TEACHER[0], "password": TEACHER[1], "csrf_token": token})
    assert response.status_code == 302 and "/auth/login" not in response.location


@given("an anonymous visitor of the web app")
def visitor(client):
    pass


def _download(ctx, response, fmt: str) -> None:
    ctx["response"], ctx["format"] = response, fmt
    ctx["path"] = ctx["tmp"] / f"download.{fmt}"
    ctx["path"].write_bytes(response.data)


@when(parsers.parse("the teacher downloads the set as {fmt}"))
def teacher_download(ctx, client, fmt):
    _download(ctx, client.get(f"/teacher/sets/{ctx['set_id']}/export/{fmt}"), fmt)


@when("the visitor downloads the set's Anki deck")
def visitor_download(ctx, client):
    _download(ctx, client.get(f"/sets/{ctx['set_id']}/deck.apkg"), "apkg")


@then(parsers.parse('the response is "{content_type}" named "{name}"'))
def attachment(ctx, content_type, name):
    response = ctx["response"]
    assert response.status_code == 200
    assert response.headers["Content-Type"] == content_type
    assert response.headers["Content-Disposition"] == f'attachment; filename="{name}"'


@then("the file holds every active question of the set")
def holds_the_set(ctx):
    questions, export_set = _set_questions(ctx)
    expected = export_set.exportable()[0]
    path, fmt = ctx["path"], ctx["format"]
    if fmt == "apkg":
        col = new_collection(ctx)
        anki_import(col, path)
        assert set(notes_by_guid(col)) == {guid(q) for q in expected} and col.card_count() == len(expected)
    elif fmt == "moodle":
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False)).getroot()
        assert root.xpath("question[@type!='category']/idnumber/text()") == [q.id for q in expected]
    elif fmt == "gift":
        assert re.findall(r"^// \[id:([^\]]+)\]", path.read_text(encoding="utf-8"), re.M) == [q.id for q in expected]
    elif fmt in ("csv", "tsv"):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines(True) if not line.startswith("#")]
        rows = list(csv.reader(io.StringIO("".join(lines)), delimiter="," if fmt == "csv" else "\t",
                               quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
        assert [r[0] for r in rows] == [tabular.front(q) for q in expected]
    else:
        data = json.loads(path.read_text(encoding="utf-8"))
        assert data["set"] == SET and [Question.from_dict(q) for q in data["questions"]] == questions


@then("the teacher's set page links to a download in every format")
def teacher_links(ctx, client):
    page = client.get(f"/teacher/sets/{ctx['set_id']}").get_data(as_text=True)
    links = re.findall(rf'href="/teacher/sets/{ctx["set_id"]}/export/(\w+)" download>', page)
    assert links == ["apkg", "moodle", "gift", "csv", "tsv", "json"]


@then(parsers.parse('the student\'s set page links to "{label}"'))
def student_link(ctx, client, label):
    page = client.get(f"/sets/{ctx['set_id']}").get_data(as_text=True)
    assert f'href="/sets/{ctx["set_id"]}/deck.apkg" download>{label}</a>' in page


@when("the visitor asks for the set as Moodle XML from the teacher's page")
def visitor_teacher_route(ctx, client):
    ctx["response"] = client.get(f"/teacher/sets/{ctx['set_id']}/export/moodle")


@then("the visitor is sent to the login page and gets no file")
def refused(ctx):
    response = ctx["response"]
    assert response.status_code == 302 and response.location.startswith("/auth/login")
    assert "Content-Disposition" not in response.headers and b"<quiz>" not in response.data


@when("the set is unpublished and the visitor downloads its Anki deck again")
def unpublished(ctx, client):
    with _session(ctx) as session:
        session.get(QuestionSet, ctx["set_id"]).published = False
    ctx["response"] = client.get(f"/sets/{ctx['set_id']}/deck.apkg")


@then(parsers.parse("the visitor gets a {status:d} and no file"))
def status(ctx, status):
    assert ctx["response"].status_code == status and "Content-Disposition" not in ctx["response"].headers


# Caching the anonymous deck, and characters XML cannot carry

def _decks(ctx, client) -> list:
    return sorted((Path(client.application.instance_path) / "decks").glob(f"set{ctx['set_id']}-*.apkg"))


@when("the visitor downloads the set's Anki deck again")
def visitor_download_again(ctx, client):
    ctx.setdefault("downloads", []).append(ctx["response"].data)
    time.sleep(1.1)  # a rebuilt deck would carry a newer timestamp
    visitor_download(ctx, client)


@then("both downloads are the same deck, built once and kept once")
def same_deck(ctx, client):
    assert ctx["response"].status_code == 200 and ctx["response"].data == ctx["downloads"][-1]
    (kept,) = _decks(ctx, client)
    assert kept.read_bytes() == ctx["response"].data
    ctx["kept"] = kept


@then("the deck is built anew with the teacher's explanation, and only it is kept")
def deck_rebuilt(ctx, client):
    assert ctx["response"].status_code == 200 and ctx["response"].data != ctx["downloads"][-1]
    assert _decks(ctx, client) != [ctx["kept"]] and len(_decks(ctx, client)) == 1
    col = new_collection(ctx)
    anki_import(col, ctx["path"])
    assert notes_by_guid(col)[f"quizgen-{ctx['edited']}"]["Explanation"] == EDITED


@given("a teacher put U+FFFE, U+FFFF and a NUL byte in a question's prompt and answer")
def illegal_characters(ctx):
    ctx["edited"] = _edit(ctx, 0, prompt="Which \ufffe minister\uffff spoke\x00 first?", answer="The \ufffeminister")


@then("Moodle's own import code stores every question of the download with no message")
def moodle_download(ctx):
    path = ctx["path"].with_suffix(".xml")
    path.write_bytes(ctx["path"].read_bytes())
    verdict = subprocess.run(["bash", str(moodle_harness() / "check.sh"), str(path)], capture_output=True, text=True)
    assert verdict.returncode == 0, verdict.stdout
    expected = _set_questions(ctx)[1].exportable()[0]
    assert f"{len(expected)} parsed, {len(expected)} stored" in verdict.stdout
    assert "Which  minister spoke first?" in path.read_text(encoding="utf-8")


@then("the command exports every active question without a traceback")
def exported_without_traceback(ctx):
    assert _exported(ctx) == len(_set_questions(ctx)[1].exportable()[0])
    assert "Traceback" not in ctx["run"].output and ctx["run"].exception is None
