"""A table model whose columns are a fixed tuple of headers: the column count and the header
data every small table of ours repeats, once."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class HeadedTableModel(QAbstractTableModel):
    """Subclasses set ``HEADERS`` (marked ``QT_TRANSLATE_NOOP`` with the subclass's name as
    the context, translated when shown) and implement ``rowCount`` and ``data`` (main thread)."""

    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return translate(type(self).__name__, self.HEADERS[section])
        return None
