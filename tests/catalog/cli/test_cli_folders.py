"""Issue 14 on the command line: no catalogue among someone's files, each file named by what
tells it apart in the progress lines, and a date the search cannot read named with its place."""

from __future__ import annotations

import io
import json

from catalog.cli.main import main

PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{text}</p></article></body></html>"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def saved_pages(folder, pages: dict[str, tuple[str, str]]) -> None:
    """Web pages saved the way browsers and test suites keep them: ``site/source.html``."""
    for site, (title, text) in pages.items():
        (folder / site).mkdir(parents=True)
        (folder / site / "source.html").write_text(PAGE.format(title=title, text=text), encoding="utf-8")


def test_a_folder_holding_other_files_is_not_made_a_catalogue(tmp_path):
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_bytes(b"chapter one")
    article = tmp_path / "article.md"
    article.write_text("# Harbour news\n\nThe harbour wall was mended.\n", encoding="utf-8")
    for argv in (["init"], ["import", str(article)]):
        code, out, err = run("--catalog", str(documents), *argv)
        assert code == 1 and out == ""
        assert err.count("\n") == 1 and "already holds files (thesis.docx)" in err and "empty folder" in err
    assert [p.name for p in documents.iterdir()] == ["thesis.docx"]
    # an empty folder, or a catalogue already, is fine
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("--catalog", str(empty), "import", str(article))[0] == 0
    assert run("--catalog", str(empty), "import", str(article))[0] == 0


def test_progress_lines_tell_pages_saved_under_one_name_apart(tmp_path):
    pages = tmp_path / "pages"
    saved_pages(pages, {
        "aclu": ("Facebook tracks non-users", "Tracking pixels follow people who never signed up to anything."),
        "cnn": ("The birth lottery", "Where a child is born still decides much of what follows in life."),
        "ars": ("A Minecraft exploit", "A server bug let players crash each other's worlds for weeks."),
    })  # fmt: skip
    (pages / "notes.txt").write_text("A note kept beside the pages, about the pages.", encoding="utf-8")
    code, out, _ = run("--catalog", str(tmp_path / "cat"), "import", str(pages))
    assert code == 0
    lines = [line for line in out.splitlines() if line.startswith("[")]
    assert lines == [
        "[1/4] imported: aclu/source.html", "[2/4] imported: ars/source.html",
        "[3/4] imported: cnn/source.html", "[4/4] imported: notes.txt",
    ]  # fmt: skip
    # imported again: the duplicates are named the same way
    code, out, _ = run("--catalog", str(tmp_path / "cat"), "import", str(pages / "cnn"), str(pages / "aclu"))
    assert [line.split("] ", 1)[1] for line in out.splitlines() if line.startswith("[")] == [
        "duplicate: cnn/source.html", "duplicate: aclu/source.html",
    ]  # fmt: skip


def test_a_search_for_a_date_that_is_not_one_says_which_and_where(tmp_path):
    cat = str(tmp_path / "cat")
    article = tmp_path / "article.md"
    article.write_text("# Harbour news\n\nThe harbour wall was mended.\n", encoding="utf-8")
    run("--catalog", cat, "import", str(article))
    for query, said in (
        ("date:notadate", "“notadate” at character 6 is not a date"),
        ("harbour date:[2024-01-01 to soon]", "“soon” at character 29 is not a date"),
        ("date:>=whenever", "“whenever” at character 8 is not a date"),
    ):
        code, out, err = run("--catalog", cat, "search", query)
        assert code == 1 and out == ""
        assert err.startswith(f"pressmark: cannot read the search “{query}”: {said}")
        assert "write dates as 2024-03-14" in err and err.count("\n") == 1
    code, out, _ = run("--catalog", cat, "search", "harbour date:2024", "--json")
    assert code == 0 and json.loads(out)["total"] == 0
