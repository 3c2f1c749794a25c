"""Tags as a SKOS concept scheme and metadata as Dublin Core, both read back with rdflib."""

from __future__ import annotations

import rdflib
from rdflib.namespace import DC, DCTERMS, RDF, SKOS


def test_skos_scheme_keeps_the_hierarchy(exported):
    graph = rdflib.Graph().parse(exported.bag / "data" / "metadata" / "tags-skos.rdf", format="xml")
    tags = {t.path: rdflib.URIRef("urn:uuid:" + t.uuid) for t in exported.catalog.tags.find()}
    assert set(graph.subjects(RDF.type, SKOS.Concept)) == set(tags.values())
    (scheme,) = graph.subjects(RDF.type, SKOS.ConceptScheme)
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == {tags["Heritage"], tags["People"]}
    assert (tags["Heritage/Archives"], SKOS.broader, tags["Heritage"]) in graph
    assert (tags["Heritage"], SKOS.narrower, tags["Heritage/Archives"]) in graph
    assert str(graph.value(tags["People/Officials"], SKOS.prefLabel)) == "Officials"
    assert str(graph.value(tags["People/Officials"], SKOS.notation)) == "People/Officials"


def test_dublin_core_describes_each_document(exported):
    graph = rdflib.Graph().parse(exported.bag / "data" / "metadata" / "dublin-core.rdf", format="xml")
    doc = rdflib.URIRef("urn:uuid:" + exported.ids["document"])
    assert str(graph.value(doc, DC.title)).startswith("Saltmere's flood-damaged archive")
    assert str(graph.value(doc, DC.creator)) == "Mara Okonjo"
    assert str(graph.value(doc, DC.publisher)) == "The Harbour Ledger"
    assert str(graph.value(doc, DCTERMS.issued)).startswith("2024-03-14")
    assert "Heritage/Archives" in {str(s) for s in graph.objects(doc, DC.subject)}
