"""The tag tree: create, apply, rename, merge, delete. Mixed into :class:`catalog.Catalog`."""

from __future__ import annotations

from sqlalchemy import func, select

from catalog.changes import Changes
from catalog.errors import InvalidInput, NotFound
from catalog.lookup import any_by_ref, child_tag, split_tag_path, tag_by_path
from catalog.models import MAX_TAG_DEPTH, Tag, actor_tags, document_tags, quote_tags
from catalog.views import TagView, tag_view

_COLOUR_CHARS = set("0123456789abcdefABCDEF")


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
        raise InvalidInput(
            f"“{shown}” would put a tag {levels:,} levels deep; tags can be at most {MAX_TAG_DEPTH} levels deep: use a shorter path"
        )


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
        raise InvalidInput(f"“{colour}” is not a colour like #c0392b")
    return colour.lower()


class TagOps:
    def add_tag(self, path: str, colour: str = "") -> Changes:
        with self.writing(f"Add tag {path}") as (session, changes):
            ensure_tag(session, changes, path, colour)
            if colour:
                changes.edit("tag", tag_by_path(session, path).uuid)
        return changes

    def tags(self) -> list[TagView]:
        """Every tag, ordered by path, with counts of live records tagged."""
        with self.reading() as session:
            from catalog.models import Actor, Document, Quote

            counts: dict[int, list[int]] = {}
            for i, (table, model, column) in enumerate(
                ((document_tags, Document, "document_id"), (quote_tags, Quote, "quote_id"), (actor_tags, Actor, "actor_id"))
            ):
                live = select(table.c.tag_id, func.count()).join(model, model.id == table.c[column]).where(model.deleted_at.is_(None))
                for tag_id, count in session.execute(live.group_by(table.c.tag_id)):
                    counts.setdefault(tag_id, [0, 0, 0])[i] = count
            views = [tag_view(t, tuple(counts.get(t.id, [0, 0, 0]))) for t in session.scalars(select(Tag))]
        return sorted(views, key=lambda v: v.path.lower())

    def tag_records(self, refs: list[str], path: str) -> Changes:
        """Apply tag ``path`` (created if new) to documents, quotes or actors by id."""
        with self.writing(f"Tag {len(refs)} record{'s' if len(refs) != 1 else ''} {path}") as (session, changes):
            tag = ensure_tag(session, changes, path)
            for ref in refs:
                kind, record = any_by_ref(session, ref)
                if tag not in record.tags:
                    record.tags.append(tag)
                    changes.edit(kind, record.uuid)
        return changes

    def untag_records(self, refs: list[str], path: str) -> Changes:
        with self.writing(f"Untag {len(refs)} record{'s' if len(refs) != 1 else ''} {path}") as (session, changes):
            tag = tag_by_path(session, path)
            for ref in refs:
                kind, record = any_by_ref(session, ref)
                if tag in record.tags:
                    record.tags.remove(tag)
                    changes.edit(kind, record.uuid)
        return changes

    def rename_tag(self, path: str, new_path: str) -> Changes:
        """Rename or move a tag (its sub-tags and every link come along).

        Raises InvalidInput if ``new_path`` exists (merge instead) or lies inside the tag itself.
        """
        with self.writing(f"Rename tag {path}") as (session, changes):
            tag = tag_by_path(session, path)
            parts = split_tag_path(new_path)
            try:
                tag_by_path(session, new_path)
            except NotFound:
                pass
            else:
                raise InvalidInput(f"a tag “{new_path}” exists already: merge the tags instead")
            check_tag_depth(len(parts) + levels_below(session, tag), new_path + "/…")
            parent = ensure_tag(session, changes, "/".join(parts[:-1])) if len(parts) > 1 else None
            node = parent
            while node is not None:
                if node.id == tag.id:
                    raise InvalidInput(f"cannot move “{path}” inside itself")
                node = node.parent
            tag.name, tag.parent = parts[-1], parent
            for tag_id in subtree_ids(session, tag):
                changes.edit("tag", session.get(Tag, tag_id).uuid)
        return changes

    def merge_tags(self, source: str, target: str) -> Changes:
        """Move every link (and sub-tag) of ``source`` to ``target``, then remove ``source``."""
        with self.writing(f"Merge tag {source} into {target}") as (session, changes):
            src, dst = tag_by_path(session, source), tag_by_path(session, target)
            if src.id == dst.id:
                raise InvalidInput("a tag cannot be merged into itself")
            if dst.id in subtree_ids(session, src):
                raise InvalidInput(f"cannot merge “{source}” into its own sub-tag")
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
                changes.edit("tag", session.get(Tag, tag_id).uuid)
            session.expire(dst)
            session.delete(src)
            changes.delete("tag", src.uuid)
        return changes

    def delete_tag(self, path: str) -> Changes:
        """Remove a tag and its sub-tags; the records themselves stay."""
        with self.writing(f"Delete tag {path}") as (session, changes):
            tag = tag_by_path(session, path)
            for tag_id in subtree_ids(session, tag):
                changes.edit("tag", session.get(Tag, tag_id).uuid)
            session.flush()
            # index entries of the tagged records are rebuilt after the tag is gone
            uuids = set(changes.edited["tag"])
            changes.edited["tag"].clear()
            _collect_tagged(session, changes, tag)
            session.delete(tag)
            for uuid in uuids:
                changes.delete("tag", uuid)
        return changes


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
        source.parent.children.remove(source)
