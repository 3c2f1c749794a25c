"""The actor tree, with actors that can be dragged onto another actor of their type to merge.

The model never writes: a drop emits ``actor_dropped(dragged uuid, target uuid)``, and the
Actors panel asks before merging.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal

from catalog import ActorSummary
from gui.models.actor_tree import ActorTreeModel
from gui.models.tree_model import Index

ACTOR_MIME = "application/x-pressmark-actor"


class MergeableActorTreeModel(ActorTreeModel):
    """:class:`ActorTreeModel` whose actor rows drag (as :data:`ACTOR_MIME`) and take drops."""

    actor_dropped = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._types: dict[str, str] = {}  # actor uuid -> type: a drag asks on every move

    def set_actors(self, actors: list[ActorSummary], filter_text: str = "") -> None:
        self._types = {a.uuid: a.type for a in actors}
        super().set_actors(actors, filter_text)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and not self.is_group(self.node(index)):
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def mimeTypes(self) -> list[str]:
        return [ACTOR_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        keys = [self.node(i).key for i in indexes if i.isValid() and not self.is_group(self.node(i))]
        if keys:
            data.setData(ACTOR_MIME, keys[0].encode("ascii"))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        dragged, target = self._pair(data, parent)
        return bool(dragged and target)

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent: Index) -> bool:
        dragged, target = self._pair(data, parent)
        if dragged and target:
            self.actor_dropped.emit(dragged, target)
        return False  # nothing moves in the tree; the merge arrives as Changes

    def _pair(self, data: QMimeData, parent: Index) -> tuple[str, str]:
        """(dragged actor, actor dropped on) when both are actors of one type, else empties."""
        if not data.hasFormat(ACTOR_MIME) or not parent.isValid():
            return "", ""
        dragged = bytes(data.data(ACTOR_MIME).data()).decode("ascii", "replace")
        target = self.node(parent)
        if self.is_group(target) or target.key == dragged:
            return "", ""
        if self._types.get(dragged) != target.payload.type:
            return "", ""
        return dragged, target.key
