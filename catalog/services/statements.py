"""The same statement across documents (``catalog.statements``): who else carried a quote,
first and since, and what they changed; and every passage that several documents carry.

Derived data, like the search index: the passages of every live document and their MinHash
band keys live in ``statements.sqlite`` in the catalogue folder (:mod:`catalog.reuse`), kept
up to date from the catalogue itself. Whenever the catalogue has changed since the ledger was
last brought up to date (its state differs: the generation, how many units of work it has
committed, and the id of the last one, which tells a catalogue put back from a backup from the
one it was), the documents whose text is new, changed or gone are found by comparing fingerprints, and only those are cut again, so an import, an undo,
the trash and a bundle merge all reach it the same way. A missing ledger is built on first use;
a damaged one, or one made by another version, is built again and :attr:`repaired` says so;
the catalogue itself never depends on it.

Every method may take long on a big catalogue the first time (the GUI calls them on its worker
thread); ``progress(done, total, message)`` and a :class:`~catalog.store.CancelToken` work as
for the other long jobs, and a cancel leaves the ledger as it was or consistently part-way.
One call at a time uses the ledger (a lock); reads of the catalogue go through the store.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import select

from catalog.errors import CatalogUnavailable, InvalidInput
from catalog.lookup import by_ref
from catalog.messages import Message
from catalog.models import CatalogState, Document, Operation
from catalog.reuse import passages as cutting
from catalog.reuse.align import Alignment, WordChange, align
from catalog.reuse.ledger import FILE_NAME, DocumentPassages, Ledger, LedgerUnusable
from catalog.store import CancelToken, Progress, Store

if TYPE_CHECKING:  # numpy and datasketch (with scipy) load on first use, not with the catalogue
    import numpy as np

    from catalog.reuse.sketch import Sketcher

log = logging.getLogger(__name__)

MATCH = 0.4  # word-pair Jaccard of a whole statement with a stretch of text, to be the same
_BATCH = 500  # documents read and cut together
_BODY_CHUNK = 500
_REPRESENTATIVES = 8  # passages of one band bucket each member is compared with
_NO_DATE = datetime.max


@dataclass(frozen=True)
class Occurrence:
    """One document carrying a statement: where (``start``/``end``, code points into its
    text), its words there (``text``), how alike (``similarity``, the share of word pairs in
    common, 1.0 for the same words), and the words that differ from the statement traced
    (``changes``). ``is_quote`` marks the traced quote's own place, ``first`` the earliest
    dated appearance."""

    document: str
    title: str
    publication: str
    published_at: datetime | None
    start: int
    end: int
    text: str
    similarity: float
    changes: tuple[WordChange, ...] = ()
    is_quote: bool = False
    first: bool = False


@dataclass(frozen=True)
class ReusedPassage:
    """A passage carried by several documents: each place it appears, oldest first (the
    first appearance marked, similarity and changes counted against it)."""

    text: str
    occurrences: tuple[Occurrence, ...]

    @property
    def documents(self) -> int:
        return len({o.document for o in self.occurrences})


@cache
def _parameters() -> str:
    return _sketcher().parameters


def _sketcher() -> Sketcher:
    from catalog.reuse.sketch import Sketcher

    return Sketcher()


class StatementService:
    """``catalog.statements``: built with the store whose documents it reads."""

    def __init__(self, store: Store):
        self.store = store
        self._lock = threading.RLock()
        self._ledger: Ledger | None = None
        self.repaired: str | None = None  # what repairing the ledger on the last call found, for the user (a Message)

    @property
    def path(self):
        return self.store.path / FILE_NAME

    # ----- asking ---------------------------------------------------------------------------
    def trace(self, quote_ref: str, progress: Progress | None = None, cancel: CancelToken | None = None) -> list[Occurrence]:
        """Every live document carrying the statement of quote ``quote_ref``, in date order
        (undated last), the quote's own place among them (``is_quote``) and the earliest dated
        one marked ``first``. Raises NotFound for no such quote, InvalidInput for a quote of
        fewer than :data:`~catalog.reuse.passages.MIN_WORDS` words."""
        with self.store.reading() as session:
            quote = by_ref(session, "quote", quote_ref)
            doc = quote.document
            exact, own_id, start, end = quote.exact, doc.id, quote.start, quote.end
            own = Occurrence(doc.uuid, doc.title, doc.publication, doc.published_at, start, end, exact, 1.0, is_quote=True)
        said = cutting.words(exact)
        if len(said) < cutting.MIN_WORDS:
            raise InvalidInput(Message("trace_too_short", words=len(said), least=cutting.MIN_WORDS))
        units = cutting.passages(exact, said)
        if len(said) <= cutting.LONG_SENTENCE:
            units = sorted({*units, (0, len(said))})
        sketcher = _sketcher()
        keys = _keys_of(sketcher, said, units)
        with self._lock:
            self._ready(progress, cancel)
            found = self._guarded(lambda ledger: ledger.candidates(keys.reshape(-1).tolist()))
        spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for candidate in found:
            if candidate.document != own_id:
                spans[candidate.document].append((candidate.start, candidate.end))
        occurrences = [own]
        for row in self._bodies(spans):
            best = _best_alignment(exact, row.body, spans[row.id])
            if best is not None and best.similarity >= MATCH:
                occurrences.append(
                    Occurrence(row.uuid, row.title, row.publication, row.published_at, best.start, best.end,
                               row.body[best.start : best.end], round(best.similarity, 3), best.changes)
                )  # fmt: skip
        return _in_date_order(occurrences)

    def reused(self, progress: Progress | None = None, cancel: CancelToken | None = None, min_documents: int = 2) -> list[ReusedPassage]:
        """Every passage carried by at least ``min_documents`` live documents, most documents
        first (then oldest first). A full pass over the ledger: passages that share a band key
        are compared word pair by word pair, and each group is the passages alike (at least
        :data:`~catalog.reuse.sketch.THRESHOLD`) to the first of them found."""
        from catalog.reuse.sketch import THRESHOLD

        progress = progress or _no_progress
        with self._lock:
            self._ready(progress, cancel)
            buckets = self._guarded(lambda ledger: list(_document_spanning(ledger.buckets())))
            members = sorted({p for _key, bucket in buckets for p in bucket})
            where = self._guarded(lambda ledger: ledger.passages(members))
        progress(0, len(buckets), Message("progress_comparing_passages"))
        texts = _PassageTexts(self._bodies, where)
        # each group gathers round one passage, its leader, and a passage joins a group only
        # when it is like the leader: alike-to-alike chains (a template whose figures change
        # from story to story) do not run on into one group of everything
        leader_of: dict[int, int] = {}
        for done, (_key, bucket) in enumerate(buckets, 1):
            if done % 200 == 0:
                if cancel is not None:
                    cancel.check()
                progress(done, len(buckets), Message("progress_comparing_passages"))
            seen: list[int] = []
            for passage in bucket:
                if passage not in where:
                    continue
                if passage not in leader_of:
                    for other in seen:
                        leader = leader_of.get(other, other)
                        if where[leader][0] != where[passage][0] and cutting.jaccard(texts.shingles(leader), texts.shingles(passage)) >= THRESHOLD:
                            leader_of[passage] = leader
                            leader_of.setdefault(leader, leader)
                            break
                if len(seen) < _REPRESENTATIVES:
                    seen.append(passage)
        groups: dict[int, list[int]] = defaultdict(list)
        for passage, leader in leader_of.items():
            groups[leader].append(passage)
        found = []
        for done, group in enumerate(groups.values(), 1):
            if done % 200 == 0 and cancel is not None:
                cancel.check()
            found.append(self._reused(texts, group))
        kept = [r for r in found if r.documents >= min_documents]
        kept.sort(key=lambda r: (-r.documents, r.occurrences[0].published_at or _NO_DATE, r.text))
        return kept

    def status(self) -> str | None:
        """Why the ledger cannot be used as it is (missing, damaged, behind), or None."""
        with self._lock:
            try:
                ledger = self._open()
            except LedgerUnusable as exc:
                return f"the statements file is {exc}"
            try:
                if ledger.state() != self._state():
                    return "the statements file is behind the catalogue"
            except sqlite3.Error as exc:
                return f"the statements file is damaged ({exc})"
        return None

    def problem(self) -> str | None:
        """What ``check`` should report about the statements file: why it cannot be used
        (damaged, unreadable, made by another version), or None when it is sound or simply
        not built yet (it is built when first needed) or behind (it catches up when used),
        as a :class:`~catalog.messages.Message`. Unlike a search, this reads every page of the file."""
        with self._lock:
            try:
                ledger = self._open()
            except LedgerUnusable as exc:
                return None if str(exc) == "missing" else Message("statements_unusable", reason=exc.args[0])
            found = ledger.integrity()
            if not found:
                try:
                    ledger.state()
                except sqlite3.Error as exc:
                    found = [str(exc)]
            if found:
                self._close()
                return Message("statements_damaged", reason="; ".join(found[:3]))
        return None

    # ----- keeping the ledger ---------------------------------------------------------------
    def rebuild(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> int:
        """Cut every live document again and replace the ledger in one rename; returns how
        many passages it holds. A cancel leaves the old ledger in place."""
        self.store.require_writable(Message("statements_fixed"))
        with self._lock:
            self._close()
            state = self._state()
            ids = self._live_fingerprints()
            total = len(ids)
            progress = progress or _no_progress
            passages = 0

            def documents() -> Iterator[DocumentPassages]:
                nonlocal passages
                for _done, item in self._cut(ids, progress, cancel, total, Message("progress_finding_passages")):
                    passages += len(item.spans)
                    yield item
                progress(total, total, Message("progress_writing_statements"))

            Ledger.build(self.path, _parameters(), state, documents())
            return passages

    def refresh(self, progress: Progress | None = None, cancel: CancelToken | None = None) -> None:
        """Bring the ledger up to date with the catalogue now (building it if need be)."""
        with self._lock:
            self._ready(progress, cancel)

    def after_import(self) -> None:
        """Add what an import brought to a ledger that exists (one that does not is built on
        first use instead: a small import must not pay for a whole catalogue). Never raises:
        the import has happened whatever becomes of the ledger."""
        if self.store.read_only or not self.path.exists():
            return
        try:
            self.refresh()
        except Exception:
            log.exception("the statements file could not take in the import")

    def close(self) -> None:
        with self._lock:
            self._close()

    # ----- inside ---------------------------------------------------------------------------
    def _open(self) -> Ledger:
        if self._ledger is None:
            self._ledger = Ledger.open(self.path, _parameters(), writable=not self.store.read_only)
        return self._ledger

    def _close(self) -> None:
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None

    def _ready(self, progress: Progress | None, cancel: CancelToken | None) -> Ledger:
        """The ledger, open and up to date: built when missing, rebuilt (and said so, in
        :attr:`repaired` until the next call) when it cannot be used or has worn out, brought
        up to date when behind."""
        self.repaired = None
        try:
            ledger = self._open()
        except LedgerUnusable as exc:
            if self.store.read_only:
                raise CatalogUnavailable(Message("statements_read_only", path=self.store.path, reason=exc.args[0] if exc.args else str(exc))) from exc
            if str(exc) != "missing":
                self._say_repaired(Message("statements_rebuilt", reason=exc.args[0] if exc.args else str(exc)))
            self.rebuild(progress, cancel)
            return self._open()
        if self.store.read_only:
            return ledger  # the writer keeps it; as it stands is the best there is
        try:
            if ledger.state() != self._state():
                self._catch_up(ledger, progress, cancel)
            if ledger.worn:
                self.rebuild(progress, cancel)
                return self._open()
        except sqlite3.DatabaseError as exc:
            self._say_repaired(Message("statements_damaged_rebuilt", reason=str(exc)))
            self.rebuild(progress, cancel)
            return self._open()
        return ledger

    def _guarded(self, read):
        """``read(ledger)`` of the open ledger; a file found damaged on the way is rebuilt,
        said so, and read again."""
        try:
            return read(self._open())
        except sqlite3.DatabaseError as exc:
            self._say_repaired(Message("statements_damaged_rebuilt", reason=str(exc)))
            self.rebuild()
            return read(self._open())

    def _say_repaired(self, message: str) -> None:
        log.info("%s: %s", self.store.path, message)
        self.repaired = message

    def _catch_up(self, ledger: Ledger, progress: Progress | None, cancel: CancelToken | None) -> None:
        """Cut again the documents whose text is new or changed, forget those gone."""
        state = self._state()
        live = self._live_fingerprints()
        held = ledger.fingerprints()
        removed = [d for d, fingerprint in held.items() if live.get(d) != fingerprint]
        added = {d: fingerprint for d, fingerprint in live.items() if held.get(d) != fingerprint}
        if len(added) > max(len(live) // 2, 1000):
            self.rebuild(progress, cancel)  # most of it is new: one packed build is quicker
            return
        progress = progress or _no_progress
        batch: list[DocumentPassages] = []
        for done, item in self._cut(added, progress, cancel, len(added), Message("progress_finding_new_passages")):
            batch.append(item)
            if len(batch) >= _BATCH and done < len(added):
                # part-way, so the state stays: a cancel later leaves work to redo, not to miss
                ledger.update(removed, batch, ledger.state())
                removed, batch = [], []
        ledger.update(removed, batch, state)

    def _state(self) -> str:
        """The catalogue's generation and the id of its last unit of work, read together."""
        with self.store.reading() as session:
            generation = session.scalar(select(CatalogState.generation).where(CatalogState.id == 1)) or 0
            last = session.scalar(select(Operation.op_id).order_by(Operation.id.desc()).limit(1)) or ""
        return f"{generation}/{last}"

    def _live_fingerprints(self) -> dict[int, str]:
        """Each live document's id -> the fingerprint of its text, read from two indexes
        (reading the documents themselves would read every text)."""
        with self.store.reading() as session:
            live = set(session.scalars(select(Document.id).where(Document.deleted_at.is_(None))))
            rows = session.execute(select(Document.id, Document.text_sha256))
            return {doc_id: fingerprint or "" for doc_id, fingerprint in rows if doc_id in live}

    def _cut(self, ids: dict[int, str], progress: Progress, cancel: CancelToken | None, total: int, message: str) -> Iterator[tuple[int, DocumentPassages]]:
        """Cut the documents ``ids`` (id -> fingerprint) into passages with their keys, a batch
        at a time; yields (how many so far, one document's passages)."""
        sketcher = _sketcher()
        ordered = sorted(ids)
        done = 0
        progress(0, total, message)
        for first in range(0, len(ordered), _BATCH):
            if cancel is not None:
                cancel.check()
            chunk = ordered[first : first + _BATCH]
            with self.store.reading() as session:
                rows = session.execute(select(Document.id, Document.body).where(Document.id.in_(chunk))).all()
            for item in _cut_many(sketcher, [(doc_id, ids[doc_id], body or "") for doc_id, body in rows]):
                done += 1
                yield done, item
            progress(min(first + len(chunk), total), total, message)

    def _bodies(self, ids: Iterable[int]) -> list:
        """id, uuid, title, publication, published_at and body of the live documents ``ids``."""
        wanted = sorted(set(ids))
        rows: list = []
        with self.store.reading() as session:
            for first in range(0, len(wanted), _BODY_CHUNK):
                chunk = wanted[first : first + _BODY_CHUNK]
                rows.extend(
                    session.execute(
                        select(Document.id, Document.uuid, Document.title, Document.publication, Document.published_at, Document.body)
                        .where(Document.id.in_(chunk), Document.deleted_at.is_(None))
                    ).all()
                )
        return rows

    def _reused(self, texts: _PassageTexts, group: list[int]) -> ReusedPassage:
        """One group of alike passages as the places it appears, one per document, oldest
        first. The first appearance is cut down to the words the others share with it (a
        sentence's own attribution falls away), and each other place is lined up with that, as
        a trace lines up a quote: where it is, how alike, and the words that differ."""
        places: dict[int, list[int]] = defaultdict(list)
        for passage in group:
            places[texts.where[passage][0]].append(passage)
        documents = sorted(places, key=lambda d: (texts.date(places[d][0]) or _NO_DATE, d))
        first_document, others = documents[0], documents[1:]
        elsewhere = [p for d in others for p in places[d]]
        # in each document, the passage most like those of the other documents
        origin = max(places[first_document], key=lambda p: (_best_likeness(texts, p, elsewhere), -texts.where[p][1]))
        best = {
            document: max(places[document], key=lambda p: (cutting.jaccard(texts.shingles(origin), texts.shingles(p)), -texts.where[p][1]))
            for document in others
        }
        row = texts.row(origin)
        _doc, start, end = texts.where[origin]
        start, end = _trimmed(row.body, start, end, set().union(*(texts.shingles(p) for p in best.values())))
        origin_text = row.body[start:end]
        occurrences = [
            Occurrence(row.uuid, row.title, row.publication, row.published_at, start, end, origin_text, 1.0,
                       first=row.published_at is not None)
        ]  # fmt: skip
        for document in others:
            row = texts.row(best[document])
            _doc, start, end = texts.where[best[document]]
            lined_up = align(origin_text, row.body, start, end)
            if lined_up is None:
                continue
            occurrences.append(
                Occurrence(row.uuid, row.title, row.publication, row.published_at, lined_up.start, lined_up.end,
                           row.body[lined_up.start : lined_up.end], round(lined_up.similarity, 3), lined_up.changes)
            )  # fmt: skip
        return ReusedPassage(origin_text, tuple(occurrences))


def _no_progress(_done: int, _total: int, _message: str) -> None:
    return None


def _keys_of(sketcher: Sketcher, found: cutting.Words, units: list[tuple[int, int]]) -> np.ndarray:
    """Band keys (one row per unit) of passages ``units`` of one text's words ``found``."""
    import numpy as np

    pairs = sketcher.pair_hashes(sketcher.word_hashes(found.norms))
    starts = np.array([first for first, _last in units], dtype=np.int64)
    lengths = np.array([max(last - first - 1, 1) for first, last in units], dtype=np.int64)
    return sketcher.band_keys(sketcher.signatures(pairs, starts, lengths))


def _cut_many(sketcher: Sketcher, rows: list[tuple[int, str, str]]) -> list[DocumentPassages]:
    """Passages and band keys of several documents (id, fingerprint, text), hashed together."""
    import numpy as np

    pieces: list[np.ndarray] = []
    starts: list[int] = []
    lengths: list[int] = []
    spans: list[list[tuple[int, int]]] = []
    offset = 0
    for _doc_id, _fingerprint, body in rows:
        found = cutting.words(body)
        units = cutting.passages(body, found)
        spans.append([(found.spans[first][0], found.spans[last - 1][1]) for first, last in units])
        if found.norms:
            pairs = sketcher.pair_hashes(sketcher.word_hashes(found.norms))
            pieces.append(pairs)
            starts.extend(offset + first for first, _last in units)
            lengths.extend(max(last - first - 1, 1) for first, last in units)
            offset += len(pairs)
    hashes = np.concatenate(pieces) if pieces else np.empty(0, dtype=np.uint32)
    keys = sketcher.band_keys(sketcher.signatures(hashes, np.array(starts, dtype=np.int64), np.array(lengths, dtype=np.int64)))
    out: list[DocumentPassages] = []
    row = 0
    for (doc_id, fingerprint, _body), places in zip(rows, spans, strict=True):
        out.append(DocumentPassages(doc_id, fingerprint, places, keys[row : row + len(places)]))
        row += len(places)
    return out


def _best_alignment(statement: str, body: str, spans: list[tuple[int, int]]) -> Alignment | None:
    """The best of the statement's alignments with the stretches of ``body`` around the
    passages sharing a band key with it (overlapping or neighbouring ones taken together)."""
    best: Alignment | None = None
    # a statement of several sentences may share a band key through one of them only: look
    # around it as far as the statement is long
    reach = len(statement)
    widened = [(max(0, start - reach), min(len(body), end + reach)) for start, end in spans]
    for start, end in _stretches(body, widened):
        found = align(statement, body, start, end)
        if found is not None and (best is None or found.similarity > best.similarity):
            best = found
    return best


def _best_likeness(texts: _PassageTexts, passage: int, others: list[int]) -> float:
    return max((cutting.jaccard(texts.shingles(passage), texts.shingles(other)) for other in others), default=0.0)


def _trimmed(body: str, start: int, end: int, pairs: set) -> tuple[int, int]:
    """``start``–``end`` of ``body`` cut down to its first and last word pair in ``pairs``
    (as it was when none is)."""
    found = cutting.words(body[start:end])
    own = list(zip(found.norms, found.norms[1:], strict=False))
    shared = [i for i, pair in enumerate(own) if pair in pairs]
    if not shared:
        return start, end
    return start + found.spans[shared[0]][0], start + found.spans[shared[-1] + 1][1]


def _stretches(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge spans that overlap or are separated only by white space."""
    merged: list[list[int]] = []
    for start, end in sorted(set(spans)):
        if merged and (start <= merged[-1][1] or not body[merged[-1][1] : start].strip()):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _in_date_order(occurrences: list[Occurrence]) -> list[Occurrence]:
    ordered = sorted(occurrences, key=lambda o: (o.published_at is None, o.published_at or _NO_DATE, not o.is_quote, o.title))
    if ordered and ordered[0].published_at is not None:
        ordered[0] = replace(ordered[0], first=True)
    return ordered


def _document_spanning(buckets: Iterable[tuple[int, list[int]]]) -> Iterator[tuple[int, list[int]]]:
    """Only buckets that can hold passages of two documents (two passages at least)."""
    for key, members in buckets:
        if len(members) > 1:
            yield key, members


class _PassageTexts:
    """The texts of stored passages, their documents read on demand a chunk at a time (in the
    order the passages were numbered, so one chunk serves the passages read next)."""

    def __init__(self, read_bodies, where: dict[int, tuple[int, int, int]]):
        self.where = where
        self._read_bodies = read_bodies  # ids -> rows of the live documents among them
        self._rows: dict[int, object] = {}
        self._pending = sorted({document for document, _start, _end in where.values()}, reverse=True)
        self._shingles: dict[int, set] = {}

    def row(self, passage: int):
        document = self.where[passage][0]
        if document not in self._rows:
            wanted = [document]
            while self._pending and len(wanted) < _BODY_CHUNK:
                candidate = self._pending.pop()
                if candidate not in self._rows:
                    wanted.append(candidate)
            for row in self._read_bodies(wanted):
                self._rows[row.id] = row
            for missing in wanted:
                self._rows.setdefault(missing, _Gone())
        return self._rows[document]

    def text(self, passage: int) -> str:
        _doc, start, end = self.where[passage]
        return self.row(passage).body[start:end]

    def date(self, passage: int) -> datetime | None:
        return self.row(passage).published_at

    def shingles(self, passage: int) -> set:
        found = self._shingles.get(passage)
        if found is None:
            found = self._shingles[passage] = cutting.shingles(cutting.words(self.text(passage)).norms)
        return found


@dataclass
class _Gone:
    """A document trashed since the ledger was read: no text, so nothing alike."""

    id: int = 0
    uuid: str = ""
    title: str = ""
    publication: str = ""
    published_at: datetime | None = None
    body: str = ""
