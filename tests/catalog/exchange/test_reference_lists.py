"""Reference lists (RIS, CSL-JSON): entries become reference documents with their metadata,
enrich a document they name by DOI or URL (never overwriting), and broken files are refused
with the reason, changing nothing."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime

import pytest
from jsonschema import Draft7Validator

from catalog.errors import ImportFailed
from catalog.importers.csl_json import item_problem
from catalog.importers.references import MAX_REFERENCE_BYTES, read_references
from tests.conftest import add_text, shared_path

RIS = """TY  - NEWS
TI  - Saltmere's flood-damaged archive goes digital
AU  - Okonjo, Mara
AU  - Harbour Ledger Staff
T2  - The Harbour Ledger
DA  - 2024/03/14/
UR  - https://ledger.example/s/4kq2
DO  - https://doi.org/10.5555/Ledger.2024.17
AB  - Volunteers dry and scan
  ten thousand soaked pages.
N1  - Read in print first.
KW  - Heritage/Archives
KW  - Floods
LA  - en
ID  - okonjo2024
ER  -

TY  - JOUR
T1  - Paper that survives water
A1  - Castellan, Helen
JO  - Journal of Archives
PY  - 2023///
ER  -
"""

CSL = [
    {
        "id": "castellan2023",
        "type": "article-journal",
        "title": "Paper that survives water",
        "author": [{"family": "Castellan", "given": "Helen"}, {"literal": "Saltmere Archive Trust"}],
        "container-title": "Journal of Archives",
        "issued": {"date-parts": [[2023, 5, 6]]},
        "DOI": "10.5555/paper.water",
        "URL": "https://journal.example/water",
        "abstract": "How rag paper outlasts wood pulp.",
        "keyword": "Heritage, Conservation",
    },
    {"id": 7, "type": "webpage", "title": "A page about 🙂 and 𝔘", "issued": {"literal": "Spring 2022"}},
]


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_ris_entries_become_reference_documents_with_their_metadata(catalog, tmp_path):
    outcomes = catalog.documents.import_records(write(tmp_path, "library.ris", RIS.encode()))
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert outcomes[0].message == "entry 1 (line 1): imported “Saltmere's flood-damaged archive goes digital”"
    first = catalog.documents.get(outcomes[0].document_uuid)
    assert (first.publication, first.published_at, first.url, first.doi, first.language) == (
        "The Harbour Ledger", datetime(2024, 3, 14), "https://ledger.example/s/4kq2", "10.5555/Ledger.2024.17", "en",
    )  # fmt: skip
    assert first.notes == "Volunteers dry and scan ten thousand soaked pages.\n\nRead in print first."
    assert first.page_kind == "reference" and first.body == "" and sorted(first.tags) == ["Floods", "Heritage/Archives"]
    assert [(a.name, a.type) for a in first.authors] == [("Mara Okonjo", "person"), ("Harbour Ledger Staff", "organisation")]
    assert json.loads(first.provenance) == {"source": "RIS", "type": "NEWS", "id": "okonjo2024"}
    second = catalog.documents.get(outcomes[1].document_uuid)
    assert (second.title, second.publication, second.published_text, [a.name for a in second.authors]) == (
        "Paper that survives water", "Journal of Archives", "2023", ["Helen Castellan"],
    )  # fmt: skip
    assert catalog.documents.original_path(first.uuid).read_bytes() == RIS.encode()  # the list is kept as the original
    assert catalog.search.run("Saltmere").total >= 1


def test_csl_json_items_become_documents_and_bad_items_are_skipped_with_the_reason(catalog, tmp_path):
    items = [*CSL, {"id": "x", "type": "not-a-type", "title": "Wrong"}, {"id": "y", "type": "book", "title": 5}, {"type": "book"}]
    outcomes = catalog.documents.import_records(write(tmp_path, "zotero.json", json.dumps(items, ensure_ascii=False).encode()))
    assert [o.status for o in outcomes] == ["imported", "imported", "skipped", "skipped", "skipped"]
    assert "has the type “not-a-type”, which is not one of CSL's" in outcomes[2].message
    assert "“title” of the wrong kind" in outcomes[3].message and "has no “id”" in outcomes[4].message
    paper = catalog.documents.get(outcomes[0].document_uuid)
    assert (paper.doi, paper.published_at, paper.notes) == ("10.5555/paper.water", datetime(2023, 5, 6), "How rag paper outlasts wood pulp.")
    assert [(a.name, a.type) for a in paper.authors] == [("Helen Castellan", "person"), ("Saltmere Archive Trust", "organisation")]
    assert sorted(paper.tags) == ["Conservation", "Heritage"]
    page = catalog.documents.get(outcomes[1].document_uuid)
    assert page.title == "A page about 🙂 and 𝔘" and page.published_text == "Spring 2022"


def test_our_item_checks_agree_with_the_csl_json_schema():
    validator = Draft7Validator(json.loads(shared_path("schemas", "csl", "csl-data.json").read_text()))
    samples = [
        *CSL,
        {"id": "a", "type": "book"},
        {"id": "b", "type": "novel"},
        {"id": "c", "type": "book", "title": ["list"]},
        {"id": "d", "type": "book", "author": [{"family": "X", "middle": "Y"}]},
        {"id": "e", "type": "book", "issued": {"date-parts": [[2020, 1, 2, 3]]}},
        {"id": "f", "type": "book", "issued": {"date-parts": [["2020"]]}},
        {"id": True, "type": "book"},
        {"id": "g", "type": "book", "made-up": "field"},
        {"id": "h", "type": "book", "page": 12, "custom": {"anything": 1}},
        {"type": "book"},
        "not an object",
    ]
    for item in samples:
        assert (item_problem(item) == "") == validator.is_valid([item]), item


def test_an_entry_naming_a_document_by_doi_or_url_fills_its_empty_fields_and_never_overwrites(catalog, tmp_path):
    article = add_text(catalog, "Saltmere's archive", "Volunteers dried the pages one by one.", publication="Ledger Weekly", language="en-GB")
    catalog.documents.update(article, doi="10.5555/ledger.2024.17")  # the DOI in another case
    by_url = add_text(catalog, "Water and paper", "Rag paper outlasts wood pulp, conservators say.", url="http://www.journal.example/water/")
    before = catalog.documents.get(by_url)
    outcomes = catalog.documents.import_paths([write(tmp_path, "a.ris", RIS.encode()), write(tmp_path, "b.json", json.dumps(CSL).encode())])
    statuses = [(o.status, o.document_uuid) for o in outcomes]
    assert statuses[0] == ("enriched", article) and statuses[2] == ("enriched", by_url)
    assert "(same DOI): filled date, URL, notes, authors, tags" in outcomes[0].message
    enriched = catalog.documents.get(article)
    assert (enriched.publication, enriched.title, enriched.language) == ("Ledger Weekly", "Saltmere's archive", "en-GB")  # kept
    assert enriched.doi == "10.5555/ledger.2024.17" and enriched.url == "https://ledger.example/s/4kq2"
    assert enriched.page_kind == "article" and enriched.body == "Volunteers dried the pages one by one."
    other = catalog.documents.get(by_url)
    assert other.url == before.url and other.doi == "10.5555/paper.water" and other.publication == "Journal of Archives"
    # the RIS's second entry (no DOI, no URL) became a reference; the same list again adds
    # nothing: that entry is known by its title and date (the CSL page likewise)
    assert len(catalog.documents.find()) == 4
    again = catalog.documents.import_paths([write(tmp_path, "a.ris", RIS.encode())])
    assert [o.status for o in again] == ["duplicate", "duplicate"] and len(catalog.documents.find()) == 4
    assert "(same title and date); nothing to add" in again[1].message


def test_two_entries_for_one_document_in_one_file_make_one_document(catalog, tmp_path):
    twice = RIS.split("\n\n")[0] + "\n\n" + RIS.split("\n\n")[0].replace("AB  - Volunteers dry and scan\n  ten thousand soaked pages.\n", "SE  - Culture\n") + "\n"
    outcomes = catalog.documents.import_records(write(tmp_path, "twice.ris", twice.encode()))
    assert [o.status for o in outcomes] == ["imported", "enriched"] and outcomes[0].document_uuid == outcomes[1].document_uuid
    assert catalog.documents.get(outcomes[0].document_uuid).section == "Culture"


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("latin1.ris", RIS.replace("Okonjo", "Ökonjo").encode("latin-1"), "is not UTF-8: byte 0xd6 on line 3 cannot be read (read as Latin-1 it says"),
        ("garbled.ris", RIS.replace("Okonjo", "Ökonjo").encode("utf-8").decode("latin-1").encode("utf-8"), "line 3 reads “Ã\x96” where “Ö” was meant"),
        ("no-ty.ris", RIS.replace("TY  - JOUR\n", "").encode(), "line 18 (“T1 - Paper that survives water”) lies outside an entry: each entry starts with a TY line"),
        ("no-er.ris", RIS.rsplit("ER  -", 1)[0].encode(), "the entry starting on line 18 has no ER line: the file may have been cut short"),
        ("merged.ris", RIS.replace("ER  -\n\nTY  - JOUR", "TY  - JOUR", 1).encode(), "the entry starting on line 1 has no ER line before the next entry on line 16"),
        ("object.json", json.dumps({"items": CSL}).encode(), "CSL-JSON is a list of items ([…]); this file holds an object"),
        ("broken.json", b'[{"id": "a", "type": "book"', b"not valid JSON".decode()),
        ("empty.ris", b"\n\n", "holds no entries"),
    ],
)
def test_broken_reference_lists_are_refused_with_the_reason(catalog, tmp_path, name, data, words):
    (outcome,) = catalog.documents.import_paths([write(tmp_path, name, data)])
    assert outcome.status == "failed" and words in outcome.message, outcome.message
    assert catalog.documents.find() == []


def test_an_item_garbled_in_its_encoding_is_skipped_and_the_others_imported(catalog, tmp_path):
    items = [dict(CSL[0], title="CafÃ© society"), CSL[1]]
    outcomes = catalog.documents.import_records(write(tmp_path, "z.json", json.dumps(items).encode()))
    assert [o.status for o in outcomes] == ["skipped", "imported"]
    assert "its “title” reads “Ã©” where “é” was meant" in outcomes[0].message


def test_a_huge_reference_list_is_refused_before_it_is_parsed(tmp_path):
    with pytest.raises(ImportFailed, match="Pressmark imports reference lists of up to 16 MB: export the library in parts"):
        read_references(b"TY  - JOUR\n" + b" " * MAX_REFERENCE_BYTES, "huge.ris")
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(MAX_REFERENCE_BYTES + 1)
    from catalog.catalog import Catalog

    with Catalog(tmp_path / "cat") as catalog:
        (outcome,) = catalog.documents.import_paths([huge])
    assert outcome.status == "failed" and "16 MB" in outcome.message


def test_our_own_ris_and_csl_exports_import_as_the_same_references(exported, other_catalog, tmp_path):
    with zipfile.ZipFile(exported.bundle) as bundle:
        for member in bundle.namelist():
            if member.endswith(("documents.ris", "csl.json")):
                write(tmp_path, member.rsplit("/", 1)[-1], bundle.read(member))
    original = exported.catalog.documents.get(exported.ids["document"])
    first = other_catalog.documents.import_records(tmp_path / "documents.ris")
    second = other_catalog.documents.import_records(tmp_path / "csl.json")
    assert [o.status for o in first] == ["imported"] and [o.status for o in second] == ["duplicate"]
    (doc,) = other_catalog.documents.find()
    assert (doc.title, doc.publication, doc.url) == (original.title, original.publication, original.url or original.short_url)
    assert doc.published_at == original.published_at.replace(hour=0, minute=0)  # RIS and CSL carry the day
    assert [a.name for a in doc.authors] == [a.name for a in original.authors]
    assert sorted(doc.tags) == sorted(original.tags)


def test_a_folder_brings_its_reference_lists_and_projects_but_not_stray_json(catalog, tmp_path):
    from tests.catalog.exchange.test_qdpx_import import qualcoder_project

    folder = tmp_path / "exports"
    folder.mkdir()
    write(folder, "endnote.ris", RIS.encode("utf-16"))  # EndNote writes UTF-16 with its BOM
    qualcoder_project(folder)
    write(folder, "settings.json", b'{"theme": "dark"}')
    outcomes = catalog.documents.import_paths([folder])
    assert sorted((o.path.rsplit("/", 1)[-1], o.status) for o in outcomes) == [
        ("endnote.ris", "imported"), ("endnote.ris", "imported"), ("interviews.qdpx", "imported"), ("interviews.qdpx", "skipped"),
    ]  # fmt: skip
    assert "Saltmere's flood-damaged archive goes digital" in [d.title for d in catalog.documents.find()]


def test_a_long_reference_list_reports_progress_and_a_cancel_mid_file_saves_none_of_it(catalog, tmp_path):
    """A cancel between two entries of one big list stops the import there, and the list's
    single unit of work saves nothing of it (the files imported before it stay)."""
    from catalog import CancelToken

    article = tmp_path / "article.txt"
    article.write_text("Harbour wall\n\nThe harbour wall was mended in the spring by the town.", "utf-8")
    entries = "".join(f"TY  - NEWS\nTI  - Tide table number {n}\nPY  - 2021\nER  - \n\n" for n in range(400))
    big = tmp_path / "tides.ris"
    big.write_text(entries, "utf-8")
    token, seen = CancelToken(), []

    def progress(done: int, total: int, message: str) -> None:
        seen.append(message)
        if "entry 200 of 400" in message:
            token.cancel()

    before = catalog.maintenance.stats()["documents"]
    outcomes = catalog.documents.import_paths([article, big], progress=progress, cancel=token)
    assert [o.status for o in outcomes] == ["imported"]  # the article; nothing of the list
    assert catalog.maintenance.stats()["documents"] == before + 1
    assert "tides.ris: entry 50 of 400" in seen and not any("entry 250" in m for m in seen)
