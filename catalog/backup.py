"""Rolling backups of the database with SQLite's online backup API.

``make_backup`` copies a consistent snapshot while the catalogue is open; ``restore_backup``
puts one back (after backing up what it replaces). Backups live in ``<catalogue>/backups`` and
are pruned to the newest ``keep``. Only the database is backed up: originals are content-
addressed and never rewritten, and the index is rebuilt from the database.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from catalog.errors import CatalogUnavailable, InvalidInput

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
    temp = target.with_suffix(".partial")
    if folder.exists() and not folder.is_dir():
        raise CatalogUnavailable(
            f"{catalog_path}: the catalogue folder is damaged: `{BACKUP_DIR}` is a file, not a folder: "
            "move that file elsewhere so that backups can be written"
        )
    try:
        folder.mkdir(exist_ok=True)
        _copy_database(db_path, temp)
        os.replace(temp, target)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
        raise CatalogUnavailable(f"could not write a backup to {folder}: {exc}") from exc
    prune(catalog_path, keep)
    return target


def _copy_database(source_path: Path, target_path: Path) -> None:
    """A consistent copy of a live SQLite database through the online backup API."""
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True)
    try:
        target = sqlite3.connect(target_path)
        try:
            source.backup(target)
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
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchone()
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            connection.close()
    except sqlite3.Error as exc:
        raise InvalidInput(f"{path.name} is not a Pressmark backup: {exc}") from exc
    if result != ("ok",) or not {"documents", "alembic_version"} <= tables:
        raise InvalidInput(f"{path.name} is not a sound Pressmark backup")


def restore_backup(backup: Path, db_path: Path, catalog_path: Path) -> Path:
    """Replace the (closed) catalogue's database with ``backup``; returns the safety backup
    of the database it replaced. The caller must have closed the catalogue."""
    check_backup(backup)
    safety = make_backup(db_path, catalog_path, reason="before-restore", keep=10_000)
    temp = db_path.with_name(db_path.name + ".restoring")
    _copy_database(backup, temp)
    for side in ("-wal", "-shm"):
        Path(str(db_path) + side).unlink(missing_ok=True)
    os.replace(temp, db_path)
    return safety
