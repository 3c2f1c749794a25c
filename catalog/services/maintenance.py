"""Maintenance (``catalog.maintenance``): the integrity check (database, quotes against their
text, originals, revision chains, index agreement), backups and counts."""

from __future__ import annotations

import hashlib
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, insert, select, text, update
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, aliased

from catalog import backup
from catalog.messages import Message, Step
from catalog.models import Actor, Document, Operation, Quote, Revision, Tag, new_revision_id, utcnow
from catalog.revisions.author import Author
from catalog.revisions.state import MODELS, RECORD_TYPES
from catalog.services.search import SearchService
from catalog.services.statements import StatementService
from catalog.store import Store, restore_command
from catalog.text import context_of, reanchor

CHECK_CHUNK = 2000  # documents read at a time by the check (their texts, with their quotes)


@dataclass
class Problem:
    """One finding. ``repairable``: ``check(repair=True)`` fixes it; otherwise ``needs`` says
    what the user must do instead (``--repair`` cannot recreate an original or a database).
    ``what`` and ``needs`` are :class:`~catalog.messages.Message` sentences where the check
    words them itself (the window says them in its own language)."""

    severity: str  # error | warning
    what: str
    record: str = ""
    repaired: bool = False
    repairable: bool = False
    needs: str = ""


@dataclass
class CheckReport:
    problems: list[Problem] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" and not p.repaired for p in self.problems)

    @property
    def repairable(self) -> list[Problem]:
        """Problems not yet repaired that ``check(repair=True)`` would fix."""
        return [p for p in self.problems if p.repairable and not p.repaired]

    @property
    def beyond_repair(self) -> list[Problem]:
        """Errors ``check(repair=True)`` cannot fix; each one's ``needs`` says what will."""
        return [p for p in self.problems if p.severity == "error" and not p.repairable and not p.repaired]




class MaintenanceService:
    """``catalog.maintenance``: built with the store, and the search service whose index a
    repair rebuilds."""

    def __init__(self, store: Store, search: SearchService, statements: StatementService):
        self.store = store
        self.search = search
        self.statements = statements

    def generation(self) -> int:
        """How many units of work the catalogue has committed (what the index is synced to)."""
        return self.store.generation()

    def backup(self, reason: str = "manual", keep: int | None = None) -> Path:
        """Write a backup of the database now, keeping the newest ``keep`` backups (by default
        as many as the catalogue was opened to keep); returns its path."""
        keep = self.store.backups_keep if keep is None else keep
        return backup.make_backup(self.store.db_path, self.store.path, reason=reason, keep=keep)

    def backups(self) -> list[Path]:
        """Backups of this catalogue, newest first."""
        return backup.list_backups(self.store.path)

    def check(self, repair: bool = False) -> CheckReport:
        """Check the catalogue; with ``repair``, fix what can be fixed (re-anchor quotes,
        rebuild the index) and report the rest. Reads run on the calling thread."""
        report = CheckReport()
        with self.store.reading() as session:
            try:
                integrity = session.execute(text("PRAGMA integrity_check")).scalars().all() if self.store.engine.dialect.name == "sqlite" else ["ok"]
            except DatabaseError as exc:  # too damaged for SQLite to walk its own pages
                integrity = [str(exc.orig)]
            restore = self._restore_advice()
            if integrity != ["ok"]:
                for line in integrity[:20]:
                    report.problems.append(Problem("error", Message("database_integrity", line=line), needs=restore))
                # reading the records of a damaged database fails or misleads: the backup is the way back
                return report
            if self.store.engine.dialect.name == "sqlite":
                for row in session.execute(text("PRAGMA foreign_key_check")):
                    report.problems.append(Problem("error", Message("broken_link", table=row[0], row=row[1]), needs=restore))
            moved = self._check_quotes(session, report, repair)
            broken_pointers, broken_parents = _revision_chain_problems(session, report, repair)
            intact: set[str] = set()  # originals read once: a web archive is the original of each of its pages
            documents = 0
            rows = session.execute(
                select(Document.uuid, Document.original_sha256, Document.original_name).execution_options(yield_per=CHECK_CHUNK)
            )
            for uuid, sha256, name in rows:
                documents += 1
                if not sha256 or sha256 in intact:
                    continue
                problem = self._original_problem(uuid, sha256, name)
                if problem is not None:
                    report.problems.append(problem)
                else:
                    intact.add(sha256)
            report.checked["documents"] = documents
        if moved and repair:
            with self.store.writing(Message("op_reanchor")) as (session, changes):
                for uuid, start, end in moved:
                    quote = session.scalars(select(Quote).where(Quote.uuid == uuid)).one()
                    quote.start, quote.end = start, end
                    quote.prefix, quote.suffix = context_of(quote.document.body, start, end)
                    changes.edit("quote", uuid)
        if (broken_pointers or broken_parents) and repair:
            with self.store.writing(Message("op_repair_chain")) as (session, changes):
                _mend_revision_chains(session, broken_pointers, broken_parents, self.store.author)
                changes.proposals = True  # nothing the index or the panels show: only the history changed
        index_problem = self.store.open_index() if self.store.index_problem is None else self.store.index_problem
        if index_problem:
            report.problems.append(Problem("error", index_problem, repaired=repair, repairable=True))
            if repair:
                self.store.index_problem = index_problem
                self.search.repair_index()
        report.checked["index entries"] = self.store.index.doc_count() if self.store.index.is_open else 0
        statements_problem = self.statements.problem()
        if statements_problem:
            # only "Where else?" and reused passages read it, and it is made from the texts alone
            report.problems.append(Problem("warning", statements_problem, repaired=repair and not self.store.read_only, repairable=True))
            if repair and not self.store.read_only:
                self.statements.rebuild()
        return report

    def stats(self) -> dict[str, int]:
        """Counts of each kind of record (trash counted apart)."""
        with self.store.reading() as session:

            def count(model, deleted: bool) -> int:
                column = model.deleted_at
                where = column.is_not(None) if deleted else column.is_(None)
                return session.scalar(select(func.count(model.id)).where(where)) or 0

            return {
                "documents": count(Document, False),
                "quotes": count(Quote, False),
                "actors": count(Actor, False),
                "tags": session.scalar(select(func.count(Tag.id))) or 0,
                "trash": count(Document, True) + count(Quote, True) + count(Actor, True),
            }

    @staticmethod
    def _check_quotes(session: Session, report: CheckReport, repair: bool) -> list[tuple[str, int, int]]:
        """Each quote's words against its document's text, a few thousand documents at a time
        (columns only, no record objects: holding every quote and body at once took 17 GB at a
        million documents). Adds the lost and moved quotes to ``report``; returns the moved
        ones' (uuid, start, end)."""
        moved: list[tuple[str, int, int]] = []
        checked = 0
        after = 0
        while True:
            bodies = dict(
                session.execute(select(Document.id, Document.body).where(Document.id > after).order_by(Document.id).limit(CHECK_CHUNK)).all()
            )
            if not bodies:
                break
            first, after = after, max(bodies)
            quotes = session.execute(
                select(Quote.uuid, Quote.document_id, Quote.start, Quote.end, Quote.exact, Quote.prefix, Quote.suffix)
                .where(Quote.document_id > first, Quote.document_id <= after)
                .order_by(Quote.id)
            )
            for uuid, document_id, start, end, exact, prefix, suffix in quotes:
                body = bodies.get(document_id)
                if body is None:  # a quote of no document: the foreign key check reports it
                    continue
                checked += 1
                if body[start:end] == exact:
                    continue
                found = reanchor(body, exact, prefix, suffix, start)
                if found is None:
                    report.problems.append(Problem("error", Message("quote_lost"), uuid, needs=Message("quote_lost_needs")))
                else:
                    report.problems.append(
                        Problem("warning", Message("quote_moved", old=start, new=found[0]), uuid, repaired=repair, repairable=True)
                    )
                    moved.append((uuid, *found))
        report.checked["quotes"] = checked
        return moved

    def _original_problem(self, uuid: str, sha256: str, name: str) -> Problem | None:
        """What is wrong with a document's original file, or None when it is intact.

        Reads only a plain file, in pieces: a link or a FIFO planted under the original's
        name (to /dev/zero, say) would otherwise be read for ever.
        """
        folder = self.store.originals_dir / sha256[:2]
        candidates = sorted(folder.glob(sha256 + "*"))
        # named as Originals.add names it: the hash and the imported file's suffix
        place = candidates[0] if candidates else folder / (sha256 + Path(name or "").suffix.lower()[:10])
        where = place.relative_to(self.store.path).as_posix()
        needs = Message("original_needs", where=where)
        if not candidates:
            return Problem("error", Message("original_missing", file=name, where=where), uuid, needs=needs)
        try:
            info = place.lstat()
            if not stat.S_ISREG(info.st_mode):
                return Problem("error", Message("original_not_plain", file=name, where=where), uuid, needs=needs)
            digest = hashlib.sha256()
            with place.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
        except OSError as exc:
            return Problem("error", Message("original_unreadable", file=name, where=where, reason=exc.strerror or str(exc)), uuid, needs=needs)
        if digest.hexdigest() != sha256:
            return Problem("error", Message("original_altered", file=name, where=where), uuid, needs=needs)
        return None

    def _restore_advice(self) -> Message:
        command = restore_command(self.store.path)
        if command is None:
            return Message("database_needs_copy")
        return Message("database_needs_restore", command=Step("restore", f"`{command}`"))


# ----- revision chains -----------------------------------------------------------------------
# Each record names its current revision, and each revision its parent (the one before it), so
# that undo, "restore this version" and a colleague's three-way merge can walk the chain. A
# colleague's revision (``foreign``) may name a parent only their catalogue holds; the revisions
# of a bundle import may name a colleague's revision that undoing the import took away again.


def _revision_chain_problems(session: Session, report: CheckReport, repair: bool) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """Find records whose current revision is missing and revisions whose parent is missing;
    add them to ``report`` (as ``repaired`` when the caller will mend them). Returns what
    :func:`_mend_revision_chains` needs: (record type, UUID) of each record and (id, column)
    of each revision."""
    pointers: list[tuple[str, str]] = []
    for record_type in RECORD_TYPES:
        model: Any = MODELS[record_type]
        own = aliased(Revision)
        records = session.execute(
            select(model.uuid, model.revision)
            .outerjoin(own, and_(own.rev_id == model.revision, own.record_uuid == model.uuid))
            .where(own.id.is_(None))
            .order_by(model.id)
        ).all()
        for uuid, rev_id in records:
            pointers.append((record_type, uuid))
            if rev_id is None:
                what = Message("revision_none", kind=record_type)
            else:
                what = Message("revision_not_in_history", kind=record_type, revision=rev_id)
            report.problems.append(Problem("error", what, uuid, repaired=repair, repairable=True))
    parents: list[tuple[int, str]] = []
    undo = aliased(Operation)
    undone = select(undo.undoes).where(undo.kind == "undo", undo.undoes.is_not(None))
    for column in ("parent_rev", "other_parent"):
        child, parent = aliased(Revision), aliased(Revision)
        named = getattr(child, column)
        revisions = session.execute(
            select(child.id, child.record_type, child.record_uuid, child.rev_id, named)
            .join(Operation, Operation.id == child.operation_id)
            .outerjoin(parent, parent.rev_id == named)
            .where(named.is_not(None), parent.id.is_(None), child.action != "foreign")
            .where(~((Operation.kind == "merge") & Operation.op_id.in_(undone)))
            .order_by(child.id)
        ).all()
        for revision_id, record_type, uuid, rev_id, missing in revisions:
            parents.append((revision_id, column))
            key = "revision_parent_missing" if column == "parent_rev" else "revision_second_parent_missing"
            what = Message(key, revision=rev_id, kind=record_type, parent=missing)
            report.problems.append(Problem("error", what, uuid, repaired=repair, repairable=True))
    report.checked["revisions"] = session.scalar(select(func.count(Revision.id))) or 0
    return pointers, parents


def _mend_revision_chains(session: Session, pointers: list[tuple[str, str]], parents: list[tuple[int, str]], author: Author) -> None:
    """Link each revision with a missing parent to the record's revision before it here (none
    if it has none); give each record whose current revision is missing a fresh one, with no
    fields, after its newest revision here, in one operation that cannot be undone (there is
    nothing to undo)."""
    for revision_id, column in parents:
        revision = session.get(Revision, revision_id)
        if revision is None:
            continue
        before = session.scalar(
            select(Revision.rev_id)
            .where(Revision.record_uuid == revision.record_uuid, Revision.id < revision.id)
            .order_by(Revision.id.desc())
            .limit(1)
        )
        setattr(revision, column, before if column == "parent_rev" else None)
    if not pointers:
        session.flush()
        return
    operation = Operation(
        op_id=new_revision_id(), label=Message("op_repair_chain"), author_name=author.name, author_id=author.installation_id, at=utcnow(), kind="repair", undo_state="closed"
    )
    session.add(operation)
    session.flush()
    for record_type, uuid in pointers:
        newest = session.scalar(select(Revision.rev_id).where(Revision.record_uuid == uuid).order_by(Revision.id.desc()).limit(1))
        rev_id = new_revision_id()
        session.execute(
            insert(Revision).values(
                rev_id=rev_id, operation_id=operation.id, record_type=record_type, record_uuid=uuid, parent_rev=newest, action="update", fields="{}"
            )
        )
        table: Any = MODELS[record_type].__table__
        kept = {"modified_at": table.c.modified_at} if "modified_at" in table.c else {}  # not an edit
        session.execute(update(table).where(table.c.uuid == uuid).values(revision=rev_id, **kept))
