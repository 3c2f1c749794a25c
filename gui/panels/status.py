"""The status bar: catalogue name, record counts, and background work with progress and a
cancel button (shown only while the task runner is busy). A task's name is in the interface
language as its caller gave it; what the catalogue reports of its progress is said in that
language too (:func:`gui.catalog_text.catalog_text`)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QToolButton

from catalog import Changes
from gui.catalog_text import catalog_text
from gui.i18n import grouped, translate
from gui.panel_loader import PanelLoader
from gui.tasks import TaskRunner


class StatusPanel(QStatusBar):
    """Reads ``Catalog.stats()`` on ``tasks``; follows ``tasks``' signals. Main thread only."""

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._tasks = tasks
        read_only = " <span style='color:#c0392b'>" + translate("StatusPanel", "(read-only)") + "</span>" if getattr(catalog, "read_only", False) else ""
        self.catalog_label = QLabel(f"<b>{catalog.name}</b>{read_only}")
        self.catalog_label.setToolTip(str(catalog.path))
        self.counts = QLabel()
        self.task_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(True)
        self.cancel_button = QToolButton()
        self.cancel_button.setText(translate("StatusPanel", "Cancel"))
        self.cancel_button.clicked.connect(tasks.cancel_all)
        self.addWidget(self.catalog_label)
        self.addWidget(self.counts, 1)
        self.addPermanentWidget(self.task_label)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.cancel_button)
        tasks.task_started.connect(self._task_started)
        tasks.progressed.connect(self._progressed)
        tasks.busy_changed.connect(self._busy_changed)
        self._busy_changed(tasks.busy)
        self.loader = PanelLoader(tasks, translate("StatusPanel", "Counting records"), catalog.maintenance.stats, self._show_counts, self)
        self.refresh()

    def refresh(self) -> None:
        """Count the records again (on the worker)."""
        self.loader.request()

    def _show_counts(self, stats: dict[str, int]) -> None:
        parts = [count_text(key, stats[key]) for key in ("documents", "quotes", "actors", "tags")]
        if stats["trash"]:
            parts.append(count_text("trash", stats["trash"]))
        self.counts.setText("  ·  ".join(parts))

    def apply_changes(self, changes: Changes) -> None:
        if any(changes.created[k] or changes.deleted[k] for k in ("document", "quote", "actor", "tag")):
            self.refresh()

    def _task_started(self, label: str, shows_progress: bool) -> None:
        self.task_label.setText(label + "…")
        self.progress.setVisible(shows_progress)
        self.cancel_button.setVisible(shows_progress)
        self.progress.setRange(0, 0)  # busy until the first report

    def _progressed(self, _label: str, done: int, total: int, message: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")
        self.task_label.setText(catalog_text(message))

    def _busy_changed(self, busy: bool) -> None:
        if not busy:
            self.task_label.clear()
            self.progress.hide()
            self.cancel_button.hide()


def count_text(what: str, n: int) -> str:
    """``n`` records of a kind (``documents``, ``quotes``, ``actors``, ``tags``,
    ``saved_searches``, ``trash``) in the interface language: "1 document", "1,204 quotes", "3
    in the trash"."""
    one = n == 1
    text = {
        "documents": lambda: translate("StatusPanel", "%n document", None, n) if one else translate("StatusPanel", "%n documents", None, n),
        "quotes": lambda: translate("StatusPanel", "%n quote", None, n) if one else translate("StatusPanel", "%n quotes", None, n),
        "actors": lambda: translate("StatusPanel", "%n actor", None, n) if one else translate("StatusPanel", "%n actors", None, n),
        "tags": lambda: translate("StatusPanel", "%n tag", None, n) if one else translate("StatusPanel", "%n tags", None, n),
        "saved_searches": lambda: translate("StatusPanel", "%n saved search", None, n) if one else translate("StatusPanel", "%n saved searches", None, n),
        "trash": lambda: translate("StatusPanel", "%n in the trash", None, n),
    }[what]()
    return grouped(text, n)
