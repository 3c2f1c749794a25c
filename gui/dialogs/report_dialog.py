"""A dialog showing a summary line and a table: import results, check reports, shortcuts."""

from __future__ import annotations

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


class ReportDialog(QDialog):
    """``rows`` are tuples of strings, one per column of ``headers``. Show with ``open()``."""

    def __init__(self, title: str, summary: str, headers: list[str], rows: list[tuple[str, ...]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = QStandardItemModel(len(rows), len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(text)
                self.model.setItem(r, c, item)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(rows))
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
