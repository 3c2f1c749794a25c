"""Actors grouped by type (people, organisations, places, events, groups) with counts.

Rows come from ``Catalog.actor_summaries()`` via :meth:`set_actors`. Group rows have the key
``type:<type>``; actor rows have the actor's UUID as key and its ``ActorSummary`` as payload.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from catalog.ops.browse import ActorSummary
from gui.models.tree_model import TreeModel, TreeNode

GROUP_NAMES = {
    "person": "People",
    "organisation": "Organisations",
    "place": "Places",
    "event": "Events",
    "group": "Groups",
}


class ActorTreeModel(TreeModel):
    """Column 0: name; column 1: documents naming the actor; column 2: quotes it spoke."""

    columns = ("Actor", "Docs", "Quotes")

    def set_actors(self, actors: list[ActorSummary]) -> None:
        root = TreeNode("")
        groups: dict[str, TreeNode] = {}
        for kind in [*GROUP_NAMES, *sorted({a.type for a in actors} - set(GROUP_NAMES))]:
            members = [a for a in actors if a.type == kind]
            if members:
                groups[kind] = root.add(TreeNode(f"type:{kind}", (kind, len(members))))
                for actor in members:
                    groups[kind].add(TreeNode(actor.uuid, actor))
        self.set_root(root)

    @staticmethod
    def is_group(node: TreeNode) -> bool:
        return node.key.startswith("type:")

    def node_data(self, node: TreeNode, column: int, role: int):
        if self.is_group(node):
            kind, count = node.payload
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{GROUP_NAMES.get(kind, kind.title())} ({count})" if column == 0 else None
            return None
        actor: ActorSummary = node.payload
        if role == Qt.ItemDataRole.DisplayRole:
            return (actor.name, str(actor.documents or ""), str(actor.quotes or ""))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{actor.name} ({actor.type})\nnamed in {actor.documents} documents, {actor.quotes} quotes"
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
