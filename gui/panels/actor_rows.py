"""A small editable table for the lists of an actor's record: aliases, identifiers, relations.

Each row is a few short texts; + adds a row and starts editing it, − removes the selected
rows. Nothing is written to the catalogue here: the record reads :meth:`RowsEditor.rows` when
it saves, and ``edited`` tells it to look again. A column may offer choices while typing
(identifier schemes, relation names, actor names) through :class:`CompletingDelegate`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.completion import name_completer
from gui.i18n import translate

CellData = Qt.ItemDataRole.UserRole  # what a cell stands for beyond its text (an actor's id)


class CompletingDelegate(QStyledItemDelegate):
    """Edits a cell in a line edit that completes from ``choices()``, read when editing starts."""

    def __init__(self, choices: Callable[[], list[str]], placeholder: str = "", parent=None):
        super().__init__(parent)
        self._choices = choices
        self._placeholder = placeholder

    def createEditor(self, parent, option, index) -> QWidget:  # noqa: N802 - Qt override
        editor = QLineEdit(parent)
        editor.setPlaceholderText(self._placeholder)
        editor.setCompleter(name_completer(self._choices(), editor))
        return editor


class RowsEditor(QWidget):
    """Rows of ``len(columns)`` texts. ``edited`` fires on every change made here (not on
    :meth:`set_rows`). Main thread only."""

    edited = Signal()

    def __init__(self, columns: list[str], noun: str, visible_rows: int = 3, parent=None):
        super().__init__(parent)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setAccessibleName(translate("RowsEditor", "{Noun} list").format(Noun=f"{noun[:1].upper()}{noun[1:]}"))
        self.table.horizontalHeader().setVisible(len(columns) > 1)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        for column in range(len(columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._row_height = self.fontMetrics().height() + 10
        self._header_height = header.sizeHint().height() if len(columns) > 1 else 0
        self._visible_rows = visible_rows
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self._fit_height()
        self.table.itemChanged.connect(lambda _item: self._changed())
        self.add_button = QToolButton()
        self.add_button.setText("+")
        self.add_button.setToolTip(translate("RowsEditor", "Add {noun}").format(noun=noun))
        self.add_button.setAccessibleName(translate("RowsEditor", "Add {noun}").format(noun=noun))
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QToolButton()
        self.remove_button.setText("−")
        self.remove_button.setToolTip(translate("RowsEditor", "Remove the selected {noun}").format(noun=noun))
        self.remove_button.setAccessibleName(translate("RowsEditor", "Remove the selected {noun}").format(noun=noun))
        self.remove_button.clicked.connect(self.remove_selected)
        self.buttons = QVBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.remove_button)
        self.buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._loading = False

    def _fit_height(self) -> None:
        """As tall as its rows (and room for one more), from ``visible_rows`` up to twice that."""
        shown = min(max(self._visible_rows, self.table.rowCount() + 1), 2 * self._visible_rows)
        self.table.setFixedHeight(self._row_height * shown + self._header_height + 4)

    def set_rows(self, rows: list[tuple[str, ...]], data: list[tuple[object, ...]] | None = None) -> None:
        """Show ``rows`` (and, per cell, ``data`` under :data:`CellData`); not an edit."""
        self._loading = True
        self.table.setRowCount(0)
        for number, row in enumerate(rows):
            self.table.insertRow(number)
            for column, text in enumerate(row):
                item = QTableWidgetItem(text)
                if data is not None:
                    item.setData(CellData, data[number][column])
                self.table.setItem(number, column, item)
        self._loading = False
        self._fit_height()

    def rows(self) -> list[tuple[str, ...]]:
        """Every row's texts, stripped; rows left wholly empty are skipped."""
        found = []
        for row in range(self.table.rowCount()):
            texts = tuple(self.text(row, column) for column in range(self.table.columnCount()))
            if any(texts):
                found.append(texts)
        return found

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return " ".join(item.text().split()) if item is not None else ""

    def data(self, row: int, column: int) -> object:
        item = self.table.item(row, column)
        return item.data(CellData) if item is not None else None

    def add_row(self, texts: tuple[str, ...] = ()) -> int:
        """Add a row (with ``texts``, else empty, and start editing it); returns its number."""
        row = self.table.rowCount()
        self._loading = True
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            self.table.setItem(row, column, QTableWidgetItem(texts[column] if column < len(texts) else ""))
        self._loading = False
        self._fit_height()
        self.table.setCurrentCell(row, 0)
        self.table.scrollToItem(self.table.item(row, 0))
        if not texts:
            self.table.editItem(self.table.item(row, 0))
        self._changed()
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._fit_height()
            self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()
