"""Errors show as dialogs; uncaught exceptions do not crash the application."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from catalog.errors import NotFound
from catalog.store import Cancelled
from gui.errors import ErrorReporter, install_excepthook


def test_a_pressmark_error_shows_its_one_line(qtbot):
    reporter = ErrorReporter()
    box = reporter.report("Could not tag", NotFound("no tag “X”"))
    qtbot.addWidget(box)
    assert box.isVisible() and box.informativeText() == "no tag “X”"
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    qtbot.waitUntil(lambda: not reporter.shown)


def test_a_bug_shows_its_traceback_and_cancel_shows_nothing(qtbot):
    reporter = ErrorReporter()
    try:
        raise RuntimeError("bug")
    except RuntimeError as exc:
        box = reporter.report("Could not save", exc)
    qtbot.addWidget(box)
    assert "RuntimeError: bug" in box.informativeText()
    assert "Traceback" in box.detailedText()
    assert reporter.report("Reindexing", Cancelled()) is None


def test_the_excepthook_reports_instead_of_crashing(qtbot, monkeypatch):
    reporter = ErrorReporter()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(reporter)
    try:
        raise KeyError("lost")
    except KeyError:
        sys.excepthook(*sys.exc_info())
    assert len(reporter.shown) == 1
    qtbot.addWidget(reporter.shown[0])
    assert "KeyError" in reporter.shown[0].informativeText()


def test_a_known_failure_shows_a_sentence_not_its_raw_text(qtbot):
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    reporter = ErrorReporter()
    damaged = DatabaseError("SELECT documents.id\nFROM documents", {}, sqlite3.DatabaseError("database disk image is malformed"))
    box = reporter.report("Could not search", damaged)
    qtbot.addWidget(box)
    text = box.informativeText()
    assert text.startswith("the catalogue's database is damaged (database disk image is malformed)")
    assert "Tools → Check catalogue" in text and "Tools → Restore from backup" in text
    assert "SELECT" not in text and "DatabaseError" not in text
    assert box.icon() == QMessageBox.Icon.Warning
    box = reporter.report("Could not export", RecursionError("maximum recursion depth exceeded"))
    qtbot.addWidget(box)
    assert "nested too deeply" in box.informativeText()
