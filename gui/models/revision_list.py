"""The revisions of one record, newest first, for the History tab.

Rows are ``catalog.history.of(uuid)``'s ``RevisionView`` objects, set with ``set_rows``; each
row's view is under ``RevisionRole``. Times show in local time; the change's name (the
catalogue's operation label) and what it did in the interface language.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from catalog import RevisionView
from gui.catalog_text import operation_text
from gui.i18n import QT_TRANSLATE_NOOP, isolated, listed, translate
from gui.models.headed_table import NO_PARENT, HeadedTableModel, Index
from gui.revision_text import HIDDEN_FIELDS, field_label

# the months as a revision's short time names them ("3 Dec 14:05"), by number
MONTHS = (
    QT_TRANSLATE_NOOP("RevisionListModel", "Jan"), QT_TRANSLATE_NOOP("RevisionListModel", "Feb"), QT_TRANSLATE_NOOP("RevisionListModel", "Mar"),
    QT_TRANSLATE_NOOP("RevisionListModel", "Apr"), QT_TRANSLATE_NOOP("RevisionListModel", "May"), QT_TRANSLATE_NOOP("RevisionListModel", "Jun"),
    QT_TRANSLATE_NOOP("RevisionListModel", "Jul"), QT_TRANSLATE_NOOP("RevisionListModel", "Aug"), QT_TRANSLATE_NOOP("RevisionListModel", "Sep"),
    QT_TRANSLATE_NOOP("RevisionListModel", "Oct"), QT_TRANSLATE_NOOP("RevisionListModel", "Nov"), QT_TRANSLATE_NOOP("RevisionListModel", "Dec"),
)  # fmt: skip


def when_text(view: RevisionView, now: datetime | None = None) -> str:
    """The revision's local time, short: "14:05" today, "3 Dec 14:05" this year, else
    "3 Dec 2025" (the month named in the interface language)."""
    local = view.at.astimezone()
    now = now or datetime.now(local.tzinfo)
    if local.date() == now.date():
        return local.strftime("%H:%M")
    month = translate("RevisionListModel", MONTHS[local.month - 1])
    if local.year == now.year:
        return f"{local.day} {month} {local:%H:%M}"
    return f"{local.day} {month} {local:%Y}"


def full_time_text(view: RevisionView) -> str:
    """The revision's local time in full, zone included: "2026-12-03 14:05:09 CET"."""
    return view.at.astimezone().strftime("%Y-%m-%d %H:%M:%S %Z").strip()


def action_text(view: RevisionView) -> str:
    """What the revision did, shortly, in the interface language: "created", "removed for
    good", "to the trash", "out of the trash", or the fields it changed ("notes, title")."""
    if view.action == "create":
        return translate("RevisionListModel", "created")
    if view.action == "delete":
        return translate("RevisionListModel", "removed for good")
    if list(view.changes) == ["deleted"]:
        if view.changes["deleted"][1]:
            return translate("RevisionListModel", "to the trash")
        return translate("RevisionListModel", "out of the trash")
    fields = [field_label(name).lower() for name in view.changes if name not in HIDDEN_FIELDS]
    return listed(fields) or translate("RevisionListModel", "changed")


class RevisionListModel(HeadedTableModel):
    """A table of revisions: when (local time), who, the operation's label, what it did (the
    fields it changed). The tooltip has it all, with the full time."""

    RevisionRole = Qt.ItemDataRole.UserRole + 1
    HEADERS = (QT_TRANSLATE_NOOP("RevisionListModel", "When"), QT_TRANSLATE_NOOP("RevisionListModel", "Who"), QT_TRANSLATE_NOOP("RevisionListModel", "Change"), QT_TRANSLATE_NOOP("RevisionListModel", "What"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RevisionView] = []

    def set_rows(self, rows: list[RevisionView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RevisionView:
        return self._rows[row]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (when_text(view), view.author, operation_text(view.label), action_text(view))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("RevisionListModel", "{change} ({what}), by {author}, {when}").format(
                change=operation_text(view.label), what=action_text(view), author=isolated(view.author), when=isolated(full_time_text(view))
            )
        if role == self.RevisionRole:
            return view
        return None
