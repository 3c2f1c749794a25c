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

import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from whoosh.fields import NUMERIC
from whoosh.matching import FilterMatcher

EMPTY: tuple[str, ...] = ()


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
    """Per-segment values of fields, keyed by segment id. See the module docstring."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, str, str], object] = {}
        self._lock = threading.Lock()

    def values(self, reader, fieldname: str) -> list[tuple[str, ...]]:
        """For each document number of the leaf ``reader``, the field's values (empty if none)."""
        return self._get(reader, fieldname, "values", _read_values)

    def numbers(self, reader, fieldname: str) -> NumberColumn:
        """The numeric (or date) field of the leaf ``reader`` as a sorted column."""
        return self._get(reader, fieldname, "numbers", _read_numbers)

    def lexicon(self, reader, fieldname: str) -> Lexicon:
        """The terms of a text field in the leaf ``reader``."""
        return self._get(reader, fieldname, "lexicon", _read_lexicon)

    def keep_only(self, searcher) -> None:
        """Forget segments that ``searcher`` no longer reads (merged away)."""
        live = {segment_key(reader) for reader, _offset in searcher.reader().leaf_readers()}
        with self._lock:
            for key in [key for key in self._entries if key[0] not in live]:
                del self._entries[key]

    def _get(self, reader, fieldname: str, kind: str, read):
        key = (segment_key(reader), fieldname, kind)
        entry = self._entries.get(key)
        if entry is None:
            entry = read(reader, fieldname)
            with self._lock:
                self._entries[key] = entry
        return entry


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
    if (fieldname, btext) not in reader:
        return [], []
    matcher = reader.postings(fieldname, btext)
    deleted = None
    if isinstance(matcher, FilterMatcher):
        deleted = reader.deleted_docs_set
        matcher = matcher.child
    ids: list[int] = []
    found: list[float] = []
    if hasattr(matcher, "_read_ids") and hasattr(matcher, "_read_weights") and hasattr(matcher, "_next_block"):
        while matcher.is_active():
            if matcher._ids is None:
                matcher._read_ids()
            ids.extend(matcher._ids[matcher._i : matcher._blocklength])
            if weights:
                if matcher._weights is None:
                    matcher._read_weights()
                found.extend(matcher._weights[matcher._i : matcher._blocklength])
            matcher._next_block()
    else:
        while matcher.is_active():
            ids.append(matcher.id())
            if weights:
                found.append(matcher.weight())
            matcher.next()
    if deleted:
        keep = [i for i, docnum in enumerate(ids) if docnum not in deleted]
        ids = [ids[i] for i in keep]
        found = [found[i] for i in keep] if weights else found
    return ids, found


def segment_key(reader) -> str:
    """The id of the leaf ``reader``'s segment, under which its columns are cached.

    An index with no segment yet (a fresh catalogue, or one whose first import was killed) is
    read through whoosh's ``EmptyReader``, which has no segment: it gets the key ``""``.
    """
    segment = reader.segment()
    return segment.segment_id() if segment is not None else ""


def _read_values(reader, fieldname: str) -> list[tuple[str, ...]]:
    values: list[tuple[str, ...]] = [EMPTY] * reader.doc_count_all()
    field = reader.schema[fieldname]
    for btext in field.sortable_terms(reader, fieldname):
        text = field.from_bytes(btext)
        for docnum in posting_ids(reader, fieldname, btext):
            values[docnum] = (*values[docnum], text)
    return values


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
