"""``pressmark import`` takes reference lists and REFI-QDA projects, reporting each entry."""

from __future__ import annotations

import json

import pytest

from tests.catalog.cli.test_cli import run

RIS = """TY  - NEWS
TI  - Saltmere's flood-damaged archive goes digital, one soaked page at a time
UR  - https://ledger.example/s/4kq2
DO  - 10.5555/ledger.17
AB  - Volunteers dry and scan soaked pages.
ER  -

TY  - JOUR
TI  - Paper that survives water
AU  - Castellan, Helen
PY  - 2023
ER  -

TY  - JOUR
AU  - Nobody, Named
ER  -
"""


@pytest.fixture
def cat(tmp_path):
    return tmp_path / "cat"


def test_a_reference_list_enriches_what_it_names_and_reports_each_entry(cat, tmp_path, sample_file):
    run("import", str(sample_file), catalog_path=cat)
    library = tmp_path / "library.ris"
    library.write_text(RIS, "utf-8")
    code, out, _ = run("import", str(library), catalog_path=cat)
    assert code == 0, out
    assert "entry 1 (line 1): enriched “Saltmere's flood-damaged archive goes digital, one soaked page at a time” (same URL): filled URL, DOI" in out
    assert "entry 3 (line 14): skipped: it has no title (TI or T1)" in out
    assert out.rstrip().endswith("1 imported, 1 enriched, 1 skipped, 0 already there, 0 failed")
    code, out, _ = run("import", str(library), "--json", catalog_path=cat)
    data = json.loads(out)
    assert code == 0 and (data["imported"], data["enriched"], data["duplicate"], data["skipped"]) == (0, 0, 2, 1)
    assert [o["status"] for o in data["outcomes"]] == ["duplicate", "duplicate", "skipped"]
    shown = json.loads(run("show", data["outcomes"][0]["document_uuid"], "--json", catalog_path=cat)[1])
    assert shown["doi"] == "10.5555/ledger.17" and shown["url"] == "https://ledger.example/s/4kq2"
    assert shown["notes"] != "Volunteers dry and scan soaked pages."  # its own notes stand


def test_a_broken_reference_list_fails_with_the_reason_and_imports_nothing(cat, tmp_path):
    broken = tmp_path / "cut.ris"
    broken.write_text(RIS.rsplit("ER  -", 1)[0], "utf-8")
    code, out, _ = run("import", str(broken), catalog_path=cat)
    assert code == 1 and "the entry starting on line 14 has no ER line: the file may have been cut short" in out
    assert json.loads(run("stats", "--json", catalog_path=cat)[1])["documents"] == 0


def test_a_refi_qda_project_imports_its_texts_and_coded_selections(cat, tmp_path):
    from tests.catalog.exchange.test_qdpx_import import qualcoder_project

    code, out, _ = run("import", str(qualcoder_project(tmp_path)), catalog_path=cat)
    assert code == 0 and out.rstrip().endswith("1 imported, 1 skipped, 0 already there, 0 failed")
    quotes = json.loads(run("list", "quotes", "--json", catalog_path=cat)[1])
    assert sorted(q["exact"] for q in quotes) == ["Not one page.", "We lost 🙂 nothing."]
    tags = [t["path"] for t in json.loads(run("list", "tags", "--json", catalog_path=cat)[1])]
    assert tags == ["Loss", "Loss/Archives ∕ paper", "Reassurance"]
