"""The window's main flows with every socket blocked: none of them tries the network."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from gui.bundle_export import ExportScope
from gui.controller import AppController
from gui.dialogs.import_preview_dialog import ImportPreviewDialog
from gui.dialogs.quote_dialog import QuoteDialog
from gui.dialogs.report_dialog import ReportDialog
from gui.errors import ErrorReporter
from tests.gui.support import wait_changed, wait_idle, wait_searched
from tests.test_offline import install_guard


def test_main_flows_never_touch_the_network(qtbot, gui_env, monkeypatch, tmp_path):
    attempts = install_guard(monkeypatch)
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=30000):
        window = controller.start(tmp_path / "fresh")  # a new catalogue: the sample is seeded
    qtbot.addWidget(window)
    workspace, commands = controller.workspace, window.commands
    assert window.centre.records.model.rowCount() == 1

    reader = window.record.reader
    reader.setTextCursor(reader.document().find("the bound shipping registers were the hardest case"))
    dialog = commands.quote_selection()
    assert isinstance(dialog, QuoteDialog)
    dialog.speaker.setText("Idris Haddad")
    with wait_changed(qtbot, workspace):
        dialog.accept()
    wait_idle(qtbot, workspace)

    with wait_changed(qtbot, workspace):
        commands.tag_records([window.record.uuid], "Offline/Checked")
    wait_idle(qtbot, workspace)
    with wait_searched(qtbot, window.centre.results):
        window.search.set_text("tag:'offline/checked'")
    assert window.centre.results.model.rowCount() == 1

    commands.export_bundle(ExportScope("search", window.search.text()), tmp_path / "offline.zip")
    qtbot.waitUntil(lambda: isinstance(commands.dialog, QMessageBox), timeout=30000)
    assert (tmp_path / "offline.zip").is_file()
    commands.preview_bundle(tmp_path / "offline.zip")
    qtbot.waitUntil(lambda: isinstance(commands.dialog, ImportPreviewDialog), timeout=30000)
    commands.dialog.reject()
    window.actions_.check.trigger()
    qtbot.waitUntil(lambda: isinstance(commands.dialog, ReportDialog), timeout=30000)
    wait_idle(qtbot, workspace)
    assert controller.reporter.shown == []
    controller.shutdown()
    assert attempts == []
