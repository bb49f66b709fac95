"""What a set of facts knows about its people, organisations and figures: the answers and distractors.

Names are settled once all facts are in, in order:
1. an "organisation" led by a courtesy title ("Ms Raman") or described by a person's noun ("the health
   secretary") names a person, and a "person" described by an organisation's noun ("the budget airline")
   or named like one ("Dunmore City") an organisation, whatever type the extractor guessed;
2. a title-and-surname name ("Ms Raman") or a lone surname joins the one person of its article with
   that surname and a fuller name ("Priya Raman");
3. a person known by a surname alone takes the full name its article writes once ("Declan Moriarty"),
   so a key is the full name and accepts the surname and the titled form;
4. the short form a key accepts is the surname, or the word of the name the articles write alone when
   they never write the surname alone ("Xi" for "Xi Jinping").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeGuard
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..extract.model import Fact, Figure, Participant, Quote
from ..extract.numbers import ORDINAL_WORDS
from spacy.lang.en.stop_words import STOP_WORDS

from .text import PARTICLES, PRONOUNS, REFERRING, TITLES, norm, strip_article, surname, word_count

#: Nouns that describe a person, never an organisation.
ORDINALS = frozenset(ORDINAL_WORDS)
PERSON_NOUNS = frozenset("analyst economist professor scientist researcher minister president director executive "
                         "head chief boss leader member lawyer attorney judge toxicologist doctor "
                         "spokesman spokeswoman spokesperson author coach manager player expert journalist "
                         "editor officer chairman chairwoman founder secretary governor mayor senator ambassador "
                         "commentator negotiator engineer scholar fellow lecturer councillor councilor teacher nurse student "
                         "worker farmer resident historian politician physician surgeon pilot driver captain striker "
                         "goalkeeper winger substitute critic violinist prosecutor inspector commander skip commissioner chancellor "
                         "treasurer premier sheriff".split())
#: Words that end or make up an organisation's name or description, never a person's.
ORG_WORDS = frozenset("inc inc. corp corporation co ltd llc plc ag sa group industries holdings bank agency "
                      "ministry department company university institute association union council startup club "
                      "firm fc united city rovers athletic collection museum gallery commission".split())


#: Nouns an article introduces an organisation or a place with, right before its name ("the retail
#: association X", "the suburb of X"): what the name names, whatever the parser guessed.
INTRODUCED_AS = {
    "ORG": ("association", "union", "federation", "alliance", "council", "company", "firm", "group", "agency",
            "ministry", "department", "bank", "club", "side", "party", "charity", "organisation", "organization",
            "nonprofit", "operator", "lender", "retailer", "insurer", "maker", "carrier", "line", "airline",
            "chipmaker", "carmaker", "museum", "newspaper", "broadcaster", "regulator", "startup", "team"),
    "GPE": ("suburb", "village", "town", "city", "region", "province", "district", "county", "island",
            "neighbourhood", "neighborhood", "municipality", "port", "capital"),
}


#: Quote speaker types that are named actors (ANONYMOUS and JOINT speakers are not one actor).
ACTOR_TYPES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "GPE", "DOCUMENT": "DOCUMENT"}


@dataclass
class Actor:
    """A person, organisation or state of the set, with every name form and role seen."""

    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    docs: set[str] = field(default_factory=set)
    #: The fullest name each article writes (articles may spell one person differently).
    names: dict[str, str] = field(default_factory=dict)

    def name_in(self, doc: str) -> str:
        """The name as article ``doc`` writes it (the set-wide name when the article does not name it)."""
        return self.names.get(doc, self.name)

    @property
    def forms(self) -> set[str]:
        return {norm(self.name)} | {norm(a) for a in self.aliases}

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None


def usable_role(role: str | None) -> TypeGuard[str]:
    """A role a question can stand on: two words or more, referring to nothing outside itself, not ending in
    the title of the name it stood before ("fire service spokesman Colonel")."""
    if not role or not 2 <= word_count(strip_article(role)) <= 14:
        return False
    words = norm(role).split()
    return not any(w in REFERRING for w in words) and words[-1] not in TITLES


def named(name: str | None) -> TypeGuard[str]:
    """Whether ``name`` names someone (not empty, not a pronoun)."""
    return bool(name and norm(name) not in PRONOUNS and any(c.isupper() for c in name))


def titled(name: str) -> bool:
    """"Ms Raman", "Dr. Hassan": a name led by a courtesy or academic title."""
    words = name.split()
    return len(words) >= 2 and words[0].lower().rstrip(".") in TITLES


def role_head(role: str | None) -> str:
    """The head noun of a description: its last word before "of", "at", "in" … ("secretary" of "the health secretary")."""
    head = norm(re.split(r"\b(?:of|at|in|for|from|with|to)\b", strip_article(role or ""))[0]).split()
    return head[-1] if head else ""


def person_role(role: str | None) -> bool:
    """"The health secretary", "a climatologist at …": a description whose head noun is a person's."""
    head = role_head(role)
    return head in PERSON_NOUNS or head.endswith("ist") and len(head) > 5


def org_role(role: str | None) -> bool:
    """"Budget airline", "a family firm from Goole": a description whose head noun is an organisation's."""
    return role_head(role) in INTRODUCED_AS["ORG"]


class Pool:
    """Actors and figures of a set of facts; ``texts`` (article name -> text) lets names be settled in full."""

    def __init__(self, facts: Iterable[Fact], texts: Mapping[str, str] | None = None) -> None:
        self.actors: list[Actor] = []
        self.figures: list[Figure] = []
        self._by_form: dict[str, Actor] = {}
        for fact in facts:
            if isinstance(fact, Participant) and named(fact.name):
                self._add(fact.name, fact.type, fact.aliases, fact.standalone_role, fact.doc, fact.entity)
            elif isinstance(fact, Quote) and named(fact.speaker) and fact.speaker_type in ACTOR_TYPES:
                self._add(fact.speaker, ACTOR_TYPES[fact.speaker_type], [], fact.speaker_role, fact.doc, "")
            elif isinstance(fact, Figure):
                self.figures.append(fact)
        self._texts = dict(texts or {})
        self._short: dict[str, str] = {}
        self._settle(self._texts)

    def _settle(self, texts: Mapping[str, str]) -> None:
        """Rules 2-3 of the module docstring (rule 1 is applied as facts come in)."""
        for actor in self.actors:
            if actor.type == "PERSON":
                self._strip_leading_words(actor)
        for actor in list(self.actors):
            if actor.type == "PERSON":
                fuller = [a for a in self.actors if a is not actor and a.type == "PERSON" and a.docs & actor.docs
                          and not titled(a.name) and (
                              (titled(actor.name) or " " not in actor.name)
                              and norm(surname(a.name)) == norm(surname(actor.name))
                              and word_count(a.name) > word_count(surname(actor.name))
                              or a.name.endswith(f" {actor.name}"))]  # "Ruiz Montero" of "Carmen Ruiz Montero"
                if len(fuller) == 1:
                    self._merge(actor, fuller[0])
        for actor in self.actors:
            words = actor.name.split()
            if actor.type == "PERSON" and not titled(actor.name) and len(words) == 2 == word_count(actor.name) \
                    and words[0] not in PARTICLES \
                    and not any(_alone(texts.get(doc, ""), words[1], words[0]) for doc in actor.docs):
                # a two-word name whose last word is never written alone is a two-part surname ("Ruiz Montero")
                full = {_full_name(texts.get(doc, ""), actor.name) for doc in actor.docs}
                if len(full) == 1 and (name := full.pop()):  # "Ruiz Montero" written whole as "Mara Ruiz Montero"
                    actor.aliases.add(actor.name)
                    actor.name = name
                    actor.names = {doc: name for doc in actor.docs}
                    self._by_form[norm(name)] = actor
            elif actor.type == "PERSON" and (titled(actor.name) or " " not in actor.name):
                full = {_full_name(texts.get(doc, ""), surname(actor.name)) for doc in actor.docs}
                if len(full) == 1 and (name := full.pop()):
                    actor.aliases.add(actor.name)
                    actor.name = name
                    actor.names = {doc: name for doc in actor.docs}
                    self._by_form[norm(name)] = actor

    def _strip_leading_words(self, actor: Actor) -> None:
        """"Special Public Prosecutor Jane Doe" -> "Jane Doe" (the titled form accepted), "Third Jane Doe" -> "Jane
        Doe": capitalised words before a name ending on a title, a person's noun or an ordinal (a position)."""
        words = actor.name.split()
        for k in range(1, len(words) - 1):
            rest, lead = " ".join(words[k:]), words[:k]
            if not all(w[:1].isupper() for w in lead):
                return
            if words[k - 1].lower().rstrip(".") in TITLES | PERSON_NOUNS | ORDINALS:
                if words[0].lower() not in ORDINALS:
                    actor.aliases.add(actor.name)
                actor.name = rest
                actor.names = {doc: rest for doc in actor.docs}
                self._by_form[norm(rest)] = actor
                return

    def _merge(self, part: Actor, whole: Actor) -> None:
        whole.aliases |= {part.name, *part.aliases} - {whole.name}
        whole.docs |= part.docs
        whole.roles += [r for r in part.roles if r not in whole.roles]
        for doc in part.docs:
            whole.names.setdefault(doc, whole.name)
        for form, actor in list(self._by_form.items()):
            if actor is part:
                self._by_form[form] = whole
        self.actors.remove(part)

    def _add(self, name, type_, aliases, role, doc, entity) -> None:
        type_ = ACTOR_TYPES.get(type_, type_)
        if type_ == "ORG" and (titled(name) or person_role(role)):
            type_ = "PERSON"  # rule 1
        elif type_ == "PERSON" and not titled(name) and (org_role(role) or norm(surname(name)) in ORG_WORDS):
            type_ = "ORG"  # "Skylark, the budget airline", "Dunmore City"
        forms = {norm(name), *(norm(a) for a in aliases)} | ({f"entity:{entity}"} if entity else set())
        actor = next((self._by_form[f] for f in forms if f in self._by_form), None)
        if actor is None:
            actor = Actor(name, type_)
            self.actors.append(actor)
        elif word_count(name) > word_count(actor.name):
            actor.aliases.add(actor.name)
            actor.name = name
        if type_ == "PERSON" and (titled(name) or person_role(role)):
            actor.type = "PERSON"
        actor.aliases.update(a for a in aliases if named(a))
        actor.aliases.discard(actor.name)
        actor.docs.add(doc)
        if word_count(name) >= word_count(actor.names.get(doc, "")):
            actor.names[doc] = name
        if usable_role(role) and all(fuzz.token_set_ratio(norm(role), norm(r)) < 90 for r in actor.roles):
            actor.roles.append(role)
        for form in forms:
            self._by_form[form] = actor

    def actor(self, name: str) -> Actor | None:
        return self._by_form.get(norm(name))

    def variants(self, name: str) -> list[str]:
        """Accepted forms of a name: its full name and aliases and, for a person, the surname when it is unique."""
        actor = self.actor(name)
        forms = [*([name] if name in actor.aliases else []), actor.name, *sorted(actor.aliases)] if actor else [name]
        if actor and actor.type == "PERSON":
            if self.unique_surname(actor):
                forms.append(self.short(actor.name))
            given = actor.name.split()[0]  # a lone given name the extractor took for an alias is no answer
            forms = [f for f in forms if f != given or f == self.short(actor.name)]
        members = [m for m in name.split(" and ") if m.strip()]
        if len(members) == 2:  # a joint speaker: "Putin and Xi", either order
            last = [self.short(m) for m in members]
            forms += [f"{last[0]} and {last[1]}", f"{last[1]} and {last[0]}", f"{members[1]} and {members[0]}"]
        return list(dict.fromkeys(f for f in forms if norm(f) and norm(f) not in PRONOUNS))

    def unique_surname(self, actor: Actor) -> bool:
        last = norm(self.short(actor.name))
        return sum(1 for a in self.actors if a.type == actor.type and norm(self.short(a.name)) == last) == 1

    def short(self, name: str) -> str:
        """How the articles call a person for short (rule 4): the surname, or the one word of the name they
        write alone when they never write the surname alone ("Xi" for "Xi Jinping")."""
        if name not in self._short:
            self._short[name] = self._shortest(name)
        return self._short[name]

    def _shortest(self, name: str) -> str:
        last, words = surname(name), name.split()
        actor = self.actor(name)
        text = "\n".join(self._texts.get(doc, "") for doc in (actor.docs if actor else ()))
        if len(words) < 2 or not text:
            return last

        def alone(word: str) -> int:
            """Mentions of ``word`` with no other capitalised word of a name beside it ("Xi said", not "Xi Jinping")."""
            before = rf"\b(?:{'|'.join(re.escape(w) for w in words if w != word)}) $"
            return sum(1 for m in re.finditer(rf"\b{re.escape(word)}\b", text)
                       if not re.match(r" [A-Z]", text[m.end():m.end() + 2])
                       and not re.search(before, text[max(0, m.start() - 30):m.start()]))

        if " " in last or alone(last) > 0:
            return last
        pair = " ".join(words[-2:])  # a two-part surname the article writes alone ("Ruiz Montero said")
        if len(words) >= 3 and words[-2][:1].isupper() and any(
                not text[:m.start()].rstrip().endswith(words[-3]) for m in re.finditer(rf"\b{re.escape(pair)}\b", text)):
            return pair
        used = [(alone(w), w) for w in words if w[:1].isupper() and w.lower().rstrip(".") not in TITLES]
        best = max(used, default=(0, last))
        return best[1] if best[0] > 0 else last

    def overlaps(self, a: str, b: str) -> bool:
        """Whether two names mean the same actor (one entity of the extractor, ``Participant.entity``)
        or one name holds the other's words (a surname, a member of joint speakers)."""
        first, second = self.actor(a), self.actor(b)
        if first is not None and first is second:
            return True
        wa, wb = set(norm(a).split()), set(norm(b).split())
        return bool(wa & wb) and (wa <= wb or wb <= wa)


def _alone(text: str, word: str, before: str) -> bool:
    """Whether ``text`` writes ``word`` without ``before`` right before it ("Aaltonen said", not "Henrik Aaltonen")."""
    return any(not text[:m.start()].rstrip().endswith(before) for m in re.finditer(rf"\b{re.escape(word)}\b", text))


def _full_name(text: str, last: str) -> str | None:
    """The one full name ``text`` writes for the surname ``last`` ("Declan Moriarty", "Tristram Hunt-Moreland"): a
    capitalised given name right before it that is no title, stop word or person's noun; None when there is none
    or several."""
    found = {f"{m.group(1)} {m.group(2)}"
             for m in re.finditer(rf"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?) ((?:[A-Z][a-z]+-)?{re.escape(last)})\b", text)
             if m.group(1).lower() not in STOP_WORDS | TITLES | PERSON_NOUNS
             and not re.search(rf"\b{m.group(1).lower()}\b", text)}  # a word also written lowercase is no given name
    return found.pop() if len(found) == 1 else None
