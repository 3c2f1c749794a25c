"""Undoable edits: each knows how to apply itself to the catalogue and how to revert.

An :class:`Edit` is plain Python (no Qt): ``apply`` and ``revert`` are called on the task
runner's worker thread, one at a time, and return the :class:`~catalog.changes.Changes` they
made. State an edit needs to revert (a new quote's UUID, which records really got a tag) is
kept on the edit by ``apply``; because the worker runs tasks in order, a later ``revert``
always sees it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.changes import Changes


class Edit:
    """Base: ``label`` names the edit in the Edit menu ("Undo Tag 3 records"); an edit that
    ``shows_progress`` reports it (status bar, Cancel) the first time it is applied."""

    label = "Edit"
    shows_progress = False

    def first_apply(self, catalog, progress, cancel) -> Changes:
        """The first application, from ``Operations.perform``; long edits override it to
        report ``progress(done, total, message)`` and honour ``cancel``."""
        return self.apply(catalog)

    def apply(self, catalog) -> Changes:
        raise NotImplementedError

    def revert(self, catalog) -> Changes:
        raise NotImplementedError


def _created_tag_paths(catalog, changes: Changes) -> list[str]:
    """Paths of the tags ``changes`` created, deepest first (so each is a leaf when removed)."""
    created = changes.created["tag"]
    paths = [t.path for t in catalog.tags() if t.uuid in created]
    return sorted(paths, key=lambda p: p.count("/"), reverse=True)


def _remove_tags(catalog, paths: list[str], changes: Changes) -> Changes:
    from catalog.errors import NotFound

    for path in paths:
        try:
            changes.merge(catalog.delete_tag(path))
        except NotFound:  # removed with its parent already
            pass
    return changes


@dataclass
class CreateQuote(Edit):
    """Mark ``body[start:end]`` (code points) as a quote. Undo removes it for good."""

    document: str
    start: int
    end: int
    kind: str = "quotation"
    speaker: str = ""
    new_speaker_type: str | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    quote_uuid: str = ""
    _new_actors: list[str] = field(default_factory=list)
    _new_tags: list[str] = field(default_factory=list)
    label = "Create quote"

    def apply(self, catalog) -> Changes:
        self.quote_uuid, changes = catalog.add_quote(
            self.document, self.start, self.end, kind=self.kind, speaker=self.speaker or None,
            note=self.note, tags=list(self.tags), new_speaker_type=self.new_speaker_type,
        )  # fmt: skip
        self._new_actors = sorted(changes.created["actor"])
        self._new_tags = _created_tag_paths(catalog, changes)
        return changes

    def revert(self, catalog) -> Changes:
        changes = catalog.purge([self.quote_uuid, *self._new_actors])
        return _remove_tags(catalog, self._new_tags, changes)


@dataclass
class TagRecords(Edit):
    """Apply tag ``path`` to records; undo takes it off the records that did not have it."""

    refs: list[str]
    path: str
    _tagged: list[str] = field(default_factory=list)
    _new_tags: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Tag {_count(self.refs)} “{self.path}”"

    def apply(self, catalog) -> Changes:
        changes = catalog.tag_records(list(self.refs), self.path)
        self._tagged = sorted(changes.edited["document"] | changes.edited["quote"] | changes.edited["actor"])
        self._new_tags = _created_tag_paths(catalog, changes)
        return changes

    def revert(self, catalog) -> Changes:
        changes = catalog.untag_records(self._tagged, self.path) if self._tagged else Changes()
        return _remove_tags(catalog, self._new_tags, changes)


@dataclass
class UntagRecords(Edit):
    """Take tag ``path`` off records; undo puts it back on those that had it."""

    refs: list[str]
    path: str
    _untagged: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Untag {_count(self.refs)} “{self.path}”"

    def apply(self, catalog) -> Changes:
        changes = catalog.untag_records(list(self.refs), self.path)
        self._untagged = sorted(changes.edited["document"] | changes.edited["quote"] | changes.edited["actor"])
        return changes

    def revert(self, catalog) -> Changes:
        return catalog.tag_records(self._untagged, self.path) if self._untagged else Changes()


@dataclass
class EditDocument(Edit):
    """Change metadata fields of a document; ``before`` holds the values to restore."""

    uuid: str
    before: dict
    after: dict
    label = "Edit metadata"

    def apply(self, catalog) -> Changes:
        return catalog.update_document(self.uuid, **self.after)

    def revert(self, catalog) -> Changes:
        return catalog.update_document(self.uuid, **self.before)


@dataclass
class EditQuote(Edit):
    """Change a quote's kind, note or speaker; a speaker created on the way goes on undo."""

    uuid: str
    before: dict
    after: dict
    _new_actors: list[str] = field(default_factory=list)
    label = "Edit quote"

    def apply(self, catalog) -> Changes:
        changes = catalog.update_quote(self.uuid, **self.after)
        self._new_actors = sorted(changes.created["actor"])
        return changes

    def revert(self, catalog) -> Changes:
        changes = catalog.update_quote(self.uuid, **self.before)
        return changes.merge(catalog.purge(self._new_actors)) if self._new_actors else changes


@dataclass
class DeleteRecords(Edit):
    """Move records to the trash; undo restores them."""

    refs: list[str]

    @property
    def label(self) -> str:
        return f"Delete {_count(self.refs)}"

    def apply(self, catalog) -> Changes:
        return catalog.delete(list(self.refs))

    def revert(self, catalog) -> Changes:
        return catalog.restore(list(self.refs))


@dataclass
class RestoreRecords(Edit):
    """Bring records back from the trash; undo trashes them again."""

    refs: list[str]

    @property
    def label(self) -> str:
        return f"Restore {_count(self.refs)}"

    def apply(self, catalog) -> Changes:
        return catalog.restore(list(self.refs))

    def revert(self, catalog) -> Changes:
        return catalog.delete(list(self.refs))


@dataclass
class LinkActor(Edit):
    """Record that a document names an actor in ``role``; undo removes a link it added."""

    document: str
    actor: str
    role: str = "mentioned"
    _added: bool = False

    @property
    def label(self) -> str:
        return f"Link actor as {self.role}"

    def apply(self, catalog) -> Changes:
        view = catalog.document(self.document)
        target = catalog.actor(self.actor).uuid
        self._added = not any(a.uuid == target and a.role == self.role for a in [*view.authors, *view.actors])
        return catalog.link_actor(self.document, self.actor, self.role)

    def revert(self, catalog) -> Changes:
        return catalog.unlink_actor(self.document, self.actor, self.role) if self._added else Changes()


@dataclass
class RenameTag(Edit):
    """Rename or move a tag; undo renames it back."""

    path: str
    new_path: str

    @property
    def label(self) -> str:
        return f"Rename tag “{self.path}”"

    def apply(self, catalog) -> Changes:
        return catalog.rename_tag(self.path, self.new_path)

    def revert(self, catalog) -> Changes:
        return catalog.rename_tag(self.new_path, self.path)


@dataclass
class EditActor(Edit):
    """Change an actor's name, type, description, dates, aliases; undo restores ``before``."""

    uuid: str
    before: dict
    after: dict
    label = "Edit actor"

    def apply(self, catalog) -> Changes:
        return catalog.update_actor(self.uuid, **self.after)

    def revert(self, catalog) -> Changes:
        return catalog.update_actor(self.uuid, **self.before)


def _count(refs: list[str]) -> str:
    return "1 record" if len(refs) == 1 else f"{len(refs)} records"
