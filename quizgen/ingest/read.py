"""Read files into documents: decoding, HTML to text, and a clear message for bad input.

Rules, in order:

1. an empty file, or one over ``QUIZGEN_MAX_BYTES``, is skipped with its reason;
2. a byte-order mark decides the encoding (UTF-32, UTF-16); otherwise a NUL byte anywhere makes
   the file binary; UTF-8 is tried next; then charset-normalizer's detection, choosing among the
   encodings it finds equally likely the first of :data:`NEWS_ENCODINGS` (cp1252 before cp775);
   decoded text with NULs or over 1% control characters is binary;
3. HTML becomes the article text trafilatura finds, after the page's ``<h1>`` headline (which
   trafilatura keeps out of it); a page nested deeper than the parser goes is read again without
   its generic containers (``div``, ``span``...); the text keeps a map to the page as written
   (:mod:`.source_map`);
4. the text's not-article ranges are marked (:mod:`.boilerplate`) and blanked for the parser;
   the title is its first line that is not boilerplate, without Markdown syntax;
5. a file name that is not UTF-8 on disk is shown as cp1252, so one file never stops a folder.
"""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from html import unescape
from pathlib import Path

from charset_normalizer import from_bytes

from .. import config
from .boilerplate import blank, find_marks
from .document import Document, Kind, Mark
from .source_map import SourceMap, html_source_map

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


#: Byte-order marks and the encodings they announce (UTF-32 first: its little-endian mark starts like UTF-16's).
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
#: Encodings news is published in, most used first: the choice among those detection finds equally likely.
NEWS_ENCODINGS = ("cp1252", "cp1251", "cp1250", "iso8859_15", "cp1253", "cp1254", "cp1256", "cp1255", "cp1257",
                  "koi8_r", "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr", "iso8859_2")
#: Generic containers a page may nest too deeply for the HTML parser (its limit is 256 levels).
_CONTAINERS = re.compile(r"</?(?:div|span|section|font|center)\b[^<>]*>", re.I)


def _decode(data: bytes) -> tuple[str, str]:
    """Text and encoding: a byte-order mark, else UTF-8, else detection preferring :data:`NEWS_ENCODINGS`."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _text(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                raise UnreadableInput(f"not valid {encoding.upper()} despite its byte-order mark") from None
    if b"\x00" in data:
        raise UnreadableInput("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise UnreadableInput("not text in any known encoding")
    likely = {m.encoding for m in matches if m.percent_chaos <= best.percent_chaos + 1
              and m.percent_coherence >= best.percent_coherence - 10} | set(best.could_be_from_charset)
    encoding = next((e for e in NEWS_ENCODINGS if e in likely), best.encoding)
    return _text(data.decode(encoding)), encoding


def _text(text: str) -> str:
    """Decoded text, unless it is binary: a NUL, or more than 1% control characters."""
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\r\n\t\f")
    if "\x00" in text or controls > len(text) / 100:
        raise UnreadableInput("binary file (control characters)")
    return text


def _html_to_text(html: str) -> str:
    """The article text of a page (trafilatura); a page nested too deeply for the parser is read
    again without its generic containers."""
    import trafilatura

    for page in (html, _CONTAINERS.sub(" ", html)):
        text = trafilatura.extract(page, include_comments=False, include_tables=True, favor_recall=True)
        text = text or trafilatura.html2txt(page)
        if text and text.strip():
            headline = _headline(html)
            return f"{headline}\n\n{text}" if headline and not text.lstrip().startswith(headline) else text
    return ""


def _headline(html: str) -> str:
    """The text of a page's first ``<h1>`` (trafilatura keeps it as metadata, out of the text)."""
    lower = html.lower()
    start = lower.find("<h1")
    opened = html.find(">", start) + 1 if start >= 0 else 0
    end = lower.find("</h1>", opened) if opened else -1
    if end < 0:
        return ""
    return " ".join(unescape(re.sub(r"<[^>]*>", " ", html[opened:end])).split())


def document_from_text(name: str, text: str, *, path: str = "", encoding: str = "utf-8",
                       source_map: SourceMap | None = None) -> Document:
    """Build a :class:`Document`: mark what is not article text and blank it for the parser."""
    marks = find_marks(text) + [Mark(i, i + 1, Kind.MARKUP) for i, c in enumerate(text) if c == "\ufeff"]
    document = Document(name=name, text=text, analysis_text=blank(text, [(m.start, m.end) for m in marks]),
                        marks=tuple(marks), path=path, encoding=encoding, source_map=source_map)
    title = next((" ".join(document.analysis_text[s:e].split()) for s, e in _line_spans(text)
                  if document.analysis_text[s:e].strip() and not document.in_boilerplate(s)), "")
    return replace(document, title=_short_title(title), sha256=document.sha256)


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.splitlines(keepends=True):
        yield start, start + len(line)
        start += len(line)


def _short_title(line: str, max_words: int = 20) -> str:
    """A headline as it is; a first paragraph standing in for one cut at a word boundary."""
    words = line.split()
    return line if len(words) <= max_words else " ".join(words[:max_words]).rstrip(",;:") + "…"


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
    source_map = None
    if path.suffix.lower() in _HTML:
        page, text = text, _html_to_text(text)
        source_map = html_source_map(page, text)
    if not text.strip():
        raise UnreadableInput("no text in it")
    return document_from_text(display_name(path), text, path=display_name(path, path), encoding=encoding,
                              source_map=source_map)


def display_name(path: Path, full: Path | None = None) -> str:
    """A file's name (or ``full`` path) as text: a name that is not UTF-8 on disk is read as cp1252."""
    raw = os.fsencode(full or path.name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


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
            yield Skipped(display_name(f), str(exc))
        except OSError as exc:
            yield Skipped(display_name(f), exc.strerror or str(exc))
