"""Search results: hits with highlighted snippets, and facet counts to click to narrow.

:meth:`SearchResultsPanel.run` searches on the main thread (one Whoosh query and one page
of titles: quick) and shows the first ``LIMIT`` hits. A query the catalogue cannot read
is reported through ``query_failed(message)``.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote, unquote

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from catalog import CatalogUnavailable, Changes, InvalidInput
from gui.models.row_list import RowListModel
from gui.panels.html_delegate import HtmlDelegate
from gui.theme import ERROR_COLOUR

LIMIT = 100
FACET_TITLES = {"type": "Type", "tag": "Tag", "actor": "Actor", "publication": "Publication", "year": "Year"}
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
    """Signals: ``hit_chosen(kind, uuid)``, ``facet_chosen(clause)``, ``query_failed(message)``."""

    hit_chosen = Signal(str, str)
    facet_chosen = Signal(str)
    query_failed = Signal(str)
    searched = Signal(int)  # total hits of the last successful search

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.query = ""
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.facets)
        layout.addWidget(self.view, 1)

    def run(self, text: str) -> bool:
        """Search ``text``; False (and ``query_failed``) when the query cannot be read or the
        index is not there yet (it is being rebuilt). Either way the summary line says what
        happened: the count for this query, or why there is none (never the last one's)."""
        self.query = text
        try:
            results = self._catalog.search.run(text, limit=LIMIT)
        except (InvalidInput, CatalogUnavailable) as exc:
            message = str(exc)
            self.model.set_rows([])
            self.facets.clear()
            self.summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.summary.setText(f"Cannot search for “{text}”: {message}")
            self.query_failed.emit(message)
            return False
        self.query_failed.emit("")
        self.model.set_rows(self._rows(results.hits))
        self.summary.setStyleSheet("")
        self.summary.setText(results_summary(results.total, text))
        self.facets.setText(_facets_html(results.facets))
        self.searched.emit(results.total)
        return True

    def apply_changes(self, changes: Changes) -> None:
        if self.query and changes:
            self.run(self.query)

    def _rows(self, hits) -> list[HitRow]:
        by_kind: dict[str, list[str]] = {"document": [], "quote": [], "actor": []}
        for hit in hits:
            by_kind.setdefault(hit.type, []).append(hit.uuid)
        titles: dict[str, str] = {}
        for view in self._catalog.documents.rows(by_kind["document"]):
            titles[view.uuid] = view.title
        for view in self._catalog.quotes.rows(by_kind["quote"]):
            speaker = view.speaker.name if view.speaker else "unknown speaker"
            titles[view.uuid] = f"{speaker} — in “{view.document_title}”"
        for view in self._catalog.actors.rows(by_kind["actor"]):
            titles[view.uuid] = f"{view.name} ({view.type})"
        return [HitRow(h.type, h.uuid, h.doc_uuid, titles.get(h.uuid, h.uuid), h.snippet) for h in hits]

    def _chosen(self, index: QModelIndex) -> None:
        row: HitRow = self.model.row_at(index.row())
        self.hit_chosen.emit(row.kind, row.uuid)


def results_summary(total: int, text: str) -> str:
    """The line above the hits: "1 result for “harbour”", "2,345 results (first 100) for …"."""
    shown = f" (first {LIMIT})" if total > LIMIT else ""
    return f"{total:,} {'result' if total == 1 else 'results'}{shown} for “{text}”"


def _hit_html(row: HitRow) -> str:
    badge = {"document": "DOCUMENT", "quote": "QUOTE", "actor": "ACTOR"}.get(row.kind, row.kind.upper())
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
        parts.append(f"<b>{title}:</b> {links}")
    return "&nbsp;&nbsp; ".join(parts)
