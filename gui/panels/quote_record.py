"""One quote beside the reader: its context, speaker, kind, note and tags, all editable.

Each edit is one catalogue call (``update_quote``, tags, ``delete``), undoable in the catalogue.
Clicking the speaker emits ``actor_chosen(uuid)``; "Copy with citation" emits
``citation_requested(uuid)``; "Where else?" emits ``trace_requested(uuid)``. Kind, speaker
and note wait for Save; :meth:`QuoteRecord.has_unsaved_edits` tells whoever would replace the
quote to ask first.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
)

from catalog import QUOTE_KINDS, Changes, QuoteView
from gui.dialogs.completion import FillOnFocus, name_completer
from gui.i18n import italics_read, translate
from gui.operations import Operations
from gui.panels.form_page import form_page
from gui.panels.tag_editor import TagEditor
from gui.theme import actor_type_label, add_actor_types, kind_label


class QuoteRecord(QScrollArea):
    """Shows one :class:`QuoteView`; ``set_quote(None)`` clears it."""

    actor_chosen = Signal(str)
    citation_requested = Signal(str)
    trace_requested = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.view: QuoteView | None = None
        self._names: set[str] | None = None  # lower-case names of existing actors, read when needed
        self._edited = False  # typed into since the quote was shown or saved
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body, form = form_page()
        self.context = QLabel()
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.context)
        self.speaker_link = QLabel()
        self.speaker_link.setWordWrap(True)
        self.speaker_link.linkActivated.connect(self.actor_chosen)
        form.addRow(translate("QuoteRecord", "Speaker:"), self.speaker_link)
        self.kind = QComboBox()
        for kind in QUOTE_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.activated.connect(self._mark_edited)
        form.addRow(translate("QuoteRecord", "Kind:"), self.kind)
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(translate("QuoteRecord", "speaker (empty: unknown)"))
        self.speaker.textEdited.connect(self._speaker_edited)
        self.speaker.textEdited.connect(self._mark_edited)
        self.speaker.setCompleter(name_completer([], self.speaker))
        self.speaker_completion = FillOnFocus(self.speaker, self.speaker.completer(), catalog.actors.names)
        form.addRow(translate("QuoteRecord", "Change speaker:"), self.speaker)
        self.speaker_type = QComboBox()
        add_actor_types(self.speaker_type)
        self.speaker_type_label = QLabel(translate("QuoteRecord", "New actor type:"))
        form.addRow(self.speaker_type_label, self.speaker_type)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # a note needs no tab stops; the keyboard must get out
        self.note.setFixedHeight(60)
        self.note.textChanged.connect(self._mark_edited)
        form.addRow(translate("QuoteRecord", "Note:"), self.note)
        self.save_button = QPushButton(translate("QuoteRecord", "Save"))
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button = QPushButton(translate("QuoteRecord", "Delete quote"))
        self.delete_button.clicked.connect(self.delete)
        self.cite_button = QPushButton(translate("QuoteRecord", "Copy with citation"))
        self.cite_button.setToolTip(translate("QuoteRecord", "Copy the quote with its source in the chosen citation style (Ctrl+Shift+C)"))
        self.cite_button.clicked.connect(lambda: self.view is not None and self.citation_requested.emit(self.view.uuid))
        self.where_else_button = QPushButton(translate("QuoteRecord", "Where else?"))
        self.where_else_button.setToolTip(translate("QuoteRecord", "Every document carrying this statement, first appearance first, with the words they changed"))
        self.where_else_button.clicked.connect(lambda: self.view is not None and self.trace_requested.emit(self.view.uuid))
        # two rows, so that the record fits the side column of a 1024-pixel window (one row
        # of four buttons needed 419 pixels and pushed Save out of sight)
        buttons = QGridLayout()
        buttons.addWidget(self.cite_button, 0, 0)
        buttons.addWidget(self.where_else_button, 0, 1)
        buttons.addWidget(self.delete_button, 1, 0)
        buttons.addWidget(self.save_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        form.addRow(buttons)
        self.tags = TagEditor(catalog, ops)
        form.addRow(translate("QuoteRecord", "Tags:"), self.tags)
        self.setWidget(body)
        self.set_quote(None)

    def set_quote(self, view: QuoteView | None) -> None:
        """Show ``view`` (None: nothing); what was typed for the quote before is dropped."""
        self.view = view
        self._names = None
        enabled = view is not None
        for widget in (self.kind, self.speaker, self.note, self.save_button, self.delete_button, self.cite_button, self.where_else_button, self.tags):
            widget.setEnabled(enabled)
        if view is None:
            self.context.setText("<i>Click a highlighted quote in the reader, or select text and press Ctrl+Q.</i>")
            self.speaker_link.clear()
            self.speaker.clear()
            self.note.clear()
            self.tags.set_record("", [])
            self._speaker_edited("")
            return
        self.context.setText(
            f"<p dir='auto'>…{html.escape(view.prefix)}<b style='font-size:large'>{html.escape(view.exact)}</b>"
            f"{html.escape(view.suffix)}…</p><p style='color:gray'>"
            + translate("QuoteRecord", "in “{document}”").format(document=html.escape(view.document_title))
            + "</p>"
        )
        if view.speaker:
            self.speaker_link.setText(f"<a href='{view.speaker.uuid}'>{html.escape(view.speaker.name)}</a> ({actor_type_label(view.speaker.type)})")
        else:
            unknown = html.escape(translate("QuoteRecord", "unknown"))
            self.speaker_link.setText(f"<i>{unknown}</i>" if italics_read() else unknown)
        self.kind.setCurrentIndex(max(0, self.kind.findData(view.kind)))
        self.speaker.setText(view.speaker.name if view.speaker else "")
        self.note.setPlainText(view.note)
        self.tags.set_record(view.uuid, view.tags)
        self._speaker_edited(self.speaker.text())
        self._edited = False

    def has_unsaved_edits(self) -> bool:
        """True while kind, speaker or note differ from the quote's and were not saved."""
        return self._edited and bool(self.changed_fields())

    def changed_fields(self) -> dict[str, str]:
        """What differs from the quote shown, as ``quotes.update`` takes it (a new speaker
        comes with the type chosen for it)."""
        view = self.view
        if view is None:
            return {}
        name = " ".join(self.speaker.text().split())
        after: dict[str, str] = {}
        if self.kind.currentData() != view.kind:
            after["kind"] = self.kind.currentData()
        if self.note.toPlainText().strip() != view.note:
            after["note"] = self.note.toPlainText().strip()
        if name != (view.speaker.name if view.speaker else ""):
            after["speaker"] = name
            if self._is_new_speaker(name):
                after["new_speaker_type"] = self.speaker_type.currentData()
        return after

    def typed(self) -> dict[str, str]:
        """Kind, speaker and note as they stand in the form, for :meth:`set_typed`."""
        return {"kind": self.kind.currentData(), "speaker": self.speaker.text(), "note": self.note.toPlainText()}

    def set_typed(self, typed: dict[str, str]) -> None:
        """Put back what :meth:`typed` returned (after a save that failed)."""
        self.kind.setCurrentIndex(max(0, self.kind.findData(typed["kind"])))
        self.speaker.setText(typed["speaker"])
        self.note.setPlainText(typed["note"])
        self._speaker_edited(self.speaker.text())
        self._edited = True

    def _mark_edited(self, *_args) -> None:
        self._edited = True

    def _is_new_speaker(self, name: str) -> bool:
        """True when no actor is called ``name`` (the quote's own speaker needs no lookup)."""
        if not name or (self.view is not None and self.view.speaker and name.lower() == self.view.speaker.name.lower()):
            return False
        if self._names is None:
            self._names = {known.lower() for known in self._catalog.actors.names()}
        return name.lower() not in self._names

    def _speaker_edited(self, text: str) -> None:
        new = self._is_new_speaker(" ".join(text.split()))
        self.speaker_type.setVisible(new)
        self.speaker_type_label.setVisible(new)

    def save(
        self,
        on_done: Callable[[Changes], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> bool:
        """Save what changed (one ``quotes.update``, on the worker); then ``on_done``. A
        failure is reported, or handed to ``on_failure``. False when there was nothing to save."""
        view = self.view
        after = self.changed_fields()
        if view is None or not after:
            return False
        self._edited = False
        self._ops.change(translate("QuoteRecord", "Edit quote"), lambda: self._catalog.quotes.update(view.uuid, **after), on_done, on_failure)
        return True

    def delete(self) -> None:
        if self.view is not None:
            uuid = self.view.uuid
            self._ops.change(translate("QuoteRecord", "Delete quote"), lambda: self._catalog.trash.delete([uuid]))
