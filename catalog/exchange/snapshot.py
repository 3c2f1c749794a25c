"""Read a selection of the catalogue into a :class:`~catalog.exchange.records.BundleContent`.

A pure function of an open session (any thread; call inside ``catalog.reading()``). Only live
records are exported. A selection of documents brings along their live quotes, the actors
they name or quote (and the actors those are related to), and every tag used on an exported
record together with its ancestors; the whole catalogue (``document_uuids=None``) brings
every live actor and every tag, used or not.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.exchange.records import (
    ActorRecord,
    BundleContent,
    DocumentRecord,
    LinkRecord,
    QuoteRecord,
    RelationRecord,
    RevisionRecord,
    TagRecord,
)
from catalog.models import (
    Actor,
    ActorRelation,
    Document,
    DocumentActor,
    Operation,
    Quote,
    Revision,
    Tag,
)

_CHUNK = 500  # SQLite allows a limited number of bound parameters per statement


def read_content(
    session: Session,
    document_uuids: list[str] | None,
    *,
    bundle_id: str,
    label: str,
    exported_at: str,
) -> BundleContent:
    """Snapshot the selected live documents (all when None) and what they bring along."""
    content = BundleContent(bundle_id=bundle_id, label=label, exported_at=exported_at)
    docs = _documents(session, document_uuids)
    doc_ids = [d.id for d in docs]
    content.documents = [_document_record(d) for d in docs]
    quotes = _in_chunks(
        session,
        doc_ids,
        lambda chunk: select(Quote)
        .where(Quote.document_id.in_(chunk), Quote.deleted_at.is_(None))
        .options(selectinload(Quote.tags), selectinload(Quote.speaker), selectinload(Quote.document)),
    )
    quotes.sort(key=lambda q: (q.document_id, q.start, q.id))
    links = _in_chunks(
        session,
        doc_ids,
        lambda chunk: select(DocumentActor)
        .join(Actor, Actor.id == DocumentActor.actor_id)
        .where(DocumentActor.document_id.in_(chunk), Actor.deleted_at.is_(None))
        .options(selectinload(DocumentActor.actor), selectinload(DocumentActor.document)),
    )
    links.sort(key=lambda link: link.id)
    actors = _actors(session, document_uuids is None, links, quotes)
    content.quotes = [_quote_record(q, actors) for q in quotes]
    content.links = [LinkRecord(link.document.uuid, link.actor.uuid, link.role, link.position) for link in links]
    actor_ids = {a.id for a in actors.values()}
    relations = _in_chunks(
        session,
        sorted(actor_ids),
        lambda chunk: select(ActorRelation)
        .where(ActorRelation.subject_id.in_(chunk))
        .options(selectinload(ActorRelation.subject), selectinload(ActorRelation.object)),
    )
    relations.sort(key=lambda r: r.id)
    content.relations = [
        RelationRecord(r.subject.uuid, r.relation, r.object.uuid) for r in relations if r.object_id in actor_ids
    ]
    content.actors = [_actor_record(a) for a in sorted(actors.values(), key=lambda a: a.id)]
    content.tags = _tags(session, document_uuids is None, [*docs, *quotes, *actors.values()])
    carried = [r.uuid for _kind, records in content.records_by_kind() for r in records]
    content.revisions = _revisions(session, carried)
    return content


def _revisions(session: Session, uuids: list[str]) -> list[RevisionRecord]:
    """The revision graph of these records: every revision, oldest first, with its
    operation's author, time and label, and the names of the fields it changed."""
    found: list[RevisionRecord] = []
    for start in range(0, len(uuids), _CHUNK):
        chunk = uuids[start : start + _CHUNK]
        rows = session.execute(
            select(Revision, Operation)
            .join(Operation, Operation.id == Revision.operation_id)
            .where(Revision.record_uuid.in_(chunk))
            .order_by(Revision.id)
        )
        for revision, operation in rows:
            fields = json.loads(revision.fields) if revision.fields else {}
            names = fields.get("changed", []) if revision.action == "foreign" else (sorted(fields) if revision.action == "update" else [])
            found.append(
                RevisionRecord(
                    rev=revision.rev_id, record=revision.record_uuid, type=revision.record_type, parent=revision.parent_rev,
                    other_parent=revision.other_parent, op=operation.op_id, label=operation.label[:300],
                    author=operation.author_name[:200], author_id=operation.author_id[:36], at=operation.at.isoformat(),
                    action=revision.action, fields=[str(n)[:100] for n in names],
                )
            )  # fmt: skip
    return found


def original_files(originals_dir: Path, hashes: Iterable[str]) -> dict[str, Path]:
    """SHA-256 -> stored original file, for those of ``hashes`` present under ``originals_dir``.

    Reads each ``originals/<sha[:2]>/`` folder once (a glob per document is slow on big
    catalogues); a missing original is simply absent from the result.
    """
    wanted: dict[str, set[str]] = {}
    for sha in hashes:
        if sha:
            wanted.setdefault(sha[:2], set()).add(sha)
    found: dict[str, Path] = {}
    for prefix, shas in wanted.items():
        folder = originals_dir / prefix
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in sorted(entries, key=lambda e: e.name):
            stem = entry.name[:64]
            if stem in shas and stem not in found and entry.is_file(follow_symlinks=False):
                found[stem] = Path(entry.path)
    return found


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _documents(session: Session, uuids: list[str] | None) -> list[Document]:
    options = (selectinload(Document.tags),)
    if uuids is None:
        query = select(Document).where(Document.deleted_at.is_(None)).options(*options).order_by(Document.id)
        return list(session.scalars(query))
    docs = _in_chunks(
        session,
        list(dict.fromkeys(uuids)),
        lambda chunk: select(Document).where(Document.uuid.in_(chunk), Document.deleted_at.is_(None)).options(*options),
    )
    return sorted(docs, key=lambda d: d.id)


def _actors(session: Session, everything: bool, links: list[DocumentActor], quotes: list[Quote]) -> dict[int, Actor]:
    options = (selectinload(Actor.aliases), selectinload(Actor.identifiers), selectinload(Actor.tags))
    if everything:
        return {a.id: a for a in session.scalars(select(Actor).where(Actor.deleted_at.is_(None)).options(*options))}
    ids = {link.actor_id for link in links} | {q.speaker_id for q in quotes if q.speaker_id is not None}
    related = _in_chunks(
        session,
        sorted(ids), lambda chunk: select(ActorRelation.object_id).where(ActorRelation.subject_id.in_(chunk))
    )
    ids |= set(related)
    actors = _in_chunks(
        session,
        sorted(ids),
        lambda chunk: select(Actor).where(Actor.id.in_(chunk), Actor.deleted_at.is_(None)).options(*options),
    )
    return {a.id: a for a in actors}


def _tags(session: Session, everything: bool, records: list) -> list[TagRecord]:
    all_tags = {t.id: t for t in session.scalars(select(Tag))}
    if everything:
        chosen = set(all_tags)
    else:
        chosen = set()
        for record in records:
            for tag in record.tags:
                node = all_tags.get(tag.id)
                while node is not None and node.id not in chosen:
                    chosen.add(node.id)
                    node = all_tags.get(node.parent_id) if node.parent_id else None
    ordered = sorted((all_tags[i] for i in chosen), key=lambda t: (_depth(t, all_tags), t.id))
    return [
        TagRecord(
            uuid=t.uuid,
            name=t.name,
            parent=all_tags[t.parent_id].uuid if t.parent_id else None,
            colour=t.colour,
            created_at=iso(t.created_at) or "",
            revision=t.revision or "",
        )
        for t in ordered
    ]


def _depth(tag: Tag, all_tags: dict[int, Tag]) -> int:
    depth, node = 0, tag
    while node.parent_id is not None and depth < 1000:
        depth += 1
        node = all_tags[node.parent_id]
    return depth


def _document_record(doc: Document) -> DocumentRecord:
    return DocumentRecord(
        uuid=doc.uuid,
        title=doc.title,
        body=doc.body,
        subtitle=doc.subtitle,
        publication=doc.publication,
        section=doc.section,
        published_at=iso(doc.published_at),
        published_text=doc.published_text,
        url=doc.url,
        short_url=doc.short_url,
        language=doc.language,
        image_caption=doc.image_caption,
        end_matter=doc.end_matter,
        original_name=doc.original_name,
        original_format=doc.original_format,
        original_sha256=doc.original_sha256,
        original_size=doc.original_size,
        accessioned_at=iso(doc.accessioned_at) or "",
        notes=doc.notes,
        rights=doc.rights,
        tags=sorted(t.uuid for t in doc.tags),
        created_at=iso(doc.created_at) or "",
        modified_at=iso(doc.modified_at) or "",
        revision=doc.revision or "",
        doi=doc.doi,
        page_kind=doc.page_kind,
        captured_at=iso(doc.captured_at),
        provenance=doc.provenance,
    )


def _quote_record(quote: Quote, actors: dict[int, Actor]) -> QuoteRecord:
    speaker = actors.get(quote.speaker_id) if quote.speaker_id is not None else None
    return QuoteRecord(
        uuid=quote.uuid,
        document=quote.document.uuid,
        start=quote.start,
        end=quote.end,
        exact=quote.exact,
        prefix=quote.prefix,
        suffix=quote.suffix,
        kind=quote.kind,
        speaker=speaker.uuid if speaker is not None else None,
        note=quote.note,
        tags=sorted(t.uuid for t in quote.tags),
        created_at=iso(quote.created_at) or "",
        modified_at=iso(quote.modified_at) or "",
        revision=quote.revision or "",
    )


def _actor_record(actor: Actor) -> ActorRecord:
    return ActorRecord(
        uuid=actor.uuid,
        type=actor.type,
        name=actor.name,
        description=actor.description,
        dates=actor.dates,
        aliases=actor.alias_names,
        identifiers=[(i.scheme, i.value) for i in actor.identifiers],
        tags=sorted(t.uuid for t in actor.tags),
        created_at=iso(actor.created_at) or "",
        modified_at=iso(actor.modified_at) or "",
        revision=actor.revision or "",
    )


def _in_chunks(session: Session, values: list, build) -> list:
    """Run ``build(chunk)`` for each slice of ``values`` and gather the scalars."""
    results: list = []
    for first in range(0, len(values), _CHUNK):
        results.extend(session.scalars(build(values[first : first + _CHUNK])))
    return results
