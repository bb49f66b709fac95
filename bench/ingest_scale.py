"""Ingest throughput through the task queue with 1 and 2 workers, and a worker's memory on a long stream.

Starts a throwaway ``redis-server`` on loopback and writes a corpus of at least --articles
articles from varied text (the seeds and the unseen dev set, each copy with its paragraphs
rotated and its numbers shifted). For 1 and then 2 workers (``quizgen worker``, one pool
process each) on a fresh SQLite bank it queues the corpus as one job (``quizgen.tasks.submit_paths``)
and times it from submission to the job's end: articles/s for each, with the workers' CPU
seconds per article (equal for 1 and 2 workers when they do not contend for the bank). Then one worker ingests a
stream of at least --stream-tokens tokens (never recycled: ``--max-tasks-per-child`` above the
stream's length) while its processes' resident memory is sampled: the peak and the pool
process's memory after the first tenth and at the end show whether it stays flat. The load
average is printed before and after: on a shared machine the ratio falls with it.

Run: .venv/bin/python bench/ingest_scale.py [--articles 204] [--stream-tokens 1000000]
The last line is ``scale 2/1 ratio: R`` (target R >= 1.7 on a 2-core machine; memory under 600 MB).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from extract_throughput import variant
from quizgen.bank import init_db
from quizgen.bank.models import IngestJob
from quizgen.ingest import Document, read_paths

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT / "tests" / "data" / "unseen"]
QUIZGEN = str(Path(sys.executable).with_name("quizgen"))
TARGET, MEMORY_LIMIT_MB = 1.7, 600


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_corpus(folder: Path, minimum: int, tokens: int = 0) -> tuple[int, int]:
    """At least ``minimum`` articles (and ``tokens`` tokens) as .txt files; returns (articles, tokens)."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    sources = [d for d in read_paths(SOURCES) if isinstance(d, Document)]
    folder.mkdir(parents=True)
    articles = counted = copy = 0
    while articles < minimum or counted < tokens:
        for source in sources:
            text = variant(source.text, copy)
            (folder / f"{copy:04d}_{Path(source.name).stem}.txt").write_text(text, encoding="utf-8")
            articles += 1
            counted += len(tokenizer(text))
        copy += 1
    return articles, counted


class Workers:
    """``quizgen worker`` processes, each in its own process group."""

    def __init__(self, n: int, env: dict[str, str], logs: Path, max_tasks: int):
        self.processes = []
        for i in range(n):
            log = logs / f"worker{i}-{time.time_ns()}.log"
            self.processes.append((subprocess.Popen(
                [QUIZGEN, "worker", "--concurrency", "1", f"--max-tasks-per-child={max_tasks}"],
                env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT, start_new_session=True), log))

    def memory_mb(self) -> dict[int, tuple[float, float]]:
        """(RSS, PSS) of every process of the workers (main and pool processes), in MB: PSS shares
        the pages a pool process still has in common with its parent, so PSS adds up."""
        groups = {p.pid for p, _ in self.processes}
        sizes = {}
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                if int(stat.read_text().rsplit(")", 1)[1].split()[2]) not in groups:
                    continue
                rollup = dict(line.split(":", 1) for line in (stat.parent / "smaps_rollup").read_text().splitlines()[1:])
                sizes[int(stat.parent.name)] = tuple(int(rollup[k].split()[0]) / 1024 for k in ("Rss", "Pss"))
            except (OSError, IndexError, ValueError, KeyError):
                continue
        return sizes

    def cpu_seconds(self) -> float:
        """CPU time the workers' processes (and their pool processes already replaced) have used."""
        groups, ticks = {p.pid for p, _ in self.processes}, 0
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
                if int(fields[2]) in groups:
                    ticks += sum(map(int, fields[11:15]))
            except (OSError, IndexError, ValueError):
                continue
        return ticks / os.sysconf("SC_CLK_TCK")

    def ready(self) -> bool:
        """Every worker's pool process has loaded the spaCy model."""
        return all("spaCy model" in log.read_text(errors="replace") for _, log in self.processes)

    def stop(self) -> None:
        for process, _ in self.processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process, _ in self.processes:
            process.wait(60)


def run_job(env: dict[str, str], corpus: Path, workers: int, logs: Path, max_tasks: int = 500,
            sample=None) -> tuple[int, float, float]:
    """Queue the corpus on a fresh bank (SQLite) for ``workers`` workers; returns (articles, wall
    seconds, the workers' CPU seconds while ingesting)."""
    from quizgen import tasks

    url = f"sqlite:///{logs / f'bank-{time.time_ns()}.sqlite'}"
    bank = init_db(url)
    pool = Workers(workers, {**env, "QUIZGEN_DATABASE_URL": url}, logs, max_tasks)
    try:
        _wait_until_models_are_loaded(pool)
        cpu = pool.cpu_seconds()
        start = last_change = time.perf_counter()
        job_id = tasks.submit_paths(bank, [corpus], corpus.name)
        shown = None
        while True:
            with bank() as session:
                job = session.get(IngestJob, job_id)
                state = (job.status, job.progress, job.message)
            if sample:
                sample(pool)
            if state[0] in ("done", "failed"):
                break
            if state != shown:
                shown, last_change = state, time.perf_counter()
            elif time.perf_counter() - last_change > 300:
                raise SystemExit(f"no progress for 5 minutes: {state}")
            time.sleep(0.25)
        seconds, cpu = time.perf_counter() - start, pool.cpu_seconds() - cpu
    finally:
        pool.stop()
        bank.kw["bind"].dispose()
    if state[0] != "done":
        raise SystemExit(f"the job failed: {state[2]}")
    return len(list(corpus.iterdir())), seconds, cpu


def _wait_until_models_are_loaded(pool: Workers, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not pool.ready():
        if time.monotonic() > deadline:
            raise SystemExit("workers did not load the model in time; see their logs")
        time.sleep(0.5)


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=204, help="minimum articles in the scaling corpus")
    parser.add_argument("--stream-tokens", type=int, default=1_000_000, help="tokens in the memory stream (0: skip)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # workers and Redis are stopped on the way out

    work = Path(tempfile.mkdtemp(prefix="quizgen-bench-"))
    port = free_port()
    redis = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "",
                              "--appendonly", "no", "--dir", str(work)], stdout=subprocess.DEVNULL)
    env = {**os.environ, "QUIZGEN_BROKER_URL": f"redis://127.0.0.1:{port}/0", "QUIZGEN_DATA_DIR": str(work / "data")}
    os.environ.update(env)
    try:
        articles, tokens = write_corpus(work / "corpus", args.articles)
        print(f"corpus: {articles} articles, {tokens:,} tokens; {os.cpu_count()} CPUs; {load()}")
        rates = {}
        for n in (1, 2):
            done, seconds, cpu = run_job(env, work / "corpus", n, work)
            rates[n] = done / seconds
            print(f"{n} worker{'s' if n > 1 else ' '}: {done} articles in {seconds:6.1f} s = {rates[n]:5.2f} articles/s "
                  f"({cpu / done:.2f} worker CPU s per article); {load()}")

        if args.stream_tokens:
            articles, tokens = write_corpus(work / "stream", 0, args.stream_tokens)
            peak, child = {"pss": 0.0, "rss": 0.0}, []

            def sample(pool: Workers) -> None:
                sizes = pool.memory_mb().values()
                if sizes:
                    peak["pss"] = max(peak["pss"], sum(pss for _, pss in sizes))
                    peak["rss"] = max(peak["rss"], max(rss for rss, _ in sizes))
                    child.append(max(rss for rss, _ in sizes))

            done, seconds, _ = run_job(env, work / "stream", 1, work, max_tasks=articles + 1, sample=sample)
            tenth = child[len(child) // 10] if child else 0.0
            verdict = "under" if peak["pss"] < MEMORY_LIMIT_MB else "OVER"
            print(f"memory stream: {done} articles, {tokens:,} tokens in {seconds:.0f} s by one worker; "
                  f"pool process RSS {tenth:.0f} MB after a tenth, {child[-1] if child else 0:.0f} MB at the end, "
                  f"peak {peak['rss']:.0f} MB; peak worker memory (main + pool, PSS) {peak['pss']:.0f} MB, "
                  f"{verdict} {MEMORY_LIMIT_MB} MB")
        ratio = rates[2] / rates[1]
        print(f"{'within' if ratio >= TARGET else 'UNDER'} target {TARGET}; {load()}")
        print(f"scale 2/1 ratio: {ratio:.2f}")
    finally:
        redis.terminate()
        redis.wait(10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
