"""Reading a panel's content on the worker: :class:`PanelLoader`.

Counts over a whole catalogue (tags, actors, months, publications, the trash) take from a few
milliseconds to seconds at 100,000 documents, so panels read them on the task runner and show
them when they arrive; the window paints first. The runner keeps reads in order with writes,
so a reload asked for after a change sees that change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from gui.tasks import TaskRunner


class PanelLoader(QObject):
    """Runs ``read()`` on ``tasks`` when :meth:`request`\\ ed and passes its result to ``show``
    on the main thread. Requests made while a read is under way are folded into one more
    read after it. ``loaded`` fires after each ``show``. Main thread only."""

    loaded = Signal()

    def __init__(self, tasks: TaskRunner, label: str, read: Callable[[], Any], show: Callable[[Any], None], parent=None):
        super().__init__(parent)
        self._tasks = tasks
        self._label = label
        self._read = read
        self._show = show
        self._running = False
        self._again = False
        self.has_loaded = False

    def request(self) -> None:
        """Read again soon (a closed runner, during shutdown, is ignored)."""
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
        self.has_loaded = True
        self._show(result)
        self.loaded.emit()
        self._rerun()

    def _failed(self, exc: BaseException) -> None:
        self._running = False
        self._tasks.task_failed.emit(self._label, exc)
        self._rerun()

    def _rerun(self) -> None:
        if self._again:
            self._again = False
            self.request()
