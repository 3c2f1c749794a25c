"""``pressmark import crawl.warc.gz``: the report per web archive, and ``list --kind``."""

from __future__ import annotations

import json

from tests.catalog.cli.test_cli import run
from tests.catalog.importers.crawls import standard_crawl


def test_importing_a_crawl_reports_what_the_archive_came_to(tmp_path):
    crawl, pages = standard_crawl()
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(crawl.bytes())
    cat = tmp_path / "cat"
    code, out, err = run("import", str(path), catalog_path=cat)
    assert code == 0, err
    assert (
        "crawl.warc.gz: 3 articles imported, 1 page kept as not an article (kind “page”), 1 duplicate, "
        "5 responses skipped (1 error or other status, 1 image, 1 redirect, 1 script, 1 style sheet)"
    ) in out
    assert "4 imported, 1 already there, 0 failed" in out
    assert f"crawl.warc.gz: {pages[0].url}" in out  # progress names each page

    code, out, _ = run("import", str(path), "--json", catalog_path=cat)
    report = json.loads(out)
    assert report["imported"] == 0 and report["web_archives"][0]["duplicates"] == 5
    assert {o["record"] for o in report["outcomes"] if o["status"] == "duplicate"} >= {p.url for p in pages}

    code, out, _ = run("list", "--kind", "page", catalog_path=cat)
    assert code == 0 and "Latest news" in out and pages[0].title not in out
    code, out, _ = run("list", "--kind", "article", "--json", catalog_path=cat)
    assert sorted(d["title"] for d in json.loads(out)) == sorted(p.title for p in pages)


def test_a_cut_archive_fails_the_command_and_says_where(tmp_path):
    crawl, _pages = standard_crawl(gzip_records=False)
    data = crawl.bytes()
    path = tmp_path / "cut.warc"
    path.write_bytes(data[: crawl.offsets[-2] + 500])
    code, out, _ = run("import", str(path), catalog_path=tmp_path / "cat")
    assert code == 1 and "cut short" in out and "the pages before it were read" in out
    assert "2 articles imported" in out


def test_kind_is_for_documents_only(tmp_path):
    assert run("init", catalog_path=tmp_path / "cat")[0] == 0
    code, _out, err = run("list", "quotes", "--kind", "page", catalog_path=tmp_path / "cat")
    assert code == 1 and "--kind lists documents only" in err
