"""Rolling backups of the database with SQLite's online backup API.

``make_backup`` copies a consistent snapshot while the catalogue is open; ``restore_backup``
puts one back (after backing up what it replaces). Backups live in ``<catalogue>/backups`` and
are pruned to the newest ``keep``. Only the database is backed up: originals are content-
addressed and never rewritten, and the index is rebuilt from the database.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from catalog import db
from catalog.errors import CatalogUnavailable, InvalidInput
from catalog.location import DB_NAME, holds_catalogue_data

BACKUP_DIR = "backups"
PREFIX = "catalog-"
SUFFIX = ".sqlite"
DEFAULT_KEEP = 7


def backup_folder(catalog_path: Path) -> Path:
    return catalog_path / BACKUP_DIR


def list_backups(catalog_path: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backup_folder(catalog_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def make_backup(db_path: Path, catalog_path: Path, reason: str = "manual", keep: int = DEFAULT_KEEP) -> Path:
    """Snapshot the database into the backups folder; returns the backup's path.

    Raises CatalogUnavailable when the snapshot cannot be written (disk full, read-only
    folder); a partial file is removed.
    """
    folder = backup_folder(catalog_path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{PREFIX}{stamp}-{reason}{SUFFIX}"
    if folder.exists() and not folder.is_dir():
        raise CatalogUnavailable(
            f"{catalog_path}: the catalogue folder is damaged: `{BACKUP_DIR}` is a file, not a folder: "
            "move that file elsewhere so that backups can be written"
        )
    temp: Path | None = None
    try:
        folder.mkdir(exist_ok=True)
        temp = _new_file(folder, ".partial-", db_path)
        _copy_database(db_path, temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
        raise CatalogUnavailable(f"could not write a backup to {folder}: {exc}") from exc
    prune(catalog_path, keep)
    return target


def _copy_database(source_path: Path, target_path: Path) -> None:
    """A consistent copy of a live SQLite database through the online backup API."""
    source = sqlite3.connect(source_path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
            # the copy keeps the source's WAL mode, and a WAL database leaves -wal and -shm
            # files beside it whenever it is read; a backup is read, never written, so no WAL
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
    finally:
        source.close()


def prune(catalog_path: Path, keep: int) -> None:
    for old in list_backups(catalog_path)[max(keep, 1) :]:
        old.unlink(missing_ok=True)


def backup_due(catalog_path: Path, every: timedelta = timedelta(days=1)) -> bool:
    """True when the newest backup is older than ``every`` (or there is none)."""
    backups = list_backups(catalog_path)
    if not backups:
        return True
    age = datetime.now().timestamp() - backups[0].stat().st_mtime
    return age >= every.total_seconds()


def check_backup(path: Path) -> None:
    """Raise InvalidInput unless ``path`` is a sound SQLite database of a catalogue."""
    try:
        connection = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise InvalidInput(f"{path.name} is not a Pressmark backup: {exc}") from exc
    if result != ("ok",) or not {"documents", "alembic_version"} <= tables:
        raise InvalidInput(f"{path.name} is not a sound Pressmark backup")


def restore_backup(backup: Path, db_path: Path, catalog_path: Path) -> Path | None:
    """Replace the (closed) catalogue's database with ``backup``; returns the copy kept of
    the database it replaced (None when there was none: missing or empty). The caller must
    have closed the catalogue and hold its lock (see :func:`restore_into`).

    A sound database is kept as a ``before-restore`` backup; a damaged one is kept byte for
    byte as ``…-before-restore.damaged``, which is never offered as a backup to restore.
    """
    check_backup(backup)
    found, _why = db.examine(db_path)
    if found == "absent":
        safety = None
    elif found == "catalogue":
        safety = make_backup(db_path, catalog_path, reason="before-restore", keep=10_000)
    else:
        safety = _keep_damaged(db_path, catalog_path)
    temp = _new_file(db_path.parent, db_path.name + ".restoring-", db_path)
    try:
        _copy_database(backup, temp)
        for side in ("-wal", "-shm"):
            Path(str(db_path) + side).unlink(missing_ok=True)
        os.replace(temp, db_path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return safety


def restore_into(catalog_path: Path, backup: Path) -> Path | None:
    """Put ``backup`` in place of the database of the catalogue in ``catalog_path``, holding
    the catalogue's lock meanwhile; works on a damaged catalogue (database missing, empty
    or unreadable) too. Returns the copy kept of the replaced database, or None.

    Raises CatalogUnavailable when another process uses the catalogue or the folder is not
    a catalogue's, InvalidInput when ``backup`` is not a sound Pressmark backup.
    """
    from catalog.locking import CatalogLock

    catalog_path = Path(catalog_path).expanduser().resolve()
    if db.examine(catalog_path / DB_NAME)[0] == "absent" and not holds_catalogue_data(catalog_path):
        raise CatalogUnavailable(f"{catalog_path}: no Pressmark catalogue here")
    lock = CatalogLock(catalog_path)
    if not lock.acquire():
        raise CatalogUnavailable(f"{catalog_path}: the catalogue is in use by {lock.holder()}; close it there first")
    try:
        return restore_backup(Path(backup), catalog_path / DB_NAME, catalog_path)
    finally:
        lock.release()


def _keep_damaged(db_path: Path, catalog_path: Path) -> Path:
    """Copy a damaged database byte for byte into the backups folder, under a name that
    :func:`list_backups` does not offer; returns the copy."""
    folder = backup_folder(catalog_path)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{PREFIX}{stamp}-before-restore.damaged"
    try:
        folder.mkdir(exist_ok=True)
        temp = _new_file(folder, ".keeping-", db_path)
        try:
            shutil.copyfile(db_path, temp)
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise CatalogUnavailable(f"could not keep a copy of the damaged database in {folder}: {exc.strerror or exc}") from exc
    return target


def _new_file(folder: Path, prefix: str, like: Path) -> Path:
    """A new empty file in ``folder`` with an unguessable name, created exclusively: a link
    planted under a name we would use is never written through. It gets the permissions of
    ``like`` (the database), not mkstemp's owner-only ones, so a shared catalogue stays so."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=prefix)
    try:
        if hasattr(os, "fchmod"):  # Windows has no modes to copy
            os.fchmod(fd, like.stat().st_mode & 0o777 if like.exists() else 0o644)
    except OSError:
        pass  # keep mkstemp's permissions where the file system has none to give
    finally:
        os.close(fd)
    return Path(name)
