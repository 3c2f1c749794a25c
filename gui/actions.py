"""The window's actions, their shortcuts, and the table Help → Keyboard shortcuts shows.

:class:`WindowActions` only creates the ``QAction`` objects; the main window puts them in
menus and connects them. Undo and redo show the catalogue's undo status
(:meth:`WindowActions.show_undo_status`), so their text names the change ("Undo Create quote").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from catalog import UndoStatus
from gui.catalog_text import catalog_text, operation_text
from gui.i18n import QT_TRANSLATE_NOOP, translate
from gui.icons import set_icon

# name: (menu text, shortcut, status tip); each action's icon is the one of its name in gui.icons;
# the texts are translated (context "Actions") when the actions are made
SPECS: dict[str, tuple[str, str, str]] = {
    "new_catalog": (QT_TRANSLATE_NOOP("Actions", "&New catalogue…"), "Ctrl+Shift+N", QT_TRANSLATE_NOOP("Actions", "Create a new, empty catalogue folder")),
    "open_catalog": (QT_TRANSLATE_NOOP("Actions", "&Open catalogue…"), "Ctrl+O", QT_TRANSLATE_NOOP("Actions", "Open another catalogue folder")),
    "import_files": (QT_TRANSLATE_NOOP("Actions", "&Import files…"), "Ctrl+I", QT_TRANSLATE_NOOP("Actions", "Import article files (HTML, Markdown, text, PDF, DOCX), reference lists (RIS, CSL-JSON) or REFI-QDA projects")),
    "import_folder": (QT_TRANSLATE_NOOP("Actions", "Import &folder…"), "", QT_TRANSLATE_NOOP("Actions", "Import every article file in a folder")),
    "export_bundle": (QT_TRANSLATE_NOOP("Actions", "&Export bundle…"), "Ctrl+Shift+E", QT_TRANSLATE_NOOP("Actions", "Export the catalogue, the selection, a tag or a search as a bundle (zip)")),
    "export_kwic": (QT_TRANSLATE_NOOP("Actions", "&KWIC as CSV…"), "", QT_TRANSLATE_NOOP("Actions", "Write each hit of the current search in its context (keyword in context) as a CSV file")),
    "import_bundle": (QT_TRANSLATE_NOOP("Actions", "Import &bundle…"), "Ctrl+Shift+I", QT_TRANSLATE_NOOP("Actions", "Check a bundle, preview what it would change, and import it")),
    "export_bibliography": (QT_TRANSLATE_NOOP("Actions", "Export bib&liography…"), "", QT_TRANSLATE_NOOP("Actions", "Write the bibliography of the selection or of a tag as text, HTML or CSL-JSON")),
    "quit": (QT_TRANSLATE_NOOP("Actions", "&Quit"), "Ctrl+Shift+Q", QT_TRANSLATE_NOOP("Actions", "Close Pressmark")),
    "undo": (QT_TRANSLATE_NOOP("Actions", "&Undo"), "Ctrl+Z", QT_TRANSLATE_NOOP("Actions", "Nothing to undo")),
    "redo": (QT_TRANSLATE_NOOP("Actions", "&Redo"), "Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Actions", "Nothing to redo")),
    "quote_selection": (QT_TRANSLATE_NOOP("Actions", "&Quote selection…"), "Ctrl+Q", QT_TRANSLATE_NOOP("Actions", "Make a quote of the text selected in the reader")),
    "copy_citation": (QT_TRANSLATE_NOOP("Actions", "Copy with &citation"), "Ctrl+Shift+C", QT_TRANSLATE_NOOP("Actions", "Copy the selected words, the quote or the document with its source, in the chosen citation style")),
    "tag_selection": (QT_TRANSLATE_NOOP("Actions", "&Tag selection…"), "Ctrl+T", QT_TRANSLATE_NOOP("Actions", "Tag the selected records")),
    "delete_selection": (QT_TRANSLATE_NOOP("Actions", "&Delete selection"), "Del", QT_TRANSLATE_NOOP("Actions", "Move the selected records to the trash")),
    "save_metadata": (QT_TRANSLATE_NOOP("Actions", "&Save metadata"), "Ctrl+S", QT_TRANSLATE_NOOP("Actions", "Save the changed metadata fields")),
    "accept_all": (QT_TRANSLATE_NOOP("Actions", "&Accept all proposals"), "Ctrl+Shift+A", QT_TRANSLATE_NOOP("Actions", "Accept every proposal for the open document")),
    "author_name": (QT_TRANSLATE_NOOP("Actions", "Your &name in the history…"), "", QT_TRANSLATE_NOOP("Actions", "The name your changes carry in the records' history")),
    "find": (QT_TRANSLATE_NOOP("Actions", "&Find…"), "Ctrl+F", QT_TRANSLATE_NOOP("Actions", "Go to the search box")),
    "show_documents": (QT_TRANSLATE_NOOP("Actions", "&Documents"), "Ctrl+1", QT_TRANSLATE_NOOP("Actions", "List documents")),
    "show_quotes": (QT_TRANSLATE_NOOP("Actions", "&Quotes"), "Ctrl+2", QT_TRANSLATE_NOOP("Actions", "List quotes")),
    "show_actors": (QT_TRANSLATE_NOOP("Actions", "&Actors"), "Ctrl+3", QT_TRANSLATE_NOOP("Actions", "List actors")),
    "clear_filter": (QT_TRANSLATE_NOOP("Actions", "Show &all"), "Ctrl+0", QT_TRANSLATE_NOOP("Actions", "Clear the search and the filter")),
    "show_kwic": (QT_TRANSLATE_NOOP("Actions", "Hits in &context"), "", QT_TRANSLATE_NOOP("Actions", "Show each hit of the current search in its context, one line per occurrence")),
    "quoted_together": (QT_TRANSLATE_NOOP("Actions", "Quoted &together…"), "", QT_TRANSLATE_NOOP("Actions", "Show which speakers are quoted in the same documents")),
    "possible_duplicates": (QT_TRANSLATE_NOOP("Actions", "Possible d&uplicate actors…"), "", QT_TRANSLATE_NOOP("Actions", "List actors that may be one, to merge them or say they differ")),
    "reused_passages": (QT_TRANSLATE_NOOP("Actions", "&Reused passages…"), "", QT_TRANSLATE_NOOP("Actions", "List the passages several documents carry, most documents first")),
    "where_else": (QT_TRANSLATE_NOOP("Actions", "&Where else?…"), "Ctrl+Shift+W", QT_TRANSLATE_NOOP("Actions", "Show every document carrying the chosen quote's statement, first appearance first")),
    "reindex": (QT_TRANSLATE_NOOP("Actions", "&Reindex"), "", QT_TRANSLATE_NOOP("Actions", "Rebuild the search index from the database")),
    "check": (QT_TRANSLATE_NOOP("Actions", "&Check catalogue…"), "", QT_TRANSLATE_NOOP("Actions", "Check the database, quotes, original files and index; offer to repair")),
    "backup_now": (QT_TRANSLATE_NOOP("Actions", "&Back up now"), "", QT_TRANSLATE_NOOP("Actions", "Write a backup of the catalogue's database now")),
    "restore_backup": (QT_TRANSLATE_NOOP("Actions", "Restore from backup…"), "", QT_TRANSLATE_NOOP("Actions", "Go back to one of the catalogue's backups")),
    "shortcuts": (QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), "F1", QT_TRANSLATE_NOOP("Actions", "List the keyboard shortcuts")),
    "about": (QT_TRANSLATE_NOOP("Actions", "&About Pressmark"), "", QT_TRANSLATE_NOOP("Actions", "Version and licence")),
}


class WindowActions:
    """Every action of the main window, as attributes named like the keys of ``SPECS``."""

    def __init__(self, window):
        self.all: dict[str, QAction] = {}
        for name, (source_text, shortcut, source_tip) in SPECS.items():
            text, tip = translate("Actions", source_text), translate("Actions", source_tip)
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setStatusTip(tip)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            set_icon(action, name)
            action.setObjectName(name)
            self.all[name] = action
            setattr(self, name, action)
        # Delete must not fire while typing elsewhere: it belongs to the lists it is added to
        self.delete_selection.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.show_undo_status(UndoStatus())  # until the catalogue's status has been read

    def show_undo_status(self, status: UndoStatus, writable: bool = True) -> None:
        """Name the next undo and redo in the Edit menu ("Undo Edit document"); an action with
        nothing to do, or blocked (its reason then in the tooltip and status tip), is disabled,
        and so are both in a catalogue opened read-only. The toolbar keeps "Undo" / "Redo"."""
        for action, verb, label, blocked in (
            (self.undo, translate("Actions", "Undo"), status.undo, status.undo_blocked),
            (self.redo, translate("Actions", "Redo"), status.redo, status.redo_blocked),
        ):
            undoing = action is self.undo
            if label:
                template = translate("Actions", "Undo {change}") if undoing else translate("Actions", "Redo {change}")
                named = template.format(change=operation_text(label))
            else:
                named = verb
            # a label is the catalogue's text: a tag "R&D" must not become a mnemonic
            action.setText(f"&{named.replace('&', '&&')}")
            action.setIconText(verb)
            nothing = translate("Actions", "Nothing to undo") if undoing else translate("Actions", "Nothing to redo")
            tip = catalog_text(blocked) or (named if label else nothing)
            if not writable:
                tip = translate("Actions", "The catalogue is open read-only")
            action.setToolTip(tip)
            action.setStatusTip(tip)
            action.setEnabled(writable and bool(label) and not blocked)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(shortcut, what it does) for every action that has one, for the shortcuts dialog."""
        rows = []
        for action in self.all.values():
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
            if keys:
                # undo and redo are listed by their verb, not by the change they would undo now
                text = action.iconText() if action in (self.undo, self.redo) else action.text()
                rows.append((keys, text.replace("&", "").rstrip("…").split("\t")[0]))
        rows.append(("Enter", translate("Actions", "Search now (in the search box)")))
        # the reader's own keys for the proposal marked at the cursor (gui.panels.reader)
        rows.append(("Alt+N, Alt+P", translate("Actions", "Next, previous proposal (in the reader)")))
        rows.append(("Alt+A, Alt+E, Alt+R", translate("Actions", "Accept, edit, reject the proposal at the cursor (in the reader)")))
        rows.append((translate("Actions", "Right-click"), translate("Actions", "Quote selection…, copy with citation, tag, rename and merge tags")))
        return rows
