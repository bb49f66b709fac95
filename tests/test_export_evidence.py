"""The one evidence highlight shared by the exports and the web app (quizgen.evidence)."""

from __future__ import annotations

from quizgen.evidence import NEAR, Highlight, highlight
from quizgen.export.common import Article, ExportSet, evidence_html
from quizgen.extract.model import Evidence
from quizgen.questions.model import Question

TEXT = "Ten ships left. Ten ships came back.\n"


def test_a_span_inside_its_sentence_is_highlighted_there():
    assert highlight(TEXT, (16, 25), "Ten ships came back.") == Highlight("", "Ten ships", " came back.", 16, 25)
    assert highlight(TEXT, (20, 25), "Ten ships came back.").parts == ("Ten ", "ships", " came back.")


def test_the_mention_at_the_span_is_highlighted_not_the_first_one_with_the_same_words():
    # The same words stand in the first sentence: the highlight is where the span points.
    cut = highlight(TEXT, (16, 19), "Ten ships came back.")
    assert (cut.before, cut.answer, cut.after, cut.start) == ("", "Ten", " ships came back.", 16)


def test_sentence_start_picks_the_occurrence_of_a_repeated_sentence():
    text = "It rose. Sales hit 5. It rose. Costs hit 5."
    assert highlight(text, (41, 42), "It rose.", sentence_start=22).parts == ("It rose. Costs hit ", "5", ".")


def test_without_the_article_the_sentence_is_shown_unmarked():
    assert highlight(None, (16, 25), "Ten ships came back.") == Highlight("Ten ships came back.", "", "")
    assert highlight(TEXT, (30, 90), "Ten ships came back.") == Highlight("Ten ships came back.", "", "")


def test_an_answer_just_after_its_sentence_widens_the_passage():
    text = "“We will win.” The minister, Ana Ruiz, said so.\n"
    cut = highlight(text, (29, 37), "“We will win.”")
    assert cut.parts == ("“We will win.” The minister, ", "Ana Ruiz", ", said so.") and cut.has_sentence


def test_a_mention_paragraphs_away_is_shown_in_its_own_sentence_never_joined_to_the_evidence():
    for text in ("“We will win.”\n\nOther news. Ana Ruiz said so. More news.\n",
                 "“We will win.”\nOther news. Ana Ruiz said so. More news.\n"):
        start = text.index("Ana Ruiz")
        cut = highlight(text, (start, start + 8), "“We will win.”")
        assert cut.parts == ("", "Ana Ruiz", " said so.") and not cut.has_sentence
    far = "“We will win.”" + " Filler." * (NEAR // 8 + 1) + " Ana Ruiz said so."
    start = far.index("Ana Ruiz")
    cut = highlight(far, (start, start + 8), "“We will win.”")
    assert cut.parts == ("", "Ana Ruiz", " said so.") and not cut.has_sentence


def test_exports_show_the_evidence_sentence_then_a_mention_standing_away_from_it():
    text = "“We will win.”\n\nAna Ruiz said so.\n"
    question = Question(id="q", type="short", prompt="Who said it?", answer="Ana Ruiz",
                        evidence=[Evidence("a", (16, 24), "“We will win.”")])
    html = evidence_html(ExportSet("s", [question], {"a": Article("a", "News", text)}), question)
    assert html == ('<p class="evidence">“We will win.”</p>'
                    '<p class="evidence"><mark>Ana Ruiz</mark> said so. <cite>News</cite></p>')
