"""The import preview's conflicts, and the values of one conflict side by side.

:class:`ConflictListModel` lists a dry run's conflicts (``MergeReport.conflicts``) with the
choice that will resolve each: the user's own for that record, else the bulk choice for the
rest. :class:`ConflictValuesModel` shows one conflict's differing fields: mine, theirs and the
last version both sides share (or "(no shared version)" when the two-way rules decided).
Both are plain table models fed by ``set_rows`` / ``set_entry``; main thread only.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from catalog import EARLIER_COPY, MergeEntry
from gui.catalog_text import record_kind
from gui.i18n import QT_TRANSLATE_NOOP, isolated, italics_read, listed, translate
from gui.models.headed_table import NO_PARENT, HeadedTableModel, Index
from gui.revision_text import field_label, value_text

# the choice that resolves a conflict, translated where shown
CHOICE_TEXTS = {
    "mine": QT_TRANSLATE_NOOP("ConflictListModel", "Mine"),
    "theirs": QT_TRANSLATE_NOOP("ConflictListModel", "Theirs"),
    "both": QT_TRANSLATE_NOOP("ConflictListModel", "Both"),
}
# how a record of the bundle was found here (MergeEntry.matched_by; "id" goes unsaid)
MATCHED_BY_TEXTS = {
    "text": QT_TRANSLATE_NOOP("ConflictListModel", "matched by text"),
    "URL": QT_TRANSLATE_NOOP("ConflictListModel", "matched by URL"),
    "name": QT_TRANSLATE_NOOP("ConflictListModel", "matched by name"),
    "identifier": QT_TRANSLATE_NOOP("ConflictListModel", "matched by identifier"),
    "path": QT_TRANSLATE_NOOP("ConflictListModel", "matched by path"),
    "position": QT_TRANSLATE_NOOP("ConflictListModel", "matched by position"),
    EARLIER_COPY: QT_TRANSLATE_NOOP("ConflictListModel", "matched by its copy kept beside yours earlier"),
}
NO_BASE = QT_TRANSLATE_NOOP("ConflictValuesModel", "(no shared version)")  # translated where shown


def record_text(entry: MergeEntry, width: int = 70) -> str:
    """``document: Saltmere's flood-damaged…``: the kind (in the interface language) and the
    label on one line."""
    label = " ".join(entry.label.split())
    label = label[:width] + ("…" if len(label) > width else "")
    return translate("ConflictListModel", "{kind}: {label}").format(kind=record_kind(entry.kind), label=isolated(label))


def matched_text(entry: MergeEntry) -> str:
    """How ``entry``'s record was found here ("matched by URL"), or '' when by its id."""
    how = entry.matched_by
    if not how or how == "id":
        return ""
    if how in MATCHED_BY_TEXTS:
        return translate("ConflictListModel", MATCHED_BY_TEXTS[how])
    return translate("ConflictListModel", "matched by {how}").format(how=how)


def can_keep_both(entry: MergeEntry) -> bool:
    """False where "both" keeps mine: a tag is never kept twice, and a record merged with its
    shared history is kept once (see :mod:`catalog.exchange.merge`)."""
    return entry.kind != "tag" and not entry.shared_base


class ConflictListModel(HeadedTableModel):
    """One row per conflict: the record and the choice for it (the fields that differ are in
    the tooltip). A choice the user made for the record shows plainly; one that follows the
    bulk choice says so, in italics."""

    EntryRole = Qt.ItemDataRole.UserRole + 1
    HEADERS = (QT_TRANSLATE_NOOP("ConflictListModel", "Record"), QT_TRANSLATE_NOOP("ConflictListModel", "Choice"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[MergeEntry] = []
        self._decisions: dict[str, str] = {}
        self._bulk = "mine"

    def set_rows(self, entries: list[MergeEntry], decisions: Mapping[str, str], bulk: str) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self._decisions = dict(decisions)
        self._bulk = bulk
        self.endResetModel()

    def set_choices(self, decisions: Mapping[str, str], bulk: str) -> None:
        """Show new choices for the same rows."""
        self._decisions, self._bulk = dict(decisions), bulk
        if self._rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._rows) - 1, 1))

    def entry_at(self, row: int) -> MergeEntry:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        """The row of the bundle record ``uuid``; -1 when it is not listed."""
        return next((row for row, entry in enumerate(self._rows) if entry.uuid == uuid), -1)

    def decisions(self) -> dict[str, str]:
        return dict(self._decisions)

    def choice(self, entry: MergeEntry) -> str:
        """The policy that will resolve ``entry``: its decision, else the bulk choice."""
        return self._decisions.get(entry.uuid, self._bulk)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        decided = entry.uuid in self._decisions
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return record_text(entry)
            text = translate("ConflictListModel", CHOICE_TEXTS[self.choice(entry)])
            return text if decided else translate("ConflictListModel", "{choice} (bulk)").format(choice=text)
        if role == Qt.ItemDataRole.ToolTipRole:
            fields = translate("ConflictListModel", "Differs in {fields}").format(fields=listed(field_label(name).lower() for name in entry.fields))
            choice = translate("ConflictListModel", CHOICE_TEXTS[self.choice(entry)])
            if decided:
                how = translate("ConflictListModel", "{choice}: your choice for this record").format(choice=choice)
            else:
                how = translate("ConflictListModel", "{choice}: the bulk choice, below").format(choice=choice)
            return f"{record_text(entry, 300)}\n{fields}\n{how}"
        if role == Qt.ItemDataRole.FontRole and index.column() == 1 and not decided and italics_read():
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.EntryRole:
            return entry
        return None


class ConflictValuesModel(HeadedTableModel):
    """The differing fields of one conflict: field, mine, theirs, base. A two-way conflict has
    no base ("(no shared version)"); a field whose values the report does not carry (a
    document's text, the trash) shows that it differs."""

    HEADERS = (QT_TRANSLATE_NOOP("ConflictValuesModel", "Field"), QT_TRANSLATE_NOOP("ConflictValuesModel", "Mine (here)"), QT_TRANSLATE_NOOP("ConflictValuesModel", "Theirs (bundle)"), QT_TRANSLATE_NOOP("ConflictValuesModel", "Base (last shared)"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entry: MergeEntry | None = None
        self._fields: list[str] = []
        self._names: dict[str, str] = {}

    def set_entry(self, entry: MergeEntry | None, names: Mapping[str, str] | None = None) -> None:
        """Show ``entry``'s fields (none for None); ``names`` maps the UUIDs its values hold
        (tags, actors) to what a person recognises."""
        self.beginResetModel()
        self._entry = entry
        self._fields = list(entry.fields) if entry is not None else []
        self._names = dict(names or {})
        self.endResetModel()

    def cell_text(self, row: int, side: str) -> str:
        """What the cell of field ``row`` shows for ``side`` (mine, theirs or base)."""
        assert self._entry is not None
        name = self._fields[row]
        values = self._entry.values.get(name)
        if side == "base" and not self._entry.shared_base:
            return translate("ConflictValuesModel", NO_BASE)
        if values is None or side not in values:
            if name == "in the trash here":
                return translate("ConflictValuesModel", "in the trash") if side == "mine" else translate("ConflictValuesModel", "not in the trash")
            return translate("ConflictValuesModel", "(differs; not shown)")
        return value_text(name, values[side], self._names) or translate("ConflictValuesModel", "(empty)")

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return field_label(self._fields[index.row()])
            return self.cell_text(index.row(), ("mine", "theirs", "base")[index.column() - 1])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if index.column() == 0:
                font.setBold(True)
                return font
            if italics_read() and self.cell_text(index.row(), ("mine", "theirs", "base")[index.column() - 1]).startswith("("):
                font.setItalic(True)  # a placeholder, not a value
                return font
        return None
