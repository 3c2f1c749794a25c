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

from gui.bundle_export import ExportScope, bundle_path
from gui.dialogs.save_target import show_save_target
from gui.i18n import QT_TRANSLATE_NOOP, grouped, translate

ABOUT = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "A bundle is one .zip another Pressmark can import. It also opens without Pressmark: "
    "a reader in the browser, CSV and RIS tables, CSL-JSON, Web Annotations and a REFI-QDA project."
)


class ExportDialog(QDialog):
    """Built on the main thread from cheap reads (stats, tags, saved searches). After it is
    accepted, :meth:`scope` and :meth:`path` say what to export and where."""

    def __init__(self, catalog, selection: list[str], search_text: str, folder: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export bundle"))
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

        choice("all", whole_text(stats["documents"]), 0)
        n = len(self._selection)
        choice("selection", selection_text(n), 1, bool(n))
        self.tag = QComboBox()
        self.tag.setAccessibleName(translate("ExportDialog", "Tag to export"))
        self.tag.addItems(tags)
        choice("tag", translate("ExportDialog", "Documents tagged"), 2, bool(tags), self.tag)
        self.saved = QComboBox()
        self.saved.setAccessibleName(translate("ExportDialog", "Saved search to export"))
        for search in saved:
            self.saved.addItem(search.name, search.query)
            self.saved.setItemData(self.saved.count() - 1, search.query, Qt.ItemDataRole.ToolTipRole)
        choice("saved", translate("ExportDialog", "Saved search"), 3, bool(saved), self.saved)
        shown = self._search_text if len(self._search_text) < 50 else self._search_text[:49] + "…"
        search_label = QLabel(f"<i>{html.escape(shown)}</i>" if self._search_text else translate("ExportDialog", "<i>(no search typed)</i>"))
        choice("search", translate("ExportDialog", "The current search"), 4, bool(self._search_text), search_label)
        self.tag.activated.connect(lambda _i: self.choices["tag"].setChecked(True))
        self.saved.activated.connect(lambda _i: self.choices["saved"].setChecked(True))
        (self.choices["selection"] if n else self.choices["all"]).setChecked(True)

        self.path_edit = QLineEdit(str(folder / f"{catalog.name}-{date.today().isoformat()}.zip"))
        self.path_edit.textChanged.connect(self._path_changed)
        self.path_edit.setAccessibleName(translate("ExportDialog", "Bundle file"))
        browse = QPushButton(translate("ExportDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.addWidget(QLabel(translate("ExportDialog", "Save as:")))
        target.addWidget(self.path_edit, 1)
        target.addWidget(browse)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b9770e")
        about = QLabel(translate("ExportDialog", ABOUT))
        about.setWordWrap(True)
        about.setEnabled(False)  # muted, like a hint

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("ExportDialog", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("ExportDialog", "<b>What to export</b>")))
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
        name, _filter = QFileDialog.getSaveFileName(self, translate("ExportDialog", "Export bundle"), self.path_edit.text(), translate("ExportDialog", "Bundles (*.zip)"))
        if name:
            self.path_edit.setText(name)


def whole_text(n: int) -> str:
    """The choice of the whole catalogue, with how many documents it holds."""
    if n == 1:
        return grouped(translate("ExportDialog", "The whole catalogue (%n document)", None, n), n)
    return grouped(translate("ExportDialog", "The whole catalogue (%n documents)", None, n), n)


def selection_text(n: int) -> str:
    """The choice of the records selected in the list, with how many there are."""
    if n == 1:
        return grouped(translate("ExportDialog", "The selection in the list (%n record)", None, n), n)
    return grouped(translate("ExportDialog", "The selection in the list (%n records)", None, n), n)
