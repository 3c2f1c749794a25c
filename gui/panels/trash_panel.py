"""The trash: deleted documents, quotes and actors; restore them or empty it (both undoable in the catalogue).
Its list is read on the task runner."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes
from gui.i18n import translate
from gui.icons import icon, set_icon
from gui.models.row_list import RowListModel
from gui.operations import Operations
from gui.panel_loader import PanelLoader

KIND_MARK = {"document": "Document", "quote": "Quote", "actor": "Actor"}


class TrashPanel(QWidget):
    """Lists ``Catalog.trash()``; reads and writes go through ``ops`` (its task runner)."""

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.model = RowListModel(
            lambda item: f"{KIND_MARK.get(item.kind, item.kind)}: {item.label}",
            tooltip=lambda item: f"deleted {item.deleted_at.replace('T', ' ')}",
            decoration=lambda item: icon(item.kind),
            parent=self,
        )
        self.view = QListView()
        self.view.setIconSize(QSize(16, 16))  # a small mark beside the name, not a picture
        self.view.setAccessibleName(translate("TrashPanel", "Trash"))
        self.view.setAccessibleDescription(translate("TrashPanel", "Deleted records, to restore or delete for good"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton(translate("TrashPanel", "Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        set_icon(self.restore_button, "undo")
        self.empty_button = QPushButton(translate("TrashPanel", "Empty trash…"))
        self.empty_button.clicked.connect(self._ask_empty)
        set_icon(self.empty_button, "trash")
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.empty_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.loader = PanelLoader(ops.tasks, translate("TrashPanel", "Reading the trash"), catalog.trash.items, self._show_trash, self)
        self.refresh()

    def refresh(self) -> None:
        """Read the trash again (on the worker)."""
        self.loader.request()

    def _show_trash(self, items) -> None:
        self.model.set_rows(items)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def apply_changes(self, changes: Changes) -> None:
        if any(changes.created[k] or changes.deleted[k] for k in ("document", "quote", "actor")):
            self.refresh()

    def restore_selected(self) -> None:
        uuids = [self.model.row_at(i.row()).uuid for i in self.view.selectionModel().selectedRows()]
        if uuids:
            self._ops.change(translate("TrashPanel", "Restore from the trash"), lambda: self._catalog.trash.restore(uuids))

    def empty(self) -> None:
        self._ops.change(translate("TrashPanel", "Empty the trash"), self._catalog.trash.empty)

    def _ask_empty(self) -> None:
        answer = QMessageBox.question(
            self, translate("TrashPanel", "Empty trash"),
            translate("TrashPanel", "Delete the %n records in the trash for good? Edit → Undo brings them back.", None, self.model.rowCount()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.empty()
