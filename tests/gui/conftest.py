"""GUI test fixtures: every test gets its own catalogue and settings; the worker is drained.

The sample catalogue is seeded once per session into a template folder (import, proposals,
tags) and copied for each test that wants it, which keeps the tests fast.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QMessageBox

from catalog.catalog import Catalog
from catalog.revisions.author import current_author
from catalog.sample import sample_article_path, seed_sample
from gui import signal_refcount_fix
from gui.app import forget_offscreen_clipboard
from gui.errors import ErrorReporter
from gui.main_window import MainWindow
from gui.settings import AppSettings
from gui.workspace import Workspace

AUTHOR = "Test Archivist"  # the name the tests' changes carry in the history


@dataclass
class GuiEnv:
    """What a GUI test works in: a temporary catalogue folder and temporary settings (with
    the author's name already set, so no test waits on the dialog asking for it)."""

    tmp: Path
    catalog_path: Path
    settings: AppSettings
    reporter: ErrorReporter
    template: Path
    catalogs: list[Catalog] = field(default_factory=list)
    workspaces: list[Workspace] = field(default_factory=list)

    def open_catalog(self, sample: bool = True) -> Catalog:
        """The test's catalogue; with ``sample`` a copy of the seeded sample catalogue."""
        if sample and not self.catalog_path.exists():
            shutil.copytree(self.template, self.catalog_path)
        catalog = Catalog(self.catalog_path, author=current_author(self.settings.author_name()))
        self.catalogs.append(catalog)
        return catalog

    def workspace(self, catalog: Catalog | None = None) -> Workspace:
        workspace = Workspace.create(catalog or self.open_catalog(), self.reporter.report)
        self.workspaces.append(workspace)
        return workspace


@pytest.fixture(scope="session", autouse=True)
def pyside_emit_fix() -> None:
    """PySide6 6.12.0 drops a reference of True on every emit; see gui.signal_refcount_fix."""
    signal_refcount_fix.install()


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "sample"
    with Catalog(folder) as catalog:
        seed_sample(catalog, sample_article_path())
    return folder


@pytest.fixture(autouse=True)
def no_modal_unsaved_question(monkeypatch) -> list[tuple[str, str]]:
    """Autouse: the question about unsaved edits is answered Discard (and recorded) unless a
    test answers it itself. A real modal box would wait forever for a click that never
    comes: a window closed by the teardown with a form still being typed in asks it."""
    from gui.panels.record_pane import RecordPane

    asked: list[tuple[str, str]] = []

    def discard(_parent, title: str, what: str = "document") -> QMessageBox.StandardButton:
        asked.append((title, what))
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(RecordPane, "ask_unsaved", staticmethod(discard))
    return asked


@pytest.fixture(autouse=True)
def gui_env(tmp_path, sample_template, qapp) -> GuiEnv:
    """Autouse: temp catalogue path (also ``$PRESSMARK_CATALOG``), temp QSettings; on teardown
    close every workspace and catalogue and drain the thread pools."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    env = GuiEnv(tmp_path, tmp_path / "catalogue", AppSettings(store), ErrorReporter(), sample_template)
    env.settings.set_author_name(AUTHOR)
    yield env
    for workspace in env.workspaces:
        workspace.tasks.cancel_all()
        workspace.tasks.wait_until_idle()
    QThreadPool.globalInstance().waitForDone()
    for box in list(env.reporter.shown):
        box.close()
    for catalog in env.catalogs:
        catalog.close()
    forget_offscreen_clipboard()  # what a test copied would crash the process as it exits


@pytest.fixture
def workspace(gui_env) -> Workspace:
    return gui_env.workspace()


@pytest.fixture
def window(qtbot, gui_env, workspace) -> MainWindow:
    """The main window over the sample catalogue, shown, first document selected."""
    win = MainWindow(workspace, gui_env.settings)
    gui_env.reporter.parent = win
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_first_document()
    qtbot.waitUntil(lambda: not workspace.tasks.busy)  # the panels' counts are read on the worker
    return win

