"""Export and import throughput of exchange bundles: ``python bench/bundle_bench.py [--quick]``.

Generates a catalogue of N articles (default 10,000; ``--quick`` 1,000) with quotes, actors,
links and tags (:mod:`bench.synthetic_catalogue`), then ``--repeat`` times exports it whole
and imports the bundle into a fresh, empty catalogue. Prints each run and the medians:
seconds, documents per second, records per second, the bundle's size, and the import split
into checking (unzip, checksums, parsing), merging, and commit with the search-index sync.
Offline; everything lives in a temporary folder that is removed at the end.
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

from bench.synthetic_catalogue import fill  # noqa: E402
from catalog.catalog import Catalog  # noqa: E402


def run(documents: int, quotes: int, repeat: int) -> int:
    folder = Path(tempfile.mkdtemp(prefix="pressmark-bundle-bench-"))
    try:
        source = Catalog(folder / "source", index_repair="later")
        started = time.perf_counter()
        fill(source, documents, quotes, index=False)
        stats = source.maintenance.stats()
        records = stats["documents"] + stats["quotes"] + stats["actors"] + stats["tags"]
        print(f"generated {stats} ({records:,} records) in {time.perf_counter() - started:.1f} s")
        rows = []
        for i in range(repeat):
            bundle = folder / f"bundle-{i}.zip"
            started = time.perf_counter()
            summary = source.exchange.export_bundle(bundle)
            exported = time.perf_counter() - started
            marks: dict[str, float] = {}
            target = Catalog(folder / f"target-{i}")
            started = time.perf_counter()

            def progress(_done: int, _total: int, message: str, marks=marks, started=started) -> None:
                marks.setdefault(message, time.perf_counter() - started)

            report = target.exchange.import_bundle(bundle, progress=progress)
            imported = time.perf_counter() - started
            target.close()
            checking = marks.get("Bundle checked", 0.0)
            merging = marks.get("Merged", checking) - checking
            row = (exported, imported, checking, merging, imported - checking - merging, summary.bytes)
            rows.append(row)
            assert report.count("added") == records, report.summary()
            print(
                f"run {i + 1}: export {exported:.1f} s ({documents / exported:,.0f} docs/s), "
                f"import {imported:.1f} s ({documents / imported:,.0f} docs/s; check {row[2]:.1f} s, "
                f"merge {row[3]:.1f} s, commit+index {row[4]:.1f} s), bundle {summary.bytes / 1e6:.1f} MB"
            )
        source.close()
        median = [statistics.median(column) for column in zip(*rows, strict=True)]
        print(
            f"median of {repeat}: export {median[0]:.2f} s = {documents / median[0]:,.0f} docs/s = "
            f"{records / median[0]:,.0f} records/s; import {median[1]:.2f} s = {documents / median[1]:,.0f} docs/s = "
            f"{records / median[1]:,.0f} records/s (check {median[2]:.2f} s, merge {median[3]:.2f} s, "
            f"commit+index {median[4]:.2f} s); bundle {median[5] / 1e6:.1f} MB"
        )
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=3, help="quotes per document")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="1,000 documents")
    args = parser.parse_args(argv)
    documents = 1_000 if args.quick else args.documents
    return run(documents, args.quotes, args.repeat)


if __name__ == "__main__":
    sys.exit(main())
