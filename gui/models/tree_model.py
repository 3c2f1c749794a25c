"""A small read-only tree model over :class:`TreeNode` objects; subclasses supply ``data``.

Used by the tag tree and the actor tree. ``set_root`` replaces the whole tree (a reset):
both trees are small, and a catalogue change rebuilds them from one cheap query.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from gui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the invalid index Qt passes for "no parent"


@dataclass(eq=False)
class TreeNode:
    """One row: ``payload`` is what the row shows (a view, or a group label)."""

    key: str
    payload: Any = None
    children: list[TreeNode] = field(default_factory=list)
    parent: TreeNode | None = None

    def add(self, child: TreeNode) -> TreeNode:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


class TreeModel(QAbstractItemModel):
    """Index bookkeeping for a tree of TreeNode; ``columns`` names the header sections."""

    KeyRole = Qt.ItemDataRole.UserRole + 1
    PayloadRole = Qt.ItemDataRole.UserRole + 2
    columns: tuple[str, ...] = ("Name",)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._root = TreeNode("")

    # ----- content -----------------------------------------------------------------------
    def set_root(self, root: TreeNode) -> None:
        self.beginResetModel()
        self._root = root
        self.endResetModel()

    def node(self, index: Index) -> TreeNode:
        return index.internalPointer() if index.isValid() else self._root

    def index_of_key(self, key: str) -> QModelIndex:
        for node in self._root.walk():
            if node is not self._root and node.key == key:
                return self.createIndex(node.row(), 0, node)
        return QModelIndex()

    # ----- Qt ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = NO_PARENT) -> QModelIndex:
        # checked here rather than with hasIndex(), which calls back into rowCount and
        # columnCount: a view lays out every row of an expanded group of thousands of actors
        children = self.node(parent).children
        if not (0 <= row < len(children) and 0 <= column < len(self.columns)) or (parent.isValid() and parent.column() != 0):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = index.internalPointer().parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row(), 0, up)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return translate("Columns", self.columns[section])  # marked in each model
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if role == self.KeyRole:
            return node.key
        if role == self.PayloadRole:
            return node.payload
        return self.node_data(node, index.column(), role)

    def node_data(self, node: TreeNode, column: int, role: int):
        """Subclasses: what ``node`` shows in ``column`` for ``role``."""
        return None
