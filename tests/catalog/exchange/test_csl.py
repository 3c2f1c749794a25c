"""Document metadata as CSL-JSON: valid against the CSL schema, and citeproc-py renders it."""

from __future__ import annotations

import io
import json
import warnings

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from jsonschema import Draft7Validator, FormatChecker

from tests.conftest import shared_path

STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Pressmark test</title><id>pressmark-test</id><updated>2024-01-01T00:00:00+00:00</updated></info>
  <macro name="year"><date variable="issued"><date-part name="year"/></date></macro>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <layout suffix=".">
      <names variable="author" suffix=" "><name name-as-sort-order="first" and="text" delimiter=", "/></names>
      <text macro="year" prefix="(" suffix="). "/>
      <text variable="title" quotes="true" suffix=" "/>
      <text variable="container-title" font-style="italic"/>
      <text variable="URL" prefix=". "/>
    </layout>
  </bibliography>
</style>
"""


def test_items_are_valid_csl_json(exported):
    schema = json.loads(shared_path("schemas", "csl", "csl-data.json").read_text())
    items = json.loads((exported.bag / "data" / "metadata" / "csl.json").read_text())
    assert [e.message for e in Draft7Validator(schema, format_checker=FormatChecker()).iter_errors(items)] == []
    (item,) = items
    assert item["type"] == "article-newspaper"
    assert item["author"] == [{"family": "Okonjo", "given": "Mara"}]
    assert item["issued"] == {"date-parts": [[2024, 3, 14]]}
    assert item["container-title"] == "The Harbour Ledger"


def test_citeproc_renders_a_bibliography_entry(exported):
    items = json.loads((exported.bag / "data" / "metadata" / "csl.json").read_text())
    style = CitationStylesStyle(io.BytesIO(STYLE.encode("utf-8")), validate=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # citeproc-py does not know CSL's "custom"
        bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    bibliography.register(Citation([CitationItem(items[0]["id"])]))
    (entry,) = [str(e) for e in bibliography.bibliography()]
    assert entry.startswith("Okonjo, Mara (2024). ")
    assert "Saltmere's flood-damaged archive goes digital" in entry and "The Harbour Ledger" in entry
