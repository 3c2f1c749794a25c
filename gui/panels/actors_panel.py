"""Actors grouped by type with their counts; a filter box narrows the tree by name.
Choosing an actor filters the centre list (and shows its record).

The actors and their counts (``Catalog.actor_summaries``) are read on the task runner, at
start and after changes that can move them; the filter narrows what was read, in memory.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyle, QTreeView, QVBoxLayout, QWidget

from catalog import Changes
from gui.models.actor_tree import ActorTreeModel
from gui.panel_loader import PanelLoader
from gui.panels.section_title import section_title
from gui.tasks import TaskRunner


class ActorsPanel(QWidget):
    """Emits ``actor_chosen(uuid)``. Reads only (on ``tasks``); it never changes the catalogue.
    ``loader.loaded`` fires when the tree was (re)filled."""

    actor_chosen = Signal(str)

    def __init__(self, catalog, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.model = ActorTreeModel(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter actors")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(self.fontMetrics().height() - 2)  # names get the room, not the margin
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the counts' columns are as wide as their largest number (or their title) needs, found
        # from the numbers themselves: measuring every row of a big group would be slow
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._fit_count_columns([])
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title("Actors"))
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.loader = PanelLoader(tasks, "Counting actors", catalog.actors.summaries, self._show_actors, self)
        self.refresh()

    def refresh(self) -> None:
        """Read the actors and their counts again (on the worker)."""
        self.loader.request()

    def _show_actors(self, actors) -> None:
        collapsed = {i.data(ActorTreeModel.KeyRole) for i in self._groups() if not self.view.isExpanded(i)}
        self.model.set_actors(actors, self.filter.text())
        self._fit_count_columns(actors)
        self._expand(collapsed)

    def _fit_count_columns(self, actors) -> None:
        header = self.view.header()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 2
        for column, largest in ((1, max((a.documents for a in actors), default=0)), (2, max((a.quotes for a in actors), default=0))):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            needed = max(header.fontMetrics().horizontalAdvance(title), self.view.fontMetrics().horizontalAdvance(str(largest)))
            header.resizeSection(column, needed + padding)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("actor") or changes.touched("quote") or changes.created["document"] or changes.deleted["document"]:
            self.refresh()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._expand(set())

    def _groups(self) -> list[QModelIndex]:
        return [self.model.index(r, 0) for r in range(self.model.rowCount())]

    def _expand(self, collapsed: set[str]) -> None:
        for index in self._groups():
            self.view.setExpanded(index, index.data(ActorTreeModel.KeyRole) not in collapsed)

    def _clicked(self, index: QModelIndex) -> None:
        key = index.data(ActorTreeModel.KeyRole)
        if key and not key.startswith("type:"):
            self.actor_chosen.emit(key)
