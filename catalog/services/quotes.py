"""Quotes: exact spans of a document's body (``catalog.quotes``)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog.changes import Changes
from catalog.errors import InvalidInput
from catalog.lookup import actor_by_ref_or_name, by_ref, tag_by_path
from catalog.messages import Message
from catalog.models import QUOTE_KINDS, Document, Quote
from catalog.services.actors import ensure_actor, link_actor
from catalog.services.tags import ensure_tag
from catalog.store import Store
from catalog.text import context_of
from catalog.views import QuoteView, quote_view


class QuoteService:
    """``catalog.quotes``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def add(
        self,
        document: str,
        start: int,
        end: int,
        kind: str = "quotation",
        speaker: str | None = None,
        note: str = "",
        tags: Sequence[str] = (),
        new_speaker_type: str | None = None,
    ) -> tuple[str, Changes]:
        """Mark ``body[start:end]`` (code points) of ``document`` as a quote; returns its UUID.

        ``speaker`` is an actor's id or name; with ``new_speaker_type`` an unknown name becomes
        a new actor of that type. Raises InvalidInput for offsets outside the text or an empty
        span, NotFound for an unknown speaker.
        """
        if kind not in QUOTE_KINDS:
            raise InvalidInput(f"“{kind}” is not a quote kind ({', '.join(QUOTE_KINDS)})")
        with self.store.writing(Message("op_create_quote")) as (session, changes):
            doc = by_ref(session, "document", document)
            start, end = _checked_span(doc.body, start, end)
            prefix, suffix = context_of(doc.body, start, end)
            quote = Quote(
                document=doc, start=start, end=end, exact=doc.body[start:end],
                prefix=prefix, suffix=suffix, kind=kind, note=note,
            )  # fmt: skip
            session.add(quote)
            if speaker:
                quote.speaker = _speaker(session, changes, speaker, new_speaker_type)
                link_actor(session, changes, doc, quote.speaker, "quoted")
            for path in tags:
                quote.tags.append(ensure_tag(session, changes, path))
            session.flush()
            changes.create("quote", quote.uuid)
            uuid = quote.uuid
        return uuid, changes

    def update(self, ref: str, **fields) -> Changes:
        """Edit ``kind``, ``note``, ``speaker`` (id or name, "" to clear), ``start``/``end``."""
        unknown = set(fields) - {"kind", "note", "speaker", "start", "end", "new_speaker_type"}
        if unknown:
            raise InvalidInput(f"cannot edit {', '.join(sorted(unknown))} of a quote")
        with self.store.writing(Message("op_edit_quote")) as (session, changes):
            quote = by_ref(session, "quote", ref)
            if "kind" in fields:
                if fields["kind"] not in QUOTE_KINDS:
                    raise InvalidInput(f"“{fields['kind']}” is not a quote kind")
                quote.kind = fields["kind"]
            if "note" in fields:
                quote.note = fields["note"]
            if "speaker" in fields:
                old = quote.speaker
                if fields["speaker"]:
                    quote.speaker = _speaker(session, changes, fields["speaker"], fields.get("new_speaker_type"))
                    link_actor(session, changes, quote.document, quote.speaker, "quoted")
                else:
                    quote.speaker = None
                if old is not None:
                    changes.link("actor", old.uuid)
            if "start" in fields or "end" in fields:
                body = quote.document.body
                start, end = _checked_span(body, fields.get("start", quote.start), fields.get("end", quote.end))
                quote.start, quote.end, quote.exact = start, end, body[start:end]
                quote.prefix, quote.suffix = context_of(body, start, end)
            changes.edit("quote", quote.uuid)
        return changes

    def get(self, ref: str, include_deleted: bool = False) -> QuoteView:
        with self.store.reading() as session:
            return quote_view(by_ref(session, "quote", ref, include_deleted))

    def find(
        self,
        document: str | None = None,
        speaker: str | None = None,
        tag: str | None = None,
        limit: int | None = None,
    ) -> list[QuoteView]:
        """Live quotes, optionally of one document, speaker or tag (with its sub-tags)."""
        with self.store.reading() as session:
            query = (
                select(Quote)
                .join(Document)
                .where(Quote.deleted_at.is_(None), Document.deleted_at.is_(None))
                .options(selectinload(Quote.tags), selectinload(Quote.speaker), selectinload(Quote.document))
                .order_by(Document.published_at.desc(), Document.id, Quote.start)
            )
            if document:
                query = query.where(Quote.document_id == by_ref(session, "document", document).id)
            if speaker:
                query = query.where(Quote.speaker_id == actor_by_ref_or_name(session, speaker).id)
            if tag:
                from catalog.models import quote_tags
                from catalog.services.tags import subtree_ids

                ids = subtree_ids(session, tag_by_path(session, tag))
                query = query.where(Quote.id.in_(select(quote_tags.c.quote_id).where(quote_tags.c.tag_id.in_(ids))))
            if limit:
                query = query.limit(limit)
            return [quote_view(q) for q in session.scalars(query)]

    def rows(self, uuids: list[str]) -> list[QuoteView]:
        """Views of the given quotes (live or trashed), in the order given; unknown ids skipped."""
        with self.store.reading() as session:
            quotes = session.scalars(
                select(Quote)
                .where(Quote.uuid.in_(uuids))
                .options(selectinload(Quote.tags), selectinload(Quote.speaker), selectinload(Quote.document))
            )
            by_uuid = {q.uuid: quote_view(q) for q in quotes}
        return [by_uuid[u] for u in uuids if u in by_uuid]



def _checked_span(body: str, start: int, end: int) -> tuple[int, int]:
    if not (isinstance(start, int) and isinstance(end, int)):
        raise InvalidInput("quote offsets must be whole numbers")
    if not 0 <= start < end <= len(body):
        raise InvalidInput(Message("quote_outside_text", start=start, end=end, length=len(body)))
    # a quote never starts or ends on white space
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        raise InvalidInput(Message("quote_empty"))
    return start, end


def _speaker(session, changes, speaker: str, new_type: str | None):
    from catalog.errors import NotFound

    try:
        return actor_by_ref_or_name(session, speaker)
    except NotFound:
        if not new_type:
            raise
        return ensure_actor(session, changes, speaker, new_type)
