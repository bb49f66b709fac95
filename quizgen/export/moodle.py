"""Moodle XML, and the rules Moodle's importer applies to both its formats (GIFT imports them).

Each rule below answers what Moodle 4.5's own import code does (tested with it, see
tests/test_moodle_import.py); in order:

1. Type: a multiple-choice question needs two choices (one choice is left out); a numerical
   question holds numbers only, so a numeric answer is numerical only when every accepted form is a
   plain number, else a short answer accepting each typed form and the plain number.
2. Names and category names lose anything that looks like a tag: ``<`` and ``>`` are written as
   character references. A category path splits at a lone ``/``; a ``/`` in a name is ``//`` and
   none stands at a name's ends.
3. Short answers and cloze answers treat ``*`` as a wildcard: a literal one is ``\\*``.
4. A cloze question's embedded answer `{1:SHORTANSWER:=…}` is HTML whose `{ } # ~ \\` would end or
   split it: they are character references there, and ``{ }`` in the text around it too.
5. A true/false question has penalty 1, as Moodle's editing form fixes it.
6. Re-importing a file adds every question again (Moodle keeps the first question with an id
   number and drops the number from the copy): the file says so in a comment at its top.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..questions.model import Question
from .common import (
    ExportSet, cloze_parts, distractors, evidence_html, html_text, is_numeric, is_true, matching_rows, number_hint,
    one_line, plain_number, shortened, tags, variants,
)

#: Characters that end or split an embedded cloze answer, as character references.
_CLOZE_REFS = str.maketrans({"{": "&#123;", "}": "&#125;", "#": "&#35;", "~": "&#126;", "\\": "&#92;"})
#: Braces around an embedded answer: in the text of a cloze question they would open another one.
_BRACE_REFS = str.maketrans({"{": "&#123;", "}": "&#125;"})
#: A plain number as Moodle's numerical question reads it.
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")
REIMPORT_NOTE = ("Importing this file again adds every question again (Moodle keeps each id number on the "
                 "first copy only): delete or move the questions imported before, then import.")


def kind(question: Question) -> str | None:
    """The Moodle question type of ``question``; None when Moodle cannot hold it (see :func:`left_out`)."""
    if question.type == "mcq":
        return "multichoice" if distractors(question) else None
    if question.type == "tf":
        return "truefalse"
    if question.type == "matching":
        return "matching"
    if question.type == "cloze" and cloze_parts(question):
        return "cloze"
    if is_numeric(question):
        return "numerical" if all(_PLAIN_NUMBER.fullmatch(v) for v in variants(question)) else "shortanswer"
    return "shortanswer"


def left_out(question: Question) -> str | None:
    """Why Moodle cannot take ``question``, or None."""
    return "multiple choice with one choice (Moodle needs two)" if kind(question) is None else None


def typed_answers(question: Question) -> list[str]:
    """The accepted answers of a short answer: its variants, and the plain number of a numeric one."""
    answers = variants(question)
    if is_numeric(question):
        answers = list(dict.fromkeys([*answers, plain_number(question.value)]))
    return answers


def name(text: str, limit: int = 80) -> str:
    """A question or category name that Moodle's tag stripping leaves whole."""
    return shortened(text, limit).replace("<", "&lt;").replace(">", "&gt;")


def category_path(*names: str) -> str:
    """A Moodle category path: `$course$/quizgen/<names>`, a "/" inside a name written "//"."""
    parts = [name(n).strip("/ ").replace("/", "//") for n in names if one_line(n)]
    return "/".join(["$course$", "quizgen", *(p for p in parts if p)])


def literal(answer: str) -> str:
    """A short answer with its asterisks literal (Moodle reads `*` as "anything")."""
    return answer.replace("*", r"\*")


def cloze_answer(question: Question) -> str:
    """`{1:SHORTANSWER:=answer~=variant}`: each answer as HTML, its special characters as references."""
    answers = "~".join("=" + literal(html_text(a).translate(_CLOZE_REFS)) for a in variants(question))
    return "{1:SHORTANSWER:" + answers + "}"


def cloze_text(text: str) -> str:
    """Text around an embedded answer, as HTML that opens no embedded answer of its own."""
    return html_text(text).translate(_BRACE_REFS)


def _text(tag: str, text: str, fmt: str | None = None, **attrs: str) -> etree._Element:
    element = etree.Element(tag, **({"format": fmt} if fmt else {}), **attrs)
    etree.SubElement(element, "text").text = text
    return element


def _child(parent: etree._Element, tag: str, text: str) -> None:
    etree.SubElement(parent, tag).text = text


def _category(path: str) -> etree._Element:
    element = etree.Element("question", type="category")
    element.append(_text("category", path))
    return element


def _answer(text: str, fraction: int, feedback: str = "", fmt: str = "html") -> etree._Element:
    element = _text("answer", text, fmt, fraction=str(fraction))
    element.append(_text("feedback", feedback, "html"))
    return element


def _outcome_feedback(element: etree._Element) -> None:
    for tag, text in (("correctfeedback", "Your answer is correct."),
                      ("partiallycorrectfeedback", "Your answer is partially correct."),
                      ("incorrectfeedback", "Your answer is incorrect.")):
        element.append(_text(tag, text, "html"))


def question_element(export_set: ExportSet, question: Question) -> etree._Element:
    """The <question> of one item, with the type Moodle's importer reads."""
    qtype = kind(question)
    answer = html_text(question.answer)
    text = html_text(question.prompt)
    if qtype == "cloze" and (parts := cloze_parts(question)):
        before, after = parts
        text = cloze_text(before) + cloze_answer(question) + cloze_text(after)
    elif qtype == "numerical":
        text += number_hint(question)

    element = etree.Element("question", type=qtype)
    element.append(_text("name", name(question.prompt)))
    element.append(_text("questiontext", text, "html"))
    general = html_text(question.explanation) + evidence_html(export_set, question)
    element.append(_text("generalfeedback", general, "html"))
    if qtype != "cloze":
        _child(element, "defaultgrade", "1")
    _child(element, "penalty", "1" if qtype == "truefalse" else "0.3333333")
    _child(element, "hidden", "0")
    _child(element, "idnumber", question.id)

    if qtype == "multichoice":
        _child(element, "single", "true")
        _child(element, "shuffleanswers", "true")
        _child(element, "answernumbering", "abc")
        _outcome_feedback(element)
        element.append(_answer(answer, 100, f"Yes: the article says {answer}."))
        for choice in distractors(question):
            element.append(_answer(html_text(choice), 0, f"No: the article says {answer}, not {html_text(choice)}."))
    elif qtype == "truefalse":
        truth = "true" if is_true(question) else "false"
        for choice in ("true", "false"):
            correct = choice == truth
            feedback = f"Yes, it is {truth}." if correct else f"No, it is {truth}."
            element.append(_answer(choice, 100 if correct else 0, feedback, "moodle_auto_format"))
    elif qtype == "numerical":
        exact = _answer(plain_number(question.value), 100, f"The article says {answer}.", "moodle_auto_format")
        _child(exact, "tolerance", plain_number(question.tolerance or 0))
        element.append(exact)
        for tag, value in (("unitgradingtype", "0"), ("unitpenalty", "0.1"), ("showunits", "3"), ("unitsleft", "0")):
            _child(element, tag, value)
    elif qtype == "shortanswer":
        _child(element, "usecase", "0")
        for typed in typed_answers(question):  # Moodle reads short answers as plain text
            element.append(_answer(literal(typed), 100, f"The article says {answer}.", "moodle_auto_format"))
    elif qtype == "matching":
        _child(element, "shuffleanswers", "true")
        _outcome_feedback(element)
        for left, right in matching_rows(question.pairs):
            sub = _text("subquestion", html_text(left), "html")
            sub.append(_text("answer", right))
            element.append(sub)

    names = tags(export_set, question)
    if names:
        container = etree.SubElement(element, "tags")
        for tag_name in names:
            container.append(_text("tag", tag_name))
    return element


def quiz(export_set: ExportSet) -> tuple[etree._Element, list[tuple[Question, str]]]:
    """The <quiz> document: a category question before each article's questions."""
    groups, skipped = export_set.by_article()
    root = etree.Element("quiz")
    root.append(etree.Comment(f" {REIMPORT_NOTE} "))
    for article, items in groups.items():
        kept = [q for q in items if not left_out(q)]
        skipped += [(q, reason) for q in items if (reason := left_out(q))]
        if kept:
            root.append(_category(category_path(export_set.name, article)))
            root.extend(question_element(export_set, q) for q in kept)
    return root, skipped


def write(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    root, skipped = quiz(export_set)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return skipped
