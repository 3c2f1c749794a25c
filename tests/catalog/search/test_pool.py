"""TermPool: postings grouped by term come back sorted, across runs on disk, and leave no files."""

from __future__ import annotations

import random

import pytest

from catalog.search.pool import TermPool


def _postings(count: int, seed: int = 1) -> list[tuple]:
    rng = random.Random(seed)
    found = []
    for docnum in range(count):
        for term in sorted(set(rng.choices([f"t{n}".encode() for n in range(400)], k=30))):
            for field in ("body", "title") if rng.random() < 0.3 else ("body",):
                found.append((field, term, docnum, float(rng.randint(1, 4)), bytes([docnum % 256])))
    return found


@pytest.mark.parametrize("limitmb", [64, 1])
def test_postings_come_back_sorted_by_field_term_and_document(tmp_path, limitmb):
    postings = _postings(3000)
    pool = TermPool(tmp_path, limitmb=limitmb)
    for posting in postings:
        pool.add(posting)
    assert bool(pool.runs) == (limitmb == 1)
    assert list(pool.iter_postings()) == sorted(postings)
    assert not list(tmp_path.iterdir())


def test_cleanup_removes_the_runs_of_a_cancelled_write(tmp_path):
    pool = TermPool(tmp_path, limitmb=1)
    for posting in _postings(3000):
        pool.add(posting)
    assert list(tmp_path.iterdir())
    pool.cleanup()
    assert not list(tmp_path.iterdir())


def test_a_term_s_postings_out_of_document_order_are_refused(tmp_path):
    pool = TermPool(tmp_path)
    pool.add(("body", b"quay", 5, 1.0, None))
    with pytest.raises(AssertionError):
        pool.add(("body", b"quay", 5, 1.0, None))
