"""``statements.sqlite``: the passages of every live document and their LSH band keys.

Derived data, rebuilt from the texts whenever it is missing, damaged, made with other
parameters or by another format; never part of the catalogue's database or its migrations.
SQLite on purpose and only here (STYLE 24): a private file of this module, like the Whoosh
index, read with the standard library's ``sqlite3``.

Tables: ``meta`` (format, parameters, the catalogue state it reflects, how many band rows
point at removed passages), ``documents`` (id in the catalogue -> fingerprint of its text),
``passages`` (id, document, start and end in the text), ``bands`` (key, passage), a
``WITHOUT ROWID`` table whose primary key is the lookup. A removed document's band rows are
left behind (finding them again would need its old text) and skipped by the join; once they
pass a quarter of all rows the ledger asks to be rebuilt (:attr:`Ledger.worn`).

A whole build goes to a side file that replaces the ledger in one rename; every change after
is one SQLite transaction. A killed process leaves either the old ledger or the new one.
Not thread-safe: the service holds a lock around every call.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from catalog.messages import Message

if TYPE_CHECKING:  # numpy is loaded when a ledger is written, not with the catalogue
    import numpy as np

FILE_NAME = "statements.sqlite"
FORMAT = "2"
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL);
CREATE TABLE passages (
    id INTEGER PRIMARY KEY AUTOINCREMENT, document INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL
);
CREATE INDEX passages_document ON passages (document);
CREATE TABLE bands (key INTEGER NOT NULL, passage INTEGER NOT NULL, PRIMARY KEY (key, passage)) WITHOUT ROWID;
"""
_LOOKUP_CHUNK = 500
_INSERT_CHUNK = 1_000_000


class LedgerUnusable(Exception):
    """The ledger cannot be used as it is (missing, damaged, another format); the message says why."""


@dataclass
class DocumentPassages:
    """What one document adds to the ledger: its passages (``spans``: start and end in its
    text) and, row for row, their band keys."""

    document: int
    fingerprint: str
    spans: list[tuple[int, int]]
    keys: np.ndarray  # (len(spans), bands) uint32


@dataclass(frozen=True)
class Candidate:
    """A stored passage that shares a band key with a passage looked up."""

    passage: int
    document: int
    start: int
    end: int
    key: int


class Ledger:
    """An open ``statements.sqlite``. :meth:`open` raises LedgerUnusable rather than return
    one that cannot be trusted."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self._db = connection
        self.path = path

    # ----- opening and building -------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, parameters: str, *, writable: bool = True) -> Ledger:
        """Open the ledger at ``path``, checking its format and parameters."""
        if not path.is_file():
            raise LedgerUnusable("missing")
        try:
            uri = f"{path.as_uri()}?mode={'rw' if writable else 'ro'}"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        except sqlite3.Error as exc:
            raise LedgerUnusable(Message("ledger_cannot_open", reason=str(exc))) from exc
        ledger = cls(connection, path)
        try:
            meta = dict(connection.execute("SELECT name, value FROM meta"))
        except sqlite3.Error as exc:
            connection.close()
            raise LedgerUnusable(Message("ledger_damaged", reason=str(exc))) from exc
        if meta.get("format") != FORMAT or meta.get("parameters") != parameters:
            connection.close()
            raise LedgerUnusable(Message("ledger_other_version"))
        if "state" not in meta:
            connection.close()
            raise LedgerUnusable(Message("ledger_no_state"))
        return ledger

    def integrity(self) -> list[str]:
        """What SQLite's quick check finds wrong with the file's pages ([] when sound)."""
        try:
            found = [row[0] for row in self._db.execute("PRAGMA quick_check")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return [] if found == ["ok"] else found

    @classmethod
    def build(cls, path: Path, parameters: str, state: str, documents: Iterable[DocumentPassages]) -> None:
        """Write a whole new ledger for ``documents`` and put it in place of the old one in one
        rename, recording the catalogue ``state`` it reflects. Whatever ``documents`` raises (a
        cancel) leaves the old ledger untouched."""
        import numpy as np

        side = path.with_name(path.name + ".building")
        for leftover in (side, side.with_name(side.name + "-journal")):
            leftover.unlink(missing_ok=True)
        connection = sqlite3.connect(side, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode=OFF")  # the side file is nothing until renamed
            connection.execute("PRAGMA synchronous=OFF")
            connection.executescript(_SCHEMA)
            connection.execute("BEGIN")
            all_keys: list[np.ndarray] = []
            all_passages: list[np.ndarray] = []
            for item in documents:
                first = _add_document(connection, item)
                all_keys.append(item.keys.reshape(-1))
                all_passages.append(np.repeat(np.arange(first, first + len(item.spans), dtype=np.int64), item.keys.shape[1]))
            if all_keys:
                keys = np.concatenate(all_keys)
                owners = np.concatenate(all_passages)
                order = np.lexsort((owners, keys))  # inserted in key order: the tree packs tight
                keys, owners = keys[order], owners[order]
                for first in range(0, len(keys), _INSERT_CHUNK):  # a few Python ints at a time
                    last = first + _INSERT_CHUNK
                    connection.executemany(
                        "INSERT OR IGNORE INTO bands (key, passage) VALUES (?, ?)",
                        zip(keys[first:last].tolist(), owners[first:last].tolist(), strict=True),
                    )
            _set_meta(connection, format=FORMAT, parameters=parameters, state=state, dead="0")
            connection.execute("COMMIT")
            connection.execute("PRAGMA synchronous=FULL")
        except BaseException:
            connection.close()
            side.unlink(missing_ok=True)
            raise
        connection.close()
        with side.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(side, path)
        _sync_folder(path.parent)

    def close(self) -> None:
        self._db.close()

    # ----- reading --------------------------------------------------------------------------
    def state(self) -> str:
        """The catalogue state (see ``StatementService``) the ledger was last brought up to."""
        return self._meta("state")

    @property
    def worn(self) -> bool:
        """True when rows left by removed documents are over a quarter of the band rows."""
        dead = int(self._meta("dead"))
        if dead == 0:
            return False
        total = self._db.execute("SELECT max(rowid) FROM passages").fetchone()[0] or 0
        return dead > total // 4

    def fingerprints(self) -> dict[int, str]:
        """Each document the ledger holds -> the fingerprint of the text it was cut from."""
        return dict(self._db.execute("SELECT id, fingerprint FROM documents"))

    def candidates(self, keys: Iterable[int]) -> list[Candidate]:
        """Live passages with any of ``keys``, one row per key they share."""
        wanted = sorted({int(k) for k in keys})
        found: list[Candidate] = []
        for first in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[first : first + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f'SELECT p.id, p.document, p.start, p."end", b.key FROM bands b JOIN passages p ON p.id = b.passage '
                f"WHERE b.key IN ({marks})",
                chunk,
            )
            found.extend(Candidate(*row) for row in rows)
        return found

    def buckets(self) -> Iterator[tuple[int, list[int]]]:
        """Every band key shared by two or more live passages, with those passages, in key order."""
        rows = self._db.execute(
            "SELECT b.key, b.passage FROM bands b JOIN passages p ON p.id = b.passage ORDER BY b.key"
        )
        current: int | None = None
        members: list[int] = []
        for key, passage in rows:
            if key != current:
                if len(members) > 1 and current is not None:
                    yield current, members
                current, members = key, []
            members.append(passage)
        if len(members) > 1 and current is not None:
            yield current, members

    def passages(self, ids: Iterable[int]) -> dict[int, tuple[int, int, int]]:
        """Passage id -> (document, start, end) for the live ones among ``ids``."""
        wanted = sorted(set(ids))
        out: dict[int, tuple[int, int, int]] = {}
        for first in range(0, len(wanted), _LOOKUP_CHUNK):
            chunk = wanted[first : first + _LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(f'SELECT id, document, start, "end" FROM passages WHERE id IN ({marks})', chunk):
                out[row[0]] = (row[1], row[2], row[3])
        return out

    def counts(self) -> tuple[int, int]:
        """(documents, passages) held."""
        documents = self._db.execute("SELECT count(*) FROM documents").fetchone()[0]
        passages = self._db.execute("SELECT count(*) FROM passages").fetchone()[0]
        return documents, passages

    # ----- changing -------------------------------------------------------------------------
    def update(self, removed: Iterable[int], added: Iterable[DocumentPassages], state: str) -> None:
        """In one transaction: forget the ``removed`` documents, add the ``added`` ones (a
        document in both is replaced), and record ``state``."""
        import numpy as np

        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            dead = 0
            for document in removed:
                gone = db.execute("DELETE FROM passages WHERE document = ?", (document,)).rowcount
                dead += max(gone, 0)
                db.execute("DELETE FROM documents WHERE id = ?", (document,))
            for item in added:
                first = _add_document(db, item)
                owners = np.repeat(np.arange(first, first + len(item.spans), dtype=np.int64), item.keys.shape[1])
                db.executemany(
                    "INSERT OR IGNORE INTO bands (key, passage) VALUES (?, ?)",
                    zip(item.keys.reshape(-1).tolist(), owners.tolist(), strict=True),
                )
            _set_meta(db, state=state, dead=str(int(self._meta("dead")) + dead))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def _meta(self, name: str) -> str:
        row = self._db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise sqlite3.DatabaseError(f"the ledger records no {name}")
        return row[0]


def _add_document(db: sqlite3.Connection, item: DocumentPassages) -> int:
    """Insert one document's row and passages; returns the id of its first passage (they are
    numbered in a row: AUTOINCREMENT never reuses an id, so left-behind band rows stay dead)."""
    db.execute("INSERT OR REPLACE INTO documents (id, fingerprint) VALUES (?, ?)", (item.document, item.fingerprint))
    last = db.execute("SELECT seq FROM sqlite_sequence WHERE name = 'passages'").fetchone()
    first = (last[0] if last else 0) + 1
    db.executemany(
        'INSERT INTO passages (id, document, start, "end") VALUES (?, ?, ?, ?)',
        ((first + i, item.document, start, end) for i, (start, end) in enumerate(item.spans)),
    )
    return first


def _set_meta(db: sqlite3.Connection, **values: str) -> None:
    db.executemany("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)", values.items())


def _sync_folder(folder: Path) -> None:
    """Make a rename durable where the platform allows (a folder cannot be opened on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
