"""Search: the full-text query language over the index, browsing by filters, saved
searches, and the index's upkeep (``catalog.search``).

Reads may run on any thread. Rebuilding or merging the index holds the store's write lock for
as long as it runs; ``progress(done, total, message)`` and a :class:`~catalog.store.CancelToken`
work as for the other long jobs.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from catalog import indexing
from catalog.changes import Changes
from catalog.errors import CatalogUnavailable, InvalidInput, NotFound
from catalog.location import INDEX_DIR
from catalog.lookup import actor_by_ref_or_name, any_by_ref, tag_by_path
from catalog.messages import Message
from catalog.models import (
    Actor,
    CatalogState,
    Document,
    DocumentActor,
    Operation,
    Quote,
    SavedSearch,
    actor_tags,
    document_tags,
    quote_tags,
)
from catalog.search import index as search_index
from catalog.search import query as search_query
from catalog.search.columns import FOLDER as COLUMNS_DIR
from catalog.search.columns import SegmentColumns
from catalog.search.index import SearchIndex
from catalog.store import CancelToken, Progress, Store

RECORD_KINDS = ("document", "quote", "actor")


@dataclass(frozen=True)
class HitLabel:
    """What a hit is (:meth:`SearchService.hit_labels`): ``title`` is a document's title, a
    quote's document's title, or an actor's name."""

    title: str
    publication: str = ""
    published_at: datetime | None = None
    published_text: str = ""  # the date as the page printed it
    speaker: str | None = None  # a quote's speaker's name; None when unattributed
    actor_type: str = ""


def _chunks(items: list[str], size: int = 500) -> list[list[str]]:
    """``items`` in pieces small enough for one SQL ``IN`` list."""
    return [items[at : at + size] for at in range(0, len(items), size)]

RECORD_SORTS: dict[str, dict[str, Any]] = {
    "document": {
        "date": Document.published_at,
        "title": Document.title,
        "publication": Document.publication,
        "added": Document.accessioned_at,
    },
    "quote": {
        "date": Document.published_at,
        "text": Quote.exact,
        "kind": Quote.kind,
        "speaker": Actor.name,
        "document": Document.title,
    },
    "actor": {"name": Actor.name, "type": Actor.type, "dates": Actor.dates},
}
DEFAULT_SORT = {"document": "date", "quote": "date", "actor": "name"}



@dataclass
class SavedSearchView:
    name: str
    query: str


class SearchService:
    """``catalog.search``: built with the store whose index it reads and keeps."""

    def __init__(self, store: Store):
        self.store = store
        self._parser = None

    def parser(self):
        """The query parser for the index as it is (built once, on first use)."""
        if self._parser is None:
            columns = SegmentColumns(self.store.index.folder / COLUMNS_DIR, writable=not self.store.read_only)
            self._parser = search_query.build_parser(self.store.index.searcher().schema, columns)
        return self._parser

    def maintain_index(self, max_segments: int = 6) -> bool:
        """Merge the index's segments when there are more than ``max_segments``; returns True
        if it merged. Meant for idle time (the GUI's worker, the end of a bulk import): it
        takes the write lock for as long as the merge runs."""
        if self.store.read_only or not self.store.index.is_open:
            return False
        with self.store.exclusive():
            before = self.store.index.segment_count()
            if before <= max_segments:
                return False
            self.store.index.merge_segments()
            return self.store.index.segment_count() < before

    def repair_index(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Rebuild the index if it was found stale or broken; returns records indexed (0 if none)."""
        if self.store.index_problem is None:
            return 0
        return self.reindex(progress, cancel)

    def reindex(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Rebuild the whole index from the database. Returns how many records were indexed.

        Builds into a fresh folder and swaps it in, so a cancelled or failed rebuild leaves
        the previous index where it was.
        """
        if self.store.read_only:
            raise CatalogUnavailable(Message("read_only_no_reindex", path=self.store.path))
        progress = progress or _no_progress
        indexing_now = Message("progress_indexing")
        with self.store.exclusive():
            staging = SearchIndex(self.store.index.folder.with_name(INDEX_DIR + ".rebuild"))
            staging.create_empty()
            with self.store.reading() as session:
                total = indexing.live_counts(session)
                generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
                operation = session.scalar(select(func.max(Operation.id))) or 0
                writer = staging.writer(bulk=True)
                procs = search_index.segment_procs() if total >= search_index.PARALLEL_MIN else 0
                workers = None
                done = 0
                try:
                    progress(0, total, indexing_now)
                    if procs >= 2:
                        # this process reads the records; workers on every core write them
                        workers = search_index.SegmentWorkers(staging.folder, procs)
                    chunk: list[dict] = []
                    for entry in indexing.all_entries(session):
                        if workers is None:
                            writer.add_document(**entry)
                        else:
                            chunk.append(entry)
                            if len(chunk) >= search_index.PARALLEL_CHUNK:
                                workers.send(chunk)
                                chunk = []
                        done += 1
                        if done % 200 == 0:
                            if cancel is not None:
                                cancel.check()
                            progress(done, total, indexing_now)
                    progress(done, total, Message("progress_writing_index"))
                    if workers is not None:
                        if chunk:
                            workers.send(chunk)
                        search_index.commit_with_segments(writer, workers.finish(), None)
                    else:
                        writer.commit()
                except BaseException:
                    if workers is not None:
                        workers.stop()
                    if not writer.is_closed:
                        writer.cancel()
                    staging.close()
                    _remove_tree(staging.folder)
                    raise
                staging.mark_synced(generation)
                staging.close()
            self.store.index.close()
            _swap_folders(staging.folder, self.store.index.folder)
            self.store.index.open()
            self.store.index_rebuilt(generation, operation)
            self._parser = None
            self.store.index_problem = None
            progress(done, total, Message("progress_index_rebuilt"))
            return done

    def run(
        self,
        text: str,
        limit: int = 20,
        offset: int = 0,
        facets: bool = True,
        record_type: str | None = None,
        cancel: CancelToken | None = None,
    ) -> search_query.SearchResults:
        """Search the catalogue's query language; raises InvalidInput on a malformed query,
        CatalogUnavailable when there is no usable index (read-only and never built), and
        Cancelled once ``cancel`` is set (it is checked between the search's steps). Any
        thread; it never waits for a write under way (it reads the index's last commit)."""
        self._require_index()
        try:
            searcher = self.store.index.searcher()
        except search_index.IndexBroken as exc:
            raise CatalogUnavailable(f"{self.store.path}: {exc}") from exc
        with self.store.reading() as session:
            return search_query.run(
                searcher,
                self.parser(),
                text,
                limit=limit,
                offset=offset,
                texts_for=lambda keys: _texts_for(session, keys),
                facets=facets,
                filter_type=record_type,
                cancel=cancel,
            )

    def hit_labels(self, hits) -> dict[str, HitLabel]:
        """What a list of hits shows beside each snippet, by hit key: a document's title,
        publication and date; a quote's speaker (None when unattributed) and its document's
        title; an actor's name and type. One query a kind, of those columns alone (the full
        record views took 110 ms for a page of 100 hits at 620,000 entries). Any thread."""
        by_kind: dict[str, list[str]] = {"document": [], "quote": [], "actor": []}
        for hit in hits:
            by_kind.setdefault(hit.type, []).append(hit.uuid)
        labels: dict[str, HitLabel] = {}
        with self.store.reading() as session:
            for chunk in _chunks(by_kind["document"]):
                rows = session.execute(
                    select(Document.uuid, Document.title, Document.publication, Document.published_at, Document.published_text)
                    .where(Document.uuid.in_(chunk))
                )
                for uuid, title, publication, published_at, published_text in rows:
                    labels[indexing.key_of("document", uuid)] = HitLabel(
                        title, publication=publication, published_at=published_at, published_text=published_text
                    )
            for chunk in _chunks(by_kind["quote"]):
                quote_rows = session.execute(
                    select(Quote.uuid, Document.title, Actor.name)
                    .join(Document, Document.id == Quote.document_id)
                    .outerjoin(Actor, Actor.id == Quote.speaker_id)
                    .where(Quote.uuid.in_(chunk))
                )
                for uuid, title, speaker in quote_rows:
                    labels[indexing.key_of("quote", uuid)] = HitLabel(title, speaker=speaker)
            for chunk in _chunks(by_kind["actor"]):
                for uuid, name, kind in session.execute(select(Actor.uuid, Actor.name, Actor.type).where(Actor.uuid.in_(chunk))):
                    labels[indexing.key_of("actor", uuid)] = HitLabel(name, actor_type=kind)
        return labels

    def document_uuids(self, text: str) -> list[str]:
        """Every live document the query finds (a quote found stands for its document), best
        match first, without snippets: what an export of a search carries."""
        self._require_index()  # and search_query.run raises InvalidInput for a bad query
        results = search_query.run(self.store.index.searcher(), self.parser(), text, limit=1_000_000, facets=False)
        return list(dict.fromkeys(hit.doc_uuid for hit in results.hits if hit.type in ("document", "quote") and hit.doc_uuid))

    def _require_index(self) -> None:
        if not self.store.index.is_open:
            raise CatalogUnavailable(Message("index_unavailable", path=self.store.path, problem=self.store.index_problem))

    def identify(self, ref: str, include_deleted: bool = False) -> tuple[str, str]:
        """The kind and full UUID of the document, quote or actor ``ref`` names (its id, the
        first characters of it, or ``kind:id``). Raises NotFound or InvalidInput."""
        with self.store.reading() as session:
            kind, record = any_by_ref(session, ref, include_deleted=include_deleted)
            return kind, record.uuid

    def warm(self) -> None:
        """Prepare the search caches for the index as it is now (see search_query.warm);
        meant for idle time, after opening or after the index's segments were merged."""
        if not self.store.index.is_open:
            return
        search_query.warm(self.store.index.searcher(), self.parser())

    def record_ids(
        self,
        kind: str,
        *,
        sort: str | None = None,
        descending: bool = False,
        tag: str | None = None,
        actor: str | None = None,
        publication: str | None = None,
        month: str | None = None,
        deleted: bool = False,
    ) -> list[str]:
        """Ordered UUIDs of every live (or, with ``deleted``, trashed) record of ``kind``.

        Filters combine with AND: ``tag`` (a path; its sub-tags count), ``actor`` (id or name:
        documents naming it, quotes it spoke, the actor itself), ``publication`` (``""`` or
        ``"(none)"`` for none), ``month`` (``YYYY-MM`` of publication; quotes and actors
        through their documents). Raises InvalidInput for an unknown kind, sort or month,
        NotFound for an unknown tag or actor.
        """
        if kind not in RECORD_KINDS:
            raise InvalidInput(f"“{kind}” is not a kind of record ({', '.join(RECORD_KINDS)})")
        sort = sort or DEFAULT_SORT[kind]
        column = RECORD_SORTS[kind].get(sort)
        if column is None:
            raise InvalidInput(f"cannot sort {kind}s by “{sort}”; choose one of {', '.join(RECORD_SORTS[kind])}")
        order = column.desc() if descending else column.asc()
        with self.store.reading() as session:
            query = _base_query(kind, deleted)
            if kind == "quote" and sort == "speaker":
                query = query.outerjoin(Actor, Quote.speaker_id == Actor.id)
            if tag:
                query = _where_tagged(session, query, kind, tag)
            if actor:
                query = _where_actor(session, query, kind, actor)
            if publication is not None:
                query = _where_documents(query, kind, _publication_condition(publication))
            if month:
                query = _where_documents(query, kind, _month_condition(month))
            model = _MODELS[kind]
            return list(session.scalars(query.order_by(order, model.id)))

    # ----- saved searches ------------------------------------------------------------------
    def saved(self) -> list[SavedSearchView]:
        """Saved searches by name (case-insensitive)."""
        with self.store.reading() as session:
            rows = session.scalars(select(SavedSearch).order_by(func.lower(SavedSearch.name)))
            return [SavedSearchView(s.name, s.query) for s in rows]

    def save(self, name: str, query: str) -> Changes:
        """Save (or replace) the search ``name``, as one unit of work with its revision.
        Raises InvalidInput for an empty name or a query the search cannot read."""
        name, query = " ".join(name.split()), query.strip()
        if not name:
            raise InvalidInput(Message("saved_search_needs_name"))
        self.store.require_writable(Message("saved_searches_fixed"))
        self.run(query, limit=1, facets=False)  # raises InvalidInput for a bad query
        with self.store.writing(Message("op_save_search", name=name)) as (session, changes):
            existing = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if existing is None:
                saved = SavedSearch(name=name, query=query)
                session.add(saved)
                session.flush()
                changes.create("saved_search", saved.uuid)
            elif existing.query != query:
                existing.query = query
                changes.edit("saved_search", existing.uuid)
        return changes

    def delete_saved(self, name: str) -> Changes:
        """Remove the saved search ``name`` (undoable); raises NotFound if there is none."""
        self.store.require_writable(Message("saved_searches_fixed"))
        with self.store.writing(Message("op_delete_saved_search", name=name)) as (session, changes):
            existing = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if existing is None:
                raise NotFound(Message("no_saved_search", name=name))
            changes.delete("saved_search", existing.uuid)
            session.delete(existing)
        return changes


def _texts_for(session: Session, keys: list[str]) -> dict[str, dict[str, str]]:
    """The original texts of a page of hits, by key and field, in three queries at most."""
    wanted: dict[str, list[str]] = {"document": [], "quote": [], "actor": []}
    for key in keys:
        kind, _, uuid = key.partition(":")
        if kind in wanted:
            wanted[kind].append(uuid)
    texts: dict[str, dict[str, str]] = {}
    if wanted["document"]:
        rows = session.execute(select(Document.uuid, Document.title, Document.body).where(Document.uuid.in_(wanted["document"])))
        for uuid, title, body in rows:
            texts[f"document:{uuid}"] = {"title": title, "body": body}
    if wanted["quote"]:
        quote_rows = session.execute(
            select(Quote.uuid, Quote.exact, Document.title, Actor.name)
            .join(Document, Quote.document_id == Document.id)
            .outerjoin(Actor, Quote.speaker_id == Actor.id)
            .where(Quote.uuid.in_(wanted["quote"]))
        )
        for uuid, exact, title, speaker in quote_rows:
            texts[f"quote:{uuid}"] = {"body": exact, "title": title, "speaker": speaker or "", "actor": speaker or ""}
    if wanted["actor"]:
        rows = session.execute(select(Actor.uuid, Actor.name, Actor.description).where(Actor.uuid.in_(wanted["actor"])))
        for uuid, name, description in rows:
            texts[f"actor:{uuid}"] = {"title": name, "body": description, "actor": name}
    return texts


def _remove_tree(folder: Path) -> None:

    shutil.rmtree(folder, ignore_errors=True)


def _swap_folders(new: Path, current: Path) -> None:
    """Put ``new`` in place of ``current`` with renames (each atomic on one file system)."""
    old = current.with_name(current.name + ".old")
    _remove_tree(old)
    if current.exists():
        current.rename(old)
    new.rename(current)
    _remove_tree(old)


def _no_progress(_done: int, _total: int, _message: str) -> None:
    pass


_MODELS: dict[str, Any] = {"document": Document, "quote": Quote, "actor": Actor}


def _base_query(kind: str, deleted: bool):
    model = _MODELS[kind]
    query = select(model.uuid)
    if kind == "quote":
        query = query.join(Document, Document.id == Quote.document_id)
        if deleted:
            return query.where(Quote.deleted_at.is_not(None))
        return query.where(Quote.deleted_at.is_(None), Document.deleted_at.is_(None))
    return query.where(model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None))


def _where_tagged(session, query, kind: str, path: str):
    from catalog.services.tags import subtree_ids

    ids = subtree_ids(session, tag_by_path(session, path))
    table, column = {
        "document": (document_tags, "document_id"),
        "quote": (quote_tags, "quote_id"),
        "actor": (actor_tags, "actor_id"),
    }[kind]
    tagged = select(table.c[column]).where(table.c.tag_id.in_(ids))
    return query.where(_MODELS[kind].id.in_(tagged))


def _where_actor(session, query, kind: str, ref: str):
    target = actor_by_ref_or_name(session, ref)
    if kind == "document":
        return query.where(Document.id.in_(select(DocumentActor.document_id).where(DocumentActor.actor_id == target.id)))
    if kind == "quote":
        return query.where(Quote.speaker_id == target.id)
    return query.where(Actor.id == target.id)


def _where_documents(query, kind: str, condition):
    """Restrict ``query`` to records of documents meeting ``condition``."""
    if kind in ("document", "quote"):
        return query.where(condition)
    linked = (
        select(DocumentActor.actor_id)
        .join(Document, Document.id == DocumentActor.document_id)
        .where(condition, Document.deleted_at.is_(None))
    )
    return query.where(Actor.id.in_(linked))


def _publication_condition(publication: str):
    if publication in ("", "(none)"):
        return Document.publication == ""
    return Document.publication == publication


def _month_condition(month: str):
    try:
        start = datetime.strptime(month, "%Y-%m")
    except ValueError as exc:
        raise InvalidInput(f"“{month}” is not a month like 2024-03") from exc
    end = datetime(start.year + (start.month == 12), start.month % 12 + 1, 1)
    return and_(Document.published_at >= start, Document.published_at < end)
