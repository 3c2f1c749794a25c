"""Opening catalogues and the window over each: the application's one controller.

:class:`AppController` opens a catalogue (its index is repaired in the background), makes
the :class:`~gui.workspace.Workspace` and :class:`~gui.main_window.MainWindow`, seeds an
empty catalogue at start-up with the sample article, and switches catalogue on File → New /
Open / Open recent, and restores a backup (close, put it in place, reopen, check). It
remembers the last and recent catalogues in the settings, and asks once for the name the
user's changes carry in the history (:func:`ask_author_name`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from catalog import (
    Author,
    Catalog,
    CatalogUnavailable,
    InvalidInput,
    PressmarkError,
    current_author,
    default_catalog_path,
    default_name,
    explain,
    name_from_environment,
    new_catalogue_problem,
    restore_into,
    sample_article_path,
    seed_sample,
)
from gui.catalog_text import catalog_text
from gui.dialogs.author_dialog import AuthorDialog
from gui.errors import ErrorReporter
from gui.i18n import isolated, translate
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.workspace import Workspace


def ask_author_name(suggestion: str, parent: QWidget | None = None) -> str:
    """Ask (modally) for the name the user's changes carry in the history, prefilled with
    ``suggestion``; returns it, or ``suggestion`` when the dialog is cancelled."""
    dialog = AuthorDialog(suggestion, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return (dialog.name() if accepted else "") or suggestion


class AppController(QObject):
    """Owns the current window and workspace. Main thread only.

    ``ready`` fires once the start-up work of a newly opened catalogue (the panels' counts,
    index repair, sample seeding) is done; its first document is selected before that.
    ``ask_author(suggestion) -> name`` asks for the user's name the first time a catalogue is
    opened with none in the settings (None: use the login name without asking or keeping it,
    as ``--screenshot`` does).
    """

    ready = Signal()

    def __init__(
        self,
        settings: AppSettings,
        reporter: ErrorReporter,
        parent=None,
        ask_author: Callable[[str], str] | None = ask_author_name,
    ):
        super().__init__(parent)
        self.settings = settings
        self.reporter = reporter
        self.ask_author = ask_author
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None

    def start(self, path: Path | None = None) -> MainWindow | None:
        """Open ``path`` (else the last catalogue, else the default one); seed it if empty."""
        path = path or self.settings.last_catalog() or default_catalog_path()
        return self.open(path, seed_if_empty=True)

    def open(self, path: Path, *, seed_if_empty: bool = False, create: bool = True) -> MainWindow | None:
        """Open the catalogue in folder ``path`` in a new window (closing the current one).

        Returns None (after showing why) when the catalogue cannot be opened; the current
        window then stays. A folder holding other files is not made a catalogue (with
        ``create``; see :func:`new_catalogue_problem`). Unsaved edits in the current window
        are asked about first: Cancel keeps the window (None); after Save the catalogue
        opens once they are saved (None now; ``ready`` fires then).
        """
        problem = new_catalogue_problem(Path(path)) if create else None
        if problem is not None:
            self.reporter.report(translate("AppController", "Could not open the catalogue"), InvalidInput(problem))
            return None
        if self.window is not None and not self.window.may_close(lambda: self.open(path, seed_if_empty=seed_if_empty, create=create)):
            return None
        try:
            # a catalogue another Pressmark is writing to opens read-only rather than not at all
            catalog = Catalog(Path(path), create=create, index_repair="later", read_only=None, author=current_author(self.settings.author_name() or None))
        except Exception as exc:  # whatever it is, the user reads why, and the current window stays
            self._report_not_opened(Path(path), exc)
            return None
        if not self.settings.author_name() and not name_from_environment():
            # asked only once a catalogue is open: a catalogue that cannot be opened says so first
            catalog.author = self.author()
        if self.window is not None:
            self.window.save_layout()  # the new window takes the layout the current one leaves
        workspace = Workspace.create(catalog, self.reporter.report)
        try:
            # the window reads the catalogue's lists: a database that opened but cannot be read
            # (a table missing, a page damaged) fails here, before the current window is closed
            window = MainWindow(workspace, self.settings)
        except Exception as exc:
            workspace.close()
            self._report_not_opened(catalog.path, exc)
            return None
        self._close_current()
        self.workspace = workspace
        self.reporter.parent = window
        window.open_requested.connect(lambda p: self.open(p, create=False))
        window.new_requested.connect(self.ask_new)
        window.open_dialog_requested.connect(self.ask_open)
        window.restore_requested.connect(self.restore)
        window.closed.connect(lambda w=window: self._window_closed(w))
        self.window = window
        self.settings.remember_catalog(catalog.path)
        window.show()
        self._start_up(window, seed_if_empty)
        return window

    def _report_not_opened(self, path: Path, exc: BaseException) -> None:
        """Say why the catalogue in ``path`` could not be opened: a failure the catalogue
        explains (not a catalogue, damaged, unreadable, in use, a full disk) in its own words
        with the steps for that folder; anything else as a bug, with its traceback."""
        title = translate("AppController", "Could not open the catalogue")
        steps = {"check": f"`pressmark --catalog \"{path}\" check`", "restore": f"`pressmark --catalog \"{path}\" restore`"}
        message = explain(exc, steps)
        if message is None or isinstance(exc, PressmarkError):
            self.reporter.report(title, exc)
        else:
            self.reporter.report(title, CatalogUnavailable(f"{path}: {catalog_text(message)}"))

    def author(self) -> Author:
        """Who signs this window's changes: the name in the settings, else the one
        ``$PRESSMARK_AUTHOR`` gives; asked for (once, and kept) when there is neither."""
        name = self.settings.author_name() or name_from_environment()
        if not name and self.ask_author is not None:
            name = " ".join(self.ask_author(default_name()).split())
            if name:
                self.settings.set_author_name(name)
        return current_author(name or None)

    def _start_up(self, window: MainWindow, seed_if_empty: bool) -> None:
        workspace = self.workspace
        catalog = workspace.catalog
        # the list and its first document come first; the panels' counts are read meanwhile
        window.select_first_document()
        if catalog.read_only:
            holder = catalog.in_use_by or translate("AppController", "another program")
            window.statusBar().showMessage(
                translate("AppController", "Opened read-only: the catalogue is in use by {holder}.").format(holder=isolated(holder)), 15000
            )
        else:
            # the window is usable while the index is rebuilt; a banner says searching waits
            window.commands.repair_index()
            window.commands.warm_search()  # after the panels' counts; skipped while rebuilding
            if seed_if_empty and not window.centre.records.model.rowCount() and catalog.maintenance.stats()["trash"] == 0:
                sample = sample_article_path()
                workspace.ops.mutate(
                    translate("AppController", "Adding the sample article"), lambda _p, _c: (None, seed_sample(catalog, sample)),
                    failure_title=translate("AppController", "Could not add the sample article"),
                )  # fmt: skip

        def finish() -> None:
            if self.window is window:
                # someone already searching (while the index was rebuilt) keeps their search
                if not window.search.text() and not window.record.kind:
                    window.select_first_document()
                self.ready.emit()

        if workspace.tasks.busy:
            workspace.tasks.run(translate("AppController", "Starting"), lambda _p, _c: None, lambda _r: finish())
        else:
            finish()

    # ----- switching ---------------------------------------------------------------------
    def ask_open(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, translate("AppController", "Open a catalogue folder"))
        if folder:
            self.open(Path(folder), create=False)

    def ask_new(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, translate("AppController", "Choose an empty folder for the new catalogue"))
        if folder:
            self.new(Path(folder))

    def new(self, folder: Path) -> MainWindow | None:
        """File → New in ``folder``: a new catalogue there if it is empty (or missing); the
        catalogue itself if it already holds one. A folder holding other files is refused with
        the reason (the catalogue's files would be mixed in among them); returns None then."""
        problem = new_catalogue_problem(folder)
        if problem is not None:
            self.reporter.report(translate("AppController", "Could not create the catalogue"), InvalidInput(problem))
            return None
        return self.open(folder, create=True)

    def restore(self, backup: Path) -> MainWindow | None:
        """Put ``backup`` in place of the open catalogue's database: close the catalogue
        (waiting for background work), restore, reopen in a new window, then check it and
        show the report. If restoring fails the catalogue reopens unchanged and the error is
        shown. Returns the new window (None if the catalogue could not be reopened).
        """
        if self.workspace is None:
            return None
        if self.window is not None and not self.window.may_close(lambda: self.restore(backup)):
            return None
        catalog = self.workspace.catalog
        path = catalog.path
        self._close_current()
        failure: BaseException | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # one file copy while no window is open, holding the catalogue's lock against others
            safety = restore_into(path, Path(backup))
        except (PressmarkError, OSError, sqlite3.Error) as exc:
            failure = exc
        finally:
            QGuiApplication.restoreOverrideCursor()
        window = self.open(path, create=False)
        if window is None:
            return None
        if failure is not None:
            self.reporter.report(translate("AppController", "Could not restore the backup; the catalogue is as it was"), failure)
        elif safety:
            intro = translate("AppController", "Restored {backup} (the catalogue as it was is kept as {kept}).")
            window.commands.check(intro=intro.format(backup=Path(backup).name, kept=safety.name))
        else:
            intro = translate("AppController", "Restored {backup} (there was no database to keep).")
            window.commands.check(intro=intro.format(backup=Path(backup).name))
        return window

    def _close_current(self) -> None:
        if self.window is not None:
            window, self.window = self.window, None
            window.close_without_asking()
            window.deleteLater()
        self._close_workspace()

    def _window_closed(self, window: MainWindow) -> None:
        if window is self.window:
            self.window = None
            self._close_workspace()

    def _close_workspace(self) -> None:
        if self.workspace is not None:
            workspace, self.workspace = self.workspace, None
            workspace.close()

    def shutdown(self) -> None:
        """Close the window and the catalogue (at exit)."""
        self._close_current()
