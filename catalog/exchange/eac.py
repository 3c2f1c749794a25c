"""Actors as EAC-CPF 2.0 records (namespace ``https://archivists.org/ns/eac/v2``).

One record per person, organisation or group: the authorised name and aliases as
``nameEntry``s, external identifiers as ``identityId`` (``localType`` = scheme), dates as
``existDates``, the description as ``biogHist``, and ``relations`` to other actors (with the
relation's name) and to the bundle's documents (with the actor's role). EAC-CPF describes
corporate bodies, persons and families only, so places and events get no record (they are
still in ``records.json``, the HTML reader and the REFI-QDA cases). A pure function.
"""

from __future__ import annotations

from lxml import etree

from catalog import __version__
from catalog.exchange.records import ActorRecord, BundleContent
from catalog.exchange.xml_writing import clean, to_bytes

EAC = "https://archivists.org/ns/eac/v2"
ENTITY_TYPES = {"person": "person", "organisation": "corporateBody", "group": "corporateBody"}


def eac_records(content: BundleContent) -> dict[str, bytes]:
    """Actor UUID -> its EAC-CPF record, for every actor EAC-CPF can describe."""
    actors = content.actors_by_uuid()
    documents = {d.uuid: d for d in content.documents}
    relations: dict[str, list[tuple[str, str]]] = {}
    for relation in content.relations:
        relations.setdefault(relation.subject, []).append((relation.relation, relation.object))
    links: dict[str, list[tuple[str, str]]] = {}
    for link in content.links:
        links.setdefault(link.actor, []).append((link.document, link.role))
    result = {}
    for actor in content.actors:
        if actor.type not in ENTITY_TYPES:
            continue
        result[actor.uuid] = _record(actor, relations.get(actor.uuid, []), links.get(actor.uuid, []), actors, documents, content.exported_at)
    return result


def _record(actor: ActorRecord, relations, links, actors, documents, exported_at: str) -> bytes:
    root = etree.Element(f"{{{EAC}}}eac", nsmap={None: EAC})
    control = _sub(root, "control", maintenanceStatus="derived")
    _sub(control, "recordId", "urn:uuid:" + actor.uuid)
    agency = _sub(control, "maintenanceAgency")
    _sub(agency, "agencyName", "Pressmark")
    history = _sub(control, "maintenanceHistory")
    event = _sub(history, "maintenanceEvent", maintenanceEventType="derived")
    _sub(event, "agent", f"Pressmark {__version__}", agentType="machine")
    stamp = (exported_at or actor.modified_at or actor.created_at)[:19]
    _sub(event, "eventDateTime", stamp, **({"standardDateTime": stamp} if stamp else {}))
    cpf = _sub(root, "cpfDescription")
    identity = _sub(cpf, "identity")
    _sub(identity, "entityType", value=ENTITY_TYPES[actor.type])
    _sub(_sub(identity, "nameEntry", status="authorized"), "part", actor.name)
    for alias in actor.aliases:
        if alias.strip():
            _sub(_sub(identity, "nameEntry", status="alternative"), "part", alias)
    for scheme, value in actor.identifiers:
        _sub(identity, "identityId", value, localType=scheme)
    if actor.dates.strip() or actor.description.strip():
        description = _sub(cpf, "description")
        if actor.dates.strip():
            _sub(_sub(description, "existDates"), "date", actor.dates)
        if actor.description.strip():
            _sub(_sub(description, "biogHist"), "p", actor.description)
    entries = []
    for name, target in relations:
        other = actors[target]
        entries.append((ENTITY_TYPES.get(other.type, "agent"), target, other.name, "relationType", name))
    for document, role in links:
        title = documents[document].title or "(untitled)"
        entries.append(("resource", document, title, "targetRole", role))
    if entries:
        container = _sub(cpf, "relations")
        for target_type, uuid, label, element, text in entries:
            relation = _sub(container, "relation")
            target = _sub(relation, "targetEntity", targetType=target_type, valueURI="urn:uuid:" + uuid)
            _sub(target, "part", label)
            _sub(relation, element, text)
    return to_bytes(root)


def _sub(parent: etree._Element, name: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{EAC}}}{name}")
    for key, value in attributes.items():
        element.set(key, clean(value))
    if text is not None:
        element.text = clean(text)
    return element
