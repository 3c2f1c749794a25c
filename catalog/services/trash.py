"""The trash: deleting moves a record there; it can be restored until the trash is emptied."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from catalog.changes import Changes
from catalog.lookup import any_by_ref
from catalog.messages import Message
from catalog.models import Actor, Document, Quote, utcnow
from catalog.store import Store


@dataclass
class TrashItem:
    kind: str
    uuid: str
    label: str
    deleted_at: str


class TrashService:
    """``catalog.trash``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def delete(self, refs: list[str]) -> Changes:
        """Move documents, quotes or actors to the trash (a document's quotes go with it)."""
        with self.store.writing(Message("op_delete_one") if len(refs) == 1 else Message("op_delete", count=len(refs))) as (session, changes):
            now = utcnow()
            for ref in refs:
                kind, record = any_by_ref(session, ref)
                record.deleted_at = now
                changes.delete(kind, record.uuid)
                if kind == "document":
                    for quote in record.quotes:
                        changes.delete("quote", quote.uuid)
        return changes

    def restore(self, refs: list[str]) -> Changes:
        """Bring records back from the trash."""
        with self.store.writing(Message("op_restore_one") if len(refs) == 1 else Message("op_restore", count=len(refs))) as (session, changes):
            for ref in refs:
                kind, record = any_by_ref(session, ref, include_deleted=True)
                if record.deleted_at is None:
                    continue
                record.deleted_at = None
                changes.create(kind, record.uuid)
                if kind == "document":
                    for quote in record.quotes:
                        if quote.deleted_at is None:
                            changes.create("quote", quote.uuid)
        return changes

    def items(self) -> list[TrashItem]:
        with self.store.reading() as session:
            items: list[TrashItem] = []
            kinds: tuple[tuple[str, Any, Callable[[Any], str]], ...] = (
                ("document", Document, lambda r: r.title),
                ("quote", Quote, lambda r: r.exact[:80]),
                ("actor", Actor, lambda r: r.name),
            )
            for kind, model, label in kinds:
                for record in session.scalars(select(model).where(model.deleted_at.is_not(None))):
                    items.append(TrashItem(kind, record.uuid, label(record), record.deleted_at.isoformat(timespec="seconds")))
            return sorted(items, key=lambda i: i.deleted_at, reverse=True)

    def empty(self) -> Changes:
        """Delete trashed records for good (a trashed document takes its quotes along)."""
        with self.store.writing(Message("op_empty_trash")) as (session, changes):
            for kind, model in (("quote", Quote), ("document", Document), ("actor", Actor)):
                for record in session.scalars(select(model).where(model.deleted_at.is_not(None))):
                    _remove(session, changes, kind, record)
        return changes


def _remove(session, changes: Changes, kind: str, record) -> None:
    """Delete a record for good; a document's quotes go with it."""
    changes.delete(kind, record.uuid)
    if kind == "document":
        for quote in record.quotes:
            changes.delete("quote", quote.uuid)
    session.delete(record)
