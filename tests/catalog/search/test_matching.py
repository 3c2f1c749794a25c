"""Totals, facets, dates, prefixes and fuzzy terms read from cached columns and fixed term sets."""

from __future__ import annotations

from datetime import datetime

import pytest

from catalog.search import matching, patterns
from catalog.search import query as search_query
from catalog.search.columns import Lexicon
from tests.conftest import add_text

QUERIES = [
    "harbour", "harbour ships", "harbour OR taliban", "harbour NOT ships", '"the harbour"',
    "harb*", "harbur~", "title:report", "type:document harbour", "NOT harbour",
    "harbour date:[2023-01-01 to 2023-03-31]", "date:2023-02", "date:>2023-02-01", "tag:Ports*", "tag:portz~",
]  # fmt: skip


_add = add_text


@pytest.fixture
def many(catalog):
    ids = []
    for n in range(12):
        body = f"Report {n}: the harbour {'ships' if n % 3 else 'Taliban'} moved {'north' * (n % 2)}."
        ids.append(_add(catalog, f"Report {n}", body, publication=f"Daily {'AB'[n % 2]}",
                        published_at=datetime(2023, 1 + n % 6, 1 + n)))  # fmt: skip
    body = catalog.documents.get(ids[0]).body
    catalog.quotes.add(ids[0], 0, body.index(":"), tags=["Ports/North"])
    return ids


def _whoosh_count(catalog, text: str) -> int:
    """What whoosh itself counts for the query, with its own date ranges and prefixes."""
    searcher = catalog.store.index.searcher()
    parser = search_query.build_parser(searcher.schema)
    del parser.columns  # whoosh's own range queries
    query = search_query.parse_query(parser, text)
    return len(list(searcher.docs_for_query(query)))


@pytest.mark.parametrize("text", QUERIES)
def test_totals_agree_with_whoosh(catalog, many, text):
    total = catalog.search.run(text).total
    assert total == _whoosh_count(catalog, text) and (total > 0 or text.startswith("NOT"))


def test_totals_agree_after_edits_and_deletions(catalog, many):
    for uuid in many[:4]:
        catalog.documents.update(uuid, title="Edited harbour report")
    catalog.trash.delete(many[4:6])
    for text in QUERIES:
        assert catalog.search.run(text).total == _whoosh_count(catalog, text), text


def test_facets_count_from_the_columns(catalog, many):
    results = catalog.search.run("harbour")
    assert results.facets["publication"] == {"Daily A": 6, "Daily B": 6}
    assert results.facets["type"] == {"document": 12}
    assert sum(results.facets["year"].values()) == 12
    assert catalog.search.run("report").facets["type"] == {"document": 12, "quote": 1}
    assert catalog.search.run("tag:Ports").facets["tag"] == {"Ports/North": 1}
    assert catalog.search.run("report", facets=False).facets == {}


def test_a_date_range_is_read_from_the_column(catalog, many):
    query = search_query.parse_query(catalog.search._parser or _parser(catalog), "date:[2023-02-01 to 2023-03-31]")
    assert isinstance(query, matching.ColumnRange)
    assert catalog.search.run("date:[2023-02-01 to 2023-03-31]").total == 4


def test_fuzzy_and_prefix_expand_to_index_terms(catalog, many):
    searcher = catalog.store.index.searcher()
    parser = catalog.search._parser or _parser(catalog)
    expanded = patterns.expand(search_query.parse_query(parser, "body:talban~"), searcher, parser.columns)
    assert isinstance(expanded, matching.TermSet) and expanded.texts == ["taliban"]
    assert many[0] in {hit.uuid for hit in catalog.search.run("talban~").hits}
    union = patterns.expand(search_query.parse_query(parser, "harb*"), searcher, parser.columns)
    assert any(isinstance(part, matching.TermSetUnion) for part in [union, *union.children()])


def test_one_edit_terms_keep_the_prefix_and_rank_by_frequency():
    lexicon = Lexicon(["ab", "abc", "abcd", "abd", "xbc"], {"abc": 1, "abd": 5, "xbc": 9, "abcd": 2, "ab": 3}, frozenset("abcdx"))
    assert patterns.fuzzy_terms([lexicon], "abc", 1, 1) == ["abd", "ab", "abcd", "abc"]
    assert patterns.fuzzy_terms([lexicon], "abc", 2, 1) == ["abd", "ab", "abcd", "abc"]
    assert patterns.fuzzy_terms([lexicon], "abc", 1, 0)[0] == "xbc"


def test_sorted_ids_skip_blocks_that_cannot_reach_the_bar():
    ids = list(range(0, 1000, 2))
    weights = [1.0] * len(ids)
    weights[300] = 9.0
    matcher = matching.SortedIds(ids, weights=weights)
    assert matcher.max_quality() == 9.0
    matcher.skip_to_quality(5.0)
    assert matcher.is_active() and matcher.block_quality() == 9.0 and matcher.id() <= ids[300]
    matcher.skip_to(ids[300])
    assert matcher.score() == 9.0 and matcher.max_quality() == 9.0
    matcher.skip_to(ids[-1])
    assert matcher.max_quality() == 1.0


def test_segments_merged_away_are_forgotten(catalog, many):
    catalog.search.run("date:[2023-01-01 to 2023-12-31]")
    columns = catalog.search._parser.columns
    assert columns._entries
    catalog.store.index.merge_segments(optimize=True)
    catalog.search.run("harbour")
    live = {reader.segment().segment_id() for reader, _ in catalog.store.index.searcher().reader().leaf_readers()}
    assert {key[0] for key in columns._entries} <= live


def _parser(catalog):
    catalog.search.run("x")
    return catalog.search._parser
