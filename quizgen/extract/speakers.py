"""Who says a quote: verbs of saying, their subjects, and what those subjects refer to.

Verbs are recognised by lemma and syntax, speakers by entity type and noun phrase shape:
a name resolves to the fullest form the article uses, "he"/"she" to the person who is the subject
of the nearest sentence naming anyone outside quotes (else the last person named there), "it" to
an organisation, state or document that is the subject of the sentence before, "they" to a
coordinated subject just before, "both"/"the two" to the last two
people named, a document noun ("the joint statement") or an unnamed person ("an official") to
the fullest phrase with the same head. Plural common nouns ("observers", "some reports"),
passives without an agent and other "it"s have no identifiable speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import groupby
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..ingest import Document
from .deps import MODIFIERS, SUBJECTS, is_apposition, is_subject
from .lookup import tokens_tagged
from .names import NAME_TYPES, ORGANISATION_KINDS, People, normalize_name
from .roles import is_title, spelled_out, staff_noun, title_noun
from .sentences import Sentences, joined

#: Verbs of saying, by lemma; verbs quoting a self-description ("project itself as “…”") or a
#: characterisation through its preposition ("dismissed the vow as “empty”", "accused them of “…”"):
#: lists of :mod:`quizgen.lexicon`.
CUE_VERBS = lexicon.words("cue_verbs")
SELF_DESCRIPTION_VERBS = lexicon.words("self_description_verbs")
CHARACTERISING_VERBS = lexicon.table("characterising_verbs")
#: Nouns for words delivered: a verb taking one is a verb of saying ("read a statement").
DELIVERED_NOUNS = lexicon.words("delivered_nouns")
#: Particles that make a verb one of saying ("point out").
CUE_PHRASAL = {"point": "out", "spell": "out"}
#: Nouns of texts that can be quoted ("The final communiqué asserts that …").
DOCUMENT_NOUNS = lexicon.words("document_nouns")
#: Entity types that can speak ("Canadians said" names nobody in particular); None is a name of unknown type.
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "GPE", None})
#: How many tokens back a pronoun's antecedent is looked for.
ANTECEDENT_WINDOW = 600
#: How many sentences after "a judge ruled" the judge may be named.
LATER_SENTENCES = 3
_PERSON_PRONOUNS = frozenset("he she him her".split())
_PLURAL_PRONOUNS = frozenset("they them".split())
#: What an "it" that speaks can refer to.
_IT_TYPES = frozenset({"ORG", "GPE", "DOCUMENT"})
_RELATIVE = frozenset("who that which".split())
#: Entity types a "who" does not describe.
_NOT_WHO = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
_DETERMINERS = frozenset("a an the this that these those one another".split())
#: Words bringing in someone unnamed ("an official", "one shipping agent").
_INDEFINITE = frozenset("a an one another".split())


@dataclass(frozen=True)
class Speaker:
    name: str
    #: PERSON, ORG, GPE, DOCUMENT, ANONYMOUS or JOINT; None for a name of unknown kind.
    type: str | None
    role: str | None = None


def is_cue(token: Token) -> bool:
    """Whether ``token`` is a verb of saying ("said", "points out", "has described")."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    particle = CUE_PHRASAL.get(token.lemma_)
    if particle:
        return any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)
    if token.lemma_.lower() in SELF_DESCRIPTION_VERBS and any(
            c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in token.children):
        return True
    prepositions = CHARACTERISING_VERBS.get(token.lemma_.lower(), "").split()
    objects = [c for c in token.children if c.dep_ == "dobj"]  # the parser may hang "of" on the object
    if prepositions and any(c.dep_ == "prep" and c.lower_ in prepositions for h in (token, *objects) for c in h.children):
        return True
    if any(c.dep_ == "dobj" and c.lemma_.lower() in DELIVERED_NOUNS for c in token.children):
        return True  # "read a statement", "gave a speech"
    if token.lemma_ == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children):
        return True  # "as Osei put it"
    if token.lemma_ == "read" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in DELIVERED_NOUNS for c in token.children):
        return True  # "the statement read"
    return token.lemma_.lower() in CUE_VERBS


def subject_of(verb: Token) -> Token | None:
    """The token naming who performs a verb of saying; None for an agentless passive.

    A verb without a subject of its own ("…, describing them as …", "and call each other …")
    takes the subject of the verb of saying above it, or else of its head; one completing a
    noun takes that noun's owner ("Ottawa's bid to present itself as …"), or, after a relative clause,
    whom that clause describes ("X, who is backed by Y, called it"); a "who" clause, whom it
    describes (:func:`_who`). "As saying" after "quote"
    is said by whom is quoted ("Tass quoted X as saying", "X was quoted as saying").
    """
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_ == "quote":
        return next((c for c in verb.head.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    for _ in range(4):
        children = list(verb.children)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in children):
            agent = next((c for c in children if c.dep_ == "agent"), None)
            return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        subjects = [c for c in children if c.dep_ == "nsubj"]  # not a name's particle read as one: "de" of "de la Cruz"
        subject = next((c for c in subjects if c.pos_ != "X"), subjects[0] if subjects else None)
        if subject is not None:
            if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
                described = _who(verb.head) if subject.lower_ == "who" else verb.head
                if is_apposition(described) and described.pos_ == "NOUN" and described.head.pos_ == "PROPN":
                    return described.head  # "X, a fuel poverty charity, which said": X
                return described
            return subject
        if verb.dep_ == "acl":
            if verb.i and verb.doc[verb.i - 1].text == ",":  # after a clause describing whom the verb is said by
                clause = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
                if clause is not None and clause.head.i < clause.i:
                    return clause.head  # "X, who is backed by Y, called it “…”": the parser hung the verb on Y
                if verb.head.pos_ == "PROPN" and any(
                        c.dep_ in ("relcl", "appos") and verb.head.i < c.i < verb.i for c in verb.head.children):
                    return verb.head  # "X, who has held the seat since 2020, posted: “…”": on X itself
            owner = next((c for c in verb.head.children if c.dep_ == "poss"), None)
            if owner is not None and verb.i == verb.head.i + 1 and verb.tag_ in ("VBD", "VBN") and owner.pos_ == "PRON":
                return verb.head  # a clause the parser hung on its subject: "an offer their union called “…”"
            return owner
        if verb.head == verb:
            return _fronted_apposition(verb) or _subject_of_clause_before(verb)
        if verb.dep_ not in ("conj", "advcl", "xcomp", "ccomp", "pcomp"):  # also "he insisted, before adding:"
            return None
        verb = next((a for a in verb.ancestors if is_cue(a)), verb.head)
    return None


class Speakers:
    """Speaker resolution over one parsed document.

    ``quoted`` are the [start, end) ranges of every quotation in it: names inside them are
    never antecedents.
    """

    def __init__(self, sdoc: Doc, document: Document, people: People, quoted: list[tuple[int, int]]):
        self.sdoc, self.document, self.people = sdoc, document, people
        self.quoted = sorted(quoted)
        self.quote_starts = [s for s, _ in self.quoted]
        self.ent_of = {t.i: ent for ent in sdoc.ents for t in ent}
        for mention in people.mentions:  # the names as read, over spaCy's cut of them
            if (span := sdoc.char_span(mention.start, mention.end, label=mention.label)) is not None:
                self.ent_of.update((t.i, span) for t in span)
        self.sentences = Sentences(sdoc)
        self.line_breaks = [m.start() for m in re.finditer("\n", document.text)]
        self.nouns: dict[str, list[Token]] = {}
        for token in tokens_tagged(sdoc, "NOUN", "PROPN"):
            self.nouns.setdefault(token.lemma_, []).append(token)

    def sentence(self, i: int) -> Span:
        """The sentence of token ``i`` (``Token.sent`` scans the whole document)."""
        return self.sentences.of(i)

    def names_anyone(self, token: Token) -> bool:
        """Whether a name is among the words of ``token``'s phrase ("an FMF spokesman")."""
        return any((ent := self.ent_of.get(t.i)) is not None and ent.label_ in NAME_TYPES for t in token.subtree)

    def in_quote(self, token: Token) -> bool:
        k = bisect_right(self.quote_starts, token.idx) - 1
        return k >= 0 and token.idx < self.quoted[k][1]

    def of(self, head: Token) -> Speaker | None:
        """The speaker a subject (or "according to" object) names, or None when unidentifiable."""
        head = _titled_name(head)
        doc = head.doc  # "Lane & Co" is one name, not Lane and Co
        joined = [c for c in head.conjuncts if not any(t.text == "&" for t in doc[min(head.i, c.i): max(head.i, c.i)])]
        if joined:
            return self._joint([self._one(t) for t in sorted((head, *joined))])
        return self._one(head)

    def _one(self, head: Token) -> Speaker | None:
        lower = {"his": "he"}.get(head.lower_, head.lower_)  # "His answer: “…”"
        if lower in _PERSON_PRONOUNS:
            return self._unnamed_before(head.i) or self._person(
                self.salient_person(head.i, lower) or self._person_after(head.i))
        if lower == "it":
            return self._it(self.sentence(head.i))
        if lower in _PLURAL_PRONOUNS:
            return self._antecedent(self.sentence(head.i))
        if self._is_pair(head):
            return self._joint([self._person(n) for n, _ in zip(self.persons_before(head.i), range(2))])
        if head.pos_ == "PRON":
            return None
        if self._is_bare_title(head):
            return self._titled(head)
        if self._is_name(head) and not is_title(head.text):
            return self._named(head)
        if head.lemma_.lower() in ORGANISATION_KINDS and (
                owner := next((c for c in head.lefts if c.dep_ == "compound" and self.people.type_of(
                    self.people.resolve(c.text) or "") == "PERSON"), None)) is not None:
            return Speaker(f"{owner.text} {head.text}", "ORG")  # "the Vessey campaign", a person's organisation
        named = next((a for c in head.children if c.dep_ == "appos" for a in (c, *(
            n for n in c.children if n.dep_ == "appos")) if self._is_name(a)), None)
        if named is None and head.pos_ == "NOUN":  # "said the secretary general of the union, Rosa Cárdenas"
            named = name_after_comma(head) or next((  # "Sen. Ana Ruiz, D-Ore., chair of …, told", the name hung on "chair"
                c for c in head.lefts if c.dep_ in ("nmod", "npadvmod") and c.i + 1 < head.i
                and c.nbor().text == "," and self._is_name(c)), None)
        if named is not None:  # "Its director, Ana Ruiz, said", "Her rival, the shadow chancellor, Ana Ruiz, said"
            return self._named(named)
        if head.pos_ not in ("NOUN", "PROPN") or head.tag_ in ("NNS", "NNPS"):
            return None
        if is_title(head.text) and (titled := self._titled(head)):  # "the CEO said"
            return titled
        if self._is_name(head):
            return self._named(head)
        if head.lemma_.lower() in DOCUMENT_NOUNS:
            return self._issuer(head) or Speaker(self.fullest(head), "DOCUMENT")
        return self._titled(head) or self._organisation(head) or self._epithet(head) or self._named_after(head) or Speaker(
            self._unnamed(head), "ANONYMOUS")

    def _named_after(self, head: Token) -> Speaker | None:
        """A title brought in with "a" that a person named in the next few sentences holds: a lede's
        "a judge ruled …", then "Justice Lise Marchand of …"."""
        if not title_noun(head) or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
            return None
        end = self.sentence(head.i).end
        for _ in range(LATER_SENTENCES):
            end = self.sentence(end).end if end < len(self.sdoc) else end
        after, limit = head.right_edge.idx + len(head.right_edge), self.sdoc[end - 1].idx  # not "a spokesman for X"
        for mention in self.people.mentions:
            if after < mention.start <= limit and self.people.type_of(mention.name) == "PERSON" and (
                    role := self._role_holding(mention.name, head)):
                return Speaker(mention.name, "PERSON", role)
        return None

    def _epithet(self, head: Token) -> Speaker | None:
        """A person named before, called by what they are ("Okafor scored twice. … the striker said",
        "the Nigerian striker said"): "the" and a noun for a person, when no one was brought in before
        as "a", "one" or "another" and that noun ("an official … the official said" is that unnamed one); the
        person "he" or "she" would be there, of those whose role, if any, holds the noun (any role, for a
        post they held: "the former England captain")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) or not staff_noun(head) or (
                head.lemma_.lower() in ORGANISATION_KINDS):
            return None
        if any(t.i < head.i and any(c.lower_ in _INDEFINITE for c in t.children) for t in self.nouns.get(head.lemma_, [])):
            return None

        former = any(c.lower_ == "former" for c in head.lefts)  # a post they held: news of them, no role of theirs

        def fits(name: str) -> bool:  # a person, not one described as something else ("Hart, the winger")
            return self.people.type_of(name) == "PERSON" and (
                self.people.role(name) is None or former or self._role_holding(name, head) is not None)

        return self._person(self.salient_person(head.i, fits=fits))

    def _issuer(self, document: Token) -> Speaker | None:
        """Who issued "a statement from/by X": X, when named, or the organisation "the ministry" is."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in document.children):
            return None
        for issuer in (c for prep in document.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
                       for c in prep.children if c.dep_ == "pobj"):
            if self._is_name(issuer) or title_noun(issuer):
                return self._named(issuer)
            if issuer.lemma_.lower() in ORGANISATION_KINDS and (organisation := self._organisation(issuer)) is not None:
                return organisation
        return None

    def _unnamed_before(self, i: int) -> Speaker | None:
        """Whom "he"/"she" at token ``i`` refers to when someone unnamed was brought in since the last
        name: "a"/"one" and a noun for a person saying something, in this sentence or the one before ("An
        airport worker, …, said …. “…,” he said")."""
        start = self.sentence(i).start
        since = self.sentence(start - 1).start if start > 0 else start
        unnamed = [t for t in self.sdoc[since:i] if t.dep_ == "nsubj" and is_cue(t.head) and t.tag_ == "NN" and staff_noun(t) and any(
            c.lower_ in _INDEFINITE and c.dep_ in ("det", "nummod") for c in t.children) and not self.in_quote(t)]
        if not unnamed:
            return None
        named = next(self._mentions(i), None)
        if named is not None and named[1].start > unnamed[-1].i:
            return None
        return Speaker(self._unnamed(unnamed[-1]), "ANONYMOUS")

    def _person_after(self, i: int) -> str | None:
        """The person a pronoun with no one named before it announces: the first subject naming a
        person in the next two sentences ("“…,” she said. Ana Ruiz has run the farm since 2001.")."""
        last = self.sentence(i).end
        for _ in range(2):
            if last < len(self.sdoc):
                last = self.sentence(last).end
        for mention in self.people.mentions:
            if mention.start <= self.sdoc[i].idx or self.people.type_of(mention.name) != "PERSON":
                continue
            span = self.sdoc.char_span(mention.start, mention.end)
            if span is None or span.start >= last:
                break
            if is_subject(span.root) and self._is_mention(span):
                return mention.name
        return None

    def _unnamed(self, head: Token) -> str:
        """An unnamed speaker with whom they speak for ("a spokesman for Prime Minister X" ->
        "spokesman for Prime Minister X", "spokesman for the prime minister", "… for the works
        council"), without what is
        said of them after a comma; an organisation by its full name ("spokesperson for the CBN"
        -> "spokesperson for Central Bank of Nigeria", "a council spokesperson" -> "Calder
        Council spokesperson", "a WHO spokesperson" -> "World Health Organization spokesperson", "a
        spokeswoman for the company" -> "… for Acme Ltd", "for Acme" -> "… for Acme Energy Ltd"); by what an apposition calls them ("one
        worker, a paint-shop technician, …")."""
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN" and staff_noun(c)), head)
        for prep in head.children:
            named = next((c for c in prep.children if c.dep_ == "pobj" and (
                self._is_name(c) or title_noun(c) or c.lemma_ in ORGANISATION_KINDS)), None)
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at") and named is not None:
                words = joined(_up_to_comma(named))
                organisation = self.people.resolve(words)
                if organisation is None and not self._is_name(named) and (meant := self._organisation(named)):
                    organisation = meant.name  # "for the company": the company named before
                kind = self.people.type_of(self.people.resolve(organisation) or organisation) if organisation else None
                if kind != "ORG" or organisation is None or organisation in words:
                    organisation = words  # as written, unless a short form ("the CBN")
                else:  # by its legal name ("for Bayline" -> "for Bayline Water Partners LLC")
                    organisation = self.people.legal_names.get(organisation, organisation)
                return f"{joined(self._phrase(head))} {prep.text} {organisation}"
        for owner in (c for c in head.lefts if c.dep_ in MODIFIERS):
            meant = self._named(owner) if self._is_name(owner) else (
                self._organisation(owner) if owner.lemma_.lower() in ORGANISATION_KINDS else None)
            if meant is not None and meant.type == "ORG":  # "senior Treasury official", its other words kept
                phrase = self._phrase(head)
                return " ".join(filter(None, (joined([t for t in phrase if t.i < owner.left_edge.i]), meant.name,
                                              joined([t for t in phrase if t.i > owner.i]))))
        return self.fullest(head, placed=True)

    def _is_name(self, token: Token) -> bool:
        """A name, but not words in lower case ("the health board": the board meant), nor a kind of
        organisation the document names nothing by ("the Company said": the company meant)."""
        ent = self.ent_of.get(token.i)
        alone = (ent is None or len(ent) == 1) and not any(c.dep_ == "compound" for c in token.children)
        if alone and token.lower_ in ORGANISATION_KINDS and self.people.resolve(token.text) is None or (
                ent is not None and ent.text.islower()):
            return False
        return (ent is not None and ent.label_ in NAME_TYPES) or (token.pos_ == "PROPN" and token.text[:1].isupper())

    def document_in(self, verb: Token) -> Speaker | None:
        """A document named by "in a statement" on the verb of saying."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ == "in":
                for noun in prep.children:
                    if noun.dep_ == "pobj" and noun.tag_ == "NN" and noun.lemma_.lower() in DOCUMENT_NOUNS:
                        return Speaker(self.fullest(noun), "DOCUMENT")
        return None

    def name_at(self, token: Token) -> Speaker | None:
        """The named person whose name starts at ``token`` (a name line, a name after a quote)."""
        ent = self.ent_of.get(token.i)
        if ent is None or ent.start != token.i or ent.label_ != "PERSON":
            return None
        return self._named(ent.root)

    def persons_before(self, i: int) -> Iterator[str]:
        """Distinct people named before token ``i``, nearest first, outside quotes and boilerplate."""
        seen: set[str] = set()
        for speaker, _ in self._mentions(i):
            if speaker.type == "PERSON" and speaker.name not in seen:
                seen.add(speaker.name)
                yield speaker.name

    def salient_person(self, i: int, pronoun: str = "", *, fits: Callable[[str], bool] | None = None) -> str | None:
        """Whom "he"/"she" at token ``i`` refers to: of the people in the nearest sentence naming
        anyone, the subject closest to its main clause, of equals the last clause's ("Ana Ruiz beat
        Li's side. “…,” she said"), else the last one named. People in the pronoun's own sentence count
        only as subjects ("Asked about Li, she said"). Only names ``fits`` accepts count, if given; else a subject name
        of unknown kind counts as a person too, unless it ends in a title ("Maharashtra's Industries
        Minister, Prakash Deshmane,"). A
        person a courtesy title or a first name genders otherwise than the ``pronoun`` is skipped ("Mr
        Ruiz", "Pedro Ruiz" for "she"); one a first name only mostly given to the other sex, only if
        no one else fits."""
        wanted = {"him": "he", "her": "she"}.get(pronoun, pronoun)
        for genders in (self.people.likely_pronouns, self.people.pronouns):  # "Jamie X … he": only if no one else
            mentions = (
                (speaker.name, span)
                for speaker, span in self._mentions(i)
                if (fits(speaker.name) if fits is not None else speaker.type == "PERSON" or (
                    speaker.type is None and is_subject(span.root) and not is_title(span.root.text)))
                and (not wanted or genders.get(speaker.name, wanted) == wanted)
            )
            if (found := self._salient(i, mentions)) is not None:
                return found
        return None

    def _salient(self, i: int, mentions: Iterator[tuple[str, Span]]) -> str | None:
        own, fallback = self.sentence(i).start, None
        for start, group in groupby(mentions, key=lambda m: self.sentence(m[1].start).start):
            candidates = list(group)
            subjects = [(_depth(span.root), -span.root.head.i, span.start, name) for name, span in candidates
                        if is_subject(span.root)]
            if subjects:
                return min(subjects)[-1]  # of the shallowest, the last clause's
            if start != own:
                return candidates[0][0]
            fallback = candidates[0][0]
        return fallback

    def _mentions(self, i: int) -> Iterator[tuple[Speaker, Span]]:
        """Names of people (or of unknown kind) before token ``i`` with their spans, nearest first,
        outside quotes and boilerplate."""
        j = i - 1
        while j >= max(0, i - ANTECEDENT_WINDOW):
            token = self.sdoc[j]
            span = self._name_span(token) if token.pos_ == "PROPN" or token.i in self.ent_of else None
            if span is not None and self._is_mention(span):
                speaker = self._named(span.root, span)
                if speaker and speaker.type in ("PERSON", None):
                    yield speaker, span
            j = span.start - 1 if span is not None else j - 1

    def _is_mention(self, span: Span) -> bool:
        """Whether a name span mentions someone: outside quotes and boilerplate, and not a
        modifier inside another kind of name ("Green" in "the Green Deal Initiative";
        "Lula" in "the Lula-Macron meeting" is a mention, and so is a person's full name the parser
        hung on the next one: "critic Ana Ruiz and Leader Bo Li")."""
        root = span.root
        named = self.people.resolve(span.text)
        person = named is not None and self.people.type_of(named) == "PERSON" and len(span) > 1
        if root.dep_ in MODIFIERS and root.head.pos_ == "PROPN" and root.head.i >= span.end and not person:
            owner = self.people.resolve(root.head.text)
            if owner is None or self.people.type_of(owner) != "PERSON":
                return False
        return not self.in_quote(root) and not self.document.in_boilerplate(span.start_char)

    def fullest(self, head: Token, *, placed: bool = False) -> str:
        """The longest phrase in the document with the same head that contains this one's words,
        from the same paragraph if there is one ("an official" -> "Anonymous Brazilian official");
        ``placed``: with where the person is ("the engineer" -> "engineer in the Dublin office")."""
        own = self._phrase(head, placed=placed)
        words = {t.lower_ for t in own}
        paragraph = self._paragraph(head)
        best, best_key = own, (False, True, len(own))
        for token in self.nouns.get(head.lemma_, []):
            if self.in_quote(token):
                continue
            phrase = self._phrase(token, placed=placed)
            if words <= {t.lower_ for t in phrase} and not self.document.in_boilerplate(token.idx):
                key = (len(phrase) > len(own), self._paragraph(token) == paragraph, len(phrase))
                if key > best_key:
                    best, best_key = phrase, key
        return joined(best)

    def _phrase(self, head: Token, *, placed: bool = False) -> list[Token]:
        """The head with its left modifiers, without determiners; ``placed``: and with the phrases
        after it saying where it is or what they do, up to a comma ("official at the council", "person
        close to the board", "engineer who worked on the device", "woman leaving a polling site"; not
        "who asked not to be named" or "with 19 years on the force")."""
        left = [t for c in head.lefts if c.dep_ in ("amod", "compound", "nmod", "poss") or (
            c.dep_ == "nummod" and not c.like_num and any(ch.isalpha() for ch in c.text))
            for t in c.subtree]  # "top-20 shareholder", not "two officials"
        right = [t for c in head.rights if placed and _identifies(c) for t in _up_to_comma(c)]
        return [t for t in sorted([*left, head]) if t.lower_ not in _DETERMINERS and t.pos_ not in ("PRON", "SPACE") and (
            t.pos_ != "PUNCT" or t.tag_ == "HYPH")] + _contiguous(head, right)  # "long-time investor"

    def _paragraph(self, token: Token) -> int:
        """The number of the line holding ``token``."""
        return bisect_right(self.line_breaks, token.idx)

    def _name_span(self, token: Token) -> Span:
        """The entity holding ``token``, else its run of proper-noun compounds."""
        ent = self.ent_of.get(token.i)
        if ent is not None:
            return ent
        start = token.i
        while start > 0 and self.sdoc[start - 1].pos_ == "PROPN" and self.sdoc[start - 1].dep_ == "compound":
            start -= 1
        return self.sdoc[start: token.i + 1]

    def _named(self, head: Token, span: Span | None = None) -> Speaker | None:
        span = span or self._name_span(head)
        name = self.people.settled.get(span.end_char) or self.people.resolve(span.text)
        kind = (self.people.type_of(name) if name else None) or span.label_ or None
        if kind not in _SPEAKING_TYPES:
            return None
        if name is None:
            name = normalize_name(span.text, person=kind == "PERSON")
        if kind != "PERSON":
            owner = next((c for c in span.root.children if c.dep_ == "poss" and c.i < span.start), None)
            if owner is not None:
                name = self.document.text[owner.left_edge.idx: span.end_char]
        if not name:
            return None
        if kind == "PERSON":
            return Speaker(name, kind, self.people.role(name))
        return Speaker(self.people.legal_names.get(name, name), kind)

    def _person(self, name: str | None) -> Speaker | None:
        return Speaker(name, "PERSON", self.people.role(name)) if name else None

    def _joint(self, members: list[Speaker | None]) -> Speaker | None:
        """Several speakers as one; the one speaker all name ("co-founder and chief executive X")."""
        named = list({m.name: m for m in members if m is not None}.values())
        if len(named) == 1 and len(members) > 1 and None not in members:
            return named[0]
        if len(members) < 2 or len(named) < len(members):
            return None
        roles = [m.role for m in named if m.role]
        return Speaker(
            " and ".join(m.name for m in named),
            "JOINT",
            " and ".join(roles) if len(roles) == len(named) else None,
        )

    def _is_pair(self, head: Token) -> bool:
        """A known pair: "both leaders", "both sides", "the two" (not "two officials")."""
        words = {head.lower_} | {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
        return "both" in words or ("two" in words and "the" in words)

    def _antecedent(self, sentence: Span) -> Speaker | None:
        """What "they" refers to: the plural subject of a sentence just before."""
        for _ in range(3):
            if sentence.start == 0:
                return None
            sentence = self.sentence(sentence.start - 1)
            subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in _PLURAL_PRONOUNS:
                continue
            if subject.conjuncts or subject.tag_ in ("NNS", "NNPS"):
                return self.of(subject)
        return None

    def _it(self, sentence: Span) -> Speaker | None:
        """What a speaking "it" refers to: the organisation, state or document that is the subject
        of the nearest sentence before outside quotes ("Norvex cut its forecast. “…,” it said")."""
        for _ in range(3):
            if sentence.start == 0:
                return None
            sentence = self.sentence(sentence.start - 1)
            if self.in_quote(sentence.root):
                continue
            subject = next((c for c in sentence.root.children if c.dep_ in SUBJECTS), None)
            if subject is None or subject.pos_ == "PRON":
                return None
            speaker = self.of(subject)
            return speaker if speaker and speaker.type in _IT_TYPES else None
        return None

    def _is_bare_title(self, head: Token) -> bool:
        """A title standing alone for a person, as headlines write it ("Mayor warns of …")."""
        span = self._name_span(head)
        return head.text[:1].isupper() and is_title(head.text) and not any(
            c.dep_ in ("det", "poss") for c in head.children) and all(
            is_title(t.text) or t.pos_ == "ADJ" for t in span)

    def _titled(self, head: Token) -> Speaker | None:
        """A person named before whose role holds this noun ("the chancellor", "the minister"), and
        most of its modifiers ("the regional director"); for
        a word for any leader ("the union leader"), the person named last if their role ends in a
        title; for a title without a determiner (a headline's "Mayor warns …", "flood-hit mayor
        vows …"), the one person of the article whose role holds it. Not for "a"/"an"."""
        if head.lemma_.lower() in ORGANISATION_KINDS and not is_title(head.text):
            return None  # "the union said": the union, not its secretary whose role names it
        if any(c.dep_ == "det" and c.lower_ != "the" for c in head.children) or not (
            self._is_bare_title(head) or is_title(head.text) or head.lemma_.lower() in lexicon.words("leader_nouns")
            or any(c.dep_ == "det" for c in head.children)
        ):
            return None
        modifiers = [c.lower_ for c in head.lefts if c.dep_ in MODIFIERS]

        def fit(role: str) -> tuple[int, int]:  # the title's modifiers the role holds, then the fewest other words
            words = role.lower().split()
            return sum(m in words for m in modifiers), -len(words)

        held = [(name, role) for name, _ in zip(self.persons_before(head.i), range(5))
                if (role := self._role_holding(name, head))]
        titled = sorted((fit(role), name) for name in self.people.roles if (role := self._role_holding(name, head))
                        and self.people.type_of(name) == "PERSON")
        if held:  # the nearest, unless another's role also holds the title's modifiers ("the regional director",
            name, role = max(held, key=lambda h: fit(h[1])[0])  # "says shadow chancellor": not "the chancellor")
            if fit(role)[0] or not modifiers or not titled or titled[-1][0][0] == 0:
                return Speaker(name, "PERSON", role)
            return Speaker(titled[-1][1], "PERSON", self.people.role(titled[-1][1]))
        if head.lemma_.lower() in lexicon.words("leader_nouns"):  # "the union leader": its president
            leader = next(self.persons_before(head.i), None)
            role = self.people.role(leader) if leader else None
            if leader and role and any(is_title(word) for word in role.split()[-2:]):
                return Speaker(leader, "PERSON", role)
        if any(c.dep_ == "det" for c in head.children) and not (len(titled) == 1 and title_noun(head)):
            return None  # but "the minister" is the one minister of the article, named further back
        if not titled or len(titled) > 1 and titled[-1][0] == titled[-2][0]:
            return None  # none, or no one fits best ("says shadow chancellor": not "the chancellor")
        return Speaker(titled[-1][1], "PERSON", self.people.role(titled[-1][1]))

    def _role_holding(self, name: str, title: Token) -> str | None:
        """The first of the roles of ``name`` that holds the title ("state Sen." of one called "the bill's sponsor")."""
        return next((role for role in self.people.every_role(name) if _holds(role, title)), None)

    def _organisation(self, head: Token) -> Speaker | None:
        """The organisation a noun outside quotes refers to (:meth:`People.organisation_meant`)."""
        span = self.people.organisation_meant(self.sdoc, head, counts=lambda s: not self.in_quote(s.root))
        return self._named(span.root, span) if span is not None else None


def _holds(role: str, title: Token) -> bool:
    """Whether a role holds a title word, also spelt otherwise ("CEO" in "chief executive of Acme"), and
    not as another post ("former mayor" is not "the mayor"; it is "the former mayor")."""
    ordered = [word.strip(",.;:") for word in re.split(r"[\s-]+", spelled_out(role).lower())]  # "investigator-in-charge"
    qualifiers = lexicon.words("rank_qualifiers")
    own = {c.lower_ for c in title.lefts} & qualifiers
    if any(word == title.lower_ and k and ordered[k - 1] in qualifiers - own for k, word in enumerate(ordered)):
        return False
    words = set(ordered)
    synonyms = lexicon.table("title_synonyms")
    if title.lower_ in words or all(word in words for word in synonyms.get(title.lower_, title.lower_).split()):
        return True
    return any(short in words and title.lower_ in long.split() for short, long in synonyms.items())


def _titled_name(head: Token) -> Token:
    """The person a bare capitalised title names when the parser hung them on its "for"/"of"
    ("Transport Secretary for Wales Ceri Pugh said"), else the subject itself (also for someone
    speaking for a person: "a spokesman for Prime Minister X")."""
    if not is_title(head.text) or not head.text[:1].isupper() or any(c.dep_ == "det" for c in head.children):
        return head  # "a spokesman for Prime Minister X" speaks for X
    objects = (o for p in head.children if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in p.children)
    return next((o for o in objects if o.dep_ == "pobj" and o.ent_type_ == "PERSON"), head)


def _subject_of_clause_before(verb: Token) -> Token | None:
    """The subject the parser gave a clause describing it, which it took for what a verb of saying
    introduces ("Its founder, Tom Kilbride, whose mother waited 41 hours, said: “…”"): the first
    subject of the clause before ", said:", else None."""
    doc = verb.doc
    if not (verb.i > 0 and doc[verb.i - 1].text == "," and verb.i + 1 < len(doc) and doc[verb.i + 1].text == ":"):
        return None
    clause = next((c for c in verb.lefts if c.dep_ == "ccomp"), None)
    return next((t for t in clause.subtree if t.dep_ == "nsubj" and t.head == clause), None) if clause is not None else None


def _fronted_apposition(verb: Token) -> Token | None:
    """The subject the parser hung on a place fronting the clause ("In Girona, the bid's director,
    Jordi Puig, congratulated …"): the last apposition of the place, else None."""
    fronted = next((c for c in verb.lefts if c.dep_ != "punct"), None)
    fronted = fronted if fronted is not None and fronted.dep_ == "prep" else None
    place = next((c for c in fronted.children if c.dep_ == "pobj"), None) if fronted is not None else None
    described = None
    while place is not None and (place := next((c for c in place.children if c.dep_ == "appos"), None)) is not None:
        described = place
    return described


def _who(head: Token) -> Token:
    """The person a "who" clause hung on a place or an organisation describes: the one whose role
    ends in it ("X, spokesman for the Reform Party, who has called …" is X's clause)."""
    token = head
    while head.ent_type_ in _NOT_WHO and token.ent_type_ != "PERSON" and token.dep_ in ("pobj", "appos"):
        token = token.head.head if token.dep_ == "pobj" else token.head
    return token if token.ent_type_ == "PERSON" else head


def _identifies(modifier: Token) -> bool:
    """A phrase after an unnamed person's noun that says who they are: where they are ("at the
    council", "at one of its suppliers"), a quality ("close to the board") or what they do ("who
    worked on it", "leaving the site"), but not what they have ("with 19 years …") nor why they are
    unnamed ("who asked not to be named")."""
    if modifier.dep_ == "prep":
        return modifier.lower_ != "with"
    if modifier.dep_ in ("acl", "relcl"):
        return modifier.lemma_.lower() not in lexicon.words("anonymity_verbs")
    return modifier.dep_ == "amod"


def _up_to_comma(token: Token) -> list[Token]:
    """A phrase's words before the first comma after its head ("Unison, which represents …")."""
    words = list(token.subtree)
    cut = next((k for k, t in enumerate(words) if t.i > token.i and t.is_punct), len(words))
    return words[:cut]


def _contiguous(head: Token, words: list[Token]) -> list[Token]:
    """Of the words right of ``head``, those running on from it without a gap."""
    run: list[Token] = []
    for token in sorted(words):
        if token.i != (run[-1].i if run else head.i) + 1:
            break
        run.append(token)
    return run


def name_after_comma(head: Token) -> Token | None:
    """A person's name right after the comma that ends the phrase ``head`` heads, which the parser
    hung elsewhere ("according to Hanbit's head of quality, Choi Eun-ji"), or None."""
    doc, i = head.doc, head.right_edge.i + 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B" or doc[i + 1].ent_type_ != "PERSON":
        return None
    return next(e.root for e in doc.ents if e.start == i + 1)


def _depth(token: Token) -> int:
    """How many heads lie between ``token`` and its sentence's root, a clause joined to another by "and"
    as deep as it ("A will chair it, and B will become deputy": both main clauses)."""
    return sum(1 for t in (token, *token.ancestors) if t.head != t and not (t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")))
