"""Index rebuild and search latency on N Reuters stories: what the analyzer (folding, stemming)
costs when the index is written, and what a search costs once it is.

    python bench/reindex_bench.py [--docs N] [--runs N] [--workers N]

The stories (read in place from ``../shared``) are written as news pages to a temporary folder
and imported into a fresh catalogue once (not timed). Then ``Catalog.search.reindex()`` is
timed ``--runs`` times (stories per second: the rebuild's entries are those stories), and
after the last rebuild each query of :data:`QUERIES` is run ``PASSES`` times after a warm-up
(top 20 with snippets, facets on), giving its median. Prints medians (min–max) and writes
nothing into the repository; exits 2 when the corpus is missing. ``--workers 0`` rebuilds in
this process alone (the analyzer's cost on one core); by default every core writes segments.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.reuters import load_stories, write_news_pages  # noqa: E402

# one of each kind the query language has: word, common word, AND, phrase, prefix, fuzzy
QUERIES = ("jaguar", "market", "wheat AND coffee", '"coffee prices"', "cof*", "talks~")
PASSES = 7


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000, help="stories to import (default 3000)")
    parser.add_argument("--runs", type=int, default=3, help="timed rebuilds (default 3)")
    parser.add_argument("--workers", type=int, help="index worker processes (default: every core)")
    args = parser.parse_args(argv)
    if args.workers is not None:
        os.environ["PRESSMARK_INDEX_WORKERS"] = str(args.workers)
    from catalog.catalog import Catalog

    try:
        stories = load_stories(args.docs)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pressmark-reindex-") as scratch:
        pages = Path(scratch) / "pages"
        write_news_pages(stories, pages)
        catalog = Catalog(Path(scratch) / "catalogue")
        try:
            catalog.documents.import_paths([pages], batch=500)
            documents = len(catalog.search.record_ids("document"))
            rates = []
            for _ in range(args.runs):
                started = time.perf_counter()
                entries = catalog.search.reindex()
                rates.append(documents / (time.perf_counter() - started))
            print(f"{documents} stories ({entries} index entries), {args.runs} rebuilds, "
                  f"workers {os.environ.get('PRESSMARK_INDEX_WORKERS', 'default')}")  # fmt: skip
            print(f"rebuild: {statistics.median(rates):,.0f} stories/s (min {min(rates):,.0f}, max {max(rates):,.0f})")
            for text in QUERIES:
                catalog.search.run(text)
                seconds = []
                for _ in range(PASSES):
                    started = time.perf_counter()
                    results = catalog.search.run(text)
                    seconds.append(time.perf_counter() - started)
                print(f"{text:>20}: p50 {statistics.median(seconds) * 1000:6.1f} ms  ({results.total} matches)")
        finally:
            catalog.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
