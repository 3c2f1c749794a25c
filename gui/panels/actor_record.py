"""An actor's record: name, type, dates, description, aliases, identifiers and relations
(edited here and saved together as one undoable change), tags, the documents that name it,
its quotes, and the speakers quoted alongside it (the co-quotation view).

What is typed is kept until it is saved or reverted: a change elsewhere that reloads the
record (a tag added) keeps it, and :class:`~gui.panels.record_pane.RecordPane` asks before
showing another record (:meth:`ActorRecord.has_unsaved_edits`). Identifiers are checked as
they are typed (the catalogue's own rules), and Save waits until they are right.
"""

from __future__ import annotations

import html
from collections.abc import Callable

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
    QToolButton,
)

from catalog import (
    ACTOR_TYPES,
    DIFFERENT_FROM,
    IDENTIFIER_SCHEMES,
    ActorView,
    InvalidInput,
    checked_identifier,
)
from gui.errors import error_text
from gui.i18n import isolated, translate
from gui.operations import Operations
from gui.panels.actor_rows import CompletingDelegate, RowsEditor
from gui.panels.form_page import form_page
from gui.panels.tag_editor import TagEditor
from gui.theme import ERROR_COLOUR, actor_type_label, add_actor_types, role_label

# offered while typing a relation's name; any other name is fine too
RELATIONS = (
    "member of", "fellow of", "senior fellow of", "works for", "spokesperson for", "leader of",
    "founder of", "adviser to", "part of", "located in", "successor of", DIFFERENT_FROM,
)  # fmt: skip
EDITED = ("name", "type", "dates", "description", "aliases", "identifiers", "relations")


class ActorRecord(QScrollArea):
    """Signals: ``document_chosen(uuid)``, ``quote_chosen(uuid)``, ``actor_chosen(uuid)``,
    ``graph_requested(uuid)`` (the "Quoted together" graph, this actor ringed). Main thread;
    writes through ``ops``."""

    document_chosen = Signal(str)
    quote_chosen = Signal(str)
    actor_chosen = Signal(str)
    graph_requested = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.view: ActorView | None = None
        self._loading = False
        self._saving: dict[str, object] | None = None  # what was typed when Save was pressed
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body, form = form_page()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        form.addRow(self.heading)
        self.name = QLineEdit()
        self.name.textEdited.connect(self._edited)
        form.addRow(translate("ActorRecord", "Name:"), self.name)
        self.type = QComboBox()
        add_actor_types(self.type)
        self.type.activated.connect(self._edited)
        form.addRow(translate("ActorRecord", "Type:"), self.type)
        self.dates = QLineEdit()
        self.dates.setPlaceholderText(translate("ActorRecord", "e.g. 1961–, or 1890–1962"))
        self.dates.textEdited.connect(self._edited)
        form.addRow(translate("ActorRecord", "Dates:"), self.dates)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)  # a note needs no tab stops; the keyboard must get out
        self.description.setFixedHeight(60)
        self.description.textChanged.connect(self._edited)
        form.addRow(translate("ActorRecord", "Description:"), self.description)
        self.aliases = RowsEditor([translate("ActorRecord", "Alias")], translate("ActorRecord", "an alias"), visible_rows=2)
        self.aliases.table.setToolTip(translate("ActorRecord", "Other names of this actor; a name found under one of them finds this actor"))
        self.aliases.edited.connect(self._edited)
        form.addRow(translate("ActorRecord", "Aliases:"), self.aliases)
        self.identifiers = RowsEditor([translate("ActorRecord", "Scheme"), translate("ActorRecord", "Value")], translate("ActorRecord", "an identifier"), visible_rows=2)
        self.identifiers.table.setItemDelegateForColumn(0, CompletingDelegate(lambda: list(IDENTIFIER_SCHEMES), "wikidata", self))
        self.identifiers.table.setToolTip(
            translate("ActorRecord", "External identifiers: {schemes}").format(schemes=", ".join(f"{scheme} ({example})" for scheme, example in IDENTIFIER_SCHEMES.items()))
        )
        self.identifiers.edited.connect(self._edited)
        form.addRow(translate("ActorRecord", "Identifiers:"), self.identifiers)
        self.relations = RowsEditor([translate("ActorRecord", "Relation"), translate("ActorRecord", "Actor")], translate("ActorRecord", "a relation"), visible_rows=3)
        self.relations.table.setItemDelegateForColumn(0, CompletingDelegate(lambda: list(RELATIONS), "senior fellow of", self))
        self.relations.table.setItemDelegateForColumn(1, CompletingDelegate(catalog.actors.names, translate("ActorRecord", "an actor's name"), self))
        self.relations.table.setToolTip(translate("ActorRecord", "This actor is … of another actor (double-click to edit)"))
        self.relations.edited.connect(self._edited)
        self.open_relation = QToolButton()
        self.open_relation.setText("→")
        self.open_relation.setToolTip(translate("ActorRecord", "Show the actor of the selected relation"))
        self.open_relation.setAccessibleName(translate("ActorRecord", "Show the actor of the selected relation"))
        self.open_relation.clicked.connect(self._open_relation)
        self.relations.buttons.insertWidget(2, self.open_relation)
        form.addRow(translate("ActorRecord", "Relations:"), self.relations)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {ERROR_COLOUR}")
        self.problem.hide()
        form.addRow(self.problem)
        self.save_button = QPushButton(translate("ActorRecord", "Save"))
        self.save_button.setToolTip(translate("ActorRecord", "Save the changed fields as one change (undo takes it back)"))
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button = QPushButton(translate("ActorRecord", "Revert"))
        self.revert_button.clicked.connect(lambda: self.set_actor(self.view, keep_typed=False))
        self.delete_button = QPushButton(translate("ActorRecord", "Delete actor"))
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self.tags = TagEditor(catalog, ops)
        form.addRow(translate("ActorRecord", "Tags:"), self.tags)
        self.documents = self._list(self.document_chosen)
        form.addRow(translate("ActorRecord", "Documents:"), self.documents)
        self.quotes = self._list(self.quote_chosen)
        form.addRow(translate("ActorRecord", "Quotes:"), self.quotes)
        self.co_quoted = self._list(self.actor_chosen)
        self.co_quoted.setToolTip(translate("ActorRecord", "Speakers quoted in the same documents as this actor"))
        form.addRow(translate("ActorRecord", "Quoted alongside:"), self.co_quoted)
        self.graph_button = QPushButton(translate("ActorRecord", "Quoted together…"))
        self.graph_button.setToolTip(translate("ActorRecord", "Show who is quoted with whom as a graph"))
        self.graph_button.clicked.connect(lambda: self.graph_requested.emit(self.view.uuid if self.view else ""))
        form.addRow("", self.graph_button)
        self.setWidget(body)
        self._update_state()

    def _list(self, signal) -> QListWidget:
        widget = QListWidget()
        widget.setFixedHeight(self.fontMetrics().height() * 6)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text is the tooltip
        widget.itemClicked.connect(lambda item: signal.emit(item.data(Qt.ItemDataRole.UserRole)))
        widget.itemActivated.connect(lambda item: signal.emit(item.data(Qt.ItemDataRole.UserRole)))
        return widget

    # ----- showing -----------------------------------------------------------------------
    def set_actor(self, view: ActorView | None, keep_typed: bool = True) -> None:
        """Show ``view``. The same actor again (a reload after a change) keeps what is being
        typed, unless ``keep_typed`` is False (Revert)."""
        same = view is not None and self.view is not None and view.uuid == self.view.uuid
        # what is being saved is shown as the catalogue wrote it (Q42, not q42): it is not kept
        typed = self.typed() if keep_typed and same and self.has_unsaved_edits() else None
        self.view = view
        for widget in (self.documents, self.quotes, self.co_quoted):
            widget.clear()
        self._loading = True
        try:
            self._load_fields(view)
            if typed is not None:
                self.set_typed(typed)
        finally:
            self._loading = False
        self._update_state()
        if view is None:
            self.heading.clear()
            self.tags.set_record("", [])
            return
        self.heading.setText(f"<h2>{html.escape(view.name)}</h2><span style='color:gray'>{html.escape(actor_type_label(view.type))}</span>")
        self.tags.set_record(view.uuid, view.tags)
        for uuid, title, role in view.documents:
            _add(self.documents, translate("ActorRecord", "{title}  — {role}").format(title=isolated(title), role=role_label(role)), uuid)
        for quote in self._catalog.quotes.find(speaker=view.uuid):
            _add(self.quotes, f"“{' '.join(quote.exact.split())}”", quote.uuid)
        for pair in self._catalog.actors.co_quotations(limit=500):
            if view.uuid in (pair.first.uuid, pair.second.uuid):
                other = pair.second if pair.first.uuid == view.uuid else pair.first
                n = pair.documents
                line = translate("ActorRecord", "{name}  (%n document)", None, n) if n == 1 else translate("ActorRecord", "{name}  (%n documents)", None, n)
                _add(self.co_quoted, line.format(name=isolated(other.name)), other.uuid)

    def _load_fields(self, view: ActorView | None) -> None:
        self.name.setText(view.name if view else "")
        self._set_type(view.type if view else ACTOR_TYPES[0])
        self.dates.setText(view.dates if view else "")
        self.description.setPlainText(view.description if view else "")
        self.aliases.set_rows([(alias,) for alias in view.aliases] if view else [])
        self.identifiers.set_rows(_identifier_rows(view) if view else [])
        relations = view.relations if view else []
        self.relations.set_rows([(rel, ref.name) for rel, ref in relations], [(None, (ref.uuid, ref.name)) for _rel, ref in relations])
        for widget in (self.name, self.type, self.dates, self.description, self.aliases, self.identifiers, self.relations):
            widget.setEnabled(view is not None)

    def _set_type(self, actor_type: str) -> None:
        self.type.setCurrentIndex(max(0, self.type.findData(actor_type)))

    # ----- what is typed -----------------------------------------------------------------
    def typed(self) -> dict[str, object]:
        """What the fields hold now, as :meth:`changed_fields` reads it (for :meth:`set_typed`)."""
        return {
            "name": " ".join(self.name.text().split()),
            "type": self.type.currentData(),
            "dates": self.dates.text().strip(),
            "description": self.description.toPlainText().strip(),
            "aliases": [row[0] for row in self.aliases.rows()],
            "identifiers": self.identifiers.rows(),
            "relations": self._typed_relations(),
        }

    def set_typed(self, typed: dict[str, object]) -> None:
        """Put back what :meth:`typed` returned earlier (after a failed save, or a reload)."""
        loading, self._loading = self._loading, True
        try:
            self.name.setText(str(typed["name"]))
            self._set_type(str(typed["type"]))
            self.dates.setText(str(typed["dates"]))
            self.description.setPlainText(str(typed["description"]))
            self.aliases.set_rows([(str(alias),) for alias in typed["aliases"]])  # type: ignore[attr-defined]
            self.identifiers.set_rows(list(typed["identifiers"]))  # type: ignore[call-overload]
            relations = list(typed["relations"])  # type: ignore[call-overload]
            self.relations.set_rows([(rel, text) for rel, _ref, text in relations], [(None, (ref, text)) for _rel, ref, text in relations])
        finally:
            self._loading = loading
        self._update_state()

    def changed_fields(self) -> dict[str, object]:
        """The fields whose typed value differs from the record's, as ``actors.update`` takes
        them (relations as (name, actor id or typed name) pairs)."""
        view = self.view
        if view is None:
            return {}
        typed = self.typed()
        stored: dict[str, object] = {
            "name": view.name, "type": view.type, "dates": view.dates, "description": view.description,
            "aliases": view.aliases, "identifiers": _identifier_rows(view),
            "relations": [(rel, ref.uuid, ref.name) for rel, ref in view.relations],
        }  # fmt: skip
        # lists compare as sets of rows: the catalogue keeps aliases and identifiers in its own order
        changed = {name: typed[name] for name in EDITED if _comparable(typed[name]) != _comparable(stored[name])}
        if "relations" in changed:
            changed["relations"] = [(rel, ref) for rel, ref, _text in self._typed_relations()]
        return changed

    def has_unsaved_edits(self) -> bool:
        """True while the user has typed changes not yet saved (or reverted); not while what
        is typed is being saved."""
        if not self.changed_fields():
            return False
        return self._saving is None or self.typed() != self._saving

    def problems(self) -> list[str]:
        """What keeps the typed record from being saved, in words (empty when it can be)."""
        found = []
        if self.view is not None and not self.name.text().strip():
            found.append(translate("ActorRecord", "The name is empty."))
        for scheme, value in self.identifiers.rows():
            try:
                checked_identifier(scheme, value)
            except InvalidInput as exc:
                said = error_text(exc)
                found.append(translate("ActorRecord", "{problem}.").format(problem=said[:1].upper() + said[1:]))
        for relation, _ref, text in self._typed_relations():
            if not relation or not text:
                found.append(translate("ActorRecord", "A relation needs both a name (such as “member of”) and an actor."))
        return found

    def _typed_relations(self) -> list[tuple[str, str, str]]:
        """(relation, the actor's id or else its typed name, the text shown) for each row."""
        rows = []
        for row in range(self.relations.table.rowCount()):
            relation, text = self.relations.text(row, 0), self.relations.text(row, 1)
            if not relation and not text:
                continue
            known = self.relations.data(row, 1)
            ref = known[0] if isinstance(known, tuple) and known[1] == text else text
            rows.append((relation, ref, text))
        return rows

    # ----- changing ----------------------------------------------------------------------
    def save(
        self, on_failure: Callable[[BaseException], None] | None = None, on_done: Callable[[object], None] | None = None
    ) -> None:
        """Save the changed fields (one ``actors.update``, on the worker) unless something
        typed is wrong (:meth:`problems`). A failure is reported (the typed text stays), or
        handed to ``on_failure``."""
        view = self.view
        after = self.changed_fields()
        if view is None or not after or self.problems():
            return
        self._saving = self.typed()

        def saved(changes) -> None:
            self._saving = None
            if on_done is not None:
                on_done(changes)

        def failed(exc: BaseException) -> None:
            self._saving = None
            self._update_state()
            (on_failure or (lambda e: self._ops.report_error(translate("ActorRecord", "Could not save the actor"), e)))(exc)

        self._ops.change(translate("ActorRecord", "Edit actor"), lambda: self._catalog.actors.update(view.uuid, **after), saved, failed)

    def delete(self) -> None:
        if self.view is not None:
            uuid = self.view.uuid
            self._ops.change(translate("ActorRecord", "Delete actor"), lambda: self._catalog.trash.delete([uuid]))

    def _open_relation(self) -> None:
        row = self.relations.table.currentRow()
        known = self.relations.data(row, 1) if row >= 0 else None
        if isinstance(known, tuple) and known[0] and known[1] == self.relations.text(row, 1):
            self.actor_chosen.emit(known[0])

    def _edited(self, *_args) -> None:
        if not self._loading:
            self._update_state()

    def _update_state(self) -> None:
        problems = self.problems()
        self.problem.setText(" ".join(problems))
        self.problem.setVisible(bool(problems))
        dirty = self.has_unsaved_edits()
        self.save_button.setEnabled(dirty and not problems)
        self.revert_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.view is not None)


def _comparable(value: object) -> object:
    return sorted(value) if isinstance(value, list) else value


def _identifier_rows(view: ActorView) -> list[tuple[str, str]]:
    return [(scheme, value) for scheme, values in view.identifiers.items() for value in values]


def _add(widget: QListWidget, text: str, uuid: str) -> None:
    item = QListWidgetItem(text)
    item.setToolTip(text)
    item.setData(Qt.ItemDataRole.UserRole, uuid)
    widget.addItem(item)
