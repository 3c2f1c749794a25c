"""Import time of a reference list: ``python bench/reference_import_bench.py [ENTRIES]``.

Writes an RIS list of ENTRIES (default 10,000) generated journal entries, each with a title,
two authors (drawn from about 1,300 names), a journal, a date, a URL, a DOI, an 80-word
abstract and a keyword, imports it into a fresh catalogue (one unit of work, the search index
synced), then imports it again (every entry already there). Prints the list's size, both
times and the peak memory of the process. Offline; everything lives in a temporary folder
that is removed at the end.
"""

from __future__ import annotations

import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from catalog.catalog import Catalog  # noqa: E402

WORDS = ["salt", "water", "paper", "ledger", "mill", "tide", "harbour", "council", "archive", "flood"]


def ris_list(entries: int) -> str:
    """``entries`` RIS entries, the same for the same count."""
    rng = random.Random(1)
    lines: list[str] = []
    for i in range(entries):
        lines += [
            "TY  - JOUR",
            f"TI  - Study number {i} of harbour archives and {rng.choice(WORDS)}",
            f"AU  - Author{i % 997}, Given",
            f"AU  - Second{i % 311}, Person",
            "T2  - Journal of Archives",
            f"DA  - {2000 + i % 24}/{1 + i % 12:02d}/{1 + i % 28:02d}/",
            f"UR  - https://journal.example/{i}",
            f"DO  - 10.5555/study.{i}",
            "AB  - " + " ".join(rng.choice(WORDS) for _ in range(80)),
            f"KW  - Topic/{i % 50}",
            "ER  -",
            "",
        ]
    return "\n".join(lines)


def main(entries: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="pressmark-reference-bench-"))
    try:
        library = folder / "library.ris"
        library.write_text(ris_list(entries), "utf-8")
        print(f"{entries:,} entries, {library.stat().st_size / 1e6:.1f} MB")
        with Catalog(folder / "catalogue") as catalog:
            started = time.perf_counter()
            first = catalog.documents.import_records(library)
            middle = time.perf_counter()
            again = catalog.documents.import_records(library)
            ended = time.perf_counter()
        imported = sum(o.status == "imported" for o in first)
        known = sum(o.status == "duplicate" for o in again)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e6  # kilobytes on Linux
        print(f"import {middle - started:.1f} s ({imported:,} imported); again {ended - middle:.1f} s ({known:,} already there)")
        print(f"peak memory {peak:.2f} GB")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
