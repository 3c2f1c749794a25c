"""The tags of one record: listed, added (with completion) and removed, each one catalogue change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs.completion import FillOnFocus, ListCompleter
from gui.dialogs.quote_dialog import split_tags
from gui.i18n import translate
from gui.operations import Operations


class TagEditor(QWidget):
    """``set_record(uuid, tags)`` shows a record's tags; edits go through ``ops``."""

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.uuid = ""
        self.list = QListWidget()
        self.list.setAccessibleName(translate("TagEditor", "Tags"))
        self.list.setAccessibleDescription(translate("TagEditor", "The record's tags; select one and press Delete to take it off"))
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setFixedHeight(self.fontMetrics().height() * 3 + 8)
        self.list.setToolTip(translate("TagEditor", "Select a tag and press Delete (or −) to take it off"))
        self.add_edit = QLineEdit()
        self.add_edit.setAccessibleName(translate("TagEditor", "Add tags"))
        self.add_edit.setPlaceholderText(translate("TagEditor", "Add tags: Parent/Child, another"))
        self.completer = ListCompleter([], self.add_edit)
        self.add_edit.setCompleter(self.completer)
        self.completion = FillOnFocus(self.add_edit, self.completer, catalog.tags.paths)
        self.add_edit.returnPressed.connect(self._add_typed)
        self.remove_button = QToolButton()
        self.remove_button.setText("−")
        self.remove_button.setAccessibleName(translate("TagEditor", "Remove the selected tag"))
        self.remove_button.setToolTip(translate("TagEditor", "Remove the selected tag"))
        self.remove_button.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_edit, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_record(self, uuid: str, tags: list[str]) -> None:
        self.uuid = uuid
        self.list.clear()
        for path in tags:
            item = QListWidgetItem(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.list.addItem(item)

    def add(self, paths: list[str]) -> None:
        uuid = self.uuid
        for path in paths:
            self._ops.change(translate("TagEditor", "Tag “{path}”").format(path=path), lambda path=path: self._catalog.tags.apply([uuid], path))

    def remove(self, path: str) -> None:
        uuid = self.uuid
        self._ops.change(translate("TagEditor", "Untag “{path}”").format(path=path), lambda: self._catalog.tags.remove([uuid], path))

    def _add_typed(self) -> None:
        paths = split_tags(self.add_edit.text())
        if self.uuid and paths:
            self.add(paths)
            self.add_edit.clear()

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if self.uuid and item is not None:
            self.remove(item.data(Qt.ItemDataRole.UserRole))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.list.hasFocus():
            self._remove_selected()
            return
        super().keyPressEvent(event)
