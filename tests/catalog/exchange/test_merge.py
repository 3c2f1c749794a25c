"""Merging a bundle into a catalogue that already has some of it: match, report, resolve."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from catalog.errors import InvalidInput
from catalog.exchange import merge_records
from catalog.models import MAX_TAG_DEPTH
from tests.catalog.exchange.crafting import edit_json, rebag, without_history


@pytest.fixture
def diverged(catalog, sample, other_catalog, tmp_path):
    """The colleague imported my bundle, then edited four records differently; their bundle,
    as an earlier Pressmark wrote it (no revisions): the two-way rules decide, and every field
    that differs is a conflict. (With the shared history, see test_three_way.py.)"""
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    other_catalog.quotes.update(sample["quote"], note="Their note")
    other_catalog.actors.update(sample["castellan"], description="Chair since 2019")
    other_catalog.documents.update(sample["document"], title="Their title")
    other_catalog.tags.add("Heritage", "#00ff00")
    other_catalog.tags.apply([sample["trust"]], "Their/New tag")
    other_catalog.exchange.export_bundle(tmp_path / "theirs-with-history.zip")
    return without_history(tmp_path / "theirs-with-history.zip", tmp_path / "theirs.zip")


def conflicts(report) -> dict[str, list[str]]:
    return {e.kind: e.fields for e in report.conflicts}


def test_keep_mine_reports_conflicts_and_adds_the_rest(catalog, sample, diverged):
    dry = catalog.exchange.import_bundle(diverged, dry_run=True)
    report = catalog.exchange.import_bundle(diverged, on_conflict="mine")
    assert conflicts(report) == {"quote": ["note"], "actor": ["description"], "document": ["title"], "tag": ["colour"]}
    assert conflicts(dry) == conflicts(report) and dry.changes.summary() == report.changes.summary()
    assert {e.resolution for e in report.conflicts} == {"kept mine"}
    assert catalog.quotes.get(sample["quote"]).note == ""
    assert catalog.documents.get(sample["document"]).title.startswith("Saltmere")
    trust = catalog.actors.get(sample["trust"])
    assert trust.tags == ["Their/New tag"]  # links and tags are united, never conflicts
    assert report.count("added", "tag") == 2 and report.count("updated", "actor") == 1


def test_take_theirs(catalog, sample, diverged):
    report = catalog.exchange.import_bundle(diverged, on_conflict="theirs")
    assert {e.resolution for e in report.conflicts} == {"took theirs"}
    assert catalog.quotes.get(sample["quote"]).note == "Their note"
    assert catalog.actors.get(sample["castellan"]).description == "Chair since 2019"
    assert catalog.documents.get(sample["document"]).title == "Their title"
    assert next(t for t in catalog.tags.find() if t.path == "Heritage").colour == "#00ff00"
    assert catalog.search.run("Their title").total >= 1  # the index follows


def test_keep_both(catalog, sample, diverged):
    before = catalog.maintenance.stats()
    report = catalog.exchange.import_bundle(diverged, on_conflict="both")
    after = catalog.maintenance.stats()
    assert after["documents"] == before["documents"] + 1 and after["actors"] == before["actors"] + 1
    copy = next(e for e in report.conflicts if e.kind == "document").local_uuid
    assert copy != sample["document"] and catalog.documents.get(copy).title == "Their title"
    assert len(catalog.quotes.find(document=copy)) == 5
    assert catalog.documents.get(sample["document"]).title.startswith("Saltmere")


def test_keep_both_again_changes_nothing(catalog, sample, diverged, other_catalog, tmp_path):
    """A copy kept beside ours has an id derived from theirs and its values, so importing the
    same bundle again finds it instead of adding another; a new version of theirs is kept
    once more, and a copy edited here is neither duplicated nor overwritten."""
    first = catalog.exchange.import_bundle(diverged, on_conflict="both")
    copies = {e.kind: e.local_uuid for e in first.conflicts if e.kind != "tag"}
    assert set(copies) == {"actor", "document"}  # the bundle's quotes went into its document
    stats, generation = catalog.maintenance.stats(), catalog.maintenance.generation()
    for dry_run in (True, False, False):
        again = catalog.exchange.import_bundle(diverged, on_conflict="both", dry_run=dry_run)
        assert not again.changes and catalog.maintenance.stats() == stats and catalog.maintenance.generation() == generation
        assert [e.kind for e in again.conflicts] == ["tag"]  # a tag is never kept twice
        assert set(copies.values()) <= {e.local_uuid for e in again.entries}
    assert [a.name for a in catalog.actors.find()].count("Helen Castellan") == 2

    catalog.actors.update(copies["actor"], description="Edited here")
    catalog.exchange.import_bundle(diverged, on_conflict="both")
    assert catalog.maintenance.stats() == stats and catalog.actors.get(copies["actor"]).description == "Edited here"

    other_catalog.actors.update(sample["castellan"], description="Chair since 2020")
    newer = without_history(other_catalog.exchange.export_bundle(tmp_path / "newer.zip").path, tmp_path / "newer-v1.zip")
    for _ in range(2):
        catalog.exchange.import_bundle(newer, on_conflict="both")
        assert catalog.maintenance.stats()["actors"] == stats["actors"] + 1


def test_identity_matching_of_an_independent_import(catalog, sample, other_catalog, sample_file, tmp_path):
    other_catalog.documents.import_file(sample_file)
    other_catalog.proposals.accept_all()
    other_catalog.exchange.export_bundle(tmp_path / "independent.zip")
    report = catalog.exchange.import_bundle(tmp_path / "independent.zip")
    by_kind = {}
    for entry in report.entries:
        by_kind.setdefault(entry.kind, set()).add(entry.matched_by)
    assert by_kind["document"] == {"text"} and by_kind["quote"] == {"position"}
    assert by_kind["actor"] == {"name", "identifier"}  # Mara Okonjo by her twitter handle
    assert report.count("added") == 0 and catalog.maintenance.stats()["documents"] == 1


def _text_prefixed(sample):
    """A bundle edit: the sample's text starts with "UPDATE. ", its quotes' positions follow."""

    def prefixed(payload):
        name = f"texts/{sample['document']}.txt"
        payload[name] = b"UPDATE. " + payload[name]

        def shift(data):
            for item in data["first"]["items"]:
                for selector in item["target"]["selector"]:
                    if selector["type"] == "TextPositionSelector":
                        selector["start"] += 8
                        selector["end"] += 8

        edit_json(payload, "annotations.jsonld", shift)

    return prefixed


def test_changed_text_reanchors_quotes_or_keeps_both(catalog, sample, bundle_of, tmp_path):
    prefixed = _text_prefixed(sample)
    changed = rebag(bundle_of(catalog), tmp_path / "changed.zip", prefixed)
    mine = catalog.exchange.import_bundle(changed, dry_run=True)
    doc_entry = next(e for e in mine.entries if e.kind == "document")
    assert doc_entry.fields == ["text"] and "placed in your text" in doc_entry.detail
    assert {e.action for e in mine.entries if e.kind == "quote"} == {"unchanged"}
    theirs = catalog.exchange.import_bundle(changed, on_conflict="theirs")
    doc_entry = next(e for e in theirs.entries if e.kind == "document")
    assert doc_entry.resolution == "kept both" and "texts differ" in doc_entry.detail
    assert catalog.documents.get(doc_entry.local_uuid).body.startswith("UPDATE. ")


def test_a_bundle_cannot_take_the_id_its_copy_would_get(catalog, sample, diverged, tmp_path):
    """The id of a copy kept beside ours can be computed: a bundle that gives it to one of its
    own records must not make two records share it."""
    import json
    import uuid

    from catalog.exchange.merge import KEPT_COPIES
    from catalog.models import Actor, Document, Quote, Tag

    castellan = ["Helen Castellan", "person", "Chair since 2019", "1961–"]
    derived = str(uuid.uuid5(KEPT_COPIES, json.dumps(["actor", sample["castellan"], castellan], ensure_ascii=False)))

    def give_the_document_that_id(payload):
        for path in list(payload):
            data = payload.pop(path).replace(sample["document"].encode(), derived.encode())
            payload[path.replace(sample["document"], derived)] = data

    crafted = rebag(diverged, tmp_path / "crafted.zip", give_the_document_that_id)
    report = catalog.exchange.import_bundle(crafted, on_conflict="both")
    actor_copy = next(e for e in report.conflicts if e.kind == "actor").local_uuid
    assert actor_copy != derived and catalog.actors.get(actor_copy).description == "Chair since 2019"
    with catalog.store.reading() as session:
        ids = [u for model in (Actor, Document, Quote, Tag) for u in session.scalars(select(model.uuid))]
    assert len(ids) == len(set(ids))


def test_keep_both_of_a_quote_once(catalog, sample, other_catalog, bundle_of, tmp_path):
    other_catalog.exchange.import_bundle(bundle_of(catalog))
    other_catalog.quotes.update(sample["quote"], note="Their note")
    # with no shared history their note is a conflict (with it, their note is simply taken)
    theirs = without_history(bundle_of(other_catalog), tmp_path / "theirs-v1.zip")
    for _ in range(3):
        catalog.exchange.import_bundle(theirs, on_conflict="both")
        notes = sorted(q.note for q in catalog.quotes.find(document=sample["document"]))
        assert notes.count("Their note") == 1 and len(notes) == 6


def test_theirs_with_a_changed_text_keeps_both_once(catalog, sample, bundle_of, tmp_path):
    prefixed = _text_prefixed(sample)
    changed = rebag(bundle_of(catalog), tmp_path / "changed.zip", prefixed)
    first = catalog.exchange.import_bundle(changed, on_conflict="theirs")
    copy = next(e for e in first.entries if e.kind == "document").local_uuid
    stats = catalog.maintenance.stats()
    again = catalog.exchange.import_bundle(changed, on_conflict="theirs")
    assert not again.changes and catalog.maintenance.stats() == stats
    assert next(e for e in again.entries if e.kind == "document").local_uuid == copy


def test_a_trashed_record_is_a_conflict(catalog, sample, bundle_of, tmp_path):
    # with no shared history (with it, the bundle holds a version we had: ours, trashed, is newer)
    bundle = without_history(bundle_of(catalog), tmp_path / "mine-v1.zip")
    catalog.trash.delete([sample["quote"]])
    report = catalog.exchange.import_bundle(bundle)
    assert conflicts(report) == {"quote": ["in the trash here"]}
    assert catalog.quotes.get(sample["quote"], include_deleted=True).deleted
    catalog.exchange.import_bundle(bundle, on_conflict="theirs")
    assert not catalog.quotes.get(sample["quote"]).deleted


def test_import_is_all_or_nothing(catalog, other_catalog, sample, bundle_of, monkeypatch):
    bundle = bundle_of(catalog)

    def broken(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(merge_records, "merge_quotes", broken)
    with pytest.raises(RuntimeError, match="disk on fire"):
        other_catalog.exchange.import_bundle(bundle)
    assert other_catalog.maintenance.stats() == {"documents": 0, "quotes": 0, "actors": 0, "tags": 0, "trash": 0}
    assert other_catalog.maintenance.generation() == 0


def test_unknown_policy(catalog, sample, bundle_of):
    from catalog.errors import InvalidInput

    with pytest.raises(InvalidInput, match="not a conflict policy"):
        catalog.exchange.import_bundle(bundle_of(catalog), on_conflict="whatever")


@pytest.fixture
def bundle_of(tmp_path):
    count = iter(range(100))
    return lambda cat: cat.exchange.export_bundle(tmp_path / f"export-{next(count)}.zip").path


def test_taking_their_place_for_a_tag_never_nests_its_sub_tags_too_deep(catalog, other_catalog, tmp_path):
    catalog.tags.add("Moved")
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    deep = "/".join(f"L{i}" for i in range(MAX_TAG_DEPTH - 1))
    other_catalog.tags.rename("Moved", f"{deep}/Moved")  # at the limit there, with no sub-tag
    other_catalog.exchange.export_bundle(tmp_path / "theirs.zip")
    catalog.tags.add("Moved/Mine only")
    report = catalog.exchange.import_bundle(tmp_path / "theirs.zip", on_conflict="theirs")
    moved = next(e for e in report.conflicts if e.kind == "tag")
    assert moved.fields == ["path"] and "kept its place" in moved.detail
    paths = {t.path for t in catalog.tags.find()}
    assert "Moved/Mine only" in paths and max(p.count("/") + 1 for p in paths) == MAX_TAG_DEPTH - 1


def test_a_tag_that_would_land_too_deep_here_stops_the_import(catalog, other_catalog, tmp_path):
    catalog.tags.add("Shared")
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    other_catalog.tags.add("Shared/Their child")
    other_catalog.exchange.export_bundle(tmp_path / "theirs.zip")
    deep = "/".join(f"L{i}" for i in range(MAX_TAG_DEPTH - 1))
    catalog.tags.rename("Shared", f"{deep}/Shared")  # at the limit here
    before, generation = {t.path for t in catalog.tags.find()}, catalog.maintenance.generation()
    with pytest.raises(InvalidInput, match=f"“Shared/Their child” would lie more than {MAX_TAG_DEPTH} levels deep here"):
        catalog.exchange.import_bundle(tmp_path / "theirs.zip")
    assert {t.path for t in catalog.tags.find()} == before and catalog.maintenance.generation() == generation
