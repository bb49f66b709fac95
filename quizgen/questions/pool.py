"""What a set of facts knows about its people, organisations and figures: the answers and distractors."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeGuard
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ..extract.model import Fact, Figure, Participant, Quote
from .text import PRONOUNS, REFERRING, norm, strip_article, surname, word_count

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
    """A role a question can stand on: two words or more, referring to nothing outside itself."""
    if not role or not 2 <= word_count(strip_article(role)) <= 14:
        return False
    return not any(w in REFERRING for w in norm(role).split())


def named(name: str | None) -> TypeGuard[str]:
    """Whether ``name`` names someone (not empty, not a pronoun)."""
    return bool(name and norm(name) not in PRONOUNS and any(c.isupper() for c in name))


class Pool:
    """Actors and figures of a set of facts."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.actors: list[Actor] = []
        self.figures: list[Figure] = []
        self._by_form: dict[str, Actor] = {}
        for fact in facts:
            if isinstance(fact, Participant) and named(fact.name):
                self._add(fact.name, fact.type, fact.aliases, fact.role, fact.doc, fact.entity)
            elif isinstance(fact, Quote) and named(fact.speaker) and fact.speaker_type in ACTOR_TYPES:
                self._add(fact.speaker, ACTOR_TYPES[fact.speaker_type], [], fact.speaker_role, fact.doc, "")
            elif isinstance(fact, Figure):
                self.figures.append(fact)

    def _add(self, name, type_, aliases, role, doc, entity) -> None:
        type_ = ACTOR_TYPES.get(type_, type_)
        forms = {norm(name), *(norm(a) for a in aliases)} | ({f"entity:{entity}"} if entity else set())
        actor = next((self._by_form[f] for f in forms if f in self._by_form), None)
        if actor is None:
            actor = Actor(name, type_)
            self.actors.append(actor)
        elif word_count(name) > word_count(actor.name):
            actor.aliases.add(actor.name)
            actor.name = name
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
        """Accepted forms of a name: its aliases and, for a person, the surname when it is unique."""
        actor = self.actor(name)
        forms = [name, *sorted(actor.aliases)] if actor else [name]
        if actor and actor.type == "PERSON" and self.unique_surname(actor):
            forms.append(surname(actor.name))
        members = [m for m in name.split(" and ") if m.strip()]
        if len(members) == 2:  # a joint speaker: "Putin and Xi", either order
            last = [surname(m) for m in members]
            forms += [f"{last[0]} and {last[1]}", f"{last[1]} and {last[0]}", f"{members[1]} and {members[0]}"]
        return list(dict.fromkeys(f for f in forms if norm(f) and norm(f) not in PRONOUNS))

    def unique_surname(self, actor: Actor) -> bool:
        last = norm(surname(actor.name))
        return sum(1 for a in self.actors if a.type == actor.type and norm(surname(a.name)) == last) == 1

    def overlaps(self, a: str, b: str) -> bool:
        """Whether two names mean the same actor (one entity of the extractor, ``Participant.entity``)
        or one name holds the other's words (a surname, a member of joint speakers)."""
        first, second = self.actor(a), self.actor(b)
        if first is not None and first is second:
            return True
        wa, wb = set(norm(a).split()), set(norm(b).split())
        return bool(wa & wb) and (wa <= wb or wb <= wa)
