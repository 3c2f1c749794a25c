"""``pressmark actor duplicates / different / said / unrelate``: actor work from the command line."""

from __future__ import annotations

import json

import pytest

from tests.catalog.cli.test_cli import run


@pytest.fixture
def cat(tmp_path):
    path = tmp_path / "cat"
    assert run("init", catalog_path=path)[0] == 0
    for name in ("Barack Obama", "Obama", "Dr. Amal Hassan", "Amal Hassan", "Helen Castellan"):
        assert run("actor", "add", name, catalog_path=path)[0] == 0
    return path


def test_duplicates_list_the_alike_pairs_for_people_and_for_scripts(cat):
    code, out, err = run("actor", "duplicates", catalog_path=cat)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[-1] == "2 possible duplicates"
    assert "Amal Hassan" in lines[0] and "Dr. Amal Hassan" in lines[0] and "titles" in lines[0]
    assert "Castellan" not in out
    pairs = json.loads(run("actor", "duplicates", "--json", catalog_path=cat)[1])
    assert {frozenset((p["first"]["name"], p["second"]["name"])) for p in pairs} == {
        frozenset(("Barack Obama", "Obama")), frozenset(("Amal Hassan", "Dr. Amal Hassan")),
    }  # fmt: skip
    assert all(0.75 <= p["score"] <= 1 and p["reason"] for p in pairs)
    assert json.loads(run("actor", "duplicates", "--json", "--type", "organisation", catalog_path=cat)[1]) == []
    code, _out, err = run("actor", "duplicates", "--min-score", "7", catalog_path=cat)
    assert code == 1 and "from 0 to 1" in err


def test_a_pair_marked_different_leaves_the_list_and_merging_empties_it(cat):
    assert run("actor", "different", "Obama", "Barack Obama", catalog_path=cat)[1] == "Marked as different\n"
    assert run("actor", "different", "Barack Obama", "Obama", catalog_path=cat)[1] == "Already marked as different\n"
    assert run("actor", "duplicates", catalog_path=cat)[1].splitlines()[-1] == "1 possible duplicate"
    assert run("actor", "unrelate", "Obama", "different from", "Barack Obama", catalog_path=cat)[0] == 0
    assert run("actor", "merge", "Amal Hassan", "Dr. Amal Hassan", catalog_path=cat)[0] == 0
    pairs = json.loads(run("actor", "duplicates", "--json", catalog_path=cat)[1])
    assert [(p["first"]["name"], p["second"]["name"]) for p in pairs] == [("Barack Obama", "Obama")]
    code, _out, err = run("actor", "different", "Obama", "Obama", catalog_path=cat)
    assert code == 1 and "itself" in err


def test_said_lists_an_actors_quotes_with_their_documents_and_narrows_by_words(cat, tmp_path):
    article = tmp_path / "walls.txt"
    article.write_text("Harbour walls\n\nAmal Hassan said the harbour walls will hold through the winter.\n")
    assert run("import", str(article), catalog_path=cat)[0] == 0
    doc = json.loads(run("list", "--json", catalog_path=cat)[1])[0]["uuid"]
    assert run("quote", "add", doc, "--text", "the harbour walls will hold", "--speaker", "Amal Hassan", catalog_path=cat)[0] == 0
    code, out, err = run("actor", "said", "Amal Hassan", catalog_path=cat)
    assert code == 0, err
    assert "undated" in out and "“Harbour walls”" in out and "“the harbour walls will hold”" in out and out.endswith("1 quote\n")
    assert run("actor", "said", "Amal Hassan", "--about", "winter", catalog_path=cat)[1] == "0 quotes\n"
    said = json.loads(run("actor", "said", "Amal Hassan", "--about", "WALL", "--json", catalog_path=cat)[1])
    assert [(q["exact"], q["document_uuid"]) for q in said] == [("the harbour walls will hold", doc)]
    code, _out, err = run("actor", "said", "Nobody Known", catalog_path=cat)
    assert code == 1 and "no actor" in err
