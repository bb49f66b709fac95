"""Unit tests of set selection (questions/selection.py): what a set served to students may hold."""

from __future__ import annotations

from quizgen.extract.model import Evidence
from quizgen.ingest.read import document_from_text
from quizgen.questions import selection
from quizgen.questions.model import Question

WORDS = " ".join(["word"] * 700)
DOC = document_from_text("a.txt", f"Title\n\n{WORDS}\n")


def _q(id_: str, type_: str, prompt: str, answer: str, facts: list[str], *, sentence: str | None = None,
       score: float = 0.9, **fields) -> Question:
    return Question(id=id_, type=type_, prompt=prompt, answer=answer, fact_ids=facts, score=score,
                    evidence=[Evidence("a.txt", (0, 1), sentence or f"Sentence of {id_}.")], **fields)


def test_unservable_says_why():
    assert selection.unservable(_q("1", "short", "Who?", "Ann", ["f"], conflict=True)) == "sources conflict"
    assert selection.unservable(_q("2", "short", "Who?", "Ann", ["f"], review=True)) == "needs review"
    assert selection.unservable(_q("3", "short", " ", "Ann", ["f"])) == "empty prompt"
    assert selection.unservable(_q("4", "matching", "Match.", "x", ["f"], pairs=[["a", "b"]])) == "fewer than two pairs"
    assert selection.unservable(_q("5", "short", "Who?", "Ann", ["f"])) is None


def test_one_question_per_fact_and_no_duplicate_prompt():
    questions = [_q("1", "short", "Who leads Acme Ltd?", "Ann Lee", ["f1"], score=0.9),
                 _q("2", "mcq", "Who leads Acme Ltd?", "Ann Lee", ["f1"], score=0.8),
                 _q("3", "short", "Who leads Acme Ltd?", "Bo Chan", ["f2"], score=0.7)]
    chosen = selection.choose(questions, {"a.txt": DOC})
    assert [q.id for q in chosen] == ["1"]


def test_no_answer_revealed_by_another_question():
    giver = _q("1", "tf", "Ann Lee said the plant will cost $3 billion.", "True", ["f1"], score=0.95)
    taker = _q("2", "short", "Who runs the Acme plant in Lima?", "Ann Lee", ["f2"], score=0.9)
    other = _q("3", "short", "How much will the plant cost?", "$5 billion", ["f3"], score=0.8)
    chosen = selection.choose([giver, taker, other], {"a.txt": DOC})
    assert [q.id for q in chosen] == ["1", "3"]
    assert selection.answer_leaks([giver, taker]) == [("2", "1")]
    assert selection.answer_leaks(chosen) == []


def test_a_matching_pair_reveals_the_role_question_it_answers():
    matching = _q("1", "matching", "Match each person with their role.", "x", ["f1", "f2", "f3"],
                  pairs=[["Ann Lee", "mayor of Lima"], ["Bo Chan", "head of Acme Ltd"], ["Cy Dee", "analyst at Fitch"]])
    asked = _q("2", "short", "Who is the mayor of Lima?", "Ann Lee", ["f9"])
    unrelated = _q("3", "short", "Who said: “We will win”?", "Ann Lee", ["f8"])
    stated = _q("4", "tf", "Ann Lee is the mayor of Lima.", "True", ["f1"])
    assert selection.reveals(matching, asked) and selection.reveals(matching, stated)
    assert not selection.reveals(matching, unrelated)


def test_one_sentence_gives_one_question_unless_both_are_strong_and_differ_in_type():
    a = _q("1", "short", "Who signed the trade deal?", "Ann Lee", ["f1"], sentence="S.", score=0.95)
    b = _q("2", "cloze", "The trade deal was signed in _____.", "Lima", ["f2"], sentence="S.", score=0.9)
    c = _q("3", "short", "When was the trade deal signed?", "March", ["f3"], sentence="S.", score=0.9)
    d = _q("4", "cloze", "The trade deal was signed in _____ by two ministers.", "spring", ["f4"], sentence="S.",
           score=0.5)
    others = [_q(f"o{i}", "short", f"Question number {i}?", f"Answer{i}", [f"o{i}"], sentence=f"O{i}.", score=0.8)
              for i in range(3)]
    chosen = selection.choose([a, b, c, d, *others], {"a.txt": DOC})
    assert [q.id for q in chosen if q.evidence[0].sentence == "S."] == ["1", "2"]


def test_an_article_short_of_its_floor_takes_a_weaker_second_question_from_a_sentence():
    a = _q("1", "tf", "Ann Lee signed the trade deal in May.", "False", ["f1"], sentence="S.", score=0.95)
    b = _q("2", "tf", "Ann Lee signed the trade deal in Lima.", "True", ["f2"], sentence="S.", score=0.9)
    c = _q("3", "cloze", "The trade deal was signed in _____.", "Lima", ["f3"], sentence="S.", score=0.6)
    d = _q("4", "short", "When was the trade deal signed?", "March", ["f4"], sentence="S.", score=0.6)
    assert [q.id for q in selection.choose([a, b, c, d], {"a.txt": DOC})] == ["1", "3"]


def test_the_budget_follows_the_article_length():
    short_doc = document_from_text("b.txt", "Title\n\n" + " ".join(["word"] * 100))
    assert selection.budget(DOC) == round(702 * selection.PER_1000_WORDS / 1000)
    assert selection.budget(short_doc) == selection.MIN_SHORT_ARTICLE
    assert selection.budget(DOC, limit=4) == 4
    questions = [_q(str(i), "short", f"Question number {i} about fact {i}?", f"Answer{i}", [f"f{i}"],
                    sentence=f"Sentence {i}.", score=0.5 + i / 100) for i in range(30)]
    assert len(selection.choose(questions, {"a.txt": DOC})) == selection.budget(DOC)


def test_true_false_takes_at_most_a_quarter_and_every_type_is_present():
    questions = [_q(f"t{i}", "tf", f"Statement number {i} holds.", "True", [f"t{i}"], sentence=f"T{i}.", score=0.99)
                 for i in range(12)]
    questions += [_q(f"s{i}", "short", f"Question number {i}?", f"Answer{i}", [f"s{i}"], sentence=f"S{i}.", score=0.6)
                  for i in range(12)]
    questions.append(_q("m", "matching", "Match each person.", "x", ["m1", "m2", "m3"], score=0.1,
                        pairs=[["A", "a"], ["B", "b"], ["C", "c"]]))
    chosen = selection.choose(questions, {"a.txt": DOC})
    assert 4 * sum(q.type == "tf" for q in chosen) <= len(chosen)
    assert {q.type for q in chosen} == {"tf", "short", "matching"}
