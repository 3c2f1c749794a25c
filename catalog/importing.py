"""Importing articles: parse, detect duplicates, store the original, record proposals.

Called through :class:`catalog.Catalog` (``import_file``, ``import_bytes``, ``import_paths``).
A file either becomes one document in one transaction or changes nothing; a web archive
(WARC, WACZ) becomes one document per page it holds (:mod:`catalog.archive_import`), all of
them keeping the one stored archive as their original.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import stat
import tempfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from catalog import importers
from catalog import proposals as proposing
from catalog.changes import Changes
from catalog.errors import DuplicateDocument, ImportFailed, PressmarkError, describe
from catalog.importers import parse_bytes, saved_page
from catalog.importers.base import ParsedActor, ParsedDocument
from catalog.messages import Message
from catalog.models import (
    Actor,
    ActorIdentifier,
    ActorRelation,
    Document,
    Proposal,
    new_uuid,
)
from catalog.proposals.language import detect_language, primary_language
from catalog.proposals.names import name_sequences, poll
from catalog.services.actors import ActorLookup, link_actor
from catalog.text import normalise

if TYPE_CHECKING:
    from catalog.store import CancelToken

log = logging.getLogger(__name__)
# a folder's files imported: articles, web archives, and reference lists and REFI-QDA projects
# (a .json is imported only when named, not found in a folder: most are something else)
IMPORTABLE = {
    ".md", ".markdown", ".txt", ".text", ".html", ".htm", ".xhtml", ".pdf", ".docx", ".mht", ".mhtml",
    ".warc", ".wacz", ".ris", ".qdpx",
}  # fmt: skip
IMPORTABLE_ENDINGS = (*IMPORTABLE, ".warc.gz")


@dataclass
class ImportOutcome:
    """The result of importing one file, one page of a web archive, or one entry of a
    reference list or a REFI-QDA project.

    ``status`` is imported, duplicate or failed; for a reference list's or a project's
    entries also enriched (an existing document's empty fields filled) or skipped (see
    :mod:`catalog.exchange.tool_import`); skipped too for a web archive's responses that are
    not pages (counted by kind in ``skipped``). Outcomes of a web archive have
    ``web_archive`` set and its ``path``; a page's ``record`` is the URL it was captured
    from, and ``page_kind`` what it was imported as (article or page).
    """

    path: str
    status: str
    message: str
    document_uuid: str = ""
    changes: Changes = field(default_factory=Changes)
    web_archive: bool = False
    record: str = ""
    page_kind: str = ""
    skipped: dict[str, int] = field(default_factory=dict)


OUTCOME_STATUSES = ("imported", "enriched", "duplicate", "skipped", "failed")


def listed_outcomes(outcomes: list[ImportOutcome]) -> list[ImportOutcome]:
    """The outcomes an import's report names one by one: all but a web archive's skipped
    responses (images, scripts...), which its tally line counts by kind. A reference list's
    or a project's skipped entries are listed, each with why."""
    return [o for o in outcomes if not (o.status == "skipped" and o.web_archive)]


def outcome_counts(outcomes: list[ImportOutcome]) -> dict[str, int]:
    """How many of the :func:`listed_outcomes` have each status (``OUTCOME_STATUSES``)."""
    listed = listed_outcomes(outcomes)
    return {status: sum(1 for o in listed if o.status == status) for status in OUTCOME_STATUSES}


def outcome_summary(outcomes: list[ImportOutcome], already: str = "already there") -> str:
    """The import in one line: "3 imported, 1 already there, 0 failed"; enriched and skipped
    (which only reference lists, projects and web archives give) are named when they happen."""
    counts = outcome_counts(outcomes)
    extra = "".join(f", {counts[s]} {s}" for s in ("enriched", "skipped") if counts[s])
    return f"{counts['imported']} imported{extra}, {counts['duplicate']} {already}, {counts['failed']} failed"


def text_hash(body: str) -> str:
    return hashlib.sha256(" ".join(normalise(body).split()).encode("utf-8")).hexdigest()


class Originals:
    """Original files written for one batch of imports, made durable together.

    :meth:`add` writes each file under a temporary name; :meth:`commit` (before the batch's
    database commit) flushes them all to disk at once, in parallel, which costs about one
    flush instead of one per file, then gives each its content-hash name. A file is never
    seen under its final name before its bytes are on disk.

    With ``background``, :meth:`add` hands the writing to threads and returns at once (on a
    busy disk, creating a file takes about a millisecond, as long as adding its document);
    :meth:`wait` then raises the first write that failed, and the caller adds the batch
    again without ``background``, so that the file whose original cannot be stored fails
    alone.
    """

    def __init__(self, originals_dir: Path, background: bool = False):
        self.originals_dir = originals_dir
        self.pending: dict[Path, Path] = {}  # final name -> temporary file
        self.writing: dict[Path, Future[Path | None]] = {}  # final name -> its temporary file, being written
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=2) if background else None

    def add(self, data: bytes, sha256: str, suffix: str) -> Path:
        target = self.originals_dir / sha256[:2] / (sha256 + suffix.lower()[:10])
        if target in self.pending or target in self.writing:
            return target
        if self._pool is not None:
            self.writing[target] = self._pool.submit(_write_temporary, target, data)
        elif (written := _write_temporary(target, data)) is not None:
            self.pending[target] = written
        return target

    def wait(self) -> None:
        """Wait for the files being written. Raises OSError for the first that failed; the
        others are kept, and :meth:`add` then writes in this thread."""
        failure: OSError | None = None
        for target, future in self.writing.items():
            try:
                written = future.result()
            except OSError as exc:
                failure = failure or exc
            else:
                if written is not None:
                    self.pending[target] = written
        self.writing.clear()
        self._stop()
        if failure is not None:
            raise failure

    def _stop(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def add_file(self, source: Path, sha256: str, suffix: str) -> Path:
        """Store the file at ``source`` (a web archive: too big to hold in memory) as the
        original whose content hash is ``sha256``, once however many documents keep it.

        Copies it in pieces, hashing as it goes. Raises OSError, and ValueError when the
        file no longer has that hash (it changed while it was imported).
        """
        folder = self.originals_dir / sha256[:2]
        target = folder / (sha256 + suffix.lower()[:10])
        if target in self.pending or target in self.writing or (target.exists() and not target.is_symlink()):
            return target
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
        digest = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as handle, source.open("rb") as original:
                while block := original.read(1 << 20):
                    digest.update(block)
                    handle.write(block)
            if digest.hexdigest() != sha256:
                raise ValueError(Message("file_changed_while_imported"))
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        self.pending[target] = Path(temp)
        return target

    def commit(self) -> None:
        """Flush every pending file to disk, then rename it into place. Raises OSError."""
        self.wait()
        if not self.pending:
            return
        try:
            temps = list(self.pending.values())
            if len(temps) == 1:
                _fsync(temps[0])
            else:
                with ThreadPoolExecutor(max_workers=min(8, len(temps))) as pool:
                    list(pool.map(_fsync, temps))
            for target, temp in self.pending.items():
                os.replace(temp, target)
        except BaseException:
            self.discard()
            raise
        self.pending.clear()

    def discard(self) -> None:
        try:
            self.wait()
        except OSError:
            pass  # nothing to remove of a file that was not written
        for temp in self.pending.values():
            temp.unlink(missing_ok=True)
        self.pending.clear()


def _write_temporary(target: Path, data: bytes) -> Path | None:
    """``data`` in a new temporary file beside ``target`` (its folder made if missing), or
    None if ``target`` is already stored. Raises OSError."""
    # a link under the name is not our file (whatever it points at): ours replaces it
    if target.exists() and not target.is_symlink():
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def add_author(
    session: Session, changes: Changes, doc: Document, author: ParsedActor, actors: ActorLookup
) -> Actor:
    actor = actors.ensure(changes, author.name, author.type, author.description)
    for scheme, value in author.identifiers.items():
        if not any(i.scheme == scheme and i.value == value for i in actor.identifiers):
            actor.identifiers.append(ActorIdentifier(scheme=scheme, value=value))
    for relation, object_name, object_type in author.relations:
        target = actors.ensure(changes, object_name, object_type)
        if not any(r.object is target and r.relation == relation for r in actor.relations):
            actor.relations.append(ActorRelation(object=target, relation=relation))
    link_actor(session, changes, doc, actor, "author")
    return actor


@dataclass
class Prepared:
    """A file read, parsed and analysed, ready to be added: plain data that crosses processes.

    ``quotes`` and ``actors`` are proposal payloads; actor proposals naming one of the
    document's own authors are dropped when it is added (the authors are resolved then).
    """

    name: str
    data: bytes
    parsed: ParsedDocument
    sha256: str
    text_sha256: str
    body: str  # as stored: normalised
    quotes: list[dict]
    actors: list[dict]
    # A page of a web archive: the URL it was captured from, and the archive, which is
    # stored (once) as the original instead of ``data``; its suffix and size
    record: str = ""
    original: str = ""
    suffix: str = ""  # the stored original's, when not the name's (.warc.gz, .zip)
    original_size: int = -1  # when not len(data)
    note: str = ""  # said after "imported “title”" (what was kept with it)


def prepare(
    parsed: ParsedDocument,
    data: bytes,
    name: str,
    known: dict[str, tuple[str, str]],
    cancel: CancelToken | None = None,
) -> Prepared:
    """Everything about one parsed file that needs no database: hashes and proposals.

    ``known`` (from :func:`known_actor_names`) names the catalogue's actors; pure, so bulk
    imports run it in worker processes. A document whose source does not say its language
    gets the one detected in its title and body (an ISO 639-1 code, or none when unsure);
    its proposals are read with that language's rules. Takes time in proportion to the
    text; raises Cancelled when ``cancel`` is set, polled throughout (a 10 MB text takes
    seconds).
    """
    poll(cancel)
    body = normalise(parsed.body)
    if not parsed.language.strip():
        parsed = replace(parsed, language=detect_language(f"{parsed.title}\n\n{body}"))
    author = ""
    if parsed.authors:
        first = parsed.authors[0].name.strip()
        author = known.get(first.lower(), (first, ""))[0]
    quotes, actors = _proposals(body, parsed, author, known, cancel)
    poll(cancel)
    return Prepared(
        name=name,
        data=data,
        parsed=parsed,
        sha256=hashlib.sha256(data).hexdigest(),
        text_sha256=text_hash(parsed.body),
        body=body,
        quotes=quotes,
        actors=actors,
    )


def _proposals(
    body: str,
    parsed: ParsedDocument,
    author: str,
    known: dict[str, tuple[str, str]],
    cancel: CancelToken | None = None,
) -> tuple[list[dict], list[dict]]:
    """Quote and actor proposal payloads for a body; ``author`` is the first author's name."""
    marked = [(q.exact, q.kind) for q in parsed.marked_quotes]
    # the body's name runs, found once for both kinds of proposal (a third of their time)
    names = name_sequences(body, cancel)
    language = primary_language(parsed.language)
    quotes = proposing.propose_quotes(body, marked, author, names, cancel, language or "en")
    # a pull-quote box names its speaker (often, but not always, the author)
    marked_speakers = {q.exact: q.speaker for q in parsed.marked_quotes if q.speaker}
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
    actors = proposing.propose_actors(body, known, quotes, names, cancel)
    quote_payloads = [
        {
            "start": quote.start,
            "end": quote.end,
            "exact": quote.exact,
            "kind": quote.kind,
            "speaker": quote.speaker,
            "speaker_role": quote.speaker_role,
            "speaker_type": quote.speaker_type,
            "cue": quote.cue,
            "confidence": quote.confidence,
            "described_as": quote.described_as,
        }
        for quote in quotes
    ]
    actor_payloads = [
        {
            "name": actor.name,
            "type": actor.type,
            "mentions": [list(m) for m in actor.mentions],
            "known_actor": actor.known_actor,
            "role": actor.role,
            "confidence": actor.confidence,
        }
        for actor in actors
    ]
    return quote_payloads, actor_payloads


class DuplicateCheck:
    """Which of a batch of files the catalogue (or an earlier file of the batch) already
    holds: one query per kind of evidence for the whole batch."""

    def __init__(self, session: Session, items: list[Prepared]):
        self.by: dict[str, dict[str, tuple[str, str]]] = {"sha": {}, "url": {}, "short": {}, "text": {}}
        wanted = {
            "sha": (Document.original_sha256, {i.sha256 for i in items}),
            "url": (Document.url, {i.parsed.url for i in items if i.parsed.url}),
            "short": (Document.short_url, {i.parsed.short_url for i in items if i.parsed.short_url}),
            "text": (Document.text_sha256, {i.text_sha256 for i in items}),
        }
        for kind, (column, values) in wanted.items():
            ordered = sorted(values)
            for first in range(0, len(ordered), 500):
                rows = session.execute(
                    select(column, Document.uuid, Document.title)
                    .where(column.in_(ordered[first : first + 500]), Document.deleted_at.is_(None))
                    .order_by(Document.id)
                )
                for value, uuid, title in rows:
                    self.by[kind].setdefault(value, (uuid, title))

    def check(self, item: Prepared) -> None:
        """Raise DuplicateDocument if ``item`` is already held (original, URL, short URL, text).

        The pages of one web archive share their original: for them it proves nothing."""
        checks = [("sha", "" if item.record else item.sha256, "original file"), ("url", item.parsed.url, "URL")]
        checks += [("short", item.parsed.short_url, "short URL"), ("text", item.text_sha256, "text")]
        for kind, value, why in checks:
            if value and value in self.by[kind]:
                uuid, title = self.by[kind][value]
                raise DuplicateDocument(f"{item.name} › {item.record}" if item.record else item.name, uuid, title, why)

    def remember(self, item: Prepared, doc: Document) -> None:
        for kind, value in (("sha", "" if item.record else item.sha256), ("url", item.parsed.url), ("short", item.parsed.short_url), ("text", item.text_sha256)):
            if value:
                self.by[kind].setdefault(value, (doc.uuid, doc.title))


class ProposalRows:
    """The proposals of a batch's new documents, inserted together once the documents have
    their ids: a batch of 500 news stories proposes some 2,500, which as ORM objects cost
    more than the documents themselves."""

    def __init__(self) -> None:
        self.pending: list[tuple[Document, str, str]] = []

    def add(self, doc: Document, kind: str, payload: dict) -> None:
        self.pending.append((doc, kind, json.dumps(payload, ensure_ascii=False)))

    def insert(self, session: Session) -> None:
        """Flush the session, then insert the pending proposals."""
        session.flush()
        if self.pending:
            rows = [{"document_id": doc.id, "kind": kind, "payload": payload, "status": "pending"} for doc, kind, payload in self.pending]
            session.execute(insert(Proposal), rows)
            self.pending.clear()

    def discard(self) -> None:
        self.pending.clear()


def add_prepared(
    session: Session,
    changes: Changes,
    item: Prepared,
    originals: Originals,
    actors: ActorLookup,
    duplicates: DuplicateCheck,
    proposals: ProposalRows,
) -> Document:
    """Add one prepared article to the caller's transaction (no flush; the caller calls
    ``proposals.insert``, which flushes, and commits ``originals`` before the transaction).

    Raises DuplicateDocument or ImportFailed before anything is added.
    """
    duplicates.check(item)
    parsed, name = item.parsed, item.name
    suffix = item.suffix or Path(name).suffix
    try:
        if item.original:
            originals.add_file(Path(item.original), item.sha256, suffix)
        else:
            originals.add(item.data, item.sha256, suffix)
    except OSError as exc:
        raise ImportFailed(name, Message("original_not_stored", reason=exc.strerror or str(exc))) from exc
    except ValueError as exc:
        raise ImportFailed(name, _said(exc)) from exc
    doc = Document(
        uuid=new_uuid(),
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
        body=item.body,
        end_matter=normalise(parsed.end_matter),
        text_sha256=item.text_sha256,
        original_name=Path(name).name,
        original_format=parsed.format,
        original_sha256=item.sha256,
        original_size=len(item.data) if item.original_size < 0 else item.original_size,
        notes=parsed.notes,
        rights=parsed.rights,
        doi=parsed.doi,
        page_kind=parsed.page_kind,
        captured_at=parsed.captured_at,
        provenance=json.dumps(parsed.provenance, ensure_ascii=False, sort_keys=True) if parsed.provenance else "",
    )
    session.add(doc)
    changes.create("document", doc.uuid)
    for author in parsed.authors:
        add_author(session, changes, doc, author, actors)
    linked = {link.actor.name.lower() for link in doc.actor_links}
    for payload in item.quotes:
        proposals.add(doc, "quote", payload)
    for payload in item.actors:
        if (payload["known_actor"] or payload["name"]).lower() in linked:
            continue
        proposals.add(doc, "actor", payload)
    changes.proposals = True
    duplicates.remember(item, doc)
    return doc


def add_parsed(
    session: Session, changes: Changes, parsed: ParsedDocument, name: str, data: bytes, originals_dir: Path
) -> Document:
    """Add one parsed article to the caller's transaction and flush. Raises DuplicateDocument."""
    actors = ActorLookup(session)
    item = prepare(parsed, data, name, actors.known)
    originals = Originals(originals_dir)
    proposals = ProposalRows()
    doc = add_prepared(session, changes, item, originals, actors, DuplicateCheck(session, [item]), proposals)
    proposals.insert(session)
    try:
        originals.commit()
    except OSError as exc:
        raise ImportFailed(name, Message("original_not_stored", reason=exc.strerror or str(exc))) from exc
    return doc


def known_actor_names(session: Session) -> proposing.KnownNames:
    """Every live actor's name and alias (lower-cased) -> (authorised name, type)."""
    return ActorLookup(session).known


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[ImportOutcome]]:
    """Files to import, and the refusals found on the way.

    Files are taken as given (:func:`read_file` refuses what is not a regular file); folders
    are walked, sorted, for files with an importable extension. In a folder, links are
    followed only to a regular file inside the folder given: a link to a folder, to
    somewhere outside it, to nothing or to itself is refused, as are named pipes, devices
    and sockets, and folders that cannot be read; each refusal is an outcome naming the
    entry and why, and the walk goes on. Never follows a link to a folder, so never loops.
    """
    files: list[Path] = []
    refused: list[ImportOutcome] = []
    for path in paths:
        if path.is_dir():
            found, problems = _walk(path)
            files.extend(found)
            refused.extend(problems)
        else:
            files.append(path)
    return files, refused


def _walk(folder: Path) -> tuple[list[Path], list[ImportOutcome]]:
    root = os.path.realpath(folder)
    found: list[Path] = []
    refused: list[ImportOutcome] = []

    def refuse(path: Path, reason: str) -> None:
        refused.append(outcome_for_error(path, ImportFailed(str(path), reason)))

    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = list(listing)
        except OSError as exc:
            refuse(current, Message("folder_unreadable", reason=exc.strerror or str(exc)))
            continue
        names = {entry.name for entry in entries}
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    if not _saved_with_page(entry.name, names):
                        pending.append(path)
                    continue
                if entry.is_symlink():
                    reason = _link_refusal(path, root)
                elif not _importable(path):
                    continue
                else:
                    reason = _special_file(entry.stat(follow_symlinks=False).st_mode)
            except OSError as exc:
                reason = Message("cannot_be_read", reason=exc.strerror or str(exc))
            if reason is None:
                found.append(path)
            elif reason:
                refuse(path, reason)
    found.sort()
    refused.sort(key=lambda outcome: outcome.path)
    return found, refused


def _link_refusal(path: Path, root: str) -> str | None:
    """Why the link at ``path``, inside the folder ``root``, is not imported; None when it
    leads to a regular file inside that folder, "" when it is silently skipped (a link
    whose name is not that of an importable file, unless it leads to a folder)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return Message("link_to_nothing") if _importable(path) else ""
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Message("link_loop") if _importable(path) else ""
        raise
    if stat.S_ISDIR(info.st_mode):
        return Message("link_to_folder")
    if not _importable(path):
        return ""
    special = _special_file(info.st_mode)
    if special:
        return special
    target = os.path.realpath(path)
    if os.path.commonpath([root, target]) != root:
        return Message("link_outside", target=target)
    return None


def _importable(path: Path) -> bool:
    return path.name.lower().endswith(IMPORTABLE_ENDINGS)


def _saved_with_page(folder: str, siblings: set[str]) -> bool:
    """Whether ``folder`` is the ``NAME_files`` folder of a page ``NAME.html`` beside it
    ("Webpage, complete"): its files are kept with that page, not imported apart."""
    if not folder.endswith(saved_page.FILES_SUFFIX):
        return False
    stem = folder[: -len(saved_page.FILES_SUFFIX)]
    return any(stem + ext in siblings for ext in (".html", ".htm", ".xhtml", ".HTML", ".HTM"))


def _special_file(mode: int) -> str | None:
    """Why a file of this mode is not imported (a folder, pipe, device, socket), or None."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Message("special_folder")
    kinds = [
        (stat.S_ISFIFO, "special_pipe"),
        (stat.S_ISCHR, "special_device"),
        (stat.S_ISBLK, "special_disk"),
        (stat.S_ISSOCK, "special_socket"),
    ]
    return Message(next((key for test, key in kinds if test(mode)), "special_file"))


def prepare_files(
    paths: list[Path], known: dict[str, tuple[str, str]], cancel: CancelToken | None = None
) -> list[Prepared | ImportOutcome]:
    """Read, parse and prepare each file; a failure is returned as its outcome, not raised.

    Raises Cancelled when ``cancel`` is set: it is polled between the steps of each file
    and inside the long ones, so a long text stops within about a second.
    """
    results: list[Prepared | ImportOutcome] = []
    for path in paths:
        try:
            poll(cancel)
            data = read_file(path)
            # a name in another encoding than the file system's holds bytes no text can store
            name = os.fsencode(path).decode("utf-8", "replace")
            parsed = parse_bytes(data, name)
            poll(cancel)
            folder = saved_page.companion_folder(path)
            if folder is None:
                results.append(prepare(parsed, data, name, known, cancel))
            else:
                results.append(_prepare_complete(parsed, data, name, path, folder, known, cancel))
        except PressmarkError as exc:
            results.append(outcome_for_error(path, exc))
        except Exception as exc:  # a bug must not stop a folder import; report it per file
            if cancel is not None and cancel.cancelled:
                raise  # the token's Cancelled: the import stops, no file is at fault
            log.exception("preparing %s failed", path)
            results.append(ImportOutcome(str(path), "failed", Message("import_failed", name=str(path), reason=describe(exc))))
    return results


def _prepare_complete(
    parsed: ParsedDocument, data: bytes, name: str, path: Path, folder: Path, known, cancel
) -> Prepared:
    """A page saved as "Webpage, complete": its original is a zip of the page and its
    ``NAME_files`` folder (see :mod:`catalog.importers.saved_page`). Raises ImportFailed
    when the folder cannot be read or is too big."""
    try:
        packed, count = saved_page.pack_complete(path, data, folder)
    except ValueError as exc:
        raise ImportFailed(name, Message("page_folder_refused", reason=_said(exc))) from exc
    except OSError as exc:
        raise ImportFailed(name, Message("page_folder_unreadable", folder=folder.name, reason=exc.strerror or str(exc))) from exc
    parsed.format = saved_page.FORMAT_COMPLETE
    item = prepare(parsed, packed, name, known, cancel)
    item.suffix = ".zip"
    item.note = Message("page_kept_with_file" if count == 1 else "page_kept_with_files", count=count, folder=folder.name)
    return item


def read_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (a link to one is followed), read with a
    bound: at most ``limit`` bytes (default: the largest file any importer takes).

    Raises ImportFailed for a missing file, a folder, a named pipe, a device, a socket, a
    link that loops or leads nowhere, an unreadable file or one over the limit. A pipe or a
    device is refused before it is opened, and what was opened is checked again (it may have
    been swapped since), so a read never blocks and never runs on without end.
    """
    limit = importers.READ_LIMIT if limit is None else limit
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise ImportFailed(name, Message("link_to_nothing" if os.path.islink(path) else "file_missing")) from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ImportFailed(name, Message("link_loop")) from exc
        raise ImportFailed(name, Message("cannot_be_read", reason=exc.strerror or str(exc))) from exc
    _check_readable(name, info, limit)
    # O_NONBLOCK: should a pipe be swapped in after the check, opening it does not wait
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise ImportFailed(name, Message("cannot_be_read", reason=exc.strerror or str(exc))) from exc
    try:
        _check_readable(name, os.fstat(fd), limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:  # one byte past the limit tells a file that grew since
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ImportFailed(name, Message("cannot_be_read", reason=exc.strerror or str(exc))) from exc
    finally:
        os.close(fd)
    if total > limit:
        raise ImportFailed(name, importers.size_refusal(total, limit))
    return b"".join(chunks)


def _check_readable(name: str, info: os.stat_result, limit: int) -> None:
    problem = _special_file(info.st_mode)
    if problem:
        raise ImportFailed(name, problem)
    if info.st_size > limit:
        raise ImportFailed(name, importers.size_refusal(info.st_size, limit))


def outcome_for_error(path: Path | str, exc: PressmarkError) -> ImportOutcome:
    """The outcome of the file at ``path`` refused with ``exc``: already there, or failed, and
    why (the Message ``exc`` was raised with, when it was)."""
    status = "duplicate" if isinstance(exc, DuplicateDocument) else "failed"
    uuid = getattr(exc, "existing_uuid", "")
    return ImportOutcome(path=str(path), status=status, message=_said(exc), document_uuid=uuid)


def _said(exc: Exception) -> str:
    """What ``exc`` says: the Message it was raised with, or its text."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Message) else str(exc)


__all__ = [
    "ActorLookup",
    "DuplicateCheck",
    "ImportOutcome",
    "Prepared",
    "add_parsed",
    "Originals",
    "add_prepared",
    "expand_paths",
    "parse_bytes",
    "prepare",
    "prepare_files",
    "read_file",
]
