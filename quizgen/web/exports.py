"""Downloads of a set: every export format for teachers, the Anki deck of a published set for anyone."""

from __future__ import annotations

import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, send_file

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
    "gift": Download("GIFT", "gift", "text/plain"),
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


def download(qset: QuestionSet, fmt: str):
    """The set exported as ``fmt``, sent as an attachment named after the set."""
    if fmt not in DOWNLOADS:
        abort(404)
    questions, articles = load_set(db(), qset.name)
    with tempfile.TemporaryDirectory(prefix="quizgen-export-") as folder:
        path = Path(folder) / "export"
        export(ExportSet.of(qset.name, questions, articles), fmt, path)
        data = path.read_bytes()
    return send_file(io.BytesIO(data), mimetype=DOWNLOADS[fmt].mimetype, as_attachment=True,
                     download_name=file_name(qset.name, fmt), max_age=0)


@teacher_bp.get("/sets/<int:set_id>/export/<fmt>")
def set_export(set_id: int, fmt: str):
    return download(get_or_404(QuestionSet, set_id), fmt)


@bp.get("/sets/<int:set_id>/deck.apkg")
def anki_deck(set_id: int):
    qset = get_or_404(QuestionSet, set_id)
    if not qset.published:
        abort(404)
    return download(qset, "apkg")

