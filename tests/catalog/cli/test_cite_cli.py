"""``pressmark cite``: one record's citation, the bibliography of several or of a tag, styles."""

from __future__ import annotations

import json

import pytest

from catalog.catalog import Catalog
from tests.catalog.cli.test_cli import run
from tests.conftest import add_text


@pytest.fixture
def cat(tmp_path):
    """A catalogue of two articles by Mara Okonjo and Per Lind, the first tagged Heritage and
    holding a quote of Ana Castellan; returns (folder, first id, second id, quote id)."""
    folder = tmp_path / "cat"
    with Catalog(folder) as catalog:
        first = add_text(catalog, "Saltmere archive goes digital", "Saltmere. We will rebuild the archive, she said.", publication="The Harbour Ledger")
        second = add_text(catalog, "Ferry timetable changes", "Ferries. The ferry leaves at nine.", publication="The Harbour Ledger")
        catalog.documents.update(first, published_at="2024-03-14", url="https://example.org/a")
        catalog.documents.update(second, published_at="2023-05-02", url="https://example.org/b")
        for doc, name in ((first, "Mara Okonjo"), (second, "Per Lind")):
            catalog.actors.add(name, type="person")
            catalog.actors.link(doc, name, role="author")
        body = catalog.documents.get(first).body
        start = body.index("We will")
        quote, _ = catalog.quotes.add(first, start, start + len("We will rebuild the archive"), speaker="Ana Castellan", new_speaker_type="person")
        catalog.tags.apply([first], "Heritage")
    return folder, first, second, quote


def test_cite_prints_a_documents_reference_in_the_style_asked(cat):
    folder, first, _second, _quote = cat
    code, out, _ = run("cite", first[:8], "--style", "mla", catalog_path=folder)
    assert code == 0
    assert out == "Okonjo, Mara. “Saltmere Archive Goes Digital.” The Harbour Ledger, 14 Mar. 2024, https://example.org/a.\n"


def test_cite_prints_a_quote_with_its_speaker_and_source_in_apa_by_default(cat):
    folder, _first, _second, quote = cat
    code, out, _ = run("cite", quote, catalog_path=folder)
    assert code == 0
    assert out.splitlines() == [
        "“We will rebuild the archive” (Ana Castellan, quoted in Okonjo, 2024)",
        "Okonjo, M. (2024, March 14). Saltmere archive goes digital. The Harbour Ledger. https://example.org/a",
    ]


def test_cite_of_several_ids_writes_their_bibliography_to_a_file(cat, tmp_path):
    folder, first, second, _quote = cat
    target = tmp_path / "refs.html"
    code, out, _ = run("cite", first, second, "--style", "chicago-author-date", "--format", "html", "--output", str(target), catalog_path=folder)
    assert code == 0 and f"Wrote {target}" in out
    page = target.read_text(encoding="utf-8")
    assert page.index("Lind, Per. 2023.") < page.index("Okonjo, Mara. 2024.")


def test_cite_of_a_tag_gives_csl_json(cat):
    folder, first, _second, _quote = cat
    code, out, _ = run("cite", "--tag", "heritage", "--format", "csl-json", catalog_path=folder)
    assert code == 0
    (item,) = json.loads(out)
    assert item["id"] == first and item["author"] == [{"family": "Okonjo", "given": "Mara"}]


def test_a_misspelt_style_fails_with_close_matches_and_exit_1(cat):
    folder, first, _second, _quote = cat
    code, out, err = run("cite", first, "--style", "chicago-autor-date", catalog_path=folder)
    assert code == 1 and out == ""
    assert err.startswith("pressmark: “chicago-autor-date” is not a citation style; did you mean chicago-author-date")


def test_cite_without_ids_or_tag_says_what_it_needs(cat):
    folder, *_ = cat
    code, _out, err = run("cite", catalog_path=folder)
    assert code == 1 and "give a document's or quote's id, several ids, or --tag NAME" in err


def test_cite_of_an_unknown_id_or_tag_fails_with_a_clear_line(cat):
    folder, *_ = cat
    assert run("cite", "ffffffff", catalog_path=folder)[2].startswith("pressmark: no record with id")
    assert run("cite", "--tag", "Nowhere", catalog_path=folder)[2].startswith("pressmark: no tag “Nowhere”")


def test_styles_are_listed_without_a_catalogue(tmp_path):
    code, out, _ = run("cite", "--styles", catalog_path=tmp_path / "none")
    assert code == 0 and not (tmp_path / "none").exists()
    lines = out.splitlines()
    assert lines[0].split()[0] == "apa" and any(line.startswith("modern-language-association") and "mla" in line for line in lines)
    assert "installed styles by name" in lines[-1]
