"""Finding the tokens of a document that are one of a word list or a part of speech, without
visiting every token.

Extractors look for a few words ("the ministry", "… Trust") or proper nouns across a whole
document; reading each token's attributes from Python is slow, so the document's attribute
column is compared in one array operation and only the matching tokens are made.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

__all__ = ["LEMMA", "LOWER", "tokens_in", "tokens_tagged"]

#: The token attributes a word list is compared with.
LOWER, LEMMA = "LOWER", "LEMMA"


@lru_cache(maxsize=64)
def _hashes(words: frozenset[str]) -> np.ndarray:
    return np.fromiter((get_string_id(w) for w in words), dtype=np.uint64, count=len(words))


def tokens_in(sdoc: Doc, words: frozenset[str], attr: str = LOWER) -> list[Token]:
    """The tokens whose ``attr`` (spaCy's ``LOWER`` or ``LEMMA``) is one of ``words``, in order."""
    if not len(sdoc) or not words:
        return []
    column = sdoc.to_array(attr)
    return [sdoc[int(i)] for i in np.flatnonzero(np.isin(column, _hashes(words)))]


def tokens_tagged(sdoc: Doc, *tags: str) -> list[Token]:
    """The tokens whose coarse part of speech is one of ``tags`` ("PROPN", "NOUN"), in order."""
    if not len(sdoc):
        return []
    column = sdoc.to_array("POS")
    return [sdoc[int(i)] for i in np.flatnonzero(np.isin(column, [POS_IDS[tag] for tag in tags]))]
