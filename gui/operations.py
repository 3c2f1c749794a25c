"""Every change the window makes to the catalogue goes through :class:`Operations`.

A change is one call of a catalogue method on the task runner (the single writer). The
catalogue records each one as an operation with its revisions, so undo and redo live there
(``catalog.history``): :meth:`Operations.undo` and :meth:`Operations.redo` only call it. After
every change, undo and redo the ``Changes`` are broadcast on ``changed`` (each panel refreshes
only what it shows) and the catalogue's undo status is read again for the Edit menu.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from catalog import Changes, UndoStatus
from gui.catalog_text import operation_text
from gui.i18n import translate
from gui.tasks import TaskRunner

ErrorReporter = Callable[[str, BaseException], None]


def could_not(task: str) -> str:
    """The title of a failed task's message: "Could not edit document" for the task "Edit
    document". ``task`` is named as an action, in the interface language ("Delete", "Tag
    “x”"); a task named as what is under way ("Importing") passes its own failure title
    (``failure_title``) to :meth:`Operations.mutate` instead."""
    return translate("Operations", "Could not {task}").format(task=task[:1].lower() + task[1:])


class Operations(QObject):
    """Runs mutations for the window (main thread API; the work runs on the task runner).

    ``changed(Changes)`` fires on the main thread after every mutation, undo or redo that
    changed something; ``undo_status_changed(UndoStatus)`` whenever the catalogue's undo status
    has been read again (after each of those, and on :meth:`refresh_undo_status`). Failures go
    to ``report_error`` unless the caller passes its own ``on_failure``.
    """

    changed = Signal(object)
    undo_status_changed = Signal(object)

    def __init__(self, catalog, tasks: TaskRunner, report_error: ErrorReporter, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.tasks = tasks
        self._report_error = report_error
        self.undo_status = UndoStatus()  # the last status read; empty until the first read
        self._status_queued = False

    # ----- changes -----------------------------------------------------------------------
    def change(
        self,
        label: str,
        call: Callable[[], Changes],
        on_done: Callable[[Changes], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ):
        """Run ``call()``, one catalogue unit of work returning its ``Changes`` (for example
        ``lambda: catalog.tags.apply(uuids, path)``), on the task runner; broadcast the
        Changes, then ``on_done(changes)``. ``label`` names the task in the status bar as an
        action, in the interface language (a failure is titled "Could not {label}": see
        :func:`could_not`). Returns the task's cancel token."""

        def work(_progress, _cancel) -> tuple[Changes, Changes]:
            changes = call()
            return changes, changes

        return self.mutate(label, work, on_done, on_failure=on_failure)

    def mutate(
        self,
        label: str,
        work: Callable[[Any, Any], tuple[Any, Changes]],
        on_done: Callable[[Any], None] | None = None,
        *,
        shows_progress: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
        failure_title: str = "",
    ):
        """Run ``work(progress, cancel) -> (result, Changes)`` on the task runner (with
        progress and Cancel in the status bar when ``shows_progress``); broadcast the Changes,
        re-read the undo status, then ``on_done(result)``. A failure goes to ``on_failure``,
        else is reported under ``failure_title`` (by default ``could_not(label)``, for a
        ``label`` that names an action). Returns the task's cancel token."""

        def succeeded(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            self._broadcast(changes)
            self.refresh_undo_status()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            # a failed unit of work changed nothing, but a cancelled import may have kept
            # the files it finished; the menu must say what undo would now do
            self.refresh_undo_status()
            (on_failure or (lambda e: self._report_error(failure_title or could_not(label), e)))(exc)

        return self.tasks.run(label, work, succeeded, failed, shows_progress=shows_progress)

    # ----- undo and redo -----------------------------------------------------------------
    def undo(self):
        """Undo the catalogue's newest undoable change (``catalog.history.undo()``), on the
        task runner. A blocked undo is reported with the catalogue's reason."""
        label = translate("Operations", "Undo {change}").format(change=operation_text(self.undo_status.undo)).strip()
        return self.mutate(label, lambda _p, _c: (None, self.catalog.history.undo()), on_failure=lambda exc: self._report_error(translate("Operations", "Could not undo"), exc))

    def redo(self):
        """Redo the change undone last (``catalog.history.redo()``), on the task runner."""
        label = translate("Operations", "Redo {change}").format(change=operation_text(self.undo_status.redo)).strip()
        return self.mutate(label, lambda _p, _c: (None, self.catalog.history.redo()), on_failure=lambda exc: self._report_error(translate("Operations", "Could not redo"), exc))

    def refresh_undo_status(self) -> None:
        """Read ``catalog.history.undo_status()`` on the task runner and emit
        ``undo_status_changed``. Requests made before a queued read runs share it: the runner
        runs tasks in order, so that read sees every change finished before it."""
        if self._status_queued:
            return
        try:
            self.tasks.run(translate("Operations", "Reading the undo history"), lambda _p, _c: self.catalog.history.undo_status(), self._status_read, self._status_failed)
        except RuntimeError:  # the runner was shut down: the window is going away
            return
        self._status_queued = True

    def _status_read(self, status: UndoStatus) -> None:
        self._status_queued = False
        self.undo_status = status
        self.undo_status_changed.emit(status)

    def _status_failed(self, exc: BaseException) -> None:
        self._status_queued = False
        self._report_error(translate("Operations", "Could not read the undo history"), exc)

    # ----- reporting ---------------------------------------------------------------------
    def report_error(self, title: str, exc: BaseException) -> None:
        """Show a failure the way failed operations are shown (a cancelled task shows nothing)."""
        self._report_error(title, exc)

    def _broadcast(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
