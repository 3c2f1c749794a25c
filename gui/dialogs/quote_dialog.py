"""The dialog that turns a selection into a quote: kind, speaker, tags, note.

The speaker is an existing actor (completed from the catalogue's actors) or a new one, whose
type the dialog then asks for. Opened with ``open()`` (window-modal, non-blocking); read
:meth:`QuoteDialog.request` once it is accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from catalog import QUOTE_KINDS
from gui.dialogs.completion import ListCompleter, name_completer
from gui.i18n import translate
from gui.theme import add_actor_types, kind_label


@dataclass
class QuoteRequest:
    kind: str = "quotation"
    speaker: str = ""
    new_speaker_type: str | None = None  # set when ``speaker`` is not yet an actor
    tags: list[str] = field(default_factory=list)
    note: str = ""


class QuoteDialog(QDialog):
    """Asks how to record the selected ``excerpt``; ``actor_names`` maps lower-case names
    (and aliases) of existing actors to their display names."""

    def __init__(self, excerpt: str, actor_names: dict[str, str], tag_paths: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("QuoteDialog", "Quote selection"))
        self.setMinimumWidth(460)
        self._actor_names = actor_names
        layout = QVBoxLayout(self)
        shown = excerpt if len(excerpt) <= 400 else excerpt[:400] + "…"
        self.excerpt_label = QLabel(f"“{shown}”")
        self.excerpt_label.setWordWrap(True)
        self.excerpt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.excerpt_label.setStyleSheet("font-style: italic; padding: 6px;")
        layout.addWidget(self.excerpt_label)

        form = QFormLayout()
        self.kind = QComboBox()
        for kind in QUOTE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        form.addRow(translate("QuoteDialog", "&Kind:"), self.kind)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(translate("QuoteDialog", "who said it (an actor, or a new name)"))
        self.speaker.setCompleter(name_completer(sorted(set(actor_names.values())), self.speaker))
        form.addRow(translate("QuoteDialog", "&Speaker:"), self.speaker)
        self.speaker_type = QComboBox()
        add_actor_types(self.speaker_type)
        self.speaker_type_label = QLabel(translate("QuoteDialog", "New actor, &type:"))
        self.speaker_type_label.setBuddy(self.speaker_type)
        form.addRow(self.speaker_type_label, self.speaker_type)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("QuoteDialog", "Tag/Sub-tag, another tag"))
        self.tags.setCompleter(ListCompleter(tag_paths, self.tags))
        form.addRow(translate("QuoteDialog", "T&ags:"), self.tags)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # a note needs no tab stops; the keyboard must get out
        self.note.setPlaceholderText(translate("QuoteDialog", "optional note"))
        self.note.setFixedHeight(70)
        form.addRow(translate("QuoteDialog", "&Note:"), self.note)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("QuoteDialog", "Create quote"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.speaker.textChanged.connect(self._speaker_changed)
        self._speaker_changed("")

    def is_new_speaker(self) -> bool:
        name = " ".join(self.speaker.text().split())
        return bool(name) and name.lower() not in self._actor_names

    def _speaker_changed(self, _text: str) -> None:
        new = self.is_new_speaker()
        self.speaker_type.setVisible(new)
        self.speaker_type_label.setVisible(new)

    def request(self) -> QuoteRequest:
        """What the user asked for (call after the dialog was accepted)."""
        name = " ".join(self.speaker.text().split())
        if name and not self.is_new_speaker():
            name = self._actor_names[name.lower()]
        return QuoteRequest(
            kind=self.kind.currentData(),
            speaker=name,
            new_speaker_type=self.speaker_type.currentData() if self.is_new_speaker() else None,
            tags=split_tags(self.tags.text()),
            note=self.note.toPlainText().strip(),
        )


def split_tags(text: str) -> list[str]:
    """``"A/B, C"`` → ``["A/B", "C"]`` (blank parts dropped)."""
    return [part.strip() for part in text.split(",") if part.strip()]
