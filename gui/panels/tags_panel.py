"""The tag tree: counts and colours; rename, merge, colour and delete from its context menu;
drop records from the list on a tag to tag them. Choosing a tag filters the centre list.

The tree and its counts are read on the task runner (``Catalog.tag_tree``), at start and
after each change that can move a count. A catalogue without tags says how they come.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHeaderView,
    QInputDialog,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from catalog import Changes
from gui.i18n import translate
from gui.icons import icon
from gui.models.tag_tree import TagTreeModel
from gui.operations import Operations
from gui.panel_loader import PanelLoader
from gui.panels.empty_state import EmptyState
from gui.panels.section_title import section_title


class TagsPanel(QWidget):
    """Emits ``tag_chosen(path)`` when the user picks a tag, ``bibliography_requested(path)``
    when they ask for the bibliography of its documents. Reads and writes go through
    ``ops`` (its task runner); ``loader.loaded`` fires when the tree was (re)filled."""

    tag_chosen = Signal(str)
    bibliography_requested = Signal(str)

    def __init__(self, catalog, ops: Operations, parent=None):
        super().__init__(parent)
        self._catalog = catalog
        self._ops = ops
        self.model = TagTreeModel(self)
        self.model.records_dropped.connect(self.tag_records)
        self.view = QTreeView()
        self.view.setAccessibleName(translate("TagsPanel", "Tags"))
        self.view.setAccessibleDescription(translate("TagsPanel", "The tag tree with counts; Enter lists a tag's records"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.header().setStretchLastSection(False)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(translate("TagsPanel", "Tags")))
        self.empty = EmptyState(
            "tag", translate("TagsPanel", "No tags yet"), translate("TagsPanel", "Select records and press Ctrl+T (Edit → Tag selection), or type tags in a record's Tags field."),
            icon_size=32,
        )  # fmt: skip
        self.pages = QStackedWidget()
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages)
        self.loader = PanelLoader(ops.tasks, translate("TagsPanel", "Counting tags"), catalog.tags.tree, self._show_tags, self)
        self.refresh()

    # ----- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the tags and their counts again (on the worker)."""
        self.loader.request()

    def _show_tags(self, tree) -> None:
        expanded = self._expanded_paths()
        self.model.set_tags([view for view, _count in tree], {view.path: count for view, count in tree})
        # no tags yet: how they come, in the tree's place
        self.pages.setCurrentWidget(self.view if self.model.rowCount() else self.empty)
        wanted = set(expanded) if expanded else None  # at first every top-level tag opens
        for index in self._indexes(wanted is not None):
            if wanted is None or self.model.path_at(index) in wanted:
                self.view.expand(index)

    def apply_changes(self, changes: Changes) -> None:
        # counts move whenever a record is tagged, created or deleted
        if any(changes.touched(kind) for kind in ("tag", "document", "quote", "actor")):
            self.refresh()

    def _indexes(self, deep: bool, only_expanded: bool = False):
        """Indexes of the tags with children (all levels if ``deep``, else the top level);
        with ``only_expanded``, only below expanded ones."""
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.model.rowCount(index):
                    yield index
                    if deep and (not only_expanded or self.view.isExpanded(index)):
                        stack.append(index)

    def _expanded_paths(self) -> list[str]:
        return [self.model.path_at(i) for i in self._indexes(True, only_expanded=True) if self.view.isExpanded(i)]

    # ----- actions (no prompts: callable from tests and menus alike) ----------------------
    def tag_records(self, uuids: list[str], path: str) -> None:
        if uuids:
            refs = list(uuids)
            self._ops.change(translate("TagsPanel", "Tag “{path}”").format(path=path), lambda: self._catalog.tags.apply(refs, path))

    def rename(self, path: str, new_path: str) -> None:
        if new_path and new_path != path:
            self._ops.change(translate("TagsPanel", "Rename tag “{path}”").format(path=path), lambda: self._catalog.tags.rename(path, new_path))

    def merge(self, source: str, target: str) -> None:
        self._ops.change(translate("TagsPanel", "Merge tag “{path}”").format(path=source), lambda: self._catalog.tags.merge(source, target))

    def delete(self, path: str) -> None:
        self._ops.change(translate("TagsPanel", "Delete tag “{path}”").format(path=path), lambda: self._catalog.tags.delete(path))

    def set_colour(self, path: str, colour: str) -> None:
        self._ops.change(translate("TagsPanel", "Colour tag “{path}”").format(path=path), lambda: self._catalog.tags.add(path, colour=colour))

    def add(self, path: str) -> None:
        self._ops.change(translate("TagsPanel", "Add tag “{path}”").format(path=path), lambda: self._catalog.tags.add(path))

    # ----- UI ----------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        path = self.model.path_at(index)
        if path:
            self.tag_chosen.emit(path)

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        path = self.model.path_at(index)
        menu = QMenu(self)
        menu.addAction(icon("tag_selection"), translate("TagsPanel", "New tag…"), self._ask_new)
        if path:
            menu.addAction(icon("list_records"), translate("TagsPanel", "Show tagged records"), lambda: self.tag_chosen.emit(path))
            menu.addAction(icon("export_bibliography"), translate("TagsPanel", "Export bibliography…"), lambda: self.bibliography_requested.emit(path))
            menu.addSeparator()
            menu.addAction(icon("rename"), translate("TagsPanel", "Rename or move…"), lambda: self._ask_rename(path))
            menu.addAction(icon("merge"), translate("TagsPanel", "Merge into…"), lambda: self._ask_merge(path))
            menu.addAction(icon("colour"), translate("TagsPanel", "Colour…"), lambda: self._ask_colour(path))
            menu.addSeparator()
            menu.addAction(icon("trash"), translate("TagsPanel", "Delete tag"), lambda: self._ask_delete(path))
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _ask_new(self) -> None:
        path, ok = QInputDialog.getText(self, translate("TagsPanel", "New tag"), translate("TagsPanel", "Tag path (Parent/Child):"))
        if ok and path.strip():
            self.add(path.strip())

    def _ask_rename(self, path: str) -> None:
        new_path, ok = QInputDialog.getText(self, translate("TagsPanel", "Rename tag"), translate("TagsPanel", "New path (Parent/Child moves it):"), text=path)
        if ok:
            self.rename(path, new_path.strip())

    def _ask_merge(self, path: str) -> None:
        others = [p for p in self._catalog.tags.paths() if p != path and not p.startswith(path + "/")]
        if not others:
            return
        target, ok = QInputDialog.getItem(self, translate("TagsPanel", "Merge tag"), translate("TagsPanel", "Merge “{path}” into:").format(path=path), others, 0, False)
        if ok:
            self.merge(path, target)

    def _ask_colour(self, path: str) -> None:
        colour = QColorDialog.getColor(parent=self, title=translate("TagsPanel", "Colour of “{path}”").format(path=path))
        if colour.isValid():
            self.set_colour(path, colour.name())

    def _ask_delete(self, path: str) -> None:
        answer = QMessageBox.question(
            self, translate("TagsPanel", "Delete tag"), translate("TagsPanel", "Delete the tag “{path}” and its sub-tags? The records stay; Edit → Undo brings the tags back.").format(path=path)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(path)
