"""Score, filter and merge candidates; annotate them (difficulty, tags, explanation).

Score of a candidate (0-1) = template quality × extractor confidence × length factor × answer
specificity, where the length factor is 1 up to 30 prompt words and falls linearly to 0.5 at 60,
and specificity is 0.6 for one-word answers of 3 letters or fewer, else 1. Candidates scoring
below ``MIN_SCORE`` are not kept.

Difficulty (0-1), a documented heuristic: a base per type (true/false 0.2, multiple choice 0.35,
matching 0.45, cloze 0.55, short answer 0.6), +0.15 when the answer is a number or date (exact
recall), +0.1 when a typed answer is longer than three words, −0.1 when several articles report
the fact (prominent), clamped to [0.05, 0.95].
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from ..extract.model import Fact, Figure, Participant, Quote
from ..ingest import Document
from .model import Question
from .templates import Candidate
from .text import PRONOUNS, TITLES, article_title, contains, norm, plain, surname, trim, with_article, word_count

BASE_DIFFICULTY = {"tf": 0.2, "mcq": 0.35, "matching": 0.45, "cloze": 0.55, "short": 0.6}
MIN_SCORE = 0.45
#: Prompts this similar (0-100) with the same answer and type are one question.
NEAR_DUPLICATE = 92


def admissible(question: Question) -> bool:
    """The quality rules every kept question obeys."""
    if not question.answer.strip() or norm(question.answer) in PRONOUNS:
        return False
    if question.type in ("tf", "matching"):
        return True
    if question.type in ("short", "mcq") and word_count(question.answer) < 1:
        return False
    return not any(contains(question.prompt, a) for a in (question.answer, *question.accepted) if a)


def score(candidate: Candidate) -> float:
    question = candidate.question
    words = word_count(question.prompt)
    length = 1.0 if words <= 30 else max(0.5, 1 - (words - 30) / 60)
    specific = 0.6 if len(question.answer) <= 3 and word_count(question.answer) == 1 and not question.value else 1.0
    return round(candidate.quality * length * specific, 4)


def scored(candidates: Iterable[Candidate]) -> list[Candidate]:
    """The admissible candidates scoring at least ``MIN_SCORE``, each with its score set."""
    kept = []
    for candidate in candidates:
        if admissible(candidate.question):
            candidate.question.score = score(candidate)
            if candidate.question.score >= MIN_SCORE:
                kept.append(candidate)
    return kept


def best(candidates: Iterable[Candidate]) -> list[Question]:
    """The best-scored candidate per (fact group, slot), in first-seen order."""
    kept: dict[tuple[str, str], Candidate] = {}
    for candidate in candidates:
        key = (candidate.group, candidate.slot)
        if key not in kept or candidate.question.score > kept[key].question.score:
            kept[key] = candidate
    return [c.question for c in kept.values()]


def merge_near_duplicates(questions: list[Question]) -> list[Question]:
    """Questions of one type with the same answer and nearly the same prompt become one.

    Only questions sharing a type and an answer form are compared (true/false statements only
    when equal), so the work stays near-linear on large runs.
    """
    out: list[Question] = []
    seen: dict[tuple, list[Question]] = {}
    for question in questions:
        keys = _merge_keys(question)
        twin = next((q for key in keys for q in seen.get(key, ()) if _same_answer(q, question)
                     and fuzz.ratio(norm(q.prompt), norm(question.prompt)) >= NEAR_DUPLICATE), None)
        if twin is None:
            out.append(question)
            for key in keys:
                seen.setdefault(key, []).append(question)
            continue
        twin.accepted += [a for a in (question.answer, *question.accepted)
                          if norm(a) != norm(twin.answer) and a not in twin.accepted]
        twin.fact_ids += [i for i in question.fact_ids if i not in twin.fact_ids]
        twin.evidence += [e for e in question.evidence if e not in twin.evidence]
        twin.score = max(twin.score, question.score)
    return out


def _merge_keys(question: Question) -> list[tuple]:
    if question.type in ("tf", "matching"):  # a statement differing by one figure is another question
        return [(question.type, question.answer, norm(question.prompt))]
    forms = [question.answer] if question.type == "mcq" else [question.answer, *question.accepted]
    return list(dict.fromkeys((question.type, norm(f)) for f in forms))


def _same_answer(a: Question, b: Question) -> bool:
    """The same answer, or one question accepts the other's answer (a role worded two ways)."""
    return norm(a.answer) == norm(b.answer) or a.type not in ("tf", "mcq", "matching") and (
        norm(b.answer) in {norm(x) for x in a.accepted} or norm(a.answer) in {norm(x) for x in b.accepted})


def annotate(question: Question, facts: Mapping[str, Fact], documents: Mapping[str, Document]) -> Question:
    """Fill difficulty, tags and explanation from the question's facts."""
    own = [facts[i] for i in question.fact_ids if i in facts]
    question.difficulty = difficulty(question)
    question.tags = tags(question, own)
    question.explanation = explanation(question, own, documents)
    return question


def difficulty(question: Question) -> float:
    value = BASE_DIFFICULTY[question.type]
    if question.value is not None:
        value += 0.15
    if question.type in ("short", "cloze") and word_count(question.answer) > 3:
        value += 0.1
    if len({e.doc for e in question.evidence}) > 1 and question.type != "matching":
        value -= 0.1
    return round(min(0.95, max(0.05, value)), 2)


def tags(question: Question, facts: list[Fact]) -> list[str]:
    found = [f"type:{question.type}"]
    for fact in facts:
        found += [f"kind:{fact.kind}", f"article:{fact.doc.rsplit('.', 1)[0]}"]
        if isinstance(fact, Figure):
            found.append(f"figure:{fact.figure_type}")
        elif isinstance(fact, Participant):
            found.append(f"entity:{fact.type}")
        elif isinstance(fact, Quote) and fact.speaker_type:
            found.append(f"entity:{fact.speaker_type}")
    if question.conflict:
        found.append("conflict")
    return list(dict.fromkeys("".join(t.split()) for t in found))


def explanation(question: Question, facts: list[Fact], documents: Mapping[str, Document]) -> str:
    """One or two sentences citing the source by its title."""
    if not facts:
        return ""

    def source(doc: str) -> str:
        document = documents.get(doc)
        return article_title(document.title if document else "")

    fact = facts[0]
    docs = list(dict.fromkeys(f.doc for f in facts))
    if question.type == "matching":
        return f"Each pair is stated in {source(fact.doc)}."
    if question.conflict and isinstance(fact, Figure):
        versions = "; ".join(f"{source(f.doc)} gives {plain(f.surface)}" for f in facts if isinstance(f, Figure))
        return _sentence_case(f"The sources disagree: {versions}.")
    if isinstance(fact, Quote):
        document = documents.get(fact.doc)
        said = appositive_role(fact.speaker_role, document.text if document else "")
        role = f", {said}," if said and fact.speaker_type == "PERSON" else ""
        speaker = fact.speaker or ""
        if question.type in ("short", "mcq", "cloze") and speaker and norm(surname(question.answer)) == norm(surname(speaker)):
            speaker = question.answer  # the full name the key settled on ("Val Sweeting" for "Sweeting", "Ms Raman")
        if fact.speaker_type == "ORG" and document is not None and _takes_the(speaker, document.text):
            speaker = f"the {speaker}"
        text = f"{source(fact.doc)} quotes {speaker}{role} saying these words."
    elif isinstance(fact, Participant):
        text = f"{source(fact.doc)} describes {fact.name} as {with_article(_lower_first_article(plain(fact.standalone_role or '')))}."
    else:
        assert isinstance(fact, Figure)  # a fact is a quote, a participant or a figure
        start, sentence = _own_line(plain(fact.sentence), fact.span[0] - fact.sentence_start)
        sentence = " ".join(trim(sentence, start, start + len(fact.surface), 30).split())
        text = f"{source(fact.doc)} says: “{sentence}”"
    if len(docs) > 1:
        text += " Also reported in " + ", ".join(source(d) for d in docs[1:]) + "."
    return _sentence_case(text)


#: Words a role cannot end on: it was cut before its noun ("and a co").
_CUT_ENDS = frozenset("a an the and or of for at in to with by".split())
_DETERMINERS = frozenset("the a an his her its their our".split())


def appositive_role(role: str | None, text: str) -> str:
    """A speaker's role as an explanation may write it after the name, or "" to leave it out.

    Only a role the article writes whole (not cut mid-word or before its noun), not leaning on an
    unresolved owner ("Its president", "His spokesman"), and not a lone title the article writes before
    the name ("Captain", "Coach"); a capital the article gives it only at a sentence start is lowered
    ("The bank's chief economist" -> "the bank's chief economist", "Opposition leader" -> "the opposition leader").
    """
    role = " ".join(plain(role or "").split()).strip(" ,")
    words = role.split()
    if not words or words[0].lower() in PRONOUNS or words[-1].lower() in _CUT_ENDS:
        return ""
    if not re.search(rf"(?<![\w-]){re.escape(role)}(?![\w-])", text, re.I):
        return ""  # only a role the article writes, whole
    while len(words) > 1 and words[-1][:1].isupper() and words[-1].lower().rstrip(".") in TITLES:
        words = words[:-1]  # "fire service spokesman Colonel": the title of the name that followed
        role = role[:role.rindex(" ")]
    if len(words) == 1 and words[0][:1].isupper():
        return ""  # a title standing before the name, not a description
    if words[0].islower() and len(words) > 1 and words[1].lower() in _DETERMINERS:
        return ""  # "chairs the players' committee": a clause, not a noun phrase
    role = _lower_first_article(role)
    if words[0][:1].isupper() and len(words) > 1 and words[1].islower() and words[0].lower() not in ("the", "a", "an") \
            and _capital_only_at_starts(words[0], text):
        role = words[0].lower() + role[len(words[0]):]  # "Opposition leader": capitalised only at a start
    return with_article(role)


def _capital_only_at_starts(word: str, text: str) -> bool:
    """Whether every capitalised ``word`` in ``text`` starts a line or a sentence."""
    return all(re.fullmatch(r"|.*(?:[.!?]|[.!?]?[\"'“”‘’])\s*|.*\n\s*", text[max(0, m.start() - 3):m.start()], re.S)
               for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _lower_first_article(role: str) -> str:
    """"The union's president" -> "the union's president"."""
    first = role.split(" ", 1)[0]
    return first.lower() + role[len(first):] if first in ("The", "A", "An") else role


def _takes_the(name: str, text: str) -> bool:
    """An organisation the article writes with "the" ("the Curling Federation of Canada")."""
    return not name.lower().startswith("the ") and re.search(rf"\bthe {re.escape(name)}\b", text, re.I) is not None


def _own_line(sentence: str, start: int) -> tuple[int, str]:
    """The offset within it and the line of ``sentence`` holding offset ``start`` (a byline or date line glued
    to it is left out)."""
    begin = sentence.rfind("\n", 0, start) + 1
    end = sentence.find("\n", start)
    end = len(sentence) if end < 0 else end
    return start - begin, sentence[begin:end]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]
