"""Issue 14: every control a screen reader can land on has a name it can say. The walk covers
the main window (every panel and page, shown or not) and each dialog the window opens.

A name is what an assistive technology reads (``QAccessibleInterface.text(Name)``): a
button's text, a field's form label, or the name set on it. It must hold a letter: a ☆, ✕
or − alone says nothing when read aloud."""

from __future__ import annotations

import re

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from catalog import ProposalView
from catalog.exchange.merge_report import MergeEntry, MergeReport
from gui.dialogs.import_preview_dialog import ImportPreviewDialog
from gui.dialogs.proposal_dialog import ProposalDialog
from gui.dialogs.quote_dialog import QuoteDialog
from tests.gui.support import spoken_tab_names, wait_idle

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)
# the parts Qt builds inside its own widgets carry their owner's name
QT_PARTS = (QComboBox, QAbstractSpinBox, QLineEdit, QHeaderView)


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """The interactive widgets of the window ``top``, and the tabs of its tab bars, without a
    name that says something."""
    missing = []
    for bar in top.findChildren(QTabBar):
        if bar.window() is top:
            missing += [f"tab {i} of {type(bar.parent()).__name__}" for i, name in enumerate(spoken_tab_names(bar)) if not re.search(r"\w", name.replace("_", ""))]
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or widget.window() is not top:
            continue  # popups (a combo box's list, a completer) are windows of their own
        if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView) or isinstance(widget.parent(), QT_PARTS):
            continue
        if not re.search(r"\w", spoken_name(widget).replace("_", "")):
            owner = widget.parent()
            missing.append(f"{type(widget).__name__} {spoken_name(widget)!r} in {type(owner).__name__ if owner else '-'}")
    return missing


def test_every_control_of_the_main_window_has_a_name(window):
    assert unnamed(window) == []


def test_the_search_box_and_the_views_say_what_they_are(qtbot, window):
    assert spoken_name(window.search.edit) == "Search"
    assert spoken_name(window.search.save_button) == "Save this search"
    assert spoken_name(window.centre.records.table) == "Records"
    assert window.centre.records.table.accessibleDescription()
    assert spoken_name(window.record.reader) == "Document text"
    # the kinds' tabs say their kind, whether their names show beside their icons or not
    kinds = window.centre.records.kinds
    for width in (1024, 1600):
        window.resize(width, 800)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        assert spoken_tab_names(kinds) == ["Documents", "Quotes", "Actors"], width


def test_every_control_of_each_dialog_the_window_opens_has_a_name(qtbot, window, workspace, tmp_path):
    commands = window.commands
    dialogs = [
        commands.ask_export_bundle(), commands.ask_restore(), commands.ask_author_name(), commands.shortcuts(),
        commands.about(), window.show_co_quotations(),
    ]  # fmt: skip
    commands.check()
    wait_idle(qtbot, workspace)
    dialogs.append(commands.dialog)  # the check's report
    quote = ProposalView(1, "d", "Doc", "quote", "pending", {"exact": "words", "kind": "quotation", "speaker": "Helen Castellan"})
    actor = ProposalView(2, "d", "Doc", "actor", "pending", {"name": "Quay Street", "type": "place", "mentions": [[1, 5]]})
    dialogs += [
        ProposalDialog(quote, ["Helen Castellan"], window), ProposalDialog(actor, [], window),
        QuoteDialog("It grinds again", {"tom penrose": "Tom Penrose"}, ["Heritage"], window),
        ImportPreviewDialog(tmp_path / "theirs.zip", None, _conflicting_report(), window),
    ]  # fmt: skip
    for dialog in dialogs:
        dialog.show()
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_question_about_unsaved_edits_has_named_buttons(qtbot, window, monkeypatch):
    from gui.panels.record_pane import ask_unsaved_edits

    asked: list[QMessageBox] = []

    def look(box: QMessageBox) -> None:
        asked.append(box)
        assert unnamed(box) == [] and box.accessibleName() == "Unsaved changes"
        box.reject()

    monkeypatch.setattr(QMessageBox, "exec", lambda box: look(box) or QMessageBox.StandardButton.Cancel)
    assert ask_unsaved_edits(window, "A title") == QMessageBox.StandardButton.Cancel
    assert len(asked) == 1


def _conflicting_report() -> MergeReport:
    report = MergeReport("theirs.zip", "mine", True)
    entry = MergeEntry("document", "d1", "First", "conflict", "d1", "id", ["title"], shared_base=True)
    entry.resolution = "kept mine"
    entry.values = {"title": {"mine": "Mine", "theirs": "Theirs", "base": "First"}}
    report.add(entry)
    return report

