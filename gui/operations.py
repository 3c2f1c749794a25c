"""Every change the window makes to the catalogue goes through :class:`Operations`.

``perform(edit)`` runs an undoable :class:`~gui.edits.Edit` on the task runner and, once it
worked, puts it on the undo stack (so a failed edit never appears in the Edit menu); undo and
redo run ``revert``/``apply`` on the same runner. ``mutate(...)`` runs a change that cannot be
undone (importing files, merging or deleting tags, emptying the trash, rebuilding the index). Either way the ``Changes`` are
broadcast on ``changed`` and each panel refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from catalog.changes import Changes
from gui.edits import Edit
from gui.tasks import TaskRunner

ErrorReporter = Callable[[str, BaseException], None]


class _UndoCommand(QUndoCommand):
    def __init__(self, edit: Edit, operations: Operations):
        super().__init__(edit.label)
        self._edit = edit
        self._operations = operations
        self._applied_once = True  # push() calls redo(); the edit already ran

    def redo(self) -> None:
        if self._applied_once:
            self._applied_once = False
            return
        self._operations._run_step(f"Redo {self._edit.label}", self._edit, self._edit.apply)

    def undo(self) -> None:
        self._operations._run_step(f"Undo {self._edit.label}", self._edit, self._edit.revert)


class Operations(QObject):
    """Runs mutations for the window (main thread API; the work runs on the task runner).

    ``changed(Changes)`` fires on the main thread after every mutation that changed something;
    ``performed(Edit)`` after an undoable edit first succeeds; ``stepped(Edit)`` after any
    apply, undo or redo of an edit succeeds (for panels whose content ``Changes`` does not
    describe, such as saved searches). Failures go to ``report_error``.
    """

    changed = Signal(object)
    performed = Signal(object)
    stepped = Signal(object)

    def __init__(self, catalog, tasks: TaskRunner, undo_stack: QUndoStack, report_error: ErrorReporter, parent=None):
        super().__init__(parent)
        self.catalog = catalog
        self.tasks = tasks
        self.undo_stack = undo_stack
        self._report_error = report_error

    def perform(
        self,
        edit: Edit,
        on_done: Callable[[Edit], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ):
        """Apply ``edit`` (its :meth:`~gui.edits.Edit.first_apply`, with progress when the
        edit ``shows_progress``); when it worked, push it on the undo stack and broadcast.
        Returns the task's cancel token."""

        def succeeded(changes: Changes) -> None:
            self.undo_stack.push(_UndoCommand(edit, self))
            self._broadcast(changes)
            self.performed.emit(edit)
            self.stepped.emit(edit)
            if on_done is not None:
                on_done(edit)

        return self.tasks.run(
            edit.label,
            lambda progress, cancel: edit.first_apply(self.catalog, progress, cancel),
            succeeded,
            on_failure or (lambda exc: self._report_error(f"Could not {edit.label.lower()}", exc)),
            shows_progress=edit.shows_progress,
        )

    def mutate(
        self,
        label: str,
        work: Callable[[Any, Any], tuple[Any, Changes]],
        on_done: Callable[[Any], None] | None = None,
        *,
        shows_progress: bool = False,
        clears_history: bool = False,
        on_failure: Callable[[BaseException], None] | None = None,
    ):
        """Run a change that is not undoable: ``work(progress, cancel) -> (result, Changes)``.

        ``clears_history`` empties the undo stack afterwards, for changes that older edits
        could no longer be reverted across (merging or deleting tags, emptying the trash).
        Returns the task's cancel token.
        """

        def succeeded(outcome: tuple[Any, Changes]) -> None:
            result, changes = outcome
            if clears_history:
                self.undo_stack.clear()
            self._broadcast(changes)
            if on_done is not None:
                on_done(result)

        return self.tasks.run(
            label,
            work,
            succeeded,
            on_failure or (lambda exc: self._report_error(f"Could not {label.lower()}", exc)),
            shows_progress=shows_progress,
        )

    def report_error(self, title: str, exc: BaseException) -> None:
        """Show a failure the way failed operations are shown (a cancelled task shows nothing)."""
        self._report_error(title, exc)

    def _run_step(self, label: str, edit: Edit, step: Callable[[Any], Changes]) -> None:
        def succeeded(changes: Changes) -> None:
            self._broadcast(changes)
            self.stepped.emit(edit)

        self.tasks.run(
            label,
            lambda _progress, _cancel: step(self.catalog),
            succeeded,
            lambda exc: self._report_error(f"Could not {label.lower()}", exc),
        )

    def _broadcast(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
