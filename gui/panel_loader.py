"""Reading a panel's content on the worker: :class:`PanelLoader`.

Counts over a whole catalogue (tags, actors, months, publications, the trash) take from a few
milliseconds to seconds at 100,000 documents, so panels read them on the task runner and show
them when they arrive; the window paints first. The runner keeps reads in order with writes,
so a reload asked for after a change sees that change.

A loader made with ``reads=True`` reads on the runner's reading thread instead, beside any
write under way (for what the user waits on while typing, such as a filter): a new request
then replaces the read under way, whose result is dropped. Changes are committed before they
are broadcast, so a reload asked for after one still sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from catalog import CancelToken
from gui.tasks import TaskRunner


class PanelLoader(QObject):
    """Runs ``read()`` on ``tasks`` when :meth:`request`\\ ed and passes its result to ``show``
    on the main thread. Requests made while a read is under way are folded into one more
    read after it (with ``reads``, they replace it). ``loaded`` fires after each ``show``.
    Main thread only."""

    loaded = Signal()

    def __init__(
        self, tasks: TaskRunner, label: str, read: Callable[[], Any], show: Callable[[Any], None], parent=None, *, reads: bool = False
    ):
        super().__init__(parent)
        self._tasks = tasks
        self._label = label
        self._read = read
        self._show = show
        self._reads = reads
        self._reading: CancelToken | None = None  # with ``reads``: the read under way
        self._running = False
        self._again = False
        self.has_loaded = False

    def request(self) -> None:
        """Read again soon (a closed runner, during shutdown, is ignored)."""
        if self._reads:
            if self._reading is not None:
                self._reading.cancel()  # its result is dropped: this newer read replaces it
            try:
                self._reading = self._tasks.read(self._label, lambda _progress, _cancel: self._read(), self._done, self._failed, owner=self)
            except RuntimeError:  # the runner was shut down: the window is going away
                self._reading = None
            return
        if self._running:
            self._again = True
            return
        try:
            self._tasks.run(self._label, lambda _progress, _cancel: self._read(), self._done, self._failed)
        except RuntimeError:  # the runner was shut down: the window is going away
            return
        self._running = True

    def _done(self, result: Any) -> None:
        self._running = False
        self._reading = None
        self.has_loaded = True
        self._show(result)
        self.loaded.emit()
        self._rerun()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._reading = None
        self._tasks.task_failed.emit(self._label, exc)
        self._rerun()

    def _rerun(self) -> None:
        if self._again:
            self._again = False
            self.request()
