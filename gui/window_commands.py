"""What the window's menu commands do: the slots behind :mod:`gui.actions`.

Each command that needs an answer first asks (a file dialog, a tag name) and then calls a
method that does the work without asking, so tests can call the latter directly. Work runs
through the workspace's operations and task runner.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

import catalog as catalog_package
from catalog.changes import Changes
from gui.dialogs.report_dialog import ReportDialog
from gui.edits import DeleteRecords, TagRecords
from gui.importing import start_import
from gui.quoting import start_quote
from gui.workspace import Workspace


class WindowCommands:
    """Commands over one window's panels (``window.centre``, ``window.record``, …)."""

    def __init__(self, window: QWidget, workspace: Workspace):
        self.window = window
        self.workspace = workspace
        self.catalog = workspace.catalog
        self.ops = workspace.ops
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)

    # ----- selection ---------------------------------------------------------------------
    def selected_records(self) -> list[str]:
        """The records selected in the list, or else the record shown on the right."""
        records = self.window.centre.records
        if not self.window.centre.searching and records.selected_uuids():
            return records.selected_uuids()
        record = self.window.record
        return [record.uuid] if record.uuid else []

    # ----- editing -----------------------------------------------------------------------
    def quote_selection(self):
        dialog = start_quote(
            self.window.record.reader, self.catalog, self.ops, self.window,
            lambda edit: self.window.record.show_quote(edit.quote_uuid),
        )  # fmt: skip
        if dialog is None:
            self.window.statusBar().showMessage("Select some text of the document first.", 4000)
        self.dialog = dialog
        return dialog

    def ask_tag_selection(self) -> None:
        uuids = self.selected_records()
        if not uuids:
            return
        paths = [t.path for t in self.catalog.tags()]
        path, ok = QInputDialog.getItem(self.window, "Tag selection", f"Tag {len(uuids)} record(s) with:", paths, 0, True)
        if ok and path.strip():
            self.tag_records(uuids, path.strip())

    def tag_records(self, uuids: list[str], path: str) -> None:
        self.ops.perform(TagRecords(list(uuids), path))

    def delete_selection(self) -> None:
        uuids = self.selected_records()
        if uuids:
            self.ops.perform(DeleteRecords(uuids))

    def save_metadata(self) -> None:
        self.window.record.metadata.save()

    def accept_all(self) -> None:
        self.window.record.proposals.accept_all()

    # ----- importing ---------------------------------------------------------------------
    def ask_import_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, "Import articles", "", "Articles (*.html *.htm *.xhtml *.md *.markdown *.txt *.text *.pdf *.docx);;All files (*)"
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, "Import a folder of articles")
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]):
        return start_import(self.ops, paths, self.window, self._opened)

    # ----- tools -------------------------------------------------------------------------
    def reindex(self):
        def done(count: int) -> None:
            self.window.statusBar().showMessage(f"Search index rebuilt: {count:,} records.", 6000)

        return self.ops.mutate(
            "Reindexing", lambda progress, cancel: (self.catalog.reindex(progress, cancel), Changes()), done, shows_progress=True
        )

    def check(self, repair: bool = False):
        def done(report) -> None:
            checked = ", ".join(f"{n:,} {what}" for what, n in report.checked.items())
            state = "No problems found." if not report.problems else f"{len(report.problems)} problem(s) found."
            rows = [(p.severity, p.what + (" (repaired)" if p.repaired else ""), p.record) for p in report.problems]
            dialog = ReportDialog("Check catalogue", f"{state} Checked {checked}.", ["Severity", "Problem", "Record"], rows, self.window)
            if report.problems and not repair:
                repair_button = dialog.buttons.addButton("Repair", dialog.buttons.ButtonRole.ActionRole)
                repair_button.clicked.connect(lambda: (dialog.accept(), self.check(repair=True)))
            self._opened(dialog)
            dialog.open()

        label = "Repairing" if repair else "Checking"
        return self.ops.mutate(label, lambda _p, _c: (self.catalog.check(repair=repair), Changes()), done)

    # ----- help --------------------------------------------------------------------------
    def shortcuts(self) -> ReportDialog:
        dialog = ReportDialog("Keyboard shortcuts", "Shortcuts for frequent work:", ["Keys", "Action"], self.window.actions_.shortcut_rows(), self.window)
        self._opened(dialog)
        dialog.open()
        return dialog

    def about(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle("About Pressmark")
        box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        box.setText(f"<h3>Pressmark {catalog_package.__version__}</h3>")
        box.setInformativeText(
            "An offline catalogue of news and opinion articles: documents, quotes, actors and tags.<br/>"
            f"Catalogue: {self.catalog.path}<br/>Licence: MIT"
        )
        self._opened(box)
        box.open()
        return box

    def _opened(self, dialog: QWidget) -> None:
        self.dialog = dialog
