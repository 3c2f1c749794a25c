"""The search box: the catalogue's query language, searched as you type (debounced).

``search_changed(text)`` fires once typing pauses for ``DEBOUNCE_MS`` (at once on Enter); an
empty text means "no search". Esc drops a search still waiting for the pause (the results
panel stops one under way) and lets Enter search the same text again. A query the catalogue
cannot read is shown in red with the reason as tooltip (see :meth:`show_error`); the ☆ button
asks to save the search.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLineEdit, QToolButton, QWidget

from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.theme import ERROR_COLOUR

DEBOUNCE_MS = 250
HELP = QT_TRANSLATE_NOOP(
    "SearchBar",
    "Words (all must match), \"phrases\", AND / OR / NOT, field:value — title, author, actor, "
    "speaker, tag, publication, type, kind, date, year — date:[2024-01-01 to 2024-06-30], "
    "prefixes vien* and fuzzy terms talban~",
)  # translated where shown


class SearchBar(QWidget):
    """Signals: ``search_changed(text)``; ``save_requested(name, query)``."""

    search_changed = Signal(str)
    save_requested = Signal(str, str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("SearchBar", "Search   (e.g. harbour speaker:castellan tag:heritage)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setToolTip(translate("SearchBar", HELP))
        self.edit.setMinimumWidth(320)
        self.edit.setAccessibleName(translate("SearchBar", "Search"))
        self.edit.setAccessibleDescription(translate("SearchBar", HELP))
        self.save_button = QToolButton()
        self.save_button.setText("☆")
        self.save_button.setToolTip(translate("SearchBar", "Save this search"))
        self.save_button.setAccessibleName(translate("SearchBar", "Save this search"))
        self.save_button.setAutoRaise(True)
        self.save_button.clicked.connect(self._ask_save)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self._emit)
        self.edit.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.save_button)
        self._last: str | None = ""  # the text last searched; None: search the next one anyway

    def text(self) -> str:
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        """Replace the query and search at once."""
        self.edit.setText(text)
        self._emit()

    def narrow(self, clause: str) -> None:
        """Add ``clause`` (a facet such as ``tag:'heritage'``) to the query and search."""
        if clause not in self.text():
            self.set_text(f"{self.text()} {clause}".strip())

    def show_error(self, message: str) -> None:
        """Mark the query unreadable (``message`` says why); an empty message clears it."""
        self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR_COLOUR}; }}" if message else "")
        self.edit.setToolTip(message or translate("SearchBar", HELP))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        # Esc is seen as a possible shortcut first: drop the pending search there, and leave
        # the event alone so the window's Esc (stop the search under way) still fires
        if watched is self.edit and event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:
            self._timer.stop()
            self._last = None
        return super().eventFilter(watched, event)

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _emit(self) -> None:
        self._timer.stop()
        text = self.text()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)

    def _ask_save(self) -> None:
        query = self.text()
        if not query:
            return
        name, ok = QInputDialog.getText(self, translate("SearchBar", "Save search"), translate("SearchBar", "Name of this search:"), text=query[:40])
        if ok and name.strip():
            self.save_requested.emit(name.strip(), query)
