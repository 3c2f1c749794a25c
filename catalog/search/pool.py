"""The postings of a segment being written, gathered term by term instead of sorted one by one.

Whoosh's writer hands every posting, ``(fieldname, term, docnum, weight, value)``, to a pool
that must give them back sorted by field, term and document. Whoosh's own pool
(``PostingPool``) sorts them as tuples and, past its memory limit, writes each to a run
file with one ``marshal.dump`` call, reads each back with one ``load`` and merges the runs a
posting at a time: in a profile of one index worker, a third of its time, and most of a
rebuild's long wait at the end ("Writing the index").

A writer adds a term's postings in the order of their documents: each document once, its
numbers rising (:meth:`SegmentWriter.add_document`, and :meth:`add_reader`, which adds
segments one after another at rising offsets). So :class:`TermPool` keeps one list per
``(fieldname, term)``, already in order; giving the postings back sorts the terms, not the
postings. Past its limit it writes a run of whole lists (one ``marshal.dump`` per term) and
merges runs a term at a time; a term's lists from successive runs follow one another, so
its documents stay in order.

Installed on every index writer by :func:`catalog.search.internals.use_pool`; used on the
writer's thread (or in an index worker process) only.
"""

from __future__ import annotations

import heapq
import marshal
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

POSTING_BYTES = 200  # about what one posting's tuple, term and value hold in memory
TERM_BYTES = 150  # a term's key and list in the pool's dictionary
RUN_BUFFER = 1 << 20


class TermPool:
    """Postings grouped by term, in memory up to ``limitmb`` MB, then in run files under
    ``folder`` (removed as they are read, or by :meth:`cleanup`).

    Raises AssertionError from :meth:`add` if a term's postings come out of document order:
    the grouping relies on it, and a writer that broke it would write a corrupt segment.
    """

    def __init__(self, folder: Path | str, limitmb: int = 128):
        self.folder = Path(folder)
        self.limit = limitmb * 1024 * 1024
        self.size = 0
        self.groups: dict[tuple[str, bytes], list[tuple]] = {}
        self.runs: list[Path] = []
        self.fieldnames: set[str] = set()  # whoosh's PostingPool keeps these; kept alike

    def add(self, item: tuple) -> None:
        """Add ``(fieldname, term bytes, docnum, weight, value bytes or None)``."""
        key = (item[0], item[1])
        group = self.groups.get(key)
        if group is None:
            self.groups[key] = [item]
            self.fieldnames.add(item[0])
            self.size += TERM_BYTES + POSTING_BYTES + len(item[1])
        else:
            assert group[-1][2] < item[2], "postings of a term must come in document order"
            group.append(item)
            self.size += POSTING_BYTES
        if self.size > self.limit:
            self._save()

    def iter_postings(self) -> Iterator[tuple]:
        """Every posting added, sorted by field, term and document; each run file is
        removed once read."""
        if not self.runs:
            groups, self.groups = self.groups, {}
            for key in sorted(groups):
                yield from groups[key]
            return
        if self.groups:
            self._save()
        runs, self.runs = self.runs, []
        # (key, run number, postings): equal keys come out in the order of their runs
        merged = heapq.merge(*(_read_run(path, number) for number, path in enumerate(runs)))
        for _key, _number, postings in merged:
            yield from postings

    def cleanup(self) -> None:
        """Remove run files left (a cancelled or failed write)."""
        for path in self.runs:
            path.unlink(missing_ok=True)
        self.runs = []
        self.groups = {}

    def _save(self) -> None:
        groups, self.groups = self.groups, {}
        self.size = 0
        handle, name = tempfile.mkstemp(suffix=".terms", dir=self.folder)
        path = Path(name)
        self.runs.append(path)
        with os.fdopen(handle, "wb", buffering=RUN_BUFFER) as out:
            for key in sorted(groups):
                marshal.dump((key, groups[key]), out)


def _read_run(path: Path, number: int) -> Iterator[tuple]:
    try:
        with open(path, "rb", buffering=RUN_BUFFER) as run:
            while True:
                try:
                    key, postings = marshal.load(run)
                except EOFError:
                    return
                yield key, number, postings
    finally:
        path.unlink(missing_ok=True)
