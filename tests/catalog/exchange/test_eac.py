"""Actors as EAC-CPF 2.0 records, valid against the standard's XML Schema and RELAX NG."""

from __future__ import annotations

from lxml import etree

from catalog.exchange.eac import EAC
from tests.conftest import shared_path


def test_every_record_is_valid(exported):
    folder = shared_path("schemas", "eac-cpf")
    xsd = etree.XMLSchema(etree.parse(str(folder / "eac.xsd")))
    rng = etree.RelaxNG(etree.parse(str(folder / "eac.rng")))
    records = sorted((exported.bag / "data" / "actors").glob("*.xml"))
    describable = [a for a in exported.catalog.actors.find() if a.type in ("person", "organisation", "group")]
    assert len(records) == len(describable) > 5
    for path in records:
        doc = etree.parse(str(path))
        assert xsd.validate(doc), (path.name, xsd.error_log.last_error)
        assert rng.validate(doc), (path.name, rng.error_log.last_error)


def test_record_content(exported):
    doc = etree.parse(str(exported.bag / "data" / "actors" / f"{exported.ids['castellan']}.xml"))
    ns = {"e": EAC}
    assert doc.findtext(".//e:nameEntry[@status='authorized']/e:part", namespaces=ns) == "Helen Castellan"
    assert doc.findtext(".//e:nameEntry[@status='alternative']/e:part", namespaces=ns) == "H. Castellan"
    assert doc.findtext(".//e:identityId[@localType='wikidata']", namespaces=ns) == "Q123"
    assert doc.findtext(".//e:existDates/e:date", namespaces=ns) == "1961–"
    relation = doc.find(".//e:relation[e:relationType='chair of']/e:targetEntity", namespaces=ns)
    assert relation.get("valueURI") == "urn:uuid:" + exported.ids["trust"] and relation.get("targetType") == "corporateBody"
    roles = doc.findall(".//e:relation/e:targetRole", namespaces=ns)
    assert [r.text for r in roles] == ["quoted"]
