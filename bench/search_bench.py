"""Search and import benchmark: Pressmark against a plain SQLite FTS5 index on Reuters-21578.

    python bench/search_bench.py [--quick] [--runs N] [--docs N] [--json OUT]
    python bench/search_bench.py --catalog PATH [--queries N] [--passes N] [--runs N] [--json OUT]

Each run writes nothing into the repository: the Reuters stories (read in place from
``../shared``) are written once as news pages to a temporary folder (not timed), then every
run imports them into a fresh Pressmark catalogue and a fresh FTS5 index, each in its own
process, and measures import rate, size on disk, query latency per kind (top 20 with
highlighted snippets), facet counts, how soon a new quote is searchable, and peak memory.
Prints medians over runs (min–max when there are several) beside the targets. Numbers, not
tests: it exits 0 whether or not the targets are met, 2 when the corpus is missing.

With ``--catalog`` it runs the scale comparison instead (:mod:`bench.scale_run`): the searches
of a catalogue made by ``bench/generate.py`` against FTS5 on the same documents, per query
kind, with medians, p95 and ratios, cold and warm, and the first search after opening.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, bench/ is sys.path[0], not the repo
    sys.path.insert(0, str(REPO))

from bench import fts5_reference, pressmark_measure  # noqa: E402
from bench.queries import choose_queries  # noqa: E402
from bench.report import agreement_lines, format_table, profile_summary, summary_rows  # noqa: E402
from bench.reuters import CORPUS, corpus_size, load_stories, write_news_pages  # noqa: E402
from bench.workload import Workload, has_quotable_span  # noqa: E402

QUICK_DOCS = 1000  # a minute in all, FTS5 and the queries included
QUOTES = 20


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} stories, fewer queries, one run")
    parser.add_argument("--runs", type=int, help="repeated runs (default 3; 1 with --quick)")
    parser.add_argument("--docs", type=int, help="stories to use (default all; 2000 with --quick)")
    parser.add_argument("--queries", type=int, help="queries of each kind (default 30; 10 with --quick)")
    parser.add_argument("--passes", type=int, help="timed passes over each query set (default 3; 1 with --quick)")
    parser.add_argument("--batch", type=int, default=500, help="files committed together (default 500, as the app)")
    parser.add_argument("--seed", type=int, default=1987, help="seed of the query choice")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--profile", type=Path, help="afterwards, profile one Pressmark run into this folder")
    parser.add_argument("--tmp", type=Path, help="scratch folder (default: the system's temporary folder)")
    parser.add_argument("--catalog", type=Path, help="scale run on this generated catalogue (bench/generate.py)")
    parser.add_argument("--no-fts5", action="store_true", help="scale run: Pressmark alone (no FTS5 reference built or run)")
    args = parser.parse_args(argv)
    if args.catalog:  # the scale run: one run of 25 queries a kind unless asked otherwise
        args.runs, args.queries, args.passes = args.runs or 1, args.queries or 25, args.passes or 3
    args.runs = args.runs or (1 if args.quick else 3)
    args.docs = args.docs or (QUICK_DOCS if args.quick else None)
    args.queries = args.queries or (10 if args.quick else 30)
    args.passes = args.passes or (1 if args.quick else 3)
    return args


def code_version() -> str:
    """The commit measured, marked ``+changes`` when catalog/ differs from it."""
    def git(*command: str) -> str:
        try:
            return subprocess.run(["git", *command], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    commit = git("rev-parse", "--short", "HEAD") or "unknown commit"
    return commit + (" +changes in catalog/" if git("status", "--porcelain", "--", "catalog") else "")


def run_isolated(function, *args) -> dict:
    """``function(*args)`` in a fresh process, so its peak memory is its own."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        return pool.submit(function, *args).result()


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.catalog:
        from bench import scale_run

        print(f"Pressmark {code_version()}")
        return scale_run.run(args.catalog, args.queries, args.passes, args.runs, run_isolated, args.json, fts5=not args.no_fts5)
    try:
        stories = load_stories(args.docs)
    except FileNotFoundError as exc:
        print(exc, file=sys.stderr)
        return 2
    queries = choose_queries(stories, args.queries, args.seed)
    quotable = [s.newid for s in stories if has_quotable_span(s.body)]
    targets = quotable[:: max(1, len(quotable) // QUOTES)][:QUOTES]
    print(f"Pressmark {code_version()}")
    print(f"Reuters-21578 at {CORPUS}: {corpus_size():,} stories; using {len(stories):,} "
          f"(with a title and a body, each text once)")  # fmt: skip
    print(f"{args.runs} run(s), {args.queries} queries of each kind x {args.passes} timed pass(es) "
          f"after a warm-up pass, import batch {args.batch}, {len(targets)} new quotes")  # fmt: skip
    runs = []
    with tempfile.TemporaryDirectory(prefix="pressmark-bench-", dir=args.tmp) as scratch:
        scratch = Path(scratch)
        started = time.perf_counter()
        write_news_pages(stories, scratch / "pages")
        print(f"news pages written in {time.perf_counter() - started:.1f} s (not timed)", flush=True)
        for number in range(args.runs):
            run = {}
            engines = [("fts5", fts5_reference.measure), ("pressmark", pressmark_measure.measure)]
            for name, function in engines if number % 2 == 0 else engines[::-1]:
                work = Workload(scratch / "pages", scratch / f"run{number}-{name}", args.batch,
                                queries, args.passes, targets)  # fmt: skip
                began = time.perf_counter()
                run[name] = run_isolated(function, work)
                print(f"run {number + 1}/{args.runs}: {name} done in {time.perf_counter() - began:.0f} s", flush=True)
            runs.append(run)
        print()
        rows = summary_rows(runs)
        print(format_table(rows))
        print("\nsame question? matches counted by both engines:")
        print("\n".join(agreement_lines(runs)))
        statuses = runs[0]["pressmark"]["statuses"]
        if statuses.get("imported") != runs[0]["pressmark"]["files"]:
            print(f"Pressmark import outcomes: {statuses}; first: {runs[0]['pressmark']['first_failure']}")
        if args.profile:
            _profile(args, scratch, queries, targets)
    if args.json:
        config = {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()}
        config["code"] = code_version()
        table = [dict(zip(["measure", "pressmark", "fts5", "ratio", "target", "met"], r.cells(), strict=True)) for r in rows]
        args.json.write_text(json.dumps({"config": config, "table": table, "runs": runs}, indent=1), "utf-8")
        print(f"figures written to {args.json}")
    return 0


def _profile(args: argparse.Namespace, scratch: Path, queries, targets: list[int]) -> None:
    """One more Pressmark run under cProfile (its timings are not in the table)."""
    folder = args.profile.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    work = Workload(scratch / "pages", folder, args.batch, queries, 1, targets, profile=True)
    import shutil

    shutil.rmtree(folder / "catalogue", ignore_errors=True)
    run_isolated(pressmark_measure.measure, work)
    print(f"\nprofile of one Pressmark run (files in {folder}):")
    for path in sorted(folder.glob("profile-*.prof")):
        print("\n".join(profile_summary(path)))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
