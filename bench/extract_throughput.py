"""Extraction throughput: the full extractor against a plain spaCy parse of the same corpus.

Builds a corpus of at least --tokens tokens from the seeds (each copy with its paragraphs
rotated and its numbers shifted), then, with the same loaded pipeline, times ``nlp.pipe``
alone and ``quizgen.extract.extract`` over it. Both are timed in CPU seconds (this process and
its worker processes) as well as wall time: the ratio uses CPU time, so other programs busy on
the machine do not skew it. Documents are generated lazily and facts are counted, not kept,
so peak RSS should not grow with the corpus: it is printed after the warm-up, after the first
tenth of the documents and at the end.

Run: .venv/bin/python bench/extract_throughput.py [--tokens N] [--processes N]
The last line is ``extract/parse ratio: R`` (target R <= 1.20).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from quizgen.extract import extract
from quizgen.ingest import Document, read_paths
from quizgen.ingest.read import document_from_text
from quizgen.nlp import load

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
TARGET = 1.20


def peak_rss_mb() -> float:
    """Peak resident memory of this process and its finished children, in MB (Linux: KB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


class Clock:
    """CPU seconds (this process and its finished workers) and wall seconds of a ``with`` block."""

    def __enter__(self) -> "Clock":
        self._cpu, self._wall = self._cpu_now(), time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.cpu = self._cpu_now() - self._cpu
        self.wall = time.perf_counter() - self._wall

    @staticmethod
    def _cpu_now() -> float:
        t = os.times()
        return t.user + t.system + t.children_user + t.children_system


def variant(text: str, copy: int) -> str:
    """A light variation of an article: paragraphs rotated, every number shifted by ``copy``."""
    lines = text.split("\n")
    head, body = lines[:2], lines[2:]
    k = copy % max(1, len(body))
    shifted = "\n".join(head + body[k:] + body[:k])
    return re.sub(r"\b\d+\b", lambda m: str(int(m.group()) + copy), shifted)


def corpus(seeds: list[Document], copies: int) -> Iterator[Document]:
    for copy in range(copies):
        for seed in seeds:
            yield document_from_text(f"{copy:04d}_{seed.name}", variant(seed.text, copy))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=200_000, help="minimum corpus size in tokens")
    parser.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    parser.add_argument("--batch-size", type=int, default=4)
    args = parser.parse_args()

    nlp = load()
    seeds = [d for d in read_paths([SEEDS]) if isinstance(d, Document)]
    seed_tokens = sum(len(nlp.tokenizer(d.analysis_text)) for d in seeds)
    copies = -(-args.tokens // seed_tokens)
    print(f"corpus: {copies} copies of {len(seeds)} seeds = {copies * len(seeds)} documents, "
          f"{copies * seed_tokens:,} tokens; processes={args.processes}")
    for _ in extract(seeds, nlp):  # warm-up: first-call costs (the model's, the unit and name tables') out of the timings
        pass
    print(f"peak RSS after warm-up: {peak_rss_mb():.0f} MB")

    tokens = copies * seed_tokens

    def report(label: str, clock: Clock) -> None:
        print(f"{label}: {clock.cpu:6.1f} s CPU  {clock.wall:6.1f} s wall  {tokens / clock.cpu:8,.0f} tokens/CPU s"
              f"  peak RSS {peak_rss_mb():.0f} MB")

    with Clock() as parse:
        for _ in nlp.pipe((d.analysis_text for d in corpus(seeds, copies)),
                          n_process=args.processes, batch_size=args.batch_size):
            pass
    report("parse  ", parse)

    counts: Counter[str] = Counter()
    docs_seen, tenth = set(), max(1, copies * len(seeds) // 10)
    with Clock() as full:
        for fact in extract(corpus(seeds, copies), nlp, n_process=args.processes, batch_size=args.batch_size):
            counts[fact.kind] += 1
            if fact.doc not in docs_seen:
                docs_seen.add(fact.doc)
                if len(docs_seen) == tenth:
                    print(f"peak RSS after {tenth} documents: {peak_rss_mb():.0f} MB")
    report("extract", full)
    print("facts: " + ", ".join(f"{n} {kind}s" for kind, n in sorted(counts.items())))
    ratio = full.cpu / parse.cpu
    verdict = "within" if ratio <= TARGET else "OVER"
    print(f"{verdict} target {TARGET}")
    print(f"extract/parse ratio: {ratio:.2f}")


if __name__ == "__main__":
    main()
