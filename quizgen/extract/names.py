"""Names of people, organisations and states in one document: normalising and resolving mentions.

:class:`People` is built once per document from spaCy's entities outside boilerplate, datelines
and bylines. Every mention gets a canonical name, the fullest form the document uses ("Lopez" and
"Minister Lopez" -> "Maria Lopez"), a type, and, where the article gives one, a role (see
:mod:`.roles`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from gender_guesser.detector import Detector
from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..ingest import Document
from .deps import MODIFIERS, is_apposition, is_subject
from .lookup import LEMMA, tokens_in, tokens_tagged
from .numbers import CURRENCY_SYMBOLS, MONTHS, SHARED_SYMBOLS, WEEKDAYS, unit_name
from .places import city_country, country_of, nationality_of, region_of
from .quotemarks import Quotations
from .roles import PERSON_ENDINGS, STAFF_NOUNS, TITLE_QUALIFIERS, TITLE_WORDS, find_roles, is_title, staff_noun
from .sentences import joined, unclosed_bracket

#: spaCy labels that name someone or something that can take part.
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
#: An owner's name before the name it owns ("Chile’s Senate"): the owner.
OWNER = re.compile(r"^(.*?)['’]s\s+")
_EDGE = re.compile(r"^[\W_]+|[^\w.)]+$")
#: Last words of institutions that belong to a state, legal forms after a company's name, last
#: words of names of things rather than actors: word lists of :mod:`quizgen.lexicon`.
INSTITUTIONS = lexicon.words("institutions")
LEGAL_FORMS = lexicon.words("legal_forms")
_LEGAL_FORM_AFTER = re.compile(r",?(?: (?:%s)(?![\w/-]))+" % "|".join(sorted(map(re.escape, LEGAL_FORMS), key=len, reverse=True)),
                               re.IGNORECASE)  # "Acme Ltd", "Acme Pty Ltd"
THINGS = lexicon.words("things")
STORMS = lexicon.words("storm_kinds")
#: Last words of company names ("… Shipping"); kinds of organisation ("… Bank"); verbs of saying;
#: nouns for what a source publishes ("a report by", "data from"); bodies of a state news names in
#: lower case ("the defence ministry"): word lists of :mod:`quizgen.lexicon`.
COMPANY_WORDS = lexicon.words("company_name_words")
#: Prepositions that make a name a place things happen at ("at Old Trafford", "a mother in Elizabeth").
PLACE_PREPOSITIONS = ("at", "in", "on", "into", "near", "outside", "inside")
#: Honorifics written as part of a name ("Sir Anthony Maddox", "Dame Ann Leslie", a judge's "Lord Kinnell").
NAME_HONORIFICS = ("Sir", "Dame", "Lord", "Lady")
#: Letters and suffixes written after a person's name ("KC", "MP", "Jr"): a word list of :mod:`quizgen.lexicon`.
POST_NOMINALS = lexicon.words("post_nominals")
#: Of those, the ones that are part of the name itself ("Martin Luther King Jr").
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
ORGANISATION_KINDS = lexicon.words("organisation_kinds")
#: Kinds of organisation that are businesses: any of them may describe another ("X Bank … the lender").
BUSINESS_KINDS = lexicon.words("business_kinds")
CUE_VERBS = lexicon.words("cue_verbs")
#: Nouns for a share of an organisation ("shares in Acme"): a word list of :mod:`quizgen.lexicon`.
STAKE_NOUNS = lexicon.words("stake_nouns")
SOURCE_NOUNS = lexicon.words("source_nouns") | lexicon.words("document_nouns")
STATE_BODIES = lexicon.words("state_bodies")
#: Titles as a token's lower case reads them ("gov", "gov.").
_TITLE_FORMS = TITLE_WORDS | {word + "." for word in TITLE_WORDS}
#: Last words of organisations' names.
_NAME_ENDS = ORGANISATION_KINDS | INSTITUTIONS | COMPANY_WORDS
#: spaCy labels a speaking or cited source may wrongly carry ("Oxfam" as a place).
_MISLABELLED = ("", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
_TIME_ZONES = lexicon.words("time_zones")
#: Words for a politician's party written before their name ("Democrat Nadine Hale"): a word list of :mod:`quizgen.lexicon`.
PARTY_AFFILIATIONS = lexicon.words("party_affiliations")
#: Nouns for someone who speaks for an organisation ("a company spokesperson" is the company's): a word list of
#: :mod:`quizgen.lexicon`.
SPEAKING_FOR = lexicon.words("speaking_for_nouns")
#: Dependencies of a verb's arguments.
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "dative"})


def title_length(words: list[str]) -> int:
    """How many leading words are a title, with the capitalised words before it (a nationality or
    portfolio: "Chilean President Gabriel Boric" -> 2, "EU Competition Commissioner Ana Ruiz" -> 3);
    the last word is always kept, and so is a
    knighthood, written as part of the name ("judge Sir Anthony Maddox" -> 1), and a word that only
    qualifies a title is one only before it ("State Sen. X", not "Ogun State Police Command")."""
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word in NAME_HONORIFICS:
            break
        if is_title(word) and not (word.lower() in TITLE_QUALIFIERS and not is_title(words[i + 1])):
            cut = i + 1
        elif cut and not (word.lower() == "of" and cut == i) or not cut and not word[:1].isupper():
            break  # the name starts after the title; before it, capitalised words are its portfolio
    return cut


@lru_cache(maxsize=65536)
def normalize_name(text: str, *, person: bool = True) -> str:
    """The name in a mention as written: no whitespace runs, no possessive, no leading "the",
    and for people no titles and no letters after the name ("President Boric’s" -> "Boric",
    "Mary Doyle KC" -> "Mary Doyle")."""
    text = _EDGE.sub("", " ".join(text.split()))
    text = _POSSESSIVE.sub("", text)
    words = text.split()
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if person:
        words = words[title_length(words):]
        while len(words) > 2 and words[-1].lower().rstrip(".") in POST_NOMINALS - _GENERATIONS:
            words = words[:-1]
    return " ".join(words)


@lru_cache(maxsize=65536)
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
    #: canonical name -> its best role, as written ("Its chairman"; "his counterpart" names whose: "counterpart of X").
    roles: dict[str, str] = field(default_factory=dict)
    #: canonical name -> its best role as it reads out of context ("chairman of Harbour Bank", "a nurse"), where that differs.
    roles_standalone: dict[str, str] = field(default_factory=dict)
    #: canonical name -> the other roles the article gives it, as written ("state Sen." of X, "the bill's sponsor").
    other_roles: dict[str, list[str]] = field(default_factory=dict)
    #: canonical name -> [start, end) of the mention that carries its role.
    role_spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: canonical name -> [start, end) of its role words.
    role_extents: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: canonical name of a person -> "he" or "she", from a courtesy title before a mention ("Ms Lind")
    #: or a first name given to one sex; ``likely_pronouns`` also from one given mostly to one.
    pronouns: dict[str, str] = field(default_factory=dict)
    likely_pronouns: dict[str, str] = field(default_factory=dict)
    #: canonical name of a company -> its name with the legal form the article first writes after it
    #: ("Acme" -> "Acme Co."), which is how it speaks.
    legal_names: dict[str, str] = field(default_factory=dict)
    #: canonical name of an organisation -> the nouns that stand for it ("the regulator" said).
    kind_mentions: dict[str, list[Token]] = field(default_factory=dict)
    #: end of a mention by a word several people's names share -> whom it names there ("Mr. Kim").
    settled: dict[int, str] = field(default_factory=dict)

    @classmethod
    def from_doc(cls, sdoc: Doc, document: Document) -> "People":
        def said(start: int, end: int) -> bool:  # not in boilerplate, a dateline, a byline or a credit line
            return not document.overlaps(start, end)

        spans = [s for s in _name_spans(sdoc) if said(s.start_char, s.end_char)]
        text = document.analysis_text
        canonical = _canonical_names(spans, {_form(s) for s in spans if _legal_form_after(text, s.end_char)})
        canonical |= _bracketed_names(spans, canonical)
        canonical |= _family_names(canonical)
        surnames = _surnames(canonical)
        canonical |= surnames
        spans += _repeated_mentions(sdoc, text, canonical, spans, said, frozenset(surnames))
        mentions = sorted(
            (Mention(s.start_char, s.end_char, s.text, canonical[_form(s)][0], s.label_) for s in spans),
            key=lambda m: m.start,
        )
        people = cls(mentions=mentions)
        for form, (name, _) in canonical.items():
            people.names[name_key(form)] = name
            people.names.setdefault(name_key(name), name)
        titled = {canonical[_form(s)][0] for s in spans if s.start and _titled_word(sdoc[s.start - 1])}
        legal_forms = [(m, after) for m in mentions if (after := _LEGAL_FORM_AFTER.match(text, m.end)) is not None]
        companies = {m.name for m, after in legal_forms if _capitalised(after)}
        people.types = _majority_types(mentions, {name: label for name, label in canonical.values()}, titled, companies)
        people._settle_shared_words()
        for mention, legal_form_after in legal_forms:
            if people.types.get(mention.name) == "ORG":
                named = mention.name if mention.name.endswith(mention.text) else mention.text  # not "Group" + " Pty Ltd"
                legal = normalize_name(named + legal_form_after.group(), person=False)
                people.legal_names.setdefault(mention.name, legal)
                people.names.setdefault(name_key(legal), mention.name)
        people.pronouns, people.likely_pronouns = _pronouns(text, mentions, _own_pronouns(spans, canonical))
        quoted = Quotations(text)
        unquoted = [s for s in spans if s.start_char not in quoted]  # "the cheapest air filter Utah will buy" is no role
        found = find_roles([(people.names[name_key(_form(s))], with_legal_form(s)) for s in unquoted])
        found = {name: kept for name, roles in found.items() if (kept := [r for r in roles if r.extent[0] not in quoted])}
        for name, (role, *others) in found.items():  # no role quoted words give ("“This is the end of the road” - X")
            stated = role.text  # a person's role owned by another ("his counterpart") names them, as the annotation does
            if stated.split(" ", 1)[0].lower() in ("his", "her"):
                stated = people._owner_named(name, stated, role.mention, role.head)
            people.roles[name] = stated
            if (alone := people._owner_named(name, role.core or role.text, role.mention, role.head)) != stated:
                people.roles_standalone[name] = alone
            people.other_roles[name] = [r.text for r in others]
            people.role_spans[name] = (role.mention.start_char, role.mention.end_char)
            people.role_extents[name] = role.extent
        for noun in _kind_nouns(sdoc):  # an organisation with no role is what the reporter calls it ("the regulator")
            if noun.idx in quoted or any(a.dep_ == "relcl" for a in noun.ancestors) or any(
                    c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.rights) or any(
                    s.start <= noun.i < s.end for s in spans):  # not "X, which covers the group", nor "the resort
                continue  # operator Grupo Costa Turquesa", the role of the name after it, nor part of a name ("the Kell campaign")
            meant = people.organisation_meant(sdoc, noun, counts=lambda span: _may_be_called(span.text, noun))
            described = people.resolve(meant.text) if meant is not None and said(noun.idx, noun.idx + 1) else None
            if described is not None and people.type_of(described) == "ORG" and (
                    noun.lower_ in described.lower().split() or described == people.last_before(noun.idx, ("ORG",))):
                people.roles.setdefault(described, _description(noun))
                people.kind_mentions.setdefault(described, []).append(noun)
        return people

    def _settle_shared_words(self) -> None:
        """A word several people's names share ("Kim" of "Kim Hye-won" and "Kim Tae-hoon", "Mr. Kim")
        names, at each mention, the one of them named in full last before it."""
        people = [n for n, kind in self.types.items() if kind == "PERSON" and len(_person_words(n)) > 1]
        shared = {w for w, n in Counter(w for name in people for w in set(_person_words(name))).items() if n > 1}
        last: dict[str, str] = {}
        for k, mention in enumerate(self.mentions):
            words = _person_words(normalize_name(mention.text))
            if len(words) > 1 and mention.name in people:
                last |= {w: mention.name for w in _person_words(mention.name)}
            elif len(words) == 1 and words[0] in shared and words[0] in last:
                self.mentions[k] = replace(mention, name=last[words[0]])
                self.settled[mention.end] = last[words[0]]

    def _owner_named(self, name: str, role: str, mention: Span, head: Token) -> str:
        """ "his counterpart" -> "counterpart of <the person last named before>", "its chief
        executive" -> "chief executive of <the organisation or state last named before>" ("X, whose
        presenter" -> "presenter of X"): the name the role is joined to ("X and its parent"), else one
        named in the same sentence or the one before, a subject first (else the owner is someone
        unnamed: "The union …")."""
        first, _, rest = role.partition(" ")
        kinds = {"his": ("PERSON",), "her": ("PERSON",), "its": ("ORG", "GPE"), "whose": ("ORG", "GPE", "PERSON")}.get(
            first.lower())
        if not kinds or not rest:
            return role
        conjunct = head.head
        joined = self.resolve(head.doc[conjunct.left_edge.i: conjunct.i + 1].text) if head.dep_ == "conj" and (
            conjunct.pos_ == "PROPN") else None
        if joined is not None and self.types.get(joined) in kinds and joined != name:
            return f"{rest} of {joined}"
        sentence = mention.sent
        since = mention.doc[sentence.start - 1].sent.start_char if sentence.start else 0
        subjects = [m.name for m in self.mentions if since <= m.start and m.end <= mention.start_char and self.types.get(m.name) in kinds
                    and (span := mention.doc.char_span(m.start, m.end)) is not None and is_subject(span.root)]
        owner = subjects[-1] if subjects else self.last_before(mention.start_char, kinds, since)
        return f"{rest} of {owner}" if owner and owner != name else role

    def resolve(self, mention: str) -> str | None:
        """The fullest name in the document for a mention ("Lopez" -> "Maria Lopez"), or None.

        A first or last name the document never used alone still resolves when exactly one
        person has it ("President Boric" -> "Gabriel Boric", "bin Salman" -> "Fahad bin Salman"), and
        an acronym or first words the document never used alone when exactly one organisation's
        name has them ("ADB" -> "Asian Development Bank", "Stoneview" -> "Stoneview Construction").
        """
        as_written, untitled = (name_key(normalize_name(mention, person=p)) for p in (False, True))
        owned = name_key(normalize_name(OWNER.sub("", mention), person=False))  # "Chile’s Senate"
        for key in (as_written, untitled, owned):
            if key in self.names:
                return self.names[key]
        words = _person_words(untitled)
        if len(words) > 2 and country_of(words[0]):  # "Wales Ceri Pugh": a title's place run into the name
            return self.resolve(mention.split(" ", 1)[1])
        fuller = {
            name for name, kind in self.types.items()
            if kind == "PERSON" and len(_person_words(name)) > len(words)
            and words in (_person_words(name)[: len(words)], _person_words(name)[-len(words):])
        }
        if not fuller and words and not (len(words) == 1 and _given_name(mention)):  # "López", "la Fuente"
            fuller = {name for name, kind in self.types.items() if kind == "PERSON" and _inner_run(words, _person_words(name))}
        if not fuller and words and mention[:1].isupper():
            letters = acronym_letters(mention.strip()) if len(words) == 1 else None
            fuller = {  # "an ADB spokesperson": the Asian Development Bank; "Stoneview" for "Stoneview Construction"
                name for name, kind in self.types.items() if kind == "ORG" and len(name.split()) > len(words) and (
                    letters in _initials(name) if letters else as_written == name_key(
                        normalize_name(" ".join(name.split()[:len(words)]), person=False)))
            }
        return fuller.pop() if len(fuller) == 1 else None

    def role(self, name: str) -> str | None:
        """The role the article gives this canonical name, or None."""
        return self.roles.get(name)

    def every_role(self, name: str) -> list[str]:
        """Every role the article gives this canonical name, the best first."""
        return [self.roles[name], *self.other_roles.get(name, [])] if name in self.roles else []

    def type_of(self, name: str) -> str | None:
        """PERSON, ORG, GPE or NORP."""
        return self.types.get(name)

    def last_before(self, offset: int, types: Iterable[str] = ("PERSON",), since: int = 0) -> str | None:
        """Canonical name of the most recent mention of one of ``types`` ending before ``offset``
        (and starting at ``since`` or later)."""
        wanted = set(types)
        for mention in reversed(self.mentions[: bisect_left(self.mentions, offset, key=lambda m: m.start)]):
            if mention.start < since:
                return None
            if mention.end <= offset and self.types.get(mention.name) in wanted:
                return mention.name
        return None

    def organisation_meant(self, sdoc: Doc, noun: Token, counts: Callable[[Span], bool] = lambda _: True) -> Span | None:
        """The mention of the organisation a noun refers to: one named before whose name holds the
        noun ("the ministry"; with none named before, the first named after that holds it; not from an
        earlier paragraph when another acts in the noun's own), else, for "the" + a kind of organisation ("the company", "the bank"),
        of those it may be (a kind of business is no body named as another kind; another kind is no
        company), the one named before whose role holds the noun ("Korvex, the battery maker"), else the
        nearest one that did something (see :func:`_does`), else the nearest whose name says it is of that kind
        ("the lender": "… Bank"; lexicon ``kind_name_words``), else the nearest one. Mentions ``counts``
        rejects (inside quotes) are passed over."""
        before = [span for span in self._organisations_near(sdoc, noun)
                  if counts(span) and span.root.head != noun]  # not "UN" of "the UN agency"
        named = next((span for span in before if noun.lower_ in span.text.lower().split()), None)
        paragraph = next((t.idx for t in reversed(sdoc[:noun.i]) if "\n" in t.text_with_ws), -1)  # its paragraph's start
        here = next((span for span in before if span.start_char > paragraph and _does(span.root)), None)
        if named is not None and here is not None and here.start > named.end and named.end_char < paragraph:
            named = None  # "the farmers' union" is the body acting in its paragraph, not the European Union named before
        if named is None and not before:  # a lede's "their union called it …", the union named after
            named = next((span for span in self._organisations_near(sdoc, noun, after=True) if counts(span)
                          and noun.lower_ in span.text.lower().split()), None)
        if named is not None:
            return named
        kind = noun.lemma_.lower() in ORGANISATION_KINDS and any(  # "the union", "their union", "the farmers' union"
            c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and (c.lower_ in ("their", "his", "her") or c.pos_ == "NOUN")
            for c in noun.children) or noun.dep_ == "compound" and noun.head.lemma_.lower() in SPEAKING_FOR  # "a company spokesperson"
        # (not "its union": another's)
        if noun.lemma_.lower() in BUSINESS_KINDS:  # "the company" is no "… Institutes of Health Research"
            before = [span for span in before if _may_be_called(self.resolve(span.text) or span.text, noun)]
        else:  # and "the regulator" no "Acme Inc."
            before = [span for span in before if not self._company(self.resolve(span.text) or span.text)]
        if not kind or not before:
            return None
        roles = [s for s in before if noun.lemma_.lower() in (self.role(self.resolve(s.text) or "") or "").lower()]
        subjects = [s for s in before if _does(s.root)]
        name_words = set(lexicon.table("kind_name_words").get(noun.lemma_.lower(), "").split())  # "the lender": "… Bank"
        said_to_be = [s for s in before if name_words & set((self.resolve(s.text) or s.text).lower().split())]
        return (roles or subjects or said_to_be or before)[0]

    def _company(self, name: str) -> bool:
        """A name that says it is a company's: written with a legal form ("Acme Inc.") or ending in a word
        for one ("Acme Airlines")."""
        return name in self.legal_names or name.split()[-1].lower() in COMPANY_WORDS

    def _organisations_near(self, sdoc: Doc, token: Token, *, after: bool = False) -> Iterator[Span]:
        """Mentions of organisations before ``token`` (or after it), nearest first."""
        k = bisect_left(self.mentions, token.idx, key=lambda m: m.start)
        for mention in self.mentions[k:] if after else reversed(self.mentions[:k]):
            if (mention.start > token.idx if after else mention.end <= token.idx) and self.types.get(mention.name) == "ORG":
                span = sdoc.char_span(mention.start, mention.end)
                if span is not None:
                    yield span

    def mentions_of(self, name: str) -> list[Mention]:
        """Every mention of a canonical name, in reading order."""
        return self._by_name.get(name, [])

    @cached_property
    def _by_name(self) -> dict[str, list[Mention]]:
        by_name: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            by_name.setdefault(mention.name, []).append(mention)
        return by_name


def _does(token: Token) -> bool:
    """The name does what its clause says: its subject, but not of a passive verb ("X is made by
    Y"), or the agent after that verb's "by" (Y, also by its legal form: "by Acme Plc")."""
    while token.dep_ == "compound" and legal_form(token.head):
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ == "agent":
        return True
    return is_subject(token) and token.dep_ != "nsubjpass"


def _kind_nouns(sdoc: Doc) -> Iterator[Token]:
    """ "the" + a kind of organisation outside any name ("the regulator", "the health trust")."""
    for token in tokens_in(sdoc, ORGANISATION_KINDS):  # a singular common noun ("NN") is its own lemma
        if token.tag_ == "NN" and not token.ent_type_ and any(
                c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            yield token


def _description(noun: Token) -> str:
    """What a kind of organisation calls it: its apposition ("the council, an arm's-length agency
    that monitors …"), else the noun with its modifiers ("the health trust")."""
    appos = next((c for c in noun.rights if c.dep_ == "appos"), None)
    words = [t for t in appos.subtree if not t.is_punct or t.i < appos.right_edge.i] if appos is not None else [
        *(t for t in noun.lefts if t.dep_ in MODIFIERS or t.dep_ == "det"), noun]
    return joined(words)


def _may_be_called(name: str, noun: Token) -> bool:
    """Whether a kind of organisation may describe the name: not when its name says it is another
    kind, unless both are kinds of business ("the company" is not the "… Aviation Board", but "the
    lender" may be "… Bank"). (A description names an organisation whose name holds its noun, or
    the last one named.)"""
    kinds = {kind for w in name.lower().split() for kind in (w, w.removesuffix("s")) if kind in ORGANISATION_KINDS}
    kind = noun.lemma_.lower()
    return not kinds or kind in kinds or kind in BUSINESS_KINDS and bool(kinds & BUSINESS_KINDS)


def _name_spans(sdoc: Doc) -> list[Span]:
    """spaCy's name entities, trimmed ("the", "'s", a dangling "for", a legal form "& Co"),
    split at "and", relabelled PERSON after a title ("President Gabriel Boric") and ORG when
    ending in a kind of organisation ("Bear Creek Regional Airport" read as a building), and spelt
    out before an acronym in brackets; names of things ("the X Initiative") are left out."""
    out: list[Span] = []
    companies: list[list[str]] = []
    wholes: list[Span] = []
    part: Span | None
    kind_named = _kind_named(sdoc)
    campaigns = _campaigns(sdoc)
    wholes += campaigns  # "Kolb for Kansas": its candidate's surname is no mention of him
    found = [*_joined_people(sdoc), *_unlabelled_people(sdoc), *_unlabelled_sources(sdoc), *_state_bodies(sdoc),
             *_defined_acronyms(sdoc), *_outlets_told(sdoc), *campaigns, *_pollsters(sdoc), *_described_organisations(sdoc),
             *_acronyms_staffed(sdoc)]
    for ent in [e for e in found if not any(k.start <= e.start and e.end <= k.end for k in kind_named)] + kind_named:
        if ent.label_ in _MISLABELLED + ("LAW", "EVENT") and (named := _trim(ent)) is not None and (
                len(named) > 1 and (ends_in_kind(named) or named[-1].tag_ == "NNPS" and is_subject(named.root))
                or _owning(named) is not None):
            ent = Span(sdoc, ent.start, ent.end, label="ORG")  # "the Netball Players' Union" read as a law,
            # "The Sunshine Coast Pelicans came from behind" as a work
        elif ent.label_ in _MISLABELLED + ("GPE",) and (named := _trim(ent)) is not None and _company_or_speaker(named):
            ent = Span(sdoc, ent.start, ent.end, label="ORG")  # "shares in Barclays" read as a place, "Oxfam warned" as one
        elif ent.label_ in _MISLABELLED and (named := _trim(ent)) is not None and (_titled_person(named) or len(named) > 1 and (
                _after_title(named) and _given_name(named[0].text)
                or not ends_in_kind(named) and _described_as_person(named.root))):
            ent = Span(sdoc, ent.start, ent.end, label="PERSON")  # "Mayor Trent Callaghan" read as a title of a work,
            # "Insp. Declan Furey" as a place, "Aroha Te Whata, a nurse," as a work
        if ent.label_ not in NAME_TYPES:
            continue
        for part in _split_conjuncts(ent):
            part = _trim(part)
            if part is None or _names_thing(part) or _title_domain(part) or not _a_name(part):
                continue
            label = ent.label_
            if len(part) > 2 and part[0].lower_ in PARTY_AFFILIATIONS and _given_name(part[1].text):
                part, label = part[1:], "PERSON"  # "Democrat Nadine Hale" read as an organisation
            if label in ("ORG", "GPE") and (owned := _owning(part)) is not None:
                part, label = owned, "ORG"  # "St Dyfrig's" + "University Hospital"
                wholes.append(part)
            if legal_form(part[-1]):
                while part is not None and len(part) > 1 and legal_form(part[-1]):  # "Pty Ltd", "Sdn Bhd"
                    part = _trim(part[:-1])
                if part is None or legal_form(part[-1]):
                    continue
                label = "ORG"
                companies.append([t.text for t in part])
            if label != "PERSON" and part[0].pos_ == "PROPN" and (
                    _after_title(part) or _titled_person(part) or _after_job(part)):
                label = "PERSON"
            if label in ("ORG", "GPE") and len(part) > 1 and not ends_in_kind(part) and not (
                    country_of(part.text) or region_of(part.text)) and _described_as_person(part.root):
                label = "PERSON"  # "Ama Owusu, who …", "Ana Costa, a spokeswoman"
            while label == "PERSON" and len(part) > 1 and part[0].pos_ == "NOUN" and part[1].pos_ == "PROPN":
                part = part[1:]  # "Farmer Ana Ruiz": a job, not a name
            if label == "PERSON" and part[0].pos_ != "PROPN":  # "Anonymous Chilean (official)"
                continue
            if label == "PERSON" and len(part) == 1 and part.root.dep_ == "pobj" and part.root.head.lower_ in PLACE_PREPOSITIONS:
                label = "GPE"  # "a mother of two in Elizabeth": one word after "in" is a place, not a person
            if label == "PERSON" and (len(part) == 1 and (acronym_letters(part.text) or _speaks_of_itself_as_it(part.root))
                                      or part[-1].tag_ == "NNPS" and (not _given_name(part[0].text) or _after_the(part))):
                label = "ORG"  # an acronym, "Ofgem said it would", or a plural: "Acme Rovers", "the Hobart Herons"
                # (not "Dale Hutchins")
            if label in ("PERSON", "NORP") and len(part) > 1 and ends_in_kind(part):
                label = "ORG"  # "Harbour Bank", "Calder University", "Lisbon Council"
            if label in ("PERSON", "GPE", "NORP") and (_kind_first(part) or _described_as_organisation(part.root) or (
                    part.start > 0 and _kind_leading_sentence(sdoc[part.start - 1]))):
                label = "ORG"  # "Police Scotland"; "Shelter Cymru, a housing charity"; "Insurer Aviva"
            if label == "PERSON" and (any(t.lower_ in ("and", "&", "for") for t in part[1:-1]) or _which_clause(part.root)
                                      and not _given_name(part[0].text)):
                label = "ORG"  # one name holding "and": "Queensland Fire and Rescue"; "X, which represents …"
            if label == "PERSON":
                part = part[title_length([t.text for t in part]):]
                while len(part) > 2 and part.start and sdoc[part.start - 1].pos_ == "ADP" and country_of(part[0].text):
                    part = part[1:]  # "Secretary for Wales Ceri Pugh": the title's place, then the name
            if label == "ORG":
                part = _without_home(_after_kind(_with_owner(_completed(part))))
            out.append(Span(sdoc, part.start, part.end, label=label))
            if (full := _spelled_out(part)) is not None and not any(
                    s.start <= full.start and full.end <= s.end for s in out):  # not the end of a name found
                out.append(full)
                wholes.append(full)  # its words are no names of their own ("Medicines", "Healthcare")
    out = list({(s.start, s.end): _as_company(s, companies) for s in out}.values())
    first_start: dict[tuple[int, str], int] = {}
    for s in out:
        first_start[s.end, s.label_] = min(s.start, first_start.get((s.end, s.label_), s.start))
    out = [s for s in out if not any(f.start <= s.start and s.end <= f.end and len(f) > len(s) for f in wholes) and not (
        first_start[s.end, s.label_] < s.start and s.doc[s.start - 1].tag_ != "POS")]
    # nor "Group" of "Derwent Airports Group" (but "Center for …" of "Sonoran State University's Center for …" is)
    ends = {s[-1].lower_ for s in out if len(s) > 1}
    out = [s for s in out if not _bare_kind(s) or s[0].lower_ in ends]  # "the Fund" of "International Monetary Fund"
    return out + _conjoined_names(sdoc, out)


def _company_or_speaker(named: Span) -> bool:
    """A name that is no country, region or city and is owned in shares ("shares in Barclays") or,
    labelled no place, says something ("Oxfam warned"): an organisation, whatever spaCy took it for."""
    if country_of(named.text) or region_of(named.text) or city_country(named.text):
        return False
    root = named.root
    return (root.dep_ == "pobj" and root.head.lower_ == "in" and root.head.head.lemma_.lower() in STAKE_NOUNS
            or root.dep_ == "nsubj" and root.head.lemma_ in CUE_VERBS and named.label_ != "GPE")


def _after_the(span: Span) -> bool:
    return span.start > 0 and span.doc[span.start - 1].lower_ == "the"


def _joined_people(sdoc: Doc) -> list[Span]:
    """spaCy's entities, with a person's name it cut in two joined again ("Abdulaziz" "bin Salman") or
    cut from its knighthood ("Sir" "Anthony Maddox"), a kind of organisation cut from its owner's
    name joined back ("St Brigid's" "Hospital"), and a name right after a kind of organisation
    ("the charity X", "the broadcaster Y") an organisation."""
    out: list[Span] = []
    for ent in sdoc.ents:
        if (of := _person_of_organisation(ent)) is not None:  # "Felipe Roa of Meridian Sports Management"
            out += [Span(sdoc, ent.start, of, label="PERSON"), Span(sdoc, of + 1, ent.end, label="ORG")]
            continue
        if ent.label_ == "ORG" and ent[-1].pos_ in ("CCONJ", "ADP"):  # "the Organisation for … and" Development
            end = ent.end
            while end < len(sdoc) and sdoc[end].pos_ == "PROPN" and sdoc[end].text[:1].isupper():
                end += 1
            ent = Span(sdoc, ent.start, end, label="ORG")
        if ent.label_ == "ORG" or legal_form(ent[-1]):  # "Dunmore" of "Dunmore Keane LLP" taken for a person's
            ent = Span(sdoc, _name_start(ent), ent.end, label="ORG")
            while out and out[-1].end > ent.start:  # "UK" of the "UK Marine Futures Council"
                out.pop()
        start = ent.start  # a first name spaCy left out of a one-word name ("Ana" of "Ana Costa", "Lt Col Ana Costa")
        while len(ent) == 1 and start and sdoc[start - 1].pos_ == "PROPN" and sdoc[start - 1].dep_ == "compound" and not (
                sdoc[start - 1].ent_type_ or _titled_word(sdoc[start - 1])) and ent.start <= sdoc[start - 1].head.i < ent.end and (
                ent.label_ != "PERSON" or start > 1 and _titled_word(sdoc[start - 2])
                or _given_name(sdoc[start - 1].text)):
            start -= 1
        if start == ent.start and ent.label_ == "PERSON":
            start = _given_names_before(ent)
        if start < ent.start:
            ent = Span(sdoc, start, ent.end, label="PERSON" if _described_as_person(ent.root) else ent.label_)
        if ent.label_ == "PERSON" and ent.start and sdoc[ent.start - 1].text in NAME_HONORIFICS:
            ent = Span(sdoc, ent.start - 1, ent.end, label="PERSON")  # a knighthood is written as part of the name
        before = sdoc[ent.start - 1] if ent.start else None
        if before is not None and before.lemma_.lower() in ORGANISATION_KINDS and ent.label_ != "ORG" and not (
            ent.label_ == "PERSON" and len(ent) > 1 and _given_name(ent[0].text)
        ) and (  # "to centre Jayden Koroi" is a player
            ent.root.head == before or before.head == ent.root or (before.head, before.dep_) == (ent.root.head, ent.root.dep_)
        ):  # also when the parser made them two subjects
            ent = Span(sdoc, ent.start, ent.end, label="ORG")
        last = out[-1] if out else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end:
            out[-1] = Span(sdoc, last.start, ent.end, label="PERSON")
        elif last is not None and ent.start == last.end and last[-1].tag_ == "POS" and ends_in_kind(ent) and len(ent) == 1:
            out[-1] = Span(sdoc, last.start, ent.end, label="ORG")  # "St Brigid's" "Hospital"
        else:
            out.append(ent)
    return out


def _given_names_before(ent: Span) -> int:
    """Where a person's name starts when spaCy kept only its last words ("Ortega" of "María Fernanda
    López Ortega"): back over up to three proper nouns compounding into it, to the first known first
    name among them; else where it starts."""
    sdoc, start = ent.doc, ent.start
    for j in range(ent.start - 1, max(ent.start - 4, -1), -1):
        word = sdoc[j]
        if not (word.pos_ == "PROPN" and word.dep_ == "compound" and word.text[:1].isupper() and j < word.head.i < ent.end
                and not (word.ent_type_ or _titled_word(word))):
            break
        if _given_name(word.text):
            start = j
    return start


def _person_of_organisation(ent: Span) -> int | None:
    """Where "of" parts a person's name from their organisation's in one entity of spaCy's ("Felipe
    Roa of Meridian Sports Management"): a known first name and capitalised words before it, no kind
    of organisation among them."""
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if ent.label_ not in ("ORG", "PERSON") or of is None or of - ent.start < 2 or of + 1 >= ent.end:
        return None
    person = ent.doc[ent.start: of]
    if not _given_name(person[0].text) or not all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _NAME_ENDS for t in person):
        return None
    return of


def _name_start(ent: Span) -> int:
    """Where an organisation's name starts: before it, capitalised words (and "and" between them)
    that modify a word of it ("Nursing and" Midwifery Standards Board, "UK" Marine Futures Council),
    up to a title."""
    sdoc, start = ent.doc, ent.start

    def modifies(token: Token) -> bool:
        return start <= token.head.i < ent.end and token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ") and (
            not _titled_word(token))  # "President" X is a person's title

    while start > 0:
        if modifies(sdoc[start - 1]):
            start -= 1
        elif start > 1 and sdoc[start - 1].lower_ == "and" and modifies(sdoc[start - 2]):
            start -= 2
        else:
            break
    return start


def _kind_named(sdoc: Doc) -> list[Span]:
    """Capitalised names ending in a kind of organisation, an institution or a word of a company's
    name, with an "of"/"for" part after it ("North Harbour NHS Trust", "Federation of Small
    Firms", "Halvern Capital"), and capitalised names a lower-case kind of organisation describes
    (:func:`_named_as_kind`), as organisations, where spaCy found them in part or not at
    all (a name within a longer entity of spaCy's, or holding a person, is left to spaCy)."""
    ents = [e[1:] if len(e) > 1 and e[0].lower_ == "the" else e for e in sdoc.ents if e.label_ != "PERSON"]
    out: list[Span] = []
    for kind in tokens_in(sdoc, _NAME_ENDS):
        if not _name_word(kind) or out and kind.i < out[-1].end:
            continue
        start, end = kind.i, kind.i + 1
        while start > 0 and (_name_word(sdoc[start - 1]) or start > 1 and sdoc[start - 1].lower_ in ("and", "&") and _name_word(sdoc[start - 2])):
            start -= 1
        if start == kind.i and start > 0 and _lone_person_word(sdoc[start - 1], kind):
            start -= 1  # "Tyne FM" with "Tyne" read as a person
        after = end + 1 + (end + 1 < len(sdoc) and sdoc[end + 1].lower_ == "the")
        if end < len(sdoc) and sdoc[end].lower_ in ("of", "for") and after < len(sdoc) and _name_word(sdoc[after]):
            end = after
            while end < len(sdoc) and (_name_word(sdoc[end]) or sdoc[end].lower_ == "and" and end + 1 < len(sdoc) and _name_word(sdoc[end + 1])):
                end += 1
        span = Span(sdoc, start, end, label="ORG")
        if len(span) > 1 and not any(e.start < end and start < e.end and not (start <= e.start and e.end <= end) for e in ents):
            out.append(span)
    kinds = sorted({*tokens_in(sdoc, ORGANISATION_KINDS, LEMMA), *tokens_in(sdoc, ORGANISATION_KINDS)})  # "Broadcaster"
    apposed = [name for kind in kinds if kind.is_lower or _kind_leading_sentence(kind)
               for name in _named_as_kind(kind) if name.ent_type_ != "PERSON" and (
                   name.pos_ == "PROPN" or name.text[:1].isupper() and _of_part_end(name))]  # "Friends of the Sea, a charity"
    for name in apposed:
        start, end = _compounds_start(name), _of_part_end(name) or name.i + 1
        kinds_before = [c.i + 1 for c in name.lefts if c.dep_ == "compound" and c.lemma_.lower() in ORGANISATION_KINDS]
        start = max([start, *kinds_before])  # "Mining giant" + "Glencore"
        link = name.head
        if name.dep_ == "pobj" and link.lower_ in _NAME_LINKS and link.i == start - 1 and link.head.i == link.i - 1 and (
                link.head.text[:1].isupper()):
            start = _compounds_start(link.head)  # "Seeds for" + "Tomorrow, a Choma charity"
        verb = name.head  # a campaign named by what it asks: "Save Our Bayfront, a residents' group"
        led = name.dep_ == "dobj" and verb.i == start - 1 and verb.text[:1].isupper() and all(
            t.text[:1].isupper() for t in sdoc[start: end])
        span = Span(sdoc, verb.i if led else start, end, label="ORG")
        named = led or all(_name_word(t) or t.i == name.i or t.is_punct and not t.whitespace_
                           or t.i > span.start and t.lower_ in _NAME_LINKS for t in span)
        if named and not any(k.start < span.end and span.start < k.end for k in out):
            out.append(span)
    return sorted(out)


def _named_as_kind(kind: Token) -> Iterator[Token]:
    """The heads of names a lower-case kind of organisation describes: in apposition either way
    ("His team, Andes-Vélo Pro Cycling,"; "Médecins Sans Frontières, the medical charity,"), modifying it
    ("mining giant Glencore"), right after
    it ("the charity X said", which the parser may read as two subjects), named before it ("the X group") or
    given as examples of a plural kind ("agencies including Oxfam", "charities such as Shelter")."""
    yield from (c for c in kind.children if c.dep_ == "appos")
    if kind.dep_ == "compound" and kind.head.i > kind.i and kind.head.pos_ == "PROPN":
        yield kind.head  # "mining giant Glencore", "Broadcaster RTÉ"
    if kind.dep_ == "appos":
        yield _nearest_before_comma(kind)
    yield from (c for c in kind.head.children if c.dep_ == kind.dep_ and c.left_edge.i == kind.i + 1)  # parsed as two subjects
    yield from (c for c in kind.lefts if c.dep_ == "compound" and c.i == kind.i - 1 and (
        kind.doc[_compounds_start(c) - 1].lower_ == "the"))  # "the Tyneside Independents group"
    if kind.tag_ == "NNS":
        for prep in kind.children:
            if prep.dep_ == "prep" and (prep.lower_ == "including" or prep.lower_ == "as" and any(
                    c.lower_ == "such" for c in prep.children)):
                for name in prep.children:
                    if name.dep_ == "pobj":
                        yield from (name, *name.conjuncts)


def _nearest_before_comma(appos: Token) -> Token:
    """What an apposition describes: the name right before its comma when the parser hung it on a
    noun further back ("Campaigners from Friends of the Atacama, a charity,": Friends of the Atacama)."""
    doc, head = appos.doc, appos.head
    comma = appos.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or doc[comma - 1].i <= head.i:
        return head
    nearest = doc[comma - 1]
    while nearest.dep_ == "pobj" and nearest.head.lower_ in ("of", "for") and nearest.head.head.text[:1].isupper():
        nearest = nearest.head.head  # "Friends" of "Friends of the Atacama"
    inside = nearest.dep_ == "pobj" and head in nearest.ancestors and nearest.text[:1].isupper()
    return nearest if inside else head


def _of_part_end(name: Token) -> int | None:
    """The end of a capitalised "of"/"for" part after a name's head ("Friends" + "of the Atacama"), or None."""
    prep = next((c for c in name.rights if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i == name.i + 1), None)
    words = list(prep.subtree)[1:] if prep is not None else []
    if not words or not all(w.lower_ in _NAME_LINKS or _name_word(w) for w in words) or not words[-1].text[:1].isupper():
        return None
    return words[-1].i + 1


def _compounds_start(token: Token) -> int:
    """Where the words before a name's last word begin, with capitalised compounds the parser hung
    on the next noun ("Wearside" of "the Wearside Independents group")."""
    start = token.left_edge.i
    while start < token.i and token.doc[start].pos_ == "DET":  # "The Republican Democrats": no "The"
        start += 1
    while start > 0 and token.doc[start - 1].dep_ == "compound" and _name_word(token.doc[start - 1]):
        start -= 1
    return start


def _lone_person_word(token: Token, kind: Token) -> bool:
    """A one-word name spaCy read as a person's, compounded to the last word of an organisation's name."""
    return token.ent_type_ == "PERSON" and token.ent_iob_ == "B" and token.dep_ == "compound" and token.head == kind and (
        token.i + 1 == kind.i and kind.ent_type_ != "PERSON")


def _name_word(token: Token) -> bool:
    """A capitalised word that may be part of an organisation's name: not a title, and not part of a
    person's name, a date or a number."""
    return token.text[:1].isupper() and token.pos_ in ("PROPN", "ADJ", "NOUN") and not _titled_word(token) and (
        token.ent_type_ in ("", "ORG", "GPE", "NORP", "LOC", "FAC", *_MISLABELLED, "LAW"))


def _unlabelled_people(sdoc: Doc) -> list[Span]:
    """Proper nouns spaCy left unlabelled right after a title ("Governor Elise Marchand") or its
    portfolio ("Minister for Health Ciara Dolan"), or of two words or more in apposition to one
    ("the Industries Minister, Prakash Deshmane,"), or after a party starting with a first name
    ("Republican Curtis Ambler"), or of two words or more starting with a first name and described as
    a person ("Joanna Pike, who was appointed …"), as people."""
    out: list[Span] = []
    after = 0
    titles = tokens_in(sdoc, _TITLE_FORMS)
    starts = [(_after_portfolio(t), "titled") for t in titles if t.text[:1].isupper()] + [
        (t.i + 2, "appos") for t in titles if t.i + 1 < len(sdoc) and sdoc[t.i + 1].text == ","] + [
        (t.i + 1, "titled") for t in tokens_in(sdoc, PARTY_AFFILIATIONS)  # "Republican Curtis Ambler"
        if t.text[:1].isupper() and t.i + 1 < len(sdoc) and _given_name(sdoc[t.i + 1].text)] + [
        (t.i, "described") for t in tokens_tagged(sdoc, "PROPN") if not t.ent_type_ and (
            t.i == 0 or sdoc[t.i - 1].pos_ != "PROPN") and t.text[:1].isupper() and _given_name(t.text)]
    for i, start in sorted(starts):
        if i < after or i >= len(sdoc):
            continue
        end = i
        while end < len(sdoc) and sdoc[end].pos_ == "PROPN" and not sdoc[end].ent_type_ and not _titled_word(sdoc[end]):
            end += 1
        named = start == "titled" or end - i > 1 and (
            sdoc[end - 1].dep_ == "appos" and sdoc[end - 1].head.i == i - 2 if start == "appos"
            else _described_as_person(sdoc[end - 1]))
        if end > i and named and not _organisation_word(sdoc[end - 1]):
            out.append(Span(sdoc, i, end, label="PERSON"))
            after = end
    return out


def _after_portfolio(title: Token) -> int:
    """Where a name starts after a capitalised title: next to it, or after its portfolio ("Minister
    for Health Ciara Dolan"): at the first given name of the words after "for"/"of", else at the
    last two."""
    doc, i = title.doc, title.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("for", "of"):
        return i
    run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and not t.ent_type_, doc[i + 1:]))
    if len(run) < 3:
        return i
    given = next((t.i for t in run[1:-1] if _given_name(t.text)), None)
    return given if given is not None else run[-2].i


def _state_bodies(sdoc: Doc) -> list[Span]:
    """A body of a state named in lower case after its nationality, with the words between
    ("the Russian defence ministry", "the Kenyan interior ministry"), or by its portfolio after "the"
    or an owner ("the finance ministry", "the province's health ministry" -> "health ministry"), as an
    organisation."""
    out: list[Span] = []
    for token in tokens_in(sdoc, STATE_BODIES, LEMMA):
        if not token.is_lower or token.ent_type_ not in ("", "ORG"):
            continue
        owners = [c for c in token.lefts if c.ent_type_ in ("NORP", "GPE") and c.dep_ in ("amod", "compound")]
        portfolio = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                     and token.lemma_ in lexicon.words("portfolio_bodies")]
        if owners:
            out.append(Span(sdoc, owners[0].left_edge.i, token.i + 1, label="ORG"))
        elif portfolio and any(c.dep_ == "poss" or c.lower_ == "the" for c in token.lefts):
            out.append(Span(sdoc, portfolio[0].i, token.i + 1, label="ORG"))
    return out


def _campaigns(sdoc: Doc) -> list[Span]:
    """A candidate's campaign named by the candidate ("the Maddox campaign said"), and a campaign committee
    named for the candidate and the place or office sought ("Kolb for Kansas", "Marr for Congress"): organisations."""
    out = [Span(sdoc, c.i - 1, c.i + 1, label="ORG") for c in tokens_in(sdoc, frozenset({"campaign"}))
           if c.i > 1 and sdoc[c.i - 1].pos_ == "PROPN" and sdoc[c.i - 1].dep_ == "compound" and sdoc[c.i - 2].lower_ == "the"]
    for word in tokens_in(sdoc, frozenset({"for"})):
        if not 0 < word.i < len(sdoc) - 1:
            continue
        name, sought = sdoc[word.i - 1], sdoc[word.i + 1]
        surname = name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "") and name.ent_iob_ != "I" and not (
            word.i > 1 and sdoc[word.i - 2].pos_ == "PROPN")  # a full name before "for" is the person ("Ana Ruiz for X")
        place_or_office = sought.text.istitle() and sought.ent_iob_ == "B" and (
            sought.ent_type_ == "GPE" or sought.ent_type_ == "ORG" and sought.lower_ in INSTITUTIONS)
        if surname and place_or_office:
            end = sought.i + 1
            while end < len(sdoc) and sdoc[end].ent_iob_ == "I":
                end += 1
            out.append(Span(sdoc, name.i, end, label="ORG"))
    return out


def _described_organisations(sdoc: Doc) -> list[Span]:
    """A name in capitals (its joining words may be small: "for", "of", "and") that an apposition
    calls a kind of organisation, whatever spaCy labelled it ("Seeds for Tomorrow, a Choma charity,";
    "Rio Grande Forward, a super PAC that …"): an organisation."""
    out: list[Span] = []
    for kind in sdoc:
        name = kind.head
        if not (kind.dep_ == "appos" and kind.pos_ in ("NOUN", "PROPN") and kind.lemma_.lower() in ORGANISATION_KINDS
                and name.i < kind.i and name.text[:1].isupper()):
            continue
        start, end = name.left_edge.i, name.i + 1
        while end < kind.i and sdoc[end].text != ",":
            end += 1
        while start < end and sdoc[start].pos_ == "DET":
            start += 1
        words = sdoc[start:end]
        if words and words[0].text[:1].isupper() and all(
                t.text[:1].isupper() or t.lower_ in ("for", "of", "and", "&", "the") for t in words) and not any(
                t.ent_type_ in ("PERSON", "GPE", "NORP") for t in words):
            out.append(Span(sdoc, start, end, label="ORG"))
    return out


def _acronyms_staffed(sdoc: Doc) -> list[Span]:
    """An acronym spaCy left unlabelled before a word for its staff ("UNICEF spokesperson James
    Elder", "a WFP official"): an organisation."""
    return [Span(sdoc, t.i, t.i + 1, label="ORG") for t in sdoc if t.dep_ == "compound" and not t.ent_type_
            and acronym_letters(t.text) is not None and t.text.isupper() and staff_noun(t.head)]


#: Nouns for what a pollster publishes: the proper nouns before one name the pollster ("a Sunflower Polling survey").
POLL_NOUNS = frozenset({"poll", "survey", "polls", "surveys"})


def _pollsters(sdoc: Doc) -> list[Span]:
    """Capitalised nouns before a poll or survey, after an article, whatever spaCy labelled them
    ("a Golden State Survey poll of 1,050 voters"): an organisation, not a place ("a Texas poll")."""
    out: list[Span] = []
    for noun in tokens_in(sdoc, POLL_NOUNS):
        start = noun.i
        while start > 0 and sdoc[start - 1].pos_ in ("PROPN", "NOUN") and sdoc[start - 1].text[:1].isupper() and sdoc[start - 1].dep_ == "compound":
            start -= 1
        if start < noun.i and start > 0 and sdoc[start - 1].lower_ in ("a", "an", "the") and not any(
                t.ent_type_ in ("GPE", "NORP", "PERSON", "LOC") for t in sdoc[start:noun.i]):
            out.append(Span(sdoc, start, noun.i, label="ORG"))
    return out


def _outlets_told(sdoc: Doc) -> list[Span]:
    """What a speaker "told" when it is "the" and two proper nouns or more, whatever spaCy labelled it
    ("told the Coastal Bend Ledger", also inside a title it ran on from the speaker: "Kowal told the
    Fosseway Mercury"): an organisation, a newspaper or broadcaster; not a person ("told Ana Ruiz") or
    a house ("told the Dáil")."""
    out: list[Span] = []
    for verb in tokens_in(sdoc, frozenset({"tell"}), LEMMA):
        for told in verb.children:
            if told.dep_ == "dobj" and told.pos_ == "PROPN" and told.ent_type_ not in ("PERSON", "GPE", "NORP") and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in told.children):
                start = _compounds_start(told)
                if told.i > start and all(t.text[:1].isupper() for t in sdoc[start: told.i + 1]) and not (
                        told.i - start == 1 and _given_name(sdoc[start].text)):  # "the Trent Valley Echo", not "the Ana Ruiz"
                    out.append(Span(sdoc, start, told.i + 1, label="ORG"))
    return out


def _titled_person(span: Span) -> bool:
    """A name spaCy labelled otherwise that starts with a title or a courtesy title (after a
    nationality) and goes on in proper nouns ("Dr Ana Ruiz", "Dutch MEP Sanne de Vries" as an organisation)."""
    words = [t for t in span if t.text != "."]
    titled = title_length([t.text for t in words])
    return len(words) > 1 and titled > 0 and all(
        t.pos_ == "PROPN" and not _titled_word(t) for t in words[titled:]) and not _organisation_word(words[-1])


def _titled_word(token: Token) -> bool:
    """A title, singular or plural ("Minister", "Ministers")."""
    return is_title(token.text) or is_title(token.lemma_) or is_title(token.text.removesuffix("s"))


def _organisation_word(token: Token) -> bool:
    """A last word of organisations' names rather than people's ("… Data", "… Shipping", "… Bank")."""
    return token.lower_ in SOURCE_NOUNS or token.lower_ in COMPANY_WORDS or token.lower_ in ORGANISATION_KINDS or (
        token.lower_ in INSTITUTIONS)


def _unlabelled_sources(sdoc: Doc) -> list[Span]:
    """Names spaCy left unlabelled, or labelled a place or a product, that speak or are cited as a
    source (:func:`_as_source`): as a person, words described as one ("“…,” Ana Ruiz, the bank's
    economist, said"); as organisations, one capitalised word ("Nordbank said") that never ends a
    longer name (a surname: "Dr Ana Ruiz … Ruiz said"), words ending in a kind of organisation
    or a word of a company's name ("Kestrel Airlines reported"), or words a "which" clause describes."""
    ents = {t.i: ent for ent in sdoc.ents for t in ent}
    proper = tokens_tagged(sdoc, "PROPN")
    after_proper = {t.i + 1 for t in proper}
    surnames = {t.lower_ for t in proper if t.i in after_proper}
    out: list[Span] = []
    for token in proper:
        if token.ent_type_ not in _MISLABELLED or not _as_source(token):
            continue
        span = ents.get(token.i)
        if span is None:
            start = token.i
            while start > 0 and sdoc[start - 1].pos_ == "PROPN" and sdoc[start - 1].head == token and not sdoc[start - 1].ent_type_:
                start -= 1
            span = sdoc[start: token.i + 1]
        if not span.text[:1].isupper() or _titled_word(span[-1]):
            continue
        if len(span) > 1 and not ends_in_kind(span) and _described_as_person(token):
            out.append(Span(sdoc, span.start, span.end, label="PERSON"))
        elif ends_in_kind(span) or (len(span) == 1 and span[0].lower_ not in surnames) or _which_clause(token):
            out.append(Span(sdoc, span.start, span.end, label="ORG"))
    return out


def _as_source(token: Token) -> bool:
    """The name (or the one it is coordinated with) is the subject of a verb of saying, the agent
    of a "by" phrase, the object of "according to", or the source of a report or data; a name
    ending in a kind of organisation ("the Premier League fined …") in any of a verb's arguments."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    head = token.head
    if token.lower_ in ORGANISATION_KINDS and token.dep_ in _ARGUMENTS:
        return True
    if token.dep_ == "nsubj":
        return head.lemma_.lower() in CUE_VERBS
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "by" or (head.lower_ == "to" and head.head.lower_ == "according"):
        return True
    return head.lower_ == "from" and head.head.lemma_.lower() in SOURCE_NOUNS


def _described_as_person(root: Token) -> bool:
    """The name has an apposition naming a person's job ("…, a spokeswoman for …", "…, an economist"),
    or is one ("the health spokeswoman, …,"),
    a relative clause with "who" (also hung on the name it is joined to: "A and B, who chairs"), or is
    the subject of a clause giving it a title ("X was appointed governor")."""
    def job(noun: Token) -> bool:
        return noun.pos_ == "NOUN" and (
            is_title(noun.lemma_) or noun.lemma_.lower() in STAFF_NOUNS or noun.lower_.endswith(PERSON_ENDINGS))

    def who(clause: Token) -> bool:
        return clause.dep_ == "relcl" and any(w.lower_ == "who" for w in clause.children)

    described = (root.dep_ == "appos" and job(root.head) and root.head.lemma_.lower() not in ORGANISATION_KINDS) or any(
        (c.dep_ == "appos" and job(c)) or who(c) for c in root.children
    ) or root.dep_ == "conj" and any(who(c) and c.i > root.i for c in root.head.children)  # "A and B, who chairs …"
    titled = root.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ in ("attr", "oprd") and job(c) for c in root.head.children)
    return described or titled


def _a_name(span: Span) -> bool:
    """Not a bare title ("the CFO said"), a time zone ("GMT"), kinds of organisation ("Operators had
    left") nor a unit after a number ("95 degrees Fahrenheit")."""
    word, before = span[0], span.doc[span.start - 1] if span.start else None
    return not (is_title(span.text) or word.lower_ in _TIME_ZONES
                or len(span) == 1 and word.lemma_.lower() in ORGANISATION_KINDS and word.lemma_.lower() != word.lower_
                or before is not None and (before.like_num or unit_name(before.text)) and unit_name(span.text) is not None)


def _bare_kind(span: Span) -> bool:
    """A kind of organisation alone ("the Company said"): a name only as the short form of one
    that ends in it ("the Fund" of "International Monetary Fund") or of a state's institution
    ("the Commission"); else the organisation meant (:meth:`People.organisation_meant`)."""
    word = span[0].lower_
    return len(span) == 1 and word in ORGANISATION_KINDS and word not in INSTITUTIONS


def ends_in_kind(span: Span) -> bool:
    """A capitalised name whose last word is a kind of organisation, an institution, a word of a
    company's name or a legal form ("… Bank", "… Shipping", "… Ltd")."""
    last = span[-1]
    return legal_form(last) or last.text[:1].isupper() and (
        last.lower_ in ORGANISATION_KINDS or last.lower_ in INSTITUTIONS or last.lower_ in COMPANY_WORDS)


def kind_headed(span: Span) -> bool:
    """A name of several words that ends in or is headed by a kind of organisation ("Harbour
    Bank", "Australian Bureau of Statistics"): an organisation, never a place."""
    return len(span) > 1 and (ends_in_kind(span) or span.root.text[:1].isupper() and span.root.lower_ in _NAME_ENDS)


def legal_form(token: Token) -> bool:
    return token.lower_ in LEGAL_FORMS


def with_legal_form(span: Span) -> Span:
    """The name with the legal form written after it ("Acme" + "Plc"), whose apposition is its role."""
    end = span.end
    while end < len(span.doc) and legal_form(span.doc[end]) and span.doc[end].text[:1].isupper():
        end += 1
    return span.doc[span.start: end] if span.end <= span.root.head.i < end else span  # not "X co-founded"


def _title_domain(span: Span) -> bool:
    """One word spaCy took for an organisation completing a title with "of" ("Secretary of State",
    "Minister of Finance"): not a name (a place is: "the leader of Uzbekistan")."""
    doc = span.doc
    return len(span) == 1 and span[0].ent_type_ == "ORG" and not (country_of(span.text) or region_of(span.text)) and (
        span.start > 1 and doc[span.start - 1].lower_ == "of" and is_title(doc[span.start - 2].text))


def _names_thing(span: Span) -> bool:
    """The name is, or begins, the name of a thing: "the Bridgetown Initiative", "the Jane
    Webb Space Telescope" (spaCy may leave the last word out), or a storm's ("Cyclone Ikala",
    "Tropical Storm Dolores", spaCy leaving the kind out or not; not "National Hurricane Center")."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    before = span.doc[span.start - 1] if span.start else None
    storm = any(t is not None and t.text.istitle() and t.lower_ in STORMS for t in (*span[:-1], before))
    return span[-1].lower_ in THINGS or storm and not ends_in_kind(span) or (
        after is not None and after.text.istitle() and after.lower_ in THINGS)


def _as_company(span: Span, companies: list[list[str]]) -> Span:
    """A company's name and its shorter forms ("Acme" of "Acme Energy AG") are organisations."""
    words = [t.text for t in span]
    if span.label_ == "ORG" or not any(c[: len(words)] == words for c in companies):
        return span
    return Span(span.doc, span.start, span.end, label="ORG")


_CONNECTORS = ("of", "and", "for", "the", "on", "&")
#: Small words joining the words of a name in French, Spanish, Portuguese or Italian, which its acronym
#: skips ("Comisión Nacional del Mercado de Valores (CNMV)").
_FOREIGN_CONNECTORS = frozenset({"de", "del", "des", "du", "la", "le", "les", "los", "las", "da", "do", "dos", "das", "di",
                                 "della", "y", "e", "et", "pour", "para", "per"})


def _defined_acronyms(sdoc: Doc) -> list[Span]:
    """Acronyms in brackets spaCy left out of its entities that spell out the words before them, a
    name headed by a kind of organisation ("the Green Climate Fund (GCF)", not "West Texas
    Intermediate (WTI)") or one that speaks later ("Transport for London (TfL) … TfL said"), as organisations."""
    out = []
    for token in tokens_tagged(sdoc, "PROPN"):
        if token.ent_type_ or acronym_letters(token.text) is None or token.i + 1 >= len(sdoc) or sdoc[token.i + 1].text != ")":
            continue
        span = Span(sdoc, token.i, token.i + 1, label="ORG")
        if (full := _spelled_out(span)) is not None and (kind_headed(full) or any(
                t.text == token.text and _as_source(t) for t in sdoc[token.i + 2:])):
            out.append(span)
    return out


def _spelled_out(span: Span) -> Span | None:
    """The words an acronym in brackets stands for: "the Alliance of Small Island States (AOSIS)"
    -> "Alliance of Small Island States", "Calder BioTherapeutics (CBT)", "… Commission (MyCC)",
    "… Officers' Guild (…OG)", as an organisation."""
    doc, letters = span.doc, acronym_letters(span.text)
    if len(span) != 1 or letters is None or span.start < 2 or doc[span.start - 1].text != "(":
        return None
    start = end = span.start - 1
    short = long = camel = ""
    small = 0  # words in lower case that are not connectors: "Medicines and Healthcare products Regulatory Agency"
    while start > 0 and len(short) < len(letters):
        token = doc[start - 1]
        if token.tag_ == "POS" or token.text in ("'", "’") and token.i and doc[token.i - 1].lower_.endswith("s") or (
                token.text == "," and short):  # "Police Officers' Guild (PSPOG)", "Metalworkers’ Union", "…, Mediation and …"
            start -= 1
            continue
        if not token.text[:1].isupper() and token.lower_ not in _CONNECTORS and token.lower_ not in _FOREIGN_CONNECTORS:
            small += 1
            if small > 1 or not token.is_alpha:
                return None
        long = token.text[0].upper() + long
        short = token.text[0] + short if token.text[:1].isupper() else short
        camel = "".join(c for c in token.text if c.isupper()) + camel  # "BioTherapeutics": B, T
        start -= 1
        if (letters in (short, long, camel) or _abbreviates(letters, [t.text for t in doc[start:end]])) and doc[start].text[:1].isupper():
            return Span(doc, start, end, label="ORG")
    return None


#: The most leading letters one word gives an acronym ("ZAMRA": Zambia Medicines Regulatory Authority).
MAX_WORD_LETTERS = 3


def _abbreviates(letters: str, words: list[str]) -> bool:
    """Whether an acronym is spelt by the leading letters of a name's words, one to
    ``MAX_WORD_LETTERS`` from each capitalised word and none or one from a connector ("ZAMRA",
    "KEMRI" for "Kenya Medical Research Institute")."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    lengths = range(0 if word.lower() in _CONNECTORS else 1, (1 if word.lower() in _CONNECTORS else MAX_WORD_LETTERS) + 1)
    return any(word[:n].upper() == letters[:n] and _abbreviates(letters[n:], rest) for n in lengths if n <= len(word))


def _conjoined_names(sdoc: Doc, spans: list[Span]) -> list[Span]:
    """Unlabelled full names coordinated with a person's full name ("Carlos Mendez and Ana Ruiz"), not a title
    ("X and Deputy Mayor Y"), and unlabelled names coordinated with an organisation's, not starting with a first
    name ("MTN Ghana and Vodafone")."""
    out: list[Span] = []
    for span in spans:
        person = span.label_ == "PERSON"
        if not (person and len(span) > 1 or span.label_ == "ORG"):
            continue
        for conj in span.root.conjuncts:
            words = sdoc[conj.left_edge.i: conj.i + 1]
            if len(words) > person and all(t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() for t in words) and not (
                    is_title(words[-1].text) or not person and _given_name(words[0].text)):
                out.append(Span(sdoc, words.start, words.end, label=span.label_))
    return out


def _with_owner(span: Span) -> Span:
    """An institution with the state that owns it: "Chile’s Senate", not a bare "Senate"."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].tag_ != "POS" or doc[span.start - 2].ent_type_ != "GPE":
        return span
    if span[-1].lower_ not in INSTITUTIONS and span[0].lower_ not in INSTITUTIONS:  # "… Senate", "Ministry of …"
        return span
    start = span.start - 2
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    return doc[start: span.end]


def _split_conjuncts(ent: Span) -> list[Span]:
    """ "Acme and Globex" -> two names, but not "Trade and Industry Ministry" (the words before
    "and" describe the name after it); "Acme (AC)" -> two names; "Boric’s Chile" -> "Boric"
    (what follows a possessive is another name, but not after a plural, "the Women's League", "Citizens'
    Election Watch", nor
    when the whole names a kind of organisation not owned by a country: "St Mary's Hospital")."""
    plural = ("NNS", "NNPS")
    possessive = next((t.i for t in ent[1:] if t.tag_ == "POS" and ent.doc[t.i - 1].tag_ not in plural
                       and t.text not in ("'", "’")), None)  # "Citizens' Election Watch": a plural's
    if possessive is not None and not (ends_in_kind(ent) and country_of(ent.doc[ent.start: possessive].text) is None):
        ent = ent.doc[ent.start: possessive]
    cuts = [t.i for t in ent if t.text in "()[]" or t.pos_ == "CCONJ" and not _describes_next(ent, t)]
    bounds = [ent.start, *[c for cut in cuts for c in (cut, cut + 1)], ent.end]
    return [ent.doc[a:b] for a, b in zip(bounds[::2], bounds[1::2]) if b > a]


def _describes_next(ent: Span, cc: Token) -> bool:
    """Whether the conjunction joins words inside one name: the words before it modify a word
    after it, it follows "of" or "for" ("Department of Health and Human Services"), one word and a
    kind of organisation follow it that the words before it lack ("Farm and Ranch Federation"), or "&"
    and a word of a company's name ("Brightwater & Sons")."""
    before, after = ent.doc[ent.start: cc.i], ent.doc[cc.i + 1: ent.end]
    return any(t.dep_ in MODIFIERS and t.head.i > cc.i for t in before) or any(
        t.lower_ in ("of", "for") for t in before[1:]) or len(after) == 2 and ends_in_kind(after) and not ends_in_kind(
        before) or cc.text == "&" and len(after) == 1 and ends_in_kind(after)


def _kind_first(span: Span) -> bool:
    """A name of several words led by a kind of organisation or an institution, with no title
    in it ("Police Scotland", "University of Leeds", but not "Minister Ana Ruiz")."""
    return len(span) > 1 and span[0].text[:1].isupper() and _organisation_word(span[0]) and (
        span[0].lower_ not in COMPANY_WORDS and not any(_titled_word(t) for t in span))


def _described_as_organisation(root: Token) -> bool:
    """The name has an apposition naming a kind of organisation, or is one to it ("…, a housing charity,";
    "the health regulator, X,"), or a named person speaks for it ("a spokesperson for X, Amara Lindqvist,")."""
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ORGANISATION_KINDS for c in root.children) or (
        is_apposition(root) and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in ORGANISATION_KINDS) or (
        root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_.lower() in SPEAKING_FOR
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children))


def _which_clause(root: Token) -> bool:
    """The name has a relative clause with "which" ("X, which represents 90,000 workers,"): no person's."""
    return any(c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.rights)


def _completed(span: Span) -> Span:
    """An organisation's name with the words spaCy cut from its end: the proper noun its last word
    modifies ("BBC Radio" + "Manchester"), the kind of organisation it owns ("Police Officers" +
    "' Guild"), its number ("Union Local" + "1187"), and after a kind of
    organisation, "of" or "for" with capitalised words ("Court" + "of Common Pleas", "for the
    District of Delaware"; not a country: "the Fund for Zambia")."""
    doc, end = span.doc, span.end
    while end < len(doc):
        if doc[end].pos_ == "PROPN" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and (
                not legal_form(doc[end]) and acronym_letters(doc[end].text) is None):  # not "a Tasman Blue ATR 72"
            end += 1
        elif end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end - 1].head.i == end + 1 and (
                doc[end + 1].lower_ in _NAME_ENDS):
            end += 2  # "Police Officers" + "' Guild"
        else:
            break
    if end < len(doc) and doc[end].like_num and doc[end].dep_ == "nummod" and doc[end].head.i == end - 1 and not (
            end + 1 < len(doc) and doc[end + 1].text in ("-", "–")):  # not "Goannas" + "26" of "26-22"
        end += 1
    if end + 1 < len(doc) and doc[end - 1].lower_ in _NAME_ENDS and doc[end].lower_ in ("of", "for"):
        words = itertools.takewhile(lambda t: t.lower_ in _NAME_LINKS or t.pos_ == "PROPN" and t.text[:1].isupper() and not (
            _MONEY_TOKEN.search(t.text)), doc[end + 1:])  # not "Khanya Media" + "for R480m"
        named = [t.i for t in words if t.lower_ not in _NAME_LINKS]
        if named and not country_of(doc[end + 1: named[-1] + 1].text.removeprefix("the ")):
            end = named[-1] + 1
    return doc[span.start: end]


def _owning(span: Span) -> Span | None:
    """A name with the possessive "'s" that begins a longer one ending in a kind of organisation
    ("St Dyfrig's University Hospital", "St. Brendan's Children's Hospital"): the whole name; a
    country or region owns the name after it ("Canada's Northfield Silicon")."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].tag_ != "POS" or doc[end - 1].dep_ != "poss" or country_of(span.text) or region_of(span.text):
        return None
    head = doc[end - 1].head
    while head.dep_ == "poss" and head.head.i > head.i:  # "Brendan's" -> "Children's" -> "Hospital"
        head = head.head
    if head.i <= end or head.lower_ not in _NAME_ENDS or not all(
            t.tag_ == "POS" or t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[end + 1: head.i + 1]):
        return None
    return doc[span.start: head.i + 1]


#: Words that link the capitalised words of one name ("Court of Common Pleas", "for the District of …").
_NAME_LINKS = frozenset({"of", "for", "and", "the"})


def _after_kind(span: Span) -> Span:
    """An organisation's name without the kind of organisation written in lower case before it
    ("the Norwegian fund Nordlys Impact" -> "Nordlys Impact"), which is its role."""
    kinds = [t.i for t in span[:-1] if t.is_lower and t.lemma_ in ORGANISATION_KINDS and span.doc[t.i + 1].pos_ == "PROPN"]
    return span.doc[kinds[-1] + 1: span.end] if kinds else span


def _without_home(span: Span) -> Span:
    """A company's name without the place it is from ("Hanseong Energy of South Korea" -> "Hanseong
    Energy"); not an institution's "of" ("Bank of Korea", "Reserve Bank of India")."""
    of = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
    if of is None or span.doc[of - 1].lower_ not in COMPANY_WORDS or span.doc[of - 1].lower_ in ORGANISATION_KINDS:
        return span
    home = span.doc[of + 1: span.end].text
    return span.doc[span.start: of] if country_of(home) or region_of(home) or city_country(home) else span


#: A token holding an amount of money ("S$27.5", "€40", "R480"), or a scale glued to one ("m" of "R480m").
_MONEY_TOKEN = re.compile(r"(?:%s)\d|^(?:m|bn|mn|k)$" % "|".join(
    map(re.escape, sorted({*CURRENCY_SYMBOLS, *SHARED_SYMBOLS}, key=len, reverse=True))))


def _trim(span: Span) -> Span | None:
    """The name without edge determiners, punctuation and particles, starting after a "the" inside
    it that no "of"/"for"/"and" leads ("told MPs the Office for …" -> "Office for …"), ending
    before a bracket it does not close; None unless capitalised or a state's body ("health ministry")."""
    start, end = span.start, span.end
    inner = [t.i for t in span[1:-1] if t.lower_ == "the" and span.doc[t.i - 1].lower_ not in _NAME_LINKS]
    if inner:
        start = inner[-1] + 1
    if (bracket := unclosed_bracket(span)) is not None:
        end = span.start + bracket  # "The Players' Collective (RPC": an acronym spaCy cut in half
    while start < end and (span.doc[start].pos_ in ("DET", "PUNCT", "SPACE") or span.doc[start].is_space):
        start += 1
    if end - start > 1 and _kind_leading_sentence(span.doc[start]):
        start += 1  # "Insurer Coral Mutual, which covers the group, …"
    while end > start and (span.doc[end - 1].pos_ in ("DET", "ADP", "CCONJ", "PUNCT", "PART", "SPACE", "NUM", "SYM")
                           or _MONEY_TOKEN.search(span.doc[end - 1].text)):  # "… Bank Ltd S$27.5"
        end -= 1
    if end <= start or not (span.doc[start].text[:1].isupper() or span.doc[end - 1].lemma_ in STATE_BODIES):
        return None  # capitalised, but for a state's body in lower case ("health ministry")
    return span.doc[start:end]


def _speaks_of_itself_as_it(name: Token) -> bool:
    """The subject of a verb whose own clause calls it "it" ("Ofgem said it would check")."""
    verb = name.head
    return name.dep_ == "nsubj" and any(  # its report after the verb, not a quote before it ("“It was …,” X said")
        c.dep_ == "ccomp" and c.i > verb.i and any(w.dep_ in ("nsubj", "nsubjpass") and w.lower_ == "it" for w in c.children)
        for c in verb.children)


def _kind_leading_sentence(token: Token) -> bool:
    """A kind of business capitalised only because it starts the sentence, before the name it
    describes ("Carmaker Veltro Motors said"), not a name's first word ("Bank Mandiri said")."""
    word = token.lower_
    return bool(token.is_sent_start) and word in BUSINESS_KINDS and word.endswith(("er", "or")) and (
        token.i + 1 < len(token.doc) and token.doc[token.i + 1].text[:1].isupper())


def _after_title(span: Span) -> bool:
    return span.start > 0 and is_title(span.doc[span.start - 1].text)


def _after_job(span: Span) -> bool:
    """A given name and more after a word for someone's job ("union organiser Grace Tamihana"; not
    "carmaker General Motors")."""
    job = span.doc[span.start - 1] if span.start else None
    return job is not None and len(span) > 1 and job.tag_ == "NN" and job.is_lower and staff_noun(job) and (
        not is_title(span[0].text) and not ends_in_kind(span)
        and _given_name(span[0].text))


def _form(span: Span) -> str:
    return normalize_name(span.text, person=span.label_ == "PERSON")


def _legal_form_after(text: str, end: int) -> bool:
    """Whether a capitalised legal form follows the name ending at ``end`` ("Acme" + " AG"; not "co-founded")."""
    legal = _LEGAL_FORM_AFTER.match(text, end)
    return legal is not None and _capitalised(legal)


def _capitalised(legal: re.Match[str]) -> bool:
    """A legal form written as one ("AG", "Ltd"), not a word that looks like one ("co")."""
    return legal.group().lstrip(", ")[:1].isupper()


def _canonical_names(spans: list[Span], whole: set[str]) -> dict[str, tuple[str, str]]:
    """Each form -> (canonical name, label of the canonical form).

    A shorter form resolves to the most-used longer person name that begins or ends with it
    ("Boric" -> "Gabriel Boric", "Ana" -> "Ana Ruiz") when spaCy labels it a person at least
    as often as anything else, or it is the surname and no nationality spaCy took it for ("Tallis",
    not "English"). A person's short form also makes a longer name spaCy mislabelled a person's
    ("Gabriel Boric's" as ORG), unless it joins words as names of bodies do ("Transport for Greater
    Manchester"). An organisation's first or last words (also taken for a place that is none) stand
    for the longer organisation they begin or end (of several, the one named most, then first:
    "Acme" -> "Acme Energy", "Rovers" -> "Acme Rovers"; "Acme" of "Acme Energy" and "Acme Energy
    Ltd" too; "Bank of Canada", whole, ends no
    other but one that adds only its place: "Ohio Department of Health"; an acronym begins none:
    "BBC" is not "BBC Two"), an acronym for the one name it
    abbreviates, and an owned organisation ("Chile’s Senate") is also named without its owner.
    A company named with a possessive ("Moody's said") keeps it in every form; a name written with
    its legal form (``whole``: "Rheinstrom AG") stands for no longer one ("Rheinstrom Netz GmbH").
    """
    counts = Counter((_form(s), s.label_) for s in spans)
    labels: dict[str, Counter] = {}
    for (form, label), n in counts.items():
        labels.setdefault(form, Counter())[label] += n
    multiword = Counter({(form, label): n for (form, label), n in counts.items() if len(form.split()) > 1})
    first: dict[str, int] = {}
    for span in spans:
        first.setdefault(_form(span), span.start)
    out: dict[str, tuple[str, str]] = {}
    for (form, label), _ in counts.most_common():
        words, person = form.split(), _person_words(form)
        votes = labels[form]
        as_person = votes["PERSON"] >= max(votes.values())
        longer = [
            name for (name, name_label), _ in multiword.most_common()
            if len(_person_words(name)) > len(person) and name.split()[-1][:1].isupper() and (  # not "Maddox campaign"
                name_label == "PERSON" or as_person and not set(name.lower().split()) & set(_CONNECTORS))
            and (
                as_person and _person_words(name)[: len(person)] == person
                or (as_person or not votes["NORP"] or not nationality_of(form)) and (
                    _person_words(name)[-len(person):] == person or not _given_name(form) and _inner_run(person, _person_words(name)))
            )
        ]
        companies = {
            name for (name, name_label) in multiword
            if name_label == "ORG" and len(name.split()) > len(words)
            and (_begins(name.split(), words) or name.split()[-len(words):] == words and (
                _headless(words) or _place(" ".join(name.split()[: -len(words)]))))
        }
        companies = {name for name in companies if not any(  # "Kwena Platinum" is "Kwena Platinum Holdings"
            other != name and _begins(other.split(), name.split()) for other in companies)}
        if len(companies) > 1:  # "Cairnhill" is the "Cairnhill Housing Association" named most, then first,
            companies = {min(companies, key=lambda name: (-labels[name]["ORG"], first[name]))}  # not "Cairnhill Court"
        if longer:
            out[form] = (longer[0], "PERSON")
        elif (votes["ORG"] >= max(votes.values()) or votes["GPE"] >= max(votes.values()) and not _place(form)) and len(
                companies) == 1 and form not in whole and not (
                len(words) == 1 and acronym_letters(form)):  # "BBC" is not "BBC Radio 5 Live"
            out[form] = (companies.pop(), "ORG")
        else:
            out.setdefault(form, (form, label))
    for form, named in list(out.items()):
        out.setdefault(OWNER.sub("", form), named)
    possessive = {_form(s): s.doc[s.end].text for s in spans if _named_with_possessive(s)}
    out = {form: (name + possessive[name], label) if name in possessive else (name, label) for form, (name, label) in out.items()}
    return _states(_acronyms(out))


def _named_with_possessive(span: Span) -> bool:
    """An organisation whose name ends in "'s" ("Moody's said"): the "'s" owns nothing after it."""
    root = span.root
    owns = root.dep_ in ("poss", "nmod") and root.head.i > span.end and root.head.pos_ in ("NOUN", "PROPN")
    return span.label_ == "ORG" and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS" and (
        root.dep_ != "poss" and not owns)


@lru_cache(maxsize=4096)
def _inner_run(words: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Whether ``words`` run inside a longer name, after its first word and before its last
    ("López" and "la Fuente" of "María López Ortega", "José Luis de la Fuente Marín")."""
    inner = name[1:-1]
    return len(name) > len(words) + 1 and any(inner[k: k + len(words)] == words for k in range(len(inner) - len(words) + 1))


@lru_cache(maxsize=65536)
def _person_words(form: str) -> tuple[str, ...]:
    """A name's words for matching its forms: case-folded ("van Dam", "Van Dam"), without a
    knighthood or the letters after a name ("Sir Anthony", "Rebecca Thorne KC" end in "anthony", "thorne"),
    a double-barrelled surname in its parts ("Cruz-Ortega" ends in "ortega")."""
    words = form.replace("-", " ").split()
    if len(words) > 1 and words[0] in NAME_HONORIFICS:
        words = words[1:]
    words = name_key(" ".join(words)).split()
    while len(words) > 1 and words[-1].rstrip(".") in POST_NOMINALS:
        words = words[:-1]
    return tuple(words)


def _headless(words: list[str]) -> bool:
    """Whether a name's words can be the end of a longer name: a name with a small word in it
    ("Bank of Canada") is whole, not the end of "Royal Bank of Canada"."""
    return all(w[:1].isupper() for w in words)


def _place(words: str) -> bool:
    """A country, a region or a nationality ("Pennsylvania" of "Pennsylvania Department of Education")."""
    return bool(country_of(words) or region_of(words) or nationality_of(words))


def _begins(name: list[str], words: list[str]) -> bool:
    """Whether a name's words begin with ``words``, the last one perhaps without the name's "'s" ("St Bride" of
    "St Bride's Hospital"), or one word clipping its first ("the Met" of "Metropolitan Police", "the Fed")."""
    start = name[: len(words)]
    return start == words or len(start) == len(words) and start[:-1] == words[:-1] and (
        re.sub(r"['’]s$", "", start[-1]) == words[-1]) or len(words) == 1 < len(name) and len(words[0]) >= 3 and (
        name[0] != words[0] and name[0].startswith(words[0]))


def _bracketed_names(spans: list[Span], canonical: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """One capitalised word in brackets right after an organisation's name, no place's, is another
    name of it, whatever its letters ("the Federal Network Agency (Bundesnetzagentur)", "… Authority of
    South Africa (Icasa)")."""
    out: dict[str, tuple[str, str]] = {}
    for span in spans:
        doc, end = span.doc, span.end
        if span.label_ == "ORG" and len(span) > 1 and end + 2 < len(doc) and (doc[end].text, doc[end + 2].text) == ("(", ")"):
            word = doc[end + 1].text
            if word[:1].isupper() and word.isalpha() and not (country_of(word) or region_of(word) or nationality_of(word)):
                out[word] = canonical[_form(span)]
    return out


def _acronyms(canonical: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """An acronym stands for the one organisation or state in the document it abbreviates
    ("ACU" -> "Acme Credit Union", "AOSIS" -> "Alliance of Small Island States")."""
    out = dict(canonical)
    for form in canonical:
        letters = acronym_letters(form)
        if letters is None:
            continue
        full = {
            named for name, named in canonical.items()
            if named[1] in ("ORG", "GPE") and len(name.split()) > 1 and (letters in _initials(name) or _abbreviates(letters, name.split()))
        }
        if len(full) == 1:
            out[form] = full.pop()
    return out


def acronym_letters(form: str) -> str | None:
    """The capitals of a one-word acronym, also written with dots or small letters ("WHO", "U.N.",
    "MyCC" -> "MCC", "DfE" -> "DE"): two capitals or more, and more capitals than small letters."""
    letters = form.replace(".", "")
    capitals = "".join(c for c in letters if c.isupper())
    if len(capitals) < 2 or not letters.isalpha() or len(capitals) <= len(letters) - len(capitals):
        return None
    return capitals


def _initials(name: str) -> set[str]:
    """The acronyms of a name, with and without its small words ("AOSIS", "ASIS"), of all its capitals
    ("CBT" for "Calder BioTherapeutics"), also of its part before "of" ("FAO" for "Food and Agriculture Organization
    of the United Nations") and of its part after the country or state it starts with ("ACM" for "Netherlands
    Authority for Consumers and Markets", "Danish Authority for …", "DEQ" for "Utah Department of
    Environmental Quality")."""
    out: set[str] = set()
    first, _, rest = name.partition(" ")
    for part in {name, name.split(" of ")[0], *([rest] if rest and (country_of(first) or nationality_of(first) or region_of(first)) else [])}:
        words = part.split()
        out |= {"".join(w[0] for w in words).upper(), "".join(w[0] for w in words if w[:1].isupper()),
                "".join(c for c in part if c.isupper())}  # "Calder BioTherapeutics": CBT
    return out


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
        if found and found[0] in named and (label in ("GPE", "ORG") or name == form and " " not in form):
            out[form] = (max(named[found[0]], key=len), "GPE")
    return out


def _family_names(canonical: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The first word of a person's full name that no list knows as a given name, where no other
    person's name starts with it: a family name written first ("Ng" of "Ng Pei Shan"), also where
    spaCy took it alone for a place that is none."""
    firsts = Counter(name.split()[0] for name, label in canonical.values() if label == "PERSON" and " " in name)
    out: dict[str, tuple[str, str]] = {}
    for name, label in set(canonical.values()):
        first = name.split()[0]
        known = canonical.get(first)
        place = (len(first) > 2 or first.isupper()) and country_of(first) or region_of(first)  # "Ng" is no code "NG"
        if label != "PERSON" or " " not in name or firsts[first] > 1 or known is not None and (known != (first, "GPE") or place):
            continue
        if first.isalpha() and first[:1].isupper() and not is_title(first) and not _given_name(first):
            out[first] = (name, label)
    return out


def _surnames(canonical: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The last word of a person's full name that is no form of its own yet, where no other person's
    name ends with it and it is no month or weekday ("Conneely" of "Bríd Conneely", which spaCy left
    unlabelled)."""
    people = {name for name, label in canonical.values() if label == "PERSON" and " " in name}
    lasts = Counter(_person_words(name)[-1] for name in people)
    out: dict[str, tuple[str, str]] = {}
    for name in people:
        last = name.split()[-1]
        if last.isalpha() and last[:1].isupper() and last not in canonical and lasts[_person_words(name)[-1]] == 1 and (
                last.lower() not in MONTHS and last.lower() not in WEEKDAYS):
            out[last] = (name, "PERSON")
    return out


def _repeated_mentions(
    sdoc: Doc, text: str, canonical: dict[str, tuple[str, str]], spans: list[Span], said: Callable[[int, int], bool],
    proper_only: frozenset[str] = frozenset(),
) -> list[Span]:
    """Occurrences of known names that spaCy did not label, where the article ``said`` them,
    outside other names; of the forms ``proper_only``, only where they are proper nouns, subjects or
    on a verb of saying ("Young said" of a surname, not "Young people")."""
    taken = {t for s in spans for t in range(s.start, s.end)}
    forms = sorted((f for f in canonical if f[:1].isupper()), key=len, reverse=True)
    if not forms:
        return []
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")
    out: list[Span] = []
    for match in pattern.finditer(text):
        span = sdoc.char_span(match.start(), match.end())
        if span is None or not said(match.start(), match.end()):
            continue
        if any(t in taken for t in range(span.start, span.end)) or match.group() in proper_only and not (
                span.root.pos_ == "PROPN" or is_subject(span.root) or span.root.head.lemma_ in CUE_VERBS):
            continue
        taken.update(range(span.start, span.end))
        out.append(Span(sdoc, span.start, span.end, label=canonical[match.group()][1]))
    return out


_COURTESY_BEFORE = re.compile(r"(\w+)\.?\s+$")


def _pronouns(text: str, mentions: list[Mention], own: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The pronoun of each person a courtesy title genders ("Mr Holloway" -> he), when all agree;
    else the one the article uses for them (``own``, see :func:`_own_pronouns`); else, for a full
    name, the one its first name takes by gender-guesser's name lists: sure ("Maria" female), and
    also likely ("João" mostly male)."""
    genders = lexicon.table("honorific_genders")
    found: dict[str, set[str]] = {}
    for mention in mentions:
        before = _COURTESY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        word = mention.text.split()[0] if mention.text else ""
        for title in (before.group(1) if before else "", word):
            if title.lower().rstrip(".") in genders:
                found.setdefault(mention.name, set()).add(genders[title.lower().rstrip(".")])
    sure = {name: next(iter(p)) for name, p in found.items() if len(p) == 1}
    likely = dict(sure)
    for name in {m.name for m in mentions if m.label == "PERSON" and m.name not in found}:
        if name in own:
            sure[name] = likely[name] = own[name]
            continue
        words = _person_words(name)
        verdict = _first_names().get_gender(words[0]) if len(words) > 1 else None
        if verdict in _SURE:
            sure[name] = likely[name] = _SURE[verdict]
        elif verdict in _LIKELY:
            likely[name] = _LIKELY[verdict]
    return sure, likely


def _own_pronouns(spans: list[Span], canonical: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The pronoun a person takes for themself, when they are the only person their sentence names:
    the subject of a clause a verb of saying reports when they are its speaker ("Jess Harper said she
    paid"), or the owner in their own clause ("Ng, for her part, promised …")."""
    people = [s for s in spans if canonical[_form(s)][1] == "PERSON"]
    own: dict[str, set[str]] = {}
    for span in people:
        verb = span.root.head
        if span.root.dep_ != "nsubj" or any(other.sent == span.sent and _form(other) != _form(span) for other in people):
            continue
        said = [c for clause in verb.children if clause.dep_ == "ccomp" and verb.lemma_.lower() in CUE_VERBS
                for c in clause.children if c.dep_ == "nsubj"]
        owners = [t for t in verb.subtree if t.dep_ == "poss" and _clause_of(t) == verb]
        for pronoun in (t.lower_ for t in said + owners):
            if pronoun in _OWN_PRONOUNS:
                own.setdefault(canonical[_form(span)][0], set()).add(_OWN_PRONOUNS[pronoun])
    return {name: next(iter(p)) for name, p in own.items() if len(p) == 1}


#: Pronouns a person's own clause may use for them, and the subject pronoun each stands for.
_OWN_PRONOUNS = {"he": "he", "she": "she", "his": "he", "her": "she"}


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds the token."""
    while token.head != token and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token


#: gender-guesser's verdicts on a first name, sure and likely ("Jamie": mostly female), and the pronoun they give.
_SURE = {"male": "he", "female": "she"}
_LIKELY = {"mostly_male": "he", "mostly_female": "she"}


@lru_cache(maxsize=1)
def _first_names() -> Detector:
    return Detector(case_sensitive=False)


def _given_name(word: str) -> bool:
    """Whether gender-guesser's lists know ``word`` as a first name ("Dale", "Declan"; not "Kestrel")."""
    return _first_names().get_gender(word) != "unknown"


def _majority_types(mentions: list[Mention], canonical_labels: dict[str, str], titled: set[str],
                    companies: set[str]) -> dict[str, str]:
    """The label most mentions of a name carry; PERSON for a person's full name (unless the name in
    full, starting with no known first name and never after a title, is as often an organisation:
    "Cascade Skyways, a subsidiary of …"; "Dr. Wanjiru Kamau" is a person), GPE for a country, and
    for a state or province spaCy took for an organisation; ORG for an organisation named in full as
    one whose short form spaCy took for a place, or for a person when its full name ends in a kind or a
    company's word ("Kestrel Devices" … "Kestrel said"), and for any name written with a legal form."""
    votes: dict[str, Counter] = {}
    for mention in mentions:
        votes.setdefault(mention.name, Counter())[mention.label] += 1
    types = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    described = {m.name for m in mentions if m.label == "ORG" and name_key(m.text) == name_key(m.name)
                 and not _given_name(m.name.split()[0]) and m.name not in titled}
    for name in types:
        if name in companies:
            types[name] = "ORG"  # written with a legal form once ("Hoteles Albarán SA"), however spaCy labels "Albarán"
        elif canonical_labels.get(name) == "PERSON" and len(name.split()) > 1:
            organisation = name.split()[-1].lower() in _NAME_ENDS or votes[name]["ORG"] >= votes[name]["PERSON"]
            types[name] = "ORG" if name in described and organisation else "PERSON"  # "Kestrel Devices", also "Kestrel"
        elif (country_of(name) or ("", False))[1] or types[name] == "ORG" and region_of(name):
            types[name] = "GPE"
        elif types[name] == "GPE" and canonical_labels.get(name) == "ORG" and not _place(name):
            types[name] = "ORG"  # "Dithaba Minerals", most often named "Dithaba", taken for a place
    return types
