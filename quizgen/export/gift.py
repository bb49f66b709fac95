"""GIFT, Moodle's plain-text question format: categories, ids and tags, feedback, escaped text."""

from __future__ import annotations

import re
from pathlib import Path

from ..questions.model import Question
from .common import (
    ExportSet, cloze_parts, distractors, evidence_html, html_text, is_numeric, is_true, matching_rows, number_hint,
    one_line, plain_number, tags, variants,
)
from .moodle import category_path

_SPECIAL = re.compile(r"([\\~=#{}:])")


def escape(text: str) -> str:
    """GIFT-escaped text: `~ = # { } :` and the backslash get a backslash, a line break becomes \\n."""
    return _SPECIAL.sub(r"\\\1", text).replace("\r\n", "\n").replace("\n", r"\n")


def _html(text: str) -> str:
    return escape(html_text(text))


def answers(export_set: ExportSet, question: Question) -> str:
    """The inside of the braces, general feedback (explanation and evidence) last."""
    answer = _html(question.answer)
    if question.type == "mcq":
        lines = [f"={answer}#Yes\\: the article says {answer}."]
        lines += [f"~{_html(c)}#No\\: the article says {answer}, not {_html(c)}." for c in distractors(question)]
    elif question.type == "tf":
        truth = "true" if is_true(question) else "false"
        lines = [f"{truth.upper()}#No, it is {truth}.#Yes, it is {truth}."]  # feedback if wrong, then if right
    elif question.type == "matching":
        lines = [f"={_html(left)} -> {escape(right)}" for left, right in matching_rows(question.pairs)]
    elif is_numeric(question):
        lines = [f"#{plain_number(question.value)}:{plain_number(question.tolerance or 0)}"]
    else:  # short answers are compared as plain text, not HTML
        lines = [f"={escape(v)}" for v in variants(question)]
    general = _html(question.explanation) + escape(evidence_html(export_set, question))
    return "\n".join(lines) + (f"\n####{general}" if general else "")


def question_text(export_set: ExportSet, question: Question) -> str:
    """One question: a comment with its id and tags, then `::name::[html]text{answers}`."""
    meta = " ".join([f"[id:{question.id}]", *(f"[tag:{t}]" for t in tags(export_set, question))])
    name = escape(one_line(question.prompt)[:60])
    body = "{\n" + answers(export_set, question) + "\n}"
    parts = cloze_parts(question) if question.type == "cloze" else None
    if parts:
        text = f"{_html(parts[0])}{body}{_html(parts[1])}"
    else:
        text = _html(question.prompt) + (escape(number_hint(question)) if is_numeric(question) else "") + body
    return f"// {meta}\n::{name}::[html]{text}\n"


def document(export_set: ExportSet) -> tuple[str, list[tuple[Question, str]]]:
    """The GIFT file: a $CATEGORY line before each article's questions, blank lines between."""
    groups, skipped = export_set.by_article()
    blocks = []
    for article, items in groups.items():
        blocks.append(f"$CATEGORY: {category_path(export_set.name, article)}\n")
        blocks.extend(question_text(export_set, q) for q in items)
    return "\n".join(blocks), skipped


def write(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    text, skipped = document(export_set)
    Path(path).write_text(text, encoding="utf-8")
    return skipped
