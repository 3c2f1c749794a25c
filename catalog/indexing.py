"""Turn database records into index entries, and work out which entries a change touches.

Keys are ``document:<uuid>``, ``quote:<uuid>`` and ``actor:<uuid>``. Trashed records are not
in the index. Pure functions of an open session.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.changes import Changes
from catalog.models import Actor, Document, DocumentActor, Quote, Tag, document_tags, quote_tags


def key_of(kind: str, uuid: str) -> str:
    return f"{kind}:{uuid}"


def _tag_terms(tags: list[Tag]) -> tuple[str, str]:
    """Search terms (every ancestor path, so ``tag:Afghanistan`` finds its children) and facets."""
    terms: set[str] = set()
    for tag in tags:
        parts = tag.path.split("/")
        for i in range(1, len(parts) + 1):
            terms.add("/".join(parts[:i]).replace(",", " "))
        terms.add(tag.name.replace(",", " "))
    return ",".join(sorted(terms)), ",".join(sorted(t.path.replace(",", " ") for t in tags))


def _names(actor: Actor) -> str:
    return " ; ".join([actor.name, *actor.alias_names])


def _facet_names(actors: list[Actor]) -> str:
    return ",".join(sorted({a.name.replace(",", " ") for a in actors}))


def document_entry(doc: Document) -> dict:
    live = [link for link in doc.actor_links if link.actor.deleted_at is None]
    authors = [link.actor for link in live if link.role == "author"]
    actors = [link.actor for link in live]
    tag_terms, tag_facets = _tag_terms(doc.tags)
    entry = {
        "key": key_of("document", doc.uuid),
        "type": "document",
        "uuid": doc.uuid,
        "doc_uuid": doc.uuid,
        "title": "\n".join(filter(None, [doc.title, doc.subtitle])),
        "body": "\n\n".join(filter(None, [doc.body, doc.image_caption, doc.end_matter, doc.notes])),
        "author": " ; ".join(_names(a) for a in authors),
        "actor": " ; ".join(_names(a) for a in actors),
        "publication": doc.publication,
        "tag": tag_terms,
        "f_tag": tag_facets,
        "f_actor": _facet_names(actors),
        "f_publication": doc.publication,
        "kind": doc.page_kind,  # article, page or reference: ``-kind:page`` leaves out what is not an article
        "language": doc.language,  # its text fields are stemmed in it
    }
    _add_date(entry, doc)
    return entry


def quote_entry(quote: Quote) -> dict:
    doc = quote.document
    tag_terms, tag_facets = _tag_terms(quote.tags)
    speaker = quote.speaker if quote.speaker is not None and quote.speaker.deleted_at is None else None
    authors = [link.actor for link in doc.actor_links if link.role == "author" and link.actor.deleted_at is None]
    entry = {
        "key": key_of("quote", quote.uuid),
        "type": "quote",
        "uuid": quote.uuid,
        "doc_uuid": doc.uuid,
        "title": doc.title,
        "body": "\n".join(filter(None, [quote.exact, quote.note])),
        "speaker": _names(speaker) if speaker else "",
        "author": " ; ".join(_names(a) for a in authors),
        "actor": _names(speaker) if speaker else "",
        "publication": doc.publication,
        "kind": quote.kind,
        "tag": tag_terms,
        "f_tag": tag_facets,
        "f_actor": _facet_names([speaker] if speaker else []),
        "f_publication": doc.publication,
        "language": doc.language,  # a quote is stemmed in its document's language
    }
    _add_date(entry, doc)
    return entry


def actor_entry(actor: Actor) -> dict:
    tag_terms, tag_facets = _tag_terms(actor.tags)
    return {
        "key": key_of("actor", actor.uuid),
        "type": "actor",
        "uuid": actor.uuid,
        "doc_uuid": "",
        "title": _names(actor),
        "body": "\n".join(
            filter(None, [actor.description, actor.dates, " ".join(i.value for i in actor.identifiers)])
        ),
        "actor": _names(actor),
        "kind": actor.type,
        "tag": tag_terms,
        "f_tag": tag_facets,
        "f_actor": _facet_names([actor]),
    }


def _add_date(entry: dict, doc: Document) -> None:
    if doc.published_at is not None:
        entry["date"] = doc.published_at
        entry["year"] = doc.published_at.year
        entry["f_year"] = str(doc.published_at.year)


def affected(session: Session, changes: Changes) -> tuple[list[dict], list[str]]:
    """Index entries to write and keys to delete for ``changes``.

    Entries of records created in this change carry ``_new=True``: they cannot be in the
    index yet, so the writer adds them without looking for an old entry first.

    An edited actor or tag changes the entries of every record linked to it, so those are
    rewritten too.
    """
    doc_uuids = set(changes.created["document"] | changes.edited["document"])
    quote_uuids = set(changes.created["quote"] | changes.edited["quote"])
    actor_uuids = set(changes.created["actor"] | changes.edited["actor"])
    deletes = [key_of(kind, u) for kind in ("document", "quote", "actor") for u in changes.deleted[kind]]

    # an actor's name or aliases appear in the entries of what links to it; a new link does not
    touched_actors = changes.edited["actor"] | changes.deleted["actor"]
    if touched_actors:
        ids = select(Actor.id).where(Actor.uuid.in_(touched_actors))
        doc_uuids |= set(
            session.scalars(
                select(Document.uuid).join(DocumentActor).where(DocumentActor.actor_id.in_(ids))
            )
        )
        quote_uuids |= set(session.scalars(select(Quote.uuid).where(Quote.speaker_id.in_(ids))))
    touched_tags = changes.touched("tag")
    if touched_tags:
        tag_ids = select(Tag.id).where(Tag.uuid.in_(touched_tags))
        doc_uuids |= set(
            session.scalars(
                select(Document.uuid).join(document_tags).where(document_tags.c.tag_id.in_(tag_ids))
            )
        )
        quote_uuids |= set(
            session.scalars(select(Quote.uuid).join(quote_tags).where(quote_tags.c.tag_id.in_(tag_ids)))
        )
    touched_docs = changes.edited["document"] | changes.deleted["document"]
    if touched_docs:
        quote_uuids |= set(
            session.scalars(select(Quote.uuid).join(Document).where(Document.uuid.in_(touched_docs)))
        )

    upserts: list[dict] = []
    for entry_kind, model, uuids in (("document", Document, doc_uuids), ("quote", Quote, quote_uuids), ("actor", Actor, actor_uuids)):
        for record in _load(session, model, uuids):
            live = record.deleted_at is None and (
                entry_kind != "quote" or record.document.deleted_at is None
            )
            if live:
                entry = _entry(entry_kind, record)
                entry["_new"] = record.uuid in changes.created[entry_kind]
                upserts.append(entry)
            else:
                deletes.append(key_of(entry_kind, record.uuid))
    return upserts, deletes


def _entry_loads(model) -> list:
    """Loader options that fetch everything an entry reads in a few queries, not one a row."""
    links = selectinload(Document.actor_links).selectinload(DocumentActor.actor)
    if model is Document:
        return [links.selectinload(Actor.aliases), selectinload(Document.tags)]
    if model is Quote:
        return [
            selectinload(Quote.document).selectinload(Document.actor_links).selectinload(DocumentActor.actor).selectinload(Actor.aliases),
            selectinload(Quote.tags),
            selectinload(Quote.speaker).selectinload(Actor.aliases),
        ]
    return [selectinload(Actor.aliases), selectinload(Actor.identifiers), selectinload(Actor.tags)]


LOAD_BATCH = 500  # records loaded a query at a time, with what their entries read


def _load(session: Session, model, uuids: set[str]) -> list:
    out: list = []
    ordered = sorted(uuids)
    if model is Quote and len(ordered) > LOAD_BATCH:
        # a document's quotes side by side, so that each batch loads each document (with its
        # links, actors and aliases) once, not once for every batch one of its quotes is in:
        # a 10,000-document bundle's index entries 26.5 -> 22.7 s
        pairs: list = []
        for i in range(0, len(ordered), LOAD_BATCH):
            chunk = ordered[i : i + LOAD_BATCH]
            pairs.extend(session.execute(select(Quote.document_id, Quote.uuid).where(Quote.uuid.in_(chunk))).all())
        ordered = [uuid for _document, uuid in sorted(pairs)]
    for i in range(0, len(ordered), LOAD_BATCH):
        query = select(model).where(model.uuid.in_(ordered[i : i + LOAD_BATCH])).options(*_entry_loads(model))
        out.extend(session.scalars(query))
    return out


def _entry(kind: str, record) -> dict:
    if kind == "document":
        return document_entry(record)
    if kind == "quote":
        return quote_entry(record)
    return actor_entry(record)


def all_entries(session: Session, batch: int = 500) -> Iterator[dict]:
    """Every live record's entry, for a rebuild; documents first."""
    doc_query = (
        select(Document)
        .where(Document.deleted_at.is_(None))
        .options(*_entry_loads(Document))
        .order_by(Document.id)
        .execution_options(yield_per=batch)
    )
    for doc in session.scalars(doc_query):
        yield document_entry(doc)
    quote_query = (
        select(Quote)
        .join(Document)
        .where(Quote.deleted_at.is_(None), Document.deleted_at.is_(None))
        .options(*_entry_loads(Quote))
        .order_by(Quote.id)
        .execution_options(yield_per=batch)
    )
    for quote in session.scalars(quote_query):
        yield quote_entry(quote)
    actor_query = (
        select(Actor)
        .where(Actor.deleted_at.is_(None))
        .options(*_entry_loads(Actor))
        .order_by(Actor.id)
        .execution_options(yield_per=batch)
    )
    for actor in session.scalars(actor_query):
        yield actor_entry(actor)


def live_counts(session: Session) -> int:
    """How many entries a complete index holds."""
    from sqlalchemy import func

    docs = session.scalar(select(func.count(Document.id)).where(Document.deleted_at.is_(None))) or 0
    # the live quotes, less those of documents in the trash: each count runs on an index (a
    # join of every quote to its document took 1.3 s at 500,000 quotes, on every opening)
    quotes = (session.scalar(select(func.count(Quote.id)).where(Quote.deleted_at.is_(None))) or 0) - (
        session.scalar(
            select(func.count(Quote.id)).where(
                Quote.deleted_at.is_(None),
                Quote.document_id.in_(select(Document.id).where(Document.deleted_at.is_not(None))),
            )
        )
        or 0
    )
    actors = session.scalar(select(func.count(Actor.id)).where(Actor.deleted_at.is_(None))) or 0
    return docs + quotes + actors
