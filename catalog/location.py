"""Where catalogues live. A catalogue is a folder: ``catalog.sqlite``, ``index/``, ``originals/``."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

ENV_VAR = "PRESSMARK_CATALOG"
DB_NAME = "catalog.sqlite"
INDEX_DIR = "index"
ORIGINALS_DIR = "originals"


def default_catalog_path() -> Path:
    """``$PRESSMARK_CATALOG`` if set, else the platform's user data folder."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_path("Pressmark", appauthor=False) / "Default catalogue"


def is_catalog(path: Path) -> bool:
    return (path / DB_NAME).is_file()


def holds_catalogue_data(path: Path) -> bool:
    """True when the folder has what only a catalogue that had a database leaves: backups,
    a Pressmark index, or originals filed by hash. A brand-new folder has none of these, so
    without a database such a folder is a damaged catalogue, not a place for a new one."""
    from catalog.backup import list_backups
    from catalog.search.index import INDEX_NAME, SYNC_FILE

    if list_backups(path):
        return True
    index = path / INDEX_DIR
    if (index / SYNC_FILE).exists() or any(index.glob(f"_{INDEX_NAME}_*.toc")):
        return True
    try:
        return any(len(entry.name) == 2 and all(c in "0123456789abcdef" for c in entry.name) for entry in (path / ORIGINALS_DIR).iterdir())
    except OSError:  # no originals folder (or not a folder)
        return False
