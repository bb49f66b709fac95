"""Export speed: 10,000 synthetic questions to .apkg, Moodle XML and GIFT, and Anki's import of the deck.

Run: .venv/bin/python bench/export.py [N]. The last line is the time quizgen takes to write the
N-question deck over the time bare genanki takes to write N two-field notes, both measured in this
run (best of 5, interleaved); target <= 1.3. The import is timed once, into a fresh collection.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
from pathlib import Path

import genanki
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.export import Article, ExportSet, export
from quizgen.extract.model import Evidence
from quizgen.questions.model import TYPES, Question

TARGET_RATIO = 1.3
BARE = genanki.Model(1607392319, "bare", fields=[{"name": "Front"}, {"name": "Back"}],
                     templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{FrontSide}}<hr id=answer>{{Back}}"}])


def synthetic(n: int, articles: int = 50) -> ExportSet:
    """``n`` questions of every type spread over ``articles`` articles, each with its evidence."""
    docs, lines = {}, {}
    for a in range(articles):
        lines[a] = [f"Exports of region {a} rose to {i * 7 + a} million tonnes in year {2000 + i}, the ministry said."
                    for i in range(n // articles + 1)]
        docs[f"article{a}.txt"] = Article(f"article{a}.txt", f"Region {a}: trade & <markets>", "\n".join(lines[a]) + "\n")
    questions = []
    for i in range(n):
        doc = docs[f"article{i % articles}.txt"]
        line_no = i // articles
        sentence = lines[i % articles][line_no]
        start = sum(len(line) + 1 for line in lines[i % articles][:line_no])
        amount = f"{line_no * 7 + i % articles} million tonnes"
        span = (start + sentence.index(amount), start + sentence.index(amount) + len(amount))
        kind = TYPES[i % len(TYPES)]
        prompt = f"How much did exports of region {i % articles} reach in year {2000 + line_no}?"
        fields = dict(id=f"q{i:05d}", type=kind, prompt=prompt, answer=amount, evidence=[Evidence(doc.name, span, sentence)],
                      tags=["figure", "quantity"], explanation="The ministry gave the figure.")
        if kind == "mcq":
            fields["choices"] = [amount, "1 million tonnes", "2 million tonnes", "3 million tonnes"]
        elif kind == "cloze":
            fields["prompt"] = sentence.replace(amount, "_____")
        elif kind == "tf":
            fields.update(prompt=sentence, answer="True", choices=["True", "False"])
        elif kind == "matching":
            fields["pairs"] = [[f"Region {j}", f"{j} million tonnes"] for j in range(3)]
        elif i % 2:
            fields.update(value=(line_no * 7 + i % articles) * 1e6, tolerance=1e5, unit="t")
        questions.append(Question(**fields))
    return ExportSet("Benchmark", questions, docs)


def bare_genanki(export_set: ExportSet, path: Path) -> None:
    """What genanki alone does for as many notes: a two-field note per question, one deck, written."""
    deck = genanki.Deck(2059400110, "Benchmark")
    for question in export_set.questions:
        deck.add_note(genanki.Note(model=BARE, fields=[question.prompt, question.answer], guid=question.id))
    genanki.Package(deck).write_to_file(str(path))


def timed(fn, runs: int = 3) -> tuple[float, float]:
    """The best wall-clock and CPU seconds of ``fn()`` over ``runs`` (CPU time counts on a busy machine).

    Each run starts from a collected heap, so it pays for the garbage collections its own objects
    cause, not for one that another function's garbage brought on.
    """
    times = []
    for _ in range(runs):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - wall, time.process_time() - cpu))
    return min(w for w, _ in times), min(c for _, c in times)


def interleaved(fns: dict, runs: int = 5) -> dict[str, tuple[float, float]]:
    """Best wall and CPU seconds of each function, runs taken in turn so load hits them alike."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(runs):
        for name, fn in fns.items():
            wall, cpu = timed(fn, runs=1)
            old = best.get(name, (wall, cpu))
            best[name] = (min(old[0], wall), min(old[1], cpu))
    return best


def main(n: int = 10_000) -> None:
    export_set = synthetic(n)
    gc.freeze()  # the input is long-lived: collections during the runs need not walk it
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        seconds = interleaved({"apkg": lambda: export(export_set, "apkg", out / "bench.apkg"),
                               "genanki": lambda: bare_genanki(export_set, out / "bare.apkg")})
        seconds.update({fmt: timed(lambda fmt=fmt: export(export_set, fmt, out / f"bench.{fmt}"))
                        for fmt in ("moodle", "gift")})
        col = Collection(str(out / "collection.anki2"))
        request = ImportAnkiPackageRequest(package_path=str(out / "bench.apkg"), options=ImportAnkiPackageOptions())
        log = []
        seconds["anki import"] = timed(lambda: log.append(col.import_anki_package(request).log), runs=1)
        notes = col.note_count()
        col.close()
    for name, (wall, cpu) in seconds.items():
        print(f"{name:12s} {wall:6.2f} s wall, {cpu:6.2f} s CPU for {n} questions")
    print(f"anki imported {notes} notes ({len(log[0].new)} new)")
    (wall, cpu), (bare_wall, bare_cpu) = seconds["apkg"], seconds["genanki"]
    print(f"apkg / bare genanki ratio: {wall / bare_wall:.2f} wall, {cpu / bare_cpu:.2f} CPU (target <= {TARGET_RATIO})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
