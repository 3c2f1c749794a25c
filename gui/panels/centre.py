"""The centre column: the record list, or the search results while a search is typed, with
the timeline underneath."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from catalog import Changes
from gui.panels.record_list import RecordListPanel
from gui.panels.search_results import SearchResultsPanel
from gui.panels.timeline import TimelineChart
from gui.tasks import TaskRunner


class CentrePanel(QWidget):
    """Holds ``records`` (RecordListPanel), ``results`` (SearchResultsPanel) and ``timeline``
    (which reads its counts on ``tasks``)."""

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.records = RecordListPanel(catalog)
        self.results = SearchResultsPanel(catalog)
        self.timeline = TimelineChart(catalog, tasks)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.records)
        self.stack.addWidget(self.results)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(self.timeline)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([600, 110])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def search(self, text: str) -> None:
        """Show results for ``text``; an empty text brings the list back."""
        if not text:
            self.results.query = ""
            self.stack.setCurrentWidget(self.records)
            return
        # a query that cannot be read shows why where its results would be
        self.results.run(text)
        self.stack.setCurrentWidget(self.results)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.records)

    @property
    def searching(self) -> bool:
        return self.stack.currentWidget() is self.results

    def apply_changes(self, changes: Changes) -> None:
        self.records.apply_changes(changes)
        if self.searching:
            self.results.apply_changes(changes)
        self.timeline.apply_changes(changes)
