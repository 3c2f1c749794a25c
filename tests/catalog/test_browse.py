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
    (doc,) = sample.record_ids("document")
    quotes = sample.record_ids("quote", sort="text")
    assert [q.exact for q in sample.quote_rows(quotes)] == sorted(q.exact for q in sample.quotes())
    assert sample.record_ids("quote", tag="Heritage") == sample.record_ids("quote", tag="Heritage/Volunteers")
    assert sample.record_ids("document", tag="Heritage/Volunteers") == []
    helen = sample.actor("Helen Castellan").uuid
    assert len(sample.record_ids("quote", actor=helen)) == 2
    assert sample.record_ids("actor", actor="Helen Castellan") == [helen]
    assert sample.record_ids("document", publication="The Harbour Ledger") == [doc]
    assert sample.record_ids("document", publication="(none)") == []
    assert sample.record_ids("document", month="2024-03") == [doc]
    assert sample.record_ids("quote", month="2024-04") == []
    assert len(sample.record_ids("actor", month="2024-03")) == len(sample.actor_summaries())


def test_speaker_sort_and_descending(sample):
    ids = sample.record_ids("quote", sort="speaker", descending=True)
    speakers = [q.speaker.name if q.speaker else "" for q in sample.quote_rows(ids)]
    assert speakers == sorted(speakers, reverse=True)


def test_record_ids_refuse_bad_arguments(sample):
    with pytest.raises(InvalidInput):
        sample.record_ids("tag")
    with pytest.raises(InvalidInput):
        sample.record_ids("document", sort="speaker")
    with pytest.raises(InvalidInput):
        sample.record_ids("document", month="March")
    with pytest.raises(NotFound):
        sample.record_ids("document", tag="No/Such")


def test_trashed_ids_and_rows(sample):
    quote = sample.record_ids("quote")[0]
    sample.delete([quote])
    assert sample.record_ids("quote", deleted=True) == [quote]
    assert sample.quote_rows([quote])[0].deleted
    assert quote not in sample.record_ids("quote")


def test_rows_keep_the_order_asked(sample):
    ids = sample.record_ids("actor")
    assert [a.uuid for a in sample.actor_rows(list(reversed(ids)))] == list(reversed(ids))
    assert sample.actor_rows(["missing"]) == []


def test_summaries(sample):
    summaries = {a.name: a for a in sample.actor_summaries()}
    assert summaries["Helen Castellan"].quotes == 2 and summaries["Helen Castellan"].documents == 1
    (month,) = sample.activity_by_month()
    assert (month.month, month.documents, month.quotes) == ("2024-03", 1, 5)
    pairs = sample.co_quotations()
    assert pairs and all(p.documents == 1 for p in pairs)
    assert any("Helen Castellan" in (p.first.name, p.second.name) for p in pairs)


def test_activity_fills_empty_months(catalog):
    for i, when in enumerate(["2023-11-05", "2024-02-01"]):
        catalog.import_bytes(f"# Title {i}\n\nSome body text number {i}.".encode(), f"a{i}.md")
        uuid = catalog.record_ids("document", sort="added")[-1]
        catalog.update_document(uuid, published_at=datetime.fromisoformat(when))
    months = [m.month for m in catalog.activity_by_month()]
    assert months == ["2023-11", "2023-12", "2024-01", "2024-02"]


def test_saved_searches(sample):
    generation = sample.generation()
    assert not sample.save_search("Volunteers", "tag:'heritage/volunteers'")
    sample.save_search("Volunteers", "tag:heritage")
    sample.save_search("archive", "archive")
    assert [(s.name, s.query) for s in sample.saved_searches()] == [("archive", "archive"), ("Volunteers", "tag:heritage")]
    assert sample.generation() == generation  # not a record: the index stays in sync
    with pytest.raises(InvalidInput):
        sample.save_search("", "x")
    with pytest.raises(InvalidInput):
        sample.save_search("bad", "nosuchfield:x")
    sample.delete_saved_search("archive")
    with pytest.raises(NotFound):
        sample.delete_saved_search("archive")
