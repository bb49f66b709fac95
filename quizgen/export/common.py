"""What every export format shares: the set being exported, safe text, and evidence to show."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property, lru_cache

from ..evidence import Highlight, highlight
from ..extract.model import Evidence
from ..ingest.boilerplate import markup_ranges
from ..questions.model import Question
from ..questions.selection import unservable

#: Control characters (the Anki field separator \x1f among them) and what XML 1.0 cannot hold (lone
#: surrogates, U+FFFE, U+FFFF); tab and newline are kept.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
#: How a question marks its blank (cloze prompts): two or more underscores.
BLANK = re.compile(r"_{2,}")
TRUE_WORDS = frozenset({"true", "t", "yes"})


@dataclass(frozen=True)
class Article:
    """An article questions cite: ``name`` is the ``Evidence.doc`` they use."""

    name: str
    title: str = ""
    text: str = ""

    @cached_property
    def label(self) -> str:
        """The title as a reader sees it: without Markdown syntax ("# ", emphasis, link targets)."""
        title = clean(self.title)
        cut = sorted(markup_ranges(title))
        kept, at = [], 0
        for start, end in cut:
            kept.append(title[at:max(at, start)])
            at = max(at, end)
        return " ".join("".join(kept + [title[at:]]).split()) or self.name


@dataclass
class ExportSet:
    """Questions to export under one set name, with the articles their evidence comes from."""

    name: str
    questions: list[Question]
    articles: dict[str, Article] = field(default_factory=dict)

    @classmethod
    def of(cls, name: str, questions: Iterable[Question], documents: Iterable = ()) -> "ExportSet":
        """A set from questions and the documents (anything with name, title, text) they cite."""
        articles = {d.name: Article(d.name, d.title, d.text) for d in documents}
        return cls(clean(name).strip() or "quizgen", list(questions), articles)

    def label(self, doc: str) -> str:
        """The title of the article named ``doc`` (its name when untitled or unknown)."""
        article = self.articles.get(doc)
        return article.label if article else doc

    def article(self, question: Question) -> str:
        """The label of the article a question belongs to (its first evidence), or "" for none."""
        return self.label(question.evidence[0].doc) if question.evidence else ""

    def sources(self, question: Question) -> list[str]:
        """Labels of every article a question's evidence cites, in order, once each."""
        docs = [e.doc for e in question.evidence]
        return [self.label(doc) for doc in (dict.fromkeys(docs) if len(docs) > 1 else docs)]

    def marked(self, evidence: Evidence) -> Highlight:
        """The passage of the evidence cut around its span (:func:`quizgen.evidence.highlight`)."""
        article = self.articles.get(evidence.doc)
        return highlight(article.text if article else None, evidence.span, evidence.sentence)

    def by_article(self) -> tuple[dict[str, list[Question]], list[tuple[Question, str]]]:
        """The exportable questions grouped by article label (in first-seen order), and those left out."""
        questions, skipped = self.exportable()
        groups: dict[str, list[Question]] = {}
        for question in questions:
            groups.setdefault(self.article(question), []).append(question)
        return groups, skipped

    def exportable(self) -> tuple[list[Question], list[tuple[Question, str]]]:
        """The questions to write, and those left out with the reason."""
        kept, skipped = [], []
        for q in self.questions:
            reason = unservable(q)
            if reason is None and not clean(q.prompt).strip():
                reason = "empty prompt"
            if reason is None and q.type == "matching" and len(matching_rows(q.pairs)) < 2:
                reason = "fewer than two pairs"
            if reason is None and q.type != "matching" and not clean(q.answer).strip():
                reason = "empty answer"
            if reason is None:
                kept.append(q)
            else:
                skipped.append((q, reason))
        return kept, skipped


def clean(text: str) -> str:
    """Text without control characters (the field separator \x1f among them) nor XML-illegal ones."""
    if not text or text.isprintable():  # the common case, checked in C
        return text or ""
    return _CONTROL.sub("", text)


@lru_cache(maxsize=8192)
def html_text(text: str) -> str:
    """Article text as safe HTML: escaped (it is not markup), line breaks kept."""
    text = clean(text)
    if not ("&" in text or "<" in text or ">" in text or "\n" in text):  # the common case (4x faster than a regex)
        return text
    escaped = html.escape(text, quote=False)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>") if "\n" in escaped else escaped


@lru_cache(maxsize=8192)
def one_line(text: str) -> str:
    """Text on one line, for formats where a line break ends a record."""
    return " ".join(clean(text).split())


def shortened(text: str, limit: int = 80) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis: for deck and category names."""
    text = one_line(text)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"


def evidence_html(export_set: ExportSet, question: Question) -> str:
    """Each evidence passage as a paragraph, the answer in <mark>, the article after it.

    When the mention stands away from the evidence sentence, the sentence comes first.
    """
    parts = []
    for evidence in question.evidence:
        cut = export_set.marked(evidence)
        sentence = "" if cut.has_sentence else f'<p class="evidence">{html_text(evidence.sentence)}</p>'
        marked = f"<mark>{html_text(cut.answer)}</mark>" if cut.answer.strip() else ""
        source = html_text(export_set.label(evidence.doc))
        parts.append(f'{sentence}<p class="evidence">{html_text(cut.before)}{marked}{html_text(cut.after)} '
                     f'<cite>{source}</cite></p>')
    return "".join(parts)


def is_true(question: Question) -> bool:
    """The truth value of a true/false question."""
    return clean(question.answer).strip().lower() in TRUE_WORDS


def is_numeric(question: Question) -> bool:
    """A short question whose answer is one number (Moodle numerical, GIFT #); tolerance None is 0."""
    return question.type == "short" and isinstance(question.value, int | float) and not isinstance(question.value, bool)


def number_hint(question: Question) -> str:
    """What a numeric answer is counted in, as HTML to append to the prompt ("" without a unit)."""
    return f" <em>(a number, in {html_text(question.unit)})</em>" if question.unit else ""


def plain_number(value: float) -> str:
    """A number in plain decimal notation (no exponent): 2.4e11 -> "240000000000"."""
    text = format(Decimal(repr(value)), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def variants(question: Question) -> list[str]:
    """The answer and its accepted variants, cleaned, once each."""
    seen = dict.fromkeys(one_line(a) for a in [question.answer, *question.accepted])
    return [a for a in seen if a]


def distractors(question: Question) -> list[str]:
    """The wrong choices of a multiple-choice question."""
    answer = one_line(question.answer)
    return [c for c in dict.fromkeys(one_line(c) for c in question.choices) if c and c != answer]


def cloze_parts(question: Question) -> tuple[str, str] | None:
    """(before, after) around the blank of a cloze prompt, else around the answer in its evidence."""
    prompt = clean(question.prompt)
    match = BLANK.search(prompt)
    if match:
        return prompt[: match.start()], prompt[match.end():]
    for evidence in question.evidence:
        i = evidence.sentence.find(question.answer)
        if question.answer and i >= 0:
            return evidence.sentence[:i], evidence.sentence[i + len(question.answer):]
    return None


@lru_cache(maxsize=4096)
def tag(text: str) -> str:
    """A tag of letters, digits and `_ . - :` only: "Power of X" -> "Power_of_X"."""
    return re.sub(r"[^\w.:-]+", "_", clean(text)).strip("_")


def tags(export_set: ExportSet, question: Question) -> list[str]:
    """The question's own tags (fact kind, ...), with its type and article when they lack them."""
    return list(_tags(tuple(question.tags), question.type, tuple(export_set.sources(question))))


@lru_cache(maxsize=4096)
def _tags(names: tuple[str, ...], qtype: str, sources: tuple[str, ...]) -> tuple[str, ...]:
    """:func:`tags` of a question with these tags, type and sources (questions of a set share them)."""
    extra = [] if any(t.startswith("type:") for t in names) else [f"type:{qtype}"]
    if not any(t.startswith("article:") for t in names):
        extra += [f"article:{label}" for label in sources]
    return tuple(t for t in dict.fromkeys(tag(n) for n in (*names, *extra)) if t)


def matching_rows(pairs: Sequence[Sequence[str]]) -> list[tuple[str, str]]:
    """The (left, right) pairs of a matching question, on one line each, incomplete pairs dropped."""
    rows = [(one_line(p[0]), one_line(p[1])) for p in pairs if len(p) == 2]
    return [(left, right) for left, right in rows if left and right]
