"""Steps for questions.feature: generation on the seeds and on small hand-made fact lists."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from support import seed_name
from quizgen.extract.model import Figure, Participant, Quote, fact_from_dict
from quizgen.extract.numbers import parse_amount
from quizgen.ids import stable_id
from quizgen.ingest import Document, Kind, Mark
from quizgen.ingest.read import document_from_text
from quizgen.pipeline import build
from quizgen.questions import TYPES, answer_leaks, generate, quality, selection
from quizgen.questions.grading import grade
from quizgen.questions.model import Question
from quizgen.questions.pool import Pool
from quizgen.questions.text import BLANK, contains, norm, plain

scenarios("questions.feature")

SCHEMA = json.loads((Path(__file__).parent.parent / "quizgen" / "schema" / "questions.schema.json").read_text())


@pytest.fixture(scope="module")
def seed_run(nlp, seed_documents, seed_facts):
    facts = [fact_from_dict(f) for f in seed_facts]
    documents = {d.name: d for d in seed_documents}
    return facts, documents, generate(facts, documents, nlp=nlp)


@pytest.fixture(scope="module")
def unseen_run(nlp):
    """The served set of tests/data/unseen, with the documents it was made from."""
    result = build([Path(__file__).parent.parent / "tests" / "data" / "unseen"])
    return result.documents, [q for q in result.questions if not q.review]


@pytest.fixture
def ctx():
    return {}


# --- seeds ------------------------------------------------------------------------------------

@given("the questions generated from the seeds", target_fixture="questions")
def seed_questions(seed_run):
    """The set served to students (questions held for review left out)."""
    return [q for q in seed_run[2] if not q.review]


@given("every question generated from the seeds", target_fixture="questions")
def every_seed_question(seed_run):
    """The served set and the questions held for a teacher's review."""
    return seed_run[2]


@given("the candidate questions from the seeds", target_fixture="questions")
def candidate_questions(candidates):
    return candidates


@pytest.fixture(scope="module")
def candidates(seed_run, nlp):
    """Every question of the seeds that passes the quality checks, before the set is chosen."""
    facts, documents, _ = seed_run
    return _unchosen(facts, documents, nlp)


def _unchosen(facts, documents, nlp):
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("quizgen.questions.generator.choose", lambda found, documents, limit: list(found))
        patch.setattr("quizgen.questions.generator.held_for_review", lambda found, served: [])
        return generate(facts, documents, nlp=nlp)


@given("the questions generated from the unseen articles", target_fixture="questions")
def unseen_questions(unseen_run):
    return unseen_run[1]


@then(parsers.parse("every article of {words:d} words or more has at least {n:d} questions"))
def per_article(questions, seed_documents, words, n):
    for document in seed_documents:
        if len(re.findall(r"\w+", document.text)) >= words:
            assert sum(q.evidence[0].doc == document.name for q in questions) >= n, document.name


@then(parsers.parse("there are at least {n:d} questions per 1,000 words"))
def per_1000_words(questions, unseen_run, n):
    words = sum(len(re.findall(r"\w+", d.text)) for d in unseen_run[0].values())
    assert len(questions) * 1000 >= n * words, (len(questions), words)


@then("no two questions share a prompt")
def unique_prompts(questions):
    prompts = [norm(q.prompt) for q in questions]
    assert len(prompts) == len(set(prompts))


@then("no answer is revealed by another question of the set")
def no_leaks(questions):
    assert answer_leaks(questions) == []
    for taker in questions:
        others = [q for q in questions if not set(q.fact_ids) & set(taker.fact_ids) and q.type != "matching"]
        for form in selection.answers(taker):  # the answer and its accepted forms of three letters or more
            assert not [q.prompt for q in others if contains(q.prompt.replace(BLANK, " "), form)], form


@then("every prompt is one well-formed question or statement when parsed")
def prompts_parse(questions, nlp):
    for question in questions:
        if question.type == "matching":
            continue
        text, ranges = quality.masked(quality.realised(question))
        doc = nlp(text)
        assert len(list(doc.sents)) == 1, question.prompt
        assert question.prompt.rstrip("”").endswith(("?", ".", "”")) or question.prompt.startswith("Complete"), question.prompt


@then("every person offered as a choice is named in the question's own article")
def choices_from_article(questions, seed_run):
    _, documents, _ = seed_run
    pool = Pool(seed_run[0])
    checked = 0
    for question in (q for q in questions if q.type == "mcq" and pool.actor(q.answer)):
        text = norm(documents[question.evidence[0].doc].text)
        assert all(f" {norm(c)} " in f" {text} " for c in question.choices), (question.prompt, question.choices)
        checked += 1
    assert checked >= 3


@then("every question carries its quality verdict and served questions are above the review line")
def verdicts(questions):
    for question in questions:
        assert set(question.quality) == {"score", "failed", "marginal"}
        if not question.review:
            assert not question.quality["failed"] and question.quality["score"] >= quality.REVIEW_LINE


@given(parsers.parse('the questions generated from the quote "{words}" alone'), target_fixture="questions")
def one_quote_questions(seed_run, nlp, words):
    """One quote's questions, with no other fact in the set to clash with."""
    facts, documents, _ = seed_run
    quote = next(f for f in facts if isinstance(f, Quote) and plain(f.text).startswith(words))
    return _unchosen([quote], documents, nlp)


@then(parsers.parse("there are at least {n:d} questions"))
def at_least(questions, n):
    assert len(questions) >= n


@then("every question type is present")
def every_type(questions):
    assert {q.type for q in questions} == set(TYPES)


@then("every question validates against the questions schema")
def schema_valid(questions):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for question in questions:
        errors = list(validator.iter_errors(json.loads(json.dumps(question.to_dict()))))
        assert not errors, (question.prompt, errors[0].message)


@when("the questions are generated again with another shuffle seed", target_fixture="again")
def generate_again(seed_run, nlp):
    facts, documents, _ = seed_run
    return [q for q in generate(list(reversed(facts)), documents, nlp=nlp, seed=7) if not q.review]


@then("both runs give the same question ids")
def same_ids(questions, again):
    assert sorted(q.id for q in questions) == sorted(q.id for q in again)
    first = {q.id: q for q in questions}
    assert all(set(q.choices) == set(first[q.id].choices) for q in again)


@then("no two questions share an id")
def unique_ids(questions):
    assert len({q.id for q in questions}) == len(questions)


def _find(questions, type_, prompt):
    found = [q for q in questions if q.type == type_ and q.prompt == prompt]
    assert found, f"no {type_} question {prompt!r}; have: {[q.prompt for q in questions if q.type == type_][:40]}"
    return found[0]


@then(parsers.parse('a {type_} question asks "{prompt}"'), target_fixture="question")
def question_asks(questions, type_, prompt):
    return _find(questions, type_, prompt)


@then(parsers.parse('its answer is "{answer}"'))
def answer_is(question, answer):
    assert question.answer == answer


@then(parsers.parse('"{form}" is an accepted answer'))
def accepted_answer(question, form):
    assert form in question.accepted
    assert grade(question, form)


@then(parsers.parse('its evidence span in article "{prefix}" holds the speaker\'s name'))
def evidence_holds_name(question, seed_documents, prefix):
    document = next(d for d in seed_documents if d.name == seed_name(prefix))
    evidence = next(e for e in question.evidence if e.doc == document.name)
    assert document.text[evidence.span[0]:evidence.span[1]] in (question.answer, *question.accepted)


@then(parsers.parse('a cloze question starts with "{start}"'))
def cloze_starts(questions, start):
    assert any(q.type == "cloze" and q.prompt.startswith(start) and BLANK in q.prompt for q in questions)


@then("every cloze prompt has exactly one blank")
def one_blank(questions):
    for question in questions:
        if question.type == "cloze":
            assert question.prompt.count(BLANK) == 1, question.prompt


@then("every cloze answer stands in its evidence sentence")
def cloze_answer_in_sentence(questions):
    for question in questions:
        if question.type == "cloze":
            assert any(contains(plain(e.sentence), question.answer) for e in question.evidence), question.prompt


@then("every true/false answer is True or False")
def tf_answers(questions):
    tf = [q for q in questions if q.type == "tf"]
    assert tf and all(q.answer in ("True", "False") and q.choices == ["True", "False"] for q in tf)
    assert {q.answer for q in tf} == {"True", "False"}


@then("no fact is stated twice")
def one_statement(questions):
    stated = [tuple(q.fact_ids) for q in questions if q.type == "tf"]
    assert len(stated) == len(set(stated))


@then("true/false questions are at most a quarter of the set")
def tf_share(questions):
    assert 4 * sum(q.type == "tf" for q in questions) <= len(questions)


@then('no prompt says a fragment starting in lower case was "said:"')
def fragments_not_said(questions):
    assert not [q.prompt for q in questions if re.search(r"said: “[^A-Za-z]*[a-z]", q.prompt)]


@then(parsers.parse('no prompt contains "{text}"'))
def no_prompt_contains(questions, text):
    assert not [q.prompt for q in questions if text in q.prompt]


@then(parsers.parse('no question asks "{prompt}"'))
def not_asked(questions, prompt):
    assert not [q for q in questions if q.prompt == prompt]


@then("every sentence of a cloze or true/false prompt has a subject")
def finite_verb(questions, nlp):
    for question in questions:
        if question.type in ("cloze", "tf") and not question.prompt.startswith("Complete the quote"):
            stated = question.prompt.replace(BLANK, question.answer) if question.type == "cloze" else question.prompt
            for sentence in nlp(stated).sents:
                assert any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") for c in sentence.root.children), \
                    question.prompt


@then(parsers.parse("every matching question has at least {n:d} pairs from one article"))
def matching_pairs(questions, n):
    matching = [q for q in questions if q.type == "matching"]
    assert matching
    for question in matching:
        assert len(question.pairs) >= n
        assert len({e.doc for e in question.evidence}) == 1
        assert sorted(question.choices) == sorted(right for _, right in question.pairs)


@then(parsers.parse('a matching question pairs "{left}" with "{right}"'))
def matching_pair(questions, left, right):
    assert any([left, right] in q.pairs for q in questions if q.type == "matching")


@then("no answer or accepted variant appears in its own prompt")
def no_self_leak(questions):
    for question in questions:
        if question.type in ("short", "mcq", "cloze"):
            for form in (question.answer, *question.accepted):
                assert not contains(question.prompt, form), (question.prompt, form)


_OUTSIDE_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")


@then(parsers.parse('no prompt uses "he", "she", "it", "they" or "this" outside quotation marks'))
def self_contained(questions):
    """Built questions use no referring word; sentence prompts a he/his only after a name."""
    for question in questions:
        text = _OUTSIDE_QUOTES.sub(" ", question.prompt)
        if question.type in ("cloze", "tf", "matching") or question.prompt.startswith("Fill in"):
            for match in re.finditer(r"\b(he|she|his|her|him)\b", text, re.IGNORECASE):
                assert re.search(r"[A-Z][a-z]+", text[1:match.start()]), question.prompt
        else:
            assert not re.search(r"\b(he|she|his|her|him|it|its|they|them|their|this|these|those)\b", text,
                                 re.IGNORECASE), question.prompt


@then("no answer is a pronoun")
def no_pronoun_answer(questions):
    assert not any(norm(q.answer) in {"he", "she", "it", "they", "him", "her", "them", "we"} for q in questions)


@then("every multiple-choice question has the answer and at least 3 distinct distractors")
def mcq_shape(questions):
    mcq = [q for q in questions if q.type == "mcq"]
    assert mcq
    for question in mcq:
        assert question.answer in question.choices
        assert len({norm(c) for c in question.choices}) == len(question.choices) >= 4


@then("no distractor is an alias of the answer or appears in the prompt")
def mcq_no_alias(questions, seed_run):
    pool = Pool(seed_run[0])
    for question in (q for q in questions if q.type == "mcq"):
        for choice in question.choices:
            if choice == question.answer:
                continue
            assert norm(choice) not in {norm(a) for a in question.accepted}, (question.prompt, choice)
            assert not contains(question.prompt, choice), (question.prompt, choice)
            if pool.actor(question.answer):
                assert not pool.overlaps(choice, question.answer), (question.prompt, choice)


@then("people are offered against people and organisations against organisations")
def mcq_same_kind(questions, seed_run):
    pool = Pool(seed_run[0])
    checked = 0
    for question in (q for q in questions if q.type == "mcq"):
        actor = pool.actor(question.answer)
        if actor is None:
            continue
        kinds = {pool.actor(c).type for c in question.choices if pool.actor(c)}
        assert len(kinds) == 1 and all(pool.actor(c) for c in question.choices), (question.prompt, question.choices)
        checked += 1
    assert checked >= 10


@then("figure distractors have the answer's unit and magnitude and are not roundings of it")
def mcq_figures(questions, candidates):
    """Checked on every candidate, so more figures are seen."""
    checked = 0
    for question in (q for q in candidates if q.type == "mcq" and isinstance(q.value, int | float)):
        answer = parse_amount(question.answer)
        if answer is None or not answer.value:
            continue
        for choice in question.choices:
            amount = parse_amount(choice)
            assert amount is not None and amount.unit == answer.unit, (question.answer, choice)
            if choice != question.answer:
                ratio = amount.value / answer.value
                assert 0.25 <= ratio <= 4 and abs(ratio - 1) >= 0.15, (question.answer, choice)
        checked += 1
    assert checked >= 3


@then(parsers.parse('the short question answered "{answer}" cites articles "{a}" and "{b}"'))
def cites_both(questions, answer, a, b):
    question = next(q for q in questions if q.type == "short" and q.answer == answer)
    assert {seed_name(a), seed_name(b)} <= {e.doc for e in question.evidence}
    assert not question.conflict


# --- hand-made facts --------------------------------------------------------------------------

def _doc(name: str, text: str, boilerplate: tuple = ()) -> Document:
    if not boilerplate:
        return document_from_text(name, text)
    analysis = "".join(" " if any(s <= i < e for s, e in boilerplate) and c != "\n" else c for i, c in enumerate(text))
    return Document(name=name, text=text, analysis_text=analysis, marks=tuple(Mark(s, e, Kind.DEBRIS) for s, e in boilerplate))


def _sentence(text: str, phrase: str) -> tuple[str, int]:
    start = text.index(phrase)
    low = text.rfind("\n", 0, start) + 1
    high = text.find("\n", start)
    return text[low:high if high >= 0 else len(text)], low


def _figure(doc: Document, surface: str, value, unit: str, figure_type: str, about: str) -> Figure:
    start = doc.text.index(surface)
    sentence, low = _sentence(doc.text, surface)
    return Figure(doc=doc.name, span=(start, start + len(surface)), sentence=sentence, sentence_start=low,
                  surface=surface, value=value, unit=unit, figure_type=figure_type, about=about)


def _person(doc: Document, name: str, role: str | None, type_: str = "PERSON") -> Participant:
    start = doc.text.index(name)
    sentence, low = _sentence(doc.text, name)
    return Participant(doc=doc.name, span=(start, start + len(name)), sentence=sentence, sentence_start=low,
                       name=name, type=type_, role=role, entity=stable_id(name))


def _ids(facts, docs):
    for fact in facts:
        fact.id = stable_id(docs[fact.doc].sha256, fact.kind, *fact.span)
    return facts


PEOPLE = [("Maria Lopez", "the trade minister of Peru"), ("Jan Novak", "the finance minister of Poland"),
          ("Ola Smith", "the mayor of Oslo"), ("Lena Fox", "a senior analyst at the Northern Institute")]


@given("hand-made facts with a quote by two people jointly and four other people")
def joint_quote(ctx):
    text = ("“We will deepen our partnership for many years,” Anna Berg and Tom Hale said in a joint statement.\n"
            "Anna Berg, the prime minister of Norway, met Tom Hale, the president of Chile, in Oslo.\n"
            + "".join(f"{name}, {role}, attended the talks.\n" for name, role in PEOPLE))
    doc = _doc("joint.txt", text)
    quoted = "We will deepen our partnership for many years,"
    sentence, low = _sentence(text, quoted)
    quote = Quote(doc=doc.name, span=(text.index(quoted), text.index(quoted) + len(quoted)), sentence=sentence,
                  sentence_start=low, text=quoted, speaker="Anna Berg and Tom Hale", speaker_type="JOINT")
    people = [_person(doc, "Anna Berg", "the prime minister of Norway"), _person(doc, "Tom Hale", "the president of Chile")]
    people += [_person(doc, name, role) for name, role in PEOPLE]
    ctx.update(docs={doc.name: doc}, facts=_ids([quote, *people], {doc.name: doc}))


TRADE = "Bilateral trade between Norway and Chile reached {} in 2023, {}.\n"


@given(parsers.parse('two hand-made articles reporting trade of "{first}" and "{second}"'))
def two_articles(ctx, first, second):
    docs, facts = {}, []
    for name, surface, source in (("a.txt", first, "the trade ministry said"), ("b.txt", second, "customs data showed")):
        doc = _doc(name, "Norway and Chile deepen ties\n" + TRADE.format(surface, source))
        docs[name] = doc
        value = parse_amount(surface).value
        facts.append(_figure(doc, surface, value, "USD", "money", "bilateral trade between Norway and Chile in 2023"))
    ctx.update(docs=docs, facts=_ids(facts, docs), surfaces=(first, second))


@given(parsers.parse('a hand-made article where "he" could be either of two people and a figure in boilerplate'))
def ambiguous_article(ctx):
    text = ("Maria Lopez met Jan Novak in Lima on Monday.\nHe said the new port will cost $3 billion.\n"
            "The port authority expects the new port to handle 2 million containers a year by 2030.\n"
            "Subscribe now and read 30 articles free.\n")
    line = "Subscribe now and read 30 articles free."
    start = text.index(line)
    doc = _doc("ambiguous.txt", text, boilerplate=((start, start + len(line)),))
    facts = [_person(doc, "Maria Lopez", None), _person(doc, "Jan Novak", None),
             _figure(doc, "$3 billion", 3_000_000_000, "USD", "money", "cost of the new port"),
             _figure(doc, "2 million containers", 2_000_000, "containers", "count", "containers the new port handles"),
             _figure(doc, "30 articles", 30, "articles", "count", "free articles")]
    ctx.update(docs={doc.name: doc}, facts=_ids(facts, {doc.name: doc}))


@when("questions are generated from the hand-made facts", target_fixture="made")
def generate_made(ctx, nlp):
    return generate(ctx["facts"], ctx["docs"], nlp=nlp)


@then(parsers.parse('the joint speakers are asked as a typed answer accepting "{form}", never among single names'))
def joint_distractors(ctx, nlp, form):
    made = _unchosen(ctx["facts"], ctx["docs"], nlp)
    short = next(q for q in made if q.type == "short" and q.prompt.startswith("Who said"))
    assert short.answer == "Anna Berg and Tom Hale" and form in short.accepted
    assert not [q for q in made if q.type == "mcq" and q.answer == short.answer]
    assert not [q for q in made if q.type == "mcq" and any(" and " in c for c in q.choices)]


@then("there is one short or multiple-choice question about the trade figure", target_fixture="question")
def one_trade_question(made):
    short = [q for q in made if q.type in ("short", "mcq") and "trade" in q.prompt]
    assert len(short) == 1, [q.prompt for q in short]
    return short[0]


@then("it cites both articles")
def cites_both_made(question):
    assert {e.doc for e in question.evidence} == {"a.txt", "b.txt"}
    assert len(question.fact_ids) == 2


@then("it is not flagged as a conflict")
def not_conflict(question):
    assert not question.conflict


@then("it is flagged as a conflict and its explanation gives both figures")
def conflict(ctx, question):
    assert question.conflict and "conflict" in question.tags
    assert all(surface in question.explanation for surface in ctx["surfaces"])


@then("no question uses the pronoun or the boilerplate figure")
def no_pronoun(made):
    assert made, "the article's other facts still make questions (else this check would prove nothing)"
    for question in made:
        assert not re.search(r"\bhe\b", question.prompt, re.IGNORECASE), question.prompt
        assert "30" not in question.answer and "30 articles" not in question.prompt


# --- grading and the command ------------------------------------------------------------------

@given(parsers.parse('the question "{prompt}" with answer "{answer}"'), target_fixture="question")
def typed_question(prompt, answer):
    amount = parse_amount(answer)
    if amount and amount.value:
        return Question(id="q", type="short", prompt=prompt, answer=answer, value=amount.value, unit=amount.unit,
                        tolerance=amount.value * 0.02)
    return Question(id="q", type="short", prompt=prompt, answer=answer, accepted=[answer.split()[-1]])


@then(parsers.parse('the response "{response}" is graded {verdict}'))
def graded(question, response, verdict):
    assert grade(question, response) is (verdict == "right")


ARTICLE = ("Chile and Peru sign trade deal\n"
           "“We will sign the deal this week and open the border to more trade,” said Maria Lopez, the trade minister of Chile.\n"
           "Exports rose 12% in 2023, according to the ministry.\n"
           "The two countries signed 14 agreements in Lima on March 3, 2024.\n")


@given("a folder with a small article")
def small_article(tmp_path, ctx):
    (tmp_path / "deal.txt").write_text(ARTICLE, encoding="utf-8")
    ctx.update(folder=tmp_path)


@when(parsers.parse('I run quizgen questions on the folder with "{options}"'))
def run_questions(ctx, options):
    out = ctx["folder"] / "questions.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "quizgen.cli", "questions", str(ctx["folder"]), "-o", str(out), *options.split()],
        capture_output=True, text=True, timeout=300,
    )
    ctx.update(proc=proc, out=out, types=options.split()[1].split(","))


@then("no traceback is printed")
def no_traceback(ctx):
    output = ctx["proc"].stderr + ctx["proc"].stdout
    assert "Traceback" not in output and len(ctx["proc"].stderr.strip().splitlines()) == 1


@then("every output line is a question of the chosen types that validates against the schema")
def output_lines(ctx):
    lines = [json.loads(l) for l in ctx["out"].read_text(encoding="utf-8").splitlines() if l.strip()]
    assert lines
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for line in lines:
        assert line["type"] in ctx["types"]
        assert not list(validator.iter_errors(line))
    ctx["lines"] = lines


@then(parsers.parse("there are at most {n:d} questions"))
def at_most(ctx, n):
    assert len(ctx["lines"]) <= n


@then("stderr ends with a one-line summary counting each type and the revealed answers")
def summary_line(ctx):
    last = ctx["proc"].stderr.strip().splitlines()[-1]
    assert last.startswith(f"generated {len(ctx['lines'])} questions")
    assert all(f" {t}" in last for t in ctx["types"])
    assert "0 answers revealed by another question" in last and "held for review" in last
    assert all(not line["review"] for line in ctx["lines"])
