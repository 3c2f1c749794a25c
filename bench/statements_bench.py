"""How fast the same statement is found: tracing one quote in a big catalogue, and finding
every reused passage in the Reuters-21578 corpus (issue 15).

    python bench/statements_bench.py [--source /work/bench-data/100k] [--scratch DIR]
                                     [--quotes 20] [--passes 3] [--runs 3]
                                     [--skip-scale] [--skip-reuters]

Scale (target: a trace in at most 1 s at 100,000 documents): the generated catalogue at
``--source`` (see ``bench/generate.py``) is copied into ``DIR/scale`` (its database only; the
source is never opened), and ``--quotes`` of its quotes are each reprinted in three new
documents, changed as reprints are (punctuation and case; a word changed; the first clause
moved to the end). Building ``statements.sqlite`` is timed once (kept in the scratch folder for
the next run); then every one of those quotes, and as many other quotes, is traced ``--passes``
times: median and 95th percentile latency, and how many of the planted reprints were found.

Reuters (target: at most 2 minutes): the stories of ``../shared`` (``bench/reuters.py``) go
into a new catalogue in ``DIR/reuters`` by bulk insert; each of ``--runs`` runs deletes the
statements file, builds it again and lists every reused passage: medians of each, and what
was found.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, insert, select  # noqa: E402

from bench.stats import percentile  # noqa: E402
from catalog.catalog import Catalog  # noqa: E402
from catalog.importers.base import ParsedDocument  # noqa: E402
from catalog.importing import add_parsed  # noqa: E402
from catalog.location import DB_NAME, INDEX_DIR  # noqa: E402
from catalog.models import Document, Quote  # noqa: E402
from catalog.reuse.ledger import FILE_NAME  # noqa: E402

DEFAULT_SOURCE = Path("/work/bench-data/100k")
REPRINTS = "Bench Reprints"  # the publication of the planted documents
FILLER = "The committee will meet again next week. Nothing else was decided at the session. "


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="a generated catalogue (read only)")
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/pressmark-statements-bench"))
    parser.add_argument("--quotes", type=int, default=20, help="quotes reprinted, and as many traced without reprints")
    parser.add_argument("--passes", type=int, default=3, help="times each quote is traced")
    parser.add_argument("--runs", type=int, default=3, help="full passes over the Reuters corpus")
    parser.add_argument("--skip-scale", action="store_true")
    parser.add_argument("--skip-reuters", action="store_true")
    return parser.parse_args(argv)


def _ms(seconds: list[float]) -> str:
    ordered = [s * 1000 for s in seconds]
    return f"median {statistics.median(ordered):.0f} ms, p95 {percentile(ordered, 95):.0f} ms, max {max(ordered):.0f} ms (n={len(ordered)})"


def _size_mb(path: Path) -> float:
    return path.stat().st_size / 1e6 if path.exists() else 0.0


# ----- scale -----------------------------------------------------------------------------------
def reprints_of(exact: str) -> list[str]:
    """Three reprints of a statement: recased and repunctuated; one word changed; its first
    clause (up to the first comma, else its first third) moved to the end."""
    words = exact.split()
    upper = " ".join(w.upper() if i % 3 == 0 else w for i, w in enumerate(words)).replace(",", ";")
    changed = list(words)
    changed[len(changed) // 2] = "reportedly"
    cut = exact.find(",")
    if cut <= 0:
        cut = len(" ".join(words[: max(1, len(words) // 3)]))
    moved = f"{exact[cut + 1 :].strip()}, {exact[:cut].strip()}"
    return [f"“{upper}!”", " ".join(changed), moved]


def plant(catalog: Catalog, count: int, rng: random.Random) -> list[str]:
    """Reprint ``count`` quotes (of at least 12 words) in three new documents each; returns
    the quotes' ids. Done once per scratch catalogue (the reprints' publication marks it)."""
    with catalog.store.reading() as session:
        planted = session.scalars(select(Document.notes).where(Document.publication == REPRINTS)).all()
        if planted:
            return sorted({note for note in planted})
        last = session.scalar(select(Quote.id).order_by(Quote.id.desc()).limit(1)) or 0
        chosen: list[tuple[str, str]] = []
        while len(chosen) < count:
            quote = session.get(Quote, rng.randint(1, last))
            if quote is not None and len(quote.exact.split()) >= 12:
                chosen.append((quote.uuid, " ".join(quote.exact.split())))
    with catalog.store.writing("Plant reprints") as (session, changes):
        for number, (uuid, exact) in enumerate(chosen):
            for kind, text in enumerate(reprints_of(exact)):
                body = f"{FILLER}\n\nA spokesman said: {text}\n\n{FILLER}"
                parsed = ParsedDocument(format="text", title=f"Reprint {number}.{kind}", body=body, publication=REPRINTS)
                doc = add_parsed(session, changes, parsed, f"reprint-{number}-{kind}.txt", body.encode(), catalog.store.originals_dir)
                doc.notes = uuid
    return [uuid for uuid, _exact in chosen]


def scale_run(args: argparse.Namespace) -> None:
    folder = args.scratch / "scale"
    if not (folder / DB_NAME).exists():
        if not (args.source / DB_NAME).exists():
            print(f"scale: no catalogue at {args.source}; skipped")
            return
        print(f"scale: copying {args.source / DB_NAME} ({_size_mb(args.source / DB_NAME):.0f} MB) to {folder}")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(args.source / DB_NAME, folder / DB_NAME)
        if (args.source / INDEX_DIR).is_dir():
            shutil.copytree(args.source / INDEX_DIR, folder / INDEX_DIR)
    rng = random.Random(15)
    with Catalog(folder, index_repair="later") as catalog:
        documents = catalog.maintenance.stats()["documents"]
        quotes = plant(catalog, args.quotes, rng)
        ledger = folder / FILE_NAME
        started, cpu_started = time.perf_counter(), time.process_time()
        if ledger.exists():
            catalog.statements.refresh()
            print(f"scale: {documents:,} documents; statements file already built, brought up to date in {time.perf_counter() - started:.1f} s")
        else:
            passages = catalog.statements.rebuild()
            print(f"scale: {documents:,} documents; statements file built in {time.perf_counter() - started:.1f} s "
                  f"(CPU {time.process_time() - cpu_started:.1f} s): {passages:,} passages, {_size_mb(ledger):.0f} MB")  # fmt: skip
        with catalog.store.reading() as session:
            last = session.scalar(select(Quote.id).order_by(Quote.id.desc()).limit(1)) or 0
            others = [session.get(Quote, rng.randint(1, last)) for _ in range(args.quotes)]
            plain = [q.uuid for q in others if q is not None and len(q.exact.split()) >= 4]
        catalog.statements.trace(quotes[0])  # the first call loads numpy and datasketch
        with_reprints: list[float] = []
        without: list[float] = []
        found = 0
        for _ in range(args.passes):
            for uuid in quotes:
                started = time.perf_counter()
                occurrences = catalog.statements.trace(uuid)
                with_reprints.append(time.perf_counter() - started)
                found += sum(1 for o in occurrences if o.publication == REPRINTS)
            for uuid in plain:
                started = time.perf_counter()
                catalog.statements.trace(uuid)
                without.append(time.perf_counter() - started)
        taking_in: list[float] = []
        for number in range(5):  # what an import adds to the statements file after it
            with catalog.store.writing("Bench import") as (session, changes):
                body = f"{FILLER}\n\nItem {time.time_ns()} {number}: {reprints_of(' '.join(FILLER.split()[:12]))[1]}"
                add_parsed(session, changes, ParsedDocument(format="text", title="Bench import", body=body), "import.txt", body.encode(), catalog.store.originals_dir)
            started = time.perf_counter()
            catalog.statements.after_import()
            taking_in.append(time.perf_counter() - started)
        planted = 3 * len(quotes) * args.passes
        print(f"scale: trace of a quote reprinted 3 times: {_ms(with_reprints)}")
        print(f"scale: trace of another quote: {_ms(without)}")
        print(f"scale: reprints found: {found}/{planted} ({found / planted:.0%})")
        print(f"scale: taking in one imported document: {_ms(taking_in)}")


# ----- Reuters ---------------------------------------------------------------------------------
def reuters_catalogue(folder: Path) -> int:
    """A catalogue of the Reuters stories (bulk inserted once); returns how many."""
    from bench.reuters import PUBLICATION, load_stories

    if (folder / DB_NAME).exists():
        with Catalog(folder, index_repair="later") as catalog:
            return catalog.maintenance.stats()["documents"]
    stories = load_stories()
    Catalog(folder, index_repair="later").close()
    engine = create_engine(f"sqlite:///{folder / DB_NAME}")
    rows = [
        {"title": s.title, "body": s.body, "publication": PUBLICATION, "published_at": s.published_at,
         "text_sha256": hashlib.sha256(" ".join(s.body.split()).encode()).hexdigest(), "original_name": s.file_name}
        for s in stories
    ]  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(Document), rows)
    engine.dispose()
    return len(rows)


def reuters_run(args: argparse.Namespace) -> None:
    folder = args.scratch / "reuters"
    try:
        stories = reuters_catalogue(folder)
    except FileNotFoundError as exc:
        print(f"reuters: {exc}; skipped")
        return
    builds: list[float] = []
    passes: list[float] = []
    cpu: list[float] = []
    for _ in range(args.runs):
        with Catalog(folder, index_repair="later") as catalog:
            (folder / FILE_NAME).unlink(missing_ok=True)
            started, cpu_started = time.perf_counter(), time.process_time()
            passages = catalog.statements.rebuild()
            builds.append(time.perf_counter() - started)
            started = time.perf_counter()
            found = catalog.statements.reused()
            passes.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
    totals = [b + p for b, p in zip(builds, passes, strict=True)]
    print(f"reuters: {stories:,} stories, {passages:,} passages, statements file {_size_mb(folder / FILE_NAME):.1f} MB")
    print(f"reuters: build {statistics.median(builds):.1f} s, every reused passage {statistics.median(passes):.1f} s, "
          f"together median {statistics.median(totals):.1f} s (min {min(totals):.1f}, max {max(totals):.1f}; {args.runs} runs; "
          f"CPU time of this process {statistics.median(cpu):.1f} s)")  # fmt: skip
    sizes = [r.documents for r in found]
    print(f"reuters: {len(found):,} passages reused; in 2 stories {sizes.count(2):,}, in 3–9 {sum(1 for s in sizes if 3 <= s < 10):,}, "
          f"in 10 or more {sum(1 for s in sizes if s >= 10):,}; the most: {max(sizes, default=0)} stories")  # fmt: skip
    for reused in found[:3]:
        text = " ".join(reused.text.split())
        print(f"  {reused.documents:>4} × “{text[:100]}{'…' if len(text) > 100 else ''}”")


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.scratch.mkdir(parents=True, exist_ok=True)
    if not args.skip_scale:
        scale_run(args)
    if not args.skip_reuters:
        reuters_run(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
