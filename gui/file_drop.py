"""Files and folders dropped on the window become an import.

:class:`FileDropFilter` watches the application's events for drags over one window (so a
drop lands wherever the pointer is, even on a panel that takes drops of its own); it accepts
drags that carry local files or folders and emits ``paths_dropped`` on drop. Drags of records
between panels (another MIME type) pass through untouched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


def local_paths(mime) -> list[Path]:
    """The local files and folders a drag carries (remote URLs are left out)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropFilter(QObject):
    """``paths_dropped(list[Path])`` when local files are dropped anywhere on ``window``.

    Install with ``QApplication.instance().installEventFilter(filter)``; ``window`` must
    accept drops (``setAcceptDrops(True)``) so drags over other panels reach it.
    """

    paths_dropped = Signal(list)

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self._window:
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if local_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if kind == QEvent.Type.Drop:
            paths = local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self.paths_dropped.emit(paths)
                return True
        return False
