"""Browsing: ordered filtered ids, pages of rows, summaries, co-quotations, saved searches."""

from __future__ import annotations

from datetime import datetime

import pytest

from catalog.errors import InvalidInput, NotFound
from catalog.sample import sample_article_path, seed_sample


@pytest.fixture
def sample(catalog):
    seed_sample(catalog, sample_article_path())
    return catalog


def test_record_ids_filter_and_sort(sample):
    (doc,) = sample.search.record_ids("document")
    quotes = sample.search.record_ids("quote", sort="text")
    assert [q.exact for q in sample.quotes.rows(quotes)] == sorted(q.exact for q in sample.quotes.find())
    assert sample.search.record_ids("quote", tag="Heritage") == sample.search.record_ids("quote", tag="Heritage/Volunteers")
    assert sample.search.record_ids("document", tag="Heritage/Volunteers") == []
    helen = sample.actors.get("Helen Castellan").uuid
    assert len(sample.search.record_ids("quote", actor=helen)) == 2
    assert sample.search.record_ids("actor", actor="Helen Castellan") == [helen]
    assert sample.search.record_ids("document", publication="The Harbour Ledger") == [doc]
    assert sample.search.record_ids("document", publication="(none)") == []
    assert sample.search.record_ids("document", month="2024-03") == [doc]
    assert sample.search.record_ids("quote", month="2024-04") == []
    assert len(sample.search.record_ids("actor", month="2024-03")) == len(sample.actors.summaries())


def test_speaker_sort_and_descending(sample):
    ids = sample.search.record_ids("quote", sort="speaker", descending=True)
    speakers = [q.speaker.name if q.speaker else "" for q in sample.quotes.rows(ids)]
    assert speakers == sorted(speakers, reverse=True)


def test_record_ids_refuse_bad_arguments(sample):
    with pytest.raises(InvalidInput):
        sample.search.record_ids("tag")
    with pytest.raises(InvalidInput):
        sample.search.record_ids("document", sort="speaker")
    with pytest.raises(InvalidInput):
        sample.search.record_ids("document", month="March")
    with pytest.raises(NotFound):
        sample.search.record_ids("document", tag="No/Such")


def test_trashed_ids_and_rows(sample):
    quote = sample.search.record_ids("quote")[0]
    sample.trash.delete([quote])
    assert sample.search.record_ids("quote", deleted=True) == [quote]
    assert sample.quotes.rows([quote])[0].deleted
    assert quote not in sample.search.record_ids("quote")


def test_rows_keep_the_order_asked(sample):
    ids = sample.search.record_ids("actor")
    assert [a.uuid for a in sample.actors.rows(list(reversed(ids)))] == list(reversed(ids))
    assert sample.actors.rows(["missing"]) == []


def test_summaries(sample):
    summaries = {a.name: a for a in sample.actors.summaries()}
    assert summaries["Helen Castellan"].quotes == 2 and summaries["Helen Castellan"].documents == 1
    (month,) = sample.documents.activity_by_month()
    assert (month.month, month.documents, month.quotes) == ("2024-03", 1, 5)
    pairs = sample.actors.co_quotations()
    assert pairs and all(p.documents == 1 for p in pairs)
    assert any("Helen Castellan" in (p.first.name, p.second.name) for p in pairs)


def test_activity_fills_empty_months(catalog):
    for i, when in enumerate(["2023-11-05", "2024-02-01"]):
        catalog.documents.import_bytes(f"# Title {i}\n\nSome body text number {i}.".encode(), f"a{i}.md")
        uuid = catalog.search.record_ids("document", sort="added")[-1]
        catalog.documents.update(uuid, published_at=datetime.fromisoformat(when))
    months = [m.month for m in catalog.documents.activity_by_month()]
    assert months == ["2023-11", "2023-12", "2024-01", "2024-02"]


def test_saved_searches(sample):
    created = sample.search.save("Volunteers", "tag:'heritage/volunteers'")
    assert len(created.created["saved_search"]) == 1
    replaced = sample.search.save("Volunteers", "tag:heritage")
    assert replaced.edited["saved_search"] == created.created["saved_search"]
    assert not sample.search.save("Volunteers", "tag:heritage")  # the same again: nothing changed
    sample.search.save("archive", "archive")
    assert [(s.name, s.query) for s in sample.search.saved()] == [("archive", "archive"), ("Volunteers", "tag:heritage")]
    assert sample.index_problem is None and sample.search.run("archive").total  # the index stays in sync
    with pytest.raises(InvalidInput):
        sample.search.save("", "x")
    with pytest.raises(InvalidInput):
        sample.search.save("bad", "nosuchfield:x")
    sample.search.delete_saved("archive")
    with pytest.raises(NotFound):
        sample.search.delete_saved("archive")


def test_saved_searches_are_units_of_work_with_history_and_undo(sample):
    """Saving, replacing and deleting a saved search are revisions like any record's."""
    (uuid,) = sample.search.save("Volunteers", "tag:heritage").created["saved_search"]
    sample.search.save("Volunteers", "archive")
    sample.search.delete_saved("Volunteers")
    assert sample.history.undo_status().undo == "Delete saved search Volunteers"
    sample.history.undo()
    assert [(s.name, s.query) for s in sample.search.saved()] == [("Volunteers", "archive")]
    sample.history.undo()
    assert [(s.name, s.query) for s in sample.search.saved()] == [("Volunteers", "tag:heritage")]
    sample.history.redo()
    assert [(s.name, s.query) for s in sample.search.saved()] == [("Volunteers", "archive")]
    history = sample.history.of(uuid)
    assert {view.action for view in history} >= {"create", "update", "delete"}
    assert any(view.changes.get("query") == ("tag:heritage", "archive") for view in history)
    assert sample.maintenance.check().ok
