"""Tools → Restore from backup…: the catalogue's backups, newest first, to choose one."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from catalog import BACKUP_PREFIX as PREFIX
from catalog import BACKUP_SUFFIX as SUFFIX
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.views import select_row

REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "made with Back up now"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily, automatic"),
    "before-upgrade": QT_TRANSLATE_NOOP("BackupsDialog", "before a schema upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
}  # translated where shown
WARNING = QT_TRANSLATE_NOOP(
    "BackupsDialog",
    "Restoring replaces the catalogue's records with the chosen backup. The catalogue is closed "
    "and reopened; its present state is backed up first, so a restore can itself be undone by "
    "restoring that backup. Original files stay; the search index is rebuilt; the undo history is cleared."
)


def describe_backup(path: Path) -> tuple[str, str]:
    """(local date and time, why it was made) from a backup's file name."""
    stem = path.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    parts = stem.split("-", 3)  # day, time, microseconds, reason (which may hold "-")
    reason = parts[3] if len(parts) == 4 else ""
    try:
        when = datetime.strptime(parts[0] + parts[1], "%Y%m%d%H%M%S").replace(tzinfo=UTC).astimezone()
    except (ValueError, IndexError):
        return stem, reason
    return when.strftime("%Y-%m-%d %H:%M:%S"), translate("BackupsDialog", REASONS[reason]) if reason in REASONS else reason


class BackupsDialog(QDialog):
    """Lists ``backups`` (paths, newest first). After acceptance :meth:`chosen` is the one."""

    def __init__(self, backups: list[Path], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("BackupsDialog", "Restore from backup"))
        self.resize(620, 400)
        self.backups = list(backups)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([translate("BackupsDialog", "Made"), translate("BackupsDialog", "Why"), translate("BackupsDialog", "Size")])
        for path in self.backups:
            when, why = describe_backup(path)
            size = f"{path.stat().st_size / 1024:,.0f} KB" if path.exists() else ""
            items = [QStandardItem(when), QStandardItem(why), QStandardItem(size)]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for item in items:
                item.setEditable(False)
                item.setToolTip(str(path))
            self.model.appendRow(items)
        self.table = QTableView()
        self.table.setAccessibleName(translate("BackupsDialog", "Backups"))
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.doubleClicked.connect(lambda _index: self.accept())
        intro = QLabel(translate("BackupsDialog", "No backups yet: use Tools → Back up now.") if not self.backups else translate("BackupsDialog", "Choose the backup to go back to:"))
        warning = QLabel(translate("BackupsDialog", WARNING))
        warning.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(translate("BackupsDialog", "Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        if self.backups:
            select_row(self.table, 0)
        self._selection_changed()

    def chosen(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
