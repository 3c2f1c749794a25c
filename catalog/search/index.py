"""The Whoosh index as a derived store: open, check, write, rebuild.

The database is the truth. :class:`SearchIndex` records, next to the index, which database
generation it reflects (``pressmark-sync.json``); the catalogue compares that with its own
generation on open and rebuilds an index that is missing, broken, stale or of another schema.
All writes happen on the catalogue's single writer; searchers are reopened when the index
changes.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from collections.abc import Iterable
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.writing import MERGE_SMALL, IndexWriter, SegmentWriter

from catalog.search.schema import SCHEMA_VERSION, build_schema

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
SYNC_FILE = "pressmark-sync.json"


class _MemoLengths:
    """A segment's field lengths, read once per document and field.

    Whoosh's writer asks for a document's field length once per *posting* while it writes a
    segment (a word that occurs in a document is one posting): about a fifth of the
    time of writing a segment went to the same lookups again.
    """

    def __init__(self, reader):
        self._reader = reader
        self._memo: dict[tuple[int, str], int] = {}

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        key = (docnum, fieldname)
        length = self._memo.get(key)
        if length is None:
            length = self._memo[key] = self._reader.doc_field_length(docnum, fieldname, default)
        return length

    def __getattr__(self, name: str):
        return getattr(self._reader, name)


class _Writer(SegmentWriter):
    """Whoosh's segment writer, with field lengths memoised while a segment is written."""

    def per_document_reader(self):
        return _MemoLengths(super().per_document_reader())


class IndexBroken(Exception):
    """The index cannot be opened or read; it must be rebuilt."""


class SearchIndex:
    """A Whoosh index in one folder. Not thread-safe for writers: the catalogue serialises them."""

    def __init__(self, folder: Path):
        self.folder = folder
        self._index: whoosh_index.Index | None = None
        self._searcher = None
        self._lock = threading.RLock()

    # ----- state -------------------------------------------------------------------------
    def synced_generation(self) -> int | None:
        """The database generation this index reflects, or None if unknown or mismatched."""
        try:
            state = json.loads((self.folder / SYNC_FILE).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("schema") != SCHEMA_VERSION:
            return None
        generation = state.get("generation")
        return generation if isinstance(generation, int) else None

    def mark_synced(self, generation: int) -> None:
        """Record atomically that the index reflects database ``generation``."""
        temp = self.folder / (SYNC_FILE + ".tmp")
        temp.write_text(json.dumps({"schema": SCHEMA_VERSION, "generation": generation}), "utf-8")
        os.replace(temp, self.folder / SYNC_FILE)

    def mark_unsynced(self) -> None:
        """Called before a write: a crash mid-write leaves the index known to be stale."""
        try:
            (self.folder / SYNC_FILE).unlink()
        except FileNotFoundError:
            pass

    # ----- opening -----------------------------------------------------------------------
    def open(self) -> None:
        """Open the existing index, raising IndexBroken if it is missing or unreadable."""
        with self._lock:
            self.close()
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
            self._index = index

    def create_empty(self) -> None:
        """Replace whatever is in the folder with a new empty index."""
        with self._lock:
            self.close()
            if self.folder.exists():
                shutil.rmtree(self.folder)
            self.folder.mkdir(parents=True)
            self._index = whoosh_index.create_in(str(self.folder), build_schema(), indexname=INDEX_NAME)

    def close(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None
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
        with self._lock:
            self.mark_unsynced()
            writer = self.writer()
            try:
                for key in deletes:
                    writer.delete_by_term("key", key)
                for fields in upserts:
                    if fields.pop("_new", False):
                        writer.add_document(**fields)
                    else:
                        writer.update_document(**fields)
            except BaseException:
                writer.cancel()
                raise
            # merging on every commit makes the user wait for merges (whoosh's spikes); never
            # merging makes every search visit more segments. Merge small segments only once
            # they pile up; big merges happen off the user's path (merge_segments()).
            writer.commit(mergetype=merge_tiny_segments)
            self._invalidate_searcher()
            self.mark_synced(generation)

    def segment_count(self) -> int:
        assert self._index is not None, "index not open"
        return len(self._index._segments())

    def merge_segments(self, optimize: bool = False) -> None:
        """Merge small segments (or, with ``optimize``, all into one); changes no content,
        so the synced generation stays as it is."""
        from whoosh.writing import OPTIMIZE

        with self._lock:
            writer = self.writer()
            try:
                writer.commit(mergetype=OPTIMIZE if optimize else MERGE_SMALL)
            except BaseException:
                writer.cancel()
                raise
            self._invalidate_searcher()


    def _invalidate_searcher(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
            self._searcher = None

    # ----- reading -----------------------------------------------------------------------
    def searcher(self):
        """A searcher kept open until the index changes (cheap to call per query)."""
        with self._lock:
            assert self._index is not None, "index not open"
            if self._searcher is not None and not self._searcher.up_to_date():
                # another process (the CLI beside the GUI) committed to the index
                self._invalidate_searcher()
            if self._searcher is None:
                self._searcher = self._index.searcher()
            return self._searcher

    def doc_count(self) -> int:
        return self.searcher().doc_count()

    def keys(self) -> set[str]:
        """Every record key in the index (used by the integrity check)."""
        searcher = self.searcher()
        return {fields["key"] for fields in searcher.all_stored_fields()}
