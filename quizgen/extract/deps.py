"""Dependency-label sets the extractors share (spaCy's English ClearNLP labels), in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Subjects of a clause.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Subjects, clausal ones included ("What she said was …").
ANY_SUBJECTS = SUBJECTS | {"csubj"}
#: Words that modify the noun after them inside a name or phrase ("Trade" in "Trade and Industry Ministry").
MODIFIERS = frozenset({"compound", "nmod", "amod"})
#: Dependents of a name that belong to its clause, not to a role written before it.
CLAUSE = ANY_SUBJECTS | {"mark", "aux", "advmod"}
#: Relations climbed from a figure to the clause it belongs to.
CLIMB = frozenset({"pobj", "prep", "nummod", "compound", "quantmod", "appos", "npadvmod", "conj", "amod", "nmod",
                   "advmod", "cc", "dobj", "attr", "oprd", "pcomp"})


def is_apposition(token: Token) -> bool:
    """In apposition to the noun before it, also when the parser called it an adverbial noun ("the
    health regulator, Anvisa, suspended …")."""
    return token.dep_ == "appos" or token.dep_ == "npadvmod" and token.head.pos_ == "NOUN" and (
        token.head.i < token.i and token.doc[token.i - 1].text == ",")


def is_subject(token: Token) -> bool:
    """Whether a name is a clause's subject, alone, in apposition or coordinated ("Its coach, Ana Ruiz, …"),
    and not an owner misparsed as one ("Li's serve")."""
    if any(c.dep_ == "case" for c in token.children):
        return False
    while (token.dep_ == "conj" or is_apposition(token)) and token.head != token:
        token = token.head
    return token.dep_ in SUBJECTS
