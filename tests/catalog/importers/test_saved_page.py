"""Pages saved by a browser or SingleFile: where from and when, the NAME_files folder kept
with a "Webpage, complete" page, and telling articles from pages that are not articles."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime

import pytest

from catalog.importers import html, parse_bytes, saved_page
from tests.catalog.importers.crawls import corpus_page, home_page
from tests.conftest import shared_path

SINGLEFILE = """<!DOCTYPE html> <html lang="en"><!--
 Page saved with SingleFile{extra}
 url: https://ledger.example/2024/harbour-fees
 saved date: Tue Mar 05 2024 10:30:00 GMT+0100 (Central European Standard Time)
--><head><meta charset="utf-8"><title>Harbour fees rise again</title></head><body><article>
<h1>Harbour fees rise again</h1>
<p>The harbour board voted on Monday to raise mooring fees for the third year running, a decision
that fishermen say will push the smallest boats out of the port for good.</p>
<p>“We cannot keep paying more for less,” said Maria Costa, who has fished from the harbour for
thirty years. The board said the money would repair the north wall before the winter storms.</p>
<p>The new fees take effect in April. A public meeting is planned for next week at the town hall,
where residents can put questions to the board’s chair about the sums involved.</p>
</article></body></html>"""


def test_a_singlefile_page_gives_its_address_and_saving_date():
    parsed = parse_bytes(SINGLEFILE.format(extra="").encode(), "saved.html")
    assert parsed.url == "https://ledger.example/2024/harbour-fees"
    assert parsed.captured_at == datetime(2024, 3, 5, 9, 30)
    assert parsed.provenance == {"saved_with": "SingleFile", "saved_from": "https://ledger.example/2024/harbour-fees"}


def test_a_page_saved_by_a_browser_gives_its_address():
    page = SINGLEFILE.format(extra="").replace("<!--\n Page saved with SingleFile", "<!-- saved from url=(0041)https://ledger.example/2024/fees -->\n<!--", 1)
    parsed = parse_bytes(page.encode(), "saved.html")
    assert parsed.url == "https://ledger.example/2024/fees" and parsed.captured_at is None
    assert parsed.provenance["saved_with"] == "a web browser (Save as)"


def test_the_page_own_address_wins_over_the_saved_one():
    page = corpus_page("readability/ars-1")
    stamped = page.html.replace(b"<head>", b"<head><!-- Page saved with SingleFile \n url: https://mirror.example/copy \n saved date: Sat Jan 06 2024 08:00:00 GMT+0000 -->", 1)
    parsed = parse_bytes(stamped, "ars.html")
    assert parsed.url == page.url and parsed.captured_at == datetime(2024, 1, 6, 8, 0)


def _save_complete(folder, name="Harbour fees"):
    page = folder / f"{name}.html"
    page.write_text(SINGLEFILE.format(extra=""), "utf-8")
    files = folder / f"{name}_files"
    (files / "nested").mkdir(parents=True)
    (files / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (files / "nested" / "frame.html").write_text(SINGLEFILE.format(extra=" (a frame)"), "utf-8")
    return page, files


def test_a_webpage_complete_keeps_its_files_folder_as_one_zip(catalog, tmp_path):
    folder = tmp_path / "saved"
    folder.mkdir()
    page, _files = _save_complete(folder)
    (outcome,) = catalog.documents.import_paths([folder])  # the frame in the folder is not a page of its own
    assert outcome.status == "imported" and "kept with the 2 files of Harbour fees_files, as one zip" in outcome.message
    doc = catalog.documents.get(outcome.document_uuid)
    assert doc.original_name == "Harbour fees.html" and doc.original_format == "html-complete"
    original = catalog.documents.original_path(doc.uuid)
    assert original.suffix == ".zip"
    with zipfile.ZipFile(io.BytesIO(original.read_bytes())) as archive:
        assert archive.namelist() == ["Harbour fees.html", "Harbour fees_files/logo.png", "Harbour fees_files/nested/frame.html"]
        assert archive.read("Harbour fees.html") == page.read_bytes()
    # named alone, the page still brings its folder; the same page and folder are the same original
    (again,) = catalog.documents.import_paths([page])
    assert again.status == "duplicate" and "same original file" in again.message


def test_a_files_folder_too_big_to_keep_is_refused_with_the_way_out(catalog, tmp_path, monkeypatch):
    monkeypatch.setattr(saved_page, "MAX_FOLDER_FILES", 1)
    page, _files = _save_complete(tmp_path)
    (outcome,) = catalog.documents.import_paths([page])
    assert outcome.status == "failed" and "holds more than 1 files" in outcome.message and "moving the folder away" in outcome.message


def test_every_article_of_the_corpus_is_classed_an_article():
    truth = shared_path("corpus", "html", "ground_truth.jsonl").read_text("utf-8").splitlines()
    kinds = {}
    for line in truth:
        entry = json.loads(line)
        data = shared_path("corpus", "html", *entry["html"].split("/")).read_bytes()
        kinds[entry["id"]] = html.parse(data, entry["html"]).page_kind
    assert len(kinds) == 57 and {k for k, v in kinds.items() if v != "article"} == set()


SHOP = """<!DOCTYPE html><html><head><title>Brass ship's bell — Harbour Shop</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Brass ship's bell",
"offers": {"@type": "Offer", "price": "89.00", "priceCurrency": "EUR"}}</script></head><body>
<h1>Brass ship's bell</h1><p>A solid brass bell, cast in the old foundry by the harbour, with a rope lanyard.
Twenty centimetres across, it rings clear across a yard or a deck and is polished by hand before it ships.</p>
<p><a href="/basket">Add to basket</a> <a href="/bells">More bells</a></p></body></html>"""


@pytest.mark.parametrize(
    ("page", "kind"),
    [(home_page(), "page"), (SHOP.encode(), "page"), (SINGLEFILE.format(extra="").encode(), "article"), (b"<p>Closed today.</p>", "page")],
    ids=["front page", "shop", "news brief", "notice"],
)
def test_front_pages_shops_and_notices_are_pages_and_a_brief_is_an_article(page, kind):
    assert html.parse(page, "page.html").page_kind == kind


def test_a_long_run_of_prose_with_no_declaration_is_an_article():
    paragraphs = "".join(f"<p>{'The harbour board met again to talk about the fees and the wall. ' * 6}</p>" for _ in range(6))
    page = f"<html><head><title>Board meets</title></head><body><h1>Board meets</h1>{paragraphs}</body></html>"
    assert html.parse(page.encode(), "page.html").page_kind == "article"
