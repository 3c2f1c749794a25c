"""Asking for the name the user's changes carry in the records' history."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout

from gui.i18n import translate


class AuthorDialog(QDialog):
    """One line for the name, prefilled with ``name``. The controller shows it modally the first
    time a catalogue is opened without a name in the settings; Edit → Your name in the history…
    shows it with ``open()``. After acceptance :meth:`name` is the tidied name ("" if blank)."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("AuthorDialog", "Your name in the history"))
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "AuthorDialog",
                "Pressmark keeps the history of every record: who changed what, and when. "
                "Which name should your changes carry?",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name_edit = QLineEdit(name)
        self.name_edit.setMaxLength(200)
        self.name_edit.setAccessibleName(translate("AuthorDialog", "Your name"))
        self.name_edit.selectAll()
        layout.addWidget(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip())))

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())
