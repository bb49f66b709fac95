"""Text exports: CSV/TSV (front, back, tags) for Anki's and Quizlet's importers, and JSON.

Rules for CSV/TSV cells, in order:

1. Each cell is one line (no tab or line break inside).
2. A cell a spreadsheet would run as a formula (starting `= + - @`, OWASP's list) starts with an
   apostrophe instead, which spreadsheets read as "text follows"; a plain number such as "-5%"
   is left as it is.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from ..questions.model import Question
from .common import BLANK, ExportSet, cloze_parts, matching_rows, one_line, tags

#: Anki's file headers: no guessing of the separator (text holds `;` and `,`), tags in column 3.
ANKI_CSV_HEADER = "#separator:comma\n#html:false\n#columns:Front,Back,Tags\n#tags column:3\n"


_FORMULA_START = re.compile(r"[=+\-@]")
_NUMBER = re.compile(r"[-+]?(\d[\d,]*(\.\d+)?|\.\d+)%?")


def cell(text: str) -> str:
    """A one-line cell that no spreadsheet runs as a formula."""
    if _FORMULA_START.match(text) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def front(question: Question) -> str:
    """The prompt on one line, with what the card needs to be answerable (choices, items)."""
    prompt = one_line(question.prompt)
    if question.type == "mcq":
        return f"{prompt} ({' / '.join(one_line(c) for c in question.choices if one_line(c))})"
    if question.type == "tf":
        return f"True or false? {prompt}"
    if question.type == "matching":
        return f"{prompt}: {'; '.join(left for left, _ in matching_rows(question.pairs))}"
    if question.type == "cloze" and not BLANK.search(prompt) and (parts := cloze_parts(question)):
        return one_line(f"{parts[0]} ____ {parts[1]}")
    return prompt


def back(question: Question) -> str:
    if question.type == "matching":
        return "; ".join(f"{left} → {right}" for left, right in matching_rows(question.pairs))
    return one_line(question.answer)


def rows(export_set: ExportSet) -> tuple[list[tuple[str, str, str]], list[tuple[Question, str]]]:
    """(front, back, space-separated tags) per question, and the questions left out."""
    questions, skipped = export_set.exportable()
    return [(cell(front(q)), cell(back(q)), cell(" ".join(tags(export_set, q)))) for q in questions], skipped


def write_csv(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    """Comma-separated rows, quoted where needed, after the header lines Anki's importer reads."""
    table, skipped = rows(export_set)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write(ANKI_CSV_HEADER)
        csv.writer(out, lineterminator="\n").writerows(table)
    return skipped


def write_tsv(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    """Tab-separated rows, unquoted (fields hold no tab or line break), as Quizlet pastes them."""
    table, skipped = rows(export_set)
    Path(path).write_text("".join("\t".join(row) + "\n" for row in table), encoding="utf-8")
    return skipped


def write_json(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    """The set, its articles and every question in the questions schema (conflicts included)."""
    data = {
        "set": export_set.name,
        "articles": [{"name": a.name, "title": a.title} for a in export_set.articles.values()],
        "questions": [q.to_dict() for q in export_set.questions],
    }
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return []
