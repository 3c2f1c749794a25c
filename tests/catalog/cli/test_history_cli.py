"""``pressmark edit``, ``history``, ``undo`` and ``redo``: the catalogue's history from the command line."""

from __future__ import annotations

import json

import pytest

from tests.catalog.cli.test_cli import run


@pytest.fixture
def doc(tmp_path, sample_file):
    cat = tmp_path / "cat"
    assert run("import", str(sample_file), catalog_path=cat)[0] == 0
    code, out, _ = run("list", "--json", catalog_path=cat)
    return cat, json.loads(out)[0]["uuid"]


def test_edit_then_history_names_the_author_and_both_values(doc):
    cat, uuid = doc
    code, out, err = run("--author", "Sam Archivist", "edit", uuid[:8], "title=A corrected title", "section=Heritage", catalog_path=cat)
    assert code == 0, err
    assert "Edited document" in out
    code, out, _ = run("history", uuid[:8], "--json", catalog_path=cat)
    entries = json.loads(out)
    assert entries[0]["author"] == "Sam Archivist" and entries[0]["label"] == "Edit document"
    assert entries[0]["changes"]["section"] == {"old": "", "new": "Heritage"}
    assert entries[-1]["action"] == "create"
    code, out, _ = run("history", catalog_path=cat)
    assert "Sam Archivist  Edit document  (1 record)" in out


def test_undo_and_redo_from_the_command_line(doc):
    cat, uuid = doc
    run("edit", uuid, "title=Second title", catalog_path=cat)
    code, out, _ = run("undo", catalog_path=cat)
    assert code == 0 and "Undone: Edit document" in out
    assert "Second title" not in run("show", uuid, catalog_path=cat)[1]
    code, out, _ = run("redo", "--json", catalog_path=cat)
    assert code == 0 and json.loads(out)["redone"] == "Edit document"
    assert "Second title" in run("show", uuid, catalog_path=cat)[1]
    code, _, err = run("redo", catalog_path=cat)
    assert code == 1 and "nothing to redo" in err.lower()


def test_edit_quotes_and_actors_and_refuse_unknown_fields(doc):
    cat, uuid = doc
    code, out, err = run("actor", "add", "Ines Varga", catalog_path=cat)
    assert code == 0, err
    code, out, err = run("edit", _actor_id(cat, "Ines Varga"), "description=Archivist", "aliases=I. Varga|Varga", "identifiers=wikidata:Q99", catalog_path=cat)
    assert code == 0, err
    actor = json.loads(run("show", _actor_id(cat, "Ines Varga"), "--json", catalog_path=cat)[1])
    assert actor["description"] == "Archivist" and sorted(actor["aliases"]) == ["I. Varga", "Varga"]
    code, _, err = run("edit", uuid, "colour=red", catalog_path=cat)
    assert code == 1 and "cannot edit colour of a document" in err
    code, _, err = run("edit", uuid, "title", catalog_path=cat)
    assert code == 1 and "is not FIELD=VALUE" in err


def _actor_id(cat, name: str) -> str:
    actors = json.loads(run("actor", "list", "--json", catalog_path=cat)[1])
    return next(a["uuid"] for a in actors if a["name"] == name)
