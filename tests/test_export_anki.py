"""Anki decks read by the real Anki backend: text that looks like Anki syntax stays text."""

from __future__ import annotations

import html
import itertools
import sqlite3
import zipfile

import genanki
from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.export import Article, ExportSet, export
from quizgen.export.anki import field_html, guid
from quizgen.extract.model import Evidence
from quizgen.questions.model import Question

TEXT = "The {{c2::secret}} plan {{c3::x}} cost $5 {{Front}} in 2023.\n"


def imported(tmp_path, questions: list[Question]) -> Collection:
    path = tmp_path / "deck.apkg"
    export(ExportSet("Set", questions, {"a.txt": Article("a.txt", "A {{c4::title}}", TEXT)}), "apkg", path)
    col = Collection(str(tmp_path / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions()))
    return col


def test_cloze_syntax_in_the_text_makes_no_card_and_shows_as_written(tmp_path):
    evidence = Evidence("a.txt", (TEXT.index("$5"), TEXT.index("$5") + 2), TEXT.strip())
    questions = [
        Question(id="cloze", type="cloze", prompt="The {{c2::secret}} plan {{c3::x}} cost _____ {{Front}} in 2023.",
                 answer="$5 {{c5::y}}", evidence=[evidence], explanation="See {{c6::z}}."),
        Question(id="short", type="short", prompt="What did the {{c2::secret}} plan cost?", answer="$5",
                 evidence=[evidence]),
    ]
    col = imported(tmp_path, questions)
    try:
        assert col.note_count() == 2 and col.card_count() == 2
        cloze = col.get_note(col.find_notes("tag:type:cloze")[0])
        card = cloze.cards()[0]
        assert card.ord == 0
        question = html.unescape(card.question())  # what the reviewer sees
        assert "The {{c2::secret}} plan {{c3::x}} cost " in question and "</span> {{Front}} in 2023." in question
        assert "$5 {{c5::y}}" in html.unescape(card.answer())
    finally:
        col.close()


def test_field_html_escapes_markup_and_braces():
    assert field_html("<b>{{c1::x}}</b> & co") == "&lt;b&gt;&#123;&#123;c1::x&#125;&#125;&lt;/b&gt; &amp; co"


def test_interleaved_articles_put_every_card_in_its_articles_deck_with_genankis_schema(tmp_path):
    """Notes are inserted deck by deck and their cards derived from them; the indexes are rebuilt after."""
    texts = {doc: f"Output of plant {doc} rose to {n} tonnes.\n" for n, doc in enumerate(("a.txt", "b.txt", "c.txt"), 5)}
    questions = []
    for i in range(12):
        doc = ("a.txt", "b.txt", "c.txt")[i % 3]
        span = (texts[doc].index("rose"), texts[doc].index("rose") + 4)
        questions.append(Question(id=f"q{i}", type=("short", "mcq", "cloze", "tf")[i % 4], prompt=f"Question {i}: it _____?",
                                  answer="rose", choices=["rose", "fell"] if i % 4 == 1 else [],
                                  evidence=[Evidence(doc, span, texts[doc].strip())]))
    articles = {doc: Article(doc, f"Plant {doc[0].upper()}", text) for doc, text in texts.items()}
    path = tmp_path / "deck.apkg"
    export(ExportSet("Set", questions, articles), "apkg", path)
    with zipfile.ZipFile(path) as package:
        (tmp_path / "written.anki2").write_bytes(package.read("collection.anki2"))
    written = sqlite3.connect(tmp_path / "written.anki2")
    reference = sqlite3.connect(":memory:")
    genanki.Package([]).write_to_db(reference.cursor(), 0, itertools.count())
    schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    assert written.execute(schema).fetchall() == reference.execute(schema).fetchall()
    written.close()
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions()))
        assert col.note_count() == 12 and col.card_count() == 12
        notes = {note.guid: note for note in map(col.get_note, col.find_notes(""))}
        for i, question in enumerate(questions):
            cards = notes[guid(question)].cards()
            assert [(col.decks.name(c.did), c.ord) for c in cards] == [(f"Set::Plant {'ABC'[i % 3]}", 0)]
    finally:
        col.close()
