"""The search bar: debounced search as you type, narrowing by facets, errors, saving."""

from __future__ import annotations

from gui.panels.search_bar import SearchBar
from tests.gui.support import wait_searched


def test_typing_searches_once_after_a_pause(qtbot):
    bar = SearchBar()
    qtbot.addWidget(bar)
    seen = []
    bar.search_changed.connect(seen.append)
    with qtbot.waitSignal(bar.search_changed, timeout=2000):
        qtbot.keyClicks(bar.edit, "harbour")
    assert seen == ["harbour"]  # one search for the whole word, not one per key


def test_enter_searches_at_once_and_facets_narrow(qtbot):
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.edit.setText("memory")
    with qtbot.waitSignal(bar.search_changed) as blocker:
        bar.edit.returnPressed.emit()
    assert blocker.args == ["memory"]
    with qtbot.waitSignal(bar.search_changed) as blocker:
        bar.narrow("type:quote")
    assert blocker.args == ["memory type:quote"]
    with qtbot.assertNotEmitted(bar.search_changed):
        bar.narrow("type:quote")  # already there


def test_errors_mark_the_box(qtbot):
    bar = SearchBar()
    qtbot.addWidget(bar)
    bar.show_error("“x:” is not a field")
    assert "border" in bar.edit.styleSheet() and bar.edit.toolTip() == "“x:” is not a field"
    bar.show_error("")
    assert bar.edit.styleSheet() == ""


def test_a_date_that_is_not_one_is_named_with_its_place_in_the_results_and_the_search_box(qtbot, window):
    """Issue 14: ``date:notadate`` said only "…: notadate"; it now says what and where."""
    with wait_searched(qtbot, window.centre.results):
        window.search.set_text("harbour date:notadate")
    summary = window.centre.results.summary.text()
    said = "“notadate” at character 14 is not a date"
    assert summary.startswith("Cannot search for “harbour date:notadate”: ") and said in summary
    assert "write dates as 2024-03-14" in summary
    assert said in window.search.edit.toolTip() and window.search.edit.styleSheet() != ""
    with wait_searched(qtbot, window.centre.results):
        window.search.set_text("harbour date:2024")
    assert "Cannot" not in window.centre.results.summary.text() and window.search.edit.styleSheet() == ""
