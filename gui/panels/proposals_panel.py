"""Proposals for the open document: accept, edit and accept, reject, or accept them all.

Accepting and rejecting are catalogue changes run on the task runner like every change (the
catalogue can undo them, statuses included). Choosing a quote proposal emits
``span_chosen(start, end)`` so the reader can select its text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from catalog import Changes, ProposalView
from gui.dialogs.proposal_dialog import ProposalDialog
from gui.models.row_list import RowListModel
from gui.operations import Operations


class ProposalsPanel(QWidget):
    """Lists ``Catalog.proposals(document)``; ``set_document(uuid)`` chooses the document."""

    span_chosen = Signal(int, int)
    count_changed = Signal(int)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.document = ""
        self.dialog: ProposalDialog | None = None
        self.model = RowListModel(ProposalView.describe, tooltip=_tooltip, parent=self)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.empty = QLabel("No proposals waiting for this document.")
        self.accept_button = QPushButton("Accept")
        self.edit_button = QPushButton("Edit…")
        self.reject_button = QPushButton("Reject")
        self.accept_all_button = QPushButton("Accept all")
        self.accept_button.clicked.connect(lambda: self._with_current(self.accept))
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit))
        self.reject_button.clicked.connect(lambda: self._with_current(self.reject))
        self.accept_all_button.clicked.connect(self.accept_all)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.set_document("")

    def set_document(self, uuid: str) -> None:
        self.document = uuid
        self.refresh()

    def refresh(self) -> None:
        rows = self._catalog.proposals.find(self.document) if self.document else []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for button in (self.accept_button, self.edit_button, self.reject_button, self.accept_all_button):
            button.setEnabled(bool(rows))
        self.count_changed.emit(len(rows))

    def apply_changes(self, changes: Changes) -> None:
        if self.document and (changes.proposals or self.document in changes.touched("document")):
            self.refresh()

    # ----- decisions ---------------------------------------------------------------------
    def accept(self, proposal: ProposalView, edits: dict | None = None) -> None:
        self._ops.change("Accept proposal", lambda: self._catalog.proposals.accept(proposal.id, edits))

    def reject(self, proposal: ProposalView) -> None:
        self._ops.change("Reject proposal", lambda: self._catalog.proposals.reject(proposal.id))

    def accept_all(self) -> None:
        if self.document:
            document = self.document
            self._ops.mutate("Accept all proposals", lambda _p, _c: self._catalog.proposals.accept_all(document))

    def edit(self, proposal: ProposalView) -> ProposalDialog:
        names = self._catalog.actors.names()
        self.dialog = ProposalDialog(proposal, names, self)
        self.dialog.accepted.connect(lambda: self.accept(proposal, self.dialog.edits()))
        self.dialog.open()
        return self.dialog

    def _with_current(self, action) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            action(self.model.row_at(index.row()))

    def _chosen(self, index: QModelIndex) -> None:
        proposal: ProposalView = self.model.row_at(index.row())
        if proposal.kind == "quote":
            self.span_chosen.emit(int(proposal.data["start"]), int(proposal.data["end"]))
        elif proposal.data.get("mentions"):
            start, end = proposal.data["mentions"][0][:2]
            self.span_chosen.emit(int(start), int(end))


def _tooltip(proposal: ProposalView) -> str:
    confidence = proposal.data.get("confidence")
    return f"confidence {confidence:.0%}" if isinstance(confidence, (int, float)) else proposal.describe()
