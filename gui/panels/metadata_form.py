"""A document's metadata beside the reader: editable fields, tags, linked actors.

Saving sends one ``update_document`` with only the fields that changed; linking an actor is
one ``link_actor`` (each undoable in the catalogue). Clicking a linked actor emits
``actor_chosen(uuid)``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
)

from catalog import LINK_ROLES, PAGE_KINDS, Changes, DocumentView
from gui.dialogs.completion import FillOnFocus, name_completer
from gui.i18n import QT_TRANSLATE_NOOP, isolated, translate
from gui.operations import Operations
from gui.panels.form_page import form_page
from gui.panels.tag_editor import TagEditor
from gui.theme import actor_type_label, role_label

# the labels are translated (context "MetadataForm") where the form is made
LINE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("MetadataForm", "Title")), ("subtitle", QT_TRANSLATE_NOOP("MetadataForm", "Subtitle")), ("publication", QT_TRANSLATE_NOOP("MetadataForm", "Publication")), ("section", QT_TRANSLATE_NOOP("MetadataForm", "Section")),
    ("published_at", QT_TRANSLATE_NOOP("MetadataForm", "Published")), ("published_text", QT_TRANSLATE_NOOP("MetadataForm", "Date as printed")), ("url", QT_TRANSLATE_NOOP("MetadataForm", "URL")),
    ("short_url", QT_TRANSLATE_NOOP("MetadataForm", "Short URL")), ("doi", QT_TRANSLATE_NOOP("MetadataForm", "DOI")), ("language", QT_TRANSLATE_NOOP("MetadataForm", "Language")), ("image_caption", QT_TRANSLATE_NOOP("MetadataForm", "Image caption")),
    ("rights", QT_TRANSLATE_NOOP("MetadataForm", "Rights")), ("page_kind", QT_TRANSLATE_NOOP("MetadataForm", "Kind of page")), ("captured_at", QT_TRANSLATE_NOOP("MetadataForm", "Captured")),
)  # fmt: skip
TEXT_FIELDS = (("notes", QT_TRANSLATE_NOOP("MetadataForm", "Notes")), ("end_matter", QT_TRANSLATE_NOOP("MetadataForm", "End matter")))


def _field_text(view: DocumentView, name: str) -> str:
    value = getattr(view, name)
    if isinstance(value, datetime):
        if value.time() == datetime.min.time():  # dated by the day only: no "00:00" to misread
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    return value or ""


def _original_text(view: DocumentView) -> str:
    """The original file, when it came in, and the capture it came from, if any."""
    text = translate("MetadataForm", "{name} ({format}), added {date}").format(
        name=view.original_name, format=view.original_format, date=isolated(_field_text(view, "accessioned_at")[:10])
    )
    try:
        provenance = json.loads(view.provenance) if view.provenance else {}
    except ValueError:
        provenance = {}
    if isinstance(provenance, dict) and provenance:
        text += "\n" + "; ".join(f"{key.replace('_', ' ')}: {value}" for key, value in sorted(provenance.items()))
    return text


class MetadataForm(QScrollArea):
    """Shows and edits one :class:`DocumentView`. Main thread; writes through ``ops``."""

    actor_chosen = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.view: DocumentView | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body, form = form_page()
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name, label in LINE_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(self._dirty)
            self.fields[name] = edit
            form.addRow(translate("MetadataForm", "{label}:").format(label=translate("MetadataForm", label)), edit)
        published = self.fields["published_at"]
        # a sample date in grey would read as the document's own: say it has none, and how to add one
        published.setPlaceholderText(translate("MetadataForm", "Undated: type YYYY-MM-DD"))
        published.setToolTip(translate("MetadataForm", "When it was published: YYYY-MM-DD, or YYYY-MM-DD HH:MM with the time; empty if unknown"))
        self.fields["page_kind"].setToolTip(translate(
            "MetadataForm",
            "article; page (a page that is not an article: a home page, a shop page); reference (a bibliographic entry with no text of its own)",
        ))  # fmt: skip
        self.fields["page_kind"].setCompleter(name_completer(list(PAGE_KINDS), self.fields["page_kind"]))
        self.fields["captured_at"].setPlaceholderText(translate("MetadataForm", "Not captured by a web archive"))
        self.fields["captured_at"].setToolTip(translate("MetadataForm", "When a crawler or a browser captured the page: YYYY-MM-DD HH:MM"))
        self.fields["doi"].setToolTip(translate("MetadataForm", "A DOI such as 10.1234/abc (https://doi.org/ in front is taken off)"))
        for name, label in TEXT_FIELDS:
            edit = QPlainTextEdit()
            edit.setTabChangesFocus(True)  # a note needs no tab stops; the keyboard must get out
            edit.setFixedHeight(64)
            edit.textChanged.connect(self._dirty)
            self.fields[name] = edit
            form.addRow(translate("MetadataForm", "{label}:").format(label=translate("MetadataForm", label)), edit)
        self.save_button = QPushButton(translate("MetadataForm", "Save"))
        self.save_button.setToolTip(translate("MetadataForm", "Save the changed fields (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(translate("MetadataForm", "Revert"))
        self.revert_button.clicked.connect(lambda: self.set_document(self.view))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        self.tags = TagEditor(catalog, ops)
        form.addRow(translate("MetadataForm", "Tags:"), self.tags)
        self.actors = QListWidget()
        self.actors.setFixedHeight(self.fontMetrics().height() * 7)
        self.actors.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.actors.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.actors.itemActivated.connect(self._actor_item)
        self.actors.itemClicked.connect(self._actor_item)
        form.addRow(translate("MetadataForm", "Actors:"), self.actors)
        self.link_name = QLineEdit()
        self.link_name.setPlaceholderText(translate("MetadataForm", "actor to link"))
        self.link_role = QComboBox()
        self.link_role.setAccessibleName(translate("MetadataForm", "The actor's role in the document"))
        for role in LINK_ROLES:  # shown in the interface language, kept as the catalogue's word
            self.link_role.addItem(role_label(role), role)
        self.link_role.setCurrentIndex(self.link_role.findData("mentioned"))
        link_button = QPushButton(translate("MetadataForm", "Link"))
        link_button.clicked.connect(self._link_typed)
        self.link_name.setCompleter(name_completer([], self.link_name))
        self.link_completion = FillOnFocus(self.link_name, self.link_name.completer(), catalog.actors.names)
        form.addRow(translate("MetadataForm", "Link actor:"), self.link_name)
        link_row = QHBoxLayout()
        link_row.addWidget(QLabel(translate("MetadataForm", "as")))
        link_row.addWidget(self.link_role, 1)
        link_row.addWidget(link_button)
        form.addRow("", link_row)
        self.original = QLabel()
        self.original.setWordWrap(True)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("MetadataForm", "Original:"), self.original)
        self.setWidget(body)
        self._loading = False
        self.set_document(None)

    def set_document(self, view: DocumentView | None) -> None:
        self._loading = True
        self.view = view
        for name, edit in self.fields.items():
            text = _field_text(view, name) if view else ""
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)
                edit.setCursorPosition(0)
            edit.setEnabled(view is not None)
        self.actors.clear()
        if view is not None:
            for ref in [*view.authors, *view.actors]:
                item = QListWidgetItem(translate("MetadataForm", "{name}  — {role} ({type})").format(
                    name=isolated(ref.name), role=role_label(ref.role), type=actor_type_label(ref.type)
                ))  # fmt: skip
                item.setData(Qt.ItemDataRole.UserRole, ref.uuid)
                self.actors.addItem(item)
            self.tags.set_record(view.uuid, view.tags)
            self.original.setText(_original_text(view))
        else:
            self.tags.set_record("", [])
            self.original.clear()
        self._loading = False
        self._set_dirty(False)

    def changed_fields(self) -> dict[str, str]:
        """Fields whose text differs from the document's, as ``update_document`` takes them."""
        if self.view is None:
            return {}
        changed = {}
        for name, edit in self.fields.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if text != _field_text(self.view, name):
                changed[name] = text
        return changed

    def has_unsaved_edits(self) -> bool:
        """True while the user has typed changes not yet saved (or reverted)."""
        return self.save_button.isEnabled()

    def typed(self) -> dict[str, str]:
        """What was typed, for :meth:`set_typed` (the changed fields: the rest is the document's)."""
        return self.changed_fields()

    def set_typed(self, typed: dict[str, str]) -> None:
        """Put back text typed into the fields (``changed_fields()`` of an earlier moment)."""
        for name, text in typed.items():
            edit = self.fields[name]
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(text)
            else:
                edit.setText(text)
        self._dirty()

    def save(
        self,
        on_failure: Callable[[BaseException], None] | None = None,
        on_done: Callable[[Changes], None] | None = None,
    ) -> bool:
        """Save the changed fields (one ``documents.update``, on the worker); then
        ``on_done``. A failure is reported, or handed to ``on_failure``. False when there was
        nothing to save."""
        after = self.changed_fields()
        if self.view is None or not after:
            return False
        uuid = self.view.uuid
        self._ops.change(translate("MetadataForm", "Edit document"), lambda: self._catalog.documents.update(uuid, **after), on_done, on_failure)
        self._set_dirty(False)
        return True

    def link(self, actor: str, role: str) -> None:
        if self.view is not None and actor:
            uuid = self.view.uuid
            task = translate("MetadataForm", "Link actor as {role}").format(role=role_label(role))
            self._ops.change(task, lambda: self._catalog.actors.link(uuid, actor, role))

    def _link_typed(self) -> None:
        self.link(" ".join(self.link_name.text().split()), self.link_role.currentData())
        self.link_name.clear()

    def _actor_item(self, item: QListWidgetItem) -> None:
        self.actor_chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _dirty(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(bool(self.changed_fields()))

    def _set_dirty(self, dirty: bool) -> None:
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
