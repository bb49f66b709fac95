"""One entity per real participant across the documents of a run.

Participants join when one's name is a form of the other's ("Xi" and "Xi Jinping", "EU" and
"European Union"), or, for spelling variants, only with evidence beyond the name: similar
surnames *and* roles naming the same organisation ("director of the Carnegie … Center" and
"analyst at the Carnegie Center …").
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from ..ids import stable_id
from .model import Participant
from .names import name_key

#: Surnames at least this similar (rapidfuzz ratio, 0-100) may be spellings of one name.
SURNAME_SIMILARITY = 80
#: Role organisation words at least this similar (token-set ratio) are the same organisation.
ORGANISATION_SIMILARITY = 75


def link_entities(participants: Iterable[Participant]) -> list[Participant]:
    """The participants with ``entity`` set: one stable id per real entity across documents."""
    participants = list(participants)
    parent = list(range(len(participants)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(participants):
        for j in range(i):
            if find(i) != find(j) and same_entity(a, participants[j], participants):
                parent[find(i)] = find(j)
    groups: dict[int, list[Participant]] = {}
    for i, p in enumerate(participants):
        groups.setdefault(find(i), []).append(p)
    for group in groups.values():
        canonical = max(group, key=lambda p: (len(p.name.split()), len(p.mentions), p.name))
        entity = stable_id("entity", canonical.type, name_key(canonical.name))
        for p in group:
            p.entity = entity
    return participants


def same_entity(a: Participant, b: Participant, everyone: list[Participant]) -> bool:
    if _keys(a) & _keys(b):
        return a.type == b.type or {a.type, b.type} <= {"ORG", "GPE"}
    if a.type != b.type:
        return False
    if a.type == "PERSON":
        short, full = sorted((a, b), key=lambda p: len(p.name.split()))
        fuller = {name_key(p.name) for p in everyone if p.type == "PERSON" and _short_form(short.name, p.name)}
        if fuller == {name_key(full.name)}:
            return True
        return spelling_evidence(a, b) is not None
    return _initials(a.name, b.name) or _initials(b.name, a.name)


def _short_form(short: str, full: str) -> bool:
    """A one-word name that is the first or last word of a longer one ("Xi", "Xi Jinping")."""
    words = name_key(full).split()
    return len(short.split()) == 1 < len(words) and name_key(short) in (words[0], words[-1])


def _initials(short: str, full: str) -> bool:
    """An acronym of a longer name ("EU", "European Union"; "U.S.", "United States")."""
    words = [w for w in name_key(full).split() if w[0].isalpha()]
    return len(words) > 1 and name_key(short).replace(".", "") == "".join(w[0] for w in words)


def spelling_evidence(a: Participant, b: Participant) -> str | None:
    """Why two people with differently spelt names are one: similar surnames and the same
    organisation in their roles. None without both."""
    if a.type != "PERSON" or not (a.role and b.role):
        return None
    surname_a, surname_b = a.name.split()[-1], b.name.split()[-1]
    similarity = fuzz.ratio(name_key(surname_a), name_key(surname_b))
    if similarity < SURNAME_SIMILARITY:
        return None
    shared = fuzz.token_set_ratio(_proper_words(a.role), _proper_words(b.role))
    if shared < ORGANISATION_SIMILARITY:
        return None
    common = sorted(set(_proper_words(a.role).split()) & set(_proper_words(b.role).split()))
    return (
        f"surnames {surname_a}/{surname_b} {similarity:.0f}% alike; "
        f"roles name the same organisation ({', '.join(common)})"
    )


def _keys(p: Participant) -> set[str]:
    return {name_key(n) for n in (p.name, *p.aliases)}


def _proper_words(role: str) -> str:
    """The capitalised words of a role: the organisation and place it names."""
    return " ".join(w.strip(",.;:()") for w in role.split() if w[:1].isupper())
