"""Bulk import of the Reuters stories, end to end, as the window and ``pressmark import`` do it.

    python bench/import_bench.py [--runs 2] [--limit N] [--code OTHER_CHECKOUT] [--tmp DIR]

Writes each usable story of ``../shared/corpus/reuters21578`` as a news page (once, kept in the
scratch folder), then, for each run, imports the folder into a new catalogue with
``Catalog.documents.import_paths(batch=500)`` and prints the stories per second from the call
to its return, with the moment the index write at the end began. ``--code`` runs another
checkout's ``catalog`` on the same pages (e.g. a worktree of an earlier commit), so two
versions can be timed in turn on the same machine.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--limit", type=int, help="stories to import (default: all)")
    parser.add_argument("--code", type=Path, default=REPO, help="the checkout whose catalog/ runs")
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()) / "pressmark-import-bench")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from bench.reuters import CORPUS, load_stories, write_news_pages

    if not CORPUS.exists():
        sys.exit(f"the Reuters corpus is not at {CORPUS}")
    pages = args.tmp / f"pages-{args.limit or 'all'}"
    if not pages.exists():
        write_news_pages(load_stories(args.limit), pages)
    sys.path.insert(0, str(args.code.resolve()))
    from catalog.catalog import Catalog

    rates = []
    for run in range(1, args.runs + 1):
        out = args.tmp / "catalogue"
        shutil.rmtree(out, ignore_errors=True)
        catalog = Catalog(out)
        indexing: list[float] = []
        started = time.perf_counter()

        def progress(_done: int, _total: int, message: str, started: float = started, indexing: list = indexing) -> None:
            if message.startswith("Indexing") and not indexing:
                indexing.append(time.perf_counter() - started)

        outcomes = catalog.documents.import_paths([pages], progress=progress, batch=500)
        wall = time.perf_counter() - started
        catalog.close()
        imported = sum(1 for outcome in outcomes if outcome.status == "imported")
        rates.append(imported / wall)
        index_part = f"; the index written at the end in {wall - indexing[0]:.1f} s" if indexing else ""
        print(f"run {run}: {imported:,} stories in {wall:.1f} s, {imported / wall:.0f} stories/s{index_part}", flush=True)
    print(f"median {statistics.median(rates):.0f} stories/s ({min(rates):.0f}–{max(rates):.0f}) over {len(rates)} runs; code: {args.code}")


if __name__ == "__main__":
    main()
