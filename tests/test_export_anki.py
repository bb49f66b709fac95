"""Anki decks read by the real Anki backend: text that looks like Anki syntax stays text."""

from __future__ import annotations

import html

from anki.collection import Collection
from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

from quizgen.export import Article, ExportSet, export
from quizgen.export.anki import field_html
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
