"""Plain text and generic Markdown: titles, markup stripping, decoding and refusals."""

from __future__ import annotations

import os
import unicodedata

import pytest

from catalog.errors import ImportFailed
from catalog.importers import detect_format, html, parse_bytes, plaintext

MARKDOWN = b"""# Tram line to reach the northern suburbs

By Ann Lee and Bob Ray

The council voted on **Tuesday** to approve the budget, which includes funding
for the [tram line](https://example.org/tram) and *new* cycle lanes.

## What happens next

- a consultation in May
- works from `2025`

> "We waited long enough," said one resident.

![map](map.png)

[1]: https://example.org/ref
"""


def test_markdown_title_byline_and_stripped_body():
    doc = plaintext.parse(MARKDOWN, "tram.md")
    assert doc.format == "markdown"
    assert doc.title == "Tram line to reach the northern suburbs"
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bob Ray"]
    assert doc.body.split("\n\n") == [
        "The council voted on Tuesday to approve the budget, which includes funding "
        "for the tram line and new cycle lanes.",
        "What happens next",
        "a consultation in May\nworks from 2025",
        '"We waited long enough," said one resident.',
    ]


def test_front_matter_fields():
    data = (
        b"---\ntitle: Budget passes\nauthor: Carla Diaz\nurl: https://e.org/b\n---\n\nText here.\n"
    )
    doc = plaintext.parse(data, "b.md")
    assert (doc.title, doc.url, [a.name for a in doc.authors]) == (
        "Budget passes",
        "https://e.org/b",
        ["Carla Diaz"],
    )
    assert doc.body == "Text here."


def test_setext_heading_and_emphasis_edge_cases():
    data = b"Title Here\n==========\n\nsnake_case_name stays, _this_ goes and 2 * 3 * 4 stays.\n"
    doc = plaintext.parse(data, "a.markdown")
    assert doc.title == "Title Here"
    assert doc.body == "snake_case_name stays, this goes and 2 * 3 * 4 stays."


def test_plain_text_title_and_unwrapped_paragraphs():
    data = b"Council Approves Budget\n\nThe first paragraph is\nhard-wrapped by a well-\nknown editor.\n\nSecond one.\n"
    doc = plaintext.parse(data, "note.txt")
    assert doc.format == "text"
    assert doc.title == "Council Approves Budget"
    assert doc.body == "The first paragraph is hard-wrapped by a well-known editor.\n\nSecond one."


def test_one_paragraph_per_line_without_blank_lines_and_title_from_name():
    doc = plaintext.parse(b"First sentence here.\nSecond sentence here.\n", "my_notes-2024.txt")
    assert doc.title == "my notes 2024"
    assert doc.body == "First sentence here.\n\nSecond sentence here."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café “quotes”\n\nBody text.".encode(), "Café “quotes”"),
        ("\ufeffCafé\n\nBody text.".encode(), "Café"),
        ("Café\n\nBody text.".encode("utf-16"), "Café"),
        ("Café news\n\nBody “text”.".encode("cp1252"), "Café news"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1252"],
)
def test_encodings(data, expected):
    doc = plaintext.parse(data, "a.txt")
    assert doc.title == expected
    assert "\ufeff" not in doc.title + doc.body


def test_text_is_nfc_with_lf():
    data = unicodedata.normalize("NFD", "Título\r\n\r\nSão Paulo está aqui.\r\n").encode()
    doc = plaintext.parse(data, "a.txt")
    assert doc.title == "Título" and doc.body == "São Paulo está aqui."


def test_empty_file_fails():
    with pytest.raises(ImportFailed, match="empty"):
        plaintext.parse(b" \n\n ", "a.txt")


def test_binary_file_fails():
    with pytest.raises(ImportFailed, match="looks like a binary file"):
        plaintext.parse(b"GIF89a\x00\x01\x02" + os.urandom(512), "a.txt")
    with pytest.raises(ImportFailed, match="looks like a binary file"):
        plaintext.parse(b"abc" + b"\x01\x02\x03\x04\x05\x06" * 20, "a.txt")


def test_undecodable_bytes_fail():
    junk = bytes(range(0x80, 0x100)) * 8  # not UTF-8, and cp1252 leaves 0x81 undefined
    with pytest.raises(ImportFailed, match="not valid UTF-8 / text"):
        plaintext.parse(junk, "a.txt")
    mostly_high = ("éàü" * 200).encode("cp1252")  # decodes, but is no Western prose
    with pytest.raises(ImportFailed, match="not valid UTF-8 / text"):
        plaintext.parse(mostly_high, "a.txt")


def test_sniff_is_low_and_refuses_binary():
    assert plaintext.sniff(b"Some words", "a.txt") == 10
    assert plaintext.sniff(b"Some words", "a.dat") == 5
    assert plaintext.sniff(b"\x00\x01\x02binary", "a.bin") == 0
    assert plaintext.sniff(b"\x00\x01\x02binary", "a.txt") == 1  # parse says why


def test_registry_picks_text_for_text_and_html_for_markup():
    assert detect_format(b"Just a title\n\nAnd a body.", "a.html") is plaintext
    assert detect_format(b"<html><body><p>Hi</p></body></html>", "a.txt") is html
    assert parse_bytes(b"Just a title\n\nAnd a body.", "a.html").format == "text"
    with pytest.raises(ImportFailed, match="binary"):
        parse_bytes(b"\x00\x01\x02binary", "a.txt")
