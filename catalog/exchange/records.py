"""The records a bundle carries, as plain dataclasses, and ``pressmark/records.json``.

Export fills a :class:`BundleContent` from the catalogue (:mod:`catalog.exchange.snapshot`);
every format writer reads it; import gets one back from :mod:`catalog.exchange.verify` and
hands it to :mod:`catalog.exchange.merge`. Times are ISO 8601 strings (naive UTC, as the
database keeps them). Quotes are not in ``records.json``: they travel as the W3C Web
Annotation collection (:mod:`catalog.exchange.annotations`), document bodies as text files.
Only each quote's revision, which no standard annotation property holds, is listed in
``records.json`` (``quote_revisions``) and given to its quote by :func:`place_quote_revisions`.

:func:`records_from_json` validates everything it reads and raises
:class:`~catalog.exchange.refusal.Refused` with the record and field at fault.
"""

from __future__ import annotations

import re
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime

from catalog.exchange.refusal import refused
from catalog.messages import Message
from catalog.models import ACTOR_TYPES, LINK_ROLES, MAX_TAG_DEPTH, QUOTE_KINDS
from catalog.text import normalise_doi
from catalog.vocabulary import PAGE_KINDS

FORMAT = "pressmark-bundle"
# 2: records carry their revision, and the bundle their revision graph;
# 3: quotes too (``quote_revisions``, and quote revisions in the graph), which a reader of 2 refuses;
# 4: documents carry doi, page_kind, captured_at and provenance (absent from 1-3: their defaults)
FORMAT_VERSION = 4
_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


@dataclass
class TagRecord:
    uuid: str
    name: str
    parent: str | None
    colour: str = ""
    created_at: str = ""
    revision: str = ""  # the record's current revision id ("" in bundles of format 1)


@dataclass
class ActorRecord:
    uuid: str
    type: str
    name: str
    description: str = ""
    dates: str = ""
    aliases: list[str] = field(default_factory=list)
    identifiers: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    created_at: str = ""
    modified_at: str = ""
    revision: str = ""


@dataclass
class DocumentRecord:
    uuid: str
    title: str
    body: str = ""  # travels as texts/<uuid>.txt, not in records.json
    subtitle: str = ""
    publication: str = ""
    section: str = ""
    published_at: str | None = None
    published_text: str = ""
    url: str = ""
    short_url: str = ""
    language: str = ""
    image_caption: str = ""
    end_matter: str = ""
    original_name: str = ""
    original_format: str = ""
    original_sha256: str = ""
    original_size: int = 0
    original: str = ""  # payload path of the original file ("" when not carried)
    accessioned_at: str = ""
    notes: str = ""
    rights: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: str = ""
    modified_at: str = ""
    revision: str = ""
    doi: str = ""
    page_kind: str = "article"
    captured_at: str | None = None
    provenance: str = ""


@dataclass
class QuoteRecord:
    uuid: str
    document: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    kind: str = "quotation"
    speaker: str | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    created_at: str = ""
    modified_at: str = ""
    revision: str = ""  # "" in bundles of format 1 and 2


@dataclass
class LinkRecord:
    """A document names an actor in a role; ``position`` orders authors."""

    document: str
    actor: str
    role: str
    position: int = 0


@dataclass
class RelationRecord:
    subject: str
    relation: str
    object: str


@dataclass
class RevisionRecord:
    """One revision of a tag, actor, document or quote, as the bundle's revision graph carries it:
    ids, parents, who made it, when, in which operation, and the names of the fields it
    changed (no values: the record's current values travel with the record)."""

    rev: str
    record: str
    type: str
    parent: str | None
    other_parent: str | None
    op: str
    label: str
    author: str
    author_id: str
    at: str
    action: str
    fields: list[str] = field(default_factory=list)


@dataclass
class BundleContent:
    """Everything one bundle carries; links and relations in the catalogue's own order."""

    bundle_id: str
    label: str = ""
    exported_at: str = ""
    documents: list[DocumentRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    actors: list[ActorRecord] = field(default_factory=list)
    tags: list[TagRecord] = field(default_factory=list)
    links: list[LinkRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    revisions: list[RevisionRecord] = field(default_factory=list)

    def records_by_kind(self) -> tuple[tuple[str, list], ...]:
        """(kind, records) for each kind of record with an id of its own."""
        return (("tag", self.tags), ("actor", self.actors), ("document", self.documents), ("quote", self.quotes))

    def actors_by_uuid(self) -> dict[str, ActorRecord]:
        return {a.uuid: a for a in self.actors}

    def links_by_document(self) -> dict[str, list[LinkRecord]]:
        """Document UUID -> its links, authors first in their order, then the others."""
        result: dict[str, list[LinkRecord]] = {}
        for link in self.links:
            result.setdefault(link.document, []).append(link)
        for links in result.values():
            links.sort(key=lambda link: (link.role != "author", link.position if link.role == "author" else 0))
        return result

    def tag_paths(self) -> dict[str, str]:
        """Tag UUID -> ``Parent/Child`` path (tags must form a tree; see check_tag_tree)."""
        by_uuid = {t.uuid: t for t in self.tags}
        paths: dict[str, str] = {}
        for tag in self.tags:
            parts: list[str] = []
            seen: set[str] = set()
            node: TagRecord | None = tag
            while node is not None and node.uuid not in seen:
                seen.add(node.uuid)
                parts.append(node.name)
                node = by_uuid.get(node.parent) if node.parent else None
            paths[tag.uuid] = "/".join(reversed(parts))
        return paths


# ----- field specifications: (name, kind, maximum length) ------------------------------
_TEXT = 10_000_000  # a field of free text; the bundle's size limits bound it further
_TAG = [("uuid", "uuid", 0), ("name", "str", 200), ("parent", "uuid?", 0), ("colour", "str", 9), ("created_at", "time", 0), ("revision", "rev", 0)]
_ACTOR = [
    ("uuid", "uuid", 0), ("type", "str", 20), ("name", "str", 500), ("description", "str", _TEXT),
    ("dates", "str", 200), ("aliases", "strs", 500), ("identifiers", "pairs", 500), ("tags", "uuids", 0),
    ("created_at", "time", 0), ("modified_at", "time", 0), ("revision", "rev", 0),
]  # fmt: skip
_DOCUMENT = [
    ("uuid", "uuid", 0), ("title", "str", _TEXT), ("subtitle", "str", _TEXT), ("publication", "str", 300),
    ("section", "str", 200), ("published_at", "time?", 0), ("published_text", "str", 200), ("url", "str", _TEXT),
    ("short_url", "str", _TEXT), ("language", "str", 35), ("image_caption", "str", _TEXT),
    ("end_matter", "str", _TEXT), ("original_name", "str", _TEXT), ("original_format", "str", 40),
    ("original_sha256", "str", 64), ("original_size", "int", 0), ("original", "str", 200),
    ("accessioned_at", "time", 0), ("notes", "str", _TEXT), ("rights", "str", _TEXT), ("tags", "uuids", 0),
    ("created_at", "time", 0), ("modified_at", "time", 0), ("revision", "rev", 0),
    ("doi", "str", 200), ("page_kind", "str", 20), ("captured_at", "time?", 0), ("provenance", "str", 100_000),
]  # fmt: skip
_LINK = [("document", "uuid", 0), ("actor", "uuid", 0), ("role", "str", 20), ("position", "int", 0)]
_RELATION = [("subject", "uuid", 0), ("relation", "str", 200), ("object", "uuid", 0)]
_REVISION = [
    ("rev", "rev", 0), ("record", "uuid", 0), ("type", "str", 20), ("parent", "rev?", 0), ("other_parent", "rev?", 0),
    ("op", "rev", 0), ("label", "str", 300), ("author", "str", 200), ("author_id", "str", 36), ("at", "time", 0),
    ("action", "str", 10), ("fields", "strs", 100),
]  # fmt: skip
_QUOTE_REVISION = [("uuid", "uuid", 0), ("revision", "rev", 0)]
_REVISION_TYPES = ("tag", "actor", "document", "quote")
_REVISION_ACTIONS = ("create", "update", "delete", "foreign")
# absent from bundles of format 1 (a revision; a quote's from format 2; a document's others before 4)
_OPTIONAL: dict[str, object] = {"revision": "", "doi": "", "page_kind": "article", "captured_at": None, "provenance": ""}
_REV = re.compile(r"[0-9a-f]{32}")


def records_to_json(content: BundleContent, software: str) -> dict:
    """The ``records.json`` object for ``content`` (bodies and quotes excluded)."""

    def pick(record, spec) -> dict:
        return {name: _plain(getattr(record, name)) for name, _kind, _max in spec}

    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "bundle": content.bundle_id,
        "label": content.label,
        "exported_at": content.exported_at,
        "software": software,
        "tags": [pick(t, _TAG) for t in content.tags],
        "actors": [pick(a, _ACTOR) for a in content.actors],
        "documents": [pick(d, _DOCUMENT) for d in content.documents],
        "links": [pick(link, _LINK) for link in content.links],
        "relations": [pick(r, _RELATION) for r in content.relations],
        "revisions": [pick(r, _REVISION) for r in content.revisions],
        "quote_revisions": [pick(q, _QUOTE_REVISION) for q in content.quotes if q.revision],
    }


# a kind of records.json's entries -> the words naming one in a refusal
_ITEMS = {
    "tag": "item_tag", "actor": "item_actor", "document": "item_document", "link": "item_link", "relation": "item_relation",
    "revision": "item_revision", "quote revision": "item_quote_revision",
}  # fmt: skip


def records_from_json(data: object) -> BundleContent:
    """Read a parsed ``records.json``; raises Refused for anything out of shape."""
    if not isinstance(data, dict):
        raise refused("records_not_object")
    if data.get("format") != FORMAT:
        raise refused("records_not_pressmark")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise refused("records_no_version")
    if version > FORMAT_VERSION:
        raise refused("records_newer", version=version)
    allowed = {
        "format", "version", "bundle", "label", "exported_at", "software", "tags", "actors", "documents", "links", "relations",
        "revisions", "quote_revisions",
    }  # fmt: skip
    _no_unknown(data, allowed, "records.json")
    bundle_id = _value(data.get("bundle"), "str", 200, "records.json: bundle")
    content = BundleContent(
        bundle_id=bundle_id,
        label=_value(data.get("label", ""), "str", 1000, "records.json: label"),
        exported_at=_value(data.get("exported_at", ""), "str", 100, "records.json: exported_at"),
    )
    content.tags = [TagRecord(**_fields(item, _TAG, "tag", i)) for i, item in enumerate(_list(data, "tags"))]
    for i, item in enumerate(_list(data, "actors")):
        values = _fields(item, _ACTOR, "actor", i)
        values["identifiers"] = [tuple(pair) for pair in values["identifiers"]]
        content.actors.append(ActorRecord(**values))
    content.documents = [DocumentRecord(**_fields(item, _DOCUMENT, "document", i)) for i, item in enumerate(_list(data, "documents"))]
    content.links = [LinkRecord(**_fields(item, _LINK, "link", i)) for i, item in enumerate(_list(data, "links"))]
    content.relations = [RelationRecord(**_fields(item, _RELATION, "relation", i)) for i, item in enumerate(_list(data, "relations"))]
    content.revisions = [RevisionRecord(**_fields(item, _REVISION, "revision", i)) for i, item in enumerate(_list(data, "revisions"))]
    for revision in content.revisions:
        if revision.type not in _REVISION_TYPES or revision.action not in _REVISION_ACTIONS:
            raise refused("records_revision_unknown", revision=revision.rev)
    _check_enumerations(content)
    return content


def place_quote_revisions(data: object, content: BundleContent) -> None:
    """Give each of ``content``'s quotes (read from the annotations) the revision the parsed
    ``records.json`` ``data`` lists for it; a quote it does not list keeps "" (bundles of
    format 1 and 2 list none: their quotes merge two-way). Raises Refused for an entry out of
    shape, one naming a quote the bundle does not carry, or two naming one quote."""
    if not isinstance(data, dict):
        raise refused("records_not_object")
    quotes = {q.uuid: q for q in content.quotes}
    placed: set[str] = set()
    for i, item in enumerate(_list(data, "quote_revisions")):
        values = _fields(item, _QUOTE_REVISION, "quote revision", i)
        uuid = values["uuid"]
        if uuid not in quotes:
            raise refused("records_quote_revision_unknown", uuid=uuid)
        if uuid in placed:
            raise refused("records_quote_revisions_two", uuid=uuid)
        placed.add(uuid)
        quotes[uuid].revision = values["revision"]


def check_references(content: BundleContent) -> None:
    """Refuse an id given to two records (of one kind or of two: an id names one record of
    one kind), references to records the bundle lacks, and a tag cycle."""
    seen: dict[str, str] = {}
    for kind, records in content.records_by_kind():
        for record in records:
            if record.uuid in seen:
                first = seen[record.uuid]
                if first == kind:
                    raise refused("records_id_shared", kind=kind, uuid=record.uuid)
                raise refused("records_id_two_kinds", uuid=record.uuid, first_kind=first, kind=kind)
            seen[record.uuid] = kind
    tags = {t.uuid for t in content.tags}
    actors = {a.uuid for a in content.actors}
    documents = {d.uuid for d in content.documents}

    def need(uuid: str | None, known: set[str], what: str, where: str) -> None:
        if uuid is not None and uuid not in known:
            raise refused("records_reference_missing", where=where, what=Message(what), uuid=uuid)

    for tag in content.tags:
        need(tag.parent, tags, "the_parent_tag", Message("item_id", item=Message("item_tag"), uuid=tag.uuid))
    tagged: list[ActorRecord | DocumentRecord | QuoteRecord] = [*content.actors, *content.documents, *content.quotes]
    for record in tagged:
        for tag_uuid in record.tags:
            need(tag_uuid, tags, "the_tag", Message("item_id", item=Message("item_record"), uuid=record.uuid))
    for quote in content.quotes:
        need(quote.document, documents, "the_document", Message("item_id", item=Message("item_quote"), uuid=quote.uuid))
        need(quote.speaker, actors, "the_speaker", Message("item_id", item=Message("item_quote"), uuid=quote.uuid))
    for link in content.links:
        need(link.document, documents, "the_document", Message("a_link"))
        need(link.actor, actors, "the_actor", Message("a_link"))
    for relation in content.relations:
        if not relation.relation.strip():
            raise refused("relation_nameless", uuid=relation.subject)
        need(relation.subject, actors, "the_actor", Message("a_relation"))
        need(relation.object, actors, "the_actor", Message("a_relation"))
    check_tag_tree(content.tags)


def check_tag_tree(tags: list[TagRecord]) -> None:
    """Refuse a tag that is its own ancestor, lies more than MAX_TAG_DEPTH levels deep (such a
    tag could not be made here, nor exported readably), or two sibling tags with one name."""
    parent_of = {t.uuid: t.parent for t in tags}
    for tag in tags:
        seen, node = {tag.uuid}, tag.parent
        while node is not None:
            if node in seen:
                raise refused("tag_own_ancestor", uuid=tag.uuid, name=tag.name)
            seen.add(node)
            if len(seen) > MAX_TAG_DEPTH:
                raise refused("tag_deeper_than_kept", uuid=tag.uuid, name=tag.name[:80], most=MAX_TAG_DEPTH)
            node = parent_of.get(node)
    siblings: set[tuple[str | None, str]] = set()
    for tag in tags:
        key = (tag.parent, tag.name)
        if key in siblings:
            raise refused("tag_siblings_same_name", name=tag.name)
        siblings.add(key)


def checked_uuid(value: object, where: str) -> str:
    """``value`` if it is a UUID in canonical form (lower case, hyphenated); else Refused."""
    if isinstance(value, str) and len(value) == 36:
        try:
            if str(uuid_module.UUID(value)) == value:
                return value
        except ValueError:
            pass
    raise refused("not_an_id", where=where, value=str(value)[:60])


def _check_enumerations(content: BundleContent) -> None:
    for actor in content.actors:
        if actor.type not in ACTOR_TYPES:
            raise refused("actor_type_unknown", uuid=actor.uuid, value=actor.type)
        if not actor.name.strip():
            raise refused("actor_nameless", uuid=actor.uuid)
    for tag in content.tags:
        if not tag.name.strip() or "/" in tag.name:
            raise refused("tag_name_bad", uuid=tag.uuid, name=tag.name)
        if tag.colour and not _COLOUR.fullmatch(tag.colour):
            raise refused("tag_colour_bad", uuid=tag.uuid, colour=tag.colour)
    for link in content.links:
        if link.role not in LINK_ROLES:
            raise refused("link_role_bad", uuid=link.document, value=link.role)
    for doc in content.documents:
        if doc.original_sha256 and not _is_sha256(doc.original_sha256):
            raise refused("document_sha_bad", uuid=doc.uuid)
        if doc.page_kind not in PAGE_KINDS:
            raise refused("document_page_kind_bad", uuid=doc.uuid, value=doc.page_kind)
        try:
            doc.doi = normalise_doi(doc.doi)
        except ValueError as exc:
            raise refused("document_doi_bad", uuid=doc.uuid, reason=str(exc)) from None


def check_quote_kind(kind: str, where: str) -> str:
    if kind not in QUOTE_KINDS:
        raise refused("quote_kind_bad", where=where, value=kind)
    return kind


def _is_sha256(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def _list(data: dict, key: str) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise refused("records_not_list", key=key)
    return value


def _no_unknown(item: dict, allowed: set[str], where: str) -> None:
    unknown = set(item) - allowed
    if unknown:
        raise refused("field_unknown", where=where, field=sorted(unknown)[0][:40])


def _fields(item: object, spec: list[tuple[str, str, int]], kind: str, index: int) -> dict:
    """The fields ``spec`` names of the ``index``-th ``kind`` of records.json (``kind`` as
    ``records.json`` names it: "tag", "quote revision"), checked. Raises Refused."""
    where = Message("item_number", item=Message(_ITEMS[kind]), index=index)
    if not isinstance(item, dict):
        raise refused("records_item_not_object", where=where)
    uuid = item.get("uuid")
    if isinstance(uuid, str):
        where = Message("item_id", item=Message(_ITEMS[kind]), uuid=uuid[:36])
    _no_unknown(item, {name for name, _k, _m in spec}, where)
    values = {}
    for name, kind, maximum in spec:
        if name not in item and name in _OPTIONAL:
            values[name] = _OPTIONAL[name]
            continue
        if name not in item:
            raise refused("field_missing", where=where, field=name)
        values[name] = _value(item[name], kind, maximum, Message("at_field", where=where, field=name))
    return values


def _value(value: object, kind: str, maximum: int, where: str):
    if kind == "str":
        if not isinstance(value, str):
            raise refused("value_not_text", where=where)
        if len(value) > maximum:
            raise refused("value_too_long", where=where, most=maximum)
        return value
    if kind == "int":
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
            raise refused("value_not_whole_number", where=where)
        return value
    if kind in ("rev", "rev?"):
        if value is None and kind == "rev?":
            return None
        if value == "" and kind == "rev":
            return ""
        if not isinstance(value, str) or not _REV.fullmatch(value):
            raise refused("value_not_revision", where=where)
        return value
    if kind == "uuid":
        return checked_uuid(value, where)
    if kind == "uuid?":
        return None if value is None else checked_uuid(value, where)
    if kind in ("time", "time?"):
        if value is None and kind == "time?":
            return None
        if value == "" and kind == "time":
            return ""
        return checked_time(value, where)
    if kind in ("strs", "uuids", "pairs"):
        if not isinstance(value, list):
            raise refused("value_not_list", where=where)
        if kind == "strs":
            return [_value(v, "str", maximum, where) for v in value]
        if kind == "uuids":
            return [checked_uuid(v, where) for v in value]
        pairs = []
        for pair in value:
            if not (isinstance(pair, list) and len(pair) == 2):
                raise refused("value_not_pair", where=where)
            pairs.append([_value(pair[0], "str", 40, where), _value(pair[1], "str", maximum, where)])
        return pairs
    raise AssertionError(kind)


def checked_time(value: object, where: str) -> str:
    """``value`` if it is an ISO 8601 date-time string; else Refused."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            datetime.fromisoformat(value)
            return value
        except ValueError:
            pass
    raise refused("value_not_time", where=where, value=str(value)[:40])


def _plain(value):
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
