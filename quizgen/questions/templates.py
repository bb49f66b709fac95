"""Question templates per fact kind: each makes candidate questions from one fact group.

Templates only phrase questions; which candidates are kept is decided in :mod:`.rank`. Each
candidate carries its template name (part of its stable id) and a template quality. What they stand on:
a speaker or person by the fullest name the article writes; a role that is one noun phrase the article
writes; a quote blank holding a name or a number; a matching column whose every item fits one row; a
false statement swapping in a figure that really makes it false (a bound moves the other way).
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extract.model import Evidence, Fact, Figure, Participant, Quote
from ..extract.numbers import parse_number
from ..extract.roles import spelled_out
from ..ids import stable_id
from ..ingest import Document
from . import distractors
from .groups import FactGroup
from .model import Question
from .pool import Pool, named, titled, usable_role
from .refs import references
from .text import (
    APPROXIMATORS, BLANK, REFERRING, article_title, contains, markup_edits, norm, plain, quote_snippet, render, strip_article, surname,
    trim, with_article, word_count,
)
from .wh import wh_question

#: Template quality (0-1): how natural and self-contained a template's questions are.
QUALITY = {
    "figure.wh": 0.9, "quote.who-said": 1.0, "participant.who-is": 0.95, "participant.position": 0.85,
    "quote.complete": 0.8, "quote.according": 0.85, "matching": 0.8, "figure.cloze": 0.75, "quote.speaker-cloze": 0.7,
    "participant.cloze": 0.65, "statement": 0.8,
}
MCQ_CHOICES = 4
#: Dependencies of a subject: each sentence of a sentence prompt needs one on its root to state anything.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
#: Quotes shorter than this are fragments: asked only as a cloze inside their sentence.
FULL_QUOTE_WORDS = 5
MAX_PROMPT_QUOTE_WORDS = 45


@dataclass
class Candidate:
    """A question before ranking: ``slot`` is what it competes for within its fact group."""

    question: Question
    group: str
    slot: str
    quality: float


@dataclass
class Context:
    """What templates need besides the fact: the articles, the set's pool, the parser."""

    documents: Mapping[str, Document]
    pool: Pool
    nlp: Language
    seed: int = 0
    _parsed: dict[str, Doc] = field(default_factory=dict)

    def prefetch(self, facts: list[Fact]) -> None:
        """Parse every fact's evidence sentence in one batch (``nlp.pipe``) before the templates ask."""
        texts = {found[0] for f in facts if (found := self.plain_sentence(f, f.span))} - self._parsed.keys()
        for text, doc in zip(sorted(texts), self.nlp.pipe(sorted(texts))):
            self._parsed[text] = doc

    def parse(self, text: str) -> Doc:
        if text not in self._parsed:
            self._parsed[text] = self.nlp(text)
        return self._parsed[text]

    @cached_property
    def people(self) -> dict[str, list[tuple[int, str]]]:
        """Per document, (start, name) of every written name form of the set's people."""
        found: dict[str, list[tuple[int, str]]] = {}
        for doc, document in self.documents.items():
            for actor in self.pool.actors:
                if actor.type != "PERSON" or doc not in actor.docs:
                    continue
                forms = {actor.name, *actor.aliases} | ({surname(actor.name)} if self.pool.unique_surname(actor) else set())
                pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                found.setdefault(doc, []).extend((m.start(), actor.name_in(doc)) for m in re.finditer(rf"\b(?:{pattern})\b", document.text))
        return found

    def plain_sentence(self, fact: Fact, answer: tuple[int, int]) -> tuple[str, int, int] | None:
        """The fact's sentence without markup, and the answer's range in it."""
        start, end = answer[0] - fact.sentence_start, answer[1] - fact.sentence_start
        if not 0 <= start < end <= len(fact.sentence):
            return None
        edits = [e for e in markup_edits(fact.sentence) + self._boilerplate(fact) if e[1] <= start or e[0] >= end]
        shift = sum(len(r) - (e - s) for s, e, r in edits if e <= start)
        inner = sum(len(r) - (e - s) for s, e, r in markup_edits(fact.sentence[start:end]))
        return render(fact.sentence, edits + [(start, end, plain(fact.sentence[start:end]))]), start + shift, end + shift + inner

    def _boilerplate(self, fact: Fact) -> list[tuple[int, int, str]]:
        """Edits cutting what is not article text (a caption run into the sentence, a dateline) out of the fact's sentence."""
        document = self.documents.get(fact.doc)
        if document is None:
            return []
        low, high = fact.sentence_start, fact.sentence_start + len(fact.sentence)
        return [(max(s, low) - low, min(e, high) - low, "") for s, e in document.ranges() if s < high and low < e]

    def sentence(self, fact: Fact, answer: tuple[int, int], replacement: str | None = BLANK) -> str | None:
        """The fact's sentence with the answer (document range) replaced, references resolved, trimmed."""
        found = self.plain_sentence(fact, answer)
        if found is None:
            return None
        text, start, end = found
        if cut_token(text, start, end) or EQUIVALENT_BEFORE.search(text[:start]):
            return None  # "between 6 p_____", "60 miles (about _____)": the blank cuts a token or restates a figure
        equivalent = EQUIVALENT_AFTER.match(text, end)
        shown = ""
        for keep_local in (True, False):  # once trimmed, a pronoun may lose its person: name it then
            edits = references(self.parse(text), fact.sentence_start, self.people.get(fact.doc, []), (start, end),
                               keep_local)
            if edits is None:
                return None
            if equivalent:  # "$5 million (about £3.9 million)": the equivalent would give the answer away
                edits = [e for e in edits if e[1] <= equivalent.start() or e[0] >= equivalent.end()]
                edits.append((equivalent.start(), equivalent.end(), ""))
            closing = replacement is not None and text[start:end].endswith(".") and not text[end:].strip(" \"'”’")
            named = [e for e in edits if e[2]]  # pronouns resolved to a name
            edits.append((start, end, text[start:end] if replacement is None else replacement + "." * closing))
            shown = self._shown(text, edits, start, end, replacement)
            repeated = [e for e in named if len(re.findall(rf"\b{re.escape(surname(e[2].removesuffix('’s')))}\b", shown)) > 1]
            if repeated:  # "Haji said Noordin Haji's department": the person stays in view, keep "his"
                shown = self._shown(text, [e for e in edits if e not in repeated], start, end, replacement)
            if not shown.startswith("…"):
                break
        stated = shown if replacement is None else shown.replace(replacement, text[start:end], 1)
        if shown and not all(any(c.dep_ in SUBJECTS for c in s.root.children) for s in self.parse(stated).sents):
            return None  # trimmed to a phrase ("Lopez, the head of a _____ …", "… said on _____"): no statement left
        return shown

    @staticmethod
    def _shown(text: str, edits: list[tuple[int, int, str]], start: int, end: int, replacement: str | None) -> str:
        """``text`` with ``edits`` applied, trimmed around the answer at [start, end)."""
        shift = sum(len(r) - (e - s) for s, e, r in edits if e <= start)
        width = len(text[start:end] if replacement is None else replacement)
        return " ".join(trim(re.sub(r"\s", " ", render(text, edits)), start + shift, start + shift + width).split())

    def title(self, doc: str) -> str:
        """“The article's title”, or "the article" when its first line is not a short title."""
        document = self.documents.get(doc)
        return article_title(document.title if document else "")

    def sha(self, doc: str) -> str:
        document = self.documents.get(doc)
        return document.sha256 if document else doc

    def shuffled(self, items: list[str], key: str) -> list[str]:
        items = sorted(items)
        random.Random(f"{self.seed}:{key}").shuffle(items)
        return items


#: A figure's equivalent written right after it: "(about £3.9 million)", ", or about 95 km,".
EQUIVALENT_AFTER = re.compile(rf"\s*\((?:{APPROXIMATORS}|or|c\.|~)?\s*[A-Z]{{0,3}}[$£€¥]?\s*"
                              rf"\d[^()]*\)|,\s+or\s+(?:{APPROXIMATORS})\s+[A-Z]{{0,3}}"
                              r"[$£€¥]?\d[\d.,]*\s*[\w%]*(?=,)", re.I)
#: A figure whose equivalent stands right before it: "60 miles (about", "60 miles, or about".
EQUIVALENT_BEFORE = re.compile(rf"\d[\d,.]*(?:\s*[A-Za-z%]+\.?)?\s*(?:\(|,?\s+or)\s*(?:{APPROXIMATORS}|c\.|~)?"
                               r"\s*[A-Z]{0,3}[$£€¥]?\s*$", re.I)


#: A unit left outside a figure: the figure without it is no answer ("between 6 _____ a.m.").
UNIT_AFTER = re.compile(r"\s*(?:[ap]\.?m\.?(?!\w)|%|per ?cent\b|percent\b)", re.I)


def cut_token(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of ``text`` cuts a token or a number from its unit: "6 p" of "6 p.m.", "6" of "6 a.m.",
    "4" of "4m", "ten" of "often"."""
    after, before = text[end:end + 2], text[start - 1:start] if start else ""
    return bool(after[:1].isalnum() or re.match(r"\.[A-Za-z]", after) or before.isalnum()
                or UNIT_AFTER.match(text, end) and text[start:end][-1:].isdigit())


#: How far (characters) from its fact's sentence an answer's mention may be highlighted (a speaker
#: named in the paragraph before a quote); a mention further away is about something else.
NEAR_ANSWER = 300


def answer_span(fact: Fact, forms: list[str], documents: Mapping[str, Document]) -> tuple[int, int]:
    """Where the answer is written (the first of ``forms`` found, ignoring case): in the fact's
    sentence if possible, else its occurrence nearest the fact within ``NEAR_ANSWER``; the fact's own span otherwise."""
    document = documents.get(fact.doc)
    if document is None:
        return fact.span
    low, high = fact.sentence_start, fact.sentence_start + len(fact.sentence)
    for form in filter(None, forms):
        hits = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", document.text, re.IGNORECASE)
                if low - NEAR_ANSWER <= m.start() < high + NEAR_ANSWER]
        if hits:
            inside = [h for h in hits if low <= h[0] < high]
            return (inside or sorted(hits, key=lambda h: abs(h[0] - fact.span[0])))[0]
    return fact.span


class Maker:
    """Builds candidates for one fact group; every template shares its annotation code."""

    def __init__(self, ctx: Context, group: FactGroup) -> None:
        self.ctx, self.group, self.fact = ctx, group, group.main

    def question(self, template: str, type_: str, prompt: str, answer: str, *, answer_text: str | None = None,
                 slot: str | None = None, **fields) -> Candidate:
        fact, ctx = self.fact, self.ctx
        forms = [answer_text or answer, *fields.get("accepted", ()), *(answer_text or answer).split(" and ")]
        evidence = [Evidence(f.doc, f.span if isinstance(f, Figure) else answer_span(f, forms, ctx.documents),
                             f.sentence) for f in self.group.facts]
        question = Question(
            id=stable_id(ctx.sha(fact.doc), fact.id, template, type_, slot or ""),
            type=type_, prompt=prompt, answer=answer, fact_ids=self.group.ids, evidence=evidence,
            conflict=self.group.conflict, **fields,
        )
        quality = QUALITY[template.split(":")[0]]
        return Candidate(question, fact.id, slot or type_, quality * fact.confidence)

    def mcq(self, template: str, prompt: str, answer: str, wrong: list[str], **fields) -> Iterator[Candidate]:
        if len(wrong) >= MCQ_CHOICES - 1:
            choices = self.ctx.shuffled([answer, *wrong[: MCQ_CHOICES - 1]], f"{self.fact.id}:{template}")
            yield self.question(template, "mcq", prompt, answer, choices=choices, **fields)

    def statements(self, true: str, false: list[str], key: str, **fields) -> Iterator[Candidate]:
        """One statement of the fact: true, or false with a distractor swapped in.

        Which one is fixed by the fact's id (about half of the facts each), so a set never shows
        a statement next to its own negation. ``key`` is the part the statement turns on; its
        span is the evidence.
        """
        choices = ["True", "False"]
        if false and int(stable_id(self.fact.id, "statement"), 16) % 2:
            yield self.question("statement", "tf", false[0], "False", answer_text=key, slot="tf-false",
                                choices=choices, **fields)
        else:
            yield self.question("statement", "tf", true, "True", answer_text=key, slot="tf-true", choices=choices,
                                **fields)


# --- quotes -----------------------------------------------------------------------------------

def quote_candidates(ctx: Context, group: FactGroup) -> Iterator[Candidate]:
    quote = group.main
    if not isinstance(quote, Quote) or not named(quote.speaker) \
            or quote.speaker_type not in ("PERSON", "ORG", "GPE", "DOCUMENT", "JOINT") or _misread_speaker(ctx, quote):
        return
    make, speaker = Maker(ctx, group), _speaker(ctx, quote)
    accepted = ctx.pool.variants(speaker)
    if word_count(quote.text) >= FULL_QUOTE_WORDS and _says_something(ctx, quote.text):
        words = quote_snippet(plain(quote.text).strip().rstrip(",.;:").strip(), MAX_PROMPT_QUOTE_WORDS)
        said = _said(words)
        prompt = f"Who {said} “{words}”?"
        yield make.question("quote.who-said", "short", prompt, speaker, accepted=accepted)
        actor = ctx.pool.actor(speaker)
        type_ = "PERSON" if quote.speaker_type == "JOINT" else actor.type if actor else quote.speaker_type
        wrong = distractors.actors(ctx.pool, speaker, type_, prompt, doc=quote.doc, role=quote.speaker_role,
                                   text=ctx.documents[quote.doc].text if quote.doc in ctx.documents else "")
        yield from make.mcq("quote.who-said", prompt, speaker, wrong, accepted=accepted)
        yield from make.statements(f"{speaker} {said} “{words}”.", [f"{w} {said} “{words}”." for w in wrong], speaker)
        yield from _complete_quote(ctx, make, quote, words)
        yield from _according_to(ctx, make, quote, words)
    yield from _speaker_cloze(ctx, make, quote, accepted)


def _says_something(ctx: Context, text: str) -> bool:
    """A quote a reader can tell apart: two content words or more ("That's what he's here for" has none)."""
    return sum(t.is_alpha and not t.is_stop and t.pos_ != "PRON" for t in ctx.parse(plain(text))) >= 2


def _speaker(ctx: Context, quote: Quote) -> str:
    """The speaker as a key: the fullest name the article writes ("Priya Raman" for "Ms Raman")."""
    actor = ctx.pool.actor(quote.speaker or "")
    return actor.name_in(quote.doc) if actor is not None and quote.speaker_type != "JOINT" else quote.speaker or ""


def _misread_speaker(ctx: Context, quote: Quote) -> bool:
    """A person speaker the article introduces as a place or an organisation (a name near the quote, not its
    speaker), or a speaker it only describes ("the Spaniard said"): no name to ask."""
    article = ctx.documents.get(quote.doc)
    if article is None or quote.speaker is None:
        return False
    return quote.speaker_type == "PERSON" and distractors.introduced_as(quote.speaker, article.text) is not None \
        or distractors.described_only(quote.speaker, article.text)


def _said(words: str) -> str:
    """How a question introduces a quote: a sentence is "said:", a fragment ("the creation of …")
    was only "used" as words inside the reporter's own sentence."""
    first = next((c for c in words if c.isalpha()), "")
    return "said:" if first.isupper() else "used the words"


def _complete_quote(ctx: Context, make: Maker, quote: Quote, words: str) -> Iterator[Candidate]:
    """Blank a key phrase of the quote: its longest noun chunk that is not a pronoun."""
    chunks = [c for c in ctx.parse(words).noun_chunks
              if 2 <= len(c) <= 5 and c.start > 0 and not any(t.pos_ == "PRON" or t.tag_ == "PRP$" for t in c)
              and sum(t.is_alpha and not t.is_stop for t in c) >= 2 and _pinned(c)]
    if not chunks:
        return
    chunk = max(chunks, key=lambda c: (sum(t.is_alpha and not t.is_stop for t in c), -c.start))
    phrase = chunk.text
    start = chunk.start_char
    text = words[:start] + BLANK + words[start + len(phrase):]
    prompt = f"Complete the quote by {_speaker(ctx, quote)}: “{text}”"
    yield make.question("quote.complete", "cloze", prompt, phrase,
                        accepted=[strip_article(phrase)] if strip_article(phrase) != phrase else [])


def _pinned(phrase: Span) -> bool:
    """A blank only one answer fits: the phrase holds a name or a number ("eastern Germany", "50 billion cubic
    metres"); a common phrase ("the radar records", "a deep knowledge") leaves other words fitting as well."""
    return any(t.pos_ == "PROPN" or t.like_num or t.ent_type_ for t in phrase)


def _according_to(ctx: Context, make: Maker, quote: Quote, words: str) -> Iterator[Candidate]:
    """A quoted sentence asked about its subject: "According to X, what has become …?"."""
    parsed = ctx.parse(words)
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root is not None else None
    if root is None or subject is None or subject.pos_ == "PRON" or root.pos_ not in ("VERB", "AUX") or "…" in words:
        return
    span = parsed[subject.left_edge.i: subject.right_edge.i + 1]
    if span.start != 0 or not 2 <= len(span) <= 8 or any(t.is_punct for t in span):
        return
    if any(t.pos_ == "PRON" or t.tag_ == "PRP$" for t in span) or len(span) == 2 and span[0].lower_ == "the":
        return  # "Our dairy producers", "The river": a key that leans on the speaker's context
    rest = parsed[span.end:].text.strip().rstrip(".,;:!?")
    if len(rest.split()) < 3 or any(w in REFERRING for w in norm(rest).split()):
        return
    who = "who" if span.root.ent_type_ == "PERSON" else "what"
    prompt = f"According to {_speaker(ctx, quote)}, {who} {rest}?"
    accepted = [strip_article(span.text)] if strip_article(span.text) != span.text else []
    yield make.question("quote.according", "short", prompt, span.text, slot="according", accepted=accepted)


def _speaker_cloze(ctx: Context, make: Maker, quote: Quote, accepted: list[str]) -> Iterator[Candidate]:
    """The quote's sentence with the speaker's name blanked (the name must stand in the sentence)."""
    sentence, start = quote.sentence, quote.sentence_start
    inner = (quote.span[0] - start, quote.span[1] - start)
    for form in sorted(accepted, key=lambda f: (not titled(f), len(f)), reverse=True):  # bare names first: the key
        hit = next((m.start() for m in re.finditer(re.escape(form), sentence)
                    if not inner[0] <= m.start() < inner[1]), None)
        if hit is not None:
            text = ctx.sentence(quote, (start + hit, start + hit + len(form)))
            if text:
                yield make.question("quote.speaker-cloze", "cloze", text, form,
                                    accepted=[a for a in accepted if a != form])
            return


# --- figures ----------------------------------------------------------------------------------

#: Absolute tolerance for typed numbers, by figure type, as a share of the value (money,
#: quantities) or in the figure's unit (percent points); counts, ordinals and durations are exact.
RELATIVE_TOLERANCE = {"money": 0.02, "quantity": 0.02}
ABSOLUTE_TOLERANCE = {"percent": 0.5}


def figure_candidates(ctx: Context, group: FactGroup) -> Iterator[Candidate]:
    figure = group.main
    if not isinstance(figure, Figure) or figure.value is None or figure.figure_type == "count" and not figure.measure:
        return  # vague, or a count of nothing named ("attracted only three"): three what?
    make = Maker(ctx, group)
    answer = plain(figure.surface).strip()
    fields = _figure_fields(figure, answer, group)
    cloze = ctx.sentence(figure, figure.span)
    found = ctx.plain_sentence(figure, figure.span)
    wh = None
    if found and not figure.in_quote and not cut_token(*found) and not EQUIVALENT_BEFORE.search(found[0][:found[1]]):
        sentence, start, end = found
        if equivalent := EQUIVALENT_AFTER.match(sentence, end):  # asked without the equivalent that gives it away
            sentence = sentence[:equivalent.start()] + sentence[equivalent.end():]
        wh = wh_question(ctx.parse(sentence), start, end, figure.figure_type)
        if wh and references(ctx.parse(wh), 0, [], (0, 0)) is None:
            wh = None
    if group.conflict:
        prompt = wh or cloze
        if prompt:
            yield make.question("figure.wh" if wh else "figure.cloze", "short" if wh else "cloze", prompt, answer,
                                **fields)
        return
    wrong = distractors.figures(figure, ctx.pool, wh or cloze or "")
    if wh:
        yield make.question("figure.wh", "short", wh, answer, **fields)
        yield from make.mcq("figure.wh", wh, answer, wrong, **fields)
    if cloze:
        yield make.question("figure.cloze", "cloze", cloze, answer, **fields)
        if not wh:
            yield from make.mcq("figure.cloze", f"Fill in the blank: {cloze}", answer, wrong, **fields)
        true = ctx.sentence(figure, figure.span, replacement=None)
        false = [ctx.sentence(figure, figure.span, replacement=w) for w in wrong
                 if _falsifiable(ctx, figure) and _beyond_bound(figure, w)]
        if true:
            yield from make.statements(true, [f for f in false if f], answer)


#: Qualifiers that bound a figure from below or above: a false statement moves the bound the other way.
#: ("within 40 km" stays true for any smaller distance: it takes only larger figures, as a lower bound does.)
LOWER_BOUNDS = frozenset({"more than", "over", "at least", "in excess of", "just over", "above", "or more", "within"})
UPPER_BOUNDS = frozenset({"less than", "fewer than", "up to", "under", "below", "just under", "nearly", "almost",
                          "no more than", "at most"})


def _beyond_bound(figure: Figure, wrong: str) -> bool:
    """Whether ``wrong`` swapped in makes a really false statement: "more than 30 times" is still true when
    the article says more than 40, so a lower bound only takes larger figures and an upper bound smaller ones."""
    qualifier = (figure.qualifier or "").lower()
    start = figure.span[0] - figure.sentence_start
    written = re.search(rf"\b({'|'.join(sorted(LOWER_BOUNDS | UPPER_BOUNDS, key=len, reverse=True))})\s+(every\s+|an?\s+)?$",
                        figure.sentence[max(0, start - 40):start], re.I)
    if qualifier not in LOWER_BOUNDS | UPPER_BOUNDS and written:
        qualifier = written.group(1).lower()  # "within 40 km", "at least every 12 months": the bound stands before it
    if qualifier not in LOWER_BOUNDS | UPPER_BOUNDS:
        return True
    mine, theirs = (_first_number(plain(figure.surface)), _first_number(wrong))
    if mine is None or theirs is None:
        return False
    lower = qualifier in LOWER_BOUNDS
    if written and (written.group(2) or "").strip().lower() == "every":
        lower = not lower  # "at least every 12 months" bounds the interval from above
    return theirs > mine if lower else theirs < mine


def _first_number(text: str) -> float | None:
    found = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    value = parse_number(found.group()) if found else None
    return float(value) if isinstance(value, int | float) else None


def _falsifiable(ctx: Context, figure: Figure) -> bool:
    """Whether swapping another figure in makes a fair false statement: not inside a quote (a misquote), not an
    ordinal ("first" -> "second" reads as a quibble), not next to its own restatement in brackets ("€7bn (about
    $8bn)")."""
    if figure.in_quote or figure.figure_type == "ordinal" or figure.doc not in ctx.documents:
        return False
    text = ctx.documents[figure.doc].text
    start, end = figure.span
    return not (re.match(r"\s*\(", text[end:end + 3])
                or re.search(rf"\((?:{APPROXIMATORS})?\s*$", text[max(0, start - 16):start], re.I))


def _figure_fields(figure: Figure, answer: str, group: FactGroup) -> dict:
    bare = answer
    if figure.qualifier and answer.lower().startswith(figure.qualifier.lower()):
        bare = answer[len(figure.qualifier):].strip()
    written = [bare, _written_value(figure)]
    if figure.figure_type == "ordinal" and isinstance(figure.value, int):
        written += distractors.ordinal_forms(figure.value)
    accepted = list(dict.fromkeys(a for a in written if a and norm(a) != norm(answer)))
    value = figure.value
    tolerance = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        tolerance = abs(value) * RELATIVE_TOLERANCE.get(figure.figure_type, 0) + ABSOLUTE_TOLERANCE.get(figure.figure_type, 0)
        if figure.qualifier:
            tolerance = max(tolerance, abs(value) * 0.05)
    # the figure as the other articles write it (or, in a conflict, each source's version)
    accepted += [plain(f.surface) for f in group.facts[1:]
                 if isinstance(f, Figure) and plain(f.surface) not in accepted + [answer]]
    return {"accepted": accepted, "value": value, "unit": figure.measure, "tolerance": tolerance}


#: Units of a time of day: "11.40am" is no quantity of "am" ("11.4 am" is no way to write it).
CLOCK = frozenset({"am", "pm", "a.m.", "p.m."})


def _written_value(figure: Figure) -> str | None:
    """The value with its unit in plain words ("90000000000 USD"), for graders and exports."""
    if isinstance(figure.value, int | float) and figure.unit and figure.figure_type in ("money", "quantity", "percent") \
            and figure.unit.lower() not in CLOCK:
        return f"{figure.value:g} {figure.unit}" if isinstance(figure.value, float) else f"{figure.value} {figure.unit}"
    return None


# --- participants -----------------------------------------------------------------------------

#: Last words of a name that make it a part of an organisation, not one.
SUB_UNITS = frozenset("department division program programme desk team unit".split())


def participant_candidates(ctx: Context, group: FactGroup) -> Iterator[Candidate]:
    person = group.main
    if not isinstance(person, Participant):
        return
    actor = ctx.pool.actor(person.name)
    role_standalone = person.standalone_role
    if actor is None or actor.type not in ("PERSON", "ORG") or not usable_role(role_standalone):
        return
    if actor.type == "ORG" and norm(surname(actor.name)) in SUB_UNITS:
        return  # "the Asia Department" of some firm: not an organisation a student can name
    if actor.type == "PERSON" and distractors.not_a_person(actor.name, role_standalone):
        return  # "Startup Lumora", "a California startup": an organisation taken for a person
    make, name, role = Maker(ctx, group), actor.name_in(person.doc), _role_text(role_standalone)
    if set(norm(strip_article(role)).split()) <= set(norm(actor.name).split()):
        return  # "the health trust" of the Lakeview Health Trust: the name gives the answer away
    if not _clean_role(ctx, role) or _rewritten_role(ctx, person):
        return  # "based in …", "runs the charity …", "founder and": not one noun phrase naming a position
    accepted = ctx.pool.variants(name)
    bare = strip_article(role)
    the_role = with_article(role)
    if not contains(role, name) and not _shared_role(ctx, actor, role) and _specific(ctx, role):
        who = "Who" if actor.type == "PERSON" else "Which organisation"
        prompt = f"{who} is {the_role}?" if role.lower().startswith("the ") or bare == role else f"{who} is described as {role}?"
        yield make.question("participant.who-is", "short", prompt, name, accepted=accepted)
        wrong = distractors.actors(ctx.pool, name, actor.type, prompt, doc=person.doc, role=role, asked_by_role=True,
                                   text=ctx.documents[person.doc].text if person.doc in ctx.documents else "")
        yield from make.mcq("participant.who-is", prompt, name, wrong, accepted=accepted)
    position = f"What position does {name} hold?"
    other_roles = distractors.roles(ctx.pool, actor, actor.type, position, doc=person.doc)
    if actor.type == "PERSON" and not contains(role, name) and _specific(ctx, role):
        roles = [role, the_role, *actor.roles, *(strip_article(r) for r in actor.roles)]
        roles += [v for r in list(roles) for v in role_variants(strip_article(r))]
        yield make.question("participant.position", "short", position, bare, answer_text=bare,
                            accepted=[r for r in dict.fromkeys(roles) if r != bare])
        yield from make.mcq("participant.position", position, bare, [strip_article(r) for r in other_roles])
        false = [f"{name} is {with_article(r)}." for r in other_roles]
        yield from make.statements(f"{name} is {the_role}.", false, name)
    cloze = ctx.sentence(person, person.span) if person.span[1] - person.span[0] >= len(person.name.split()[0]) else None
    if cloze and norm(person.sentence[person.span[0] - person.sentence_start: person.span[1] - person.sentence_start]) in {
            norm(a) for a in accepted}:
        mention = person.sentence[person.span[0] - person.sentence_start: person.span[1] - person.sentence_start]
        yield make.question("participant.cloze", "cloze", cloze, mention, accepted=[a for a in accepted if a != mention])


#: Offices written as initials: a key naming one accepts the other.
OFFICE_INITIALS = {"chief executive officer": "CEO", "chief executive": "CEO", "chief financial officer": "CFO",
                   "chief operating officer": "COO", "chief technology officer": "CTO"}


def role_variants(role: str) -> list[str]:
    """Natural ways to write a role: "chief executive of X" <-> "X's chief executive", and "CEO" for "chief executive"."""
    out = []
    of = re.fullmatch(r"([a-z][\w -]*?) of (?:the )?([A-Z][\w&.' -]+)", role)
    owned = re.fullmatch(r"(?:the )?([A-Z][\w&.' -]+?)['’]s? ([a-z][\w -]*)", role)
    if of:
        out.append(f"{of.group(2)}'s {of.group(1)}")
    elif owned:
        out.append(f"{owned.group(2)} of {owned.group(1)}")
    for form in [role, *out]:
        for words, initials in OFFICE_INITIALS.items():
            if re.search(rf"\b{words}\b", form, re.I):
                out.append(re.sub(rf"\b{words}\b", initials, form, count=1, flags=re.I))
                break
    return list(dict.fromkeys(o for o in out if o != role))


def _role_text(role: str) -> str:
    """A role as a question writes it: plain, its abbreviated titles in full, without trailing punctuation, a
    leading "The" in lower case."""
    role = spelled_out(plain(role)).strip().rstrip(",.")
    return re.sub(r"^(The|A|An) ", lambda m: m.group(1).lower() + " ", role)


def _clean_role(ctx: Context, role: str | None) -> bool:
    """One noun phrase naming a position: headed by a noun, not opening with a verb or preposition ("runs the
    charity …", "based in …"), not opening or ending on a conjunction, preposition or determiner ("founder and"),
    with no relative clause ("Prof, who studies lake physics at …")."""
    words = [t for t in ctx.parse(strip_article(_role_text(role or ""))) if not t.is_punct]
    if not words or any(t.tag_ in ("WP", "WP$", "WDT") for t in words):
        return False
    root = next((t for t in words if t.head == t or t.head not in words), words[0])
    return root.pos_ in ("NOUN", "PROPN") and words[0].pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET") \
        and words[0].tag_ not in ("VBN", "VBG", "VBZ", "VBD") and words[-1].pos_ not in ("CCONJ", "ADP", "DET", "SCONJ")


def _rewritten_role(ctx: Context, person: Participant) -> bool:
    """A role naming another person that the article never writes: "His spokesman" resolved to a person
    ("spokesman of Sarah Whitfield"), where the resolution may have picked the wrong one."""
    article = ctx.documents.get(person.doc)
    role = strip_article(_role_text(person.standalone_role or ""))
    return article is not None and not contains(article.text, role) and any(
        other.type == "PERSON" and other.name != person.name and contains(role, surname(other.name))
        for other in ctx.pool.actors)


def _specific(ctx: Context, role: str) -> bool:
    """A role that singles someone out: one naming a place or people, or, in three words or more,
    an organisation ("Chilean Foreign Minister", "analyst at the Lima Institute" yes; "Foreign
    Minister", "senior expert on trade policy" no: of which country, at which institute?)."""
    parsed = ctx.parse(strip_article(role))
    return any(e.label_ in ("NORP", "GPE", "LOC") or len(parsed) >= 3 and e.label_ in ("ORG", "FAC", "PERSON")
               for e in parsed.ents)


def _shared_role(ctx: Context, actor, role: str) -> bool:
    """Another actor holds a role like this one: "Who is …?" would have two right answers."""
    return any(other is not actor and any(fuzz.token_set_ratio(norm(role), norm(r)) >= distractors.SAME_ROLE
                                          for r in other.roles) for other in ctx.pool.actors)


# --- matching ---------------------------------------------------------------------------------

MATCH_MIN, MATCH_MAX = 3, 6


def matching_candidates(ctx: Context, groups: list[FactGroup]) -> Iterator[Candidate]:
    """Per article: people ↔ roles, and speakers ↔ quotes."""
    by_doc: dict[str, list[FactGroup]] = {}
    for group in groups:
        by_doc.setdefault(group.main.doc, []).append(group)
    for doc, doc_groups in sorted(by_doc.items()):
        roles: dict[str, tuple[str, FactGroup]] = {}
        quotes: dict[str, tuple[str, FactGroup]] = {}
        for group in doc_groups:
            fact = group.main
            actor = ctx.pool.actor(fact.name) if isinstance(fact, Participant) else None
            if isinstance(fact, Participant) and actor is not None and actor.type == "PERSON" and usable_role(fact.standalone_role) \
                    and named(fact.name) and not distractors.not_a_person(fact.name, fact.standalone_role) \
                    and _clean_role(ctx, fact.standalone_role) and not _rewritten_role(ctx, fact):
                roles.setdefault(actor.name_in(doc), (strip_article(_role_text(fact.standalone_role)), group))
            elif isinstance(fact, Quote) and named(fact.speaker) and fact.speaker_type == "PERSON" \
                    and word_count(fact.text) >= FULL_QUOTE_WORDS and not _misread_speaker(ctx, fact) \
                    and not any(ctx.pool.overlaps(_speaker(ctx, fact), other) for other in quotes if other != _speaker(ctx, fact)):
                quotes.setdefault(_speaker(ctx, fact), (f"“{quote_snippet(plain(fact.text).strip().rstrip(',.;:'), 12)}”", group))
        title = ctx.title(doc)
        made = [_matching(ctx, doc, "matching:roles", f"Match each person with their role, as given in {title}.", roles),
                _matching(ctx, doc, "matching:quotes", f"Match each speaker with their words in {title}.", quotes)]
        yield from (m for m in made if m is not None)


def _matching(ctx: Context, doc: str, template: str, prompt: str, items: dict) -> Candidate | None:
    """The pairs of ``items`` in article order; a right side shared by two people ("Council member") is left out,
    since either pairing would be right."""
    sides = Counter(norm(right) for right, _ in items.values())
    chosen = sorted(((left, (right, group)) for left, (right, group) in items.items() if sides[norm(right)] == 1),
                    key=lambda kv: kv[1][1].main.span)[:MATCH_MAX]
    if len(chosen) < MATCH_MIN:
        return None
    groups = [group for _, (_, group) in chosen]
    pairs = [[left, right] for left, (right, _) in chosen]
    fact_ids = [i for g in groups for i in g.ids]
    question = Question(
        id=stable_id(ctx.sha(doc), *fact_ids, template), type="matching", prompt=prompt,
        answer="; ".join(f"{left} — {right}" for left, right in pairs), pairs=pairs, fact_ids=fact_ids,
        evidence=[Evidence(g.main.doc, g.main.span, g.main.sentence) for g in groups],
        choices=ctx.shuffled([right for _, right in pairs], f"{doc}:{template}"),
    )
    return Candidate(question, f"{doc}:{template}", "matching", QUALITY["matching"])
