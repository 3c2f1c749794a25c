"""Importing web archives (WARC, WARC.gz, WACZ) made from the shared corpus's pages: one
document per article page, the archive kept once as their original, other responses counted,
damaged and hostile archives reported without losing the pages before the damage."""

from __future__ import annotations

import gzip
import json
import zipfile
from datetime import datetime

import pytest

from catalog.archive_import import archive_tallies
from catalog.errors import ImportFailed
from catalog.store import CancelToken
from tests.catalog.importers.crawls import Crawl, corpus_page, home_page, standard_crawl, wacz


def imported(outcomes):
    return [o for o in outcomes if o.status == "imported"]


@pytest.mark.parametrize("gzip_records", [True, False], ids=["warc.gz", "warc"])
def test_each_article_of_a_crawl_becomes_a_document_with_its_capture(catalog, tmp_path, gzip_records):
    crawl, pages = standard_crawl(gzip_records)
    path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
    path.write_bytes(crawl.bytes())
    outcomes = catalog.documents.import_paths([path])

    docs = {d.url: d for d in catalog.documents.find()}
    for page in pages:
        doc = docs[page.url]
        assert doc.title == page.title and doc.page_kind == "article"
        assert doc.original_name == path.name and doc.original_format == "warc"
        provenance = json.loads(doc.provenance)
        assert provenance["target_uri"] == page.url and provenance["http_status"] == "200"
        assert provenance["software"] == "ArchiveWeb.page 0.12.8 (made by the Pressmark tests)"
        assert provenance["warc_filename"] == "crawl.warc.gz" and provenance["warc_record_id"].startswith("<urn:uuid:")
        assert isinstance(doc.captured_at, datetime) and doc.captured_at.year >= 2024
    first = json.loads(docs[pages[0].url].provenance)
    assert first["redirected_from"] == pages[0].url.replace("https://", "http://")
    # the gzip-encoded, chunked body was decoded: the article's words are there
    assert "Facebook" in catalog.documents.get(docs[pages[0].url].uuid).body
    assert docs["https://ledger.example/"].page_kind == "page"

    # one stored copy of the archive serves every document it yielded
    stored = [p for p in (catalog.store.path / "originals").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in stored] == [path.read_bytes()]
    assert {catalog.documents.original_path(d.uuid) for d in docs.values()} == {stored[0]}

    statuses = [(o.status, o.record) for o in outcomes]
    assert ("duplicate", pages[0].url) in statuses  # the revisit: captured twice, kept once
    (tally,) = archive_tallies(outcomes)
    assert (tally.articles, tally.pages, tally.duplicates, tally.failed) == (3, 1, 1, 0)
    assert tally.skipped == {"image": 1, "script": 1, "style sheet": 1, "redirect": 1, "error or other status": 1}
    assert tally.line().startswith(f"{path.name}: 3 articles imported, 1 page kept as not an article")
    assert catalog.maintenance.check().ok


def test_importing_a_crawl_again_reports_every_page_a_duplicate(catalog, tmp_path):
    crawl, pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    catalog.documents.import_paths([path])
    again = catalog.documents.import_paths([path])
    assert not imported(again)
    assert archive_tallies(again)[0].duplicates == len(pages) + 2  # and the home page, and the revisit
    assert len(catalog.documents.find()) == len(pages) + 1


def test_the_same_page_captured_twice_is_kept_once(catalog, tmp_path):
    page = corpus_page("readability/ars-1")
    crawl = Crawl()
    crawl.response(page.url, page.html)
    crawl.response(page.url, page.html.replace(b"</body>", b"<p>An advert changed since.</p></body>"))
    path = tmp_path / "twice.warc.gz"
    path.write_bytes(crawl.bytes())
    outcomes = catalog.documents.import_paths([path])
    assert [o.status for o in outcomes] == ["imported", "duplicate"]
    assert "same URL" in outcomes[1].message and page.url in outcomes[1].message


def test_a_wacz_imports_the_pages_it_lists_and_skips_frames(catalog, tmp_path):
    pages = [corpus_page("readability/aclu"), corpus_page("readability/wapo-1")]
    crawl = Crawl(filename="data.warc.gz")
    for page in pages:
        crawl.response(page.url, page.html)
    # an embedded frame: a whole article's worth of HTML, but not a page the user archived
    crawl.response("https://ads.example/frame.html", corpus_page("readability/ars-1").html)
    path = wacz(tmp_path / "session.wacz", {"data.warc.gz": crawl.bytes()}, pages)
    outcomes = catalog.documents.import_paths([path])
    docs = catalog.documents.find()
    assert sorted(d.title for d in docs) == sorted(p.title for p in pages)
    assert {d.original_format for d in docs} == {"wacz"}
    assert json.loads(docs[0].provenance)["wacz"] == "session.wacz"
    assert archive_tallies(outcomes)[0].skipped == {"frame or page not in the WACZ's page list": 1}


def test_an_empty_wacz_is_refused_and_says_why(catalog, tmp_path):
    path = wacz(tmp_path / "empty.wacz", {}, [])
    (outcome,) = catalog.documents.import_paths([path])
    assert outcome.status == "failed" and "holds no WARC file" in outcome.message
    assert catalog.documents.find() == []


def test_a_wacz_whose_zip_is_a_bomb_is_refused_before_it_is_unpacked(catalog, tmp_path):
    path = tmp_path / "bomb.wacz"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("archive/data.warc.gz", bytes(50_000_000))
    (outcome,) = catalog.documents.import_paths([path])
    assert outcome.status == "failed" and "zip bomb" in outcome.message
    assert catalog.documents.find() == []


def test_a_truncated_warc_keeps_the_pages_before_the_break_and_says_where(catalog, tmp_path):
    crawl, pages = standard_crawl(gzip_records=False)
    data = crawl.bytes()
    cut = crawl.offsets[-2] + 700  # inside the last article's response
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:cut])
    outcomes = catalog.documents.import_paths([path])
    titles = {d.title for d in catalog.documents.find()}
    assert {pages[0].title, pages[1].title} <= titles and pages[2].title not in titles
    (broken,) = [o for o in outcomes if o.status == "failed"]
    assert "cut short" in broken.message and f"of {cut:,}" in broken.message
    assert "the pages before it were read" in broken.message


def test_a_corrupt_gzip_member_is_skipped_and_the_rest_of_the_archive_read(catalog, tmp_path):
    crawl, pages = standard_crawl()
    data = bytearray(crawl.bytes())
    damaged = crawl.offsets.index(crawl.offsets[-2])  # the last article's response
    start = crawl.offsets[damaged]
    for at in range(start + 40, start + 120):
        data[at] ^= 0x5A
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    outcomes = catalog.documents.import_paths([path])
    titles = {d.title for d in catalog.documents.find()}
    assert {pages[0].title, pages[1].title} <= titles and pages[2].title not in titles
    (failed,) = [o for o in outcomes if o.status == "failed"]
    assert f"bytes {start:,} to {crawl.offsets[damaged + 1]:,} could not be read (a damaged record) and were skipped" in failed.message
    assert ("duplicate", pages[0].url) in [(o.status, o.record) for o in outcomes]  # the revisit after the damage


def test_a_file_that_is_not_a_warc_is_refused(catalog, tmp_path):
    path = tmp_path / "notes.warc.gz"
    path.write_bytes(gzip.compress(b"Just some text, not a web archive.\n"))
    (outcome,) = catalog.documents.import_paths([path])
    assert outcome.status == "failed" and "not a WARC" in outcome.message


def test_progress_is_reported_for_each_page_and_cancel_stops_between_pages(catalog, tmp_path):
    crawl, pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    calls = []
    catalog.documents.import_paths([path], progress=lambda done, total, message: calls.append((done, total, message)))
    assert [c[2].split(": ", 1)[1] for c in calls[:2]] == [pages[0].url, pages[1].url]
    assert all(done <= total for done, total, _ in calls) and calls[-1][0] == calls[-1][1]

    token = CancelToken()
    other = tmp_path / "other.warc.gz"
    more = Crawl()
    for page_id in ("readability/cnn", "readability/nytimes-1"):
        page = corpus_page(page_id)
        more.response(page.url, page.html)
    other.write_bytes(more.bytes())

    def cancel_after_first(done, total, message):
        token.cancel()

    before = len(catalog.documents.find())
    outcomes = catalog.documents.import_paths([other], progress=cancel_after_first, cancel=token)
    assert imported(outcomes) == [] and len(catalog.documents.find()) == before


def test_a_folder_import_takes_web_archives_among_other_files(catalog, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    crawl = Crawl()
    page = corpus_page("readability/cnn")
    crawl.response(page.url, page.html)
    (folder / "crawl.warc.gz").write_bytes(crawl.bytes())
    (folder / "front.html").write_bytes(home_page())
    outcomes = catalog.documents.import_paths([folder])
    assert sorted((o.status, o.page_kind) for o in outcomes) == [("imported", "article"), ("imported", "page")]
    assert "as a page (not an article)" in [o for o in outcomes if o.page_kind == "page"][0].message


def test_pages_are_filtered_by_kind(catalog, tmp_path):
    crawl, pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    catalog.documents.import_paths([path])
    assert {d.title for d in catalog.documents.find(kind="article")} == {p.title for p in pages}
    assert [d.url for d in catalog.documents.find(kind="page")] == ["https://ledger.example/"]


def test_a_web_archive_given_as_bytes_is_refused_with_the_way_to_import_it(catalog):
    crawl, _pages = standard_crawl()
    with pytest.raises(ImportFailed, match="web archive, which holds many pages"):
        catalog.documents.import_bytes(crawl.bytes(), "crawl.warc.gz")


def test_a_bundle_carries_the_archive_once_for_all_its_pages(catalog, tmp_path):
    from catalog.catalog import Catalog

    crawl, pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    catalog.documents.import_paths([path])
    bundle = tmp_path / "share.zip"
    catalog.exchange.export_bundle(bundle)
    with zipfile.ZipFile(bundle) as archive:
        carried = [n for n in archive.namelist() if "/data/originals/" in n]
    assert len(carried) == 1
    with Catalog(tmp_path / "colleague") as colleague:
        colleague.exchange.import_bundle(bundle)
        docs = colleague.documents.find()
        assert len(docs) == len(pages) + 1
        assert {colleague.documents.original_path(d.uuid).read_bytes() for d in docs} == {path.read_bytes()}
        assert colleague.maintenance.check().ok


def test_undo_takes_back_the_pages_of_an_archive(catalog, tmp_path):
    crawl, _pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    catalog.documents.import_paths([path])
    assert catalog.history.undo_status().undo == "Import crawl.warc.gz"
    catalog.history.undo()
    assert catalog.documents.find() == []


@pytest.mark.timeout(60)
def test_a_named_pipe_among_the_paths_is_refused_without_waiting(catalog, tmp_path):
    import os

    pipe = tmp_path / "crawl"
    os.mkfifo(pipe)
    (outcome,) = catalog.documents.import_paths([pipe])
    assert outcome.status == "failed" and "named pipe" in outcome.message
