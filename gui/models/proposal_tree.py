"""Proposals grouped by kind: a heading per group ("Quotations (12)") over its proposals.

Built by :class:`gui.panels.proposals_panel.ProposalsPanel` from one
``Catalog.proposals.matching`` query; ``set_proposals`` rebuilds the tree (a document has
tens, at most a few hundred). Each proposal row's :class:`ProposalView` is under
``PayloadRole``; a group row's payload is its group name (``quotation``, ``person``...).
Every word is the interface language's: the catalogue's (a proposal's title, evidence and
description, a group's heading) through :func:`gui.catalog_text.catalog_text`, the tree's own
through ``translate``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette

from catalog import PROPOSAL_GROUPS, ProposalView, group_words
from gui import theme
from gui.catalog_text import catalog_text
from gui.i18n import QT_TRANSLATE_NOOP, isolated, translate
from gui.models.tree_model import TreeModel, TreeNode

# a decided proposal's status, after its words ("(rejected)")
STATUS_WORDS = {
    "accepted": QT_TRANSLATE_NOOP("ProposalTree", "accepted"),
    "rejected": QT_TRANSLATE_NOOP("ProposalTree", "rejected"),
}


class ProposalTreeModel(TreeModel):
    """Columns: the proposal in words, its evidence, its confidence."""

    columns = (QT_TRANSLATE_NOOP("Columns", "Proposal"), QT_TRANSLATE_NOOP("Columns", "Evidence"), QT_TRANSLATE_NOOP("Columns", "Confidence"))

    def __init__(self, palette: QPalette | None = None, parent=None):
        super().__init__(parent)
        self._palette = palette
        self.show_documents = False  # each proposal's document named after it (a list of several)

    def set_proposals(self, proposals: list[ProposalView]) -> None:
        """Group ``proposals`` (kept in their order) under a heading per group, the groups
        in the order of :data:`catalog.PROPOSAL_GROUPS`."""
        root = TreeNode("")
        groups: dict[str, TreeNode] = {}
        order = list(PROPOSAL_GROUPS)
        for group in sorted({p.group for p in proposals}, key=lambda g: order.index(g) if g in order else len(order)):
            groups[group] = root.add(TreeNode(f"group:{group}", group))
        for proposal in proposals:
            groups[proposal.group].add(TreeNode(f"proposal:{proposal.id}", proposal))
        self.set_root(root)

    def groups(self) -> dict[str, list[ProposalView]]:
        """Group name -> its proposals, as shown."""
        return {node.payload: [child.payload for child in node.children] for node in self._root.children}

    def proposals(self) -> list[ProposalView]:
        return [child.payload for node in self._root.children for child in node.children]

    def node_data(self, node: TreeNode, column: int, role: int):
        payload = node.payload
        if isinstance(payload, str):  # a group's heading
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{catalog_text(group_words(payload))} ({len(node.children)})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
                return f"{catalog_text(group_words(payload))}: {len(node.children)}"
            return None
        proposal: ProposalView = payload
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                if self.show_documents:
                    return translate("ProposalTree", "{words} · in “{title}”").format(words=_words(proposal), title=isolated(proposal.document_title))
                return _words(proposal)
            if column == 1:
                return _evidence(proposal)
            return f"{proposal.confidence:.0%}"
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return translate("ProposalTree", "Confidence {confidence}: how sure Pressmark is of this proposal").format(confidence=f"{proposal.confidence:.0%}")
        if role == Qt.ItemDataRole.ToolTipRole:
            said = catalog_text(proposal.describe())
            if not proposal.document_title:
                return said
            return said + "\n" + translate("ProposalTree", "In “{title}”").format(title=isolated(proposal.document_title))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and proposal.status != "pending" and self._palette is not None:
            return theme.muted_text(self._palette)
        if role == Qt.ItemDataRole.FontRole and proposal.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


def _words(proposal: ProposalView) -> str:
    if proposal.kind == "quote":
        excerpt = " ".join(str(proposal.data.get("exact", "")).split())
        excerpt = excerpt if len(excerpt) <= 90 else excerpt[:89].rstrip() + "…"
        speaker = catalog_text(proposal.speaker) if proposal.speaker else translate("ProposalTree", "unknown speaker")
        words = translate("ProposalTree", "“{excerpt}” — {speaker}").format(excerpt=isolated(excerpt), speaker=isolated(speaker))
    else:
        words = proposal.data.get("known_actor") or proposal.data.get("name", "")
    if proposal.status not in STATUS_WORDS:
        return words
    return f"{words} ({translate('ProposalTree', STATUS_WORDS[proposal.status])})"


def _evidence(proposal: ProposalView) -> str:
    """The evidence, short enough for a column: the attribution words themselves ("“said”");
    the whole sentence is the row's tooltip."""
    if proposal.kind != "quote":
        return catalog_text(proposal.evidence)
    cue = proposal.data.get("cue") or ""
    if proposal.group == "pull_quote":
        return translate("ProposalTree", "pull-quote box")
    return translate("ProposalTree", "“{cue}”").format(cue=cue) if cue else translate("ProposalTree", "no attribution")
