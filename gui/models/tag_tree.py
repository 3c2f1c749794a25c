"""The tag tree with counts and colours; records dropped on a tag ask to be tagged.

Rows come from ``Catalog.tags()`` (flat ``TagView`` list, by path) and, for the counts,
``Catalog.tag_counts()`` via :meth:`set_tags`. The count column shows how many live records
carry the tag or one of its sub-tags (each record once); the tooltip splits it up.
Dropping records (the MIME type of :mod:`gui.models.record_table`) on a tag emits
``records_dropped(uuids, path)``; the model itself never writes to the catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex, Qt, Signal

from catalog import TagCount, TagView
from gui.models.record_mime import RECORDS_MIME, uuids_from_mime
from gui.models.tree_model import Index, TreeModel, TreeNode
from gui.theme import swatch


class TagTreeModel(TreeModel):
    """Column 0: tag name (colour swatch); column 1: records tagged with it or a sub-tag."""

    columns = ("Tag", "Records")
    records_dropped = Signal(list, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._counts: dict[str, TagCount] = {}

    def set_tags(self, tags: list[TagView], counts: dict[str, TagCount] | None = None) -> None:
        """Show ``tags``; ``counts`` by path (``Catalog.tag_counts()``), else each view's
        own counts (without sub-tags)."""
        self._counts = counts if counts is not None else {
            t.path: TagCount(t.documents, t.quotes, t.actors, t.documents + t.quotes + t.actors) for t in tags
        }  # fmt: skip
        root = TreeNode("")
        by_path: dict[str, TreeNode] = {}
        for view in sorted(tags, key=lambda t: t.path.lower()):
            parent_path, _, _name = view.path.rpartition("/")
            parent = by_path.get(parent_path, root)
            by_path[view.path] = parent.add(TreeNode(view.path, view))
        self.set_root(root)

    def node_data(self, node: TreeNode, column: int, role: int):
        view: TagView = node.payload
        count = self._counts.get(view.path) or TagCount()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return view.path.rpartition("/")[2]
            return f"{count.total:,}" if count.total else ""
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return swatch(view.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{view.path}\nTagged directly: {count.documents} documents, {count.quotes} quotes, {count.actors} actors"
            if node.children:
                tip += f"\nWith its sub-tags: {count.total} records"
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # ----- drops -------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled

    def mimeTypes(self) -> list[str]:
        return [RECORDS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(RECORDS_MIME) and self._drop_target(row, parent) is not None

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        target = self._drop_target(row, parent)
        uuids = uuids_from_mime(data)
        if target is None or not uuids:
            return False
        self.records_dropped.emit(uuids, target)
        return False  # nothing moves in this model; the tagging arrives as Changes

    def _drop_target(self, row: int, parent: Index) -> str | None:
        # a drop "between" rows lands on their parent tag; the root carries no tag to apply
        return self.node(parent).key if parent.isValid() else None

    def path_at(self, index: QModelIndex) -> str:
        return self.node(index).key if index.isValid() else ""
