"""Merging documents, their actor links and their quotes (see :mod:`catalog.exchange.merge`).

Called by :func:`catalog.exchange.merge.merge_content` after tags and actors, so every tag
and actor the bundle refers to has a local record (and an id: the merge flushes between
steps). Each function reads what it must compare in a few bulk queries, not one per record.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from catalog.exchange.merge_report import MergeEntry, two_way_values
from catalog.exchange.records import BundleContent, DocumentRecord, LinkRecord, QuoteRecord
from catalog.importing import text_hash
from catalog.messages import Message
from catalog.models import Document, DocumentActor, Quote, new_uuid, utcnow
from catalog.text import context_of, reanchor
from catalog.vocabulary import DOCUMENT_EDITABLE as EDITABLE

COMPARED = sorted(EDITABLE)
_CHUNK = 500


def merge_documents(merger, content: BundleContent, store_originals) -> None:
    """Match, add or resolve every document; fills ``merger.documents``."""
    session = merger.session
    records = content.documents
    by_uuid = {d.uuid: d for d in _chunked(session, [r.uuid for r in records], lambda c: select(Document).where(Document.uuid.in_(c)).options(selectinload(Document.tags)))}
    hashes = {r.uuid: text_hash(r.body) for r in records}
    live = Document.deleted_at.is_(None)
    by_hash: dict[str, Document] = {}
    for doc in _chunked(session, sorted(set(hashes.values())), lambda c: select(Document).where(Document.text_sha256.in_(c), live).order_by(Document.id)):
        by_hash.setdefault(doc.text_sha256, doc)
    urls = sorted({u for r in records for u in (r.url, r.short_url) if u})
    by_url: dict[str, Document] = {}
    for doc in _chunked(session, urls, lambda c: select(Document).where((Document.url.in_(c)) | (Document.short_url.in_(c)), live).order_by(Document.id)):
        for url in (doc.url, doc.short_url):
            if url:
                by_url.setdefault(url, doc)
    links = content.links_by_document()
    for record in records:
        doc, how = by_uuid.get(record.uuid), "id"
        if doc is None:
            doc, how = by_hash.get(hashes[record.uuid]), "text"
        if doc is None:
            doc, how = (by_url.get(record.url) if record.url else None) or (by_url.get(record.short_url) if record.short_url else None), "URL"
        if doc is None:
            new = _new_document(merger, record, record.uuid, store_originals)
            entry = merger.report.add(MergeEntry("document", record.uuid, record.title, "added", new.uuid))
            merger.documents[record.uuid] = (new, True, entry)
            continue
        entry = merger.three_way("document", record, doc, record.title, _their_document(merger, record, links.get(record.uuid, []), doc))
        if entry is not None:
            merger.documents[record.uuid] = (doc, doc.body == record.body, entry)
            continue
        merger.documents[record.uuid] = _matched_document(merger, doc, record, how, store_originals)


def _their_document(merger, record: DocumentRecord, links: list[LinkRecord], doc: Document) -> dict:
    """The bundle's document as a state in our ids; its actor links in our order when they
    hold the same links (a bundle lists authors first, we by position)."""
    state = merger.document_state(record, links)
    ours = [[link.actor.uuid, link.role] for link in sorted(doc.actor_links, key=lambda link: (link.position, link.id or 0))]
    if sorted(ours) == sorted(state["actors"]):
        state["actors"] = ours
    return state


def _matched_document(merger, doc: Document, record: DocumentRecord, how: str, store_originals):
    fields = [f for f in COMPARED if getattr(doc, f) != _value(record, f)]
    same_text = doc.body == record.body
    if not same_text:
        fields.append("text")
    if doc.deleted_at is not None:
        fields.append("in the trash here")
    entry = merger.report.add(MergeEntry("document", record.uuid, record.title, "conflict" if fields else "unchanged", doc.uuid, how, fields))
    if fields:
        policy = merger.policy_for(record.uuid)
        entry.resolution = merger.resolution(record.uuid)
        entry.values = two_way_values({name: (getattr(doc, name), _value(record, name)) for name in COMPARED}, fields)
        if policy == "both" or (policy == "theirs" and not same_text):
            theirs = [_value(record, name) for name in COMPARED] + [text_hash(record.body)]
            uuid, kept = merger.copy_uuid("document", record.uuid, theirs)
            if kept is not None:
                merger.kept_earlier(entry, kept)
                if merger.unite_tags(kept, record.tags):
                    merger.changes.edit("document", kept.uuid)
                    entry.action = "updated"
                return kept, kept.body == record.body, entry
            copy = _new_document(merger, record, uuid, store_originals)
            entry.local_uuid, entry.resolution = copy.uuid, "kept both"
            if policy == "theirs":
                entry.detail = Message("merge_texts_differ")
            return copy, True, entry
        if policy == "theirs":
            for name in COMPARED:
                setattr(doc, name, _value(record, name))
            if doc.deleted_at is not None:
                doc.deleted_at = None
                merger.changes.create("document", doc.uuid)
                for quote in doc.quotes:
                    if quote.deleted_at is None:
                        merger.changes.create("quote", quote.uuid)
            merger.changes.edit("document", doc.uuid)
        elif not same_text:
            entry.detail = Message("merge_quotes_placed")
    if merger.unite_tags(doc, record.tags):
        merger.changes.edit("document", doc.uuid)
        if entry.action == "unchanged":
            entry.action = "updated"
    return doc, same_text, entry


def _new_document(merger, record: DocumentRecord, uuid: str, store_originals) -> Document:
    doc = Document(uuid=uuid, body=record.body, text_sha256=text_hash(record.body))
    for name in COMPARED:
        setattr(doc, name, _value(record, name))
    doc.original_name, doc.original_format = record.original_name, record.original_format
    doc.original_sha256, doc.original_size = record.original_sha256, record.original_size
    doc.provenance = record.provenance
    doc.accessioned_at = when(record.accessioned_at) or utcnow()
    doc.created_at = when(record.created_at) or utcnow()
    doc.modified_at = when(record.modified_at) or utcnow()
    doc.tags.extend(dict.fromkeys(merger.tags[t] for t in record.tags))
    merger.session.add(doc)
    merger.new_records.add(id(doc))
    merger.changes.create("document", uuid)
    if record.original and store_originals is not None:
        store_originals(record.original, record.original_sha256)
    return doc


def merge_links(merger, links: list[LinkRecord]) -> None:
    """Add the document–actor links the catalogue lacks, in the bundle's order."""
    existing: dict[int, set[tuple[int, str]]] = {}
    counts: dict[tuple[int, str], int] = {}
    for link in links:
        if link.document in merger.merged_three_way:
            continue  # its links were merged with the rest of its state
        doc, _same, entry = merger.documents[link.document]
        actor = merger.actors[link.actor]
        new_doc = id(doc) in merger.new_records
        if doc.id not in existing:
            current = [] if new_doc else list(doc.actor_links)
            existing[doc.id] = {(a.actor_id, a.role) for a in current}
            for a in current:
                counts[(doc.id, a.role)] = counts.get((doc.id, a.role), 0) + 1
        if (actor.id, link.role) in existing[doc.id]:
            continue
        position = link.position if new_doc else counts.get((doc.id, link.role), 0)
        merger.session.add(DocumentActor(document=doc, actor=actor, role=link.role, position=position))
        existing[doc.id].add((actor.id, link.role))
        counts[(doc.id, link.role)] = counts.get((doc.id, link.role), 0) + 1
        merger.changes.link("actor", actor.uuid)
        if not new_doc:
            merger.changes.edit("document", doc.uuid)
            if entry.action == "unchanged":
                entry.action = "updated"


def merge_quotes(merger, quotes: list[QuoteRecord]) -> None:
    """Match, add, re-anchor or resolve every quote; fills ``merger.quotes``.

    A quote matched by id in a document whose text is the bundle's is merged three-way
    (:meth:`Merger.three_way`) when the two share a version and it lies where it did in that
    version, on both sides; every other quote follows the two-way rules."""
    session = merger.session
    by_uuid = {q.uuid: q for q in _chunked(session, [q.uuid for q in quotes], lambda c: select(Quote).where(Quote.uuid.in_(c)).options(selectinload(Quote.tags)))}
    matched_docs = sorted({doc.id for doc, _s, _e in merger.documents.values() if id(doc) not in merger.new_records})
    by_position = {
        (q.document_id, q.start, q.end): q
        for q in _chunked(session, matched_docs, lambda c: select(Quote).where(Quote.document_id.in_(c), Quote.deleted_at.is_(None)).options(selectinload(Quote.tags)))
    }
    for record in quotes:
        doc, same_text, _entry = merger.documents[record.document]
        start, end = record.start, record.end
        if not same_text:
            found = reanchor(doc.body, record.exact, record.prefix, record.suffix, hint=record.start)
            if found is None:
                merger.report.add(MergeEntry("quote", record.uuid, record.exact, "skipped", detail=Message("merge_words_missing")))
                continue
            start, end = found
        quote, how = by_uuid.get(record.uuid), "id"
        if quote is not None and quote.document_id != doc.id:
            quote = None
        if quote is not None and same_text:
            if merger.three_way("quote", record, quote, record.exact, merger.quote_state(record, doc.uuid)) is not None:
                merger.quotes[record.uuid] = quote
                continue
        if quote is None:
            quote, how = by_position.get((doc.id, start, end)), "position"
        if quote is None:
            uuid = record.uuid if record.uuid not in by_uuid else new_uuid()
            merger.quotes[record.uuid] = _new_quote(merger, record, uuid, doc, start, end, same_text)
            merger.report.add(MergeEntry("quote", record.uuid, record.exact, "added", uuid))
            continue
        merger.quotes[record.uuid] = _matched_quote(merger, quote, record, how, doc, start, end, same_text)


def _matched_quote(merger, quote: Quote, record: QuoteRecord, how: str, doc: Document, start: int, end: int, same_text: bool) -> Quote:
    """Resolve a quote matched by id or position under the two-way rules; returns the quote
    the bundle's is placed as (ours, or a copy kept beside it)."""
    speaker = merger.actors[record.speaker] if record.speaker else None
    fields = []
    if (quote.start, quote.end) != (start, end):
        fields.append("position")
    if quote.kind != record.kind:
        fields.append("kind")
    if quote.speaker_id != (speaker.id if speaker is not None else None):
        fields.append("speaker")
    if quote.note != record.note:
        fields.append("note")
    if quote.deleted_at is not None:
        fields.append("in the trash here")
    entry = merger.report.add(MergeEntry("quote", record.uuid, record.exact, "conflict" if fields else "unchanged", quote.uuid, how, fields))
    if fields:
        policy = merger.policy_for(record.uuid)
        entry.resolution = merger.resolution(record.uuid)
        entry.values = two_way_values(
            {
                "position": (f"{quote.start}–{quote.end}", f"{start}–{end}"), "kind": (quote.kind, record.kind),
                "speaker": (quote.speaker.name if quote.speaker else None, speaker.name if speaker else None),
                "note": (quote.note, record.note),
            },
            fields,
        )  # fmt: skip
        if policy == "both":
            theirs = [record.document, record.start, record.end, record.kind, record.speaker, record.note]
            uuid, kept = merger.copy_uuid("quote", record.uuid, theirs)
            if kept is None:
                copy = _new_quote(merger, record, uuid, doc, start, end, same_text)
                entry.local_uuid = copy.uuid
                return copy
            merger.kept_earlier(entry, kept)
            quote = kept
        if policy == "theirs":
            quote.start, quote.end, quote.exact = start, end, doc.body[start:end]
            quote.prefix, quote.suffix = context_of(doc.body, start, end)
            quote.kind, quote.speaker, quote.note = record.kind, speaker, record.note
            if quote.deleted_at is not None:
                quote.deleted_at = None
                merger.changes.create("quote", quote.uuid)
            merger.changes.edit("quote", quote.uuid)
    if merger.unite_tags(quote, record.tags):
        merger.changes.edit("quote", quote.uuid)
        if entry.action == "unchanged":
            entry.action = "updated"
    return quote


def _new_quote(merger, record: QuoteRecord, uuid: str, doc: Document, start: int, end: int, same_text: bool) -> Quote:
    prefix, suffix = (record.prefix, record.suffix) if same_text else context_of(doc.body, start, end)
    quote = Quote(
        uuid=uuid, document=doc, start=start, end=end, exact=doc.body[start:end], prefix=prefix, suffix=suffix,
        kind=record.kind, speaker=merger.actors[record.speaker] if record.speaker else None, note=record.note,
        created_at=when(record.created_at) or utcnow(), modified_at=when(record.modified_at) or utcnow(),
    )  # fmt: skip
    quote.tags.extend(dict.fromkeys(merger.tags[t] for t in record.tags))
    merger.session.add(quote)
    merger.changes.create("quote", uuid)
    return quote


def when(value: str | None) -> datetime | None:
    """A stored ISO time string as a naive datetime (None for none)."""
    return datetime.fromisoformat(value) if value else None


def _value(record: DocumentRecord, name: str):
    value = getattr(record, name)
    return when(value) if name in ("published_at", "captured_at") else value


def _chunked(session, values: list, build) -> list:
    results: list = []
    for first in range(0, len(values), _CHUNK):
        results.extend(session.scalars(build(values[first : first + _CHUNK])))
    return results
