"""The right-hand column: the record being looked at.

A document shows in the reader with, beside it, tabs for its metadata, the quote being looked
at, its proposals and the history of what is shown (the quote, else the document); a quote
shows as its document, scrolled to the quote; an actor shows its own record, with its history
in a second tab. Links inside (a speaker, an actor's documents and quotes) navigate here.

Leaving a document whose metadata has unsaved edits, a quote whose form has, or an actor
whose record has, asks first (:func:`ask_unsaved_edits`): save them, discard them, or stay on
the record. Closing the window or opening another catalogue asks the same
(:meth:`RecordPane.may_close`).
"""

from __future__ import annotations

from collections.abc import Callable

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
from gui.i18n import QT_TRANSLATE_NOOP, isolated, translate
from gui.operations import Operations
from gui.panels.actor_record import ActorRecord
from gui.panels.actor_said import ActorSaid
from gui.panels.history_panel import HistoryPanel
from gui.panels.metadata_form import MetadataForm
from gui.panels.proposals_panel import ProposalsPanel
from gui.panels.quote_record import QuoteRecord
from gui.panels.reader import DocumentReader

UNSAVED_WHAT = {
    "document": QT_TRANSLATE_NOOP("RecordPane", "You edited this document's metadata and have not saved it yet."),
    "quote": QT_TRANSLATE_NOOP("RecordPane", "You edited this quote (its kind, speaker or note) and have not saved it yet."),
    "actor": QT_TRANSLATE_NOOP("RecordPane", "You edited this actor's record (names, identifiers or relations) and have not saved it yet."),
}


def ask_unsaved_edits(parent: QWidget, title: str, what: str = "document") -> QMessageBox.StandardButton:
    """Ask (modally) what becomes of the unsaved edits of the record ``title`` (a
    ``document``'s metadata or a ``quote``'s form): ``Save``, ``Discard`` or ``Cancel``
    (stay on it)."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "Pressmark", translate("RecordPane", "Save your changes to “{title}”?").format(title=title),
        buttons.Save | buttons.Discard | buttons.Cancel, parent,
    )  # fmt: skip
    box.setInformativeText(translate("RecordPane", UNSAVED_WHAT[what]))
    box.setDefaultButton(buttons.Save)
    box.setAccessibleName(translate("RecordPane", "Unsaved changes"))
    return buttons(box.exec())


def quote_title(exact: str) -> str:
    """A quote named by its first words (the question about its unsaved edits quotes it)."""
    excerpt = " ".join(exact.split())
    return excerpt if len(excerpt) <= 60 else excerpt[:60].rstrip() + "…"


class RecordPane(QWidget):
    """Shows one record. ``shown(kind, uuid)`` fires whenever what is shown changes;
    ``stayed(kind, uuid)`` when the user chose to stay on the record shown rather than leave
    unsaved edits (whoever asked to show another one should select this one again).
    ``ask_unsaved(parent, title, what)`` asks what to do with unsaved edits (see
    :func:`ask_unsaved_edits`; tests replace it)."""

    shown = Signal(str, str)
    stayed = Signal(str, str)
    ask_unsaved = staticmethod(ask_unsaved_edits)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.kind = ""
        self.uuid = ""
        self.reader = DocumentReader()
        self.metadata = MetadataForm(catalog, ops)
        self.quote = QuoteRecord(catalog, ops)
        self.proposals = ProposalsPanel(catalog, ops)
        self.side = QTabWidget()
        self.side.addTab(self.metadata, translate("RecordPane", "Metadata"))
        self.side.addTab(self.quote, translate("RecordPane", "Quote"))
        self.side.addTab(self.proposals, translate("RecordPane", "Proposals"))
        self.history = HistoryPanel(catalog, ops)
        self.side.addTab(self.history, translate("RecordPane", "History"))
        # the four tabs side by side, never scrolling: compact, and the column at least as wide
        side_bar = self.side.tabBar()
        side_bar.setUsesScrollButtons(False)
        side_bar.setExpanding(False)
        side_bar.setStyleSheet("QTabBar::tab { padding: 4px 8px; }")
        self._fit_side_tabs()
        self.reader.setMinimumWidth(280)  # at 1024 pixels the centre column needs the rest
        self.document_page = QSplitter(Qt.Orientation.Horizontal)
        self.document_page.addWidget(self.reader)
        self.document_page.addWidget(self.side)
        self.document_page.setStretchFactor(0, 3)
        self.document_page.setStretchFactor(1, 2)
        self.document_page.setSizes([410, 350])
        self.document_page.setChildrenCollapsible(False)
        self.actor = ActorRecord(catalog, ops)
        self.actor_said = ActorSaid(catalog, ops.tasks)
        self.actor_history = HistoryPanel(catalog, ops)
        self.actor_page = QTabWidget()
        self.actor_page.setDocumentMode(True)
        self.actor_page.tabBar().setUsesScrollButtons(False)
        self.actor_page.addTab(self.actor, translate("RecordPane", "Actor"))
        self.actor_page.addTab(self.actor_said, translate("RecordPane", "What they said"))
        self.actor_page.addTab(self.actor_history, translate("RecordPane", "History"))
        self.empty = QLabel(translate("RecordPane", "Choose a document, quote or actor."))
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
        self.proposals.count_changed.connect(self._show_proposal_count)
        # proposals marked in the reader and decided there: the panel has the catalogue do it
        self.proposals.proposals_shown.connect(self.reader.set_proposals)
        self.proposals.proposal_chosen.connect(self.reader.focus_proposal)
        self.reader.proposal_focused.connect(self.proposals.select)
        self.reader.proposal_decided.connect(self.proposals.decide)
        self.proposals.document_chosen.connect(self.show_document)
        self.actor.document_chosen.connect(self.show_document)
        self.actor.quote_chosen.connect(self.show_quote)
        self.actor.actor_chosen.connect(self.show_actor)
        self.actor_said.quote_chosen.connect(self.show_quote)

    def _show_proposal_count(self, count: int) -> None:
        self.side.setTabText(2, translate("RecordPane", "Proposals ({count})").format(count=count) if count else translate("RecordPane", "Proposals"))
        self._fit_side_tabs()

    def _fit_side_tabs(self) -> None:
        """The side column never narrower than its tabs (nor than 260: the form's own hint
        would squeeze the reader)."""
        self.side.setMinimumWidth(max(260, self.side.tabBar().sizeHint().width() + 4))

    # ----- navigation --------------------------------------------------------------------
    def show_record(self, kind: str, uuid: str) -> None:
        {"document": self.show_document, "quote": self.show_quote, "actor": self.show_actor}[kind](uuid)

    def show_document(self, uuid: str) -> None:
        if not self.may_leave(uuid):
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
        if not self.may_leave(quote.document_uuid, uuid):
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
        if not self.may_leave(next_actor=view.uuid):
            return
        self.actor.set_actor(view)
        self.actor_said.set_actor(view.uuid, view.name)
        self.stack.setCurrentWidget(self.actor_page)
        self._set_shown("actor", view.uuid)
        self.actor_history.set_record("actor", view.uuid, translate("RecordPane", "History of the actor “{name}”").format(name=isolated(view.name)))

    def clear(self) -> None:
        self.reader.show_document(None)
        self.metadata.set_document(None)
        self.quote.set_quote(None)
        self.proposals.set_document("")
        self.actor.set_actor(None)
        self.actor_said.set_actor("", "")
        self.stack.setCurrentWidget(self.empty)
        self._set_shown("", "")

    def may_leave(self, next_document: str = "", next_quote: str = "", next_actor: str = "") -> bool:
        """Whether the document in the metadata form may give way to ``next_document`` and
        the quote in the quote form to ``next_quote``: yes when neither form has unsaved edits
        (or shows the same record); else the user is asked, for each form: Save (saved on the
        worker; should that fail, the record and the typed text come back), Discard, or
        Cancel (False; ``stayed`` fires). Main thread only."""
        leaving = self._unsaved(next_document, next_quote, next_actor)
        answers = []
        for what, _form, title in leaving:
            answer = self.ask_unsaved(self, title, what)
            if answer not in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard):
                self.stayed.emit(self.kind, self.uuid)
                return False
            answers.append(answer)
        for (what, form, _title), answer in zip(leaving, answers, strict=True):
            if answer == QMessageBox.StandardButton.Save:
                self._save(what)
            elif what == "document":
                form.set_document(form.view)
            elif what == "quote":
                form.set_quote(form.view)
            else:
                form.set_actor(form.view, keep_typed=False)
        return True

    def may_close(self, proceed: Callable[[], object]) -> bool:
        """Whether the record may go away now: the window closing, another catalogue opening.

        True when nothing is unsaved, or the user chose Discard for each form with unsaved
        edits (the forms keep what was typed: should the window stay after all, nothing is
        lost). False when the user chose Cancel, or Save: then the edits are saved on the
        worker and ``proceed()`` is called once every save succeeded; a save that fails is
        reported and the typed text stays in its form. Main thread only."""
        leaving = self._unsaved()
        answers = [self.ask_unsaved(self, title, what) for what, _form, title in leaving]
        if any(a not in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard) for a in answers):
            return False
        saving = [what for (what, _form, _title), a in zip(leaving, answers, strict=True) if a == QMessageBox.StandardButton.Save]
        if not saving:
            return True
        waiting = set(saving)

        def saved(what: str) -> None:
            waiting.discard(what)
            if not waiting:
                proceed()

        for what in saving:
            self._save(what, on_done=lambda _changes, w=what: saved(w))
        return False

    def _unsaved(self, next_document: str = "", next_quote: str = "", next_actor: str = "") -> list[tuple[str, object, str]]:
        """(what, form, title) of each form whose unsaved edits leaving towards the records
        named would drop; with none named, of every form with unsaved edits."""
        leaving: list[tuple[str, object, str]] = []
        form, quote, actor = self.metadata, self.quote, self.actor
        if form.view is not None and form.view.uuid != next_document and form.has_unsaved_edits():
            leaving.append(("document", form, form.view.title))
        if quote.view is not None and quote.view.uuid != next_quote and quote.has_unsaved_edits():
            leaving.append(("quote", quote, quote_title(quote.view.exact)))
        # the actor's record is asked about while it is the page shown (a save on the way out is
        # still under way when the next record is chosen), and always when everything goes away
        actor_page = self.stack.currentWidget() is self.actor_page or not (next_document or next_quote or next_actor)
        if actor.view is not None and actor.view.uuid != next_actor and actor_page and actor.has_unsaved_edits():
            leaving.append(("actor", actor, actor.view.name))
        return leaving

    def _save(self, what: str, on_done: Callable[[Changes], None] | None = None) -> None:
        """Save the ``document``, ``quote`` or ``actor`` form; a failure brings its record and
        typed text back."""
        form = self._form(what)
        uuid, typed = form.view.uuid, form.typed()
        form.save(on_failure=lambda exc: self._save_failed(what, uuid, typed, exc), on_done=on_done)

    def _form(self, what: str):
        return {"document": self.metadata, "quote": self.quote, "actor": self.actor}[what]

    def _save_failed(self, what: str, uuid: str, typed: dict, exc: BaseException) -> None:
        """Bring back the record (a ``document``, ``quote`` or ``actor``) whose edits could not
        be saved, with what was typed in its form."""
        message = {
            "document": translate("RecordPane", "Could not save the changes to the document"),
            "quote": translate("RecordPane", "Could not save the changes to the quote"),
            "actor": translate("RecordPane", "Could not save the changes to the actor"),
        }[what]
        self._ops.report_error(message, exc)
        form = self._form(what)
        try:
            self.show_record(what, uuid)
        except NotFound:
            return  # deleted meanwhile: there is nothing left to edit
        if form.view is not None and form.view.uuid == uuid:
            form.set_typed(typed)
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
            return translate("RecordPane", "History of the quote “{title}”").format(title=isolated(quote_title(self.quote.view.exact)))
        title = self.reader.view.title if self.reader.view is not None else ""
        return translate("RecordPane", "History of the document “{title}”").format(title=isolated(title))

    # ----- changes -----------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        """Reload what is shown if ``changes`` touched it; clear it if it was deleted."""
        try:
            self.history.apply_changes(changes)
            self.actor_history.apply_changes(changes)
            if self.stack.currentWidget() is self.actor_page and self.uuid:
                if self.uuid in changes.deleted["actor"]:
                    self.clear()  # merged into another, or deleted
                elif self.uuid in changes.touched("actor") or changes.touched("quote") or changes.touched("tag"):
                    self.actor.set_actor(self._catalog.actors.get(self.uuid))
                if changes.touched("quote") or changes.touched("document") or changes.touched("tag"):
                    self.actor_said.refresh()
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
            if not self.quote.has_unsaved_edits():  # a change elsewhere keeps what is being typed
                self.quote.set_quote(self._catalog.quotes.get(current_quote))
            self.reader.show_quote(current_quote)
