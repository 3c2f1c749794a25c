"""File → Export bibliography…: the selection or a tag, a citation style, a format, a file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from catalog import CITATION_FORMATS
from gui.dialogs.save_target import show_save_target
from gui.i18n import QT_TRANSLATE_NOOP, grouped, translate

FORMAT_LABELS = {
    "text": QT_TRANSLATE_NOOP("BibliographyDialog", "Plain text (.txt)"),
    "html": QT_TRANSLATE_NOOP("BibliographyDialog", "Web page (.html)"),
    "csl-json": QT_TRANSLATE_NOOP("BibliographyDialog", "CSL-JSON for reference managers (.json)"),
}  # translated where shown
SUFFIXES = {"text": ".txt", "html": ".html", "csl-json": ".json"}


class BibliographyDialog(QDialog):
    """Built on the main thread from cheap reads (the tag paths). After it is accepted,
    :meth:`choice` says what to export, in which style and format, and where.

    ``styles`` maps style names to the labels shown; ``style`` is the one chosen before
    (added to the list if it is not among them)."""

    def __init__(self, tags: list[str], selection: list[str], styles: dict[str, str], style: str, folder: Path,
                 tag: str = "", parent=None):  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("BibliographyDialog", "Export bibliography"))
        self.setMinimumWidth(520)
        self._selection = list(selection)
        self.group = QButtonGroup(self)
        self.selection_choice = QRadioButton(selection_text(len(selection)))
        self.selection_choice.setEnabled(bool(selection))
        self.tag_choice = QRadioButton(translate("BibliographyDialog", "Documents tagged"))
        self.tag_choice.setEnabled(bool(tags))
        for button in (self.selection_choice, self.tag_choice):
            self.group.addButton(button)
        self.tag = QComboBox()
        self.tag.addItems(tags)
        self.tag.setEnabled(bool(tags))
        if tag in tags:
            self.tag.setCurrentText(tag)
        self.tag.activated.connect(lambda _i: self.tag_choice.setChecked(True))
        (self.tag_choice if tag or not selection else self.selection_choice).setChecked(True)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_choice)
        tag_row.addWidget(self.tag, 1)

        self.style = QComboBox()
        if style not in styles:
            self.style.addItem(style, style)
        for name, label in styles.items():
            self.style.addItem(label, name)
        self.style.setCurrentIndex(max(0, self.style.findData(style)))
        self.format = QComboBox()
        for fmt in CITATION_FORMATS:
            self.format.addItem(translate("BibliographyDialog", FORMAT_LABELS[fmt]) if fmt in FORMAT_LABELS else fmt, fmt)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path_edit = QLineEdit(str(folder / f"bibliography{SUFFIXES['text']}"))
        self.path_edit.textChanged.connect(self._path_changed)
        browse = QPushButton(translate("BibliographyDialog", "Browse…"))
        browse.clicked.connect(self._browse)
        target = QHBoxLayout()
        target.addWidget(self.path_edit, 1)
        target.addWidget(browse)
        form = QFormLayout()
        form.addRow(translate("BibliographyDialog", "Style:"), self.style)
        form.addRow(translate("BibliographyDialog", "Format:"), self.format)
        form.addRow(translate("BibliographyDialog", "Save as:"), target)
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b9770e")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("BibliographyDialog", "Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("BibliographyDialog", "<b>Which documents</b>")))
        layout.addWidget(self.selection_choice)
        layout.addLayout(tag_row)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._path_changed()

    def choice(self) -> tuple[list[str], str | None, str, str, Path]:
        """(selected record ids, tag or None, style, format, file) as chosen."""
        tag = self.tag.currentText() if self.tag_choice.isChecked() else None
        refs = [] if tag is not None else list(self._selection)
        return refs, tag, self.style.currentData(), self.format.currentData(), self.path()

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _format_changed(self, _index: int) -> None:
        path = self.path()
        if path.suffix.lower() in SUFFIXES.values():
            self.path_edit.setText(str(path.with_suffix(SUFFIXES[self.format.currentData()])))

    def _path_changed(self, _text: str = "") -> None:
        path = self.path() if self.path_edit.text().strip() else None
        show_save_target(path, "bibliography", self.warning, self.buttons.button(QDialogButtonBox.StandardButton.Ok))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        name, _filter = QFileDialog.getSaveFileName(
            self, translate("BibliographyDialog", "Export bibliography"), self.path_edit.text(),
            f"{translate('BibliographyDialog', FORMAT_LABELS[fmt])} (*{SUFFIXES[fmt]})",
        )  # fmt: skip
        if name:
            self.path_edit.setText(name)


def selection_text(n: int) -> str:
    """The choice of the records selected in the list, with how many there are."""
    if n == 1:
        return grouped(translate("BibliographyDialog", "The selection in the list (%n record)", None, n), n)
    return grouped(translate("BibliographyDialog", "The selection in the list (%n records)", None, n), n)
