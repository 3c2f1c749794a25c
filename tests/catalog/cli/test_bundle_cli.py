"""``pressmark bundle export|import|verify`` in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile

from tests.catalog.cli.test_cli import run
from tests.conftest import REPO


def test_export_verify_import(tmp_path, sample_file):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    run("import", str(sample_file), catalog_path=mine)
    run("suggest", "--accept-all", catalog_path=mine)
    out_zip = tmp_path / "out.zip"
    code, out, err = run("bundle", "export", str(out_zip), catalog_path=mine)
    assert code == 0, err
    assert out.startswith("Exported 1 documents, 5 quotes")
    code, out, _ = run("bundle", "verify", str(out_zip), catalog_path=mine)
    assert code == 0 and "valid Pressmark bundle" in out
    code, out, _ = run("bundle", "import", str(out_zip), "--dry-run", catalog_path=theirs)
    assert code == 0 and out.startswith("Dry run: nothing was changed.") and "quotes: 5 added" in out
    assert json.loads(run("stats", "--json", catalog_path=theirs)[1])["documents"] == 0
    code, out, _ = run("bundle", "import", str(out_zip), "--json", catalog_path=theirs)
    assert code == 0 and json.loads(out)["counts"]["document"]["added"] == 1
    doc = json.loads(run("list", "--json", catalog_path=theirs)[1])[0]["uuid"]
    run("quote", "add", doc, "--text", "memory is a trust", "--note", "mine", catalog_path=theirs)
    code, out, _ = run("bundle", "import", str(out_zip), catalog_path=theirs)
    assert code == 0 and "quotes: 5 unchanged" in out


def test_conflicts_are_listed_with_the_policy(tmp_path, sample_file):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    run("import", str(sample_file), catalog_path=mine)
    run("bundle", "export", str(tmp_path / "a.zip"), catalog_path=mine)
    run("bundle", "import", str(tmp_path / "a.zip"), catalog_path=theirs)
    doc = json.loads(run("list", "--json", catalog_path=theirs)[1])[0]["uuid"]
    from catalog.catalog import Catalog

    with Catalog(theirs) as cat:
        cat.documents.update(doc, title="Renamed there", section="Heritage")
    run("bundle", "export", str(tmp_path / "b.zip"), catalog_path=theirs)
    run("edit", doc, "title=Renamed here", catalog_path=mine)  # both changed the title: one conflict
    code, out, _ = run("bundle", "import", str(tmp_path / "b.zip"), catalog_path=mine)
    assert code == 0 and "Conflicts (1, policy “mine”):" in out and "differs in title; kept mine" in out
    assert "title: mine “Renamed here”, theirs “Renamed there”, base “Saltmere" in out
    assert json.loads(run("show", doc, "--json", catalog_path=mine)[1])["section"] == "Heritage"  # theirs alone: taken
    assert "--on-conflict theirs" in out
    code, out, _ = run("bundle", "import", str(tmp_path / "b.zip"), "--on-conflict", "theirs", catalog_path=mine)
    assert "documents: 1 kept" in out  # the same bundle again changes nothing: its version is merged here
    run("undo", catalog_path=mine)  # to decide differently, undo the import and take theirs
    code, out, _ = run("bundle", "import", str(tmp_path / "b.zip"), "--on-conflict", "theirs", catalog_path=mine)
    assert "took theirs" in out
    assert json.loads(run("list", "--json", catalog_path=mine)[1])[0]["title"] == "Renamed there"


def test_hostile_bundle_is_refused_with_one_line(tmp_path):
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../evil.txt", "x")
    code, out, err = run("bundle", "import", str(evil), catalog_path=tmp_path / "cat")
    assert code == 1 and err.startswith("pressmark: evil.zip: refused: ") and "“..”" in err
    code, _, err = run("bundle", "verify", str(evil), catalog_path=tmp_path / "cat")
    assert code == 1 and "refused" in err


def test_no_extracted_bundle_outlives_the_command(tmp_path, sample_file):
    """The extracted copy is deleted in the background; the process waits for that before it exits."""
    mine, temp = tmp_path / "mine", tmp_path / "temp"
    temp.mkdir()
    run("import", str(sample_file), catalog_path=mine)
    run("bundle", "export", str(tmp_path / "out.zip"), catalog_path=mine)
    env = {**os.environ, "TMPDIR": str(temp)}
    for action, catalogue in (("verify", mine), ("import", tmp_path / "theirs")):
        argv = [sys.executable, "-m", "catalog.cli.main", "--catalog", str(catalogue), "bundle", action, str(tmp_path / "out.zip")]
        done = subprocess.run(argv, cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert list(temp.glob("pressmark-bundle-*")) == [], action


def test_a_quote_edited_differently_on_both_sides_is_listed_in_the_json_report(tmp_path, sample_file):
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    run("import", str(sample_file), catalog_path=mine)
    doc = json.loads(run("list", "--json", catalog_path=mine)[1])[0]["uuid"]
    run("quote", "add", doc, "--text", "memory is a trust", "--note", "first note", catalog_path=mine)
    from catalog.catalog import Catalog

    with Catalog(mine) as cat:
        (quote,) = [q.uuid for q in cat.quotes.find(document=doc)]
    run("bundle", "export", str(tmp_path / "a.zip"), catalog_path=mine)
    run("bundle", "import", str(tmp_path / "a.zip"), catalog_path=theirs)
    run("edit", quote, "note=their note", "kind=excerpt", catalog_path=theirs)
    run("bundle", "export", str(tmp_path / "b.zip"), catalog_path=theirs)
    run("edit", quote, "note=my note", catalog_path=mine)

    code, out, err = run("bundle", "import", str(tmp_path / "b.zip"), "--json", catalog_path=mine)
    assert code == 0, err
    report = json.loads(out)
    assert report["counts"]["quote"]["conflict"] == 1
    assert [(c["kind"], c["record"], c["field"], c["mine"], c["theirs"], c["base"], c["shared_base"]) for c in report["conflicts"]] == [
        ("quote", quote, "note", "my note", "their note", "first note", True)
    ]
    shown = json.loads(run("show", quote, "--json", catalog_path=mine)[1])
    assert (shown["note"], shown["kind"]) == ("my note", "excerpt")  # their kind, changed there only, is taken
