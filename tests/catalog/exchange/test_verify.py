"""Bundles whose bag is in order but whose content is hostile or wrong: each refused, clearly."""

from __future__ import annotations

import json
import os
import tempfile
import time
import uuid as uuid_module
import zipfile

import pytest

from catalog.errors import InvalidBundle
from catalog.exchange.verify import check_bundle
from catalog.models import MAX_TAG_DEPTH
from tests.catalog.exchange.crafting import edit_json, rebag, repeated_zip


@pytest.fixture
def craft(bundle, tmp_path):
    """craft(edit) -> a re-bagged copy of the sample bundle after ``edit(payload)``."""
    count = iter(range(1000))
    return lambda edit: rebag(bundle, tmp_path / f"crafted-{next(count)}.zip", edit)


def refused(catalog, path, match: str) -> None:
    before = catalog.maintenance.stats()
    with pytest.raises(InvalidBundle, match=match):
        catalog.exchange.import_bundle(path)
    assert catalog.maintenance.stats() == before


def first(payload, prefix: str) -> str:
    return next(p for p in sorted(payload) if p.startswith(prefix))


def test_an_untouched_rebag_is_accepted(catalog, craft):
    report = catalog.exchange.import_bundle(craft(lambda payload: None))
    assert report.count("added", "quote") == 5


def test_xml_entities_are_refused(catalog, craft):
    def entity(payload):
        payload[first(payload, "actors/")] = (
            b'<?xml version="1.0"?><!DOCTYPE eac [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<eac xmlns="https://archivists.org/ns/eac/v2">&x;</eac>'
        )

    refused(catalog, craft(entity), r"actors/.*\.xml: has a DOCTYPE")

    def laughs(payload):
        lol = b"".join(b'<!ENTITY l%d "&l%d;&l%d;&l%d;">' % (i + 1, i, i, i) for i in range(8))
        payload["metadata/dublin-core.rdf"] = b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">' + lol + b"]><r>&l8;</r>"

    refused(catalog, craft(laughs), "dublin-core.rdf: has a DOCTYPE")


def test_hostile_json_is_refused(catalog, craft):
    def deep(payload):
        payload["pressmark/records.json"] = payload["pressmark/records.json"].replace(b'"label":', b'"deep": ' + b"[" * 5000 + b"]" * 5000 + b', "label":', 1)

    refused(catalog, craft(deep), "records.json: JSON nested 5001 levels deep")

    def duplicate(payload):
        payload["pressmark/records.json"] = payload["pressmark/records.json"].replace(b'"label":', b'"label": "x", "label":', 1)

    refused(catalog, craft(duplicate), "the key “label” appears twice")

    def nan(payload):
        payload["annotations.jsonld"] = payload["annotations.jsonld"].replace(b'"start":', b'"start": NaN, "x":', 1)

    refused(catalog, craft(nan), "annotations.jsonld: NaN is not a JSON number")

    def huge_number(payload):
        payload["metadata/csl.json"] = b'[{"id": ' + b"7" * 10_000 + b"}]"

    refused(catalog, craft(huge_number), "csl.json: not valid JSON")


def selectors(annotation: dict) -> dict:
    return {s["type"]: s for s in annotation["target"]["selector"]}


def test_offsets_outside_the_text_or_off_the_quote_are_refused(catalog, craft):
    def outside(data):
        selectors(data["first"]["items"][0])["TextPositionSelector"]["end"] = 10**7

    refused(catalog, craft(lambda p: edit_json(p, "annotations.jsonld", outside)), "lie outside the text")

    def shifted(data):
        position = selectors(data["first"]["items"][0])["TextPositionSelector"]
        position["start"] += 1
        position["end"] += 1

    refused(catalog, craft(lambda p: edit_json(p, "annotations.jsonld", shifted)), "is not the quoted words")

    def negative(data):
        selectors(data["first"]["items"][0])["TextPositionSelector"]["start"] = -1

    refused(catalog, craft(lambda p: edit_json(p, "annotations.jsonld", negative)), "lie outside the text")

    def boolean(data):
        selectors(data["first"]["items"][0])["TextPositionSelector"]["start"] = True

    refused(catalog, craft(lambda p: edit_json(p, "annotations.jsonld", boolean)), "not whole numbers")


def test_malformed_records_are_refused(catalog, craft, exported):
    def records(change):
        return craft(lambda p: edit_json(p, "pressmark/records.json", change))

    refused(catalog, records(lambda d: d.update(version=99)), "made by a newer Pressmark")
    refused(catalog, records(lambda d: d["actors"][0].update(nickname="x")), "unknown field “nickname”")
    refused(catalog, records(lambda d: d["actors"][0].update(uuid="not-a-uuid")), "is not an id")
    refused(catalog, records(lambda d: d["actors"][0].pop("name")), "no “name”")
    refused(catalog, records(lambda d: d["actors"][0].update(type="dragon")), "not an actor type")
    refused(catalog, records(lambda d: d["links"][0].update(actor="00000000-0000-4000-8000-000000000000")), "does not carry")
    refused(catalog, records(lambda d: d["documents"][0].update(published_at="someday")), "not a date and time")

    def cycle(data):
        a, b = data["tags"][0], data["tags"][1]
        a["parent"], b["parent"] = b["uuid"], a["uuid"]

    refused(catalog, records(cycle), "its own ancestor")


def test_malformed_quote_revisions_are_refused(catalog, craft):
    def records(change):
        return craft(lambda p: edit_json(p, "pressmark/records.json", change))

    def listed(data) -> list:
        assert data["quote_revisions"], "the sample's quotes carry their revisions"
        return data["quote_revisions"]

    stranger = "00000000-0000-4000-8000-000000000000"
    refused(catalog, records(lambda d: listed(d)[0].update(uuid=stranger)), "quote 00000000-.* which the bundle does not carry")
    refused(catalog, records(lambda d: listed(d).append(dict(listed(d)[0]))), "two revisions of quote")
    refused(catalog, records(lambda d: listed(d)[0].update(revision="r1")), "not a revision id")
    refused(catalog, records(lambda d: listed(d)[0].update(rating=5)), "unknown field “rating”")
    refused(catalog, records(lambda d: d.update(quote_revisions={})), "“quote_revisions” is not a list")


def test_tags_deeper_than_pressmark_keeps_are_refused(catalog, craft):
    def chain(data):
        parent = data["tags"][0]["uuid"]
        for level in range(MAX_TAG_DEPTH):
            uuid = str(uuid_module.UUID(int=level + 1, version=4))
            data["tags"].append({**data["tags"][0], "uuid": uuid, "name": f"Level {level}", "parent": parent})
            parent = uuid

    refused(catalog, craft(lambda p: edit_json(p, "pressmark/records.json", chain)), f"at most {MAX_TAG_DEPTH} levels deep")


def test_wrong_texts_and_originals_are_refused(catalog, craft, exported):
    doc = exported.ids["document"]

    def crlf(payload):
        payload[f"texts/{doc}.txt"] = payload[f"texts/{doc}.txt"].replace(b"\n", b"\r\n")

    refused(catalog, craft(crlf), "not in Pressmark's normalised form")

    def swapped(payload):
        payload[first(payload, "originals/")] = b"something else"

    refused(catalog, craft(swapped), "does not match its SHA-256")

    def missing(payload):
        del payload[f"texts/{doc}.txt"]

    refused(catalog, craft(missing), f"no texts/{doc}.txt")


def test_a_hostile_qdpx_inside_is_refused(catalog, craft, tmp_path):
    inner = tmp_path / "inner.qdpx"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("../../evil.qde", b"<a/>")

    refused(catalog, craft(lambda p: p.update({"project.qdpx": inner.read_bytes()})), "project.qdpx: .*“..”")


def test_a_zip_bomb_inside_the_qdpx_is_refused(catalog, craft, tmp_path):
    # each member small enough to pass alone: 3,000 of them expand to 192 MiB
    inner = repeated_zip(tmp_path / "bomb.qdpx", [f"sources/{i}.txt" for i in range(3000)], bytes(64 * 1024))
    refused(catalog, craft(lambda p: p.update({"project.qdpx": inner.read_bytes()})), "project.qdpx: the zip as a whole is compressed .* like a zip bomb")


def test_tampering_without_rebagging_is_refused(catalog, bundle, tmp_path):
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(bundle) as source, zipfile.ZipFile(tampered, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith("records.json"):
                data = data.replace(b"The Harbour Ledger", b"The Harbour Lodger")
            target.writestr(info, data)
    refused(catalog, tampered, "records.json: its SHA256 checksum does not match")
    no_bag = tmp_path / "no-bag.zip"
    with zipfile.ZipFile(no_bag, "w") as archive:
        archive.writestr("readme.txt", "hello")
    refused(catalog, no_bag, "no BagIt bag")


def test_verify_bundle_says_what_it_holds(catalog, bundle):
    check = catalog.exchange.verify_bundle(bundle)
    assert check.counts == {"documents": 1, "quotes": 5, "actors": 11, "tags": 4}
    assert "valid Pressmark bundle" in check.describe()
    assert json.dumps(check.info)


def test_stale_extracted_bundles_are_cleared_when_a_bundle_is_opened(bundle, tmp_path, monkeypatch):
    """A killed import leaves its extracted copy behind: the next bundle check removes ours that
    are over a day old, and leaves fresh ones (in use by another process) and others' alone."""
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    day_old = time.time() - 25 * 3600
    stale = temp / "pressmark-bundle-k1ll3d_x"
    (stale / "bundle" / "data").mkdir(parents=True)
    (stale / "bundle" / "data" / "a.txt").write_text("left by a killed import")
    fresh = temp / "pressmark-bundle-inuse123"
    fresh.mkdir()
    other = temp / "pressmark-bundle-bench-1234abcd"
    other.mkdir()
    file = temp / "pressmark-bundle-notadir1"
    file.write_text("x")
    for path in (stale, other, file):
        os.utime(path, (day_old, day_old))
    check_bundle(bundle)
    assert not stale.exists()
    assert fresh.exists() and other.exists() and file.exists()


def renamed(payload: dict[str, bytes], old: str, new: str) -> None:
    """Give the record ``old`` the id ``new`` everywhere in the bundle (contents and names)."""
    for path in list(payload):
        data = payload.pop(path).replace(old.encode(), new.encode())
        payload[path.replace(old, new)] = data


def bundle_ids(exported) -> dict[str, str]:
    """One id of each kind of record in the sample bundle."""
    with zipfile.ZipFile(exported.bundle) as archive:
        name = next(n for n in archive.namelist() if n.endswith("pressmark/records.json"))
        tag = json.loads(archive.read(name))["tags"][0]["uuid"]
    return {"document": exported.ids["document"], "quote": exported.ids["quote"], "actor": exported.ids["castellan"], "tag": tag}


@pytest.mark.parametrize("record, takes", [("actor", "document"), ("tag", "quote"), ("quote", "actor"), ("document", "tag")])
def test_two_records_of_different_kinds_with_one_id_are_refused(catalog, craft, exported, record, takes):
    ids = bundle_ids(exported)
    crafted = craft(lambda p: renamed(p, ids[record], ids[takes]))
    with pytest.raises(InvalidBundle, match=f"the id {ids[takes]} names both a"):
        catalog.exchange.verify_bundle(crafted)
    refused(catalog, crafted, "names both a")


def local_ids(catalog) -> dict[str, str]:
    """A catalogue with one record of each kind, none of them from the sample bundle."""
    from catalog.models import Tag
    from tests.conftest import add_text

    document = add_text(catalog, "Ferry timetable", "The ferry now leaves at nine, said the harbour master.")
    quote, _ = catalog.quotes.add(document, 4, 9)
    actor, _ = catalog.actors.add("Petra Lund")
    catalog.tags.add("Local")
    with catalog.store.reading() as session:
        tag = session.query(Tag.uuid).filter_by(name="Local").scalar()
    return {"document": document, "quote": quote, "actor": actor, "tag": tag}


@pytest.mark.parametrize("record, takes", [("actor", "document"), ("document", "actor"), ("tag", "quote"), ("quote", "tag")])
def test_a_bundle_record_with_the_id_of_another_kind_of_record_here_is_refused(catalog, craft, exported, record, takes):
    """An id names one record of one kind in any catalogue: a bundle may not give a new actor
    the id of one of our documents (two records would share it)."""
    mine = local_ids(catalog)
    crafted = craft(lambda p: renamed(p, bundle_ids(exported)[record], mine[takes]))
    message = f"its {record} {mine[takes]} has the id of a {takes} in this catalogue"
    with pytest.raises(InvalidBundle, match=message):
        catalog.exchange.verify_bundle(crafted)
    refused(catalog, crafted, message)
    for policy in ("theirs", "both"):
        with pytest.raises(InvalidBundle, match=message):
            catalog.exchange.import_bundle(crafted, on_conflict=policy)
    assert catalog.maintenance.stats() == {"documents": 1, "quotes": 1, "actors": 1, "tags": 1, "trash": 0}
