"""Steps for participants.feature."""

from __future__ import annotations

import dataclasses
import importlib.util
import json

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from support import GOLD, ROOT, SEEDS, seed_name
from quizgen.extract import Participant, extract, fact_from_dict
from quizgen.extract.entities import same_entity, spelling_evidence
from quizgen.extract.names import People
from quizgen.extract.participants import extract_participants
from quizgen.ingest import Document, read_document, read_paths

scenarios("participants.feature")

#: Made-up articles in varied news styles, each with a hand-made ``<stem>.expect.json``.
UNSEEN = ROOT / "tests" / "data" / "unseen"

TRADE_ARTICLE = """Chile and Peru sign landmark trade deal

By Jane Doe

SANTIAGO – Chilean President Gabriel Boric and his Peruvian counterpart Dina Boluarte signed a trade \
agreement on Tuesday, the Chilean foreign ministry said.

“We will sign the deal this week,” said Maria Lopez, the trade minister of Chile.

Carlos Mendez and Ana Ruiz, the chief executives of Codelco and Antofagasta respectively, attended the \
ceremony. Mr. Mendez said the copper market would benefit.

Economists at the World Bank warned that the deal could hurt smaller exporters.

The agreement was criticised by Senator John Smith, a member of the opposition. Smith said he would vote \
against it.
"""


def _names(text: str) -> list[str]:
    return [n.strip() for n in text.split(",")]


@pytest.fixture
def ctx():
    return {}


@pytest.fixture(scope="module")
def seed_participants(seed_facts):
    return [fact_from_dict(f) for f in seed_facts if f["kind"] == "participant"]


@given(parsers.parse('the participants of the seed article "{prefix}"'), target_fixture="participants")
def participants_of(seed_participants, prefix):
    return [p for p in seed_participants if p.doc == seed_name(prefix)]


@given("the participants of every seed article", target_fixture="participants")
def participants_of_all(seed_participants):
    return seed_participants


@given(parsers.parse('the people of the seed article "{prefix}"'), target_fixture="people")
def people_of(nlp, ctx, prefix):
    document = read_document(SEEDS / seed_name(prefix))
    ctx["document"] = document
    return People.from_doc(nlp(document.analysis_text), document)


@pytest.fixture(scope="module")
def unseen_participants(nlp):
    documents = [d for d in read_paths([UNSEEN]) if isinstance(d, Document)]
    return [f for f in extract(documents, nlp) if isinstance(f, Participant)]


@given(parsers.parse('the participants of the unseen article "{name}"'), target_fixture="participants")
def unseen_article(unseen_participants, ctx, name):
    ctx["expect"] = json.loads((UNSEEN / name).with_suffix(".expect.json").read_text(encoding="utf-8"))
    return [p for p in unseen_participants if p.doc == name]


@given(parsers.parse('the people of the unseen article "{name}"'))
def unseen_people(nlp, ctx, name):
    document = read_document(UNSEEN / name)
    ctx["people"] = People.from_doc(nlp(document.analysis_text), document)


@then("every participant its expectation names is found, with its type, role and aliases")
def expected_found(participants, ctx):
    problems = []
    for want in ctx["expect"]["participants"]:
        found = [p for p in participants if want["name"] in {p.name, *p.aliases}]
        if len(found) != 1:
            problems.append(f"{want['name']}: found {[p.name for p in found]}")
            continue
        got = found[0]
        if got.type != want.get("type", got.type) or got.role != want.get("role", got.role):
            problems.append(f"{want['name']}: {got.type} {got.role!r}")
        if not set(want.get("aliases", [])) <= {got.name, *got.aliases}:
            problems.append(f"{want['name']}: aliases {got.aliases}")
    assert not problems, problems


@then("none of the names its expectation rules out is a participant")
def ruled_out(participants, ctx):
    called = {n for p in participants for n in (p.name, *p.aliases)}
    assert not called & set(ctx["expect"]["not_participants"]), [p.name for p in participants]


@given("a made-up article about a trade deal", target_fixture="participants")
def made_up_article(nlp, tmp_path, ctx):
    path = tmp_path / "trade.txt"
    path.write_text(TRADE_ARTICLE, encoding="utf-8")
    document = read_document(path)
    sdoc = nlp(document.analysis_text)
    ctx["people"] = People.from_doc(sdoc, document)
    return extract_participants(sdoc, document, ctx["people"], [])


@then(parsers.parse('"{mentions}" resolve to "{names}" in it'))
def resolve_in_it(ctx, mentions, names):
    assert [ctx["people"].resolve(m) for m in _names(mentions)] == _names(names)


def _one(participants, name):
    found = [p for p in participants if p.name == name]
    assert len(found) == 1, f"{name}: {[p.name for p in participants]}"
    return found[0]


@then(parsers.parse('"{name}" is a {kind} participant whose role reads "{role}"'))
def role_reads(participants, name, kind, role):
    participant = _one(participants, name)
    assert participant.type == kind
    assert participant.role is not None and participant.role.startswith(role), participant.role
    assert name in participant.sentence


@then(parsers.parse('"{name}" is the only participant with the names "{aliases}"'))
def only_participant(participants, name, aliases):
    participant = _one(participants, name)
    assert set(_names(aliases)) <= set(participant.aliases)
    others = [p for p in participants if p is not participant and set(_names(aliases)) & {p.name, *p.aliases}]
    assert not others


@then(parsers.parse('"{mentions}" resolve to "{name}" in the seed article "{prefix}"'))
def resolve_all(nlp, mentions, name, prefix):
    document = read_document(SEEDS / seed_name(prefix))
    people = People.from_doc(nlp(document.analysis_text), document)
    assert [people.resolve(m) for m in _names(mentions)] == [name] * len(_names(mentions))
    assert people.resolve("Nobody Atall") is None


@then(parsers.parse('every participant of the seeds called "{a}" or "{b}" has one entity id'))
def one_entity(seed_participants, a, b):
    called = [p for p in seed_participants if {a, b} & {p.name, *p.aliases}]
    assert len({p.doc for p in called}) == 5
    assert len({p.entity for p in called}) == 1


@then(parsers.parse('the person last named before "{text}" is "{name}"'))
def last_before(people, ctx, text, name):
    offset = ctx["document"].text.index(text)
    assert people.last_before(offset) == name


@then(parsers.parse('"{mention}" resolves to "{name}" of type {kind}'))
def resolves_with_type(people, mention, name, kind):
    assert people.resolve(mention) == name
    assert people.type_of(name) == kind


@given(
    parsers.parse('the participant "{a}" of the seed article "{pa}" and "{b}" of "{pb}"'),
    target_fixture="pair",
)
def pair_of(seed_participants, a, pa, b, pb):
    return (
        _one([p for p in seed_participants if p.doc == seed_name(pa)], a),
        _one([p for p in seed_participants if p.doc == seed_name(pb)], b),
    )


@then("they have one entity id, which no other participant has")
def pair_one_entity(pair, seed_participants):
    a, b = pair
    assert a.entity == b.entity
    assert [p for p in seed_participants if p.entity == a.entity] == [a, b]


@then(parsers.parse('the evidence names their similar surnames and the organisation "{org}"'))
def pair_evidence(pair, org):
    a, b = pair
    evidence = spelling_evidence(a, b)
    assert evidence is not None
    assert a.name.split()[-1] in evidence and b.name.split()[-1] in evidence and org in evidence


@then(parsers.parse('once one of them is "{role}" they are not one entity'))
def pair_without_evidence(pair, role):
    a, b = pair
    other = dataclasses.replace(a, role=role)
    assert spelling_evidence(other, b) is None
    assert not same_entity(other, b)


@then(parsers.re(r'"(?P<name>[^"]+)" is an? (?P<kind>[A-Z]+) participant with the alias "(?P<alias>[^"]+)"'))
def has_alias(participants, name, kind, alias):
    participant = _one(participants, name)
    assert participant.type == kind and alias in participant.aliases


@then(parsers.parse('"{name}" is not a participant'))
def not_participant(participants, name):
    assert not [p for p in participants if name in {p.name, *p.aliases}]


@then(parsers.parse('no participant is called "{a}", "{b}", "{c}", "{d}" or "{e}"'))
def no_authors(participants, a, b, c, d, e):
    called = [p.name for p in participants for n in (a, b, c, d, e) if n.lower() in " ".join([p.name, *p.aliases]).lower()]
    assert not called


@when("they are scored against the gold annotation", target_fixture="score")
def scored(participants):
    spec = importlib.util.spec_from_file_location("score_facts", ROOT / "tests" / "data" / "score_facts.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    facts = [p.to_dict() for p in participants]
    docs = sorted(p.name for p in SEEDS.iterdir() if p.suffix == ".txt")
    counts = scorer.score(facts, str(GOLD), docs)[0]["participant"]
    _, _, f1 = scorer.prf(counts["tp_pred"], counts["pred"], counts["tp_gold"], counts["gold"])
    return {"F1": f1, "role": counts["role_ok"] / counts["role_n"]}


@then(parsers.parse("participant F1 is at least {f1:f} and role accuracy at least {role:f}"))
def score_at_least(score, f1, role):
    assert score["F1"] >= f1 and score["role"] >= role, score


@given("the article text for participants", target_fixture="participants")
def article_text_participants(nlp, docstring):
    document = Document(name="made-up.txt", text=docstring, analysis_text=docstring)
    return [p for p in extract([document], nlp) if isinstance(p, Participant)]


@then(parsers.parse('the participants include the organisations "{names}"'))
def include_organisations(participants, names):
    found = {p.name for p in participants if p.type == "ORG"}
    assert set(_names(names)) <= found, found
