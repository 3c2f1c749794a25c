"""The centre column: the record list, or the search results while a search is typed, with
the timeline underneath. A search that finds nothing says so, and what to try instead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from catalog import Changes
from gui.i18n import translate
from gui.panels.empty_state import EmptyState
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
        self.results = SearchResultsPanel(catalog, tasks)
        self.timeline = TimelineChart(catalog, tasks)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.records)
        self.stack.addWidget(self.results)
        self.no_hits = EmptyState("find", translate("CentrePanel", "Nothing found"))
        self.stack.addWidget(self.no_hits)
        self.results.searched.connect(self._searched)
        self.results.query_failed.connect(lambda message: message and self._show_results())
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
        self.stack.setCurrentWidget(self.results)
        self.results.run(text)

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.records)

    @property
    def searching(self) -> bool:
        return self.stack.currentWidget() in (self.results, self.no_hits)

    def _searched(self, total: int) -> None:
        """The search finished: its results, or, for none, what to try instead."""
        if not self.searching or not self.results.query:
            return
        if total:
            self._show_results()
            return
        self.no_hits.show_message(translate("CentrePanel", "Nothing matches “{query}”").format(query=self.results.query), no_hits_hint(self.results.query))
        self.stack.setCurrentWidget(self.no_hits)

    def _show_results(self) -> None:
        if self.searching:
            self.stack.setCurrentWidget(self.results)

    def apply_changes(self, changes: Changes) -> None:
        self.records.apply_changes(changes)
        if self.searching:
            self.results.apply_changes(changes)
        self.timeline.apply_changes(changes)


def no_hits_hint(query: str) -> str:
    """What to try when ``query`` found nothing: fewer words, fewer filters, other forms."""
    tips = []
    if ":" in query:
        tips.append(translate("CentrePanel", "drop a filter (tag:, speaker:, date:…) to widen the search"))
    if len(query.split()) > 1:
        tips.append(translate("CentrePanel", "use fewer words: every word must be found"))
    tips.append(translate("CentrePanel", "try another form of the word, or a prefix with * (archiv*)"))
    tips.append(translate("CentrePanel", "put a phrase in quotation marks only when its words must be side by side"))
    return translate("CentrePanel", "Try: {tips}.").format(tips=translate("CentrePanel", "; ").join(tips))
