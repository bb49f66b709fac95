"""Reading files: encodings, binary input, hostile HTML, file names, and the CLI's option checks."""

from __future__ import annotations

import codecs
import os
import random
import sys

import pytest
from click.testing import CliRunner

from quizgen.cli import main
from quizgen.ingest import Skipped, read_document, read_paths
from quizgen.ingest.read import UnreadableInput

ARTICLE = "“We will sign the deal this week,” said the minister of the Café Society. Exports rose 12% in 2023.\n"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    path = tmp_path / "a.txt"
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    assert read_document(path).text.lstrip("\ufeff") == ARTICLE


def test_cp1252_is_preferred_when_detection_is_unsure(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Café au lait, naïve résumé — “quoted” text about the economy.\n".encode("cp1252"))
    document = read_document(path)
    assert document.encoding == "cp1252"
    assert document.text.startswith("Café au lait, naïve résumé — “quoted”")


@pytest.mark.parametrize("text, encoding", [
    ("Президент заявил, что экономика страны растёт быстрее, чем ожидалось.\n", "cp1251"),
    ("Zażółć gęślą jaźń, powiedział minister finansów w środę.\n", "cp1250"),
])
def test_other_single_byte_encodings_still_detected(tmp_path, text, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(encoding))
    assert read_document(path).text == text


def test_a_nul_after_the_first_64_kb_is_binary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode() * 1000 + b"\x00" + ARTICLE.encode())
    with pytest.raises(UnreadableInput, match="binary"):
        read_document(path)


def test_deeply_nested_html_keeps_its_text(tmp_path):
    path = tmp_path / "deep.html"
    body = "<p>Exports rose 12% in 2023, the ministry of trade said on Monday in a statement.</p>"
    path.write_text("<html><body>" + "<div>" * 50_000 + body + "</div>" * 50_000 + "</body></html>", encoding="utf-8")
    assert "Exports rose 12% in 2023" in read_document(path).text


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_read_and_named(tmp_path):
    os.makedirs(tmp_path / "in")
    with open(os.path.join(os.fsencode(tmp_path / "in"), b"caf\xe9.txt"), "wb") as f:
        f.write(ARTICLE.encode())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    items = list(read_paths([tmp_path / "in"]))
    assert [type(i) for i in items] == [type(items[0]), Skipped]
    assert items[0].name == "café.txt" and items[0].name.encode("utf-8")


@pytest.mark.parametrize("args, message", [
    (["extract", "--processes", "0", "."], "'--processes': 0 is not in the range x>=1"),
    (["serve", "--port", "99999"], "'--port': 99999 is not in the range 1<=x<=65535"),
])
def test_cli_option_out_of_range_is_a_one_line_error(args, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and message in errors[0], result.output
    assert "Traceback" not in result.output


HOSTILE = {
    "random bytes": bytes(random.Random(7).randrange(256) for _ in range(50_000)),
    "only a byte-order mark": codecs.BOM_UTF16_LE,
    "UTF-32 mark, odd length": codecs.BOM_UTF32_LE + b"abc",
    "UTF-16 without a mark": ARTICLE.encode("utf-16-le"),
    "whitespace": b" \n\t\r\n" * 1000,
    "control characters": bytes(range(1, 32)) * 100,
    "lone surrogate bytes": b"\xed\xa0\x80 text \xed\xbf\xbf",
    "C1 controls in cp1252": bytes(range(0x80, 0xA0)) * 50,
}


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_bytes_are_read_or_skipped_with_a_reason(tmp_path, name, suffix):
    path = tmp_path / f"hostile{suffix}"
    path.write_bytes(HOSTILE[name])
    (item,) = read_paths([path])
    if isinstance(item, Skipped):
        assert item.reason and "\n" not in str(item)
    else:
        assert len(item.analysis_text) == len(item.text) and "\x00" not in item.text


def test_an_html_page_keeps_its_headline_as_the_first_line(tmp_path):
    page = ("<html><body><h1>Kestrel pays &euro;1.25 billion for wind stake</h1>"
            "<p>Kestrel Trading has agreed to pay &euro;1.25 billion for 49% of a floating wind farm off Galicia, "
            "its biggest bet yet on renewable power in Europe, the company said on Monday.</p></body></html>")
    path = tmp_path / "a.html"
    path.write_text(page, encoding="utf-8")
    document = read_document(path)
    assert document.text.startswith("Kestrel pays €1.25 billion for wind stake\n\n")
    start = document.text.index("€1.25")
    assert page[slice(*document.source_span(start, start + len("€1.25 billion")))] == "&euro;1.25 billion"
