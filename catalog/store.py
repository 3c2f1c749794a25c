"""The front door: :class:`Catalog` opens a catalogue folder and runs every unit of work.

GUI and CLI call only this class. Each mutating method runs in one database transaction,
returns a :class:`~catalog.changes.Changes`, and syncs the search index from it before it
returns. Writes are serialised by one lock (the single writer); reads may come from any
thread. Methods raise :class:`~catalog.errors.PressmarkError` subclasses with one clear line.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from catalog import db, indexing
from catalog.changes import Changes
from catalog.errors import CatalogUnavailable
from catalog.location import DB_NAME, INDEX_DIR, ORIGINALS_DIR
from catalog.models import Actor, CatalogState, Document, Quote, Tag
from catalog.search import query as search_query
from catalog.search.index import IndexBroken, SearchIndex

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


def _no_progress(_done: int, _total: int, _message: str) -> None:
    pass


class CatalogCore:
    """Opening, the unit of work, the index. Operations are added by the mixins in catalog/."""

    def __init__(self, path: Path, *, create: bool = True, index_repair: str = "now"):
        """Open (or, with ``create``, make) the catalogue in folder ``path``.

        ``index_repair`` is ``"now"`` (rebuild a stale or broken index before returning) or
        ``"later"`` (leave it for :meth:`repair_index`, e.g. on a GUI worker thread).
        Raises CatalogUnavailable when the folder is not a catalogue or cannot be opened.
        """
        self.path = Path(path).expanduser().resolve()
        self.db_path = self.path / DB_NAME
        self.originals_dir = self.path / ORIGINALS_DIR
        if not self.db_path.exists():
            if not create:
                raise CatalogUnavailable(f"{self.path}: no Pressmark catalogue here")
            if self.path.exists() and not self.path.is_dir():
                raise CatalogUnavailable(f"{self.path}: is a file, not a catalogue folder")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise CatalogUnavailable(f"{self.path}: cannot create the catalogue: {exc.strerror}") from exc
        self._write_lock = threading.RLock()
        self.engine = db.open_engine(f"sqlite:///{self.db_path}")
        try:
            revision = db.current_revision(self.engine)
            head = db.head_revision()
            if revision is not None and revision != head and not _is_known_revision(revision):
                raise CatalogUnavailable(
                    f"{self.path}: made by a newer Pressmark (schema {revision}); upgrade Pressmark"
                )
            if revision != head:
                db.upgrade(self.engine)
        except OperationalError as exc:
            self.engine.dispose()
            raise CatalogUnavailable(f"{self.path}: cannot open the database: {exc.orig}") from exc
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self._sessions.begin() as session:
            if session.get(CatalogState, 1) is None:
                session.add(CatalogState(id=1, generation=0))
        self.originals_dir.mkdir(exist_ok=True)
        self.index = SearchIndex(self.path / INDEX_DIR)
        self._parser = None
        self.index_problem: str | None = None
        self.index_problem = self._open_index()
        if self.index_problem and index_repair == "now":
            self.repair_index()

    # ----- lifecycle ---------------------------------------------------------------------
    def close(self) -> None:
        self.index.close()
        self.engine.dispose()

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
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def writing(self) -> Iterator[tuple[Session, Changes]]:
        """One unit of work: commit, bump the generation, sync the index from its Changes.

        If the body raises, nothing is committed. If the index cannot be updated after the
        commit, the index is marked stale and rebuilt on the next open (or by repair_index).
        """
        with self._write_lock:
            session = self._sessions()
            changes = Changes()
            try:
                yield session, changes
                if not changes:
                    session.rollback()
                    return
                session.execute(update(CatalogState).where(CatalogState.id == 1).values(generation=CatalogState.generation + 1))
                session.flush()
                upserts, deletes = indexing.affected(session, changes)
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1))
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
            self._sync_index(upserts, deletes, generation)

    def _sync_index(self, upserts: list[dict], deletes: list[str], generation: int) -> None:
        if not self.index.is_open:
            return
        try:
            self.index.apply(upserts, deletes, generation)
        except Exception as exc:  # keep the catalogue usable; the index is derived
            log.exception("index update failed")
            self.index_problem = f"the search index could not be updated ({exc}); it will be rebuilt"

    def generation(self) -> int:
        with self.reading() as session:
            return session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0

    # ----- index -------------------------------------------------------------------------
    def _open_index(self) -> str | None:
        """Open the index; return why it cannot be trusted, or None when it is in sync."""
        try:
            self.index.open()
        except IndexBroken as exc:
            return "the search index is missing" if str(exc) == "no index" else f"the search index is damaged ({exc})"
        synced = self.index.synced_generation()
        if synced is None or synced != self.generation():
            return "the search index is behind the catalogue"
        with self.reading() as session:
            expected = indexing.live_counts(session)
        try:
            actual = self.index.doc_count()
        except Exception as exc:
            return f"the search index is damaged ({exc})"
        if actual != expected:
            return f"the search index holds {actual} records, the catalogue {expected}"
        return None

    def repair_index(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Rebuild the index if it was found stale or broken; returns records indexed (0 if none)."""
        if self.index_problem is None:
            return 0
        return self.reindex(progress, cancel)

    def reindex(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Rebuild the whole index from the database. Returns how many records were indexed.

        Builds into a fresh folder and swaps it in, so a cancelled or failed rebuild leaves
        the previous index where it was.
        """
        progress = progress or _no_progress
        with self._write_lock:
            staging = SearchIndex(self.index.folder.with_name(INDEX_DIR + ".rebuild"))
            staging.create_empty()
            with self.reading() as session:
                total = indexing.live_counts(session)
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                writer = staging.writer(bulk=True)
                done = 0
                try:
                    progress(0, total, "Indexing")
                    for entry in indexing.all_entries(session):
                        writer.add_document(**entry)
                        done += 1
                        if done % 200 == 0:
                            if cancel is not None:
                                cancel.check()
                            progress(done, total, "Indexing")
                except BaseException:
                    writer.cancel()
                    staging.close()
                    _remove_tree(staging.folder)
                    raise
                progress(done, total, "Writing the index")
                writer.commit()
                staging.mark_synced(generation)
                staging.close()
            self.index.close()
            _swap_folders(staging.folder, self.index.folder)
            self.index.open()
            self.index_problem = None
            progress(done, total, "Index rebuilt")
            return done

    # ----- search ------------------------------------------------------------------------
    def search(
        self,
        text: str,
        limit: int = 20,
        offset: int = 0,
        facets: bool = True,
        record_type: str | None = None,
    ) -> search_query.SearchResults:
        """Search the catalogue's query language; raises InvalidInput on a malformed query."""
        if self._parser is None:
            self._parser = search_query.build_parser(self.index.searcher().schema)
        with self.reading() as session:
            return search_query.run(
                self.index.searcher(),
                self._parser,
                text,
                limit=limit,
                offset=offset,
                text_of=lambda key, field: _text_of(session, key, field),
                facets=facets,
                filter_type=record_type,
            )

    # ----- counts ------------------------------------------------------------------------
    def stats(self) -> dict[str, int]:
        """Counts of each kind of record (trash counted apart)."""
        with self.reading() as session:

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


def _text_of(session: Session, key: str, field: str) -> str:
    kind, _, uuid = key.partition(":")
    if kind == "document":
        doc = session.scalar(select(Document).where(Document.uuid == uuid))
        if doc is None:
            return ""
        return {"body": doc.body, "title": doc.title, "author": ", ".join(a.name for a in doc.authors)}.get(field, "")
    if kind == "quote":
        quote = session.scalar(select(Quote).where(Quote.uuid == uuid))
        if quote is None:
            return ""
        if field == "body":
            return quote.exact
        if field in ("speaker", "actor") and quote.speaker is not None:
            return quote.speaker.name
        return quote.document.title if field == "title" else ""
    if kind == "actor":
        actor = session.scalar(select(Actor).where(Actor.uuid == uuid))
        if actor is None:
            return ""
        return {"title": actor.name, "body": actor.description, "actor": actor.name}.get(field, "")
    return ""


def _is_known_revision(revision: str) -> bool:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(db.alembic_config())
    try:
        return script.get_revision(revision) is not None
    except Exception:
        return False


def _remove_tree(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def _swap_folders(new: Path, current: Path) -> None:
    """Put ``new`` in place of ``current`` with renames (each atomic on one file system)."""
    old = current.with_name(current.name + ".old")
    _remove_tree(old)
    if current.exists():
        current.rename(old)
    new.rename(current)
    _remove_tree(old)
