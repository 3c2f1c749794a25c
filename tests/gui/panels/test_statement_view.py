"""The Statement view: opened by "Where else?", rows in date order with the first appearance
highlighted and the changed words marked; a double-click opens the document at that place."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gui.main_window import MainWindow
from gui.panels.statement_view import PLACE_ROLE, StatementDialog, marked_text
from tests.catalog.reuse.statement_texts import carry_statement


def _window(qtbot, gui_env):
    catalog = gui_env.open_catalog(sample=False)
    quote, docs = carry_statement(catalog)
    workspace = gui_env.workspace(catalog)
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not workspace.tasks.busy)
    return window, workspace, quote, docs


def _opened(qtbot, window, workspace) -> StatementDialog:
    dialog = window.statement_view
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() > 0, timeout=20000)
    qtbot.waitUntil(lambda: not workspace.tasks.busy)
    return dialog


def test_where_else_from_the_quote_record_lists_every_carrier_first_highlighted(qtbot, gui_env, tmp_path):
    window, workspace, quote, docs = _window(qtbot, gui_env)
    window.record.show_quote(quote)
    qtbot.mouseClick(window.record.quote.where_else_button, Qt.MouseButton.LeftButton)
    dialog = _opened(qtbot, window, workspace)
    table = dialog.table
    rows = [table.topLevelItem(i) for i in range(table.topLevelItemCount())]
    assert [row.data(0, PLACE_ROLE)[0] for row in rows] == [docs["reordered"], docs["origin"], docs["punctuation"], docs["edited"]]
    assert [row.text(0) for row in rows] == ["First", "This quote", "", ""]
    assert [row.text(1) for row in rows] == ["2025-02-27", "2025-03-01", "2025-03-02", "2025-03-04"]
    assert rows[0].background(3).color() != rows[1].background(3).color()
    assert '<b class="match" title="for “close”">shut</b>' in rows[3].text(5)
    assert "3 other documents carry it." in dialog.caption.text()
    dialog.resize(1100, 420)
    assert dialog.grab().save(str(tmp_path / "statement-view.png"))


def test_where_else_from_the_quotes_list_context_action(qtbot, gui_env):
    window, workspace, quote, docs = _window(qtbot, gui_env)
    window.show_kind("quote")
    qtbot.waitUntil(lambda: window.centre.records.model.rowCount() == 1)
    assert window.actions_.where_else in window.centre.records.context_actions
    window.centre.records.select_uuid(quote)
    window.actions_.where_else.trigger()
    dialog = _opened(qtbot, window, workspace)
    assert dialog.table.topLevelItemCount() == 4


def test_double_click_opens_the_document_with_the_occurrence_selected(qtbot, gui_env):
    window, workspace, quote, docs = _window(qtbot, gui_env)
    window.show_statement(quote)
    dialog = _opened(qtbot, window, workspace)
    item = dialog.table.topLevelItem(3)
    uuid, start, end = item.data(0, PLACE_ROLE)
    centre = dialog.table.visualItemRect(item).center()
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # as a hand does, before the second click
    with qtbot.waitSignal(dialog.place_chosen, timeout=2000) as blocker:
        qtbot.mouseDClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [docs["edited"], start, end]
    assert window.record.uuid == docs["edited"]
    assert window.record.reader.selected_span() == (start, end)


def test_where_else_without_a_quote_says_what_to_do(qtbot, gui_env):
    window, _workspace, _quote, _docs = _window(qtbot, gui_env)
    window.show_kind("document")
    window.record.clear()
    assert window.show_statement() is None
    assert "Choose a quote first" in window.status.currentMessage()


def test_marked_text_strikes_through_the_words_left_out():
    from catalog import Occurrence, WordChange

    occurrence = Occurrence("d", "T", "P", None, 10, 30, "we will not close it", 0.5,
                            (WordChange("left out", "", "northern", 28, 28),))  # fmt: skip
    assert marked_text(occurrence) == 'we will not close it <span class="muted">(left out: <s>northern</s>)</span>'


def test_reused_passages_lists_the_statement_and_opens_a_carrier(qtbot, gui_env):
    window, workspace, _quote, docs = _window(qtbot, gui_env)
    action = window.actions_.reused_passages
    assert action in window.menuBar().actions()[2].menu().actions()
    action.trigger()
    dialog = window.reused_view
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() > 0, timeout=20000)
    qtbot.waitUntil(lambda: not workspace.tasks.busy)
    head = next(dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount()) if dialog.table.topLevelItem(i).text(0) == "4")
    rows = [head.child(i) for i in range(head.childCount())]
    assert [row.data(0, PLACE_ROLE)[0] for row in rows] == [docs["reordered"], docs["origin"], docs["punctuation"], docs["edited"]]
    assert rows[0].text(0) == "First"
    assert all(docs["unrelated"] not in {dialog.table.topLevelItem(i).child(j).data(0, PLACE_ROLE)[0]
               for j in range(dialog.table.topLevelItem(i).childCount())} for i in range(dialog.table.topLevelItemCount()))  # fmt: skip
    with qtbot.waitSignal(dialog.place_chosen, timeout=2000) as blocker:
        dialog.table.itemActivated.emit(rows[3], 0)
    assert blocker.args[0] == docs["edited"]
    assert window.record.uuid == docs["edited"]
