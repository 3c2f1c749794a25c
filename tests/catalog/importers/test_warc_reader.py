"""The warcio adapter: what it relies on in warcio (one private method it overrides), and
that a cut or damaged WARC is never read as a complete one."""

from __future__ import annotations

import io

import pytest
from warcio.archiveiterator import ArchiveIterator

from catalog.importers.warc_reader import ArchiveBroken, _QuietIterator, records
from tests.catalog.importers.crawls import Crawl


def small_crawl(gzip_records: bool) -> Crawl:
    crawl = Crawl(gzip_records)
    for n in range(3):
        crawl.response(f"https://ledger.example/{n}", (b"<p>Harbour news, item %d.</p>" % n) * 30)
    return crawl


def test_warcio_still_has_the_method_the_adapter_overrides():
    """warcio's ``_consume_blanklines`` prints a warning for a record whose length is
    wrong; the adapter replaces it. Should an upgrade rename it, this fails, not the user."""
    assert callable(getattr(ArchiveIterator, "_consume_blanklines", None))
    assert _QuietIterator._consume_blanklines is not ArchiveIterator._consume_blanklines


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_a_whole_archive_reads_record_by_record(gzip_records):
    data = small_crawl(gzip_records).bytes()
    found = list(records(io.BytesIO(data), len(data)))
    assert [r.type for r in found] == ["warcinfo"] + ["request", "response"] * 3
    response = found[2]
    assert response.status == 200 and response.content_type == "text/html" and response.charset == "utf-8"
    assert response.payload.startswith(b"<p>Harbour news, item 0.</p>")


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_an_archive_cut_anywhere_in_its_last_record_is_reported_broken(gzip_records):
    crawl = small_crawl(gzip_records)
    data = crawl.bytes()
    last = crawl.offsets[-1]
    # a cut inside the gzip trailer or the closing blank lines loses nothing of the record
    whole_from = len(data) - (12 if gzip_records else 4)
    for cut in range(last + 1, whole_from, 3):
        with pytest.raises(ArchiveBroken) as broken:
            list(records(io.BytesIO(data[:cut]), cut))
        assert broken.value.records == len(crawl.offsets) - 1, cut
        assert broken.value.offset == last or "not a whole WARC record" in str(broken.value), cut


def test_a_record_longer_than_its_header_says_is_reported_and_nothing_printed(capsys):
    data = small_crawl(False).bytes()
    wrong = data.replace(b"Content-Length: 920", b"Content-Length: 900", 1)
    with pytest.raises(ArchiveBroken):
        list(records(io.BytesIO(wrong), len(wrong)))
    assert capsys.readouterr() == ("", "")


def test_something_that_is_not_a_warc_is_refused():
    with pytest.raises(ArchiveBroken, match="no WARC record found"):
        list(records(io.BytesIO(b"<html><body>Hello</body></html>"), 31))
