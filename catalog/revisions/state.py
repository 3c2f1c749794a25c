"""A record's *state*: its fields and the links it owns, as plain JSON values keyed by UUID.

Revisions, undo, redo, "restore this version" and the three-way merge all compare and write
states, so there is one way to read a record and one way to put it back into a given state
(see docs/design/revisions.md). Each link is owned by exactly one record: a document owns its
actor links and tags, a quote its speaker and tags, an actor its aliases, identifiers,
relations (as subject) and tags, a tag its parent.

:func:`read_states` reads many records of one type in a few queries; :func:`write_state`
creates, updates or deletes one row and its links and records what it did in ``Changes``.
Both work inside the caller's session (any thread that owns it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, selectinload

from catalog.changes import Changes
from catalog.models import (
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Document,
    DocumentActor,
    Proposal,
    Quote,
    SavedSearch,
    Tag,
    actor_tags,
    document_tags,
    quote_tags,
)

State = dict[str, Any]  # JSON values: text, numbers, None, lists and dicts of them

RECORD_TYPES = ("tag", "actor", "document", "quote", "saved_search")  # the order in which creations are written
# records with no trash: deleting one removes it, and its state has no tags
UNTRASHED = frozenset({"tag", "saved_search"})
DOCUMENT_FIELDS = (
    "title", "subtitle", "publication", "section", "published_text", "url", "short_url",
    "language", "image_caption", "body", "end_matter", "text_sha256", "original_name",
    "original_format", "original_sha256", "original_size", "notes", "rights",
    "doi", "page_kind", "provenance",
)  # fmt: skip
DOCUMENT_TIMES = ("published_at", "accessioned_at", "captured_at")
QUOTE_FIELDS = ("start", "end", "exact", "prefix", "suffix", "kind", "note")
ACTOR_FIELDS = ("type", "name", "description", "dates")
TAG_FIELDS = ("name", "colour")
SAVED_SEARCH_FIELDS = ("name", "query")
MODELS: dict[str, Any] = {"document": Document, "quote": Quote, "actor": Actor, "tag": Tag, "saved_search": SavedSearch}  # each has id, uuid, revision
_CHUNK = 500  # bound parameters per statement stay well under SQLite's limit


class StateConflict(Exception):
    """A state names a record that is not in the catalogue (or the record cannot take it)."""


def read_states(session: Session, record_type: str, uuids: Iterable[str]) -> dict[str, State]:
    """The states of the records of ``record_type`` with these UUIDs (trashed ones included);
    UUIDs with no record are left out."""
    wanted = list(dict.fromkeys(uuids))
    states: dict[str, State] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        states.update(_READERS[record_type](session, chunk))
    return states


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: object) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _tag_uuids(session: Session, table, key: str, ids: list[int]) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {i: [] for i in ids}
    rows = session.execute(select(table.c[key], Tag.uuid).join(Tag, Tag.id == table.c.tag_id).where(table.c[key].in_(ids)))
    for owner, uuid in rows:
        found[owner].append(uuid)
    return {owner: sorted(uuids) for owner, uuids in found.items()}


def _read_documents(session: Session, uuids: list[str]) -> dict[str, State]:
    docs = session.scalars(select(Document).where(Document.uuid.in_(uuids))).all()
    if not docs:
        return {}
    ids = [d.id for d in docs]
    links: dict[int, list[list[str]]] = {i: [] for i in ids}
    rows = session.execute(
        select(DocumentActor.document_id, Actor.uuid, DocumentActor.role)
        .join(Actor, Actor.id == DocumentActor.actor_id)
        .where(DocumentActor.document_id.in_(ids))
        .order_by(DocumentActor.document_id, DocumentActor.position, DocumentActor.id)
    )
    for doc_id, actor_uuid, role in rows:
        links[doc_id].append([actor_uuid, role])
    tags = _tag_uuids(session, document_tags, "document_id", ids)
    proposals: dict[int, dict[str, str]] = {i: {} for i in ids}
    for doc_id, kind, payload, status in session.execute(
        select(Proposal.document_id, Proposal.kind, Proposal.payload, Proposal.status).where(Proposal.document_id.in_(ids))
    ):
        proposals[doc_id][proposal_key(kind, payload)] = status
    states: dict[str, State] = {}
    for doc in docs:
        state: State = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
        state.update({name: _time(getattr(doc, name)) for name in DOCUMENT_TIMES})
        state["actors"] = links[doc.id]
        state["tags"] = tags[doc.id]
        state["proposals"] = proposals[doc.id]
        state["deleted"] = _time(doc.deleted_at)
        states[doc.uuid] = state
    return states


def proposal_key(kind: str, payload: str) -> str:
    """A proposal's name in a state: stable across catalogues and re-creation, unlike its id."""
    return f"{kind}:{hashlib.sha1(payload.encode('utf-8')).hexdigest()[:16]}"


def proposal_payloads(session: Session, uuid: str) -> dict[str, list[str]]:
    """The document's proposals in full (key → [kind, payload]), kept with a deletion so that
    undoing it brings them back."""
    rows = session.execute(select(Proposal.kind, Proposal.payload).join(Document).where(Document.uuid == uuid))
    return {proposal_key(kind, payload): [kind, payload] for kind, payload in rows}


def _read_quotes(session: Session, uuids: list[str]) -> dict[str, State]:
    rows = session.execute(
        select(Quote, Document.uuid, Actor.uuid)
        .join(Document, Document.id == Quote.document_id)
        .outerjoin(Actor, Actor.id == Quote.speaker_id)
        .where(Quote.uuid.in_(uuids))
    ).all()
    if not rows:
        return {}
    tags = _tag_uuids(session, quote_tags, "quote_id", [quote.id for quote, _, _ in rows])
    states: dict[str, State] = {}
    for quote, doc_uuid, speaker_uuid in rows:
        state: State = {name: getattr(quote, name) for name in QUOTE_FIELDS}
        state.update(document=doc_uuid, speaker=speaker_uuid, tags=tags[quote.id], deleted=_time(quote.deleted_at))
        states[quote.uuid] = state
    return states


def _read_actors(session: Session, uuids: list[str]) -> dict[str, State]:
    actors = session.scalars(
        select(Actor)
        .where(Actor.uuid.in_(uuids))
        .options(selectinload(Actor.aliases), selectinload(Actor.identifiers), selectinload(Actor.relations).joinedload(ActorRelation.object))
    ).all()
    if not actors:
        return {}
    tags = _tag_uuids(session, actor_tags, "actor_id", [a.id for a in actors])
    states: dict[str, State] = {}
    for actor in actors:
        state: State = {name: getattr(actor, name) for name in ACTOR_FIELDS}
        state["aliases"] = sorted(a.alias for a in actor.aliases)
        state["identifiers"] = sorted([i.scheme, i.value] for i in actor.identifiers)
        state["relations"] = sorted([r.relation, r.object.uuid] for r in actor.relations)
        state["tags"] = tags[actor.id]
        state["deleted"] = _time(actor.deleted_at)
        states[actor.uuid] = state
    return states


def _read_tags(session: Session, uuids: list[str]) -> dict[str, State]:
    parent = Tag.__table__.alias("parent")
    rows = session.execute(
        select(Tag.uuid, Tag.name, Tag.colour, parent.c.uuid).outerjoin(parent, parent.c.id == Tag.parent_id).where(Tag.uuid.in_(uuids))
    )
    return {uuid: {"name": name, "colour": colour, "parent": parent_uuid} for uuid, name, colour, parent_uuid in rows}


def _read_saved_searches(session: Session, uuids: list[str]) -> dict[str, State]:
    rows = session.execute(select(SavedSearch.uuid, SavedSearch.name, SavedSearch.query).where(SavedSearch.uuid.in_(uuids)))
    return {uuid: {"name": name, "query": query} for uuid, name, query in rows}


_READERS = {"document": _read_documents, "quote": _read_quotes, "actor": _read_actors, "tag": _read_tags, "saved_search": _read_saved_searches}


# ----- writing ---------------------------------------------------------------------------


def write_state(session: Session, changes: Changes, record_type: str, uuid: str, state: State | None) -> None:
    """Put the record ``uuid`` into ``state``: create it, update it, or (``None``) delete it
    for good with its links. Records a state names (a speaker, a tag, a parent) must exist:
    raises StateConflict otherwise. Marks the record in ``changes`` (and, for the index, the
    records whose text it feeds)."""
    model = MODELS[record_type]
    record: Any = session.scalar(select(model).where(model.uuid == uuid))
    if state is None:
        if record is not None:
            _delete(session, changes, record_type, record)
        return
    was_trashed = record is not None and record_type not in UNTRASHED and record.deleted_at is not None
    created = record is None
    if created:
        record = model(uuid=uuid)
    _WRITERS[record_type](session, record, state)
    if created:
        session.add(record)
    session.flush()
    if record_type not in UNTRASHED:
        _write_tags(session, record_type, record.id, state.get("tags", []))
    if record_type == "document":
        _write_document_actors(session, changes, record.id, state.get("actors", []))
        _write_proposals(session, changes, record.id, state)
    session.expire(record)  # its collections were written below the ORM
    deleted = record_type not in UNTRASHED and record.deleted_at is not None
    # into or out of the trash is reported as Catalog.delete and Catalog.restore report it (gone
    # or new, with a document's quotes), since lists, counts and the index follow those
    if deleted:
        changes.delete(record_type, uuid)
        if record_type == "document" and not was_trashed:
            for quote in record.quotes:
                changes.delete("quote", quote.uuid)
    elif created or was_trashed:
        changes.create(record_type, uuid)
        if record_type == "document" and was_trashed:
            for quote in record.quotes:
                if quote.deleted_at is None:
                    changes.create("quote", quote.uuid)
    else:
        changes.edit(record_type, uuid)


def _id_of(session: Session, record_type: str, uuid: object) -> int | None:
    if uuid is None:
        return None
    model = MODELS[record_type]
    found = session.scalar(select(model.id).where(model.uuid == uuid))
    if found is None:
        raise StateConflict(f"the {record_type} {uuid} is not in the catalogue")
    return found


def _write_document(session: Session, doc: Document, state: State) -> None:
    for name in DOCUMENT_FIELDS:
        if name in state:
            setattr(doc, name, state[name])
    for name in DOCUMENT_TIMES:
        if name in state:
            setattr(doc, name, _parse_time(state[name]))
    doc.deleted_at = _parse_time(state.get("deleted"))


def _write_quote(session: Session, quote: Quote, state: State) -> None:
    for name in QUOTE_FIELDS:
        if name in state:
            setattr(quote, name, state[name])
    document_id = _id_of(session, "document", state.get("document"))
    if document_id is None:
        raise StateConflict("a quote must belong to a document")
    quote.document_id = document_id
    quote.speaker_id = _id_of(session, "actor", state.get("speaker"))
    quote.deleted_at = _parse_time(state.get("deleted"))


def _write_actor(session: Session, actor: Actor, state: State) -> None:
    for name in ACTOR_FIELDS:
        if name in state:
            setattr(actor, name, state[name])
    actor.deleted_at = _parse_time(state.get("deleted"))
    _sync(actor.aliases, state.get("aliases", []), lambda a: a.alias, lambda alias: ActorAlias(alias=alias))
    _sync(actor.identifiers, state.get("identifiers", []), lambda i: [i.scheme, i.value], lambda v: ActorIdentifier(scheme=v[0], value=v[1]))
    objects = {uuid: _id_of(session, "actor", uuid) for _, uuid in state.get("relations", [])}
    _sync(
        actor.relations,
        [[relation, objects[uuid]] for relation, uuid in state.get("relations", [])],
        lambda r: [r.relation, r.object_id],
        lambda v: ActorRelation(relation=v[0], object_id=v[1]),
    )


def _sync(collection: list, wanted: Iterable, key, make) -> None:
    """Make an ORM collection hold exactly the items ``wanted``, keeping the rows that stay
    (replacing the whole collection would insert before deleting and break its unique key)."""
    wanted_list = list(wanted)
    wanted_keys = [repr(w) for w in wanted_list]
    for item in list(collection):
        if repr(key(item)) not in wanted_keys:
            collection.remove(item)
    have = {repr(key(item)) for item in collection}
    for value, value_key in zip(wanted_list, wanted_keys, strict=True):
        if value_key not in have:
            collection.append(make(value))
            have.add(value_key)


def _write_tag(session: Session, tag: Tag, state: State) -> None:
    tag.name = str(state["name"])
    tag.colour = str(state.get("colour") or "")
    tag.parent_id = _id_of(session, "tag", state.get("parent"))


def _write_saved_search(session: Session, saved: SavedSearch, state: State) -> None:
    saved.name = str(state["name"])
    saved.query = str(state["query"])


_WRITERS: dict[str, Callable[[Session, Any, State], None]] = {
    "document": _write_document, "quote": _write_quote, "actor": _write_actor, "tag": _write_tag, "saved_search": _write_saved_search,
}  # fmt: skip
_TAG_TABLES = {"document": (document_tags, "document_id"), "quote": (quote_tags, "quote_id"), "actor": (actor_tags, "actor_id")}


def _write_tags(session: Session, record_type: str, record_id: int, tag_uuids: Iterable[str]) -> None:
    table, key = _TAG_TABLES[record_type]
    session.execute(delete(table).where(table.c[key] == record_id))
    ids = [_id_of(session, "tag", uuid) for uuid in tag_uuids]
    if ids:
        session.execute(insert(table), [{key: record_id, "tag_id": tag_id} for tag_id in ids])


def _write_document_actors(session: Session, changes: Changes, doc_id: int, links: Iterable[list[str]]) -> None:
    before = set(session.scalars(select(Actor.uuid).join(DocumentActor).where(DocumentActor.document_id == doc_id)))
    session.execute(delete(DocumentActor).where(DocumentActor.document_id == doc_id))
    after: set[str] = set()
    for position, (actor_uuid, role) in enumerate(links):
        session.add(DocumentActor(document_id=doc_id, actor_id=_id_of(session, "actor", actor_uuid), role=role, position=position))
        after.add(actor_uuid)
    for actor_uuid in before ^ after:
        changes.link("actor", actor_uuid)


def _write_proposals(session: Session, changes: Changes, doc_id: int, state: State) -> None:
    wanted = state.get("proposals") or {}
    payloads = state.get("proposal_payloads") or {}
    have = {proposal_key(p.kind, p.payload): p for p in session.scalars(select(Proposal).where(Proposal.document_id == doc_id))}
    for key, proposal in have.items():
        if key not in wanted:
            session.delete(proposal)
            changes.proposals = True
        elif proposal.status != wanted[key]:
            proposal.status = wanted[key]
            changes.proposals = True
    for key, status in wanted.items():
        if key not in have and key in payloads:
            kind, payload = payloads[key]
            session.add(Proposal(document_id=doc_id, kind=kind, payload=payload, status=status))
            changes.proposals = True


def _delete(session: Session, changes: Changes, record_type: str, record) -> None:
    if record_type == "document":
        for quote in list(record.quotes):
            changes.delete("quote", quote.uuid)
    session.delete(record)
    session.flush()
    changes.delete(record_type, record.uuid)
