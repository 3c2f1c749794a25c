"""The window's actions, their shortcuts, and the table Help → Keyboard shortcuts shows.

:class:`WindowActions` only creates the ``QAction`` objects; the main window puts them in
menus and connects them. Undo and redo show the catalogue's undo status
(:meth:`WindowActions.show_undo_status`), so their text names the change ("Undo Create quote").
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from catalog import UndoStatus
from gui.icons import set_icon

# name: (menu text, shortcut, status tip); each action's icon is the one of its name in gui.icons
SPECS: dict[str, tuple[str, str, str]] = {
    "new_catalog": ("&New catalogue…", "Ctrl+Shift+N", "Create a new, empty catalogue folder"),
    "open_catalog": ("&Open catalogue…", "Ctrl+O", "Open another catalogue folder"),
    "import_files": ("&Import files…", "Ctrl+I", "Import article files (HTML, Markdown, text, PDF, DOCX), reference lists (RIS, CSL-JSON) or REFI-QDA projects"),
    "import_folder": ("Import &folder…", "", "Import every article file in a folder"),
    "export_bundle": ("&Export bundle…", "Ctrl+Shift+E", "Export the catalogue, the selection, a tag or a search as a bundle (zip)"),
    "export_kwic": ("&KWIC as CSV…", "", "Write each hit of the current search in its context (keyword in context) as a CSV file"),
    "import_bundle": ("Import &bundle…", "Ctrl+Shift+I", "Check a bundle, preview what it would change, and import it"),
    "export_bibliography": ("Export bib&liography…", "", "Write the bibliography of the selection or of a tag as text, HTML or CSL-JSON"),
    "quit": ("&Quit", "Ctrl+Shift+Q", "Close Pressmark"),
    "undo": ("&Undo", "Ctrl+Z", "Nothing to undo"),
    "redo": ("&Redo", "Ctrl+Shift+Z", "Nothing to redo"),
    "quote_selection": ("&Quote selection…", "Ctrl+Q", "Make a quote of the text selected in the reader"),
    "copy_citation": ("Copy with &citation", "Ctrl+Shift+C", "Copy the selected words, the quote or the document with its source, in the chosen citation style"),
    "tag_selection": ("&Tag selection…", "Ctrl+T", "Tag the selected records"),
    "delete_selection": ("&Delete selection", "Del", "Move the selected records to the trash"),
    "save_metadata": ("&Save metadata", "Ctrl+S", "Save the changed metadata fields"),
    "accept_all": ("&Accept all proposals", "Ctrl+Shift+A", "Accept every proposal for the open document"),
    "author_name": ("Your &name in the history…", "", "The name your changes carry in the records' history"),
    "find": ("&Find…", "Ctrl+F", "Go to the search box"),
    "show_documents": ("&Documents", "Ctrl+1", "List documents"),
    "show_quotes": ("&Quotes", "Ctrl+2", "List quotes"),
    "show_actors": ("&Actors", "Ctrl+3", "List actors"),
    "clear_filter": ("Show &all", "Ctrl+0", "Clear the search and the filter"),
    "show_kwic": ("Hits in &context", "", "Show each hit of the current search in its context, one line per occurrence"),
    "quoted_together": ("Quoted &together…", "", "Show which speakers are quoted in the same documents"),
    "possible_duplicates": ("Possible d&uplicate actors…", "", "List actors that may be one, to merge them or say they differ"),
    "reused_passages": ("&Reused passages…", "", "List the passages several documents carry, most documents first"),
    "where_else": ("&Where else?…", "Ctrl+Shift+W", "Show every document carrying the chosen quote's statement, first appearance first"),
    "reindex": ("&Reindex", "", "Rebuild the search index from the database"),
    "check": ("&Check catalogue…", "", "Check the database, quotes, original files and index; offer to repair"),
    "backup_now": ("&Back up now", "", "Write a backup of the catalogue's database now"),
    "restore_backup": ("Restore from backup…", "", "Go back to one of the catalogue's backups"),
    "shortcuts": ("&Keyboard shortcuts", "F1", "List the keyboard shortcuts"),
    "about": ("&About Pressmark", "", "Version and licence"),
}


class WindowActions:
    """Every action of the main window, as attributes named like the keys of ``SPECS``."""

    def __init__(self, window):
        self.all: dict[str, QAction] = {}
        for name, (text, shortcut, tip) in SPECS.items():
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
            (self.undo, "Undo", status.undo, status.undo_blocked),
            (self.redo, "Redo", status.redo, status.redo_blocked),
        ):
            named = f"{verb} {label}" if label else verb
            # a label is the catalogue's text: a tag "R&D" must not become a mnemonic
            action.setText(f"&{named.replace('&', '&&')}")
            action.setIconText(verb)
            tip = blocked or (named if label else f"Nothing to {verb.lower()}")
            if not writable:
                tip = "The catalogue is open read-only"
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
        rows.append(("Enter", "Search now (in the search box)"))
        # the reader's own keys for the proposal marked at the cursor (gui.panels.reader)
        rows.append(("Alt+N, Alt+P", "Next, previous proposal (in the reader)"))
        rows.append(("Alt+A, Alt+E, Alt+R", "Accept, edit, reject the proposal at the cursor (in the reader)"))
        rows.append(("Right-click", "Quote selection…, copy with citation, tag, rename and merge tags"))
        return rows
