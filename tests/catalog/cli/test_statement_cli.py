"""``pressmark quote trace`` and ``pressmark statements``, run in-process."""

from __future__ import annotations

import json

from catalog.catalog import Catalog
from catalog.cli.statement_commands import change_lines
from catalog.reuse.align import WordChange
from tests.catalog.cli.test_cli import run
from tests.catalog.reuse.statement_texts import carry_statement


def _catalogue(tmp_path):
    path = tmp_path / "cat"
    with Catalog(path) as catalog:
        quote, docs = carry_statement(catalog)
    return path, quote, docs


def test_trace_lists_the_other_documents_in_date_order_with_the_first_marked(tmp_path):
    path, quote, docs = _catalogue(tmp_path)
    code, out, err = run("quote", "trace", quote[:8], catalog_path=path)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "3 other document(s) carry this statement:"
    rows = [line for line in lines[1:] if not line.startswith("      ")]
    assert [row.split()[-1] for row in rows][:1] == ["roundup"]
    assert rows[0].startswith("first") and docs["reordered"][:8] in rows[0]
    assert any(row.startswith("quote") and docs["origin"][:8] in row for row in rows)
    assert docs["unrelated"][:8] not in out
    assert "      changed: “shut” for “close”" in lines
    assert "      moved: “we will not close the northern harbour”" in lines


def test_trace_as_json_gives_positions_dates_similarity_and_changes(tmp_path):
    path, quote, docs = _catalogue(tmp_path)
    code, out, _err = run("quote", "trace", quote, "--json", catalog_path=path)
    assert code == 0
    data = json.loads(out)
    assert data["notice"] is None
    found = {o["document"]: o for o in data["occurrences"]}
    assert set(found) == {docs[name] for name in ("origin", "punctuation", "edited", "reordered")}
    edited = found[docs["edited"]]
    assert edited["published_at"] == "2025-03-04T07:15"
    assert edited["end"] - edited["start"] == len(edited["text"])
    assert edited["changes"] == [
        {"kind": "changed", "words": "shut", "statement_words": "close", "start": edited["changes"][0]["start"], "end": edited["changes"][0]["start"] + 4}
    ]
    assert [o["first"] for o in data["occurrences"]].count(True) == 1


def test_trace_of_an_unknown_quote_fails_with_one_line(tmp_path):
    path, _quote, _docs = _catalogue(tmp_path)
    code, out, err = run("quote", "trace", "ffffffff", catalog_path=path)
    assert code == 1 and out == ""
    assert err.startswith("pressmark: ") and "ffffffff" in err and len(err.splitlines()) == 1


def test_reused_lists_the_statement_with_its_four_documents(tmp_path):
    path, _quote, docs = _catalogue(tmp_path)
    code, out, _err = run("statements", "reused", "--json", catalog_path=path)
    assert code == 0
    passages = json.loads(out)["passages"]
    assert any(p["documents"] == 4 and {o["document"] for o in p["occurrences"]} >= {docs["origin"], docs["edited"]} for p in passages)
    code, out, _err = run("statements", "reused", "--min-documents", "1", catalog_path=path)
    assert code == 1


def test_rebuild_says_how_many_passages_it_found(tmp_path):
    path, _quote, _docs = _catalogue(tmp_path)
    code, out, _err = run("statements", "rebuild", catalog_path=path)
    assert code == 0 and out.strip().startswith("Found ") and out.strip().endswith(" passages")
    assert (path / "statements.sqlite").is_file()


def test_change_lines_say_each_kind_of_change():
    changes = (
        WordChange("changed", "shut", "close", 5, 9),
        WordChange("added", "very", "", 10, 14),
        WordChange("left out", "", "northern", 20, 20),
        WordChange("moved", "at dawn", "at dawn", 0, 7),
    )
    assert change_lines(changes) == ["changed: “shut” for “close”", "added: “very”", "left out: “northern”", "moved: “at dawn”"]
