"""Importing what other tools export: reference lists (RIS, CSL-JSON) and REFI-QDA projects.

Unlike an article, one such file holds many records, so it is imported whole in one unit of
work (all of it, or nothing when it is refused), and reported entry by entry as
:class:`~catalog.importing.ImportOutcome` values, all named by the file's path:

* ``imported``: a new document (a reference entry: ``page_kind`` ``reference``, no text; a
  project's text source: an article with its coded selections as quotes);
* ``enriched``: an entry whose DOI or URL names a document already here (one with neither:
  a reference here of the same title and date) fills that
  document's empty fields (publication, date, URL, DOI, language, section, notes, authors
  when it has none) and adds its keywords as tags; nothing filled in is ever overwritten. A
  project's text already here (the same text) gains the selections it lacks as quotes;
* ``duplicate``: the same, with nothing to add;
* ``skipped``: an entry that could not be read, or a part of a project Pressmark does not keep
  (pictures, audio, texts kept outside the project), with the reason.

The file itself is kept as the original of the documents it made (a reference list once for
all its entries; each project text as its own). :func:`read_records` is pure (a worker may run
it); :func:`add_records` works inside the caller's unit of work. Called by
``catalog.documents.import_records`` and, for such files among others, ``import_paths``.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from catalog.changes import Changes
from catalog.errors import ImportFailed, InvalidInput, describe
from catalog.exchange.qdpx_reader import QdaCode, QdaProject, QdaSource, read_project
from catalog.exchange.refusal import Refused
from catalog.importers.base import ParsedDocument
from catalog.importers.references import MAX_REFERENCE_BYTES, Reference, read_references
from catalog.importing import ImportOutcome, Originals, add_author, read_file, text_hash
from catalog.messages import Message, joined
from catalog.models import (
    ACTOR_NAME_MAX,
    ACTOR_TYPES,
    QUOTE_KINDS,
    Document,
    DocumentActor,
    Quote,
    Tag,
    new_uuid,
)
from catalog.proposals.language import detect_language
from catalog.services.actors import ActorLookup, link_actor
from catalog.services.tags import ensure_tag
from catalog.store import CancelToken
from catalog.text import context_of

RECORD_SUFFIXES = (".ris", ".json", ".csljson", ".qdpx")
MAX_QDPX_BYTES = 4 * 1024 * 1024 * 1024  # the zip; what it holds is bounded by qdpx_reader
_CHUNK = 500
# a document's fields an entry fills when they are empty, and the words (a sentence's key)
# naming each in the report
_FILLED = (
    ("publication", "filled_publication"), ("section", "filled_section"), ("published_at", "filled_date"), ("url", "filled_url"),
    ("doi", "filled_doi"), ("language", "filled_language"), ("notes", "filled_notes"),
)  # fmt: skip
# what shows an entry to be a document the catalogue holds -> the words naming it
_SAME = {"DOI": "same_doi", "URL": "same_url", "title and date": "same_title_and_date"}



def is_records_file(path: Path) -> bool:
    """Whether ``path`` names a reference list or a REFI-QDA project (by its extension)."""
    return path.suffix.lower() in RECORD_SUFFIXES


@dataclass
class Records:
    """A records file, read: its bytes, and its entries or its project."""

    name: str
    data: bytes
    format: str  # ris, csl-json or qdpx
    references: list[Reference] | None = None
    project: QdaProject | None = None


def read_records(path: Path) -> Records:
    """Read and parse the records file at ``path``. Raises ImportFailed with the reason."""
    name = str(path)
    if path.suffix.lower() == ".qdpx":
        _check_file(path)
        try:
            project = read_project(path)
        except Refused as exc:
            raise ImportFailed(name, Message("refused", reason=exc.reason)) from None
        return Records(name, b"", "qdpx", project=project)
    data = read_file(path, MAX_REFERENCE_BYTES)
    references = read_references(data, name)
    kind = "ris" if any(r.parsed and r.parsed.provenance.get("source") == "RIS" for r in references) else "csl-json"
    return Records(name, data, kind, references=references)


def _check_file(path: Path) -> None:
    """Refuse what is not a regular file of a size a project may have, before opening it."""
    try:
        info = path.stat()
    except OSError as exc:
        raise ImportFailed(str(path), Message("cannot_be_read", reason=exc.strerror or str(exc))) from None
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailed(str(path), Message("not_regular_file"))
    if info.st_size > MAX_QDPX_BYTES:
        raise ImportFailed(str(path), Message("qda_project_too_big", size=f"{info.st_size:,}", most=f"{MAX_QDPX_BYTES:,}"))


def add_records(
    session: Session, changes: Changes, records: Records, originals: Originals,
    progress: Callable[[int, int], None] | None = None, cancel: CancelToken | None = None,
) -> list[ImportOutcome]:
    """Add everything ``records`` holds to the caller's unit of work; returns one outcome per
    entry. ``progress(done, total)`` is called after each entry (a reference or a project's
    source); a set ``cancel`` token raises Cancelled at the next one. Raises PressmarkError
    or Cancelled (the caller's unit of work then saves nothing)."""
    adder = _Adder(session, records.name, originals, progress, cancel)
    if records.project is not None:
        return adder.project(changes, records.project)
    assert records.references is not None
    return adder.references(changes, records.references, records.data, records.format)


class _Adder:
    def __init__(self, session: Session, name: str, originals: Originals, progress=None, cancel: CancelToken | None = None):
        self.session = session
        self.name = name
        self.originals = originals
        self.actors = ActorLookup(session)
        self.tags: dict[str, Tag] = {}
        self.progress = progress
        self.cancel = cancel

    def step(self, done: int, total: int) -> None:
        """Between two entries: say how far the file is, and stop if asked to."""
        if self.progress is not None:
            self.progress(done, total)
        if self.cancel is not None:
            self.cancel.check()

    def outcome(self, status: str, message: str, uuid: str = "", changes: Changes | None = None) -> ImportOutcome:
        return ImportOutcome(self.name, status, message, uuid, changes or Changes())

    def tag(self, changes: Changes, path: str, colour: str = "") -> Tag:
        tag = self.tags.get(path)
        if tag is None:
            tag = self.tags[path] = ensure_tag(self.session, changes, path)
        if colour and not tag.colour:
            tag.colour = colour
            changes.edit("tag", tag.uuid)
        return tag

    def add_tags(self, changes: Changes, record: Document | Quote, kind: str, paths: list[str], notices: list[str]) -> int:
        added = 0
        for path in paths:
            try:
                tag = self.tag(changes, path)
            except InvalidInput as exc:
                notices.append(Message("keyword_not_tag", keyword=path[:60], reason=describe(exc)))
                continue
            if tag not in record.tags:
                record.tags.append(tag)
                added += 1
        if added:
            changes.edit(kind, record.uuid)
        return added

    def add_authors(self, changes: Changes, doc: Document, parsed: ParsedDocument, notices: list[str]) -> None:
        for author in parsed.authors:
            if len(author.name) > ACTOR_NAME_MAX:
                notices.append(Message("author_name_left_out", length=f"{len(author.name):,}"))
                continue
            add_author(self.session, changes, doc, author, self.actors)

    # ----- reference lists ---------------------------------------------------------------
    def references(self, changes: Changes, references: list[Reference], data: bytes, kind: str) -> list[ImportOutcome]:
        sha256 = hashlib.sha256(data).hexdigest()
        matcher = _Matcher(self.session, [r.parsed for r in references if r.parsed is not None])
        outcomes = []
        stored = False
        for number, reference in enumerate(references):
            self.step(number, len(references))
            parsed = reference.parsed
            if parsed is None:
                outcomes.append(self.outcome("skipped", Message("entry_skipped", label=reference.label, problem=reference.problem)))
                continue
            one = Changes()
            notices = list(reference.notices)
            found = matcher.find(parsed)
            if found is None:
                if not stored:
                    self.originals.add(data, sha256, Path(self.name).suffix or ".ris")
                    stored = True
                doc = self.new_reference(one, parsed, kind, sha256, len(data), notices)
                self.add_tags(one, doc, "document", reference.keywords, notices)
                matcher.remember(doc)
                message: str = Message("entry_imported", label=reference.label, title=doc.title)
                status = "imported"
            else:
                doc, why = found
                filled = self.enrich(one, doc, parsed, notices)
                if self.add_tags(one, doc, "document", reference.keywords, notices):
                    filled.append(Message("filled_tags"))
                status = "enriched" if filled else "duplicate"
                same = Message(_SAME[why])
                if filled:
                    message = Message("entry_enriched", label=reference.label, title=doc.title, same=same, fields=joined("list_pair", filled))
                else:
                    message = Message("entry_already_there", label=reference.label, title=doc.title, same=same)
            if notices:
                message = joined("clause_pair", [message, *notices])
            changes.merge(one)
            outcomes.append(self.outcome(status, message, doc.uuid, one))
        return outcomes

    def new_reference(self, changes: Changes, parsed: ParsedDocument, kind: str, sha256: str, size: int, notices: list[str]) -> Document:
        doc = Document(
            uuid=new_uuid(), title=parsed.title, publication=parsed.publication, section=parsed.section,
            published_at=parsed.published_at, published_text=parsed.published_text, url=parsed.url,
            language=parsed.language, body="", text_sha256="", original_name=Path(self.name).name,
            original_format=kind, original_sha256=sha256, original_size=size, notes=parsed.notes,
            doi=parsed.doi, page_kind="reference",
            provenance=json.dumps(parsed.provenance, ensure_ascii=False, sort_keys=True),
        )  # fmt: skip
        self.session.add(doc)
        changes.create("document", doc.uuid)
        self.add_authors(changes, doc, parsed, notices)
        return doc

    def enrich(self, changes: Changes, doc: Document, parsed: ParsedDocument, notices: list[str]) -> list[str]:
        """Fill ``doc``'s empty fields from ``parsed``; returns the words naming those filled."""
        filled: list[str] = []
        for field_name, label in _FILLED:
            value = getattr(parsed, field_name)
            if value and not getattr(doc, field_name):
                if field_name == "published_at" and doc.published_text:
                    continue  # the document's own words for its date stand
                setattr(doc, field_name, value)
                filled.append(Message(label))
        if parsed.published_text and not doc.published_text and doc.published_at is None and "date" not in filled:
            doc.published_text = parsed.published_text
            filled.append(Message("filled_date"))
        if parsed.authors and not doc.authors:
            self.add_authors(changes, doc, parsed, notices)
            filled.append(Message("filled_authors"))
        if filled:
            changes.edit("document", doc.uuid)
        return filled

    # ----- REFI-QDA projects -------------------------------------------------------------
    def project(self, changes: Changes, project: QdaProject) -> list[ImportOutcome]:
        outcomes = []
        for code in project.codes.values():
            path = _tag_path(code)
            if path:
                self.tag(changes, path, code.colour)
        for number, source in enumerate(project.sources):
            self.step(number, len(project.sources))
            one = Changes()
            outcomes.append(self.source(one, project, source))
            changes.merge(one)
        outcomes.extend(self.outcome("skipped", Message("qda_skipped", what=message)) for message in project.skipped)
        return outcomes

    def source(self, changes: Changes, project: QdaProject, source: QdaSource) -> ImportOutcome:
        digest = text_hash(source.text)
        doc = self.session.scalar(
            select(Document).where(Document.text_sha256 == digest, Document.deleted_at.is_(None)).order_by(Document.id).limit(1)
        )
        created = doc is None
        notes = "\n\n".join(source.notes)
        if doc is None:
            sha256 = hashlib.sha256(source.data).hexdigest()
            self.originals.add(source.data, sha256, ".txt")
            doc = Document(
                uuid=new_uuid(), title=source.name, body=source.text, text_sha256=digest,
                original_name=Path(source.member).name or f"{source.name[:80]}.txt", original_format="qdpx",
                original_sha256=sha256, original_size=len(source.data), notes=notes,
                language=detect_language(source.text),  # a project names no language: read it from the text
                provenance=json.dumps({"source": "REFI-QDA", "project": project.name, "origin": project.origin, "guid": source.guid}, ensure_ascii=False, sort_keys=True),
            )  # fmt: skip
            self.session.add(doc)
            changes.create("document", doc.uuid)
        elif notes and not doc.notes:
            doc.notes = notes
            changes.edit("document", doc.uuid)
        self.add_tags(changes, doc, "document", _tag_paths(project, source.codes), [])
        spans = {(q.start, q.end) for q in doc.quotes if q.deleted_at is None}
        added = 0
        for selection in source.selections:
            if (selection.start, selection.end) in spans:
                continue
            spans.add((selection.start, selection.end))
            self.quote(changes, project, doc, selection)
            added += 1
        self.session.flush()
        one = "_one" if added == 1 else ""
        if created:
            return self.outcome("imported", Message("qda_imported" + one, title=doc.title, count=added), doc.uuid, changes)
        if changes:
            return self.outcome("enriched", Message("qda_quotes_added" + one, title=doc.title, count=added), doc.uuid, changes)
        return self.outcome("duplicate", Message("qda_nothing_to_add", title=doc.title), doc.uuid, changes)

    def quote(self, changes: Changes, project: QdaProject, doc: Document, selection) -> None:
        prefix, suffix = context_of(doc.body, selection.start, selection.end)
        kind = "quotation" if project.from_pressmark else "excerpt"
        speaker = None
        for guid in selection.codes:
            code = project.codes.get(guid)
            if code is None or len(code.path) < 2 or code.branch not in ("speakers", "kinds"):
                continue
            if code.branch == "kinds" and code.path[-1].replace(" ", "_") in QUOTE_KINDS:
                kind = code.path[-1].replace(" ", "_")
            elif code.branch == "speakers":
                speaker = self.actors.ensure(changes, code.path[-1], _case_type(project.cases.get(code.path[-1], "")))
        quote = Quote(
            uuid=new_uuid(), document=doc, start=selection.start, end=selection.end,
            exact=doc.body[selection.start : selection.end], prefix=prefix, suffix=suffix, kind=kind,
            note="\n\n".join(selection.notes),
        )  # fmt: skip
        self.session.add(quote)
        changes.create("quote", quote.uuid)
        if speaker is not None:
            quote.speaker = speaker
            link_actor(self.session, changes, doc, speaker, "quoted")
        self.add_tags(changes, quote, "quote", _tag_paths(project, selection.codes), [])


def _tag_path(code: QdaCode) -> str:
    """The tag a code becomes: its path in the code tree, or, in Pressmark's own export, its
    path under the Tags branch ("" for the branches and for speaker and kind codes)."""
    if code.branch:
        return "/".join(code.path[1:]) if code.branch == "tags" else ""
    return "/".join(code.path)


def _tag_paths(project: QdaProject, guids: list[str]) -> list[str]:
    paths = (_tag_path(project.codes[g]) for g in guids if g in project.codes)
    return list(dict.fromkeys(p for p in paths if p))


def _case_type(description: str) -> str:
    first = description.split(" — ", 1)[0].strip()
    return first if first in ACTOR_TYPES else "person"


class _Matcher:
    """The live documents a batch of entries may name, by DOI (any case) and URL."""

    def __init__(self, session: Session, entries: list[ParsedDocument]):
        self.by_doi: dict[str, Document] = {}
        self.by_url: dict[str, Document] = {}
        # an entry with neither DOI nor URL: a reference here of the same title and date
        self.by_title: dict[tuple, Document] = {}
        loads = (selectinload(Document.actor_links).selectinload(DocumentActor.actor), selectinload(Document.tags))
        titles = sorted({p.title.lower() for p in entries if not p.doi and not p.url})
        for first in range(0, len(titles), _CHUNK):
            query = select(Document).where(
                Document.deleted_at.is_(None), Document.page_kind == "reference", func.lower(Document.title).in_(titles[first : first + _CHUNK])
            )
            for doc in session.scalars(query.options(*loads).order_by(Document.id)):
                self.by_title.setdefault(_title_key(doc), doc)
        dois = sorted({p.doi.lower() for p in entries if p.doi})
        urls = sorted({variant for p in entries if p.url for variant in _url_variants(p.url)})
        live = Document.deleted_at.is_(None)
        for first in range(0, len(dois), _CHUNK):
            query = select(Document).where(live, func.lower(Document.doi).in_(dois[first : first + _CHUNK]))
            for doc in session.scalars(query.options(*loads).order_by(Document.id)):
                self.by_doi.setdefault(doc.doi.lower(), doc)
        for first in range(0, len(urls), _CHUNK):
            chunk = urls[first : first + _CHUNK]
            query = select(Document).where(live, Document.url.in_(chunk) | Document.short_url.in_(chunk))
            for doc in session.scalars(query.options(*loads).order_by(Document.id)):
                self.remember(doc, doi=False)

    def find(self, parsed: ParsedDocument) -> tuple[Document, str] | None:
        if parsed.doi and parsed.doi.lower() in self.by_doi:
            return self.by_doi[parsed.doi.lower()], "DOI"
        if parsed.url and _url_key(parsed.url) in self.by_url:
            return self.by_url[_url_key(parsed.url)], "URL"
        if not parsed.doi and not parsed.url and _title_key(parsed) in self.by_title:
            return self.by_title[_title_key(parsed)], "title and date"
        return None

    def remember(self, doc: Document, doi: bool = True) -> None:
        if doi and doc.doi:
            self.by_doi.setdefault(doc.doi.lower(), doc)
        for url in (doc.url, doc.short_url):
            if url:
                self.by_url.setdefault(_url_key(url), doc)
        if doc.page_kind == "reference":
            self.by_title.setdefault(_title_key(doc), doc)


def _title_key(record: Document | ParsedDocument) -> tuple:
    return record.title.lower(), record.published_at, record.published_text


def _url_key(url: str) -> str:
    """A URL as compared: no scheme, no ``www.``, no fragment, no trailing slash, host in lower case."""
    rest = url.strip().split("#", 1)[0]
    rest = rest.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}/{path}".rstrip("/")


def _url_variants(url: str) -> set[str]:
    """The spellings of ``url`` a document may hold that :func:`_url_key` takes as the same."""
    key = _url_key(url)
    return {f"{scheme}://{www}{key}{slash}" for scheme in ("http", "https") for www in ("", "www.") for slash in ("", "/")} | {url.strip()}
