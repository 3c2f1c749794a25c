"""Actors grouped by type with their counts; a filter box narrows the tree by name.
Choosing an actor filters the centre list (and shows its record)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from catalog.changes import Changes
from gui.models.actor_tree import ActorTreeModel
from gui.panels.section_title import section_title


class ActorsPanel(QWidget):
    """Emits ``actor_chosen(uuid)``. Reads only; it never changes the catalogue."""

    actor_chosen = Signal(str)

    def __init__(self, catalog, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self.model = ActorTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter actors")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.view = QTreeView()
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title("Actors"))
        layout.addWidget(self.filter)
        layout.addWidget(self.view)
        self.refresh()

    def refresh(self) -> None:
        collapsed = {
            self.proxy.index(r, 0).data(ActorTreeModel.KeyRole)
            for r in range(self.proxy.rowCount())
            if not self.view.isExpanded(self.proxy.index(r, 0))
        } if self.proxy.rowCount() else set()
        self.model.set_actors(self._catalog.actor_summaries())
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            self.view.setExpanded(index, index.data(ActorTreeModel.KeyRole) not in collapsed)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("actor") or changes.touched("quote") or changes.created["document"] or changes.deleted["document"]:
            self.refresh()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.view.expandAll()

    def _clicked(self, index: QModelIndex) -> None:
        key = index.data(ActorTreeModel.KeyRole)
        if key and not key.startswith("type:"):
            self.actor_chosen.emit(key)
