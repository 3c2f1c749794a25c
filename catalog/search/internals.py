"""Every private name of a library that Pressmark relies on, in one place: whoosh's (reading
postings and lengths in bulk, reading mapped segments in place, committing segments written
by other processes, the table of contents, a fuzzy term's expansions) and one of the standard
library's (a process pool's processes).

Each function states the behaviour it relies on; ``tests/catalog/search/test_internals.py``
checks each (against the public, slow way of getting the same answer where there is one), so
that an upgrade that changes one fails there, loudly, and nowhere else.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from collections.abc import Iterator
from itertools import accumulate

import numpy as np
from whoosh import query as wq
from whoosh.matching import FilterMatcher

_BLOCK_LENGTH = struct.Struct("!i")  # whoosh.system's int: a posting block's length, negative for the last
_BLOCK_MAGIC = b"W3Bl"  # whoosh.codec.whoosh3.WHOOSH3_HEADER_MAGIC, before a term's first block


class Blocks:
    """A term's postings in one leaf reader, deleted documents included, as arrays:
    ``ids`` (ascending, int64), ``weights`` (float64) and, when asked for, ``values`` (each
    posting's encoded value, e.g. the word's positions)."""

    __slots__ = ("ids", "weights", "values")

    def __init__(self, ids: np.ndarray, weights: np.ndarray, values: list | None) -> None:
        self.ids, self.weights, self.values = ids, weights, values


def read_blocks(reader, fieldname: str, btext: bytes, values: bool = False) -> Blocks:
    """Every posting of a term in the leaf ``reader``, deleted documents included.

    Whoosh 3 writes a term's postings (``W3LeafMatcher``: ``_postfile``, ``_startoffset``,
    ``_length``) as the header ``W3Bl``, then blocks of: the block's length as a big-endian
    int (negated for the last block); a pickled info tuple (count, last id, max weight,
    compression level, min and max length bytes); the pickled, perhaps zlib-compressed,
    tuple (ids as differences from the one before, starting from 0 in each block; weights
    as None for all 1.0, one float for all alike, or a tuple; values). Reading the blocks
    here, the ids summed in one numpy pass, is five times as fast as whoosh's matcher, which
    decodes each id in a Python generator and reads each block's info through three method
    calls. Other matchers (postings inlined in the term info) are stepped.
    """
    empty = Blocks(np.zeros(0, np.int64), np.zeros(0, np.float64), [] if values else None)
    if (fieldname, btext) not in reader:
        return empty
    matcher = reader.postings(fieldname, btext)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
    if getattr(matcher, "_byteids", True) or not all(hasattr(matcher, name) for name in ("_postfile", "_startoffset", "_length")):
        stepped: list[tuple[int, float, object]] = []
        while matcher.is_active():
            stepped.append((matcher.id(), matcher.weight(), matcher.value() if values else None))
            matcher.next()
        return Blocks(
            np.array([p[0] for p in stepped], np.int64),
            np.array([p[1] for p in stepped], np.float64),
            [p[2] for p in stepped] if values else None,
        )
    raw = matcher._postfile.get(matcher._startoffset, _extent_length(matcher._length))
    return _parsed_blocks(raw, matcher.format.fixed_value_size() if values else None, values)


def field_postings(reader, fieldname: str) -> Iterator[tuple[bytes, list[int]]]:
    """Each term of ``fieldname`` in the leaf ``reader``, in order, with the documents
    holding it (deleted ones included, ascending): :func:`read_blocks` for a whole field,
    without the matcher whoosh makes for each term (which reads the term's first block as
    it is made: most of the time for a field of 40,000 one-document terms, such as a facet's
    labels). Reads the terms' postings from whoosh 3's term infos (``is_inlined``,
    ``inlined_postings``, ``extent``) and the segment's postings file (``_terms._postfile``)
    where it can; otherwise term by term."""
    postfile = getattr(getattr(reader, "_terms", None), "_postfile", None)
    for btext, info in reader.iter_field(fieldname):
        if postfile is None or not all(hasattr(info, name) for name in ("is_inlined", "inlined_postings", "extent")):
            yield btext, read_blocks(reader, fieldname, btext).ids.tolist()
        elif info.is_inlined():
            yield btext, list(info.inlined_postings()[0])
        else:
            offset, length = info.extent()
            yield btext, _block_ids(postfile.get(offset, _extent_length(length)))


def _block_ids(raw: bytes) -> list[int]:
    """The documents of one term's postings (see :func:`read_blocks`), in plain Python: for
    a term in a few documents, numpy's set-up costs more than the work."""
    if raw[:4] != _BLOCK_MAGIC:
        raise ValueError("not whoosh 3 postings")
    stream = io.BytesIO(raw)
    ids: list[int] = []
    position, last = 4, False
    while not last and position < len(raw):
        (length,) = _BLOCK_LENGTH.unpack_from(raw, position)
        last = length < 0
        end = position + 4 + abs(length)
        stream.seek(position + 4)
        compression = pickle.load(stream)[3]
        data = raw[stream.tell() : end]
        ids.extend(accumulate(pickle.loads(zlib.decompress(data) if compression else data)[0]))  # from 0 in each block
        position = end
    return ids


def _extent_length(length) -> int:
    """A term info's postings length, which whoosh unpacks as a 1-tuple when it reads a segment."""
    return int(length[0] if isinstance(length, tuple) else length)


def _parsed_blocks(raw: bytes, fixed: int | None, values: bool) -> Blocks:
    """The postings of one term as whoosh 3 writes them (see :func:`read_blocks`); ``fixed``
    is the format's fixed value size. Raises ValueError when ``raw`` is not such postings."""
    if raw[:4] != _BLOCK_MAGIC:
        raise ValueError("not whoosh 3 postings")
    stream = io.BytesIO(raw)
    deltas: list[int] = []
    weights: list[float] = []
    kept: list = []
    starts: list[int] = []  # where each block's ids start, and the last id before it
    before: list[int] = []
    position, last_id, last = 4, 0, False
    while not last and position < len(raw):
        (length,) = _BLOCK_LENGTH.unpack_from(raw, position)
        last = length < 0
        end = position + 4 + abs(length)
        stream.seek(position + 4)
        count, block_last, _max_weight, compression, _low, _high = pickle.load(stream)
        data = raw[stream.tell() : end]
        block_ids, block_weights, block_values = pickle.loads(zlib.decompress(data) if compression else data)
        starts.append(len(deltas))
        before.append(last_id)
        deltas.extend(block_ids)
        if block_weights is None:
            weights.extend([1.0] * count)
        elif isinstance(block_weights, float):
            weights.extend([block_weights] * count)
        else:
            weights.extend(block_weights)
        if values:
            if fixed is None or fixed < 0:
                kept.extend(block_values)
            elif fixed == 0:
                kept.extend([None] * count)
            else:
                kept.extend(block_values[i : i + fixed] for i in range(0, len(block_values), fixed))
        last_id, position = block_last, end
    differences = np.array(deltas, dtype=np.int64)
    # each block's first id is absolute: make it a difference from the block before, then sum once
    differences[np.array(starts, dtype=np.int64)] -= np.array(before, dtype=np.int64)
    return Blocks(np.cumsum(differences), np.array(weights, dtype=np.float64), kept if values else None)


def read_postings(
    reader, fieldname: str, btext: bytes, weights: bool, deleted_too: bool = False
) -> tuple[list[int], list[float]]:
    """The live documents of the leaf ``reader`` holding a term (with ``deleted_too``, the
    deleted ones as well), and (with ``weights``) each one's weight: :func:`read_blocks` as
    lists."""
    blocks = read_blocks(reader, fieldname, btext)
    ids, found = blocks.ids.tolist(), blocks.weights.tolist() if weights else []
    deleted = None if deleted_too or not reader.has_deletions() else reader.deleted_docs_set
    if deleted:
        keep = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids = [ids[i] for i in keep]
        found = [found[i] for i in keep] if weights else found
    return ids, found


def read_values(reader, fieldname: str, btext: bytes, wanted: set[int]) -> dict[int, tuple[float, bytes]]:
    """For each document of ``wanted`` (local numbers of the leaf ``reader``) that holds the
    term, its posting's weight and encoded value (e.g. the word's positions), a posting
    block at a time: blocks holding none of ``wanted`` are passed over without decoding,
    and only the wanted values are kept. Reads whole block arrays (``_ids``, ``_weights``,
    ``_values`` of whoosh 3's ``W3LeafMatcher``) where it can; steps other matchers."""
    found: dict[int, tuple[float, bytes]] = {}
    if not wanted or (fieldname, btext) not in reader:
        return found
    matcher = reader.postings(fieldname, btext)
    if isinstance(matcher, FilterMatcher):  # the segment's deletions: wanted holds live ones
        matcher = matcher.child
    if not all(hasattr(matcher, name) for name in ("_read_ids", "_read_weights", "_read_values", "_next_block")):
        while matcher.is_active():
            if matcher.id() in wanted:
                found[matcher.id()] = (matcher.weight(), matcher.value())
            matcher.next()
        return found
    low = min(wanted)
    while matcher.is_active():
        if matcher.block_max_id() >= low:
            if matcher._ids is None:
                matcher._read_ids()
            ids = matcher._ids
            hits = [i for i in range(matcher._i, matcher._blocklength) if ids[i] in wanted]
            if hits:
                if matcher._weights is None:
                    matcher._read_weights()
                if matcher._values is None:
                    matcher._read_values()
                weights, values = matcher._weights, matcher._values
                for i in hits:
                    found[ids[i]] = (weights[i], values[i])
        matcher._next_block()
    return found


def length_bytes(reader, fieldname: str) -> bytes | None:
    """Each document's length in ``fieldname`` as whoosh stores it, one byte a document
    (``whoosh.util.numeric.byte_to_length`` decodes it; 0 when the document has none).

    Whoosh 3 keeps the lengths as a column of fixed one-byte values, cut short after the
    last document that has one; this reads the column's bytes at once instead of asking
    ``doc_field_length`` document by document. None when the reader is not a whoosh 3
    segment (the caller then asks document by document).
    """
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3PerDocReader, _lenfield

    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(perdoc, W3PerDocReader):
        return None
    size = reader.doc_count_all()
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if column is None:
        return bytes(size)
    count = min(column._count, size)
    stored = column._dbfile.get(column._basepos, count) if count else b""
    return bytes(stored) + bytes(size - count)


class _ViewReader:
    """A read-only file over a memoryview: each read copies what it reads, and no more."""

    __slots__ = ("_view", "_pos", "_size")

    def __init__(self, view) -> None:
        self._view = view
        self._pos = 0
        self._size = len(view)

    def read(self, size: int | None = -1) -> bytes:
        start = self._pos
        end = self._size if size is None or size < 0 else min(start + size, self._size)
        self._pos = max(start, end)
        return self._view[start:end].tobytes()

    def readline(self, size: int | None = -1) -> bytes:
        end = self._size if size is None or size < 0 else min(self._pos + size, self._size)
        chunk = self._view[self._pos : end].tobytes()
        newline = chunk.find(b"\n")
        if newline >= 0:
            chunk = chunk[: newline + 1]
        self._pos += len(chunk)
        return chunk

    def seek(self, offset: int, whence: int = 0) -> int:
        base = (0, self._pos, self._size)[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self) -> None:
        self._view = memoryview(b"")
        self._size = self._pos = 0


def read_segments_in_place() -> None:
    """Make whoosh read a segment's files where they are mapped, instead of copying each.

    Whoosh maps a segment's compound file and hands out each part as a ``BufferFile``, whose
    constructor wraps the mapped bytes in a ``BytesIO``: a copy of the whole part (the term
    dictionary, the postings, each column) every time one is opened. On a 20,000-document
    catalogue that was 490 MB copied when a catalogue opened, and most of the memory at
    100,000. Here the part is read through the mapping, copying only what is read (search
    reads a small share of it); ``get``/``get_array`` already slice the mapping directly.

    Relies on ``whoosh.filedb.compound`` naming ``BufferFile`` at module level for
    ``CompoundStorage.open_file``, and on ``StructFile`` reading through ``self.file``
    (``read``, ``readline``, ``seek``, ``tell``: checked in test_internals.py). Idempotent.
    """
    from whoosh.filedb import compound
    from whoosh.filedb.structfile import BufferFile

    if compound.BufferFile is not BufferFile:
        return  # done already

    class MappedFile(BufferFile):
        def __init__(self, buf, name=None, onclose=None):
            self._buf = buf
            self._name = name
            self.file = _ViewReader(buf)
            self.onclose = onclose
            self.is_real = False
            self.is_closed = False

        def subset(self, position, length, name=None):
            return MappedFile(self._buf[position : position + length], name=name or self._name)

    compound.BufferFile = MappedFile


def finalize_segment(writer):
    """Close ``writer``'s segment and return it, without committing it or deleting the
    temporary folder it shares with the writer of another process (whoosh's
    ``SegmentWriter._finalize_segment``; ``_finish`` would delete that folder)."""
    return writer._finalize_segment()


def commit_with_segments(writer, segments: list, mergetype) -> None:
    """``writer.commit(mergetype=...)``, adding ``segments`` that writers in other processes
    finalised (:func:`finalize_segment`): whoosh's commit, step by step (``_merge_segments``,
    ``_finalize_segment`` or ``_close_segment``, ``_commit_toc``, ``_finish``), with the
    extra segments put into the table of contents."""
    final = writer._merge_segments(mergetype, None, None)
    if writer._added:
        final.append(writer._finalize_segment())
    else:
        writer._close_segment()
    writer._commit_toc(final + segments)
    writer._finish()


def use_pool(writer, pool) -> None:
    """Make ``writer`` (a whoosh ``SegmentWriter`` just made, nothing added yet) hand its
    postings to ``pool``. Whoosh's writer calls only ``pool.add(posting)`` (from
    ``add_document`` and ``add_reader``), ``pool.iter_postings()`` (when it writes the
    segment) and ``pool.cleanup()`` (when it closes or cancels it)."""
    writer.pool = pool


def read_toc(index):
    """The index's current table of contents (its segments and generation), read afresh
    (whoosh's ``FileIndex._read_toc``), so that readers of unchanged segments can be kept."""
    return index._read_toc()


class ChoosingFuzzyTerm(wq.FuzzyTerm):
    """A fuzzy term whose expansions pass through :meth:`choose`: whoosh's ``FuzzyTerm``
    lists them in its private ``_btexts``, which this overrides."""

    def choose(self, ixreader, btexts):
        return btexts

    def _btexts(self, ixreader):
        return self.choose(ixreader, super()._btexts(ixreader))


def pool_processes(pool) -> list:
    """The worker processes of a ``concurrent.futures.ProcessPoolExecutor`` (its private
    ``_processes``: pid -> process), so that a failed import can end them at once; [] when
    it has none (yet, or any more)."""
    return list((getattr(pool, "_processes", None) or {}).values())
