"""The centre list: documents, quotes or actors (switchable), sortable, multi-select.

Filters chosen on the left (a tag, an actor, a publication, a month) show as a line above the
table with a button to clear them. Selected rows can be dragged onto a tag, tagged with
Ctrl+T, or deleted (to the trash).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes, PressmarkError
from gui.models.record_table import RecordTableModel

KINDS = ("document", "quote", "actor")
KIND_TITLES = ("Documents", "Quotes", "Actors")


class RecordListPanel(QWidget):
    """Signals: ``record_chosen(kind, uuid)`` for the current row; ``selection_changed(uuids)``.

    ``set_filter(name, value, label)`` narrows the list (``name`` is a ``record_ids`` filter).
    """

    record_chosen = Signal(str, str)
    selection_changed = Signal(list)
    kind_changed = Signal(str)

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.model = RecordTableModel(catalog, self)
        self._filter_label = ""
        self.kinds = QTabBar()
        for title in KIND_TITLES:
            self.kinds.addTab(title)
        self.kinds.setDrawBase(False)
        self.kinds.currentChanged.connect(lambda i: self.set_kind(KINDS[i]))
        self.count = QLabel()
        self.filter_text = QLabel()
        self.clear_filter_button = QToolButton()
        self.clear_filter_button.setText("✕")
        self.clear_filter_button.setToolTip("Show all")
        self.clear_filter_button.setAutoRaise(True)
        self.clear_filter_button.clicked.connect(self.clear_filter)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kinds)
        top.addStretch(1)
        top.addWidget(self.count)
        self.filter_row = QWidget()
        filter_layout = QHBoxLayout(self.filter_row)
        filter_layout.setContentsMargins(4, 0, 0, 0)
        filter_layout.addWidget(self.filter_text, 1)
        filter_layout.addWidget(self.clear_filter_button)

        self.table = QTableView()
        # Tab leaves the table for the next control (arrows move between cells)
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        header.setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit(self.selected_uuids()))
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._remembered: tuple[list[str], str] = ([], "")
        self.context_actions: list = []  # actions offered on right-click (Tag…, Delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)
        layout.addWidget(self.table)
        self._show_filter()
        self.model.set_query("document")
        self._query_shown()

    # ----- what is shown -----------------------------------------------------------------
    @property
    def filter_label(self) -> str:
        """What the list is narrowed by ("Tag: Heritage"), or '' when it shows everything."""
        return self._filter_label

    @property
    def kind(self) -> str:
        return self.model.kind

    def set_kind(self, kind: str) -> None:
        if kind == self.model.kind and self.kinds.currentIndex() == KINDS.index(kind):
            return
        self.kinds.blockSignals(True)
        self.kinds.setCurrentIndex(KINDS.index(kind))
        self.kinds.blockSignals(False)
        self.model.set_query(kind, self.model.filters)
        self._query_shown()
        self.kind_changed.emit(kind)

    def set_filter(self, name: str, value: str, label: str) -> None:
        """Show only records matching ``name=value`` (one filter at a time)."""
        self._filter_label = label
        self.model.set_query(self.model.kind, {name: value})
        self._show_filter()
        self._query_shown()

    def clear_filter(self) -> None:
        self._filter_label = ""
        self.model.set_query(self.model.kind, {})
        self._show_filter()
        self._query_shown()

    def apply_changes(self, changes: Changes) -> None:
        try:
            self.model.apply_changes(changes)
        except PressmarkError:  # the filter's tag or actor is gone
            self.clear_filter()
        self._update_count()

    def _show_filter(self) -> None:
        self.filter_text.setText(f"Showing only  <b>{html.escape(self._filter_label)}</b>")
        self.filter_row.setVisible(bool(self._filter_label))

    def _query_shown(self) -> None:
        self._configure_columns()
        self._update_count()

    def _configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        for i, column in enumerate(self.model.columns):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(i, column.width)
        header.setStretchLastSection(True)
        column = self.model.sort_column()
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        noun = {"document": "document", "quote": "quote", "actor": "actor"}[self.model.kind]
        self.count.setText(f"{n:,} {noun}{'' if n == 1 else 's'}")

    def _header_clicked(self, section: int) -> None:
        column = self.model.columns[section]
        if column.sort is None:
            self._configure_columns()
            return
        descending = not self.model.descending if column.sort == self.model.sort_key else False
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        selected = self.selected_uuids()
        self.model.sort(section, order)
        self._configure_columns()
        self._select(selected)

    # ----- selection ---------------------------------------------------------------------
    def selected_uuids(self) -> list[str]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.uuid_at(r) for r in rows]

    def select_uuid(self, uuid: str) -> bool:
        """Make ``uuid`` the current, selected row; False if it is not in the list."""
        return self._select([uuid])

    def select_first(self) -> bool:
        if self.model.rowCount() == 0:
            return False
        return self._select([self.model.uuid_at(0)])

    def _select(self, uuids: list[str]) -> bool:
        rows = [r for r in (self.model.row_of(u) for u in uuids) if r >= 0]
        selection = self.table.selectionModel()
        if not rows:
            return False
        flags = QItemSelectionModel.SelectionFlag.Rows
        selection.setCurrentIndex(
            self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | flags
        )
        for row in rows[1:]:
            selection.select(self.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | flags)
        self.table.scrollTo(self.model.index(rows[0], 0))
        return True

    def _remember_selection(self) -> None:
        current = self.table.currentIndex()
        current_uuid = self.model.uuid_at(current.row()) if current.isValid() else ""
        self._remembered = (self.selected_uuids(), current_uuid)

    def _restore_selection(self) -> None:
        selected, current = self._remembered
        self.table.selectionModel().blockSignals(True)
        if current:
            self._select([current, *[u for u in selected if u != current]])
        self.table.selectionModel().blockSignals(False)
        self._update_count()

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.record_chosen.emit(self.model.kind, self.model.uuid_at(current.row()))

    def _context_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid() or not self.context_actions:
            return
        menu = QMenu(self)
        for action in self.context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
