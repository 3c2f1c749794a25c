"""The one helper that runs catalogue work off the UI thread (the single writer).

Every mutation and every long read goes through :class:`TaskRunner`: a pool of exactly one
thread, so tasks run one at a time, in the order they were submitted, and two writes never
race. ``work(progress, cancel)`` runs on the worker; ``on_success(result)`` or
``on_failure(exception)`` are called back on the main thread. Progress is reported as
``(done, total, message)`` like the catalogue's own callbacks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from catalog import CancelToken

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int, str], None], CancelToken], Any]


@dataclass
class _Task:
    label: str
    work: Work
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None
    cancel: CancelToken
    shows_progress: bool


class _Relay(QObject):
    """Carries a task's news from the worker to the main thread (queued connections)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, task: _Task, relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._relay = relay

    def run(self) -> None:
        def progress(done: int, total: int, message: str) -> None:
            self._relay.progressed.emit(done, total, message)

        try:
            result = self._task.work(progress, self._task.cancel)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the UI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs tasks one at a time on one worker thread; created and used on the main thread.

    Signals: ``busy_changed(bool)``; ``progressed(label, done, total, message)`` for tasks
    submitted with ``shows_progress``; ``task_failed(label, exception)`` when a task without
    its own ``on_failure`` fails.
    """

    busy_changed = Signal(bool)
    progressed = Signal(str, int, int, str)
    task_started = Signal(str, bool)  # label, cancellable progress
    task_failed = Signal(str, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # the single writer
        self._pending: list[tuple[_Task, _Relay]] = []
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
        if self._closed:
            raise RuntimeError("the task runner was shut down")
        task = _Task(label, work, on_success, on_failure, CancelToken(), shows_progress)
        relay = _Relay(self)
        relay.progressed.connect(lambda d, t, m, task=task: self._on_progress(task, d, t, m), Qt.ConnectionType.QueuedConnection)
        relay.succeeded.connect(lambda r, task=task, relay=relay: self._finish(task, relay, r, None), Qt.ConnectionType.QueuedConnection)
        relay.failed.connect(lambda e, task=task, relay=relay: self._finish(task, relay, None, e), Qt.ConnectionType.QueuedConnection)
        was_busy = self.busy
        self._pending.append((task, relay))
        self._pool.start(_Runnable(task, relay))
        if self._current is None:
            self._start_next_label()
        if not was_busy:
            self.busy_changed.emit(True)
        return task.cancel

    def cancel_all(self) -> None:
        """Ask the running task and every queued one to stop."""
        for task, _relay in self._pending:
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
        return bool(self._pending)

    @property
    def closed(self) -> bool:
        """Shut down: the runner takes no more work (its window is going away)."""
        return self._closed

    def wait_until_idle(self, msecs: int = 30000) -> bool:
        """Block until the worker is done (for shutdown and tests); True if it finished.

        Queued result callbacks still need the event loop to run afterwards.
        """
        return self._pool.waitForDone(msecs)

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
        self._pending = [(t, r) for t, r in self._pending if t is not task]
        relay.deleteLater()
        if self._closed:
            return
        try:
            if error is None:
                if task.on_success is not None:
                    task.on_success(result)
            elif task.on_failure is not None:
                task.on_failure(error)
            else:
                log.error("task %s failed", task.label, exc_info=error)
                self.task_failed.emit(task.label, error)
        finally:
            self._start_next_label()
            if not self.busy:
                self.busy_changed.emit(False)
