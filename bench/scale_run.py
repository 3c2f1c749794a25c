"""The search bench's scale run: a generated catalogue's searches against FTS5 on the same texts.

    python bench/search_bench.py --catalog /work/bench-data/100k [--queries 25] [--passes 3]

The catalogue is one made by ``bench/generate.py`` (kept outside the repository and reused);
the FTS5 reference is built once from its live documents' titles and bodies, beside it
(``<catalogue>.fts5.sqlite``), and reused too. Each engine runs in a fresh process: Pressmark
opens the catalogue (timed), runs one first search (timed: what the user waits for after
opening), then every query set of :mod:`bench.scale_queries` once untimed (*cold*: each term
met for the first time) and ``passes`` timed times (*warm*). A Pressmark search is
``catalog.search.run(text, limit=20)`` with facets and highlighted snippets, as the window asks;
an FTS5 search is the top 20 by bm25 with ``snippet()``, ``count(*)`` and three facet counts.
"""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

from bench.queries import BenchQuery
from bench.scale_queries import ISSUE_QUERIES, SCALE_KINDS, scale_queries
from bench.stats import Spread, latency_summary, ratio_text
from bench.workload import TOP, peak_rss_mb, time_queries

FIRST_QUERY = "market"  # a common word: the first search after opening reads the most


def fts5_path(catalog: Path) -> Path:
    return catalog.with_name(catalog.name + ".fts5.sqlite")


def measure_pressmark(catalog: Path, queries: dict[str, list[BenchQuery]], passes: int) -> dict:
    """Open, first search and every query set through ``Catalog.search``; a JSON-able dict."""
    from bench.workload import folder_size_mb
    from catalog.catalog import Catalog
    from catalog.location import INDEX_DIR

    started = time.perf_counter()
    cat = Catalog(catalog)
    opened = time.perf_counter() - started
    try:
        if cat.index_problem:
            raise RuntimeError(f"the catalogue's index needs a rebuild first: {cat.index_problem}")
        started = time.perf_counter()
        first_total = cat.search.run(FIRST_QUERY, limit=TOP).total
        first = time.perf_counter() - started
        result = {"open_s": opened, "first_search_s": first, "first_total": first_total,
                  "rss_open_mb": peak_rss_mb(), "index_mb": folder_size_mb(catalog / INDEX_DIR), "queries": {}}  # fmt: skip
        for kind, chosen in queries.items():
            result["queries"][kind] = time_queries(
                lambda q: cat.search.run(q.pressmark, limit=TOP).total, chosen, passes
            )
        result["rss_peak_mb"] = peak_rss_mb()
        return result
    finally:
        cat.close()


def measure_fts5(reference: Path, queries: dict[str, list[BenchQuery]], passes: int) -> dict:
    import sqlite3

    from bench.fts5_reference import search_scale

    started = time.perf_counter()
    conn = sqlite3.connect(reference)
    conn.execute("SELECT count(*) FROM stories").fetchone()
    result = {"open_s": time.perf_counter() - started, "queries": {}}
    for kind, chosen in queries.items():
        result["queries"][kind] = time_queries(lambda q: search_scale(conn, q), chosen, passes)
    result["rss_peak_mb"] = peak_rss_mb()
    conn.close()
    return result


def run(
    catalog: Path, per_kind: int, passes: int, runs: int, isolated, json_out: Path | None, fts5: bool = True
) -> int:
    """Build (or reuse) the reference, measure both engines ``runs`` times, print the tables."""
    from catalog.location import DB_NAME

    catalog = catalog.resolve()
    db = catalog / DB_NAME
    if not db.exists():
        print(f"{catalog} holds no catalogue (make one with bench/generate.py)")
        return 2
    reference = fts5_path(catalog)
    built: dict = {}
    if fts5:
        built = _reference(db, reference)
    queries = scale_queries(db, per_kind)
    print(f"{per_kind} random queries of each kind after issue 13's, {passes} timed passes after a cold one, "
          f"{runs} run(s); Pressmark: Catalog.search(limit={TOP}) with facets and snippets")  # fmt: skip
    runs_out = []
    for number in range(runs):
        one = {}
        engines = ("fts5", "pressmark") if number % 2 == 0 else ("pressmark", "fts5")
        for name in engines if fts5 else ("pressmark",):
            began = time.perf_counter()
            if name == "fts5":
                one[name] = isolated(measure_fts5, reference, queries, passes)
            else:
                one[name] = isolated(measure_pressmark, catalog, queries, passes)
            print(
                f"run {number + 1}/{runs}: {name} done in {time.perf_counter() - began:.0f} s",
                flush=True,
            )
        runs_out.append(one)
    print()
    print("\n".join(table_lines(runs_out, built)))
    print()
    print("\n".join(issue_lines(runs_out, queries)))
    if json_out:
        json_out.write_text(
            json.dumps({"catalog": str(catalog), "fts5": built, "runs": runs_out}, indent=1),
            "utf-8",
        )
        print(f"figures written to {json_out}")
    return 0


def _reference(db: Path, reference: Path) -> dict:
    """The FTS5 reference's figures, built the first time (see bench.fts5_reference)."""
    from bench.fts5_reference import build_from_catalogue, same_texts_mb

    built = build_from_catalogue(db, reference)
    print(f"FTS5 reference {reference}: {built['documents']:,} documents, built in {built['seconds']:.1f} s, "
          f"index {built['index_mb']:.0f} MiB")  # fmt: skip
    built["same_texts_mb"] = same_texts_mb(db, reference)
    print(f"FTS5 of every text Pressmark indexes (documents, quotes, actors): index {built['same_texts_mb']:.0f} MiB")
    return built


def table_lines(runs: list[dict], built: dict) -> list[str]:
    """Per query kind: p50 and p95 of both engines (median over runs), warm and cold, and ratios."""

    def spread(engine: str, kind: str, which: str, pct: str) -> Spread:
        return Spread.of(
            [latency_summary(run[engine]["queries"][kind][which])[pct] for run in runs if engine in run]
        )

    header = ["query kind (ms)", "Pressmark p50", "p95", "FTS5 p50", "p95", "ratio p50", "ratio p95",
              "Pressmark cold p50", "cold p95", "target met?"]  # fmt: skip
    rows = [header]
    for kind, label in SCALE_KINDS.items():
        ours50, ours95 = (
            spread("pressmark", kind, "seconds", "p50"),
            spread("pressmark", kind, "seconds", "p95"),
        )
        ref50, ref95 = (
            spread("fts5", kind, "seconds", "p50"),
            spread("fts5", kind, "seconds", "p95"),
        )
        cold50, cold95 = (
            spread("pressmark", kind, "cold", "p50"),
            spread("pressmark", kind, "cold", "p95"),
        )
        met = ours50.high <= 30 and ours95.high <= 100
        rows.append([label, ours50.text(), ours95.text(), ref50.text(), ref95.text(), ratio_text(ours50, ref50),
                     ratio_text(ours95, ref95), cold50.text(), cold95.text(), "yes" if met else "NO"])  # fmt: skip
    opened = Spread.of([run["pressmark"]["open_s"] * 1000 for run in runs])
    first = Spread.of([run["pressmark"]["first_search_s"] * 1000 for run in runs])
    rss = Spread.of([run["pressmark"]["rss_peak_mb"] for run in runs])
    rss_ref = Spread.of([run["fts5"]["rss_peak_mb"] for run in runs if "fts5" in run])
    index = Spread.of([run["pressmark"]["index_mb"] for run in runs])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = [
        " | ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "-+-".join("-" * width for width in widths))
    lines += [
        "",
        f"opening the catalogue: {opened.text(0)} ms; first search ({FIRST_QUERY!r}) after opening: "
        f"{first.text(0)} ms (target ≤300)",
        f"index on disk: Pressmark {index.text(0)} MiB; FTS5 of the same texts {built['same_texts_mb']:.0f} MiB "
        f"({index.median / built['same_texts_mb']:.1f}×), of the documents alone {built['index_mb']:.0f} MiB"
        if built else f"index on disk: Pressmark {index.text(0)} MiB (no FTS5 reference in this run)",
        f"peak memory: Pressmark {rss.text(0)} MiB, FTS5 {rss_ref.text(0)} MiB",
    ]
    return lines


def issue_lines(runs: list[dict], queries: dict[str, list[BenchQuery]]) -> list[str]:
    """Issue 13's queries one by one: matches and median warm time of both engines."""
    lines = ["issue 13's queries (warm median over passes and runs, ms; matches: Pressmark / FTS5)"]
    for kind, ours, _fts5 in ISSUE_QUERIES:
        at = next(i for i, q in enumerate(queries[kind]) if q.pressmark == ours)
        per_query = {}
        for engine in ("pressmark", "fts5"):
            timed = [run[engine]["queries"][kind] for run in runs if engine in run]
            if not timed:
                per_query[engine] = (float("nan"), 0)
                continue
            count = len(queries[kind])
            # time_queries times the set pass after pass: query ``at`` is every ``count``-th figure
            samples = [s for t in timed for s in t["seconds"][at::count]]
            per_query[engine] = (statistics.median(samples) * 1000, timed[0]["totals"][at])
        (ms, total), (ref_ms, ref_total) = per_query["pressmark"], per_query["fts5"]
        lines.append(
            f"  {ours:<20} {total:>8,} / {ref_total:<8,} {ms:8.1f} vs {ref_ms:7.1f}  ({ms / ref_ms:.1f}×)"
        )
    return lines
