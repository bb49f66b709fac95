"""Which questions make up a set: the one place that decides it (generator, bank and exports ask here).

1. Only servable questions: not flagged as conflicting, not waiting for review, with a prompt and
   an answer (a matching question with two pairs or more); :func:`unservable` says why not.
2. Best first (the quality score), each type discounted by how often the article already uses
   it, so a set mixes types; true/false at most a quarter of an article's questions (:data:`MAX_SHARE`).
3. One question per fact (a matching question, an exercise of its own, claims none) and per evidence sentence
   (two when both score :data:`STRONG` and differ in type);
   no two prompts alike, at most :data:`SAME_ANSWER` questions of an article with the same answer.
4. No answer revealed by another question of the set: an answer (or an accepted form of it) may
   not stand in the prompt or the pairs of a question about other facts.
5. Per article a budget of :data:`PER_1000_WORDS` questions per 1,000 words, at least its floor
   (:data:`FLOOR_PER_1000_WORDS` per 1,000 words, and :data:`MIN_PER_ARTICLE`, or
   :data:`MIN_SHORT_ARTICLE` under :data:`MIN_WORDS` words) and at most :data:`MAX_PER_ARTICLE`
   (or the caller's limit).
6. Every type the run has a servable question of is present: its best question that fits is
   added when the budgets left it out, leaving out up to :data:`MAKE_ROOM` questions it clashes with.
7. The set keeps the generator's order (article order). A set stored one article at a time (queued
   ingest) asks no prompt again that its other articles' questions ask (:func:`unasked`).
8. An article short of its floor after rules 1-5 takes more questions, a second one from a
   sentence no longer needing to be strong (variety gives way a little; correctness, leaks,
   repeated answers and a statement beside its own negation never do).

Questions under the confidence line are not served: :func:`held_for_review` keeps, for each fact
the set does not ask, its best one for a teacher to approve.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from ..ingest import Document
from .model import Question
from .text import BLANK, contains, norm

PER_1000_WORDS = 16
#: The floor an article is filled to (rule 8): questions per 1,000 words.
FLOOR_PER_1000_WORDS = 10
MIN_PER_ARTICLE = 5
#: Articles shorter than this many words get at least ``MIN_SHORT_ARTICLE``.
MIN_WORDS = 300
MIN_SHORT_ARTICLE = 3
MAX_PER_ARTICLE = 20
#: How many chosen questions may be left out to bring in a type the set lacks.
MAKE_ROOM = 2
#: How many questions of an article may share an answer (a person quoted and described).
SAME_ANSWER = 2
#: The largest share of an article's budget one type may take.
MAX_SHARE = {"tf": 0.25}
#: Score from which two questions may come from one sentence.
STRONG = 0.85
#: How much a type's score is discounted for each question of that type the article already has.
TYPE_DISCOUNT = 0.8


def unservable(question: Question) -> str | None:
    """Why ``question`` may not be shown to a student, or None when it may."""
    if question.conflict:
        return "sources conflict"
    if question.review:
        return "needs review"
    if not question.prompt.strip():
        return "empty prompt"
    if question.type == "matching":
        return None if sum(len(p) == 2 and all(x.strip() for x in p) for p in question.pairs) >= 2 else "fewer than two pairs"
    return None if question.answer.strip() else "empty answer"


def budget(document: Document | None, limit: int | None = None) -> int:
    """How many questions an article gets (rule 5)."""
    if document is None:
        found = MAX_PER_ARTICLE * 100
    else:
        words = _words(document)
        found = min(MAX_PER_ARTICLE, max(_floor(words), round(words * PER_1000_WORDS / 1000)))
    return min(found, limit) if limit else found


def _words(document: Document) -> int:
    return len(re.findall(r"\w+", document.text))


def _floor(words: int) -> int:
    least = MIN_PER_ARTICLE if words >= MIN_WORDS else MIN_SHORT_ARTICLE
    return max(least, -(-words * FLOOR_PER_1000_WORDS // 1000))


def choose(questions: Sequence[Question], documents: Mapping[str, Document] | None = None,
           limit: int | None = None) -> list[Question]:
    """The set's questions (rules 1-8), best first with ties in input order.

    Without ``documents`` (a set re-chosen from generated questions, as the bank does) the article
    budgets and the sentence limit, which need the articles, are left as the generator applied them.
    """
    candidates = [q for q in questions if unservable(q) is None]
    order = {id(q): i for i, q in enumerate(questions)}
    chosen = _Set(per_sentence=documents is not None)
    by_doc: dict[str, list[Question]] = {}
    for question in candidates:
        by_doc.setdefault(_doc(question), []).append(question)
    totals = {doc: budget((documents or {}).get(doc), limit) if documents is not None else (limit or len(members))
              for doc, members in by_doc.items()}
    for doc, members in by_doc.items():
        _fill(chosen, members, totals[doc], order)
    if limit is None:
        for type_ in dict.fromkeys(q.type for q in candidates):
            if not any(q.type == type_ for q in chosen.questions):
                for extra in sorted((q for q in candidates if q.type == type_), key=lambda q: (-q.score, order[id(q)])):
                    if chosen.make_room(extra):
                        chosen.add(extra)
                        break
    for doc, members in by_doc.items():
        _trim_shares(chosen, doc)
        floor = minimum((documents or {}).get(doc), totals[doc])
        if len(chosen.of(doc)) < floor:
            chosen.strong = 0.0  # rule 8: a second question from a sentence need not be strong
            _fill(chosen, [q for q in members if q not in chosen.questions], floor, order)
            chosen.strong = STRONG
        _trim_shares(chosen, doc)
    ids = {id(q) for q in chosen.questions}
    return [q for q in questions if id(q) in ids]


def _fill(chosen: "_Set", members: list[Question], total: int, order: dict[int, int]) -> None:
    """Add the best admissible of ``members`` until their article holds ``total`` (rules 2-4)."""
    pending = list(members)
    types = Counter(q.type for q in chosen.of(_doc(members[0]))) if members else Counter()
    while sum(types.values()) < total and pending:
        best = max(pending, key=lambda q: (q.score * TYPE_DISCOUNT ** types[q.type], -order[id(q)]))
        pending.remove(best)
        if types[best.type] + 1 > max(1, total * MAX_SHARE.get(best.type, 1)):
            continue  # the type's share of the budget is full
        if chosen.admits(best):
            chosen.add(best)
            types[best.type] += 1


def unasked(questions: Sequence[Question], asked_prompts: Iterable[str]) -> list[Question]:
    """``questions`` without those whose prompt the set already asks (rule 7: the same quote or
    figure told by two articles stored one at a time is asked once)."""
    asked = {norm(prompt) for prompt in asked_prompts}
    return [q for q in questions if norm(q.prompt) not in asked]


def minimum(document: Document | None, total: int) -> int:
    """The fewest questions an article should get (rule 5's floor), never above its budget."""
    return 0 if document is None else min(total, _floor(_words(document)))


def _trim_shares(chosen: "_Set", doc: str) -> None:
    """Drop an article's weakest questions of a type beyond its share of what was chosen (rule 2)."""
    mine = chosen.of(doc)
    types = Counter(q.type for q in mine)
    for type_, share in MAX_SHARE.items():
        extra = types[type_] - max(1, int(len(mine) * share))
        for question in sorted((q for q in mine if q.type == type_), key=lambda q: q.score)[:max(0, extra)]:
            chosen.questions.remove(question)


def held_for_review(questions: Sequence[Question], served: Sequence[Question]) -> list[Question]:
    """For each fact no served question asks, its best question under the confidence line or
    flagged as conflicting (kept so that exports report it and a teacher can settle it)."""
    asked = {i for q in served for i in q.fact_ids}
    held: dict[tuple[str, ...], Question] = {}
    for question in questions:
        key = tuple(question.fact_ids)
        if (question.review or question.conflict) and not asked & set(key) \
                and (key not in held or question.score > held[key].score):
            held[key] = question
    return list(held.values())


def _doc(question: Question) -> str:
    return question.evidence[0].doc if question.evidence else ""


class _Set:
    """The questions chosen so far, with what they use up (facts, sentences, prompts, answers)."""

    def __init__(self, per_sentence: bool) -> None:
        self.per_sentence = per_sentence
        self.strong = STRONG
        self.questions: list[Question] = []
        self.facts: set[str] = set()
        self.sentences: dict[tuple[str, str], list[Question]] = {}
        self.prompts: set[str] = set()
        self.answers: Counter[tuple[str, str]] = Counter()

    def admits(self, question: Question) -> bool:
        if question.type != "matching" and self.facts & set(question.fact_ids) or norm(question.prompt) in self.prompts:
            return False
        if self.per_sentence and question.type != "matching" and not _worth_another(question, self.sentences.get(_sentence(question), []), self.strong):
            return False
        if any(self.answers[(_doc(question), _key(a))] >= SAME_ANSWER for a in answers(question)[:1]):
            return False
        return not any(reveals(q, question) or reveals(question, q) for q in self.questions)

    def of(self, doc: str) -> list[Question]:
        """The chosen questions of article ``doc``."""
        return [q for q in self.questions if _doc(q) == doc]

    def make_room(self, question: Question) -> bool:
        """Whether ``question`` fits once at most :data:`MAKE_ROOM` questions it clashes with, none
        the last of its type, are left out (rule 6); they are left out when it does."""
        if self.admits(question):
            return True
        clashing = [q for q in self.questions if not self._alone(question, q)]
        types = Counter(q.type for q in self.questions)
        if len(clashing) > MAKE_ROOM or any(types[q.type] <= Counter(c.type for c in clashing)[q.type] for q in clashing):
            return False
        rest = [q for q in self.questions if q not in clashing]
        trial = _Set(self.per_sentence)
        for kept in rest:
            trial.add(kept)
        if not trial.admits(question):
            return False
        self.__dict__.update(trial.__dict__)
        return True

    def _alone(self, question: Question, other: Question) -> bool:
        """Whether two questions can stand in one set."""
        single = _Set(self.per_sentence)
        single.add(other)
        return single.admits(question)

    def add(self, question: Question) -> None:
        self.questions.append(question)
        if question.type != "matching":
            self.facts |= set(question.fact_ids)
        self.prompts.add(norm(question.prompt))
        self.answers.update((_doc(question), _key(a)) for a in answers(question)[:1])
        if question.type != "matching":
            self.sentences.setdefault(_sentence(question), []).append(question)


def _key(answer: str) -> str:
    """An answer's words in any order ("Putin and Xi" is "Xi and Putin")."""
    return " ".join(sorted(norm(answer).split()))


def _worth_another(question: Question, same_sentence: list[Question], strong: float = STRONG) -> bool:
    """A second question from one sentence only when both score ``strong`` and differ in type (below
    the floor, when they are not both true/false statements); never a third."""
    if not same_sentence:
        return True
    other = same_sentence[0]
    if len(same_sentence) > 1 or question.type == other.type == "tf":
        return False  # never a statement beside its own negation
    return min(question.score, other.score) >= strong and question.type != other.type if strong else True


def _sentence(question: Question) -> tuple[str, str]:
    return (_doc(question), norm(question.evidence[0].sentence) if question.evidence else question.id)


def answers(question: Question) -> list[str]:
    """The texts a student must come up with: the answer and its accepted forms (not True/False or pairs)."""
    if question.type in ("tf", "matching"):
        return []
    forms = [question.answer, *question.accepted]
    return [f for f in dict.fromkeys(forms) if len(norm(f)) >= 3 and not re.fullmatch(r"[\d.]+ [A-Z]{3}", f)]


def reveals(giver: Question, taker: Question) -> bool:
    """Whether ``giver`` (about other facts) shows an answer of ``taker``: in its prompt, or in a
    matching pair whose other side stands in ``taker``'s prompt (the pair joins them; a pair also
    settles a true/false statement naming both its sides)."""
    if set(giver.fact_ids) & set(taker.fact_ids) and giver.type != "matching":
        return False
    forms = answers(taker)
    if giver.type == "matching":
        pairs = [pair for pair in giver.pairs if len(pair) == 2]
        if taker.type == "tf":  # "X is the Y." stated by a pair
            return any(contains(taker.prompt, left) and contains(taker.prompt, right) for left, right in pairs)
        return any(contains(side, a) and contains(taker.prompt, other)
                   for pair in pairs for side, other in (pair, pair[::-1]) for a in forms)
    prompt = giver.prompt.replace(BLANK, " ")
    return any(contains(prompt, a) for a in forms)


def answer_leaks(questions: Iterable[Question]) -> list[tuple[str, str]]:
    """(question id, id of another question of the set showing its answer)."""
    questions = list(questions)
    return [(taker.id, giver.id) for taker in questions
            for giver in [next((g for g in questions if g is not taker and reveals(g, taker)), None)] if giver]
