"""The tag tree as a SKOS concept scheme in RDF/XML.

The scheme is ``urn:uuid:<bundle>``; each tag a ``skos:Concept`` ``urn:uuid:<tag>`` with its
name as ``skos:prefLabel``, its path as ``skos:notation``, ``skos:broader``/``skos:narrower``
for the hierarchy and ``skos:topConceptOf``/``skos:hasTopConcept`` for the roots. Annotations'
tagging bodies carry the same paths. A pure function.
"""

from __future__ import annotations

from lxml import etree

from catalog.exchange.records import BundleContent
from catalog.exchange.xml_writing import clean, to_bytes

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
_NS = {"rdf": RDF, "skos": SKOS, "dcterms": DCTERMS}


def skos_xml(content: BundleContent) -> bytes:
    """The RDF/XML concept scheme of ``content``'s tags."""
    scheme_uri = "urn:uuid:" + content.bundle_id
    root = etree.Element(f"{{{RDF}}}RDF", nsmap=_NS)
    scheme = etree.SubElement(root, f"{{{SKOS}}}ConceptScheme")
    scheme.set(f"{{{RDF}}}about", scheme_uri)
    etree.SubElement(scheme, f"{{{DCTERMS}}}title").text = clean(f"Tags of {content.label or 'a Pressmark bundle'}")
    paths = content.tag_paths()
    children: dict[str, list[str]] = {}
    for tag in content.tags:
        if tag.parent:
            children.setdefault(tag.parent, []).append(tag.uuid)
        else:
            _resource(scheme, "hasTopConcept", tag.uuid)
    for tag in content.tags:
        concept = etree.SubElement(root, f"{{{SKOS}}}Concept")
        concept.set(f"{{{RDF}}}about", "urn:uuid:" + tag.uuid)
        label = etree.SubElement(concept, f"{{{SKOS}}}prefLabel")
        label.text = clean(tag.name)
        etree.SubElement(concept, f"{{{SKOS}}}notation").text = clean(paths[tag.uuid])
        resource = etree.SubElement(concept, f"{{{SKOS}}}inScheme")
        resource.set(f"{{{RDF}}}resource", scheme_uri)
        if tag.parent:
            _resource(concept, "broader", tag.parent)
        else:
            top = etree.SubElement(concept, f"{{{SKOS}}}topConceptOf")
            top.set(f"{{{RDF}}}resource", scheme_uri)
        for child in children.get(tag.uuid, []):
            _resource(concept, "narrower", child)
    return to_bytes(root)


def _resource(parent: etree._Element, name: str, uuid: str) -> None:
    element = etree.SubElement(parent, f"{{{SKOS}}}{name}")
    element.set(f"{{{RDF}}}resource", "urn:uuid:" + uuid)
