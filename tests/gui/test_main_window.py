"""The main window end to end: quoting, searching, undo, import by drag and drop, menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from gui.dialogs.quote_dialog import QuoteDialog
from gui.dialogs.report_dialog import ReportDialog
from tests.gui.support import wait_changed, wait_idle, wait_searched

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

    results = window.centre.results
    with wait_searched(qtbot, results):
        window.search.set_text("tag:'heritage/conservation' speaker:haddad")
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
    dialog.speaker_type.setCurrentIndex(dialog.speaker_type.findData("organisation"))
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
    assert records.model.rowCount() == 5 and not records.filter_text.isVisible() and not records.clear_filter_button.isVisible()
    with wait_searched(qtbot, window.centre.results):
        window.centre.timeline.year_chosen.emit("2024")  # a year bar (the timeline spans years)
    assert window.search.text() == "year:2024" and window.centre.searching
    assert window.centre.results.model.rowCount() >= 1


def workspace_actors(window):
    return window.workspace.catalog.actors.summaries()


def test_facets_narrow_the_search(qtbot, window):
    results = window.centre.results
    with wait_searched(qtbot, results):
        window.search.set_text("saltmere")
    everything = results.model.rowCount()
    assert "type%3Aquote" in results.facets.text()
    with wait_searched(qtbot, results):
        results.facet_chosen.emit("type:quote")
    assert window.search.text() == "saltmere type:quote"
    assert 0 < results.model.rowCount() < everything
    assert all(row.kind == "quote" for row in results.model.rows())


def test_a_bad_query_is_marked_not_raised(qtbot, window):
    with wait_searched(qtbot, window.centre.results):
        window.search.set_text("nosuchfield:x")
    assert "not a field" in window.search.edit.toolTip()
    with wait_searched(qtbot, window.centre.results):
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
    with wait_searched(qtbot, window.centre.results):
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


def _tab_through(qtbot, window, presses: int, backwards: bool = False) -> list:
    """The widgets focus visits on ``presses`` Tab (or Shift+Tab) presses from the search box."""
    from PySide6.QtTest import QTest

    window.activateWindow()
    window.search.edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search.edit)
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    visited = []
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab, modifier)
        visited.append(QApplication.focusWidget())
    return visited


def test_tab_goes_round_the_whole_window(qtbot, window):
    """Issue 14, defect 4: the list does not trap Tab; the keyboard reaches every part, in the
    order they stand (search, left panels, list, reader, record form) and back to the search."""
    record = window.record
    visited = _tab_through(qtbot, window, 80)
    order = [
        window.tags.view, window.actors.filter, window.centre.records.table, record.reader,
        record.metadata.fields["title"], record.metadata.fields["notes"], record.metadata.tags,
        record.metadata.link_name,
    ]  # fmt: skip

    def first_visit(widget) -> int:
        return next(i for i, w in enumerate(visited) if w is widget or widget.isAncestorOf(w))

    positions = [first_visit(widget) for widget in order]
    assert positions == sorted(positions)
    assert visited.count(window.centre.records.table) == visited.count(record.reader)  # one stop each round
    assert window.search.edit in visited  # round again
    backwards = _tab_through(qtbot, window, 80, backwards=True)
    assert record.reader in backwards and window.centre.records.table in backwards


@pytest.fixture
def two_documents(qtbot, gui_env):
    """The main window over the sample plus a second document, the sample's selected."""
    from gui.main_window import MainWindow

    catalog = gui_env.open_catalog()
    catalog.documents.import_bytes(ARTICLE.encode(), "tide-mill.md")
    workspace = gui_env.workspace(catalog)
    win = MainWindow(workspace, gui_env.settings)
    gui_env.reporter.parent = win
    qtbot.addWidget(win)
    win.show()
    win.select_first_document()
    wait_idle(qtbot, workspace)
    shown = win.record.uuid
    (other,) = [uuid for uuid in catalog.search.record_ids("document") if uuid != shown]
    return win, shown, other


def _type(form, name: str, text: str) -> None:
    form.fields[name].setText(text)
    form.fields[name].textEdited.emit(text)


def test_unsaved_metadata_is_not_dropped_when_another_record_is_chosen(qtbot, gui_env, two_documents):
    """Issue 14, defect 3: leaving a document with unsaved edits asks Save / Discard / Cancel."""
    from PySide6.QtWidgets import QMessageBox

    window, first, second = two_documents
    workspace, record, records = window.workspace, window.record, window.centre.records
    answers, asked = [], []
    record.ask_unsaved = lambda _parent, title, _what: asked.append(title) or answers.pop(0)

    # Cancel: the document, the typed text and the list's selection stay
    _type(record.metadata, "section", "Flood archive")
    answers.append(QMessageBox.StandardButton.Cancel)
    records.select_uuid(second)
    assert asked == [workspace.catalog.documents.get(first).title]
    assert record.uuid == first and record.metadata.fields["section"].text() == "Flood archive"
    qtbot.waitUntil(lambda: records.selected_uuids() == [first])
    assert record.metadata.has_unsaved_edits()

    # Save: saved on the worker, then the other document shows
    answers.append(QMessageBox.StandardButton.Save)
    with wait_changed(qtbot, workspace):
        records.select_uuid(second)
    assert record.uuid == second
    wait_idle(qtbot, workspace)
    assert workspace.catalog.documents.get(first).section == "Flood archive"

    # Discard: nothing saved; coming back shows the stored value
    _type(record.metadata, "section", "Mills")
    answers.append(QMessageBox.StandardButton.Discard)
    records.select_uuid(first)
    assert record.uuid == first and workspace.catalog.documents.get(second).section != "Mills"
    records.select_uuid(second)
    assert record.metadata.fields["section"].text() != "Mills" and len(asked) == 3  # nothing to ask

    # a save that fails brings the document and the typed text back, with the reason
    _type(record.metadata, "published_at", "last Tuesday")
    answers.append(QMessageBox.StandardButton.Save)
    records.select_uuid(first)
    qtbot.waitUntil(lambda: record.uuid == second and record.metadata.has_unsaved_edits())
    assert record.metadata.fields["published_at"].text() == "last Tuesday"
    assert "not a date" in gui_env.reporter.shown[-1].informativeText()
    qtbot.waitUntil(lambda: records.selected_uuids() == [second])
    answers.append(QMessageBox.StandardButton.Discard)  # closing the window asks too


def test_search_messages_say_what_is_wrong_and_never_keep_an_old_count(qtbot, window):
    """Issue 14, defect 7: one result is "1 result"; a malformed query shows why, where the
    results would be, with no count left over from the query before."""
    centre, results = window.centre, window.centre.results
    with wait_searched(qtbot, results):
        window.search.set_text("Saltmere type:document")
    assert results.summary.text() == "1 result for “Saltmere type:document”"
    for query, words in (
        ("date:[2023-13-01 to x]", "“2023-13-01” at character 7 is not a date"),
        ("(", "“(” at character 1 is never closed"),
        ('title:"', "quotation mark at character 7 is never closed"),
    ):
        with wait_searched(qtbot, results):
            window.search.set_text(query)
        assert centre.searching and results.model.rowCount() == 0 and results.facets.text() == ""
        summary = results.summary.text()
        assert summary.startswith(f"Cannot search for “{query}”") and words in summary
        assert "result" not in summary and "  " not in summary
        assert words in window.search.edit.toolTip()
    with wait_searched(qtbot, results):
        window.search.set_text("Saltmere")
    assert "result" in results.summary.text() and "Cannot" not in results.summary.text()
    assert window.search.edit.styleSheet() == ""


def test_the_import_report_tells_pages_saved_under_the_same_name_apart(qtbot, window, tmp_path):
    """Issue 14, defect 12: web pages saved as ``source.html`` each were all "source.html"."""
    from catalog import distinct_names

    folder = tmp_path / "saved pages"
    for site, headline in (("aclu", "Facebook tracks non-users"), ("cnn", "The birth lottery"), ("ars", "A Minecraft exploit")):
        (folder / site).mkdir(parents=True)
        (folder / site / "source.html").write_text(
            f"<html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>"
            f"<p>{headline} is the story of this page, told at some length so that it is an article.</p>"
            "<p>A second paragraph keeps the extractor from taking it for a fragment.</p></article></body></html>",
            "utf-8",
        )
    window.commands.import_paths([folder])
    qtbot.waitUntil(lambda: isinstance(window.commands.dialog, ReportDialog), timeout=20000)
    report = window.commands.dialog
    names = sorted(report.model.item(row, 0).text() for row in range(report.model.rowCount()))
    assert names == ["aclu/source.html", "ars/source.html", "cnn/source.html"]
    details = {report.model.item(row, 0).text(): report.model.item(row, 2).text() for row in range(3)}
    assert "birth lottery" in details["cnn/source.html"]
    assert distinct_names(["/a/x/notes.txt", "/a/x/notes.txt", "/b/y/notes.txt", "/b/y/other.txt"]) == ["x/notes.txt", "x/notes.txt", "y/notes.txt", "other.txt"]


def test_at_1024_pixels_actor_names_are_readable_and_the_left_tabs_fit(qtbot, window, workspace):
    """Issue 14, defect 10: fixed six-digit count columns took the room of the names
    ("Benjamin Ro…", four characters at 1024 pixels), and the left tabs scrolled."""
    with wait_changed(qtbot, workspace):
        workspace.ops.change("Add actor", lambda: workspace.catalog.actors.add("Benjamin Roberts", "person")[1])
    wait_idle(qtbot, workspace)
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    panel = window.actors
    view, header = panel.view, panel.view.header()
    for column in (1, 2):  # as wide as the title needs (the counts here are small), no wider
        title = panel.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) <= header.fontMetrics().horizontalAdvance(title) + 24
    people = panel.model.index(0, 0)
    benjamin = next(panel.model.index(r, 0, people) for r in range(panel.model.rowCount(people)) if panel.model.index(r, 0, people).data() == "Benjamin Roberts")
    room = view.visualRect(benjamin).width()
    assert room >= view.fontMetrics().horizontalAdvance("Benjamin Roberts") + 4
    tabs = window.left_tabs.tabBar()
    assert tabs.sizeHint().width() <= tabs.width()  # no scroll arrows
