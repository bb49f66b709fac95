"""CSV/TSV cells that no spreadsheet runs as a formula, read back by Anki's text importer."""

from __future__ import annotations

import csv
import html

import pytest
from anki.collection import Collection
from anki.import_export_pb2 import ImportCsvRequest

from quizgen.export import ExportSet, export
from quizgen.export.tabular import cell
from quizgen.questions.model import Question


@pytest.mark.parametrize("text, written", [
    ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
    ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("-5%", "-5%"), ("-1,200.50", "-1,200.50"), ("+3", "+3"),
    ("Tom - Jerry", "Tom - Jerry"), ("a=b", "a=b"),
])
def test_a_cell_starting_like_a_formula_starts_with_an_apostrophe(text, written):
    assert cell(text) == written


QUESTIONS = [
    Question(id="f", type="short", prompt="=1+1", answer="@cmd", tags=["-tag"]),
    Question(id="n", type="short", prompt="How much did prices change?", answer="-5%"),
]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_no_exported_cell_starts_a_formula_and_anki_reads_every_note(fmt, tmp_path):
    path = tmp_path / f"set.{fmt}"
    export(ExportSet("s", QUESTIONS), fmt, path)
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="," if fmt == "csv" else "\t"))
    assert [r[:2] for r in rows] == [["'=1+1", "'@cmd"], ["How much did prices change?", "-5%"]]
    assert all(not c or c[0] not in "=+-@" or c in ("-5%",) for row in rows for c in row)
    col = Collection(str(tmp_path / "collection.anki2"))
    try:
        metadata = col.get_csv_metadata(str(path), None)
        if fmt == "tsv":
            metadata.delimiter = metadata.TAB
        metadata.tags_column = 3
        assert len(col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log.new) == 2
        notes = map(col.get_note, col.find_notes(""))  # Anki keeps plain text as HTML
        backs = {html.unescape(n["Front"]): html.unescape(n["Back"]) for n in notes}
        assert backs == {"'=1+1": "'@cmd", "How much did prices change?": "-5%"}
    finally:
        col.close()
