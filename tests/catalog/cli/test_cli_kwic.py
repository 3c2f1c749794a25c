"""``pressmark search QUERY --kwic [--csv FILE] [--words N]``: each hit in its context."""

from __future__ import annotations

import csv
import io
import json

from catalog.cli.main import main

ARTICLE = """# Mills of Saltmere

The old mills at Saltmere grind again. A mill wall fell in March, and the tide mill stood still.
"""


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_kwic_prints_a_concordance_writes_csv_and_json(tmp_path):
    cat = str(tmp_path / "cat")
    article = tmp_path / "mills.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("--catalog", cat, "import", str(article))[0] == 0

    code, out, _ = run("--catalog", cat, "search", "mill", "--kwic", "--words", "2")
    assert code == 0
    head, *rows = out.splitlines()
    assert head == "3 hits in context for mill"
    assert [row.split("Mills of Saltmere", 1)[1].strip() for row in rows] == [
        "The old [mills] at Saltmere", "again. A [mill] wall fell", "the tide [mill] stood still.",
    ]  # fmt: skip
    assert all(row.startswith("undated     Mills of Saltmere") for row in rows)
    assert len({row.index("[") for row in rows}) == 1  # the hits line up in one column

    target = tmp_path / "out" / "kwic.csv"
    target.parent.mkdir()
    code, out, _ = run("--catalog", cat, "search", "mill", "--kwic", "--words", "1", "--csv", str(target))
    assert code == 0 and out == f"Wrote 3 lines to {target}\n"
    with open(target, encoding="utf-8", newline="") as stream:
        table = list(csv.reader(stream))
    assert table[0] == ["document", "date", "left", "hit", "right", "kind", "record"]
    assert [row[2:5] for row in table[1:]] == [["old", "mills", "at"], ["A", "mill", "wall"], ["tide", "mill", "stood"]]

    code, out, _ = run("--catalog", cat, "search", "mill", "--kwic", "--json", "--words", "1")
    lines = json.loads(out)["lines"]
    assert [line["hit"] for line in lines] == ["mills", "mill", "mill"] and lines[0]["document"] == "Mills of Saltmere"


def test_csv_without_kwic_and_negative_words_are_refused_in_one_line(tmp_path):
    cat = str(tmp_path / "cat")
    run("--catalog", cat, "init")
    code, out, err = run("--catalog", cat, "search", "mill", "--csv", str(tmp_path / "x.csv"))
    assert code == 1 and "add --kwic" in err and not (tmp_path / "x.csv").exists()
    code, out, err = run("--catalog", cat, "search", "mill", "--kwic", "--words", "-2")
    assert code == 1 and "--words cannot be below 0" in err
