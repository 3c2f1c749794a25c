"""The work both engines do in one bench run, and the measuring they share.

:class:`Workload` is what :mod:`bench.search_bench` hands to
:func:`bench.pressmark_measure.measure` and :func:`bench.fts5_reference.measure`, each in a
fresh process (so that peak memory is the engine's own). Both time their queries with
:func:`time_queries` and choose the span of each new quote with :func:`quote_span`, so they
do the same work on the same texts.
"""

from __future__ import annotations

import re
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.queries import BenchQuery

TOP = 20  # hits a search returns, each with a highlighted snippet
QUOTE_WORDS = 6
QUOTE_TIMEOUT = 10.0  # seconds before a quote that never shows up counts as a failure
_SPAN = re.compile(r"(?<![\w'’])[A-Za-z]{3,}(?: [A-Za-z]+){" + str(QUOTE_WORDS - 1) + r"}(?![\w'’])")


@dataclass(frozen=True)
class Workload:
    """Inputs of one run: the news pages, a scratch folder and the query sets."""

    pages_dir: Path
    work_dir: Path
    batch: int
    queries: dict[str, list[BenchQuery]]
    passes: int  # timed passes over each query set, after one warm-up pass
    quote_targets: list[int]  # story ids (NEWID) to add one quote to, in order
    profile: bool = False  # Pressmark only: keep a cProfile of each phase in work_dir


def time_queries(run_one: Callable[[BenchQuery], int], queries: list[BenchQuery], passes: int) -> dict:
    """Run every query once to warm up, then ``passes`` timed times.

    ``run_one`` returns the total number of matches; a query that raises is counted in
    ``errors`` (with its first message) and not timed.
    """
    cold, totals, errors, first_error = [], [], 0, ""
    for query in queries:
        started = time.perf_counter()
        try:
            totals.append(run_one(query))
        except Exception as exc:  # one bad query must not end the run: it is reported
            errors += 1
            first_error = first_error or f"{query.pressmark}: {type(exc).__name__}: {exc}"
            totals.append(-1)
        cold.append(time.perf_counter() - started)
    seconds = []
    for _ in range(passes):
        for query, total in zip(queries, totals, strict=True):
            if total < 0:
                continue
            started = time.perf_counter()
            run_one(query)
            seconds.append(time.perf_counter() - started)
    return {"seconds": seconds, "cold": cold, "totals": totals, "errors": errors, "first_error": first_error}


def quote_span(body: str) -> tuple[int, int, str]:
    """A span of :data:`QUOTE_WORDS` plain words from the middle third of ``body`` onwards.

    Returns ``(start, end, phrase)`` with ``phrase == body[start:end]``; raises ValueError
    when the body has no such run of words.
    """
    match = _SPAN.search(body, len(body) // 3) or _SPAN.search(body)
    if match is None:
        raise ValueError("no run of plain words to quote")
    return match.start(), match.end(), match.group()


def has_quotable_span(body: str) -> bool:
    return _SPAN.search(body) is not None


def peak_rss_mb() -> float:
    """This process's peak resident memory so far (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_size_mb(*paths: Path) -> float:
    """Bytes on disk of the files and folders given (missing ones count zero), in MiB."""
    total = 0
    for path in paths:
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return total / (1024 * 1024)
