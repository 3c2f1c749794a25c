"""Reads the desktop window needs. Mixed into :class:`catalog.Catalog`.

* :meth:`documents_of` turns a mixed selection (documents, quotes, actors) into the documents
  an export of that selection should carry;
* :meth:`tag_counts` counts live records per tag, directly and with its sub-tags, and
  :meth:`tag_tree` gives the tags with those counts in one read;
* :meth:`tag_paths` and :meth:`actor_names` feed the editors' completers (names only, no counts).

Reads may run on any thread. Undo is the catalogue's own (``catalog.history``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, union
from sqlalchemy.orm import aliased

from catalog.errors import NotFound
from catalog.models import (
    Actor,
    Document,
    DocumentActor,
    Quote,
    Tag,
    actor_tags,
    document_tags,
    quote_tags,
)
from catalog.views import TagView

_CHUNK = 500
_MODELS = {"document": Document, "quote": Quote, "actor": Actor}
_TAG_TABLES = (("document", document_tags, "document_id"), ("quote", quote_tags, "quote_id"), ("actor", actor_tags, "actor_id"))


@dataclass
class TagCount:
    """Live records carrying one tag: ``documents``, ``quotes``, ``actors`` tagged with it
    directly, and ``total`` distinct records tagged with it or any of its sub-tags."""

    documents: int = 0
    quotes: int = 0
    actors: int = 0
    total: int = 0

    @property
    def own(self) -> int:
        return self.documents + self.quotes + self.actors


class GuiSupportOps:
    # ----- reads -------------------------------------------------------------------------
    def documents_of(self, uuids: Sequence[str]) -> list[str]:
        """Live documents a selection stands for, in selection order, without repeats.

        A document stands for itself, a quote for its document, an actor for the documents
        that name it or quote it. ``uuids`` are full UUIDs of live records; raises NotFound
        for one that is not.
        """
        wanted = list(dict.fromkeys(uuids))
        found: dict[str, list[str]] = {}
        with self.reading() as session:
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
                    found[actor_uuid] = self._documents_of_actor(session, actor_id)
        missing = [u for u in wanted if u not in found]
        if missing:
            raise NotFound(f"no live record with id “{missing[0]}”")
        return list(dict.fromkeys(doc for uuid in wanted for doc in found[uuid]))

    @staticmethod
    def _documents_of_actor(session, actor_id: int) -> list[str]:
        named = select(DocumentActor.document_id).where(DocumentActor.actor_id == actor_id)
        quoted = select(Quote.document_id).where(Quote.speaker_id == actor_id, Quote.deleted_at.is_(None))
        query = (
            select(Document.uuid)
            .where(Document.deleted_at.is_(None), Document.id.in_(named.union(quoted)))
            .order_by(Document.published_at, Document.id)
        )
        return list(session.scalars(query))

    def tag_counts(self) -> dict[str, TagCount]:
        """Every tag's path with its :class:`TagCount` (trashed records not counted)."""
        return {view.path: count for view, count in self.tag_tree()}

    def tag_tree(self) -> list[tuple[TagView, TagCount]]:
        """Every tag (its view carrying the direct counts) with its :class:`TagCount`, by path.

        Counted by aggregate queries over the link tables, which hold no text: trashed records
        (few) are left out by id rather than every link joined to its record, and a total is
        the sum of its subtree's direct counts less the records counted twice, which only a
        record with two tags under one root can be. Used by the tag panel's worker task.
        """
        with self.reading() as session:
            rows = session.execute(select(Tag.id, Tag.name, Tag.parent_id, Tag.uuid, Tag.colour)).all()
            tags = {tag_id: (name, parent) for tag_id, name, parent, _uuid, _colour in rows}
            parents = {tag_id: parent for tag_id, (_name, parent) in tags.items()}
            lineage = {tag_id: _lineage(tag_id, parents) for tag_id in tags}
            counts = {tag_id: TagCount() for tag_id in tags}
            totals: Counter[int] = Counter()
            roots = _tag_roots()
            for kind, table, column in _TAG_TABLES:
                record, trashed = table.c[column], _trashed_ids(kind)
                live = select(table.c.tag_id, func.count()).where(record.not_in(trashed)).group_by(table.c.tag_id)
                for tag_id, count in session.execute(live):
                    setattr(counts[tag_id], kind + "s", count)
                    for ancestor in lineage[tag_id]:
                        totals[ancestor] += count
                shared = (
                    select(func.group_concat(table.c.tag_id))
                    .join(roots, roots.c.tag_id == table.c.tag_id)
                    .where(record.not_in(trashed))
                    .group_by(record, roots.c.root)
                    .having(func.count() > 1)
                )
                for combo in session.scalars(shared):
                    reached = Counter(a for tag_id in combo.split(",") for a in lineage[int(tag_id)])
                    for ancestor, times in reached.items():
                        totals[ancestor] -= times - 1
        tree = []
        for tag_id, _name, _parent, uuid, colour in rows:
            count = counts[tag_id]
            count.total = totals[tag_id]
            tree.append((TagView(uuid, _path(tag_id, tags), colour, count.documents, count.quotes, count.actors), count))
        return sorted(tree, key=lambda pair: pair[0].path.lower())

    def tag_paths(self) -> list[str]:
        """Every tag's path, by path (case-insensitive): what a tag field completes from."""
        with self.reading() as session:
            tags = {tag_id: (name, parent) for tag_id, name, parent in session.execute(select(Tag.id, Tag.name, Tag.parent_id))}
        return sorted((_path(tag_id, tags) for tag_id in tags), key=str.lower)

    def actor_names(self) -> list[str]:
        """Names of the live actors, each once, by name (case-insensitive)."""
        with self.reading() as session:
            names = session.scalars(select(Actor.name).where(Actor.deleted_at.is_(None)).distinct())
            return sorted(names, key=str.lower)


def _lineage(tag_id: int, parents: dict[int, int | None]) -> tuple[int, ...]:
    """The tag and its ancestors (a parent cycle cannot hang us)."""
    chain, node = [], tag_id
    while node is not None and len(chain) < 1000:
        chain.append(node)
        node = parents.get(node)
    return tuple(chain)


def _tag_roots():
    """A recursive query of (tag_id, root): each tag with the top of its branch."""
    roots = select(Tag.id.label("tag_id"), Tag.id.label("root")).where(Tag.parent_id.is_(None)).cte("roots", recursive=True)
    child = aliased(Tag)
    return roots.union_all(select(child.id, roots.c.root).where(child.parent_id == roots.c.tag_id))


def _trashed_ids(kind: str):
    """A query of the ids of trashed records of ``kind`` (a quote also when its document is)."""
    model = _MODELS[kind]
    trashed = select(model.id).where(model.deleted_at.is_not(None))
    if kind == "quote":
        in_trashed_documents = select(Quote.id).where(Quote.document_id.in_(select(Document.id).where(Document.deleted_at.is_not(None))))
        return union(trashed, in_trashed_documents)
    return trashed


def _path(tag_id: int, tags: dict[int, tuple[str, int | None]]) -> str:
    parts, node, depth = [], tag_id, 0
    while node is not None and depth < 1000:
        name, parent = tags[node]
        parts.append(name)
        node, depth = parent, depth + 1
    return "/".join(reversed(parts))
