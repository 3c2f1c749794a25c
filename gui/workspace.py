"""One open catalogue and what works on it: the task runner, the undo stack, the operations.

The controller makes one :class:`Workspace` per open catalogue and hands it to the window;
:meth:`close` stops background work and closes the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QUndoStack

from gui.operations import ErrorReporter, Operations
from gui.tasks import TaskRunner


@dataclass
class Workspace:
    catalog: object
    tasks: TaskRunner
    undo_stack: QUndoStack
    ops: Operations

    @classmethod
    def create(cls, catalog, report_error: ErrorReporter) -> Workspace:
        """Wrap an open ``Catalog``. Main thread only."""
        tasks = TaskRunner()
        undo_stack = QUndoStack()
        undo_stack.setUndoLimit(200)
        ops = Operations(catalog, tasks, undo_stack, report_error)
        return cls(catalog, tasks, undo_stack, ops)

    def close(self, wait_msecs: int = 30000) -> None:
        """Cancel queued work, wait for the worker, close the catalogue."""
        self.tasks.shut_down(wait_msecs)
        self.undo_stack.clear()
        self.catalog.close()
