"""A facet field's values for every document of a segment, coded as numbers, counted in numpy.

Counting a facet (actors, tags) over a search's matches was a Python step per match and per
value: at 620,000 entries, `market` matches 114,468 of them, and counting took longer than
finding them. :class:`FacetColumn` keeps each document's values as codes into ``labels``,
one run of codes a document (``starts[d]`` to ``starts[d + 1]``), as two arrays of 32-bit
numbers, so :meth:`FacetColumn.counts` is a few numpy operations whatever the number of
matches, and the column loads from disk as two byte strings.

numpy (already needed by language detection) is imported on first use, not when the
catalogue opens. Pure; any thread.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from catalog.search import docsets


@cache
def _numpy() -> Any:
    import numpy

    return numpy


class FacetColumn:
    """Each document's values of one facet field in one segment (see module doc). ``starts``
    and ``codes`` are little-endian unsigned 32-bit numbers as bytes."""

    __slots__ = ("labels", "starts", "codes")

    def __init__(self, labels: list[str], starts: bytes, codes: bytes):
        self.labels, self.starts, self.codes = labels, starts, codes

    @classmethod
    def read(cls, documents: int, values: list[tuple[str, list[int]]]) -> FacetColumn:
        """From ``(value, its documents)`` in the order a document's values should keep, for a
        segment of ``documents`` documents."""
        np = _numpy()
        labels = [label for label, _ids in values]
        if not values:
            return cls(labels, np.zeros(documents + 1, dtype="<u4").tobytes(), b"")
        docs = np.concatenate([np.asarray(ids, dtype=np.int64) for _label, ids in values])
        codes = np.concatenate([np.full(len(ids), code, dtype="<u4") for code, (_label, ids) in enumerate(values)])
        order = np.argsort(docs, kind="stable")  # by document; a document's values in term order
        starts = np.zeros(documents + 1, dtype="<u4")
        np.cumsum(np.bincount(docs, minlength=documents), out=starts[1:])
        return cls(labels, starts.tobytes(), codes[order].tobytes())

    def counts(self, matches) -> dict[str, int]:
        """How many of ``matches`` (document numbers: a list, a set or a numpy array, each once)
        hold each value."""
        found = self.code_counts(matches)
        return {self.labels[code]: int(found[code]) for code in _numpy().flatnonzero(found)}

    def code_counts(self, matches):
        """How many of ``matches`` hold each value, as an array by code (``labels``' order)."""
        np = _numpy()
        if isinstance(matches, set | frozenset):
            ids = np.fromiter(matches, dtype=np.int64, count=len(matches))
        else:
            ids = np.asarray(matches, dtype=np.int64)
        if not ids.size or not self.codes:
            return np.zeros(len(self.labels), dtype=np.int64)
        # read in place; only the matches' runs are widened (a copy of the whole column per
        # facet and search cost more than the count at a few hundred thousand documents)
        starts = np.frombuffer(self.starts, dtype="<u4")
        codes = np.frombuffer(self.codes, dtype="<u4")
        begins = starts[ids].astype(np.int64)
        lengths = starts[ids + 1].astype(np.int64) - begins
        total = int(lengths.sum())
        if not total:
            return np.zeros(len(self.labels), dtype=np.int64)
        # each match's run of codes: its begin, plus 0, 1, ... within the run
        into_output = np.cumsum(lengths) - lengths
        positions = np.repeat(begins - into_output, lengths) + np.arange(total)
        return np.bincount(codes[positions], minlength=len(self.labels))


class MergedLabels:
    """The values of one facet field across the segments of a search, each once, with each
    segment's codes mapped to them: counts of several segments add up in numpy, and one dict
    is made at the end (a dict and a Counter update per segment, for thousands of actors,
    cost more than finding a common word's matches). The empty value is left out."""

    __slots__ = ("labels", "maps", "empty")

    def __init__(self, columns: list[FacetColumn]):
        np = _numpy()
        index: dict[str, int] = {}
        self.maps = []
        for column in columns:
            self.maps.append(np.fromiter(
                (index.setdefault(str(label), len(index)) for label in column.labels),
                dtype=np.int64, count=len(column.labels),
            ))  # fmt: skip
        self.labels = np.array(list(index), dtype=object)
        self.empty = index.get("", -1)

    def counts(self, parts) -> dict[str, int]:
        """Value -> how many matches hold it, from ``(segment's index in the columns given,
        its FacetColumn.code_counts)`` for each segment with matches."""
        np = _numpy()
        total = np.zeros(len(self.labels), dtype=np.int64)
        for at, found in parts:
            np.add.at(total, self.maps[at], found)
        if self.empty >= 0:
            total[self.empty] = 0
        held = np.flatnonzero(total)
        return dict(zip(self.labels[held].tolist(), total[held].tolist(), strict=True))


def ids_of_bitmap(bits: int, documents: int):
    """The document numbers of a bitmap (:mod:`catalog.search.docsets`) as a numpy array, for
    :meth:`FacetColumn.counts`."""
    ids = docsets.ids_array(bits)
    return ids[ids < documents]
