"""An actor's record: name, type, dates, description and aliases (editable, undoable in the catalogue),
identifiers and relations, tags, the documents that name it, its quotes, and the speakers
quoted alongside it (the co-quotation view)."""

from __future__ import annotations

import html

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

from catalog import ACTOR_TYPES, ActorView
from gui.operations import Operations
from gui.panels.form_page import form_page
from gui.panels.tag_editor import TagEditor


class ActorRecord(QScrollArea):
    """Signals: ``document_chosen(uuid)``, ``quote_chosen(uuid)``, ``actor_chosen(uuid)``,
    ``graph_requested(uuid)`` (the "Quoted together" graph, this actor ringed)."""

    document_chosen = Signal(str)
    quote_chosen = Signal(str)
    actor_chosen = Signal(str)
    graph_requested = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.view: ActorView | None = None
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body, form = form_page()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.name = QLineEdit()
        form.addRow("Name:", self.name)
        self.type = QComboBox()
        self.type.addItems(list(ACTOR_TYPES))
        form.addRow("Type:", self.type)
        self.dates = QLineEdit()
        form.addRow("Dates:", self.dates)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # a note needs no tab stops; the keyboard must get out
        self.description.setFixedHeight(60)
        form.addRow("Description:", self.description)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("other names, comma-separated")
        form.addRow("Aliases:", self.aliases)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton("Delete actor")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.identifiers = QLabel()
        self.identifiers.setWordWrap(True)
        self.identifiers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Identifiers:", self.identifiers)
        self.relations = QLabel()
        self.relations.setWordWrap(True)
        self.relations.linkActivated.connect(self.actor_chosen)
        form.addRow("Relations:", self.relations)
        self.tags = TagEditor(catalog, ops)
        form.addRow("Tags:", self.tags)
        self.documents = self._list(self.document_chosen)
        form.addRow("Documents:", self.documents)
        self.quotes = self._list(self.quote_chosen)
        form.addRow("Quotes:", self.quotes)
        self.co_quoted = self._list(self.actor_chosen)
        self.co_quoted.setToolTip("Speakers quoted in the same documents as this actor")
        form.addRow("Quoted alongside:", self.co_quoted)
        self.graph_button = QPushButton("Quoted together…")
        self.graph_button.setToolTip("Show who is quoted with whom as a graph")
        self.graph_button.clicked.connect(lambda: self.graph_requested.emit(self.view.uuid if self.view else ""))
        form.addRow("", self.graph_button)
        self.setWidget(body)

    def _list(self, signal) -> QListWidget:
        widget = QListWidget()
        widget.setFixedHeight(self.fontMetrics().height() * 6)
        widget.itemClicked.connect(lambda item: signal.emit(item.data(Qt.ItemDataRole.UserRole)))
        widget.itemActivated.connect(lambda item: signal.emit(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    def set_actor(self, view: ActorView | None) -> None:
        self.view = view
        for widget in (self.documents, self.quotes, self.co_quoted):
            widget.clear()
        if view is None:
            self.heading.clear()
            return
        self.heading.setText(f"<h2>{html.escape(view.name)}</h2><span style='color:gray'>{view.type}</span>")
        self.name.setText(view.name)
        self.type.setCurrentText(view.type)
        self.dates.setText(view.dates)
        self.description.setPlainText(view.description)
        self.aliases.setText(", ".join(view.aliases))
        self.identifiers.setText("; ".join(f"{scheme}: {', '.join(values)}" for scheme, values in view.identifiers.items()) or "—")
        self.relations.setText(
            "<br/>".join(f"{html.escape(rel)} <a href='{ref.uuid}'>{html.escape(ref.name)}</a>" for rel, ref in view.relations) or "—"
        )
        self.tags.set_record(view.uuid, view.tags)
        for uuid, title, role in view.documents:
            _add(self.documents, f"{title}  — {role}", uuid)
        for quote in self._catalog.quotes.find(speaker=view.uuid):
            _add(self.quotes, f"“{' '.join(quote.exact.split())}”", quote.uuid)
        for pair in self._catalog.actors.co_quotations(limit=500):
            if view.uuid in (pair.first.uuid, pair.second.uuid):
                other = pair.second if pair.first.uuid == view.uuid else pair.first
                noun = "document" if pair.documents == 1 else "documents"
                _add(self.co_quoted, f"{other.name}  ({pair.documents} {noun})", other.uuid)

    def save(self) -> None:
        view = self.view
        if view is None:
            return
        aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        after = {
            "name": " ".join(self.name.text().split()),
            "type": self.type.currentText(),
            "dates": self.dates.text().strip(),
            "description": self.description.toPlainText().strip(),
            "aliases": aliases,
        }
        current = {"name": view.name, "type": view.type, "dates": view.dates, "description": view.description, "aliases": view.aliases}
        after = {k: v for k, v in after.items() if v != current[k]}
        if after:
            self._ops.change("Edit actor", lambda: self._catalog.actors.update(view.uuid, **after))

    def delete(self) -> None:
        if self.view is not None:
            uuid = self.view.uuid
            self._ops.change("Delete actor", lambda: self._catalog.trash.delete([uuid]))


def _add(widget: QListWidget, text: str, uuid: str) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, uuid)
    widget.addItem(item)
