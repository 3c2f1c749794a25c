"""Bitmaps of document numbers: conversions both ways and the set algebra searches use."""

from __future__ import annotations

import random

import pytest

from catalog.search import docsets


@pytest.mark.parametrize("size", [1, 7, 8, 9, 64, 1000, 100_003])
def test_round_trips(size):
    rng = random.Random(size)
    for share in (0.0, 0.01, 0.5, 1.0):
        ids = sorted(rng.sample(range(size), int(size * share)))
        bits = docsets.from_ids(ids, size)
        assert bits.bit_count() == len(ids)
        assert docsets.to_ids(bits) == ids
        flags = docsets.to_flags(bits, size)
        assert len(flags) == size and [d for d in range(size) if flags[d]] == ids
        assert docsets.from_flags(flags) == bits


def test_algebra_is_set_algebra():
    rng = random.Random(1)
    size = 5000
    a, b = (set(rng.sample(range(size), 2000)) for _ in range(2))
    bits_a, bits_b = docsets.from_ids(sorted(a), size), docsets.from_ids(sorted(b), size)
    assert docsets.to_ids(bits_a & bits_b) == sorted(a & b)
    assert docsets.to_ids(docsets.union([bits_a, bits_b])) == sorted(a | b)
    assert docsets.to_ids(bits_a & ~bits_b) == sorted(a - b)
    assert docsets.to_ids(docsets.below(size) & ~bits_a) == sorted(set(range(size)) - a)
    assert docsets.to_ids(0) == [] and docsets.from_ids([], size) == 0
