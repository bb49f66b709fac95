"""The bank on SQLite and PostgreSQL: migrations, ingest that keeps teachers' edits, transactions."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError
from sqlalchemy import func, select

from quizgen.bank import init_db, store, transaction
from quizgen.bank.models import Answer, Article, FactRow, QuestionRow, QuestionSet
from quizgen.questions.model import Question
from bank_samples import DOC, FACTS, QUESTIONS, TEXT, both_databases, question

pytestmark = both_databases


@pytest.fixture
def bank(bank_url):
    return init_db(bank_url)


def ingest(bank, questions=QUESTIONS, facts=FACTS, name="trade"):
    with transaction(bank) as session:
        return store(session, [DOC], facts, questions, name)


def test_migrations_are_idempotent_and_create_the_tables(bank_url):
    init_db(bank_url)
    bank = init_db(bank_url)
    with bank() as session:
        assert session.scalar(select(func.count()).select_from(QuestionRow)) == 0


def test_ingest_stores_articles_facts_questions_and_a_published_set(bank):
    report = ingest(bank)
    assert (report.added, report.updated, report.retired) == (2, 0, 0)
    with bank() as session:
        article = session.scalar(select(Article))
        assert article.text == TEXT and article.boilerplate == [list(r) for r in DOC.boilerplate]
        assert {f.id for f in session.scalars(select(FactRow))} == {"f-q1", "f-q2"}
        qset = session.scalar(select(QuestionSet))
        assert qset.name == "trade" and qset.published and qset.from_ingest
        assert [item.question_id for item in qset.items] == ["q1", "q2"]
        row = session.get(QuestionRow, "q1")
        assert row.to_question() == QUESTIONS[0]
        assert [a.name for a in row.articles] == ["trade.txt"]


def test_reingest_updates_generated_keeps_teacher_edits_and_retires_vanished(bank):
    ingest(bank)
    with transaction(bank) as session:
        edited = session.get(QuestionRow, "q1")
        edited.prompt, edited.edited_by_teacher = "Teacher's wording?", True
        session.add(Answer(question_id="q2", response="3bn", correct=True))
        qset = session.scalar(select(QuestionSet))
        qset.published = False

    new = [question("q1", "12%", "Regenerated prompt?"), question("q3", "2023", "In which year?")]
    report = ingest(bank, new)
    assert (report.added, report.kept, report.retired) == (1, 1, 1)
    with bank() as session:
        assert session.get(QuestionRow, "q1").prompt == "Teacher's wording?"
        retired = session.get(QuestionRow, "q2")
        assert retired.retired and session.scalar(select(Answer)).question_id == "q2"
        qset = session.scalar(select(QuestionSet))
        assert [item.question_id for item in qset.items] == ["q1", "q3"]
        assert not qset.published, "a re-ingest keeps a teacher's unpublishing"

    report = ingest(bank, [question("q1", "12%", "Once more?"), question("q3", "2023", "Which year?")])
    assert report.updated == 1
    with bank() as session:
        assert session.get(QuestionRow, "q3").prompt == "Which year?"


def test_an_interrupted_ingest_leaves_the_bank_as_it_was(bank):
    ingest(bank)
    broken = [question("q1", "12%", "Changed?"), Question(id="q9", type="short", prompt=None, answer="x")]
    with pytest.raises(IntegrityError):  # a question without a prompt breaks the NOT NULL rule
        ingest(bank, broken)
    with bank() as session:
        assert session.get(QuestionRow, "q1").prompt == QUESTIONS[0].prompt
        assert session.get(QuestionRow, "q9") is None


def test_conflicting_questions_stay_out_of_the_set(bank):
    ingest(bank, [QUESTIONS[0], question("q2", "$3 billion", "How low?", conflict=True)])
    with bank() as session:
        assert [i.question_id for i in session.scalar(select(QuestionSet)).items] == ["q1"]


def test_the_ingest_set_asks_one_question_per_fact_with_a_mix_of_types(bank):
    same_fact = [question("q1", "12%", value=12, unit="percent", score=0.9),
                 question("q1-mcq", "12%", "Exports rose by?", type_="mcq", score=0.9),
                 question("q2", "$3 billion", "How low did imports fall?", score=0.8),
                 question("q2-mcq", "$3 billion", "Imports fell to?", type_="mcq", score=0.8)]
    same_fact[1].fact_ids = same_fact[0].fact_ids
    same_fact[3].fact_ids = same_fact[2].fact_ids
    ingest(bank, same_fact)
    with bank() as session:
        assert [i.question_id for i in session.scalar(select(QuestionSet)).items] == ["q1", "q2-mcq"]


def test_an_article_stored_into_a_shared_set_does_not_ask_again_what_another_one_asks(bank):
    """Queued ingest stores a set one article at a time: a figure two articles report is asked once."""
    from dataclasses import replace

    from quizgen.ingest.read import document_from_text

    ingest(bank)
    other = document_from_text("trade-wire.txt", TEXT)
    again = [replace(q, id=q.id + "-wire", evidence=[replace(e, doc=other.name) for e in q.evidence]) for q in QUESTIONS]
    again[1] = replace(again[1], prompt="What were imports worth after the fall?")
    with transaction(bank) as session:
        store(session, [other], [], again, "trade", keep_items=["q1", "q2"])
    with bank() as session:
        items = session.scalar(select(QuestionSet)).items
        assert [item.question_id for item in items] == ["q1", "q2", "q2-wire"]
