"""One entity per real participant across the documents of a run.

Participants join when one's name is a form of the other's ("Boric" and "Gabriel Boric", "WHO" and
"World Health Organization", "Gabriel F. Boric" and "Gabriel Boric"), or, for spelling variants, only
with evidence beyond the name: similar surnames *and* roles naming the same organisation
("director of the Acme … Institute" and "analyst at the Acme Institute …"). A quote's speaker
takes the entity of its document's participant of that name, so questions never re-merge names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz

from ..ids import stable_id
from .model import Participant, Quote
from .names import name_key

#: Surnames at least this similar (rapidfuzz ratio, 0-100) may be spellings of one name.
SURNAME_SIMILARITY = 80
#: Roles whose capitalised words are at least this similar (token-set ratio) name one organisation.
ORGANISATION_SIMILARITY = 75


def link_entities(participants: Iterable[Participant]) -> list[Participant]:
    """The participants with ``entity`` set: one stable id per real entity across documents.

    Only participants that share a blocking key (a name form, a word of the name, the start of
    the surname) are compared, so a run of many documents stays fast.
    """
    participants = list(participants)
    parent = list(range(len(participants)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    fuller = _full_names(participants)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(participants):
        for key in _blocking_keys(p):
            blocks[key].append(i)
    for members in blocks.values():
        for n, i in enumerate(members):
            for j in members[:n]:
                if find(i) != find(j) and same_entity(participants[i], participants[j], fuller):
                    parent[find(i)] = find(j)
    groups: dict[int, list[Participant]] = defaultdict(list)
    for i, p in enumerate(participants):
        groups[find(i)].append(p)
    for group in groups.values():
        canonical = max(group, key=lambda p: (len(p.name.split()), len(p.mentions), p.name))
        entity = stable_id("entity", canonical.type, name_key(canonical.name))
        for p in group:
            p.entity = entity
    return participants


def speaker_entities(quotes: Iterable[Quote], participants: list[Participant]) -> list[Quote]:
    """The quotes with ``speaker_entity`` set: the entity of the participant of the same document
    whose name or alias is the speaker's name."""
    entities = {(p.doc, name_key(n)): p.entity for p in participants for n in (p.name, *p.aliases)}
    quotes = list(quotes)
    for quote in quotes:
        if quote.speaker:
            quote.speaker_entity = entities.get((quote.doc, name_key(quote.speaker)), "")
    return quotes


def same_entity(a: Participant, b: Participant, fuller: dict[str, set[tuple[str, str]]] | None = None) -> bool:
    """Whether two participants are one real entity. ``fuller`` maps a one-word person name to
    the (first, last) words of the full names it can stand for in the run; the short name joins
    a full name only when that is unambiguous."""
    if _keys(a) & _keys(b):
        return a.type == b.type or {a.type, b.type} <= {"ORG", "GPE"}
    if a.type != b.type:
        return False
    if a.type != "PERSON":
        return _initials(a.name, b.name) or _initials(b.name, a.name)
    words_a, words_b = name_key(a.name).split(), name_key(b.name).split()
    if len(words_a) > 1 and len(words_b) > 1:
        if (words_a[0], words_a[-1]) == (words_b[0], words_b[-1]):
            return True
        return spelling_evidence(a, b) is not None
    short, full = (words_a, words_b) if len(words_a) == 1 else (words_b, words_a)
    fuller = fuller if fuller is not None else _full_names([a, b])
    return fuller.get(short[0], set()) == {(full[0], full[-1])}


def spelling_evidence(a: Participant, b: Participant) -> str | None:
    """Why two people with differently spelt names are one: similar surnames and the same
    organisation in their roles. None without both."""
    if a.type != "PERSON" or b.type != "PERSON" or not (a.standalone_role and b.standalone_role):
        return None
    surname_a, surname_b = a.name.split()[-1], b.name.split()[-1]
    similarity = fuzz.ratio(name_key(surname_a), name_key(surname_b))
    if similarity < SURNAME_SIMILARITY:
        return None
    words_a, words_b = _proper_words(a.standalone_role), _proper_words(b.standalone_role)
    if fuzz.token_set_ratio(" ".join(words_a), " ".join(words_b)) < ORGANISATION_SIMILARITY:
        return None
    common = sorted(set(words_a) & set(words_b))
    return (
        f"surnames {surname_a}/{surname_b} {similarity:.0f}% alike; "
        f"roles name the same organisation ({', '.join(common)})"
    )


def _full_names(participants: list[Participant]) -> dict[str, set[tuple[str, str]]]:
    """One-word name -> (first, last) words of the multi-word person names it begins or ends."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for p in participants:
        words = name_key(p.name).split()
        if p.type == "PERSON" and len(words) > 1:
            out[words[0]].add((words[0], words[-1]))
            out[words[-1]].add((words[0], words[-1]))
    return out


def _blocking_keys(p: Participant) -> set[str]:
    words = name_key(p.name).split()
    keys = _keys(p) | set(words) | {name_key(p.name).replace(".", "")}
    if len(words) > 1:
        keys.add("".join(w[0] for w in words if w[0].isalpha()))
    if p.type == "PERSON":
        keys.add("surname:" + words[-1][:3])
    return keys


def _keys(p: Participant) -> set[str]:
    return {name_key(n) for n in (p.name, *p.aliases)}


def _initials(short: str, full: str) -> bool:
    """An acronym of a longer name ("WHO", "World Health Organization"; "U.K.", "United Kingdom")."""
    words = [w for w in name_key(full).split() if w[0].isalpha()]
    return len(words) > 1 and name_key(short).replace(".", "") == "".join(w[0] for w in words)


def _proper_words(role: str) -> list[str]:
    """The capitalised words of a role: the organisation and place it names."""
    return [w.strip(",.;:()") for w in role.split() if w[:1].isupper()]
