"""Run a query by bitmap algebra and rank its matches by table look-ups, not by whoosh's matchers.

Whoosh's collector walks every match of a query through a tree of matchers and scores each
with a Python call per term: at 100,000 documents ``market AND bank`` (70,000 matches)
cost seconds. Here, segment by segment:

- each term's documents are a bitmap (:class:`~catalog.search.columns.TermPostings`, cached
  per segment), so AND / OR / NOT and the total are big-integer operations;
- a phrase checks the word positions of the documents holding all its words (their AND)
  only;
- a document's score is whoosh's own: BM25F of each term it holds (whoosh's ``bm25`` with
  the same global idf and average length), summed as whoosh's And and Or sum their parts,
  times the boosts. A term's score depends on the document's weight and length byte alone,
  so it is one table look-up per posting, added only for documents in the result;
- the page is the best ``limit`` by score, ties to the lower document number, as whoosh.

:func:`search` returns None for a query it does not handle (whoosh's slop phrases, spans,
minimum-match unions, other weightings...); the caller then runs whoosh as before.
Called on the searching thread; reads ``columns`` (shared, thread-safe caches).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh import scoring
from whoosh.util.numeric import byte_to_length

from catalog.search import docsets, phrases
from catalog.search.columns import SegmentColumns, TermPostings, read_occurrences
from catalog.search.facets import ids_of_bitmap
from catalog.search.matching import ColumnRange, TermSet, TermSetUnion

# a word, prefix or union whose terms are in more documents than this runs faster by bitmaps:
# whoosh's matchers step and score every match (at 620,000 entries, `market`, 114,468
# matches: 300 ms by whoosh's matchers, 83 ms by bitmaps; `jaguar`, 672: 8 ms against 25)
MANY_MATCHES = 5_000
RANDOM_ACCESS = 16  # a term's postings this many times the documents scored: look them up
# a phrase reads all of a word's occurrences (and keeps them) when the candidates are at least
# 1/WHOLE_WORD of the word's documents: whoosh's blocks hold 128 postings, so most of its blocks
# hold a candidate and are read anyway (`"coffee prices"` at 620,000 entries, 73 matches: 114
# ms reading `prices` for the candidates at 1/8, 18 ms at 1/64 from its kept occurrences)
WHOLE_WORD = 64


class Unsupported(Exception):
    """The query holds a node this module does not run; whoosh runs it instead."""


@dataclass
class Outcome:
    """What :func:`search` found: the best hits, the exact total, each segment's matches."""

    top_n: list[tuple[float, int]]  # (score, index-wide document number), best first
    total: int
    segments: list[tuple[Any, int, int]]  # (leaf reader, document offset, matches as a bitmap)


def search(searcher, query, columns: SegmentColumns, limit: int, only_if_faster: bool = True) -> Outcome | None:
    """The ``limit`` best documents for ``query`` and the total, or None when unsupported
    (or, with ``only_if_faster``, when whoosh's matchers run it faster: see :func:`_gains`)."""
    if not isinstance(searcher.weighting, scoring.BM25F) or not _supported(query):
        return None
    if only_if_faster and not (_gains(query) or _many_matches(searcher, query)):
        return None
    try:
        found: list[tuple[float, int]] = []
        segments = []
        total = 0
        for subsearcher, offset in searcher.leaf_searchers():
            segment = _Segment(searcher, subsearcher, columns)
            bits = segment.bits(query) & segment.live
            segments.append((segment.reader, offset, bits))
            total += bits.bit_count()
            if bits and limit > 0:
                found.extend(
                    (score, offset + docnum) for score, docnum in segment.best(query, bits, limit)
                )
    except Unsupported:
        return None
    found.sort(key=lambda hit: (-hit[0], hit[1]))
    return Outcome(found[:limit], total, segments)


def facet_counts(
    outcome: Outcome, columns: SegmentColumns, facets: dict[str, str]
) -> dict[str, dict[str, int]]:
    """Per facet (name -> index field), value -> how many matches have it, counted from the
    cached columns in numpy (:class:`~catalog.search.facets.FacetColumn`), which are kept on
    disk: no posting is read (a bitmap AND per value read each value's postings, seconds for
    the first search after opening a large catalogue)."""
    segments = [(reader, ids_of_bitmap(bits, reader.doc_count_all())) for reader, _offset, bits in outcome.segments]
    return merged_facet_counts(segments, columns, facets)


def merged_facet_counts(segments: list[tuple[Any, Any]], columns: SegmentColumns, facets: dict[str, str]) -> dict[str, dict[str, int]]:
    """Per facet (name -> index field), value -> how many of the matches hold it, from each
    leaf reader searched with its matches (local document numbers), counted per segment in
    numpy and added up by value (:class:`~catalog.search.facets.MergedLabels`)."""
    readers = [reader for reader, _ids in segments]
    out = {}
    for name, fieldname in facets.items():
        merged = columns.merged_labels(readers, fieldname)
        out[name] = merged.counts(
            (at, columns.facets(reader, fieldname).code_counts(ids))
            for at, (reader, ids) in enumerate(segments) if len(ids)
        )  # fmt: skip
    return out


_LEAVES = (ColumnRange, TermSet, TermSetUnion)


def _gains(query) -> bool:
    """Whether bitmaps beat whoosh's matchers on ``query``: an intersection of two or more
    parts (``market AND bank``: whoosh scores every match of both) or a phrase of two or more
    words (whoosh decodes the positions of every document holding them all). A single word,
    its prefix expansions or a union of words run faster through whoosh's matchers, which
    skip by block quality and read no bitmap (measured in ``bench/search_bench.py``)."""
    kind = type(query)
    if kind is wq.Phrase:
        return len([w for w in query.words if w is not None]) > 1
    if kind in (wq.And, wq.AndNot):
        parts = [c for c in query.children() if not (type(c) is wq.Term and c.fieldname == "type")]
        if len(parts) > 1:
            return True
    return any(_gains(child) for child in query.children())


def _many_matches(searcher, query) -> bool:
    """Whether the terms of ``query`` are in more than MANY_MATCHES documents in all (a
    document counted once a term it holds; reads only the terms' frequencies)."""
    total = 0
    stack = [query]
    while stack:
        node = stack.pop()
        if type(node) is wq.Term:
            total += searcher.doc_frequency(node.fieldname, node.text)
        elif isinstance(node, TermSet):
            total += sum(searcher.doc_frequency(node.fieldname, text) for text in node.texts)
        elif isinstance(node, TermSetUnion):
            stack.extend(node.parts)
        else:
            stack.extend(node.children())
        if total > MANY_MATCHES:
            return True
    return False


def _supported(query) -> bool:
    kind = type(query)
    if kind is wq.Term or isinstance(query, _LEAVES) or query is wq.NullQuery:
        return True
    if kind is wq.Phrase:
        return query.slop == 1
    if kind is wq.Or:
        return (
            not query.minmatch
            and query.scale is None
            and all(_supported(c) for c in query.children())
        )
    if kind in (wq.And, wq.AndNot, wq.Not):
        return all(_supported(c) for c in query.children())
    return False


class _Segment:
    """One leaf segment of a search: bitmaps of the query's nodes, then scores of the page."""

    def __init__(self, searcher, subsearcher, columns: SegmentColumns):
        self.top = searcher
        self.sub = subsearcher
        self.reader = subsearcher.reader()
        self.schema = self.reader.schema
        self.columns = columns
        self.size = self.reader.doc_count_all()
        self.all = docsets.below(self.size)
        self.live = self.all
        if self.reader.has_deletions():
            self.live &= ~docsets.from_ids(sorted(self.reader.deleted_docs_set), self.size)
        self._bits: dict[int, int] = {}
        self._flags: dict[int, np.ndarray] = {}
        self._phrases: dict[int, dict[int, list[float]]] = {}
        self._singles: dict[int, object] = {}

    # ----- which documents ----------------------------------------------------------------
    def bits(self, node) -> int:
        key = id(node)
        found = self._bits.get(key)
        if found is None:
            found = self._bits[key] = self._compute(node)
        return found

    def _compute(self, node) -> int:  # noqa: PLR0911 - one case per kind of node
        kind = type(node)
        if kind is wq.Term:
            postings = self._postings(node.fieldname, node.text)
            return postings.bits if postings is not None else 0
        if kind is wq.Phrase:
            if len([w for w in node.words if w is not None]) == 1:
                return self.bits(self._single(node))
            return docsets.from_ids(sorted(self._phrase(node)), self.size)
        if isinstance(node, ColumnRange):
            return docsets.from_ids(node.docs_in(self.reader), self.size)
        if isinstance(node, TermSet):
            return docsets.union(p.bits for p in self._term_set(node))
        if isinstance(node, TermSetUnion):
            return docsets.union(self.bits(part) for part in node.parts)
        if kind is wq.Or:
            return docsets.union(self.bits(child) for child in node.children())
        if kind is wq.And:
            children = list(node.children())
            out = self.all
            for child in children:
                if type(child) is wq.Not:
                    out &= ~self.bits(child.query)
                else:
                    out &= self.bits(child)
                if not out:
                    break
            return out
        if kind is wq.AndNot:
            return self.bits(node.a) & ~self.bits(node.b)
        if kind is wq.Not:
            return self.all & ~self.bits(node.query)
        if node is wq.NullQuery:
            return 0
        raise Unsupported(repr(node))

    def _postings(self, fieldname: str, text) -> TermPostings | None:
        if fieldname not in self.schema:
            return None
        try:
            btext = self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        if (fieldname, btext) not in self.reader:
            return None
        return self.columns.postings(self.reader, fieldname, btext)

    def _term_set(self, node: TermSet) -> list[TermPostings]:
        found = (self._postings(node.fieldname, text) for text in node.texts)
        return [postings for postings in found if postings is not None]

    def _phrase(self, node) -> dict[int, list[float]]:
        """The documents holding the phrase (whoosh's rule: each word right after the one
        before), each with the weights of the phrase's words in it, in the words' order."""
        key = id(node)
        found = self._phrases.get(key)
        if found is None:
            found = self._phrases[key] = self._find_phrase(
                node.fieldname, [w for w in node.words if w is not None]
            )
        return found

    def _find_phrase(self, fieldname: str, words: list[str]) -> dict[int, list[float]]:
        field = self.schema[fieldname] if fieldname in self.schema else None
        if field is None or not field.format or not field.format.supports("positions"):
            raise Unsupported(f"phrase on {fieldname}")
        found = [self._postings(fieldname, word) for word in words]
        postings = [p for p in found if p is not None]
        if len(postings) < len(found):
            return {}
        candidates = self.all
        for word_postings in postings:
            candidates &= word_postings.bits
        candidates &= self.live
        if not candidates:
            return {}
        return self._with_positions(fieldname, words, dict(zip(words, postings, strict=True)), candidates)

    def _with_positions(
        self, fieldname: str, words: list[str], postings: dict[str, TermPostings], candidates: int
    ) -> dict[int, list[float]]:
        """The candidates where the words stand one after the other, with the words' weights.

        Each word's occurrences are numbers (:mod:`catalog.search.phrases`): for a word
        whose occurrences are kept, or whose documents are mostly candidates anyway (its
        every posting block would be read), all of them, kept for the next phrase; else
        those in the candidates only (:func:`internals.read_values` passes over the blocks
        holding none)."""
        field = self.schema[fieldname]
        count = candidates.bit_count()
        wanted: set[int] | None = None
        keys = {}
        for word in set(words):
            btext = field.to_bytes(word)
            if self.columns.has_occurrences(self.reader, fieldname, btext) or count * WHOLE_WORD >= len(postings[word].ids):
                keys[word] = self.columns.occurrences(self.reader, fieldname, btext)
            else:
                if wanted is None:
                    wanted = set(docsets.to_ids(candidates))
                keys[word] = read_occurrences(self.reader, fieldname, btext, wanted)
        starts = phrases.documents_of(phrases.phrase_starts([keys[word] for word in words])).tolist()
        docnums = docsets.to_ids(docsets.from_ids(starts, self.size) & candidates)  # live ones
        if not docnums:
            return {}
        weights = {}
        for word in set(words):
            held = postings[word]
            ids, codes = held.arrays()
            at = np.searchsorted(ids, docnums)
            weights[word] = [held.weights[code >> 8] for code in codes[at].tolist()]
        return {
            docnum: [weights[word][at] for word in words] for at, docnum in enumerate(docnums)
        }

    # ----- which come first ---------------------------------------------------------------
    def best(self, query, bits: int, limit: int) -> list[tuple[float, int]]:
        """The ``limit`` best ``(score, local document number)`` of the matches ``bits``."""
        scores = np.zeros(self.size)
        self._score(query, scores, 1.0, bits)
        return top_scores(scores, np.flatnonzero(self._mask(bits)), limit)

    def _mask(self, bits: int) -> np.ndarray:
        """``bits`` as one boolean a document of the segment (kept for the search)."""
        flags = self._flags.get(bits)
        if flags is None:
            flags = self._flags[bits] = np.frombuffer(docsets.to_flags(bits, self.size), dtype=np.bool_)
        return flags

    def _score(self, node, scores: np.ndarray, factor: float, within: int) -> None:  # noqa: PLR0912
        """Add ``node``'s score, times ``factor``, for each document of ``within`` it matches,
        as whoosh's matchers sum it (a child's score counts only where the child matches)."""
        kind = type(node)
        if kind is wq.Not:
            # whoosh's inverse matcher scores 1 wherever it matches, whatever the boost
            scores[self._mask(within & self.bits(node))] += factor
            return
        factor *= getattr(node, "boost", 1.0)
        if kind is wq.Term:
            postings = self._postings(node.fieldname, node.text)
            if postings is not None:
                self._add(
                    postings,
                    self._table(node.fieldname, node.text, postings, factor),
                    scores,
                    within,
                )
        elif kind is wq.Phrase:
            words = [word for word in node.words if word is not None]
            if len(words) == 1:
                self._score(self._single(node), scores, factor, within)
                return
            # whoosh scores a phrase as the intersection of its words: each word's score
            matched = docsets.to_ids(within & self.bits(node))
            if not matched:
                return
            found = self._phrase(node)
            lengths = self.columns.lengths(self.reader, node.fieldname)
            scorers = [self._scorer(node.fieldname, word) for word in words]
            for docnum in matched:
                length = lengths[docnum] if lengths is not None else 0
                scores[docnum] += factor * sum(
                    score(weight, length)
                    for score, weight in zip(scorers, found[docnum], strict=True)
                )
        elif isinstance(node, TermSet):
            for postings in self._term_set(node):
                table = {key: postings.weights[key >> 8] * factor for key in postings.distinct_keys()}
                self._add(postings, table, scores, within)
        elif isinstance(node, TermSetUnion):
            for part in node.parts:
                self._score(part, scores, factor, within)
        elif isinstance(node, ColumnRange):
            scores[self._mask(within & self.bits(node))] += factor
        elif kind is wq.Or:
            for child in node.children():
                # a term scores only where it matches: no need to narrow ``within`` for it
                narrow = type(child) is not wq.Term and not isinstance(child, _LEAVES)
                self._score(child, scores, factor, within & self.bits(child) if narrow else within)
        elif kind is wq.And:
            within &= self.bits(node)
            for child in node.children():
                self._score(child, scores, factor, within)
        elif kind is wq.AndNot:
            self._score(node.a, scores, factor, within & self.bits(node))

    def _single(self, node):
        """A phrase of one word: the word's term, as whoosh normalises it."""
        single = self._singles.get(id(node))
        if single is None:
            word = next(w for w in node.words if w is not None)
            single = self._singles[id(node)] = wq.Term(
                node.fieldname, word
            )  # the boost is the phrase's
        return single

    def _scorer(self, fieldname: str, text):
        """``score(weight, length byte)`` of a term in this segment, as whoosh's scorer."""
        btext = self.schema[fieldname].to_bytes(text)
        scorer = self.top.weighting.scorer(self.sub, fieldname, btext)
        if not self.schema[fieldname].scorable or not isinstance(scorer, scoring.BM25FScorer):
            if not isinstance(scorer, scoring.WeightScorer):
                raise Unsupported(f"scorer {type(scorer).__name__}")
            return lambda weight, _length: weight
        idf, avgfl, b, k1 = scorer.idf, scorer.avgfl, scorer.B, scorer.K1
        bm25 = scoring.bm25
        return lambda weight, length: bm25(idf, weight, byte_to_length(length), avgfl, b, k1)

    def _table(
        self, fieldname: str, text, postings: TermPostings, factor: float
    ) -> dict[int, float]:
        """Score, times ``factor``, of each posting key of the term (see TermPostings)."""
        score = self._scorer(fieldname, text)
        weights = postings.weights
        return {key: score(weights[key >> 8], key & 255) * factor for key in postings.distinct_keys()}

    def _add(
        self, postings: TermPostings, table: dict[int, float], scores: np.ndarray, within: int
    ) -> None:
        """Add the term's score from ``table`` (by posting key) to each document of ``within``
        holding it, in numpy (a term's documents are distinct, so one fancy-indexed add)."""
        if not within:
            return
        ids, keys = postings.arrays()
        if within == self.all:
            scores[ids] += _looked_up(table, keys)
            return
        count = within.bit_count()
        if count * RANDOM_ACCESS < len(ids):
            wanted = np.asarray(docsets.to_ids(within), dtype=ids.dtype)
            at = np.searchsorted(ids, wanted)
            at[at == len(ids)] = 0
            held = ids[at] == wanted
            scores[wanted[held]] += _looked_up(table, keys[at[held]])
            return
        chosen = self._mask(within)[ids]
        scores[ids[chosen]] += _looked_up(table, keys[chosen])


def _looked_up(table: dict[int, float], keys: np.ndarray) -> np.ndarray:
    """Each of ``keys``' value in ``table`` (which holds every one of them), as an array."""
    if not len(keys):
        return np.zeros(0)
    known = np.fromiter(table, dtype=np.int64, count=len(table))
    values = np.fromiter(table.values(), dtype=np.float64, count=len(table))
    if int(known.max()) < 1 << 20:  # a key is a weight's code << 8 | a length byte
        dense = np.zeros(int(known.max()) + 1)
        dense[known] = values
        return dense[keys]
    order = np.argsort(known)
    return values[order][np.searchsorted(known[order], keys)]


def top_scores(scores: np.ndarray, ids: np.ndarray, limit: int) -> list[tuple[float, int]]:
    """The ``limit`` best ``(score, document)`` of the documents ``ids`` (ascending), best
    first, ties to the lower document number (as whoosh's collector orders them)."""
    found = scores[ids]
    if len(ids) > limit > 0:
        least = np.partition(found, len(found) - limit)[len(found) - limit]  # the limit-th best
        kept = found >= least
        ids, found = ids[kept], found[kept]
    order = np.lexsort((ids, -found))[: max(limit, 0)]
    return list(zip(found[order].tolist(), ids[order].tolist(), strict=True))
