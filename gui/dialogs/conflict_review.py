"""The import preview's conflict review: the conflicts on the left; for the selected one its
differing fields (mine, theirs, base) and Mine / Theirs / Both for that record.

Part of :class:`gui.dialogs.import_preview_dialog.ImportPreviewDialog`, which owns the
choices: it shows them with :meth:`ConflictReview.set_conflicts` / :meth:`set_choices`, and
hears the user's with ``decided(bundle uuid, policy)``. Main thread only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from catalog import MergeEntry
from gui.catalog_text import catalog_text
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.models.conflict_list import (
    ConflictListModel,
    ConflictValuesModel,
    can_keep_both,
    matched_text,
    record_text,
)

# the buttons' texts: their mnemonics (Alt+M, Alt+T, Alt+O) are the keyboard's way to decide
BUTTON_TEXTS = {
    "mine": QT_TRANSLATE_NOOP("ConflictReview", "&Mine"),
    "theirs": QT_TRANSLATE_NOOP("ConflictReview", "&Theirs"),
    "both": QT_TRANSLATE_NOOP("ConflictReview", "B&oth"),
}  # translated where shown, like the tips
BUTTON_TIPS = {
    "mine": QT_TRANSLATE_NOOP("ConflictReview", "Keep your version of this record"),
    "theirs": QT_TRANSLATE_NOOP("ConflictReview", "Take the bundle's version of this record"),
    "both": QT_TRANSLATE_NOOP("ConflictReview", "Keep yours and add the bundle's version beside it"),
}


def _table(model) -> QTableView:
    table = QTableView()
    table.setTabKeyNavigation(False)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    return table


class ConflictReview(QWidget):
    """The conflicts of one dry run, each with the values on both sides and its choice."""

    decided = Signal(str, str)  # bundle uuid, policy

    def __init__(self, parent=None):
        super().__init__(parent)
        self._names: dict[str, str] = {}
        self.model = ConflictListModel(self)
        self.list = _table(self.model)
        self.list.setAccessibleName(translate("ConflictReview", "Conflicts"))
        self.list.setAccessibleDescription(translate("ConflictReview", "Records edited both here and in the bundle; choose which version to keep for each"))
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_current())

        self.record = QLabel()
        self.record.setWordWrap(True)
        self.record.setTextFormat(Qt.TextFormat.PlainText)
        self.values = ConflictValuesModel(self)
        self.values_view = _table(self.values)
        self.values_view.setAccessibleName(translate("ConflictReview", "Yours and theirs"))
        self.values_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.values_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the list to the buttons
        self.values_view.setWordWrap(True)
        values_header = self.values_view.horizontalHeader()
        values_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            values_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.values_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)

        self.choices = QButtonGroup(self)
        self.choices.setExclusive(False)  # no button is checked while nothing is selected
        self.buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(translate("ConflictReview", "For this record:")))
        for policy, text in BUTTON_TEXTS.items():
            button = QPushButton(translate("ConflictReview", text))
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter in the list must not press a choice (nor Import)
            button.setToolTip(translate("ConflictReview", BUTTON_TIPS[policy]))
            button.clicked.connect(lambda _on, p=policy: self._choose(p))
            self.choices.addButton(button)
            self.buttons[policy] = button
            buttons.addWidget(button)
        # the checked look of a button is faint in some styles: say whose choice it is too
        self.whose = QLabel()
        buttons.addWidget(self.whose)
        buttons.addStretch(1)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.record)
        side_layout.addWidget(self.values_view, 1)
        side_layout.addWidget(self.detail)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([340, 520])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._show_current()

    def set_conflicts(self, entries: list[MergeEntry], decisions: Mapping[str, str], bulk: str, names: Mapping[str, str]) -> None:
        """Show a (fresh) dry run's conflicts; the record selected before stays selected while
        it is listed, else the one in its row, else the first."""
        current = self.current()
        row = self.list.currentIndex().row()
        self._names = dict(names)
        self.model.set_rows(entries, decisions, bulk)
        if current is not None and self.model.row_of(current.uuid) >= 0:
            row = self.model.row_of(current.uuid)
        self.select_row(min(max(row, 0), self.model.rowCount() - 1))

    def set_choices(self, decisions: Mapping[str, str], bulk: str) -> None:
        self.model.set_choices(decisions, bulk)
        self._show_choice()

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.list.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self._show_current()

    def current(self) -> MergeEntry | None:
        index = self.list.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _show_current(self) -> None:
        entry = self.current()
        self.values.set_entry(entry, self._names)
        if entry is None:
            self.record.setText(translate("ConflictReview", "No conflicts."))
            self.detail.setText("")
        else:
            how = (
                translate("ConflictReview", "Changed here and in the bundle since the version both share.")
                if entry.shared_base
                else translate("ConflictReview", "No shared version to compare with: only yours and theirs are known.")
            )
            matched = matched_text(entry)
            matched = " " + translate("ConflictReview", "{matched}.").format(matched=matched[:1].upper() + matched[1:]) if matched else ""
            self.record.setText(f"{record_text(entry, 200)}\n{how}{matched}")
            detail = catalog_text(entry.detail)
            self.detail.setText(translate("ConflictReview", "{detail}.").format(detail=detail[:1].upper() + detail[1:]) if detail else "")
        self._show_choice()

    def _show_choice(self) -> None:
        entry = self.current()
        for policy, button in self.buttons.items():
            button.setEnabled(entry is not None and (policy != "both" or can_keep_both(entry)))
            button.setChecked(entry is not None and self.model.choice(entry) == policy)
        if entry is None:
            self.whose.setText("")
        elif entry.uuid in self.model.decisions():
            self.whose.setText(translate("ConflictReview", "(your choice)"))
        else:
            self.whose.setText(translate("ConflictReview", "(the bulk choice)"))
        if entry is not None and not can_keep_both(entry):
            if entry.kind == "tag":
                tip = translate("ConflictReview", "Not for this record: a tag is never kept twice")
            else:
                tip = translate("ConflictReview", "Not for this record: a record merged with its shared history is kept once")
            self.buttons["both"].setToolTip(tip)
        else:
            self.buttons["both"].setToolTip(translate("ConflictReview", BUTTON_TIPS["both"]))

    def _choose(self, policy: str) -> None:
        entry = self.current()
        if entry is not None:
            self.decided.emit(entry.uuid, policy)
