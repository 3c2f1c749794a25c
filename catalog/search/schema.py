"""The Whoosh schema: one index over documents, quotes and actors.

``SCHEMA_VERSION`` is bumped whenever the fields or their analysis change; an index built
with another version is rebuilt on open.

Schema 4 and 5 had a companion field of word-pair buckets for phrases (``body_pairs``). It
was two thirds of the postings whoosh wrote for a body: indexing a generated 4,000-character
body took 3.9 times as long with it, every merge rewrote it, and it made the index 42 % bigger,
for phrases at most 1.5 times faster (common-word phrases on the Reuters stories, which are
checked by positions of the words' intersection instead: :mod:`catalog.search.ranking`).
"""

from __future__ import annotations

from whoosh.analysis import IDTokenizer, LowercaseFilter
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from catalog.search.analysis import text_analyzer
from catalog.search.positions import CompactPositions

SCHEMA_VERSION = 8  # 8: uuid and doc_uuid not indexed (no search reads them), type and uuid not stored (the key holds both), Arabic broken plurals folded to their singulars (catalog.search.arabic_plurals); 7: dates and years one term each, not eight, positions stored compactly; 6: no body_pairs; 5: stems in each document's language, its language kept; 4: body_pairs; 3: accents of Latin Extended Additional, Greek Extended and presentation forms fold

class ExactDate(DATETIME):
    """A date indexed as one term, at full precision. Whoosh's DATETIME also writes seven
    coarser terms per date (``shift_step=8``) to make its range queries short: 7 % of all
    the postings of a catalogue at scale, where no search reads them (a date range is read
    from a column of the full-precision terms: :class:`~catalog.search.matching.ColumnRange`)."""

    def __init__(self):
        super().__init__()
        self.shift_step = 0  # whoosh's NUMERIC: no coarser terms


def _text(analyzer, field_boost: float = 1.0) -> TEXT:
    """A full-text field whose positions are :class:`CompactPositions`."""
    field = TEXT(analyzer=analyzer, field_boost=field_boost)
    field.format = CompactPositions(field_boost=field_boost)
    return field


# fields a query searches when it names none
DEFAULT_FIELDS = ("title", "body", "author", "actor", "speaker", "tag", "publication")


def build_schema() -> Schema:
    analyzer = text_analyzer()
    return Schema(
        # "type:uuid": the one stored field a hit needs besides its document's uuid, and the
        # term an entry is replaced or deleted by. The uuid is not a field of its own: as an
        # indexed term it was a second unique term an entry, which no search reads (schema 7)
        key=ID(stored=True, unique=True),
        type=KEYWORD(lowercase=True),
        doc_uuid=STORED(),  # shown with a hit, never searched
        title=_text(analyzer, field_boost=2.0),
        body=_text(analyzer),
        author=_text(analyzer),
        actor=_text(analyzer),
        speaker=_text(analyzer),
        publication=_text(analyzer),
        tag=KEYWORD(lowercase=True, commas=True, scorable=True),
        kind=KEYWORD(lowercase=True),
        # a document's or quote's language as an ISO 639-1 code (none when unknown): which
        # stemmer its text fields were analysed with, and the languages a query is stemmed in;
        # searchable too (``language:fr``)
        language=ID(stored=True, analyzer=IDTokenizer() | LowercaseFilter()),
        date=ExactDate(),
        year=NUMERIC(int, bits=32, shift_step=0),  # one term a year, as dates
        # facet columns: exact display values, comma-separated where several
        f_tag=KEYWORD(commas=True, stored=False),
        f_actor=KEYWORD(commas=True, stored=False),
        f_publication=ID(),
        f_year=ID(),
    )

