"""The reads and undo steps the window needs (catalog/ops/gui_support.py)."""

from __future__ import annotations

import pytest

from catalog.errors import InvalidInput, NotFound
from catalog.ops.gui_support import TagCount
from tests.catalog.exchange.conftest import prepare_sample


@pytest.fixture
def sample(catalog, sample_file) -> dict[str, str]:
    return prepare_sample(catalog, sample_file)


@pytest.fixture
def other_catalog(tmp_path):
    from catalog.catalog import Catalog

    cat = Catalog(tmp_path / "other")
    yield cat
    cat.close()


def test_documents_of_a_mixed_selection(catalog, sample, tmp_path):
    second = catalog.import_bytes(b"# Second\n\nA short piece about the harbour.\n", "second.md").document_uuid
    quote = sample["quote"]
    assert catalog.documents_of([quote, second, sample["document"]]) == [sample["document"], second]
    assert catalog.documents_of([sample["castellan"]]) == [sample["document"]]
    assert catalog.documents_of([]) == []
    with pytest.raises(NotFound):
        catalog.documents_of(["00000000-0000-0000-0000-000000000000"])
    catalog.delete([second])
    with pytest.raises(NotFound):
        catalog.documents_of([second])
    # the ids a selection stands for are what export_bundle takes
    summary = catalog.export_bundle(tmp_path / "sel.zip", catalog.documents_of([quote]))
    assert summary.documents == 1


def test_tag_counts_include_sub_tags_once(catalog, sample):
    counts = catalog.tag_counts()
    assert counts["Heritage/Archives"] == TagCount(documents=1, quotes=1, actors=0, total=2)
    assert counts["Heritage"].own == 0 and counts["Heritage"].total == 2
    # a record tagged with a parent and its child counts once in the parent's total
    catalog.tag_records([sample["document"]], "Heritage")
    assert catalog.tag_counts()["Heritage"] == TagCount(documents=1, total=2)
    catalog.delete([sample["quote"]])
    assert catalog.tag_counts()["Heritage/Archives"].total == 1


def test_reopen_proposals(catalog, sample_file):
    doc = catalog.import_file(sample_file).document_uuid
    first, second = catalog.proposals(doc)[:2]
    catalog.accept_proposal(first.id)
    catalog.reject_proposal(second.id)
    changes = catalog.reopen_proposals([first.id, second.id])
    assert changes.proposals
    assert {p.id for p in catalog.proposals(doc)} >= {first.id, second.id}
    assert not catalog.reopen_proposals([first.id])  # already pending: nothing to do
    with pytest.raises(NotFound):
        catalog.reopen_proposals([10**9])


def test_revert_bundle_import_into_an_empty_catalogue(catalog, sample, other_catalog, tmp_path):
    catalog.export_bundle(tmp_path / "mine.zip")
    before = other_catalog.stats()
    report = other_catalog.import_bundle(tmp_path / "mine.zip")
    assert other_catalog.stats()["documents"] == 1
    changes = other_catalog.revert_bundle_import(report)
    assert other_catalog.stats() == before
    assert changes.deleted["document"] == {sample["document"]}
    assert other_catalog.search("saltmere").total == 0  # the index followed
    # the same bundle can come in again (redo) and keeps its ids
    again = other_catalog.import_bundle(tmp_path / "mine.zip")
    assert again.count("added", "document") == 1
    assert other_catalog.document(sample["document"]).title.startswith("Saltmere")


def test_revert_keeps_what_was_here_and_re_trashes_what_came_back(catalog, sample, other_catalog, tmp_path):
    catalog.export_bundle(tmp_path / "mine.zip")
    other_catalog.import_bundle(tmp_path / "mine.zip")
    other_catalog.delete([sample["castellan"]])
    other_catalog.add_tag("Local", "#112233")
    catalog.tag_records([sample["trust"]], "Brand/New")
    catalog.update_actor(sample["castellan"], description="changed there")
    catalog.export_bundle(tmp_path / "again.zip")
    stats = other_catalog.stats()
    report = other_catalog.import_bundle(tmp_path / "again.zip", on_conflict="theirs")
    assert other_catalog.actor(sample["castellan"]).deleted is False
    with pytest.raises(InvalidInput):
        other_catalog.revert_bundle_import(other_catalog.import_bundle(tmp_path / "again.zip", dry_run=True))
    other_catalog.revert_bundle_import(report)
    assert other_catalog.stats() == stats
    assert "Brand/New" not in {t.path for t in other_catalog.tags()}
    assert "Local" in {t.path for t in other_catalog.tags()}
    assert sample["castellan"] in {item.uuid for item in other_catalog.trash()}


def test_revert_keep_both_removes_the_copies(catalog, sample, other_catalog, tmp_path):
    catalog.export_bundle(tmp_path / "mine.zip")
    other_catalog.import_bundle(tmp_path / "mine.zip")
    other_catalog.update_document(sample["document"], title="My title")
    stats = other_catalog.stats()
    report = other_catalog.import_bundle(tmp_path / "mine.zip", on_conflict="both")
    assert other_catalog.stats()["documents"] == 2
    other_catalog.revert_bundle_import(report)
    assert other_catalog.stats() == stats
    assert other_catalog.document(sample["document"]).title == "My title"
