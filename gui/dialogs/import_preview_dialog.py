"""File → Import bundle…: what importing a bundle would do, before it does it.

Shows the bundle's own description, the dry run's :class:`MergeReport` (record by record:
added, already here, updated, conflicts and how they would be resolved, skipped), and the
conflict policy. ``Catalog.import_bundle`` applies one policy to every conflict, so the
choice is global; changing it asks for a fresh dry run (``policy_changed``), shown with
:meth:`set_report`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from catalog.exchange.merge_report import KINDS, MergeEntry, MergeReport

POLICY_TEXTS = {
    "mine": ("Keep mine", "Keep your version; the bundle's values are ignored."),
    "theirs": ("Take theirs", "Take the bundle's values (a document whose text differs is kept twice)."),
    "both": ("Keep both", "Keep yours and add the bundle's version beside it."),
}
ACTION_ORDER = {"conflict": 0, "skipped": 1, "added": 2, "updated": 3, "unchanged": 4}
ACTION_TEXTS = {"added": "new: added", "unchanged": "already here", "updated": "already here: tags or links added", "skipped": "skipped"}


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def entry_row(entry: MergeEntry) -> tuple[str, str, str]:
    """(record, what happens, details) for one entry of the report."""
    if entry.action == "conflict":
        outcome = f"conflict: {entry.resolution}" if entry.resolution else "conflict"
    else:
        outcome = ACTION_TEXTS.get(entry.action, entry.action)
    details = []
    if entry.fields:
        details.append("differs in " + ", ".join(entry.fields))
    if entry.matched_by and entry.matched_by != "id":
        details.append(f"matched by {entry.matched_by}")
    if entry.detail:
        details.append(entry.detail)
    label = " ".join(entry.label.split())
    return f"{entry.kind}: {label[:90] + ('…' if len(label) > 90 else '')}", outcome, "; ".join(details)


class ImportPreviewDialog(QDialog):
    """Accepting means "import with :meth:`policy`". Main thread only."""

    policy_changed = Signal(str)

    def __init__(self, path: Path, check, report: MergeReport, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Import bundle")
        self.resize(760, 520)
        self.path = Path(path)
        self.report = report
        label = f" — {check.label}" if check is not None and check.label else ""
        self.header = QLabel(f"<b>{self.path.name}</b>{label}")
        self.header.setWordWrap(True)
        held = ", ".join(_plural(n, kind.rstrip("s")) for kind, n in (check.counts.items() if check is not None else []))
        self.checked = QLabel(f"The bundle passed every check (checksums, records, texts). It holds {held}." if held else "")
        self.checked.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(["Record", "On import", "Details"])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.show_unchanged = QCheckBox("Show records that are already here unchanged")
        self.show_unchanged.toggled.connect(lambda _on: self._fill())

        self.policy_box = QGroupBox("When a record was edited differently here and in the bundle")
        self.policies = QButtonGroup(self)
        policy_layout = QVBoxLayout(self.policy_box)
        self.policy_buttons: dict[str, QRadioButton] = {}
        for policy, (title, explanation) in POLICY_TEXTS.items():
            button = QRadioButton(f"{title}  —  {explanation}")
            button.setChecked(policy == report.policy)
            button.toggled.connect(lambda on, p=policy: on and self._policy_chosen(p))
            self.policies.addButton(button)
            self.policy_buttons[policy] = button
            policy_layout.addWidget(button)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        policy_layout.addWidget(self.policy_note)
        self.undo_note = QLabel("Edit → Undo removes what the import adds; what it adds to records already here stays.")
        self.undo_note.setWordWrap(True)
        self.undo_note.setEnabled(False)  # muted, like a hint

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.checked)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_unchanged)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        layout.addWidget(self.policy_box)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.buttons)
        self.set_report(report)

    # ----- content -----------------------------------------------------------------------
    def policy(self) -> str:
        return next(p for p, b in self.policy_buttons.items() if b.isChecked())

    def set_report(self, report: MergeReport) -> None:
        """Show a (fresh) dry run's report; the Import button works again."""
        self.report = report
        self.summary.setText(summary_text(report))
        conflicts = len(report.conflicts)
        self.policy_box.setEnabled(bool(conflicts))
        if conflicts:
            what = "the conflict" if conflicts == 1 else f"all {conflicts:,} conflicts"
            self.policy_note.setText(f"The choice applies to {what} listed above.")
        else:
            self.policy_note.setText("No conflicts: nothing to choose.")
        nothing = not any(e.action in ("added", "updated", "conflict") for e in report.entries)
        self.import_button.setText("Nothing to import" if nothing else "Import")
        self.import_button.setEnabled(not nothing)
        self._fill()

    def set_updating(self) -> None:
        """A fresh dry run is under way: hold the Import button until it arrives."""
        self.import_button.setEnabled(False)
        self.summary.setText("Working out what the import would do…")

    def _fill(self) -> None:
        entries = sorted_entries([e for e in self.report.entries if self.show_unchanged.isChecked() or e.action != "unchanged"])
        self.model.removeRows(0, self.model.rowCount())
        for entry in entries:
            items = [QStandardItem(text) for text in entry_row(entry)]
            for item in items:
                item.setEditable(False)
                item.setToolTip(item.text())
            self.model.appendRow(items)
        self.table.setColumnWidth(0, 360)

    def _policy_chosen(self, policy: str) -> None:
        if policy != self.report.policy:
            self.set_updating()
            self.policy_changed.emit(policy)


def sorted_entries(entries: list[MergeEntry]) -> list[MergeEntry]:
    """Conflicts first, then skipped, added, updated, unchanged; by kind within each."""
    return sorted(entries, key=lambda e: (ACTION_ORDER.get(e.action, 9), KINDS.index(e.kind) if e.kind in KINDS else 9))


def summary_text(report: MergeReport) -> str:
    """"Would add 1 document, 5 quotes; 2 already here; 1 conflict; 0 skipped" (or "Added…")."""
    added = [_plural(report.count("added", kind), kind) for kind in ("document", "quote", "actor", "tag") if report.count("added", kind)]
    here = report.count("unchanged") + report.count("updated")
    verb = "Would add" if report.dry_run else "Added"
    parts = [f"{verb} {', '.join(added)}" if added else ("Would add nothing new" if report.dry_run else "Added nothing new")]
    if here:
        parts.append(f"{here:,} already here")
    if report.conflicts:
        parts.append(_plural(len(report.conflicts), "conflict"))
    if report.skipped:
        parts.append(f"{len(report.skipped):,} skipped")
    return "; ".join(parts) + "."
