"""The command line, run in-process through ``main(argv, out, err)``."""

from __future__ import annotations

import errno
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
    assert "Culture/Floods  (1 document, 1 quote, 0 actors)" in run("tag", "list", catalog_path=cat)[1]
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


def test_check_reports_a_missing_index_and_repair_rebuilds_it(cat, sample_file, monkeypatch):
    """check says the index is missing instead of rebuilding it on opening (most of an hour
    at a million documents); check --repair rebuilds it, once."""
    import shutil

    from catalog.services import search as search_service

    run("import", str(sample_file), catalog_path=cat)
    shutil.rmtree(cat / "index")
    rebuilds = []
    real = search_service.SearchService.reindex
    monkeypatch.setattr(search_service.SearchService, "reindex", lambda self, *a, **k: rebuilds.append(1) or real(self, *a, **k))
    code, out, _ = run("check", "--json", catalog_path=cat)
    report = json.loads(out)
    assert code == 1 and report["ok"] is False and not rebuilds
    assert any("index" in problem["what"].lower() for problem in report["problems"])
    code, out, _ = run("check", "--repair", "--json", catalog_path=cat)
    assert len(rebuilds) == 1
    code, out, _ = run("check", "--json", catalog_path=cat)
    assert code == 0 and json.loads(out)["ok"] is True and len(rebuilds) == 1


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


@pytest.mark.parametrize("extra", [(), ("--json",), ("--type", "quote")])
def test_searching_an_empty_catalogue_finds_nothing(cat, extra):
    # a fresh catalogue's index has no segment yet (also after a killed first import)
    run("init", catalog_path=cat)
    code, out, err = run("search", "x", *extra, catalog_path=cat)
    assert (code, err) == (0, "")
    if extra == ("--json",):
        assert json.loads(out)["total"] == 0


def test_a_huge_actor_name_is_refused_with_a_sentence(cat):
    run("init", catalog_path=cat)
    huge = "a" * 100_000
    code, _, err = run("actor", "add", huge, catalog_path=cat)
    assert code == 1 and "longer than 500 characters" in err and len(err) < 400
    for argv in (("actor", "merge", huge, "b" + huge), ("show", huge), ("quote", "list", "--speaker", huge)):
        code, _, err = run(*argv, catalog_path=cat)
        assert code == 1 and err.startswith("pressmark: no ") and len(err) < 600, (argv[0], err[:300])
        assert "LIKE" not in err and "SQL" not in err


def test_actor_names_match_exactly_not_as_patterns(cat):
    # the name lookup ignores case but must not read % and _ as wildcards
    run("init", catalog_path=cat)
    assert run("actor", "add", "Ann Smith", catalog_path=cat)[0] == 0
    assert run("actor", "add", "ann SMITH", "--type", "organisation", catalog_path=cat)[0] == 0
    code, _, err = run("actor", "merge", "Ann Smith", "A%", catalog_path=cat)
    assert code == 1 and "no actor" in err
    code, _, err = run("actor", "alias", "Ann_Smith", "X", catalog_path=cat)
    assert code == 1 and "no actor" in err


def _one_sentence(err: str) -> str:
    assert err.startswith("pressmark: ") and err.count("\n") == 1, err
    assert "Traceback" not in err and "[SQL" not in err and "sqlalche.me" not in err, err
    return err


def test_a_damaged_database_points_to_check_and_restore(cat, sample_file):
    import sqlite3

    run("import", str(sample_file), catalog_path=cat)
    database = cat / "catalog.sqlite"
    with sqlite3.connect(database) as connection:
        root, page_size = connection.execute(
            "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_master WHERE name = 'documents'"
        ).fetchone()
    connection.close()
    with database.open("r+b") as file:  # what a failing disk does to a page in the middle
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
    for argv in (("list", "documents"), ("search", "harbour")):
        code, _, err = run(*argv, catalog_path=cat)
        assert code == 1
        # found on opening: named as damage, with the command that puts the newest backup back
        assert "the catalogue is damaged: its database catalog.sqlite cannot be read (database disk image is malformed)" in _one_sentence(err)
        assert f"pressmark --catalog {cat} restore {cat / 'backups'}" in err
    code, out, _ = run("check", catalog_path=cat)
    assert code == 1 and "database: database disk image is malformed" in out and "put back the newest backup" in out


def test_originals_as_a_file_is_named_as_damage(cat):
    run("init", catalog_path=cat)
    (cat / "originals").rmdir()
    (cat / "originals").write_text("not a folder")
    for argv in (("stats",), ("tag", "add", "X")):
        code, _, err = run(*argv, catalog_path=cat)
        assert code == 1 and "the catalogue folder is damaged: `originals` is a file, not a folder" in _one_sentence(err)


def test_backups_as_a_file_is_named_and_the_catalogue_still_opens(cat):
    run("init", catalog_path=cat)
    (cat / "backups").write_text("not a folder")
    assert run("stats", catalog_path=cat)[0] == 0
    code, _, err = run("backup", catalog_path=cat)
    assert code == 1 and "`backups` is a file, not a folder" in err and "Traceback" not in err


def test_a_bundle_name_too_long_is_named_not_the_temp_file(cat, tmp_path):
    run("init", catalog_path=cat)
    code, _, err = run("bundle", "export", str(tmp_path / ("b" * 300 + ".zip")), catalog_path=cat)
    assert code == 1 and "is too long for this file system: choose a shorter name" in _one_sentence(err)
    assert ".pressmark-export" not in err and not list(tmp_path.glob(".pressmark-export*"))


def _failing_stats(monkeypatch, exc: BaseException) -> None:
    from catalog.cli import commands

    def fail(*_args):
        raise exc

    monkeypatch.setitem(commands.COMMANDS, "stats", fail)


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (RecursionError("maximum recursion depth exceeded"), "nested too deeply"),
        (UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte"), "not valid utf-8 (byte 0xff at position 2"),
        (OSError(errno.ENOSPC, "No space left on device", "/x/catalog.sqlite"), "the disk is full (writing /x/catalog.sqlite)"),
        # os.replace(temp, target) names the temp file first; the long name is the target's
        (OSError(errno.ENAMETOOLONG, "File name too long", "/tmp/.partial", None, "/tmp/" + "n" * 300), "“nnnnnnn"),
    ],
)
def test_known_failures_become_one_sentence(cat, monkeypatch, exc, message):
    run("init", catalog_path=cat)
    _failing_stats(monkeypatch, exc)
    code, _, err = run("stats", catalog_path=cat)
    assert code == 1 and message in _one_sentence(err) and "internal error" not in err


def test_database_errors_name_the_reason_never_the_sql(cat, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    run("init", catalog_path=cat)
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = 5
    _failing_stats(monkeypatch, OperationalError("SELECT 1\nFROM x", {}, busy))
    code, _, err = run("stats", catalog_path=cat)
    assert code == 1 and "database is busy (database is locked)" in _one_sentence(err)


def test_a_bug_is_one_line_with_a_pointer_to_the_traceback(cat, monkeypatch):
    run("init", catalog_path=cat)
    _failing_stats(monkeypatch, KeyError("first line\nsecond line"))
    code, _, err = run("stats", catalog_path=cat)
    assert code == 1 and "internal error: KeyError" in _one_sentence(err) and "--debug" in err
    code, _, err = run("--debug", "stats", catalog_path=cat)
    assert code == 1 and "Traceback" in err and "internal error: KeyError" in err


@pytest.mark.parametrize("argv", [("list", "documents"), ("search", "x", "--json")])
def test_output_cut_short_by_its_reader_ends_quietly(cat, argv):
    # `pressmark list documents | head -1`: the reader is gone before Pressmark writes
    import os
    import subprocess
    import sys
    from pathlib import Path

    run("init", catalog_path=cat)
    main_py = Path(__file__).resolve().parents[3] / "main.py"
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            [sys.executable, str(main_py), "--catalog", str(cat), *argv],
            stdout=write_end, stderr=subprocess.PIPE, timeout=60, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.stderr.decode() == "" and done.returncode in (0, 1)


def test_a_file_name_in_an_unknown_encoding_imports(cat, tmp_path):
    import os

    path = tmp_path / os.fsdecode(b"Caf\xe9 notes.txt")  # Latin-1 bytes: not UTF-8
    try:
        path.write_text("The harbour ledger was kept for a hundred years. It names every ship.\n")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    code, out, err = run("import", str(tmp_path), "--json", catalog_path=cat)
    assert (code, err) == (0, ""), (out, err)
    out.encode("utf-8")  # the JSON a script reads can be written to a UTF-8 stdout
    assert json.loads(out)["outcomes"][0]["path"] == str(path)
    assert json.loads(run("list", "--json", catalog_path=cat)[1])[0]["original_name"] == "Caf\ufffd notes.txt"


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


def test_global_options_work_after_the_command_name_too(cat, sample_file, isolated_home):
    """Issue 14, defect 11: the README says every command takes --catalog; it worked only
    before the command's name (`pressmark import X --catalog P` failed)."""
    out, err = io.StringIO(), io.StringIO()
    assert main(["import", str(sample_file), "--catalog", str(cat), "--author", "Sam Archivist"], out, err) == 0, err.getvalue()
    assert "1 imported" in out.getvalue()
    assert not (isolated_home / "default-catalogue").exists()  # the default was not used
    for argv in (
        ["stats", "--json", "--catalog", str(cat)],
        ["list", "--catalog", str(cat), "--limit", "1"],
        ["tag", "add", "Heritage", "--catalog", str(cat)],  # a nested command
        ["tag", "list", "--catalog", str(cat)],
        ["history", "--catalog", str(cat), "--json"],
        ["--catalog", str(isolated_home / "elsewhere"), "stats", "--catalog", str(cat)],  # the nearer wins
    ):
        out, err = io.StringIO(), io.StringIO()
        assert main(argv, out, err) == 0, (argv, err.getvalue())
    code, out, _ = run("history", "--json", catalog_path=cat)
    assert "Sam Archivist" in out
    code, out, _ = run("tag", "list", catalog_path=cat)
    assert "Heritage" in out
    # given before the command, an option is not undone by the command's own default
    code, out, _ = run("stats", "--json", catalog_path=cat)
    assert json.loads(out)["documents"] == 1
    assert not (isolated_home / "elsewhere").exists()
