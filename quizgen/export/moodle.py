"""Moodle XML: one category per article under `$course$/quizgen/<set>/`, one question per item."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..questions.model import Question
from .common import (
    ExportSet, cloze_parts, distractors, evidence_html, html_text, is_numeric, is_true, matching_rows, number_hint,
    one_line, plain_number, shortened, tags, variants,
)

#: Characters with a meaning inside an embedded answer `{1:SHORTANSWER:=…}`.
_CLOZE_SPECIAL = re.compile(r'([\\}#~/"{])')


def category_path(*names: str) -> str:
    """A Moodle category path; a "/" inside a name is written "//"."""
    return "/".join(["$course$", "quizgen", *(shortened(n).replace("/", "//") for n in names if one_line(n))])


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


def cloze_answer(question: Question) -> str:
    """`{1:SHORTANSWER:=answer~=variant}` with Moodle's escapes inside the answers."""
    answers = "~".join("=" + _CLOZE_SPECIAL.sub(r"\\\1", html_text(a)) for a in variants(question))
    return "{1:SHORTANSWER:" + answers + "}"


def question_element(export_set: ExportSet, question: Question) -> etree._Element:
    """The <question> of one item, with the type Moodle's importer reads."""
    answer = html_text(question.answer)
    text = html_text(question.prompt)
    if question.type == "mcq":
        kind = "multichoice"
    elif question.type == "tf":
        kind = "truefalse"
    elif question.type == "matching":
        kind = "matching"
    elif question.type == "cloze" and (parts := cloze_parts(question)):
        kind = "cloze"
        text = html_text(parts[0]) + cloze_answer(question) + html_text(parts[1])
    elif is_numeric(question):
        kind = "numerical"
        text += number_hint(question)
    else:
        kind = "shortanswer"

    element = etree.Element("question", type=kind)
    element.append(_text("name", one_line(question.prompt)[:80]))
    element.append(_text("questiontext", text, "html"))
    general = html_text(question.explanation) + evidence_html(export_set, question)
    element.append(_text("generalfeedback", general, "html"))
    if kind != "cloze":
        _child(element, "defaultgrade", "1")
    _child(element, "penalty", "0.3333333")
    _child(element, "hidden", "0")
    _child(element, "idnumber", question.id)

    if kind == "multichoice":
        _child(element, "single", "true")
        _child(element, "shuffleanswers", "true")
        _child(element, "answernumbering", "abc")
        _outcome_feedback(element)
        element.append(_answer(answer, 100, f"Yes: the article says {answer}."))
        for choice in distractors(question):
            element.append(_answer(html_text(choice), 0, f"No: the article says {answer}, not {html_text(choice)}."))
    elif kind == "truefalse":
        truth = "true" if is_true(question) else "false"
        for choice in ("true", "false"):
            right = choice == truth
            feedback = f"Yes, it is {truth}." if right else f"No, it is {truth}."
            element.append(_answer(choice, 100 if right else 0, feedback, "moodle_auto_format"))
    elif kind == "numerical":
        right = _answer(plain_number(question.value), 100, f"The article says {answer}.", "moodle_auto_format")
        _child(right, "tolerance", plain_number(question.tolerance or 0))
        element.append(right)
        for tag, text in (("unitgradingtype", "0"), ("unitpenalty", "0.1"), ("showunits", "3"), ("unitsleft", "0")):
            _child(element, tag, text)
    elif kind == "shortanswer":
        _child(element, "usecase", "0")
        for variant in variants(question):  # Moodle reads short answers as plain text
            element.append(_answer(variant, 100, f"The article says {answer}.", "moodle_auto_format"))
    elif kind == "matching":
        _child(element, "shuffleanswers", "true")
        _outcome_feedback(element)
        for left, right in matching_rows(question.pairs):
            sub = _text("subquestion", html_text(left), "html")
            sub.append(_text("answer", right))
            element.append(sub)

    names = tags(export_set, question)
    if names:
        container = etree.SubElement(element, "tags")
        for name in names:
            container.append(_text("tag", name))
    return element


def quiz(export_set: ExportSet) -> tuple[etree._Element, list[tuple[Question, str]]]:
    """The <quiz> document: a category question before each article's questions."""
    groups, skipped = export_set.by_article()
    root = etree.Element("quiz")
    for article, items in groups.items():
        root.append(_category(category_path(export_set.name, article)))
        root.extend(question_element(export_set, q) for q in items)
    return root, skipped


def write(export_set: ExportSet, path: str | Path) -> list[tuple[Question, str]]:
    root, skipped = quiz(export_set)
    etree.ElementTree(root).write(str(path), xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return skipped
