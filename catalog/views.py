"""Plain, detached snapshots of records, safe to hand to any thread, the GUI or ``--json``.

Built inside a session by the ``*_view`` functions; never hold ORM objects outside one.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy.orm import selectinload

from catalog.models import Actor, ActorRelation, Document, DocumentActor, Quote, Tag


@dataclass
class ActorRef:
    uuid: str
    name: str
    type: str
    role: str = ""


@dataclass
class QuoteView:
    uuid: str
    document_uuid: str
    document_title: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    kind: str
    speaker: ActorRef | None
    note: str
    tags: list[str]
    deleted: bool = False


@dataclass
class DocumentView:
    uuid: str
    title: str
    subtitle: str
    publication: str
    section: str
    published_at: datetime | None
    published_text: str
    url: str
    short_url: str
    language: str
    image_caption: str
    body: str
    end_matter: str
    original_name: str
    original_format: str
    original_sha256: str
    accessioned_at: datetime | None
    notes: str
    rights: str
    authors: list[ActorRef]
    actors: list[ActorRef]
    tags: list[str]
    quotes: list[QuoteView] = field(default_factory=list)
    deleted: bool = False
    doi: str = ""
    page_kind: str = "article"
    captured_at: datetime | None = None
    provenance: str = ""  # JSON text: where and how the page was captured (a WARC record, say)


@dataclass
class ActorView:
    uuid: str
    type: str
    name: str
    description: str
    dates: str
    aliases: list[str]
    identifiers: dict[str, list[str]]
    relations: list[tuple[str, ActorRef]]
    documents: list[tuple[str, str, str]]  # (document uuid, title, role)
    quote_count: int
    tags: list[str]
    deleted: bool = False


@dataclass
class TagView:
    uuid: str
    path: str
    colour: str
    documents: int
    quotes: int
    actors: int


def to_json(value) -> object:
    """A view (or list of views) as JSON-ready data, dates in ISO 8601."""
    if isinstance(value, list):
        return [to_json(v) for v in value]
    data = asdict(value) if hasattr(value, "__dataclass_fields__") else value
    return _jsonable(data)


def _jsonable(value):
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def actor_ref(actor: Actor, role: str = "") -> ActorRef:
    return ActorRef(uuid=actor.uuid, name=actor.name, type=actor.type, role=role)


def quote_view(quote: Quote) -> QuoteView:
    return QuoteView(
        uuid=quote.uuid,
        document_uuid=quote.document.uuid,
        document_title=quote.document.title,
        start=quote.start,
        end=quote.end,
        exact=quote.exact,
        prefix=quote.prefix,
        suffix=quote.suffix,
        kind=quote.kind,
        speaker=actor_ref(quote.speaker) if quote.speaker is not None else None,
        note=quote.note,
        tags=sorted(t.path for t in quote.tags),
        deleted=quote.deleted_at is not None,
    )


def document_view(doc: Document, with_quotes: bool = True) -> DocumentView:
    links = [link for link in doc.actor_links if link.actor.deleted_at is None]
    return DocumentView(
        uuid=doc.uuid,
        title=doc.title,
        subtitle=doc.subtitle,
        publication=doc.publication,
        section=doc.section,
        published_at=doc.published_at,
        published_text=doc.published_text,
        url=doc.url,
        short_url=doc.short_url,
        language=doc.language,
        image_caption=doc.image_caption,
        body=doc.body,
        end_matter=doc.end_matter,
        original_name=doc.original_name,
        original_format=doc.original_format,
        original_sha256=doc.original_sha256,
        accessioned_at=doc.accessioned_at,
        notes=doc.notes,
        rights=doc.rights,
        authors=[actor_ref(link.actor, "author") for link in links if link.role == "author"],
        actors=[actor_ref(link.actor, link.role) for link in links if link.role != "author"],
        tags=sorted(t.path for t in doc.tags),
        quotes=[quote_view(q) for q in doc.quotes if q.deleted_at is None] if with_quotes else [],
        deleted=doc.deleted_at is not None,
        doi=doc.doi,
        page_kind=doc.page_kind,
        captured_at=doc.captured_at,
        provenance=doc.provenance,
    )


def actor_view_loads() -> tuple:
    """Loader options that fetch, with a query of actors, everything actor_view reads."""
    return (
        selectinload(Actor.aliases),
        selectinload(Actor.identifiers),
        selectinload(Actor.relations).selectinload(ActorRelation.object),
        selectinload(Actor.document_links).selectinload(DocumentActor.document),
        selectinload(Actor.tags),
    )


def actor_view(actor: Actor, quote_count: int) -> ActorView:
    identifiers: dict[str, list[str]] = {}
    for ident in actor.identifiers:
        identifiers.setdefault(ident.scheme, []).append(ident.value)
    return ActorView(
        uuid=actor.uuid,
        type=actor.type,
        name=actor.name,
        description=actor.description,
        dates=actor.dates,
        aliases=actor.alias_names,
        identifiers=identifiers,
        relations=[(rel.relation, actor_ref(rel.object)) for rel in actor.relations],
        documents=[
            (link.document.uuid, link.document.title, link.role)
            for link in actor.document_links
            if link.document.deleted_at is None
        ],
        quote_count=quote_count,
        tags=sorted(t.path for t in actor.tags),
        deleted=actor.deleted_at is not None,
    )


def tag_view(tag: Tag, counts: tuple[int, int, int]) -> TagView:
    return TagView(uuid=tag.uuid, path=tag.path, colour=tag.colour, documents=counts[0], quotes=counts[1], actors=counts[2])
