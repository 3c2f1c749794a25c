"""Browsing: ordered, filtered id lists and pages of rows for lazy lists, summaries of actors
and months, co-quotations, and saved searches. Mixed into :class:`catalog.Catalog`.

Every read here may run on any thread. Saved searches are not indexed and not records, so
saving one does not bump the catalogue's generation; it returns an empty ``Changes`` (and,
like every write, raises CatalogUnavailable on a catalogue opened read-only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import selectinload

from catalog.changes import Changes
from catalog.errors import CatalogUnavailable, InvalidInput, NotFound
from catalog.lookup import actor_by_ref_or_name, tag_by_path
from catalog.models import (
    Actor,
    Document,
    DocumentActor,
    Quote,
    SavedSearch,
    actor_tags,
    document_tags,
    quote_tags,
)
from catalog.views import (
    ActorRef,
    ActorView,
    QuoteView,
    actor_ref,
    actor_view,
    actor_view_loads,
    quote_view,
)

RECORD_KINDS = ("document", "quote", "actor")

RECORD_SORTS = {
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
class ActorSummary:
    """One actor with how many live documents name it and how many live quotes it spoke."""

    uuid: str
    name: str
    type: str
    documents: int
    quotes: int


@dataclass
class MonthActivity:
    """Documents published in one month (``YYYY-MM``) and the quotes taken from them."""

    month: str
    documents: int
    quotes: int


@dataclass
class CoQuotation:
    """Two speakers quoted in the same documents; ``documents`` counts those documents."""

    first: ActorRef
    second: ActorRef
    documents: int


@dataclass
class SavedSearchView:
    name: str
    query: str


class BrowseOps:
    # ----- ordered ids ---------------------------------------------------------------------
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
        with self.reading() as session:
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

    # ----- pages of rows -------------------------------------------------------------------
    def quote_rows(self, uuids: list[str]) -> list[QuoteView]:
        """Views of the given quotes (live or trashed), in the order given; unknown ids skipped."""
        with self.reading() as session:
            quotes = session.scalars(
                select(Quote)
                .where(Quote.uuid.in_(uuids))
                .options(selectinload(Quote.tags), selectinload(Quote.speaker), selectinload(Quote.document))
            )
            by_uuid = {q.uuid: quote_view(q) for q in quotes}
        return [by_uuid[u] for u in uuids if u in by_uuid]

    def actor_rows(self, uuids: list[str]) -> list[ActorView]:
        """Views of the given actors (live or trashed), in the order given; unknown ids skipped."""
        with self.reading() as session:
            actors = list(
                session.scalars(
                    select(Actor)
                    .where(Actor.uuid.in_(uuids))
                    .options(*actor_view_loads())
                )
            )
            counts = _quote_counts(session, [a.id for a in actors])
            by_uuid = {a.uuid: actor_view(a, counts.get(a.id, 0)) for a in actors}
        return [by_uuid[u] for u in uuids if u in by_uuid]

    # ----- summaries -----------------------------------------------------------------------
    def actor_summaries(self) -> list[ActorSummary]:
        """Every live actor with its document and quote counts, by type then name.

        Counted over the link table and the quotes' indexes; trashed documents are left out by
        id (they are few) rather than by joining every link to its document.
        """
        with self.reading() as session:
            linked = (
                select(DocumentActor.actor_id, DocumentActor.document_id)
                .where(DocumentActor.document_id.not_in(_trashed_documents()))
                .distinct()
                .subquery()
            )
            doc_counts = dict(session.execute(select(linked.c.actor_id, func.count()).group_by(linked.c.actor_id)).all())
            quote_counts = _quote_counts(session, None)
            rows = session.execute(
                select(Actor.id, Actor.uuid, Actor.name, Actor.type)
                .where(Actor.deleted_at.is_(None))
                .order_by(Actor.type, func.lower(Actor.name))
            )
            return [
                ActorSummary(uuid, name, type_, doc_counts.get(id_, 0), quote_counts.get(id_, 0))
                for id_, uuid, name, type_ in rows
            ]

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
        with self.reading() as session:
            rows = session.execute(
                select(month, func.count(Document.id), func.sum(quotes_of_document)).where(live_dated).group_by(month)
            ).all()
        counts = {key: (documents, quotes or 0) for key, documents, quotes in rows if key}
        if not counts:
            return []
        first, last = min(counts), max(counts)
        return [MonthActivity(m, *counts.get(m, (0, 0))) for m in _month_range(first, last)]

    def co_quotations(self, limit: int = 50) -> list[CoQuotation]:
        """Pairs of speakers quoted in the same live documents, most shared documents first."""
        with self.reading() as session:
            rows = session.execute(
                select(Quote.document_id, Quote.speaker_id)
                .join(Document, Document.id == Quote.document_id)
                .where(Quote.deleted_at.is_(None), Document.deleted_at.is_(None), Quote.speaker_id.is_not(None))
                .distinct()
            ).all()
            speakers_by_doc: dict[int, set[int]] = {}
            for doc_id, speaker_id in rows:
                speakers_by_doc.setdefault(doc_id, set()).add(speaker_id)
            pairs: Counter[tuple[int, int]] = Counter()
            for speakers in speakers_by_doc.values():
                pairs.update(combinations(sorted(speakers), 2))
            top = pairs.most_common(limit)
            ids = {i for pair, _ in top for i in pair}
            actors = {a.id: a for a in session.scalars(select(Actor).where(Actor.id.in_(ids), Actor.deleted_at.is_(None)))}
            return [
                CoQuotation(actor_ref(actors[a]), actor_ref(actors[b]), count)
                for (a, b), count in top
                if a in actors and b in actors
            ]

    # ----- saved searches ------------------------------------------------------------------
    def saved_searches(self) -> list[SavedSearchView]:
        """Saved searches by name (case-insensitive)."""
        with self.reading() as session:
            rows = session.scalars(select(SavedSearch).order_by(func.lower(SavedSearch.name)))
            return [SavedSearchView(s.name, s.query) for s in rows]

    def save_search(self, name: str, query: str) -> Changes:
        """Save (or replace) the search ``name``. Raises InvalidInput for an empty name or a
        query the search cannot read. Returns an empty Changes: no record changed."""
        name, query = " ".join(name.split()), query.strip()
        if not name:
            raise InvalidInput("a saved search needs a name")
        self.search(query, limit=1, facets=False)  # raises InvalidInput for a bad query
        self._require_writable()
        with self._write_lock, self._sessions.begin() as session:
            existing = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if existing is None:
                session.add(SavedSearch(name=name, query=query))
            else:
                existing.query = query
        return Changes()

    def delete_saved_search(self, name: str) -> Changes:
        """Remove the saved search ``name``; raises NotFound if there is none."""
        self._require_writable()
        with self._write_lock, self._sessions.begin() as session:
            existing = session.scalar(select(SavedSearch).where(SavedSearch.name == name))
            if existing is None:
                raise NotFound(f"no saved search “{name}”")
            session.delete(existing)
        return Changes()

    def _require_writable(self) -> None:
        if self.read_only:
            raise CatalogUnavailable(f"{self.path}: opened read-only; saved searches cannot change")


_MODELS = {"document": Document, "quote": Quote, "actor": Actor}


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
    from catalog.ops.tags import subtree_ids

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


def _trashed_documents():
    return select(Document.id).where(Document.deleted_at.is_not(None))


def _quote_counts(session, actor_ids: list[int] | None) -> dict[int, int]:
    """Live quotes per speaker (of ``actor_ids``, or of everyone)."""
    query = (
        select(Quote.speaker_id, func.count(Quote.id))
        .where(Quote.deleted_at.is_(None), Quote.speaker_id.is_not(None), Quote.document_id.not_in(_trashed_documents()))
        .group_by(Quote.speaker_id)
    )
    if actor_ids is not None:
        query = query.where(Quote.speaker_id.in_(actor_ids))
    return dict(session.execute(query).all())
