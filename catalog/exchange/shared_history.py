"""What a bundle's revision graph and ours share: the three-way side of a bundle merge.

Built once per import by :func:`catalog.exchange.merge.merge_content`, inside its unit of
work. For a record the bundle and this catalogue both hold under one id,
:meth:`SharedHistory.merge` finds the last version both sides share (the base) and merges
field by field (:func:`catalog.revisions.three_way.merge_fields`): their change to a field we
left alone is taken, ours to a field they left alone is kept, and only a field both changed
differently is a conflict. When their version is one we already have, nothing changes. With
no revision data (a bundle of format 1, a quote in one of format 2) or no shared revision, the
caller's two-way rules apply. :meth:`SharedHistory.store` then keeps their revisions as ``foreign`` ones, under
their authors' names, so our history shows them and the next import finds its base.
See docs/design/revisions.md, section 4.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.exchange.records import BundleContent, RevisionRecord
from catalog.models import Operation, Revision
from catalog.revisions.history import UndoBlocked, state_after
from catalog.revisions.state import State, read_states
from catalog.revisions.three_way import LOCAL_FIELDS, FieldMerge, find_base, merge_fields

_CHUNK = 500


@dataclass
class Outcome:
    """The three-way verdict for one record: ``already`` (their version is one we have), or
    the merge of base, mine and theirs."""

    already: bool = False
    merged: FieldMerge | None = None
    mine: State = field(default_factory=dict)
    base: State = field(default_factory=dict)


class SharedHistory:
    """The bundle's revision graph against ours, for one merge (one session, one thread)."""

    def __init__(self, session: Session, content: BundleContent):
        self.session = session
        self.revisions: dict[str, RevisionRecord] = {r.rev: r for r in content.revisions}
        self.parents = {r.rev: (r.parent, r.other_parent) for r in content.revisions}
        self.known = _present(session, sorted(self.revisions))
        self.theirs: dict[str, tuple[str, str, State]] = {}  # record uuid -> (type, head, their state)

    def merge(self, record_type: str, uuid: str, head: str, theirs: State) -> Outcome | None:
        """The verdict for the record ``uuid`` here and ``theirs`` (its state in the bundle, with
        ids already translated to ours); None when only the two-way rules can decide."""
        if not head or head not in self.revisions and head not in self.known:
            return None
        self.theirs[uuid] = (record_type, head, theirs)
        if head in self.known:
            return Outcome(already=True)
        base = find_base(head, self.parents, self.known)
        if base is None:
            return None
        mine = read_states(self.session, record_type, [uuid]).get(uuid)
        if mine is None:
            return None
        try:
            base_state = state_after(self.session, uuid, base)
        except UndoBlocked:
            return None
        if base_state is None:
            return None
        merged = merge_fields(base_state, mine, theirs)
        if mine.get("deleted") != base_state.get("deleted") and (merged.taken or merged.conflicts):
            # trashed here and edited there: that is a conflict of its own
            merged.conflicts["deleted"] = (mine.get("deleted"), None, base_state.get("deleted"))
        return Outcome(merged=merged, mine=mine, base=base_state)

    def note(self, record_type: str, uuid: str, head: str, theirs: State) -> None:
        """Remember a record the two-way rules placed here under the bundle's id, so that its
        revisions are kept too."""
        if head:
            self.theirs.setdefault(uuid, (record_type, head, theirs))

    def store(self, brought_by: str) -> dict[str, str]:
        """Keep the bundle's revisions of the records placed here under their own ids that we
        lack, as ``foreign`` revisions in operations named after their authors; returns record
        UUID -> their head, for the merge revisions' second parent."""
        self.session.flush()
        heads: dict[str, str] = {}
        by_record: dict[str, list[RevisionRecord]] = {}
        for revision in self.revisions.values():
            if revision.record in self.theirs and revision.rev not in self.known:
                by_record.setdefault(revision.record, []).append(revision)
        operations: dict[str, int] = {}
        existing = _operations(self.session, sorted({r.op for rs in by_record.values() for r in rs}))
        # the merged states of every record whose head is new here, a few queries per kind
        unmet: dict[str, list[str]] = {}
        for uuid, (record_type, head, _theirs) in self.theirs.items():
            if head not in self.known:
                unmet.setdefault(record_type, []).append(uuid)
        merged_states: dict[str, State] = {}
        for record_type, uuids in unmet.items():
            merged_states.update(read_states(self.session, record_type, uuids))
        for uuid, (_record_type, head, theirs) in self.theirs.items():
            heads[uuid] = head
            if head in self.known:
                continue
            merged = merged_states.get(uuid) or {}
            # what of theirs our merge did not take: with it, their state at the head can be rebuilt
            differs = {k: v for k, v in theirs.items() if k not in LOCAL_FIELDS and merged.get(k) != v}
            for revision in by_record.get(uuid, []):
                op_key = revision.op
                if op_key not in operations:
                    operations[op_key] = existing.get(op_key) or self._operation(revision, brought_by)
                payload: dict[str, object] = {"changed": revision.fields}
                if revision.rev == head:
                    payload["theirs"] = differs
                self.session.add(
                    Revision(
                        rev_id=revision.rev, operation_id=operations[op_key], record_type=revision.type, record_uuid=uuid,
                        parent_rev=revision.parent, other_parent=revision.other_parent, action="foreign",
                        fields=json.dumps(payload, ensure_ascii=False, separators=(",", ":")),
                    )
                )  # fmt: skip
        self.session.flush()
        return heads

    def _operation(self, revision: RevisionRecord, brought_by: str) -> int:
        from datetime import datetime

        try:
            at = datetime.fromisoformat(revision.at).replace(tzinfo=None)
        except ValueError:
            at = datetime(1970, 1, 1)
        operation = Operation(
            op_id=revision.op, label=revision.label, author_name=revision.author, author_id=revision.author_id,
            at=at, kind="foreign", undo_state="closed", brought_by=brought_by,
        )  # fmt: skip
        self.session.add(operation)
        self.session.flush()
        return operation.id


def _present(session: Session, rev_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(rev_ids), _CHUNK):
        chunk = rev_ids[start : start + _CHUNK]
        found.update(session.scalars(select(Revision.rev_id).where(Revision.rev_id.in_(chunk))))
    return found


def _operations(session: Session, op_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(op_ids), _CHUNK):
        chunk = op_ids[start : start + _CHUNK]
        found.update((o, i) for o, i in session.execute(select(Operation.op_id, Operation.id).where(Operation.op_id.in_(chunk))))
    return found
