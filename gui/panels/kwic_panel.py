"""Search hits in context (KWIC): one line per occurrence of the query's words in the
documents and quotes found, the word centred between the words either side, sortable by any
column (the left context sorts from the word nearest the hit). Beside the search results, as
their second tab.

:meth:`KwicPanel.load` works out the lines on the task runner's reading thread (reading each
record's text), so they never wait for a write under way; a later query or a change of the
number of words cancels and replaces a load still under way. A click or Enter on a line
emits ``hit_chosen(kind, uuid)``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catalog import CancelToken, KwicLine, kwic_lines
from gui.i18n import grouped, isolated, translate
from gui.models.kwic_table import DATE, DOCUMENT, HIT, LEFT, RIGHT, KwicTableModel
from gui.tasks import TaskRunner

DEFAULT_WORDS = 5
NARROW = 420  # pixels of table under which the date column is left out


class ContextDelegate(QStyledItemDelegate):
    """Cuts a long left context at its start, so the words next to the hit stay in sight
    (the other columns are cut at their end, as usual)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        if index.column() == LEFT:
            option.textElideMode = Qt.TextElideMode.ElideLeft


class KwicPanel(QWidget):
    """Signals: ``hit_chosen(kind, uuid)``; ``loaded(count)`` once the lines are shown."""

    hit_chosen = Signal(str, str)
    loaded = Signal(int)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._tasks = tasks
        self.query = ""  # the query whose lines are shown (or being worked out)
        self._loading: CancelToken | None = None
        self._serial = 0  # which load's lines may be shown: the last one asked for
        self.words = QSpinBox()
        self.words.setRange(1, 30)
        self.words.setValue(DEFAULT_WORDS)
        self.words.setAccessibleName(translate("KwicPanel", "Words either side of a hit"))
        self.words.setToolTip(translate("KwicPanel", "How many words of context to show either side of each hit"))
        self.words.valueChanged.connect(lambda _n: self.load(self.query) if self.query else None)
        words_label = QLabel(translate("KwicPanel", "&Words either side:"))
        words_label.setBuddy(self.words)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KwicTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(KwicTableModel.SortRole)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("KwicPanel", "Hits in context"))
        self.view.setAccessibleDescription(translate("KwicPanel", "One line per occurrence: document, date, the words before, the hit, the words after"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the search's order until a header is clicked
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        for column, mode in (
            (DOCUMENT, QHeaderView.ResizeMode.Interactive), (DATE, QHeaderView.ResizeMode.ResizeToContents),
            (LEFT, QHeaderView.ResizeMode.Stretch), (HIT, QHeaderView.ResizeMode.ResizeToContents),
            (RIGHT, QHeaderView.ResizeMode.Stretch),
        ):  # fmt: skip
            header.setSectionResizeMode(column, mode)
        header.setMinimumSectionSize(40)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.view.setItemDelegate(ContextDelegate(self.view))
        self.view.viewport().installEventFilter(self)  # the columns follow the table's width
        # the summary above the number of words: the panel fits a narrow centre column
        words_row = QHBoxLayout()
        words_row.addWidget(words_label)
        words_row.addWidget(self.words)
        words_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.summary)
        layout.addLayout(words_row)
        layout.addWidget(self.view, 1)

    def load(self, query: str) -> None:
        """Work out the lines of ``query`` on the reading thread and show them; '' clears."""
        self.query = query
        self._serial += 1
        serial = self._serial
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        if not query:
            self.model.set_lines([])
            self.summary.clear()
            return
        self.summary.setText(translate("KwicPanel", "Finding the hits of “{query}” in their context…").format(query=isolated(query)))
        words = self.words.value()

        def work(_progress, cancel) -> list[KwicLine]:
            return kwic_lines(self._catalog, query, words=words, cancel=cancel)

        def failed(exc: BaseException) -> None:
            if serial == self._serial:
                self._loading = None
                self.model.set_lines([])
                self.summary.setText(translate("KwicPanel", "Cannot show “{query}” in context: {problem}").format(query=isolated(query), problem=exc))

        try:
            self._loading = self._tasks.read(translate("KwicPanel", "Finding hits in context"), work, lambda lines: self._show(serial, query, lines), failed, owner=self)
        except RuntimeError:  # the runner was shut down: the window is going away
            return

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The context columns always in sight, without scrolling sideways: the document
        takes a fifth of the width, and in a narrow column the date goes (it is in each
        line's tooltip)."""
        width = self.view.viewport().width()
        self.view.setColumnHidden(DATE, width < NARROW)
        self.view.horizontalHeader().resizeSection(DOCUMENT, max(60, min(200, width // 5)))

    def lines(self) -> list[KwicLine]:
        """The lines shown, in the order shown (as sorted by the user)."""
        return [self.model.line_at(self.proxy.mapToSource(self.proxy.index(row, 0))) for row in range(self.proxy.rowCount())]

    def _show(self, serial: int, query: str, lines: list[KwicLine]) -> None:
        if serial != self._serial:
            return  # a later query (or number of words) replaced this one
        self._loading = None
        self.model.set_lines(lines)
        records = len({line.uuid for line in lines})
        hits = len(lines)
        if not lines:
            text = translate("KwicPanel", "No words of “{query}” to show in context (the search matched titles, names or tags only)")
        else:
            found = translate("KwicPanel", "%n hit", None, hits) if hits == 1 else translate("KwicPanel", "%n hits", None, hits)
            where = translate("KwicPanel", "%n record", None, records) if records == 1 else translate("KwicPanel", "%n records", None, records)
            text = translate("KwicPanel", "{hits} in {records} for “{query}”").format(hits=grouped(found, hits), records=grouped(where, records), query="{query}")
        self.summary.setText(text.format(query=isolated(query)))
        self.loaded.emit(len(lines))

    def _chosen(self, index: QModelIndex) -> None:
        line = self.model.line_at(self.proxy.mapToSource(index))
        if line is not None:
            self.hit_chosen.emit(line.kind, line.uuid)
