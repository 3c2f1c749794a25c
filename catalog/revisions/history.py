"""Undo, redo and the history of records, read from the revisions (docs/design/revisions.md).

:class:`HistoryService` is ``catalog.history``. Undo and redo are each one unit of work that
writes the records' earlier states back and is itself recorded as an operation, so they
survive a restart, show in the history, and reach a colleague or the team hub like any other
change. The undo stack is the operations table: ``open`` operations may be undone (the newest
``depth`` of them), ``undone`` ones may be redone until the next ordinary change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from catalog.changes import Changes
from catalog.errors import PressmarkError
from catalog.messages import Message
from catalog.models import Operation, Revision
from catalog.revisions.state import (
    MODELS,
    RECORD_TYPES,
    State,
    StateConflict,
    read_states,
    write_state,
)
from catalog.revisions.textpatch import old_value

if TYPE_CHECKING:
    from catalog.store import Store

DEFAULT_DEPTH = 100


class UndoBlocked(PressmarkError):
    """There is nothing to undo or redo, or a later change stands in the way (the message says which)."""


@dataclass(frozen=True)
class UndoStatus:
    """What the Edit menu shows: the labels of the next undo and redo ("" when there is none),
    and, when the next undo cannot be done, why."""

    undo: str = ""
    redo: str = ""
    undo_blocked: str = ""
    redo_blocked: str = ""


@dataclass(frozen=True)
class RevisionView:
    """One revision of one record, for the History tab and ``pressmark history``."""

    rev_id: str
    parent_rev: str | None
    record_type: str
    record_uuid: str
    action: str  # create | update | delete
    label: str
    author: str
    at: datetime
    op_id: str
    changes: dict[str, tuple[object, object]]  # field -> (old, new); empty for a creation


@dataclass(frozen=True)
class OperationView:
    """One operation (unit of work) for ``pressmark history`` and the window's history list."""

    op_id: str
    label: str
    author: str
    at: datetime
    kind: str
    undo_state: str
    records: int


class HistoryService:
    """Undo, redo, undo status and record histories for one open catalogue.

    Called from any thread; undo and redo take the catalogue's write lock like any unit of work.
    Raises UndoBlocked when there is nothing to do or a later change prevents it.
    """

    def __init__(self, store: Store, depth: int = DEFAULT_DEPTH):
        self._store = store
        self.depth = depth

    # ----- undo and redo -------------------------------------------------------------------
    def undo_status(self) -> UndoStatus:
        with self._store.reading() as session:
            target = _undo_target(session, self.depth)
            again = _redo_target(session)
            return UndoStatus(
                undo=target.label if target else "",
                redo=again[0].label if again else "",
                undo_blocked=_blocker(session, target) if target else "",
                redo_blocked=_blocker(session, again[1]) if again else "",
            )

    def undo(self) -> Changes:
        """Undo the newest change that can be undone, in one transaction; returns its Changes."""
        with self._store.reading() as session:
            target = _undo_target(session, self.depth)
            if target is None:
                raise UndoBlocked(Message("nothing_to_undo"))
            op_id, label = target.op_id, target.label
        return self._revert(op_id, Message("op_undo", label=label), kind="undo", undoes=op_id, after="undone")

    def redo(self) -> Changes:
        """Redo the change undone last, in one transaction; returns its Changes."""
        with self._store.reading() as session:
            found = _redo_target(session)
            if found is None:
                raise UndoBlocked(Message("nothing_to_redo"))
            original, undo = found
            op_id, label, undo_id = original.op_id, original.label, undo.op_id
        # redoing is reverting the undo; the redo then stands in the undo stack for the original
        return self._revert(undo_id, label, kind="redo", undoes=op_id, after="closed")

    def _revert(self, op_id: str, label: str, *, kind: str, undoes: str, after: str) -> Changes:
        with self._store.writing(label, kind=kind, undoes=undoes) as (session, changes):
            operation = session.scalar(select(Operation).where(Operation.op_id == op_id))
            assert operation is not None
            reason = _blocker(session, operation)
            if reason:
                raise UndoBlocked(reason)
            revisions = list(session.scalars(select(Revision).where(Revision.operation_id == operation.id).order_by(Revision.id)))
            try:
                _write_back(session, changes, revisions)
            except StateConflict as exc:
                raise UndoBlocked(Message("cannot_undo", label=operation.label, reason=str(exc))) from exc
            session.execute(update(Operation).where(Operation.op_id == undoes).values(undo_state=after))
            if kind == "undo":
                # a colleague's revisions an undone bundle import brought go with it, so that
                # importing that bundle again merges it again
                session.execute(delete(Operation).where(Operation.brought_by == undoes))
        return changes

    # ----- history ------------------------------------------------------------------------
    def operations(self, limit: int = 50) -> list[OperationView]:
        """The newest operations that changed something, newest first."""
        with self._store.reading() as session:
            newest = list(session.scalars(select(Operation).where(Operation.kind != "initial").order_by(Operation.id.desc()).limit(limit)))
            counts = dict(
                session.execute(
                    select(Revision.operation_id, func.count(Revision.id)).where(Revision.operation_id.in_([o.id for o in newest])).group_by(Revision.operation_id)
                ).all()
            )
            rows = [(o, counts.get(o.id, 0)) for o in newest]
            return [OperationView(o.op_id, o.label, o.author_name, _aware(o.at), o.kind, o.undo_state, records) for o, records in rows]

    def of(self, uuid: str, limit: int | None = None) -> list[RevisionView]:
        """The revisions of the record ``uuid`` (any type), newest first, each with the field
        values on both sides (a creation's first values are rebuilt from the later ones). A
        colleague's revision brought by a bundle (``foreign``) names the fields it changed;
        the values it brought show in the merge revision after it."""
        with self._store.reading() as session:
            views: list[RevisionView] = []
            for revision, operation, before, after in _walk_back(session, uuid):
                fields = json.loads(revision.fields) if revision.fields else {}
                changes: dict[str, tuple[object, object]]
                if revision.action == "foreign":
                    changes = {str(name): (None, None) for name in fields.get("changed", [])}
                elif revision.action == "update":
                    changes = {name: ((before or {}).get(name), (after or {}).get(name)) for name in fields}
                elif revision.action == "delete":
                    changes = {name: (value, None) for name, value in (before or {}).items()}
                else:
                    changes = {name: (None, value) for name, value in (after or {}).items()}
                views.append(
                    RevisionView(revision.rev_id, revision.parent_rev, revision.record_type, revision.record_uuid, revision.action,
                                 operation.label, operation.author_name, _aware(operation.at), operation.op_id, changes)
                )  # fmt: skip
                if limit is not None and len(views) >= limit:
                    break
            return views

    def state_at(self, uuid: str, rev_id: str) -> State | None:
        """The record's state just after revision ``rev_id`` (None if that revision deleted it).
        Raises UndoBlocked when the record has no such revision."""
        with self._store.reading() as session:
            return state_after(session, uuid, rev_id)

    def restore(self, uuid: str, rev_id: str) -> Changes:
        """Put the record back as it was just after ``rev_id``, as a new change."""
        state = self.state_at(uuid, rev_id)
        with self._store.reading() as session:
            record_type = session.scalar(select(Revision.record_type).where(Revision.rev_id == rev_id))
            at = session.scalar(select(Operation.at).join(Revision, Revision.operation_id == Operation.id).where(Revision.rev_id == rev_id))
        local = _aware(at).astimezone() if at else None
        label = Message("op_restore_version", when=f"{local.day} {local:%b %Y %H:%M}") if local else Message("op_restore_earlier")
        with self._store.writing(label) as (session, changes):
            try:
                write_state(session, changes, str(record_type), uuid, state)
            except StateConflict as exc:
                raise UndoBlocked(Message("version_not_restorable", reason=str(exc))) from exc
        return changes


def _walk_back(session: Session, uuid: str):
    """The record's revisions newest first, each as (revision, operation, state before it,
    state after it), rebuilt backwards from the current state; a foreign revision leaves the
    state as it is (our merge revision after it holds the change)."""
    rows = session.execute(
        select(Revision, Operation).join(Operation, Operation.id == Revision.operation_id).where(Revision.record_uuid == uuid).order_by(Revision.id.desc())
    ).all()
    if not rows:
        return
    after = _state_of(session, rows[0][0].record_type, uuid)
    for revision, operation in rows:
        fields = json.loads(revision.fields) if revision.fields else {}
        if revision.action == "foreign":
            before = after
        elif revision.action == "update":
            before = _undo_fields(after, fields) if after is not None else None
        elif revision.action == "delete":
            before = {k: v for k, v in fields.items() if k != "proposal_payloads"}
        else:
            before = None
        yield revision, operation, before, after
        after = before


def state_after(session: Session, uuid: str, rev_id: str) -> State | None:
    """The state of record ``uuid`` just after its revision ``rev_id``. For a colleague's
    revision (``foreign``): our state after the merge that brought it, with the values of
    theirs that the merge did not take. Raises UndoBlocked when there is no such revision."""
    for revision, _operation, _before, after in _walk_back(session, uuid):
        if revision.rev_id != rev_id:
            continue
        if revision.action != "foreign":
            return after
        merge = session.scalar(
            select(Revision.rev_id)
            .where(Revision.record_uuid == uuid, Revision.action != "foreign", (Revision.other_parent == rev_id) | (Revision.parent_rev == rev_id))
            .order_by(Revision.id)
            .limit(1)
        )
        if merge is None:
            break
        state = state_after(session, uuid, merge)
        if state is None:
            return None
        theirs = (json.loads(revision.fields) if revision.fields else {}).get("theirs", {})
        return {**state, **theirs}
    raise UndoBlocked(Message("no_such_revision", record=uuid, revision=rev_id))


def _aware(at: datetime) -> datetime:
    """Times are stored in UTC without a zone; views carry the zone so callers can show local time."""
    return at.replace(tzinfo=UTC)


def _undo_target(session: Session, depth: int) -> Operation | None:
    """The newest operation that may be undone, if it is among the newest ``depth``."""
    newest = session.scalars(select(Operation).where(Operation.kind != "undo").order_by(Operation.id.desc()).limit(depth))
    return next((operation for operation in newest if operation.undo_state == "open"), None)


def _redo_target(session: Session) -> tuple[Operation, Operation] | None:
    """The operation undone last and the undo that undid it, if it may be redone."""
    undo = session.scalar(select(Operation).where(Operation.kind == "undo").order_by(Operation.id.desc()).limit(1))
    while undo is not None:
        original = session.scalar(select(Operation).where(Operation.op_id == undo.undoes))
        if original is not None and original.undo_state == "undone":
            return original, undo
        undo = session.scalar(select(Operation).where(Operation.kind == "undo", Operation.id < undo.id).order_by(Operation.id.desc()).limit(1))
    return None


def _blocker(session: Session, operation: Operation) -> str:
    """Why ``operation`` cannot be reverted now ("" when it can): a record it changed has been
    changed since by another operation."""
    revisions = session.execute(select(Revision.record_type, Revision.record_uuid, Revision.rev_id, Revision.action).where(Revision.operation_id == operation.id))
    by_type: dict[str, dict[str, tuple[str, str]]] = {}
    for record_type, uuid, rev_id, action in revisions:
        by_type.setdefault(record_type, {})[uuid] = (rev_id, action)
    for record_type, wanted in by_type.items():
        model = MODELS.get(record_type)
        if model is None:
            continue
        present: dict[str, str | None] = {}
        uuids = sorted(wanted)
        for start in range(0, len(uuids), 500):
            chunk = uuids[start : start + 500]
            present.update((u, r) for u, r in session.execute(select(model.uuid, model.revision).where(model.uuid.in_(chunk))))
        for uuid, (rev_id, action) in wanted.items():
            current = present.get(uuid, "gone")
            expected = "gone" if action == "delete" else rev_id
            if current != expected and _effective(session, uuid, current) != _effective(session, uuid, expected):
                return Message("cannot_undo", label=operation.label, reason=_what_changed(session, record_type, uuid, current))
    return ""


def _effective(session: Session, uuid: str, rev_id: str | None) -> str | None:
    """The revision whose state the record is in ("gone" when it is not there). An undo puts a
    record back into the state before the revision it undid, and a redo into the state of the
    revision it redid, each under a revision of its own."""
    seen: set[str] = set()
    while rev_id and rev_id != "gone" and rev_id not in seen:
        seen.add(rev_id)
        operation = session.scalar(select(Operation).join(Revision, Revision.operation_id == Operation.id).where(Revision.rev_id == rev_id))
        if operation is None or operation.kind not in ("undo", "redo") or operation.undoes is None:
            return rev_id
        original = session.scalar(
            select(Revision).join(Operation, Operation.id == Revision.operation_id).where(Operation.op_id == operation.undoes, Revision.record_uuid == uuid)
        )
        if original is None:
            return rev_id
        if operation.kind == "undo":
            if original.action == "create":
                return "gone"
            rev_id = original.parent_rev
        else:
            if original.action == "delete":
                return "gone"
            rev_id = original.rev_id
    return rev_id


def _what_changed(session: Session, record_type: str, uuid: str, current: str | None) -> str:
    later = None
    if current and current != "gone":
        later = session.scalar(select(Operation).join(Revision, Revision.operation_id == Operation.id).where(Revision.rev_id == current))
    name = record_type.replace("_", " ")
    if later is None:
        return Message("changed_since", kind=name, record=uuid[:8])
    return Message("changed_since_by", kind=name, record=uuid[:8], label=later.label, author=later.author_name)


def _state_of(session: Session, record_type: str, uuid: str) -> State | None:
    return read_states(session, record_type, [uuid]).get(uuid)


def _undo_fields(state: State, fields: dict) -> State:
    before = dict(state)
    for name, change in fields.items():
        before[name] = old_value(change, state.get(name))
    return before


def _write_back(session: Session, changes: Changes, revisions: list[Revision]) -> None:
    """Write each record's state from before ``revisions``: removals first (quotes before
    documents before actors before tags, deepest tags first), then the others in the order
    that lets every link find its target (tags by depth, actors before their relations)."""
    targets: dict[str, dict[str, State | None]] = {t: {} for t in RECORD_TYPES}
    for revision in revisions:
        if revision.record_type not in targets:
            continue
        fields = json.loads(revision.fields) if revision.fields else {}
        if revision.action == "create":
            targets[revision.record_type][revision.record_uuid] = None
        elif revision.action == "delete":
            targets[revision.record_type][revision.record_uuid] = fields
        else:
            current = _state_of(session, revision.record_type, revision.record_uuid)
            if current is None:
                raise StateConflict(f"the {revision.record_type} {revision.record_uuid[:8]} is gone")
            targets[revision.record_type][revision.record_uuid] = _undo_fields(current, fields)
    for record_type in reversed(RECORD_TYPES):
        removals = [uuid for uuid, state in targets[record_type].items() if state is None]
        if record_type == "tag":
            removals.sort(key=lambda u: _tag_depth(session, u), reverse=True)
        for uuid in removals:
            write_state(session, changes, record_type, uuid, None)
    for record_type in RECORD_TYPES:
        kept = {uuid: state for uuid, state in targets[record_type].items() if state is not None}
        if record_type == "tag":
            _write_tags_in_order(session, changes, kept)
        elif record_type == "actor":
            for uuid, state in kept.items():  # relations may point at actors written after them
                write_state(session, changes, "actor", uuid, {**state, "relations": []})
            for uuid, state in kept.items():
                write_state(session, changes, "actor", uuid, state)
        else:
            for uuid, state in kept.items():
                write_state(session, changes, record_type, uuid, state)


def _write_tags_in_order(session: Session, changes: Changes, states: dict[str, State]) -> None:
    pending = dict(states)
    while pending:
        ready = [u for u, s in pending.items() if s.get("parent") not in pending]
        if not ready:
            raise StateConflict("the tags' parents form a loop")
        for uuid in ready:
            write_state(session, changes, "tag", uuid, pending.pop(uuid))


def _tag_depth(session: Session, uuid: str) -> int:
    from catalog.models import Tag

    tag = session.scalar(select(Tag).where(Tag.uuid == uuid))
    depth = 0
    while tag is not None and tag.parent is not None:
        depth += 1
        tag = tag.parent
    return depth
