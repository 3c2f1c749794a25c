"""The main window end to end: quoting, searching, undo, import by drag and drop, menus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gui.dialogs.quote_dialog import QuoteDialog
from gui.dialogs.report_dialog import ReportDialog
from tests.gui.support import wait_changed, wait_idle

ARTICLE = """# The tide mill reopens

Northshore Courier

By Ana Lucas, 2 May 2024

The old tide mill at Saltmere reopened on Saturday after a three-year restoration.

"It grinds again, and the harbour hears it," said miller Tom Penrose.
"""


def select_text(reader, phrase: str) -> None:
    cursor = reader.document().find(phrase)
    assert cursor.hasSelection(), phrase
    reader.setTextCursor(cursor)


def test_window_opens_on_the_first_document(window):
    assert window.record.kind == "document"
    assert window.record.reader.view.title.startswith("Saltmere's flood-damaged archive")
    assert window.tags.model.rowCount() == 1
    assert window.actors.model.rowCount() >= 2
    assert window.centre.records.model.rowCount() == 1


def test_select_quote_speaker_tag_search_then_undo(qtbot, window, workspace):
    reader = window.record.reader
    phrase = "the bound shipping registers were the hardest case"
    select_text(reader, phrase)
    body = reader.view.body
    assert reader.selected_span() == (body.index(phrase), body.index(phrase) + len(phrase))

    window.actions_.quote_selection.trigger()
    dialog = window.commands.dialog
    assert isinstance(dialog, QuoteDialog) and dialog.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("excerpt"))
    qtbot.keyClicks(dialog.speaker, "Idris Haddad")
    assert not dialog.is_new_speaker()
    qtbot.keyClicks(dialog.tags, "Heritage/Conservation")
    dialog.note.setPlainText("paraphrase, not a direct quote")
    with wait_changed(qtbot, workspace) as blocker:
        dialog.accept()
    changes = blocker.args[0]
    (quote_uuid,) = changes.created["quote"]
    wait_idle(qtbot, workspace)
    assert window.record.kind == "quote" and window.record.uuid == quote_uuid
    assert window.record.quote.view.speaker.name == "Idris Haddad"
    assert window.record.quote.view.tags == ["Heritage/Conservation"]
    assert window.tags.model.index_of_key("Heritage/Conservation").isValid()

    window.search.set_text("tag:'heritage/conservation' speaker:haddad")
    results = window.centre.results
    assert window.centre.searching
    assert [row.uuid for row in results.model.rows()] == [quote_uuid]
    assert "Undo Create quote" in window.actions_.undo.text()

    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert results.model.rowCount() == 0
    assert not window.tags.model.index_of_key("Heritage/Conservation").isValid()
    assert quote_uuid not in [q.uuid for q in window.record.reader.view.quotes]

    with wait_changed(qtbot, workspace):
        window.actions_.redo.trigger()
    wait_idle(qtbot, workspace)
    assert results.model.rowCount() == 1


def test_a_new_speaker_gets_a_type(qtbot, window, workspace):
    select_text(window.record.reader, "memory is a trust")
    dialog = window.commands.quote_selection()
    dialog.speaker.setText("Banner Committee")
    assert dialog.is_new_speaker() and dialog.speaker_type.isVisibleTo(dialog)
    dialog.speaker_type.setCurrentText("organisation")
    with wait_changed(qtbot, workspace) as blocker:
        dialog.accept()
    (actor_uuid,) = blocker.args[0].created["actor"]
    assert workspace.catalog.actors.get(actor_uuid).type == "organisation"


def test_quoting_without_a_selection_only_says_so(window):
    window.record.reader.moveCursor(window.record.reader.textCursor().MoveOperation.Start)
    assert window.commands.quote_selection() is None
    assert "Select some text" in window.statusBar().currentMessage()


def drop_files(widget, paths: list[Path]) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    drop = QDropEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop


def test_dropping_files_and_folders_imports_them(qtbot, window, workspace, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    (folder / "tide-mill.md").write_text(ARTICLE, "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    drop = drop_files(window.centre.records.table.viewport(), [folder])
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    report = window.commands.dialog
    assert report.summary.text().startswith("1 imported, 0 already in the catalogue, 1 failed")
    assert report.model.rowCount() == 2
    wait_idle(qtbot, workspace)
    assert window.centre.records.model.rowCount() == 2
    assert "2 documents" in window.status.counts.text()


def test_tagging_the_selection_and_deleting_it_are_undoable(qtbot, window, workspace):
    window.show_kind("quote")
    records = window.centre.records
    records.table.selectAll()
    assert len(records.selected_uuids()) == 5
    with wait_changed(qtbot, workspace):
        window.commands.tag_records(records.selected_uuids(), "Coast/Harbour")
    wait_idle(qtbot, workspace)
    assert all("Coast/Harbour" in records.model.index(r, 4).data() for r in range(5))
    records.table.selectRow(0)
    records.table.setFocus()
    with wait_changed(qtbot, workspace):
        qtbot.keyClick(records.table, Qt.Key.Key_Delete)
    wait_idle(qtbot, workspace)
    assert records.model.rowCount() == 4
    assert window.trash.model.rowCount() == 1
    with wait_changed(qtbot, workspace):
        window.actions_.undo.trigger()
    wait_idle(qtbot, workspace)
    assert records.model.rowCount() == 5
    assert window.trash.model.rowCount() == 0


def test_choosing_a_tag_actor_or_month_filters_the_list(qtbot, window):
    records = window.centre.records
    window.show_kind("quote")
    window.tags.tag_chosen.emit("Heritage/Volunteers")
    assert records.model.rowCount() == 5 and records.filter_label == "Tag: Heritage/Volunteers"
    helen = next(a for a in workspace_actors(window) if a.name == "Helen Castellan")
    window.actors.actor_chosen.emit(helen.uuid)
    assert records.model.rowCount() == 2
    assert window.record.kind == "actor"
    window.centre.timeline.month_chosen.emit("2024-02")
    assert records.model.rowCount() == 0
    window.show_all()
    assert records.model.rowCount() == 5 and not records.filter_row.isVisible()


def workspace_actors(window):
    return window.workspace.catalog.actors.summaries()


def test_facets_narrow_the_search(qtbot, window):
    window.search.set_text("saltmere")
    results = window.centre.results
    everything = results.model.rowCount()
    assert "type%3Aquote" in results.facets.text()
    results.facet_chosen.emit("type:quote")
    assert window.search.text() == "saltmere type:quote"
    assert 0 < results.model.rowCount() < everything
    assert all(row.kind == "quote" for row in results.model.rows())


def test_a_bad_query_is_marked_not_raised(window):
    window.search.set_text("nosuchfield:x")
    assert "not a field" in window.search.edit.toolTip()
    window.search.set_text("harbour")
    assert "not a field" not in window.search.edit.toolTip()


def test_help_lists_shortcuts_and_about_names_the_version(window):
    import catalog

    dialog = window.commands.shortcuts()
    keys = {dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())}
    assert {"Ctrl+Q", "Ctrl+T", "Ctrl+I", "F1"} <= keys
    box = window.commands.about()
    assert catalog.__version__ in box.text()
    assert window.actions_.undo.shortcut().toString() == "Ctrl+Z"


def test_window_layout_is_remembered(qtbot, window, gui_env):
    window.main.setSizes([200, 300, 900])
    window.close()
    assert gui_env.settings.splitter_state("main") is not None
    assert gui_env.settings.window_geometry() is not None


def test_reindex_runs_in_the_background_with_progress(qtbot, window, workspace):
    with qtbot.waitSignal(workspace.tasks.progressed, timeout=20000):
        window.actions_.reindex.trigger()
    wait_idle(qtbot, workspace, timeout=30000)
    assert "Search index rebuilt" in window.statusBar().currentMessage()
    window.search.set_text("memory")
    assert window.centre.results.model.rowCount() >= 1


def test_check_reports_in_a_dialog(qtbot, window, workspace):
    window.actions_.check.trigger()
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    assert window.commands.dialog.summary.text().startswith("No problems found.")


def test_palette_change_recolours_the_quotes(qtbot, window):
    from PySide6.QtGui import QColor, QPalette

    reader = window.record.reader
    quote = reader.view.quotes[0]

    def background() -> str:
        cursor = reader.textCursor()
        cursor.setPosition(reader.body_offset + quote.start + 1)
        return cursor.charFormat().background().color().name()

    light = background()
    dark = QPalette(reader.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    reader.setPalette(dark)
    assert background() != light
