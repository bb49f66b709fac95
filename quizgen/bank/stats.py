"""Item statistics as Moodle's quiz statistics report computes them, and a set's gradebook.

Rules, in order:
1. Only each learner's first finished attempt counts (:func:`first_finished`); a retry of the
   missed questions or a second go is practice.
2. An attempt is a row of 0/1 marks, one per question it *answered*: a question left unanswered
   when the student stopped early is no mark, not a wrong one.
3. For a question: facility is the share of marks that are right; discrimination is the Pearson
   correlation between the question's mark and the rest of the attempt's score (total minus this
   question), times 100 (Moodle's "discrimination index"), or None when either side does not vary.
4. Figures from fewer than :data:`SMALL_SAMPLE` students are flagged as a small sample.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import sqrt


@dataclass(frozen=True)
class ItemStats:
    question_id: str
    attempts: int
    facility: float | None
    discrimination: float | None


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / sqrt(sxx * syy)


def item_stats(question_ids: Sequence[str], attempts: Sequence[Mapping[str, bool]]) -> list[ItemStats]:
    """Statistics of each question over ``attempts`` (question id -> right or wrong)."""
    totals = [sum(marks.values()) for marks in attempts]
    result = []
    for qid in question_ids:
        pairs = [(float(m[qid]), total - m[qid]) for m, total in zip(attempts, totals) if qid in m]
        item = [p[0] for p in pairs]
        r = pearson(item, [p[1] for p in pairs])
        result.append(ItemStats(
            qid, len(pairs), sum(item) / len(item) if item else None, None if r is None else 100 * r
        ))
    return result


def score_histogram(scores: Sequence[float], bins: int = 10) -> list[int]:
    """How many attempts scored in each of ``bins`` equal bands of 0–100 %."""
    counts = [0] * bins
    for s in scores:
        counts[min(int(s * bins), bins - 1)] += 1
    return counts


#: Fewer students than this: figures are shown, flagged as resting on a small sample.
SMALL_SAMPLE = 10


def first_finished(attempts: Sequence) -> list:
    """Each learner's first finished attempt at a set, in the order they started.

    Later runs ("practise the missed ones", a second go) are practice: they would count a
    question twice and inflate it with answers already seen. Attempts without any answer are left
    out (a student who opened the quiz and left).
    """
    seen, result = set(), []
    for attempt in sorted(attempts, key=lambda a: (a.started_at, a.id)):
        if attempt.finished_at is None or not attempt.answers or attempt.learner in seen:
            continue
        seen.add(attempt.learner)
        result.append(attempt)
    return result


def marks(attempt) -> dict[str, bool]:
    """An attempt's answered questions, right or wrong (a question left unanswered is no mark)."""
    return {a.question_id: bool(a.correct) for a in attempt.answers if a.question_id in attempt.question_ids}


def common_wrong_answers(responses: Sequence[str], top: int = 3) -> list[tuple[str, int]]:
    """The wrong responses given most often (alike when equal ignoring case and spaces),
    each in its most frequent spelling, with how many gave it; most frequent first."""
    groups: dict[str, Counter[str]] = {}
    for response in responses:
        text = " ".join(response.split())
        if text:
            groups.setdefault(text.casefold().replace(" ", ""), Counter())[text] += 1
    ranked = sorted(groups.values(), key=lambda c: (-sum(c.values()), c.most_common(1)[0][0]))
    return [(c.most_common(1)[0][0], sum(c.values())) for c in ranked[:top]]
