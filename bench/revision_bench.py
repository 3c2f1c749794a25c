"""What recording revisions costs a bulk import: the share of the import's time spent in
the revision recorder, on Reuters stories written as news pages.

    python bench/revision_bench.py [--docs N] [--runs N]

Each run imports the stories into a fresh catalogue (batches of 500, worker processes as the
app uses them) and times every call of ``catalog.revisions.recorder.record``. Prints each
run and the median share; a number, not a test (exit 0 either way, 2 without the corpus).
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
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench.reuters import load_stories, write_news_pages  # noqa: E402


def one_run(pages: Path, scratch: Path) -> tuple[float, float, int]:
    """(import seconds, seconds in the recorder, units of work) for one fresh import."""
    from catalog.catalog import Catalog
    from catalog.revisions import recorder

    spent = [0.0, 0]
    original = recorder.record

    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started
            spent[1] += 1

    recorder.record = timed
    try:
        folder = scratch / "catalogue"
        shutil.rmtree(folder, ignore_errors=True)
        started = time.perf_counter()
        with Catalog(folder) as catalog:
            catalog.documents.import_paths([pages])
        return time.perf_counter() - started, spent[0], int(spent[1])
    finally:
        recorder.record = original


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="stories to import (default 2000)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        stories = load_stories(args.docs)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="pressmark-revision-bench-") as tmp:
        pages = Path(tmp) / "pages"
        write_news_pages(stories, pages)
        shares = []
        for run in range(1, args.runs + 1):
            total, recording, units = one_run(pages, Path(tmp))
            shares.append(100 * recording / total)
            print(f"run {run}: {len(stories)} stories in {total:.1f} s ({len(stories) / total:.0f}/s); recording revisions {recording:.2f} s in {units} units of work = {shares[-1]:.1f} %")
        print(f"median share of the import spent recording revisions: {statistics.median(shares):.1f} % (target: under 10 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
