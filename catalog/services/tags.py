"""The tag tree: create, apply, rename, merge, delete, count (``catalog.tags``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import aliased

from catalog.changes import Changes
from catalog.errors import InvalidInput, NotFound
from catalog.lookup import any_by_ref, child_tag, split_tag_path, tag_by_path
from catalog.messages import Message
from catalog.models import (
    MAX_TAG_DEPTH,
    Actor,
    Document,
    Quote,
    Tag,
    actor_tags,
    document_tags,
    quote_tags,
)
from catalog.store import Store
from catalog.views import TagView, tag_view

_MODELS: dict[str, Any] = {"document": Document, "quote": Quote, "actor": Actor}
_TAG_TABLES = (("document", document_tags, "document_id"), ("quote", quote_tags, "quote_id"), ("actor", actor_tags, "actor_id"))
_COLOUR_CHARS = set("0123456789abcdefABCDEF")


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


def _three(counts: list[int]) -> tuple[int, int, int]:
    return counts[0], counts[1], counts[2]


def ensure_tag(session, changes: Changes, path: str, colour: str = "") -> Tag:
    """The tag at ``path``, creating it and any missing parents.

    Raises InvalidInput for a path that is not one or more than MAX_TAG_DEPTH levels deep.
    """
    parts = split_tag_path(path)
    check_tag_depth(len(parts), path)
    parent: Tag | None = None
    for part in parts:
        node = child_tag(session, parent, part)
        if node is None:
            node = Tag(name=part, parent=parent)
            session.add(node)
            session.flush()
            changes.create("tag", node.uuid)
        parent = node
    assert parent is not None
    if colour:
        parent.colour = _checked_colour(colour)
    return parent


def check_tag_depth(levels: int, path: str) -> None:
    """Raise InvalidInput when a tag would lie ``levels`` deep, more than MAX_TAG_DEPTH."""
    if levels > MAX_TAG_DEPTH:
        shown = path if len(path) <= 80 else path[:80] + "…"
        raise InvalidInput(Message("tag_too_deep", path=shown, levels=f"{levels:,}", most=MAX_TAG_DEPTH))


def levels_below(session, tag: Tag) -> int:
    """How many levels of sub-tags ``tag`` has (0 when it has none)."""
    levels, frontier = 0, [tag.id]
    while True:
        frontier = list(session.scalars(select(Tag.id).where(Tag.parent_id.in_(frontier))))
        if not frontier:
            return levels
        levels += 1


def subtree_ids(session, tag: Tag) -> list[int]:
    ids, frontier = [tag.id], [tag.id]
    while frontier:
        frontier = list(session.scalars(select(Tag.id).where(Tag.parent_id.in_(frontier))))
        ids.extend(frontier)
    return ids


def _checked_colour(colour: str) -> str:
    colour = colour.strip()
    if not (colour.startswith("#") and len(colour) in (4, 7) and set(colour[1:]) <= _COLOUR_CHARS):
        raise InvalidInput(Message("not_colour", colour=colour))
    return colour.lower()


class TagService:
    """``catalog.tags``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def add(self, path: str, colour: str = "") -> Changes:
        with self.store.writing(Message("op_add_tag", path=path)) as (session, changes):
            ensure_tag(session, changes, path, colour)
            if colour:
                changes.edit("tag", tag_by_path(session, path).uuid)
        return changes

    def find(self) -> list[TagView]:
        """Every tag, ordered by path, with counts of live records tagged."""
        with self.store.reading() as session:
            from catalog.models import Actor, Document, Quote

            counts: dict[int, list[int]] = {}
            linked: tuple[tuple[Any, Any, str], ...] = (
                (document_tags, Document, "document_id"), (quote_tags, Quote, "quote_id"), (actor_tags, Actor, "actor_id")
            )
            for i, (table, model, column) in enumerate(linked):
                live = select(table.c.tag_id, func.count()).join(model, model.id == table.c[column]).where(model.deleted_at.is_(None))
                for tag_id, count in session.execute(live.group_by(table.c.tag_id)):
                    counts.setdefault(tag_id, [0, 0, 0])[i] = count
            views = [tag_view(t, _three(counts.get(t.id, [0, 0, 0]))) for t in session.scalars(select(Tag))]
        return sorted(views, key=lambda v: v.path.lower())

    def apply(self, refs: list[str], path: str) -> Changes:
        """Apply tag ``path`` (created if new) to documents, quotes or actors by id."""
        with self.store.writing(Message("op_tag_one", path=path) if len(refs) == 1 else Message("op_tag", count=len(refs), path=path)) as (session, changes):
            tag = ensure_tag(session, changes, path)
            for ref in refs:
                kind, record = any_by_ref(session, ref)
                if tag not in record.tags:
                    record.tags.append(tag)
                    changes.edit(kind, record.uuid)
        return changes

    def remove(self, refs: list[str], path: str) -> Changes:
        with self.store.writing(Message("op_untag_one", path=path) if len(refs) == 1 else Message("op_untag", count=len(refs), path=path)) as (session, changes):
            tag = tag_by_path(session, path)
            for ref in refs:
                kind, record = any_by_ref(session, ref)
                if tag in record.tags:
                    record.tags.remove(tag)
                    changes.edit(kind, record.uuid)
        return changes

    def rename(self, path: str, new_path: str) -> Changes:
        """Rename or move a tag (its sub-tags and every link come along).

        Raises InvalidInput if ``new_path`` exists (merge instead) or lies inside the tag itself.
        """
        with self.store.writing(Message("op_rename_tag", path=path)) as (session, changes):
            tag = tag_by_path(session, path)
            parts = split_tag_path(new_path)
            try:
                tag_by_path(session, new_path)
            except NotFound:
                pass
            else:
                raise InvalidInput(Message("tag_exists", path=new_path))
            check_tag_depth(len(parts) + levels_below(session, tag), new_path + "/…")
            parent = ensure_tag(session, changes, "/".join(parts[:-1])) if len(parts) > 1 else None
            node = parent
            while node is not None:
                if node.id == tag.id:
                    raise InvalidInput(Message("tag_inside_itself", path=path))
                node = node.parent
            tag.name, tag.parent = parts[-1], parent
            for tag_id in subtree_ids(session, tag):
                changes.edit("tag", session.get_one(Tag, tag_id).uuid)
        return changes

    def merge(self, source: str, target: str) -> Changes:
        """Move every link (and sub-tag) of ``source`` to ``target``, then remove ``source``."""
        with self.store.writing(Message("op_merge_tags", source=source, target=target)) as (session, changes):
            src, dst = tag_by_path(session, source), tag_by_path(session, target)
            if src.id == dst.id:
                raise InvalidInput(Message("tag_merged_into_itself"))
            if dst.id in subtree_ids(session, src):
                raise InvalidInput(Message("tag_merged_into_sub_tag", path=source))
            # the sub-tags of source become sub-tags of target
            check_tag_depth(dst.path.count("/") + 1 + levels_below(session, src), dst.path + "/…")
            _collect_tagged(session, changes, src)  # their tags change: each gets a revision
            for table, column in ((document_tags, "document_id"), (quote_tags, "quote_id"), (actor_tags, "actor_id")):
                have = set(session.scalars(select(table.c[column]).where(table.c.tag_id == dst.id)))
                for record_id in list(session.scalars(select(table.c[column]).where(table.c.tag_id == src.id))):
                    if record_id not in have:
                        session.execute(table.insert().values({column: record_id, "tag_id": dst.id}))
                session.execute(table.delete().where(table.c.tag_id == src.id))
            for child in list(src.children):
                clash = next((c for c in dst.children if c.name == child.name), None)
                if clash is None:
                    child.parent = dst
                else:
                    session.flush()
                    _merge_child(session, child, clash)
            session.flush()
            for tag_id in subtree_ids(session, dst):
                changes.edit("tag", session.get_one(Tag, tag_id).uuid)
            session.expire(dst)
            session.delete(src)
            changes.delete("tag", src.uuid)
        return changes

    def delete(self, path: str) -> Changes:
        """Remove a tag and its sub-tags; the records themselves stay."""
        with self.store.writing(Message("op_delete_tag", path=path)) as (session, changes):
            tag = tag_by_path(session, path)
            for tag_id in subtree_ids(session, tag):
                changes.edit("tag", session.get_one(Tag, tag_id).uuid)
            session.flush()
            # index entries of the tagged records are rebuilt after the tag is gone
            uuids = set(changes.edited["tag"])
            changes.edited["tag"].clear()
            _collect_tagged(session, changes, tag)
            session.delete(tag)
            for uuid in uuids:
                changes.delete("tag", uuid)
        return changes

    def counts(self) -> dict[str, TagCount]:
        """Every tag's path with its :class:`TagCount` (trashed records not counted)."""
        return {view.path: count for view, count in self.tree()}

    def tree(self) -> list[tuple[TagView, TagCount]]:
        """Every tag (its view carrying the direct counts) with its :class:`TagCount`, by path.

        Counted by aggregate queries over the link tables, which hold no text: trashed records
        (few) are left out by id rather than every link joined to its record, and a total is
        the sum of its subtree's direct counts less the records counted twice, which only a
        record with two tags under one root can be. Used by the tag panel's worker task.
        """
        with self.store.reading() as session:
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

    def paths(self) -> list[str]:
        """Every tag's path, by path (case-insensitive): what a tag field completes from."""
        with self.store.reading() as session:
            tags = {tag_id: (name, parent) for tag_id, name, parent in session.execute(select(Tag.id, Tag.name, Tag.parent_id))}
        return sorted((_path(tag_id, tags) for tag_id in tags), key=str.lower)



def _collect_tagged(session, changes: Changes, tag: Tag) -> None:
    from catalog.models import Actor, Document, Quote

    ids = subtree_ids(session, tag)
    for model, table, column, kind in (
        (Document, document_tags, "document_id", "document"),
        (Quote, quote_tags, "quote_id", "quote"),
        (Actor, actor_tags, "actor_id", "actor"),
    ):
        sub = select(table.c[column]).where(table.c.tag_id.in_(ids))
        for uuid in session.scalars(select(model.uuid).where(model.id.in_(sub))):
            changes.edit(kind, uuid)


def _merge_child(session, child: Tag, into: Tag) -> None:
    """Merge ``child`` into its namesake ``into``, and their namesake sub-tags likewise, level by
    level (a loop, not recursion: no tree is deep enough to exhaust the stack)."""
    pairs = [(child, into)]
    merged: list[Tag] = []
    while pairs:
        source, target = pairs.pop()
        for table, column in ((document_tags, "document_id"), (quote_tags, "quote_id"), (actor_tags, "actor_id")):
            have = set(session.scalars(select(table.c[column]).where(table.c.tag_id == target.id)))
            for record_id in list(session.scalars(select(table.c[column]).where(table.c.tag_id == source.id))):
                if record_id not in have:
                    session.execute(table.insert().values({column: record_id, "tag_id": target.id}))
        for grandchild in list(source.children):
            clash = next((c for c in target.children if c.name == grandchild.name), None)
            if clash is None:
                grandchild.parent = target
            else:
                pairs.append((grandchild, clash))
        merged.append(source)
    session.flush()
    # deepest first; removing one from its parent's children deletes it (delete-orphan) exactly once
    for source in reversed(merged):
        assert source.parent is not None  # a merged sub-tag has its parent
        source.parent.children.remove(source)


def _lineage(tag_id: int, parents: dict[int, int | None]) -> tuple[int, ...]:
    """The tag and its ancestors (a parent cycle cannot hang us)."""
    chain: list[int] = []
    node: int | None = tag_id
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
    parts: list[str] = []
    node: int | None = tag_id
    depth = 0
    while node is not None and depth < 1000:
        name, parent = tags[node]
        parts.append(name)
        node, depth = parent, depth + 1
    return "/".join(reversed(parts))
