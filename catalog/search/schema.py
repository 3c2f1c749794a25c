"""The Whoosh schema: one index over documents, quotes and actors.

``SCHEMA_VERSION`` is bumped whenever the fields or their analysis change; an index built
with another version is rebuilt on open.

``body_pairs`` holds, for each body, the buckets of its pairs of neighbouring words
(:func:`pair_term`): a phrase's candidates are then the documents holding the buckets of its
pairs, a few hundred where the documents holding all its words can be tens of thousands
(``"coffee prices"``), and only those candidates have their word positions checked
(:mod:`catalog.search.ranking`). Buckets, not the pairs themselves, keep the field's term
list small (a catalogue's distinct pairs grow with its size); the position check makes the
answer exact whatever shares a bucket.
"""

from __future__ import annotations

import zlib

from whoosh.analysis import Filter, IDTokenizer, LowercaseFilter
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, FieldType, Schema
from whoosh.formats import Existence

from catalog.search.analysis import text_analyzer

SCHEMA_VERSION = 5  # 5: stems in each document's language, its language kept; 4: body_pairs; 3: accents of Latin Extended Additional, Greek Extended and presentation forms fold
PAIRS_SUFFIX = "_pairs"  # a field's companion of word-pair buckets
PAIR_BUCKETS = 1 << 18

# fields a query searches when it names none
DEFAULT_FIELDS = ("title", "body", "author", "actor", "speaker", "tag", "publication")


def build_schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        key=ID(stored=True, unique=True),
        type=KEYWORD(stored=True, lowercase=True),
        uuid=ID(stored=True),
        doc_uuid=ID(stored=True),
        title=TEXT(analyzer=analyzer, field_boost=2.0),
        body=TEXT(analyzer=analyzer),
        body_pairs=PairBuckets(),
        author=TEXT(analyzer=analyzer),
        actor=TEXT(analyzer=analyzer),
        speaker=TEXT(analyzer=analyzer),
        publication=TEXT(analyzer=analyzer),
        tag=KEYWORD(lowercase=True, commas=True, scorable=True),
        kind=KEYWORD(lowercase=True),
        # a document's or quote's language as an ISO 639-1 code (none when unknown): which
        # stemmer its text fields were analysed with, and the languages a query is stemmed in;
        # searchable too (``language:fr``)
        language=ID(stored=True, analyzer=IDTokenizer() | LowercaseFilter()),
        date=DATETIME(),
        year=NUMERIC(int, bits=32),
        # facet columns: exact display values, comma-separated where several
        f_tag=KEYWORD(commas=True, stored=False),
        f_actor=KEYWORD(commas=True, stored=False),
        f_publication=ID(),
        f_year=ID(),
    )


def pair_term(first: str, second: str) -> str:
    """The bucket of two neighbouring index words (as analysed: folded and stemmed)."""
    return format(zlib.crc32(f"{first} {second}".encode()) % PAIR_BUCKETS, "x")


class _PairFilter(Filter):
    """Turns a stream of words into the buckets of each word and the next."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens):
        previous = None
        for token in tokens:
            word = token.text
            if previous is not None:
                token.text = pair_term(previous, word)
                yield token
            previous = word


class PairBuckets(FieldType):
    """A field of word-pair buckets: which documents hold each, nothing more (no weights,
    positions or lengths), never stored, never searched by name."""

    def __init__(self) -> None:
        super().__init__(Existence(), text_analyzer() | _PairFilter(), scorable=False, stored=False)
