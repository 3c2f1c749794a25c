"""Proposals: quotes and actor mentions Pressmark found, which the user accepts or rejects.

Each proposal belongs to a *group* the user reviews together: quotations, pull quotes,
people, organisations, places, events (:data:`PROPOSAL_GROUPS`). Its payload (JSON) keeps
what import found: the span, the speaker, the attribution words ("said", "according to")
that are its evidence and a confidence between 0 and 1. Every decision (accept, reject,
restore, and their bulk forms) is one unit of work, so the catalogue can undo it.

What a reviewer reads of a proposal (its group's words, its title, evidence and one-line
description) is a :class:`catalog.messages.Message`: the English the command line prints, kept
with its key so that the window says it in its own language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from catalog.changes import Changes
from catalog.errors import InvalidInput, NotFound
from catalog.lookup import by_ref
from catalog.messages import Message, joined
from catalog.models import Document, Proposal, Quote
from catalog.proposals.speakers import Speaker, is_proper_name, settled
from catalog.services.actors import ensure_actor, link_actor
from catalog.store import Store
from catalog.text import context_of

# group -> (one, many): the words a reviewer reads for each group of proposals ("Pull quote",
# "Pull quotes"), in this order
PROPOSAL_GROUPS: dict[str, tuple[str, str]] = {
    group: (Message(f"proposal_{group}"), Message(f"proposals_{group}"))
    for group in ("quotation", "pull_quote", "excerpt", "person", "organisation", "place", "event", "group")
}
PROPOSAL_STATUSES = ("pending", "accepted", "rejected", "all")


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 mention``, ``3 mentions``: a count with its noun in the right number."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def group_words(group: str, count: int | None = None) -> str:
    """The reviewer's word for a group ("Pull quote"), plural after a count other than one
    ("12 quotations"), or the plural heading when ``count`` is None ("Pull quotes"; a Message
    for a group of :data:`PROPOSAL_GROUPS`). The counted words are plain English: the window
    counts a group in its own words (``gui.panels.proposals_panel.accept_all_text``)."""
    one, many = PROPOSAL_GROUPS.get(group, (group.replace("_", " ").capitalize(),) * 2)
    if count is None:
        return many
    return f"{count} {(one if count == 1 else many).lower()}"


@dataclass
class ProposalView:
    """One proposal as the window and the CLI show it; ``data`` is its stored payload."""

    id: int
    document_uuid: str
    document_title: str
    kind: str  # quote | actor
    status: str
    data: dict

    @property
    def group(self) -> str:
        """quotation, pull_quote, excerpt for a quote; the actor's type for an actor."""
        if self.kind == "quote":
            return str(self.data.get("kind") or "quotation")
        return str(self.data.get("type") or "person")

    @property
    def confidence(self) -> float:
        value = self.data.get("confidence")
        return float(value) if isinstance(value, (int, float)) else 0.0

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The body spans (code points) this proposal is about: a quote's text, an actor's mentions."""
        if self.kind == "quote":
            return [(int(self.data["start"]), int(self.data["end"]))]
        return [(int(m[0]), int(m[1])) for m in self.data.get("mentions", [])]

    @property
    def speaker(self) -> str:
        """Who a quote is proposed as said by: the name, its role in brackets, else the text's
        description of them ("the participants (no name given)", a Message), else ''."""
        name = (self.data.get("speaker") or "").strip()
        if name:
            role = self.data.get("speaker_role") or ""
            return f"{name} ({role})" if role else name
        described = self.data.get("described_as") or ""
        return Message("proposal_speaker_described", described=described) if described else ""

    @property
    def evidence(self) -> str:
        """Why this was proposed, in a reviewer's words (a Message): the attribution words
        found, or the mentions counted."""
        if self.kind == "quote":
            cue = self.data.get("cue") or ""
            if self.group == "pull_quote":
                return Message("proposal_pull_quote_box_cue", cue=cue) if cue else Message("proposal_pull_quote_box")
            return Message("proposal_cue", cue=cue) if cue else Message("proposal_no_cue")
        mentions = len(self.data.get("mentions", []))
        counted = Message("proposal_mention_one" if mentions == 1 else "proposal_mentions", count=mentions)
        parts: list[str] = [counted if mentions else Message("proposal_not_mentioned")]
        if self.data.get("role") == "quoted":
            parts.append(Message("proposal_speaker_quoted"))
        if self.data.get("known_actor"):
            parts.append(Message("proposal_known_actor", name=self.data["known_actor"]))
        return joined("list_pair", parts)

    def title(self) -> str:
        """One line (a Message): the group's word and what it is ("Quotation by Jane Doe",
        "Person: Ahmad Massoud")."""
        label = PROPOSAL_GROUPS.get(self.group, (self.group,))[0]
        if self.kind == "quote":
            speaker = self.speaker
            return Message("proposal_by", group=label, speaker=speaker) if speaker else Message("proposal_by_unknown", group=label)
        return Message("proposal_named", group=label, name=self.data.get("known_actor") or self.data.get("name", ""))

    def describe(self) -> str:
        """The proposal in a reviewer's words, on one line (a Message), with its evidence and
        confidence."""
        words = Message("proposal_quote_words", title=self.title(), exact=self.data.get("exact", "")) if self.kind == "quote" else self.title()
        return Message("proposal_line", words=words, evidence=self.evidence, confidence=f"{self.confidence:.0%}")

    def matches(self, text: str) -> bool:
        """True when ``text`` (any case) is in the proposal's words, speaker or document title."""
        needle = text.casefold().strip()
        if not needle:
            return True
        haystack = " ".join(
            str(self.data.get(key) or "") for key in ("exact", "speaker", "speaker_role", "described_as", "name", "known_actor", "cue")
        )
        return needle in f"{haystack} {self.document_title}".casefold()


@dataclass(frozen=True)
class ProposalFilter:
    """Which proposals a list, a bulk decision or the CLI takes: of one document (or all),
    of one status, of one group or kind (``quotation``, ``person``...; ``quote``/``actor``),
    at least this confident, holding this text."""

    document: str | None = None
    status: str = "pending"
    kind: str | None = None
    min_confidence: float = 0.0
    text: str = ""

    def admits(self, proposal: ProposalView) -> bool:
        if self.kind and self.kind not in (proposal.group, proposal.kind):
            return False
        return proposal.confidence >= self.min_confidence and proposal.matches(self.text)


def check_filter(wanted: ProposalFilter) -> None:
    """Raise InvalidInput for a status, kind or confidence no proposal can have."""
    if wanted.status not in PROPOSAL_STATUSES:
        raise InvalidInput(f"unknown proposal status “{wanted.status}”: use one of {', '.join(PROPOSAL_STATUSES)}")
    kinds = ("quote", "actor", *PROPOSAL_GROUPS)
    if wanted.kind and wanted.kind not in kinds:
        raise InvalidInput(f"unknown kind of proposal “{wanted.kind}”: use one of {', '.join(kinds)}")
    if not 0.0 <= wanted.min_confidence <= 1.0:
        raise InvalidInput(f"a minimum confidence is between 0 and 1 (0.7 for 70%), not {wanted.min_confidence:g}")


class ProposalService:
    """``catalog.proposals``: built with the store."""

    def __init__(self, store: Store):
        self.store = store

    def find(
        self,
        document: str | None = None,
        status: str = "pending",
        *,
        kind: str | None = None,
        min_confidence: float = 0.0,
        text: str = "",
    ) -> list[ProposalView]:
        """Proposals of one document (or all), by status (pending, accepted, rejected, all),
        group or kind, minimum confidence and text; in the order import found them.
        Raises NotFound for an unknown document, InvalidInput for an unknown status or kind."""
        return self.matching(ProposalFilter(document, status, kind, min_confidence, text))

    def matching(self, wanted: ProposalFilter) -> list[ProposalView]:
        """The proposals ``wanted`` admits (see :meth:`find`)."""
        check_filter(wanted)
        with self.store.reading() as session:
            return [view for _, view in _selected(session, wanted)]

    def accept(self, proposal_id: int, edits: dict | None = None) -> Changes:
        """Turn a proposal into records; ``edits`` overrides fields (e.g. speaker, name, type)."""
        with self.store.writing(Message("op_accept_proposal")) as (session, changes):
            _accept(session, changes, _pending(session, proposal_id), edits)
        return changes

    def reject(self, proposal_id: int) -> Changes:
        """Set a pending proposal aside (:meth:`restore` brings it back). Raises NotFound,
        or InvalidInput when it was already decided."""
        with self.store.writing(Message("op_reject_proposal")) as (session, changes):
            _decide(changes, _pending(session, proposal_id), "rejected")
        return changes

    def restore(self, proposal_id: int) -> Changes:
        """Bring a rejected proposal back to the pending list, as one undoable change.
        Raises NotFound, or InvalidInput when it was not rejected (an accepted one is
        taken back by undoing its acceptance, or by deleting what it made)."""
        with self.store.writing(Message("op_restore_proposal")) as (session, changes):
            proposal = session.get(Proposal, proposal_id)
            if proposal is None:
                raise NotFound(f"no proposal {proposal_id}")
            if proposal.status != "rejected":
                raise InvalidInput(f"proposal {proposal_id} is {proposal.status}, not rejected: only a rejected proposal can be restored")
            _decide(changes, proposal, "pending")
        return changes

    def reject_all(self, wanted: ProposalFilter | None = None) -> tuple[int, Changes]:
        """Reject every pending proposal ``wanted`` admits, in one unit of work; returns how many."""
        wanted = _pending_only(wanted)
        label = Message("op_reject_all_of", group=group_words(wanted.kind, 2).split(" ", 1)[1]) if wanted.kind else Message("op_reject_all")
        with self.store.writing(label) as (session, changes):
            chosen = [proposal for proposal, _ in _selected(session, wanted)]
            for proposal in chosen:
                _decide(changes, proposal, "rejected")
        return len(chosen), changes

    def accept_all(self, document: str | None = None, wanted: ProposalFilter | None = None) -> tuple[int, Changes]:
        """Accept every pending proposal (of one document, or all; or those ``wanted``
        admits, e.g. every quotation above 70%) in one unit of work; returns how many.
        A proposal whose text no longer matches is left pending."""
        wanted = _pending_only(wanted or ProposalFilter(document))
        label = Message("op_accept_all_of", group=group_words(wanted.kind, 2).split(" ", 1)[1]) if wanted.kind else Message("op_accept_all")
        with self.store.writing(label) as (session, changes):
            pending = [proposal for proposal, _ in _selected(session, wanted)]
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


def _pending_only(wanted: ProposalFilter | None) -> ProposalFilter:
    wanted = wanted or ProposalFilter()
    check_filter(wanted)
    return ProposalFilter(wanted.document, "pending", wanted.kind, wanted.min_confidence, wanted.text)


def _selected(session, wanted: ProposalFilter) -> list[tuple[Proposal, ProposalView]]:
    query = select(Proposal).join(Document).where(Document.deleted_at.is_(None)).order_by(Proposal.id)
    if wanted.status != "all":
        query = query.where(Proposal.status == wanted.status)
    if wanted.kind in ("quote", "actor"):
        query = query.where(Proposal.kind == wanted.kind)
    elif wanted.kind:
        query = query.where(Proposal.kind == ("actor" if wanted.kind in _ACTOR_GROUPS else "quote"))
    if wanted.document:
        query = query.where(Proposal.document_id == by_ref(session, "document", wanted.document).id)
    found = []
    for p in session.scalars(query):
        view = ProposalView(p.id, p.document.uuid, p.document.title, p.kind, p.status, payload(p))
        if wanted.admits(view):
            found.append((p, view))
    return found


_ACTOR_GROUPS = frozenset(("person", "organisation", "place", "event", "group"))


def _decide(changes: Changes, proposal: Proposal, status: str) -> None:
    proposal.status = status
    changes.proposals = True
    changes.link("document", proposal.document.uuid)  # its state holds the proposals


def payload(proposal: Proposal) -> dict:
    """A proposal's stored data, read as this version proposes: a quote proposed before
    speakers had to be names (no ``described_as``) has a speaker that is a clause refused and
    a common-noun phrase ("the participants") turned into its description. Only speakers
    written with letter case are read again (whether an Arabic phrase is a name was known
    only when it was proposed)."""
    data = json.loads(proposal.payload)
    speaker = str(data.get("speaker") or "").strip() if proposal.kind == "quote" else ""
    if not speaker or "described_as" in data or is_proper_name(speaker) or not any(ch.isupper() or ch.islower() for ch in speaker):
        return data
    found = settled(Speaker(speaker, role=data.get("speaker_role") or "", type=data.get("speaker_type") or ""))
    if found is None:
        return {**data, "speaker": "", "speaker_role": "", "speaker_type": "", "described_as": ""}
    if found.proper:
        return {**data, "speaker": found.name, "speaker_role": found.role, "described_as": ""}
    return {**data, "speaker": "", "speaker_role": "", "speaker_type": "", "described_as": found.role}


def _accept(session, changes: Changes, proposal: Proposal, edits: dict | None) -> None:
    data = {**payload(proposal), **(edits or {})}
    doc = proposal.document
    if proposal.kind == "quote":
        _accept_quote(session, changes, doc, data)
    else:
        actor = ensure_actor(session, changes, data.get("known_actor") or data["name"], data["type"])
        link_actor(session, changes, doc, actor, data.get("role", "mentioned"))
    _decide(changes, proposal, "accepted")


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
        raise InvalidInput(Message("text_changed_since_proposed"))
    existing = session.scalar(select(Quote).where(Quote.document_id == doc.id, Quote.start == start, Quote.end == end, Quote.deleted_at.is_(None)))
    if existing is not None:
        return
    prefix, suffix = context_of(doc.body, start, end)
    speaker = (data.get("speaker") or "").strip()
    note = data.get("note", "")
    if not note and not speaker and data.get("described_as"):
        # the text says who spoke without a name: keep its words with the quote
        note = f"Said by {data['described_as']} (no name given)"
    quote = Quote(document=doc, start=start, end=end, exact=data["exact"], prefix=prefix, suffix=suffix, kind=data.get("kind", "quotation"), note=note)
    session.add(quote)
    if speaker:
        speaker_type = data.get("speaker_type") or "person"
        actor = ensure_actor(session, changes, speaker, speaker_type, data.get("speaker_role", ""))
        quote.speaker = actor
        role = "author" if any(link.actor is actor and link.role == "author" for link in doc.actor_links) else "quoted"
        link_actor(session, changes, doc, actor, role)
        _settle_actor_proposals(session, changes, doc, {speaker.lower(), actor.name.lower()})
    session.flush()
    changes.create("quote", quote.uuid)
    changes.edit("document", doc.uuid)


def _settle_actor_proposals(session, changes: Changes, doc: Document, names: set[str]) -> None:
    """Mark accepted the document's pending actor proposals naming ``names``: accepting a
    quote linked its speaker, which is what they proposed."""
    pending = select(Proposal).where(Proposal.document_id == doc.id, Proposal.kind == "actor", Proposal.status == "pending")
    for proposal in session.scalars(pending):
        data = json.loads(proposal.payload)
        if (data.get("known_actor") or data.get("name") or "").lower() in names:
            _decide(changes, proposal, "accepted")
