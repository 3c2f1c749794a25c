"""Preparing files for import (read, parse, propose: no database) ahead of the batch being
added, in worker processes when an import is big enough to repay starting them.

The catalogue's single writer adds batch *n* while workers prepare batches *n+1* and
*n+2*, so parsing and proposals cost no wall time on a machine with a spare core. Workers
are started with ``spawn`` (safe beside Qt's threads, and the same on every platform) and
told the actors' names once; names that later batches add are sent along with each chunk.
If a worker dies, the rest is prepared in this process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path

from catalog import importing
from catalog.proposals import KnownNames
from catalog.store import Cancelled, CancelToken
from catalog.workers import end_with_parent

POOL_MIN_FILES = 150  # below this, starting workers (about a second) costs more than it saves
AHEAD = 2  # chunks prepared beyond the one being added
PIECE = 25  # files a worker prepares at a time
log = logging.getLogger(__name__)


def worker_count() -> int:
    """Workers for a big import: every core but the writer's, at most four; 0 on one core."""
    configured = os.environ.get("PRESSMARK_IMPORT_WORKERS", "").strip()
    if configured.isdigit():
        return int(configured)
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(4, cores - 1)


class Preparer:
    """Hands out each chunk's prepared files in order: ``result(i)`` for chunk ``i``.

    Workers take pieces of at most ``PIECE`` files, so that while they start, this process
    prepares only the first piece, and the chunks after the one being added are ready
    sooner.
    """

    def __init__(self, chunks: list[list[Path]], known: KnownNames, cancel: CancelToken | None = None):
        self.chunks = chunks
        self.cancel = cancel  # checked while waiting for a worker and inside preparing here
        self.base = dict(known)
        self.known = known
        self.delta: dict[str, tuple[str, str]] = {}
        self.futures: dict[tuple[int, int], Future] = {}
        self.submitted: set[int] = set()
        self.pool: ProcessPoolExecutor | None = None
        workers = worker_count()
        if workers and sum(len(c) for c in chunks) >= POOL_MIN_FILES:
            self.pool = ProcessPoolExecutor(
                max_workers=workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.base,),
            )

    def __enter__(self) -> Preparer:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self, failed: bool = False) -> None:
        """Stop the workers: waiting for them, or, after a failure, ending them at once."""
        if self.pool is not None:
            # imported here, not at the top: the workers import this module and need no whoosh
            from catalog.search.internals import pool_processes

            processes = pool_processes(self.pool)
            self.pool.shutdown(wait=not failed, cancel_futures=True)
            if failed:
                for process in processes:
                    if process.is_alive():
                        process.kill()
            self.pool = None
        self.futures.clear()

    def learn(self, known: KnownNames) -> None:
        """The actors' names as the last batch left them, for the chunks still to prepare."""
        self.known = known
        self.delta = {key: value for key, value in known.items() if self.base.get(key) != value}

    def _pieces(self, index: int) -> list[tuple[int, int]]:
        return [(index, start) for start in range(0, len(self.chunks[index]), PIECE)]

    def _submit(self, index: int) -> None:
        assert self.pool is not None  # called only when workers were started
        for chunk in range(index, min(index + 1 + AHEAD, len(self.chunks))):
            if chunk in self.submitted:
                continue
            self.submitted.add(chunk)
            for key in self._pieces(chunk):
                if key == (0, 0):
                    continue  # prepared here while the workers start
                paths = self.chunks[chunk][key[1] : key[1] + PIECE]
                self.futures[key] = self.pool.submit(_prepare_chunk, paths, self.delta)

    def result(self, index: int) -> list[importing.Prepared | importing.ImportOutcome]:
        """Chunk ``index`` prepared (in order)."""
        out: list[importing.Prepared | importing.ImportOutcome] = []
        if self.pool is not None:
            try:
                self._submit(index)
            except Exception:  # workers cannot start: go on without them
                log.exception("the import workers failed; preparing the rest in this process")
                self.close(failed=True)
        for key in self._pieces(index):
            paths = self.chunks[index][key[1] : key[1] + PIECE]
            future = self.futures.pop(key, None)
            if future is not None:
                try:
                    out.extend(self._wait(future))
                    continue
                except Cancelled:
                    raise
                except Exception:  # a worker died (killed, out of memory): go on without them
                    log.exception("an import worker failed; preparing the rest in this process")
                    self.close(failed=True)
            out.extend(importing.prepare_files(paths, self.known, self.cancel))
        return out

    def _wait(self, future: Future) -> list:
        """The worker's result; raises Cancelled as soon as the cancel token is set (the
        worker's piece is abandoned, and its files are not added)."""
        while True:
            try:
                return future.result(timeout=0.2)
            except FutureTimeout:
                if self.cancel is not None:
                    self.cancel.check()


_KNOWN = KnownNames()


def _start_worker(known: dict[str, tuple[str, str]]) -> None:
    global _KNOWN
    end_with_parent()
    _KNOWN = KnownNames(known)


def _prepare_chunk(paths: list[Path], delta: dict[str, tuple[str, str]]):
    fresh = {key: value for key, value in delta.items() if _KNOWN.get(key) != value}
    if fresh:
        _KNOWN.learn(fresh)
    return importing.prepare_files(paths, _KNOWN)
