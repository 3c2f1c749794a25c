"""Issue 14: the window at 1024×768 (and 1280×800). Nothing is cut off: the window fits the
screen, every tab bar shows all its tabs without scroll arrows, the centre's count and the
timeline's legend are whole, and the first column of the list reads to the table's edge."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabBar

from tests.gui.support import wait_idle


def tab_bars(window) -> dict[str, QTabBar]:
    record = window.record
    return {
        "left": window.left_tabs.tabBar(), "kinds": window.centre.records.kinds,
        "results": window.centre.results.tabs.tabBar(), "record": record.side.tabBar(),
        "actor": record.actor_page.tabBar(),
    }  # fmt: skip


def cut_off(window) -> list[str]:
    """What does not fit the window as it is laid out now."""
    problems = []
    if window.minimumSizeHint().width() > window.width():
        problems.append(f"the window needs {window.minimumSizeHint().width()} pixels")
    for name, bar in tab_bars(window).items():
        if not bar.isVisible():
            continue
        last = bar.tabRect(bar.count() - 1)
        if bar.usesScrollButtons() or last.right() >= bar.width():
            problems.append(f"the {name} tabs scroll ({bar.sizeHint().width()} > {bar.width()})")
        elif bar.visibleRegion().boundingRect().right() < last.right():
            problems.append(f"the {name} tabs are cut off by their column")
    return problems


def assert_whole(qtbot, window) -> None:
    try:
        qtbot.waitUntil(lambda: not cut_off(window), timeout=2000)  # once the splitters have laid out
    finally:
        assert cut_off(window) == []


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_at_small_screens_no_tab_scrolls_and_nothing_is_cut_off(qtbot, window, workspace, size):
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    assert_whole(qtbot, window)
    records = window.centre.records
    assert records.count.width() >= records.count.sizeHint().width()
    table = records.table
    assert table.columnWidth(0) <= table.viewport().width()  # the title reads to the table's edge
    # the record's tabs fit with a count in them
    window.record.proposals.count_changed.emit(12)
    assert_whole(qtbot, window)
    # searching, with the hits in context shown
    window.search.set_text("saltmere")
    with qtbot.waitSignal(window.centre.results.kwic.loaded, timeout=10000):
        window.centre.results.show_kwic()
    qtbot.waitUntil(lambda: window.width() == size[0])
    assert_whole(qtbot, window)
    kwic = window.centre.results.kwic.view
    hit_column_right = kwic.columnViewportPosition(3) + kwic.columnWidth(3)
    assert hit_column_right <= kwic.viewport().width()  # the hit in sight without scrolling sideways
    # an actor's record
    actor = workspace.catalog.actors.find()[0]
    window.record.show_actor(actor.uuid)
    wait_idle(qtbot, workspace)
    assert_whole(qtbot, window)


def test_the_timeline_legend_says_less_rather_than_being_cut(qtbot, window, workspace):
    timeline = window.centre.timeline
    wait_idle(qtbot, workspace)
    notes = ("per month (peak 5)", "peak 5")
    timeline.resize(600, 110)
    assert timeline.legend_note(150, notes) == "per month (peak 5)"
    timeline.resize(200, 110)
    room = 200 - 4 - 150
    note = timeline.legend_note(150, notes)
    assert note in ("peak 5", "") and timeline.fontMetrics().horizontalAdvance(note) <= room
    timeline.resize(160, 110)
    assert timeline.legend_note(150, notes) == ""


def test_at_1024_pixels_hiding_panes_gives_the_reader_their_room(qtbot, window):
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    reader = window.record.reader
    before = reader.width()
    window.show_pane("details", False)
    qtbot.waitUntil(lambda: reader.width() > before + 200)
    window.show_pane("sidebar", False)
    qtbot.waitUntil(lambda: not window.left.isVisible())
    assert_whole(qtbot, window)
    window.show_pane("sidebar", True)
    window.show_pane("details", True)
    assert_whole(qtbot, window)


def test_at_1024_pixels_the_empty_catalogue_shows_its_import_button_whole(qtbot, gui_env):
    from gui.main_window import MainWindow
    from tests.gui.support import wait_idle

    workspace = gui_env.workspace(gui_env.open_catalog(sample=False))
    window = MainWindow(workspace, gui_env.settings)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    wait_idle(qtbot, workspace)
    assert_whole(qtbot, window)
    records = window.centre.records
    for part in (records.empty.title, records.empty.button):
        corner = part.mapTo(records, part.rect().bottomRight())
        assert part.isVisible() and records.rect().contains(corner), part
        assert part.width() >= part.sizeHint().width() or part is records.empty.title
    window.close_without_asking()


@pytest.mark.parametrize("size", [(1024, 768), (1280, 800)])
def test_the_side_records_fit_their_column_and_keep_save_in_sight(qtbot, window, workspace, size):
    """The quote's record had one row of four buttons, 419 pixels wide: at 1024 its Save button
    and the right of every field were out of sight (the column does not scroll sideways)."""
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    record = window.record
    quote = workspace.catalog.quotes.find()[0]
    record.show_quote(quote.uuid)
    wait_idle(qtbot, workspace)
    for form in (record.quote, record.metadata):
        record.side.setCurrentWidget(form)
        qtbot.waitUntil(form.isVisible)
        assert form.widget().minimumSizeHint().width() <= form.viewport().width(), type(form).__name__
    save = record.quote.save_button
    record.side.setCurrentWidget(record.quote)
    right = save.mapTo(record.quote.viewport(), save.rect().topRight()).x()
    assert right < record.quote.viewport().width()
