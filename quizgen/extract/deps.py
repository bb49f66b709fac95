"""Dependency-label sets the extractors share (spaCy's English ClearNLP labels), in one place."""

from __future__ import annotations

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
