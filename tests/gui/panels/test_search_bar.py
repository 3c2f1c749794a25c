"""The search bar: debounced search as you type, narrowing by facets, errors, saving."""

from __future__ import annotations

from gui.panels.search_bar import SearchBar


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
