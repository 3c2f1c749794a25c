"""A REFI-QDA project (``.qdpx``) for qualitative-analysis tools (NVivo, ATLAS.ti, QualCoder…).

The ``.qdpx`` is a zip of ``project.qde`` (QDA-XML ``urn:QDA-XML:project:1.0``, valid against
Project.xsd of March 2019) and ``sources/<document uuid>.txt``, the normalised texts. In it:

* each document is a ``TextSource`` (``plainTextPath="internal://<uuid>.txt"``), coded with
  its tags;
* each quote is a ``PlainTextSelection`` (positions in Unicode code points, as everywhere in
  Pressmark) coded with its speaker, its tags and its kind; its note is a project ``Note``;
* the codebook has three branches: Speakers (one code per quoted actor), Tags (the tag tree,
  with colours) and Quote kinds;
* each actor is a ``Case`` referring to the documents naming it and the quotes it spoke.

GUIDs are the records' UUIDs where a record maps to one element; others are derived with
UUID5 from them, so two exports of one catalogue agree. A pure function.
"""

from __future__ import annotations

import io
import uuid as uuid_module
import zipfile

from lxml import etree

from catalog import __version__
from catalog.exchange.records import BundleContent, TagRecord
from catalog.exchange.xml_writing import clean, to_bytes
from catalog.models import QUOTE_KINDS

QDA = "urn:QDA-XML:project:1.0"
_NAMESPACE = uuid_module.UUID("6f1b7f0e-5a35-4c1e-9d0b-2f3c2e7a9b11")


def derived_guid(*parts: str) -> str:
    """A stable GUID for an element that is not itself a record."""
    return str(uuid_module.uuid5(_NAMESPACE, "/".join(parts)))


def qdpx_bytes(content: BundleContent) -> bytes:
    """The ``.qdpx`` zip for ``content``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", project_xml(content))
        for doc in content.documents:
            archive.writestr(f"sources/{doc.uuid}.txt", doc.body.encode("utf-8"))
    return buffer.getvalue()


def project_xml(content: BundleContent) -> bytes:
    """``project.qde``: the QDA-XML project document."""
    stamp = _stamp(content.exported_at)
    user = derived_guid("user", content.bundle_id)
    root = _element(None, "Project", name=content.label or "Pressmark bundle", origin=f"Pressmark {__version__}", creatingUserGUID=user)
    if stamp:
        root.set("creationDateTime", stamp)
    _element(_element(root, "Users"), "User", guid=user, name="Pressmark")
    speakers = sorted({q.speaker for q in content.quotes if q.speaker})
    actors = content.actors_by_uuid()
    codes = _codebook(root, content, speakers, actors)
    _cases(root, content)
    notes = _sources(root, content, codes)
    if notes:
        container = _element(root, "Notes")
        for guid, name, text in notes:
            note = _element(container, "Note", guid=guid, name=name)
            _element(note, "PlainTextContent").text = clean(text)
    return to_bytes(root)


def _codebook(root, content: BundleContent, speakers: list[str], actors) -> dict[str, str]:
    """Write the codebook; returns key -> code GUID (``speaker:<uuid>``, ``tag:<uuid>``, ``kind:<kind>``)."""
    guids: dict[str, str] = {}
    codes = _element(_element(root, "CodeBook"), "Codes")
    branch = _element(codes, "Code", guid=derived_guid("speakers", content.bundle_id), name="Speakers", isCodable="false")
    for uuid in speakers:
        guids[f"speaker:{uuid}"] = derived_guid("speaker", uuid)
        _element(branch, "Code", guid=guids[f"speaker:{uuid}"], name=actors[uuid].name, isCodable="true")
    tags = _element(codes, "Code", guid=derived_guid("tags", content.bundle_id), name="Tags", isCodable="false")
    children: dict[str | None, list[TagRecord]] = {}
    for tag in content.tags:
        children.setdefault(tag.parent, []).append(tag)

    # a work list, not recursion: the tree's depth must not be bounded by the stack
    pending = [(tags, tag) for tag in reversed(children.get(None, []))]
    while pending:
        parent_element, tag = pending.pop()
        guids[f"tag:{tag.uuid}"] = tag.uuid
        attributes = {"guid": tag.uuid, "name": tag.name, "isCodable": "true"}
        if tag.colour:
            attributes["color"] = tag.colour
        element = _element(parent_element, "Code", **attributes)
        pending.extend((element, child) for child in reversed(children.get(tag.uuid, [])))
    kinds = _element(codes, "Code", guid=derived_guid("kinds", content.bundle_id), name="Quote kinds", isCodable="false")
    for kind in QUOTE_KINDS:
        guids[f"kind:{kind}"] = derived_guid("kind", kind)
        _element(kinds, "Code", guid=guids[f"kind:{kind}"], name=kind.replace("_", " "), isCodable="true")
    return guids


def _cases(root, content: BundleContent) -> None:
    if not content.actors:
        return
    sources: dict[str, list[str]] = {}
    for link in content.links:
        sources.setdefault(link.actor, [])
        if link.document not in sources[link.actor]:
            sources[link.actor].append(link.document)
    selections: dict[str, list[str]] = {}
    for quote in content.quotes:
        if quote.speaker:
            selections.setdefault(quote.speaker, []).append(quote.uuid)
    cases = _element(root, "Cases")
    for actor in content.actors:
        case = _element(cases, "Case", guid=actor.uuid, name=actor.name)
        description = " — ".join(filter(None, [actor.type, actor.dates, actor.description]))
        _element(case, "Description").text = clean(description)
        for document in sources.get(actor.uuid, []):
            _element(case, "SourceRef", targetGUID=document)
        for quote_uuid in selections.get(actor.uuid, []):
            _element(case, "SelectionRef", targetGUID=quote_uuid)


def _sources(root, content: BundleContent, codes: dict[str, str]) -> list[tuple[str, str, str]]:
    """Write the text sources; returns the notes to add (guid, name, text)."""
    notes: list[tuple[str, str, str]] = []
    if not content.documents:
        return notes
    quotes: dict[str, list] = {}
    for quote in content.quotes:
        quotes.setdefault(quote.document, []).append(quote)
    sources = _element(root, "Sources")
    for doc in content.documents:
        source = _element(sources, "TextSource", guid=doc.uuid, name=doc.title or "(untitled)", plainTextPath=f"internal://{doc.uuid}.txt")
        stamp = _stamp(doc.accessioned_at)
        if stamp:
            source.set("creationDateTime", stamp)
        for quote in quotes.get(doc.uuid, []):
            selection = _element(
                source, "PlainTextSelection", guid=quote.uuid, name=quote.exact[:80],
                startPosition=str(quote.start), endPosition=str(quote.end),
            )  # fmt: skip
            keys = [f"kind:{quote.kind}"] + ([f"speaker:{quote.speaker}"] if quote.speaker else []) + [f"tag:{t}" for t in quote.tags]
            for key in keys:
                _coding(selection, quote.uuid, codes[key])
            if quote.note:
                guid = derived_guid("note", quote.uuid)
                notes.append((guid, f"Note on “{quote.exact[:40]}”", quote.note))
                _element(selection, "NoteRef", targetGUID=guid)
        for tag in doc.tags:
            _coding(source, doc.uuid, codes[f"tag:{tag}"])
    return notes


def _coding(parent, owner: str, code: str) -> None:
    coding = _element(parent, "Coding", guid=derived_guid("coding", owner, code))
    _element(coding, "CodeRef", targetGUID=code)


def _element(parent, element_name: str, **attributes: str) -> etree._Element:
    tag = f"{{{QDA}}}{element_name}"
    element = etree.Element(tag, nsmap={None: QDA}) if parent is None else etree.SubElement(parent, tag)
    for key, value in attributes.items():
        element.set(key, clean(value))
    return element


def _stamp(moment: str) -> str:
    return (moment[:19] + "Z") if moment else ""
