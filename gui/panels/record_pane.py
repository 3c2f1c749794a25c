"""The right-hand column: the record being looked at.

A document shows in the reader with, beside it, tabs for its metadata, the quote being looked
at, its proposals and the history of what is shown (the quote, else the document); a quote
shows as its document, scrolled to the quote; an actor shows its own record, with its history
in a second tab. Links inside (a speaker, an actor's documents and quotes) navigate here.

Leaving a document whose metadata has unsaved edits asks first (:func:`ask_unsaved_edits`):
save them, discard them, or stay on the document.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes, NotFound
from gui.operations import Operations
from gui.panels.actor_record import ActorRecord
from gui.panels.history_panel import HistoryPanel
from gui.panels.metadata_form import MetadataForm
from gui.panels.proposals_panel import ProposalsPanel
from gui.panels.quote_record import QuoteRecord
from gui.panels.reader import DocumentReader


def ask_unsaved_edits(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    """Ask (modally) what becomes of the unsaved metadata edits of the document ``title``:
    ``Save``, ``Discard`` or ``Cancel`` (stay on it)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "Pressmark", f"Save your changes to “{title}”?",
        buttons.Save | buttons.Discard | buttons.Cancel, parent,
    )  # fmt: skip
    box.setInformativeText("You edited this document's metadata and have not saved it yet.")
    box.setDefaultButton(buttons.Save)
    return buttons(box.exec())


class RecordPane(QWidget):
    """Shows one record. ``shown(kind, uuid)`` fires whenever what is shown changes;
    ``stayed(kind, uuid)`` when the user chose to stay on the record shown rather than leave
    unsaved edits (whoever asked to show another one should select this one again).
    ``ask_unsaved(parent, title)`` asks what to do with unsaved edits (see
    :func:`ask_unsaved_edits`; tests replace it)."""

    shown = Signal(str, str)
    stayed = Signal(str, str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.ask_unsaved = ask_unsaved_edits
        self.kind = ""
        self.uuid = ""
        self.reader = DocumentReader()
        self.metadata = MetadataForm(catalog, ops)
        self.quote = QuoteRecord(catalog, ops)
        self.proposals = ProposalsPanel(catalog, ops)
        self.side = QTabWidget()
        self.side.addTab(self.metadata, "Metadata")
        self.side.addTab(self.quote, "Quote")
        self.side.addTab(self.proposals, "Proposals")
        self.history = HistoryPanel(catalog, ops)
        self.side.addTab(self.history, "History")
        self.side.setMinimumWidth(260)  # the form's own hint would squeeze the reader
        self.reader.setMinimumWidth(320)
        self.document_page = QSplitter(Qt.Orientation.Horizontal)
        self.document_page.addWidget(self.reader)
        self.document_page.addWidget(self.side)
        self.document_page.setStretchFactor(0, 3)
        self.document_page.setStretchFactor(1, 2)
        self.document_page.setSizes([410, 350])
        self.document_page.setChildrenCollapsible(False)
        self.actor = ActorRecord(catalog, ops)
        self.actor_history = HistoryPanel(catalog, ops)
        self.actor_page = QTabWidget()
        self.actor_page.setDocumentMode(True)
        self.actor_page.addTab(self.actor, "Actor")
        self.actor_page.addTab(self.actor_history, "History")
        self.empty = QLabel("Choose a document, quote or actor.")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.empty, self.document_page, self.actor_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.reader.quote_clicked.connect(self.show_quote)
        self.metadata.actor_chosen.connect(self.show_actor)
        self.quote.actor_chosen.connect(self.show_actor)
        self.proposals.span_chosen.connect(self.reader.select_span)
        self.proposals.count_changed.connect(lambda n: self.side.setTabText(2, f"Proposals ({n})" if n else "Proposals"))
        self.actor.document_chosen.connect(self.show_document)
        self.actor.quote_chosen.connect(self.show_quote)
        self.actor.actor_chosen.connect(self.show_actor)

    # ----- navigation --------------------------------------------------------------------
    def show_record(self, kind: str, uuid: str) -> None:
        {"document": self.show_document, "quote": self.show_quote, "actor": self.show_actor}[kind](uuid)

    def show_document(self, uuid: str) -> None:
        if not self.may_leave_document(uuid):
            return
        view = self._catalog.documents.get(uuid)
        self._show_document_view(view)
        self.quote.set_quote(None)
        if self.side.currentWidget() is self.quote:
            self.side.setCurrentWidget(self.metadata)
        self._set_shown("document", uuid)

    def show_quote(self, uuid: str) -> None:
        """Open the quote's document, scroll to the quote, and show the quote beside it."""
        quote = self._catalog.quotes.get(uuid)
        if not self.may_leave_document(quote.document_uuid):
            return
        if self.reader.view is None or self.reader.view.uuid != quote.document_uuid:
            self._show_document_view(self._catalog.documents.get(quote.document_uuid))
        self.stack.setCurrentWidget(self.document_page)
        self.reader.show_quote(uuid)
        self.quote.set_quote(quote)
        self.side.setCurrentWidget(self.quote)
        self._set_shown("quote", uuid)

    def show_actor(self, uuid: str) -> None:
        view = self._catalog.actors.get(uuid)
        self.actor.set_actor(view)
        self.stack.setCurrentWidget(self.actor_page)
        self._set_shown("actor", uuid)
        self.actor_history.set_record("actor", uuid, f"History of the actor “{view.name}”")

    def clear(self) -> None:
        self.reader.show_document(None)
        self.metadata.set_document(None)
        self.quote.set_quote(None)
        self.proposals.set_document("")
        self.actor.set_actor(None)
        self.stack.setCurrentWidget(self.empty)
        self._set_shown("", "")

    def may_leave_document(self, next_document: str = "") -> bool:
        """Whether the document in the form may give way to ``next_document``: yes when its
        metadata has no unsaved edits (or it is the same document); else the user is asked:
        Save (saved on the worker; should that fail, the document and the typed text come
        back), Discard, or Cancel (False; ``stayed`` fires). Main thread only."""
        form = self.metadata
        view = form.view
        if view is None or view.uuid == next_document or not form.has_unsaved_edits():
            return True
        answer = self.ask_unsaved(self, view.title)
        if answer == QMessageBox.StandardButton.Save:
            uuid, typed = view.uuid, form.changed_fields()
            form.save(on_failure=lambda exc: self._save_failed(uuid, typed, exc))
            return True
        if answer == QMessageBox.StandardButton.Discard:
            form.set_document(view)
            return True
        self.stayed.emit(self.kind, self.uuid)
        return False

    def _save_failed(self, uuid: str, typed: dict[str, str], exc: BaseException) -> None:
        """Bring back the document whose edits could not be saved, with what was typed."""
        self._ops.report_error("Could not save the changes to the document", exc)
        try:
            self.show_document(uuid)
        except NotFound:
            return  # deleted meanwhile: there is nothing left to edit
        if self.metadata.view is not None and self.metadata.view.uuid == uuid:
            self.metadata.set_typed(typed)
            self.stayed.emit(self.kind, self.uuid)

    def _show_document_view(self, view) -> None:
        self.reader.show_document(view)
        form = self.metadata
        if not (form.view is not None and form.view.uuid == view.uuid and form.has_unsaved_edits()):
            form.set_document(view)  # the same document again keeps what is being typed
        self.proposals.set_document(view.uuid)
        self.stack.setCurrentWidget(self.document_page)

    def _set_shown(self, kind: str, uuid: str) -> None:
        self.kind, self.uuid = kind, uuid
        if kind in ("document", "quote"):
            self.history.set_record(kind, uuid, self._history_caption(kind))
        elif not kind:
            self.history.set_record("", "")
        self.shown.emit(kind, uuid)

    def _history_caption(self, kind: str) -> str:
        if kind == "quote" and self.quote.view is not None:
            excerpt = " ".join(self.quote.view.exact.split())
            excerpt = excerpt if len(excerpt) <= 60 else excerpt[:60].rstrip() + "…"
            return f"History of the quote “{excerpt}”"
        title = self.reader.view.title if self.reader.view is not None else ""
        return f"History of the document “{title}”"

    # ----- changes -----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Reload what is shown if ``changes`` touched it; clear it if it was deleted."""
        try:
            self.history.apply_changes(changes)
            self.actor_history.apply_changes(changes)
            if self.stack.currentWidget() is self.actor_page and self.uuid:
                if self.uuid in changes.touched("actor") or changes.touched("quote") or changes.touched("tag"):
                    self.actor.set_actor(self._catalog.actors.get(self.uuid))
            elif self.reader.view is not None:
                self._refresh_document(changes)
        except NotFound:
            self.clear()

    def _refresh_document(self, changes: Changes) -> None:
        doc = self.reader.view.uuid
        if doc in changes.deleted["document"]:
            self.clear()
            return
        touched = doc in changes.touched("document") or changes.touched("quote") or changes.touched("tag") or changes.touched("actor")
        if touched:
            view = self._catalog.documents.get(doc)
            self.reader.show_document(view)
            if not self.metadata.has_unsaved_edits():
                self.metadata.set_document(view)
        if changes.proposals or touched:
            self.proposals.refresh()
        current_quote = self.quote.view.uuid if self.quote.view else ""
        if current_quote in changes.deleted["quote"]:
            self.quote.set_quote(None)
            self.side.setCurrentWidget(self.metadata)
            self.kind, self.uuid = "document", doc
        elif current_quote and touched:
            self.quote.set_quote(self._catalog.quotes.get(current_quote))
            self.reader.show_quote(current_quote)
