"""Queries that match from cached columns and fixed term sets, and the documents of a query.

:class:`ColumnRange` replaces whoosh's date ranges, which expand into hundreds of index terms
of several precisions: it reads the documents straight off a sorted column of dates.
:class:`TermSet` is a prefix or fuzzy term after expansion (see :mod:`catalog.search.patterns`):
fixed terms, matched with one constant score from the union of their postings.

:func:`matching_docs` finds every document a query matches without scoring them, by set
algebra over posting lists where the query is made of words, terms and ranges, and with
whoosh's matchers where it is not (phrases). It gives the exact total and the facet counts,
while whoosh scores only what it needs for the page.
"""

from __future__ import annotations

from bisect import bisect_left

from whoosh import query as wq
from whoosh.matching import ListMatcher, NullMatcher

from catalog.search.columns import SegmentColumns, posting_ids, posting_weights, segment_key


class SortedIds(ListMatcher):
    """A matcher over sorted document numbers that skips by bisection; each document scores
    its weight in ``weights``, or ``score`` when there are none.

    It reports the best score of each run of BLOCK documents, as whoosh's posting blocks do,
    so a top-N search skips the runs that cannot reach its bar instead of scoring them.
    """

    BLOCK = 64

    def __init__(self, ids: list[int], score: float = 1.0, weights: list[float] | None = None):
        super().__init__(ids, weights=weights, all_weights=None if weights else score)
        if weights:
            self._block_best = [max(weights[at : at + self.BLOCK]) for at in range(0, len(weights), self.BLOCK)]
        else:
            self._block_best = [score] * (len(ids) // self.BLOCK + 1)
        # best score from each block to the end: what replace() compares with whoosh's bar
        self._rest_best = list(self._block_best)
        for at in range(len(self._rest_best) - 2, -1, -1):
            self._rest_best[at] = max(self._rest_best[at], self._rest_best[at + 1])

    def next(self):
        self._i += 1
        return self._i % self.BLOCK == 0  # True on entering a block: whoosh checks its quality

    def skip_to(self, id):
        if self._i < len(self._ids) and self._ids[self._i] < id:
            block = self._i // self.BLOCK
            self._i = bisect_left(self._ids, id, self._i)
            return self._i // self.BLOCK != block
        return False

    def copy(self):
        clone = SortedIds.__new__(SortedIds)
        clone.__dict__.update(self.__dict__)
        return clone

    def supports_block_quality(self):
        return True

    def max_quality(self):
        return self._rest_best[self._i // self.BLOCK] if self.is_active() else 0.0

    def block_max_weight(self):
        return self.max_quality()

    def block_quality(self):
        return self._block_best[self._i // self.BLOCK] if self.is_active() else 0.0

    def skip_to_quality(self, minquality):
        skipped = 0
        while self.is_active() and self.block_quality() <= minquality:
            self._i = (self._i // self.BLOCK + 1) * self.BLOCK
            skipped += 1
        return skipped


class ColumnRange(wq.Query):
    """Documents whose number (or date) in ``fieldname`` lies in a range, read from a column."""

    def __init__(self, fieldname, start, end, startexcl, endexcl, columns: SegmentColumns, boost=1.0):  # noqa: PLR0913
        self.fieldname = fieldname
        self.start, self.end = start, end
        self.startexcl, self.endexcl = startexcl, endexcl
        self.columns = columns
        self.boost = boost

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"{type(self).__name__}({self.fieldname!r}, {self.start!r}, {self.end!r})"

    def _key(self):
        return (self.fieldname, self.start, self.end, self.startexcl, self.endexcl, self.boost)

    def field(self):
        return self.fieldname

    def is_leaf(self):
        return True

    def docs_in(self, reader) -> list[int]:
        """Sorted live document numbers of the leaf ``reader`` in the range."""
        column = self.columns.numbers(reader, self.fieldname)
        docnums = sorted(column.between(self.start, self.end, self.startexcl, self.endexcl))
        deleted = reader.deleted_docs_set if reader.has_deletions() else None
        return [d for d in docnums if d not in deleted] if deleted else docnums

    def estimate_size(self, ixreader):
        return sum(len(self.docs_in(reader)) for reader, _ in ixreader.leaf_readers())

    def estimate_min_size(self, ixreader):
        return self.estimate_size(ixreader)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if not reader.is_atomic():
            return super().matcher(searcher, context)
        ids = self.docs_in(reader)
        return SortedIds(ids, self.boost) if ids else NullMatcher()

    def docs(self, searcher):
        for reader, offset in searcher.reader().leaf_readers():
            for docnum in self.docs_in(reader):
                yield offset + docnum


class TermSet(wq.MultiTerm):
    """Fixed terms of one field, matched together (an expanded pattern).

    As whoosh scores a constant-score prefix or fuzzy term, a document scores how often it
    holds any of the terms, times the boost, with no weighting by rarity or length.
    """

    constantscore = True

    def __init__(self, fieldname: str, texts: list[str], boost: float = 1.0):
        self.fieldname = fieldname
        self.texts = list(texts)
        self.boost = boost
        self._read: dict[str, list[tuple[str, list[int], list[float]]]] = {}  # by segment id

    def __eq__(self, other):
        return type(self) is type(other) and (self.fieldname, self.texts, self.boost) == (other.fieldname, other.texts, other.boost)

    def __hash__(self):
        return hash((self.fieldname, tuple(self.texts), self.boost))

    def __repr__(self):
        return f"{type(self).__name__}({self.fieldname!r}, {self.texts!r})"

    def _btexts(self, ixreader):
        field = ixreader.schema[self.fieldname]
        return [field.to_bytes(text) for text in self.texts]

    def postings_in(self, reader) -> list[tuple[str, list[int], list[float]]]:
        """``(term, documents, weights)`` of each term in the leaf ``reader``, read once a query."""
        key = segment_key(reader)
        lists = self._read.get(key)
        if lists is None:
            field = reader.schema[self.fieldname]
            lists = []
            for text in self.texts:
                ids, weights = posting_weights(reader, self.fieldname, field.to_bytes(text))
                if ids:
                    lists.append((text, ids, weights))
            self._read[key] = lists
        return lists

    def docs_in(self, reader) -> set[int]:
        found: set[int] = set()
        for _text, ids, _weights in self.postings_in(reader):
            found.update(ids)
        return found

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if not reader.is_atomic():
            return super().matcher(searcher, context)
        weight: dict[int, float] = {}
        self.add_weights(reader, weight)
        if not weight:
            return NullMatcher()
        ids = sorted(weight)
        return SortedIds(ids, weights=[weight[docnum] for docnum in ids])

    def add_weights(self, reader, weight: dict[int, float]) -> None:
        """Add each document's score for this term set to ``weight`` (by document number)."""
        boost = self.boost
        for _text, ids, weights in self.postings_in(reader):
            for docnum, value in zip(ids, weights, strict=True):
                weight[docnum] = weight.get(docnum, 0.0) + value * boost


class TermSetUnion(wq.Query):
    """Several TermSets (one pattern over several fields) matched as one list of documents.

    A document scores the sum of its parts' scores. One list instead of a tree of unions is
    cheaper to step through, and its block qualities are exact, where whoosh's union of
    block qualities may skip a document whose parts sit in different blocks.
    """

    def __init__(self, parts: list[TermSet]):
        self.parts = list(parts)
        self.boost = 1.0

    def __eq__(self, other):
        return type(self) is type(other) and self.parts == other.parts

    def __hash__(self):
        return hash(tuple(self.parts))

    def __repr__(self):
        return f"{type(self).__name__}({self.parts!r})"

    def is_leaf(self):
        return False

    def children(self):
        return list(self.parts)

    def apply(self, fn):
        return TermSetUnion([fn(part) for part in self.parts])

    def docs_in(self, reader) -> set[int]:
        found: set[int] = set()
        for part in self.parts:
            found |= part.docs_in(reader)
        return found

    def estimate_size(self, ixreader):
        return sum(part.estimate_size(ixreader) for part in self.parts)

    def matcher(self, searcher, context=None):
        reader = searcher.reader()
        if not reader.is_atomic():
            return wq.Or(self.parts).matcher(searcher, context)
        weight: dict[int, float] = {}
        for part in self.parts:
            part.add_weights(reader, weight)
        if not weight:
            return NullMatcher()
        ids = sorted(weight)
        return SortedIds(ids, weights=[weight[docnum] for docnum in ids])


def matching_docs(searcher, query) -> list[tuple[object, int, set[int]]]:
    """``(leaf reader, document offset, local document numbers)`` for each segment searched."""
    out = []
    for subsearcher, offset in searcher.leaf_searchers():
        out.append((subsearcher.reader(), offset, _docs(query, subsearcher)))
    return out


def by_segment(searcher, docnums) -> list[tuple[object, int, set[int]]]:
    """Like :func:`matching_docs`, for documents already known by their index-wide numbers."""
    out = []
    for reader, offset in searcher.reader().leaf_readers():
        end = offset + reader.doc_count_all()
        out.append((reader, offset, {docnum - offset for docnum in docnums if offset <= docnum < end}))
    return out


def _docs(query, searcher) -> set[int]:  # noqa: PLR0911 - one case per kind of query
    reader = searcher.reader()
    if isinstance(query, wq.Term) and type(query) is wq.Term:
        field = reader.schema[query.fieldname] if query.fieldname in reader.schema else None
        if field is None:
            return set()
        return set(posting_ids(reader, query.fieldname, field.to_bytes(query.text)))
    if isinstance(query, ColumnRange | TermSet | TermSetUnion):
        return set(query.docs_in(reader))
    if type(query) is wq.And:
        if not all(_by_sets(child) for child in query.children()):
            # e.g. a phrase within a record type: whoosh's intersection lets the rare side
            # drive, where reading the phrase's every match first would not
            return set(query.matcher(searcher).all_ids()) - _deleted(reader)
        return _all_of(query.children(), searcher)
    if type(query) is wq.Or and not query.minmatch:
        found: set[int] = set()
        for child in query.children():
            found |= _docs(child, searcher)
        return found
    if isinstance(query, wq.AndNot):
        return _docs(query.a, searcher) - _docs(query.b, searcher)
    if isinstance(query, wq.Not):
        return _live(reader) - _docs(query.query, searcher)
    if isinstance(query, wq.NullQuery.__class__):
        return set()
    return set(query.matcher(searcher).all_ids()) - _deleted(reader)


def _by_sets(query) -> bool:
    """Whether :func:`_docs` finds the query's documents by set algebra alone (no matcher)."""
    if type(query) is wq.Term or isinstance(query, ColumnRange | TermSet | TermSetUnion):
        return True
    if type(query) in (wq.And, wq.Or, wq.AndNot, wq.Not):
        return all(_by_sets(child) for child in query.children())
    return False


def _all_of(children, searcher) -> set[int]:
    children = list(children)  # whoosh hands out an iterator
    wanted = [child for child in children if not isinstance(child, wq.Not)]
    unwanted = [child.query for child in children if isinstance(child, wq.Not)]
    if not wanted:
        found = _live(searcher.reader())
    else:
        found = _docs(wanted[0], searcher)
        for child in wanted[1:]:
            if not found:
                return found
            found &= _docs(child, searcher)
    for child in unwanted:
        found -= _docs(child, searcher)
    return found


def _live(reader) -> set[int]:
    return set(reader.all_doc_ids())


def _deleted(reader) -> frozenset[int]:
    return reader.deleted_docs_set if reader.has_deletions() else frozenset()
