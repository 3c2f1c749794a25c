"""The KWIC table's model: one :class:`catalog.KwicLine` a row, in the columns document, date,
left context, hit, right context; each line under ``RecordRole``, and under ``SortRole`` the
key a concordance sorts by (the left context from the word nearest the hit outwards)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from catalog import KwicLine, left_sort_key
from gui.i18n import QT_TRANSLATE_NOOP
from gui.models.headed_table import NO_PARENT, HeadedTableModel, Index

DOCUMENT, DATE, LEFT, HIT, RIGHT = range(5)


class KwicTableModel(HeadedTableModel):
    """``set_lines(lines)``; main thread. Sort it through a proxy on ``SortRole``."""

    HEADERS = (QT_TRANSLATE_NOOP("KwicTableModel", "Document"), QT_TRANSLATE_NOOP("KwicTableModel", "Date"), QT_TRANSLATE_NOOP("KwicTableModel", "Left"), QT_TRANSLATE_NOOP("KwicTableModel", "Hit"), QT_TRANSLATE_NOOP("KwicTableModel", "Right"))
    RecordRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._lines: list[KwicLine] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: list[KwicLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def lines(self) -> list[KwicLine]:
        return list(self._lines)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return line.row()[column]
        if role == self.SortRole:
            if column == LEFT:
                return left_sort_key(line.left)
            if column == DOCUMENT:
                return f"{line.document.lower()}\x00{line.uuid}\x00{line.start:012d}"  # then in text order
            return line.row()[column].lower()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            align = {LEFT: Qt.AlignmentFlag.AlignRight, HIT: Qt.AlignmentFlag.AlignHCenter}.get(column, Qt.AlignmentFlag.AlignLeft)
            return int(align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == HIT:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            where = "a quote in" if line.kind == "quote" else "the document"
            return f"…{line.left} {line.hit} {line.right}…\n({where} “{line.document}”{', ' + line.date if line.date else ''})"
        if role == self.RecordRole:
            return line
        return None

    def line_at(self, index: QModelIndex) -> KwicLine | None:
        return self._lines[index.row()] if index.isValid() and 0 <= index.row() < len(self._lines) else None
