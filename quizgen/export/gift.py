"""GIFT, Moodle's plain-text question format: categories, ids and tags, feedback, escaped text.

Moodle's rules for both its formats are in :mod:`.moodle`; GIFT's own, in order:

1. `~ = # { } :` and the backslash get a backslash, a line break is `\\n` (:func:`escape`);
   in a `$CATEGORY:` line only the backslash is doubled (the only escape Moodle undoes there).
2. An answer containing `->` makes Moodle read the question as matching, and GIFT has no escape
   for it: such a variant is left out (a comment above the question says so), a question whose
   answer holds it is left out.
3. Every short and numerical answer carries an explicit `%100%` weight, every wrong choice `%0%`,
   so an answer starting like a weight (`%50% …`) is read as text.
4. A cloze question is a missing-word question: its text with the blank `_____` in place and the
   answers after it (a blank at the very end would otherwise be lost).
5. Each answer carries its feedback; the general feedback (explanation, evidence) comes last.
   GIFT has no syntax for the correct/incorrect feedback of multiple-choice and matching
   questions: Moodle XML carries it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..questions.model import Question
from .common import (
    ExportSet, cloze_parts, distractors, evidence_html, html_text, is_true, matching_rows, number_hint,
    one_line, plain_number, tags,
)
from .moodle import REIMPORT_NOTE, category_path, kind, left_out, literal, name, typed_answers

_SPECIAL = re.compile(r"([\\~=#{}:])")
#: What GIFT reads as a matching pair, whatever it stands in.
ARROW = "->"


def escape(text: str) -> str:
    """GIFT-escaped text: `~ = # { } :` and the backslash get a backslash, a line break becomes \\n."""
    return _SPECIAL.sub(r"\\\1", text).replace("\r\n", "\n").replace("\n", r"\n")


def _html(text: str) -> str:
    return escape(html_text(text))


def _feedback(text: str) -> str:
    return "#" + _html(text)


def gift_left_out(question: Question) -> str | None:
    """Why GIFT cannot hold ``question``, or None."""
    if reason := left_out(question):
        return reason
    if kind(question) in ("shortanswer", "cloze") and ARROW in question.answer:
        return f"'{ARROW}' in the answer (GIFT reads it as a matching question)"
    return None


def short_answers(question: Question) -> tuple[list[str], list[str]]:
    """The typed answers GIFT can hold, and those left out for holding `->`."""
    answers = typed_answers(question)
    return [a for a in answers if ARROW not in a], [a for a in answers if ARROW in a]


def answers(export_set: ExportSet, question: Question) -> str:
    """The inside of the braces, general feedback (explanation and evidence) last."""
    qtype = kind(question)
    said = f"The article says {question.answer}."
    if qtype == "multichoice":
        answer = _html(question.answer)
        lines = [f"={answer}" + _feedback(f"Yes: the article says {question.answer}.")]
        lines += [f"~%0%{_html(c)}" + _feedback(f"No: the article says {question.answer}, not {c}.")
                  for c in distractors(question)]
    elif qtype == "truefalse":
        truth = "true" if is_true(question) else "false"
        lines = [f"{truth.upper()}#No, it is {truth}.#Yes, it is {truth}."]  # feedback if wrong, then if right
    elif qtype == "matching":
        lines = [f"={_html(left)} {ARROW} {escape(right)}" for left, right in matching_rows(question.pairs)]
    elif qtype == "numerical":
        lines = [f"#=%100%{plain_number(question.value)}:{plain_number(question.tolerance or 0)}" + _feedback(said)]
    else:  # short answers are compared as plain text, not HTML
        lines = [f"=%100%{escape(literal(a))}" + _feedback(said) for a in short_answers(question)[0]]
    general = _html(question.explanation) + escape(evidence_html(export_set, question))
    return "\n".join(lines) + (f"\n####{general}" if general else "")


def question_text(export_set: ExportSet, question: Question) -> str:
    """One question: comments with its id and tags (and variants left out), then `::name::[html]text{answers}`."""
    meta = " ".join([f"[id:{question.id}]", *(f"[tag:{t}]" for t in tags(export_set, question))])
    notes = "".join(f"// variant left out ('{ARROW}' reads as matching in GIFT): {one_line(v)}\n"
                    for v in short_answers(question)[1])
    body = "{\n" + answers(export_set, question) + "\n}"
    qtype = kind(question)
    if qtype == "cloze" and (parts := cloze_parts(question)):
        before, after = parts
        text = _html(before) + "_____" + _html(after)
    else:
        text = _html(question.prompt) + (escape(number_hint(question)) if qtype == "numerical" else "")
    return f"// {meta}\n{notes}::{escape(name(question.prompt, 60))}::[html]{text}{body}\n"


def category_line(*names: str) -> str:
    """`$CATEGORY: path`, its backslashes doubled (Moodle reads `\\\\` there as one)."""
    return "$CATEGORY: " + category_path(*names).replace("\\", "\\\\") + "\n"


def document(export_set: ExportSet) -> tuple[str, list[tuple[Question, str]]]:
    """The GIFT file: a $CATEGORY line before each article's questions, blank lines between."""
    groups, skipped = export_set.by_article()
    blocks: list[str] = []
    for article, items in groups.items():
        kept = [q for q in items if not gift_left_out(q)]
        skipped += [(q, reason) for q in items if (reason := gift_left_out(q))]
        if kept:
            note = "" if blocks else f"// {REIMPORT_NOTE}\n"  # a block of comments alone reads as a question
            blocks.append(note + category_line(export_set.name, article))
            blocks.extend(question_text(export_set, q) for q in kept)
    return "\n".join(blocks), skipped


def write(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    text, skipped = document(export_set)
    Path(path).write_text(text, encoding="utf-8")
    return skipped
