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


def _catalog_imports(path: Path) -> list[str]:
    """The modules of the catalog package that ``path`` imports (``catalog`` for the public API)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.split(".")[0] == "catalog"]
        elif (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.split(".")[0] == "catalog"
            and node.level == 0
        ):
            names.append(node.module)
    return names


def test_the_window_and_the_command_line_use_only_the_public_api():
    """Issue 12: the GUI and the CLI import only ``catalog`` (its declared API in
    catalog/__init__.py), and the CLI its own modules; no service, store or model."""
    offenders = []
    sources = [
        *(REPO / "gui").rglob("*.py"),
        *(REPO / "catalog" / "cli").rglob("*.py"),
        REPO / "main.py",
    ]
    for path in sources:
        for name in _catalog_imports(path):
            if name != "catalog" and not name.startswith("catalog.cli"):
                offenders.append(f"{path.relative_to(REPO)}: {name}")
    assert offenders == []


def test_the_public_api_declares_only_names_that_load():
    import catalog

    for name in catalog.__all__:
        assert getattr(catalog, name) is not None, name


def test_no_service_reaches_into_another_or_the_store_privately():
    """No ``x._name`` on an object other than ``self`` across the services and the store."""
    offenders = []
    for path in [
        *(REPO / "catalog" / "services").glob("*.py"),
        REPO / "catalog" / "store.py",
        REPO / "catalog" / "catalog.py",
        REPO / "catalog" / "revisions" / "history.py",
    ]:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                owner = node.value
                if isinstance(owner, ast.Name) and owner.id in ("self", "cls"):
                    continue
                if isinstance(owner, ast.Attribute) or isinstance(owner, ast.Name):
                    text = ast.unparse(node)
                    if text.startswith(
                        ("self.store._", "self.search._", "store._", "catalog._")
                    ) or (
                        isinstance(owner, ast.Attribute) and ast.unparse(owner).startswith("self.")
                    ):
                        offenders.append(f"{path.relative_to(REPO)}:{node.lineno}: {text}")
    assert offenders == []


def test_catalog_is_composed_not_mixed_in():
    from catalog.catalog import Catalog

    assert Catalog.__mro__ == (Catalog, object)
