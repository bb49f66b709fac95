"""Self-contained text: resolve "he"/"his" to the one person just named, or report the reference.

A question may not lean on context it does not give. A personal pronoun is replaced by the
person's name when exactly one person is mentioned in the stretch of text before it; any other
referring word ("it", "they", "this pipeline") makes the text unusable (None), and so does a
pronoun that is the subject of a verb of saying ("…, he noted"), whose speaker is rarely the person named in its clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..extract.quotemarks import match_marks
from ..extract.speakers import is_cue
from .text import REFERRING, Edit

#: How far back (characters) a pronoun may look for the one person it refers to.
WINDOW = 400
_PERSONAL = {"he", "she", "him", "his", "her", "hers"}


def references(sent: Doc, offset: int, people: Sequence[tuple[int, str]], skip: tuple[int, int],
               keep_local: bool = True) -> list[Edit] | None:
    """Edits (sentence-relative) naming each referent, or None when one cannot be resolved.

    ``sent`` is the parsed sentence, which starts at ``offset`` in the document; ``people`` are
    (start, name) of the person mentions of the document; ``skip`` is a sentence-relative range
    (the answer) left alone. Words inside quotation marks (any pair of the one table,
:mod:`quizgen.extract.quotemarks`) are the speaker's and left alone. With
    ``keep_local``, a pronoun whose person is named earlier in the sentence is kept as written.
    """
    quoted = [(q.start, q.end) for q in match_marks(sent.text, 0, len(sent.text))] + [skip]
    edits: list[Edit] = []
    for token in sent:
        if token.lower_ not in REFERRING or any(s <= token.idx < e for s, e in quoted):
            continue
        if token.dep_ == "expl" or token.lower_ == "that" or (token.lower_ in ("this", "these", "those") and token.dep_ != "det" and token.pos_ != "PRON"):
            continue
        if token.lower_ not in _PERSONAL:
            return None
        name, here = _referent(offset + token.idx, offset, people)
        if name is None:
            return None
        if here and token.dep_ == "nsubj" and is_cue(token.head):
            return None  # "…, he noted": the speaker of a reported clause is not the person named inside it
        if here and keep_local:
            continue  # the person is named earlier in this very sentence: the text is self-contained
        possessive = token.tag_ == "PRP$" or token.lower_ in ("his", "hers")
        edits.append((token.idx, token.idx + len(token.text), name + ("’s" if possessive else "")))
    return edits


def _referent(position: int, sentence_start: int, people: Sequence[tuple[int, str]]) -> tuple[str | None, bool]:
    """The one person named earlier in the sentence (and True), else the one named just before it."""
    for start, here in ((sentence_start, True), (position - WINDOW, False)):
        names = {name for at, name in people if start <= at < position}
        if names:
            return (names.pop(), here) if len(names) == 1 else (None, here)
    return None, False
