"""Bitmap search (catalog.search.ranking) against whoosh's own matchers on a generated index.

The index is written with SearchIndex directly (several segments, some deletions); every
query runs both ways and must give the same documents with the same scores, in the order
whoosh gives them (score, then document number).
"""

from __future__ import annotations

import random

import pytest
from whoosh import query as wq

from catalog.search import docsets, patterns, ranking, schema
from catalog.search import query as search_query
from catalog.search.index import SearchIndex

WORDS = ("coffee prices rose the market of bank wheat in and a harbour ships coffee price rise "
         "banks markets report trade grain").split()  # fmt: skip
QUERIES = [
    "coffee", "market", "coffee AND prices", "market AND bank", "wheat OR harbour", "coffee NOT bank",
    "NOT market", '"coffee prices"', '"the market"', '"price of coffee"', '"coffee coffee"',
    '"prices rose the market"', '"market"', 'title:"coffee prices"', "title:coffee AND body:bank",
    "(coffee AND bank) OR harbour", "(coffee AND bank) OR (wheat NOT ships)", "cof*", "mark*",
    "banks~", "type:quote coffee", "kind:quotation", "coffee^3 OR bank", '"coffee prices"^2 market',
    'tag:ports', "year:2023", "date:[2023-01-01 to 2023-06-30] market", "publication:daily",
    '"zzz coffee"', "zzz", '"grain trade report"', 'author:"ann example"',
]  # fmt: skip


def _text(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count))


def _entries(rng: random.Random, first: int, count: int) -> list[dict]:
    from datetime import datetime

    out = []
    for number in range(first, first + count):
        kind = "quote" if number % 5 == 0 else "document"
        out.append({
            "key": f"{kind}:{number}", "type": kind, "uuid": str(number), "doc_uuid": str(number),
            "title": _text(rng, rng.randint(2, 6)).title(), "body": _text(rng, rng.randint(5, 60)),
            "author": "Ann Example" if number % 7 == 0 else "Bo Other", "publication": f"Daily {number % 3}",
            "tag": "ports" if number % 4 == 0 else "", "kind": "quotation" if kind == "quote" else "",
            "date": datetime(2023, 1 + number % 12, 1 + number % 28), "year": 2023 if number % 2 else 2022,
            "f_publication": f"Daily {number % 3}", "f_year": "2023" if number % 2 else "2022",
            "f_tag": "Ports" if number % 4 == 0 else "", "f_actor": f"Actor {number % 90}",
        })  # fmt: skip
    return out


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    rng = random.Random(5)
    folder = tmp_path_factory.mktemp("ranking") / "index"
    search_index = SearchIndex(folder)
    search_index.create_empty()
    search_index.bodies = []
    for batch in range(3):  # three segments
        entries = _entries(rng, batch * 150, 150)
        search_index.bodies += [entry["body"] for entry in entries]
        search_index.apply(entries, [], generation=batch + 1)
    search_index.apply([], [f"document:{n}" for n in range(1, 400, 9)], generation=4)  # deletions
    yield search_index
    search_index.close()


def _both(search_index, text: str, limit: int = 10_000):
    searcher = search_index.searcher()
    parser = search_query.build_parser(searcher.schema)
    query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
    outcome = ranking.search(searcher, query, parser.columns, limit, only_if_faster=False)
    theirs = searcher.search(query, limit=limit)
    return (
        outcome,
        [(hit.score, hit.docnum) for hit in theirs],
        len(list(searcher.docs_for_query(query))),
    )


@pytest.mark.parametrize("text", QUERIES)
def test_same_documents_scores_and_order_as_whoosh(index, text):
    outcome, theirs, total = _both(index, text)
    assert outcome is not None, "ranking should run this query"
    assert outcome.total == total
    ours = outcome.top_n
    assert [docnum for _score, docnum in ours] and total or not ours
    assert {d for _s, d in ours} == {d for _s, d in theirs}
    their_scores = {docnum: score for score, docnum in theirs}
    for score, docnum in ours:
        assert score == pytest.approx(their_scores[docnum], rel=1e-9, abs=1e-12), docnum
    assert ours == sorted(ours, key=lambda hit: (-hit[0], hit[1]))


@pytest.mark.parametrize("text", ["coffee", "market AND bank", '"coffee prices"', "cof*"])
def test_a_page_is_the_top_of_the_whole_ranking(index, text):
    """(whoosh's own top 7 can miss better documents: its block skipping on an intersection
    of unions is not exact, so the page is compared with its whole ranking)"""
    outcome, _theirs, _total = _both(index, text, limit=7)
    whole, theirs, _ = _both(index, text)
    assert outcome.top_n == whole.top_n[:7]
    best = sorted(theirs, key=lambda hit: (-round(hit[0], 9), hit[1]))[:7]
    assert [round(s, 9) for s, _d in outcome.top_n] == [round(s, 9) for s, _d in best]


def test_phrases_by_bitmaps_equal_whooshs_phrases(index):
    """A phrase's candidates are its words' AND; their positions decide, as whoosh's do."""
    searcher = index.searcher()
    words = index.bodies[3].split()
    found = [
        " ".join(words[:2]),
        " ".join(words[2:5]),
        " ".join(words[5:9]),
        "of the",
        "coffee coffee",
    ]
    for text in [f'"{phrase}"' for phrase in found]:
        by_bitmaps = _both(index, text)[0]
        phrase = search_query.parse_query(search_query.build_parser(searcher.schema), text)
        by_positions = {d for d in searcher.docs_for_query(phrase)}
        assert {d for _s, d in by_bitmaps.top_n} == by_positions and by_positions, text
    for text in ['"coffee prices"', '"the market of"', '"grain trade"', '"zzz coffee"']:
        outcome, theirs, total = _both(index, text)
        assert outcome.total == total and {d for _s, d in outcome.top_n} == {d for _s, d in theirs}


@pytest.mark.parametrize("whole_word", [0, 10**9], ids=["candidates-only", "whole-words"])
def test_phrases_read_either_way_equal_whooshs(index, monkeypatch, whole_word):
    """A phrase's words read for its candidates alone, or whole (and kept), find the same
    documents with the same scores as whoosh; kept occurrences serve the next phrase."""
    monkeypatch.setattr(ranking, "WHOLE_WORD", whole_word)
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    for text in [q for q in QUERIES if '"' in q]:
        query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
        for _again in range(2):  # the second time, from the kept occurrences when whole
            outcome = ranking.search(searcher, query, parser.columns, 10_000, only_if_faster=False)
            theirs = {hit.docnum: hit.score for hit in searcher.search(query, limit=10_000)}
            assert outcome is not None and {d for _s, d in outcome.top_n} == set(theirs), text
            for score, docnum in outcome.top_n:
                assert score == pytest.approx(theirs[docnum], rel=1e-9, abs=1e-12), (text, docnum)
    assert bool(parser.columns._occurrences.entries) == bool(whole_word)


def test_a_phrase_never_spans_two_fields(tmp_path):
    search_index = SearchIndex(tmp_path / "index")
    search_index.create_empty()
    entry = {"key": "document:1", "type": "document", "uuid": "1", "doc_uuid": "1",
             "title": "Report on coffee", "body": "prices of wheat rose"}  # fmt: skip
    search_index.apply([entry], [], generation=1)
    try:
        for text, expected in [
            ('"coffee prices"', 0),
            ('"report on coffee"', 1),
            ('"prices of wheat"', 1),
            ('"on coffee prices"', 0),
        ]:
            outcome, _theirs, total = _both(search_index, text)
            assert outcome.total == total == expected, text
    finally:
        search_index.close()


def test_queries_ranking_does_not_run_fall_back_to_whoosh(index):
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    slop = wq.Phrase("body", ["coffe", "price"], slop=3)
    assert ranking.search(searcher, slop, parser.columns, 10) is None
    results = search_query.run(searcher, parser, "coffee~2 OR bank")
    assert results.total == len(
        list(
            searcher.docs_for_query(
                patterns.expand(
                    search_query.parse_query(parser, "coffee~2 OR bank"), searcher, parser.columns
                )
            )
        )
    )


def test_facets_by_bitmaps_equal_facets_by_columns(index):
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    for text in ["market", "coffee AND bank", "NOT market"]:
        query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
        outcome = ranking.search(searcher, query, parser.columns, 5, only_if_faster=False)
        by_bitmaps = ranking.facet_counts(outcome, parser.columns, search_query.FACETS)
        docs = [
            (reader, offset, set(docsets.to_ids(bits))) for reader, offset, bits in outcome.segments
        ]
        assert by_bitmaps == search_query._facet_counts(docs, parser.columns, search_query.FACETS)
        assert sum(by_bitmaps["type"].values()) == outcome.total


def test_run_gives_the_page_of_the_ranking(index):
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    first = search_query.run(searcher, parser, "market AND bank", limit=5)
    second = search_query.run(searcher, parser, "market AND bank", limit=5, offset=5)
    both = search_query.run(searcher, parser, "market AND bank", limit=10)
    assert [h.key for h in first.hits + second.hits] == [h.key for h in both.hits]
    assert first.total == second.total == both.total > 10


def test_an_index_with_pair_buckets_is_rebuilt(tmp_path):
    """Schema 6 dropped schema 4's body_pairs: such an index reads as stale and as another schema."""
    import json

    from whoosh import index as whoosh_index

    from catalog.search.index import INDEX_NAME, SYNC_FILE, IndexBroken

    folder = tmp_path / "index"
    folder.mkdir()
    from whoosh.fields import KEYWORD

    old = schema.build_schema()
    old.add("body_pairs", KEYWORD())
    whoosh_index.create_in(str(folder), old, indexname=INDEX_NAME)
    (folder / SYNC_FILE).write_text(json.dumps({"schema": 5, "generation": 5}), "utf-8")
    search_index = SearchIndex(folder)
    assert search_index.synced_generation() is None
    with pytest.raises(IndexBroken):
        search_index.open()


@pytest.mark.parametrize(
    ("text", "bitmaps"),
    [("coffee", False), ("cof*", False), ("coffee OR prices", False), ("type:quote coffee", False),
     ("market AND bank", True), ("market bank", True), ('"coffee prices"', True), ("coffee NOT bank", True),
     ("(market AND bank) OR coffee", True)],
)  # fmt: skip
def test_bitmaps_run_the_queries_they_make_faster(index, text, bitmaps):
    """Intersections and phrases by bitmaps; one word, a prefix, a union by whoosh while they
    match few documents (this index is small)."""
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
    assert (ranking.search(searcher, query, parser.columns, 10) is not None) is bitmaps


@pytest.mark.parametrize("text", ["coffee", "cof*", "coffee OR prices", "type:quote coffee"])
def test_a_word_or_union_with_many_matches_runs_by_bitmaps(index, text, monkeypatch):
    """Whoosh's matchers score every match one by one: past MANY_MATCHES, bitmaps are faster
    (the index here is small, so the bar is lowered), and they rank alike."""
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
    assert ranking.search(searcher, query, parser.columns, 10) is None
    monkeypatch.setattr(ranking, "MANY_MATCHES", 50)
    outcome = ranking.search(searcher, query, parser.columns, 10)
    assert outcome is not None
    whoosh_s = searcher.search(query, limit=10)
    assert [docnum for _score, docnum in outcome.top_n] == [hit.docnum for hit in whoosh_s]


def test_kept_occurrences_stay_within_their_budget(index, monkeypatch):
    monkeypatch.setattr(ranking, "WHOLE_WORD", 10**9)
    searcher = index.searcher()
    parser = search_query.build_parser(searcher.schema)
    parser.columns.OCCURRENCES_BUDGET = 50
    for text in ['"coffee prices"', '"the market"', '"grain trade report"']:
        query = patterns.expand(search_query.parse_query(parser, text), searcher, parser.columns)
        assert ranking.search(searcher, query, parser.columns, 10, only_if_faster=False) is not None
        kept = parser.columns._occurrences.entries
        assert parser.columns._occurrences.total == sum(len(keys) for keys in kept.values())
        assert parser.columns._occurrences.total <= 50 or len(kept) == 1


@pytest.mark.parametrize("limit", [0, 1, 3, 5, 8, 50])
def test_top_scores_break_ties_to_the_lower_document(limit):
    import numpy as np

    rng = random.Random(limit)
    scores = np.array([rng.choice([0.5, 1.0, 1.0, 2.0]) for _ in range(40)])
    ids = np.array(sorted(rng.sample(range(40), 25)))
    expected = sorted(((float(scores[d]), int(d)) for d in ids), key=lambda hit: (-hit[0], hit[1]))[:limit]
    assert ranking.top_scores(scores, ids, limit) == expected
