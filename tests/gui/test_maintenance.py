"""Tools: back up now, restore from a backup, check and repair; an index found missing at
open is rebuilt in the background while the window stays usable."""

from __future__ import annotations

import shutil

from sqlalchemy import text

from catalog.location import INDEX_DIR
from gui.controller import AppController
from gui.dialogs.backups_dialog import BackupsDialog, describe_backup
from gui.dialogs.report_dialog import ReportDialog
from gui.errors import ErrorReporter
from tests.gui.support import wait_changed, wait_idle


def start(qtbot, gui_env, path) -> AppController:
    """A controller on ``path``; its windows are closed by ``controller.shutdown()`` (a window
    a restore replaces is deleted then, so qtbot must not hold it)."""
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=30000):
        controller.start(path)
    return controller


def test_back_up_then_restore_from_the_backup(qtbot, gui_env):
    shutil.copytree(gui_env.template, gui_env.catalog_path)
    controller = start(qtbot, gui_env, gui_env.catalog_path)
    window, workspace = controller.window, controller.workspace
    tools = window.menuBar().actions()[3].menu().actions()
    assert window.actions_.backup_now in tools and window.actions_.restore_backup in tools
    window.actions_.backup_now.trigger()
    wait_idle(qtbot, workspace)
    assert "Backed up to" in window.statusBar().currentMessage()
    (backup,) = [b for b in workspace.catalog.maintenance.backups() if b.name.endswith("-manual.sqlite")]

    with wait_changed(qtbot, workspace):
        window.commands.delete_selection()
    wait_idle(qtbot, workspace)
    assert workspace.catalog.maintenance.stats()["documents"] == 0

    window.actions_.restore_backup.trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.chosen() == backup  # newest first
    assert dialog.model.item(0, 1).text() == "made with Back up now"
    dialog.accept()  # closes this window, restores, reopens, checks
    new_window = controller.window
    assert new_window is not window
    qtbot.waitUntil(lambda: isinstance(new_window.commands.dialog, ReportDialog), timeout=30000)
    summary = new_window.commands.dialog.summary.text()
    assert summary.startswith(f"Restored {backup.name}") and "No problems found." in summary
    catalog = controller.workspace.catalog
    assert catalog.maintenance.stats()["documents"] == 1 and new_window.centre.records.model.rowCount() == 1
    assert any(b.name.endswith("-before-restore.sqlite") for b in catalog.maintenance.backups())
    assert catalog.search.run("saltmere").total >= 1  # the index followed the restored database

    bad = gui_env.tmp / "catalog-20240101-000000-000000-manual.sqlite"
    bad.write_bytes(b"not a database")
    again = controller.restore(bad)
    qtbot.addWidget(again)
    assert "Could not restore" in controller.reporter.shown[-1].text()
    assert controller.workspace.catalog.maintenance.stats()["documents"] == 1
    controller.shutdown()


def test_backup_names_read_as_dates_and_reasons(tmp_path):
    when, why = describe_backup(tmp_path / "catalog-20240314-093000-123456-before-upgrade.sqlite")
    assert when.startswith("2024-03-1") and why == "before a schema upgrade"
    assert describe_backup(tmp_path / "catalog-odd.sqlite") == ("odd", "")
    dialog = BackupsDialog([])
    assert not dialog.restore_button.isEnabled()


def test_check_offers_repair_and_repairs_in_the_background(qtbot, window, workspace):
    with workspace.catalog.store.engine.begin() as connection:  # the index now lags one change behind
        connection.execute(text("UPDATE catalog_state SET generation = generation + 1"))
    window.actions_.check.trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=30000)
    report = window.commands.dialog
    assert report.summary.text().startswith("1 problem found.")
    assert "behind" in report.model.item(0, 1).text()
    repair = next(b for b in report.buttons.buttons() if b.text() == "Repair")
    repair.click()
    qtbot.waitUntil(lambda: window.commands.dialog is not report, timeout=30000)
    assert window.commands.dialog.summary.text().startswith("1 of 1 problem repaired.")
    assert workspace.catalog.index_problem is None


def test_a_missing_index_is_rebuilt_behind_a_banner(qtbot, gui_env):
    shutil.copytree(gui_env.template, gui_env.catalog_path)
    shutil.rmtree(gui_env.catalog_path / INDEX_DIR)
    controller = AppController(gui_env.settings, ErrorReporter())
    window = controller.start(gui_env.catalog_path)
    qtbot.addWidget(window)
    banner = window.index_banner
    assert banner.isVisible() and "the search index is missing" in banner.text.text()
    # the window is usable meanwhile: the list and the record come from the database
    assert window.centre.records.model.rowCount() == 1
    window.search.set_text("saltmere")  # searching waits; it says so rather than failing loudly
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30000)
    assert "Search index rebuilt" in window.statusBar().currentMessage()
    # the search typed meanwhile runs again once the index is there
    qtbot.waitUntil(lambda: window.centre.results.model.rowCount() >= 1, timeout=10000)
    assert window.centre.searching
    assert controller.reporter.shown == []
    controller.shutdown()


def test_a_failed_rebuild_keeps_the_banner_with_the_reason(qtbot, window, workspace, monkeypatch):
    catalog = workspace.catalog
    catalog.store.index_problem = "the search index is damaged (test)"

    def broken(progress=None, cancel=None):
        raise OSError("disk on fire")

    monkeypatch.setattr(catalog.search, "repair_index", broken)
    window.commands.repair_index()
    assert window.commands.repair_index() is None  # one rebuild at a time
    wait_idle(qtbot, workspace)
    assert window.index_banner.isVisible() and "disk on fire" in window.index_banner.text.text()
    assert not window.commands.repairing_index


def test_index_segments_are_merged_when_the_user_pauses(qtbot, gui_env, monkeypatch):
    shutil.copytree(gui_env.template, gui_env.catalog_path)
    controller = start(qtbot, gui_env, gui_env.catalog_path)
    window, workspace = controller.window, controller.workspace
    calls = []
    original = workspace.catalog.search.maintain_index
    monkeypatch.setattr(workspace.catalog.search, "maintain_index", lambda: calls.append(1) or original())
    window.commands._tidy_timer.setInterval(50)
    with wait_changed(qtbot, workspace):
        window.commands.delete_selection()
    qtbot.waitUntil(lambda: bool(calls), timeout=10000)
    wait_idle(qtbot, workspace)
    controller.shutdown()


def test_check_does_not_offer_repair_for_a_missing_original_and_says_what_it_needs(qtbot, window, workspace):
    for original in workspace.catalog.store.originals_dir.rglob("*.md"):
        original.unlink()
    window.actions_.check.trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=30000)
    report = window.commands.dialog
    assert "Repair" not in [b.text() for b in report.buttons.buttons()]
    problem = report.model.item(0, 1).text()
    assert "is missing" in problem and "source file" in problem
    assert "Repair cannot" in report.summary.text()


def test_the_index_banner_says_whether_searching_works_while_the_index_is_rebuilt(qtbot, workspace):
    """A missing or damaged index cannot be searched until it is rebuilt; one that is only
    behind is searched meanwhile (off the window's thread), and may miss the latest changes."""
    from gui.panels.index_banner import IndexBanner

    banner = IndexBanner(workspace.tasks)
    qtbot.addWidget(banner)
    banner.start("the search index is missing")
    assert "Searching works again when it is done" in banner.text.text()
    banner.start("the search index is behind the catalogue")
    assert "Searches meanwhile may miss the latest changes" in banner.text.text()
    assert "Searching works again" not in banner.text.text()
