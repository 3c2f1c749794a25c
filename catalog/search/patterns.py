"""Words, phrases, prefix, fuzzy and date-range queries, made to meet the index as it is.

The index holds stems, each text in its own language (``universities`` -> ``universiti``,
``maisons`` -> ``maison``: :mod:`catalog.search.stemming`), but people type words, the start
of a word (``universit*``) or a misspelt word (``resistng~``). A query is parsed with its
words as typed (folded, not stemmed); then :func:`rewrite` makes each part meet the stems:

- a word is stemmed in every language the catalogue holds (:func:`languages_of`), the
  distinct stems searched as alternatives (``houses`` finds an English text, ``maisons`` a
  French one); a phrase becomes one phrase per language, its words stemmed alike;
- a prefix matches stems that start with it, and stems that it starts with when they are at
  most four letters shorter (stemming mostly trims a word's ending);
- a fuzzy term is stemmed first (in each language), then compared within its edit distance;
- both expand to at most ``MAX_EXPANSION`` index terms, the most frequent first, so ``a*``
  stays fast on a large catalogue.

Before a search runs, :func:`expand` replaces each prefix and fuzzy term by the terms it
stands for in the whole index (a :class:`~catalog.search.matching.TermSet`), found in the
cached lexicons of :class:`~catalog.search.columns.SegmentColumns`: one walk of a sorted list
instead of a walk of each segment's term file (and, for fuzzy terms, of an automaton) per
segment. A date or year range becomes a :class:`~catalog.search.matching.ColumnRange` at parse time.
"""

from __future__ import annotations

from collections import Counter

from whoosh import query as wq
from whoosh.fields import NUMERIC

from catalog.search import stemming
from catalog.search.analysis import FoldingTokenizer, stem_word
from catalog.search.columns import Lexicon, SegmentColumns
from catalog.search.internals import ChoosingFuzzyTerm
from catalog.search.matching import ColumnRange, TermSet, TermSetUnion
from catalog.search.stemming import DEFAULT, language_key, stems_of

MAX_EXPANSION = 16  # per field (a query searches seven): scoring a wide union is what costs
STEM_TRIM = 4


def _is_text_field(schema, fieldname: str) -> bool:
    field = schema[fieldname] if fieldname in schema.names() else None
    analyzer = getattr(field, "analyzer", None)
    items = getattr(analyzer, "items", None) or []
    return bool(items) and isinstance(items[0], FoldingTokenizer)


def _most_frequent(ixreader, fieldname: str, btexts) -> list[bytes]:
    found = list(dict.fromkeys(btexts))
    if len(found) <= MAX_EXPANSION:
        return found
    found.sort(key=lambda b: -ixreader.doc_frequency(fieldname, b))
    return found[:MAX_EXPANSION]


class StemPrefix(wq.Prefix):
    """A prefix that also matches the stems of the words it begins (see module doc)."""

    def _btexts(self, ixreader):
        fieldname, text = self.fieldname, self.text
        # one pass over the lexicon gives each term with its document frequency
        frequency = {btext: info.doc_frequency() for btext, info in ixreader.iter_prefix(fieldname, text)}
        field = ixreader.schema[fieldname]
        for length in range(max(3, len(text) - STEM_TRIM), len(text)):
            shorter = field.to_bytes(text[:length])
            if (fieldname, shorter) in ixreader:
                frequency[shorter] = ixreader.doc_frequency(fieldname, shorter)
        ranked = sorted(frequency, key=lambda b: -frequency[b])
        return ranked[:MAX_EXPANSION]


class BoundedFuzzy(ChoosingFuzzyTerm):
    """A fuzzy term expanded to at most MAX_EXPANSION index terms."""

    def choose(self, ixreader, btexts):
        return _most_frequent(ixreader, self.fieldname, btexts)


def languages_of(searcher, columns: SegmentColumns) -> tuple[str, ...]:
    """The stemming languages of the catalogue's index: English (actors, and texts of no
    known language, are stemmed in it), then those of its documents, from the terms of the
    ``language`` field (cached per segment in ``columns``)."""
    found = {DEFAULT}
    for reader, _offset in searcher.reader().leaf_readers():
        found.update(language_key(code) for code in columns.lexicon(reader, "language").terms)
    return (DEFAULT, *sorted(found - {DEFAULT}))


def rewrite(query, schema, columns: SegmentColumns | None = None, languages=(DEFAULT,)):
    """Return ``query`` (parsed with its words as typed: :func:`~catalog.search.analysis.words_as_typed`)
    with words and phrases on text fields stemmed in each of ``languages``, prefixes and fuzzy
    terms made stem-aware, and (given the ``columns`` cache) date and year ranges read from a column."""
    if columns is not None and isinstance(query, wq.NumericRange) and isinstance(schema[query.fieldname], NUMERIC):
        return ColumnRange(query.fieldname, query.start, query.end, query.startexcl, query.endexcl, columns, query.boost)
    if isinstance(query, wq.Prefix) and _is_text_field(schema, query.fieldname):
        return StemPrefix(query.fieldname, query.text, boost=query.boost)
    if isinstance(query, wq.FuzzyTerm) and _is_text_field(schema, query.fieldname):
        fuzzy = [
            BoundedFuzzy(query.fieldname, text, boost=query.boost, maxdist=query.maxdist, prefixlength=query.prefixlength)
            for text in dict.fromkeys(stem_word(query.text, language) for language in languages)
        ]
        return _one_of(fuzzy)
    if isinstance(query, wq.Prefix | wq.FuzzyTerm):
        return query
    if type(query) is wq.Term and _is_text_field(schema, query.fieldname):
        return _one_of([wq.Term(query.fieldname, text, boost=query.boost) for text in stems_of(query.text, languages)])
    if type(query) is wq.Phrase and _is_text_field(schema, query.fieldname):
        wordings = dict.fromkeys(
            tuple(word if word is None else stemming.stem(word, language) for word in query.words) for language in languages
        )
        return _one_of([
            wq.Phrase(query.fieldname, list(words), slop=query.slop, boost=query.boost, char_ranges=query.char_ranges)
            for words in wordings
        ])  # fmt: skip
    if query.is_leaf():
        return query
    return query.apply(lambda child: rewrite(child, schema, columns, languages))


def _one_of(alternatives: list):
    """The one query, or the union of the alternatives (a word stemmed in several languages)."""
    return alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)


def expand(query, searcher, columns: SegmentColumns):
    """``query`` with every prefix and fuzzy term replaced by the index terms it stands for."""
    if isinstance(query, StemPrefix | BoundedFuzzy):
        lexicons = [columns.lexicon(reader, query.fieldname) for reader, _ in searcher.reader().leaf_readers()]
        if isinstance(query, StemPrefix):
            texts = prefix_terms(lexicons, query.text)
        else:
            texts = fuzzy_terms(lexicons, query.text, query.maxdist, query.prefixlength)
        return TermSet(query.fieldname, texts, boost=query.boost)
    if type(query) in (wq.Prefix, wq.FuzzyTerm) and not isinstance(searcher.schema[query.fieldname], NUMERIC):
        # a prefix or fuzzy term on a keyword field (tags), where words are not stemmed
        lexicons = [columns.lexicon(reader, query.fieldname) for reader, _ in searcher.reader().leaf_readers()]
        if type(query) is wq.Prefix:  # every term it begins, as whoosh would match
            texts = sorted({term for lexicon in lexicons for term in lexicon.starting_with(query.text)})
        else:
            texts = fuzzy_terms(lexicons, query.text, query.maxdist, query.prefixlength)
        return TermSet(query.fieldname, texts, boost=query.boost)
    if query.is_leaf():
        return query
    expanded = query.apply(lambda child: expand(child, searcher, columns))
    if isinstance(expanded, wq.Or):
        # whoosh preloads the unions of a small segment (under 5,000 documents) into arrays
        # it builds item by item, which costs more than the search; a tree of unions also
        # lets the top-N search skip blocks
        expanded.matcher_type = wq.Or.DEFAULT_MATCHER
    if type(expanded) is not wq.Or or expanded.boost != 1.0 or expanded.minmatch:
        return expanded
    sets = [part for part in expanded.children() if isinstance(part, TermSet)]
    if len(sets) < 2:
        return expanded
    # "sh*" asks every default field: one list of documents, not a tree of unions
    others = [part for part in expanded.children() if not isinstance(part, TermSet)]
    if not others:
        return TermSetUnion(sets)
    merged = wq.Or([TermSetUnion(sets), *others])
    merged.matcher_type = wq.Or.DEFAULT_MATCHER
    return merged


def prefix_terms(lexicons: list[Lexicon], text: str) -> list[str]:
    """The MAX_EXPANSION most frequent terms a stem-aware prefix stands for (module doc)."""
    frequency: Counter[str] = Counter()
    shorter = [text[:length] for length in range(max(3, len(text) - STEM_TRIM), len(text))]
    for lexicon in lexicons:
        counts = lexicon.frequency
        for term in lexicon.starting_with(text):
            frequency[term] += counts[term]
        for stem in shorter:
            if stem in counts:
                frequency[stem] += counts[stem]
    return _most_frequent_of(frequency)


def fuzzy_terms(lexicons: list[Lexicon], text: str, maxdist: int, prefixlength: int) -> list[str]:
    """The MAX_EXPANSION most frequent terms within ``maxdist`` edits of ``text`` that keep
    its first ``prefixlength`` characters (the term itself included when indexed)."""
    frequency: Counter[str] = Counter()
    if maxdist == 1:
        # one set of neighbours for every segment (a small segment may lack some letters)
        neighbours = _one_edit(text, prefixlength, frozenset().union(*(lexicon.alphabet for lexicon in lexicons)))
    for lexicon in lexicons:
        counts = lexicon.frequency
        if maxdist == 1:
            candidates = neighbours & counts.keys()
        else:
            candidates = {
                term for term in lexicon.starting_with(text[:prefixlength])
                if abs(len(term) - len(text)) <= maxdist and _distance(term, text, maxdist) <= maxdist
            }  # fmt: skip
        for term in sorted(candidates):
            frequency[term] += counts[term]
    return _most_frequent_of(frequency)


def _most_frequent_of(frequency: Counter[str]) -> list[str]:
    # ties keep the lexicon's order, as whoosh's expansion did
    return sorted(frequency, key=lambda term: -frequency[term])[:MAX_EXPANSION]


def _one_edit(text: str, keep: int, alphabet) -> set[str]:
    """``text`` and every string one insertion, deletion or substitution away from it,
    leaving the first ``keep`` characters alone."""
    out = {text}
    for at in range(keep, len(text) + 1):
        head, tail = text[:at], text[at:]
        out.update(head + char + tail for char in alphabet)
        if tail:
            out.add(head + tail[1:])
            out.update(head + char + tail[1:] for char in alphabet)
    return out


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
