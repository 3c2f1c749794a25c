"""The Word importer on documents python-docx writes here (no third-party files)."""

from __future__ import annotations

import io
import os
import zipfile

import docx as python_docx
import pytest

from catalog.errors import ImportFailed
from catalog.importers import detect_format, docx, parse_bytes


def make_docx(
    title_style: bool = True, author: str = "Ann Lee and Bob Ray", core_title: str = ""
) -> bytes:
    document = python_docx.Document()
    document.core_properties.author = author
    document.core_properties.title = core_title
    if title_style:
        document.add_paragraph("Council Approves Tram Budget", style="Title")
        document.add_paragraph("The northern line opens in 2026", style="Subtitle")
    paragraph = document.add_paragraph("The council voted on Tuesday to approve the ")
    paragraph.add_run("new").italic = True
    paragraph.add_run(" budget.")
    document.add_paragraph("")
    document.add_heading("What happens next", level=2)
    document.add_paragraph("A consultation in May.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cost"
    table.cell(0, 1).text = "£4m"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_sniff():
    data = make_docx()
    assert docx.sniff(data, "x.bin") == 60
    assert docx.sniff(b"PK\x03\x04 not really a zip", "x.docx") == 1
    assert docx.sniff(os.urandom(100), "x.bin") == 0
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("content.xml", "<x/>")
    assert docx.sniff(archive.getvalue(), "x.odt") == 0


def test_title_subtitle_authors_and_body():
    doc = docx.parse(make_docx(), "budget.docx")
    assert doc.format == "docx"
    assert doc.title == "Council Approves Tram Budget"
    assert doc.subtitle == "The northern line opens in 2026"
    assert [a.name for a in doc.authors] == ["Ann Lee", "Bob Ray"]
    assert doc.body.split("\n\n") == [
        "The council voted on Tuesday to approve the new budget.",
        "What happens next",
        "A consultation in May.",
        "Cost | £4m",
    ]


def test_title_from_core_properties_and_template_author_ignored():
    data = make_docx(title_style=False, author="python-docx", core_title="Tram Budget")
    doc = docx.parse(data, "budget.docx")
    assert doc.title == "Tram Budget"
    assert doc.authors == []
    assert doc.body.startswith("The council voted")


def test_title_from_leading_heading():
    document = python_docx.Document()
    document.add_heading("Harbour Fees Rise", level=1)
    document.add_paragraph("The board voted on Monday.")
    out = io.BytesIO()
    document.save(out)
    doc = docx.parse(out.getvalue(), "fees.docx")
    assert (doc.title, doc.body) == ("Harbour Fees Rise", "The board voted on Monday.")


def test_docx_named_txt_is_still_docx():
    data = make_docx()
    assert detect_format(data, "article.txt") is docx
    assert parse_bytes(data, "article.txt").format == "docx"


def test_empty_document_has_no_text():
    out = io.BytesIO()
    python_docx.Document().save(out)
    with pytest.raises(ImportFailed, match="no article text"):
        parse_bytes(out.getvalue(), "empty.docx")


def test_truncated_docx_fails():
    data = make_docx()
    with pytest.raises(ImportFailed, match="damaged or truncated"):
        docx.parse(data[: len(data) // 2], "cut.docx")


def test_zip_without_word_part_fails():
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(ImportFailed, match="not a Word document"):
        docx.parse(archive.getvalue(), "x.docx")


def test_broken_document_xml_fails():
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content[: len(content) // 2]  # cut mid-element: not well-formed
            z.writestr(item, content)
    with pytest.raises(ImportFailed, match="damaged Word document"):
        docx.parse(broken.getvalue(), "broken.docx")


def test_garbage_fails():
    with pytest.raises(ImportFailed, match="not a Word"):
        docx.parse(os.urandom(500).replace(b"PK", b"pk"), "x.docx")
    with pytest.raises(ImportFailed):
        parse_bytes(b"\x00\x01" + os.urandom(500).replace(b"PK", b"pk"), "x.docx")


def test_zip_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(docx, "MAX_INFLATED_BYTES", 10_000)
    with pytest.raises(ImportFailed, match="would unpack"):
        docx.parse(make_docx(), "bomb.docx")


def test_a_document_whose_xml_is_over_the_limit_is_refused_before_parsing(monkeypatch):
    """The XML python-docx parses is what takes time: its unpacked size is bounded, and the
    message states the limit."""
    monkeypatch.setattr(docx, "MAX_XML_BYTES", 500_000)  # the template's styles are more
    data = make_docx()
    parsed = []
    monkeypatch.setattr(python_docx, "Document", lambda *a, **k: parsed.append(1))
    with pytest.raises(ImportFailed, match=r"unpack to [\d.]+ MB; Pressmark imports Word documents .* up to 0.5 MB"):
        docx.parse(data, "long.docx")
    assert not parsed
