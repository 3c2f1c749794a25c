"""One open catalogue and what works on it: the task runner and the operations.

The controller makes one :class:`Workspace` per open catalogue and hands it to the window;
:meth:`close` stops background work and closes the catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass

from gui.operations import ErrorReporter, Operations
from gui.tasks import TaskRunner


@dataclass
class Workspace:
    catalog: object
    tasks: TaskRunner
    ops: Operations

    @classmethod
    def create(cls, catalog, report_error: ErrorReporter) -> Workspace:
        """Wrap an open ``Catalog``. Main thread only."""
        tasks = TaskRunner()
        ops = Operations(catalog, tasks, report_error)
        return cls(catalog, tasks, ops)

    def close(self, wait_msecs: int = 30000) -> None:
        """Cancel queued work, wait for the worker, close the catalogue."""
        self.tasks.shut_down(wait_msecs)
        self.catalog.close()
