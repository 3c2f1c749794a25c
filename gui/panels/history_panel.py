"""The History tab of a record: who changed what and when, and going back to a version.

The list shows the record's revisions (``catalog.history.of``), newest first; the selected
one's fields show below with the value before and after side by side, the words that changed
highlighted. "Restore this version" writes the record back as it was after that revision
(``catalog.history.restore``), as a new change that can itself be undone. The history is read
on the task runner, only while the tab is visible.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes, NotFound, RevisionView
from gui.catalog_text import operation_text
from gui.i18n import QT_TRANSLATE_NOOP, isolated, translate
from gui.models.revision_list import RevisionListModel, action_text, full_time_text
from gui.operations import Operations
from gui.revision_text import (
    HIDDEN_FIELDS,
    field_label,
    plain_html,
    uuids_in,
    value_text,
    word_diff,
)
from gui.views import select_row


@dataclass
class RecordHistory:
    """What the worker reads for the tab: the revisions and the names of the records they link."""

    uuid: str
    revisions: list[RevisionView]
    names: dict[str, str] = field(default_factory=dict)


def read_history(catalog, uuid: str) -> RecordHistory:
    """The revisions of ``uuid`` and a name for every record their values link to (a tag's
    path, an actor's name, a document's title). Worker thread (it reads the database)."""
    revisions = catalog.history.of(uuid)
    linked: set[str] = set()
    for view in revisions:
        linked |= uuids_in(view.changes)
    return RecordHistory(uuid, revisions, linked_names(catalog, linked))


def linked_names(catalog, linked: set[str]) -> dict[str, str]:
    """A name for each of the records ``linked`` that this catalogue has (a tag's path, an
    actor's name, a document's title). Worker thread (it reads the database)."""
    names: dict[str, str] = {}
    if linked:
        names.update({tag.uuid: tag.path for tag in catalog.tags.find() if tag.uuid in linked})
        for ref in sorted(linked - names.keys()):
            names[ref] = _record_name(catalog, ref)
    return {k: v for k, v in names.items() if v}


def _record_name(catalog, ref: str) -> str:
    for read in (lambda: catalog.actors.get(ref).name, lambda: catalog.documents.get(ref, include_deleted=True).title):
        try:
            return read()
        except NotFound:
            continue
    return ""


class HistoryPanel(QWidget):
    """History of one record: ``set_record(kind, uuid, caption)``; ``apply_changes`` reloads it
    when a change touched it. ``loaded`` fires each time a history has been shown. Main thread;
    reads and the restore run on ``ops``' task runner."""

    loaded = Signal()

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.kind = ""
        self.uuid = ""
        self.history: RecordHistory | None = None
        self._stale = False
        self._reading = 0  # the newest read asked for; older answers are dropped
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.model = RevisionListModel(self)
        self.view = QTableView()
        self.view.setAccessibleName(translate("HistoryPanel", "Changes"))
        self.view.setAccessibleDescription(translate("HistoryPanel", "The record's changes, newest first: when, who, what changed"))
        self.view.setTabKeyNavigation(False)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # the tab is narrow: time and name fit their text, label and action share the rest
        # (elided; the tooltip has it all)
        header = self.view.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents,) * 2 + (QHeaderView.ResizeMode.Stretch,) * 2):
            header.setSectionResizeMode(column, mode)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.details = QTextBrowser()
        self.details.setAccessibleName(translate("HistoryPanel", "Change details"))
        self.details.setOpenLinks(False)
        self.restore_button = QPushButton(translate("HistoryPanel", "Restore this version"))
        self.restore_button.setToolTip(translate("HistoryPanel", "Put the record back as it was after the selected change (a new change: Edit → Undo takes it back)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    # ----- what is shown -----------------------------------------------------------------
    def set_record(self, kind: str, uuid: str, caption: str = "") -> None:
        """Show the history of ``uuid`` (a ``kind`` record); read now if the tab is visible,
        else when it is next shown."""
        if (kind, uuid) != (self.kind, self.uuid):
            self.kind, self.uuid = kind, uuid
            self.history = None
            self.model.set_rows([])
            self.details.clear()
            self.restore_button.setEnabled(False)
        self.caption.setText(caption)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again (on the worker) if the tab is visible; otherwise on showing."""
        if not self.uuid:
            return
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._reading += 1
        reading, uuid = self._reading, self.uuid
        try:
            self._ops.tasks.run(
                translate("HistoryPanel", "Reading the history"), lambda _p, _c: read_history(self._catalog, uuid),
                lambda history: self._show(reading, history),
                lambda exc: self._ops.report_error(translate("HistoryPanel", "Could not read the history"), exc),
            )  # fmt: skip
        except RuntimeError:  # the runner was shut down: the window is going away
            return

    def apply_changes(self, changes: Changes) -> None:
        if self.uuid and self.kind and self.uuid in changes.touched(self.kind):
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, reading: int, history: RecordHistory) -> None:
        if reading != self._reading or history.uuid != self.uuid:
            return  # the record shown changed meanwhile
        selected = self.selected()
        self.history = history
        self.model.set_rows(history.revisions)
        rows = [v.rev_id for v in history.revisions]
        # keep the revision the user was looking at; else show the newest change
        row = rows.index(selected.rev_id) if selected is not None and selected.rev_id in rows else 0
        if rows:
            select_row(self.view, row)
        else:
            self.details.setHtml(f"<p>{_esc(translate('HistoryPanel', 'No history recorded for this record.'))}</p>")
        self.loaded.emit()

    # ----- the selected revision ---------------------------------------------------------
    def selected(self) -> RevisionView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        view = self.selected()
        self.details.setHtml(self._details_html(view) if view is not None else "")
        newest = view is not None and view.rev_id == self.model.row_at(0).rev_id
        self.restore_button.setEnabled(
            view is not None and not newest and view.action != "delete" and not self._catalog.read_only
        )

    def _details_html(self, view: RevisionView) -> str:
        names = self.history.names if self.history else {}
        # right to left the table's columns run from the right, and its headings sit there
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        side = "right" if rtl else "left"
        by = translate("HistoryPanel", "by {author}, {when}").format(author=isolated(view.author), when=isolated(full_time_text(view)))
        head = (
            f"<p><b>{_esc(operation_text(view.label))}</b> — {_esc(action_text(view))}<br/>"
            f"<span style='color:#555'>{_esc(by)}</span></p>"
        )
        shown = [(name, old, new) for name, (old, new) in view.changes.items() if name not in HIDDEN_FIELDS]
        if view.action in ("create", "delete"):
            if view.action == "create":
                title = translate("HistoryPanel", "Created with:")
            else:
                title = translate("HistoryPanel", "What it held when it was removed:")
            rows = "".join(
                f"<tr><td valign='top' style='white-space:nowrap'><b>{_esc(field_label(name))}</b></td><td>{isolated(plain_html(value_text(name, new if view.action == 'create' else old, names)))}</td></tr>"
                for name, old, new in shown
                if value_text(name, new if view.action == "create" else old, names)
            )
            return f"{head}<p>{_esc(title)}</p><table dir='{'rtl' if rtl else 'ltr'}' width='100%' cellspacing='0' cellpadding='4' border='0'>{rows}</table>"
        rows = []
        for name, old, new in shown:
            before, after = word_diff(value_text(name, old, names), value_text(name, new, names))
            rows.append(
                f"<tr><td valign='top' style='white-space:nowrap'><b>{_esc(field_label(name))}</b></td>"
                # a value (often English) keeps its own direction in a right-to-left table
                f"<td valign='top'>{isolated(before) if before else _NONE}</td><td valign='top'>{isolated(after) if after else _NONE}</td></tr>"
            )
        header = "<tr>" + "".join(
            f"<th align='{side}'>{_esc(translate('HistoryPanel', heading))}</th>" for heading in _HEADINGS
        ) + "</tr>"
        return (
            f"{head}<table dir='{'rtl' if rtl else 'ltr'}' width='100%' cellspacing='0' cellpadding='4' border='1' "
            f"style='border-collapse:collapse; border-color:#ccc'>{header}{''.join(rows)}</table>"
        )

    # ----- going back --------------------------------------------------------------------
    def restore_selected(self) -> None:
        """Put the record back as it was after the selected revision (on the task runner)."""
        view = self.selected()
        if view is None or not self.uuid:
            return
        uuid, rev_id = self.uuid, view.rev_id
        self._ops.change(translate("HistoryPanel", "Restore an earlier version"), lambda: self._catalog.history.restore(uuid, rev_id))


_NONE = "<span style='color:#999'>—</span>"
# the columns of a change's details: the field, its value before and after the change
_HEADINGS = (QT_TRANSLATE_NOOP("HistoryPanel", "Field"), QT_TRANSLATE_NOOP("HistoryPanel", "Before"), QT_TRANSLATE_NOOP("HistoryPanel", "After"))
_esc = html.escape
