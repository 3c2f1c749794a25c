"""What an actor said: their quotes with the documents around them, in publication order,
narrowed by words. Read by :meth:`catalog.services.actors.ActorService.said` inside its session."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog.models import Actor, Document, Quote, Tag, quote_tags
from catalog.services.duplicate_actors import fold

_CHUNK = 500  # quote ids per IN (…): SQLite's limit on parameters is far above, others' lower


@dataclass
class SpokenQuote:
    """One quote an actor spoke, with the document around it."""

    uuid: str
    exact: str
    kind: str
    note: str
    tags: list[str]
    document_uuid: str
    document_title: str
    publication: str
    published_at: datetime | None
    published_text: str


def quotes_said(session: Session, speaker: Actor, about: str = "") -> list[SpokenQuote]:
    """The live quotes of ``speaker`` in live documents, the documents by publication date
    (undated last), each one's quotes in reading order; with ``about``, only those whose words,
    note or tags hold every word of it at a word's start, ignoring case and accents."""
    query = (
        select(Quote, Document.uuid, Document.title, Document.publication, Document.published_at, Document.published_text)
        .join(Document, Document.id == Quote.document_id)
        .where(Quote.speaker_id == speaker.id, Quote.deleted_at.is_(None), Document.deleted_at.is_(None))
        .order_by(Document.published_at.is_(None), Document.published_at, Document.id, Quote.start)
    )
    rows = session.execute(query).all()
    tags: dict[int, list[str]] = {}
    quote_ids = [row[0].id for row in rows]
    for start in range(0, len(quote_ids), _CHUNK):
        chunk = quote_ids[start : start + _CHUNK]
        for quote_id, tag_id in session.execute(select(quote_tags.c.quote_id, quote_tags.c.tag_id).where(quote_tags.c.quote_id.in_(chunk))):
            tag = session.get(Tag, tag_id)
            tags.setdefault(quote_id, []).append(tag.path if tag is not None else "")
    spoken = [
        SpokenQuote(
            quote.uuid, quote.exact, quote.kind, quote.note, sorted(tags.get(quote.id, [])),
            doc_uuid, title, publication, published_at, published_text,
        )  # fmt: skip
        for quote, doc_uuid, title, publication, published_at, published_text in rows
    ]
    words = [re.compile(r"(?<!\w)" + re.escape(word)) for word in fold(about).split()]
    if not words:
        return spoken
    return [q for q in spoken if all(w.search(fold(" ".join([q.exact, q.note, *q.tags]))) for w in words)]
