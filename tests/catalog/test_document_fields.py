"""A document's DOI, kind of page and capture (migration 0005): what reference managers and web
archives bring. They are edited, undone, exported and merged like every other field, and a
state or a bundle from before them reads them as their defaults."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from catalog.errors import InvalidInput
from catalog.revisions.three_way import merge_fields
from catalog.text import normalise_doi
from tests.conftest import add_text

CAPTURE = {"warc_record_id": "<urn:uuid:0b6c1f5e-0000-4000-8000-000000000001>", "target_uri": "https://example.org/a"}


def test_a_doi_is_kept_without_its_resolver_and_refused_when_it_is_not_one():
    assert normalise_doi(" https://doi.org/10.1093/ajae/aaq063 ") == "10.1093/ajae/aaq063"
    assert normalise_doi("doi:10.1000/XYZ.9") == "10.1000/XYZ.9"
    assert normalise_doi("") == ""
    with pytest.raises(ValueError, match="not a DOI"):
        normalise_doi("ISBN 978-0-00-000000-2")


def test_editing_the_new_fields_checks_them_and_undo_puts_them_back(catalog):
    uuid = add_text(catalog, "Harbour fees", "The council voted on harbour fees.")
    catalog.documents.update(uuid, doi="https://doi.org/10.5555/harbour.1", page_kind="page", captured_at="2024-03-05T10:20")
    view = catalog.documents.get(uuid)
    assert (view.doi, view.page_kind, view.captured_at) == ("10.5555/harbour.1", "page", datetime(2024, 3, 5, 10, 20))
    with pytest.raises(InvalidInput, match="page kind"):
        catalog.documents.update(uuid, page_kind="homepage")
    with pytest.raises(InvalidInput, match="not a DOI"):
        catalog.documents.update(uuid, doi="harbour")
    with pytest.raises(InvalidInput, match="provenance"):
        catalog.documents.update(uuid, provenance="{}")  # set by the importer, not typed
    assert catalog.search.run("harbour kind:page").total == 1
    assert catalog.search.run("harbour -kind:page").total == 0
    catalog.history.undo()
    view = catalog.documents.get(uuid)
    assert (view.doi, view.page_kind, view.captured_at) == ("", "article", None)
    assert catalog.search.run("harbour kind:page").total == 0


def test_a_capture_travels_in_a_bundle_to_another_catalogue(catalog, tmp_path):
    from catalog.catalog import Catalog

    uuid = add_text(
        catalog, "Captured page", "A page a crawler kept.", doi="10.5555/kept.2", page_kind="page",
        captured_at=datetime(2023, 7, 1, 8, 0), provenance=CAPTURE,
    )  # fmt: skip
    bundle = tmp_path / "capture.pressmark.zip"
    catalog.exchange.export_bundle(bundle)
    with Catalog(tmp_path / "other") as other:
        other.exchange.import_bundle(bundle)
        view = other.documents.get(uuid)
    assert (view.doi, view.page_kind, view.captured_at) == ("10.5555/kept.2", "page", datetime(2023, 7, 1, 8, 0))
    assert json.loads(view.provenance) == CAPTURE


def test_their_doi_is_taken_when_the_shared_version_was_recorded_before_dois():
    """A revision written before migration 0005 has no ``doi``: it stands for "", so a DOI
    added on their side only is theirs to give, not a conflict."""
    base = {"title": "Harbour fees"}
    mine = {"title": "Harbour fees", "doi": "", "page_kind": "article"}
    theirs = {"title": "Harbour fees", "doi": "10.5555/harbour.1", "page_kind": "article"}
    outcome = merge_fields(base, mine, theirs)
    assert outcome.conflicts == {} and outcome.merged["doi"] == "10.5555/harbour.1" and outcome.taken == ["doi"]


def test_records_json_refuses_an_unknown_page_kind_and_reads_an_older_format_as_articles():
    from catalog.exchange.records import (
        BundleContent,
        DocumentRecord,
        records_from_json,
        records_to_json,
    )
    from catalog.exchange.refusal import Refused

    content = BundleContent("0b6c1f5e-0000-4000-8000-00000000000b")
    content.documents.append(DocumentRecord(uuid="0b6c1f5e-0000-4000-8000-000000000002", title="Odd page", page_kind="page"))
    data = records_to_json(content, "test")
    assert records_from_json(json.loads(json.dumps(data))).documents[0].page_kind == "page"
    data["documents"][0]["page_kind"] = "homepage"
    with pytest.raises(Refused, match="not a page kind"):
        records_from_json(data)
    data["documents"][0]["page_kind"] = "article"
    data["documents"][0]["doi"] = "not a doi"
    with pytest.raises(Refused, match="not a DOI"):
        records_from_json(data)
    older = dict(data, version=3)
    older["documents"] = [{k: v for k, v in data["documents"][0].items() if k not in ("doi", "page_kind", "captured_at", "provenance")}]
    record = records_from_json(older).documents[0]
    assert (record.doi, record.page_kind, record.captured_at, record.provenance) == ("", "article", None, "")
