"""Actors grouped by type (people, organisations, places, events, groups) with counts.

Rows come from ``Catalog.actor_summaries()`` via :meth:`set_actors`; :meth:`set_filter` keeps
the actors whose name contains a text (ignoring case). Group rows have the key ``type:<type>``;
actor rows have the actor's UUID as key and its ``ActorSummary`` as payload.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from catalog import ActorSummary
from gui.i18n import QT_TRANSLATE_NOOP, isolated, listed, translate
from gui.icons import GLYPHS, icon
from gui.models.tree_model import TreeModel, TreeNode
from gui.panels.status import count_text
from gui.theme import actor_type_label

GROUP_NAMES = {
    "person": QT_TRANSLATE_NOOP("ActorTree", "People"),
    "organisation": QT_TRANSLATE_NOOP("ActorTree", "Organisations"),
    "place": QT_TRANSLATE_NOOP("ActorTree", "Places"),
    "event": QT_TRANSLATE_NOOP("ActorTree", "Events"),
    "group": QT_TRANSLATE_NOOP("ActorTree", "Groups"),
}


class ActorTreeModel(TreeModel):
    """Column 0: name; column 1: documents naming the actor; column 2: quotes it spoke."""

    columns = (QT_TRANSLATE_NOOP("Columns", "Actor"), QT_TRANSLATE_NOOP("Columns", "Docs"), QT_TRANSLATE_NOOP("Columns", "Quotes"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._actors: list[ActorSummary] = []
        self._filter = ""

    def set_actors(self, actors: list[ActorSummary], filter_text: str = "") -> None:
        """Show ``actors`` (in the order given) whose name contains ``filter_text``."""
        self._actors = list(actors)
        self.set_filter(filter_text)

    def set_filter(self, text: str) -> None:
        self._filter = text.strip().casefold()
        shown = [a for a in self._actors if self._filter in a.name.casefold()] if self._filter else self._actors
        by_type: dict[str, list[ActorSummary]] = {}
        for actor in shown:
            by_type.setdefault(actor.type, []).append(actor)
        root = TreeNode("")
        for kind in [*GROUP_NAMES, *sorted(set(by_type) - set(GROUP_NAMES))]:
            members = by_type.get(kind)
            if members:
                group = root.add(TreeNode(f"type:{kind}", (kind, len(members))))
                group.children = [TreeNode(actor.uuid, actor, parent=group) for actor in members]
        self.set_root(root)

    @staticmethod
    def is_group(node: TreeNode) -> bool:
        return node.key.startswith("type:")

    def node_data(self, node: TreeNode, column: int, role: int):
        if self.is_group(node):
            kind, count = node.payload
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{translate('ActorTree', GROUP_NAMES[kind]) if kind in GROUP_NAMES else kind.title()} ({count})" if column == 0 else None
            if role == Qt.ItemDataRole.DecorationRole and column == 0:
                return icon(kind if kind in GLYPHS else "actor")
            return None
        actor: ActorSummary = node.payload
        if role == Qt.ItemDataRole.DisplayRole:
            return (actor.name, str(actor.documents or ""), str(actor.quotes or ""))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return actor_tooltip(actor)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def actor_tooltip(actor: ActorSummary) -> str:
    """The actor's whole name (the column may cut it short), its type and how many records
    name it, in the interface language: "Helen Castellan (person)", then "named in 1
    document, 2 quotes"."""
    heading = translate("ActorTree", "{name} ({type})").format(name=isolated(actor.name), type=actor_type_label(actor.type))
    counts = actor_counts(actor)
    if not counts:
        return heading
    return heading + "\n" + translate("ActorTree", "named in {counts}").format(counts=listed(counts))


def actor_counts(actor: ActorSummary) -> list[str]:
    """How many documents and quotes name the actor, each in the interface language, the
    counts that are zero left out: ["2 documents", "1 quote"]."""
    return [count_text(kind, n) for kind, n in (("documents", actor.documents), ("quotes", actor.quotes)) if n]
