"""Downloads of a set: every export format for teachers, the Anki deck of a published set for anyone.

Anyone's deck download is built once per version of the set (its name, questions as edited and
articles): kept in the instance folder's `decks/`, shared by the app's processes, and replaced
when the set changes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, send_file

from quizgen.bank.models import QuestionSet
from quizgen.bank.queries import load_set
from quizgen.export import ExportSet, export

from .auth import require_teacher
from .bank import db, get_or_404

bp = Blueprint("exports", __name__)
teacher_bp = Blueprint("teacher", __name__, url_prefix="/teacher")
teacher_bp.before_request(require_teacher)  # as on every teacher page
bp.register_blueprint(teacher_bp)


@dataclass(frozen=True)
class Download:
    label: str
    suffix: str
    mimetype: str


#: How each export format is offered and sent (an .apkg is a zip that only Anki opens).
DOWNLOADS = {
    "apkg": Download("Anki deck", "apkg", "application/octet-stream"),
    "moodle": Download("Moodle XML", "xml", "application/xml"),
    "gift": Download("GIFT", "gift.txt", "text/plain"),  # Moodle's upload form takes GIFT as .txt
    "csv": Download("CSV", "csv", "text/csv"),
    "tsv": Download("TSV", "tsv", "text/tab-separated-values"),
    "json": Download("JSON", "json", "application/json"),
}


@bp.app_template_global()
def export_formats() -> dict[str, Download]:
    """The formats a set page offers, by format name."""
    return DOWNLOADS


def file_name(set_name: str, fmt: str) -> str:
    """The download's file name: the set's name in letters, digits, spaces and `.-_`, then the suffix."""
    stem = " ".join(re.sub(r"[^\w.-]+", " ", set_name).split())[:80].strip(" .") or "quizgen"
    return f"{stem}.{DOWNLOADS[fmt].suffix}"


def exported(export_set: ExportSet, fmt: str) -> bytes:
    """The bytes of ``export_set`` in format ``fmt``."""
    with tempfile.TemporaryDirectory(prefix="quizgen-export-") as folder:
        path = Path(folder) / "export"
        export(export_set, fmt, path)
        return path.read_bytes()


def version(export_set: ExportSet) -> str:
    """A digest of everything an export of the set shows: its name, questions and articles."""
    digest = hashlib.sha256(export_set.name.encode())
    for question in export_set.questions:
        digest.update(json.dumps(question.to_dict(), sort_keys=True, default=str).encode())
    for article in export_set.articles.values():
        digest.update("\0".join((article.name, article.title, article.text)).encode("utf-8", "replace"))
    return digest.hexdigest()[:32]


def cached_deck(set_id: int, export_set: ExportSet) -> bytes:
    """The set's Anki deck, built once per version of the set; older versions are removed."""
    folder = Path(current_app.instance_path) / "decks"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"set{set_id}-{version(export_set)}.apkg"
    try:
        return path.read_bytes()
    except FileNotFoundError:
        pass
    data = exported(export_set, "apkg")
    with tempfile.NamedTemporaryFile(dir=folder, prefix=".building-", delete=False) as out:
        out.write(data)
    os.replace(out.name, path)  # other processes see the whole file or none
    for old in folder.glob(f"set{set_id}-*.apkg"):
        if old != path:
            old.unlink(missing_ok=True)
    return data


def _set(qset: QuestionSet) -> ExportSet:
    questions, articles = load_set(db(), qset.name)
    return ExportSet.of(qset.name, questions, articles)


def _send(qset: QuestionSet, fmt: str, data: bytes):
    """``data`` sent as an attachment named after the set."""
    return send_file(io.BytesIO(data), mimetype=DOWNLOADS[fmt].mimetype, as_attachment=True,
                     download_name=file_name(qset.name, fmt), max_age=0)


@teacher_bp.get("/sets/<int:set_id>/export/<fmt>")
def set_export(set_id: int, fmt: str):
    if fmt not in DOWNLOADS:
        abort(404)
    qset = get_or_404(QuestionSet, set_id)
    return _send(qset, fmt, exported(_set(qset), fmt))


@bp.get("/sets/<int:set_id>/deck.apkg")
def anki_deck(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    if not qset.published:
        abort(404)
    return _send(qset, "apkg", cached_deck(qset.id, _set(qset)))
