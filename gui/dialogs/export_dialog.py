"""File → Export bundle…: choose what to export and the target zip."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from gui.bundle_export import ExportScope, bundle_path, plural
from gui.dialogs.save_target import show_save_target

ABOUT = (
    "A bundle is one .zip another Pressmark can import. It also opens without Pressmark: "
    "a reader in the browser, CSV and RIS tables, CSL-JSON, Web Annotations and a REFI-QDA project."
)


class ExportDialog(QDialog):
    """Built on the main thread from cheap reads (stats, tags, saved searches). After it is
    accepted, :meth:`scope` and :meth:`path` say what to export and where."""

    def __init__(self, catalog, selection: list[str], search_text: str, folder: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Export bundle")
        self.setMinimumWidth(560)
        self._selection = list(selection)
        self._search_text = search_text.strip()
        stats = catalog.maintenance.stats()
        tags = catalog.tags.paths()
        saved = catalog.search.saved()

        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.choices: dict[str, QRadioButton] = {}

        def choice(kind: str, text: str, row: int, enabled: bool = True, widget=None) -> None:
            button = QRadioButton(text)
            button.setEnabled(enabled)
            self.group.addButton(button)
            self.choices[kind] = button
            grid.addWidget(button, row, 0)
            if widget is not None:
                widget.setEnabled(enabled)
                grid.addWidget(widget, row, 1)

        choice("all", f"The whole catalogue ({plural(stats['documents'], 'document')})", 0)
        n = len(self._selection)
        choice("selection", f"The selection in the list ({plural(n, 'record')})", 1, bool(n))
        self.tag = QComboBox()
        self.tag.setAccessibleName("Tag to export")
        self.tag.addItems(tags)
        choice("tag", "Documents tagged", 2, bool(tags), self.tag)
        self.saved = QComboBox()
        self.saved.setAccessibleName("Saved search to export")
        for search in saved:
            self.saved.addItem(search.name, search.query)
            self.saved.setItemData(self.saved.count() - 1, search.query, Qt.ItemDataRole.ToolTipRole)
        choice("saved", "Saved search", 3, bool(saved), self.saved)
        shown = self._search_text if len(self._search_text) < 50 else self._search_text[:49] + "…"
        search_label = QLabel(f"<i>{html.escape(shown)}</i>" if self._search_text else "<i>(no search typed)</i>")
        choice("search", "The current search", 4, bool(self._search_text), search_label)
        self.tag.activated.connect(lambda _i: self.choices["tag"].setChecked(True))
        self.saved.activated.connect(lambda _i: self.choices["saved"].setChecked(True))
        (self.choices["selection"] if n else self.choices["all"]).setChecked(True)

        self.path_edit = QLineEdit(str(folder / f"{catalog.name}-{date.today().isoformat()}.zip"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.setAccessibleName("Bundle file")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.addWidget(QLabel("Save as:"))
        target.addWidget(self.path_edit, 1)
        target.addWidget(browse)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b9770e")
        about = QLabel(ABOUT)
        about.setWordWrap(True)
        about.setEnabled(False)  # muted, like a hint

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<b>What to export</b>"))
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addLayout(target)
        layout.addWidget(self.warning)
        layout.addWidget(about)
        layout.addWidget(self.buttons)
        self._path_changed()

    def scope(self) -> ExportScope:
        kind = next(k for k, b in self.choices.items() if b.isChecked())
        if kind == "selection":
            return ExportScope("selection", uuids=list(self._selection))
        value = {"tag": self.tag.currentText(), "saved": self.saved.currentText(), "search": self._search_text}.get(kind, "")
        return ExportScope(kind, value)

    def path(self) -> Path | None:
        return bundle_path(self.path_edit.text())

    def choose(self, kind: str) -> None:
        """Tick the choice ``kind`` (one of ``gui.bundle_export.SCOPES``)."""
        self.choices[kind].setChecked(True)

    def _path_changed(self, _text: str = "") -> None:
        show_save_target(self.path(), "bundle", self.warning, self.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _browse(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, "Export bundle", self.path_edit.text(), "Bundles (*.zip)")
        if name:
            self.path_edit.setText(name)
