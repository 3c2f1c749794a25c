"""MHTML, a page saved by a browser as one file: the HTML part read in quoted-printable or
base64, its address and the saving date kept; a damaged file refused with the reason."""

from __future__ import annotations

from datetime import datetime

import pytest

from catalog.errors import ImportFailed
from catalog.importers import detect_format, mhtml, parse_bytes
from tests.catalog.importers.crawls import corpus_page
from tests.catalog.importers.crawls import mhtml as saved_mhtml


@pytest.mark.parametrize("encoding", ["quoted-printable", "base64"])
def test_a_saved_single_file_page_reads_as_its_article(encoding):
    page = corpus_page("readability/ars-1")
    data = saved_mhtml(page, encoding)
    assert detect_format(data, "page.mhtml") is mhtml and detect_format(data, "page.mht") is mhtml
    parsed = parse_bytes(data, "page.mhtml")
    assert parsed.format == "mhtml" and parsed.title == page.title and parsed.url == page.url
    assert parsed.captured_at == datetime(2024, 3, 5, 8, 30)  # 09:30 at +01:00, kept in UTC
    assert parsed.provenance == {"saved_with": "Saved by Blink", "saved_from": page.url}
    assert "Minecraft" in parsed.body and parsed.page_kind == "article"


def test_the_part_address_is_the_url_when_the_page_names_none():
    page = corpus_page("readability/ars-1")
    page.html = page.html.replace(b'rel="canonical"', b'rel="nothing"').replace(b'property="og:url"', b'property="x"')
    parsed = parse_bytes(saved_mhtml(page), "page.mht")
    assert parsed.url == page.url


def test_an_mhtml_whose_boundary_is_broken_is_refused_with_the_reason(catalog, tmp_path):
    data = saved_mhtml(corpus_page("readability/ars-1"))
    declared = data.split(b'boundary="', 1)[1].split(b'"', 1)[0]
    broken = data.replace(b'boundary="' + declared, b'boundary="not-the-one-used', 1)
    with pytest.raises(ImportFailed, match="boundary its header declares does not occur"):
        parse_bytes(broken, "page.mhtml")
    path = tmp_path / "page.mhtml"
    path.write_bytes(broken)
    (outcome,) = catalog.documents.import_paths([path])
    assert outcome.status == "failed" and catalog.documents.find() == []


def test_an_mhtml_without_an_html_part_says_so():
    data = saved_mhtml(corpus_page("readability/ars-1"))
    without = data.replace(b"Content-Type: text/html", b"Content-Type: text/plain")
    with pytest.raises(ImportFailed, match="no HTML page among its parts"):
        parse_bytes(without, "page.mht")


def test_an_email_that_is_not_a_saved_page_is_not_taken_for_one():
    letter = b"From: a@example.org\r\nSubject: hello\r\nContent-Type: text/plain\r\n\r\nJust a letter.\r\n"
    assert mhtml.sniff(letter, "letter.mht") == 0


def test_an_mhtml_cut_after_its_page_still_gives_the_page():
    """A missing closing boundary (a file cut short in its pictures) loses no text."""
    page = corpus_page("readability/ars-1")
    data = saved_mhtml(page)
    cut = data[: data.rindex(b"Content-Type: image/png")]
    assert parse_bytes(cut, "page.mhtml").title == page.title
