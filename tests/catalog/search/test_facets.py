"""FacetColumn: the counts a Python count over each match's values gives, by numpy."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from catalog.search import docsets
from catalog.search.facets import FacetColumn, MergedLabels, ids_of_bitmap


def _segment(seed: int, documents: int) -> tuple[list[tuple[str, ...]], FacetColumn]:
    rng = random.Random(seed)
    labels = [f"Actor {n}" for n in range(300)] + ["Zoë Ķ", "بنك"]
    per_document = [tuple(sorted(rng.sample(labels, rng.choice([0, 0, 1, 1, 2, 5])))) for _ in range(documents)]
    values = [(label, [d for d, held in enumerate(per_document) if label in held]) for label in sorted(labels)]
    return per_document, FacetColumn.read(documents, [(label, ids) for label, ids in values if ids])


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_counts_equal_a_count_of_each_match_s_values(seed):
    per_document, column = _segment(seed, 3000)
    rng = random.Random(seed)
    for share in (0.0, 0.001, 0.3, 1.0):
        matches = sorted(rng.sample(range(3000), int(3000 * share)))
        expected = Counter(value for d in matches for value in per_document[d])
        assert column.counts(matches) == dict(expected) == column.counts(set(matches))
        assert column.counts(ids_of_bitmap(docsets.from_ids(matches, 3000), 3000)) == dict(expected)


def test_a_field_no_document_holds():
    column = FacetColumn.read(10, [])
    assert column.counts([1, 2, 3]) == {} and column.counts([]) == {}


def test_counts_of_several_segments_add_up_by_value():
    """Each segment codes its values in its own order; merged, a value's counts add up across
    segments, a value held in one segment only is counted there, and the empty value is left out."""
    rng = random.Random(8)
    segments = []
    for size in (40, 25, 60):
        labels = rng.sample(["", "Ann", "Bo", "Cy", "Di", "Ed"], 4)
        values = [(label, sorted(rng.sample(range(size), rng.randint(0, size)))) for label in labels]
        segments.append((FacetColumn.read(size, values), values, sorted(rng.sample(range(size), size // 2))))
    merged = MergedLabels([column for column, _values, _matches in segments])
    found = merged.counts((at, column.code_counts(matches)) for at, (column, _v, matches) in enumerate(segments))
    expected: Counter = Counter()
    for _column, values, matches in segments:
        for label, ids in values:
            expected[label] += len(set(ids) & set(matches))
    assert found == {label: n for label, n in expected.items() if n and label}
    assert "" not in merged.counts([]) and merged.counts([]) == {}
