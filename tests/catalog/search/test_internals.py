"""Contracts of the whoosh internals the search layer reads (catalog.search.internals):
each is checked against whoosh's public, slow way of getting the same answer."""

from __future__ import annotations

import random

import pytest

from catalog.search import internals
from catalog.search.index import SearchIndex


@pytest.fixture
def index(tmp_path):
    rng = random.Random(3)
    words = "alpha beta gamma delta the of harbour ships".split()
    search_index = SearchIndex(tmp_path / "index")
    search_index.create_empty()
    entries = [{"key": f"document:{n}", "type": "document", "uuid": str(n), "doc_uuid": str(n),
                "title": " ".join(rng.choices(words, k=rng.randint(0, 5))),
                "body": " ".join(rng.choices(words, k=rng.randint(1, 400)))} for n in range(300)]  # fmt: skip
    search_index.apply(entries, [], generation=1)
    search_index.apply([], [f"document:{n}" for n in range(0, 300, 7)], generation=2)
    yield search_index
    search_index.close()


def test_length_bytes_are_whoosh_s_lengths(index):
    from whoosh.util.numeric import length_to_byte

    for reader, _offset in index.searcher().reader().leaf_readers():
        for fieldname in ("title", "body"):
            stored = internals.length_bytes(reader, fieldname)
            assert stored is not None and len(stored) == reader.doc_count_all()
            expected = [
                length_to_byte(reader.doc_field_length(d, fieldname, 0) or 0)
                for d in range(reader.doc_count_all())
            ]
            assert list(stored) == expected


@pytest.mark.parametrize("deleted_too", [False, True])
def test_postings_read_by_blocks_are_the_matcher_s(index, deleted_too):
    for reader, _offset in index.searcher().reader().leaf_readers():
        for btext in (b"alpha", b"the", b"harbour", b"nothing"):
            ids, weights = internals.read_postings(
                reader, "body", btext, weights=True, deleted_too=deleted_too
            )
            expected = []
            if ("body", btext) in reader:
                matcher = reader.postings("body", btext)
                while matcher.is_active():
                    expected.append((matcher.id(), matcher.weight()))
                    matcher.next()
            if deleted_too:
                assert len(ids) >= len(expected)
                expected_ids = {d for d, _w in expected}
                assert [
                    (d, w) for d, w in zip(ids, weights, strict=True) if d in expected_ids
                ] == expected
            else:
                assert list(zip(ids, weights, strict=True)) == expected
