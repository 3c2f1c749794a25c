"""Completers for names (actors) and comma-separated lists (tags)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


def name_completer(names: list[str], parent=None) -> QCompleter:
    """Completes any part of a name, ignoring case ("cast" offers "Helen Castellan")."""
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class FillOnFocus(QObject):
    """Refills ``completer``'s list from ``read()`` whenever ``edit`` gains focus.

    Tag paths and actor names change rarely and are only wanted while typing: reading them
    (20,000 actors in a big catalogue) for every record shown would slow down browsing.
    Main thread only; lives as long as ``edit``.
    """

    def __init__(self, edit: QLineEdit, completer: QCompleter, read: Callable[[], list[str]]):
        super().__init__(edit)
        self._completer = completer
        self._read = read
        edit.installEventFilter(self)

    def fill(self) -> None:
        self._completer.model().setStringList(self._read())

    def eventFilter(self, _watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn:
            self.fill()
        return False


class ListCompleter(QCompleter):
    """Completes the last item of a comma-separated list, keeping the items before it."""

    def __init__(self, items: list[str], parent=None):
        super().__init__(parent)
        self.setModel(QStringListModel(items, self))
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:
        return [path.rpartition(",")[2].strip()]

    def pathFromIndex(self, index) -> str:
        before = self.widget().text().rpartition(",")[0] if self.widget() is not None else ""
        chosen = index.data()
        return f"{before}, {chosen}" if before.strip() else chosen
