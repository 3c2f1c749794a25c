"""The command line, run in-process through ``main(argv, out, err)``."""

from __future__ import annotations

import io
import json

import pytest

from catalog.cli.main import main


def run(*argv: str, catalog_path=None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    args = (["--catalog", str(catalog_path)] if catalog_path else []) + list(argv)
    code = main(args, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def cat(tmp_path):
    return tmp_path / "cat"


def test_init_then_stats(cat):
    assert run("init", catalog_path=cat)[0] == 0
    code, out, _ = run("stats", "--json", catalog_path=cat)
    assert code == 0 and json.loads(out) == {"documents": 0, "quotes": 0, "actors": 0, "tags": 0, "trash": 0}


def test_default_catalogue_comes_from_the_environment(isolated_home):
    assert run("init")[0] == 0
    assert (isolated_home / "default-catalogue" / "catalog.sqlite").is_file()


def test_seed_import_then_search_speaker_and_boolean(cat, seed_file):
    code, out, _ = run("import", str(seed_file), catalog_path=cat)
    assert code == 0 and "1 imported" in out and "[1/1]" in out
    code, out, _ = run("suggest", "--accept-all", catalog_path=cat)
    assert code == 0
    code, out, _ = run("search", "speaker:McCaul", "--json", catalog_path=cat)
    data = json.loads(out)
    quotes = [h for h in data["hits"] if h["type"] == "quote"]
    assert quotes and "I commend the efforts" in quotes[0]["snippet"]
    code, out, _ = run("search", "resistance AND Taliban", catalog_path=cat)
    assert code == 0 and "[resistance]" in out and "[Taliban]" in out
    assert "While the Taliban struggle to govern" in out


def test_import_twice_says_so(cat, seed_file):
    run("import", str(seed_file), catalog_path=cat)
    code, out, _ = run("import", str(seed_file), catalog_path=cat)
    assert code == 0 and "already in the catalogue" in out and "0 imported, 1 already there" in out


def test_folder_import_reports_each_file_and_goes_on(cat, tmp_path, sample_file):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_bytes(sample_file.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 10)
    code, out, _ = run("import", str(folder), catalog_path=cat)
    assert code == 1
    assert "1 imported, 0 already there, 2 failed" in out
    assert "empty.txt: the file is empty" in out
    assert "binary.html" in out
    assert json.loads(run("stats", "--json", catalog_path=cat)[1])["documents"] == 1


def test_show_prints_the_whole_record(cat, seed_file):
    run("import", str(seed_file), catalog_path=cat)
    run("suggest", "--accept-all", catalog_path=cat)
    docs = json.loads(run("list", "--json", catalog_path=cat)[1])
    code, out, _ = run("show", docs[0]["uuid"][:8], catalog_path=cat)
    assert code == 0
    for expected in ("Arab News", "Luke Coffey", "https://arab.news/7m8f6", "Opinion", "(AFP/File)",
                     "End matter:", "Disclaimer", "Quotes (", "Mike McCaul", "Body:"):  # fmt: skip
        assert expected in out, expected
    data = json.loads(run("show", docs[0]["uuid"], "--json", catalog_path=cat)[1])
    assert data["short_url"] == "https://arab.news/7m8f6" and data["quotes"]


def test_quote_actor_tag_commands(cat, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    doc = json.loads(run("list", "--json", catalog_path=cat)[1])[0]["uuid"]
    code, out, err = run("quote", "add", doc, "--text", "memory is a trust", "--speaker", "Idris Haddad",
                         "--new-speaker", "person", "--tag", "Heritage/Mottos", catalog_path=cat)  # fmt: skip
    assert code == 0, err
    assert run("actor", "add", "Saltmere Archive Trust", "--type", "organisation", "--id", "url=https://trust.example", catalog_path=cat)[0] == 0
    assert run("actor", "relate", "Idris Haddad", "adviser to", "Saltmere Archive Trust", catalog_path=cat)[0] == 0
    assert run("actor", "add", "I. Haddad", catalog_path=cat)[0] == 0
    assert run("actor", "merge", "Idris Haddad", "I. Haddad", catalog_path=cat)[0] == 0
    assert run("tag", "rename", "Heritage", "Culture", catalog_path=cat)[0] == 0
    assert run("tag", "add", "Culture/Floods", doc, catalog_path=cat)[0] == 0
    assert run("tag", "merge", "Culture/Mottos", "Culture/Floods", catalog_path=cat)[0] == 0
    quotes = json.loads(run("quote", "list", "--json", catalog_path=cat)[1])
    assert quotes[0]["tags"] == ["Culture/Floods"] and quotes[0]["speaker"]["name"] == "Idris Haddad"
    tags = json.loads(run("tag", "list", "--json", catalog_path=cat)[1])
    assert {t["path"] for t in tags} == {"Culture", "Culture/Floods"}
    code, out, _ = run("search", "tag:Culture", "--type", "quote", catalog_path=cat)
    assert "1 result" in out
    actors = json.loads(run("list", "actors", "--json", catalog_path=cat)[1])
    haddad = next(a for a in actors if a["name"] == "Idris Haddad")
    assert "I. Haddad" in haddad["aliases"] and haddad["relations"][0][0] == "adviser to"


def test_list_lists_everything_unless_limited(cat, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        (folder / f"{i}.txt").write_text(f"Article number {i}\n\nBody text {i} about harbours and archives.\n")
    code, out, err = run("import", str(folder), catalog_path=cat)
    assert code == 0, out + err
    assert len(json.loads(run("list", "--json", catalog_path=cat)[1])) == 30
    assert len(json.loads(run("list", "--json", "--limit", "5", catalog_path=cat)[1])) == 5


def test_delete_restore_trash(cat, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    doc = json.loads(run("list", "--json", catalog_path=cat)[1])[0]["uuid"]
    assert run("delete", doc, catalog_path=cat)[0] == 0
    assert json.loads(run("list", "--json", catalog_path=cat)[1]) == []
    assert doc in run("list", "trash", catalog_path=cat)[1][:8] + doc
    assert run("undelete", doc, catalog_path=cat)[0] == 0
    assert len(json.loads(run("list", "--json", catalog_path=cat)[1])) == 1


def test_reindex_and_check(cat, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    code, out, _ = run("reindex", catalog_path=cat)
    assert code == 0 and "Indexed" in out
    code, out, _ = run("check", "--json", catalog_path=cat)
    assert code == 0 and json.loads(out)["ok"] is True


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("show", "zzzzzzzz"), "no document, quote or actor"),
        (("search", "foo:bar"), "is not a field"),
        (("tag", "rename", "Nope", "Other"), "no tag “Nope”"),
        (("actor", "merge", "A", "B"), "no actor"),
        (("quote", "add", "abcd", "--text", "x"), "no document"),
    ],
)
def test_errors_exit_non_zero_with_one_clear_line(cat, argv, message):
    run("init", catalog_path=cat)
    code, out, err = run(*argv, catalog_path=cat)
    assert code == 1
    assert message in err and err.count("\n") == 1 and err.startswith("pressmark: ")


def test_commands_other_than_import_do_not_create_catalogues(tmp_path):
    code, _, err = run("stats", catalog_path=tmp_path / "missing")
    assert code == 1 and "no Pressmark catalogue here" in err
    assert not (tmp_path / "missing").exists()


def test_backup_and_restore_commands(cat, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    code, out, _ = run("backup", catalog_path=cat)
    assert code == 0 and "Backed up to" in out
    backup_path = out.split("Backed up to ", 1)[1].strip()
    doc = json.loads(run("list", "--json", catalog_path=cat)[1])[0]["uuid"]
    run("delete", doc, catalog_path=cat)
    run("empty-trash", catalog_path=cat)
    assert backup_path in run("restore", catalog_path=cat)[1]
    code, out, _ = run("restore", backup_path, catalog_path=cat)
    assert code == 0 and "consistent" in out
    assert len(json.loads(run("list", "--json", catalog_path=cat)[1])) == 1


def test_read_commands_work_while_another_process_writes(cat, sample_file):
    from catalog.catalog import Catalog

    run("import", str(sample_file), catalog_path=cat)
    with Catalog(cat):
        code, out, err = run("stats", "--json", catalog_path=cat)
        assert code == 0 and json.loads(out)["documents"] == 1 and "reading only" in err
        code, _, err = run("tag", "add", "X", catalog_path=cat)
        assert code == 1 and "in use by" in err


def test_an_emptied_database_is_reported_not_replaced_and_restore_brings_it_back(cat, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    backup_path = run("backup", catalog_path=cat)[1].split("Backed up to ", 1)[1].strip()
    (cat / "catalog.sqlite").write_bytes(b"")
    for argv in (("check",), ("stats",), ("import", str(sample_file)), ("init",)):
        code, out, err = run(*argv, catalog_path=cat)
        assert code == 1 and out == "", argv
        assert "damaged" in err and f"restore {backup_path}" in err and err.count("\n") == 1, err
    assert (cat / "catalog.sqlite").read_bytes() == b""
    code, out, err = run("restore", backup_path, catalog_path=cat)
    assert code == 0 and "consistent" in out, err
    assert json.loads(run("stats", "--json", catalog_path=cat)[1])["documents"] == 1
