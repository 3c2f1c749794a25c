"""Documents: import, list, show, edit (``catalog.documents``)."""

from __future__ import annotations

import contextlib
import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import and_, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import selectinload
from sqlalchemy.sql import ColumnElement

from catalog import archive_import, import_pool, importing
from catalog.changes import Changes
from catalog.errors import (
    ImportFailed,
    InvalidInput,
    NotFound,
    PressmarkError,
    SaveFailed,
    describe,
)
from catalog.exchange import tool_import
from catalog.importing import ImportOutcome
from catalog.lookup import by_ref
from catalog.messages import Message, joined
from catalog.models import Actor, Document, DocumentActor, Quote
from catalog.proposals import KnownNames
from catalog.services.search import SearchService
from catalog.services.statements import StatementService
from catalog.store import Cancelled, CancelToken, Store
from catalog.text import normalise, normalise_doi
from catalog.views import DocumentView, document_view
from catalog.vocabulary import DOCUMENT_EDITABLE, PAGE_KINDS

EDITABLE = DOCUMENT_EDITABLE
log = logging.getLogger(__name__)
IMPORT_BATCH = 500  # files a transaction; each batch is one index segment, and merging costs
ARCHIVE_BATCH = 100  # pages of a web archive a transaction: what a cancel may lose, at most

_CHUNK = 500  # uuids a query


@dataclass
class MonthActivity:
    """Documents published in one month (``YYYY-MM``) and the quotes taken from them."""

    month: str
    documents: int
    quotes: int


SORTS = {
    "date": Document.published_at,
    "title": Document.title,
    "publication": Document.publication,
    "added": Document.accessioned_at,
}


class DocumentService:
    """``catalog.documents``: built with the store, the search service whose index a big
    import leaves merged, and the statements service that takes in what an import brought."""

    def __init__(self, store: Store, search: SearchService, statements: StatementService | None = None):
        self.store = store
        self.search = search
        self.statements = statements

    def import_bytes(self, data: bytes, name: str) -> ImportOutcome:
        """Import one file's bytes. Raises ImportFailed or DuplicateDocument; nothing changes then."""
        parsed = importing.parse_bytes(data, name)
        with self.store.writing(Message("op_import", name=name.rsplit("/", 1)[-1])) as (session, changes):
            doc = importing.add_parsed(session, changes, parsed, name, data, self.store.originals_dir)
            uuid, title = doc.uuid, doc.title
        if self.statements is not None:
            self.statements.after_import()
        return ImportOutcome(path=name, status="imported", message=Message("outcome_imported", title=title), document_uuid=uuid, changes=changes)

    def import_file(self, path: Path | str) -> ImportOutcome:
        """Import one file (see import_bytes)."""
        path = Path(path)
        return self.import_bytes(importing.read_file(path), str(path))

    def import_records(self, path: Path | str, progress=None, cancel: CancelToken | None = None) -> list[ImportOutcome]:
        """Import a reference list (RIS, CSL-JSON) or a REFI-QDA project (``.qdpx``) whole, in
        one unit of work; returns an outcome per entry (imported, enriched, duplicate,
        skipped: see :mod:`catalog.exchange.tool_import`). Raises ImportFailed (nothing
        changes then) for a file that cannot be read, is refused or breaks its format.
        ``progress(done, total)`` follows the entries; a set ``cancel`` token raises
        Cancelled at the next entry, and nothing of the file is saved.
        """
        path = Path(path)
        records = tool_import.read_records(path)
        originals = importing.Originals(self.store.originals_dir)
        try:
            with self.store.writing(Message("op_import", name=path.name)) as (session, changes):
                outcomes = tool_import.add_records(session, changes, records, originals, progress, cancel)
                session.flush()
                try:
                    originals.commit()
                except OSError as exc:
                    raise ImportFailed(str(path), Message("original_not_stored", reason=exc.strerror or str(exc))) from exc
        finally:
            originals.discard()
        return outcomes

    def import_paths(self, paths: Iterable[Path | str], progress=None, cancel=None, batch: int = IMPORT_BATCH) -> list[ImportOutcome]:
        """Import files and folders; reports each file and goes on after a bad one.

        Reference lists and REFI-QDA projects among them are imported each whole, by
        :meth:`import_records`, after the articles; their outcomes are one per entry.

        Files are committed in batches of ``batch`` (one transaction each), so a crash loses
        at most the batch in progress and never leaves half a record. With more than one
        batch, the index is written once at the end (:meth:`Store.index_deferred`), on every
        core; a crash before then leaves an index that is rebuilt on the next open. Reading, parsing and proposing (no database) run in worker processes for
        a big import (:mod:`catalog.import_pool`), a few batches ahead of the one being
        added. A web archive (WARC, WACZ) is read as it is added, one page at a time, its
        pages committed ``ARCHIVE_BATCH`` at a time; each page is an outcome, and so are its
        skipped responses and its damage (:func:`catalog.archive_import.prepare_archive`).
        ``progress(done, total, message)`` is called after every file and every page of an
        archive (``total`` grows as an archive's pages are found); a set ``cancel`` token
        stops at the next file or page, and the batch in progress is not saved (batches
        already committed stay).
        """
        found, refused = importing.expand_paths([Path(p) for p in paths])
        files = [f for f in found if not tool_import.is_records_file(f)]
        record_files = [f for f in found if tool_import.is_records_file(f)]
        archives = {path for path in files if not _plain_name(path) and archive_import.is_web_archive(path)}
        segments = _segments(files, archives, batch)
        chunks = [segment for segment in segments if isinstance(segment, list)]
        outcomes: list[ImportOutcome] = list(refused)  # special files and links, found in folders
        count = _Count(len(found) + len(refused))
        if refused and progress is not None:
            progress(len(refused), count.total, Message("progress_links_refused", count=len(refused)))
        with self.store.reading() as session:
            known = importing.known_actor_names(session)
        many = len(files) > batch or count.total > batch

        def indexing(entries: int) -> None:
            if progress is not None:
                progress(min(len(outcomes), count.total), count.total, Message("progress_indexing_records", count=f"{entries:,}"))

        # many batches: their index entries are written together at the end, on every core
        with self.store.index_deferred(indexing) if many else contextlib.nullcontext():
            with import_pool.Preparer(chunks, known, cancel) as preparer:
                index = 0
                for segment in segments:
                    if cancel is not None and cancel.cancelled:
                        break
                    try:
                        if isinstance(segment, Path):
                            known = self._import_archive(segment, known, outcomes, count, progress, cancel, batch)
                            preparer.learn(known)
                            continue
                        prepared = preparer.result(index)
                        index += 1
                        done, known = self._add_batch(segment, prepared, outcomes, count.total, progress, cancel)
                    except Cancelled:
                        break
                    except SaveFailed as exc:
                        # the whole batch was rolled back; later batches would fail the same way
                        reason = describe(exc)
                        at = segments.index(segment)
                        rest = [p for s in segments[at:] for p in (s if isinstance(s, list) else [s])]
                        outcomes.extend(ImportOutcome(str(p), "failed", Message("outcome_not_saved", name=str(p), reason=reason)) for p in rest)
                        break
                    outcomes.extend(done)
                    preparer.learn(known)
        if many:
            self.search.maintain_index()
        for path in record_files:
            if cancel is not None and cancel.cancelled:
                break
            base = min(len(outcomes), count.total)

            def entries(done: int, total: int, name: str = path.name, base: int = base) -> None:
                if progress is not None and done and done % 50 == 0:
                    progress(base, count.total, Message("progress_entry", name=name, done=f"{done:,}", total=f"{total:,}"))

            try:
                done = self.import_records(path, entries, cancel)
            except Cancelled:
                break  # the file's unit of work saved nothing; files before it stay
            except PressmarkError as exc:
                done = [importing.outcome_for_error(path, exc)]
            outcomes.extend(done)
            if progress is not None and done:
                counts = Counter(outcome.status for outcome in done)
                said = joined("list_pair", [Message("count_status", count=n, status=status) for status, n in counts.items()])
                progress(min(len(outcomes), count.total), count.total, Message("in_file", name=path.name, reason=said))
        if self.statements is not None:
            self.statements.after_import()
        return outcomes

    def _import_archive(self, path: Path, known, outcomes: list, count: _Count, progress, cancel, batch: int):
        """Add the pages of one web archive, ``ARCHIVE_BATCH`` (at most ``batch``) to a
        transaction, reporting progress as each page is read. Returns the actors' names as
        the last batch left them. Raises Cancelled, SaveFailed."""
        size = max(1, min(batch, ARCHIVE_BATCH))
        names = KnownNames(known)
        pending: list = []
        first = True

        def add() -> None:
            if pending:
                done, after = self._add_batch(pending, list(pending), outcomes, count.total, None, cancel, Message("op_import", name=path.name))
                outcomes.extend(done)
                names.learn({key: value for key, value in after.items() if names.get(key) != value})
                pending.clear()

        try:
            for item in archive_import.prepare_archive(path, names, cancel):
                if not first:
                    count.total += 1  # the archive counted once already, as a file
                first = False
                pending.append(item)
                if progress is not None:
                    label = item.record if isinstance(item, importing.Prepared) else item.message
                    progress(len(outcomes) + len(pending), count.total, Message("in_file", name=path.name, reason=label))
                if len(pending) >= size:
                    add()
            add()
        except (Cancelled, SaveFailed):
            raise
        except Exception as exc:  # a bug must not stop a folder import: report the archive
            log.exception("importing the web archive %s failed", path)
            outcomes.extend(o for o in pending if isinstance(o, ImportOutcome))
            outcomes.append(ImportOutcome(str(path), "failed", Message("import_failed", name=str(path), reason=describe(exc)), web_archive=True))
        return names

    def _add_batch(self, chunk: list, prepared: list, before: list, total: int, progress, cancel, label: str = ""):
        """Add one batch in one transaction (``label``, as Edit → Undo names it): all at
        once, or, if adding one of them fails unexpectedly, one by one, each in a savepoint,
        so the others still land. Returns the outcomes and the actors' names as the batch
        left them."""
        originals = importing.Originals(self.store.originals_dir, background=True)

        def report(outcome: ImportOutcome, position: int) -> None:
            if cancel is not None and cancel.cancelled:
                raise Cancelled()
            if progress is not None:
                progress(len(before) + position, total, Message("progress_outcome", status=outcome.status, label=_label(outcome)))

        with self.store.writing(label or Message("op_import_files")) as (session, changes):
            ready = [item for item in prepared if isinstance(item, importing.Prepared)]
            one = Changes()
            try:
                with session.begin_nested():
                    done, known = self._add_each(session, one, chunk, prepared, ready, originals, report, savepoints=False)
                    originals.wait()
            except (DBAPIError, Cancelled):
                originals.discard()
                raise  # the database itself failed (the unit of work reports it), or cancelled
            except OSError as exc:  # an original could not be written: find whose, and fail it alone
                log.warning("storing an original of the batch failed (%s); adding its %d files one by one", exc, len(chunk))
                one = Changes()
                done, known = self._add_each(session, one, chunk, prepared, ready, originals, report, savepoints=True)
            except Exception:  # a bug must not stop a folder import: find the file it is in
                log.exception("adding a batch of %d files failed; adding them one by one", len(chunk))
                originals.discard()  # the files are written again, in this thread, as each is added
                one = Changes()
                done, known = self._add_each(session, one, chunk, prepared, ready, originals, report, savepoints=True)
            try:
                originals.commit()
            except OSError as exc:
                raise SaveFailed(Message("originals_not_stored", path=self.store.path, reason=exc.strerror or str(exc))) from exc
            changes.merge(one)
        return done, known

    def _add_each(self, session, changes: Changes, chunk, prepared, ready, originals, report, savepoints: bool):
        actors = importing.ActorLookup(session)
        duplicates = importing.DuplicateCheck(session, ready)
        proposals = importing.ProposalRows()
        done: list[ImportOutcome] = []
        for path, item in zip(chunk, prepared, strict=True):
            if done:
                report(done[-1], len(done))
            if isinstance(item, ImportOutcome):
                done.append(item)
                continue
            page = {"web_archive": True, "record": item.record} if item.record else {}
            one = Changes()
            try:
                if savepoints:
                    with session.begin_nested():
                        doc = importing.add_prepared(session, one, item, originals, actors, duplicates, proposals)
                        proposals.insert(session)
                else:
                    doc = importing.add_prepared(session, one, item, originals, actors, duplicates, proposals)
            except PressmarkError as exc:
                done.append(replace(importing.outcome_for_error(_source(path), exc), **page))
                continue
            except DBAPIError:
                raise
            except Exception as exc:
                if not savepoints:
                    raise
                proposals.discard()  # the file's, rolled back with its savepoint
                log.exception("import of %s failed", _source(path))
                done.append(ImportOutcome(str(_source(path)), "failed", Message("import_failed", name=str(_source(path)), reason=describe(exc)), **page))
                actors = importing.ActorLookup(session)  # it may name actors rolled back
                continue
            changes.merge(one)
            message = Message("outcome_imported_note", title=doc.title, note=item.note) if item.note else Message("outcome_imported", title=doc.title)
            if doc.page_kind != "article":
                message = Message("outcome_not_an_article", imported=message, page_kind=doc.page_kind)
            outcome = ImportOutcome(str(_source(path)), "imported", message, doc.uuid, one, page_kind=doc.page_kind, **page)
            done.append(outcome)
        proposals.insert(session)
        if done:
            report(done[-1], len(done))
        return done, actors.known

    def get(self, ref: str, include_deleted: bool = False) -> DocumentView:
        with self.store.reading() as session:
            return document_view(by_ref(session, "document", ref, include_deleted))

    def ids(self, sort: str = "date", descending: bool = True, deleted: bool = False, kind: str | None = None) -> list[str]:
        """Ordered UUIDs of every live (or, with ``deleted``, trashed) document; with
        ``kind``, only those of that kind of page (PAGE_KINDS: article, page, reference).
        Raises InvalidInput for an unknown sort or kind."""
        column = SORTS.get(sort)
        if column is None:
            raise InvalidInput(f"cannot sort documents by “{sort}”; choose one of {', '.join(SORTS)}")
        order = column.desc() if descending else column.asc()
        where: ColumnElement[bool] = Document.deleted_at.is_not(None) if deleted else Document.deleted_at.is_(None)
        if kind is not None:
            if kind not in PAGE_KINDS:
                raise InvalidInput(f"a page kind is one of {', '.join(PAGE_KINDS)}, not {kind!r}")
            where = and_(where, Document.page_kind == kind)
        with self.store.reading() as session:
            return list(session.scalars(select(Document.uuid).where(where).order_by(order, Document.id)))

    def rows(self, uuids: list[str]) -> list[DocumentView]:
        """Views (without body quotes) of the given documents, in the order given."""
        with self.store.reading() as session:
            docs = session.scalars(
                select(Document)
                .where(Document.uuid.in_(uuids))
                .options(selectinload(Document.actor_links).selectinload(DocumentActor.actor), selectinload(Document.tags))
            )
            by_uuid = {doc.uuid: document_view(doc, with_quotes=False) for doc in docs}
        return [by_uuid[u] for u in uuids if u in by_uuid]

    def find(self, limit: int | None = None, sort: str = "date", kind: str | None = None) -> list[DocumentView]:
        """Views of live documents (of one ``kind`` of page, if given), sorted."""
        ids = self.ids(sort, kind=kind)
        return self.rows(ids[:limit] if limit else ids)

    @staticmethod
    def archive_tallies(outcomes: list[ImportOutcome]) -> list[archive_import.ArchiveTally]:
        """What an import's web archives came to, one tally each (articles, other pages,
        duplicates, responses skipped by kind); ``tally.line()`` says it in a sentence."""
        return archive_import.archive_tallies(outcomes)

    def update(self, ref: str, **fields) -> Changes:
        """Edit metadata fields (see EDITABLE). Raises InvalidInput for an unknown field."""
        unknown = set(fields) - EDITABLE
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a document")
        with self.store.writing(Message("op_edit_document")) as (session, changes):
            doc = by_ref(session, "document", ref)
            for name, value in fields.items():
                if name in ("published_at", "captured_at") and isinstance(value, str):
                    value = _parse_datetime(value)
                elif name == "doi":
                    try:
                        value = normalise_doi(str(value or ""))
                    except ValueError as exc:
                        raise InvalidInput(str(exc)) from None
                elif name == "page_kind" and value not in PAGE_KINDS:
                    raise InvalidInput(Message("not_page_kind", kinds=", ".join(PAGE_KINDS), value=repr(value)))
                elif isinstance(value, str):
                    value = normalise(value)
                if getattr(doc, name) != value:
                    setattr(doc, name, value)
                    changes.edit("document", doc.uuid)
        return changes

    def publications(self) -> dict[str, int]:
        """Publication name -> number of live documents."""
        with self.store.reading() as session:
            rows = session.execute(
                select(Document.publication, func.count(Document.id))
                .where(Document.deleted_at.is_(None))
                .group_by(Document.publication)
                .order_by(Document.publication)
            )
            return {name or "(none)": count for name, count in rows}

    def original_path(self, ref: str) -> Path | None:
        """Where the document's original file is stored, or None if it is missing (or is not
        a plain file: a link or a FIFO under its name is not the original, as for export)."""
        doc = self.get(ref, include_deleted=True)
        folder = self.store.originals_dir / doc.original_sha256[:2]
        for candidate in sorted(folder.glob(doc.original_sha256 + "*")):
            if candidate.is_file() and not candidate.is_symlink():
                return candidate
        return None

    def of(self, uuids: Sequence[str]) -> list[str]:
        """Live documents a selection stands for, in selection order, without repeats.

        A document stands for itself, a quote for its document, an actor for the documents
        that name it or quote it. ``uuids`` are full UUIDs of live records; raises NotFound
        for one that is not.
        """
        wanted = list(dict.fromkeys(uuids))
        found: dict[str, list[str]] = {}
        with self.store.reading() as session:
            for first in range(0, len(wanted), _CHUNK):
                chunk = wanted[first : first + _CHUNK]
                for uuid in session.scalars(select(Document.uuid).where(Document.uuid.in_(chunk), Document.deleted_at.is_(None))):
                    found[uuid] = [uuid]
                rows = session.execute(
                    select(Quote.uuid, Document.uuid)
                    .join(Document, Document.id == Quote.document_id)
                    .where(Quote.uuid.in_(chunk), Quote.deleted_at.is_(None), Document.deleted_at.is_(None))
                )
                for quote_uuid, doc_uuid in rows:
                    found[quote_uuid] = [doc_uuid]
                actors = dict(session.execute(select(Actor.id, Actor.uuid).where(Actor.uuid.in_(chunk), Actor.deleted_at.is_(None))).all())
                for actor_id, actor_uuid in actors.items():
                    found[actor_uuid] = _documents_of_actor(session, actor_id)
        missing = [u for u in wanted if u not in found]
        if missing:
            raise NotFound(f"no live record with id “{missing[0]}”")
        return list(dict.fromkeys(doc for uuid in wanted for doc in found[uuid]))


    def activity_by_month(self) -> list[MonthActivity]:
        """Live documents and their live quotes per month of publication, oldest first.

        Months with nothing in them between the first and last are included with zeros;
        undated documents are left out. Counted in two grouped queries, without loading a row
        per record.
        """
        month = _month_of(Document.published_at)
        live_dated = and_(Document.deleted_at.is_(None), Document.published_at.is_not(None))
        quotes_of_document = (
            select(func.count(Quote.id))
            .where(Quote.document_id == Document.id, Quote.deleted_at.is_(None))
            .scalar_subquery()
        )
        with self.store.reading() as session:
            rows = session.execute(
                select(month, func.count(Document.id), func.sum(quotes_of_document)).where(live_dated).group_by(month)
            ).all()
        counts = {key: (documents, quotes or 0) for key, documents, quotes in rows if key}
        if not counts:
            return []
        first, last = min(counts), max(counts)
        return [MonthActivity(m, *counts.get(m, (0, 0))) for m in _month_range(first, last)]


class _Count:
    """The number of outcomes an import expects, which grows as web archives are read."""

    def __init__(self, total: int):
        self.total = total


def _plain_name(path: Path) -> bool:
    """Whether ``path`` is named as a file that is not a web archive (so is not opened to
    see whether it is one)."""
    return path.suffix.lower() in importing.IMPORTABLE - {".warc", ".wacz"}


def _segments(files: list[Path], archives: set[Path], batch: int) -> list:
    """``files`` in order as batches of at most ``batch`` files (lists), with each web
    archive on its own (a Path)."""
    segments: list = []
    run: list[Path] = []
    for path in files:
        if path in archives:
            if run:
                segments.extend(run[first : first + batch] for first in range(0, len(run), batch))
                run = []
            segments.append(path)
        else:
            run.append(path)
    segments.extend(run[first : first + batch] for first in range(0, len(run), batch))
    return segments


def _source(item) -> Path | str:
    """What an item of a batch came from: a file's path, or a web archive's page's archive."""
    if isinstance(item, importing.Prepared):
        return item.name
    if isinstance(item, ImportOutcome):
        return item.path
    return item


def _label(outcome: ImportOutcome) -> str:
    name = Path(outcome.path).name
    return f"{name} › {outcome.record}" if outcome.record else name


def _parse_datetime(value: str) -> datetime | None:
    if not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError as exc:
        raise InvalidInput(Message("not_a_date", value=value)) from exc


def _documents_of_actor(session, actor_id: int) -> list[str]:
    named = select(DocumentActor.document_id).where(DocumentActor.actor_id == actor_id)
    quoted = select(Quote.document_id).where(Quote.speaker_id == actor_id, Quote.deleted_at.is_(None))
    query = (
        select(Document.uuid)
        .where(Document.deleted_at.is_(None), Document.id.in_(named.union(quoted)))
        .order_by(Document.published_at, Document.id)
    )
    return list(session.scalars(query))


def _month_of(column):
    """``YYYY-MM`` of a date-time column, in SQL: SQLite keeps DateTime as ISO 8601 text."""
    return func.substr(column, 1, 7)


def _month_range(first: str, last: str) -> list[str]:
    year, month = (int(x) for x in first.split("-"))
    months = []
    while True:
        key = f"{year:04d}-{month:02d}"
        months.append(key)
        if key >= last:
            return months
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
