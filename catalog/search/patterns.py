"""Prefix and fuzzy queries over stemmed text fields.

The index holds stems (``university`` -> ``univers``), but people type the start of a word
(``universit*``) or a misspelt word (``resistng~``). After parsing, :func:`rewrite` turns
whoosh's Prefix and FuzzyTerm on text fields into queries that meet the stems:

- a prefix matches stems that start with it, and stems that it starts with when they are at
  most four letters shorter (Porter stemming only trims a word's ending);
- a fuzzy term is stemmed first, then compared within its edit distance;
- both expand to at most ``MAX_EXPANSION`` index terms, the most frequent first, so ``a*``
  stays fast on a large catalogue.
"""

from __future__ import annotations

from whoosh import query as wq

from catalog.search.analysis import FoldingTokenizer, stem_word

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


class BoundedFuzzy(wq.FuzzyTerm):
    """A fuzzy term expanded to at most MAX_EXPANSION index terms."""

    def _btexts(self, ixreader):
        return _most_frequent(ixreader, self.fieldname, super()._btexts(ixreader))


def rewrite(query, schema):
    """Return ``query`` with prefixes and fuzzy terms on text fields made stem-aware."""
    if isinstance(query, wq.Prefix) and _is_text_field(schema, query.fieldname):
        return StemPrefix(query.fieldname, query.text, boost=query.boost)
    if isinstance(query, wq.FuzzyTerm) and _is_text_field(schema, query.fieldname):
        return BoundedFuzzy(
            query.fieldname, stem_word(query.text), boost=query.boost,
            maxdist=query.maxdist, prefixlength=query.prefixlength,
        )  # fmt: skip
    if isinstance(query, wq.Prefix | wq.FuzzyTerm):
        return query
    if query.is_leaf():
        return query
    return query.apply(lambda child: rewrite(child, schema))
