"""Read files into documents: decoding, HTML to text, and a clear message for bad input."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from .. import config
from .boilerplate import blank, find_boilerplate, markup_ranges
from .document import Document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
_HTML = (".html", ".htm")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, with a one-line reason for the user."""

    name: str
    reason: str

    def __str__(self) -> str:
        return f"{self.name}: skipped: {self.reason}"


class UnreadableInput(ValueError):
    pass


def _decode(data: bytes) -> tuple[str, str]:
    if b"\x00" in data[:65536]:
        raise UnreadableInput("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise UnreadableInput("not text in any known encoding")
    text = str(best)
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if controls > len(text) / 100:
        raise UnreadableInput("binary file (control characters)")
    return text, best.encoding


def _html_to_text(html: str) -> str:
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_recall=True)
    if not text:
        text = trafilatura.html2txt(html)
    return text or ""


def document_from_text(name: str, text: str, *, path: str = "", encoding: str = "utf-8") -> Document:
    """Build a :class:`Document`: find boilerplate and blank it and markup for the parser."""
    boiler = find_boilerplate(text)
    analysis = blank(text, boiler + markup_ranges(text) + [(i, i + 1) for i, c in enumerate(text) if c == "\ufeff"])
    title = next(
        (line.strip() for line in text.splitlines() if line.strip() and not _covered(text, line, boiler)), ""
    )
    return Document(
        name=name, text=text, analysis_text=analysis, boilerplate=tuple(boiler),
        title=_short_title(title), path=path, encoding=encoding,
    )


def _short_title(line: str, max_words: int = 20) -> str:
    """A headline as it is; a first paragraph standing in for one cut at a word boundary."""
    words = line.split()
    return line if len(words) <= max_words else " ".join(words[:max_words]).rstrip(",;:") + "…"


def _covered(text: str, line: str, ranges) -> bool:
    start = text.find(line)
    return any(s <= start < e for s, e in ranges)


def read_document(path: str | os.PathLike, max_bytes: int | None = None) -> Document:
    """Read one file; raise :class:`UnreadableInput` with a one-line reason when it can't be."""
    path = Path(path)
    limit = max_bytes or config.max_bytes()
    size = path.stat().st_size
    if size == 0:
        raise UnreadableInput("empty file")
    if size > limit:
        raise UnreadableInput(f"{size / 1e6:.1f} MB is over the {limit / 1e6:.1f} MB limit (QUIZGEN_MAX_BYTES)")
    text, encoding = _decode(path.read_bytes())
    if path.suffix.lower() in _HTML:
        text = _html_to_text(text)
    if not text.strip():
        raise UnreadableInput("no text in it")
    return document_from_text(path.name, text, path=str(path), encoding=encoding)


def _files(paths: Iterable[str | os.PathLike]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


def read_paths(paths: Iterable[str | os.PathLike], max_bytes: int | None = None) -> Iterator[Document | Skipped]:
    """Documents from files and folders, in order; unreadable inputs come out as :class:`Skipped`."""
    for f in _files(paths):
        try:
            yield read_document(f, max_bytes)
        except UnreadableInput as exc:
            yield Skipped(f.name, str(exc))
        except OSError as exc:
            yield Skipped(f.name, exc.strerror or str(exc))
