"""The reads the window needs (catalog/ops/gui_support.py), and the catalogue undo that replaced
the window's own undo steps for proposals and bundle imports."""

from __future__ import annotations

import pytest

from catalog.errors import NotFound
from catalog.revisions.state import read_states
from catalog.services.tags import TagCount
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
    second = catalog.documents.import_bytes(b"# Second\n\nA short piece about the harbour.\n", "second.md").document_uuid
    quote = sample["quote"]
    assert catalog.documents.of([quote, second, sample["document"]]) == [sample["document"], second]
    assert catalog.documents.of([sample["castellan"]]) == [sample["document"]]
    assert catalog.documents.of([]) == []
    with pytest.raises(NotFound):
        catalog.documents.of(["00000000-0000-0000-0000-000000000000"])
    catalog.trash.delete([second])
    with pytest.raises(NotFound):
        catalog.documents.of([second])
    # the ids a selection stands for are what export_bundle takes
    summary = catalog.exchange.export_bundle(tmp_path / "sel.zip", catalog.documents.of([quote]))
    assert summary.documents == 1


def test_tag_counts_include_sub_tags_once(catalog, sample):
    counts = catalog.tags.counts()
    assert counts["Heritage/Archives"] == TagCount(documents=1, quotes=1, actors=0, total=2)
    assert counts["Heritage"].own == 0 and counts["Heritage"].total == 2
    # a record tagged with a parent and its child counts once in the parent's total
    catalog.tags.apply([sample["document"]], "Heritage")
    assert catalog.tags.counts()["Heritage"] == TagCount(documents=1, total=2)
    catalog.trash.delete([sample["quote"]])
    assert catalog.tags.counts()["Heritage/Archives"].total == 1


def test_undoing_a_decision_on_proposals_reopens_them(catalog, sample_file):
    # formerly the window's reopen_proposals step; now the catalogue's own undo
    doc = catalog.documents.import_file(sample_file).document_uuid
    first, second = catalog.proposals.find(doc)[:2]
    catalog.proposals.accept(first.id)
    changes = catalog.proposals.reject(second.id)
    assert changes.proposals
    catalog.history.undo()
    catalog.history.undo()
    assert {p.id for p in catalog.proposals.find(doc)} >= {first.id, second.id}


def test_undoing_a_bundle_import_into_an_empty_catalogue(catalog, sample, other_catalog, tmp_path):
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    before = other_catalog.maintenance.stats()
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    assert other_catalog.maintenance.stats()["documents"] == 1
    changes = other_catalog.history.undo()
    assert other_catalog.maintenance.stats() == before
    assert changes.deleted["document"] == {sample["document"]}
    assert other_catalog.search.run("saltmere").total == 0  # the index followed
    other_catalog.history.redo()
    assert other_catalog.documents.get(sample["document"]).title.startswith("Saltmere")


def test_undoing_a_bundle_import_puts_back_what_it_overwrote_and_re_trashes(catalog, sample, other_catalog, tmp_path):
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    other_catalog.trash.delete([sample["castellan"]])
    other_catalog.tags.add("Local", "#112233")
    catalog.tags.apply([sample["trust"]], "Brand/New")
    catalog.actors.update(sample["castellan"], description="changed there")
    catalog.exchange.export_bundle(tmp_path / "again.zip")
    stats = other_catalog.maintenance.stats()
    with other_catalog.store.reading() as session:
        description = read_states(session, "actor", [sample["castellan"]])[sample["castellan"]]["description"]
    other_catalog.exchange.import_bundle(tmp_path / "again.zip", on_conflict="theirs")
    assert other_catalog.actors.get(sample["castellan"]).deleted is False
    other_catalog.history.undo()
    assert other_catalog.maintenance.stats() == stats
    assert "Brand/New" not in {t.path for t in other_catalog.tags.find()}
    assert "Local" in {t.path for t in other_catalog.tags.find()}
    assert sample["castellan"] in {item.uuid for item in other_catalog.trash.items()}
    with other_catalog.store.reading() as session:  # the field "theirs" overwrote is back
        assert read_states(session, "actor", [sample["castellan"]])[sample["castellan"]]["description"] == description


def test_undoing_keep_both_removes_the_copies(catalog, sample, other_catalog, tmp_path):
    catalog.exchange.export_bundle(tmp_path / "mine.zip")
    other_catalog.exchange.import_bundle(tmp_path / "mine.zip")
    other_catalog.documents.update(sample["document"], title="My title")
    stats = other_catalog.maintenance.stats()
    # with their history, the bundle is a version this catalogue had (kept, no conflict); as a
    # bundle of an earlier Pressmark, the edited title is a conflict and "both" keeps a copy
    from tests.catalog.exchange.crafting import without_history

    old_format = without_history(tmp_path / "mine.zip", tmp_path / "mine-v1.zip")
    assert other_catalog.exchange.import_bundle(tmp_path / "mine.zip", on_conflict="both").count("kept") == 1
    other_catalog.exchange.import_bundle(old_format, on_conflict="both")
    assert other_catalog.maintenance.stats()["documents"] == 2
    other_catalog.history.undo()
    assert other_catalog.maintenance.stats() == stats
    assert other_catalog.documents.get(sample["document"]).title == "My title"
