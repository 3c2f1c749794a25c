"""Find records by UUID, UUID prefix or name; raise NotFound with a helpful line."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from catalog.errors import InvalidInput, NotFound
from catalog.messages import Message
from catalog.models import ACTOR_NAME_MAX, Actor, ActorAlias, Document, Quote, Tag

MODELS: dict[str, Any] = {"document": Document, "quote": Quote, "actor": Actor}


def by_ref(session: Session, kind: str, ref: str, include_deleted: bool = False):
    """The record of ``kind`` whose UUID is ``ref`` or starts with it (at least 4 characters)."""
    model = MODELS[kind]
    ref = ref.strip().lower().removeprefix("urn:uuid:")
    if len(ref) > 36:
        raise NotFound(f"no {kind} with id “{ref[:36]}…” (an id has 36 characters)")
    if len(ref) < 4:
        raise InvalidInput(f"“{ref}” is too short to identify a {kind}: give at least 4 characters of its id")
    # by the uuid index: LIKE 'ref%' reads every record, and with a condition on deleted_at
    # SQLite prefers that column's index, so the trash is left out here, not in SQL
    if len(ref) == 36:
        query = select(model).where(model.uuid == ref)
    else:
        query = select(model).where(model.uuid >= ref, model.uuid < ref[:-1] + chr(ord(ref[-1]) + 1))
    found = [record for record in session.scalars(query) if include_deleted or record.deleted_at is None][:2]
    if not found:
        raise NotFound(Message("no_record_of_kind", kind=kind, ref=ref))
    if len(found) > 1:
        raise InvalidInput(f"“{ref}” matches several {kind}s: give more of the id")
    return found[0]


def any_by_ref(session: Session, ref: str, include_deleted: bool = False):
    """The document, quote or actor with this id; returns (kind, record).

    ``ref`` may name the kind first (``actor:1f3e…``): that chooses between records that
    share an id, which a catalogue damaged by an unchecked bundle may hold.
    """
    kinds = list(MODELS)
    head, colon, rest = ref.strip().partition(":")
    if colon and head.lower() != "urn":
        if head.strip().lower() not in MODELS:
            raise InvalidInput(f"“{head[:40]}” is not a kind of record ({', '.join(MODELS)})")
        kinds, ref = [head.strip().lower()], rest
    matches = []
    for kind in kinds:
        try:
            matches.append((kind, by_ref(session, kind, ref, include_deleted)))
        except NotFound:
            continue
    if not matches:
        raise NotFound(Message("no_record", ref=ref))
    if len(matches) > 1:
        shared = {record.uuid for _kind, record in matches}
        if len(shared) > 1:
            raise InvalidInput(f"“{ref}” matches several records: give more of the id")
        uuid, named = shared.pop(), [kind for kind, _record in matches]
        listed = [f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}" for kind in named]
        raise InvalidInput(
            f"“{uuid}” names {'both ' if len(named) == 2 else ''}{', '.join(listed[:-1])} and {listed[-1]}: give it as {named[-1]}:{uuid} or {named[0]}:{uuid} "
            "to choose one (an id should name one record)"
        )
    return matches[0]


def actor_by_ref_or_name(session: Session, ref: str) -> Actor:
    """An actor by id, id prefix, authorised name or alias (case-insensitive). Raises NotFound."""
    name = ref.strip()
    if len(name) > ACTOR_NAME_MAX:
        raise NotFound(f"no actor has a name that long ({len(name):,} characters; at most {ACTOR_NAME_MAX})")
    actor = session.scalar(select(Actor).where(Actor.deleted_at.is_(None), same_name(Actor.name, name)).limit(1))
    if actor is None:
        actor = session.scalar(
            select(Actor).join(ActorAlias).where(Actor.deleted_at.is_(None), same_name(ActorAlias.alias, name)).limit(1)
        )
    if actor is not None:
        return actor
    try:
        return by_ref(session, "actor", name)
    except (NotFound, InvalidInput):
        raise NotFound(Message("no_actor_named", name=name)) from None


def same_name(column, name: str):
    """``column`` equals ``name`` ignoring case (ASCII, as SQLite's LIKE did).

    Not LIKE: a name holding % or _ would match other names, and a long one makes SQLite
    refuse the pattern as too complex.
    """
    return func.lower(column) == func.lower(name)


def checked_actor_name(name: str, alias: bool = False) -> str:
    """``name`` (an actor's, or with ``alias`` an alias) with its spaces squashed; raises
    InvalidInput when it is empty or longer than a bundle can carry
    (:data:`~catalog.models.ACTOR_NAME_MAX`). Called before any actor name or alias is stored."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(Message("alias_empty" if alias else "actor_name_empty"))
    if len(name) > ACTOR_NAME_MAX:
        raise InvalidInput(Message("alias_too_long" if alias else "actor_name_too_long", most=ACTOR_NAME_MAX, length=f"{len(name):,}"))
    return name


def split_tag_path(path: str) -> list[str]:
    parts = [p.strip() for p in path.strip().strip("/").split("/")]
    if not parts or any(not p for p in parts):
        raise InvalidInput(Message("not_tag_path", path=path))
    if any(len(p) > 200 for p in parts):
        raise InvalidInput(Message("tag_name_too_long"))
    return parts


def child_tag(session: Session, parent: Tag | None, name: str, any_case: bool = False) -> Tag | None:
    """The tag called ``name`` directly under ``parent`` (None: at the top)."""
    query = select(Tag).where(same_name(Tag.name, name) if any_case else Tag.name == name)
    query = query.where(Tag.parent_id.is_(None)) if parent is None else query.where(Tag.parent_id == parent.id)
    return session.scalar(query.limit(1))


def tag_by_path(session: Session, path: str) -> Tag:
    """The tag at ``path``; each level matches exactly, or else ignoring case (so that
    ``tag rename afghanistan …`` works). Raises NotFound."""
    parent: Tag | None = None
    for part in split_tag_path(path):
        node = child_tag(session, parent, part) or child_tag(session, parent, part, any_case=True)
        if node is None:
            raise NotFound(Message("no_tag", path=path))
        parent = node
    assert parent is not None
    return parent
