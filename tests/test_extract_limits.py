"""Extraction stays near-linear in time and flat in memory on pathological input (generous bounds),
and odd fragments of numbers, marks and names never make it raise.

Each input runs in its own process, which reports the CPU seconds of parse + extraction and how
far its peak resident memory rose above the loaded model's.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

from quizgen.extract import extract
from quizgen.ingest.read import document_from_text
from quizgen.nlp import MAX_PIECE, MAX_RUN, load, pieces

PROBE = """
import json, resource, sys, time
from quizgen.extract import extract
from quizgen.ingest.read import document_from_text
from quizgen.nlp import load
nlp = load()
nlp("warm up")
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
text = sys.stdin.read()
start = time.process_time()
facts = list(extract([document_from_text("probe.txt", text)], nlp))
print(json.dumps({"cpu": time.process_time() - start, "facts": len(facts),
                  "rise_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024}))
"""

SENTENCE = 'Officials said the plan, which cost $5 million, was "bold" and Acme agreed with 12 partners; '

pytestmark = pytest.mark.nlp  # parses with spaCy


def _probe(text: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE], input=text, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("text, cpu, rise_mb", [
    pytest.param(("“”\"‘’'" * 3500)[:20_000], 40, 700, id="20 KB of quote marks"),
    pytest.param((SENTENCE * 4300)[:400_000], 120, 800, id="one 400 KB line"),
])
def test_pathological_input_is_handled_in_bounded_time_and_memory(text, cpu, rise_mb):
    result = _probe(text)
    assert result["cpu"] < cpu and result["rise_mb"] < rise_mb, result


def test_the_parse_of_a_long_text_indexes_the_text_as_written():
    nlp = load()
    text = ("x" * (MAX_RUN * 3) + " A sentence ends here. ") * 40 + "\n" + "“”" * 400
    doc = nlp(text)
    assert doc.text == text and max(len(t) for t in doc) <= MAX_RUN
    parts = pieces(text)
    assert "".join(parts) == text and all(len(p) <= MAX_PIECE for p in parts) and len(parts) > 1
    assert parts[0].endswith(". ")  # cut after a sentence end


FRAGMENTS = ["$", "RM", "C$", "USD", "1/0", "0/0", "24/7", "2003/4", "1999/00", "2020-19", "10 1/2", "½", "−5", "minus",
             "kW", "pound-feet", "°C", "1800GMT", "25:99", "9.99 pm", "13 pm", "between", "and", "or", "to", "“", "”", '"',
             "'", "dozens of", "thousands of", "cents", "a quarter", "two-thirds", "Gov.", "the company said", "said",
             "Acme Corp", "December 2007-June", "1,000,000", "1.2.3", "%", "bn", "Nm", "km/h", "\n", ",", ".", "The charity"]


def test_odd_fragments_never_raise():
    rng = random.Random(11)
    texts = [" ".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 40))) for _ in range(150)]
    facts = list(extract([document_from_text(f"odd{k}.txt", t) for k, t in enumerate(texts)], load()))
    assert all(f.span[0] <= f.span[1] for f in facts)
