"""Pressmark through its front door, measured like the FTS5 reference.

Import is ``Catalog.import_paths([pages], batch=...)`` end to end (parse, duplicate check,
original stored, proposals, one commit and one index commit per batch). A search is
``Catalog.search(text, limit=20, facets=...)`` with its highlighted snippets; facets are
asked for only in the facet row. A new quote is ``add_quote`` followed by searches for its
words until the quote is among the hits. Called by :mod:`bench.search_bench` in its own
process; with ``Workload.profile`` each phase is also written as a cProfile file.
"""

from __future__ import annotations

import cProfile
import time
from contextlib import contextmanager
from pathlib import Path

from bench.reuters import newid_of
from bench.workload import (
    QUOTE_TIMEOUT,
    TOP,
    Workload,
    folder_size_mb,
    peak_rss_mb,
    quote_span,
    time_queries,
)
from catalog.catalog import Catalog
from catalog.location import DB_NAME, INDEX_DIR, ORIGINALS_DIR


def measure(work: Workload) -> dict:
    """Import, size, queries and new-quote latency of Pressmark; a JSON-able dict."""
    started_rss = peak_rss_mb()
    folder = work.work_dir / "catalogue"
    catalog = Catalog(folder)
    try:
        with _phase(work, "import"):
            started = time.perf_counter()
            outcomes = catalog.documents.import_paths([work.pages_dir], batch=work.batch)
            import_seconds = time.perf_counter() - started
        import_rss = peak_rss_mb()
        statuses: dict[str, int] = {}
        for outcome in outcomes:
            statuses[outcome.status] = statuses.get(outcome.status, 0) + 1
        imported = statuses.get("imported", 0)
        db = folder / DB_NAME
        result = {
            "engine": "pressmark",
            "files": len(outcomes),
            "imported": imported,
            "statuses": statuses,
            "first_failure": next((o.message for o in outcomes if o.status != "imported"), ""),
            "import_seconds": import_seconds,
            "import_rate": imported / import_seconds,
            "index_mb": folder_size_mb(folder / INDEX_DIR),
            "store_mb": folder_size_mb(db, db.with_name(db.name + "-wal"), folder / INDEX_DIR),
            "originals_mb": folder_size_mb(folder / ORIGINALS_DIR),
            "queries": {},
        }
        for kind, queries in work.queries.items():
            facets = kind == "facets"

            def run_one(query, facets=facets) -> int:
                return catalog.search.run(query.pressmark, limit=TOP, facets=facets).total

            with _phase(work, f"query-{kind}"):
                result["queries"][kind] = time_queries(run_one, queries, work.passes)
        uuids = {newid_of(o.path): o.document_uuid for o in outcomes if o.status == "imported"}
        with _phase(work, "quote"):
            result["quote"] = _quote_latencies(catalog, [uuids[t] for t in work.quote_targets if t in uuids])
        result["rss_start_mb"] = started_rss
        result["rss_import_mb"] = import_rss
        result["rss_peak_mb"] = peak_rss_mb()
        return result
    finally:
        catalog.close()


def _quote_latencies(catalog: Catalog, documents: list[str]) -> dict:
    """Add one quote to each document and search until it is found."""
    seconds, failures = [], 0
    for document in documents:
        start, end, phrase = quote_span(catalog.documents.get(document).body)
        began = time.perf_counter()
        uuid, _changes = catalog.quotes.add(document, start, end)
        while True:
            hits = catalog.search.run(f'"{phrase}"', limit=TOP, facets=False, record_type="quote").hits
            if any(hit.uuid == uuid for hit in hits):
                seconds.append(time.perf_counter() - began)
                break
            if time.perf_counter() - began > QUOTE_TIMEOUT:
                failures += 1
                break
    return {"seconds": seconds, "failures": failures}


@contextmanager
def _phase(work: Workload, name: str):
    """Profile the block into ``work_dir/profile-<name>.prof`` when the workload asks for it."""
    if not work.profile:
        yield
        return
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        yield
    finally:
        profiler.disable()
        profiler.dump_stats(str(Path(work.work_dir) / f"profile-{name}.prof"))
