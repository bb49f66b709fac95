"""Anki decks (.apkg) whose notes update in place when a newer export is imported.

Rules, in order:

1. Note type ids are fixed forever (a changed id makes Anki create a duplicate type) and note GUIDs
   come from question ids, so re-importing a newer export updates the same notes.
2. Every field is escaped HTML whose braces are character references (:func:`field_html`), so text
   like `{{c2::…}}` renders as written and never makes a card; a cloze answer's colons too (`::`
   would start a hint).
3. Each note makes exactly one card: the first template, or the one cloze deletion `c1`.
4. genanki writes the collection; the decks and note types go in with one update of its JSON, the
   notes in bulk with genanki's own columns, their cards by one SQL statement per deck, and the
   indexes are built after the inserts (genanki's note-by-note inserts and per-deck JSON rewrites
   took most of the export's time).
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
import zipfile
from collections.abc import Iterable
from typing import NamedTuple
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


#: Braces open cloze deletions and template fields; character references render the same.
_BRACES = str.maketrans({"{": "&#123;", "}": "&#125;"})


def field_html(text: str) -> str:
    """Text as an Anki field: escaped HTML, braces as character references."""
    return _braces(html_text(text))


def _braces(html: str) -> str:
    """HTML with its braces as character references (``str.translate`` is slow: only when there are some)."""
    return html.translate(_BRACES) if "{" in html or "}" in html else html


class Note(NamedTuple):
    """One note (of one card) as Anki stores it: its type, fields (escaped HTML), tags and GUID."""

    model: genanki.Model
    fields: list[str]
    tags: list[str]
    guid: str


def guid(question: Question) -> str:
    """The note's GUID: the question id, so a newer export of the question updates the same note."""
    return f"quizgen-{question.id}"


def note(export_set: ExportSet, question: Question) -> Note:
    """The note of one question: multiple choice, cloze, or question and answer."""
    model, fields = _own_fields(question)
    fields += [_braces(evidence_html(export_set, question)), field_html(" · ".join(export_set.sources(question))),
               field_html(question.explanation)]
    return Note(model, fields, tags(export_set, question), guid(question))


def _own_fields(question: Question) -> tuple[genanki.Model, list[str]]:
    """The note type of a question and its fields before the evidence, source and explanation every type ends with."""
    if question.type == "cloze" and (parts := cloze_parts(question)):
        before, after = parts
        hidden = field_html(question.answer).replace(":", "&#58;")
        return CLOZE, [f"{field_html(before)}{{{{c1::{hidden}}}}}{field_html(after)}"]
    prompt = field_html(question.prompt)
    if question.type == "mcq":
        items = "".join([f"<li>{field_html(c)}</li>" for c in question.choices if one_line(c)])
        return MCQ, [prompt, f'<ol class="choices" type="A">{items}</ol>', field_html(question.answer)]
    if question.type == "matching":
        rows = matching_rows(question.pairs)
        cells = [(field_html(left), field_html(right)) for left, right in rows]
        lefts = "".join([f"<li>{left}</li>" for left, _ in cells])
        rights = ", ".join([field_html(right) for right in question.choices or sorted([r for _, r in rows])])
        pairs = "".join([f"<tr><td>{left}</td><td>{right}</td></tr>" for left, right in cells])
        return QA, [f'{prompt}<ul class="choices">{lefts}</ul><div class="options">Options: {rights}</div>',
                    f'<table class="pairs">{pairs}</table>']
    others = variants(question)[1:]
    also = f'<div class="also">Also accepted: {field_html("; ".join(others))}</div>' if others else ""
    return QA, [f"True or false? {prompt}" if question.type == "tf" else prompt, field_html(question.answer) + also]


def decks(export_set: ExportSet) -> tuple[dict[str, tuple[genanki.Deck, list[Note]]], list[tuple[Question, str]]]:
    """One deck per article under the set's deck, with its notes; notes that would make no card are left out."""
    questions, skipped = export_set.exportable()
    by_article: dict[str, tuple[genanki.Deck, list[Note]]] = {}
    for question in questions:
        n = note(export_set, question)
        if not n.fields[0]:
            skipped.append((question, "no card"))
            continue
        article = export_set.article(question)
        if article not in by_article:
            name = deck_name(export_set.name, article)
            by_article[article] = (genanki.Deck(int(stable_id("deck", name, length=12), 16), name), [])
        by_article[article][1].append(n)
    return by_article, skipped


#: genanki's columns of a note (Note.write_to_db), the constant ones written in.
_INSERT_NOTES = ("INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)"
                 " VALUES (?, ?, ?, ?, -1, ?, ?, ?, 0, 0, '')")
#: genanki's columns of a note's one card (Card.write_to_db, ord 0): the card id follows its note's.
_INSERT_CARDS = ("INSERT INTO cards (id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left,"
                 " odue, odid, flags, data) SELECT id + 1, id, ?, 0, mod, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ''"
                 " FROM notes WHERE id >= ?")
_NOTE_AND_CARD_INDEXES = ("SELECT name, sql FROM sqlite_master"
                          " WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('notes', 'cards')")


def write(export_set: ExportSet, path: str | Path, timestamp: float | None = None) -> list[tuple[Question, str]]:
    """Write the .apkg; ``timestamp`` (default now) must be newer than the last import to update notes."""
    groups, skipped = decks(export_set)
    timestamp = time.time() if timestamp is None else timestamp
    mod, note_ids = int(timestamp), itertools.count(int(timestamp * 1000), 2)  # each card takes its note's id + 1
    # An in-memory collection: genanki's write_to_file leaves a temporary file behind.
    connection = sqlite3.connect(":memory:")
    cursor = connection.cursor()
    genanki.Package([]).write_to_db(cursor, timestamp, note_ids)  # the schema and the collection
    _write_decks(cursor, groups.values(), timestamp)
    indexes = cursor.execute(_NOTE_AND_CARD_INDEXES).fetchall()  # built once after the bulk insert, not row by row
    for name, _ in indexes:
        cursor.execute(f"DROP INDEX {name}")
    for deck, notes in groups.values():
        rows = [(next(note_ids), n.guid, n.model.model_id, mod, f" {' '.join(n.tags)} ", "\x1f".join(n.fields),
                 n.fields[n.model.sort_field_index]) for n in notes]
        cursor.executemany(_INSERT_NOTES, rows)
        cursor.execute(_INSERT_CARDS, (deck.deck_id, rows[0][0]))
    for _, sql in indexes:
        cursor.execute(sql)
    connection.commit()
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("collection.anki2", connection.serialize())
        out.writestr("media", "{}")
    connection.close()
    return skipped


def _write_decks(cursor: sqlite3.Cursor, groups: Iterable[tuple[genanki.Deck, list[Note]]], timestamp: float) -> None:
    """The decks and note types into the collection in one update, as genanki's Deck.write_to_db leaves them
    (it rewrites both JSON columns for every deck): a note type names the last deck holding its notes."""
    decks_json, = cursor.execute("SELECT decks FROM col").fetchone()
    decks, models = json.loads(decks_json), {}
    for deck, notes in groups:
        decks[str(deck.deck_id)] = deck.to_json()
        for model in dict.fromkeys(n.model for n in notes):
            models[str(model.model_id)] = model.to_json(timestamp, deck.deck_id)
    cursor.execute("UPDATE col SET decks = ?, models = ?", (json.dumps(decks), json.dumps(models)))
