"""Issue 14, the window: typed edits are never lost. Closing the window, quitting, opening or
creating another catalogue, and leaving a quote whose form was edited all ask Save / Discard /
Cancel first, as leaving a document with unsaved metadata already did."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from catalog import Catalog
from gui.controller import AppController
from gui.errors import ErrorReporter
from tests.gui.support import wait_changed, wait_idle

SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Cancel)


class Answers:
    """Stands in for the question: records what was asked and gives the answers queued."""

    def __init__(self, record) -> None:
        self.queued: list[QMessageBox.StandardButton] = []
        self.asked: list[tuple[str, str]] = []
        record.ask_unsaved = self

    def __call__(self, _parent, title: str, what: str) -> QMessageBox.StandardButton:
        self.asked.append((what, title))
        return self.queued.pop(0)


def type_metadata(form, name: str, text: str) -> None:
    form.fields[name].setText(text)
    form.fields[name].textEdited.emit(text)


def type_note(quote_form, text: str) -> None:
    quote_form.note.setPlainText(text)  # textChanged marks it edited, as typing does


def test_closing_the_window_asks_about_unsaved_metadata(qtbot, window, workspace):
    answers = Answers(window.record)
    document = window.record.uuid
    type_metadata(window.record.metadata, "section", "Flood archive")

    answers.queued.append(CANCEL)
    window.close()
    assert window.isVisible() and window.record.metadata.has_unsaved_edits()
    assert answers.asked == [("document", workspace.catalog.documents.get(document).title)]

    # Save: the window stays until the edit is saved, then closes by itself
    answers.queued.append(SAVE)
    with wait_changed(qtbot, workspace):
        window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert workspace.catalog.documents.get(document).section == "Flood archive"


def test_quitting_with_discard_closes_without_saving(qtbot, window, workspace):
    answers = Answers(window.record)
    document = window.record.uuid
    type_metadata(window.record.metadata, "section", "Never kept")
    answers.queued.append(DISCARD)
    window.actions_.quit.trigger()
    assert not window.isVisible()
    assert workspace.catalog.documents.get(document).section != "Never kept"


def test_a_save_that_fails_while_closing_keeps_the_window_and_the_typed_text(qtbot, window, gui_env):
    answers = Answers(window.record)
    type_metadata(window.record.metadata, "published_at", "last Tuesday")
    answers.queued.append(SAVE)
    window.close()
    qtbot.waitUntil(lambda: bool(gui_env.reporter.shown))
    wait_idle(qtbot, window.workspace)
    assert window.isVisible()
    assert "not a date" in gui_env.reporter.shown[-1].informativeText()
    assert window.record.metadata.fields["published_at"].text() == "last Tuesday"
    assert window.record.metadata.has_unsaved_edits()
    answers.queued.append(DISCARD)  # let the fixture close it


def test_leaving_a_quote_whose_form_was_edited_asks(qtbot, window, workspace):
    answers = Answers(window.record)
    record = window.record
    first, second = workspace.catalog.quotes.find()[:2]
    record.show_quote(first.uuid)
    assert not record.quote.has_unsaved_edits()
    type_note(record.quote, "Check the recording")
    assert record.quote.has_unsaved_edits()

    answers.queued.append(CANCEL)
    record.show_quote(second.uuid)
    assert record.uuid == first.uuid and record.quote.note.toPlainText() == "Check the recording"
    assert answers.asked[0][0] == "quote" and first.exact.split()[0] in answers.asked[0][1]

    answers.queued.append(SAVE)
    with wait_changed(qtbot, workspace):
        record.show_document(first.document_uuid)  # the quote form is cleared for its document
    assert workspace.catalog.quotes.get(first.uuid).note == "Check the recording"

    # a change elsewhere while a quote is being edited keeps what is typed
    record.show_quote(second.uuid)
    type_note(record.quote, "Typed, not saved")
    with wait_changed(qtbot, workspace):
        workspace.ops.change("Tag", lambda: workspace.catalog.tags.apply([first.uuid], "Checked"))
    assert record.quote.note.toPlainText() == "Typed, not saved"

    answers.queued.append(CANCEL)
    window.close()
    assert window.isVisible()
    answers.queued.append(DISCARD)
    window.close()
    assert not window.isVisible()
    assert workspace.catalog.quotes.get(second.uuid).note != "Typed, not saved"


def test_a_quote_whose_save_fails_on_the_way_out_comes_back_with_what_was_typed(qtbot, window, workspace, gui_env, monkeypatch):
    """Document, quote and actor forms share one way back after a failed save: the record
    shown again, the typed text in its form, the reason reported."""
    from catalog import SaveFailed

    answers = Answers(window.record)
    record = window.record
    first, second = workspace.catalog.quotes.find()[:2]
    record.show_quote(first.uuid)
    type_note(record.quote, "Check the recording")

    def refuse(*_args, **_kwargs):
        raise SaveFailed("the disk is full")

    monkeypatch.setattr(workspace.catalog.quotes, "update", refuse)
    answers.queued.append(SAVE)
    record.show_quote(second.uuid)
    qtbot.waitUntil(lambda: record.uuid == first.uuid and record.quote.has_unsaved_edits())
    assert record.kind == "quote" and record.quote.note.toPlainText() == "Check the recording"
    assert "the disk is full" in gui_env.reporter.shown[-1].informativeText()
    assert gui_env.reporter.shown[-1].text() == "Could not save the changes to the quote"
    answers.queued.append(DISCARD)  # closing the window asks too


@pytest.fixture
def controller(qtbot, gui_env):
    controller = AppController(gui_env.settings, ErrorReporter())
    with qtbot.waitSignal(controller.ready, timeout=20000):
        controller.start(gui_env.tmp / "first")
    yield controller
    if controller.window is not None:
        controller.window.record.ask_unsaved = lambda *_args: DISCARD
    controller.shutdown()


def test_opening_another_catalogue_asks_about_unsaved_edits_first(qtbot, gui_env, controller, monkeypatch):
    window = controller.window
    answers = Answers(window.record)
    document = window.record.uuid
    catalog = window.workspace.catalog
    other = gui_env.tmp / "second"
    type_metadata(window.record.metadata, "section", "Mills")

    # File → Open, File → New and Open recent: Cancel keeps the window and the typed text
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args, **_kw: str(other))
    for ask in (window.actions_.open_catalog.trigger, window.actions_.new_catalog.trigger, lambda: window.open_requested.emit(other)):
        answers.queued.append(CANCEL)
        ask()
        assert controller.window is window and window.isVisible()
        assert window.record.metadata.fields["section"].text() == "Mills"
    assert len(answers.asked) == 3 and not other.exists()

    # Save: saved first, then the other catalogue opens
    answers.queued.append(SAVE)
    with qtbot.waitSignal(controller.ready, timeout=20000):
        assert controller.new(other) is None  # not yet: the save comes first
    assert controller.window is not window
    assert controller.window.workspace.catalog.path == other.resolve()
    with Catalog(gui_env.tmp / "first", create=False) as reopened:
        assert reopened.documents.get(document).section == "Mills"
    assert catalog.path == (gui_env.tmp / "first").resolve()


def test_a_catalogue_that_cannot_be_opened_after_discard_keeps_the_typed_text(qtbot, gui_env, controller):
    window = controller.window
    answers = Answers(window.record)
    type_metadata(window.record.metadata, "section", "Still here")
    answers.queued.append(DISCARD)
    assert controller.open(gui_env.tmp / "nowhere", create=False) is None
    assert controller.window is window
    assert window.record.metadata.fields["section"].text() == "Still here"
    for box in list(controller.reporter.shown):
        box.close()


def test_start_refuses_a_folder_holding_other_files(gui_env):
    """Issue 14: ``pressmark --catalog ~/Documents`` never writes a catalogue among the files."""
    busy = Path(gui_env.tmp / "Documents")
    busy.mkdir()
    (busy / "thesis.docx").write_bytes(b"chapter one")
    controller = AppController(gui_env.settings, ErrorReporter())
    assert controller.start(busy) is None
    message = controller.reporter.shown[-1].informativeText()
    assert "already holds files (thesis.docx)" in message and "empty folder" in message
    assert [p.name for p in busy.iterdir()] == ["thesis.docx"]
    for box in list(controller.reporter.shown):
        box.close()
