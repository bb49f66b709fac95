"""Anki decks (.apkg) whose notes update in place when a newer export is imported.

Note type ids are fixed forever (a changed id makes Anki create a duplicate type) and note GUIDs
come from question ids, so re-importing a newer export updates the same notes.
"""

from __future__ import annotations

import itertools
import sqlite3
import time
import zipfile
from pathlib import Path

import genanki

from ..ids import stable_id
from ..questions.model import Question
from .common import ExportSet, cloze_parts, evidence_html, html_text, matching_rows, one_line, shortened, tags, variants

QA_MODEL_ID = 1654958057
CLOZE_MODEL_ID = 1461801014
MCQ_MODEL_ID = 1703684460

CSS = """\
.card { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 20px;
  line-height: 1.45; text-align: left; max-width: 40em; margin: 0 auto; padding: 0 .6em;
  color: #1d1d1f; background: #fff; overflow-wrap: anywhere; }
.nightMode.card, .night_mode .card { color: #e8e8ea; background: #1e1e20; }
.prompt { font-weight: 600; }
.answer { font-size: 1.15em; font-weight: 700; color: #0b6b3a; margin: .4em 0; }
.nightMode .answer, .night_mode .answer { color: #7ee2a8; }
.choices { padding-left: 1.6em; } .choices li { margin: .25em 0; }
.evidence { font-size: .85em; border-left: 3px solid #b0b4bb; padding-left: .7em; margin: .8em 0; }
.evidence cite { display: block; font-size: .85em; opacity: .7; }
mark { background: #ffe58a; color: inherit; padding: 0 .1em; border-radius: 2px; }
.nightMode mark, .night_mode mark { background: #6b5a12; }
.cloze { font-weight: 700; color: #1a5fb4; } .nightMode .cloze, .night_mode .cloze { color: #8cb8ff; }
.explanation, .source, .also, .options { font-size: .8em; opacity: .8; }
.also { font-weight: 400; color: inherit; }
table.pairs { border-collapse: collapse; } table.pairs td { border-bottom: 1px solid #8884; padding: .2em .5em; }
@media (max-width: 480px) { .card { font-size: 18px; padding: 0 .3em; } }
"""

_BACK = """
<div class="evidence-list">{{Evidence}}</div>
{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}
{{#Source}}<div class="source">{{Source}}</div>{{/Source}}"""


def _fields(*names: str) -> list[dict]:
    return [{"name": n} for n in names]


QA = genanki.Model(
    QA_MODEL_ID, "quizgen Q&A",
    fields=_fields("Question", "Answer", "Evidence", "Source", "Explanation"),
    templates=[{
        "name": "Card 1",
        "qfmt": '<div class="prompt">{{Question}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + _BACK,
    }],
    css=CSS,
)
CLOZE = genanki.Model(
    CLOZE_MODEL_ID, "quizgen Cloze",
    fields=_fields("Text", "Evidence", "Source", "Explanation"),
    templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}<hr>" + _BACK}],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)
MCQ = genanki.Model(
    MCQ_MODEL_ID, "quizgen Multiple choice",
    fields=_fields("Question", "Choices", "Answer", "Evidence", "Source", "Explanation"),
    templates=[{
        "name": "Card 1",
        "qfmt": '<div class="prompt">{{Question}}</div>{{Choices}}',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>' + _BACK,
    }],
    css=CSS,
)


def deck_name(set_name: str, article: str) -> str:
    """`Set::Article title`; "::" inside a name would nest deeper, so it is flattened."""
    parts = [shortened(p).replace("::", ":") for p in (set_name, article) if one_line(p)]
    return "::".join(parts) or "quizgen"


def guid(question: Question) -> str:
    """The note's GUID: the question id, so a newer export of the question updates the same note."""
    return f"quizgen-{question.id}"


def note(export_set: ExportSet, question: Question) -> genanki.Note:
    """The note of one question: multiple choice, cloze, or question and answer."""
    evidence = evidence_html(export_set, question)
    source = html_text(" · ".join(export_set.sources(question)))
    explanation = html_text(question.explanation)
    prompt = html_text(question.prompt)
    if question.type == "mcq":
        items = "".join(f"<li>{html_text(c)}</li>" for c in question.choices if one_line(c))
        choices = f'<ol class="choices" type="A">{items}</ol>'
        fields = [prompt, choices, html_text(question.answer), evidence, source, explanation]
        model = MCQ
    elif question.type == "cloze" and (parts := cloze_parts(question)):
        before, after = parts
        # "::" and "}}" inside the answer would end the cloze early; entities render the same.
        hidden = html_text(question.answer).replace(":", "&#58;").replace("}", "&#125;")
        fields = [f"{html_text(before)}{{{{c1::{hidden}}}}}{html_text(after)}", evidence, source, explanation]
        model = CLOZE
    else:
        fields = [_front(question), _back(question), evidence, source, explanation]
        model = QA
    return genanki.Note(model=model, fields=fields, tags=tags(export_set, question), guid=guid(question))


def _front(question: Question) -> str:
    prompt = html_text(question.prompt)
    if question.type == "tf":
        return f"True or false? {prompt}"
    if question.type == "matching":
        rows = matching_rows(question.pairs)
        lefts = "".join(f"<li>{html_text(left)}</li>" for left, _ in rows)
        rights = ", ".join(html_text(right) for right in question.choices or sorted(r for _, r in rows))
        return f'{prompt}<ul class="choices">{lefts}</ul><div class="options">Options: {rights}</div>'
    return prompt


def _back(question: Question) -> str:
    if question.type == "matching":
        rows = "".join(f"<tr><td>{html_text(left)}</td><td>{html_text(right)}</td></tr>"
                       for left, right in matching_rows(question.pairs))
        return f'<table class="pairs">{rows}</table>'
    others = variants(question)[1:]
    also = f'<div class="also">Also accepted: {html_text("; ".join(others))}</div>' if others else ""
    return html_text(question.answer) + also


def build_package(export_set: ExportSet) -> tuple[genanki.Package, list[tuple[Question, str]]]:
    """One deck per article under the set's deck; notes that would make no card are left out."""
    questions, skipped = export_set.exportable()
    decks: dict[str, genanki.Deck] = {}  # by article label
    for question in questions:
        n = note(export_set, question)
        if not n.fields[0] or not n.cards:
            skipped.append((question, "no card"))
            continue
        article = export_set.article(question)
        if article not in decks:
            name = deck_name(export_set.name, article)
            decks[article] = genanki.Deck(int(stable_id("deck", name, length=12), 16), name)
        decks[article].add_note(n)
    return genanki.Package(list(decks.values())), skipped


def write(export_set: ExportSet, path: str | Path, timestamp: float | None = None) -> list[tuple[Question, str]]:
    """Write the .apkg; ``timestamp`` (default now) must be newer than the last import to update notes."""
    package, skipped = build_package(export_set)
    timestamp = time.time() if timestamp is None else timestamp
    # genanki's write_to_file goes through a temporary file it never deletes; an in-memory
    # collection is faster and leaves nothing behind.
    connection = sqlite3.connect(":memory:")
    package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
    connection.commit()
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", connection.serialize())
        out.writestr("media", "{}")
    connection.close()
    return skipped
