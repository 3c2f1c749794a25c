"""Parse the catalogue's query language and run it.

Words (all must match), "phrases", AND/OR/NOT, ``field:value`` (title, author, actor, speaker,
tag, publication, type, kind, date, year), date ranges ``date:[2023-01-01 to 2023-06-30]``,
prefixes ``vien*`` and fuzzy terms ``talban~`` (``talban~2`` for two edits).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from whoosh import highlight, sorting
from whoosh.qparser import (
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
)
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import Query

from catalog.errors import InvalidInput
from catalog.search import patterns, snippets
from catalog.search.schema import DEFAULT_FIELDS

FIELD_ALIASES = {"who": "speaker", "said": "speaker", "by": "author", "pub": "publication"}
FACETS = {"type": "type", "tag": "f_tag", "actor": "f_actor", "publication": "f_publication", "year": "f_year"}
_FIELD_PREFIX = re.compile(r"(?<![\w/])([A-Za-z_]+):(?!//)")
SEARCHABLE = ("title", "body", "author", "actor", "speaker", "tag", "publication", "type", "kind", "date", "year")
MAX_QUERY = 2000


@dataclass
class Hit:
    key: str
    type: str
    uuid: str
    doc_uuid: str
    score: float
    snippet: str = ""  # HTML: hits wrapped in <b class="match">…</b>


@dataclass
class SearchResults:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def build_parser(schema):
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema=schema)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    return parser


def parse_query(parser, text: str) -> Query:
    """Parse ``text`` or raise InvalidInput with a readable reason."""
    text = text.strip()
    if not text:
        raise InvalidInput("the search is empty")
    if len(text) > MAX_QUERY:
        raise InvalidInput(f"the search is longer than {MAX_QUERY} characters")
    text = _FIELD_PREFIX.sub(lambda m: FIELD_ALIASES.get(m.group(1).lower(), m.group(1).lower()) + ":", text)
    for name in _FIELD_PREFIX.findall(text):
        if name not in parser.schema.names() and not text.startswith(f"{name}://"):
            raise InvalidInput(f"“{name}:” is not a field; use one of {', '.join(SEARCHABLE)}")
    text = re.sub(r"\btype:(document|quote|actor)s\b", r"type:\1", text, flags=re.I)
    text = _DATE_TERM.sub(lambda m: m.group(1) + _ISO_DATE.sub(_compact_date, m.group(2)), text)
    try:
        query = parser.parse(text)
    except Exception as exc:
        raise InvalidInput(f"cannot read the search “{text}”: {exc}") from exc
    error = _has_error(query)
    if error:
        raise InvalidInput(f"cannot read the search “{text}”: {error}")
    return patterns.rewrite(query, parser.schema)


# whoosh's date parser reads 2023-05-06 as the year 2023 alone; it reads 20230506 exactly
_DATE_TERM = re.compile(r"(\bdate:)(\[[^\]]*\]|[<>]?=?\S+)", re.I)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ](\d{1,2}):(\d{2}))?\b")


def _compact_date(match: re.Match) -> str:
    year, month, day, hour, minute = match.groups()
    out = f"{year}{int(month):02d}"
    if day:
        out += f"{int(day):02d}"
        if hour:
            out += f"{int(hour):02d}{minute}"
    return out


def _has_error(query: Query) -> str | None:
    """The parser marks what it could not read with an ``error`` attribute; find it."""
    error = getattr(query, "error", None)
    if error:
        return str(error)
    for child in query.children():
        found = _has_error(child)
        if found:
            return found
    return None


def run(
    searcher,
    parser,
    text: str,
    limit: int = 20,
    offset: int = 0,
    texts_for: Callable[[list[str]], dict[str, dict[str, str]]] | None = None,
    facets: bool = True,
    filter_type: str | None = None,
) -> SearchResults:
    """Search; snippets are computed only for the hits returned (``offset``..``offset+limit``).

    ``texts_for(keys)`` returns, for the hits' keys, the original text of each field (the
    index stores no bodies), in one call for the whole page; without it hits have no snippet.
    """
    query = parse_query(parser, text)
    if filter_type:
        from whoosh.query import And, Term

        query = And([query, Term("type", filter_type)])
    # the type facet is always collected: every entry has exactly one type, so its counts add
    # up to the exact total, which whoosh would otherwise find by running the query again
    groupedby = sorting.Facets()
    for name, column in FACETS.items():
        if facets or name == "type":
            groupedby.add_facet(name, sorting.FieldFacet(column, allow_overlap=column in ("f_tag", "f_actor")))
    try:
        results = searcher.search(
            query, limit=offset + limit, groupedby=groupedby, maptype=sorting.Count, terms=True
        )
    except Exception as exc:  # e.g. too many expansions of a prefix
        raise InvalidInput(f"the search “{text}” could not run: {exc}") from exc
    results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
    results.formatter = highlight.HtmlFormatter(tagname="b", classname="match", between=" … ")
    hits = []
    page = list(results[offset : offset + limit])
    texts = texts_for([hit["key"] for hit in page]) if texts_for is not None else {}
    for hit in page:
        fields = hit.fields()
        item = Hit(
            key=fields["key"],
            type=fields.get("type", ""),
            uuid=fields.get("uuid", ""),
            doc_uuid=fields.get("doc_uuid", ""),
            score=float(hit.score or 0.0),
        )
        if texts_for is not None:
            fields_text = texts.get(item.key, {})
            item.snippet = snippets.snippet(hit, item.key, lambda name, t=fields_text: t.get(name, "") or "")
        hits.append(item)
    facet_counts: dict[str, dict[str, int]] = {}
    for name in FACETS if facets else ("type",):
        facet_counts[name] = {
            (k.decode() if isinstance(k, bytes) else str(k)): v
            for k, v in results.groups(name).items()
            if k not in (None, "", b"")
        }
    total = sum(facet_counts.get("type", {}).values())
    if not facets:
        facet_counts = {}
    return SearchResults(query=text, total=total, hits=hits, facets=facet_counts)
