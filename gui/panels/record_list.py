"""The centre list: documents, quotes or actors (switchable), sortable, multi-select.

Filters chosen on the left (a tag, an actor, a publication, a month) show as a line above the
table with a button to clear them. Selected rows can be dragged onto a tag, tagged with
Ctrl+T, or deleted (to the trash). The title (quote, name) column takes the room the short
columns, fitted to their text, leave. An empty list says why, and how records come: an empty
catalogue shows "Drop articles here" with an Import button.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes, PressmarkError
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.icons import set_icon
from gui.models.record_table import RecordTableModel
from gui.panels.empty_state import EmptyState
from gui.panels.kind_tabs import KindTabs
from gui.panels.status import count_text

KINDS = ("document", "quote", "actor")
# (icon, title, tip) of each kind's tab, the icon that of View's entry for the kind; these
# and EMPTY's texts are translated where shown
KIND_TABS = (
    ("show_documents", QT_TRANSLATE_NOOP("RecordList", "Documents"), QT_TRANSLATE_NOOP("RecordList", "List documents")),
    ("show_quotes", QT_TRANSLATE_NOOP("RecordList", "Quotes"), QT_TRANSLATE_NOOP("RecordList", "List quotes")),
    ("show_actors", QT_TRANSLATE_NOOP("RecordList", "Actors"), QT_TRANSLATE_NOOP("RecordList", "List actors")),
)
FIT_ROWS = 50  # the short columns fit the text of this many first rows (the ones read to show)
MAX_SHORT = 220  # nor wider than this: the title keeps the room
MIN_TITLE = 240  # the title never narrower while short columns show beside it (the rest scroll)
# what an empty list says, by kind: (icon, title, hint)
EMPTY = {
    "document": ("document", QT_TRANSLATE_NOOP("RecordList", "Drop articles here"),
                 QT_TRANSLATE_NOOP("RecordList", "Drag web pages (HTML), Markdown, text, PDF or Word files onto the window, or import them: "
                 "Pressmark keeps the text, finds its quotes and names, and lists it here.")),
    "quote": ("quote", QT_TRANSLATE_NOOP("RecordList", "No quotes yet"),
              QT_TRANSLATE_NOOP("RecordList", "Select words in the reader and press Ctrl+Q (Edit → Quote selection), "
              "or accept the quotes proposed for a document in its Proposals tab.")),
    "actor": ("person", QT_TRANSLATE_NOOP("RecordList", "No actors yet"),
              QT_TRANSLATE_NOOP("RecordList", "People, organisations and places come with the articles you import: accept the names "
              "proposed in a document's Proposals tab, or link one in its Actors field.")),
}  # fmt: skip


class RecordListPanel(QWidget):
    """Signals: ``record_chosen(kind, uuid)`` for the current row; ``selection_changed(uuids)``.

    ``set_filter(name, value, label)`` narrows the list (``name`` is a ``record_ids`` filter).
    """

    record_chosen = Signal(str, str)
    selection_changed = Signal(list)
    kind_changed = Signal(str)
    import_requested = Signal()  # the empty catalogue's Import button

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self.model = RecordTableModel(catalog, self)
        self._filter_label = ""
        self._short_widths: list[int] = []
        self.kinds = KindTabs([(icon_name, translate("RecordList", title), translate("RecordList", tip)) for icon_name, title, tip in KIND_TABS])
        self.kinds.setDrawBase(False)
        # the three kinds fit a narrow centre column (1024 pixels) side by side, never scrolling
        self.kinds.setUsesScrollButtons(False)
        self.kinds.setExpanding(False)
        self.kinds.setStyleSheet("QTabBar::tab { padding: 4px 8px; }")
        self.kinds.currentChanged.connect(lambda i: self.set_kind(KINDS[i]))
        self.count = QLabel()
        self.filter_text = QLabel()
        self.filter_text.setWordWrap(True)  # a long tag path wraps instead of widening the column
        self.clear_filter_button = QToolButton()
        self.clear_filter_button.setText("✕")
        set_icon(self.clear_filter_button, "clear_filter")
        self.clear_filter_button.setToolTip(translate("RecordList", "Show all"))
        self.clear_filter_button.setAccessibleName(translate("RecordList", "Clear the filter"))
        self.clear_filter_button.setAutoRaise(True)
        self.clear_filter_button.clicked.connect(self.clear_filter)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kinds)
        top.addStretch(1)
        # under the kinds: the filter (when there is one) and the count, so the kinds keep their room
        self.filter_row = QWidget()
        filter_layout = QHBoxLayout(self.filter_row)
        filter_layout.setContentsMargins(4, 0, 4, 0)
        filter_layout.addWidget(self.filter_text, 1)
        filter_layout.addWidget(self.clear_filter_button)
        filter_layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)

        self.table = QTableView()
        self.table.setAccessibleName(translate("RecordList", "Records"))
        self.table.setAccessibleDescription(translate("RecordList", "The documents, quotes or actors listed; Enter shows one, Delete moves the selection to the trash"))
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
        self.table.viewport().installEventFilter(self)  # the first column follows a narrow table's width
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit(self.selected_uuids()))
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._configure_columns)
        self._remembered: tuple[list[str], str] = ([], "")
        self.context_actions: list = []  # actions offered on right-click (Tag…, Delete)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.filter_row)
        icon_name, title, hint = EMPTY["document"]
        self.empty = EmptyState(icon_name, translate("RecordList", title), translate("RecordList", hint), button_text=translate("RecordList", "Import files…"))
        self.empty.button_clicked.connect(self.import_requested)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages)
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
        self.filter_text.setText(translate("RecordList", "Showing only  <b>{filter}</b>").format(filter=html.escape(self._filter_label)))
        self.filter_text.setVisible(bool(self._filter_label))
        self.clear_filter_button.setVisible(bool(self._filter_label))

    def _query_shown(self) -> None:
        self._configure_columns()
        self._update_count()

    def _configure_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for i in range(len(self.model.columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
        self._measure_short_columns()
        for i, width in enumerate(self._short_widths, start=1):
            self.table.setColumnWidth(i, width)
        self._fit_first_column()
        column = self.model.sort_column()
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        header.setSortIndicator(column, order)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.kinds.fit(self.width())  # the kinds' names where they fit beside their icons

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_first_column()
        return super().eventFilter(watched, event)

    def _measure_short_columns(self) -> None:
        """Fit every column but the first to its title and the text of the first rows (at
        most ``MAX_SHORT`` pixels): the rows the table reads to show anyway."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        # the header's title also needs room for the sort arrow and the section's margins
        title_room = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_HeaderMargin) + 18
        rows = range(min(self.model.rowCount(), FIT_ROWS))
        widths = []
        for i, column in enumerate(self.model.columns[1:], start=1):
            texts = (str(self.model.index(r, i).data() or "") for r in rows)
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + 14
            widths.append(min(MAX_SHORT, max(header.fontMetrics().horizontalAdvance(column.title) + title_room, content)))
        self._short_widths = widths

    def _fit_first_column(self) -> None:
        """The first column (a title, a quote, a name) takes the room the short columns
        leave. In a table too narrow for them all (the centre column at 1440 or 1024 pixels)
        the first column keeps at least ``MIN_TITLE`` and, with as many short columns as fit
        whole beside it, fills the table's width; the rest scroll into view. Narrower than
        that, the first column alone takes the width, so it reads to its end."""
        if not self.model.columns:
            return
        width = self.table.viewport().width()
        shown = len(self._short_widths)
        while shown and width - sum(self._short_widths[:shown]) < MIN_TITLE:
            shown -= 1
        room = width - sum(self._short_widths[:shown])
        title = room if shown else max(80, min(max(self.model.columns[0].width, MIN_TITLE), width - 2))
        self.table.setColumnWidth(0, title)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count.setText(count_text(self.model.kind + "s", n))
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """The table, or, when it has no rows, what the list would hold and how it comes."""
        if self.model.rowCount():
            self.pages.setCurrentWidget(self.table)
            return
        icon_name, title, hint = EMPTY[self.model.kind]
        title, hint = translate("RecordList", title), translate("RecordList", hint)
        if self._filter_label:
            title = translate("RecordList", "Nothing here")
            hint = {
                "document": translate("RecordList", "No documents with {filter}. Show all (Ctrl+0) lists them all."),
                "quote": translate("RecordList", "No quotes with {filter}. Show all (Ctrl+0) lists them all."),
                "actor": translate("RecordList", "No actors with {filter}. Show all (Ctrl+0) lists them all."),
            }[self.model.kind].format(filter=self._filter_label)
        self.empty.show_message(title, hint)
        self.empty.set_icon_name(icon_name)
        # the Import button only where importing is what fills the list
        if self.empty.button is not None:
            self.empty.button.setVisible(self.model.kind == "document" and not self._filter_label)
        self.pages.setCurrentWidget(self.empty)

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
