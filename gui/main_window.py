"""The main window: assembles the panels, actions and menus, and wires them together.

Left: tags, actors, publications / saved searches / trash. Centre: the record list (or the
search results) and the timeline. Right: the record, the reader given the most room. Top: the
search bar. Bottom: the status bar. View → Panes hides what is not in use (remembered), View →
Appearance switches between the system's look and Pressmark's light and dark palettes; every
icon is drawn again in the new palette. Every change arrives as ``Changes`` on
``ops.changed`` and is handed to each panel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gui.actions import WindowActions
from gui.citing import CitationCommands, StyleMenu
from gui.file_drop import FileDropFilter
from gui.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from gui.icons import icon, refresh_icons, set_icon
from gui.panels.actor_duplicates import DuplicatesDialog
from gui.panels.actors_panel import ActorsPanel
from gui.panels.centre import CentrePanel
from gui.panels.co_quotation_graph import CoQuotationDialog
from gui.panels.index_banner import IndexBanner
from gui.panels.publications_panel import PublicationsPanel
from gui.panels.record_pane import RecordPane
from gui.panels.reused_view import ReusedDialog
from gui.panels.saved_searches_panel import SavedSearchesPanel
from gui.panels.search_bar import SearchBar
from gui.panels.statement_view import StatementDialog
from gui.panels.status import StatusPanel
from gui.panels.tags_panel import TagsPanel
from gui.panels.trash_panel import TrashPanel
from gui.settings import APPEARANCES, INTERFACE_LANGUAGES, AppSettings
from gui.theme import apply_appearance
from gui.window_commands import WindowCommands
from gui.workspace import Workspace

SPLITTERS = ("main", "left", "record", "centre")
# the panes View → Panes shows or hides, by the name their choice is remembered under
# (their texts are translated, context "MainWindow", when the menu is made)
PANES = {
    "sidebar": QT_TRANSLATE_NOOP("MainWindow", "&Tags and actors"),
    "more": QT_TRANSLATE_NOOP("MainWindow", "&Publications, searches and trash"),
    "timeline": QT_TRANSLATE_NOOP("MainWindow", "T&imeline"),
    "details": QT_TRANSLATE_NOOP("MainWindow", "Record &details beside the reader"),
}
APPEARANCE_TEXTS = {
    "system": QT_TRANSLATE_NOOP("MainWindow", "&System"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
}
APPEARANCE_TIPS = {
    "system": QT_TRANSLATE_NOOP("MainWindow", "Look like the rest of the system"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "Pressmark's light palette"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "Pressmark's dark palette"),
}


class MainWindow(QMainWindow):
    """The window over one :class:`Workspace`. Signals ask the controller to switch
    catalogue: ``open_requested(path)``, ``new_requested()``, ``open_dialog_requested()``,
    or to put a backup in place: ``restore_requested(backup path)``; ``closed()`` after the
    window saved its layout."""

    open_requested = Signal(Path)
    restore_requested = Signal(Path)
    new_requested = Signal()
    open_dialog_requested = Signal()
    closed = Signal()

    def __init__(self, workspace: Workspace, settings: AppSettings, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        catalog, ops = workspace.catalog, workspace.ops
        title = translate("MainWindow", "Pressmark — {name} (read-only)") if catalog.read_only else translate("MainWindow", "Pressmark — {name}")
        self.setWindowTitle(title.format(name=catalog.name))
        self.setWindowIcon(icon("pressmark"))
        self.setObjectName("MainWindow")
        self._asked_to_close = False

        # ----- panels --------------------------------------------------------------------
        # the list reads its ids here, before the side panels start reading counts on the worker
        self.centre = CentrePanel(catalog, workspace.tasks)
        self.record = RecordPane(catalog, ops)
        self.tags = TagsPanel(catalog, ops)
        self.actors = ActorsPanel(catalog, workspace.tasks, ops)
        self.actors.filter.setAccessibleName(translate("MainWindow", "Filter actors"))
        self.actors.view.setAccessibleName(translate("MainWindow", "Actors"))
        self.actors.view.setAccessibleDescription(translate("MainWindow", "Actors by type with their counts; Enter lists an actor's records"))
        self.publications = PublicationsPanel(catalog, workspace.tasks)
        self.saved = SavedSearchesPanel(catalog, ops)
        self.trash = TrashPanel(catalog, ops)
        self.left_tabs = QTabWidget()
        self.left_tabs.setDocumentMode(True)
        # narrower tabs: the three fit the left column at 1024 pixels instead of scrolling
        self.left_tabs.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 8px; }")
        self.left_tabs.tabBar().setUsesScrollButtons(False)  # the column is never narrower than its tabs
        self.left_tabs.addTab(self.publications, translate("MainWindow", "Publications"))
        self.left_tabs.addTab(self.saved, translate("MainWindow", "Searches"))
        self.left_tabs.addTab(self.trash, translate("MainWindow", "Trash"))
        self.left = QSplitter(Qt.Orientation.Vertical)
        for panel in (self.tags, self.actors, self.left_tabs):
            self.left.addWidget(panel)
        self.left.setSizes([220, 360, 150])
        self.main = QSplitter(Qt.Orientation.Horizontal)
        for panel in (self.left, self.centre, self.record):
            self.main.addWidget(panel)
        self.main.setStretchFactor(0, 0)
        self.main.setStretchFactor(1, 2)
        self.main.setStretchFactor(2, 3)
        # the record gets the room: the reader, and beside it a column as wide as the quote's
        # record needs (its buttons side by side)
        self.main.setSizes([245, 315, 880])
        self.record.document_page.setSizes([445, 435])
        self.search = SearchBar()
        self.co_quotations: CoQuotationDialog | None = None  # made when first asked for
        self.duplicates: DuplicatesDialog | None = None  # likewise
        self.statement_view: StatementDialog | None = None  # made when first asked for
        self.reused_view: ReusedDialog | None = None  # made when first asked for
        self.status = StatusPanel(catalog, workspace.tasks)
        self.setStatusBar(self.status)
        self.index_banner = IndexBanner(workspace.tasks)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.index_banner)
        layout.addWidget(self.main)
        self.setCentralWidget(central)

        # ----- actions, menus, toolbar ---------------------------------------------------
        self.commands = WindowCommands(self, workspace)
        self.citing = CitationCommands(self, workspace, settings)
        self.actions_ = WindowActions(self)
        self._build_menus()
        self._build_toolbar()
        self._connect_actions()
        self._connect_panels()
        self.centre.records.context_actions = [
            self.actions_.tag_selection, self.actions_.delete_selection, None, self.actions_.where_else,
            self.actions_.copy_citation, self.actions_.export_bibliography,
        ]  # fmt: skip
        self.centre.records.table.addAction(self.actions_.delete_selection)
        self.centre.records.import_requested.connect(self.commands.ask_import_files)
        self.record.reader.add_context_actions([self.actions_.quote_selection, self.actions_.copy_citation])
        self.setAcceptDrops(True)
        self.file_drop = FileDropFilter(self)
        self.file_drop.paths_dropped.connect(self.commands.import_paths)
        QApplication.instance().installEventFilter(self.file_drop)
        self.restore_layout()

    # ----- assembly ----------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        file_menu.addActions([a.new_catalog, a.open_catalog])
        self.recent_menu = file_menu.addMenu(translate("MainWindow", "Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addActions([a.import_files, a.import_folder])
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
        self.export_menu.addActions([a.export_bundle, a.export_kwic])
        file_menu.addAction(a.import_bundle)
        file_menu.addAction(a.export_bibliography)
        file_menu.addSeparator()
        file_menu.addAction(a.quit)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        edit_menu.addActions([a.undo, a.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([a.quote_selection, a.tag_selection, a.delete_selection, a.save_metadata, a.accept_all])
        edit_menu.addSeparator()
        edit_menu.addAction(a.copy_citation)
        self.style_menu = StyleMenu(self.citing, edit_menu)
        edit_menu.addMenu(self.style_menu)
        edit_menu.addSeparator()
        edit_menu.addAction(a.find)
        edit_menu.addSeparator()
        edit_menu.addAction(a.author_name)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        view_menu.addActions([a.show_documents, a.show_quotes, a.show_actors, a.clear_filter])
        view_menu.addAction(a.show_kwic)
        view_menu.addSeparator()
        view_menu.addActions([a.quoted_together, a.possible_duplicates, a.where_else, a.reused_passages])
        view_menu.addSeparator()  # proposals marked in the reader (Alt+N / Alt+A / Alt+R there)
        proposals = self.record.reader.show_proposals_action
        proposals.setChecked(self.settings.proposals_shown())  # remembered from the last window
        proposals.toggled.connect(self.settings.set_proposals_shown)
        view_menu.addAction(proposals)
        set_icon(proposals, "toggle")
        view_menu.addSeparator()
        self._build_view_choices(view_menu)
        tools_menu = bar.addMenu(translate("MainWindow", "&Tools"))
        tools_menu.addActions([a.reindex, a.check])
        tools_menu.addSeparator()
        tools_menu.addActions([a.backup_now, a.restore_backup])
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        help_menu.addActions([a.shortcuts, a.about])
        for menu, name in ((self.recent_menu, "recent_catalog"), (self.export_menu, "export"), (self.style_menu, "citation_style")):
            set_icon(menu.menuAction(), name)
        # the styles are listed anew each time the menu opens (StyleMenu.fill, connected first)
        self.style_menu.aboutToShow.connect(self._mark_styles)
        self._mark_styles()

    def _build_view_choices(self, view_menu) -> None:
        """View → Panes (a tick for each pane shown), View → Appearance (System, Light,
        Dark) and View → Language (System, English, العربية, from the next start); all
        remembered in the settings."""
        panes_menu = view_menu.addMenu(translate("MainWindow", "&Panes"))
        set_icon(panes_menu.menuAction(), "panes")
        self.pane_actions: dict[str, QAction] = {}
        for name, text in PANES.items():
            action = panes_menu.addAction(translate("MainWindow", text))
            action.setObjectName(f"pane_{name}")
            action.setCheckable(True)
            action.setChecked(True)
            set_icon(action, "toggle")
            action.toggled.connect(lambda shown, n=name: self.show_pane(n, shown))
            self.pane_actions[name] = action
        appearance_menu = view_menu.addMenu(translate("MainWindow", "&Appearance"))
        set_icon(appearance_menu.menuAction(), "appearance")
        group = QActionGroup(self)
        self.appearance_actions: dict[str, QAction] = {}
        chosen = self.settings.appearance()
        for name in APPEARANCES:
            action = appearance_menu.addAction(translate("MainWindow", APPEARANCE_TEXTS[name]))
            action.setObjectName(f"appearance_{name}")
            action.setCheckable(True)
            action.setChecked(name == chosen)
            action.setStatusTip(translate("MainWindow", APPEARANCE_TIPS[name]))
            set_icon(action, "choice")
            action.triggered.connect(lambda _checked=False, n=name: self.set_appearance(n))
            group.addAction(action)
            self.appearance_actions[name] = action
        language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        language_menu.setObjectName("language_menu")
        set_icon(language_menu.menuAction(), "language")
        languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen_language = self.settings.language()
        for code in INTERFACE_LANGUAGES:
            # each language is named in itself, so it can be found whatever the interface shows
            text = LANGUAGES.get(code) or translate("MainWindow", "&System")
            action = language_menu.addAction(text)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen_language)
            action.setStatusTip(translate("MainWindow", "The language of menus and labels, from the next start"))
            set_icon(action, "choice")
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            languages.addAction(action)
            self.language_actions[code] = action

    def _mark_styles(self) -> None:
        for action in self.style_menu.actions():
            if not action.isSeparator():
                set_icon(action, "choice" if action.isCheckable() else "citation_style")

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("MainWindow", "Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.addActions([self.actions_.import_files, self.actions_.quote_selection, self.actions_.tag_selection])
        toolbar.addSeparator()
        toolbar.addActions([self.actions_.undo, self.actions_.redo])
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)

    def _connect_actions(self) -> None:
        a, c = self.actions_, self.commands
        a.new_catalog.triggered.connect(lambda: self.new_requested.emit())
        a.open_catalog.triggered.connect(lambda: self.open_dialog_requested.emit())
        a.import_files.triggered.connect(c.ask_import_files)
        a.import_folder.triggered.connect(c.ask_import_folder)
        a.export_bundle.triggered.connect(c.ask_export_bundle)
        a.import_bundle.triggered.connect(c.ask_import_bundle)
        a.export_bibliography.triggered.connect(lambda: self.citing.ask_export_bibliography())
        a.copy_citation.triggered.connect(lambda: self.citing.copy_citation())
        a.export_kwic.triggered.connect(c.ask_export_kwic)
        a.show_kwic.triggered.connect(c.show_kwic)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(lambda: self.workspace.ops.undo())
        a.redo.triggered.connect(lambda: self.workspace.ops.redo())
        a.author_name.triggered.connect(c.ask_author_name)
        a.quote_selection.triggered.connect(c.quote_selection)
        a.tag_selection.triggered.connect(c.ask_tag_selection)
        a.delete_selection.triggered.connect(c.delete_selection)
        a.save_metadata.triggered.connect(c.save_metadata)
        a.accept_all.triggered.connect(c.accept_all)
        a.find.triggered.connect(lambda: (self.search.edit.setFocus(), self.search.edit.selectAll()))
        a.show_documents.triggered.connect(lambda: self.show_kind("document"))
        a.show_quotes.triggered.connect(lambda: self.show_kind("quote"))
        a.show_actors.triggered.connect(lambda: self.show_kind("actor"))
        a.clear_filter.triggered.connect(self.show_all)
        a.quoted_together.triggered.connect(lambda: self.show_co_quotations())
        a.possible_duplicates.triggered.connect(lambda: self.show_duplicates())
        a.where_else.triggered.connect(lambda: self.show_statement())
        a.reused_passages.triggered.connect(lambda: self.show_reused())
        a.reindex.triggered.connect(c.reindex)
        a.check.triggered.connect(lambda: c.check())
        a.backup_now.triggered.connect(c.backup_now)
        a.restore_backup.triggered.connect(c.ask_restore)
        a.shortcuts.triggered.connect(c.shortcuts)
        a.about.triggered.connect(c.about)

    def _connect_panels(self) -> None:
        records, results, record = self.centre.records, self.centre.results, self.record
        self.tags.tag_chosen.connect(lambda path: self.filter_list("tag", path, translate("MainWindow", "Tag: {name}").format(name=path)))
        self.tags.bibliography_requested.connect(lambda path: self.citing.ask_export_bibliography(tag=path))
        record.quote.citation_requested.connect(lambda uuid: self.citing.copy_citation([uuid]))
        self.actors.actor_chosen.connect(self._actor_chosen)
        self.actors.duplicates_requested.connect(lambda: self.show_duplicates())
        record.actor.graph_requested.connect(self.show_co_quotations)
        record.quote.trace_requested.connect(self.show_statement)
        self.publications.publication_chosen.connect(lambda name: self.filter_list("publication", name, translate("MainWindow", "Publication: {name}").format(name=name)))
        self.saved.search_chosen.connect(self.search.set_text)
        self.centre.timeline.month_chosen.connect(lambda month: self.filter_list("month", month, translate("MainWindow", "Month: {name}").format(name=month)))
        self.centre.timeline.year_chosen.connect(lambda year: self.search.set_text(f"year:{year}"))
        records.record_chosen.connect(record.show_record)
        # after the list's own handling of the click that asked to leave: select the row again
        record.stayed.connect(lambda kind, uuid: QTimer.singleShot(0, lambda: self._show_in_list(kind, uuid)))
        results.hit_chosen.connect(record.show_record)
        results.facet_chosen.connect(self.search.narrow)
        results.query_failed.connect(self.search.show_error)
        self.search.search_changed.connect(self.centre.search)
        self.search.save_requested.connect(self.saved.save)
        self.saved.saved.connect(lambda _name: self._show_saved_searches())
        for panel in (self.tags, self.actors, self.publications, self.trash, self.centre, self.record, self.status):
            self.workspace.ops.changed.connect(panel.apply_changes)
        # the Edit menu shows the catalogue's own undo status, read at opening and after each change
        ops = self.workspace.ops
        writable = not self.workspace.catalog.read_only
        ops.undo_status_changed.connect(lambda status: self.actions_.show_undo_status(status, writable))
        self.actions_.show_undo_status(ops.undo_status, writable)
        ops.refresh_undo_status()
        # an index that could not follow a change is rebuilt in the background
        self.workspace.ops.changed.connect(lambda _changes: self.commands.repair_index())
        self.workspace.ops.changed.connect(lambda _changes: self.commands.schedule_index_tidy())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_catalogs():
            action = self.recent_menu.addAction(str(path))
            set_icon(action, "recent_catalog")
            action.triggered.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
        self.recent_menu.setEnabled(bool(self.recent_menu.actions()))

    # ----- navigation --------------------------------------------------------------------
    def filter_list(self, name: str, value: str, label: str) -> None:
        """Leave any search and show the list narrowed by one filter."""
        self.search.set_text("")
        self.centre.show_list()
        self.centre.records.set_filter(name, value, label)

    def show_kind(self, kind: str) -> None:
        self.search.set_text("")
        self.centre.show_list()
        self.centre.records.set_kind(kind)

    def show_all(self) -> None:
        self.search.set_text("")
        self.centre.show_list()
        self.centre.records.clear_filter()

    def select_first_document(self) -> bool:
        """Show documents and select the first one (used at start and for screenshots)."""
        self.show_kind("document")
        return self.centre.records.select_first()

    def show_co_quotations(self, current: str = "") -> CoQuotationDialog:
        """Open (or raise) the "Quoted together" graph; ``current`` rings one speaker."""
        dialog = self.co_quotations
        if dialog is None:
            dialog = self.co_quotations = CoQuotationDialog(self.workspace.catalog, self.workspace.tasks, self)
            dialog.actor_chosen.connect(self._actor_chosen)
        dialog.load(current)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_duplicates(self) -> DuplicatesDialog:
        """Open (or raise) the Possible duplicate actors window and look for pairs again."""
        dialog = self.duplicates
        if dialog is None:
            dialog = self.duplicates = DuplicatesDialog(self.workspace.catalog, self.workspace.ops, self)
            dialog.actor_chosen.connect(self._actor_chosen)
        dialog.show()
        dialog.raise_()
        dialog.refresh()
        return dialog

    def show_statement(self, quote_uuid: str = "") -> StatementDialog | None:
        """Open (or raise) the Statement view for ``quote_uuid``; by default the quote chosen
        in the quotes list, else the one shown beside the reader (None, and a word in the
        status bar, when there is neither)."""
        uuid = quote_uuid or self._chosen_quote()
        if not uuid:
            self.status.showMessage(translate("MainWindow", "Choose a quote first: “Where else?” looks for its statement in other documents"), 6000)
            return None
        dialog = self.statement_view
        if dialog is None:
            dialog = self.statement_view = StatementDialog(self.workspace.catalog, self.workspace.tasks, self)
            dialog.place_chosen.connect(self._open_place)
        excerpt = self.record.quote.view.exact if self.record.quote.view is not None and self.record.quote.view.uuid == uuid else ""
        dialog.load(uuid, excerpt)
        dialog.show()
        dialog.raise_()
        return dialog

    def show_reused(self) -> ReusedDialog:
        """Open (or raise) the list of reused passages, found again on the worker."""
        dialog = self.reused_view
        if dialog is None:
            dialog = self.reused_view = ReusedDialog(self.workspace.catalog, self.workspace.tasks, self)
            dialog.place_chosen.connect(self._open_place)
        dialog.load()
        dialog.show()
        dialog.raise_()
        return dialog

    def _chosen_quote(self) -> str:
        records = self.centre.records
        if not self.centre.searching and records.kind == "quote":
            selected = records.selected_uuids()
            if selected:
                return selected[0]
        return self.record.uuid if self.record.kind == "quote" else ""

    def _open_place(self, document_uuid: str, start: int, end: int) -> None:
        """Show the document and select ``start``–``end`` of its text (an occurrence)."""
        self.record.show_document(document_uuid)
        if self.record.reader.view is not None and self.record.reader.view.uuid == document_uuid:
            self.record.reader.select_span(start, end)

    def _show_in_list(self, kind: str, uuid: str) -> None:
        """Make the record shown the list's current row again (it stayed: see RecordPane)."""
        records = self.centre.records
        if not self.centre.searching and records.kind == kind and self.record.uuid == uuid:
            records.select_uuid(uuid)

    def _actor_chosen(self, uuid: str) -> None:
        if not self.record.may_leave(next_actor=uuid):
            return  # the user stays with unsaved edits: the list keeps what it shows
        name = self.workspace.catalog.actors.get(uuid).name
        self.filter_list("actor", uuid, translate("MainWindow", "Actor: {name}").format(name=name))
        self.record.show_actor(uuid)

    def _show_saved_searches(self) -> None:
        """A search just saved shows in its list, even when that pane was hidden."""
        for pane in ("sidebar", "more"):
            self.pane_actions[pane].setChecked(True)
        self.left_tabs.setCurrentWidget(self.saved)

    # ----- panes and appearance ----------------------------------------------------------
    def panes(self) -> dict[str, QWidget]:
        """The widgets View → Panes shows or hides, by name (see ``PANES``)."""
        return {"sidebar": self.left, "more": self.left_tabs, "timeline": self.centre.timeline, "details": self.record.side}

    def show_pane(self, name: str, shown: bool) -> None:
        """Show or hide the pane ``name`` and remember it (its menu entry follows)."""
        self.panes()[name].setVisible(shown)
        action = self.pane_actions[name]
        if action.isChecked() != shown:
            action.setChecked(shown)
        self.settings.set_pane_shown(name, shown)

    def set_appearance(self, name: str) -> None:
        """Switch the whole application to ``name`` (``system``, ``light``, ``dark``) now,
        and remember it."""
        self.settings.set_appearance(name)
        apply_appearance(QApplication.instance(), name)
        self.appearance_actions[name].setChecked(True)

    def set_language(self, code: str) -> None:
        """Remember the interface language ``code`` (``system``, ``en``, ``ar``); it takes
        effect at the next start, which the status bar says."""
        self.settings.set_language(code)
        self.language_actions[code].setChecked(True)
        self.status.showMessage(translate("MainWindow", "The new language takes effect when Pressmark is started again"), 8000)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            refresh_icons(self)  # drawn again in the new palette's colours
        super().changeEvent(event)

    # ----- layout ------------------------------------------------------------------------
    def splitters(self) -> dict[str, QSplitter]:
        return {"main": self.main, "left": self.left, "record": self.record.document_page, "centre": self.centre.splitter}

    def restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size()))
        state = self.settings.window_state()
        if state is not None:
            self.restoreState(state)
        for name, splitter in self.splitters().items():
            saved = self.settings.splitter_state(name)
            if saved is not None:
                splitter.restoreState(saved)
        for name in PANES:
            shown = self.settings.pane_shown(name)
            self.panes()[name].setVisible(shown)
            self.pane_actions[name].setChecked(shown)

    def save_layout(self) -> None:
        self.settings.set_window_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for name, splitter in self.splitters().items():
            self.settings.set_splitter_state(name, splitter.saveState())

    # ----- closing -----------------------------------------------------------------------
    def may_close(self, proceed: Callable[[], object]) -> bool:
        """Whether the window may close now; unsaved edits in the record's forms are asked
        about first (see :meth:`RecordPane.may_close`: after Save, ``proceed()`` follows
        once saved; Cancel keeps the window)."""
        return self.record.may_close(proceed)

    def close_without_asking(self) -> None:
        """Close, dropping unsaved edits (the controller asked already, or is restoring)."""
        self._asked_to_close = True
        self.close()

    def closeEvent(self, event) -> None:
        # File → Quit, the title bar's button, the system closing the window: all ask here
        if not self._asked_to_close and not self.may_close(self.close):
            event.ignore()
            return
        self.save_layout()
        super().closeEvent(event)
        self.closed.emit()


def first_size(screen: QSize) -> QSize:
    """The window's size on a first start: 1440×900, or less on a smaller ``screen`` (what is
    free of panels and docks), so that no part of the window starts out of sight."""
    return QSize(min(1440, screen.width() * 19 // 20), min(900, screen.height() * 19 // 20))
