"""Entities are resolved once (mention -> article -> run): a quote's speaker carries its participant's entity."""

from __future__ import annotations

from quizgen.extract import Participant, Quote, extract
from quizgen.ingest import Document
from quizgen.nlp import load

ONE = "Harbour Bank chief executive Nora Lindqvist spoke on Monday. “Rates will fall,” Lindqvist said."
TWO = "Nora Lindqvist, who runs Harbour Bank, was cautious. “We are not there yet,” she told reporters."


def test_a_speaker_carries_the_entity_of_its_participant_across_articles():
    documents = [Document(name=f"{n}.txt", text=t, analysis_text=t) for n, t in (("one", ONE), ("two", TWO))]
    facts = list(extract(documents, load()))
    quotes = [f for f in facts if isinstance(f, Quote)]
    people = {p.doc: p for p in facts if isinstance(p, Participant) and p.name == "Nora Lindqvist"}
    assert len(quotes) == 2 and set(people) == {"one.txt", "two.txt"}
    assert people["one.txt"].entity == people["two.txt"].entity
    assert all(q.speaker_entity == people["one.txt"].entity for q in quotes), [(q.speaker, q.speaker_entity) for q in quotes]
