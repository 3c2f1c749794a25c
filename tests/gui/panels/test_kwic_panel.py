"""Hits in context (KWIC) beside the search results: a tab of one line per occurrence,
sortable, opening the record on Enter; File → Export → KWIC as CSV; View → Hits in context."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester, QTest
from PySide6.QtWidgets import QFileDialog

from catalog import kwic_lines, left_sort_key
from gui.models.kwic_table import HIT, LEFT, KwicTableModel
from tests.gui.support import wait_idle, wait_searched

FAIL = QAbstractItemModelTester.FailureReportingMode.Fatal


def shown_in_context(qtbot, window, query: str):
    window.search.set_text(query)
    results = window.centre.results
    with qtbot.waitSignal(results.kwic.loaded, timeout=10000):
        results.show_kwic()
    return results.kwic


def test_the_in_context_tab_shows_each_hit_centred_and_sorts(qtbot, window, workspace):
    kwic = shown_in_context(qtbot, window, "saltmere")
    expected = kwic_lines(workspace.catalog, "saltmere", words=5)
    assert kwic.lines() == expected and len(expected) >= 2
    proxy = kwic.proxy
    assert [proxy.index(row, HIT).data() for row in range(proxy.rowCount())] == [line.hit for line in expected]
    assert proxy.index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert kwic.summary.text().startswith(f"{len(expected)} hits in ")
    assert kwic.view.accessibleName() == "Hits in context"

    kwic.view.sortByColumn(LEFT, Qt.SortOrder.AscendingOrder)
    assert [left_sort_key(line.left) for line in kwic.lines()] == sorted(left_sort_key(line.left) for line in expected)

    # fewer words either side: worked out again
    with qtbot.waitSignal(kwic.loaded, timeout=10000):
        kwic.words.setValue(1)
    assert all(len(line.left.split()) <= 2 for line in kwic.lines())

    # Enter on a line opens its record
    first = kwic.lines()[0]
    kwic.view.setFocus()
    kwic.view.setCurrentIndex(kwic.proxy.index(0, 0))
    QTest.keyClick(kwic.view, Qt.Key.Key_Return)
    assert window.record.uuid == first.uuid


def test_a_new_search_refreshes_the_lines_and_a_bad_one_clears_them(qtbot, window):
    kwic = shown_in_context(qtbot, window, "saltmere")
    with qtbot.waitSignal(kwic.loaded, timeout=10000):
        window.search.set_text("harbour")
    assert {line.hit.lower() for line in kwic.lines()} == {"harbour"}
    with wait_searched(qtbot, window.centre.results):
        window.search.set_text('"never closed')
    assert kwic.lines() == [] and kwic.query == ""
    with qtbot.waitSignal(kwic.loaded, timeout=10000):
        window.search.set_text("title:saltmere")
    assert kwic.lines() == [] and "titles, names or tags" in kwic.summary.text()


def test_the_kwic_model_passes_the_model_tester(qtbot, workspace):
    model = KwicTableModel()
    QAbstractItemModelTester(model, FAIL)
    model.set_lines(kwic_lines(workspace.catalog, "saltmere"))
    assert model.rowCount() > 0 and model.columnCount() == 5
    assert model.headerData(HIT, Qt.Orientation.Horizontal) == "Hit"


def test_export_kwic_as_csv_from_the_file_menu(qtbot, window, workspace, tmp_path, monkeypatch):
    action = window.actions_.export_kwic
    assert action in window.export_menu.actions()
    target = tmp_path / "hits"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "CSV (*.csv)"))
    action.trigger()  # no search yet: says so, and goes to the search box
    assert "Search first" in window.statusBar().currentMessage() and not target.with_suffix(".csv").exists()

    window.search.set_text("saltmere")
    window.centre.results.kwic.words.setValue(2)
    action.trigger()
    wait_idle(qtbot, workspace)
    written = target.with_suffix(".csv")
    with open(written, encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    expected = kwic_lines(workspace.catalog, "saltmere", words=2)
    assert rows[0][:5] == ["document", "date", "left", "hit", "right"]
    assert [row[:5] for row in rows[1:]] == [list(line.row()) for line in expected]
    assert f"Wrote {len(expected)} lines in context" in window.statusBar().currentMessage()


def test_view_hits_in_context_opens_the_tab_for_the_search(qtbot, window):
    window.actions_.show_kwic.trigger()
    assert "Search first" in window.statusBar().currentMessage()
    window.search.edit.setText("saltmere")  # typed, not yet searched
    with qtbot.waitSignal(window.centre.results.kwic.loaded, timeout=10000):
        window.actions_.show_kwic.trigger()
    assert window.centre.searching and window.centre.results.tabs.currentWidget() is window.centre.results.kwic
