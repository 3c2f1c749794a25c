"""Document metadata as Dublin Core, in RDF/XML (the DCMI recommended XML encoding).

One ``rdf:Description`` per document, ``rdf:about`` its ``urn:uuid:``, with the fifteen
elements where Pressmark has a value (``dc:``) and a few DCMI terms (``dcterms:issued``,
``dcterms:isPartOf``, ``dcterms:alternative``, ``dcterms:dateAccepted``). A pure function.
"""

from __future__ import annotations

from lxml import etree

from catalog.exchange.records import BundleContent
from catalog.exchange.xml_writing import clean, to_bytes

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
_NS = {"rdf": RDF, "dc": DC, "dcterms": DCTERMS}


def dublin_core_xml(content: BundleContent) -> bytes:
    """The RDF/XML document describing every document of ``content``."""
    root = etree.Element(f"{{{RDF}}}RDF", nsmap=_NS)
    actors = content.actors_by_uuid()
    links = content.links_by_document()
    paths = content.tag_paths()
    for doc in content.documents:
        item = etree.SubElement(root, f"{{{RDF}}}Description")
        item.set(f"{{{RDF}}}about", "urn:uuid:" + doc.uuid)
        add = _adder(item)
        add(DC, "title", doc.title)
        add(DCTERMS, "alternative", doc.subtitle)
        for link in links.get(doc.uuid, []):
            actor = actors[link.actor]
            add(DC, "creator" if link.role == "author" else "contributor" if link.role == "quoted" else "relation", actor.name)
        add(DC, "publisher", doc.publication)
        add(DCTERMS, "isPartOf", doc.publication)
        add(DC, "date", (doc.published_at or "")[:10] or doc.published_text)
        add(DCTERMS, "issued", doc.published_at)
        add(DCTERMS, "dateAccepted", doc.accessioned_at)
        add(DC, "type", "Text")
        add(DC, "format", doc.original_format)
        add(DC, "language", doc.language)
        add(DC, "identifier", "urn:uuid:" + doc.uuid)
        add(DC, "identifier", doc.url)
        add(DC, "identifier", doc.short_url if doc.short_url != doc.url else "")
        add(DC, "identifier", f"https://doi.org/{doc.doi}" if doc.doi else "")
        add(DC, "source", doc.original_name)
        add(DC, "description", doc.notes)
        add(DC, "rights", doc.rights)
        for tag in sorted(paths[t] for t in doc.tags):
            add(DC, "subject", tag)
    return to_bytes(root)


def _adder(item: etree._Element):
    def add(ns: str, name: str, value: str | None) -> None:
        if value:
            etree.SubElement(item, f"{{{ns}}}{name}").text = clean(value)

    return add
