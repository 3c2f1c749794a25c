"""Pressmark's own icons (hand-written SVGs in ``resources/icons``)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


def icon_path(name: str) -> Path:
    return Path(str(resources.files("resources") / "icons" / f"{name}.svg"))


def icon(name: str) -> QIcon:
    """The icon ``name`` (``pressmark``, ``quote``, ``tag``, ``import``); empty if missing."""
    path = icon_path(name)
    return QIcon(str(path)) if path.is_file() else QIcon()
