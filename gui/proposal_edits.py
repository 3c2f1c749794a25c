"""Undoable decisions on proposals: accept one (perhaps edited), accept all, reject one.

Plain Python like :mod:`gui.edits`: ``apply`` and ``revert`` run on the task runner's worker.
Undoing an acceptance removes the quotes and actors it made, the document links it added and
the descriptions it filled in, then puts the proposals back to pending; undoing a rejection
only puts the proposal back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from catalog.changes import Changes
from gui.edits import Edit


def _links(catalog, document: str) -> set[tuple[str, str]]:
    view = catalog.document(document)
    return {(a.uuid, a.role) for a in [*view.authors, *view.actors]}


@dataclass
class AcceptProposals(Edit):
    """Accept proposal ``proposal_id`` of ``document`` with optional ``edits`` (speaker, name,
    type…), or with ``proposal_id`` None every pending proposal of ``document``."""

    document: str
    proposal_id: int | None = None
    edits: dict | None = None
    _accepted: list[int] = field(default_factory=list)
    _created: list[str] = field(default_factory=list)
    _links: list[tuple[str, str]] = field(default_factory=list)
    _described: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return "Accept all proposals" if self.proposal_id is None else "Accept proposal"

    def apply(self, catalog) -> Changes:
        pending = {p.id for p in catalog.proposals(self.document)}
        links = _links(catalog, self.document)
        if self.proposal_id is None:
            _count, changes = catalog.accept_all(self.document)
        else:
            changes = catalog.accept_proposal(self.proposal_id, self.edits)
        self._accepted = sorted(pending - {p.id for p in catalog.proposals(self.document)})
        new_actors = changes.created["actor"]
        self._created = sorted(changes.created["quote"]) + sorted(new_actors)
        # links to new actors go with them; links to actors that were here are undone one by one
        self._links = sorted(link for link in _links(catalog, self.document) - links if link[0] not in new_actors)
        # an acceptance edits an existing actor only to fill in an empty description
        self._described = sorted(changes.edited["actor"] - new_actors)
        return changes

    def revert(self, catalog) -> Changes:
        changes = Changes()
        for actor, role in self._links:
            changes.merge(catalog.unlink_actor(self.document, actor, role))
        for actor in self._described:
            changes.merge(catalog.update_actor(actor, description=""))
        if self._created:
            changes.merge(catalog.purge(self._created))
        return changes.merge(catalog.reopen_proposals(self._accepted))


@dataclass
class RejectProposal(Edit):
    """Reject proposal ``proposal_id``; undo makes it pending again."""

    proposal_id: int
    label = "Reject proposal"

    def apply(self, catalog) -> Changes:
        return catalog.reject_proposal(self.proposal_id)

    def revert(self, catalog) -> Changes:
        return catalog.reopen_proposals([self.proposal_id])
