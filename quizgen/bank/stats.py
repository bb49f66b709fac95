"""Item statistics as Moodle's quiz statistics report computes them.

Each finished attempt is a row of 0/1 marks, one per question it asked. For a question:
facility is the share of attempts that got it right; discrimination is the Pearson correlation
between the question's mark and the rest of the attempt's score (total minus this question),
times 100 (Moodle's "discrimination index"), or None when either side does not vary.
"""

from __future__ import annotations

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
