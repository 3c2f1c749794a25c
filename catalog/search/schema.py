"""The Whoosh schema: one index over documents, quotes and actors.

``SCHEMA_VERSION`` is bumped whenever the fields or their analysis change; an index built
with another version is rebuilt on open.
"""

from __future__ import annotations

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, TEXT, Schema

from catalog.search.analysis import text_analyzer

SCHEMA_VERSION = 3  # 3: accents of Latin Extended Additional, Greek Extended and presentation forms fold

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
        author=TEXT(analyzer=analyzer),
        actor=TEXT(analyzer=analyzer),
        speaker=TEXT(analyzer=analyzer),
        publication=TEXT(analyzer=analyzer),
        tag=KEYWORD(lowercase=True, commas=True, scorable=True),
        kind=KEYWORD(lowercase=True),
        date=DATETIME(),
        year=NUMERIC(int, bits=32),
        # facet columns: exact display values, comma-separated where several
        f_tag=KEYWORD(commas=True, stored=False),
        f_actor=KEYWORD(commas=True, stored=False),
        f_publication=ID(),
        f_year=ID(),
    )
