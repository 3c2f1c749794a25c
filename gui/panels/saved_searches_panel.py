"""Saved searches, stored in the catalogue (``catalog.search.save``); choosing one runs it.

Saving and deleting run on the task runner as units of work like any other: each is a
revision, Edit → Undo takes it back, and the list follows every change to saved searches
(an undo or redo included).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QListView, QMenu, QVBoxLayout, QWidget

from gui.i18n import translate
from gui.icons import icon
from gui.models.row_list import RowListModel
from gui.operations import Operations


class SavedSearchesPanel(QWidget):
    """Emits ``search_chosen(query)``; ``saved(name)`` once a search was saved.
    ``save``/``remove`` run on the task runner."""

    search_chosen = Signal(str)
    saved = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.model = RowListModel(
            lambda s: s.name, tooltip=lambda s: s.query, decoration=lambda _s: icon("saved_search"), parent=self
        )
        self.view = QListView()
        self.view.setIconSize(QSize(16, 16))  # a small mark beside the name, not a picture
        self.view.setAccessibleName("Saved searches")
        self.view.setModel(self.model)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setToolTip("Save a search with the ☆ button beside the search box")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        ops.changed.connect(self._apply_changes)
        self.refresh()

    def _apply_changes(self, changes) -> None:
        if changes.touched("saved_search"):
            self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self._catalog.search.saved())

    def save(self, name: str, query: str) -> None:
        """Save ``query`` as ``name`` (replacing a search of that name)."""
        stored = " ".join(name.split())  # as the catalogue stores it
        self._ops.change(translate("SavedSearchesPanel", "Save search “{name}”").format(name=stored), lambda: self._catalog.search.save(name, query), lambda _c: self._saved(stored))

    def remove(self, name: str) -> None:
        self._ops.change(translate("SavedSearchesPanel", "Delete saved search “{name}”").format(name=name), lambda: self._catalog.search.delete_saved(name))

    def _saved(self, name: str) -> None:
        self.saved.emit(name)  # the list already follows the change (_apply_changes)

    def _clicked(self, index: QModelIndex) -> None:
        self.search_chosen.emit(self.model.row_at(index.row()).query)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        saved = self.model.row_at(index.row())
        menu = QMenu(self)
        menu.addAction(icon("find"), "Run", lambda: self.search_chosen.emit(saved.query))
        menu.addAction(icon("trash"), "Delete", lambda: self.remove(saved.name))
        menu.exec(self.view.viewport().mapToGlobal(pos))
