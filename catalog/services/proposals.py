"""Proposals: quotes and actor mentions Pressmark found, which the user accepts or rejects."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from catalog.changes import Changes
from catalog.errors import InvalidInput, NotFound
from catalog.lookup import by_ref
from catalog.models import Document, Proposal, Quote
from catalog.services.actors import ensure_actor, link_actor
from catalog.store import Store
from catalog.text import context_of


@dataclass
class ProposalView:
    id: int
    document_uuid: str
    document_title: str
    kind: str  # quote | actor
    status: str
    data: dict

    def describe(self) -> str:
        if self.kind == "quote":
            speaker = self.data.get("speaker") or "unknown speaker"
            role = f" ({self.data['speaker_role']})" if self.data.get("speaker_role") else ""
            return f"{self.data.get('kind', 'quotation')} by {speaker}{role}: “{self.data['exact']}”"
        return f"{self.data['type']}: {self.data['name']} ({len(self.data.get('mentions', []))} mentions)"


class ProposalService:
    """``catalog.proposals``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def find(self, document: str | None = None, status: str = "pending") -> list[ProposalView]:
        """Proposals of one document (or all), by status (pending, accepted, rejected, all)."""
        with self.store.reading() as session:
            query = select(Proposal).join(Document).where(Document.deleted_at.is_(None)).order_by(Proposal.id)
            if status != "all":
                query = query.where(Proposal.status == status)
            if document:
                query = query.where(Proposal.document_id == by_ref(session, "document", document).id)
            return [
                ProposalView(p.id, p.document.uuid, p.document.title, p.kind, p.status, json.loads(p.payload))
                for p in session.scalars(query)
            ]

    def accept(self, proposal_id: int, edits: dict | None = None) -> Changes:
        """Turn a proposal into records; ``edits`` overrides fields (e.g. speaker, name, type)."""
        with self.store.writing("Accept proposal") as (session, changes):
            _accept(session, changes, _pending(session, proposal_id), edits)
        return changes

    def reject(self, proposal_id: int) -> Changes:
        with self.store.writing("Reject proposal") as (session, changes):
            proposal = _pending(session, proposal_id)
            proposal.status = "rejected"
            changes.proposals = True
            changes.link("document", proposal.document.uuid)  # its state holds the proposals
        return changes

    def accept_all(self, document: str | None = None) -> tuple[int, Changes]:
        """Accept every pending proposal (of one document, or all) in one unit of work;
        returns how many. A proposal whose text no longer matches is left pending."""
        with self.store.writing("Accept all proposals") as (session, changes):
            query = select(Proposal).join(Document).where(Proposal.status == "pending", Document.deleted_at.is_(None))
            if document:
                query = query.where(Proposal.document_id == by_ref(session, "document", document).id)
            pending = list(session.scalars(query.order_by(Proposal.id)))
            accepted = 0
            # actors first, so quote speakers find the actors just created
            for proposal in sorted(pending, key=lambda p: (p.kind != "actor", p.id)):
                try:
                    with session.begin_nested():
                        _accept(session, changes, proposal, None)
                    accepted += 1
                except InvalidInput:
                    continue
        return accepted, changes


def _accept(session, changes: Changes, proposal: Proposal, edits: dict | None) -> None:
    data = {**json.loads(proposal.payload), **(edits or {})}
    doc = proposal.document
    if proposal.kind == "quote":
        _accept_quote(session, changes, doc, data)
    else:
        actor = ensure_actor(session, changes, data.get("known_actor") or data["name"], data["type"])
        link_actor(session, changes, doc, actor, data.get("role", "mentioned"))
    proposal.status = "accepted"
    changes.proposals = True
    changes.link("document", doc.uuid)  # its state holds the proposals


def _pending(session, proposal_id: int) -> Proposal:
    proposal = session.get(Proposal, proposal_id)
    if proposal is None:
        raise NotFound(f"no proposal {proposal_id}")
    if proposal.status != "pending":
        raise InvalidInput(f"proposal {proposal_id} was already {proposal.status}")
    return proposal


def _accept_quote(session, changes: Changes, doc: Document, data: dict) -> None:
    start, end = int(data["start"]), int(data["end"])
    if doc.body[start:end] != data["exact"]:
        raise InvalidInput("the document's text changed since this quote was proposed")
    existing = session.scalar(select(Quote).where(Quote.document_id == doc.id, Quote.start == start, Quote.end == end, Quote.deleted_at.is_(None)))
    if existing is not None:
        return
    prefix, suffix = context_of(doc.body, start, end)
    quote = Quote(document=doc, start=start, end=end, exact=data["exact"], prefix=prefix, suffix=suffix, kind=data.get("kind", "quotation"), note=data.get("note", ""))
    session.add(quote)
    speaker = (data.get("speaker") or "").strip()
    if speaker:
        speaker_type = data.get("speaker_type") or "person"
        actor = ensure_actor(session, changes, speaker, speaker_type, data.get("speaker_role", ""))
        quote.speaker = actor
        role = "author" if any(link.actor is actor and link.role == "author" for link in doc.actor_links) else "quoted"
        link_actor(session, changes, doc, actor, role)
    session.flush()
    changes.create("quote", quote.uuid)
    changes.edit("document", doc.uuid)
