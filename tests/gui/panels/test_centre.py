"""The centre: record list (kinds, sorting, selection), search results, timeline, status bar."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtTest import QTest

from catalog.changes import Changes
from gui.panels.centre import CentrePanel
from gui.panels.status import StatusPanel
from tests.gui.support import wait_idle, wait_searched


@pytest.fixture
def centre(qtbot, workspace):
    widget = CentrePanel(workspace.catalog, workspace.tasks)
    qtbot.addWidget(widget)
    widget.resize(700, 600)
    widget.show()
    wait_idle(qtbot, workspace)  # the timeline's months are read on the worker
    return widget


def test_switching_kinds_and_sorting_by_a_header(qtbot, centre):
    records = centre.records
    records.set_kind("actor")
    assert records.kinds.currentIndex() == 2
    assert records.model.columns[0].title == "Name"
    assert records.count.text().endswith("actors")
    names = [records.model.index(r, 0).data() for r in range(records.model.rowCount())]
    records.select_uuid(records.model.uuid_at(2))
    chosen = records.selected_uuids()
    records.table.horizontalHeader().sectionClicked.emit(0)  # already sorted by name: reverse
    assert [records.model.index(r, 0).data() for r in range(records.model.rowCount())] == list(reversed(names))
    assert records.selected_uuids() == chosen
    with qtbot.waitSignal(records.record_chosen) as blocker:
        records.kinds.setCurrentIndex(1)
        records.select_first()
    assert blocker.args[0] == "quote"


def test_selection_survives_a_reload(centre, workspace):
    records = centre.records
    records.set_kind("quote")
    uuid = records.model.uuid_at(3)
    records.select_uuid(uuid)
    records.apply_changes(workspace.catalog.trash.delete([records.model.uuid_at(0)]))
    assert records.selected_uuids() == [uuid]


def test_search_results_show_highlighted_snippets(qtbot, centre):
    with wait_searched(qtbot, centre.results):
        centre.search("memory")
    assert centre.searching
    rows = centre.results.model.rows()
    assert rows and any('class="match' in row.snippet for row in rows)
    pixmap = QPixmap(centre.results.view.viewport().size())
    centre.results.view.viewport().render(pixmap)  # the HTML delegate paints without error
    assert centre.results.view.sizeHintForRow(0) > centre.fontMetrics().height()
    with qtbot.waitSignal(centre.results.hit_chosen) as blocker:
        centre.results.view.clicked.emit(centre.results.model.index(0))
    assert blocker.args[1] == rows[0].uuid
    centre.search("")
    assert not centre.searching


def test_timeline_bars_are_clickable(qtbot, centre):
    timeline = centre.timeline
    assert [m.month for m in timeline.months] == ["2024-03"]
    timeline.resize(400, 90)
    with qtbot.waitSignal(timeline.month_chosen) as blocker:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=timeline.rect().center())
    assert blocker.args == ["2024-03"]
    assert timeline.month_at(QPointF(1, 1).x()) == ""
    timeline.grab()


def test_status_bar_shows_counts_and_cancellable_progress(qtbot, workspace):
    status = StatusPanel(workspace.catalog, workspace.tasks)
    qtbot.addWidget(status)
    status.show()
    wait_idle(qtbot, workspace)
    assert "1 documents" not in status.counts.text() and "1 document" in status.counts.text()
    started = threading.Event()

    def slow(progress, cancel):
        progress(1, 4, "one of four")
        started.set()
        while True:
            cancel.check()

    workspace.ops.mutate("Slow work", slow, shows_progress=True, on_failure=lambda _e: None)
    qtbot.waitUntil(lambda: status.progress.isVisible() and status.progress.value() == 1)
    assert status.cancel_button.isVisible() and status.task_label.text() == "one of four"
    status.cancel_button.click()
    wait_idle(qtbot, workspace)
    assert not status.progress.isVisible()
    status.apply_changes(Changes())


def test_the_timeline_reads_across_years(qtbot, workspace):
    """Issue 14, defect 9: ten years of months at 420 pixels were 1-pixel bars under labels
    clipped at the edges and drawn over each other; they are years now, labelled where they fit."""
    from datetime import datetime

    from gui.panels.timeline import TimelineChart
    from tests.conftest import add_text

    for year in range(2015, 2025):
        add_text(workspace.catalog, f"Harbour report {year}", f"The harbour in {year}.", published_at=datetime(year, 6, 1))
    timeline = TimelineChart(workspace.catalog, workspace.tasks)
    qtbot.addWidget(timeline)
    timeline.resize(420, 110)
    timeline.show()
    wait_idle(qtbot, workspace)
    assert len(timeline.months) > 100
    periods = timeline.periods()
    assert [p.key for p in periods] == [str(year) for year in range(2015, 2025)]
    assert [p.documents for p in periods] == [1] * 9 + [2]  # 2024 holds the sample too
    _left, width = timeline._slot(len(periods))
    assert width >= 30

    def readable(labels) -> None:
        assert len(labels) >= 4
        for rect, _text in labels:
            assert 0 <= rect.left() and rect.right() <= timeline.width()
        for (one, _), (other, _) in zip(labels, labels[1:], strict=False):
            assert one.right() < other.left()

    readable(timeline.labels())
    assert timeline.labels()[0][1] == "2015"
    x = timeline._slot(10)[0] + 4.5 * width  # the middle of 2019's bars
    with qtbot.waitSignal(timeline.year_chosen) as blocker:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPointF(x, 60).toPoint())
    assert blocker.args == ["2019"]
    timeline.grab()

    timeline.resize(2400, 110)  # room for every month again
    assert timeline.periods()[0].key == "2015-06" and len(timeline.periods()) == len(timeline.months)
    readable(timeline.labels())
    timeline.grab()


def test_in_a_right_to_left_window_the_timeline_runs_from_the_right(qtbot, workspace):
    """Issue 14: in the Arabic interface the window was mirrored but the timeline was not: the
    earliest year sat at the left under a legend read from the left. Now time runs from the
    right, the labels follow their bars, and clicks and arrows choose what they point at."""
    from datetime import datetime

    from PySide6.QtGui import QPalette

    from gui.panels.timeline import TimelineChart
    from tests.conftest import add_text

    for year in range(2015, 2025):
        add_text(workspace.catalog, f"Harbour report {year}", f"The harbour in {year}.", published_at=datetime(year, 6, 1))
    timeline = TimelineChart(workspace.catalog, workspace.tasks)
    qtbot.addWidget(timeline)
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    timeline.resize(420, 110)
    timeline.show()
    qtbot.waitExposed(timeline)
    wait_idle(qtbot, workspace)
    years = [p.key for p in timeline.periods()]
    assert years == [str(year) for year in range(2015, 2025)]

    # the labels: the earliest at the right, each under its own bar, whole and apart
    labels = timeline.labels()
    assert len(labels) >= 4 and labels[0][1] == "2015"
    assert labels[0][0].left() > labels[-1][0].right()
    for (earlier, _), (later, _) in zip(labels, labels[1:], strict=False):
        assert later.right() < earlier.left()
    for rect, year in labels:
        assert 0 <= rect.left() and rect.right() <= timeline.width()
        assert timeline.period_at(rect.center().x()).key == year

    # the bars are painted where clicks find them: 2024 (the sample's article too) has the
    # tallest documents bar, at the left
    image = timeline.grab().toImage()
    ink = timeline.palette().color(QPalette.ColorRole.Highlight).rgb()
    plot_top = timeline.fontMetrics().height() + 6  # under the legend, whose swatch has the ink too
    tallest = next(
        (x for y in range(plot_top, image.height()) for x in range(image.width()) if image.pixelColor(x, y).rgb() == ink), -1
    )  # fmt: skip
    assert timeline.period_at(tallest).key == "2024" and tallest < timeline.width() / 2

    # a click chooses the year drawn there: the earliest near the right edge, 2019 where its bars are
    with qtbot.waitSignal(timeline.year_chosen) as blocker:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPointF(timeline.width() - 20, 60).toPoint())
    assert blocker.args == ["2015"]
    column = timeline.period_rect(years.index("2019"))
    with qtbot.waitSignal(timeline.year_chosen) as blocker:
        QTest.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=column.center().toPoint())
    assert blocker.args == ["2019"]

    # the arrows move the way they point: Left to later years, Right to earlier ones
    timeline.activateWindow()
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus)
    timeline.move_to("2019")
    QTest.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current == "2020"
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current == "2018"


def test_the_timeline_works_by_keyboard(qtbot, workspace):
    """Issue 14: the timeline is reached by Tab, its bars by the arrows, a year or month listed
    by Enter, with an accessible name, the bar's counts as its description, and a focus frame."""
    from gui.panels.timeline import TimelineChart
    from tests.gui.support import generate_documents

    generate_documents(workspace.catalog, 24 * 100)  # an article an hour from 2020-01-01
    timeline = TimelineChart(workspace.catalog, workspace.tasks)
    qtbot.addWidget(timeline)
    timeline.resize(420, 110)
    timeline.show()
    qtbot.waitExposed(timeline)
    wait_idle(qtbot, workspace)
    assert [p.key for p in timeline.periods()] == ["2020", "2021", "2022", "2023", "2024"]  # 2020 to the sample's 2024
    assert timeline.focusPolicy() & Qt.FocusPolicy.TabFocus and timeline.accessibleName() == "Timeline"
    timeline.clearFocus()
    unfocused = timeline.grab().toImage()

    timeline.activateWindow()
    timeline.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(timeline.hasFocus)
    assert timeline.grab().toImage() != unfocused  # the focus frame is drawn, on the newest
    QTest.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current == "2023" and timeline.accessibleDescription() == "2023: 0 documents, 0 quotes"
    QTest.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.accessibleDescription() == "2020: 2,400 documents, 0 quotes"
    QTest.keyClick(timeline, Qt.Key.Key_Right)
    with qtbot.waitSignal(timeline.year_chosen) as blocker:
        QTest.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == ["2021"] and timeline.selected == "2021"
    QTest.keyClick(timeline, Qt.Key.Key_End)
    QTest.keyClick(timeline, Qt.Key.Key_Right)  # stays on the last bar
    assert timeline.current == "2024"

    timeline.resize(4000, 110)  # wide enough for months: Enter lists a month
    timeline.move_to("2024-03")
    with qtbot.waitSignal(timeline.month_chosen) as blocker:
        QTest.keyClick(timeline, Qt.Key.Key_Space)
    assert blocker.args == ["2024-03"]
