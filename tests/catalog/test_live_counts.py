"""indexing.live_counts: what a complete index holds, counted on indexes, never by a join."""

from __future__ import annotations

from sqlalchemy import select

from catalog import indexing
from catalog.catalog import Catalog
from catalog.models import Actor, Document, Quote
from tests.conftest import add_text


def test_live_counts_leave_out_the_trash_and_the_quotes_of_trashed_documents(tmp_path):
    with Catalog(tmp_path / "cat") as catalog:
        documents = [add_text(catalog, f"Harbour {n}", f"The harbour board met on Tuesday to plan quay {n}.") for n in range(4)]
        quotes = [catalog.quotes.add(uuid, 4, 17)[0] for uuid in documents]
        quotes += [catalog.quotes.add(documents[0], 18, 23)[0], catalog.quotes.add(documents[1], 18, 23)[0]]
        catalog.trash.delete([documents[1]])  # its two quotes stay live, but are not indexed
        catalog.trash.delete([quotes[2]])  # a live document's quote
        with catalog.store.reading() as session:
            live_documents = {d.id for d in session.scalars(select(Document).where(Document.deleted_at.is_(None)))}
            expected = len(live_documents)
            expected += sum(1 for q in session.scalars(select(Quote)) if q.deleted_at is None and q.document_id in live_documents)
            expected += sum(1 for a in session.scalars(select(Actor)) if a.deleted_at is None)
            quotes_counted = sum(1 for q in session.scalars(select(Quote)) if q.deleted_at is None and q.document_id in live_documents)
            assert indexing.live_counts(session) == expected
        assert len(live_documents) == 3 and quotes_counted == 3  # doc 0's two, doc 3's one
        assert catalog.store.index.doc_count() == expected
        assert catalog.index_problem is None


def test_quotes_loaded_for_their_entries_in_batches_come_back_each_once_grouped_by_document(tmp_path, monkeypatch):
    """Quotes are loaded for their index entries a batch at a time, a document's quotes put
    side by side first; every quote comes back once, with its document, and gets its entry."""
    monkeypatch.setattr(indexing, "LOAD_BATCH", 4)
    with Catalog(tmp_path / "cat") as catalog:
        documents = [add_text(catalog, f"Harbour {n}", f"The harbour board met on Tuesday to plan quay {n}.") for n in range(5)]
        wanted = {catalog.quotes.add(uuid, start, start + 6)[0] for uuid in documents for start in (4, 11, 17)}
        with catalog.store.reading() as session:
            loaded = indexing._load(session, Quote, wanted)
            assert sorted(q.uuid for q in loaded) == sorted(wanted)
            owners = [q.document.uuid for q in loaded]
            assert all(owners.count(d) == 3 for d in documents)
            assert {e["key"] for e in indexing.affected(session, _created(wanted))[0]} == {f"quote:{u}" for u in wanted}


def _created(quote_uuids):
    from catalog.changes import Changes

    changes = Changes()
    for uuid in quote_uuids:
        changes.create("quote", uuid)
    return changes
