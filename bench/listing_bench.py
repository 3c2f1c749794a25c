"""Where the time of listing a bulk import goes: each preparing step, and the writer alone.

    python bench/listing_bench.py [--limit 3000] [--runs 3] [--tmp DIR]

Listing is everything a bulk import does before its index write: a preparing worker reads,
parses and prepares each file (language, proposals), and this process adds the prepared
files to the database a batch at a time. The two run side by side, so listing goes at the
pace of the slower. This bench times, on the first ``--limit`` Reuters stories written as
news pages (as ``import_bench.py`` writes them), in one process and without a profiler's
overhead:

- each step of preparing a story (read, parse, language detection, proposals), and all of
  ``importing.prepare_files``;
- the writer alone: ``Catalog.documents.import_paths(batch=500)`` with every file prepared
  beforehand (preparation replaced by a lookup), up to the index write.

It prints milliseconds a story (the best of ``--runs``) and the stories a second each side
could reach alone.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=3000, help="stories to use")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()) / "pressmark-listing-bench")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    os.environ["PRESSMARK_IMPORT_WORKERS"] = "0"  # prepare in this process: the lookup below replaces it
    from bench.reuters import CORPUS, load_stories, write_news_pages
    from catalog import importing
    from catalog.catalog import Catalog
    from catalog.importers import parse_bytes
    from catalog.proposals import KnownNames
    from catalog.proposals.language import detect_language
    from catalog.text import normalise

    if not CORPUS.exists():
        sys.exit(f"the Reuters corpus is not at {CORPUS}")
    folder = args.tmp / f"pages-{args.limit}"
    if not folder.exists():
        write_news_pages(load_stories(args.limit), folder)
    pages = sorted(folder.iterdir())
    known = KnownNames()
    importing.prepare_files(pages[:20], known)  # load the language model and compile the rules

    def best(label: str, work):
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            out = work()
            times.append(time.perf_counter() - started)
        each = min(times) / len(pages) * 1000
        print(f"{label:<38} {each:6.2f} ms a story  ({1000 / each:,.0f} stories/s alone)", flush=True)
        return out

    print(f"{len(pages):,} Reuters stories as news pages; best of {args.runs}")
    datas = best("read", lambda: [importing.read_file(p) for p in pages])
    parsed = best("parse", lambda: [parse_bytes(d, str(p)) for d, p in zip(datas, pages, strict=True)])
    bodies = [normalise(item.body) for item in parsed]
    best("detect the language", lambda: [detect_language(f"{x.title}\n\n{b}") for x, b in zip(parsed, bodies, strict=True)])
    best("proposals (quotes, speakers, actors)", lambda: [importing._proposals(b, x, "", known) for x, b in zip(parsed, bodies, strict=True)])
    prepared = best("prepare_files, all of it", lambda: importing.prepare_files(pages, known))

    ready = dict(zip(pages, prepared, strict=True))
    plain = importing.prepare_files
    importing.prepare_files = lambda paths, _known, _cancel=None: [ready[p] for p in paths]

    def write() -> None:
        out = args.tmp / "catalogue"
        shutil.rmtree(out, ignore_errors=True)
        catalog = Catalog(out)
        try:
            catalog.documents.import_paths([folder], progress=stop_at_index, batch=500)
        except _Listed:
            pass
        finally:
            catalog.close()

    try:
        best("the writer alone, up to the index", write)
    finally:
        importing.prepare_files = plain


class _Listed(Exception):
    """Raised at the index write: listing is done."""


def stop_at_index(_done: int, _total: int, message: str) -> None:
    if str(message).startswith("Indexing"):
        raise _Listed()


if __name__ == "__main__":
    main()
