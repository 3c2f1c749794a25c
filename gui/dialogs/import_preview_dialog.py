"""File → Import bundle…: what importing a bundle would do, before it does it.

Shows the bundle's own description, the dry run's :class:`MergeReport` (record by record:
added, already here, updated, conflicts and how they would be resolved, skipped), and the
conflicts to review one by one (:class:`~gui.dialogs.conflict_review.ConflictReview`: mine,
theirs and base side by side, and Mine / Theirs / Both for that record), with a bulk choice
for the rest. Every change of choice asks for a fresh dry run with them (``choices_changed``;
read :meth:`policy` and :meth:`decisions`), shown with :meth:`set_report`, so the preview
always says what Import will do; accepting means "import with :meth:`policy` and
:meth:`decisions`".
"""

from __future__ import annotations

from collections.abc import Mapping
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
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catalog import MERGE_KINDS as KINDS
from catalog import MERGE_RESOLUTIONS, MergeEntry, MergeReport
from gui.catalog_text import catalog_text
from gui.dialogs.conflict_review import ConflictReview
from gui.i18n import QT_TRANSLATE_NOOP, clauses, grouped, listed, translate
from gui.models.conflict_list import matched_text, record_text
from gui.panels.status import count_text

POLICY_TEXTS = {
    "mine": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep mine"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep your version; the bundle's values are ignored.")),
    "theirs": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Take theirs"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Take the bundle's values (a document whose text differs is kept twice).")),
    "both": (QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep both"), QT_TRANSLATE_NOOP("ImportPreviewDialog", "Keep yours and add the bundle's version beside it.")),
}  # translated where shown
ACTION_ORDER = {"conflict": 0, "skipped": 1, "added": 2, "updated": 3, "unchanged": 4}
ACTION_TEXTS = {
    "added": QT_TRANSLATE_NOOP("ImportPreviewDialog", "new: added"),
    "unchanged": QT_TRANSLATE_NOOP("ImportPreviewDialog", "already here"),
    "updated": QT_TRANSLATE_NOOP("ImportPreviewDialog", "already here: tags or links added"),
    "kept": QT_TRANSLATE_NOOP("ImportPreviewDialog", "kept mine"),
    "skipped": QT_TRANSLATE_NOOP("ImportPreviewDialog", "skipped"),
}  # translated where shown
# a conflict's resolution (the catalogue's words for each policy), translated where shown
RESOLUTION_TEXTS = {
    MERGE_RESOLUTIONS["mine"]: QT_TRANSLATE_NOOP("ImportPreviewDialog", "kept mine"),
    MERGE_RESOLUTIONS["theirs"]: QT_TRANSLATE_NOOP("ImportPreviewDialog", "took theirs"),
    MERGE_RESOLUTIONS["both"]: QT_TRANSLATE_NOOP("ImportPreviewDialog", "kept both"),
}


# a record kind, as Changes and MergeEntry name it, by the plural BundleCheck.counts has
PLURALS = {"document": "documents", "quote": "quotes", "actor": "actors", "tag": "tags", "saved_search": "saved_searches"}


def records_text(kind: str, n: int) -> str:
    """``n`` records of ``kind`` (``document`` or ``documents``, ``quote``…) in the interface
    language: "1 document", "5 quotes"; another kind as the catalogue names it."""
    plural = PLURALS.get(kind, kind)
    return count_text(plural, n) if plural in PLURALS.values() else f"{n:,} {plural}"


def entry_row(entry: MergeEntry) -> tuple[str, str, str]:
    """(record, what happens, details) for one entry of the report, in the interface language
    (a record's label and changed fields' names as they are)."""
    if entry.action == "conflict":
        if entry.resolution:
            resolution = translate("ImportPreviewDialog", RESOLUTION_TEXTS[entry.resolution]) if entry.resolution in RESOLUTION_TEXTS else entry.resolution
            outcome = translate("ImportPreviewDialog", "conflict: {resolution}").format(resolution=resolution)
        else:
            outcome = translate("ImportPreviewDialog", "conflict")
    else:
        outcome = translate("ImportPreviewDialog", ACTION_TEXTS[entry.action]) if entry.action in ACTION_TEXTS else entry.action
    details = []
    if entry.fields:
        details.append(translate("ImportPreviewDialog", "differs in {fields}").format(fields=listed(entry.fields)))
    matched = matched_text(entry)
    if matched:
        details.append(matched)
    if entry.detail:
        details.append(catalog_text(entry.detail))
    return record_text(entry, 90), outcome, clauses(details)


class ImportPreviewDialog(QDialog):
    """Accepting means "import with :meth:`policy` and :meth:`decisions`". Main thread only.

    ``names`` maps UUIDs that conflicting values hold (tags, actors) to readable names.
    """

    choices_changed = Signal()

    def __init__(self, path: Path, check, report: MergeReport, parent=None, names: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportPreviewDialog", "Import bundle"))
        self.resize(900, 640)
        self.path = Path(path)
        self.report = report
        self.names = dict(names or {})
        self._decisions: dict[str, str] = dict(report.decisions)
        label = f" — {check.label}" if check is not None and check.label else ""
        self.header = QLabel(f"<b>{self.path.name}</b>{label}")
        self.header.setWordWrap(True)
        held = listed(records_text(kind, n) for kind, n in (check.counts.items() if check is not None else []))
        passed = translate("ImportPreviewDialog", "The bundle passed every check (checksums, records, texts). It holds {records}.")
        self.checked = QLabel(passed.format(records=held) if held else "")
        self.checked.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([translate("ImportPreviewDialog", "Record"), translate("ImportPreviewDialog", "On import"), translate("ImportPreviewDialog", "Details")])
        self.table = QTableView()
        self.table.setAccessibleName(translate("ImportPreviewDialog", "What the import would do"))
        self.table.setTabKeyNavigation(False)
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
        self.show_unchanged = QCheckBox(translate("ImportPreviewDialog", "Show records that are already here unchanged"))
        self.show_unchanged.toggled.connect(lambda _on: self._fill())
        records = QWidget()
        records_layout = QVBoxLayout(records)
        records_layout.addWidget(self.table, 1)
        records_layout.addWidget(self.show_unchanged)

        self.review = ConflictReview()
        self.review.decided.connect(self._decided)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.review, translate("ImportPreviewDialog", "&Conflicts"))
        self.tabs.addTab(records, translate("ImportPreviewDialog", "&All records"))

        self.policy_box = QGroupBox(translate("ImportPreviewDialog", "For every other conflict"))
        self.policies = QButtonGroup(self)
        policy_layout = QVBoxLayout(self.policy_box)
        self.policy_buttons: dict[str, QRadioButton] = {}
        for policy, (title, explanation) in POLICY_TEXTS.items():
            button = QRadioButton(f"{translate('ImportPreviewDialog', title)}  —  {translate('ImportPreviewDialog', explanation)}")
            button.setChecked(policy == report.policy)
            button.toggled.connect(lambda on, p=policy: on and self._policy_chosen(p))
            self.policies.addButton(button)
            self.policy_buttons[policy] = button
            policy_layout.addWidget(button)
        self.policy_note = QLabel()
        self.policy_note.setWordWrap(True)
        policy_layout.addWidget(self.policy_note)
        self.undo_note = QLabel(translate("ImportPreviewDialog", "Edit → Undo takes the whole import back, the fields it overwrote included."))
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
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.policy_box)
        layout.addWidget(self.undo_note)
        layout.addWidget(self.buttons)
        self.set_report(report)

    # ----- content -----------------------------------------------------------------------
    def policy(self) -> str:
        """The bulk choice: the policy for every conflict not decided on its own."""
        return next(p for p, b in self.policy_buttons.items() if b.isChecked())

    def decisions(self) -> dict[str, str]:
        """The choices made record by record: bundle record UUID -> mine, theirs or both."""
        return dict(self._decisions)

    def set_report(self, report: MergeReport, names: Mapping[str, str] | None = None) -> None:
        """Show a (fresh) dry run's report; the Import button works again. A report made
        with other choices than the current ones is ignored: a newer one is on its way."""
        if report.policy != self.policy() or report.decisions != self._decisions:
            return
        self.report = report
        if names is not None:
            self.names = dict(names)
        self.summary.setText(summary_text(report))
        conflicts = report.conflicts
        self.policy_box.setEnabled(bool(conflicts))
        self.review.set_conflicts(sorted_entries(conflicts), self._decisions, report.policy, self.names)
        self.tabs.setTabText(0, translate("ImportPreviewDialog", "&Conflicts ({count})").format(count=f"{len(conflicts):,}"))
        self.tabs.setTabEnabled(0, bool(conflicts))
        if not conflicts:
            self.tabs.setCurrentIndex(1)
        self._note_choices()
        nothing = not any(e.action in ("added", "updated", "conflict") for e in report.entries)
        self.import_button.setText(translate("ImportPreviewDialog", "Nothing to import") if nothing else translate("ImportPreviewDialog", "Import"))
        self.import_button.setEnabled(not nothing)
        self._fill()

    def _note_choices(self) -> None:
        conflicts = self.report.conflicts
        decided = sum(1 for e in conflicts if e.uuid in self._decisions)
        rest = len(conflicts) - decided
        if not conflicts:
            self.policy_note.setText(translate("ImportPreviewDialog", "No conflicts: nothing to choose."))
        elif not rest:
            self.policy_note.setText(translate("ImportPreviewDialog", "You have chosen for every conflict; this choice applies to none."))
        else:
            if rest == 1:
                note = translate("ImportPreviewDialog", "This choice applies to the conflict you have not decided one by one")
            else:
                note = translate("ImportPreviewDialog", "This choice applies to the {count} conflicts you have not decided one by one").format(count=f"{rest:,}")
            if decided:
                mine = translate("ImportPreviewDialog", "you have chosen for {count} on the Conflicts tab").format(count=f"{decided:,}")
                note = translate("ImportPreviewDialog", "{note} ({mine})").format(note=note, mine=mine)
            self.policy_note.setText(translate("ImportPreviewDialog", "{note}.").format(note=note))

    def set_updating(self) -> None:
        """A fresh dry run is under way: hold the Import button until it arrives."""
        self.import_button.setEnabled(False)
        self.summary.setText(translate("ImportPreviewDialog", "Working out what the import would do…"))

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

    def _policy_chosen(self, _policy: str) -> None:
        # even back to the report's own policy: a dry run for another one may be under way
        self._choices_changed()

    def _decided(self, uuid: str, policy: str) -> None:
        if self._decisions.get(uuid) == policy:
            self.review.set_choices(self._decisions, self.policy())  # a click on the checked one
            return
        self._decisions[uuid] = policy
        self._choices_changed()

    def _choices_changed(self) -> None:
        self.review.set_choices(self._decisions, self.policy())
        self._note_choices()
        self.set_updating()
        self.choices_changed.emit()


def sorted_entries(entries: list[MergeEntry]) -> list[MergeEntry]:
    """Conflicts first, then skipped, added, updated, unchanged; by kind within each."""
    return sorted(entries, key=lambda e: (ACTION_ORDER.get(e.action, 9), KINDS.index(e.kind) if e.kind in KINDS else 9))


def summary_text(report: MergeReport) -> str:
    """"Would add 1 document, 5 quotes; 2 already here; 1 conflict; 1 skipped." (or "Added…"),
    in the interface language."""
    added = listed(records_text(kind, report.count("added", kind)) for kind in ("document", "quote", "actor", "tag") if report.count("added", kind))
    if added:
        verb = translate("ImportPreviewDialog", "Would add {records}") if report.dry_run else translate("ImportPreviewDialog", "Added {records}")
        parts = [verb.format(records=added)]
    else:
        parts = [translate("ImportPreviewDialog", "Would add nothing new") if report.dry_run else translate("ImportPreviewDialog", "Added nothing new")]
    here = report.count("unchanged") + report.count("updated")
    if here:
        parts.append(grouped(translate("ImportPreviewDialog", "%n already here", None, here), here))
    conflicts = len(report.conflicts)
    if conflicts:
        text = translate("ImportPreviewDialog", "%n conflict", None, conflicts) if conflicts == 1 else translate("ImportPreviewDialog", "%n conflicts", None, conflicts)
        parts.append(grouped(text, conflicts))
    skipped = len(report.skipped)
    if skipped:
        parts.append(grouped(translate("ImportPreviewDialog", "%n skipped", None, skipped), skipped))
    return translate("ImportPreviewDialog", "{summary}.").format(summary=clauses(parts))
