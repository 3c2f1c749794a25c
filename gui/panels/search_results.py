"""Search results: hits with highlighted snippets, and facet counts to click to narrow; in a
second tab, every hit in its context (:class:`~gui.panels.kwic_panel.KwicPanel`).

:meth:`SearchResultsPanel.run` searches on the task runner's reading thread, never on the UI
thread and never behind a write (an import, a rebuild of the index), and shows the first
``LIMIT`` hits when they arrive. A newer search replaces the one under way (cancelled, its
result dropped); Esc cancels it; after ``SLOW_MS`` without results the summary says it is
searching. A query the catalogue cannot read is reported through ``query_failed(message)``.
The lines in context are worked out on the reading thread too, when their tab is shown.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote, unquote

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QTabWidget, QVBoxLayout, QWidget

from catalog import CancelToken, CatalogUnavailable, Changes, InvalidInput, date_problem
from gui.catalog_text import catalog_text
from gui.errors import error_text
from gui.i18n import QT_TRANSLATE_NOOP, grouped, isolated, translate
from gui.models.row_list import RowListModel
from gui.panels.html_delegate import HtmlDelegate
from gui.panels.kwic_panel import KwicPanel
from gui.tasks import TaskRunner
from gui.theme import ERROR_COLOUR

LIMIT = 100
SLOW_MS = 150  # a search without results after this long says it is searching
FACET_TITLES = {
    "type": QT_TRANSLATE_NOOP("SearchResults", "Type"),
    "tag": QT_TRANSLATE_NOOP("SearchResults", "Tag"),
    "actor": QT_TRANSLATE_NOOP("SearchResults", "Actor"),
    "publication": QT_TRANSLATE_NOOP("SearchResults", "Publication"),
    "year": QT_TRANSLATE_NOOP("SearchResults", "Year"),
}  # translated where shown
FACETS_SHOWN = 6  # values per facet


@dataclass
class HitRow:
    kind: str
    uuid: str
    doc_uuid: str
    title: str
    snippet: str  # HTML from the catalogue: matches in <b class="match …">


def facet_clause(facet: str, value: str) -> str:
    """The query clause that narrows a search to one facet value."""
    if facet in ("type", "year"):
        return f"{facet}:{value}"
    if facet == "tag":
        return f"tag:'{value.lower()}'"
    return f'{facet}:"{value}"'


class SearchResultsPanel(QWidget):
    """Signals: ``hit_chosen(kind, uuid)``, ``facet_chosen(clause)``, ``query_failed(message)``
    (``""`` after a search that could run), ``searched(total)`` when hits are shown,
    ``finished()`` when a search ends in any way (shown, refused, failed or cancelled).
    Main thread only."""

    hit_chosen = Signal(str, str)
    facet_chosen = Signal(str)
    query_failed = Signal(str)
    searched = Signal(int)  # total hits of the last successful search
    finished = Signal()

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._tasks = tasks
        self.query = ""
        self._searching: CancelToken | None = None  # the search under way, if any
        self._kwic_stale = False  # the lines in context are of an earlier query
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SLOW_MS)
        self._slow.timeout.connect(self._say_searching)
        # Esc anywhere in the window (the search box above all) stops a search under way;
        # enabled only then, so Esc keeps its other uses the rest of the time
        self._escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._escape.setEnabled(False)
        self._escape.activated.connect(self.cancel)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.facets = QLabel()
        self.facets.setWordWrap(True)
        self.facets.setTextFormat(Qt.TextFormat.RichText)
        self.facets.linkActivated.connect(lambda href: self.facet_chosen.emit(unquote(href)))
        self.model = RowListModel(_hit_html, parent=self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAlternatingRowColors(True)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.view.setAccessibleName(translate("SearchResults", "Search results"))
        self.kwic = KwicPanel(catalog, tasks)
        self.kwic.hit_chosen.connect(self.hit_chosen)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setUsesScrollButtons(False)  # two short tabs: a narrow column still holds them
        self.tabs.addTab(self.view, translate("SearchResults", "Results"))
        self.tabs.addTab(self.kwic, translate("SearchResults", "In context"))
        self.tabs.setTabToolTip(1, translate("SearchResults", "Each hit in its context: one line per occurrence, the word centred (File → Export → KWIC as CSV)"))
        self.tabs.currentChanged.connect(lambda _index: self._load_kwic())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.facets)
        layout.addWidget(self.tabs, 1)

    def run(self, text: str) -> None:
        """Search ``text`` on the reading thread, replacing any search under way (whose result
        is dropped). The hits show when they arrive; a query that cannot be read, or an index
        that is not there yet (it is being rebuilt), emits ``query_failed``. Either way the
        summary line says what happened: the count for this query, or why there is none
        (never the last one's)."""
        self._stop()
        self.query = text
        try:
            self._searching = self._tasks.read(
                "Searching", lambda _progress, cancel: self._search(text, cancel),
                lambda found: self._show(text, *found), lambda exc: self._failed(text, exc), owner=self,
            )  # fmt: skip
        except RuntimeError:  # the runner was shut down: the window is going away
            return
        self._slow.start()
        self._escape.setEnabled(True)

    @property
    def searching(self) -> bool:
        """A search is under way (its result not yet shown)."""
        return self._searching is not None

    def cancel(self) -> None:
        """Stop the search under way (Esc): nothing of it shows, and the summary says it was
        stopped; the hits of the search before are cleared, since they are not this query's."""
        if self._searching is None:
            return
        self._stop()
        self.model.set_rows([])
        self.facets.clear()
        self.summary.setStyleSheet("")
        self.summary.setText(translate("SearchResults", "Search for “{query}” stopped (Enter searches again)").format(query=self.query))
        self.finished.emit()

    def _stop(self) -> None:
        if self._searching is not None:
            self._searching.cancel()
            self._searching = None
        self._slow.stop()
        self._escape.setEnabled(False)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        if not self.query:  # the search was left (the list is back): its result has no place
            self._stop()

    def _say_searching(self) -> None:
        self.summary.setStyleSheet("")
        self.summary.setText(translate("SearchResults", "Searching for “{query}”… (Esc stops)").format(query=self.query))

    def _search(self, text: str, cancel: CancelToken) -> tuple[object, list[HitRow]]:
        """On the reading thread: the results of ``text`` and the rows they show."""
        try:
            results = self._catalog.search.run(text, limit=LIMIT, cancel=cancel)
        except InvalidInput as exc:
            # a date the search cannot read is named, with where it is, rather than echoed
            problem = date_problem(self._catalog.search.parser(), text)
            if problem is None:
                raise
            raise InvalidInput(problem) from exc
        cancel.check()
        return results, self._rows(results.hits)

    def _show(self, text: str, results, rows: list[HitRow]) -> None:
        self._stop()
        self.query_failed.emit("")
        self.model.set_rows(rows)
        self.summary.setStyleSheet("")
        self.summary.setText(results_summary(results.total, text) + self._catching_up())
        self.facets.setText(_facets_html(results.facets))
        self.searched.emit(results.total)
        self._kwic_stale = True
        self._load_kwic()
        self.finished.emit()

    def _failed(self, text: str, exc: BaseException) -> None:
        self._stop()
        self.model.set_rows([])
        self.facets.clear()
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
        problem = error_text(exc)
        self.summary.setText(translate("SearchResults", "Cannot search for “{query}”: {problem}").format(query=isolated(text), problem=problem))
        if isinstance(exc, (InvalidInput, CatalogUnavailable)):
            self.query_failed.emit(problem)
        else:  # not the query's fault (a damaged catalogue): the window reports it
            self._tasks.task_failed.emit(translate("SearchResults", "Searching"), exc)
        self.kwic.load("")
        self.finished.emit()

    def _catching_up(self) -> str:
        """Why the hits may not hold everything yet: the index is being rebuilt, or a long
        write (an import) is under way, whose records reach the index as it commits them."""
        if self._catalog.index_problem:
            return translate("SearchResults", ". The search index is catching up ({problem}): recent changes may be missing").format(problem=catalog_text(self._catalog.index_problem))
        if self._tasks.long_task:
            return translate("SearchResults", ". Under way: {task}; the search index may not hold all of it yet").format(task=self._tasks.long_task)
        return ""

    def show_kwic(self) -> None:
        """Show the hits in context (worked out now if they are not yet)."""
        self.tabs.setCurrentWidget(self.kwic)

    def _load_kwic(self) -> None:
        if self.tabs.currentWidget() is self.kwic and self._kwic_stale:
            self._kwic_stale = False
            self.kwic.load(self.query)

    def apply_changes(self, changes: Changes) -> None:
        """Search again after a change (on the reading thread, as always)."""
        if self.query and changes:
            self.run(self.query)

    def _rows(self, hits) -> list[HitRow]:
        labels = self._catalog.search.hit_labels(hits)
        titles: dict[str, str] = {}
        for key, label in labels.items():
            kind = key.partition(":")[0]
            if kind == "quote":
                speaker = label.speaker or translate("SearchResults", "unknown speaker")
                titles[key] = translate("SearchResults", "{speaker} — in “{title}”").format(speaker=isolated(speaker), title=isolated(label.title))
            elif kind == "actor":
                titles[key] = f"{label.title} ({label.actor_type})"
            else:
                titles[key] = label.title
        return [HitRow(h.type, h.uuid, h.doc_uuid, titles.get(h.key, h.uuid), h.snippet) for h in hits]

    def _chosen(self, index: QModelIndex) -> None:
        row: HitRow = self.model.row_at(index.row())
        self.hit_chosen.emit(row.kind, row.uuid)


def results_summary(total: int, text: str) -> str:
    """The line above the hits: "1 result for “harbour”", "2,345 results (first 100) for …"."""
    if total == 1:
        line = translate("SearchResults", "%n result for “{query}”", None, total)
    elif total > LIMIT:
        line = translate("SearchResults", "%n results (first {limit}) for “{query}”", None, total)
    else:
        line = translate("SearchResults", "%n results for “{query}”", None, total)
    return grouped(line, total).format(query=isolated(text), limit=LIMIT)


def _hit_html(row: HitRow) -> str:
    badges = {
        "document": translate("SearchResults", "DOCUMENT"),
        "quote": translate("SearchResults", "QUOTE"),
        "actor": translate("SearchResults", "ACTOR"),
    }
    badge = badges.get(row.kind, row.kind.upper())
    return (
        f"<span class='muted' style='font-size:small'>{badge}</span>&nbsp; <b>{html.escape(row.title)}</b>"
        f"<br/>{row.snippet}"
    )


def _facets_html(facets: dict[str, dict[str, int]]) -> str:
    parts = []
    for facet, title in FACET_TITLES.items():
        counts = facets.get(facet) or {}
        if not counts:
            continue
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:FACETS_SHOWN]
        links = " · ".join(
            f"<a href='{quote(facet_clause(facet, value))}'>{html.escape(value)}</a>&nbsp;({count})" for value, count in top
        )
        parts.append(translate("SearchResults", "<b>{facet}:</b> {values}").format(facet=translate("SearchResults", title), values=links))
    return "&nbsp;&nbsp; ".join(parts)
