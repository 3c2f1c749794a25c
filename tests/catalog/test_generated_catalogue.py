"""The benchmark catalogues (bench/generate.py) are catalogues like any other: the check finds
every record with its creation in the history, every quote at its words, and the index whole."""

from __future__ import annotations

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
