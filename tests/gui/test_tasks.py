"""The task runner: one worker thread, results back on the main thread, in order."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from catalog.store import Cancelled
from gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    tasks = TaskRunner()
    yield tasks
    # let the worker finish and every queued callback be delivered before the runner and
    # its relays are destroyed: a queued call reaching a destroyed relay crashes Qt later
    tasks.shut_down()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10000)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    tasks.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_work_runs_off_the_main_thread_and_reports_back_on_it(qtbot, runner):
    main = threading.get_ident()
    seen = {}

    def work(progress, cancel):
        seen["worker"] = threading.get_ident()
        progress(1, 2, "half")
        return 42

    def succeeded(result):
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: busy is False):
        runner.run("Answer", work, succeeded, shows_progress=True)
    assert seen["worker"] != main
    assert seen["callback"] == main
    assert seen["result"] == 42


def test_tasks_run_one_at_a_time_in_order(qtbot, runner):
    order = []
    for i in range(5):
        runner.run(f"task {i}", lambda _p, _c, i=i: i, order.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert order == [0, 1, 2, 3, 4]


def test_a_failure_goes_to_on_failure_or_task_failed(qtbot, runner):
    failures = []

    def boom(_p, _c):
        raise ValueError("no")

    runner.run("Boom", boom, on_failure=failures.append)
    with qtbot.waitSignal(runner.task_failed) as blocker:
        runner.run("Boom again", boom)
    assert isinstance(failures[0], ValueError)
    assert blocker.args[0] == "Boom again"


def test_cancel_reaches_the_work(qtbot, runner):
    started = threading.Event()
    outcome = []

    def slow(_progress, cancel):
        started.set()
        while True:
            cancel.check()

    runner.run("Slow", slow, on_failure=outcome.append)
    assert started.wait(5)
    runner.cancel_all()
    qtbot.waitUntil(lambda: not runner.busy)
    assert isinstance(outcome[0], Cancelled)


def test_progress_is_relayed_with_the_label(qtbot, runner):
    with qtbot.waitSignal(runner.progressed) as blocker:
        runner.run("Counting", lambda progress, _c: progress(3, 10, "three"), shows_progress=True)
    assert blocker.args == ["Counting", 3, 10, "three"]


def test_after_shut_down_no_callback_runs(qtbot, runner):
    called = []
    runner.run("Late", lambda _p, _c: 1, called.append)
    runner.shut_down()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []
    with pytest.raises(RuntimeError):
        runner.run("Too late", lambda _p, _c: 1)


def test_a_read_runs_while_a_long_write_is_under_way(qtbot, runner):
    writing, done = threading.Event(), threading.Event()
    read = []

    def long_write(_p, _c):
        writing.set()
        done.wait(20)
        return "written"

    runner.run("Importing", long_write, shows_progress=True)
    assert writing.wait(5)
    try:
        runner.read("Searching", lambda _p, _c: threading.get_ident(), read.append)
        qtbot.waitUntil(lambda: bool(read), timeout=5000)  # it did not queue behind the write
        assert runner.busy and runner.long_task == "Importing"
        assert read[0] != threading.get_ident()
    finally:
        done.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert runner.long_task == ""


def test_a_cancelled_read_never_calls_back(qtbot, runner):
    started, release = threading.Event(), threading.Event()
    called = []

    def slow(_p, _c):
        started.set()
        release.wait(10)
        return "old"

    old = runner.read("Searching", slow, called.append, called.append)
    queued = runner.read("Searching", lambda _p, _c: "queued", called.append, called.append)
    runner.read("Searching", lambda _p, _c: "new", called.append, called.append)
    assert started.wait(5)
    old.cancel()  # running: it finishes, but its result is dropped
    queued.cancel()  # not started: skipped
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == ["new"]


def test_a_read_whose_owner_is_destroyed_first_never_calls_back(qtbot, runner):
    """A panel closed while its search runs: the result must not reach the deleted widget (a
    callback touching its timer raised 'already deleted' in a later test)."""
    from PySide6.QtCore import QObject

    started, release = threading.Event(), threading.Event()
    called = []
    owner = QObject()

    def slow(_p, _c):
        started.set()
        release.wait(10)
        return "late"

    token = runner.read("Searching", slow, called.append, called.append, owner=owner)
    assert started.wait(5)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    assert token.cancelled
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == []
    kept = QObject()
    runner.read("Searching", lambda _p, _c: "on time", called.append, owner=kept)
    qtbot.waitUntil(lambda: not runner.busy)
    assert called == ["on time"]  # an owner that stays changes nothing
