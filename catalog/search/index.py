"""The Whoosh index as a derived store: open, check, write, rebuild.

The database is the truth. :class:`SearchIndex` records, next to the index, which database
generation it reflects (``pressmark-sync.json``); the catalogue compares that with its own
generation on open and rebuilds an index that is missing, broken, stale or of another schema.
All writes happen on the catalogue's single writer; searchers are reopened when the index
changes. Searches never wait for a write under way: they read the index's last commit.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.writing import IndexWriter, SegmentWriter

from catalog.search import internals
from catalog.search.analysis import analysing_in
from catalog.search.internals import finalize_segment, read_segments_in_place, read_toc
from catalog.search.pool import TermPool
from catalog.search.schema import SCHEMA_VERSION, build_schema
from catalog.search.stemming import language_code

read_segments_in_place()  # a segment's files are read where they are mapped, not copied

INDEX_NAME = "pressmark"
MERGE_AT = 4  # tiny segments tolerated before they are merged
TINY = 64  # documents: a segment this small is cheap to merge on the user's path


def merge_tiny_segments(writer, segments):
    """A whoosh merge policy: once MERGE_AT tiny segments pile up, merge just those.

    Every single edit makes a tiny segment; merging only tiny ones keeps each commit fast
    (no merge spikes), while merge_segments() folds the big ones together in idle time.
    """
    from whoosh.reading import SegmentReader

    tiny = [segment for segment in segments if segment.doc_count_all() <= TINY]
    if len(tiny) < MERGE_AT:
        return segments
    for segment in tiny:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment.doc_count_all() > TINY]
def merge_the_small_ones(writer, segments):
    """A whoosh merge policy: keep each big segment that holds more documents than all the
    segments smaller than it together, and merge those smaller ones into one.

    So merging after an import costs what the import added, not a rewrite of the whole
    catalogue (which is what whoosh's OPTIMIZE costs: about 4 ms a document), and the
    number of segments stays logarithmic in the number of documents.
    """
    from whoosh.reading import SegmentReader

    ordered = sorted(segments, key=lambda segment: segment.doc_count_all(), reverse=True)
    kept = []
    rest = sum(segment.doc_count_all() for segment in ordered)
    for segment in ordered:
        rest -= segment.doc_count_all()
        if segment.doc_count_all() <= rest:
            break
        kept.append(segment)
    small = ordered[len(kept) :]
    if len(small) < 2:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return kept


SYNC_FILE = "pressmark-sync.json"
WRITE_LOCK = f"{INDEX_NAME}_WRITELOCK"  # whoosh's lock file, opened to write when a writer starts


def _remove_strange_write_lock(folder: Path) -> None:
    """Remove whoosh's lock file when it is not a plain file: whoosh opens it to write without
    waiting, and a FIFO planted there would block every writer for ever. Only a plain file
    can hold a lock, so nothing held is removed."""
    lock = folder / WRITE_LOCK
    if lock.is_symlink() or (lock.exists() and not lock.is_file()):
        try:
            lock.unlink()
        except OSError:
            pass  # a folder under that name: whoosh's own error will say so


class _MemoLengths:
    """A segment's field lengths, read once per document and field.

    Whoosh's writer asks for a document's field length once per *posting* while it writes a
    segment (a word that occurs in a document is one posting): about a fifth of the
    time of writing a segment went to the same lookups again.
    """

    def __init__(self, reader, schema):
        self._reader = reader
        self._memo: dict[tuple[int, str], int] = {}
        # only scorable fields have lengths; asking for another costs a file lookup each time
        self._scorable = {name for name, field in schema.items() if field.scorable}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname not in self._scorable:
            return default
        key = (docnum, fieldname)
        length = self._memo.get(key)
        if length is None:
            length = self._memo[key] = self._reader.doc_field_length(docnum, fieldname, default)
        return length

    def __getattr__(self, name: str):
        return getattr(self._reader, name)


class _Writer(SegmentWriter):
    """Whoosh's segment writer, with field lengths memoised while a segment is written, each
    entry's text fields stemmed in its ``language``
    (:func:`~catalog.search.analysis.analysing_in`), and its postings gathered by term
    (:class:`~catalog.search.pool.TermPool`) rather than sorted one by one."""

    def __init__(self, index, limitmb: int = 128, **kwargs):
        super().__init__(index, limitmb=limitmb, **kwargs)
        internals.use_pool(self, TermPool(self.temp_storage().folder, limitmb))

    def per_document_reader(self):
        return _MemoLengths(super().per_document_reader(), self.schema)

    def add_document(self, **fields):
        fields.pop("uuid", None)  # the key holds it (schema 8)
        language = language_code(fields.pop("language", None))
        if language:
            fields["language"] = language
        with analysing_in(language):
            super().add_document(**fields)


PARALLEL_MIN = 2000  # new entries: fewer are written by this process alone
PARALLEL_CHUNK = 500  # entries sent to a segment worker at a time


def segment_procs() -> int:
    """Processes that write new segments side by side: every core, at most four; 0 on one
    core or with PRESSMARK_INDEX_WORKERS=0."""
    configured = os.environ.get("PRESSMARK_INDEX_WORKERS", "").strip()
    if configured.isdigit():
        return int(configured)
    cores = os.cpu_count() or 1
    return 0 if cores < 2 else min(4, cores)


class SegmentWorkers:
    """Processes that each write the entries they are sent into one new segment of the index
    in ``folder`` (whoosh's own multiprocess writer, with ``spawn`` instead of ``fork``, which
    is unsafe beside Qt's threads).

    The caller must hold the index's write lock from before the first :meth:`send` until it
    commits the segments :meth:`finish` returns (:func:`commit_with_segments`): another
    writer's commit would delete segment files it does not list.
    """

    def __init__(self, folder: Path, procs: int):
        context = multiprocessing.get_context("spawn")
        self.results = context.Queue()
        self.jobs = [context.Queue(maxsize=4) for _ in range(procs)]
        self.processes = [
            context.Process(target=_segment_worker, args=(str(folder), jobs, self.results), name="pressmark-index")
            for jobs in self.jobs
        ]
        for process in self.processes:
            process.start()
        self.sent = 0

    def send(self, entries: list[dict]) -> None:
        self.jobs[self.sent % len(self.jobs)].put(entries)
        self.sent += 1

    def finish(self, timeout: float = 3600.0) -> list:
        """Wait for every worker's segment; raises RuntimeError if one failed."""
        for jobs in self.jobs:
            jobs.put(None)
        segments, problems = [], []
        for _ in self.processes:
            status, value = self.results.get(timeout=timeout)
            if status == "ok":
                if value is not None:
                    segments.append(value)
            else:
                problems.append(value)
        for process in self.processes:
            process.join(timeout=60)
        if problems:
            raise RuntimeError("an index worker failed: " + "; ".join(problems))
        return segments

    def stop(self) -> None:
        """End the workers at once (after a failure or a cancel); their files are left to
        the next commit's clean-up."""
        for process in self.processes:
            if process.is_alive():
                process.terminate()
            process.join(timeout=10)


def _segment_worker(folder: str, jobs, results) -> None:
    from catalog.workers import end_with_parent

    end_with_parent()
    try:
        index = whoosh_index.open_dir(folder, indexname=INDEX_NAME)
        writer = None
        while (entries := jobs.get()) is not None:
            if writer is None:
                writer = _Writer(index, _lk=False, limitmb=128)
            for entry in entries:
                writer.add_document(**entry)
        segment = None
        if writer is not None:
            # not writer._finish(): it would delete the temporary folder the parent's writer
            # shares; finalising already removed this writer's own temporary files
            segment = finalize_segment(writer)
        results.put(("ok", segment))
    except BaseException as exc:  # reported to the parent, which cancels the whole write
        results.put(("error", f"{type(exc).__name__}: {exc}"))


def commit_with_segments(writer: SegmentWriter, segments: list, mergetype) -> None:
    """``writer.commit(mergetype=...)``, adding ``segments`` written by SegmentWorkers."""
    internals.commit_with_segments(writer, segments, mergetype)


def _without_new(fields: dict) -> dict:
    return {name: value for name, value in fields.items() if name != "_new"}


class IndexBroken(Exception):
    """The index cannot be opened or read; it must be rebuilt."""


class SearchIndex:
    """A Whoosh index in one folder. Not thread-safe for writers: the catalogue serialises them.

    Two locks: ``_lock`` is held by a write (as long as it runs: seconds for an import) and
    by opening and closing; ``_read_lock`` only while the searcher is looked up or reopened,
    so a search on another thread never waits for a write.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._index: whoosh_index.Index | None = None
        self._searcher = None
        # open segment readers by segment id, shared by successive searchers: after a commit
        # only the new (or newly deleted-from) segments are opened
        self._readers: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._read_lock = threading.RLock()

    # ----- state -------------------------------------------------------------------------
    def _read_sync(self) -> dict | None:
        """The sync file's contents, or None when it is missing, unreadable or not an object."""
        try:
            state = json.loads((self.folder / SYNC_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) else None

    def synced_generation(self) -> int | None:
        """The database generation this index reflects, or None if unknown or mismatched."""
        state = self._read_sync()
        if state is None or state.get("schema") != SCHEMA_VERSION:
            return None
        generation = state.get("generation")
        return generation if isinstance(generation, int) else None

    def recorded_schema(self) -> int | None:
        """The schema version the index's sync file names, or None when it names none."""
        state = self._read_sync()
        schema = state.get("schema") if state is not None else None
        return schema if isinstance(schema, int) else None

    def mark_synced(self, generation: int) -> None:
        """Record atomically that the index reflects database ``generation``."""
        self._write_sync({"schema": SCHEMA_VERSION, "generation": generation})

    def _write_sync(self, state: dict) -> None:
        temp = self.folder / (SYNC_FILE + ".tmp")
        # whatever is under the temporary name (a leftover, or a link planted there) goes,
        # and the file is created anew, so nothing is ever written through a link
        temp.unlink(missing_ok=True)
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0), 0o644)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(json.dumps(state))
        os.replace(temp, self.folder / SYNC_FILE)

    def mark_unsynced(self) -> None:
        """Called before a write: a crash mid-write leaves the index known to be stale.
        A deferral's mark (:meth:`mark_deferred`) stays: it says that already, and more."""
        if self.deferred_from() is not None:
            return
        try:
            (self.folder / SYNC_FILE).unlink()
        except FileNotFoundError:
            pass

    def mark_deferred(self, generation: int, operation: int) -> None:
        """Record atomically that the index reflects database ``generation``, the catalogue's
        operations up to ``operation``, and that writes after it are not in the index yet
        (:meth:`catalog.store.Store.index_deferred`): stale, but it can catch up from the
        revisions of the later operations instead of being rebuilt."""
        self._write_sync({"schema": SCHEMA_VERSION, "deferred_from": {"generation": generation, "operation": operation}})

    def deferred_from(self) -> tuple[int, int] | None:
        """``(generation, operation)`` of a deferral's mark, or None."""
        state = self._read_sync()
        if state is None or state.get("schema") != SCHEMA_VERSION:
            return None
        mark = state.get("deferred_from")
        if not isinstance(mark, dict):
            return None
        generation, operation = mark.get("generation"), mark.get("operation")
        if isinstance(generation, int) and isinstance(operation, int):
            return generation, operation
        return None

    # ----- opening -----------------------------------------------------------------------
    def open(self) -> None:
        """Open the existing index, raising IndexBroken if it is missing or unreadable."""
        with self._lock:
            self.close()
            _remove_strange_write_lock(self.folder)
            try:
                if not whoosh_index.exists_in(str(self.folder), indexname=INDEX_NAME):
                    raise IndexBroken("no index")
                index = whoosh_index.open_dir(str(self.folder), indexname=INDEX_NAME)
                if set(index.schema.names()) != set(build_schema().names()):
                    raise IndexBroken("index schema differs")
                # reading every segment's doc count touches each segment's files
                index.doc_count_all()
                with index.searcher() as searcher:
                    searcher.doc_count()
            except IndexBroken:
                raise
            except Exception as exc:  # whoosh raises many kinds on damaged files
                raise IndexBroken(f"{type(exc).__name__}: {exc}") from exc
            with self._read_lock:
                self._index = index

    def create_empty(self) -> None:
        """Replace whatever is in the folder with a new empty index."""
        with self._lock:
            self.close()
            if self.folder.is_symlink() or (self.folder.exists() and not self.folder.is_dir()):
                self.folder.unlink()  # a link is removed, never followed into
            elif self.folder.exists():
                shutil.rmtree(self.folder)
            self.folder.mkdir(parents=True)
            created = whoosh_index.create_in(str(self.folder), build_schema(), indexname=INDEX_NAME)
            with self._read_lock:
                self._index = created

    def close(self) -> None:
        with self._lock, self._read_lock:
            self._searcher = None
            for reader in self._readers.values():
                reader.close()
            self._readers = {}
            if self._index is not None:
                self._index.close()
                self._index = None

    @property
    def is_open(self) -> bool:
        return self._index is not None

    # ----- writing -----------------------------------------------------------------------
    def writer(self, bulk: bool = False) -> IndexWriter:
        assert self._index is not None, "index not open"
        if bulk:
            return _Writer(self._index, limitmb=256)
        return _Writer(self._index, timeout=10.0)

    def apply(self, upserts: Iterable[dict], deletes: Iterable[str], generation: int) -> None:
        """Write changed records (dicts of fields incl. ``key``) and delete keys, then mark synced."""
        upserts = list(upserts)
        deletes = list(deletes)
        new = [fields for fields in upserts if fields.get("_new")]
        procs = segment_procs() if len(new) >= PARALLEL_MIN else 0
        with self._lock:
            self.mark_unsynced()
            writer = self.writer()
            workers = None
            try:
                if procs >= 2:
                    # many new records (a bundle): worker processes write them as new
                    # segments, on every core, while this one holds the lock
                    workers = SegmentWorkers(self.folder, procs)
                    for first in range(0, len(new), PARALLEL_CHUNK):
                        workers.send([_without_new(f) for f in new[first : first + PARALLEL_CHUNK]])
                    upserts = [fields for fields in upserts if not fields.get("_new")]
                for key in deletes:
                    writer.delete_by_term("key", key)
                for fields in upserts:
                    if fields.pop("_new", False):
                        writer.add_document(**fields)
                    else:
                        writer.update_document(**fields)
                segments = workers.finish() if workers is not None else []
            except BaseException:
                if workers is not None:
                    workers.stop()
                writer.cancel()
                raise
            # merging on every commit makes the user wait for merges (whoosh's spikes); never
            # merging makes every search visit more segments. Merge small segments only once
            # they pile up; big merges happen off the user's path (merge_segments()).
            if segments:
                commit_with_segments(writer, segments, merge_tiny_segments)
            else:
                writer.commit(mergetype=merge_tiny_segments)
            self._invalidate_searcher()
            self.mark_synced(generation)

    def segment_count(self) -> int:
        assert self._index is not None, "index not open"
        return len(self._index._segments())

    def merge_segments(self, optimize: bool = False) -> None:
        """Merge the small segments into one (:func:`merge_the_small_ones`), or, with
        ``optimize``, all into one; changes no content, so the synced generation stays."""
        from whoosh.writing import OPTIMIZE

        with self._lock:
            writer = self.writer()
            try:
                writer.commit(mergetype=OPTIMIZE if optimize else merge_the_small_ones)
            except BaseException:
                writer.cancel()
                raise
            self._invalidate_searcher()


    def _invalidate_searcher(self) -> None:
        # not closed: its segment readers live on in self._readers for the next searcher
        with self._read_lock:
            self._searcher = None

    def _open_searcher(self):
        """A searcher over the index's latest segments, reusing the readers of segments that
        have not changed. A segment's deletions only grow, so the same deletion count means
        the same segment."""
        from whoosh.reading import EmptyReader, MultiReader, SegmentReader
        from whoosh.searching import Searcher

        index = self._index
        toc = read_toc(index)
        readers: dict[str, object] = {}
        for segment in toc.segments:
            old = self._readers.get(segment.segment_id())
            if old is not None and old.segment().deleted_count() == segment.deleted_count():
                readers[segment.segment_id()] = old
            else:
                readers[segment.segment_id()] = SegmentReader(index.storage, index.schema, segment, generation=toc.generation)
        # readers merged away, or superseded by their newer deletions, are dropped but not
        # closed: a search on another thread may still be reading them through the searcher
        # it was given; they close (their mappings are unmapped) once no searcher holds them
        self._readers = readers
        if not readers:
            return Searcher(EmptyReader(index.schema), fromindex=index)
        # a MultiReader even for one segment: it carries the generation up_to_date() reads
        return Searcher(MultiReader(list(readers.values()), generation=toc.generation), fromindex=index)

    # ----- reading -----------------------------------------------------------------------
    def searcher(self):
        """A searcher kept open until the index changes (cheap to call per query); any thread,
        never waiting for a write under way (it reads the last commit). Raises IndexBroken
        when the index is closed (a rebuilt one is being swapped in)."""
        with self._read_lock:
            if self._index is None:  # closed, between the check of a search and its start
                raise IndexBroken("the search index is closed (it is being replaced); search again")
            if self._searcher is not None and not self._searcher.up_to_date():
                # another process (the CLI beside the GUI) committed to the index
                self._invalidate_searcher()
            if self._searcher is None:
                for attempt in range(3):
                    try:
                        self._searcher = self._open_searcher()
                        break
                    except FileNotFoundError:
                        # a commit on the writer replaced the table of contents just read and
                        # removed a segment it listed: read the new one
                        if attempt == 2:
                            raise
            return self._searcher

    def doc_count(self) -> int:
        return self.searcher().doc_count()

    def keys(self) -> set[str]:
        """Every record key in the index (used by the integrity check)."""
        searcher = self.searcher()
        return {fields["key"] for fields in searcher.all_stored_fields()}
