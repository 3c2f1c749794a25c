"""The benchmark catalogues (bench/generate.py) are catalogues like any other: the check finds
every record with its creation in the history, every quote at its words, and the index whole."""

from __future__ import annotations

import pytest

from bench.generate import generate
from catalog.catalog import Catalog


def test_a_generated_catalogue_checks_clean(tmp_path):
    words = [("harbour", 9), ("board", 7), ("ferry", 5), ("council", 4), ("dues", 3), ("rose", 2), ("met", 2)]
    generate(tmp_path / "cat", documents=30, quotes=90, actors=8, tags=4, vocabulary=words)
    with Catalog(tmp_path / "cat") as catalog:
        report = catalog.maintenance.check()
        assert report.ok and not report.problems, [(p.what, p.record) for p in report.problems]
        assert report.checked["revisions"] == 30 + 90 + 8 + 4
        assert catalog.search.run("harbour").total > 0


def _index_contents(catalog: Catalog) -> tuple[dict, dict]:
    """Every term of the index with its document frequency, and the ranked keys and scores
    of a few queries of each kind."""
    reader = catalog.store.index.searcher().reader()  # kept open by the index: not closed here
    terms = {(field, text): reader.doc_frequency(field, text) for field, text in reader.all_terms()}
    answers = {}
    for query in ("harbour", "ferry council", "harbour AND dues", '"board met"', "cou*", "rose~", "type:quote harbour"):
        result = catalog.search.run(query, limit=50, facets=True)
        answers[query] = (result.total, _ranked([(hit.key, round(hit.score, 6)) for hit in result.hits]), result.facets)
    return terms, answers


def _ranked(hits: list[tuple[str, float]]) -> tuple[list[float], list[set[str]]]:
    """A page of hits as its scores in order and the keys of each score: equal scores are
    ordered by document number, which depends on how the index was split into segments. The
    last score's keys are left out, since the page may cut that group short."""
    groups: dict[float, set[str]] = {}
    for key, score in hits:
        groups.setdefault(score, set()).add(key)
    scores = [score for _, score in hits]
    return scores, [groups[score] for score in dict.fromkeys(scores)][:-1]


@pytest.mark.slow
def test_a_rebuild_on_every_core_gives_the_index_one_process_gives(tmp_path, monkeypatch):
    """A rebuild of a few thousand records (1,000 documents, 2,400 quotes, 200 actors, 20 tags:
    more than ``PARALLEL_MIN``, several ``PARALLEL_CHUNK``s) written by two segment worker
    processes holds the same terms with the same document counts, and answers the same
    queries with the same totals, scores and facets, as one written by this process alone."""
    from catalog.search import index as search_index

    words = [(w, f) for w, f in zip(
        "harbour board ferry council dues rose met quay port minister said pier tide storm archive trust"
        " market bank wheat coffee price court ruling vote election budget school hospital road bridge".split(),
        range(60, 0, -2), strict=False)]  # fmt: skip
    generate(tmp_path / "cat", documents=1000, quotes=2400, actors=200, tags=20, vocabulary=words, index=False)
    found = {}
    segments = {}
    with Catalog(tmp_path / "cat") as catalog:
        for workers in ("0", "2"):
            monkeypatch.setenv("PRESSMARK_INDEX_WORKERS", workers)
            assert catalog.search.reindex() == 1000 + 2400 + 200  # tags are not index entries
            found[workers] = _index_contents(catalog)
            segments[workers] = catalog.store.index.segment_count()
    assert search_index.PARALLEL_MIN < 3600 and 3600 // search_index.PARALLEL_CHUNK >= 4
    assert segments["0"] == 1 and segments["2"] > 1, segments  # the workers wrote segments of their own
    terms, answers = found["0"]
    assert len(terms) > 1000 and all(total for total, _, _ in answers.values())
    assert found["2"][0] == terms
    assert found["2"][1] == answers
