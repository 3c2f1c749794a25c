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
