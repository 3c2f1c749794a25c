"""Quotes as W3C Web Annotations: the W3C test suite's schemas (format checking on) accept them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from tests.conftest import shared_path


def w3c_suite() -> tuple[Path, Registry]:
    """The test suite folder and a registry of its definitions, by the ids the tests use."""
    folder = shared_path("schemas", "w3c-web-annotation-tests")
    resources = []
    for path in sorted((folder / "definitions").glob("*.json")):
        schema = json.loads(path.read_text())
        resources.append((schema.get("id", path.name), Resource.from_contents(schema, default_specification=DRAFT4)))
    return folder, Registry().with_resources(resources)


def failures(test_file: str, instances: list[dict]) -> list[str]:
    """Run every assertion a ``.test`` file lists; return the ones our instances fail."""
    folder, registry = w3c_suite()
    test = json.loads((folder / test_file).read_text())
    problems = []
    for assertion in test["assertions"]:
        schema = json.loads((folder / assertion).read_text())
        validator = Draft4Validator(schema, registry=registry, format_checker=FormatChecker())
        for instance in instances:
            errors = list(validator.iter_errors(instance))
            if (schema.get("expectedResult", "valid") == "valid") == bool(errors):
                problems.append(f"{assertion}: {[e.message[:120] for e in errors]}")
    return problems


@pytest.fixture
def collection(exported) -> dict:
    return json.loads((exported.bag / "data" / "annotations.jsonld").read_text())


def test_format_checking_is_really_on():
    assert "uri" in FormatChecker().checkers and "date-time" in FormatChecker().checkers


def test_every_annotation_passes_the_musts(collection, exported):
    items = collection["first"]["items"]
    assert len(items) == collection["total"] == 5
    assert failures("annotations/annotationMusts.test", items) == []


def test_collection_and_page_pass_their_musts(collection):
    assert failures("collections/collectionMusts.test", [collection]) == []
    assert failures("collections/pages/pageMusts.test", [collection, collection["first"]]) == []


def test_a_broken_annotation_fails_the_musts(collection):
    broken = dict(collection["first"]["items"][0], id="not a uri at all", created="yesterday")
    assert len(failures("annotations/annotationMusts.test", [broken])) >= 2


def test_annotation_content(collection, exported):
    items = {a["id"]: a for a in collection["first"]["items"]}
    noted = items["urn:uuid:" + exported.ids["noted_quote"]]
    quote = exported.catalog.quotes.get(exported.ids["noted_quote"])
    selectors = {s["type"]: s for s in noted["target"]["selector"]}
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector", "start": quote.start, "end": quote.end}
    assert selectors["TextQuoteSelector"]["exact"] == quote.exact
    assert noted["target"]["source"] == "urn:uuid:" + exported.ids["document"]
    purposes = {b["purpose"]: b for b in noted["body"]}
    assert purposes["identifying"]["source"] == "urn:uuid:" + quote.speaker.uuid
    assert purposes["commenting"]["value"] == quote.note
    assert purposes["classifying"]["value"] == quote.kind
    tagged = items["urn:uuid:" + exported.ids["quote"]]
    assert {"type": "TextualBody", "purpose": "tagging", "value": "Heritage/Archives", "format": "text/plain"} in tagged["body"]
    body = (exported.bag / "data" / "texts" / f"{exported.ids['document']}.txt").read_text(encoding="utf-8")
    assert body == exported.catalog.documents.get(exported.ids["document"]).body
    for annotation in items.values():
        sel = {s["type"]: s for s in annotation["target"]["selector"]}
        assert body[sel["TextPositionSelector"]["start"] : sel["TextPositionSelector"]["end"]] == sel["TextQuoteSelector"]["exact"]
