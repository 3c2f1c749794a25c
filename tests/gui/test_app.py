"""Starting the application: first run seeds the sample, --screenshot, settings, switching."""

from __future__ import annotations

from PySide6.QtGui import QImage

from gui.app import parse_args, run
from gui.controller import AppController
from gui.errors import ErrorReporter
from gui.settings import AppSettings, app_settings_store


def test_screenshot_option_writes_a_png(gui_env, tmp_path):
    out = tmp_path / "shots" / "window.png"
    assert run(["--catalog", str(tmp_path / "fresh"), "--screenshot", str(out)]) == 0
    assert out.stat().st_size > 10000
    image = QImage(str(out))
    assert image.width() >= 1200 and image.height() >= 800
    # the catalogue was new: it now holds the sample article, and the settings remember it
    settings = AppSettings(app_settings_store())
    assert settings.last_catalog() == (tmp_path / "fresh").resolve()


def test_screenshot_at_a_small_screen_size(gui_env, tmp_path):
    out = tmp_path / "small.png"
    assert run(["--catalog", str(tmp_path / "fresh"), "--screenshot", str(out), "--size", "1024x768"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 768)


def test_bad_options_exit_with_2(capsys):
    assert run(["--screenshot", "x.png", "--size", "big"]) == 2
    assert "not a window size" in capsys.readouterr().err
    assert run(["--no-such-option"]) == 2
    assert parse_args(["--catalog", "x"]).catalog.name == "x"


def test_first_start_opens_the_default_catalogue_and_seeds_it(qtbot, gui_env, monkeypatch):
    monkeypatch.setenv("PRESSMARK_CATALOG", str(gui_env.tmp / "default"))
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start()
    qtbot.addWidget(window)
    assert window.workspace.catalog.path == (gui_env.tmp / "default").resolve()
    assert window.centre.records.model.rowCount() == 1
    assert window.record.reader.view.tags == ["Heritage/Archives"]
    assert all(q.tags == ["Heritage/Volunteers"] for q in window.record.reader.view.quotes)
    controller.shutdown()


def test_opening_another_catalogue_switches_window_and_remembers_it(qtbot, gui_env):
    controller = AppController(gui_env.settings, ErrorReporter())
    first = gui_env.tmp / "first"
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start(first)
    second = gui_env.tmp / "second"
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.open(second)  # File → New: not seeded
    qtbot.addWidget(window)
    assert window.centre.records.model.rowCount() == 0
    assert gui_env.settings.recent_catalogs()[:2] == [second.resolve(), first.resolve()]
    assert controller.open(gui_env.tmp / "not-a-catalogue", create=False) is None
    assert controller.window is window
    assert "no Pressmark catalogue" in controller.reporter.shown[0].informativeText()
    window.open_requested.emit(first.resolve())
    assert controller.window.workspace.catalog.path == first.resolve()
    qtbot.addWidget(controller.window)
    controller.shutdown()


def test_a_catalogue_in_use_opens_read_only(qtbot, gui_env):
    holder = gui_env.open_catalog()  # this test's process already writes to it
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.catalog_path)
    qtbot.addWidget(window)
    assert window.workspace.catalog.read_only and "read-only" in window.windowTitle()
    assert window.centre.records.model.rowCount() == 1
    window.saved.save("Nope", "harbour")
    qtbot.waitUntil(lambda: bool(controller.reporter.shown))
    assert "read-only" in controller.reporter.shown[0].informativeText()
    controller.shutdown()
    assert not holder.read_only


def _damaged_catalogue(gui_env):
    """The sample catalogue with a backup, then its database emptied; returns the backup."""
    catalog = gui_env.open_catalog()
    newest = catalog.maintenance.backup()
    catalog.close()
    (gui_env.catalog_path / "catalog.sqlite").write_bytes(b"")
    return newest


def test_a_damaged_catalogue_is_not_opened_and_says_to_restore(qtbot, gui_env):
    newest = _damaged_catalogue(gui_env)
    controller = AppController(gui_env.settings, ErrorReporter())
    assert controller.start(gui_env.catalog_path) is None
    message = controller.reporter.shown[0].informativeText()
    assert "damaged" in message and f"restore {newest}" in message
    assert (gui_env.catalog_path / "catalog.sqlite").read_bytes() == b""
    for box in list(controller.reporter.shown):
        box.close()


def test_when_nothing_can_be_opened_at_start_the_reason_is_shown_before_exiting(gui_env, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    _damaged_catalogue(gui_env)
    waited: list[str] = []
    # the dialog must be waited for: without a window the application would end at once
    monkeypatch.setattr(QMessageBox, "exec", lambda box: waited.append(box.informativeText()) or 0)
    assert run(["--catalog", str(gui_env.catalog_path)]) == 1
    assert waited and "damaged" in waited[0]


def _not_a_catalogue_database(folder):
    folder.mkdir()
    (folder / "catalog.sqlite").write_bytes(b"not a database, just some text" * 100)
    return folder


def _unreadable_catalogue(gui_env, folder):
    """A Pressmark database that opens but whose documents table is gone."""
    import shutil
    import sqlite3

    shutil.copytree(gui_env.template, folder)
    connection = sqlite3.connect(folder / "catalog.sqlite")
    connection.execute("DROP TABLE documents")
    connection.commit()
    connection.close()
    return folder


def test_opening_a_folder_whose_database_is_bad_says_why_and_keeps_the_window(qtbot, gui_env):
    """Issue 14, defect 2: every way of opening a catalogue ends in a clear message."""
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.tmp / "first")  # closed by shutdown(), not qtbot
    reporter = controller.reporter
    for folder, words in (
        (_not_a_catalogue_database(gui_env.tmp / "text"), "not an SQLite database"),
        (_unreadable_catalogue(gui_env, gui_env.tmp / "broken"), "no such table: documents"),
    ):
        openings = (
            lambda f: controller.open(f, create=False),  # File → Open
            lambda f: controller.open(f),  # --catalog at start
            lambda f: window.open_requested.emit(f) and None,  # File → Open recent
        )
        for opening in openings:
            before = len(reporter.shown)
            assert opening(folder) is None
            assert controller.window is window and window.isVisible()  # the current window stays
            box = reporter.shown[before]
            assert box.text() == "Could not open the catalogue"
            assert words in box.informativeText() and str(folder) in box.informativeText()
            assert "something went wrong" not in box.text() and not box.detailedText()
            box.close()
    # the catalogue that failed is closed again: its lock is free for the next try
    assert controller.open(gui_env.tmp / "first") is not None
    controller.shutdown()


def test_file_new_refuses_a_folder_holding_other_files(qtbot, gui_env, monkeypatch):
    """Issue 14, defect 5: File → New never writes a catalogue in among someone's files."""
    from PySide6.QtWidgets import QFileDialog

    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.tmp / "first")  # closed by shutdown(), not qtbot
    busy = gui_env.tmp / "Documents"
    busy.mkdir()
    (busy / "thesis.docx").write_bytes(b"chapter one")
    (busy / "notes").mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(busy))
    window.actions_.new_catalog.trigger()
    assert controller.window is window
    message = controller.reporter.shown[-1].informativeText()
    assert "already holds files (notes, thesis.docx)" in message and "empty folder" in message
    assert sorted(p.name for p in busy.iterdir()) == ["notes", "thesis.docx"]  # nothing written
    controller.reporter.shown[-1].close()

    empty = gui_env.tmp / "empty"
    empty.mkdir()
    (empty / ".DS_Store").write_bytes(b"")
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.new(empty)  # an empty folder becomes a catalogue
    assert (empty / "catalog.sqlite").is_file()
    # a catalogue chosen with File → New is simply opened
    with qtbot.waitSignal(controller.ready, timeout=20000):
        again = controller.new(gui_env.tmp / "first")
    assert again.workspace.catalog.path == (gui_env.tmp / "first").resolve()
    controller.shutdown()


def test_quitting_while_a_long_text_is_being_imported_quits_at_once(qtbot, gui_env):
    """Issue 14, defect 1: closing the window during a long import cancels it and the
    process can end: shutting down waits for the worker, which hears the cancel."""
    import time

    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        window = controller.start(gui_env.tmp / "quitting")
    qtbot.addWidget(window)
    line = "Councillor Mara Kanu of the Harbour Trust said “the shelves are dry now” on Monday. "
    long_text = gui_env.tmp / "long.txt"
    long_text.write_text("A long report\n\n" + line * 30000, encoding="utf-8")  # about 2.6 MB
    before = window.workspace.catalog.maintenance.stats()["documents"]
    window.commands.import_paths([long_text])
    qtbot.wait(500)  # the import is under way on the worker
    assert window.workspace.tasks.busy
    started = time.monotonic()
    controller.shutdown()
    assert time.monotonic() - started < 5.0
    from catalog import Catalog

    with Catalog(gui_env.tmp / "quitting") as catalog:
        assert catalog.maintenance.stats()["documents"] == before  # nothing half-imported


def test_an_offscreen_run_that_copied_to_the_clipboard_exits_cleanly():
    """Qt's offscreen clipboard crashed the process at exit when it still held copied data
    (exit code 139 after every test had passed); the application empties it as it quits."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from PySide6.QtCore import QMimeData, QTimer\n"
        "from gui.app import application\n"
        "app = application([])\n"
        "data = QMimeData()\n"
        "data.setText('Okonjo, M. (2024).')\n"
        "app.clipboard().setMimeData(data)\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], cwd=root, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert done.returncode == 0
