"""Export a catalogue, import it into an empty one: everything comes back equal, same UUIDs."""

from __future__ import annotations

import time

from sqlalchemy import select

from bench.synthetic_catalogue import fill
from catalog.models import Document
from catalog.views import to_json
from tests.catalog.exchange.conftest import prepare_sample


def assert_same(mine, theirs) -> None:
    """Every view of every live record (and the tag tree) is equal in both catalogues."""
    ids = mine.document_ids()
    assert ids and sorted(ids) == sorted(theirs.document_ids())
    if len(ids) < 20:  # whole views, body and quotes included
        assert to_json([mine.document(u) for u in ids]) == to_json([theirs.document(u) for u in ids])
    assert to_json(mine.document_rows(ids)) == to_json(theirs.document_rows(ids))
    with mine.reading() as a, theirs.reading() as b:
        bodies = lambda session: dict(session.execute(select(Document.uuid, Document.body)).all())  # noqa: E731
        assert bodies(a) == bodies(b)
    assert to_json(mine.quotes()) == to_json(theirs.quotes())
    assert to_json(mine.actors()) == to_json(theirs.actors())
    assert to_json(mine.tags()) == to_json(theirs.tags())
    assert mine.stats() == theirs.stats()


def test_round_trip_of_the_seed(catalog, other_catalog, seed_file, sample_file, tmp_path):
    catalog.import_file(seed_file)
    catalog.accept_all()
    prepare_sample(catalog, sample_file)
    seed_doc = next(d for d in catalog.documents() if "Taliban" in d.title)
    quote = catalog.quotes(document=seed_doc.uuid)[0]
    catalog.tag_records([seed_doc.uuid, quote.uuid], "Afghanistan/Opposition")
    catalog.update_quote(quote.uuid, note="Check the date.", kind="excerpt")
    catalog.update_actor(seed_doc.authors[0].uuid, identifiers={"twitter": "@LukeDCoffey"})
    catalog.export_bundle(tmp_path / "seed.zip")
    report = other_catalog.import_bundle(tmp_path / "seed.zip")
    assert report.count("conflict") == 0 and report.count("added", "document") == 2
    assert_same(catalog, other_catalog)
    for doc in catalog.document_ids():
        original = catalog.original_path(doc)
        assert other_catalog.original_path(doc).read_bytes() == original.read_bytes()
    search = other_catalog.search("speaker:McCaul", record_type="quote")
    assert search.total >= 1  # the index was synced in the same unit of work
    again = other_catalog.import_bundle(tmp_path / "seed.zip")
    assert {e.action for e in again.entries} == {"unchanged"} and not again.changes


def test_round_trip_of_thousands_of_records(catalog, other_catalog, tmp_path):
    started = time.monotonic()
    fill(catalog, documents=500, quotes_per_document=4, index=False)
    filled = time.monotonic()
    stats = catalog.stats()
    assert stats["documents"] + stats["quotes"] + stats["actors"] + stats["tags"] > 2500
    summary = catalog.export_bundle(tmp_path / "big.zip")
    assert summary.quotes == 2000
    exported = time.monotonic()
    report = other_catalog.import_bundle(tmp_path / "big.zip")
    imported = time.monotonic()
    print(f"fill {filled - started:.1f} s, export {exported - filled:.1f} s, import {imported - exported:.1f} s")
    assert report.count("added") == sum(stats[k] for k in ("documents", "quotes", "actors", "tags"))
    assert_same(catalog, other_catalog)
    assert time.monotonic() - started < 60


def test_dry_run_changes_nothing_but_says_everything(catalog, sample, other_catalog, tmp_path):
    catalog.export_bundle(tmp_path / "b.zip")
    report = other_catalog.import_bundle(tmp_path / "b.zip", dry_run=True)
    assert report.dry_run and report.count("added") == 1 + 5 + 11 + 4
    assert other_catalog.stats()["documents"] == 0 and other_catalog.generation() == 0
    assert not list(other_catalog.originals_dir.rglob("*.md"))
    assert "would change: created 1 document, 5 quotes, 11 actors, 4 tags" in report.summary()
    real = other_catalog.import_bundle(tmp_path / "b.zip")
    assert [(e.kind, e.uuid, e.action) for e in real.entries] == [(e.kind, e.uuid, e.action) for e in report.entries]


def test_export_of_a_selection(catalog, sample, seed_file, tmp_path, other_catalog):
    catalog.import_file(seed_file)
    catalog.accept_all()
    summary = catalog.export_bundle(tmp_path / "tagged.zip", query="tag:Heritage")
    assert summary.documents == 1 and summary.quotes == 5
    catalog.save_search("Officials", "tag:People")
    assert catalog.export_bundle(tmp_path / "saved.zip", query="Officials").documents == 1
    assert catalog.export_bundle(tmp_path / "ids.zip", query=[sample["document"][:8]]).documents == 1
    other_catalog.import_bundle(tmp_path / "tagged.zip")
    assert other_catalog.stats()["documents"] == 1
    assert {t.path for t in other_catalog.tags()} == {"Heritage", "Heritage/Archives", "People", "People/Officials"}
    assert other_catalog.actor("Helen Castellan").relations[0][0] == "chair of"
