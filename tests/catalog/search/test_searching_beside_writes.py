"""Searches on one thread beside writes on another: a search never waits for a write under
way, a searcher in use keeps working after a commit replaced its segments, and a search can
be cancelled between its steps."""

from __future__ import annotations

import threading

import pytest

from catalog.errors import CatalogUnavailable
from catalog.search import query as search_query
from catalog.search.index import IndexBroken
from catalog.store import Cancelled, CancelToken
from tests.conftest import add_text


@pytest.fixture
def harbour(catalog):
    for n in range(6):
        add_text(catalog, f"Harbour report {n}", f"The harbour master spoke of ships, report {n}.")
    return catalog


def test_a_search_does_not_wait_for_an_index_write_under_way(harbour):
    index = harbour.store.index
    writing, done = threading.Event(), threading.Event()

    def long_write() -> None:
        with index._lock:  # what an import's index write holds for as long as it runs
            writing.set()
            done.wait(20)

    writer = threading.Thread(target=long_write)
    writer.start()
    writing.wait(5)
    found: list[int] = []
    searcher = threading.Thread(target=lambda: found.append(harbour.search.run("harbour").total))
    try:
        index._invalidate_searcher()  # the search must open a searcher, too, not only reuse one
        searcher.start()
        searcher.join(5)
        assert found == [6], "the search waited for the write"
    finally:
        done.set()
        writer.join()
        searcher.join()


def test_a_searcher_in_use_keeps_reading_after_a_commit_merged_its_segments(harbour):
    index = harbour.store.index
    before = index.searcher()
    segments_before = {reader.segment().segment_id() for reader, _offset in before.reader().leaf_readers()}
    add_text(harbour, "Harbour report 6", "More ships in the harbour.")
    index.merge_segments(optimize=True)
    after = index.searcher()  # another thread's next search opens the merged segment
    segments_after = {reader.segment().segment_id() for reader, _offset in after.reader().leaf_readers()}
    assert not segments_before & segments_after  # every segment the old searcher read was merged away
    assert before.doc_count() == 6 and after.doc_count() == 7
    # a search that got its searcher before the commit still reads it to the end
    assert search_query.run(before, harbour.search.parser(), "ships", limit=3).total == 6


def test_a_cancelled_search_stops_with_cancelled(harbour):
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        harbour.search.run("harbour", cancel=token)
    assert harbour.search.run("harbour", cancel=CancelToken()).total == 6


def test_a_search_that_meets_a_closed_index_says_so(harbour, monkeypatch):
    """A rebuilt index is swapped in by closing the old one: a search that checked the index
    just before gets a clear refusal, not an internal error."""
    harbour.store.index.close()
    with pytest.raises(IndexBroken, match="being replaced"):
        harbour.store.index.searcher()
    monkeypatch.setattr(harbour.search, "_require_index", lambda: None)  # it was open when checked
    with pytest.raises(CatalogUnavailable, match="being replaced"):
        harbour.search.run("harbour")
