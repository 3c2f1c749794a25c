"""Conflicts decided record by record (``import_bundle(decisions=...)``), the rest by the bulk
policy: three-way and two-way, and a dry run that predicts the import exactly."""

from __future__ import annotations

import pytest

from catalog.catalog import Catalog
from catalog.errors import InvalidInput
from catalog.revisions.author import Author
from tests.catalog.exchange.test_merge import conflicts, diverged  # noqa: F401 (a fixture)

TIDE = b"# The tide mill reopens\n\nNorthshore Courier\n\nThe old tide mill at Saltmere reopened on Saturday.\n"


@pytest.fixture
def two_conflicts(tmp_path, sample_file):
    """A and B share two documents; both retitled each of them differently since. Yields A,
    B's bundle and the two documents' UUIDs."""
    a = Catalog(tmp_path / "a", author=Author("Ann Archivist", "00000000-0000-4000-8000-00000000000a"))
    b = Catalog(tmp_path / "b", author=Author("Ben Researcher", "00000000-0000-4000-8000-00000000000b"))
    first = a.documents.import_file(sample_file).document_uuid
    second = a.documents.import_bytes(TIDE, "tide.md").document_uuid
    a.exchange.export_bundle(tmp_path / "a1.zip")
    b.exchange.import_bundle(tmp_path / "a1.zip")
    b.documents.update(first, title="Ben's first", section="Heritage")
    b.documents.update(second, title="Ben's second")
    b.exchange.export_bundle(tmp_path / "b1.zip")
    a.documents.update(first, title="Ann's first")
    a.documents.update(second, title="Ann's second")
    yield a, tmp_path / "b1.zip", first, second
    a.close()
    b.close()


def outcome(report) -> list[tuple]:
    """Each entry's fate; a quote added under a fresh UUID (its own is taken here) gets another
    one each time, so only that it was fresh is compared."""

    def local(e) -> str:
        return "(fresh)" if e.kind == "quote" and e.action == "added" and e.local_uuid != e.uuid else e.local_uuid

    return sorted((e.kind, e.uuid, e.action, local(e), tuple(e.fields), e.resolution, e.detail) for e in report.entries)


def test_three_way_one_record_decided_theirs_the_rest_kept_mine(two_conflicts):
    a, bundle, first, second = two_conflicts
    decisions = {first: "theirs"}
    dry = a.exchange.import_bundle(bundle, dry_run=True, on_conflict="mine", decisions=decisions)
    generation = a.maintenance.generation()
    report = a.exchange.import_bundle(bundle, on_conflict="mine", decisions=decisions)

    assert {e.uuid: e.resolution for e in report.conflicts} == {first: "took theirs", second: "kept mine"}
    assert all(e.shared_base for e in report.conflicts)
    assert (a.documents.get(first).title, a.documents.get(first).section) == ("Ben's first", "Heritage")
    assert a.documents.get(second).title == "Ann's second"
    assert report.decisions == decisions and report.policy == "mine"
    # the dry run said exactly this
    assert outcome(dry) == outcome(report) and dry.changes.summary() == report.changes.summary()

    # undo puts back the title the decision overwrote
    assert a.maintenance.generation() != generation
    a.history.undo()
    assert a.documents.get(first).title == "Ann's first" and a.documents.get(first).section == ""
    assert a.documents.get(second).title == "Ann's second"


def test_three_way_decision_mine_against_a_bulk_theirs(two_conflicts):
    a, bundle, first, second = two_conflicts
    report = a.exchange.import_bundle(bundle, on_conflict="theirs", decisions={second: "mine"})
    assert {e.uuid: e.resolution for e in report.conflicts} == {first: "took theirs", second: "kept mine"}
    assert a.documents.get(first).title == "Ben's first" and a.documents.get(second).title == "Ann's second"
    listed = {(c["record"], c["field"]): c for c in report.to_json()["conflicts"]}
    assert listed[(second, "title")]["base"] is not None and listed[(second, "title")]["shared_base"]


def test_two_way_decisions_override_the_bulk_choice_record_by_record(catalog, sample, diverged):  # noqa: F811
    before = catalog.maintenance.stats()
    decisions = {sample["castellan"]: "theirs", sample["document"]: "both"}
    dry = catalog.exchange.import_bundle(diverged, dry_run=True, on_conflict="mine", decisions=decisions)
    report = catalog.exchange.import_bundle(diverged, on_conflict="mine", decisions=decisions)
    # their quotes go with their copy of the document, so the quote conflicts no more
    resolutions = {e.kind: e.resolution for e in report.conflicts}
    assert resolutions == {"actor": "took theirs", "document": "kept both", "tag": "kept mine"}
    assert catalog.actors.get(sample["castellan"]).description == "Chair since 2019"
    assert catalog.documents.get(sample["document"]).title.startswith("Saltmere")
    copy = next(e for e in report.conflicts if e.kind == "document").local_uuid
    assert catalog.documents.get(copy).title == "Their title" and catalog.maintenance.stats()["documents"] == before["documents"] + 1
    assert next(t for t in catalog.tags.find() if t.path == "Heritage").colour == "#c0392b"
    assert outcome(dry) == outcome(report) and dry.changes.summary() == report.changes.summary()


def test_two_way_quote_decided_theirs_in_a_document_kept_mine(catalog, sample, diverged):  # noqa: F811
    report = catalog.exchange.import_bundle(diverged, on_conflict="mine", decisions={sample["quote"]: "theirs"})
    assert {e.kind: e.resolution for e in report.conflicts}["quote"] == "took theirs"
    assert catalog.quotes.get(sample["quote"]).note == "Their note"
    assert catalog.documents.get(sample["document"]).title.startswith("Saltmere")


def test_two_way_conflicts_carry_mine_and_theirs_but_no_base(catalog, sample, diverged):  # noqa: F811
    report = catalog.exchange.import_bundle(diverged, dry_run=True)
    by_kind = {e.kind: e for e in report.conflicts}
    document = by_kind["document"]
    assert not document.shared_base
    assert document.values["title"]["theirs"] == "Their title"
    assert document.values["title"]["mine"].startswith("Saltmere") and "base" not in document.values["title"]
    assert by_kind["quote"].values == {"note": {"mine": "", "theirs": "Their note"}}
    assert by_kind["tag"].values == {"colour": {"mine": "#c0392b", "theirs": "#00ff00"}}
    assert "base" not in document.describe()


def test_a_decision_for_a_record_without_conflict_changes_nothing(two_conflicts):
    a, bundle, first, second = two_conflicts
    plain = a.exchange.import_bundle(bundle, dry_run=True)
    decided = a.exchange.import_bundle(bundle, dry_run=True, decisions={"00000000-0000-4000-8000-0000000000ff": "theirs"})
    assert outcome(plain) == outcome(decided)


def test_an_unknown_decision_is_refused_before_anything_changes(two_conflicts):
    a, bundle, first, _second = two_conflicts
    generation = a.maintenance.generation()
    with pytest.raises(InvalidInput, match="not a conflict policy"):
        a.exchange.import_bundle(bundle, decisions={first: "newest"})
    assert a.maintenance.generation() == generation
