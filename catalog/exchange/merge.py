"""Merge a checked bundle into the catalogue, inside the caller's one unit of work.

Records are matched first by UUID (trashed records included), then by identity: a tag by
its path, an actor by an external identifier or by name (and alias), a document by its
text or URL, a quote by its position in the matched document. Then:

* no match: the record is added, keeping its UUID;
* a match with the same values: nothing changes (``unchanged``); links, tags, aliases and
  identifiers the bundle adds are united with ours (``updated``) — never removed;
* a match edited differently: a ``conflict``, resolved by the record's policy (its own
  decision when the caller made one, else the policy for the rest): ``mine`` keeps ours,
  ``theirs`` takes the bundle's values (restoring a trashed record), ``both`` keeps ours and
  adds theirs beside it. A document whose *text* differs is never overwritten: ``theirs``
  keeps both then; with ``mine`` the bundle's quotes are re-anchored in our text, or skipped
  when their words are not in it.

Before those rules, a tag, actor, document or quote matched by UUID whose history the
bundle shares is merged three-way (:meth:`Merger.three_way`, docs/design/revisions.md
section 4): only a field both sides changed differently is a conflict. The rules above
decide the rest: no shared version, a changed text, a moved tag or quote.

A copy kept beside ours takes the bundle's UUID when it is free here; when it is ours
already, a UUID derived (uuid5) from the bundle's UUID and the values that differ. Importing
the same bundle again finds that copy and changes nothing, however the copy was edited
since; a record the sender changed again is kept once more, once.

:func:`merge_content` only touches the session it is given and records what it did in the
report and in ``changes``; committing (or, for a dry run, rolling back) is the caller's.
Original files are written (by content hash) only when ``store_originals`` is given.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from catalog.changes import Changes
from catalog.errors import InvalidInput
from catalog.exchange import merge_records
from catalog.exchange.merge_records import when
from catalog.exchange.merge_report import (
    EARLIER_COPY,
    POLICIES,
    RESOLUTIONS,
    MergeEntry,
    MergeReport,
    two_way_values,
)
from catalog.exchange.records import ActorRecord, BundleContent, QuoteRecord, TagRecord
from catalog.exchange.refusal import refused
from catalog.exchange.shared_history import SharedHistory
from catalog.messages import Message
from catalog.models import (
    MAX_TAG_DEPTH,
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Document,
    Quote,
    Tag,
    new_revision_id,
    new_uuid,
    utcnow,
)
from catalog.revisions.state import (
    DOCUMENT_FIELDS,
    DOCUMENT_TIMES,
    QUOTE_FIELDS,
    State,
    read_states,
    write_state,
)
from catalog.revisions.three_way import LOCAL_FIELDS

StoreOriginal = Callable[[str, str], None]  # (payload path, sha256)

# what a bundle's document carries of a document's state (not its text's hash: it follows the text)
THREE_WAY_DOCUMENT_FIELDS = tuple(n for n in (*DOCUMENT_FIELDS, *DOCUMENT_TIMES) if n != "text_sha256")
# where a quote lies: a change to any of these on either side leaves the quote to the two-way rules
QUOTE_PLACE = ("document", "start", "end", "exact")
# the namespace of the UUIDs of copies kept beside ours (see the module doc); never change it
KEPT_COPIES = uuid_module.UUID("6f2b7f64-3c5e-4d0a-9b8e-2a1d4c7e9f30")


def merge_content(
    session: Session,
    changes: Changes,
    content: BundleContent,
    policy: str,
    *,
    decisions: Mapping[str, str] | None = None,
    bundle_name: str,
    dry_run: bool,
    store_originals: StoreOriginal | None = None,
    progress=None,
    cancel=None,
    op_id: str = "",
) -> MergeReport:
    """Merge ``content`` into the session's catalogue; returns the report. See the module doc.

    ``decisions`` maps a bundle record's UUID to the policy for that record's conflict; every
    other conflict follows ``policy``. A decision for a record that turns out not to conflict
    changes nothing. Raises ValueError for an unknown policy (in ``decisions`` too), Refused (see :func:`check_ids_are_free`) before
    anything changes, ``Cancelled`` when ``cancel`` is set (the caller's unit of work then
    rolls back).
    """
    if policy not in POLICIES:
        raise ValueError(f"“{policy}” is not a merge policy ({', '.join(POLICIES)})")
    decisions = dict(decisions or {})
    unknown = sorted({p for p in decisions.values() if p not in POLICIES})
    if unknown:
        raise ValueError(f"“{unknown[0]}” is not a merge policy ({', '.join(POLICIES)})")
    check_ids_are_free(session, content)
    report = MergeReport(bundle_name, policy, dry_run, changes=changes, decisions=decisions)
    merger = Merger(session, changes, policy, report, decisions)
    merger.bundle_uuids = {record.uuid for _kind, records in content.records_by_kind() for record in records}
    merger.shared = SharedHistory(session, content) if content.revisions else None
    steps = [
        ("progress_tags", lambda: merger.merge_tags(content.tags, content.tag_paths())),
        ("progress_actors", lambda: merger.merge_actors(content.actors)),
        ("progress_relations", lambda: merger.merge_relations(content.relations)),
        ("progress_documents", lambda: merge_records.merge_documents(merger, content, store_originals)),
        ("progress_links", lambda: merge_records.merge_links(merger, content.links)),
        ("progress_quotes", lambda: merge_records.merge_quotes(merger, content.quotes)),
    ]
    for done, (key, run) in enumerate(steps):
        if cancel is not None:
            cancel.check()
        if progress is not None:
            progress(done, len(steps), Message(key))
        run()
        session.flush()
    if merger.shared is not None and not dry_run:
        merger.keep_their_history(content, op_id)
    if progress is not None:
        progress(len(steps), len(steps), Message("progress_merged"))
    return merger.report


KINDS: dict[str, Any] = {"tag": Tag, "actor": Actor, "document": Document, "quote": Quote}


def check_ids_are_free(session: Session, content: BundleContent) -> None:
    """Raise Refused if a record of the bundle has the id of a record of another kind here
    (trashed ones included).

    An id names one record of one kind in any catalogue: adding the bundle's record under
    it would make two records share it, and matching it to ours by name would make the
    bundle's references to it ambiguous.
    """
    kind_of = {record.uuid: kind for kind, records in content.records_by_kind() for record in records}
    uuids = sorted(kind_of)
    for local_kind, model in KINDS.items():
        for first in range(0, len(uuids), 500):
            for uuid in session.scalars(select(model.uuid).where(model.uuid.in_(uuids[first : first + 500]))):
                if kind_of[uuid] != local_kind:
                    raise refused("id_of_another_kind", kind=kind_of[uuid], uuid=uuid, local_kind=local_kind)


class Merger:
    """The state of one merge: the policies, the report, and bundle UUID -> local record maps.

    Whatever resolves a conflict asks :meth:`policy_for` the record's policy; ``policy`` alone
    is the one for records without a decision of their own.
    """

    def __init__(
        self, session: Session, changes: Changes, policy: str, report: MergeReport, decisions: Mapping[str, str] | None = None
    ):
        self.session = session
        self.changes = changes
        self.policy = policy
        self.decisions = dict(decisions or {})
        self.report = report
        self.tags: dict[str, Tag] = {}
        self.actors: dict[str, Actor] = {}
        self.documents: dict = {}  # bundle uuid -> (Document, same text as the bundle's)
        self.quotes: dict[str, Quote] = {}  # bundle uuid -> the quote it was placed as (added, matched or merged)
        self.new_records: set[int] = set()  # id() of records this merge created
        self.bundle_uuids: set[str] = set()
        self.shared: SharedHistory | None = None
        self.merged_three_way: set[str] = set()  # bundle uuids the three-way merge placed

    # ----- three-way ---------------------------------------------------------------------
    def three_way(self, kind: str, record, local, label: str, theirs: State) -> MergeEntry | None:
        """Merge ``record`` into ``local`` (ours under the same id) against the last version
        both share; None when there is none to go by (the two-way rules decide then)."""
        if self.shared is None or local.uuid != record.uuid:
            return None
        outcome = self.shared.merge(kind, local.uuid, record.revision, theirs)
        if outcome is None:
            return None
        if outcome.already:
            mine = read_states(self.session, kind, [local.uuid]).get(local.uuid) or {}
            same = all(mine.get(k) == v for k, v in theirs.items() if k not in LOCAL_FIELDS)
            if not same and (local.revision == record.revision or "body" in theirs and mine.get("body") != theirs["body"]):
                return None  # it claims our version but differs from it (or in its text): decide two-way
            entry = MergeEntry(kind, record.uuid, label, "unchanged" if same else "kept", local.uuid, "id")
            if not same:
                entry.detail = Message("merge_theirs_older")
            self.merged_three_way.add(record.uuid)
            return self.report.add(entry)
        merged = outcome.merged
        assert merged is not None
        moved = set(merged.taken) | set(merged.conflicts)
        if "body" in moved or (kind == "tag" and moved & {"name", "parent"}):
            # a changed text moves every quote, and a moved tag its sub-tags: the two-way rules
            # keep both texts, and check a tag's new place for clashes and depth
            return None
        if kind == "quote" and any(outcome.base.get(n) != v for side in (outcome.mine, theirs) for n, v in _placed(side).items()):
            # a quote moved on either side is like a changed text: the two-way rules decide
            return None
        policy = self.policy_for(record.uuid)
        target = dict(merged.merged)
        if merged.conflicts and policy == "theirs":
            target.update({name: theirs_value for name, (_m, theirs_value, _b) in merged.conflicts.items()})
        elif "deleted" in merged.conflicts:
            target = dict(outcome.mine)  # trashed here: their edits wait until it is brought back
        changed = target != outcome.mine
        if changed:
            write_state(self.session, self.changes, kind, local.uuid, target)
        action = "conflict" if merged.conflicts else ("updated" if changed else "unchanged")
        fields = sorted(merged.conflicts) if merged.conflicts else sorted(merged.taken)
        entry = self.report.add(MergeEntry(kind, record.uuid, label, action, local.uuid, "id", fields, shared_base=True))
        if merged.conflicts:
            entry.resolution = "took theirs" if policy == "theirs" else "kept mine"
            if policy == "both":
                entry.detail = Message("merge_kept_once")
            entry.values = {name: {"mine": m, "theirs": t, "base": b} for name, (m, t, b) in merged.conflicts.items()}
            if kind == "quote" and "speaker" in entry.values:
                entry.values["speaker"] = self._actor_names(entry.values["speaker"])
            if merged.taken:
                waiting = "deleted" in merged.conflicts and policy != "theirs"
                taken = ", ".join(sorted(merged.taken))
                said = Message("merge_fields_waiting" if waiting else "merge_took_fields", fields=taken)
                entry.detail = Message("merge_two_details", first=entry.detail, second=said) if entry.detail else said
        elif merged.taken:
            entry.detail = Message("merge_took_changes", fields=", ".join(sorted(merged.taken)))
        self.merged_three_way.add(record.uuid)
        return entry

    def keep_their_history(self, content: BundleContent, op_id: str) -> None:
        """Keep the bundle's revisions of the records placed here under their own ids, and
        name their heads as the second parent of our revisions of them."""
        assert self.shared is not None
        for tag_record in content.tags:
            tag = self.tags.get(tag_record.uuid)
            if tag is not None and tag.uuid == tag_record.uuid:
                self.shared.note("tag", tag_record.uuid, tag_record.revision, self.tag_state(tag_record))
        for actor_record in content.actors:
            actor = self.actors.get(actor_record.uuid)
            if actor is not None and actor.uuid == actor_record.uuid:
                self.shared.note("actor", actor_record.uuid, actor_record.revision, self.actor_state(actor_record))
        links = content.links_by_document()
        for record in content.documents:
            placed = self.documents.get(record.uuid)
            if placed is not None and placed[0].uuid == record.uuid:
                self.shared.note("document", record.uuid, record.revision, self.document_state(record, links.get(record.uuid, [])))
        for quote_record in content.quotes:
            quote = self.quotes.get(quote_record.uuid)
            if quote is not None and quote.uuid == quote_record.uuid:
                self.shared.note("quote", quote_record.uuid, quote_record.revision, self.quote_state(quote_record, quote.document.uuid))
        heads = self.shared.store(op_id or new_revision_id())
        self.changes.merged_from.update(heads)

    def tag_state(self, record: TagRecord) -> State:
        parent = self.tags.get(record.parent) if record.parent else None
        return {"name": record.name, "colour": record.colour, "parent": parent.uuid if parent is not None else None}

    def actor_state(self, record: ActorRecord) -> State:
        # relations are not merged three-way: the relations step unites them as before
        return {
            "type": record.type, "name": record.name, "description": record.description, "dates": record.dates,
            "aliases": sorted(set(record.aliases)), "identifiers": sorted([list(p) for p in record.identifiers]),
            "tags": sorted({self.tags[t].uuid for t in record.tags if t in self.tags}), "deleted": None,
        }  # fmt: skip

    def document_state(self, record, links) -> State:
        state: State = {name: getattr(record, name) for name in THREE_WAY_DOCUMENT_FIELDS}
        state["tags"] = sorted({self.tags[t].uuid for t in record.tags if t in self.tags})
        state["actors"] = [[self.actors[link.actor].uuid, link.role] for link in links if link.actor in self.actors]
        state["deleted"] = None
        return state

    def quote_state(self, record: QuoteRecord, document: str) -> State:
        """The bundle's quote as a state in our ids, placed in our ``document`` (its match)."""
        state: State = {name: getattr(record, name) for name in QUOTE_FIELDS}
        state["document"] = document
        state["speaker"] = self.actors[record.speaker].uuid if record.speaker else None
        state["tags"] = sorted({self.tags[t].uuid for t in record.tags if t in self.tags})
        state["deleted"] = None
        return state

    def _actor_names(self, values: dict[str, object]) -> dict[str, object]:
        """A speaker conflict's values (actor UUIDs in a state) as the actors' names, as the
        two-way report shows them; an actor no longer here keeps its UUID."""
        uuids = [v for v in values.values() if isinstance(v, str)]
        names = {uuid: name for uuid, name in self.session.execute(select(Actor.uuid, Actor.name).where(Actor.uuid.in_(uuids)))}
        return {side: names.get(v, v) if isinstance(v, str) else v for side, v in values.items()}

    def policy_for(self, uuid: str) -> str:
        """The policy for the conflict of the bundle's record ``uuid``: its decision, else the
        policy for the rest."""
        return self.decisions.get(uuid, self.policy)

    def resolution(self, uuid: str) -> str:
        return RESOLUTIONS[self.policy_for(uuid)]

    def copy_uuid(self, kind: str, uuid: str, values: list) -> tuple[str, Any]:
        """The UUID for a copy of the bundle's ``kind`` record ``uuid`` kept beside ours, and
        the copy itself when an earlier import kept it (trashed or not), else None.

        ``uuid`` when it is free here; else one derived from it and ``values`` (what the copy
        takes from the bundle that differs from ours), so that the same record brought
        again finds its copy, and a changed one does not.
        """
        model = KINDS[kind]
        if self.session.scalar(select(model.id).where(model.uuid == uuid).limit(1)) is None:
            return uuid, None
        name = json.dumps([kind, uuid, values], ensure_ascii=False, default=str)
        derived = str(uuid_module.uuid5(KEPT_COPIES, name))
        for other_kind, other in KINDS.items():
            found = self.session.scalar(select(other).where(other.uuid == derived).limit(1))
            if found is not None:
                # a bundle made to take that UUID first cannot make its record our copy
                return (derived, found) if other_kind == kind else (new_uuid(), None)
        return (new_uuid(), None) if derived in self.bundle_uuids else (derived, None)

    def kept_earlier(self, entry: MergeEntry, copy) -> None:
        """Report the bundle's record as matched to the copy an earlier import kept."""
        entry.action, entry.local_uuid, entry.matched_by = "unchanged", copy.uuid, EARLIER_COPY
        entry.fields, entry.resolution = [], ""

    # ----- tags --------------------------------------------------------------------------
    def merge_tags(self, tags: list[TagRecord], paths: dict[str, str]) -> None:
        local = list(self.session.scalars(select(Tag)))
        by_uuid = {t.uuid: t for t in local}
        by_id = {t.id: t for t in local}
        by_path = {_local_path(t, by_id): t for t in local}
        for record in sorted(tags, key=lambda t: paths[t.uuid].count("/")):
            parent = self.tags[record.parent] if record.parent else None
            tag, how = by_uuid.get(record.uuid), "id"
            if tag is None:
                tag, how = by_path.get(paths[record.uuid]), "path"
            if tag is None and parent is not None:
                tag = next((c for c in parent.children if c.name == record.name), None)
            if tag is None:
                _check_room_below(parent, paths[record.uuid])
                tag = Tag(uuid=record.uuid, name=record.name, parent=parent, colour=record.colour, created_at=when(record.created_at) or utcnow())
                self.session.add(tag)
                self.session.flush()
                self.new_records.add(id(tag))
                self.changes.create("tag", tag.uuid)
                self.report.add(MergeEntry("tag", record.uuid, paths[record.uuid], "added", tag.uuid))
            elif self.three_way("tag", record, tag, paths[record.uuid], self.tag_state(record)) is None:
                self._tag_conflict(tag, record, parent, paths[record.uuid], how, by_id)
            self.tags[record.uuid] = tag

    def _tag_conflict(self, tag: Tag, record: TagRecord, parent: Tag | None, path: str, how: str, by_id) -> None:
        differs = [f for f, same in (("colour", tag.colour == record.colour), ("path", _local_path(tag, by_id) == path)) if not same]
        entry = self.report.add(MergeEntry("tag", record.uuid, path, "unchanged" if not differs else "conflict", tag.uuid, how, differs))
        if not differs:
            return
        policy = self.policy_for(record.uuid)
        entry.resolution = "kept mine" if policy != "theirs" else "took theirs"
        entry.values = two_way_values({"colour": (tag.colour, record.colour), "path": (_local_path(tag, by_id), path)}, differs)
        if policy != "theirs":
            if policy == "both":
                entry.detail = Message("merge_tag_kept_once")
            return
        if "colour" in differs:
            tag.colour = record.colour
        if "path" in differs:
            clash = parent is not None and any(c.name == record.name and c is not tag for c in parent.children)
            if clash or _is_within(parent, tag):
                entry.detail = Message("merge_tag_not_moved")
            elif _depth(parent) + 1 + _levels_below(tag) > MAX_TAG_DEPTH:
                entry.detail = Message("merge_tag_too_deep", depth=MAX_TAG_DEPTH)
            else:
                tag.name, tag.parent = record.name, parent
        self.changes.edit("tag", tag.uuid)

    # ----- actors ------------------------------------------------------------------------
    def merge_actors(self, actors: list[ActorRecord]) -> None:
        local = list(
            self.session.scalars(
                select(Actor).options(selectinload(Actor.aliases), selectinload(Actor.identifiers), selectinload(Actor.tags))
            )
        )
        by_uuid = {a.uuid: a for a in local}
        by_identifier: dict[tuple[str, str], Actor] = {}
        by_name: dict[str, list[Actor]] = {}
        for known in local:
            if known.deleted_at is not None:
                continue
            for ident in known.identifiers:
                by_identifier.setdefault((ident.scheme.lower(), ident.value.strip().lower()), known)
            for name in [known.name, *known.alias_names]:
                by_name.setdefault(name.strip().lower(), []).append(known)
        for record in actors:
            actor: Actor | None = by_uuid.get(record.uuid)
            how = "id"
            if actor is None:
                how = "identifier"
                actor = next((by_identifier[k] for k in _identifier_keys(record) if k in by_identifier), None)
            if actor is None:
                how = "name"
                candidates = by_name.get(record.name.strip().lower(), [])
                actor = next((a for a in candidates if a.type == record.type), candidates[0] if candidates else None)
            if actor is None:
                self.actors[record.uuid] = self._new_actor(record, record.uuid)
                self.report.add(MergeEntry("actor", record.uuid, record.name, "added", record.uuid))
                continue
            if self.three_way("actor", record, actor, record.name, self.actor_state(record)) is not None:
                self.actors[record.uuid] = actor
                continue
            self.actors[record.uuid] = self._matched_actor(actor, record, how)

    def _new_actor(self, record: ActorRecord, uuid: str) -> Actor:
        actor = Actor(
            uuid=uuid, type=record.type, name=record.name, description=record.description, dates=record.dates,
            created_at=when(record.created_at) or utcnow(), modified_at=when(record.modified_at) or utcnow(),
        )  # fmt: skip
        for alias in dict.fromkeys(a for a in record.aliases if a.strip() and a != record.name):
            actor.aliases.append(ActorAlias(alias=alias))
        for scheme, value in dict.fromkeys(record.identifiers):
            actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
        actor.tags.extend(dict.fromkeys(self.tags[t] for t in record.tags))
        self.session.add(actor)
        self.new_records.add(id(actor))
        self.changes.create("actor", uuid)
        return actor

    def _matched_actor(self, actor: Actor, record: ActorRecord, how: str) -> Actor:
        fields = [f for f in ("name", "type", "description", "dates") if getattr(actor, f) != getattr(record, f)]
        if actor.deleted_at is not None:
            fields.append("in the trash here")
        entry = self.report.add(MergeEntry("actor", record.uuid, record.name, "conflict" if fields else "unchanged", actor.uuid, how, fields))
        if fields:
            policy = self.policy_for(record.uuid)
            entry.resolution = self.resolution(record.uuid)
            entry.values = two_way_values({f: (getattr(actor, f), getattr(record, f)) for f in ("name", "type", "description", "dates")}, fields)
            if policy == "both":
                uuid, kept = self.copy_uuid("actor", record.uuid, [record.name, record.type, record.description, record.dates])
                if kept is None:
                    copy = self._new_actor(record, uuid)
                    entry.local_uuid = copy.uuid
                    return copy
                self.kept_earlier(entry, kept)
                actor = kept
            if policy == "theirs":
                old_name = actor.name
                for name in ("name", "type", "description", "dates"):
                    setattr(actor, name, getattr(record, name))
                if old_name != actor.name and old_name not in actor.alias_names:
                    actor.aliases.append(ActorAlias(alias=old_name))
                if actor.deleted_at is not None:
                    actor.deleted_at = None
                    self.changes.create("actor", actor.uuid)
                self.changes.edit("actor", actor.uuid)
        if self._unite_actor(actor, record):
            self.changes.edit("actor", actor.uuid)
            if entry.action == "unchanged":
                entry.action = "updated"
        return actor

    def _unite_actor(self, actor: Actor, record: ActorRecord) -> bool:
        """Add the bundle's aliases, identifiers and tags that ``actor`` lacks."""
        added = False
        have = {a.lower() for a in actor.alias_names} | {actor.name.lower()}
        for alias in record.aliases + ([record.name] if record.name.lower() not in have else []):
            if alias.strip() and alias.lower() not in have:
                actor.aliases.append(ActorAlias(alias=alias))
                have.add(alias.lower())
                added = True
        idents = {(i.scheme, i.value) for i in actor.identifiers}
        for scheme, value in record.identifiers:
            if (scheme, value) not in idents:
                actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
                idents.add((scheme, value))
                added = True
        return self.unite_tags(actor, record.tags) or added

    def unite_tags(self, record, tag_uuids: list[str]) -> bool:
        """Tag ``record`` with the bundle's tags it lacks; True when any was added."""
        missing = [self.tags[t] for t in tag_uuids if self.tags[t] not in record.tags]
        record.tags.extend(dict.fromkeys(missing))
        return bool(missing)

    # ----- relations ---------------------------------------------------------------------
    def merge_relations(self, relations) -> None:
        self.session.flush()
        existing: set[tuple[int, int, str]] = {
            (subject_id, object_id, name)
            for subject_id, object_id, name in self.session.execute(select(ActorRelation.subject_id, ActorRelation.object_id, ActorRelation.relation))
        }
        for relation in relations:
            subject, obj = self.actors[relation.subject], self.actors[relation.object]
            if subject.id == obj.id or (subject.id, obj.id, relation.relation) in existing:
                continue
            self.session.add(ActorRelation(subject=subject, object=obj, relation=relation.relation))
            existing.add((subject.id, obj.id, relation.relation))
            self.changes.link("actor", subject.uuid)


def _placed(state: State) -> dict[str, object]:
    return {name: state.get(name) for name in QUOTE_PLACE}


def _identifier_keys(record: ActorRecord) -> list[tuple[str, str]]:
    return [(scheme.lower(), value.strip().lower()) for scheme, value in record.identifiers]


def _local_path(tag: Tag, by_id: dict[int, Tag]) -> str:
    parts: list[str] = []
    node: Tag | None = tag
    depth = 0
    while node is not None and depth < 1000:
        parts.append(node.name)
        node = by_id.get(node.parent_id) if node.parent_id else node.parent
        depth += 1
    return "/".join(reversed(parts))


def _check_room_below(parent: Tag | None, path: str) -> None:
    """Refuse to add a tag below ``parent`` (matched here, perhaps deeper than in the bundle)
    past MAX_TAG_DEPTH; the whole import is then rolled back."""
    if _depth(parent) + 1 > MAX_TAG_DEPTH:
        assert parent is not None
        raise InvalidInput(
            f"the bundle's tag “{path[:80]}” would lie more than {MAX_TAG_DEPTH} levels deep here, below “{parent.path[:80]}…”: "
            "move that tag higher (tag rename) and import again"
        )


def _depth(tag: Tag | None) -> int:
    """How deep ``tag`` lies here (1 for a top-level tag, 0 for None)."""
    depth = 0
    while tag is not None:
        depth, tag = depth + 1, tag.parent
    return depth


def _levels_below(tag: Tag) -> int:
    """How many levels of sub-tags ``tag`` has here (0 when none)."""
    levels, frontier = 0, list(tag.children)
    while frontier:
        levels += 1
        frontier = [child for node in frontier for child in node.children]
    return levels


def _is_within(candidate: Tag | None, tag: Tag) -> bool:
    """True when ``candidate`` is ``tag`` or lies inside it."""
    node = candidate
    while node is not None:
        if node is tag:
            return True
        node = node.parent
    return False

