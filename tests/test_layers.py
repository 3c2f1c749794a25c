"""The domain never imports Qt or the GUI (STYLE.md rule 1)."""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_catalog_imports_neither_qt_nor_gui():
    offenders = []
    for path in (REPO / "catalog").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6", "gui"}:
                    offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []
