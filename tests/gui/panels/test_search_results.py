"""Searching off the UI thread (issues 13 and 14): the window keeps answering while a search
runs, a newer search replaces an older one, Esc stops one, and a search finds hits while a
long write (an import, a rebuild of the index) holds the index."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from catalog import Changes
from catalog.store import Cancelled
from gui.panels.actor_said import ActorSaid
from gui.panels.search_results import SLOW_MS
from tests.gui.support import wait_searched


class SlowSearch:
    """Stands in for ``catalog.search.run``: a search of a text in ``held`` runs (holding
    the interpreter, as a real search does) until :meth:`release`, or until it is cancelled,
    then searches for real. Records which searches ran to the end."""

    def __init__(self, catalog, held: set[str]):
        self.real = catalog.search.run
        self.held = held
        self.released = threading.Event()
        self.started = threading.Event()
        self.finished: list[str] = []
        self.cancelled: list[str] = []

    def __call__(self, text: str, *args, cancel=None, **kwargs):
        if text in self.held:
            self.started.set()
            deadline = time.monotonic() + 20
            while not self.released.is_set() and time.monotonic() < deadline:
                sum(range(20_000))  # pure Python work, as a real search is: the UI thread must still run
                if cancel is not None and cancel.cancelled:
                    self.cancelled.append(text)
                    raise Cancelled()
        results = self.real(text, *args, cancel=cancel, **kwargs)
        self.finished.append(text)
        return results

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def slow(window, workspace, monkeypatch):
    search = SlowSearch(workspace.catalog, {"saltmere"})
    monkeypatch.setattr(workspace.catalog.search, "run", search)
    yield search
    search.release()


def test_the_window_keeps_answering_while_a_slow_search_runs(qtbot, window, slow):
    results = window.centre.results
    ticks: list[float] = []
    probe = QTimer()
    probe.setInterval(10)
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))
    probe.start()
    window.search.set_text("saltmere")
    assert slow.started.wait(5)
    # the event loop runs meanwhile: the timer fires, and the summary says what is going on
    qtbot.waitUntil(lambda: results.summary.text().startswith("Searching for “saltmere”…"), timeout=5000)
    qtbot.waitUntil(lambda: len(ticks) >= 20, timeout=5000)
    assert results.searching and slow.finished == []
    probe.stop()
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.25
    with wait_searched(qtbot, results):
        slow.release()
    assert not results.searching and results.model.rowCount() >= 1
    assert results.summary.text().endswith("for “saltmere”") and "result" in results.summary.text()


def test_a_quick_search_never_says_it_is_searching(qtbot, window, workspace, monkeypatch):
    found = workspace.catalog.search.run("memory", limit=100)
    monkeypatch.setattr(workspace.catalog.search, "run", lambda *_args, **_kwargs: found)  # answers at once
    results = window.centre.results
    summaries: list[str] = []
    original = results.summary.setText
    results.summary.setText = lambda text: (summaries.append(text), original(text))
    with wait_searched(qtbot, results):
        window.search.set_text("memory")
    qtbot.wait(SLOW_MS + 50)
    assert summaries and not any(text.startswith("Searching") for text in summaries)


def test_a_superseded_search_never_shows_its_result(qtbot, window, slow):
    results = window.centre.results
    shown: list[int] = []
    results.searched.connect(shown.append)
    window.search.set_text("saltmere")  # slow: still running when the next is typed
    assert slow.started.wait(5)
    with wait_searched(qtbot, results):
        window.search.set_text("memory")
    assert slow.cancelled == ["saltmere"]  # the older search was told to stop
    memory_rows = results.model.rows()
    assert len(shown) == 1 and results.summary.text().endswith("for “memory”")
    qtbot.wait(100)  # anything of the older search still queued would arrive now
    assert results.model.rows() == memory_rows and len(shown) == 1


def test_a_superseded_result_that_arrives_anyway_is_dropped(qtbot, window, workspace, monkeypatch):
    """A search that finishes before it notices it was cancelled still never shows."""
    results = window.centre.results
    arrived = threading.Event()
    go_on = threading.Event()
    real = workspace.catalog.search.run

    def finishes_regardless(text, *args, cancel=None, **kwargs):
        found = real(text, *args, **kwargs)  # without the token: it cannot stop early
        if text == "saltmere":
            arrived.set()
            go_on.wait(10)
        return found

    monkeypatch.setattr(workspace.catalog.search, "run", finishes_regardless)
    shown: list[str] = []
    results.searched.connect(lambda _total: shown.append(results.query))
    window.search.set_text("saltmere")
    assert arrived.wait(5)
    window.search.set_text("memory")  # asked while the older one is about to deliver
    with wait_searched(qtbot, results):
        go_on.set()
    assert shown == ["memory"] and results.summary.text().endswith("for “memory”")


def test_escape_in_the_search_box_stops_the_search(qtbot, window, slow):
    results = window.centre.results
    shown: list[int] = []
    results.searched.connect(shown.append)
    window.search.edit.setFocus()
    window.search.set_text("saltmere")
    assert slow.started.wait(5)
    with wait_searched(qtbot, results):
        QTest.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert not results.searching and results.model.rowCount() == 0
    assert results.summary.text().startswith("Search for “saltmere” stopped")
    qtbot.waitUntil(lambda: slow.cancelled == ["saltmere"], timeout=5000)
    assert shown == [] and window.search.text() == "saltmere"
    # Enter searches the same text again
    slow.release()
    with wait_searched(qtbot, results):
        QTest.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert shown and results.model.rowCount() >= 1


def test_escape_drops_a_search_still_waiting_for_the_typing_pause(qtbot, window):
    results = window.centre.results
    window.search.edit.setFocus()
    with qtbot.assertNotEmitted(window.search.search_changed, wait=400):
        QTest.keyClicks(window.search.edit, "memory")
        QTest.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert not results.searching and not window.centre.searching


def test_a_search_during_a_long_write_finds_hits_and_says_the_index_is_catching_up(qtbot, window, workspace):
    """What an import or a rebuild holds while it writes the index: the catalogue's write lock
    and the index's. The search, the hits in context and the page of an actor's quotes still
    read, and the summary says the import is under way."""
    catalog = workspace.catalog
    holding, done = threading.Event(), threading.Event()

    def long_write(_progress, _cancel):
        with catalog.store.exclusive(), catalog.store.index._lock:
            holding.set()
            done.wait(30)
        return None, Changes()

    workspace.ops.mutate("Importing", long_write, shows_progress=True)
    assert holding.wait(5)
    results = window.centre.results
    try:
        with wait_searched(qtbot, results):
            window.search.set_text("saltmere")
        assert results.model.rowCount() >= 1 and not done.is_set()
        assert results.summary.text().endswith("Under way: Importing; the search index may not hold all of it yet")
        with qtbot.waitSignal(results.kwic.loaded, timeout=10000):
            results.show_kwic()
        assert results.kwic.lines()
        speaker = next(a for a in catalog.actors.summaries() if a.name == "Helen Castellan")
        page = ActorSaid(catalog, workspace.tasks)
        qtbot.addWidget(page)
        page.show()
        with qtbot.waitSignal(page.loader.loaded, timeout=10000):
            page.set_actor(speaker.uuid, speaker.name)
        assert page.model.rowCount() >= 1
        assert workspace.tasks.long_task == "Importing"
    finally:
        done.set()
    qtbot.waitUntil(lambda: not workspace.tasks.busy, timeout=10000)


def test_a_search_on_an_index_that_is_behind_says_it_is_catching_up(qtbot, window, workspace):
    workspace.catalog.store.index_problem = "the search index is behind the catalogue"
    results = window.centre.results
    with wait_searched(qtbot, results):
        window.search.set_text("saltmere")
    assert results.model.rowCount() >= 1
    assert "The search index is catching up (the search index is behind the catalogue)" in results.summary.text()


def test_leaving_the_search_drops_the_one_under_way(qtbot, window, slow):
    results = window.centre.results
    window.search.set_text("saltmere")
    assert slow.started.wait(5) and results.searching
    window.search.set_text("")  # the list comes back
    assert not window.centre.searching and not results.searching
    qtbot.waitUntil(lambda: slow.cancelled == ["saltmere"], timeout=5000)
