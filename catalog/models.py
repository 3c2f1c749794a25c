"""The catalogue's records as SQLAlchemy 2 typed ORM models.

Portable on purpose: nothing here is SQLite-specific, so the same models can live on
PostgreSQL. Every record has a UUID (``uuid``) that survives export, import and merge;
``id`` is a local surrogate key. Soft deletion (``deleted_at``) is the trash.
"""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, datetime

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from catalog.vocabulary import ACTOR_TYPES, LINK_ROLES, QUOTE_KINDS

__all__ = ["ACTOR_TYPES", "LINK_ROLES", "QUOTE_KINDS"]  # re-exported: callers import them from here
# longest actor name or alias, as an exchange bundle accepts it (catalog.exchange.records)
ACTOR_NAME_MAX = 500


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def new_revision_id() -> str:
    """A revision's or operation's id: random, so it is unique across catalogues."""
    return uuid_module.uuid4().hex


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


document_tags = Table(
    "document_tags",
    Base.metadata,
    Column("document_id", ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)
quote_tags = Table(
    "quote_tags",
    Base.metadata,
    Column("quote_id", ForeignKey("quotes.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)
actor_tags = Table(
    "actor_tags",
    Base.metadata,
    Column("actor_id", ForeignKey("actors.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Record:
    """Columns every first-class record shares."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)
    revision: Mapped[str | None] = mapped_column(String(32), default=None)  # the current revision's id


class Document(Record, Base):
    __tablename__ = "documents"
    # the live documents newest first, and per month, read from the index alone (revision 0002)
    __table_args__ = (Index("ix_documents_live_date", "deleted_at", "published_at", "id", "uuid"),)

    title: Mapped[str] = mapped_column(Text, default="")
    subtitle: Mapped[str] = mapped_column(Text, default="")
    publication: Mapped[str] = mapped_column(String(300), default="", index=True)
    section: Mapped[str] = mapped_column(String(200), default="")
    published_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)
    published_text: Mapped[str] = mapped_column(String(200), default="")
    url: Mapped[str] = mapped_column(Text, default="", index=True)
    short_url: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(35), default="")
    image_caption: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    end_matter: Mapped[str] = mapped_column(Text, default="")
    text_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    original_name: Mapped[str] = mapped_column(Text, default="")
    original_format: Mapped[str] = mapped_column(String(40), default="")
    original_sha256: Mapped[str] = mapped_column(String(64), default="", index=True)
    original_size: Mapped[int] = mapped_column(Integer, default=0)
    accessioned_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    notes: Mapped[str] = mapped_column(Text, default="")
    rights: Mapped[str] = mapped_column(Text, default="")
    # revision 0005: a DOI, what kind of page it is, and where and when it was captured
    doi: Mapped[str] = mapped_column(String(200), default="", index=True)
    page_kind: Mapped[str] = mapped_column(String(20), default="article")
    captured_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    provenance: Mapped[str] = mapped_column(Text, default="")

    quotes: Mapped[list[Quote]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Quote.start"
    )
    actor_links: Mapped[list[DocumentActor]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentActor.position"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=document_tags)
    proposals: Mapped[list[Proposal]] = relationship(
        back_populates="document", cascade="all, delete-orphan"
    )

    @property
    def authors(self) -> list[Actor]:
        return [link.actor for link in self.actor_links if link.role == "author"]


class Quote(Record, Base):
    __tablename__ = "quotes"
    # live quotes counted per document and per speaker from the index alone (revision 0002)
    __table_args__ = (
        Index("ix_quotes_live_document", "deleted_at", "document_id"),
        Index("ix_quotes_live_speaker", "deleted_at", "speaker_id", "document_id"),
    )

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    exact: Mapped[str] = mapped_column(Text)
    prefix: Mapped[str] = mapped_column(Text, default="")
    suffix: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(20), default="quotation")
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("actors.id", ondelete="SET NULL"), index=True, default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")

    document: Mapped[Document] = relationship(back_populates="quotes")
    speaker: Mapped[Actor | None] = relationship()
    tags: Mapped[list[Tag]] = relationship(secondary=quote_tags)


class Actor(Record, Base):
    __tablename__ = "actors"

    type: Mapped[str] = mapped_column(String(20), default="person", index=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    dates: Mapped[str] = mapped_column(String(200), default="")

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorAlias.alias"
    )
    identifiers: Mapped[list[ActorIdentifier]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorIdentifier.scheme"
    )
    document_links: Mapped[list[DocumentActor]] = relationship(
        back_populates="actor", cascade="all, delete-orphan"
    )
    relations: Mapped[list[ActorRelation]] = relationship(
        foreign_keys="ActorRelation.subject_id", cascade="all, delete-orphan", back_populates="subject"
    )
    tags: Mapped[list[Tag]] = relationship(secondary=actor_tags)

    @property
    def alias_names(self) -> list[str]:
        return [a.alias for a in self.aliases]


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(500), index=True)
    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ActorIdentifier(Base):
    """An external identifier: scheme is e.g. ``wikidata``, ``viaf``, ``twitter``, ``url``."""

    __tablename__ = "actor_identifiers"
    __table_args__ = (UniqueConstraint("actor_id", "scheme", "value"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    scheme: Mapped[str] = mapped_column(String(40))
    value: Mapped[str] = mapped_column(String(500), index=True)
    actor: Mapped[Actor] = relationship(back_populates="identifiers")


class DocumentActor(Base):
    """A document names an actor in a role (author, quoted, mentioned, subject)."""

    __tablename__ = "document_actors"
    __table_args__ = (UniqueConstraint("document_id", "actor_id", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20), default="mentioned")
    position: Mapped[int] = mapped_column(Integer, default=0)

    document: Mapped[Document] = relationship(back_populates="actor_links")
    actor: Mapped[Actor] = relationship(back_populates="document_links")


class ActorRelation(Base):
    """subject --relation--> object, e.g. Luke Coffey --senior fellow of--> Hudson Institute."""

    __tablename__ = "actor_relations"
    __table_args__ = (UniqueConstraint("subject_id", "object_id", "relation"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    object_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(200))

    subject: Mapped[Actor] = relationship(foreign_keys=[subject_id], back_populates="relations")
    object: Mapped[Actor] = relationship(foreign_keys=[object_id])


# how deep a tag may lie (1 = a top-level tag): REFI-QDA nests codes as XML elements, which our
# own reader (lxml) follows to 256 levels only; people never need more than a dozen
MAX_TAG_DEPTH = 32


class Tag(Base):
    """A node of the tag tree; its path is ``Parent/Child``."""

    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("parent_id", "name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("tags.id", ondelete="CASCADE"), index=True, default=None
    )
    colour: Mapped[str] = mapped_column(String(9), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[str | None] = mapped_column(String(32), default=None)

    parent: Mapped[Tag | None] = relationship(remote_side="Tag.id", back_populates="children")
    children: Mapped[list[Tag]] = relationship(back_populates="parent", cascade="all, delete-orphan")

    @property
    def path(self) -> str:
        parts = []
        node: Tag | None = self
        while node is not None:
            parts.append(node.name)
            node = node.parent
        return "/".join(reversed(parts))


class Proposal(Base):
    """Something Pressmark found in a document and the user has not yet confirmed.

    ``kind`` is ``quote`` or ``actor``; ``payload`` is JSON; ``status`` is ``pending``,
    ``accepted`` or ``rejected``.
    """

    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)

    document: Mapped[Document] = relationship(back_populates="proposals")


class SavedSearch(Base):
    __tablename__ = "saved_searches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    query: Mapped[str] = mapped_column(Text)
    revision: Mapped[str | None] = mapped_column(String(32), default=None)


class Operation(Base):
    """One unit of work as the history shows it: who did what, when (docs/design/revisions.md).

    ``kind`` is ``edit``, ``undo``, ``redo``, ``merge``, ``foreign`` (a colleague's, brought by a
    bundle), ``repair`` (``check --repair`` mending a revision chain) or ``initial``; ``undo_state`` is
    ``open`` (may be undone), ``undone`` (may be redone) or ``closed``; ``undoes`` names the
    operation an undo or redo reverses.
    """

    __tablename__ = "operations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_revision_id)
    label: Mapped[str] = mapped_column(String(300), default="")
    author_name: Mapped[str] = mapped_column(String(200), default="")
    author_id: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    kind: Mapped[str] = mapped_column(String(20), default="edit")
    undoes: Mapped[str | None] = mapped_column(String(32), default=None)
    undo_state: Mapped[str] = mapped_column(String(10), default="open", index=True)
    # a colleague's operation (kind ``foreign``) names the bundle import that brought it here
    brought_by: Mapped[str | None] = mapped_column(String(32), default=None, index=True)


class Revision(Base):
    """One record's change in one operation: ``fields`` is JSON ``{field: [old, new]}`` (a long
    text as a reversible patch), empty for a creation, the whole old state for a deletion.

    A ``foreign`` revision is one a bundle brought from another catalogue: its operation names
    the colleague who made it, and its ``fields`` hold only the values of theirs that differ
    from the state our merge left (so their state at it can be rebuilt as a merge base)."""

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_record", "record_uuid", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rev_id: Mapped[str] = mapped_column(String(32), unique=True, default=new_revision_id)
    operation_id: Mapped[int] = mapped_column(ForeignKey("operations.id", ondelete="CASCADE"), index=True)
    record_type: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[str] = mapped_column(String(36))
    parent_rev: Mapped[str | None] = mapped_column(String(32), default=None)
    other_parent: Mapped[str | None] = mapped_column(String(32), default=None)  # a merge's other side
    action: Mapped[str] = mapped_column(String(10))  # create | update | delete | foreign
    fields: Mapped[str | None] = mapped_column(Text, default=None)


class CatalogState(Base):
    """One row: a counter bumped by every committed change, which the index records as synced."""

    __tablename__ = "catalog_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)
