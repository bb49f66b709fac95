"""Names of people, organisations and states in one document: normalising and resolving mentions.

:class:`People` is built once per document from spaCy's entities outside boilerplate. Every
mention gets a canonical name, the fullest form the document uses ("Lopez" and "Minister Lopez"
-> "Maria Lopez"), a type, and, where the article gives one, a role (see :mod:`.roles`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from spacy.tokens import Doc, Span

from ..ingest import Document
from .places import country_of
from .roles import find_roles, is_title

#: spaCy labels that name someone or something that can take part.
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_OWNER = re.compile(r"^.*?['’]s\s+")
_EDGE = re.compile(r"^[\W_]+|[^\w.)]+$")


def title_length(words: list[str]) -> int:
    """How many leading words are a title, with one nationality word before it
    ("Chilean President Gabriel Boric" -> 2); the last word is always kept."""
    cut = 0
    for i, word in enumerate(words[:-1]):
        if is_title(word):
            cut = i + 1
        elif not (word.lower() == "of" and cut == i) and not (i == 0 and word[:1].isupper()):
            break
    return cut


def normalize_name(text: str, *, person: bool = True) -> str:
    """The name in a mention as written: no whitespace runs, no possessive, no leading "the",
    and for people no titles ("President Boric’s" -> "Boric")."""
    text = _EDGE.sub("", " ".join(text.split()))
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if person:
        words = words[title_length(words):]
    return " ".join(words)


def name_key(text: str) -> str:
    """A comparison key for a normalised name: case- and apostrophe-insensitive."""
    return text.translate(_APOSTROPHES).casefold()


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name: [start, end) in the document text, and its canonical name."""

    start: int
    end: int
    text: str
    name: str
    label: str


@dataclass
class People:
    """The named people, organisations and states of one document."""

    mentions: list[Mention] = field(default_factory=list)
    #: name_key of every form used -> canonical name.
    names: dict[str, str] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    #: canonical name -> [start, end) of the mention that carries its role.
    role_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: canonical name -> [start, end) of its role words.
    role_extents: dict[str, tuple[int, int]] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, sdoc: Doc, document: Document) -> "People":
        spans = [s for s in _name_spans(sdoc) if not document.in_boilerplate(s.start_char, s.end_char)]
        canonical = _canonical_names(spans)
        spans += _repeated_mentions(sdoc, document, canonical, spans)
        mentions = sorted(
            (Mention(s.start_char, s.end_char, s.text, canonical[_form(s)][0], s.label_) for s in spans),
            key=lambda m: m.start,
        )
        people = cls(mentions=mentions)
        for form, (name, _) in canonical.items():
            people.names[name_key(form)] = name
            people.names.setdefault(name_key(name), name)
            people.names.setdefault(name_key(_OWNER.sub("", form)), name)  # "Senate" -> "Chile’s Senate"
        people.types = _majority_types(mentions, {name: label for name, label in canonical.values()})
        for name, role in find_roles([(people.names[name_key(_form(s))], s) for s in spans]).items():
            people.roles[name] = people._owner_named(name, role.text, role.mention.start_char)
            people.role_spans[name] = (role.mention.start_char, role.mention.end_char)
            people.role_extents[name] = role.extent
        return people

    def _owner_named(self, name: str, role: str, offset: int) -> str:
        """ "his counterpart" -> "counterpart of <the person last named before>"."""
        first, _, rest = role.partition(" ")
        owner = self.last_before(offset)
        if first.lower() in ("his", "her") and rest and owner and owner != name:
            return f"{rest} of {owner}"
        return role

    def resolve(self, mention: str) -> str | None:
        """The fullest name in the document for a mention ("Lopez" -> "Maria Lopez"), or None.

        A first or last name the document never used alone still resolves when exactly one
        person has it ("President Boric" -> "Gabriel Boric").
        """
        as_written, untitled = (name_key(normalize_name(mention, person=p)) for p in (False, True))
        owned = name_key(normalize_name(_OWNER.sub("", mention), person=False))  # "Chile’s Senate"
        for key in (as_written, untitled, owned):
            if key in self.names:
                return self.names[key]
        fuller = {
            name for name, kind in self.types.items()
            if kind == "PERSON" and untitled in (name_key(name).split()[0], name_key(name).split()[-1])
        }
        return fuller.pop() if len(fuller) == 1 else None

    def role(self, name: str) -> str | None:
        """The role the article gives this canonical name, or None."""
        return self.roles.get(name)

    def type_of(self, name: str) -> str | None:
        """PERSON, ORG, GPE or NORP."""
        return self.types.get(name)

    def last_before(self, offset: int, types: Iterable[str] = ("PERSON",)) -> str | None:
        """Canonical name of the most recent mention of one of ``types`` ending before ``offset``."""
        wanted = set(types)
        for mention in reversed(self.mentions[: bisect_left(self.mentions, offset, key=lambda m: m.start)]):
            if mention.end <= offset and self.types.get(mention.name) in wanted:
                return mention.name
        return None

    def mentions_of(self, name: str) -> list[Mention]:
        """Every mention of a canonical name, in reading order."""
        return self._by_name.get(name, [])

    @cached_property
    def _by_name(self) -> dict[str, list[Mention]]:
        by_name: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            by_name.setdefault(mention.name, []).append(mention)
        return by_name


def _name_spans(sdoc: Doc) -> list[Span]:
    """spaCy's name entities, trimmed ("the", "'s", a dangling "for"), split at "and", and
    relabelled PERSON after a title ("President Gabriel Boric")."""
    out: list[Span] = []
    for ent in sdoc.ents:
        if ent.label_ not in NAME_TYPES:
            continue
        for part in _split_conjuncts(ent):
            part = _trim(part)
            if part is None:
                continue
            label = ent.label_
            if label != "PERSON" and _after_title(part) and part[0].pos_ == "PROPN":
                label = "PERSON"
            if label == "PERSON" and part[0].pos_ != "PROPN":  # "Anonymous Chilean (official)"
                continue
            if label == "PERSON" and len(part) == 1 and part.text.isupper():  # an acronym
                label = "ORG"
            if label == "PERSON":
                part = part[title_length([t.text for t in part]):]
            if label == "ORG":
                part = _with_owner(part)
            out.append(Span(sdoc, part.start, part.end, label=label))
    return out + _conjoined_people(sdoc, out)


def _conjoined_people(sdoc: Doc, spans: list[Span]) -> list[Span]:
    """Unlabelled full names coordinated with a person's full name ("Carlos Mendez and Ana Ruiz")."""
    out: list[Span] = []
    for span in spans:
        if span.label_ != "PERSON" or len(span) < 2:
            continue
        for conj in span.root.conjuncts:
            words = sdoc[conj.left_edge.i: conj.i + 1]
            if len(words) > 1 and all(t.pos_ == "PROPN" and not t.ent_type_ for t in words):
                out.append(Span(sdoc, words.start, words.end, label="PERSON"))
    return out


def _with_owner(span: Span) -> Span:
    """An organisation with the state that owns it: "Chile’s Senate", not a bare "Senate"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS" or doc[span.start - 2].ent_type_ != "GPE":
        return span
    start = span.start - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start: span.end]


def _split_conjuncts(ent: Span) -> list[Span]:
    """ "Acme and Globex" -> two names; "Boric’s Chile" -> "Boric" (what follows a possessive is another name)."""
    possessive = next((t.i for t in ent if t.tag_ == "POS"), None)
    if possessive is not None:
        ent = ent.doc[ent.start: possessive]
    cuts = [t.i for t in ent if t.pos_ == "CCONJ"]
    bounds = [ent.start, *[c for cut in cuts for c in (cut, cut + 1)], ent.end]
    return [ent.doc[a:b] for a, b in zip(bounds[::2], bounds[1::2]) if b > a]


def _trim(span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and (span.doc[start].pos_ in ("DET", "PUNCT", "SPACE") or span.doc[start].is_space):
        start += 1
    while end > start and span.doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT", "PART", "SPACE"):
        end -= 1
    if end <= start or not span.doc[start].text[:1].isupper():
        return None
    return span.doc[start:end]


def _after_title(span: Span) -> bool:
    return span.start > 0 and is_title(span.doc[span.start - 1].text)


def _form(span: Span) -> str:
    return normalize_name(span.text, person=span.label_ == "PERSON")


def _canonical_names(spans: list[Span]) -> dict[str, tuple[str, str]]:
    """Each form -> (canonical name, label of the canonical form).

    A shorter form resolves to the most-used longer person name that begins or ends with it
    ("Boric" -> "Gabriel Boric", "Ana" -> "Ana Ruiz") when spaCy labels it a person at least
    as often as anything else, or it is the surname and never a nationality. A person's short
    form also makes a longer name spaCy mislabelled a person's ("Gabriel Boric's" as ORG).
    """
    counts = Counter((_form(s), s.label_) for s in spans)
    labels: dict[str, Counter] = {}
    for (form, label), n in counts.items():
        labels.setdefault(form, Counter())[label] += n
    multiword = Counter({(form, label): n for (form, label), n in counts.items() if len(form.split()) > 1})
    out: dict[str, tuple[str, str]] = {}
    for (form, label), _ in counts.most_common():
        words = form.split()
        votes = labels[form]
        as_person = votes["PERSON"] >= max(votes.values())
        longer = [
            name for (name, name_label), _ in multiword.most_common()
            if len(name.split()) > len(words) and (name_label == "PERSON" or as_person)
            and (
                as_person and name.split()[: len(words)] == words
                or (as_person or "NORP" not in votes) and name.split()[-len(words):] == words
            )
        ]
        if longer:
            out[form] = (longer[0], "PERSON")
        else:
            out.setdefault(form, (form, label))
    return _states(out)


def _states(canonical: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """Country names are states (GPE); a capital or short form ("Ottawa", "UK") stands for its
    country when the document also names that country."""
    named: dict[str, list[str]] = {}
    for form in canonical:
        found = country_of(form)
        if found and found[1]:
            named.setdefault(found[0], []).append(form)
    out = dict(canonical)
    for form, (name, label) in canonical.items():
        found = country_of(form)
        if found and found[0] in named and label in ("GPE", "ORG"):
            out[form] = (max(named[found[0]], key=len), "GPE")
    return out


def _repeated_mentions(
    sdoc: Doc, document: Document, canonical: dict[str, tuple[str, str]], spans: list[Span]
) -> list[Span]:
    """Occurrences of known names that spaCy did not label, outside boilerplate and other names."""
    taken = {t for s in spans for t in range(s.start, s.end)}
    forms = sorted((f for f in canonical if f[:1].isupper()), key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    out: list[Span] = []
    for match in pattern.finditer(document.analysis_text):
        span = sdoc.char_span(match.start(), match.end())
        if span is None or document.in_boilerplate(match.start(), match.end()):
            continue
        if any(t in taken for t in range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        out.append(Span(sdoc, span.start, span.end, label=canonical[match.group()][1]))
    return out


def _majority_types(mentions: list[Mention], canonical_labels: dict[str, str]) -> dict[str, str]:
    """The label most mentions of a name carry; PERSON for a person's full name, GPE for a country."""
    votes: dict[str, Counter] = {}
    for mention in mentions:
        votes.setdefault(mention.name, Counter())[mention.label] += 1
    types = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    for name in types:
        if canonical_labels.get(name) == "PERSON" and len(name.split()) > 1:
            types[name] = "PERSON"
        elif (country_of(name) or ("", False))[1]:
            types[name] = "GPE"
    return types
