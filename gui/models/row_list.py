"""A small list model: ``set_rows(rows)`` and each row's object under ``RecordRole``.

For lists that are small by nature (publications, saved searches, trash, proposals, search
hits). What a row shows comes from functions passed in, so one class serves them all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index Qt passes for "no parent"


class RowListModel(QAbstractListModel):
    """Rows are plain objects; ``display(row)`` is the text, ``tooltip(row)`` the tooltip."""

    RecordRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        display: Callable[[Any], str],
        tooltip: Callable[[Any], str] | None = None,
        decoration: Callable[[Any], Any] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._display = display
        self._tooltip = tooltip
        self._decoration = decoration

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row)
        if role == Qt.ItemDataRole.ToolTipRole and self._tooltip is not None:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.DecorationRole and self._decoration is not None:
            return self._decoration(row)
        if role == self.RecordRole:
            return row
        return None
