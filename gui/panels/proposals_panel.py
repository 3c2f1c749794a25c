"""Proposals for the open document, grouped by kind: review them one by one or a kind at once.

The list shows each proposal in plain words with its evidence (the attribution words found,
the mentions counted) and its confidence, under a heading per kind ("Quotations (12)",
"People (4)"). Filters narrow it by kind, minimum confidence and text; "Show rejected"
brings the rejected ones in, to restore them. The bulk button accepts every proposal of the
chosen kind that the filters show ("Accept all 12 quotations"), in one undoable step.

Accepting, rejecting and restoring are catalogue changes run on the task runner like every
change (the catalogue can undo them, statuses included). Choosing a proposal emits
``span_chosen(start, end)`` and ``proposal_chosen(id)`` so the reader can show it; the
pending proposals shown are announced by ``proposals_shown(list)`` for the reader's marks.
"All documents" lists every document's proposals (and the bulk button takes them all);
choosing one in another document emits ``document_chosen(uuid)`` first, to open it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from catalog import PROPOSAL_GROUPS, Changes, Message, ProposalFilter, ProposalView, group_words
from gui.catalog_text import catalog_text
from gui.dialogs.proposal_dialog import ProposalDialog
from gui.i18n import translate
from gui.models.proposal_tree import ProposalTreeModel
from gui.models.tree_model import TreeModel
from gui.operations import Operations


class ProposalsPanel(QWidget):
    """Lists ``Catalog.proposals`` of one document; ``set_document(uuid)`` chooses it. Main thread only."""

    span_chosen = Signal(int, int)
    proposal_chosen = Signal(int)
    document_chosen = Signal(str)
    count_changed = Signal(int)
    proposals_shown = Signal(list)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.document = ""
        self.dialog: ProposalDialog | None = None
        self._all: list[ProposalView] = []

        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("ProposalsPanel", "Kind of proposal"))
        self.kind.addItem(translate("ProposalsPanel", "All kinds"), "")
        for group in PROPOSAL_GROUPS:
            self.kind.addItem(catalog_text(group_words(group)), group)
        self.min_confidence = QSpinBox()
        self.min_confidence.setRange(0, 100)
        self.min_confidence.setSingleStep(10)
        self.min_confidence.setSuffix("%")
        self.min_confidence.setPrefix(translate("ProposalsPanel", "at least ", "before a confidence (“at least 70%”)"))
        self.min_confidence.setAccessibleName(translate("ProposalsPanel", "Minimum confidence"))
        self.min_confidence.setToolTip(translate("ProposalsPanel", "Show only proposals at least this confident"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("ProposalsPanel", "Filter by words, speaker or name"))
        self.text.setClearButtonEnabled(True)
        self.text.setAccessibleName(translate("ProposalsPanel", "Filter proposals by text"))
        self.show_rejected = QCheckBox(translate("ProposalsPanel", "Show rejected"))
        self.show_rejected.setToolTip(translate("ProposalsPanel", "List the rejected proposals too, to restore one"))
        self.everywhere = QCheckBox(translate("ProposalsPanel", "All documents"))
        self.everywhere.setToolTip(translate("ProposalsPanel", "List the proposals of every document, to accept a kind across the catalogue"))
        filters = QHBoxLayout()
        filters.addWidget(self.kind)
        filters.addWidget(self.min_confidence)
        filters.addWidget(self.show_rejected)
        self.kind.currentIndexChanged.connect(self._show)
        self.min_confidence.valueChanged.connect(self._show)
        self.text.textChanged.connect(self._show)
        self.show_rejected.toggled.connect(self._show)
        self.everywhere.toggled.connect(self.refresh)

        self.model = ProposalTreeModel(self.palette(), self)
        self.view = _ProposalTree()
        self.view.setAccessibleName(translate("ProposalsPanel", "Proposals"))
        self.view.setAccessibleDescription(translate("ProposalsPanel", "Quotes and actors proposed for this document, by kind, with their evidence and confidence"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.view, lambda: self._with_current(self.reject_or_restore),
                  context=Qt.ShortcutContext.WidgetShortcut)  # fmt: skip

        self.empty = QLabel(translate("ProposalsPanel", "No proposals waiting for this document."))
        self.empty.setWordWrap(True)
        self.accept_button = QPushButton(translate("ProposalsPanel", "Accept"))
        self.edit_button = QPushButton(translate("ProposalsPanel", "Edit…"))
        self.reject_button = QPushButton(translate("ProposalsPanel", "Reject"))
        self.accept_all_button = QPushButton(translate("ProposalsPanel", "Accept all"))
        self.accept_all_button.setToolTip(translate("ProposalsPanel", "Accept every proposal of this kind that the list shows, in one step (Undo takes it back)"))
        self.accept_button.clicked.connect(lambda: self._with_current(self.accept))
        self.edit_button.clicked.connect(lambda: self._with_current(self.edit))
        self.reject_button.clicked.connect(lambda: self._with_current(self.reject_or_restore))
        self.accept_all_button.clicked.connect(lambda: self.accept_group(self.bulk_group()))
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.edit_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        search = QHBoxLayout()
        search.addWidget(self.text, 1)
        search.addWidget(self.everywhere)
        layout.addLayout(search)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.accept_all_button)
        self.set_document("")

    # ----- content -----------------------------------------------------------------------
    def set_document(self, uuid: str) -> None:
        self.document = uuid
        if self.everywhere.isChecked() and self._all:
            self._show()  # every document's are listed already
        else:
            self.refresh()

    def refresh(self) -> None:
        """Read the proposals again (every status: the filters choose): the document's, or
        with "All documents" every document's."""
        if self.everywhere.isChecked():
            self._all = self._catalog.proposals.find(None, status="all")
        else:
            self._all = self._catalog.proposals.find(self.document, status="all") if self.document else []
        self.model.show_documents = self.everywhere.isChecked()
        self._show()

    def current_filter(self) -> ProposalFilter:
        """The filters as set, for this document's pending proposals."""
        document = None if self.everywhere.isChecked() else self.document or None
        return ProposalFilter(document, "pending", self.kind.currentData() or None, self.min_confidence.value() / 100, self.text.text())

    def _show(self) -> None:
        current = self.current_proposal()
        wanted = self.current_filter()
        statuses = ("pending", "rejected") if self.show_rejected.isChecked() else ("pending",)
        shown = [p for p in self._all if p.status in statuses and wanted.admits(p)]
        self.model.set_proposals(shown)
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)  # a heading reads across
        self.view.expandAll()
        if current is not None:
            self.select(current.id)
        pending = [p for p in self._all if p.status == "pending" and p.document_uuid == self.document]
        if not self._all:
            self.empty.setText(translate("ProposalsPanel", "No proposals in the catalogue.") if self.everywhere.isChecked() else translate("ProposalsPanel", "No proposals for this document."))
        elif not pending and not shown:
            self.empty.setText(translate("ProposalsPanel", "Every proposal for this document has been decided. Tick “Show rejected” to restore one."))
        elif not shown:
            self.empty.setText(translate("ProposalsPanel", "No proposal matches these filters."))
        self.empty.setVisible(not shown)
        self.count_changed.emit(len(pending))
        self.proposals_shown.emit([p for p in shown if p.status == "pending"])
        self._update_buttons()

    def apply_changes(self, changes: Changes) -> None:
        if self.document and (changes.proposals or self.document in changes.touched("document")):
            self.refresh()

    # ----- selection ---------------------------------------------------------------------
    def current_proposal(self) -> ProposalView | None:
        payload = self.view.currentIndex().data(TreeModel.PayloadRole) if self.view.currentIndex().isValid() else None
        return payload if isinstance(payload, ProposalView) else None

    def select(self, proposal_id: int) -> bool:
        """Make the proposal ``proposal_id`` the current row; False if it is not listed."""
        index = self.model.index_of_key(f"proposal:{proposal_id}")
        if not index.isValid():
            return False
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        return True

    def bulk_group(self) -> str:
        """The kind the bulk button takes: the current row's, else the kind filter's, else
        '' (every kind shown)."""
        payload = self.view.currentIndex().data(TreeModel.PayloadRole) if self.view.currentIndex().isValid() else None
        if isinstance(payload, ProposalView):
            return payload.group
        if isinstance(payload, str):
            return payload
        return self.kind.currentData() or ""

    def _update_buttons(self) -> None:
        proposal = self.current_proposal()
        pending = proposal is not None and proposal.status == "pending"
        self.accept_button.setEnabled(pending)
        self.edit_button.setEnabled(pending)
        self.reject_button.setEnabled(proposal is not None)
        self.reject_button.setText(translate("ProposalsPanel", "Restore") if proposal is not None and proposal.status == "rejected" else translate("ProposalsPanel", "Reject"))
        group = self.bulk_group()
        count = sum(1 for p in self.model.proposals() if p.status == "pending" and (not group or p.group == group))
        self.accept_all_button.setText(accept_all_text(group, count))
        self.accept_all_button.setEnabled(count > 0)

    # ----- decisions ---------------------------------------------------------------------
    def accept(self, proposal: ProposalView, edits: dict | None = None) -> None:
        self._ops.change(translate("ProposalsPanel", "Accept proposal"), lambda: self._catalog.proposals.accept(proposal.id, edits))

    def reject(self, proposal: ProposalView) -> None:
        self._ops.change(translate("ProposalsPanel", "Reject proposal"), lambda: self._catalog.proposals.reject(proposal.id))

    def restore(self, proposal: ProposalView) -> None:
        self._ops.change(translate("ProposalsPanel", "Restore proposal"), lambda: self._catalog.proposals.restore(proposal.id))

    def reject_or_restore(self, proposal: ProposalView) -> None:
        (self.restore if proposal.status == "rejected" else self.reject)(proposal)

    def accept_group(self, group: str = "") -> None:
        """Accept every pending proposal of ``group`` (every kind when '') that the filters
        show, in one unit of work."""
        if not self.document and not self.everywhere.isChecked():
            return
        wanted = self.current_filter()
        wanted = ProposalFilter(wanted.document, "pending", group or wanted.kind, wanted.min_confidence, wanted.text)
        # the task as the catalogue names the operation, in the interface language
        label = Message("op_accept_all_of", group=group_words(group, 2).split(" ", 1)[1]) if group else Message("op_accept_all")
        self._ops.mutate(catalog_text(label), lambda _p, _c: self._catalog.proposals.accept_all(wanted=wanted))

    def accept_all(self) -> None:
        """Accept every pending proposal of the document, whatever the filters show (the
        window's "Accept all proposals")."""
        if self.document:
            wanted = ProposalFilter(self.document)
            self._ops.mutate(translate("ProposalsPanel", "Accept all proposals"), lambda _p, _c: self._catalog.proposals.accept_all(wanted=wanted))

    def edit(self, proposal: ProposalView) -> ProposalDialog:
        names = self._catalog.actors.names()
        self.dialog = ProposalDialog(proposal, names, self)
        dialog = self.dialog
        dialog.accepted.connect(lambda: self.accept(proposal, dialog.edits()))
        dialog.open()
        return dialog

    def decide(self, action: str, proposal_id: int) -> None:
        """``accept``, ``edit`` or ``reject`` the proposal ``proposal_id`` (the reader asks)."""
        proposal = next((p for p in self._all if p.id == proposal_id), None)
        if proposal is None or proposal.status != "pending":
            return
        {"accept": self.accept, "edit": self.edit, "reject": self.reject}[action](proposal)

    def _with_current(self, action) -> None:
        proposal = self.current_proposal()
        if proposal is not None:
            action(proposal)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        menu = QMenu(self)
        proposal = self.current_proposal()
        if proposal is not None and proposal.status == "pending":
            menu.addAction(translate("ProposalsPanel", "Accept"), lambda: self.accept(proposal))
            menu.addAction(translate("ProposalsPanel", "Edit and accept…"), lambda: self.edit(proposal))
            menu.addAction(translate("ProposalsPanel", "Reject"), lambda: self.reject(proposal))
        elif proposal is not None:
            menu.addAction(translate("ProposalsPanel", "Restore"), lambda: self.restore(proposal))
        if self.accept_all_button.isEnabled():
            menu.addSeparator()
            group = self.bulk_group()
            menu.addAction(self.accept_all_button.text(), lambda: self.accept_group(group))
        if menu.actions():
            menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _chosen(self, index: QModelIndex) -> None:
        proposal = index.data(TreeModel.PayloadRole)
        if not isinstance(proposal, ProposalView) or not proposal.spans:
            return
        if proposal.document_uuid != self.document:
            self.document_chosen.emit(proposal.document_uuid)
            if proposal.document_uuid != self.document:
                return  # the document was not opened (its form's unsaved edits stayed)
            self.select(proposal.id)
        start, end = proposal.spans[0]
        self.span_chosen.emit(start, end)
        if proposal.status == "pending":
            self.proposal_chosen.emit(proposal.id)


class _ProposalTree(QTreeView):
    """The list's view: the proposal's words take the room, the evidence at most a quarter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(36)
        # the rows say what they hold ("said", "2 mentions", "90%"); a header's "Confidence"
        # took a quarter of a narrow column (the model still names the columns, for screen readers)
        self.setHeaderHidden(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        header = self.header()
        if header.count() < 3:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, max(70, min(180, self.viewport().width() // 4)))


def accept_all_text(group: str, count: int) -> str:
    """The bulk button's words: "Accept all 12 quotations" (``group`` ''), "Accept all 3
    proposals" (every kind), in the plural the interface language needs."""
    n = count
    if group == "quotation":
        return translate("ProposalsPanel", "Accept all %n quotation", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n quotations", None, n)
    if group == "pull_quote":
        return translate("ProposalsPanel", "Accept all %n pull quote", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n pull quotes", None, n)
    if group == "excerpt":
        return translate("ProposalsPanel", "Accept all %n excerpt", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n excerpts", None, n)
    if group == "person":
        return translate("ProposalsPanel", "Accept all %n person", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n people", None, n)
    if group == "organisation":
        return translate("ProposalsPanel", "Accept all %n organisation", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n organisations", None, n)
    if group == "place":
        return translate("ProposalsPanel", "Accept all %n place", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n places", None, n)
    if group == "event":
        return translate("ProposalsPanel", "Accept all %n event", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n events", None, n)
    if group == "group":
        return translate("ProposalsPanel", "Accept all %n group", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n groups", None, n)
    if group:  # a kind this window does not know by name: the catalogue's words
        return translate("ProposalsPanel", "Accept all {what}").format(what=group_words(group, n))
    return translate("ProposalsPanel", "Accept all %n proposal", None, n) if n == 1 else translate("ProposalsPanel", "Accept all %n proposals", None, n)
