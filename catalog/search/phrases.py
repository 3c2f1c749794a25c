"""Phrases found a word at a time in numpy, not a document at a time in Python.

A phrase of common words (``"market shares"`` at 100,000 documents) has tens of thousands of
candidates, the documents holding all its words. Checking them one by one, decoding each
word's positions into a set and narrowing the set word by word, cost 300-450 ms a phrase at
620,000 index entries. Here every occurrence of a word in a segment is one number,
``document << 32 | position`` (:func:`occurrence_keys`), sorted; a phrase starts where the
first word's number plus 1 is among the second word's numbers, plus 2 among the third's, and
so on (:func:`phrase_starts`): a few sorted searches over arrays.

A word's numbers for a whole segment are kept by :class:`~catalog.search.columns.SegmentColumns`
(like its postings), so the next phrase with that word reads no postings at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

# the CompactPositions kinds (catalog.search.positions): a kind byte, then each position's
# difference from the one before as little-endian numbers of one, two or four bytes
_KINDS = ((ord("B"), np.dtype("u1")), (ord("H"), np.dtype("<u2")), (ord("I"), np.dtype("<u4")))
_EMPTY = np.zeros(0, dtype=np.uint64)
_ITEM_SIZES = np.zeros(256, dtype=np.int64)  # by kind byte; 0: not a kind CompactPositions writes
for _code, _dtype in _KINDS:
    _ITEM_SIZES[_code] = _dtype.itemsize


def occurrence_keys(
    docnums: Sequence[int], values: Sequence[bytes], decode: Callable[[bytes], list[int]] | None = None
) -> np.ndarray:
    """Each occurrence of a word as ``docnum << 32 | position``, ascending, from its postings:
    the documents (ascending) and each one's encoded positions. The values are read as
    :class:`~catalog.search.positions.CompactPositions` encodes them, all at once; with
    ``decode`` (another format's ``decode_positions``) one by one instead."""
    if not docnums:
        return _EMPTY
    if decode is not None:
        lists = [decode(value) for value in values]
        counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
        positions = np.fromiter((p for found in lists for p in found), dtype=np.uint64, count=int(counts.sum()))
        return _keys(np.asarray(docnums, dtype=np.uint64), counts, positions)
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values))
    return _compact_keys(np.asarray(docnums, dtype=np.uint64), np.frombuffer(b"".join(values), dtype=np.uint8), lengths)


def _compact_keys(docs: np.ndarray, data: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """:func:`occurrence_keys` of CompactPositions values given joined: ``data`` (bytes as
    uint8) is the documents' values one after another, ``lengths`` each one's length.
    Raises ValueError for values CompactPositions does not write."""
    if not len(docs):
        return _EMPTY
    lengths = lengths.astype(np.int64)
    if int(lengths.sum()) != len(data) or not lengths.all():
        raise ValueError("positions whose lengths do not add up")
    docs = docs.astype(np.uint64)
    starts = np.cumsum(lengths) - lengths
    kinds = data[starts]
    sizes = _ITEM_SIZES[kinds]
    if not sizes.all():
        raise ValueError("positions in an encoding CompactPositions does not write")
    every_count = (lengths - 1) // sizes
    # each kind's keys are placed where their documents' keys go: in document order, so the
    # whole is sorted without a sort
    keys = np.empty(int(every_count.sum()), dtype=np.uint64)
    every_first = np.cumsum(every_count) - every_count
    for code, dtype in _KINDS:
        chosen = kinds == code
        if not chosen.any():
            continue
        body = np.repeat(chosen, lengths)
        body[starts[chosen]] = False  # the kind bytes
        deltas = data[body].view(dtype).astype(np.uint64)
        counts = every_count[chosen]
        # positions are running sums of the differences, restarted at each document
        running = np.cumsum(deltas)
        firsts = np.cumsum(counts) - counts
        before = running[firsts] - deltas[firsts]
        found = _keys(docs[chosen], counts, running - np.repeat(before, counts))
        if len(found) == len(keys):
            return found
        keys[np.repeat(every_first[chosen] - firsts, counts) + np.arange(len(found))] = found
    return keys


def _keys(docs: np.ndarray, counts: np.ndarray, positions: np.ndarray) -> np.ndarray:
    return (np.repeat(docs, counts) << np.uint64(32)) | positions.astype(np.uint64)


def phrase_starts(keys: Sequence[np.ndarray]) -> np.ndarray:
    """Where the phrase whose words' occurrences are ``keys`` (in the phrase's order) starts:
    the first word's keys whose next position holds the second word, the one after it the
    third, and so on. Starts from the word with the fewest occurrences."""
    if not keys or any(len(k) == 0 for k in keys):
        return _EMPTY
    rarest = min(range(len(keys)), key=lambda at: len(keys[at]))
    starts = keys[rarest][(keys[rarest] & np.uint64(0xFFFFFFFF)) >= rarest] - np.uint64(rarest)
    for offset, found in enumerate(keys):
        if offset == rarest:
            continue
        wanted = starts + np.uint64(offset)
        at = np.searchsorted(found, wanted)
        at[at == len(found)] = 0
        starts = starts[found[at] == wanted]
        if not len(starts):
            break
    return starts


def documents_of(starts: np.ndarray) -> np.ndarray:
    """The documents (ascending, once each) of phrase starts."""
    return np.unique(starts >> np.uint64(32)).astype(np.int64)
