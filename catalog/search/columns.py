"""What searches read from every document of a segment, read once and kept per segment.

The schema stores no columns (whoosh's ``sortable`` fields), so facet values, dates and the
lexicons that prefix and fuzzy terms expand against can only be read back from the postings.
Doing that on every search cost more than the search. A segment never changes its documents
(it only gains deletions, which searches filter out), so :class:`SegmentColumns` keeps what it
read under the segment's id, for as long as the segment is among those searched: after a
commit only the new, small segments are read.

One instance belongs to the catalogue's query parser (:func:`catalog.search.query.build_parser`)
and is shared by the threads that search; building an entry twice in a race is harmless.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

import numpy as np
from whoosh.fields import NUMERIC
from whoosh.util.numeric import length_to_byte

from catalog.search import docsets
from catalog.search.facets import FacetColumn, MergedLabels
from catalog.search.internals import (
    field_postings,
    length_bytes,
    read_blocks,
    read_postings,
    read_values,
)
from catalog.search.phrases import occurrence_keys
from catalog.search.positions import CompactPositions

FOLDER = "columns"  # inside the index folder: the columns kept on disk


@dataclass(frozen=True)
class Lexicon:
    """One field's terms in one segment: sorted, with their document frequencies."""

    terms: list[str]
    frequency: dict[str, int]
    alphabet: frozenset[str]

    def starting_with(self, prefix: str) -> list[str]:
        return self.terms[bisect_left(self.terms, prefix) : bisect_left(self.terms, prefix + "\U0010ffff")]


@dataclass(frozen=True)
class NumberColumn:
    """One numeric field's full-precision values in one segment, sorted, with their documents."""

    values: list[int]
    docnums: list[int]

    def between(self, low: int | None, high: int | None, low_excluded: bool, high_excluded: bool) -> list[int]:
        start = 0 if low is None else (bisect_right if low_excluded else bisect_left)(self.values, low)
        end = len(self.values) if high is None else (bisect_left if high_excluded else bisect_right)(self.values, high)
        return self.docnums[start:end]


class SegmentColumns:
    """Per-segment values of fields, keyed by segment id. See the module docstring.

    With a ``folder``, the values, numbers, lexicons and lengths read from a segment are also
    kept on disk there (one small file each, named by segment, field and kind), since a
    segment never changes: the first search after opening a catalogue loads them instead of
    reading every posting of every facet again (at 20,000 documents, 1.4 s before the first
    results). A file that is missing, damaged or unreadable is read again from the postings
    and rewritten; one that cannot be written (a read-only catalogue, a full disk) is not.
    """

    POSTINGS_BUDGET = 8_000_000  # postings kept decoded (about 6 bytes each), least recently used go
    # a term in at least this many of a segment's documents is also kept decoded on disk, where
    # reading it again costs milliseconds instead of most of a second (whoosh decodes a
    # posting at a time: 0.3 s for half a million); rarer terms cost little to decode again
    POSTINGS_ON_DISK = 50_000
    MERGED_KEPT = 16  # facet fields' merged values: five facets of the searcher now and before
    OCCURRENCES_BUDGET = 4_000_000  # words' occurrences kept for phrases (8 bytes each): 32 MB

    def __init__(self, folder: Path | None = None, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable
        self._entries: dict[tuple[str, str, str], object] = {}
        self._lock = threading.Lock()
        self._postings: _TermCache[TermPostings] = _TermCache(lambda entry: len(entry.ids))
        self._merged: OrderedDict[tuple[tuple[str, ...], str], MergedLabels] = OrderedDict()
        self._occurrences: _TermCache[np.ndarray] = _TermCache(len)

    def facets(self, reader, fieldname: str) -> FacetColumn:
        """Each document's values of the facet field ``fieldname`` in the leaf ``reader``."""
        return self._get(reader, fieldname, "facets", _read_facets)

    def merged_labels(self, readers: list, fieldname: str) -> MergedLabels:
        """The values of the facet field ``fieldname`` across the leaf ``readers``, with each
        reader's codes mapped to them (kept for the last few sets of segments searched)."""
        key = (tuple(segment_key(reader) for reader in readers), fieldname)
        merged = self._merged.get(key)
        if merged is None:
            merged = MergedLabels([self.facets(reader, fieldname) for reader in readers])
            with self._lock:
                self._merged[key] = merged
                while len(self._merged) > self.MERGED_KEPT:
                    self._merged.popitem(last=False)
        return merged

    def numbers(self, reader, fieldname: str) -> NumberColumn:
        """The numeric (or date) field of the leaf ``reader`` as a sorted column."""
        return self._get(reader, fieldname, "numbers", _read_numbers)

    def lexicon(self, reader, fieldname: str) -> Lexicon:
        """The terms of a text field in the leaf ``reader``."""
        return self._get(reader, fieldname, "lexicon", _read_lexicon)

    def lengths(self, reader, fieldname: str) -> bytes | None:
        """Each document's length in ``fieldname`` as whoosh's length byte (None: no lengths)."""
        return self._get(reader, fieldname, "lengths", _read_lengths)

    def postings(self, reader, fieldname: str, btext: bytes) -> TermPostings:
        """A term's postings in the leaf ``reader``, deleted documents included (a segment's
        postings never change; its deletions do, so searches mask them out)."""
        return self._term_entry(
            self._postings, (segment_key(reader), fieldname, btext), self.POSTINGS_BUDGET,
            lambda: self._read_postings(reader, fieldname, btext),
        )  # fmt: skip

    def _read_postings(self, reader, fieldname: str, btext: bytes) -> TermPostings:
        """A term's postings from its file on disk, if it is frequent enough to have one
        (:attr:`POSTINGS_ON_DISK`), else from the segment (then written to that file)."""
        lengths = self.lengths(reader, fieldname)
        path = self._file((segment_key(reader), fieldname, f"t{hashlib.sha256(btext).hexdigest()[:24]}.postings"))
        if path is not None:
            stored = _load(path, "postings")  # most terms have no file: a failed open, microseconds
            if isinstance(stored, tuple):
                entry = TermPostings.from_plain(stored, lengths)
                if entry is not None:
                    return entry
        entry = TermPostings.read(reader, fieldname, btext, lengths)
        if path is not None and self.writable and len(entry.ids) >= self.POSTINGS_ON_DISK:
            _store(path, "postings", entry.plain())
        return entry

    def occurrences(self, reader, fieldname: str, btext: bytes) -> np.ndarray:
        """Every occurrence of a term in the leaf ``reader`` as ``docnum << 32 | position``,
        ascending, deleted documents included (:func:`catalog.search.phrases.occurrence_keys`);
        empty for a field without positions. Kept within :attr:`OCCURRENCES_BUDGET`, the
        least recently used forgotten first."""
        return self._term_entry(
            self._occurrences, (segment_key(reader), fieldname, btext), self.OCCURRENCES_BUDGET,
            lambda: self._read_occurrences(reader, fieldname, btext),
        )  # fmt: skip

    def _read_occurrences(self, reader, fieldname: str, btext: bytes) -> np.ndarray:
        """A term's occurrences from its file on disk, if it is frequent enough to have one
        (:attr:`POSTINGS_ON_DISK`), else from the segment (then written to that file if it
        is). The file holds them decoded (:func:`_plain_occurrences`): reading it back is
        three array operations, where decoding whoosh's took 15 ms for a common word."""
        path = self._file((segment_key(reader), fieldname, f"t{hashlib.sha256(btext).hexdigest()[:24]}.occurrences"))
        if path is not None:
            stored = _load(path, "occurrences")
            if isinstance(stored, tuple):
                keys = _occurrences_from_plain(stored)
                if keys is not None:
                    return keys
        keys = read_occurrences(reader, fieldname, btext)
        if path is not None and self.writable and len(keys) >= self.POSTINGS_ON_DISK:
            plain = _plain_occurrences(keys, reader.doc_count_all())
            if plain[0] >= self.POSTINGS_ON_DISK:
                _store(path, "occurrences", plain[1])
        return keys

    def has_occurrences(self, reader, fieldname: str, btext: bytes) -> bool:
        """Whether :meth:`occurrences` of the term are kept (reading them costs nothing)."""
        return (segment_key(reader), fieldname, btext) in self._occurrences.entries

    def _term_entry(self, cache: _TermCache[_Entry], key: tuple[str, str, bytes], budget: int, read: Callable[[], _Entry]) -> _Entry:
        """``cache``'s entry for ``key``, read (outside the lock) when it has none; building one
        twice in a race is harmless."""
        entry = cache.entries.get(key)
        if entry is not None:
            with self._lock:
                if key in cache.entries:
                    cache.entries.move_to_end(key)
            return entry
        entry = read()
        with self._lock:
            cache.add(key, entry, budget)
        return entry

    def keep_only(self, searcher) -> None:
        """Forget segments that ``searcher`` no longer reads (merged away)."""
        live = {segment_key(reader) for reader, _offset in searcher.reader().leaf_readers()}
        with self._lock:
            for key in [key for key in self._entries if key[0] not in live]:
                del self._entries[key]
            self._postings.forget_segments_but(live)
            for merged_key in [key for key in self._merged if not live.issuperset(key[0])]:
                del self._merged[merged_key]
            self._occurrences.forget_segments_but(live)
        if self.folder is not None and self.writable and live:
            _forget_files(self.folder, live)

    def _get(self, reader, fieldname: str, kind: str, read):
        key = (segment_key(reader), fieldname, kind)
        entry = self._entries.get(key)
        if entry is None:
            path = self._file(key)
            entry = _load(path, kind) if path is not None else _MISSING
            if entry is _MISSING:
                entry = read(reader, fieldname)
                if path is not None and self.writable:
                    _store(path, kind, entry)
            with self._lock:
                self._entries[key] = entry
        return entry

    def _file(self, key: tuple[str, str, str]) -> Path | None:
        segment, fieldname, kind = key
        if self.folder is None or not segment or not fieldname.isidentifier():
            return None
        return self.folder / f"{segment}.{fieldname}.{kind}"


# ----- the columns on disk --------------------------------------------------------------
# a file: MAGIC, then the SHA-256 of the rest (its first 16 bytes), then the column as plain
# values in ``marshal``'s format (lists, tuples, dicts, text, numbers, bytes: nothing that
# runs code when read). Written to a temporary name and renamed, so it is whole or absent.
_MAGIC = b"PMCOL1\n"
_MISSING = object()


def _plain(kind: str, entry) -> object:
    if kind == "numbers":
        return (entry.values, entry.docnums)
    if kind == "lexicon":
        return (entry.terms, entry.frequency)
    if kind == "facets":
        return (entry.labels, entry.starts, entry.codes)
    return entry  # lengths: bytes or None


def _from_plain(kind: str, plain):
    if kind == "numbers":
        values, docnums = plain
        return NumberColumn(list(values), list(docnums))
    if kind == "lexicon":
        terms, frequency = plain
        return Lexicon(list(terms), dict(frequency), frozenset("".join(terms)))
    if kind == "facets":
        labels, starts, codes = plain
        if not (isinstance(starts, bytes) and isinstance(codes, bytes) and len(starts) % 4 == 0 and len(codes) % 4 == 0):
            return _MISSING
        return FacetColumn(list(labels), starts, codes)
    if kind == "lengths":
        return plain if plain is None or isinstance(plain, bytes) else _MISSING
    if kind in ("postings", "occurrences"):
        return plain if isinstance(plain, tuple) else _MISSING  # checked as they are read
    return _MISSING


def _load(path: Path, kind: str):
    try:
        data = path.read_bytes()
    except OSError:
        return _MISSING
    head = len(_MAGIC) + 16
    if not data.startswith(_MAGIC) or hashlib.sha256(data[head:]).digest()[:16] != data[len(_MAGIC) : head]:
        return _MISSING
    try:
        return _from_plain(kind, marshal.loads(data[head:]))
    except (ValueError, EOFError, TypeError):
        return _MISSING


def _store(path: Path, kind: str, entry) -> None:
    try:
        payload = marshal.dumps(_plain(kind, entry))  # type: ignore[arg-type]  # plain values only
    except ValueError:  # a value marshal cannot hold: kept in memory only
        return
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(exist_ok=True)
        temporary.write_bytes(_MAGIC + hashlib.sha256(payload).digest()[:16] + payload)
        os.replace(temporary, path)
    except OSError:  # read-only folder, full disk: the column stays in memory
        temporary.unlink(missing_ok=True)


_KINDS = ("facets", "numbers", "lexicon", "lengths", "postings", "occurrences")  # what a column file may hold


def _forget_files(folder: Path, live: set[str]) -> None:
    """Remove the column files of segments that are no longer searched (merged away), and
    those of kinds no longer kept (an earlier version's: "values" were 24 MB at 620,000
    entries)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        segment = name.lstrip(".").split(".", 1)[0]
        stale = not name.startswith(".") and name.rsplit(".", 1)[-1] not in _KINDS
        if segment and (segment not in live or stale):
            try:
                (folder / name).unlink()
            except OSError:
                pass


_Entry = TypeVar("_Entry")


class _TermCache(Generic[_Entry]):
    """Entries by (segment, field, term), with their sizes' total: :meth:`add` forgets the least
    recently used while the total passes a budget (the newest always stays). The caller holds
    its lock around :meth:`add` and :meth:`forget_segments_but`."""

    def __init__(self, size: Callable[[_Entry], int]):
        self.entries: OrderedDict[tuple[str, str, bytes], _Entry] = OrderedDict()
        self.total = 0
        self._size = size

    def add(self, key: tuple[str, str, bytes], entry: _Entry, budget: int) -> None:
        if key not in self.entries:
            self.entries[key] = entry
            self.total += self._size(entry)
        while self.total > budget and len(self.entries) > 1:
            _key, old = self.entries.popitem(last=False)
            self.total -= self._size(old)

    def forget_segments_but(self, live: set[str]) -> None:
        """Forget the entries of segments not in ``live``."""
        for key in [key for key in self.entries if key[0] not in live]:
            self.total -= self._size(self.entries.pop(key))


class TermPostings:
    """One term's postings in one segment, compact: the documents (``ids``, ascending) and,
    for each, a ``key`` that fixes its score for the term: ``code << 8 | length byte``, where
    ``weights[code]`` is the document's weight (how often it holds the term, times the
    field's boost) and the length byte is whoosh's coding of the field's length. A term's
    BM25 score is a function of the weight and the length alone, so scoring a term is one
    table look-up per posting (:mod:`catalog.search.ranking`). ``bits`` is the documents as a
    bitmap (:mod:`catalog.search.docsets`), made when first asked for.
    """

    __slots__ = ("ids", "keys", "weights", "size", "_bits", "_distinct")

    def __init__(self, ids: array, keys: array, weights: list[float], size: int):
        self.ids, self.keys, self.weights, self.size = ids, keys, weights, size
        self._bits: int | None = None
        self._distinct: list[int] | None = None

    def arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """``ids`` and ``keys`` as numpy arrays (views of the same memory, no copy)."""
        return np.frombuffer(self.ids, dtype=self.ids.typecode), np.frombuffer(self.keys, dtype=self.keys.typecode)

    def distinct_keys(self) -> list[int]:
        """The keys the postings hold, each once (a term's score table has one entry each)."""
        distinct = self._distinct
        if distinct is None:
            keys = self.arrays()[1]
            # a count by key, not numpy's unique: no sort, and unique's first call imports numpy.ma (35 ms)
            if not len(keys):
                distinct = []
            elif int(keys.max()) < 1 << 22:
                distinct = np.flatnonzero(np.bincount(keys)).tolist()
            else:
                distinct = np.unique(keys).tolist()
            self._distinct = distinct
        return distinct

    @classmethod
    def read(cls, reader, fieldname: str, btext: bytes, lengths: bytes | None) -> TermPostings:
        blocks = read_blocks(reader, fieldname, btext)
        distinct = sorted(set(blocks.weights.tolist()))
        codes = np.searchsorted(np.array(distinct, dtype=np.float64), blocks.weights).astype(np.int64) << 8
        if lengths is not None:
            codes |= np.frombuffer(lengths, dtype=np.uint8)[blocks.ids]
        ids = array("i", blocks.ids.astype(np.int32).tobytes())
        keys = array("H" if len(distinct) <= 256 else "I", codes.astype(np.uint16 if len(distinct) <= 256 else np.uint32).tobytes())
        return cls(ids, keys, distinct, reader.doc_count_all())

    def plain(self) -> tuple:
        """The postings as plain values to keep on disk (:meth:`from_plain`): the size, the
        documents as a bitmap of ``size`` bits or as 32-bit numbers (whichever is smaller),
        each one's weight code, and the weights. The length bytes are not kept: they are the
        segment's lengths column."""
        ids, keys = self.arrays()
        codes = (keys >> 8).astype(np.uint8 if len(self.weights) <= 256 else "<u4")
        return (self.size, *_packed_documents(ids, self.size), codes.tobytes(), tuple(self.weights))

    @classmethod
    def from_plain(cls, plain: tuple, lengths: bytes | None) -> TermPostings | None:
        """The postings :meth:`plain` gave, or None when ``plain`` is not what it gives."""
        try:
            size, as_bits, documents, codes, weights = plain
            ids = _unpacked_documents(size, as_bits, documents)
            wide = len(weights) > 256
            keys = np.frombuffer(codes, dtype="<u4" if wide else np.uint8).astype(np.int64)
            if len(keys) != len(ids) or (len(ids) and (ids[-1] >= size or keys.max() >= len(weights))):
                return None
            keys <<= 8
            if lengths is not None:
                if len(lengths) < size:
                    return None
                keys |= np.frombuffer(lengths, dtype=np.uint8)[ids]
            return cls(
                array("i", ids.astype(np.int32).tobytes()),
                array("I" if wide else "H", keys.astype(np.uint32 if wide else np.uint16).tobytes()),
                [float(weight) for weight in weights],
                int(size),
            )
        except (ValueError, TypeError):
            return None

    @property
    def bits(self) -> int:
        bits = self._bits
        if bits is None:
            bits = self._bits = docsets.from_ids(self.ids, self.size)
        return bits


def _packed_documents(ids: np.ndarray, size: int) -> tuple[bool, bytes]:
    """Ascending document numbers below ``size`` as the smaller of a bitmap (True) and
    32-bit numbers (False)."""
    if size < 32 * len(ids):
        flags = np.zeros(size, dtype=bool)
        flags[ids] = True
        return True, np.packbits(flags, bitorder="little").tobytes()
    return False, ids.astype("<i4").tobytes()


def _unpacked_documents(size: int, as_bits: bool, documents: bytes) -> np.ndarray:
    """The document numbers :func:`_packed_documents` packed. Raises ValueError, TypeError."""
    if as_bits:
        return np.flatnonzero(np.unpackbits(np.frombuffer(documents, dtype=np.uint8), count=size, bitorder="little"))
    return np.frombuffer(documents, dtype="<i4")


def _plain_occurrences(keys: np.ndarray, size: int) -> tuple[int, tuple]:
    """How many documents hold the occurrences ``keys`` (:func:`occurrence_keys`, ``size``
    documents in the segment), and the occurrences as plain values to keep on disk: the size,
    the documents (:func:`_packed_documents`), how many times each holds the word and the
    positions, as two-byte numbers where every one fits, else four."""
    docnums = (keys >> np.uint64(32)).astype(np.int64)
    firsts = np.flatnonzero(np.concatenate(([True], docnums[1:] != docnums[:-1])))
    counts = np.diff(np.append(firsts, len(keys)))
    positions = keys & np.uint64(0xFFFFFFFF)
    counts_wide = bool(counts.max() > 0xFFFF)
    positions_wide = bool(positions.max() > 0xFFFF)
    return len(firsts), (
        size,
        *_packed_documents(docnums[firsts], size),
        counts.astype("<u4" if counts_wide else "<u2").tobytes(),
        counts_wide,
        positions.astype("<u4" if positions_wide else "<u2").tobytes(),
        positions_wide,
    )


def _occurrences_from_plain(plain: tuple) -> np.ndarray | None:
    """The occurrence keys :func:`_plain_occurrences` kept, or None when ``plain`` is not
    what it gives."""
    try:
        size, as_bits, documents, counts, counts_wide, positions, positions_wide = plain
        docnums = _unpacked_documents(size, as_bits, documents)
        per_document = np.frombuffer(counts, dtype="<u4" if counts_wide else "<u2").astype(np.int64)
        at = np.frombuffer(positions, dtype="<u4" if positions_wide else "<u2").astype(np.uint64)
        if len(per_document) != len(docnums) or int(per_document.sum()) != len(at) or (len(docnums) and docnums[-1] >= size):
            return None
        return (np.repeat(docnums.astype(np.uint64), per_document) << np.uint64(32)) | at
    except (ValueError, TypeError):
        return None


def read_occurrences(reader, fieldname: str, btext: bytes, wanted: set[int] | None = None) -> np.ndarray:
    """A term's occurrences in the leaf ``reader`` as :func:`~catalog.search.phrases.occurrence_keys`
    gives them: in every document holding it, deleted ones included, or (with ``wanted``) in
    those of ``wanted`` only, reading only the posting blocks that hold one of them."""
    field = reader.schema[fieldname] if fieldname in reader.schema else None
    if field is None or not field.format or not field.format.supports("positions"):
        return occurrence_keys([], [])
    if wanted is None:
        blocks = read_blocks(reader, fieldname, btext, values=True)
        docnums, values = blocks.ids.tolist(), blocks.values or []
    else:
        found = read_values(reader, fieldname, btext, wanted)
        docnums = sorted(found)
        values = [found[docnum][1] for docnum in docnums]
    decode = None if isinstance(field.format, CompactPositions) else field.format.decode_positions
    return occurrence_keys(docnums, values, decode)


def posting_ids(reader, fieldname: str, btext: bytes) -> list[int]:
    """The live documents of the leaf ``reader`` that hold a term, a block at a time.

    Reading block arrays instead of stepping the matcher one posting at a time is what makes
    a frequent term cheap; other matchers (e.g. postings inlined in the term info) are stepped.
    """
    return _postings(reader, fieldname, btext, weights=False)[0]


def posting_weights(reader, fieldname: str, btext: bytes) -> tuple[list[int], list[float]]:
    """Like :func:`posting_ids`, with each document's weight (how often it holds the term)."""
    return _postings(reader, fieldname, btext, weights=True)


def _postings(reader, fieldname: str, btext: bytes, weights: bool) -> tuple[list[int], list[float]]:
    return read_postings(reader, fieldname, btext, weights)


def segment_key(reader) -> str:
    """The id of the leaf ``reader``'s segment, under which its columns are cached.

    An index with no segment yet (a fresh catalogue, or one whose first import was killed) is
    read through whoosh's ``EmptyReader``, which has no segment: it gets the key ``""``.
    """
    segment = reader.segment()
    return segment.segment_id() if segment is not None else ""


def _read_lengths(reader, fieldname: str) -> bytes | None:
    field = reader.schema[fieldname] if fieldname in reader.schema else None
    if field is None or not field.scorable:
        return None
    stored = length_bytes(reader, fieldname)
    if stored is None:  # not a whoosh 3 segment: document by document
        stored = bytes(length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0) for d in range(reader.doc_count_all()))
    return stored


def _read_facets(reader, fieldname: str) -> FacetColumn:
    field = reader.schema[fieldname]
    deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
    values = []
    for btext, ids in field_postings(reader, fieldname):
        values.append((field.from_bytes(btext), [d for d in ids if d not in deleted] if deleted else ids))
    return FacetColumn.read(reader.doc_count_all(), values)


def _read_numbers(reader, fieldname: str) -> NumberColumn:
    field = reader.schema[fieldname]
    pairs: list[tuple[int, int]] = []
    for btext in field.sortable_terms(reader, fieldname):
        # the raw number (a DATETIME's is its ticks), as range queries hold their ends
        number = int(NUMERIC.from_bytes(field, btext))
        pairs.extend((number, docnum) for docnum in posting_ids(reader, fieldname, btext))
    pairs.sort()
    return NumberColumn([value for value, _ in pairs], [docnum for _, docnum in pairs])


def _read_lexicon(reader, fieldname: str) -> Lexicon:
    field = reader.schema[fieldname]
    frequency = {field.from_bytes(btext): info.doc_frequency() for btext, info in reader.iter_field(fieldname)}
    terms = sorted(frequency)
    return Lexicon(terms, frequency, frozenset("".join(terms)))
