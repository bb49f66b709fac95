"""People, organisations and states that take part, with their roles.

A named person takes part unless they are only background: inside someone else's role
("a former adviser to Jane Smith") or a point in time ("since John Jones"). An
organisation or state takes part when it acts in at least one mention: the subject of a verb,
the agent of a "by" phrase, the source of "according to", a quoted speaker, the body whose
head or staff act ("the heads of Acme and Globex", "economists at the Bank warned", "according to
analysts at Acme", "a spokesperson for Acme said"), an organisation a named person visits, meets or joins, or one a relative
clause has act, even inside someone's role ("an analyst at Acme, which cut its rating"). Events
("the Summit took place") and places things happen at ("sales at the Stadium") do not act; an
organisation spaCy labels ORG in a mention of its own (not inside someone's role) is cited.
Boilerplate, datelines and bylines never count (see :mod:`.names`).

Confidence: 1.0 for a quoted speaker or a person named in full; otherwise it grows with the
number of mentions that show the name acting (0.7 for one, 0.9 for two, 1.0 from three); 0.5 for
an organisation only cited.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from ..ingest import Document
from .deps import ANY_SUBJECTS, MODIFIERS, is_apposition
from .model import Participant, Quote
from .names import (INSTITUTIONS, NAME_HONORIFICS, ORGANISATION_KINDS, OWNER, PLACE_PREPOSITIONS, SOURCE_NOUNS, STAKE_NOUNS,
                    STATE_BODIES, Mention, People, ends_in_kind, kind_headed, legal_form, name_key, normalize_name, with_legal_form)
from .places import country_of, region_of
from .roles import HONORIFICS, is_title, staff_noun, title_noun
from .sentences import Sentences, covering

PARTICIPANT_TYPES = ("PERSON", "ORG", "GPE")
#: Verbs whose object organisation takes part with the person doing them; words for staff (lexicon).
_ENCOUNTERS = lexicon.words("encounter_verbs")
#: Prepositions that make a person a point in time, not a participant ("since Jones").
_TIME_PREPOSITIONS = ("since", "under", "before", "after", "until")


def extract_participants(sdoc: Doc, document: Document, people: People, quotes: list[Quote]) -> list[Participant]:
    """One participant per canonical name that takes part, in order of first mention."""
    speakers = {people.resolve(q.speaker) or q.speaker for q in quotes if q.speaker}
    sentences = Sentences(sdoc)
    out: list[Participant] = []
    for name, kind in people.types.items():
        if kind not in PARTICIPANT_TYPES:
            continue
        mentions = people.mentions_of(name)
        located = [(m, sdoc.char_span(m.start, m.end)) for m in mentions]
        own = [m for m, s in located if not _inside_role(m, name, people) or s is not None and _clause_of_its_own(s)]
        spans = [s for m, s in located if s is not None and m in own]
        acting = _acting(kind, name, spans) + sum(map(_acts, people.kind_mentions.get(name, [])))
        if name in speakers or (kind == "PERSON" and len(name.split()) > 1 and acting):
            confidence = 1.0
        elif acting:
            confidence = min(1.0, 0.5 + 0.2 * acting)
        elif kind == "ORG" and _cited(name, own, spans):
            confidence = 0.5  # an organisation the article names in its own words is cited
        else:
            continue
        participant = _participant(sdoc, sentences, document, people, name, kind, mentions, quotes)
        participant.confidence = confidence
        out.append(participant)
    return sorted(out, key=lambda p: p.mentions[0])


def _cited(name: str, own: list[Mention], spans: list[Span]) -> bool:
    """An organisation spaCy labels ORG, named in a mention of its own as a name, not a title
    ("Minister of Finance"), not a modifier of another noun ("the X pipeline") unless of what it
    publishes ("X data show") or it starts a sentence and ends in a kind of organisation, and not a
    place something happens at ("at Old Trafford"; but "job cuts at Harbour Bank" names a company)."""
    words = name.split()
    if is_title(words[0]) or is_title(words[-1]) or not any(m.label == "ORG" for m in own):
        return False
    return any(
        (root := with_legal_form(s).root).dep_ not in ("compound", "amod", "nmod") and (kind_headed(s) or not _at_place(root))
        or root.dep_ == "compound" and s.end < len(s.doc) and s.doc[s.end].lower_ in SOURCE_NOUNS  # "X data show"
        or kind_headed(s) and s.start == s.sent.start  # "Harbour Electric Cooperative cut power", however parsed
        for s in spans
    )


def _at_place(token: Token) -> bool:
    """A place something happens at ("sales at the Stadium"), not a company owned ("shares in Acme")."""
    preposition = token.head
    return token.dep_ == "pobj" and preposition.lower_ in PLACE_PREPOSITIONS and preposition.head.lemma_.lower() not in STAKE_NOUNS


def _clause_of_its_own(span: Span) -> bool:
    """An organisation named in someone's role that a relative clause says acts ("an analyst at X,
    which put the bank on watch"; "director of X, a charity that has sent food")."""
    doc = span.doc
    described = [span.root]
    if span.end + 1 < len(doc) and doc[span.end].text == ",":
        described += [t for t in doc[span.end + 1: span.end + 5] if t.pos_ == "NOUN" and t.lemma_.lower() in ORGANISATION_KINDS][:1]
    return any(_acts_in_clause(noun) for noun in described)


def _acts_in_clause(noun: Token) -> bool:
    """A relative clause about the noun has it do something ("X, which put …"; not "which is in Leeds")."""
    return any(c.dep_ == "relcl" and c.lemma_ != "be" and any(
        w.dep_ in ("nsubj", "nsubjpass") and w.lower_ in ("which", "that") for w in c.children) for c in noun.children)


def _inside_role(mention: Mention, name: str, people: People) -> bool:
    """Whether the mention lies in the role words of another name ("at Acme University")."""
    return any(
        other != name and start <= mention.start and mention.end <= end
        for other, (start, end) in people.role_extents.items()
    )


def _acting(kind: str, name: str, spans: list[Span]) -> int:
    """How many mentions show the name taking part; for a person named in full, every mention
    that is not a point in time."""
    if kind == "PERSON" and len(name.split()) > 1:
        return sum(not _in_time_phrase(s.root) for s in spans)
    return sum(_acts(s.root) for s in spans)


def _in_time_phrase(token: Token) -> bool:
    return token.dep_ == "pobj" and token.head.lower_ in _TIME_PREPOSITIONS


def _acts(token: Token) -> bool:
    """The name (or the noun it names the kind of: "the Xinhua agency", or its legal form:
    "Acme Corp.") acts in the sentence; a place only as the owner of a state's body ("the Kenya
    government said", not "a Calgary think tank found")."""
    while token.dep_ in MODIFIERS and token.head.i > token.i and (
        token.head.pos_ == "NOUN" or token.head.is_lower or legal_form(token.head)
    ):
        if token.ent_type_ == "GPE" and token.head.lemma_.lower() not in INSTITUTIONS | STATE_BODIES:
            return False
        token = token.head
    while token.dep_ == "conj" or is_apposition(token):
        token = token.head  # "Acme and Bolt said"; "the carmaker Acme said"
    head = token.head
    if token.ent_type_ == "ORG" and _acts_in_clause(token):
        return True
    if token.dep_ in ANY_SUBJECTS and head.pos_ in ("VERB", "AUX"):
        return not _happens(head)
    if token.dep_ == "dobj" and token.ent_type_ == "ORG" and head.lemma_ in _ENCOUNTERS:
        return any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in head.children)
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "by" or (head.lower_ == "to" and head.head.lower_ == "according"):
        return True
    staff = head.head
    if token.ent_type_ == "ORG" and head.lower_ in ("at", "from", "of", "for") and (staff.dep_ in ANY_SUBJECTS or (
            staff.dep_ == "pobj" and staff.head.lower_ == "to" and staff.head.head.lower_ == "according")):
        return staff_noun(staff)  # "Economists at the Bank warned", "according to analysts at X"; not "sales at the Stadium"
    return head.lower_ == "of" and title_noun(head.head)


def _happens(verb: Token) -> bool:
    """ "took place", "was held": the subject is an event, not an actor."""
    return verb.lemma_ == "hold" and any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.lemma_ == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children)
    )


def _participant(
    sdoc: Doc, sentences: Sentences, document: Document, people: People, name: str, kind: str, mentions: list[Mention], quotes: list[Quote]
) -> Participant:
    start, end = people.role_spans.get(name, (mentions[0].start, mentions[0].end))
    sentence = sentences.of(covering(sdoc, start, end).start)
    words = [t for t in sentence if not t.is_space]
    return Participant(
        doc=document.name,
        span=(start, end),
        sentence=document.text[sentence.start_char: words[-1].idx + len(words[-1])],
        sentence_start=sentence.start_char,
        in_quote=any(q.span[0] <= start and end <= q.span[1] for q in quotes),
        name=name,
        aliases=_aliases(sdoc, people, name, kind, mentions),
        type=kind,
        role=people.role(name),
        role_standalone=people.roles_standalone.get(name),
        mentions=[(m.start, m.end) for m in mentions],
    )


def _aliases(sdoc: Doc, people: People, name: str, kind: str, mentions: list[Mention]) -> list[str]:
    """Other forms of the name in the document: shorter forms, with a title ("President Boric"),
    with "the" ("the Senate"), with the legal form the article writes ("Acme Ltd"), or without the
    country or named owner it starts with ("U.S. National Weather Service" is "National Weather Service",
    "the World Bank's Finance Corporation" is "Finance Corporation")."""
    legal_name = people.legal_names.get(name)
    forms: dict[str, str] = {} if legal_name is None else {name_key(legal_name): legal_name}
    for full in filter(None, (name, legal_name)):
        owned = OWNER.match(full)
        owner, rest = (owned[1], full[owned.end():]) if owned else full.partition(" ")[::2]
        if kind == "ORG" and len(rest.split()) > 1 and (country_of(owner) or region_of(owner) or owned and people.resolve(owner) not in (None, name)):
            forms[name_key(rest)] = rest  # "Singapore's Straits Bank Ltd" is "Straits Bank Ltd"
    for mention in mentions:
        span = sdoc.char_span(mention.start, mention.end)
        if span is None:
            continue
        form = normalize_name(span.text, person=kind == "PERSON")
        forms.setdefault(name_key(form), form)
        before = sdoc[max(span.start - 3, 0): span.start]
        if kind == "PERSON" and _bare_title(before):
            forms.setdefault(name_key(f"{before[-1].text} {span.text}"), f"{before[-1].text} {span.text}")
        elif kind == "ORG" and len(before) and before[-1].lower_ == "the" and span.root.dep_ != "compound":
            forms.setdefault(name_key(f"the {span.text}"), f"the {span.text}")
    if kind == "PERSON" and name.split()[0] in NAME_HONORIFICS:  # "Sir Anthony Maddox" is also "Anthony Maddox"
        forms.setdefault(name_key(name.split(" ", 1)[1]), name.split(" ", 1)[1])
    forms.pop(name_key(name), None)
    return sorted(forms.values())


def _bare_title(before: Span) -> bool:
    """The name follows a one-word title on its own ("Mr.", "accompany President"), not part of
    a longer one ("Chilean President", "Secretary of State")."""
    if not len(before) or not before[-1].text[:1].isupper() or not is_title(before[-1].text):
        return False
    word = before[-1].lower_.rstrip(".")
    return word in HONORIFICS or len(before) < 2 or not (before[-2].text[:1].isupper() or before[-2].lower_ == "of")
