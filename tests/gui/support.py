"""Helpers for GUI tests: waiting for the worker, a generated catalogue of any size, bundles."""

from __future__ import annotations

import shutil
import uuid as uuid_module
from datetime import datetime, timedelta

from sqlalchemy import insert

from catalog.catalog import Catalog
from catalog.models import Document
from gui.workspace import Workspace


def wait_changed(qtbot, workspace: Workspace, timeout: int = 10000):
    """Context manager: block until the next ``Changes`` broadcast."""
    return qtbot.waitSignal(workspace.ops.changed, timeout=timeout)


def wait_idle(qtbot, workspace: Workspace, timeout: int = 10000) -> None:
    """Wait until the task runner has finished everything queued (callbacks included)."""
    qtbot.waitUntil(lambda: not workspace.tasks.busy, timeout=timeout)


def wait_searched(qtbot, results, timeout: int = 10000):
    """Context manager: block until the search started inside it has ended (hits shown, or
    why there are none); ``results`` is the window's SearchResultsPanel. Searches run on the
    task runner's reading thread."""
    return qtbot.waitSignal(results.finished, timeout=timeout)


def generate_documents(catalog, count: int, batch: int = 20000) -> None:
    """Insert ``count`` small documents with bulk SQL (no index entries, no proposals)."""
    start = datetime(2020, 1, 1)
    publications = ["The Harbour Ledger", "Northshore Courier", "Saltmere Weekly", "Coastal Review"]
    with catalog.store.engine.begin() as connection:
        for first in range(0, count, batch):
            rows = [
                {
                    "uuid": str(uuid_module.UUID(int=i + 1)),
                    "title": f"Generated article {i:06d}",
                    "publication": publications[i % len(publications)],
                    "published_at": start + timedelta(hours=i),
                    "body": f"Body of generated article {i}.",
                    "original_name": f"article-{i}.txt",
                    "original_format": "plaintext",
                }
                for i in range(first, min(count, first + batch))
            ]
            connection.execute(insert(Document), rows)


def make_bundle(template, folder, out, change=None):
    """Export a copy of the catalogue ``template`` (changed first by ``change(catalog)``) as
    the bundle ``out``; the copy lives in ``folder``. Returns ``out``."""
    shutil.copytree(template, folder)
    with Catalog(folder) as catalog:
        if change is not None:
            change(catalog)
        catalog.exchange.export_bundle(out)
    return out


def spoken_tab_names(bar) -> list[str]:
    """What a screen reader says for each tab of the QTabBar ``bar`` (an icon-only tab too)."""
    from PySide6.QtGui import QAccessible

    interface = QAccessible.queryAccessibleInterface(bar)
    return [interface.child(i).text(QAccessible.Text.Name) for i in range(bar.count())]  # then its scroll buttons
