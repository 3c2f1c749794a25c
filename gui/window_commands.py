"""What the window's menu commands do: the slots behind :mod:`gui.actions`.

Each command that needs an answer first asks (a file dialog, a tag name) and then calls a
method that does the work without asking, so tests can call the latter directly. Work runs
through the workspace's operations and task runner.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

import catalog as catalog_package
from catalog import (
    Cancelled,
    CancelToken,
    Changes,
    InvalidBundle,
    current_author,
    kwic_lines,
    write_kwic_csv,
)
from gui import check_report
from gui.bundle_export import ExportScope, start_export
from gui.bundle_import import changes_text, import_result, refused_box, start_preview
from gui.dialogs.author_dialog import AuthorDialog
from gui.dialogs.backups_dialog import BackupsDialog
from gui.dialogs.export_dialog import ExportDialog
from gui.dialogs.import_preview_dialog import ImportPreviewDialog
from gui.dialogs.report_dialog import ReportDialog
from gui.errors import error_text
from gui.i18n import grouped, isolated, listed, translate
from gui.importing import import_filter, start_import
from gui.panels.index_banner import task_label as index_task_label
from gui.panels.status import count_text
from gui.quoting import start_quote
from gui.workspace import Workspace

TIDY_AFTER_MS = 3000  # the pause after an edit before the index is tidied


def _file_stem(query: str) -> str:
    """A file name's worth of ``query``: its letters and digits, dashes between."""
    return "-".join(re.findall(r"\w+", query))[:40] or "search"


def rebuilt_text(count: int) -> str:
    """The status bar's word that the search index was rebuilt with ``count`` records."""
    if count == 1:
        return grouped(translate("WindowCommands", "Search index rebuilt: %n record.", None, count), count)
    return grouped(translate("WindowCommands", "Search index rebuilt: %n records.", None, count), count)


def exported_text(scope: ExportScope, summary) -> str:
    """The export's message: "Exported the whole catalogue to heritage.zip."."""
    return translate("WindowCommands", "Exported {scope} to {file}.").format(scope=scope.describe(), file=isolated(summary.path.name))


def held_text(summary) -> str:
    """What a written bundle holds, how big and where, in the interface language: "1
    document, 5 quotes, 2 actors and 3 tags (12 KB) in /home/me/Exports."."""
    held = listed(count_text(kind, n) for kind, n in (("documents", summary.documents), ("quotes", summary.quotes), ("actors", summary.actors)))
    return translate("WindowCommands", "{held} and {tags} ({size} KB) in {folder}.").format(
        held=held, tags=count_text("tags", summary.tags), size=f"{summary.bytes / 1024:,.0f}", folder=isolated(str(summary.path.parent))
    )


def open_folder(folder: Path) -> None:
    """Show ``folder`` in the system's file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class WindowCommands:
    """Commands over one window's panels (``window.centre``, ``window.record``, …)."""

    def __init__(self, window: QWidget, workspace: Workspace):
        self.window = window
        self.workspace = workspace
        self.catalog = workspace.catalog
        self.ops = workspace.ops
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)
        self.open_folder = open_folder  # tests replace it
        self.repairing_index = False
        self._repreviewing: CancelToken | None = None  # the import preview's dry run under way
        # segments the index gains with each edit are merged once the user pauses
        self._tidy_timer = QTimer(window)
        self._tidy_timer.setSingleShot(True)
        self._tidy_timer.setInterval(TIDY_AFTER_MS)
        self._tidy_timer.timeout.connect(self._tidy_index)

    # ----- index upkeep ------------------------------------------------------------------
    def schedule_index_tidy(self) -> None:
        """Called after every change: merge the index's segments when the user pauses."""
        if not self.workspace.tasks.closed:
            self._tidy_timer.start()

    def _tidy_index(self) -> None:
        # the window may be closing: a timer that fires after its task runner shut down does nothing
        if self.catalog.read_only or self.repairing_index or self.workspace.tasks.closed:
            return
        if self.workspace.tasks.busy:
            self._tidy_timer.start()  # not while other work runs; try again later
            return
        self.workspace.tasks.run(translate("WindowCommands", "Tidying the search index"), lambda _progress, _cancel: self._tidy_and_warm(), on_failure=lambda _exc: None)

    def _tidy_and_warm(self) -> None:
        if self.catalog.search.maintain_index():
            self.catalog.search.warm()  # merged segments are new to the search caches

    def warm_search(self) -> None:
        """Prepare the search caches in the background, so the first searches are quick."""
        if self.repairing_index:
            return  # the rebuild's end warms them
        self.workspace.tasks.run(translate("WindowCommands", "Preparing search"), lambda _progress, _cancel: self.catalog.search.warm(), on_failure=lambda _exc: None)

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
            self.window.record.show_quote,
        )  # fmt: skip
        if dialog is None:
            self.window.statusBar().showMessage(translate("WindowCommands", "Select some text of the document first."), 4000)
        self.dialog = dialog
        return dialog

    def ask_tag_selection(self) -> None:
        uuids = self.selected_records()
        if not uuids:
            return
        paths = [t.path for t in self.catalog.tags.find()]
        n = len(uuids)
        prompt = translate("WindowCommands", "Tag %n record with:", None, n) if n == 1 else translate("WindowCommands", "Tag %n records with:", None, n)
        path, ok = QInputDialog.getItem(self.window, translate("WindowCommands", "Tag selection"), grouped(prompt, n), paths, 0, True)
        if ok and path.strip():
            self.tag_records(uuids, path.strip())

    def tag_records(self, uuids: list[str], path: str) -> None:
        refs = list(uuids)
        self.ops.change(translate("WindowCommands", "Tag “{path}”").format(path=path), lambda: self.catalog.tags.apply(refs, path))

    def delete_selection(self) -> None:
        uuids = self.selected_records()
        if uuids:
            self.ops.change(translate("WindowCommands", "Delete"), lambda: self.catalog.trash.delete(uuids))

    def save_metadata(self) -> None:
        self.window.record.metadata.save()

    def accept_all(self) -> None:
        self.window.record.proposals.accept_all()

    # ----- importing ---------------------------------------------------------------------
    def ask_import_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self.window, translate("WindowCommands", "Import articles, reference lists or projects"), "", import_filter()
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def ask_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, translate("WindowCommands", "Import a folder of articles"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]):
        return start_import(self.ops, paths, self.window, self._opened)

    # ----- bundles -----------------------------------------------------------------------
    def ask_export_bundle(self) -> ExportDialog:
        """File → Export bundle…: choose what and where, then :meth:`export_bundle`."""
        records = self.window.centre.records
        selection = [] if self.window.centre.searching else records.selected_uuids()
        dialog = ExportDialog(self.catalog, selection, self.window.search.text(), self.window.settings.exchange_folder(), self.window)
        dialog.accepted.connect(lambda: self.export_bundle(dialog.scope(), dialog.path()))
        self._opened(dialog)
        dialog.open()
        return dialog

    def export_bundle(self, scope: ExportScope, path: Path):
        """Export ``scope`` to ``path`` on the worker; then offer to open the folder."""
        self.window.settings.set_exchange_folder(path.parent)

        def done(summary) -> None:
            box = QMessageBox(QMessageBox.Icon.Information, translate("WindowCommands", "Export bundle"), exported_text(scope, summary), parent=self.window)
            box.setInformativeText(held_text(summary))
            open_button = box.addButton(translate("WindowCommands", "Open folder"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Close)
            open_button.clicked.connect(lambda: self.open_folder(summary.path.parent))
            self.window.statusBar().showMessage(translate("WindowCommands", "Bundle written: {path}").format(path=summary.path), 8000)
            self._opened(box)
            box.open()

        return start_export(
            self.workspace.tasks, self.catalog, scope, path, done,
            lambda exc: self.ops.report_error(translate("WindowCommands", "Could not export the bundle"), exc),
        )  # fmt: skip

    def ask_import_bundle(self) -> None:
        folder = self.window.settings.exchange_folder()
        bundles = translate("WindowCommands", "Bundles (*.zip);;All files (*)")
        name, _filter = QFileDialog.getOpenFileName(self.window, translate("WindowCommands", "Import bundle"), str(folder), bundles)
        if name:
            self.window.settings.set_exchange_folder(Path(name).parent)
            self.preview_bundle(Path(name))

    def preview_bundle(self, path: Path):
        """Check ``path`` and dry-run its import on the worker; then show the preview, whose
        Import button applies it with the choices made there (:meth:`import_bundle`). A
        refused bundle shows why."""

        def shown(check, report, names) -> None:
            dialog = ImportPreviewDialog(path, check, report, self.window, names=names)
            dialog.choices_changed.connect(lambda: self._repreview(dialog, path))
            dialog.accepted.connect(lambda: self.import_bundle(path, dialog.policy(), dialog.decisions()))
            dialog.finished.connect(lambda _result: self._cancel_repreview())
            self._opened(dialog)
            dialog.open()

        return start_preview(self.workspace.tasks, self.catalog, path, "mine", shown, lambda exc: self._bundle_failed(path, exc))

    def _repreview(self, dialog: ImportPreviewDialog, path: Path) -> None:
        """Dry-run the import again with the dialog's choices; a run for earlier choices is
        cancelled, as its report would be ignored anyway."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, Cancelled):
                dialog.reject()
                self._bundle_failed(path, exc)

        self._cancel_repreview()
        self._repreviewing = start_preview(
            self.workspace.tasks, self.catalog, path, dialog.policy(),
            lambda _check, report, names: dialog.set_report(report, names), failed,
            verify=False, decisions=dialog.decisions(),
        )  # fmt: skip

    def _cancel_repreview(self) -> None:
        if self._repreviewing is not None:
            self._repreviewing.cancel()
            self._repreviewing = None

    def import_bundle(self, path: Path, policy: str = "mine", decisions: Mapping[str, str] | None = None):
        """Import ``path`` with conflict ``policy``, and ``decisions`` for records decided one
        by one, on the task runner (with progress and Cancel; one unit of work the catalogue
        can undo, overwritten fields included); report the outcome."""

        def work(progress, cancel):
            report = self.catalog.exchange.import_bundle(path, on_conflict=policy, decisions=decisions, progress=progress, cancel=cancel)
            return report, report.changes

        def done(report) -> None:
            dialog = import_result(report, self.window)
            self.window.statusBar().showMessage(translate("WindowCommands", "Imported {name}: {changes}.").format(name=path.name, changes=changes_text(report.changes)), 8000)
            self._opened(dialog)
            dialog.open()

        return self.ops.mutate(
            translate("WindowCommands", "Import bundle “{name}”").format(name=path.name), work, done, shows_progress=True,
            on_failure=lambda exc: self._bundle_failed(path, exc),
        )

    def _bundle_failed(self, path: Path, exc: BaseException) -> None:
        if isinstance(exc, InvalidBundle):
            box = refused_box(path, exc, self.window)
            self._opened(box)
            box.open()
        else:
            self.ops.report_error(translate("WindowCommands", "Could not import {name}").format(name=path.name), exc)

    # ----- hits in context ---------------------------------------------------------------
    def show_kwic(self) -> None:
        """View → Hits in context: the search's hits, one line per occurrence (search first)."""
        query = self.window.search.text()
        if not query:
            self.window.statusBar().showMessage(translate("WindowCommands", "Search first: the hits of the search in the search box are shown in context."), 6000)
            self.window.actions_.find.trigger()
            return
        self.window.centre.search(query)
        self.window.centre.results.show_kwic()

    def ask_export_kwic(self) -> str:
        """File → Export → KWIC as CSV…: choose a file, then :meth:`export_kwic`. Returns
        the path chosen ('' when there is no search or the dialog was cancelled)."""
        query = self.window.search.text()
        if not query:
            self.window.statusBar().showMessage(translate("WindowCommands", "Search first: the KWIC export writes each hit of the search in the search box."), 6000)
            self.window.actions_.find.trigger()
            return ""
        folder = self.window.settings.exchange_folder()
        suggested = folder / f"kwic-{_file_stem(query)}.csv"
        tables = translate("WindowCommands", "CSV (*.csv);;All files (*)")
        name, _filter = QFileDialog.getSaveFileName(self.window, translate("WindowCommands", "Export hits in context"), str(suggested), tables)
        if name:
            path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
            self.window.settings.set_exchange_folder(path.parent)
            self.export_kwic(query, path)
            return str(path)
        return ""

    def export_kwic(self, query: str, path: Path):
        """Write the KWIC lines of ``query`` (as many words either side as the In context tab
        shows) to ``path`` as CSV, on the task runner; the status bar says how many."""
        words = self.window.centre.results.kwic.words.value()

        def work(_progress, cancel) -> int:
            lines = kwic_lines(self.catalog, query, words=words, cancel=cancel)
            with open(path, "w", encoding="utf-8", newline="") as stream:
                return write_kwic_csv(lines, stream)

        def done(count: int) -> None:
            wrote = translate("WindowCommands", "Wrote %n line in context to {path}.", None, count) if count == 1 else translate("WindowCommands", "Wrote %n lines in context to {path}.", None, count)
            self.window.statusBar().showMessage(grouped(wrote, count).format(path=path), 8000)

        return self.workspace.tasks.run(
            translate("WindowCommands", "Exporting hits in context"), work, done, lambda exc: self.ops.report_error(translate("WindowCommands", "Could not export the hits in context"), exc)
        )

    # ----- tools -------------------------------------------------------------------------
    def repair_index(self):
        """Rebuild a stale, damaged or missing search index on the worker, with a banner;
        does nothing when the index is sound, read-only, or already being rebuilt."""
        problem = self.catalog.index_problem
        if not problem or self.repairing_index or self.catalog.read_only:
            return None
        self.repairing_index = True
        banner = self.window.index_banner
        stats = self.catalog.maintenance.stats()
        quiet = not any(stats[k] for k in ("documents", "actors", "tags", "trash"))  # a new catalogue
        if not quiet:
            banner.start(problem)

        def done(count: int) -> None:
            self.repairing_index = False
            banner.finish()
            self.warm_search()
            if not quiet:
                self.window.statusBar().showMessage(rebuilt_text(count), 6000)
            if self.window.search.text():  # a search typed meanwhile failed: run it now
                self.window.centre.search(self.window.search.text())

        def failed(exc: BaseException) -> None:
            self.repairing_index = False
            banner.fail(translate("WindowCommands", "it was cancelled") if isinstance(exc, Cancelled) else error_text(exc))
            self.ops.report_error(translate("WindowCommands", "Could not rebuild the search index"), exc)

        return self.ops.mutate(
            index_task_label(),
            lambda progress, cancel: (self.catalog.search.repair_index(progress, cancel), Changes()),
            done, shows_progress=True, on_failure=failed,
        )  # fmt: skip

    def backup_now(self):
        def done(path: Path) -> None:
            self.window.statusBar().showMessage(translate("WindowCommands", "Backed up to {path}.").format(path=path), 8000)

        return self.workspace.tasks.run(
            translate("WindowCommands", "Backing up"), lambda _p, _c: self.catalog.maintenance.backup("manual"), done,
            lambda exc: self.ops.report_error(translate("WindowCommands", "Could not back up the catalogue"), exc),
        )  # fmt: skip

    def ask_restore(self) -> BackupsDialog:
        """Tools → Restore from backup…: choose one; the window asks the controller to restore."""
        dialog = BackupsDialog(self.catalog.maintenance.backups(), self.window)
        dialog.accepted.connect(lambda: dialog.chosen() and self.window.restore_requested.emit(dialog.chosen()))
        self._opened(dialog)
        dialog.open()
        return dialog

    def reindex(self):
        def done(count: int) -> None:
            self.window.statusBar().showMessage(rebuilt_text(count), 6000)

        return self.ops.mutate(
            translate("WindowCommands", "Reindexing"), lambda progress, cancel: (self.catalog.search.reindex(progress, cancel), Changes()), done,
            shows_progress=True, failure_title=translate("WindowCommands", "Could not rebuild the search index"),
        )  # fmt: skip

    def check(self, repair: bool = False, intro: str = ""):
        """Check (or with ``repair``, repair) on the worker; show the report, offering Repair
        when there are problems. ``intro`` goes before the report's summary."""

        def done(report) -> None:
            summary = check_report.summary_text(report, repair, intro)
            dialog = ReportDialog(translate("WindowCommands", "Check catalogue"), summary, check_report.headers(), check_report.problem_rows(report), self.window)
            if report.repairable and not repair:  # only for what repairing can fix
                repair_button = dialog.buttons.addButton(translate("WindowCommands", "Repair"), dialog.buttons.ButtonRole.ActionRole)
                repair_button.clicked.connect(lambda: (dialog.accept(), self.check(repair=True)))
            self._opened(dialog)
            dialog.open()

        label = translate("WindowCommands", "Repairing") if repair else translate("WindowCommands", "Checking")
        failed = translate("WindowCommands", "Could not repair the catalogue") if repair else translate("WindowCommands", "Could not check the catalogue")
        return self.ops.mutate(label, lambda _p, _c: (self.catalog.maintenance.check(repair=repair), Changes()), done, failure_title=failed)

    # ----- history -----------------------------------------------------------------------
    def ask_author_name(self) -> AuthorDialog:
        """Edit → Your name in the history…: change the name later changes carry."""
        dialog = AuthorDialog(self.catalog.author.name, self.window)
        dialog.accepted.connect(lambda: dialog.name() and self.set_author_name(dialog.name()))
        self._opened(dialog)
        dialog.open()
        return dialog

    def set_author_name(self, name: str):
        """Keep ``name`` in the settings and sign the catalogue's next changes with it. The
        catalogue's author is swapped on the task runner, so a change already queued keeps the
        name it was asked under."""
        self.window.settings.set_author_name(name)
        author = current_author(name)

        def swap(_progress, _cancel) -> None:
            self.catalog.author = author

        return self.workspace.tasks.run(
            translate("WindowCommands", "Changing your name"), swap,
            lambda _r: self.window.statusBar().showMessage(translate("WindowCommands", "Your changes are now signed “{name}”.").format(name=isolated(author.name)), 6000),
        )

    # ----- help --------------------------------------------------------------------------
    def shortcuts(self) -> ReportDialog:
        dialog = ReportDialog(translate("WindowCommands", "Keyboard shortcuts"), translate("WindowCommands", "Shortcuts for frequent work:"), [translate("WindowCommands", "Keys"), translate("WindowCommands", "Action")], self.window.actions_.shortcut_rows(), self.window)
        self._opened(dialog)
        dialog.open()
        return dialog

    def about(self) -> QMessageBox:
        box = QMessageBox(self.window)
        box.setWindowTitle(translate("WindowCommands", "About Pressmark"))
        box.setIconPixmap(self.window.windowIcon().pixmap(64, 64))
        box.setText(f"<h3>Pressmark {catalog_package.__version__}</h3>")
        box.setInformativeText(translate(
            "WindowCommands",
            "An offline catalogue of news and opinion articles: documents, quotes, actors and tags.<br/>Catalogue: {path}<br/>Licence: MIT",
        ).format(path=html.escape(isolated(str(self.catalog.path)))))  # fmt: skip
        self._opened(box)
        box.open()
        return box

    def _opened(self, dialog: QWidget) -> None:
        self.dialog = dialog
