"""Record one unit of work's revisions, inside its transaction, from its ``Changes``.

Called by the unit of work just before it commits. The new states are read in the writing
session (which sees the uncommitted work); the old states on a second connection, which sees
the last committed catalogue, i.e. the catalogue before this unit of work. Each record whose
state differs gets one revision with only the fields that changed. A record new to the
catalogue gets a revision with no fields (its first state is rebuilt backwards from the
current one), so a bulk import writes one small row per record. See docs/design/revisions.md.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Engine, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from catalog.changes import Changes
from catalog.models import Operation, Revision, new_revision_id, utcnow
from catalog.revisions.author import Author
from catalog.revisions.state import MODELS, RECORD_TYPES, State, proposal_payloads, read_states
from catalog.revisions.textpatch import encode_change

_CHUNK = 500


@dataclass
class Recorded:
    """What :func:`record` wrote: the operation's id and its revisions by record UUID."""

    op_id: str = ""
    revisions: dict[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.revisions)


def record(
    session: Session,
    engine: Engine,
    changes: Changes,
    *,
    label: str,
    author: Author,
    kind: str = "edit",
    undoes: str | None = None,
    op_id: str | None = None,
) -> Recorded:
    """Write the operation and its revisions for ``changes`` into ``session``; returns what was
    written (nothing when no record's state changed). Raises what the database raises."""
    session.flush()
    rows: list[dict] = []
    pointers: dict[str, list[dict]] = {}
    with engine.connect() as connection, Session(bind=connection) as before:
        for record_type in RECORD_TYPES:
            uuids = changes.touched(record_type)
            if not uuids:
                continue
            model = MODELS[record_type]
            existed = _current_revisions(before, model, uuids)
            exists = _current_revisions(session, model, uuids)
            old_states = read_states(before, record_type, existed) if existed else {}
            new_states = read_states(session, record_type, [u for u in existed if u in exists]) if existed else {}
            earlier = _latest_revisions(session, [u for u in uuids if u not in existed and u in exists])
            for uuid in sorted(uuids):
                old, new = old_states.get(uuid), new_states.get(uuid)
                if uuid not in existed:
                    if uuid not in exists:
                        continue  # made and removed within this unit of work
                    action, fields = "create", None
                elif uuid not in exists:
                    action, fields = "delete", old
                    if record_type == "document" and old is not None:
                        fields = {**old, "proposal_payloads": proposal_payloads(before, uuid)}
                else:
                    assert old is not None and new is not None
                    fields = _changed_fields(old, new)
                    if not fields:
                        continue
                    action = "update"
                rev_id = new_revision_id()
                rows.append(
                    {
                        "rev_id": rev_id,
                        "record_type": record_type,
                        "record_uuid": uuid,
                        "parent_rev": existed.get(uuid) or changes.merged_from.get(uuid) or earlier.get(uuid),
                        "other_parent": changes.merged_from.get(uuid) if uuid in existed else None,
                        "action": action,
                        "fields": json.dumps(fields, ensure_ascii=False, separators=(",", ":")) if fields is not None else None,
                    }
                )
                if action != "delete":
                    pointers.setdefault(record_type, []).append({"u": uuid, "r": rev_id})
    if not rows:
        return Recorded()
    operation = Operation(
        op_id=op_id or new_revision_id(), label=label[:300], author_name=author.name, author_id=author.installation_id, at=utcnow(), kind=kind, undoes=undoes
    )
    operation.undo_state = "closed" if kind == "undo" else "open"
    session.add(operation)
    if kind not in ("undo", "redo"):
        # a new change (or a redo) ends what could be redone before it, as in every editor
        session.execute(update(Operation).where(Operation.undo_state == "undone").values(undo_state="closed"))
    session.flush()
    for row in rows:
        row["operation_id"] = operation.id
    session.execute(insert(Revision), rows)
    for record_type, values in pointers.items():
        table = MODELS[record_type].__table__
        extra = {"modified_at": table.c.modified_at} if "modified_at" in table.c else {}
        statement = update(table).where(table.c.uuid == bindparam("u")).values(revision=bindparam("r"), **extra)
        session.connection().execute(statement, values)
    return Recorded(operation.op_id, {row["record_uuid"]: row["rev_id"] for row in rows})


def _latest_revisions(session: Session, uuids: list[str]) -> dict[str, str]:
    """The newest revision of each UUID that has one: a record created again (an undone
    deletion) continues its chain."""
    found: dict[str, str] = {}
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        newest = select(Revision.record_uuid, func.max(Revision.id).label("newest")).where(Revision.record_uuid.in_(chunk)).group_by(Revision.record_uuid).subquery()
        found.update((u, r) for u, r in session.execute(select(newest.c.record_uuid, Revision.rev_id).join(Revision, Revision.id == newest.c.newest)))
    return found


def _current_revisions(session: Session, model, uuids: set[str]) -> dict[str, str | None]:
    """UUID → current revision of the records of ``model`` among ``uuids`` that exist."""
    wanted = sorted(uuids)
    found: dict[str, str | None] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update((uuid, revision) for uuid, revision in session.execute(select(model.uuid, model.revision).where(model.uuid.in_(chunk))))
    return found


def _changed_fields(old: State, new: State) -> dict[str, list]:
    return {name: encode_change(old.get(name), new.get(name)) for name in sorted(old.keys() | new.keys()) if old.get(name) != new.get(name)}
