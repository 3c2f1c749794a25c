"""Export a catalogue, import it into an empty one: everything comes back equal, same UUIDs."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bench.synthetic_catalogue import fill
from catalog.catalog import Catalog
from catalog.errors import InvalidInput
from catalog.exchange.verify import check_bundle
from catalog.models import MAX_TAG_DEPTH, Document, Tag
from catalog.views import to_json
from tests.catalog.exchange.conftest import prepare_sample
from tests.conftest import add_text

# what people type: any letter, mark, symbol, punctuation or space, quotes of every kind
TYPED = st.characters(exclude_categories=("Cs", "Cc")) | st.sampled_from("“”„‟\"'‘’‹›«»<>&%;=+-@\t")
TAG_NAMES = st.text(TYPED, min_size=1, max_size=30).filter(lambda name: name.strip() and "/" not in name)
WORDS = st.lists(st.text(TYPED, min_size=1, max_size=12).filter(str.strip), min_size=2, max_size=40)


def assert_same(mine, theirs) -> None:
    """Every view of every live record (and the tag tree) is equal in both catalogues."""
    ids = mine.documents.ids()
    assert ids and sorted(ids) == sorted(theirs.documents.ids())
    if len(ids) < 20:  # whole views, body and quotes included
        assert to_json([mine.documents.get(u) for u in ids]) == to_json([theirs.documents.get(u) for u in ids])
    assert to_json(mine.documents.rows(ids)) == to_json(theirs.documents.rows(ids))
    with mine.store.reading() as a, theirs.store.reading() as b:
        bodies = lambda session: dict(session.execute(select(Document.uuid, Document.body)).all())  # noqa: E731
        assert bodies(a) == bodies(b)
    assert to_json(mine.quotes.find()) == to_json(theirs.quotes.find())
    assert to_json(mine.actors.find()) == to_json(theirs.actors.find())
    assert to_json(mine.tags.find()) == to_json(theirs.tags.find())
    assert mine.maintenance.stats() == theirs.maintenance.stats()


def test_round_trip_of_the_seed(catalog, other_catalog, seed_file, sample_file, tmp_path):
    catalog.documents.import_file(seed_file)
    catalog.proposals.accept_all()
    prepare_sample(catalog, sample_file)
    seed_doc = next(d for d in catalog.documents.find() if "Taliban" in d.title)
    quote = catalog.quotes.find(document=seed_doc.uuid)[0]
    catalog.tags.apply([seed_doc.uuid, quote.uuid], "Afghanistan/Opposition")
    catalog.quotes.update(quote.uuid, note="Check the date.", kind="excerpt")
    catalog.actors.update(seed_doc.authors[0].uuid, identifiers={"twitter": "@LukeDCoffey"})
    catalog.exchange.export_bundle(tmp_path / "seed.zip")
    report = other_catalog.exchange.import_bundle(tmp_path / "seed.zip")
    assert report.count("conflict") == 0 and report.count("added", "document") == 2
    assert_same(catalog, other_catalog)
    for doc in catalog.documents.ids():
        original = catalog.documents.original_path(doc)
        assert other_catalog.documents.original_path(doc).read_bytes() == original.read_bytes()
    search = other_catalog.search.run("speaker:McCaul", record_type="quote")
    assert search.total >= 1  # the index was synced in the same unit of work
    again = other_catalog.exchange.import_bundle(tmp_path / "seed.zip")
    assert {e.action for e in again.entries} == {"unchanged"} and not again.changes


def test_round_trip_of_thousands_of_records(catalog, other_catalog, tmp_path):
    started = time.monotonic()
    fill(catalog, documents=500, quotes_per_document=4, index=False)
    filled = time.monotonic()
    stats = catalog.maintenance.stats()
    assert stats["documents"] + stats["quotes"] + stats["actors"] + stats["tags"] > 2500
    summary = catalog.exchange.export_bundle(tmp_path / "big.zip")
    assert summary.quotes == 2000
    exported = time.monotonic()
    report = other_catalog.exchange.import_bundle(tmp_path / "big.zip")
    imported = time.monotonic()
    print(f"fill {filled - started:.1f} s, export {exported - filled:.1f} s, import {imported - exported:.1f} s")
    assert report.count("added") == sum(stats[k] for k in ("documents", "quotes", "actors", "tags"))
    assert_same(catalog, other_catalog)
    assert time.monotonic() - started < 60


def test_dry_run_changes_nothing_but_says_everything(catalog, sample, other_catalog, tmp_path):
    catalog.exchange.export_bundle(tmp_path / "b.zip")
    report = other_catalog.exchange.import_bundle(tmp_path / "b.zip", dry_run=True)
    assert report.dry_run and report.count("added") == 1 + 5 + 11 + 4
    assert other_catalog.maintenance.stats()["documents"] == 0 and other_catalog.maintenance.generation() == 0
    assert not list(other_catalog.store.originals_dir.rglob("*.md"))
    assert "would change: created 1 document, 5 quotes, 11 actors, 4 tags" in report.summary()
    real = other_catalog.exchange.import_bundle(tmp_path / "b.zip")
    assert [(e.kind, e.uuid, e.action) for e in real.entries] == [(e.kind, e.uuid, e.action) for e in report.entries]


def test_export_of_a_selection(catalog, sample, seed_file, tmp_path, other_catalog):
    catalog.documents.import_file(seed_file)
    catalog.proposals.accept_all()
    summary = catalog.exchange.export_bundle(tmp_path / "tagged.zip", query="tag:Heritage")
    assert summary.documents == 1 and summary.quotes == 5
    catalog.search.save("Officials", "tag:People")
    assert catalog.exchange.export_bundle(tmp_path / "saved.zip", query="Officials").documents == 1
    assert catalog.exchange.export_bundle(tmp_path / "ids.zip", query=[sample["document"][:8]]).documents == 1
    other_catalog.exchange.import_bundle(tmp_path / "tagged.zip")
    assert other_catalog.maintenance.stats()["documents"] == 1
    assert {t.path for t in other_catalog.tags.find()} == {"Heritage", "Heritage/Archives", "People", "People/Officials"}
    assert other_catalog.actors.get("Helen Castellan").relations[0][0] == "chair of"


def _fill_from(draw, catalog) -> None:
    """Documents, tags at every depth up to the limit, quotes with notes and speakers, drawn."""
    paths = ["/".join(f"Level {i}" for i in range(MAX_TAG_DEPTH))]
    for _ in range(draw(st.integers(1, 3))):
        depth = draw(st.integers(1, MAX_TAG_DEPTH))
        paths.append("/".join(draw(st.lists(TAG_NAMES, min_size=depth, max_size=depth))))
    for path in paths:
        catalog.tags.add(path)
    stored = [tag.path for tag in catalog.tags.find()]
    for number in range(draw(st.integers(1, 3))):
        words = draw(WORDS)
        # numbered, since two drawn texts may hold the same words and a duplicate is refused
        body = "\n\n".join((f"Article {number}.", " ".join(words), " ".join(reversed(words))))
        uuid = add_text(catalog, f"{number} " + " ".join(draw(WORDS)[:5]), body)
        catalog.tags.apply([uuid], draw(st.sampled_from(stored)))
        body = catalog.documents.get(uuid).body
        for _ in range(draw(st.integers(0, 4))):
            start = draw(st.integers(0, len(body) - 1))
            end = draw(st.integers(start + 1, len(body)))
            if not body[start:end].strip():
                continue
            speaker = draw(st.sampled_from([None, " ".join(words[:2])]))
            note = " ".join(draw(WORDS)[:6])
            catalog.quotes.add(uuid, start, end, note=note, tags=[draw(st.sampled_from(stored))], speaker=speaker, new_speaker_type="person")


ROUND_TRIPS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@settings(ROUND_TRIPS, max_examples=2)
@given(draw=st.data())
def test_every_bundle_we_export_verifies_and_imports(tmp_path_factory, draw):
    _round_trip(tmp_path_factory.mktemp("round-trip"), draw)


@pytest.mark.slow
@settings(ROUND_TRIPS, max_examples=40)
@given(draw=st.data())
def test_every_bundle_we_export_verifies_and_imports_at_length(tmp_path_factory, draw):
    _round_trip(tmp_path_factory.mktemp("round-trip"), draw)


def _round_trip(folder, draw) -> None:
    """Export what was drawn, check it, import it elsewhere (equal) and here again (unchanged)."""
    with Catalog(folder / "mine") as mine, Catalog(folder / "theirs") as theirs:
        _fill_from(draw.draw, mine)
        mine.exchange.export_bundle(folder / "bundle.zip")
        check_bundle(folder / "bundle.zip")
        theirs.exchange.import_bundle(folder / "bundle.zip")
        assert_same(mine, theirs)
        again = mine.exchange.import_bundle(folder / "bundle.zip")
        assert {entry.action for entry in again.entries} == {"unchanged"}


def test_a_tag_deeper_than_bundles_carry_is_named_on_export(catalog, tmp_path):
    """A catalogue made before tags were limited may hold deeper ones: export says which, and
    writes nothing that our own import would refuse."""
    with catalog.store.writing() as (session, changes):
        parent = None
        for level in range(1000):
            parent = Tag(name=f"Level {level}", parent=parent)
            session.add(parent)
        session.flush()
        changes.create("tag", parent.uuid)
    with pytest.raises(InvalidInput, match=f"the tag “Level {MAX_TAG_DEPTH}” lies more than {MAX_TAG_DEPTH} levels deep"):
        catalog.exchange.export_bundle(tmp_path / "deep.zip")
    assert not (tmp_path / "deep.zip").exists() and not list(tmp_path.glob(".pressmark-export-*"))
    # such a branch can still be moved up, from its deepest tag
    catalog.tags.rename("/".join(f"Level {level}" for level in range(1000)), "Moved up")
    assert "Moved up" in {tag.path for tag in catalog.tags.find()}
