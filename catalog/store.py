"""The store: one opened catalogue folder and its unit of work.

:class:`Store` opens the database (upgrading, backing up, locking against a second writer),
the originals folder and the search index, and gives the services of :class:`catalog.Catalog`
their two ways in: :meth:`Store.reading`, a session that commits nothing, and
:meth:`Store.writing`, one unit of work: one transaction, its :class:`~catalog.changes.Changes`,
the revisions it recorded, the generation bumped, the index synced after the commit. Writes are
serialised by one lock (the single writer); reads may come from any thread. Failures raise
:class:`~catalog.errors.PressmarkError` subclasses with one clear line.
"""

from __future__ import annotations

import logging
import shlex
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catalog import backup, db, indexing
from catalog.changes import Changes
from catalog.errors import CatalogDamaged, CatalogUnavailable, SaveFailed
from catalog.location import DB_NAME, INDEX_DIR, ORIGINALS_DIR, holds_catalogue_data
from catalog.locking import CatalogLock
from catalog.messages import STEPS, Message
from catalog.models import CatalogState, Operation, Revision
from catalog.revisions import recorder
from catalog.revisions.author import Author, current_author
from catalog.search.index import IndexBroken, SearchIndex
from catalog.search.schema import SCHEMA_VERSION

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, message)


class Cancelled(Exception):
    """Raised inside long work when its cancel token is set; the work rolls back."""


class CancelToken:
    """A flag long work polls; set from any thread."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class Store:
    """A catalogue folder, opened: database, originals, index, lock, and the unit of work.

    Built by :class:`catalog.Catalog`, which hands it to each service; nothing else opens one.
    """

    def __init__(
        self,
        path: Path,
        *,
        create: bool = True,
        read_only: bool | None = False,
        backups_keep: int = backup.DEFAULT_KEEP,
        author: Author | None = None,
    ):
        """Open (or, with ``create``, make) the catalogue in folder ``path``.

        The index is opened as it is: ``index_problem`` says why it cannot be trusted (the
        search service rebuilds it).
        One process at a time may write: with ``read_only=False`` a catalogue in use elsewhere
        raises CatalogUnavailable; with ``None`` it opens read-only instead (``self.read_only``
        says which); with ``True`` it always opens read-only. The database is backed up before
        a schema upgrade and at most daily while in use, keeping ``backups_keep`` backups.
        Raises CatalogUnavailable when the folder is not a catalogue or cannot be opened.
        """
        self.path = Path(path).expanduser().resolve()
        self.db_path = self.path / DB_NAME
        self.originals_dir = self.path / ORIGINALS_DIR
        found, why = db.examine(self.db_path)
        if found == "damaged" or (found != "catalogue" and holds_catalogue_data(self.path)):
            # a fresh database here would hide the loss: refuse, and touch nothing
            raise damaged(self.path, why)
        if found != "catalogue":
            if not create:
                raise CatalogUnavailable(Message("no_catalogue_here", path=self.path))
            if self.path.exists() and not self.path.is_dir():
                raise CatalogUnavailable(Message("catalogue_folder_is_file", path=self.path))
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CatalogUnavailable(Message("catalogue_not_created", path=self.path, reason=exc.strerror)) from exc
        self._write_lock = threading.RLock()
        # while index_deferred() runs: the changes committed since it began, not yet indexed
        self._deferred: Changes | None = None
        self.author = author or current_author()
        self.last_recorded = recorder.Recorded()
        self.backups_keep = backups_keep
        self.lock = CatalogLock(self.path)
        self.read_only = bool(read_only)
        self.in_use_by = ""
        if not self.read_only and not self.lock.acquire():
            self.in_use_by = self.lock.holder()
            if read_only is False:
                raise CatalogUnavailable(Message("catalogue_in_use", path=self.path, holder=self.in_use_by))
            self.read_only = True
        new = found != "catalogue"
        if new and self.read_only:
            raise CatalogUnavailable(Message("no_catalogue_here", path=self.path))
        self.engine = db.open_engine(f"sqlite:///{self.db_path}")
        try:
            revision = db.current_revision(self.engine)
            head = db.head_revision()
            if revision is not None and revision != head and not _is_known_revision(revision):
                raise CatalogUnavailable(Message("catalogue_newer", path=self.path, revision=revision))
            if revision != head:
                if self.read_only:
                    raise CatalogUnavailable(Message("catalogue_upgrade_read_only", path=self.path))
                if revision is not None:
                    backup.make_backup(self.db_path, self.path, reason="before-upgrade", keep=self.backups_keep)
                db.upgrade(self.engine)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            if not self.read_only:
                with self._sessions.begin() as session:
                    if session.get(CatalogState, 1) is None:
                        session.add(CatalogState(id=1, generation=0))
        except DatabaseError as exc:
            self._release()
            if db.is_damage(exc):
                raise damaged(self.path, Message("database_file_unreadable", name=DB_NAME, reason=_sqlite_words(exc))) from exc
            raise CatalogUnavailable(Message("catalogue_database_unopened", path=self.path, reason=_db_reason(exc))) from exc
        except BaseException:
            self._release()
            raise
        self._next_backup_check = 0.0
        if not new:
            self._backup_if_due()
        if self.originals_dir.exists() and not self.originals_dir.is_dir():
            self._release()
            raise CatalogUnavailable(Message("originals_file_in_the_way", path=self.path, folder=ORIGINALS_DIR, check=STEPS["check"]))
        if not self.read_only:
            self.originals_dir.mkdir(exist_ok=True)
        self.index = SearchIndex(self.path / INDEX_DIR)
        self.index_problem: str | None = None
        self.index_problem = self.open_index()

    # ----- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.index.close()
        self._release()

    def _release(self) -> None:
        self.engine.dispose()
        self.lock.release()

    def _backup_if_due(self) -> None:
        """A daily backup while in use; checked on open and after commits, at most every 10 min."""
        now = time.monotonic()
        if self.read_only or now < self._next_backup_check:
            return
        self._next_backup_check = now + 600
        if backup.backup_due(self.path):
            try:
                backup.make_backup(self.db_path, self.path, reason="daily", keep=self.backups_keep)
            except CatalogUnavailable:
                log.exception("daily backup failed")

    def __enter__(self):
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.path.name

    # ----- sessions ----------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session; nothing it does is committed."""
        session = self._sessions()
        try:
            yield session
        except (DatabaseError, ValueError, TypeError) as exc:
            if db.is_damage(exc) or db.is_unreadable_value(exc):
                raise damaged(self.path, Message("database_file_unreadable", name=DB_NAME, reason=_sqlite_words(exc))) from exc
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(
        self, label: str = "Edit", *, kind: str = "edit", undoes: str | None = None, op_id: str | None = None
    ) -> Iterator[tuple[Session, Changes]]:
        """One unit of work: record its revisions (one operation called ``label``, by
        ``self.author``), commit, bump the generation, sync the index from its Changes.

        If the body raises, nothing is committed. If the index cannot be updated after the
        commit, the index is marked stale and rebuilt on the next open (or by repair_index).
        """
        self.require_writable()
        with self._write_lock:
            session = self._sessions()
            changes = Changes()
            try:
                yield session, changes
                if not changes:
                    session.rollback()
                    return
                self.last_recorded = recorder.record(session, self.engine, changes, label=label, author=self.author, kind=kind, undoes=undoes, op_id=op_id)
                session.execute(update(CatalogState).where(CatalogState.id == 1).values(generation=CatalogState.generation + 1))
                session.flush()
                deferred = self._deferred is not None
                upserts, deletes = ([], []) if deferred else indexing.affected(session, changes)
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                session.commit()
            except (OperationalError, DatabaseError) as exc:
                session.rollback()
                raise SaveFailed(Message("nothing_saved", path=self.path, reason=_db_reason(exc))) from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
            if self._deferred is not None:
                self._deferred.merge(changes)
            else:
                self._sync_index(upserts, deletes, generation)
            self._backup_if_due()

    @contextmanager
    def index_deferred(self, announce: Callable[[int], None] | None = None) -> Iterator[None]:
        """Within the block (a bulk import of many batches), units of work commit without
        writing the index; at its end, however it ends, what they changed is written in one go,
        on every core (:meth:`SearchIndex.apply`), which costs a fraction of writing and then
        merging one segment per batch. ``announce`` is told how many entries are about to be
        written. Records committed in the block are found by searches only after it.

        The index is marked at the start as out of date since the catalogue's last operation
        (:meth:`SearchIndex.mark_deferred`), so after a kill in the block the next open catches
        it up from the revisions of the later operations (:meth:`_catch_up_index`) instead of
        rebuilding it. Nested, or with no trusted index open, the block changes nothing.
        """
        if self._deferred is not None or not self.index.is_open or self.index_problem is not None:
            yield
            return
        with self._write_lock:
            self._deferred = Changes()
            with self.reading() as session:
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                operation = session.scalar(select(func.max(Operation.id))) or 0
            self.index.mark_deferred(generation, operation)
        try:
            yield
        finally:
            with self._write_lock:
                deferred, self._deferred = self._deferred, None
                try:
                    with self.reading() as session:
                        upserts, deletes = indexing.affected(session, deferred)
                        generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                except Exception as exc:  # the catalogue's own damage is reported by its next use
                    log.exception("reading the deferred index changes failed")
                    self.index_problem = Message("index_not_updated", reason=str(exc))
                else:
                    if announce is not None and (upserts or deletes):
                        announce(len(upserts) + len(deletes))
                    self._sync_index(upserts, deletes, generation)

    def index_rebuilt(self, generation: int, operation: int) -> None:
        """Called by a rebuild, with the write lock held, once the index it built from the
        catalogue at ``generation`` (its last operation ``operation``) is in place. A deferral
        under way (:meth:`index_deferred`) starts afresh from there: the rebuild holds what it
        had gathered, which its end would otherwise add a second time, and a kill before its
        end catches up from the rebuild rather than rebuilding again."""
        if self._deferred is None:
            return
        self._deferred = Changes()
        self.index.mark_deferred(generation, operation)

    def _sync_index(self, upserts: list[dict], deletes: list[str], generation: int) -> None:
        if not self.index.is_open:
            return
        try:
            self.index.apply(upserts, deletes, generation)
        except Exception as exc:  # keep the catalogue usable; the index is derived
            log.exception("index update failed")
            self.index_problem = Message("index_not_updated", reason=str(exc))

    def generation(self) -> int:
        with self.reading() as session:
            return session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold the write lock without a unit of work: for work on the index that no write may
        interleave with (rebuilding it, merging its segments)."""
        with self._write_lock:
            yield

    def require_writable(self, what: str = "") -> None:
        """Raise CatalogUnavailable on a read-only catalogue, saying ``what`` cannot be done."""
        if self.read_only:
            opened = Message("read_only_in_use", path=self.path, holder=self.in_use_by) if self.in_use_by else Message("read_only", path=self.path)
            raise CatalogUnavailable(Message("read_only_and", opened=opened, what=what) if what else opened)

    # ----- index -------------------------------------------------------------------------
    def _catch_up_index(self) -> int | None:
        """After a kill inside :meth:`index_deferred`: write into the index what the operations
        after its mark changed (their revisions name every record they touched), every entry
        replacing any it may already hold, as a write killed after its commit left it.
        Returns the generation it is then synced to, or None when it could not catch up (the
        index is then rebuilt as before)."""
        mark = self.index.deferred_from()
        if mark is None:
            return None
        _generation, operation = mark
        try:
            with self._write_lock, self.reading() as session:
                changes = Changes()
                rows = session.execute(
                    select(Revision.record_type, Revision.record_uuid, Revision.action)
                    .where(Revision.operation_id > operation)
                    .order_by(Revision.id)
                )
                for kind, uuid, action in rows:
                    if kind not in changes.created:
                        continue
                    if action == "delete":
                        changes.delete(kind, uuid)
                    else:  # created ones too: a killed write may have added them already
                        changes.edit(kind, uuid)
                upserts, deletes = indexing.affected(session, changes)
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                self.index.apply(upserts, deletes, generation)
        except Exception:  # the rebuild that follows mends it
            log.exception("catching the index up after an interrupted import failed")
            return None
        log.info("the search index caught up with %d records after an interrupted import", len(upserts) + len(deletes))
        return self.index.synced_generation()

    def open_index(self) -> str | None:
        """Open the index; return why it cannot be trusted (a :class:`~catalog.messages.Message`),
        or None when it is in sync."""
        recorded = self.index.recorded_schema()
        if recorded is not None and recorded != SCHEMA_VERSION:
            # its fields or their analysis differ (it may not even load): rebuilt, not "damaged"
            return Message("index_other_version")
        try:
            self.index.open()
        except IndexBroken as exc:
            return Message("index_missing") if str(exc) == "no index" else Message("index_damaged", reason=str(exc))
        synced = self.index.synced_generation()
        if synced is None and not self.read_only and self.index.deferred_from() is not None:
            synced = self._catch_up_index()
        if synced is None or synced != self.generation():
            return Message("index_behind")
        with self.reading() as session:
            expected = indexing.live_counts(session)
        try:
            actual = self.index.doc_count()
        except Exception as exc:
            return Message("index_damaged", reason=str(exc))
        if actual != expected:
            return Message("index_count_differs", actual=actual, expected=expected)
        return None

def _db_reason(exc: Exception) -> str:
    """The database's own words, made plain for the common cases.

    Looks down the chain of causes: after SQLITE_FULL the rollback to a savepoint fails too,
    and the first error is the one that explains.
    """
    chain: list[BaseException] = []
    node: BaseException | None = exc
    while node is not None and node not in chain:
        chain.append(node)
        node = node.__cause__ or node.__context__
    for node in reversed(chain):
        lowered = str(getattr(node, "orig", node)).lower()
        if "disk is full" in lowered or "disk full" in lowered:
            return Message("save_disk_full")
        if "readonly" in lowered or "read-only" in lowered:
            return Message("save_folder_read_only")
        if "database is locked" in lowered:
            return Message("save_busy")
        if db.is_damage(node):
            return Message("save_database_damaged_steps", check=STEPS["check"], restore=STEPS["restore"])
    return _sqlite_words(exc)


def damaged(path: Path, why: str) -> CatalogDamaged:
    """The error for a catalogue folder whose database is unusable: ``why``, and the newest
    backup to put back (or that there is none)."""
    command = restore_command(path)
    if command:
        return CatalogDamaged(Message("catalogue_damaged_backup", path=path, why=why, command=command))
    return CatalogDamaged(Message("catalogue_damaged_no_backup", path=path, why=why))


def restore_command(path: Path) -> str | None:
    """The command that puts back the newest backup of the catalogue in ``path`` (None when
    it has none), ready to paste into a shell."""
    backups = backup.list_backups(path)
    if not backups:
        return None
    return f"pressmark --catalog {shlex.quote(str(path))} restore {shlex.quote(str(backups[0]))}"


def _sqlite_words(exc: Exception) -> str:
    """The first line of the database's own message (SQLAlchemy adds a second), cut short:
    SQLite quotes a whole undecodable value in it."""
    words = (str(getattr(exc, "orig", exc)).splitlines() or [type(exc).__name__])[0]
    return words if len(words) <= 160 else words[:159] + "…"


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False
