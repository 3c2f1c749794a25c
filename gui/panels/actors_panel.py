"""Actors grouped by type with their counts; a filter box narrows the tree by name.
Choosing an actor filters the centre list (and shows its record). Dragging an actor onto
another of its type merges them, once the user has said yes; "Possible duplicates…" asks the
window for the list of actors that may be one.

The actors and their counts (``Catalog.actor_summaries``) are read on the task runner, at
start and after changes that can move them; the filter narrows what was read, in memory.
A catalogue without actors says how they come, in the tree's place.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from catalog import ActorSummary, Changes
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.icons import set_icon
from gui.models.actor_merge_tree import MergeableActorTreeModel
from gui.models.actor_tree import ActorTreeModel
from gui.operations import Operations
from gui.panel_loader import PanelLoader
from gui.panels.empty_state import EmptyState
from gui.panels.section_title import section_title
from gui.panels.status import count_text
from gui.tasks import TaskRunner

NO_ACTORS = QT_TRANSLATE_NOOP(
    "ActorsPanel",
    "People, organisations and places come with the articles you import: accept the names proposed "
    "in a document's Proposals tab, or link one in its Actors field.",
)  # translated where shown


def confirm_merge(parent: QWidget, keep: ActorSummary, other: ActorSummary) -> bool:
    """Ask (modally) whether to merge ``other`` into ``keep``."""
    buttons = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("ActorsPanel", "Merge actors"), translate("ActorsPanel", "Merge “{other}” into “{keep}”?").format(other=other.name, keep=keep.name),
        buttons.Cancel, parent,
    )  # fmt: skip
    moved = [count_text(what, n) for what, n in (("documents", other.documents), ("quotes", other.quotes)) if n]
    if moved:
        text = translate("ActorsPanel", "“{other}” becomes an alias of “{keep}”, and its {records} move over, with its relations, identifiers and tags. Edit → Undo takes the merge back.")
    else:
        text = translate("ActorsPanel", "“{other}” becomes an alias of “{keep}”, with its relations, identifiers and tags. Edit → Undo takes the merge back.")
    box.setInformativeText(text.format(other=other.name, keep=keep.name, records=translate("ActorsPanel", " and ").join(moved)))
    merge = box.addButton(translate("ActorsPanel", "Merge"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(buttons.Cancel)
    box.exec()
    return box.clickedButton() is merge


class ActorsPanel(QWidget):
    """Emits ``actor_chosen(uuid)``, and ``duplicates_requested()`` for the Possible duplicates
    window. Reads on ``tasks``; with ``ops`` an actor dropped on another is merged into it
    (after ``confirm_merge(parent, keep, other)``, which tests replace), one undoable change.
    ``loader.loaded`` fires when the tree was (re)filled."""

    actor_chosen = Signal(str)
    duplicates_requested = Signal()

    def __init__(self, catalog, tasks: TaskRunner, ops: Operations | None = None, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.confirm_merge = confirm_merge
        self.model = MergeableActorTreeModel(self)
        self.model.actor_dropped.connect(self.merge_dropped)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("ActorsPanel", "Filter actors"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter_changed)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setIndentation(self.fontMetrics().height() - 2)  # names get the room, not the margin
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # the counts' columns are as wide as their largest number (or their title) needs, found
        # from the numbers themselves: measuring every row of a big group would be slow
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._fit_count_columns([])
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        if ops is not None and not catalog.read_only:
            self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
            self.view.setDropIndicatorShown(True)
            self.view.setToolTip(translate("ActorsPanel", "Drag an actor onto another of its type to merge them"))
        self.duplicates_button = QToolButton()
        self.duplicates_button.setText(translate("ActorsPanel", "Duplicates…"))
        self.duplicates_button.setToolTip(translate("ActorsPanel", "List actors that may be one, to merge them or say they differ"))
        self.duplicates_button.clicked.connect(self.duplicates_requested)
        set_icon(self.duplicates_button, "possible_duplicates")
        self.duplicates_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.empty = EmptyState("person", translate("ActorsPanel", "No actors yet"), translate("ActorsPanel", NO_ACTORS), icon_size=32)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        filter_row = QHBoxLayout()
        filter_row.setContentsMargins(0, 0, 0, 0)
        filter_row.addWidget(self.filter, 1)
        filter_row.addWidget(self.duplicates_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(translate("ActorsPanel", "Actors")))
        layout.addLayout(filter_row)
        layout.addWidget(self.pages)
        self.loader = PanelLoader(tasks, translate("ActorsPanel", "Counting actors"), catalog.actors.summaries, self._show_actors, self)
        self.refresh()

    def refresh(self) -> None:
        """Read the actors and their counts again (on the worker)."""
        self.loader.request()

    def _show_actors(self, actors) -> None:
        collapsed = {i.data(ActorTreeModel.KeyRole) for i in self._groups() if not self.view.isExpanded(i)}
        self.model.set_actors(actors, self.filter.text())
        self._fit_count_columns(actors)
        self._expand(collapsed)
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        """The tree, or, when it shows no actor, why: none yet, or none with that name."""
        if self.model.rowCount():
            self.pages.setCurrentWidget(self.view)
            return
        text = self.filter.text().strip()
        if text:
            self.empty.show_message(translate("ActorsPanel", "No actor by that name"), translate("ActorsPanel", "No actor's name contains “{text}”.").format(text=text))
        else:
            self.empty.show_message(translate("ActorsPanel", "No actors yet"), translate("ActorsPanel", NO_ACTORS))
        self.pages.setCurrentWidget(self.empty)

    def _fit_count_columns(self, actors) -> None:
        header = self.view.header()
        padding = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 2
        for column, largest in ((1, max((a.documents for a in actors), default=0)), (2, max((a.quotes for a in actors), default=0))):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            needed = max(header.fontMetrics().horizontalAdvance(title), self.view.fontMetrics().horizontalAdvance(str(largest)))
            header.resizeSection(column, needed + padding)

    def apply_changes(self, changes: Changes) -> None:
        if changes.touched("actor") or changes.touched("quote") or changes.created["document"] or changes.deleted["document"]:
            self.refresh()

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._expand(set())
        self._show_empty_state()

    def _groups(self) -> list[QModelIndex]:
        return [self.model.index(r, 0) for r in range(self.model.rowCount())]

    def _expand(self, collapsed: set[str]) -> None:
        for index in self._groups():
            self.view.setExpanded(index, index.data(ActorTreeModel.KeyRole) not in collapsed)

    def summary(self, uuid: str) -> ActorSummary | None:
        """The row read for ``uuid`` (None when it is not in the tree)."""
        index = self.model.index_of_key(uuid)
        return index.data(ActorTreeModel.PayloadRole) if index.isValid() else None

    def merge_dropped(self, dragged: str, target: str) -> None:
        """The user dropped ``dragged`` on ``target``: ask, then merge ``dragged`` into it."""
        keep, other = self.summary(target), self.summary(dragged)
        if self._ops is None or keep is None or other is None or not self.confirm_merge(self, keep, other):
            return
        self._ops.change(translate("ActorsPanel", "Merge “{other}” into “{keep}”").format(other=other.name, keep=keep.name), lambda: self._catalog.actors.merge(keep.uuid, other.uuid))

    def _clicked(self, index: QModelIndex) -> None:
        key = index.data(ActorTreeModel.KeyRole)
        if key and not key.startswith("type:"):
            self.actor_chosen.emit(key)
