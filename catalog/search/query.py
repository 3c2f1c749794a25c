"""Parse the catalogue's query language and run it.

Words (all must match), "phrases", AND/OR/NOT, ``field:value`` (title, author, actor, speaker,
tag, publication, type, kind, language, date, year), date ranges ``date:[2023-01-01 to 2023-06-30]``,
prefixes ``vien*`` and fuzzy terms ``talban~`` (``talban~2`` for two edits).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from whoosh import highlight
from whoosh.qparser import (
    FuzzyTermPlugin,
    GtLtPlugin,
    MultifieldParser,
)
from whoosh.qparser.dateparse import DateParserPlugin
from whoosh.query import And, Query, Term
from whoosh.searching import Results

from catalog.errors import InvalidInput
from catalog.messages import Message
from catalog.query_dates import impossible_date
from catalog.search import matching, patterns, ranking, snippets
from catalog.search.analysis import words_as_typed
from catalog.search.columns import SegmentColumns
from catalog.search.schema import DEFAULT_FIELDS
from catalog.search.stemming import DEFAULT
from catalog.store import Cancelled, CancelToken

FIELD_ALIASES = {"who": "speaker", "said": "speaker", "by": "author", "pub": "publication"}
FACETS = {"type": "type", "tag": "f_tag", "actor": "f_actor", "publication": "f_publication", "year": "f_year"}
_FIELD_PREFIX = re.compile(r"(?<![\w/])([A-Za-z_]+):(?!//)")
SEARCHABLE = ("title", "body", "author", "actor", "speaker", "tag", "publication", "type", "kind", "language", "date", "year")
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


def build_parser(schema, columns: SegmentColumns | None = None):
    """The catalogue's query parser; ``columns`` caches what searches read per segment (see
    :class:`SegmentColumns`: give it a folder to keep them across sessions)."""
    parser = MultifieldParser(list(DEFAULT_FIELDS), schema=schema)
    parser.add_plugin(FuzzyTermPlugin())
    parser.add_plugin(GtLtPlugin())
    parser.add_plugin(DateParserPlugin(free=False))
    # what the catalogue's searches read from every document, kept per index segment: its
    # queries (date ranges) and run() use it, so it lives as long as the parser
    parser.columns = columns if columns is not None else SegmentColumns()
    return parser


def parse_query(parser, text: str, languages=(DEFAULT,)) -> Query:
    """Parse ``text`` or raise InvalidInput with a readable reason; its words are stemmed in
    each of ``languages`` (stemming languages: those of the index, :func:`patterns.languages_of`)."""
    text = text.strip()
    if not text:
        raise InvalidInput(Message("search_empty"))
    if len(text) > MAX_QUERY:
        raise InvalidInput(Message("search_too_long", most=MAX_QUERY))
    typed = text  # messages quote what the user typed, not the rewritten text whoosh reads
    text = _FIELD_PREFIX.sub(lambda m: FIELD_ALIASES.get(m.group(1).lower(), m.group(1).lower()) + ":", text)
    for name in _FIELD_PREFIX.findall(text):
        if name not in parser.schema.names() and not text.startswith(f"{name}://"):
            raise InvalidInput(Message("search_not_a_field", name=name, fields=", ".join(SEARCHABLE)))
    problem = _syntax_problem(typed)
    if problem:
        raise InvalidInput(problem)
    text = re.sub(r"\btype:(document|quote|actor)s\b", r"type:\1", text, flags=re.I)
    text = _DATE_TERM.sub(lambda m: m.group(1) + _ISO_DATE.sub(_compact_date, m.group(2)), text)
    try:
        with words_as_typed():
            query = parser.parse(text)
    except Exception as exc:
        raise InvalidInput(Message("search_unreadable", search=typed, reason=str(exc))) from exc
    error = _has_error(query)
    if error:
        raise InvalidInput(Message("search_unreadable", search=typed, reason=error))
    return patterns.rewrite(query, parser.schema, getattr(parser, "columns", None), languages)


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


def _syntax_problem(text: str) -> str | None:
    """What whoosh would silently read as nothing (it finds no results instead of failing):
    a phrase or bracket left open, a ")" or "]" that closes nothing, a field without a value,
    a date that does not exist. Says what and at which character of ``text`` (from 1)."""
    opened: list[tuple[str, int]] = []  # brackets not yet closed, and where
    phrase = -1  # where the open phrase's quotation mark is
    for i, char in enumerate(text):
        if char == '"':
            phrase = i if phrase < 0 else -1
        elif phrase >= 0:
            continue  # brackets inside a phrase are words
        elif char in _CLOSING:
            opened.append((char, i))
        elif char in _CLOSING.values():
            if not opened or _CLOSING[opened[-1][0]] != char:
                return Message("search_closes_nothing", char=char, at=i + 1)
            opened.pop()
    if phrase >= 0:
        return Message("search_phrase_open", at=phrase + 1)
    if opened:
        char, i = opened[-1]
        return Message("search_bracket_open", char=char, at=i + 1, closing=_CLOSING[char])
    empty = _EMPTY_FIELD.search(text)
    if empty:
        name = empty.group(1)
        return Message("search_field_empty", name=name, at=empty.start() + 1)
    for term in _DATE_TERM.finditer(text):
        for date in _ISO_DATE.finditer(term.group(2)):
            year, month, day = (int(part) if part else 1 for part in date.groups()[:3])
            try:
                datetime(year, month, day)
            except ValueError as exc:
                where = term.start(2) + date.start() + 1
                return Message("search_date_impossible", date=date.group(0), at=where, reason=impossible_date(exc))
    return None


_CLOSING = {"(": ")", "[": "]"}
_EMPTY_FIELD = re.compile(r"(?<![\w/])([A-Za-z_]+):(?=\s|$|\))")


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
    cancel: CancelToken | None = None,
) -> SearchResults:
    """Search; snippets are computed only for the hits returned (``offset``..``offset+limit``).

    ``texts_for(keys)`` returns, for the hits' keys, the original text of each field (the
    index stores no bodies), in one call for the whole page; without it hits have no snippet.
    Most queries run by bitmaps and score look-ups (:mod:`catalog.search.ranking`: the exact
    total, facet counts and the page as whoosh would rank it); the others by whoosh's
    matchers, the total and facets then coming from
    :func:`catalog.search.matching.matching_docs` and the cached columns of
    ``parser.columns``. Raises InvalidInput on a malformed query. A ``cancel`` token
    (:class:`~catalog.store.CancelToken`) set from another thread stops the search between
    its steps and between the hits' snippets, raising Cancelled: a search replaced by a
    newer one as the user types.
    """
    check = cancel.check if cancel is not None else _go_on
    columns = _columns_of(parser)
    query = parse_query(parser, text, patterns.languages_of(searcher, columns))
    if filter_type:
        query = And([query, Term("type", filter_type)])
    check()
    try:
        columns.keep_only(searcher)
        query = patterns.expand(query, searcher, columns)
        check()
        outcome = ranking.search(searcher, query, columns, offset + limit)
        if outcome is not None:
            results = Results(searcher, query, outcome.top_n)
        else:  # a query ranking does not run: whoosh's matchers
            results = searcher.search(query, limit=offset + limit)
            if results.scored_length() < offset + limit:
                # the top-N search saw every match (it skips nothing before its list is full)
                docs = matching.by_segment(searcher, [docnum for _score, docnum in results.top_n])
            else:
                docs = matching.matching_docs(searcher, query)
    except Cancelled:
        raise
    except Exception as exc:  # whoosh raises many kinds on queries it cannot run
        raise InvalidInput(Message("search_not_run", search=text, reason=str(exc))) from exc
    check()
    results.formatter = highlight.HtmlFormatter(tagname="b", classname="match", between=" … ")
    results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)  # whole-text fallback
    page = list(results[offset : offset + limit])
    texts = texts_for([hit["key"] for hit in page]) if texts_for is not None else {}
    matched = _terms_by_hit(searcher, query, [hit.docnum for hit in page], columns) if texts_for is not None else {}
    hits = []
    for hit in page:
        check()
        fields = hit.fields()
        kind, _colon, uuid = fields["key"].partition(":")  # "type:uuid" (indexing.key_of)
        item = Hit(
            key=fields["key"],
            type=kind,
            uuid=uuid,
            doc_uuid=fields.get("doc_uuid", ""),
            score=float(hit.score or 0.0),
        )
        if texts_for is not None:
            fields_text = texts.get(item.key, {})
            item.snippet = snippets.snippet(hit, item.key, _text_of(fields_text), matched[hit.docnum])
        hits.append(item)
    if outcome is not None:
        facet_counts = ranking.facet_counts(outcome, columns, FACETS) if facets else {}
        total = outcome.total
    else:
        facet_counts = _facet_counts(docs, columns, FACETS) if facets else {}
        total = sum(len(local) for _reader, _offset, local in docs)
    return SearchResults(query=text, total=total, hits=hits, facets=facet_counts)


def _go_on() -> None:
    """The check of a search that cannot be cancelled."""


def warm(searcher, parser) -> None:
    """Read now what searches read from every segment (facet values, dates, the lexicons
    prefixes and fuzzy terms expand against), so that the first searches after opening a
    catalogue or merging its index do not pay for it. Safe beside searches."""
    columns = _columns_of(parser)
    columns.keep_only(searcher)
    for reader, _offset in searcher.reader().leaf_readers():
        for fieldname in FACETS.values():
            columns.facets(reader, fieldname)
        columns.numbers(reader, "date")
        for fieldname in DEFAULT_FIELDS:
            columns.lexicon(reader, fieldname)
    readers = [reader for reader, _offset in searcher.reader().leaf_readers()]
    for fieldname in FACETS.values():
        columns.merged_labels(readers, fieldname)


def _columns_of(parser) -> SegmentColumns:
    columns = getattr(parser, "columns", None)
    return columns if columns is not None else SegmentColumns()


def _facet_counts(docs, columns: SegmentColumns, names) -> dict[str, dict[str, int]]:
    """Per facet, value -> how many matching documents have it (a document may have several)."""
    return ranking.merged_facet_counts(
        [(reader, local) for reader, _offset, local in docs], columns, {name: FACETS[name] for name in names}
    )


def _terms_by_hit(searcher, query, docnums: list[int], columns: SegmentColumns) -> dict[int, dict[str, frozenset[str]]]:
    """For each hit of the page, the query's terms it holds in each field a snippet shows.

    Looked up segment by segment, in the segments that hold hits only.
    """
    schema = searcher.schema
    found: dict[int, dict[str, set[str]]] = {docnum: {} for docnum in docnums}
    term_sets = [
        leaf for leaf in query.leaves()
        if isinstance(leaf, matching.TermSet) and leaf.field() in snippets.SNIPPET_FIELDS
    ]  # fmt: skip
    for leaf_reader, offset in searcher.reader().leaf_readers():
        end = offset + leaf_reader.doc_count_all()
        here = sorted(docnum for docnum in found if offset <= docnum < end)
        if not here:
            continue
        # each term's documents from the shared cache (a search by bitmaps has read them
        # already), looked up for the hits alone: reading every expanded term's postings
        # afresh was half the time of a prefix at scale, and stepping whoosh's matcher to each
        # hit reads a block header per 128 documents (half the time of a common-word phrase)
        terms = [
            (term_set.fieldname, text, schema[term_set.fieldname].to_bytes(text))
            for term_set in term_sets for text in term_set.texts
        ]  # fmt: skip
        terms += [(name, schema[name].from_bytes(btext), btext) for name, btext in _snippet_terms(query, leaf_reader)]
        for field_name, text, btext in terms:
            ids = columns.postings(leaf_reader, field_name, btext).ids
            for docnum in here:
                at = bisect_left(ids, docnum - offset)
                if at < len(ids) and ids[at] == docnum - offset:
                    found[docnum].setdefault(field_name, set()).add(text)
    return {
        docnum: {name: frozenset(words) for name, words in fields.items() if words}
        for docnum, fields in found.items()
    }


def _snippet_terms(query, reader) -> set[tuple[str, bytes]]:
    """The index terms the query stands for in the fields snippets show.

    (whoosh's Query.existing_terms would do, but it reuses its ``fieldname`` argument as a
    loop variable and so skips every field after the first it meets.)
    """
    schema = reader.schema
    out: set[tuple[str, bytes]] = set()
    for leaf in query.leaves():
        if leaf.field() not in snippets.SNIPPET_FIELDS or isinstance(leaf, matching.TermSet):
            continue
        for field_name, text in leaf.expanded_terms(reader, phrases=True):
            btext = schema[field_name].to_bytes(text)
            if (field_name, btext) in reader:
                out.add((field_name, btext))
    return out


def _text_of(fields: dict[str, str]) -> Callable[[str], str]:
    """What a snippet asks for: the text of one field of one hit ("" when it has none)."""
    return lambda name: fields.get(name, "") or ""
