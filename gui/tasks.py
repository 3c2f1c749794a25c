"""The one helper that runs catalogue work off the UI thread (the single writer).

Every mutation and every long read goes through :class:`TaskRunner`: a pool of exactly one
thread, so tasks run one at a time, in the order they were submitted, and two writes never
race. ``work(progress, cancel)`` runs on the worker; ``on_success(result)`` or
``on_failure(exception)`` are called back on the main thread. Progress is reported as
``(done, total, message)`` like the catalogue's own callbacks.

Reads the user waits on while typing (searches) go through :meth:`TaskRunner.read` instead:
a second thread of their own, so they never queue behind a long write (an import, a rebuild
of the index). The catalogue's reads may run beside its writes: SQLite in WAL mode, and
whoosh searchers over the index's last commit.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from catalog import Cancelled, CancelToken

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int, str], None], CancelToken], Any]

# How long a thread computing in Python keeps the interpreter before another that asks for it
# gets it. Python's 5 ms is paid by the UI thread at each call from Qt into Python (a repaint
# of the results list makes dozens) while a search or an import computes on a worker: the
# window stalled for up to a second while the index was rebuilt (bench/typing_bench.py).
SWITCH_INTERVAL_S = 0.0005


@dataclass
class _Task:
    label: str
    work: Work
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    cancel: CancelToken
    shows_progress: bool
    reads: bool = False  # on the reading thread; dropped once cancelled


class _Relay(QObject):
    """Carries a task's news from the worker to the main thread (queued connections)."""

    progressed = Signal(int, int, object)  # object: a catalog.Message keeps its key across threads
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject, cancel: CancelToken):
        super().__init__(parent)
        self._cancel = cancel

    @Slot()
    def cancel(self) -> None:
        """Cancel the task (its owner went away); connected to the owner's ``destroyed``, so
        the connection goes with this relay when the task ends."""
        self._cancel.cancel()


class _Runnable(QRunnable):
    def __init__(self, task: _Task, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._relay = relay

    def run(self) -> None:
        if self._task.reads and self._task.cancel.cancelled:
            self._relay.failed.emit(Cancelled())  # superseded before it started: skip the work
            return

        def progress(done: int, total: int, message: str) -> None:
            self._relay.progressed.emit(done, total, message)

        try:
            result = self._task.work(progress, self._task.cancel)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the UI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time on one worker thread (the writer), and reads (:meth:`read`)
    one at a time on a second; created and used on the main thread. Making one shortens the interpreter's switch interval to ``SWITCH_INTERVAL_S`` for the
    whole process (the UI thread then waits at most that long for a computing worker).

    Signals: ``busy_changed(bool)``; ``progressed(label, done, total, message)`` for tasks
    submitted with ``shows_progress`` (``message`` as the work gave it: a
    :class:`catalog.Message` stays one, for the window to say in its language);
    ``task_failed(label, exception)`` when a task without its own ``on_failure`` fails.
    """

    busy_changed = Signal(bool)
    progressed = Signal(str, int, int, object)
    task_started = Signal(str, bool)  # label, cancellable progress
    task_failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        # the UI thread waits less for the interpreter while workers compute
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the single writer
        self._pending: list[tuple[_Task, _Relay]] = []
        # one reading thread: two searches at once would share the index's readers, and a
        # newer search cancels the one it replaces rather than running beside it
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(1)
        self._reading: list[tuple[_Task, _Relay]] = []
        self._current: _Task | None = None
        self._closed = False

    # ----- submitting --------------------------------------------------------------------
    def run(
        self,
        label: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        shows_progress: bool = False,
    ) -> CancelToken:
        """Queue ``work``; returns the token that cancels it. Main thread only.

        Raises RuntimeError after :meth:`shut_down`.
        """
        task = _Task(label, work, on_success, on_failure, CancelToken(), shows_progress)
        relay = self._relay_for(task)
        was_busy = self.busy
        self._pending.append((task, relay))
        self._pool.start(_Runnable(task, relay))
        if self._current is None:
            self._start_next_label()
        if not was_busy:
            self.busy_changed.emit(True)
        return task.cancel

    def read(
        self,
        label: str,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
    ) -> CancelToken:
        """Run ``work`` on the reading thread, beside the writer's queue; returns its token.
        Main thread only; raises RuntimeError after :meth:`shut_down`. With an ``owner`` (the
        panel whose callbacks these are), the read is cancelled if the owner is destroyed
        first: its callbacks would reach a deleted widget.

        For reads the user waits on while typing (a search, the hits in context): they never
        wait for a write under way, so ``work`` must only read. Reads run one at a time, in
        the order asked. Once its token is cancelled a read's callbacks are never called (a
        read not yet started is skipped): to replace a read with a newer one, cancel it.
        Reads count towards :attr:`busy` but show no label or progress.
        """
        task = _Task(label, work, on_success, on_failure, CancelToken(), False, reads=True)
        relay = self._relay_for(task)
        if owner is not None:
            owner.destroyed.connect(relay.cancel)  # the connection goes with the relay when the read ends
        was_busy = self.busy
        self._reading.append((task, relay))
        self._read_pool.start(_Runnable(task, relay))
        if not was_busy:
            self.busy_changed.emit(True)
        return task.cancel

    def _relay_for(self, task: _Task) -> _Relay:
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        relay = _Relay(self, task.cancel)
        relay.progressed.connect(lambda d, t, m, task=task: self._on_progress(task, d, t, m), Qt.ConnectionType.QueuedConnection)
        relay.succeeded.connect(lambda r, task=task, relay=relay: self._finish(task, relay, r, None), Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda e, task=task, relay=relay: self._finish(task, relay, None, e), Qt.ConnectionType.QueuedConnection)
        return relay

    def cancel_all(self) -> None:
        """Ask the running task and every queued one (reads too) to stop."""
        for task, _relay in self._pending + self._reading:
            task.cancel.cancel()

    def shut_down(self, msecs: int = 30000) -> None:
        """Cancel everything, wait for the worker, and drop the callbacks still to come
        (their window is going away). The runner accepts no work afterwards."""
        self.cancel_all()
        self.wait_until_idle(msecs)
        self._closed = True
        # deliver (and so drop) the results still queued, while their relays exist: a queued
        # call that outlives its relay crashes Qt in a later event loop
        QCoreApplication.sendPostedEvents()

    # ----- state -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return bool(self._pending or self._reading)

    @property
    def long_task(self) -> str:
        """The label of the task with progress running on the writer now ("" if none): an
        import, a rebuild of the index."""
        return self._current.label if self._current is not None and self._current.shows_progress else ""

    @property
    def closed(self) -> bool:
        """Shut down: the runner takes no more work (its window is going away)."""
        return self._closed

    def wait_until_idle(self, msecs: int = 30000) -> bool:
        """Block until the worker is done (for shutdown and tests); True if it finished.

        Queued result callbacks still need the event loop to run afterwards.
        """
        started = time.monotonic()
        written = self._pool.waitForDone(msecs)
        left = max(0, msecs - int(1000 * (time.monotonic() - started))) if msecs >= 0 else msecs
        return self._read_pool.waitForDone(left) and written

    # ----- main-thread callbacks ---------------------------------------------------------
    def _start_next_label(self) -> None:
        self._current = self._pending[0][0] if self._pending else None
        if self._current is not None:
            self.task_started.emit(self._current.label, self._current.shows_progress)

    def _on_progress(self, task: _Task, done: int, total: int, message: str) -> None:
        if task.shows_progress:
            self.progressed.emit(task.label, done, total, message)

    @Slot()
    def _finish(self, task: _Task, relay: _Relay, result: Any, error: BaseException | None) -> None:
        relay.deleteLater()
        if task.reads:
            self._reading = [(t, r) for t, r in self._reading if t is not task]
            if self._closed:
                return
            try:
                if not task.cancel.cancelled:  # superseded or cancelled: its result is stale
                    self._call_back(task, result, error)
            finally:
                if not self.busy:
                    self.busy_changed.emit(False)
            return
        self._pending = [(t, r) for t, r in self._pending if t is not task]
        if self._closed:
            return
        try:
            self._call_back(task, result, error)
        finally:
            self._start_next_label()
            if not self.busy:
                self.busy_changed.emit(False)

    def _call_back(self, task: _Task, result: Any, error: BaseException | None) -> None:
        if error is None:
            if task.on_success is not None:
                task.on_success(result)
        elif task.on_failure is not None:
            task.on_failure(error)
        else:
            log.error("task %s failed", task.label, exc_info=error)
            self.task_failed.emit(task.label, error)
