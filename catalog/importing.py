"""Importing articles: parse, detect duplicates, store the original, record proposals.

Called through :class:`catalog.Catalog` (``import_file``, ``import_bytes``, ``import_paths``).
A file either becomes one document in one transaction or changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from catalog import proposals as proposing
from catalog.changes import Changes
from catalog.errors import DuplicateDocument, ImportFailed, PressmarkError
from catalog.importers import parse_bytes
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.models import (
    Actor,
    ActorAlias,
    ActorIdentifier,
    ActorRelation,
    Document,
    DocumentActor,
    Proposal,
)
from catalog.text import normalise

IMPORTABLE = {".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx"}


@dataclass
class ImportOutcome:
    """The result of importing one file: ``status`` is imported, duplicate or failed."""

    path: str
    status: str
    message: str
    document_uuid: str = ""
    changes: Changes = field(default_factory=Changes)


def text_hash(body: str) -> str:
    return hashlib.sha256(" ".join(normalise(body).split()).encode("utf-8")).hexdigest()


def find_duplicate(session: Session, parsed: ParsedDocument, sha256: str) -> tuple[Document, str] | None:
    """The live document this one duplicates, and why (same URL, text or original file)."""
    checks = [(Document.original_sha256 == sha256, "original file")]
    if parsed.url:
        checks.append((Document.url == parsed.url, "URL"))
    if parsed.short_url:
        checks.append((Document.short_url == parsed.short_url, "short URL"))
    checks.append((Document.text_sha256 == text_hash(parsed.body), "text"))
    for condition, why in checks:
        doc = session.scalar(select(Document).where(condition, Document.deleted_at.is_(None)).limit(1))
        if doc is not None:
            return doc, why
    return None


def store_original(originals_dir: Path, data: bytes, sha256: str, suffix: str) -> Path:
    """Write the original file under its content hash, atomically; returns its path."""
    folder = originals_dir / sha256[:2]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (sha256 + suffix.lower()[:10])
    if target.exists():
        return target
    fd, temp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return target


def find_actor(session: Session, name: str, actor_type: str | None = None) -> Actor | None:
    """A live actor whose authorised name or alias is ``name`` (case-insensitive)."""
    lowered = name.strip().lower()
    query = select(Actor).where(Actor.deleted_at.is_(None))
    if actor_type:
        query = query.where(Actor.type == actor_type)
    actor = session.scalar(query.where(Actor.name.ilike(lowered)).limit(1))
    if actor is None:
        actor = session.scalar(query.join(ActorAlias).where(ActorAlias.alias.ilike(lowered)).limit(1))
    return actor


def ensure_actor(session: Session, changes: Changes, name: str, actor_type: str, description: str = "") -> Actor:
    """The existing actor called ``name``, or a new one."""
    actor = find_actor(session, name, actor_type) or find_actor(session, name)
    if actor is None:
        actor = Actor(name=name.strip(), type=actor_type, description=description)
        session.add(actor)
        session.flush()
        changes.create("actor", actor.uuid)
    elif description and not actor.description:
        actor.description = description
        changes.edit("actor", actor.uuid)
    return actor


def link_actor(session: Session, changes: Changes, doc: Document, actor: Actor, role: str) -> None:
    for link in doc.actor_links:
        if link.actor_id == actor.id and link.role == role:
            return
    position = sum(1 for link in doc.actor_links if link.role == role)
    doc.actor_links.append(DocumentActor(actor=actor, role=role, position=position))
    changes.link("actor", actor.uuid)
    changes.edit("document", doc.uuid)


def add_author(session: Session, changes: Changes, doc: Document, author: ParsedActor) -> Actor:
    actor = ensure_actor(session, changes, author.name, author.type, author.description)
    for scheme, value in author.identifiers.items():
        if not any(i.scheme == scheme and i.value == value for i in actor.identifiers):
            actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
    for relation, object_name, object_type in author.relations:
        target = ensure_actor(session, changes, object_name, object_type)
        if not any(r.object_id == target.id and r.relation == relation for r in actor.relations):
            session.flush()
            actor.relations.append(ActorRelation(object=target, relation=relation))
    link_actor(session, changes, doc, actor, "author")
    return actor


def add_parsed(
    session: Session,
    changes: Changes,
    parsed: ParsedDocument,
    name: str,
    data: bytes,
    originals_dir: Path,
    known: dict[str, tuple[str, str]] | None = None,
) -> Document:
    """Add one parsed article (the caller's transaction). Raises DuplicateDocument.

    ``known`` (from :func:`known_actor_names`) may be passed in by a bulk import that adds
    many documents in one transaction, so that it is read once, not once a document.
    """
    sha256 = hashlib.sha256(data).hexdigest()
    duplicate = find_duplicate(session, parsed, sha256)
    if duplicate is not None:
        doc, why = duplicate
        raise DuplicateDocument(name, doc.uuid, doc.title, why)
    try:
        store_original(originals_dir, data, sha256, Path(name).suffix)
    except OSError as exc:
        raise ImportFailed(name, f"could not store the original file: {exc.strerror or exc}") from exc
    doc = Document(
        title=parsed.title or Path(name).stem,
        subtitle=parsed.subtitle,
        publication=parsed.publication,
        section=parsed.section,
        published_at=parsed.published_at,
        published_text=parsed.published_text,
        url=parsed.url,
        short_url=parsed.short_url,
        language=parsed.language,
        image_caption=parsed.image_caption,
        body=normalise(parsed.body),
        end_matter=normalise(parsed.end_matter),
        text_sha256=text_hash(parsed.body),
        original_name=Path(name).name,
        original_format=parsed.format,
        original_sha256=sha256,
        original_size=len(data),
        notes=parsed.notes,
        rights=parsed.rights,
    )
    session.add(doc)
    session.flush()
    changes.create("document", doc.uuid)
    for author in parsed.authors:
        add_author(session, changes, doc, author)
    record_proposals(session, changes, doc, parsed, known)
    return doc


def record_proposals(
    session: Session,
    changes: Changes,
    doc: Document,
    parsed: ParsedDocument | None,
    known: dict[str, tuple[str, str]] | None = None,
) -> None:
    """Store what Pressmark proposes for ``doc``; the user confirms or rejects each."""
    author = doc.authors[0].name if doc.authors else ""
    marked = [(q.exact, q.kind) for q in parsed.marked_quotes] if parsed else []
    quotes = proposing.propose_quotes(doc.body, marked, author)
    # a pull-quote box names its speaker (often, but not always, the author)
    marked_speakers = {q.exact: q.speaker for q in parsed.marked_quotes if q.speaker} if parsed else {}
    for quote in quotes:
        if quote.kind == "pull_quote" and marked_speakers.get(quote.exact):
            quote.speaker = marked_speakers[quote.exact]
    # a pull quote that repeats a quotation is one quote: keep the pull quote, with the
    # quotation's attribution
    pulled = {(q.start, q.end): q for q in quotes if q.kind == "pull_quote"}
    for quote in quotes:
        twin = pulled.get((quote.start, quote.end))
        if quote.kind != "pull_quote" and twin is not None:
            twin.speaker = twin.speaker or quote.speaker
            twin.speaker_role = twin.speaker_role or quote.speaker_role
            twin.cue = twin.cue or quote.cue
    quotes = [q for q in quotes if q.kind == "pull_quote" or (q.start, q.end) not in pulled]
    if known is None:
        known = known_actor_names(session)
    actors = proposing.propose_actors(doc.body, known, quotes)
    linked = {link.actor.name.lower() for link in doc.actor_links}
    for quote in quotes:
        payload = {
            "start": quote.start,
            "end": quote.end,
            "exact": quote.exact,
            "kind": quote.kind,
            "speaker": quote.speaker,
            "speaker_role": quote.speaker_role,
            "speaker_type": quote.speaker_type,
            "cue": quote.cue,
            "confidence": quote.confidence,
        }
        session.add(Proposal(document=doc, kind="quote", payload=json.dumps(payload, ensure_ascii=False)))
    for actor in actors:
        if (actor.known_actor or actor.name).lower() in linked:
            continue
        payload = {
            "name": actor.name,
            "type": actor.type,
            "mentions": [list(m) for m in actor.mentions],
            "known_actor": actor.known_actor,
            "role": actor.role,
            "confidence": actor.confidence,
        }
        session.add(Proposal(document=doc, kind="actor", payload=json.dumps(payload, ensure_ascii=False)))
    changes.proposals = True


def known_actor_names(session: Session) -> dict[str, tuple[str, str]]:
    """Every live actor's name and alias (lower-cased) -> (authorised name, type)."""
    known: dict[str, tuple[str, str]] = {}
    rows = session.execute(select(Actor.id, Actor.name, Actor.type).where(Actor.deleted_at.is_(None)))
    by_id = {}
    for actor_id, name, actor_type in rows:
        known[name.lower()] = (name, actor_type)
        by_id[actor_id] = (name, actor_type)
    for actor_id, alias in session.execute(select(ActorAlias.actor_id, ActorAlias.alias)):
        if actor_id in by_id:
            known.setdefault(alias.lower(), by_id[actor_id])
    return known


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files to import: files as given, folders walked for importable files (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in IMPORTABLE))
            )
        else:
            files.append(path)
    return files


def parse_files(paths: list[Path]) -> list[tuple[bytes, ParsedDocument] | PressmarkError]:
    """Read and parse each file; a failure is returned in its place, not raised."""
    results: list[tuple[bytes, ParsedDocument] | PressmarkError] = []
    for path in paths:
        try:
            data = read_file(path)
            results.append((data, parse_bytes(data, str(path))))
        except PressmarkError as exc:
            results.append(exc)
    return results


def read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ImportFailed(str(path), "no such file") from exc
    except IsADirectoryError as exc:
        raise ImportFailed(str(path), "is a folder") from exc
    except OSError as exc:
        raise ImportFailed(str(path), f"cannot be read: {exc.strerror}") from exc


def outcome_for_error(path: Path, exc: PressmarkError) -> ImportOutcome:
    status = "duplicate" if isinstance(exc, DuplicateDocument) else "failed"
    uuid = getattr(exc, "existing_uuid", "")
    return ImportOutcome(path=str(path), status=status, message=str(exc), document_uuid=uuid)


__all__ = ["ImportOutcome", "add_parsed", "expand_paths", "parse_bytes", "read_file"]
